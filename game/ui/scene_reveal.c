/* scene_reveal: the tokens turn over together; alignment is shown by a
 * shape and a colour; the talk prompt appears; the card can be marked
 * "bespreken"; Enter moves on when the players are done talking. */
#include "scene.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buttons.h"
#include "draw.h"
#include "i18n.h"
#include "report.h"

void scene_reveal_enter(app *a)
{
    a->anim_start = a->now;
    a->animating = true;
}

/* The turned card's buttons in Tab order. */
enum { REVEAL_HELP, REVEAL_MARK, REVEAL_KEEP_OUT, REVEAL_NEXT };

/* Practising alone against a case: "mark to talk about" and "only for
 * the talk" mean nothing there, so they are neither shown nor taken. */
static bool scene_reveal_alone(const app *a)
{
    return mode_case_answers(app_session_mode(a));
}

/* The turned card's buttons in Tab order: the card's "?" (the card draws
 * it), mark and keep out (switches, not there when practising alone),
 * next. */
static void scene_reveal_buttons(const app *a, buttons_table *t)
{
    const session *s = app_session(a);
    const session_round *r = session_current(s);
    layout_reveal l;
    layout_reveal_make(&a->frame, s->player_count, &l);
    bool alone = scene_reveal_alone(a) || r == NULL;
    t->count = 0;
    buttons_add_help(t, l.card_help)->ring_only = true;
    buttons_add(t, alone ? BUTTONS_HIDDEN : l.mark,
                !alone && r->marked ? _("Marked \u2713")
                                    : _("Mark to talk about"),
                "B", false)->on = !alone && r->marked;
    /* the client's say over what is stored, in plain sight of both */
    buttons_add(t, alone ? BUTTONS_HIDDEN : l.keep_out,
                !alone && r->kept_out ? _("Only for the talk \u2713")
                                      : _("Only for the talk"),
                "A", false)->on = !alone && r->kept_out;
    bool last = s->current + 1 >= s->round_count;
    buttons_add(t, l.next, last ? _("To the summary") : _("Next card"),
                "Enter", true);
}

static void scene_reveal_press(app *a, int button)
{
    if (button == REVEAL_HELP)
        scene_explain_card(a, app_session(a)->current);
    else if (button == REVEAL_MARK)
        scene_act(a, SESSION_ACTION_MARK);
    else if (button == REVEAL_KEEP_OUT)
        scene_act(a, SESSION_ACTION_KEEP_OUT);
    else
        scene_act(a, SESSION_ACTION_NEXT);
}

void scene_reveal_handle(app *a, const input_event *ev)
{
    buttons_table t;
    scene_reveal_buttons(a, &t);
    if (buttons_focus_move(a, &t, ev))
        return;
    /* Enter goes on, Space marks, unless a button has the focus */
    int pressed = buttons_pressed(a, &t, ev, ev->type == INPUT_TOGGLE
                                                 ? REVEAL_MARK
                                                 : REVEAL_NEXT);
    if (pressed >= 0)
        scene_reveal_press(a, pressed);
    else if (ev->type == INPUT_MARK && buttons_shown(&t, REVEAL_MARK))
        scene_act(a, SESSION_ACTION_MARK);
    else if (ev->type == INPUT_KEEP_OUT && buttons_shown(&t, REVEAL_KEEP_OUT))
        scene_act(a, SESSION_ACTION_KEEP_OUT);
    else if (ev->type == INPUT_HELP)
        scene_explain_card(a, app_session(a)->current);
}

static const char *scene_reveal_icon(score_alignment al)
{
    return al == SCORE_ALIGNED ? "aligned" : al == SCORE_CLOSE ? "close"
                                                                : "apart";
}

static gfx_color scene_reveal_color(score_alignment al)
{
    return al == SCORE_ALIGNED ? DRAW_ALIGNED : al == SCORE_CLOSE ? DRAW_CLOSE
                                                                   : DRAW_APART;
}

/* The badge: how far apart the answers are, by shape, colour and words.
 * words, when given, replaces the line under the alignment's name. */
