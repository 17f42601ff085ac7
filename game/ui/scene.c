/* scene: what the scenes share (see scene.h). */
#include "scene.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "i18n.h"
#include "menu.h"
#include "report.h"

void scene_progress(const app *a, char *buf, size_t size)
{
    if (!app_playing(a)) {
        buf[0] = '\0';
        return;
    }
    char n[24], of[24];
    size_t cur = app_session(a)->current;
    if (cur >= app_session(a)->round_count)
        cur = app_session(a)->round_count - 1;
    snprintf(n, sizeof n, "%zu", cur + 1);
    snprintf(of, sizeof of, "%zu", app_session(a)->round_count);
    draw_format(buf, size, _("Card %s of %s"), n, of);
}

void scene_player_name(const app *a, size_t player, char *buf, size_t size)
{
    report_player_name(app_session(a), player, buf, size);
    if (buf[0] >= 'a' && buf[0] <= 'z')
        buf[0] = (char)(buf[0] - 'a' + 'A');
}

const char *scene_card_text(const app *a, size_t round, deck_role role)
{
    const session *s = app_session(a);
    if (round >= s->round_count)
        return "";
    const deck *d = s->deck;
    const deck_card *c = &d->cards[s->rounds[round].card];
    return deck_text(d, role == DECK_ROLE_CLIENT ? &c->client
                                                 : &c->professional,
                     s->language);
}

const char *scene_dimension_name(const app *a, size_t round, deck_role side)
{
    return scene_dimension_name_in(a, round, side, app_session(a)->language);
}

const char *scene_dimension_name_in(const app *a, size_t round, deck_role side,
                                    size_t language)
{
    const session *s = app_session(a);
    if (round >= s->round_count)
        return "";
    const deck *d = s->deck;
    const deck_dimension *dim =
        &d->dimensions[d->cards[s->rounds[round].card].dimension];
    /* the client side reads the theme in its own words ("Doel en regels"),
     * where the deck has them; the research's name is for professionals */
    if (side == DECK_ROLE_CLIENT && dim->client_name.text[0] != NULL)
        return deck_text(d, &dim->client_name, language);
    return deck_text(d, &dim->name, language);
}

void scene_draw_card_face(const app *a, layout_rect card, layout_rect title,
                          layout_rect text, layout_rect help,
                          const char *dimension, const char *body)
{
    draw_card(a, card, true);
    draw_text(a, dimension, title, a->frame.font_small, true,
              (gfx_color){130, 90, 40, 255}, GFX_ALIGN_CENTER, true);
    if (help.w > 0)
        draw_help_button(a, help, false);
    draw_text(a, body, text, a->frame.font_card, false, DRAW_INK,
              GFX_ALIGN_CENTER, true);
}

void scene_explain_card(app *a, size_t round)
{
    scene_explain_card_as(a, round, DECK_ROLE_CLIENT, app_session(a)->language);
}

void scene_explain_card_as(app *a, size_t round, deck_role side,
                           size_t language)
{
    const session *s = app_session(a);
    if (round < s->round_count)
        menu_explain_as(a, s->deck->cards[s->rounds[round].card].dimension,
                        side, language);
}

bool scene_facilitator_key(app *a, const input_event *ev)
{
    unsigned controls = app_session_mode(a)->controls;
    session_action_type type = SESSION_ACTION_BACK;
    switch (ev->type) {
    case INPUT_REVEAL_NOW:
        if (!(controls & MODE_CONTROL_REVEAL_NOW))
            return false;
        type = SESSION_ACTION_REVEAL_NOW;
        break;
    case INPUT_PAGE_UP:
        if (!(controls & MODE_CONTROL_BACK))
            return false;
        break;
    case INPUT_TIMELINE:
    case INPUT_TIMER_RESET:
        if (!(controls & MODE_CONTROL_TIMER))
            return false;
        app_talk_clock(a, ev->type == INPUT_TIMER_RESET);
        return true;
    default:
        return false;
    }
    if (type == SESSION_ACTION_REVEAL_NOW)
        scene_reveal_now(a);
    else
        scene_back_card(a);
    return true;
}

void scene_act(app *a, session_action_type type)
{
    session_action act = {.type = type};
    play_apply(&a->play, act, a->wall);
}

/* The questions before an action that throws answers of the card in
 * play away: the question, what it asks, the action. */
typedef struct {
    app_question q; /* first, so the answer finds the rest */
    const char *words;
    session_action_type action;
} scene_drop;

static void scene_drop_answered(app *a, const app_question *q,
                                app_answer answer)
{
    if (answer == APP_ANSWER_GO)
        scene_act(a, ((const scene_drop *)q)->action);
}

static const scene_drop scene_drop_skip = {
    {"skip", N_("Keep the card"), N_("Skip the card"), scene_drop_answered},
    N_("Skip this card? The answers already given on it are thrown away."),
    SESSION_ACTION_SKIP};
static const scene_drop scene_drop_back = {
    {"back", N_("Stay on this card"), N_("Go back"), scene_drop_answered},
    N_("Back to the card before? The answers already given on this card "
       "are thrown away."),
    SESSION_ACTION_BACK};
static const scene_drop scene_drop_now = {
    {"now", N_("Type on"), N_("Show now"), scene_drop_answered},
    N_("Show the card now? The counts typed for a side that is not "
       "finished do not count."),
    SESSION_ACTION_REVEAL_NOW};

/* A card that holds someone's answer is never thrown away by one tap or
 * one key (a double tap, the next person's tap): ask first. */
static void scene_act_or_ask(app *a, const scene_drop *drop, bool drops)
{
    if (drops)
        app_ask(a, &drop->q, _(drop->words));
    else
        scene_act(a, drop->action);
}

static bool scene_card_has_answers(const app *a)
{
    return session_round_has_answers(session_current(app_session(a)),
                                     app_session(a)->player_count);
}

void scene_skip_card(app *a)
{
    scene_act_or_ask(a, &scene_drop_skip, scene_card_has_answers(a));
}

void scene_back_card(app *a)
{
    const session_round *r = session_current(app_session(a));
    /* a revote left half way goes back to the first vote: nothing of
     * the first is lost */
    scene_act_or_ask(a, &scene_drop_back,
                     app_session(a)->current > 0 && r != NULL && !r->revoted &&
                         scene_card_has_answers(a));
}

void scene_reveal_now(app *a)
{
    const session_round *r = session_current(app_session(a));
    bool half = false;
    for (size_t p = 0; r != NULL && p < app_session(a)->player_count; p++)
        half = half || (r->typed[p] > 0 && !r->counted[p]);
    scene_act_or_ask(a, &scene_drop_now, half);
}
