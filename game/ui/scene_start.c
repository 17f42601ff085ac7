/* scene_start: choose the deck, the language, which cards (quick round,
 * all, or by hand grouped by dimension) and how many people sit on the
 * client side. Remembers the last choices. */
#include "scene.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "autosave.h"
#include "draw.h"
#include "gfx.h"
#include "history.h"
#include "i18n.h"

/* The start screen's rows and buttons, in the order arrows and Tab walk
 * them. */
enum { ROW_DECK, ROW_LANGUAGE, ROW_CARDS, ROW_KEEP, ROW_CLIENTS, ROW_START,
       ROW_CHOOSE };

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

/* The start screen's own state: nobody else writes it. */
static struct {
    int focus; /* the row or button the arrows and Tab are on */
} start = {ROW_START};

void scene_start_enter(app *a)
{
    /* a message told on the way here (a round set aside, answers thrown
     * away) stays until the players do something */
    start.focus = ROW_START;
    scene_pick_close();
    scene_teams_close();
    scene_code_close();
    app_follow_language(a);
}

void scene_start_leave(app *a)
{
    (void)a;
    scene_pick_close();
    scene_teams_close();
    scene_code_close();
}

/* The language the client side reads in when the start screen chose one
 * of its own ("client=CODE"), or -1. */
static int scene_start_client_language(const app *a, const deck *d)
{
    if (strncmp(play_seat_lang(&a->play), "client=", 7) != 0)
        return -1;
    int lang = deck_language_index(d, play_seat_lang(&a->play) + 7);
    return lang == (int)app_language(a) ? -1 : lang;
}

/* The values of the "who plays" row: the mode table's listed rows
 * (mode_choices), a row of people once per number it allows; without
 * training cases, the rows that need one are left out. */
static size_t scene_start_choices(const app *a, mode_choice *out)
{
    mode_choice all[MODE_MAX_CHOICES];
    size_t n = mode_choices(all, MODE_MAX_CHOICES), kept = 0;
    for (size_t i = 0; i < n; i++)
        if (!all[i].mode->needs_case || play_cases(&a->play)->count > 0)
            out[kept++] = all[i];
    return kept;
}

/* The value the way to play chosen has on the row (a variant the row
 * does not list shows as its base). */
static size_t scene_start_who(const app *a, const mode_choice *c, size_t n)
{
    const mode_def *m = app_mode(a);
    int people = app_clients(a);
    for (int pass = 0; pass < 3; pass++) {
        for (size_t i = 0; i < n; i++)
            if (c[i].mode == m && (pass > 0 || c[i].people == people))
                return i;
        if (pass == 1 && m->base)
            m = mode_find(m->base);
    }
    return 0;
}

/* A value's words: "3 people", "Workshop: teams". */
static void scene_start_who_label(const mode_choice *c, char *out,
                                  size_t size)
{
    const mode_def *m = c->mode;
    if (m->label_many)
        i18n_count(out, size, m->label, m->label_many,
                   (unsigned long)c->people);
    else
        snprintf(out, size, "%s", m->label ? _(m->label) : m->id);
}

/* Chooses the value delta steps along the row. */
static void scene_start_choose_who(app *a, int delta)
{
    mode_choice c[MODE_MAX_CHOICES];
    size_t n = scene_start_choices(a, c);
    if (n == 0)
        return;
    int v = (int)scene_start_who(a, c, n) + delta;
    v = v < 0 ? 0 : v >= (int)n ? (int)n - 1 : v;
    const mode_def *m = c[v].mode;
    play_choose_mode(&a->play, m->id);
    if (c[v].people > 0)
        play_choose_clients(&a->play, c[v].people);
    const casefile *cf = app_case(a);
    if (m->needs_case && cf)
        app_choose_case(a, cf->id); /* its deck comes with it */
}

/* Where the round is kept: on this computer (no code), with a pair's
 * code (typed, or one of the codes already kept, in turn), or nowhere. */
