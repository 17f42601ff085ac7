/* scene_start: choose the deck, the language, which cards (quick round,
 * all, or by hand grouped by dimension) and how many people sit on the
 * client side. Remembers the last choices. */
#include "scene.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "i18n.h"

/* The start screen's rows and buttons, in the order arrows and Tab walk
 * them. */
enum { ROW_DECK, ROW_LANGUAGE, ROW_CARDS, ROW_CLIENTS, ROW_START, ROW_CHOOSE };

/* One entry of the card picker: a dimension heading or a card. */
typedef struct {
    bool heading;
    size_t index; /* dimension or card index */
} pick_item;

static const char *scene_start_language_name(const char *code)
{
    static const char *const names[][2] = {
        {"nl", "Nederlands"}, {"en", "English"},  {"de", "Deutsch"},
        {"fr", "Fran\u00e7ais"}, {"tr", "T\u00fcrk\u00e7e"}, {"pl", "Polski"},
        {"es", "Espa\u00f1ol"}, {"pt", "Portugu\u00eas"}, {"fy", "Frysk"},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(names[i][0], code) == 0)
            return names[i][1];
    return code;
}

/* The picker's entries in deck order, grouped by dimension. */
static size_t scene_start_items(const deck *d, pick_item *items, size_t max)
{
    size_t n = 0;
    for (size_t dim = 0; dim < d->dimension_count; dim++) {
        bool any = false;
        for (size_t c = 0; c < d->card_count; c++)
            if (d->cards[c].dimension == dim)
                any = true;
        if (!any)
            continue;
        if (n < max)
            items[n] = (pick_item){true, dim};
        n++;
        for (size_t c = 0; c < d->card_count; c++)
            if (d->cards[c].dimension == dim) {
                if (n < max)
                    items[n] = (pick_item){false, c};
                n++;
            }
    }
    return n;
}

static size_t scene_start_picked_count(const app *a, const deck *d)
{
    size_t n = 0;
    for (size_t c = 0; c < d->card_count; c++)
        if (settings_is_picked(&a->settings, d->cards[c].id))
            n++;
    return n;
}

/* Sets the picked list to the deck's cards for which keep() says yes. */
static void scene_start_set_picked(app *a, const deck *d, const bool *keep)
{
    size_t len = 1;
    for (size_t c = 0; c < d->card_count; c++)
        if (keep[c])
            len += strlen(d->cards[c].id) + 1;
    char *buf = malloc(len);
    if (buf == NULL)
        return;
    buf[0] = '\0';
    size_t o = 0;
    for (size_t c = 0; c < d->card_count; c++)
        if (keep[c]) {
            size_t n = strlen(d->cards[c].id);
            if (o)
                buf[o++] = ',';
            memcpy(buf + o, d->cards[c].id, n);
            o += n;
            buf[o] = '\0';
        }
    settings_set_picked(&a->settings, buf);
    free(buf);
}

static void scene_start_toggle(app *a, const deck *d, pick_item item)
{
    bool *keep = calloc(d->card_count ? d->card_count : 1, sizeof *keep);
    if (keep == NULL)
        return;
    for (size_t c = 0; c < d->card_count; c++)
        keep[c] = settings_is_picked(&a->settings, d->cards[c].id);
    if (item.heading) {
        bool all = true;
        for (size_t c = 0; c < d->card_count; c++)
            if (d->cards[c].dimension == item.index && !keep[c])
                all = false;
        for (size_t c = 0; c < d->card_count; c++)
            if (d->cards[c].dimension == item.index)
                keep[c] = !all;
    } else {
        keep[item.index] = !keep[item.index];
    }
    scene_start_set_picked(a, d, keep);
    free(keep);
    a->settings.cards = SETTINGS_CARDS_PICK;
}

void scene_start_enter(app *a)
{
    a->start.focus = ROW_START;
    a->start.picking = false;
    a->start.message[0] = '\0';
    app_follow_language(a);
}

void scene_start_leave(app *a)
{
    a->start.picking = false;
}

