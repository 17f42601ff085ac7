/* scene_pick: the card picker of the start screen: the deck's cards
 * grouped by theme, a page at a time, each turned on or off with Space or
 * a click; the keys are written on screen and a digit changes nothing. */
#include "scene.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buttons.h"
#include "draw.h"
#include "i18n.h"

/* The picker's own state: nobody else writes it. */
static struct {
    bool open;   /* the picker is shown (it takes the start screen's part) */
    size_t page;
    int focus;   /* item index on the page */
} pick;

bool scene_pick_is_open(void)
{
    return pick.open;
}

void scene_pick_close(void)
{
    pick.open = false;
}

/* One entry of the card picker: a dimension heading or a card. */
typedef struct {
    bool heading;
    size_t index; /* dimension or card index */
} pick_item;

/* The picker's entries in deck order, grouped by dimension. */
static size_t scene_pick_items(const deck *d, pick_item *items, size_t max)
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

size_t scene_pick_count(const app *a, const deck *d)
{
    size_t n = 0;
    for (size_t c = 0; c < d->card_count; c++)
        if (settings_is_picked(app_settings(a), d->cards[c].id))
            n++;
    return n;
}

/* Sets the picked list to the deck's cards for which keep() says yes. */
static void scene_pick_set(app *a, const deck *d, const bool *keep)
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
    (void)play_choose_picked(&a->play, buf);
    free(buf);
}

static void scene_pick_toggle(app *a, const deck *d, pick_item item)
{
    bool *keep = calloc(d->card_count ? d->card_count : 1, sizeof *keep);
    if (keep == NULL)
        return;
    for (size_t c = 0; c < d->card_count; c++)
        keep[c] = settings_is_picked(app_settings(a), d->cards[c].id);
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
    scene_pick_set(a, d, keep);
    free(keep);
    play_choose_cards(&a->play, SETTINGS_CARDS_PICK);
}

