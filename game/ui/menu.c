/* menu: see menu.h. */
#include "menu.h"

#include <stdio.h>
#include <stdlib.h>

#include "autosave.h"
#include "buttons.h"
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

/* Closes what is open; a question is told how it was answered (once:
 * its answer may ask the next question). */
static void menu_close(app *a, app_answer answer)
{
    const app_question *q = a->menu == APP_MENU_QUESTION ? a->question : NULL;
    a->menu = APP_MENU_CLOSED;
    a->question = NULL;
    if (q != NULL)
        q->answered(a, q, answer);
}

/* Stop the round (keeping no answers: the players chose to stop), and
 * quit or go back to the start. */
static void menu_stop_answered(app *a, const app_question *q,
                               app_answer answer);

static const app_question menu_quit = {
    "quit", N_("Keep playing"), N_("Stop and quit"), menu_stop_answered};
static const app_question menu_start = {
    "start", N_("Keep playing"), N_("Stop this round"), menu_stop_answered};

static void menu_stop_answered(app *a, const app_question *q,
                               app_answer answer)
{
    if (answer != APP_ANSWER_GO)
        return;
    autosave_clear(a);
    if (q == &menu_quit)
        a->running = false;
    else
        app_back_to_start(a);
}

void menu_ask_quit(app *a)
{
    app_ask(a, &menu_quit,
            _("Stop the game? The answers of this round are not saved."));
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
                app_ask(a, &menu_start,
                        _("Back to the start? The answers of this round are "
                          "not saved."));
            } else {
                a->menu = APP_MENU_CLOSED;
                app_back_to_start(a);
            }
            break;
        case MENU_QUIT:
            if (menu_game_running(a))
                menu_ask_quit(a);
            else
                a->running = false;
            break;
        default:
            break;
        }
        return;
    }
    menu_close(a, item == 0   ? APP_ANSWER_KEEP
                  : item == 1 ? APP_ANSWER_GO
                              : APP_ANSWER_DISMISSED);
}

/* The popup's buttons (buttons.h), numbered as menu_choose takes them:
 * the menu's four; an explanation's close; a question's keep and go, in
 * the place of the menu's last two. The focus is a->menu_focus: the
 * popup lies over a screen whose own focus stays as it was. */
static void menu_buttons(const app *a, const layout_menu *m, buttons_table *t)
{
    t->count = 0;
    if (a->menu == APP_MENU_OPEN) {
        buttons_add(t, m->item[0], _("Resume"), "1", true);
        buttons_add(t, m->item[1],
                    a->fullscreen ? _("Leave full screen") : _("Full screen"),
                    "2", false);
        buttons_add(t, m->item[2], _("Back to the start"), "3", false);
        buttons_add(t, m->item[3], _("Quit"), "4", false);
    } else if (a->menu == APP_MENU_EXPLAIN) {
        buttons_add(t, m->item[LAYOUT_MENU_ITEMS - 1],
                    _("Close the explanation"), "Enter", true);
    } else if (a->question != NULL) {
        buttons_add(t, m->item[2], _(a->question->keep), "1", true);
        buttons_add(t, m->item[3], _(a->question->go), "2", false);
    }
}

void menu_handle(app *a, const input_event *ev)
{
    layout_menu m;
    layout_menu_make(&a->frame, &m);
    buttons_table t;
    menu_buttons(a, &m, &t);
    int n = t.count > 0 ? t.count : 2; /* a question without buttons: 2 */
    a->dirty = true;
    switch (ev->type) {
    case INPUT_MENU:
        menu_close(a, APP_ANSWER_DISMISSED);
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
        int b = buttons_at(&t, ev->x, ev->y);
        if (b >= 0)
            menu_choose(a, b);
        else if (!layout_contains(m.panel, ev->x, ev->y))
            menu_close(a, APP_ANSWER_DISMISSED);
        break;
    }
    default:
        break;
    }
}

void menu_explain(app *a, size_t dimension)
{
    menu_explain_as(a, dimension, DECK_ROLE_CLIENT,
                    app_playing(a) ? app_session(a)->language : app_language(a));
}

void menu_explain_as(app *a, size_t dimension, deck_role side,
                     size_t language)
{
    const deck *d = app_deck(a);
    if (d == NULL || dimension >= d->dimension_count ||
        language >= d->language_count)
        return;
    a->explain_dimension = dimension;
    a->explain_side = side;
    a->explain_language = language;
    app_show_menu(a, APP_MENU_EXPLAIN);
}

/* A theme in plain words: its name, the deck's explanation, on a
 * negative theme its good answer named ("On these cards ‘Not true’ is
 * good."), and for students the theory. */
static void menu_draw_explain(const app *a, const layout_menu *m)
{
    const deck *d = app_deck(a);
    size_t lang = a->explain_language;
    if (d == NULL || a->explain_dimension >= d->dimension_count ||
        lang >= d->language_count)
        return;
    const deck_dimension *dim = &d->dimensions[a->explain_dimension];
    /* the name the card shows, in its language: the client side's plain
     * words where the deck has them (the board shows them under the
     * research's), the research's name on the professional's card */
    const char *name = deck_text(d, &dim->name, lang);
    const char *plain = a->explain_side == DECK_ROLE_CLIENT &&
                                dim->client_name.text[0] != NULL
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
    buttons_table t;
    menu_buttons(a, m, &t);
    buttons_draw_ringed(a, &t, 0);
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
        buttons_table t;
        menu_buttons(a, &m, &t);
        buttons_draw_ringed(a, &t, a->menu_focus);
        return;
    }
    if (a->menu == APP_MENU_EXPLAIN) {
        menu_draw_explain(a, &m);
        return;
    }
    /* the question takes the place of the first two buttons */
    layout_rect q = {m.title.x, m.title.y, m.title.w,
                     m.item[1].y + m.item[1].h - m.title.y};
    draw_text(a, a->menu_question, q, a->frame.font_large, true, DRAW_INK,
              GFX_ALIGN_CENTER, true);
    buttons_table t;
    menu_buttons(a, &m, &t);
    buttons_draw_ringed(a, &t, a->menu_focus);
}