static void scene_reveal_badge(const app *a, const layout_reveal *lr, int gap,
                               const char *detail)
{
    layout_reveal l = *lr;
    score_alignment al = score_alignment_of_gap(gap);
    draw_shadow(a, l.badge, a->frame.radius);
    gfx_round_rect(a->gfx, l.badge, a->frame.radius, DRAW_PAPER);
    layout_rect stripe = {l.badge.x, l.badge.y, a->frame.radius, l.badge.h};
    gfx_round_rect(a->gfx, stripe, a->frame.radius / 2, scene_reveal_color(al));
    draw_icon(a, scene_reveal_icon(al), l.badge_icon);
    char words[512];
    layout_rect bt = l.badge_text;
    if (gap == 0 && detail == NULL) {
        draw_text(a, report_alignment_name(al), bt, a->frame.font_large, true,
                  DRAW_INK, GFX_ALIGN_LEFT, true);
        return;
    }
    if (detail) {
        /* two distances: a line each, as large as the badge allows */
        draw_text(a, detail, bt, a->frame.font_body, true, DRAW_INK,
                  GFX_ALIGN_LEFT, true);
        return;
    }
    i18n_count(words, sizeof words, "%s step difference",
               "%s steps difference", (unsigned long)gap);
    layout_rect top = {bt.x, bt.y, bt.w, bt.h * 58 / 100};
    layout_rect bottom = {bt.x, top.y + top.h, bt.w, bt.h - top.h};
    draw_text(a, report_alignment_name(al), top, a->frame.font_large, true,
              DRAW_INK, GFX_ALIGN_LEFT, true);
    draw_text(a, words, bottom, a->frame.font_small, false, DRAW_INK_SOFT,
              GFX_ALIGN_LEFT, true);
}

/* Each guess on the card: how far it lay from the answer ("De
 * reclasseringswerker gokte: precies goed"), a line per guessing seat. */
static void scene_reveal_guesses(const app *a, size_t round, char *buf,
                                 size_t size)
{
    const session *s = app_session(a);
    size_t used = 0;
    buf[0] = '\0';
    for (size_t p = 0; p < s->player_count && used < size; p++) {
        int off = predict_card_distance(s, round, p);
        if (off < 0)
            continue;
        char name[128], steps[96], line[320];
        scene_player_name(a, p, name, sizeof name);
        if (off == 0)
            snprintf(steps, sizeof steps, "%s", _("exactly right"));
        else
            i18n_count(steps, sizeof steps, "%s step off", "%s steps off",
                       (unsigned long)off);
        draw_format(line, sizeof line, _("%s guessed: %s"), name, steps);
        int w = snprintf(buf + used, size - used, "\n%s", line);
        used += w > 0 ? (size_t)w : 0;
    }
}

/* The distance the mode asks for: one gap for a pair; for several people
 * on the client side, the gap among them and the gap between them and
 * the professional ("Binnen het gezin: 1 stap · Gezin en
 * jeugdbeschermer: 2 stappen"). */
static void scene_reveal_distance(const app *a, const layout_reveal *l,
                                  size_t round)
{
    const session *s = app_session(a);
    int within, between;
    char guesses[640];
    scene_reveal_guesses(a, round, guesses, sizeof guesses);
    if (guesses[0]) {
        /* the pair's distance, then how far each guess lay off */
        int gap = score_round_gap(s, round);
        char words[128], detail[1024];
        if (gap == 0)
            snprintf(words, sizeof words, "%s",
                     report_alignment_name(score_alignment_of_gap(0)));
        else
            i18n_count(words, sizeof words, "%s step difference",
                       "%s steps difference", (unsigned long)(gap < 0 ? 0 : gap));
        snprintf(detail, sizeof detail, "%s%s", words, guesses);
        scene_reveal_badge(a, l, gap < 0 ? 0 : gap, detail);
        return;
    }
    if (app_session_mode(a)->reveal != MODE_REVEAL_GAPS ||
        !score_round_sides(s, round, &within, &between)) {
        int gap = score_round_gap(s, round);
        if (gap >= 0)
            scene_reveal_badge(a, l, gap, NULL);
        return;
    }
    char among[256], across[256], w1[96], w2[96], detail[1024];
    report_sides_words(s, among, sizeof among, across, sizeof across);
    i18n_count(w1, sizeof w1, "%s step", "%s steps", (unsigned long)within);
    i18n_count(w2, sizeof w2, "%s step", "%s steps", (unsigned long)between);
    snprintf(detail, sizeof detail, "%s: %s\n%s: %s", among, w1, across, w2);
    scene_reveal_badge(a, l, between, detail);
}

/* The case whose persona answered for the client (practising alone),
 * or NULL when a person did. */
static const casefile *scene_reveal_persona(const app *a)
{
    return mode_case_answers(app_session_mode(a)) ? app_case(a) : NULL;
}

/* A small chip of option on a corner of a token, with a dark tag of
 * tag_w above it naming what it is (pad keeps a long word off the tag's
 * rounded ends). */
