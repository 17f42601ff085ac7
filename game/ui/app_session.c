/* app_session: the round being played: starting it, applying the
 * players' actions and showing the screen that follows (see app.h). */
#include "app.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "autosave.h"
#include "draw.h"
#include "flow.h"
#include "i18n.h"
#include "mode.h"

/* The pair's last time, for replay: the latest round kept in the user's
 * folder, passing over this round itself when it was stored already
 * (it is not its own "last time"). */
static void app_load_previous(app *a)
{
    error_list errors;
    error_list_init(&errors);
    const char *stored = play_stored(&a->play)[0] ? play_stored(&a->play)
                                                  : NULL;
    (void)play_load_previous(&a->play, a->pref_dir, stored, &errors);
    if (!error_list_empty(&errors))
        error_print(&errors, stderr);
    error_list_free(&errors);
}

/* The screen for what happens now (flow.h): the same rule for play and
 * for a round picked up after a crash. */
static app_scene app_scene_for(const flow *f, const mode_def *m)
{
    switch (f->step) {
    case FLOW_DEAL: return APP_SCENE_DEAL;
    case FLOW_ANSWER:
        if (f->handover)
            return APP_SCENE_HANDOVER;
        return f->answers == MODE_ANSWER_COUNT ? APP_SCENE_HANDS
                                               : APP_SCENE_PLACE;
    case FLOW_READY: return APP_SCENE_HANDOVER;
    case FLOW_TALK:
        return m->reveal == MODE_REVEAL_SPREAD ? APP_SCENE_SPREAD
                                               : APP_SCENE_REVEAL;
    case FLOW_BOARD: return APP_SCENE_SUMMARY;
    }
    return APP_SCENE_START;
}

void app_show_round(app *a)
{
    if (!app_playing(a))
        return;
    flow f = flow_now(app_session(a), app_session_mode(a));
    /* a seat the case fills answers at once (practising alone) */
    if (f.step == FLOW_ANSWER) {
        const mode_seat *kind = mode_seat_of(app_session_mode(a), app_session(a),
                                             f.seat);
        if (kind && kind->source == MODE_SOURCE_CASE) {
            app_dealt(a);
            return;
        }
    }
    app_goto(a, app_scene_for(&f, app_session_mode(a)));
}

void app_follow_play(app *a)
{
    unsigned long moves = play_moves(&a->play);
    if (moves == a->moves_seen)
        return;
    a->moves_seen = moves; /* first: what follows may act again */
    a->dirty = true;
    if (!app_playing(a))
        return;
    /* several actions in one step (a case's seat after a deal) are
     * stored once and followed by the latest */
    session_action action = *play_last_action(&a->play);
    autosave_update(a);
    if (action.type == SESSION_ACTION_NEXT ||
        action.type == SESSION_ACTION_BACK ||
        action.type == SESSION_ACTION_SKIP)
        timer_reset(&a->talk_timer); /* each card its own talk */
    switch (action.type) {
    case SESSION_ACTION_TAKE_BACK:
        /* the one who took the token back still holds the screen; a
         * show of hands taken back is typed again */
        app_goto(a, app_session(a)->hands[action.player] ? APP_SCENE_HANDS
                                                    : APP_SCENE_PLACE);
        break;
    case SESSION_ACTION_MARK:
    case SESSION_ACTION_KEEP_OUT:
    case SESSION_ACTION_TYPE_COUNTS:
        /* the same turned card stays, without turning again; a show of
         * hands kept as typed goes on where it is */
        break;
    default:
        app_show_round(a);
        break;
    }
}

void app_teams(const app *a, char *out, size_t size)
{
    if (app_settings(a)->teams[0]) {
        snprintf(out, size, "%s", app_settings(a)->teams);
        return;
    }
    /* no teams named yet: the room's two sides */
    snprintf(out, size, "client:%s,%s", _("Clients"), _("Professionals"));
}

bool app_make_seats(const app *a, const deck *d, const char *role_ids,
                    int people, session_seat *seats, size_t *n, char *why,
                    size_t why_size)
{
    const mode_def *m = app_mode(a);
    if (mode_named_teams(m)) {
        char teams[SETTINGS_MAX_SEATS];
        app_teams(a, teams, sizeof teams);
        return mode_make_teams(m, d, teams, seats, n, why, why_size);
    }
    return mode_make_seats(m, d, role_ids, people, seats, n, why, why_size);
}

bool app_start_session(app *a, const size_t *cards, size_t count)
{
    const deck *d = app_deck(a);
    if (d == NULL || count == 0) {
        snprintf(a->message, sizeof a->message, "%s",
                 _("Choose at least one card."));
        return false;
    }
    if (autosave_pending(a)) {
        /* Another round waits: never write over its answers. Ask, and
         * start this one only when the players throw that one away. */
        free(a->autosave.asked_cards);
        a->autosave.asked_cards = malloc(count * sizeof *cards);
        a->autosave.asked_count = 0;
        if (a->autosave.asked_cards) {
            memcpy(a->autosave.asked_cards, cards, count * sizeof *cards);
            a->autosave.asked_count = count;
        }
        app_ask_resume(a);
        return true;
    }
    play_end(&a->play); /* what was stored goes with the round */
    const mode_def *m = app_mode(a);
    session_seat seats[SESSION_MAX_PLAYERS];
    size_t n = 0;
    char why[256];
    /* the remembered roles may come from another deck: keep what fits */
    char roles[SETTINGS_MAX_SEATS];
    mode_known_roles(d, app_settings(a)->seats, roles, sizeof roles);
    if (!app_make_seats(a, d, roles, app_clients(a), seats, &n, why,
                        sizeof why)) {
        snprintf(a->message, sizeof a->message, "%s", why);
        return false;
    }
    const casefile *c = app_case(a);
    if (m->needs_case && (c == NULL || c->deck != d)) {
        snprintf(a->message, sizeof a->message, "%s",
                 _("Training needs a case for this deck: choose another deck "
                   "or case."));
        return false;
    }
    play_setup setup = {
        .deck = d, .language = app_language(a), .cards = cards,
        .card_count = count, .seats = seats, .seat_count = n, .mode = m,
        .case_id = c ? c->id : NULL};
    if (!play_start(&a->play, &setup, a->wall, a->message,
                    sizeof a->message))
        return false;
    a->message[0] = '\0';
    timer_init(&a->talk_timer, (uint32_t)app_settings(a)->timer_seconds * 1000u);
    app_load_previous(a); /* the pair's last time, for replay */
    play_number_pair_round(&a->play, app_previous(a));
    if (m->needs_case)
        app_goto(a, APP_SCENE_CASE); /* each side reads the case first */
    else
        app_show_round(a); /* the deal: the flow's rule, as everywhere */
    return true;
}

