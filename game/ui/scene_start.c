/* scene_start: choose the deck, the language, which cards (quick round,
 * all, or by hand grouped by dimension) and how many people sit on the
 * client side. Remembers the last choices. */
#include "scene.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buttons.h"
#include "draw.h"
#include "gfx.h"
#include "i18n.h"
#include "start_choices.h"

/* The start screen's table (buttons.h), in the order arrows and Tab walk
 * it: the five rows (start_row: each a button over its whole width,
 * stepped by its arrows and its value), Start, Choose cards, then a
 * family's people. */
enum { ROW_START = START_ROWS, ROW_CHOOSE, ROW_SEAT };

void scene_start_enter(app *a)
{
    /* a message told on the way here (a round set aside, answers thrown
     * away) stays until the players do something */
    a->button_focus = ROW_START; /* Enter starts */
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

/* A row's whole width: its arrows and its value between them. */
static layout_rect scene_start_row_rect(const layout_start_row *r)
{
    return (layout_rect){r->prev.x, r->prev.y,
                         r->next.x + r->next.w - r->prev.x, r->prev.h};
}

/* The screen's table, from its layout: the same for drawing and input.
 * The rows and the people are drawn by the screen; Start and Choose cards
 * by the table. */
static void scene_start_buttons(const app *a, const layout_start *l,
                                buttons_table *t)
{
    t->count = 0;
    for (int i = 0; i < LAYOUT_START_ROWS; i++)
        buttons_add(t, scene_start_row_rect(&l->row[i]), "", NULL, false)
            ->screen_drawn = true;
    buttons_add(t, l->start, _("Start"), "Enter", true);
    buttons_add(t, l->choose, _("Choose cards"), NULL, false);
    bool seats = app_clients(a) > 1 && mode_counts_people(app_mode(a));
    for (int i = 0; i < LAYOUT_MAX_SEAT_CHIPS; i++) {
        layout_rect r =
            seats && i < app_clients(a) ? l->seat[i] : BUTTONS_HIDDEN;
        buttons_add(t, r, "", NULL, false)->screen_drawn = true;
    }
}

/* A tap on a row: its left arrow steps back, the code's value opens the
 * keys on the screen, the rest steps on. */
static void scene_start_tap_row(app *a, const layout_start *l, int row,
                                const input_event *ev)
{
    if (layout_contains(l->row[row].prev, ev->x, ev->y))
        start_choices_step(a, row, -1);
    else if (row == START_ROW_KEEP && layout_contains(l->row[row].value, ev->x, ev->y))
        scene_code_open(a); /* a code typed on keys on the screen */
    else
        start_choices_step(a, row, 1);
}

/* What Space or a tap on button b does: a row steps, a person takes the
 * next role, the buttons do what they say. */
static void scene_start_press(app *a, const layout_start *l, int b,
                              const input_event *ev)
{
    if (b >= ROW_SEAT)
        start_choices_next_role(a, b - ROW_SEAT);
    else if (b == ROW_CHOOSE)
        scene_pick_open(a);
    else if (b == ROW_START)
        scene_start_go(a);
    else if (ev->type == INPUT_POINTER)
        scene_start_tap_row(a, l, b, ev);
    else
        start_choices_step(a, b, 1);
}

/* The overlays opened from this screen take its input while open; true
 * when one did. */
static bool scene_start_overlay_handle(app *a, const input_event *ev)
{
    if (scene_teams_is_open()) {
        if (scene_teams_handle(a, ev) == SCENE_TEAMS_START)
            scene_start_go(a);
        return true;
    }
    if (scene_pick_is_open()) {
        scene_pick_handle(a, ev);
        return true;
    }
    if (scene_code_is_open()) {
        scene_code_handle(a, ev);
        return true;
    }
    return false;
}

void scene_start_handle(app *a, const input_event *ev)
{
    if (scene_start_overlay_handle(a, ev))
        return;
    layout_start l;
    layout_start_make(&a->frame, &l);
    buttons_table t;
    scene_start_buttons(a, &l, &t);
    if (buttons_focus_move(a, &t, ev))
        return;
    int focus = a->button_focus;
    switch (ev->type) {
    case INPUT_LEFT:
    case INPUT_RIGHT:
        start_choices_step(a, focus, ev->type == INPUT_LEFT ? -1 : 1);
        break;
    case INPUT_POINTER:
    case INPUT_TOGGLE: {
        int b = buttons_pressed(a, &t, ev, ROW_START);
        if (b < 0)
            break;
        if (ev->type == INPUT_POINTER && b != ROW_START && b != ROW_CHOOSE)
            a->button_focus = b; /* the arrows go on from the row tapped */
        scene_start_press(a, &l, b, ev);
        break;
    }
    case INPUT_CONFIRM:
        /* Enter starts, wherever the focus is; only on the "choose cards"
         * button does it open the picker */
        if (focus == ROW_CHOOSE)
            scene_pick_open(a);
        else
            scene_start_go(a);
        break;
    case INPUT_DIGIT:
        /* on the people row a digit gives that person the next role */
        if (focus == START_ROW_CLIENTS)
            start_choices_next_role(a, ev->digit - 1);
        break;
    case INPUT_CHAR:
        if (focus == START_ROW_KEEP)
            scene_code_type(a, ev->digit);
        break;
    case INPUT_TIMELINE:
        /* the letter T types on the code's row; elsewhere: its history */
        if (focus != START_ROW_KEEP)
            scene_history_open(a, play_no_trace(&a->play) ? NULL : play_pair(&a->play));
        break;
    case INPUT_BACK:
        if (focus == START_ROW_KEEP)
            scene_code_type(a, -1);
        break;
    default:
        break;
    }
}

static void scene_start_row(const app *a, const layout_start *l, int row,
                            const char *label, const char *value)
{
    const layout_frame *f = &a->frame;
    const layout_start_row *r = &l->row[row];
    draw_text(a, label, r->label, f->font_body, true, DRAW_CREAM,
              GFX_ALIGN_LEFT, true);
    layout_rect v = scene_start_row_rect(r);
    if (a->button_focus == row)
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
        if (a->button_focus == ROW_SEAT + i)
            gfx_round_rect(a->gfx, layout_inset(r, -(int)(f->s * 3) - 1),
                           r.h / 2 + 3, DRAW_GOLD);
        gfx_round_rect(a->gfx, r, r.h / 2, DRAW_FELT_DARK);
        char label[160];
        size_t role = start_choices_seat_role(a, d, i);
        snprintf(label, sizeof label, "%d \u00b7 %s", i + 1,
                 deck_text(d, &d->roles[role].name, lang));
        draw_text(a, label, layout_inset(r, 4), f->font_small, true,
                  DRAW_CREAM, GFX_ALIGN_CENTER, true);
        draw_mark(a, GFX_MARK_BUTTON, r, r);
    }
}