void scene_pick_open(app *a)
{
    pick.open = true;
    pick.page = 0;
    pick.focus = 0;
    play_choose_cards(&a->play, SETTINGS_CARDS_PICK);
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

static bool scene_pick_page_of(const deck *d, const layout_pick *l,
                               pick_page *p)
{
    p->total = scene_pick_items(d, NULL, 0);
    p->items = calloc(p->total ? p->total : 1, sizeof *p->items);
    if (p->items == NULL)
        return false;
    scene_pick_items(d, p->items, p->total);
    p->per = l->per_page ? l->per_page : 1;
    p->pages = (p->total + p->per - 1) / p->per;
    if (p->pages == 0)
        p->pages = 1;
    p->first = pick.page * p->per;
    p->on_page = p->total > p->first ? p->total - p->first : 0;
    if (p->on_page > p->per)
        p->on_page = p->per;
    return true;
}

/* The picker's buttons (buttons.h); the arrows walk the cards, so these
 * are pressed by a tap or their keys. */
enum { PICK_PREV, PICK_NEXT, PICK_DONE };

static void scene_pick_buttons(const layout_pick *l, size_t pages,
                               buttons_table *t)
{
    t->count = 0;
    buttons_add(t, pages > 1 ? l->prev : BUTTONS_HIDDEN, _("Previous"), NULL,
                false);
    buttons_add(t, pages > 1 ? l->next : BUTTONS_HIDDEN, _("Next"), NULL,
                false);
    buttons_add(t, l->done, _("Done"), "Enter", true);
}

void scene_pick_handle(app *a, const input_event *ev)
{
    const deck *d = app_deck(a);
    layout_pick l;
    layout_pick_make(&a->frame, &l);
    pick_page pg;
    if (!scene_pick_page_of(d, &l, &pg))
        return;
    pick_item *items = pg.items;
    size_t per = pg.per, pages = pg.pages, first = pg.first, on_page = pg.on_page;
    int focus = pick.focus;
    switch (ev->type) {
    case INPUT_CONFIRM:
    case INPUT_MENU:
        pick.open = false;
        break;
    case INPUT_UP:
        if (focus > 0)
            pick.focus--;
        else if (pick.page > 0) {
            pick.page--;
            pick.focus = (int)per - 1;
        }
        break;
    case INPUT_DOWN:
        if ((size_t)focus + 1 < on_page)
            pick.focus++;
        else if (pick.page + 1 < pages) {
            pick.page++;
            pick.focus = 0;
        }
        break;
    case INPUT_LEFT:
    case INPUT_PAGE_UP:
        if (pick.page > 0)
            pick.page--;
        pick.focus = 0;
        break;
    case INPUT_RIGHT:
    case INPUT_PAGE_DOWN:
        if (pick.page + 1 < pages)
            pick.page++;
        pick.focus = 0;
        break;
    case INPUT_TOGGLE:
        /* Space only (it is on screen): a digit typed by mistake must not
         * change the round's cards unseen */
        if ((size_t)focus < on_page)
            scene_pick_toggle(a, d, items[first + (size_t)focus]);
        break;
    case INPUT_POINTER:
        for (size_t i = 0; i < on_page; i++)
            if (layout_contains(l.item[i], ev->x, ev->y)) {
                pick.focus = (int)i;
                scene_pick_toggle(a, d, items[first + i]);
            }
        buttons_table t;
        scene_pick_buttons(&l, pages, &t);
        switch (buttons_at(&t, ev->x, ev->y)) {
        case PICK_DONE: pick.open = false; break;
        case PICK_PREV: if (pick.page > 0) pick.page--; break;
        case PICK_NEXT: if (pick.page + 1 < pages) pick.page++; break;
        default: break;
        }
        break;
    default:
        break;
    }
    if (!pick.open)
        a->message[0] = '\0';
    free(items);
}

void scene_pick_draw(const app *a)
{
    const deck *d = app_deck(a);
    const layout_frame *f = &a->frame;
    layout_pick l;
    layout_pick_make(f, &l);
    pick_page pg;
    if (!scene_pick_page_of(d, &l, &pg))
        return;
    pick_item *items = pg.items;
    size_t total = pg.total, per = pg.per, pages = pg.pages;
    char count[32], title[256];
    snprintf(count, sizeof count, "%zu", scene_pick_count(a, d));
    draw_format(title, sizeof title,
                _("Choose the cards you want to talk about (%s chosen)"),
                count, NULL);
    draw_top_bar(a, _("Choose cards"), "");
    draw_text(a, a->message[0] ? a->message : title, l.title,
              f->font_body, true, a->message[0] ? DRAW_GOLD : DRAW_CREAM,
              GFX_ALIGN_LEFT, true);
    draw_text(a, a->pointer_input
                     ? _("Tap a card to take it or leave it out.")
                     : _("Arrows: move \u00b7 Space: card on or off \u00b7 "
                         "Page Up/Down: page \u00b7 Enter: done"),
              l.keys, f->font_small, false, DRAW_CREAM, GFX_ALIGN_RIGHT,
              true);
    size_t first = pg.first;
    for (size_t i = 0; i < per && first + i < total; i++) {
        pick_item it = items[first + i];
        layout_rect r = l.item[i];
        bool focus = (int)i == pick.focus;
        if (it.heading) {
            if (focus)
                gfx_round_rect(a->gfx, r, r.h / 4, (gfx_color){255, 255, 255, 40});
            draw_text(a, deck_text(d, &d->dimensions[it.index].name,
                                   app_language(a)),
                      layout_inset(r, 4), f->font_body, true, DRAW_GOLD,
                      GFX_ALIGN_LEFT, true);
            continue;
        }
        const deck_card *c = &d->cards[it.index];
        bool on = settings_is_picked(app_settings(a), c->id);
        gfx_round_rect(a->gfx, r, r.h / 4,
                        on ? DRAW_PAPER : (gfx_color){255, 255, 255, 36});
        if (focus)
            gfx_round_rect(a->gfx, (layout_rect){r.x, r.y, (int)(f->s * 6) + 2, r.h},
                            2, DRAW_GOLD);
        int box = r.h * 6 / 10;
        layout_rect br = {r.x + r.h / 4, r.y + (r.h - box) / 2, box, box};
        gfx_round_rect(a->gfx, br, box / 5, on ? DRAW_ALIGNED : DRAW_PAPER);
        if (on)
            draw_icon(a, "check", layout_inset(br, box / 8));
        layout_rect tr = {br.x + box + f->gap / 2, r.y + 2,
                          r.x + r.w - (br.x + box + f->gap / 2) - 6, r.h - 4};
        draw_text(a, deck_text(d, &c->client, app_language(a)), tr, f->font_small,
                  false, on ? DRAW_INK : DRAW_CREAM, GFX_ALIGN_LEFT, true);
    }
    if (pages > 1) {
        char p1[24], p2[24], page[96];
        snprintf(p1, sizeof p1, "%zu", pick.page + 1);
        snprintf(p2, sizeof p2, "%zu", pages);
        draw_format(page, sizeof page, _("Page %s of %s"), p1, p2);
        draw_text(a, page, l.page, f->font_small, false, DRAW_CREAM,
                  GFX_ALIGN_CENTER, true);
    }
    buttons_table t;
    scene_pick_buttons(&l, pages, &t);
    buttons_draw_ringed(a, &t, -1);
    free(items);
}