void app_show_stored(app *a, const session *s)
{
    if (s) {
        play_lend(&a->play, s);
        app_goto(a, APP_SCENE_SUMMARY);
    } else {
        app_goto(a, APP_SCENE_START);
    }
    app_switch_pending(a);
    if (s == NULL)
        play_end(&a->play); /* after the board is left: it read the round */
}

void app_back_to_start(app *a)
{
    app_follow_play(a); /* a move not followed yet is stored first */
    a->back_count = 0; /* nothing to go back to from the start */
    app_goto(a, APP_SCENE_START);
    play_end(&a->play); /* the pair's last time with it */
    /* a round another crash left waits too: offered now, not only at
     * the next start */
    if (a->menu == APP_MENU_CLOSED && autosave_next_waiting(a))
        app_ask_resume(a);
}

void app_talk_clock(app *a, bool reset)
{
    /* once time is up, starting it again begins at the full time */
    if (reset || timer_over(&a->talk_timer, a->now))
        timer_reset(&a->talk_timer);
    else
        timer_toggle(&a->talk_timer, a->now);
    a->dirty = true;
}

void app_show_menu(app *a, app_menu_state state)
{
    a->menu = state;
    a->question = NULL;
    a->menu_focus = 0; /* the first item: resume */
    a->dirty = true;
}

void app_ask(app *a, const app_question *q, const char *words)
{
    app_show_menu(a, APP_MENU_QUESTION);
    a->question = q;
    snprintf(a->menu_question, sizeof a->menu_question, "%s", words);
}

bool app_asking(const app *a, const char *name)
{
    return a->menu == APP_MENU_QUESTION && a->question != NULL &&
           strcmp(a->question->name, name) == 0;
}

/* The new round asked for while another waited is not started. */
static void app_forget_asked(app *a)
{
    free(a->autosave.asked_cards);
    a->autosave.asked_cards = NULL;
    a->autosave.asked_count = 0;
}

/* Go on with the waiting round, or throw it away (and start the round
 * asked for meanwhile, if any); closed, it is decided later and the round
 * keeps waiting. */
static void app_resume_answered(app *a, const app_question *q,
                                app_answer answer)
{
    (void)q;
    if (answer == APP_ANSWER_DISMISSED) {
        app_forget_asked(a);
    } else if (answer == APP_ANSWER_KEEP) {
        app_forget_asked(a);
        app_resume(a);
    } else {
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
            app_ask_resume(a);
        free(cards);
    }
}

static const app_question app_resume_question = {
    "resume", N_("Go on with it"), N_("Throw it away"), app_resume_answered};

void app_ask_resume(app *a)
{
    char words[1024];
    autosave_question(a, words, sizeof words);
    app_ask(a, &app_resume_question, words);
}

bool app_resume(app *a)
{
    session s;
    size_t index = 0;
    if (!autosave_take_waiting(a, &s, &index))
        return false;
    size_t language = s.language;
    play_take(&a->play, &s);
    play_choose_deck_at(&a->play, index);
    play_choose_language(&a->play, language);
    app_load_previous(a);
    app_follow_language(a);
    /* on the screen its state calls for: the board, the turned card, the
     * hand-over when tokens lie face down, else the deal */
    app_show_round(a);
    return true;
}

/* Places the case's answer for the seat that answers now, when a case
 * fills it; true when it did. */
static bool app_fill_case_seat(app *a)
{
    const mode_def *m = app_session_mode(a);
    const casefile *c = app_case(a);
    const session_round *r = session_current(app_session(a));
    if (c == NULL || r == NULL)
        return false;
    flow f = flow_now(app_session(a), m);
    if (f.step != FLOW_ANSWER && f.step != FLOW_DEAL)
        return false;
    const mode_seat *kind = mode_seat_of(m, app_session(a), f.seat);
    if (kind == NULL || kind->source != MODE_SOURCE_CASE)
        return false;
    int option = casefile_answer(c, r->card);
    if (option < 0)
        return false;
    session_action act = {.type = SESSION_ACTION_PLACE, .player = f.seat, .option = (size_t)option};
    /* stored when app_follow_play sees the move */
    return play_apply(&a->play, act, a->wall) == SESSION_OK;
}

void app_dealt(app *a)
{
    /* a deal cut short by the round's end (the menu's "new round" while
     * the card still flies) leads nowhere */
    if (!app_playing(a) || session_finished(app_session(a)))
        return;
    if (app_fill_case_seat(a)) {
        app_show_round(a);
        return;
    }
    /* the first seat answers: a token, or the room's show of hands */
    flow f = flow_now(app_session(a), app_session_mode(a));
    app_goto(a, f.answers == MODE_ANSWER_COUNT ? APP_SCENE_HANDS
                                               : APP_SCENE_PLACE);
}
