/* menu: see menu.h. */
#include "menu.h"

#include <stdio.h>
#include <stdlib.h>

#include "autosave.h"
#include "draw.h"
#include "i18n.h"
#include "report.h"

enum { MENU_RESUME, MENU_FULLSCREEN, MENU_START, MENU_QUIT };

bool menu_game_running(const app *a)
{
    /* a finished round is stored already (the board, the history opened
     * from it): leaving it loses nothing, so nothing is asked */
    return app_playing(a) && !session_finished(app_session(a)) &&
           a->scene != APP_SCENE_START && a->scene != APP_SCENE_SUMMARY;
}

/* The new round asked for while another waited is not started. */
static void menu_forget_asked(app *a)
{
    free(a->autosave.asked_cards);
    a->autosave.asked_cards = NULL;
    a->autosave.asked_count = 0;
}

/* The questions before an action that throws answers of the card in
 * play away: what it asks, its two buttons, the action. */
typedef struct {
    app_menu_state state;
    session_action_type action;
    const char *question, *keep, *go;
} menu_drop;

static const menu_drop menu_drops[] = {
    {APP_MENU_CONFIRM_SKIP, SESSION_ACTION_SKIP,
     N_("Skip this card? The answers already given on it are thrown away."),
     N_("Keep the card"), N_("Skip the card")},
    {APP_MENU_CONFIRM_BACK, SESSION_ACTION_BACK,
     N_("Back to the card before? The answers already given on this card "
        "are thrown away."),
     N_("Stay on this card"), N_("Go back")},
    {APP_MENU_CONFIRM_NOW, SESSION_ACTION_REVEAL_NOW,
     N_("Show the card now? The counts typed for a side that is not "
        "finished do not count."),
     N_("Type on"), N_("Show now")},
};

static const menu_drop *menu_drop_asked(app_menu_state state)
{
    for (size_t i = 0; i < sizeof menu_drops / sizeof menu_drops[0]; i++)
        if (menu_drops[i].state == state)
            return &menu_drops[i];
    return NULL;
}

static void menu_choose(app *a, int item)
{
    if (a->menu == APP_MENU_OPEN) {
        switch (item) {
        case MENU_RESUME:
            a->menu = APP_MENU_CLOSED;
            break;
        case MENU_FULLSCREEN:
            a->menu = APP_MENU_CLOSED;
            app_toggle_fullscreen(a);
            break;
        case MENU_START:
            if (menu_game_running(a)) {
                app_ask(a, APP_MENU_CONFIRM_START);
            } else {
                a->menu = APP_MENU_CLOSED;
                app_back_to_start(a);
            }
            break;
        case MENU_QUIT:
            if (menu_game_running(a))
                app_ask(a, APP_MENU_CONFIRM_QUIT);
            else
                a->running = false;
            break;
        default:
            break;
        }
        return;
    }
    if (a->menu == APP_MENU_CONFIRM_RESUME) {
        /* 0 = go on with the waiting round, 1 = throw it away (and start
         * the round that was asked for meanwhile, if any) */
        a->menu = APP_MENU_CLOSED;
        if (item == 0) {
            menu_forget_asked(a);
            app_resume(a);
        } else if (item == 1) {
            autosave_clear(a);
            /* another crash's round, if any, is offered next (and asked
             * about before the round asked for starts) */
            bool more = autosave_next_waiting(a);
            size_t *cards = a->autosave.asked_cards;
            size_t count = a->autosave.asked_count;
            a->autosave.asked_cards = NULL;
            a->autosave.asked_count = 0;
            if (cards)
                app_start_session(a, cards, count);
            else if (more)
                app_ask(a, APP_MENU_CONFIRM_RESUME);
            free(cards);
        }
        return;
    }
    if (a->menu == APP_MENU_EXPLAIN) {
        a->menu = APP_MENU_CLOSED; /* its one button: close */
        return;
    }
    if (a->menu == APP_MENU_CONFIRM_FORGET) {
        /* 0 = keep everything, 1 = delete every file of the pair */
        a->menu = APP_MENU_CLOSED;
        if (item == 1) {
            autosave_forget_pair(a, a->history_code);
            app_back_to_start(a);
        }
        return;
    }
    const menu_drop *drop = menu_drop_asked(a->menu);
    if (drop != NULL) {
        /* 0 = keep the card's answers, 1 = do it all the same */
        a->menu = APP_MENU_CLOSED;
        if (item == 1) {
            session_action act = {.type = drop->action};
            play_apply(&a->play, act, a->wall);
        }
        return;
    }
    if (a->menu == APP_MENU_CONFIRM_DISCARD) {
        /* 0 = keep the stored answers, 1 = delete them */
        a->menu = APP_MENU_CLOSED;
        if (item == 1 && autosave_discard_stored(a)) {
            app_back_to_start(a);
            snprintf(a->message, sizeof a->message, "%s",
                     _("The answers of that round were thrown away."));
        }
        return;
    }
    /* a confirmation: 0 = keep playing, 1 = stop */
    if (item == 1) {
        autosave_clear(a); /* the players chose to stop: keep no answers */
        if (a->menu == APP_MENU_CONFIRM_QUIT) {
            a->running = false;
        } else {
            a->menu = APP_MENU_CLOSED;
            app_back_to_start(a);
        }
    }
    a->menu = APP_MENU_CLOSED;
}