static void scene_start_keep(app *a, int delta)
{
    char folder[APP_PATH_MAX];
    char codes[16][SESSION_PAIR_MAX];
    size_t n = history_user_folder(folder, sizeof folder)
                   ? history_codes(folder, codes, 16)
                   : 0;
    /* the values in order: none, each known code, no trace */
    int count = (int)n + 2, at = 0;
    if (play_no_trace(&a->play))
        at = count - 1;
    else if (play_pair(&a->play)[0]) {
        for (size_t i = 0; i < n; i++)
            if (strcmp(codes[i], play_pair(&a->play)) == 0)
                at = (int)i + 1;
    }
    at = (at + delta + count) % count;
    if (at == count - 1) {
        autosave_set_no_trace(a, true);
        return;
    }
    if (play_no_trace(&a->play))
        autosave_set_no_trace(a, false);
    play_choose_pair(&a->play, at == 0 ? "" : codes[at - 1]);
}

static void scene_start_change(app *a, int row, int delta)
{
    const deck *d = app_deck(a);
    switch (row) {
    case ROW_DECK: {
        if (app_mode(a)->needs_case) {
            app_next_case(a, delta); /* a case brings its deck */
            break;
        }
        play_step_deck(&a->play, delta); /* keeps the language it can */
        app_follow_language(a);
        break;
    }
    case ROW_LANGUAGE:
        if (d && d->language_count > 0) {
            /* each language, and after it that language with the client
             * side reading in another one of the deck */
            int n = (int)d->language_count;
            int client = scene_start_client_language(a, d);
            int v = (int)app_language(a) * n + (client < 0 ? (int)app_language(a) : client);
            int order[DECK_MAX_LANGUAGES * DECK_MAX_LANGUAGES] = {0};
            int count = 0, at = 0;
            for (int m = 0; m < n; m++) {
                order[count++] = m * n + m;
                for (int c = 0; c < n; c++)
                    if (c != m)
                        order[count++] = m * n + c;
            }
            for (int i = 0; i < count; i++)
                if (order[i] == v)
                    at = i;
            if (count > 0)
                v = order[(at + delta % count + count) % count];
            play_choose_language(&a->play, (size_t)(v / n));
            char spec[64] = ""; /* the client side in another one */
            if (v % n != v / n)
                snprintf(spec, sizeof spec, "client=%s", d->languages[v % n]);
            play_choose_seat_lang(&a->play, spec);
            app_follow_language(a);
        }
        break;
    case ROW_CARDS:
        play_choose_cards(&a->play,
                          (settings_cards)((app_settings(a)->cards + 3 + delta) % 3));
        break;
    case ROW_KEEP:
        scene_start_keep(a, delta);
        break;
    case ROW_CLIENTS:
        scene_start_choose_who(a, delta);
        break;
    default:
        break;
    }
    a->message[0] = '\0';
}

/* The role of the client side's person i (settings.seats, or the side's
 * own role). */
static size_t scene_start_seat_role(const app *a, const deck *d, int i)
{
    return mode_remembered_role(d, app_settings(a)->seats, i);
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
    play_choose_seats(&a->play, list);
}

static void scene_start_go(app *a)
{
    const deck *d = app_deck(a);
    if (d == NULL)
        return;
    /* a code the round would refuse (digits alone read as a date): its
     * keys open and say what it needs, before anything starts */
    char normal[SESSION_PAIR_MAX];
    if (play_pair(&a->play)[0] && !play_no_trace(&a->play) &&
        !session_pair_normal(play_pair(&a->play), normal, sizeof normal)) {
        scene_code_refuse(a);
        return;
    }
    if (mode_named_teams(app_mode(a)) && !scene_teams_is_open()) {
        scene_teams_open(a); /* the teams are named before the round */
        return;
    }
    scene_teams_close();
    size_t *cards = NULL;
    size_t count = 0;
    if (app_settings(a)->cards == SETTINGS_CARDS_PICK) {
        cards = malloc((d->card_count ? d->card_count : 1) * sizeof *cards);
        if (cards == NULL)
            return;
        for (size_t c = 0; c < d->card_count; c++)
            if (settings_is_picked(app_settings(a), d->cards[c].id))
                cards[count++] = c;
        if (count == 0) {
            free(cards);
            scene_pick_open(a);
            snprintf(a->message, sizeof a->message, "%s",
                     _("Choose at least one card."));
            return;
        }
    } else {
        error_list errors;
        error_list_init(&errors);
        const char *spec = app_settings(a)->cards == SETTINGS_CARDS_ALL ? "all"
                                                                    : "quick";
        if (!deck_select(d, spec, &cards, &count, &errors)) {
            error_format_first(&errors, a->message,
                               sizeof a->message);
            error_list_free(&errors);
            return;
        }
        error_list_free(&errors);
    }
    app_save_settings(a);
    app_start_session(a, cards, count);
    free(cards);
}