/* The first three rows: where (or which case), the language, the cards. */
static void scene_start_deck_rows(const app *a, const deck *d,
                                  const layout_start *l, size_t lang)
{
    const layout_frame *f = &a->frame;
    const casefile *c = app_case(a);
    /* in training the case is chosen, and it brings its deck */
    scene_start_row(a, l, START_ROW_DECK, c ? _("Case") : _("Where you work"),
                    c ? deck_text(c->deck, &c->title, lang)
                      : deck_text(d, &d->title, lang));
    const char *desc = c ? deck_text(d, &d->title, lang)
                         : deck_text(d, &d->description, lang);
    draw_text(a, desc, l->description, f->font_small, false, DRAW_CREAM,
              GFX_ALIGN_CENTER, true);
    char language[256];
    int client_lang = start_choices_client_language(a, d);
    if (client_lang < 0)
        snprintf(language, sizeof language, "%s",
                 start_choices_language_name(d->languages[lang]));
    else
        snprintf(language, sizeof language, "%s \u00b7 %s: %s",
                 start_choices_language_name(d->languages[lang]),
                 deck_text(d, &d->role_name[DECK_ROLE_CLIENT], lang),
                 start_choices_language_name(d->languages[client_lang]));
    scene_start_row(a, l, START_ROW_LANGUAGE, _("Language"), language);
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
    scene_start_row(a, l, START_ROW_CARDS, _("Cards"), value);
}

