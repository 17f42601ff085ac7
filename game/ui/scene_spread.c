/* scene_spread: a workshop's turned card on the projector. Each side's
 * answers as bars per option on one scale (a share of the side's people,
 * or its teams by name), the middle answer of each side, where the sides
 * differ most, and after a revote the first vote as outlines with the
 * shift in words. The bars run from the theme's bad end on the left to
 * its good end on the right, "good" beside it, as on every board: a
 * negative theme's card (stroefheid) is drawn turned round, each option
 * with its own number and words. The facilitator goes back a card, lets
 * the room vote again, hides the result while the room talks, and runs
 * the timer. */
#include "scene.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "buttons.h"
#include "draw.h"
#include "i18n.h"
#include "report.h"
#include "report_spread.h"
#include "score.h"
#include "spread.h"
#include "tally.h"
#include "workshop_draw.h"

/* The scene's own state: nobody else writes it (scene.h reads it out). */
static struct {
    bool hidden;      /* the result kept from the room for now */
} spread = {false};

/* The facilitator's buttons, in Tab order along the bottom; the clock
 * is in the top bar (T, or a click on it: scene_facilitator_key). */
enum { SPREAD_BACK, SPREAD_REVOTE, SPREAD_HIDE, SPREAD_NEXT, SPREAD_BUTTONS };

bool scene_spread_hidden(void)
{
    return spread.hidden;
}

void scene_spread_enter(app *a)
{
    (void)a;
    spread.hidden = false;
}

void scene_spread_leave(app *a)
{
    (void)a;
}

static void scene_spread_button(app *a, int which)
{
    switch (which) {
    case SPREAD_BACK: scene_back_card(a); break;
    case SPREAD_REVOTE: scene_act(a, SESSION_ACTION_REVOTE); break;
    case SPREAD_HIDE: spread.hidden = !spread.hidden; break;
    case SPREAD_NEXT: scene_act(a, SESSION_ACTION_NEXT); break;
    default: break;
    }
}

/* The sides that play, in panel order: the client side first. */
static size_t scene_spread_sides(const session *s, deck_role *sides)
{
    static const deck_role order[2] = {DECK_ROLE_CLIENT,
                                       DECK_ROLE_PROFESSIONAL};
    size_t n = 0;
    for (size_t k = 0; k < 2; k++)
        for (size_t p = 0; p < s->player_count; p++)
            if (s->players[p] == order[k]) {
                sides[n++] = order[k];
                break;
            }
    return n;
}

/* True when the bars need a key: teams (whose blocks are coloured by
 * side, in one panel) or a revote (the first vote drawn as outlines). */
static bool scene_spread_keyed(const session *s)
{
    const session_round *r = session_current(s);
    return !session_has_hands(s) || (r != NULL && r->revoted);
}

static void scene_spread_layout(const app *a, layout_workshop *l)
{
    deck_role sides[2];
    size_t n = scene_spread_sides(app_session(a), sides);
    /* teams share one panel: their names need the width */
    layout_spread_make(&a->frame, session_has_hands(app_session(a)) ? n : 1,
                       app_session(a)->deck->option_count, SPREAD_BUTTONS, l);
    if (scene_spread_keyed(app_session(a)))
        layout_spread_key(&a->frame, l);
}

/* The screen's buttons, in Tab order, where the layout puts them. */
static void scene_spread_buttons(const app *a, buttons_table *t)
{
    layout_workshop l;
    scene_spread_layout(a, &l);
    t->count = 0;
    buttons_add(t, l.button[SPREAD_BACK], _("Previous"), "PgUp", false);
    buttons_add(t, l.button[SPREAD_REVOTE], _("Vote again"), "O", false);
    buttons_add(t, l.button[SPREAD_HIDE], spread.hidden ? _("Show") : _("Hide"),
                "V", false);
    buttons_add(t, l.button[SPREAD_NEXT], _("Next"), "Enter", true);
}