/* --- the start screen -------------------------------------------------- */

void scene_start_handle(app *a, const input_event *ev)
{
    if (scene_teams_is_open()) {
        if (scene_teams_handle(a, ev) == SCENE_TEAMS_START)
            scene_start_go(a);
        return;
    }
    if (scene_pick_is_open()) {
        scene_pick_handle(a, ev);
        return;
    }
    if (scene_code_is_open()) {
        scene_code_handle(a, ev);
        return;
    }
    layout_start l;
    layout_start_make(&a->frame, &l);
    switch (ev->type) {
    case INPUT_UP:
        start.focus = start.focus > 0 ? start.focus - 1 : ROW_CHOOSE;
        break;
    case INPUT_DOWN:
        start.focus = start.focus < ROW_CHOOSE ? start.focus + 1 : 0;
        break;
    case INPUT_LEFT:
        scene_start_change(a, start.focus, -1);
        break;
    case INPUT_RIGHT:
        scene_start_change(a, start.focus, 1);
        break;
    case INPUT_TOGGLE:
        if (start.focus == ROW_CHOOSE)
            scene_pick_open(a);
        else if (start.focus == ROW_START)
            scene_start_go(a);
        else
            scene_start_change(a, start.focus, 1);
        break;
    case INPUT_CONFIRM:
        /* Enter starts, wherever the focus is; only on the "choose cards"
         * button does it open the picker */
        if (start.focus == ROW_CHOOSE)
            scene_pick_open(a);
        else
            scene_start_go(a);
        break;
    case INPUT_DIGIT:
        /* on the people row a digit gives that person the next role */
        if (start.focus == ROW_CLIENTS)
            scene_start_next_role(a, ev->digit - 1);
        break;
    case INPUT_CHAR:
        if (start.focus == ROW_KEEP)
            scene_code_type(a, ev->digit);
        break;
    case INPUT_TIMELINE:
        /* the letter T types on the code's row; elsewhere: its history */
        if (start.focus != ROW_KEEP)
            scene_history_open(a, play_no_trace(&a->play) ? NULL : play_pair(&a->play));
        break;
    case INPUT_BACK:
        if (start.focus == ROW_KEEP)
            scene_code_type(a, -1);
        break;
    case INPUT_POINTER:
        for (int i = 0; i < LAYOUT_MAX_SEAT_CHIPS && app_clients(a) > 1; i++)
            if (i < app_clients(a) && layout_contains(l.seat[i], ev->x, ev->y))
                scene_start_next_role(a, i);
        for (int i = 0; i < LAYOUT_START_ROWS; i++) {
            if (layout_contains(l.row[i].prev, ev->x, ev->y)) {
                start.focus = i;
                scene_start_change(a, i, -1);
            } else if (i == ROW_KEEP &&
                       layout_contains(l.row[i].value, ev->x, ev->y)) {
                start.focus = i;
                scene_code_open(a); /* a code typed on keys on the screen */
            } else if (layout_contains(l.row[i].next, ev->x, ev->y) ||
                       layout_contains(l.row[i].value, ev->x, ev->y)) {
                start.focus = i;
                scene_start_change(a, i, 1);
            }
        }
        if (layout_contains(l.start, ev->x, ev->y))
            scene_start_go(a);
        else if (layout_contains(l.choose, ev->x, ev->y))
            scene_pick_open(a);
        break;
    default:
        break;
    }
}