static void scene_reveal_corner_chip(const app *a, layout_rect chip, const deck *d,
                                     size_t option, bool ringed,
                                     const char *label, int tag_w, int pad,
                                     gfx_color text)
{
    draw_token(a, chip, d, option, ringed, false);
    int tag_h = a->frame.font_small * 3 / 2;
    layout_rect tag = {chip.x + chip.w / 2 - tag_w / 2, chip.y - tag_h, tag_w,
                       tag_h};
    gfx_round_rect(a->gfx, tag, tag_h / 2, DRAW_FELT_DARK);
    draw_text(a, label, layout_inset(tag, pad), a->frame.font_small, true, text,
              GFX_ALIGN_CENTER, true);
}

/* A seat's guess: on its own token's lower right corner, ringed in gold,
 * inside the token's own room at every window size. */
static void scene_reveal_guess_chip(const app *a, layout_rect token, const deck *d,
                                    size_t option)
{
    int size = token.w * 42 / 100;
    layout_rect chip = {token.x + token.w - size * 7 / 10,
                        token.y + token.h - size * 85 / 100, size, size};
    scene_reveal_corner_chip(a, chip, d, option, true, _("guess"),
                             size + size / 2, 0, DRAW_GOLD);
}

/* Last time (a pair's round before): that side's token on this card, on
 * the token's lower left corner. */
static void scene_reveal_last_time(const app *a, layout_rect token, const deck *d,
                                   int option)
{
    const session *p = app_previous(a);
    if (p == NULL || option < 0 || (size_t)option >= p->deck->option_count)
        return;
    int size = token.w * 36 / 100;
    layout_rect chip = {token.x - size * 3 / 10,
                        token.y + token.h - size * 85 / 100, size, size};
    /* the same position on the scale in this deck's chips when it fits */
    size_t shown = (size_t)option < d->option_count ? (size_t)option : 0;
    int tag_h = a->frame.font_small * 3 / 2;
    scene_reveal_corner_chip(a, chip, d, shown, false, _("last time"),
                             size * 12 / 5, tag_h / 4, DRAW_CREAM);
}

/* The professional's statement under the client's: "Jeugdbeschermer:
 * ..." (as that seat read it). */
static void scene_side_statement(const app *a, size_t round, deck_role side,
                                 char *buf, size_t size)
{
    const session *s = app_session(a);
    const deck *d = s->deck;
    char read[1400], name[128];
    if (report_card_statements(s, round, side, REPORT_OWN_LANGUAGE, "\n", read,
                               sizeof read) > 1) {
        snprintf(buf, size, "%s", read);
        return;
    }
    snprintf(name, sizeof name, "%s",
             deck_text(d, &d->role_name[side], s->language));
    if (name[0] >= 'a' && name[0] <= 'z')
        name[0] = (char)(name[0] - 'a' + 'A');
    draw_format(buf, size, "%s: %s", name, read);
}

/* What to talk about: the card's prompt in the room's language, and
 * below it, each on a line of its own, in every other language a seat
 * read the card in (a client who reads English better talks too);
 * practising alone, why the case's client answered so. */
static void scene_reveal_talk(const app *a, const casefile *persona,
                              size_t card_index, char *buf, size_t size)
{
    const session *s = app_session(a);
    const deck *d = s->deck;
    const deck_card *card = &d->cards[card_index];
    const char *talk = persona ? casefile_why(persona, card_index, s->language)
                               : deck_text(d, &card->talk, s->language);
    if (talk == NULL || talk[0] == '\0')
        talk = _("What did you each choose, and why?");
    snprintf(buf, size, "%s", talk);
    for (size_t p = 0; p < s->player_count && !persona; p++) {
        size_t lang = s->seat_language[p];
        bool again = lang == s->language;
        for (size_t q = 0; q < p && !again; q++)
            again = s->seat_language[q] == lang;
        const char *own = deck_text(d, &card->talk, lang);
        size_t used = strlen(buf);
        if (!again && own[0] != '\0' && strcmp(own, talk) != 0)
            snprintf(buf + used, size - used, "\n%s", own);
    }
}

void scene_reveal_draw(const app *a)
{
    if (session_current(app_session(a)) != NULL)
        scene_reveal_draw_round(a, app_session(a)->current, false);
}

/* The top bar: where in the round this card is (or, looking back from
 * the summary, which card this was), and whether it is marked. */
static void scene_reveal_top(const app *a, size_t round, bool review)
{
    const session *s = app_session(a);
    char progress[128];
    if (review) {
        char n[24], of[24];
        snprintf(n, sizeof n, "%zu", round + 1);
        snprintf(of, sizeof of, "%zu", s->round_count);
        draw_format(progress, sizeof progress, _("Looking back: card %s of %s"),
                    n, of);
    } else {
        scene_progress(a, progress, sizeof progress);
    }
    draw_top_bar(a, progress,
                 s->rounds[round].marked ? _("Marked to talk about") : "");
}

