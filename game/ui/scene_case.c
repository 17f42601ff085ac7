/* scene_case: before the first card of a training round, each student
 * reads their side of the case. The student playing the client reads the
 * inside (how the person feels) on a screen the other does not see, like
 * a hand-over; then the student playing the professional reads the
 * outside (what the file says). Practising alone there is only the
 * outside. Enter goes on; nothing here changes the round. */
#include "scene.h"

#include <stdio.h>

#include "buttons.h"
#include "draw.h"
#include "i18n.h"
#include "report.h"

typedef enum {
    CASE_GIVE_CLIENT, /* hand the screen to the student playing the client */
    CASE_INSIDE,
    CASE_GIVE_PRO,
    CASE_OUTSIDE,
    CASE_DONE
} case_step;

/* The scene's own state, how far the pair has read the case: nobody
 * else writes it. */
static struct {
    case_step step;
} reading_case = {CASE_GIVE_CLIENT};

void scene_case_enter(app *a)
{
    /* a student plays the client unless the case answers for them */
    reading_case.step = mode_case_answers(app_session_mode(a))
                            ? CASE_OUTSIDE
                            : CASE_GIVE_CLIENT;
    if (app_case(a) == NULL) /* nothing to read: the round goes on */
        app_show_round(a);
}

void scene_case_leave(app *a)
{
    (void)a;
}

static void scene_case_next(app *a)
{
    reading_case.step = reading_case.step + 1;
    if (reading_case.step >= CASE_DONE)
        app_show_round(a); /* the deal, by the flow's rule */
    a->dirty = true;
}

/* The screen's one button, on to the next step; go_words are its words
 * (the drawing's). */
static void scene_case_buttons(const app *a, const char *go_words,
                               buttons_table *t)
{
    layout_handover l;
    layout_handover_make(&a->frame, 0, &l);
    t->count = 0;
    buttons_add(t, l.go, go_words, "Enter", true);
}

void scene_case_handle(app *a, const input_event *ev)
{
    buttons_table t;
    scene_case_buttons(a, "", &t);
    if (buttons_pressed(a, &t, ev, 0) == 0)
        scene_case_next(a);
}

/* The first seat of a side, to name it as the deck does ("de cliënt"). */
static void scene_case_side_the(const app *a, deck_role side, char *buf,
                                size_t size)
{
    const session *s = app_session(a);
    buf[0] = '\0';
    for (size_t p = 0; p < s->player_count; p++)
        if (s->players[p] == side) {
            report_player_the(s, p, buf, size);
            return;
        }
}

void scene_case_draw(const app *a)
{
    const casefile *c = app_case(a);
    if (c == NULL)
        return;
    const layout_frame *f = &a->frame;
    size_t lang = app_session(a)->language;
    draw_top_bar(a, _("Case"), "");
    layout_handover l;
    layout_handover_make(f, 0, &l);
    draw_shadow(a, l.panel, f->radius);
    gfx_round_rect(a->gfx, l.panel, f->radius, (gfx_color){33, 80, 64, 255});
    char title[512], sub[512], go[256], who[128];
    case_step step = reading_case.step;
    bool reading = step == CASE_INSIDE || step == CASE_OUTSIDE;
    deck_role side = step <= CASE_INSIDE ? DECK_ROLE_CLIENT
                                         : DECK_ROLE_PROFESSIONAL;
    scene_case_side_the(a, side, who, sizeof who);
    if (!reading) {
        draw_format(title, sizeof title,
                    _("Give the screen to the student who plays %s"), who, NULL);
        snprintf(sub, sizeof sub, "%s",
                 side == DECK_ROLE_CLIENT
                     ? _("Only you read what comes next: how this person "
                         "feels. Keep it to yourself and play it.")
                     : _("You read what the file says. Then each card: your "
                         "own answer, and your guess of the client's."));
        draw_format(go, sizeof go, _("I play %s: show me"), who, NULL);
        draw_text(a, title, l.title, f->font_title, true, DRAW_CREAM,
                  GFX_ALIGN_CENTER, true);
        draw_text(a, sub, l.subtitle, f->font_body, false, DRAW_CREAM,
                  GFX_ALIGN_CENTER, true);
    } else {
        const deck_string *text = step == CASE_INSIDE ? &c->inside
                                                      : &c->outside;
        snprintf(title, sizeof title, "%s",
                 step == CASE_INSIDE ? _("How you feel (only for you)")
                                     : _("What the file says"));
        draw_text(a, title, (layout_rect){l.title.x, l.title.y, l.title.w,
                                          l.title.h / 2},
                  f->font_large, true, DRAW_GOLD, GFX_ALIGN_CENTER, true);
        /* the story on paper, ink on cream: long text reads best so */
        int top = l.title.y + l.title.h / 2;
        layout_rect paper = {l.title.x, top, l.title.w, l.go.y - f->gap - top};
        gfx_round_rect(a->gfx, paper, f->radius, DRAW_PAPER);
        layout_rect inner = layout_inset(paper, (int)(f->s * 18));
        /* who it is about, then the story */
        layout_rect head = {inner.x, inner.y, inner.w, f->font_body * 3};
        layout_rect used = draw_text(a, deck_text(c->deck, &c->title, lang),
                                     head, f->font_body, true, DRAW_INK,
                                     GFX_ALIGN_LEFT, false);
        int below = used.y + used.h + f->gap / 2;
        layout_rect story = {inner.x, below, inner.w, inner.y + inner.h - below};
        /* as large as the story allows: draw_text shrinks it to fit */
        draw_text(a, deck_text(c->deck, text, lang), story, f->font_large,
                  false, DRAW_INK, GFX_ALIGN_LEFT, false);
        snprintf(go, sizeof go, "%s",
                 step == CASE_INSIDE
                     ? _("I have read it: hide it")
                     : _("I have read it: deal the first card"));
    }
    buttons_table t;
    scene_case_buttons(a, go, &t);
    buttons_draw(a, &t, 0);
}
