/* scene_handover: hides everything between two players; after the last
 * player it is the ready-to-reveal screen. It shows only how many tokens
 * lie face down, never which. */
#include "scene.h"

#include <stdio.h>

#include "buttons.h"
#include "draw.h"
#include "flow.h"
#include "i18n.h"
#include "report.h"

/* Everyone's answer lies face down: this is the ready-to-turn screen.
 * Asked of the flow each time, never kept: the screen cannot disagree
 * with the round. */
static bool scene_handover_ready(const app *a)
{
    return flow_now(app_session(a), app_session_mode(a)).step == FLOW_READY;
}

void scene_handover_enter(app *a)
{
    /* "look at the screen together" means nothing to one person alone,
     * nor to a show of hands the facilitator typed: the card turns */
    if (scene_handover_ready(a) &&
        flow_alone(app_session(a), app_session_mode(a)))
        scene_act(a, SESSION_ACTION_REVEAL);
}

/* The player who placed last: the one a take-back is for. */
static int scene_handover_last(const app *a)
{
    const session_round *r = session_current(app_session(a));
    if (r == NULL)
        return -1;
    int next = session_next_to_place(app_session(a));
    int from = next < 0 ? (int)app_session(a)->player_count - 1 : next - 1;
    for (int p = from; p >= 0; p--)
        if (r->answer[p] != SESSION_NO_ANSWER)
            return p;
    return -1;
}

static void scene_handover_go(app *a)
{
    if (scene_handover_ready(a)) {
        scene_act(a, SESSION_ACTION_REVEAL);
    } else {
        app_goto(a, APP_SCENE_PLACE);
    }
}

static void scene_handover_take_back(app *a)
{
    int p = scene_handover_last(a);
    if (p < 0)
        return;
    session_action act = {.type = SESSION_ACTION_TAKE_BACK, .player = (size_t)p, .option = 0};
    play_apply(&a->play, act, a->wall);
}

/* The hand-over screen's buttons in Tab order. */
enum { HANDOVER_GO, HANDOVER_TAKE_BACK, HANDOVER_SKIP };

static void scene_handover_press(app *a, int button)
{
    if (button == HANDOVER_TAKE_BACK)
        scene_handover_take_back(a);
    else if (button == HANDOVER_SKIP)
        scene_skip_card(a);
    else
        scene_handover_go(a);
}

/* The screen's buttons, in Tab order; go's words are the drawing's. */
static void scene_handover_buttons(const app *a, const char *go,
                                   buttons_table *t)
{
    layout_handover l;
    layout_handover_make(&a->frame, app_session(a)->player_count, &l);
    t->count = 0;
    buttons_add(t, l.go, go, "Enter", true);
    buttons_add(t, l.take_back, _("Take back my token"), "Backspace", false);
    buttons_add(t, l.skip, _("Skip card"), "S", false);
}

void scene_handover_handle(app *a, const input_event *ev)
{
    buttons_table t;
    scene_handover_buttons(a, "", &t);
    if (buttons_focus_move(a, &t, ev) || scene_facilitator_key(a, ev))
        return;
    int pressed = buttons_pressed(a, &t, ev, HANDOVER_GO);
    if (pressed >= 0)
        scene_handover_press(a, pressed);
    else if (ev->type == INPUT_BACK)
        scene_handover_take_back(a);
    else if (ev->type == INPUT_SKIP)
        scene_skip_card(a);
}

/* Switches the screen's words to a seat's language (--seat-lang). */
static void scene_handover_speak_to(const app *a, int seat)
{
    const session *s = app_session(a);
    if (seat >= 0 && (size_t)seat < s->player_count)
        app_use_language(a, s->deck->languages[s->seat_language[seat]]);
}

void scene_handover_draw(const app *a)
{
    const session *s = app_session(a);
    const session_round *r = session_current(s);
    bool ready = scene_handover_ready(a);
    /* the screen speaks to the one who just placed, in their language;
     * only its button to the next, in theirs; all is ready in the room's */
    int giver = ready ? -1 : scene_handover_last(a);
    int next = session_next_to_place(s);
    scene_handover_speak_to(a, giver);
    char progress[128];
    scene_progress(a, progress, sizeof progress);
    /* a facilitator may turn the card before the last team is done */
    bool now = (app_session_mode(a)->controls & MODE_CONTROL_REVEAL_NOW) &&
               !session_all_placed(app_session(a));
    draw_top_bar(a, progress, now ? _("D: show now") : "");
    layout_handover l;
    layout_handover_make(&a->frame, s->player_count, &l);

    draw_shadow(a, l.panel, a->frame.radius);
    gfx_round_rect(a->gfx, l.panel, a->frame.radius,
                    (gfx_color){33, 80, 64, 255});
    char title[512], sub[512], go[256], name[128];
    if (ready) {
        snprintf(title, sizeof title, "%s", _("Everyone has placed a token"));
        snprintf(sub, sizeof sub, "%s",
                 _("Look at the screen together, then turn the tokens over."));
        snprintf(go, sizeof go, "%s", _("Turn the tokens over"));
    } else {
        size_t to = next < 0 ? 0 : (size_t)next;
        /* the role with its article, as the deck says it: "de ouder (2)" */
        report_player_the_in(s, to, giver >= 0 ? s->seat_language[giver]
                                               : s->language,
                             name, sizeof name);
        draw_format(title, sizeof title, _("Give the screen to %s"), name,
                    NULL);
        snprintf(sub, sizeof sub, "%s",
                 _("Your token lies face down. Nobody can see what you "
                   "chose."));
        scene_handover_speak_to(a, (int)to);
        report_player_the_in(s, to, s->seat_language[to], name, sizeof name);
        draw_format(go, sizeof go, _("I am %s: go on"), name, NULL);
        scene_handover_speak_to(a, giver);
    }
    draw_text(a, title, l.title, a->frame.font_title, true, DRAW_CREAM,
              GFX_ALIGN_CENTER, true);
    draw_text(a, sub, l.subtitle, a->frame.font_body, false, DRAW_CREAM,
              GFX_ALIGN_CENTER, true);
    /* one face-down chip per player who placed; the same for any value */
    for (size_t p = 0; p < s->player_count && p < l.chip_count; p++) {
        bool placed = r && r->answer[p] != SESSION_NO_ANSWER;
        if (placed)
            draw_token(a, l.chip[p], s->deck, 0, false, true);
        else
            gfx_disc(a->gfx, l.chip[p], (gfx_color){255, 255, 255, 30});
    }
    buttons_table t;
    scene_handover_buttons(a, go, &t);
    buttons_draw(a, &t, HANDOVER_GO);
    app_follow_language(a); /* the room's again, for all drawn above */
}

/* So the turn itself only copies; a spread is not that screen. */
void scene_handover_prepare(app *a)
{
    if (scene_handover_ready(a) &&
        app_session_mode(a)->reveal != MODE_REVEAL_SPREAD)
        scene_reveal_prepare(a);
}

void scene_handover_leave(app *a)
{
    (void)a;
}