/* The card as each person read it: the client side's sentences (a
 * role's own, in a seat's own language) big, the professional's below,
 * smaller, so each sees what the other answered. */
static void scene_reveal_statements(const app *a, const layout_reveal *l,
                                    size_t round)
{
    const session *s = app_session(a);
    char mine[1600], other[1600];
    report_card_statements(s, round, DECK_ROLE_CLIENT, REPORT_OWN_LANGUAGE,
                           "\n", mine, sizeof mine);
    scene_draw_card_face(a, l->card, l->card_title, l->card_text, l->card_help,
                         scene_dimension_name(a, round, DECK_ROLE_CLIENT),
                         mine);
    scene_side_statement(a, round, DECK_ROLE_PROFESSIONAL, other,
                         sizeof other);
    gfx_fill(a->gfx, (layout_rect){l->card_other.x, l->card_other.y - 2,
                               l->card_other.w, 1},
              DRAW_PAPER_EDGE);
    draw_text(a, other, l->card_other, a->frame.font_small, false,
              DRAW_INK_SOFT, GFX_ALIGN_CENTER, true);
}

/* On a negative card, the good answer named with the deck's own words,
 * no arrow or "low" beside it: on the boards this end lies right, on the
 * card left, and only the words mean the same in both places. */
static void scene_reveal_good_note(const app *a, layout_rect note)
{
    const session *s = app_session(a);
    char good[256];
    report_good_answer(s->deck, s->language, _("Here \u201c%s\u201d is good."),
                       good, sizeof good);
    draw_text(a, good, note, a->frame.font_body, true, DRAW_CREAM,
              GFX_ALIGN_LEFT, true);
}

/* The talk prompt in its box: a heading, then what to talk about. */
static void scene_reveal_prompt(const app *a, layout_rect box,
                                size_t card_index)
{
    const session *s = app_session(a);
    gfx_round_rect(a->gfx, box, a->frame.radius, (gfx_color){255, 255, 255, 28});
    int pad = a->frame.gap;
    layout_rect head = {box.x + pad, box.y + pad / 2, box.w - 2 * pad,
                        a->frame.font_body * 3 / 2};
    /* practising alone, the case tells why the client answered so;
     * otherwise the people at the table talk */
    const casefile *persona = scene_reveal_persona(a);
    char why_head[256], persona_name[128];
    if (persona) {
        report_predict_other(s, s->player_count - 1, persona_name,
                             sizeof persona_name);
        draw_format(why_head, sizeof why_head, _("Why %s answered so"),
                    persona_name, NULL);
    }
    draw_text(a, persona ? why_head : _("Talk about it"), head,
              a->frame.font_body, true, DRAW_GOLD, GFX_ALIGN_LEFT, true);
    char talk[1200];
    scene_reveal_talk(a, persona, card_index, talk, sizeof talk);
    layout_rect body = {head.x, head.y + head.h, head.w,
                        box.y + box.h - pad / 2 - (head.y + head.h)};
    draw_text(a, talk, body, a->frame.font_large, false, DRAW_CREAM,
              GFX_ALIGN_LEFT, false);
}

/* How far the tokens have turned over, from 0 (face down) to 1 (face up,
 * done): they turn together when the card is turned; looking back they
 * lie turned at once. */
static float scene_reveal_turned(const app *a, bool review)
{
    float t = a->animating && !review
                  ? (float)(a->now - a->anim_start) / APP_ANIM_MS
                  : 1.0f;
    return t > 1.0f ? 1.0f : t;
}

/* Seat p at the turned card, turned t of the way: its name, its token
 * (narrowing to its edge face down, then widening face up) and, once
 * turned, the answer's words in the seat's language, last time's token
 * (on the side's first seat only) and the seat's guess. */