/* The key over a panel's bars: with teams each side's colour and name
 * (the sides that play), after a revote the outline as the first vote and
 * the filled bar as the second. */
static void scene_spread_key(const app *a, layout_rect r, deck_role side,
                             const deck_role *sides, size_t n, bool teams)
{
    const theme *t = workshop_theme(a);
    const session_round *rd = session_current(app_session(a));
    workshop_key_item items[WORKSHOP_KEY_MAX];
    size_t k = 0;
    if (teams)
        for (size_t i = 0; i < n && i < 2; i++) {
            gfx_color c = theme_side(t, sides[i]);
            items[k++] = (workshop_key_item){
                c, c, false,
                sides[i] == DECK_ROLE_CLIENT ? _("Clients")
                                             : _("Professionals")};
        }
    if (rd != NULL && rd->revoted) {
        /* the second vote's sample in the colours its bars have */
        gfx_color now = theme_side(t, teams ? sides[0] : side);
        gfx_color half = theme_side(t, teams ? sides[n > 1 ? 1 : 0] : side);
        items[k++] = (workshop_key_item){now, half, false, _("second vote")};
        items[k++] = (workshop_key_item){t->ink, t->ink, true,
                                         _("first vote")};
    }
    workshop_draw_key(a, r, items, k);
}

void scene_spread_handle(app *a, const input_event *ev)
{
    buttons_table t;
    scene_spread_buttons(a, &t);
    if (buttons_focus_move(a, &t, ev) || scene_facilitator_key(a, ev))
        return;
    /* Enter with no button in focus goes on, as Next; Space presses only
     * a button in focus */
    int pressed = buttons_pressed(a, &t, ev,
                                  ev->type == INPUT_CONFIRM ? SPREAD_NEXT : -1);
    if (pressed >= 0) {
        scene_spread_button(a, pressed);
        return;
    }
    switch (ev->type) {
    case INPUT_PAGE_DOWN: scene_spread_button(a, SPREAD_NEXT); break;
    case INPUT_REVOTE: scene_spread_button(a, SPREAD_REVOTE); break;
    case INPUT_HIDE: scene_spread_button(a, SPREAD_HIDE); break;
    case INPUT_MARK: scene_act(a, SESSION_ACTION_MARK); break;
    case INPUT_HELP: scene_explain_card(a, app_session(a)->current); break;
    case INPUT_POINTER: {
        layout_workshop l;
        scene_spread_layout(a, &l);
        workshop_clock_tap(a, &l, ev);
        break;
    }
    default:
        break;
    }
}

/* The teams that chose option o on the round's latest vote, client
 * side first. */
static size_t scene_spread_teams(const session *s, const session_round *r,
                                 size_t o, size_t *teams)
{
    size_t n = 0;
    for (size_t p = 0; p < s->player_count; p++)
        if (!s->hands[p] && r->answer[p] == (int)o)
            teams[n++] = p;
    return n;
}

/* A bar's label: the option's number (its words are in the legend). */
static void scene_spread_label(const app *a, layout_rect r, size_t o, bool bold,
                               bool most)
{
    const theme *t = workshop_theme(a);
    char num[24];
    snprintf(num, sizeof num, "%zu", o + 1);
    if (most)
        gfx_round_rect(a->gfx, r, a->frame.radius / 2, t->highlight);
    draw_text(a, num, layout_inset(r, 2), a->frame.font_body, bold || most,
              most ? THEME_ON_HIGHLIGHT : t->ink, GFX_ALIGN_CENTER, true);
}

/* True when the round's card has a negative theme (stroefheid): its
 * first option is the good end. */
static bool scene_spread_negative(const session *s, const session_round *r)
{
    const deck *d = s->deck;
    return r->card < d->card_count &&
           d->cards[r->card].dimension < d->dimension_count &&
           d->dimensions[d->cards[r->card].dimension].negative;
}