static int menu_items(const app *a)
{
    return a->menu == APP_MENU_OPEN      ? LAYOUT_MENU_ITEMS
           : a->menu == APP_MENU_EXPLAIN ? 1
                                         : 2;
}

void menu_handle(app *a, const input_event *ev)
{
    layout_menu m;
    layout_menu_make(&a->frame, &m);
    int n = menu_items(a);
    a->dirty = true;
    switch (ev->type) {
    case INPUT_MENU:
        if (a->menu == APP_MENU_CONFIRM_RESUME)
            menu_forget_asked(a); /* decided later: the round keeps waiting */
        a->menu = APP_MENU_CLOSED;
        break;
    case INPUT_UP:
        a->menu_focus = (a->menu_focus + n - 1) % n;
        break;
    case INPUT_DOWN:
        a->menu_focus = (a->menu_focus + 1) % n;
        break;
    case INPUT_CONFIRM:
    case INPUT_TOGGLE:
        menu_choose(a, a->menu_focus);
        break;
    case INPUT_DIGIT:
        if (ev->digit >= 1 && ev->digit <= n)
            menu_choose(a, ev->digit - 1);
        break;
    case INPUT_POINTER: {
        int first = a->menu == APP_MENU_OPEN ? 0 : LAYOUT_MENU_ITEMS - n;
        for (int i = 0; i < n; i++)
            if (layout_contains(m.item[first + i], ev->x, ev->y)) {
                menu_choose(a, i);
                return;
            }
        if (!layout_contains(m.panel, ev->x, ev->y)) {
            if (a->menu == APP_MENU_CONFIRM_RESUME)
                menu_forget_asked(a);
            a->menu = APP_MENU_CLOSED;
        }
        break;
    }
    default:
        break;
    }
}

void menu_explain(app *a, size_t dimension)
{
    const deck *d = app_deck(a);
    if (d == NULL || dimension >= d->dimension_count)
        return;
    a->explain_dimension = dimension;
    app_ask(a, APP_MENU_EXPLAIN);
}

/* A theme in plain words: its name, the deck's explanation, on a
 * negative theme its good answer named ("On these cards ‘Not true’ is
 * good."), and for students the theory. */