static void scene_start_change(app *a, int row, int delta)
{
    const deck *d = app_deck(a);
    switch (row) {
    case ROW_DECK: {
        if (a->deck_count == 0)
            break;
        const char *code = d && a->language < d->language_count
                               ? d->languages[a->language]
                               : NULL;
        char keep[SETTINGS_MAX_ID] = "";
        if (code)
            snprintf(keep, sizeof keep, "%s", code);
        a->deck_choice = (a->deck_choice + a->deck_count + (size_t)(delta + 
                          (int)a->deck_count)) % a->deck_count;
        const deck *nd = app_deck(a);
        int li = deck_language_index(nd, keep);
        a->language = li < 0 ? 0 : (size_t)li;
        app_follow_language(a);
        break;
    }
    case ROW_LANGUAGE:
        if (d && d->language_count > 0) {
            a->language = (a->language + d->language_count +
                           (size_t)(delta + (int)d->language_count)) %
                          d->language_count;
            app_follow_language(a);
        }
        break;
    case ROW_CARDS:
        a->settings.cards = (settings_cards)((a->settings.cards + 3 + delta) % 3);
        break;
    case ROW_CLIENTS: {
        int n = a->settings.clients + delta;
        if (n < SETTINGS_MIN_CLIENTS)
            n = SETTINGS_MIN_CLIENTS;
        if (n > SETTINGS_MAX_CLIENTS)
            n = SETTINGS_MAX_CLIENTS;
        a->settings.clients = n;
        /* one person with the professional is the table game; more are a
         * family, each in a role of the deck's */
        snprintf(a->settings.mode, sizeof a->settings.mode, "%s",
                 mode_for_people(NULL, n)->id);
        break;
    }
    default:
        break;
    }
    a->start.message[0] = '\0';
}

/* The role of the client side's person i (settings.seats, or the side's
 * own role). */
static size_t scene_start_seat_role(const app *a, const deck *d, int i)
{
    const char *p = a->settings.seats;
    for (int k = 0; k < i && *p; k++) {
        p = strchr(p, ',');
        p = p ? p + 1 : "";
    }
    char id[64];
    size_t n = strcspn(p, ",");
    if (n == 0 || n >= sizeof id)
        return deck_side_role(d, DECK_ROLE_CLIENT);
    memcpy(id, p, n);
    id[n] = '\0';
    int r = deck_role_index(d, id);
    return r >= 0 && d->roles[r].side == DECK_ROLE_CLIENT
               ? (size_t)r
               : deck_side_role(d, DECK_ROLE_CLIENT);
}

/* Person i takes the deck's next client-side role (young person, parent,
 * carer, ...). */
static void scene_start_next_role(app *a, int person)
{
    const deck *d = app_deck(a);
    int people = app_clients(a);
    if (d == NULL || people < 2 || person < 0 || person >= people)
        return;
    size_t roles[SESSION_MAX_PLAYERS];
    for (int i = 0; i < people; i++)
        roles[i] = scene_start_seat_role(a, d, i);
    size_t r = roles[person];
    do
        r = (r + 1) % d->role_count;
    while (d->roles[r].side != DECK_ROLE_CLIENT);
    roles[person] = r;
    char list[SETTINGS_MAX_SEATS] = "";
    size_t used = 0;
    for (int i = 0; i < people; i++) {
        int w = snprintf(list + used, sizeof list - used, "%s%s",
                         i ? "," : "", d->roles[roles[i]].id);
        if (w < 0 || (size_t)w >= sizeof list - used)
            return;
        used += (size_t)w;
    }
    snprintf(a->settings.seats, sizeof a->settings.seats, "%s", list);
}

static void scene_start_open_picker(app *a)
{
    a->start.picking = true;
    a->start.pick_page = 0;
    a->start.pick_focus = 0;
    a->settings.cards = SETTINGS_CARDS_PICK;
}