/* One panel's bars: the latest vote filled, the first one outlined after
 * a revote; on_top is the largest share shown (one scale for both
 * panels). Teams are blocks with their names, coloured by side. Each
 * option, its number, count and outline stand in the column of its step
 * from the theme's bad end (score_step_toward_good), so the good end is
 * the last column, with "good" right of it. */
static void scene_spread_draw_panel(const app *a, const layout_workshop_side *l,
                                    deck_role side, const spread_counts *now,
                                    const spread_counts *first, double on_top,
                                    int differ, bool teams, bool negative)
{
    const session *s = app_session(a);
    const session_round *r = session_current(s);
    const theme *t = workshop_theme(a);
    const layout_frame *f = &a->frame;
    spread_stats st;
    bool any = spread_stats_of(now, &st);
    gfx_round_rect(a->gfx, l->box, f->radius, t->panel);
    workshop_draw_heading(a, l->heading, teams ? DECK_ROLE_COUNT : side,
                          st.total, true,
                          any && !spread.hidden ? st.median : -1);
    int count_h = f->font_body * 5 / 4;
    draw_good_end(a, l->good, f->font_body, t->ink, GFX_ALIGN_LEFT);
    for (size_t o = 0; o < now->options; o++) {
        size_t at = score_step_toward_good(o, now->options, negative);
        layout_rect col = l->column[at];
        scene_spread_label(a, l->label[at], o,
                           any && !spread.hidden && (int)o == st.median,
                           (int)o == differ);
        if (spread.hidden)
            continue;
        int room = col.h - count_h;
        int h = on_top > 0 ? (int)(room * spread_share(now, o) / on_top + 0.5)
                           : 0;
        int fh = first && on_top > 0
                     ? (int)(room * spread_share(first, o) / on_top + 0.5)
                     : 0;
        layout_rect b = {col.x, col.y + col.h - h, col.w, h};
        if (teams && h > 0) {
            size_t who[SESSION_MAX_PLAYERS];
            size_t n = scene_spread_teams(s, r, o, who);
            int bh = h / (int)(n ? n : 1);
            /* a block as wide as the option's whole slot: a name like
             * "Professionals" needs it on a 1280 projector */
            layout_rect slot = l->label[at];
            for (size_t i = 0; i < n; i++) {
                layout_rect block = {slot.x + 2, b.y + h - (int)(i + 1) * bh,
                                     slot.w - 4, bh - 3};
                gfx_round_rect(a->gfx, block, f->radius / 3,
                               theme_side(t, s->players[who[i]]));
                draw_text(a, s->team[who[i]], layout_inset(block, 4),
                          f->font_small, true, t->on_bar, GFX_ALIGN_CENTER,
                          true);
            }
        } else if (h > 0) {
            gfx_fill(a->gfx, b, theme_side(t, side));
        }
        if (h > 0)
            draw_mark(a, GFX_MARK_MARKER, b, l->plot);
        if (fh > 0)
            /* the first vote's bar as an outline: where the room stood */
            workshop_draw_outline(a, (layout_rect){col.x - 3,
                                                   col.y + col.h - fh,
                                                   col.w + 6, fh},
                                  false);
        if (any) {
            char c[24];
            snprintf(c, sizeof c, "%u", now->count[o]);
            int top = col.y + col.h - (h > fh ? h : fh);
            draw_text(a, c, (layout_rect){col.x - col.w / 4, top - count_h,
                                          col.w + col.w / 2, count_h},
                      f->font_body, true, t->ink, GFX_ALIGN_CENTER, true);
        }
    }
    if (spread.hidden)
        draw_text(a, a->pointer_input ? _("Hidden: tap Show")
                                      : _("Hidden: press V to show"),
                  l->plot, f->font_body,
                  true, t->ink, GFX_ALIGN_CENTER, true);
    else if (!any)
        draw_text(a, _("Nobody of this side answered"), l->plot,
                  f->font_body, false, t->ink, GFX_ALIGN_CENTER, true);
}