static void scene_start_row(const app *a, const layout_start_row *r,
                            const char *label, const char *value,
                            bool focused)
{
    const layout_frame *f = &a->frame;
    draw_text(a, label, r->label, f->font_body, true, DRAW_CREAM,
              GFX_ALIGN_LEFT, true);
    layout_rect v = {r->prev.x, r->prev.y, r->next.x + r->next.w - r->prev.x,
                     r->prev.h};
    if (focused)
        gfx_round_rect(a->gfx, layout_inset(v, -(int)(f->s * 4) - 1),
                        v.h / 2 + 4, DRAW_GOLD);
    draw_shadow(a, v, v.h / 2);
    gfx_round_rect(a->gfx, v, v.h / 2, DRAW_PAPER);
    draw_text(a, "\u2039", r->prev, f->font_large, true, DRAW_INK_SOFT,
              GFX_ALIGN_CENTER, true);
    draw_text(a, "\u203a", r->next, f->font_large, true, DRAW_INK_SOFT,
              GFX_ALIGN_CENTER, true);
    draw_text(a, value, r->value, f->font_body, true, DRAW_INK,
              GFX_ALIGN_CENTER, true);
    draw_mark(a, GFX_MARK_BUTTON, v, v);
}

/* A family's people as chips, each with its number and role; choosing a
 * chip (or its digit on the people row) gives the next role. */
static void scene_start_seats(const app *a, const deck *d, const layout_start *l)
{
    const layout_frame *f = &a->frame;
    size_t lang = app_language(a) < d->language_count ? app_language(a) : 0;
    for (int i = 0; i < app_clients(a) && i < LAYOUT_MAX_SEAT_CHIPS; i++) {
        layout_rect r = l->seat[i];
        gfx_round_rect(a->gfx, r, r.h / 2, DRAW_FELT_DARK);
        char label[160];
        size_t role = scene_start_seat_role(a, d, i);
        snprintf(label, sizeof label, "%d \u00b7 %s", i + 1,
                 deck_text(d, &d->roles[role].name, lang));
        draw_text(a, label, layout_inset(r, 4), f->font_small, true,
                  DRAW_CREAM, GFX_ALIGN_CENTER, true);
        draw_mark(a, GFX_MARK_BUTTON, r, r);
    }
}