static void scene_start_go(app *a)
{
    const deck *d = app_deck(a);
    if (d == NULL)
        return;
    size_t *cards = NULL;
    size_t count = 0;
    if (a->settings.cards == SETTINGS_CARDS_PICK) {
        cards = malloc((d->card_count ? d->card_count : 1) * sizeof *cards);
        if (cards == NULL)
            return;
        for (size_t c = 0; c < d->card_count; c++)
            if (settings_is_picked(&a->settings, d->cards[c].id))
                cards[count++] = c;
        if (count == 0) {
            free(cards);
            scene_start_open_picker(a);
            snprintf(a->start.message, sizeof a->start.message, "%s",
                     _("Choose at least one card."));
            return;
        }
    } else {
        error_list errors;
        error_list_init(&errors);
        const char *spec = a->settings.cards == SETTINGS_CARDS_ALL ? "all"
                                                                    : "quick";
        if (!deck_select(d, spec, &cards, &count, &errors)) {
            error_format_first(&errors, a->start.message,
                               sizeof a->start.message);
            error_list_free(&errors);
            return;
        }
        error_list_free(&errors);
    }
    app_save_settings(a);
    app_start_session(a, cards, count);
    free(cards);
}

/* --- the card picker --------------------------------------------------- */

/* The picker's items and the page being shown; free items when done. */
typedef struct {
    pick_item *items;
    size_t total;   /* items in all */
    size_t per;     /* items a page */
    size_t pages;
    size_t first;   /* index of the page's first item */
    size_t on_page; /* items on this page */
} pick_page;

static bool scene_start_pick_page(const app *a, const deck *d,
                                  const layout_pick *l, pick_page *p)
{
    p->total = scene_start_items(d, NULL, 0);
    p->items = calloc(p->total ? p->total : 1, sizeof *p->items);
    if (p->items == NULL)
        return false;
    scene_start_items(d, p->items, p->total);
    p->per = l->per_page ? l->per_page : 1;
    p->pages = (p->total + p->per - 1) / p->per;
    if (p->pages == 0)
        p->pages = 1;
    p->first = a->start.pick_page * p->per;
    p->on_page = p->total > p->first ? p->total - p->first : 0;
    if (p->on_page > p->per)
        p->on_page = p->per;
    return true;
}

static void scene_start_pick_handle(app *a, const input_event *ev)
{
    const deck *d = app_deck(a);
    layout_pick l;
    layout_pick_make(&a->frame, &l);
    pick_page pg;
    if (!scene_start_pick_page(a, d, &l, &pg))
        return;
    pick_item *items = pg.items;
    size_t per = pg.per, pages = pg.pages, first = pg.first, on_page = pg.on_page;
    int focus = a->start.pick_focus;
    switch (ev->type) {
    case INPUT_CONFIRM:
    case INPUT_MENU:
        a->start.picking = false;
        break;
    case INPUT_UP:
        if (focus > 0)
            a->start.pick_focus--;
        else if (a->start.pick_page > 0) {
            a->start.pick_page--;
            a->start.pick_focus = (int)per - 1;
        }
        break;
    case INPUT_DOWN:
        if ((size_t)focus + 1 < on_page)
            a->start.pick_focus++;
        else if (a->start.pick_page + 1 < pages) {
            a->start.pick_page++;
            a->start.pick_focus = 0;
        }
        break;
    case INPUT_LEFT:
    case INPUT_PAGE_UP:
        if (a->start.pick_page > 0)
            a->start.pick_page--;
        a->start.pick_focus = 0;
        break;
    case INPUT_RIGHT:
    case INPUT_PAGE_DOWN:
        if (a->start.pick_page + 1 < pages)
            a->start.pick_page++;
        a->start.pick_focus = 0;
        break;
    case INPUT_TOGGLE:
        /* Space only (it is on screen): a digit typed by mistake must not
         * change the round's cards unseen */
        if ((size_t)focus < on_page)
            scene_start_toggle(a, d, items[first + (size_t)focus]);
        break;
    case INPUT_POINTER:
        for (size_t i = 0; i < on_page; i++)
            if (layout_contains(l.item[i], ev->x, ev->y)) {
                a->start.pick_focus = (int)i;
                scene_start_toggle(a, d, items[first + i]);
            }
        if (layout_contains(l.done, ev->x, ev->y))
            a->start.picking = false;
        else if (layout_contains(l.prev, ev->x, ev->y) &&
                 a->start.pick_page > 0)
            a->start.pick_page--;
        else if (layout_contains(l.next, ev->x, ev->y) &&
                 a->start.pick_page + 1 < pages)
            a->start.pick_page++;
        break;
    default:
        break;
    }
    if (!a->start.picking)
        a->start.message[0] = '\0';
    free(items);
}