/* The words under the bars: what the revote did, else where the sides
 * differ most, else the middle answer. */
static void scene_spread_words(const app *a, const spread_counts *now,
                               const spread_counts *first, size_t sides,
                               int differ, char *out, size_t size)
{
    const session *s = app_session(a);
    const deck *d = s->deck;
    out[0] = '\0';
    spread_shift sh;
    if (first && sides == 2 && tally_shift(s, s->current, &sh) &&
        sh.gap_before >= 0 && sh.gap_after >= 0) {
        report_spread_shift(&sh, out, size); /* as --summary says it */
        return;
    }
    if (first) {
        spread_stats a1, b1;
        size_t i = sides == 2 ? 1 : 0;
        if (spread_stats_of(&first[i], &a1) && spread_stats_of(&now[i], &b1)) {
            char moved[64];
            report_spread_steps(b1.mean - a1.mean < 0 ? a1.mean - b1.mean
                                                      : b1.mean - a1.mean,
                                moved, sizeof moved);
            draw_format(out, size, _("After the talk the room moved %s."),
                        moved, NULL);
            return;
        }
    }
    if (differ >= 0) {
        char num[24];
        snprintf(num, sizeof num, "%d", differ + 1);
        char opt[160];
        draw_format(opt, sizeof opt, "%s (%s)", num,
                    deck_text(d, &d->options[differ].label, app_language(a)));
        draw_format(out, size, _("The sides differ most at %s."), opt, NULL);
    }
}

void scene_spread_draw(const app *a)
{
    const session *s = app_session(a);
    const session_round *r = session_current(s);
    if (r == NULL)
        return;
    layout_workshop l;
    scene_spread_layout(a, &l);
    workshop_draw_frame(a, &l);
    deck_role sides[2];
    size_t played = scene_spread_sides(s, sides), n = played;
    spread_counts now[2], first[2];
    for (size_t i = 0; i < n; i++) {
        tally_card(s, s->current, sides[i], false, &now[i]);
        tally_card(s, s->current, sides[i], true, &first[i]);
    }
    int differ = n == 2 && !spread.hidden
                     ? spread_most_different(&now[0], &now[1])
                     : -1;
    bool teams = !session_has_hands(s);
    char words[512];
    scene_spread_words(a, now, r->revoted ? first : NULL, n, differ,
                       words, sizeof words);
    if (teams && n == 2) {
        /* teams in one panel, wide enough for their names */
        for (size_t o = 0; o < now[0].options; o++) {
            now[0].count[o] += now[1].count[o];
            first[0].count[o] += first[1].count[o];
        }
        n = 1;
    }
    double on_top = 0; /* one scale for every panel and both votes */
    for (size_t i = 0; i < n; i++) {
        on_top = fmax(on_top, spread_largest_share(&now[i]));
        if (r->revoted)
            on_top = fmax(on_top, spread_largest_share(&first[i]));
    }
    bool negative = scene_spread_negative(s, r);
    for (size_t i = 0; i < n && i < l.sides; i++) {
        scene_spread_draw_panel(a, &l.side[i], sides[i], &now[i],
                                r->revoted ? &first[i] : NULL, on_top,
                                differ, teams, negative);
        if (l.side[i].key.h > 0 && !spread.hidden)
            scene_spread_key(a, l.side[i].key, sides[i], sides, played,
                             teams);
    }
    const theme *t = workshop_theme(a);
    workshop_draw_legend(a, l.legend, negative);
    if (!spread.hidden)
        draw_text(a, words, l.words, a->frame.font_body, true, t->ink,
                  GFX_ALIGN_CENTER, true);
    buttons_table bt;
    scene_spread_buttons(a, &bt);
    buttons_draw(a, &bt, -1); /* ringed only when Tab put the focus there */
}