/* The last two rows: who plays (with a family's people) and where the
 * round is kept. Returns whether the people are shown. */
static bool scene_start_people_rows(const app *a, const deck *d,
                                    const layout_start *l, size_t lang)
{
    char who[256];
    /* the role with its own article: "de kant van het gezin" */
    draw_format(who, sizeof who, _("People on %s's side"),
                deck_text(d, &d->roles[deck_side_role(d, DECK_ROLE_CLIENT)].the,
                          lang),
                NULL);
    char value_who[160];
    start_choices_who_words(a, value_who, sizeof value_who);
    bool people = mode_counts_people(app_mode(a));
    scene_start_row(a, l, START_ROW_CLIENTS, people ? who : _("Who plays"),
                    value_who);
    bool seats = app_clients(a) > 1 && people;
    if (seats)
        scene_start_seats(a, d, l);
    char keep[128];
    if (play_no_trace(&a->play))
        snprintf(keep, sizeof keep, "%s", _("Nowhere (no trace)"));
    else if (play_pair(&a->play)[0])
        draw_format(keep, sizeof keep, _("With pair %s"), play_pair(&a->play), NULL);
    else /* a browser keeps it in its own storage, on this device */
        snprintf(keep, sizeof keep, "%s",
                 gfx_offers_files(a->gfx) ? _("On this device, no code")
                                     : _("On this computer, no code"));
    scene_start_row(a, l, START_ROW_KEEP, _("Keep the round"), keep);
    return seats;
}

/* The line under the rows: what went wrong, or which keys do what. */
static void scene_start_message(const app *a, layout_rect where)
{
    const layout_frame *f = &a->frame;
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
        draw_text(a, message, where, f->font_body, true, DRAW_GOLD,
                  GFX_ALIGN_CENTER, true);
    else
        draw_text(a, a->pointer_input
                         ? _("Tap a choice to change it. Tap Start to begin.")
                     : a->button_focus == START_ROW_KEEP
                         ? _("Type a code for this pair (letters and digits, "
                             "no names), or choose with the arrow keys.")
                     : a->button_focus >= ROW_SEAT
                         ? _("Space gives this person another role. Enter "
                             "starts.")
                     : play_pair(&a->play)[0] && !play_no_trace(&a->play)
                         ? _("Arrow keys choose, Enter starts, T shows this "
                             "pair's earlier rounds.")
                         : _("Arrow keys choose, Enter starts."),
                  where, f->font_small, false,
                  (gfx_color){220, 230, 220, 255}, GFX_ALIGN_CENTER, true);
}

/* The overlays opened from this screen, drawn instead of it; true when
 * one was. */
static bool scene_start_overlay_draw(const app *a)
{
    const layout_frame *f = &a->frame;
    if (scene_code_is_open()) {
        scene_code_draw(a);
        return true;
    }
    if (!scene_teams_is_open() && !scene_pick_is_open())
        return false;
    if (scene_teams_is_open())
        scene_teams_draw(a);
    else
        scene_pick_draw(a);
    /* the overlays are laid out below the notice's band */
    if (f->notice_shown)
        draw_banner(a, f->notice, a->autosave.notice, true);
    return true;
}

void scene_start_draw(const app *a)
{
    if (scene_start_overlay_draw(a))
        return;
    const layout_frame *f = &a->frame;
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
    scene_start_deck_rows(a, d, &l, lang);
    /* without chips their room is the message's */
    bool seats = scene_start_people_rows(a, d, &l, lang);
    scene_start_message(a, seats ? l.message : l.message_high);
    buttons_table t;
    scene_start_buttons(a, &l, &t);
    buttons_draw(a, &t, -1);
}