void scene_start_draw(const app *a)
{
    if (scene_code_is_open()) {
        scene_code_draw(a);
        return;
    }
    const layout_frame *f = &a->frame;
    if (scene_teams_is_open() || scene_pick_is_open()) {
        if (scene_teams_is_open())
            scene_teams_draw(a);
        else
            scene_pick_draw(a);
        /* the overlays are laid out below the notice's band */
        if (f->notice_shown)
            draw_banner(a, f->notice, a->autosave.notice, true);
        return;
    }
    const deck *d = app_deck(a);
    draw_top_bar(a, NULL, NULL);
    layout_start l;
    layout_start_make(f, &l);
    if (f->notice_shown) {
        draw_banner(a, l.notice, a->autosave.notice, true);
    } else {
        draw_text(a, _("The alliance game"), l.title, f->font_title, true,
                  DRAW_CREAM, GFX_ALIGN_CENTER, true);
        draw_text(a, _("How do we work together? Each of you answers in "
                       "secret, then you compare and talk."),
                  l.subtitle, f->font_body, false, DRAW_CREAM,
                  GFX_ALIGN_CENTER, true);
    }
    if (d == NULL)
        return;
    size_t lang = app_language(a) < d->language_count ? app_language(a) : 0;
    const casefile *c = app_case(a);
    /* in training the case is chosen, and it brings its deck */
    scene_start_row(a, &l.row[ROW_DECK], c ? _("Case") : _("Where you work"),
                    c ? deck_text(c->deck, &c->title, lang)
                      : deck_text(d, &d->title, lang),
                    start.focus == ROW_DECK);
    const char *desc = c ? deck_text(d, &d->title, lang)
                         : deck_text(d, &d->description, lang);
    draw_text(a, desc, l.description, f->font_small, false, DRAW_CREAM,
              GFX_ALIGN_CENTER, true);
    char language[256];
    int client_lang = scene_start_client_language(a, d);
    if (client_lang < 0)
        snprintf(language, sizeof language, "%s",
                 scene_start_language_name(d->languages[lang]));
    else
        snprintf(language, sizeof language, "%s \u00b7 %s: %s",
                 scene_start_language_name(d->languages[lang]),
                 deck_text(d, &d->role_name[DECK_ROLE_CLIENT], lang),
                 scene_start_language_name(d->languages[client_lang]));
    scene_start_row(a, &l.row[ROW_LANGUAGE], _("Language"), language,
                    start.focus == ROW_LANGUAGE);
    char value[256], num[24];
    if (app_settings(a)->cards == SETTINGS_CARDS_ALL) {
        snprintf(num, sizeof num, "%zu", d->card_count);
        draw_format(value, sizeof value, _("All cards (%s)"), num, NULL);
    } else if (app_settings(a)->cards == SETTINGS_CARDS_PICK) {
        snprintf(num, sizeof num, "%zu", scene_pick_count(a, d));
        draw_format(value, sizeof value, _("Chosen by hand (%s)"), num, NULL);
    } else {
        i18n_count(value, sizeof value, "Quick round (%s card)",
                   "Quick round (%s cards)",
                   d->quick_count ? d->quick_count : d->card_count);
    }
    scene_start_row(a, &l.row[ROW_CARDS], _("Cards"), value,
                    start.focus == ROW_CARDS);
    char who[256];
    /* the role with its own article: "de kant van het gezin" */
    draw_format(who, sizeof who, _("People on %s's side"),
                deck_text(d, &d->roles[deck_side_role(d, DECK_ROLE_CLIENT)].the,
                          lang),
                NULL);
    mode_choice choices[MODE_MAX_CHOICES];
    size_t n = scene_start_choices(a, choices);
    char value_who[160] = "";
    if (n > 0)
        scene_start_who_label(&choices[scene_start_who(a, choices, n)],
                              value_who, sizeof value_who);
    bool people = mode_counts_people(app_mode(a));
    scene_start_row(a, &l.row[ROW_CLIENTS], people ? who : _("Who plays"),
                    value_who, start.focus == ROW_CLIENTS);
    bool seats = app_clients(a) > 1 && people;
    if (seats)
        scene_start_seats(a, d, &l);
    char keep[128];
    if (play_no_trace(&a->play))
        snprintf(keep, sizeof keep, "%s", _("Nowhere (no trace)"));
    else if (play_pair(&a->play)[0])
        draw_format(keep, sizeof keep, _("With pair %s"), play_pair(&a->play), NULL);
    else /* a browser keeps it in its own storage, on this device */
        snprintf(keep, sizeof keep, "%s",
                 gfx_offers_files(a->gfx) ? _("On this device, no code")
                                     : _("On this computer, no code"));
    scene_start_row(a, &l.row[ROW_KEEP], _("Keep the round"), keep,
                    start.focus == ROW_KEEP);
    if (!seats)
        l.message = l.message_high; /* the chips' room is free */
    const char *message = a->message;
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
        draw_text(a, a->pointer_input
                         ? _("Tap a choice to change it. Tap Start to begin.")
                     : start.focus == ROW_KEEP
                         ? _("Type a code for this pair (letters and digits, "
                             "no names), or choose with the arrow keys.")
                     : play_pair(&a->play)[0] && !play_no_trace(&a->play)
                         ? _("Arrow keys choose, Enter starts, T shows this "
                             "pair's earlier rounds.")
                         : _("Arrow keys choose, Enter starts."),
                  l.message, f->font_small, false,
                  (gfx_color){220, 230, 220, 255}, GFX_ALIGN_CENTER, true);
    draw_button(a, l.choose, _("Choose cards"), NULL, false,
                start.focus == ROW_CHOOSE);
    draw_button(a, l.start, _("Start"), "Enter", true,
                start.focus == ROW_START);
}