static void scene_reveal_seat(const app *a, const layout_reveal *l,
                              size_t round, size_t p, float t)
{
    const session *s = app_session(a);
    const deck *d = s->deck;
    const session_round *r = &s->rounds[round];
    char name[128];
    scene_player_name(a, p, name, sizeof name);
    draw_text(a, name, l->name[p], a->frame.font_body, true,
              s->players[p] == DECK_ROLE_CLIENT ? (gfx_color){185, 225, 255, 255}
                                                : (gfx_color){248, 205, 230, 255},
              GFX_ALIGN_CENTER, true);
    int ans = session_visible_answer(s, round, p);
    float wf = t < 0.5f ? 1.0f - 2.0f * t : 2.0f * t - 1.0f;
    layout_rect tr = l->token[p];
    int w = (int)((float)tr.w * wf);
    if (w < 2)
        w = 2;
    layout_rect flip = {tr.x + (tr.w - w) / 2, tr.y, w, tr.h};
    if (t < 0.5f || ans < 0) {
        draw_token(a, flip, d, 0, false, true);
    } else {
        draw_token(a, flip, d, (size_t)ans, false, false);
        if (t >= 1.0f)
            draw_text(a, deck_text(d, &d->options[ans].label,
                                   s->seat_language[p]),
                      l->label[p], a->frame.font_small, true, DRAW_CREAM,
                      GFX_ALIGN_CENTER, true);
    }
    /* last time's token of the side's first seat, small */
    bool first_of_side = true;
    for (size_t q = 0; q < p; q++)
        first_of_side &= s->players[q] != s->players[p];
    if (t >= 1.0f && first_of_side)
        scene_reveal_last_time(a, tr, d,
                               app_previous_answer(a, round, s->players[p]));
    if (t >= 1.0f && r->state == SESSION_CARD_REVEALED &&
        r->predict[p] != SESSION_NO_ANSWER)
        scene_reveal_guess_chip(a, tr, d, (size_t)r->predict[p]);
}

/* The buttons: looking back, only the way back to the summary; in play,
 * the card's own, and a band over the talk prompt when the card's
 * answers are kept out of the record. */
static void scene_reveal_bottom(const app *a, const layout_reveal *l,
                                const session_round *r, bool review)
{
    if (review) {
        draw_button(a, l->next, _("Back to the summary"), "Enter", true, true);
        return;
    }
    buttons_table buttons;
    scene_reveal_buttons(a, &buttons);
    buttons_draw(a, &buttons, -1);
    if (r->kept_out && !scene_reveal_alone(a)) {
        layout_rect band = {l->talk.x,
                            l->talk.y + l->talk.h - a->frame.font_body * 2,
                            l->talk.w, a->frame.font_body * 2};
        draw_banner(a, band, _("This card's answers are not kept: not in the "
                               "history, not in any file."), false);
    }
}

/* Draws in the order the parts overlap: the card and the prompt first,
 * the tokens and the badge over them, the buttons last. */
void scene_reveal_draw_round(const app *a, size_t round, bool review)
{
    const session *s = app_session(a);
    const deck *d = s->deck;
    if (round >= s->round_count)
        return;
    const session_round *r = &s->rounds[round];
    scene_reveal_top(a, round, review);
    layout_reveal l;
    layout_reveal_make(&a->frame, s->player_count, &l);
    scene_reveal_statements(a, &l, round);
    const deck_card *card = &d->cards[r->card];
    if (d->dimensions[card->dimension].negative)
        scene_reveal_good_note(a, l.note);
    else
        l.talk = l.talk_without_note; /* the prompt takes the note's room */
    scene_reveal_prompt(a, l.talk, r->card);
    float t = scene_reveal_turned(a, review);
    for (size_t p = 0; p < s->player_count && p < l.player_count; p++)
        scene_reveal_seat(a, &l, round, p, t);
    /* alignment: shape and colour and words */
    if (t >= 1.0f)
        scene_reveal_distance(a, &l, round);
    scene_reveal_bottom(a, &l, r, review);
}

/* Makes ahead what turning the card will draw, while the players look at
 * the ready screen (a static screen, drawn once): the card and the talk
 * prompt at the reveal's sizes and the badge. Only what the turn will
 * draw, so the caches hold no more than without this. Nothing is drawn: the screen shows nothing of the answers. */
void scene_reveal_prepare(app *a)
{
    const session *s = app_session(a);
    const session_round *r = session_current(s);
    if (!app_playing(a) || r == NULL)
        return;
    const deck *d = s->deck;
    bool animating = a->animating;
    a->animating = false;
    gfx_set_dry(a->gfx, true);
    scene_reveal_draw(a); /* the card, the prompt, the chips face down */
    layout_reveal l;
    layout_reveal_make(&a->frame, s->player_count, &l);
    int widest = -1;
    for (size_t p = 0; p < s->player_count && p < l.player_count; p++) {
        int ans = r->answer[p];
        if (ans < 0 || (size_t)ans >= d->option_count)
            continue;
        for (size_t q = 0; q < p; q++)
            if (r->answer[q] >= 0 && abs(ans - r->answer[q]) > widest)
                widest = abs(ans - r->answer[q]);
    }
    if (widest >= 0)
        scene_reveal_badge(a, &l, widest, NULL);
    gfx_set_dry(a->gfx, false);
    a->animating = animating;
}

void scene_reveal_leave(app *a)
{
    a->animating = false;
}