static void scene_start_pick_draw(app *a)
{
    const deck *d = app_deck(a);
    const layout_frame *f = &a->frame;
    layout_pick l;
    layout_pick_make(f, &l);
    pick_page pg;
    if (!scene_start_pick_page(a, d, &l, &pg))
        return;
    pick_item *items = pg.items;
    size_t total = pg.total, per = pg.per, pages = pg.pages;
    char count[32], title[256];
    snprintf(count, sizeof count, "%zu", scene_start_picked_count(a, d));
    draw_format(title, sizeof title,
                _("Choose the cards you want to talk about (%s chosen)"),
                count, NULL);
    draw_top_bar(a, _("Choose cards"), "");
    draw_text(a, a->start.message[0] ? a->start.message : title, l.title,
              f->font_body, true, a->start.message[0] ? DRAW_GOLD : DRAW_CREAM,
              GFX_ALIGN_LEFT, true);
    draw_text(a, _("Arrows: move \u00b7 Space: card on or off \u00b7 "
                   "Page Up/Down: page \u00b7 Enter: done"),
              l.keys, f->font_small, false, DRAW_CREAM, GFX_ALIGN_RIGHT,
              true);
    size_t first = pg.first;
    for (size_t i = 0; i < per && first + i < total; i++) {
        pick_item it = items[first + i];
        layout_rect r = l.item[i];
        bool focus = (int)i == a->start.pick_focus;
        if (it.heading) {
            if (focus)
                gfx_round_rect(a, r, r.h / 4, (gfx_color){255, 255, 255, 40});
            draw_text(a, deck_text(d, &d->dimensions[it.index].name,
                                   a->language),
                      layout_inset(r, 4), f->font_body, true, DRAW_GOLD,
                      GFX_ALIGN_LEFT, true);
            continue;
        }
        const deck_card *c = &d->cards[it.index];
        bool on = settings_is_picked(&a->settings, c->id);
        gfx_round_rect(a, r, r.h / 4,
                        on ? DRAW_PAPER : (gfx_color){255, 255, 255, 36});
        if (focus)
            gfx_round_rect(a, (layout_rect){r.x, r.y, (int)(f->s * 6) + 2, r.h},
                            2, DRAW_GOLD);
        int box = r.h * 6 / 10;
        layout_rect br = {r.x + r.h / 4, r.y + (r.h - box) / 2, box, box};
        gfx_round_rect(a, br, box / 5, on ? DRAW_ALIGNED : DRAW_PAPER);
        if (on)
            draw_icon(a, "check", layout_inset(br, box / 8));
        layout_rect tr = {br.x + box + f->gap / 2, r.y + 2,
                          r.x + r.w - (br.x + box + f->gap / 2) - 6, r.h - 4};
        draw_text(a, deck_text(d, &c->client, a->language), tr, f->font_small,
                  false, on ? DRAW_INK : DRAW_CREAM, GFX_ALIGN_LEFT, true);
    }
    if (pages > 1) {
        char p1[24], p2[24], page[96];
        snprintf(p1, sizeof p1, "%zu", a->start.pick_page + 1);
        snprintf(p2, sizeof p2, "%zu", pages);
        draw_format(page, sizeof page, _("Page %s of %s"), p1, p2);
        draw_button(a, l.prev, _("Previous"), NULL, false, false);
        draw_button(a, l.next, _("Next"), NULL, false, false);
        draw_text(a, page, l.page, f->font_small, false, DRAW_CREAM,
                  GFX_ALIGN_CENTER, true);
    }
    draw_button(a, l.done, _("Done"), "Enter", true, false);
    free(items);
}

/* --- the start screen -------------------------------------------------- */