static void menu_draw_explain(const app *a, const layout_menu *m)
{
    const deck *d = app_deck(a);
    size_t lang = app_playing(a) ? app_session(a)->language : app_language(a);
    if (d == NULL || a->explain_dimension >= d->dimension_count)
        return;
    const deck_dimension *dim = &d->dimensions[a->explain_dimension];
    /* the name the card shows (the client side's plain words, where the
     * deck has them; the board shows it under the research's), so the
     * help names what the card named */
    const char *name = deck_text(d, &dim->name, lang);
    const char *plain = dim->client_name.text[0] != NULL
                            ? deck_text(d, &dim->client_name, lang)
                            : name;
    draw_text(a, plain, m->title, a->frame.font_large, true, DRAW_INK,
              GFX_ALIGN_LEFT, true);
    const char *about = deck_text(d, &dim->description, lang);
    /* students (a way to play that scores guesses) read the theory too,
     * as the deck gives it */
    const char *theory = app_session_mode(a)->reveal == MODE_REVEAL_PREDICTION
                             ? deck_text(d, &dim->theory, lang)
                             : "";
    char good[256] = "";
    if (dim->negative)
        report_good_answer(d, lang, _("On these cards \u201c%s\u201d is good."),
                           good, sizeof good);
    char body[2600];
    snprintf(body, sizeof body, "%s%s%s%s%s%s",
             about && about[0] ? about : _("This deck does not explain this "
                                            "theme."),
             dim->negative ? "\n\n" : "", good,
             theory[0] ? "\n\n" : "", theory[0] ? _("Theory: ") : "",
             theory);
    layout_rect text = {m->title.x, m->title.y + m->title.h, m->title.w,
                        m->item[LAYOUT_MENU_ITEMS - 1].y - a->frame.gap -
                            (m->title.y + m->title.h)};
    draw_text(a, body, text, a->frame.font_body, false, DRAW_INK,
              GFX_ALIGN_LEFT, false);
    draw_button(a, m->item[LAYOUT_MENU_ITEMS - 1], _("Close the explanation"), "Enter", true,
                true);
}

void menu_draw(const app *a)
{
    layout_menu m;
    layout_menu_make(&a->frame, &m);
    draw_shade(a, 150);
    draw_shadow(a, m.panel, a->frame.radius);
    gfx_round_rect(a->gfx, m.panel, a->frame.radius, DRAW_PAPER);
    if (a->menu == APP_MENU_OPEN) {
        draw_text(a, _("Menu"), m.title, a->frame.font_large, true, DRAW_INK,
                  GFX_ALIGN_CENTER, true);
        const char *labels[LAYOUT_MENU_ITEMS] = {
            _("Resume"), a->fullscreen ? _("Leave full screen")
                                       : _("Full screen"),
            _("Back to the start"), _("Quit")};
        const char *keys[LAYOUT_MENU_ITEMS] = {"1", "2", "3", "4"};
        for (int i = 0; i < LAYOUT_MENU_ITEMS; i++)
            draw_button(a, m.item[i], labels[i], keys[i], i == 0,
                        a->menu_focus == i);
        return;
    }
    if (a->menu == APP_MENU_EXPLAIN) {
        menu_draw_explain(a, &m);
        return;
    }
    /* the question takes the place of the first two buttons */
    layout_rect q = {m.title.x, m.title.y, m.title.w,
                     m.item[1].y + m.item[1].h - m.title.y};
    const char *question =
        a->menu == APP_MENU_CONFIRM_QUIT
            ? _("Stop the game? The answers of this round are not saved.")
        : a->menu == APP_MENU_CONFIRM_RESUME
            ? a->menu_question
        : a->menu == APP_MENU_CONFIRM_DISCARD
            ? _("Throw the answers of this round away? They are deleted "
                "from this computer.")
        : a->menu == APP_MENU_CONFIRM_FORGET
            ? a->menu_question
        : menu_drop_asked(a->menu) != NULL
            ? _(menu_drop_asked(a->menu)->question)
            : _("Back to the start? The answers of this round are not saved.");
    draw_text(a, question, q, a->frame.font_large, true, DRAW_INK,
              GFX_ALIGN_CENTER, true);
    bool resume = a->menu == APP_MENU_CONFIRM_RESUME;
    bool discard = a->menu == APP_MENU_CONFIRM_DISCARD ||
                   a->menu == APP_MENU_CONFIRM_FORGET;
    const menu_drop *drop = menu_drop_asked(a->menu);
    draw_button(a, m.item[2],
                resume    ? _("Go on with it")
                : discard ? _("Keep them")
                : drop    ? _(drop->keep)
                          : _("Keep playing"),
                "1", true, a->menu_focus == 0);
    draw_button(a, m.item[3],
                drop                ? _(drop->go)
                : resume || discard ? _("Throw it away")
                : a->menu == APP_MENU_CONFIRM_QUIT ? _("Stop and quit")
                                                   : _("Stop this round"),
                "2", false, a->menu_focus == 1);
}