void scene_start_handle(app *a, const input_event *ev)
{
    if (a->start.picking) {
        scene_start_pick_handle(a, ev);
        return;
    }
    layout_start l;
    layout_start_make(&a->frame, &l);
    switch (ev->type) {
    case INPUT_UP:
        a->start.focus = a->start.focus > 0 ? a->start.focus - 1 : ROW_CHOOSE;
        break;
    case INPUT_DOWN:
        a->start.focus = a->start.focus < ROW_CHOOSE ? a->start.focus + 1 : 0;
        break;
    case INPUT_LEFT:
        scene_start_change(a, a->start.focus, -1);
        break;
    case INPUT_RIGHT:
        scene_start_change(a, a->start.focus, 1);
        break;
    case INPUT_TOGGLE:
        if (a->start.focus == ROW_CHOOSE)
            scene_start_open_picker(a);
        else if (a->start.focus == ROW_START)
            scene_start_go(a);
        else
            scene_start_change(a, a->start.focus, 1);
        break;
    case INPUT_CONFIRM:
        /* Enter starts, wherever the focus is; only on the "choose cards"
         * button does it open the picker */
        if (a->start.focus == ROW_CHOOSE)
            scene_start_open_picker(a);
        else
            scene_start_go(a);
        break;
    case INPUT_DIGIT:
        /* on the people row a digit gives that person the next role */
        if (a->start.focus == ROW_CLIENTS)
            scene_start_next_role(a, ev->digit - 1);
        break;
    case INPUT_POINTER:
        for (int i = 0; i < LAYOUT_MAX_SEAT_CHIPS && app_clients(a) > 1; i++)
            if (i < app_clients(a) && layout_contains(l.seat[i], ev->x, ev->y))
                scene_start_next_role(a, i);
        for (int i = 0; i < LAYOUT_START_ROWS; i++) {
            if (layout_contains(l.row[i].prev, ev->x, ev->y)) {
                a->start.focus = i;
                scene_start_change(a, i, -1);
            } else if (layout_contains(l.row[i].next, ev->x, ev->y) ||
                       layout_contains(l.row[i].value, ev->x, ev->y)) {
                a->start.focus = i;
                scene_start_change(a, i, 1);
            }
        }
        if (layout_contains(l.start, ev->x, ev->y))
            scene_start_go(a);
        else if (layout_contains(l.choose, ev->x, ev->y))
            scene_start_open_picker(a);
        break;
    default:
        break;
    }
}

static void scene_start_row(app *a, const layout_start_row *r,
                            const char *label, const char *value,
                            bool focused)
{
    const layout_frame *f = &a->frame;
    draw_text(a, label, r->label, f->font_body, true, DRAW_CREAM,
              GFX_ALIGN_LEFT, true);
    layout_rect v = {r->prev.x, r->prev.y, r->next.x + r->next.w - r->prev.x,
                     r->prev.h};
    if (focused)
        gfx_round_rect(a, layout_inset(v, -(int)(f->s * 4) - 1),
                        v.h / 2 + 4, DRAW_GOLD);
    gfx_shadow(a, v, v.h / 2);
    gfx_round_rect(a, v, v.h / 2, DRAW_PAPER);
    draw_text(a, "\u2039", r->prev, f->font_large, true, DRAW_INK_SOFT,
              GFX_ALIGN_CENTER, true);
    draw_text(a, "\u203a", r->next, f->font_large, true, DRAW_INK_SOFT,
              GFX_ALIGN_CENTER, true);
    draw_text(a, value, r->value, f->font_body, true, DRAW_INK,
              GFX_ALIGN_CENTER, true);
    draw_trace(a, APP_TRACE_BUTTON, v, v);
}

/* A family's people as chips, each with its number and role; choosing a
 * chip (or its digit on the people row) gives the next role. */
static void scene_start_seats(app *a, const deck *d, const layout_start *l)
{
    const layout_frame *f = &a->frame;
    size_t lang = a->language < d->language_count ? a->language : 0;
    for (int i = 0; i < app_clients(a) && i < LAYOUT_MAX_SEAT_CHIPS; i++) {
        layout_rect r = l->seat[i];
        gfx_round_rect(a, r, r.h / 2, DRAW_FELT_DARK);
        char label[160];
        size_t role = scene_start_seat_role(a, d, i);
        snprintf(label, sizeof label, "%d \u00b7 %s", i + 1,
                 deck_text(d, &d->roles[role].name, lang));
        draw_text(a, label, layout_inset(r, 4), f->font_small, true,
                  DRAW_CREAM, GFX_ALIGN_CENTER, true);
        draw_trace(a, APP_TRACE_BUTTON, r, r);
    }
}

void scene_start_draw(app *a)
{
    if (a->start.picking) {
        scene_start_pick_draw(a);
        return;
    }
    const layout_frame *f = &a->frame;
    const deck *d = app_deck(a);
    draw_top_bar(a, NULL, NULL);
    layout_start l;
    layout_start_make(f, &l);
    draw_text(a, _("The alliance game"), l.title, f->font_title, true,
              DRAW_CREAM, GFX_ALIGN_CENTER, true);
    draw_text(a, _("How do we work together? Each of you answers in secret, "
                   "then you compare and talk."),
              l.subtitle, f->font_body, false, DRAW_CREAM, GFX_ALIGN_CENTER,
              true);
    if (d == NULL)
        return;
    size_t lang = a->language < d->language_count ? a->language : 0;
    scene_start_row(a, &l.row[ROW_DECK], _("Where you work"),
                    deck_text(d, &d->title, lang),
                    a->start.focus == ROW_DECK);
    const char *desc = deck_text(d, &d->description, lang);
    draw_text(a, desc, l.description, f->font_small, false, DRAW_CREAM,
              GFX_ALIGN_CENTER, true);
    scene_start_row(a, &l.row[ROW_LANGUAGE], _("Language"),
                    scene_start_language_name(d->languages[lang]),
                    a->start.focus == ROW_LANGUAGE);
    char value[256], num[24];
    if (a->settings.cards == SETTINGS_CARDS_ALL) {
        snprintf(num, sizeof num, "%zu", d->card_count);
        draw_format(value, sizeof value, _("All cards (%s)"), num, NULL);
    } else if (a->settings.cards == SETTINGS_CARDS_PICK) {
        snprintf(num, sizeof num, "%zu", scene_start_picked_count(a, d));
        draw_format(value, sizeof value, _("Chosen by hand (%s)"), num, NULL);
    } else {
        i18n_count(value, sizeof value, "Quick round (%s card)",
                   "Quick round (%s cards)",
                   d->quick_count ? d->quick_count : d->card_count);
    }
    scene_start_row(a, &l.row[ROW_CARDS], _("Cards"), value,
                    a->start.focus == ROW_CARDS);
    char who[256];
    draw_format(who, sizeof who, _("People on the %s side"),
                deck_text(d, &d->role_name[DECK_ROLE_CLIENT], lang), NULL);
    static const char *const people[] = {N_("1 person"), N_("2 people"),
                                         N_("3 people"), N_("4 people")};
    int n = a->settings.clients;
    if (n < 1 || n > 4)
        n = 1;
    scene_start_row(a, &l.row[ROW_CLIENTS], who, _(people[n - 1]),
                    a->start.focus == ROW_CLIENTS);
    if (app_clients(a) > 1)
        scene_start_seats(a, d, &l);
    const char *message = a->start.message;
    char broken[1024];
    if (message[0] == '\0' && a->catalog.broken > 0) {
        /* a deck the user put in the folder is broken: say so here, not
         * only on a terminal nobody reads */
        char count[160];
        i18n_count(count, sizeof count, "%s deck could not be loaded",
                   "%s decks could not be loaded", a->catalog.broken);
        snprintf(broken, sizeof broken, "%s: %s", count,
                 a->catalog.first_broken ? a->catalog.first_broken : "");
        message = broken;
    }
    if (message[0])
        draw_text(a, message, l.message, f->font_body, true, DRAW_GOLD,
                  GFX_ALIGN_CENTER, true);
    else
        draw_text(a, _("Arrow keys choose, Enter starts."), l.message,
                  f->font_small, false, (gfx_color){220, 230, 220, 255},
                  GFX_ALIGN_CENTER, true);
    draw_button(a, l.choose, _("Choose cards"), NULL, false,
                a->start.focus == ROW_CHOOSE);
    draw_button(a, l.start, _("Start"), "Enter", true,
                a->start.focus == ROW_START);
}
