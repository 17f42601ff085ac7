/* board: the summary board's rows and legend, a widget the summary
 * scene draws (and its picture for the client file): per theme each
 * person's mean on a bar along the scale, markers that never hide each
 * other, each card's gap as a small mark and the gap in words, never a
 * decimal; with several people on the client side the distance among
 * them and to the professional kept apart. */
#include "board.h"

#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "history.h"
#include "i18n.h"
#include "report.h"
#include "scene.h"

/* A player's marker: a circle for the client side, a square for the
 * professional; the number of a client inside. */
static void board_marker(const app *a, layout_rect r, deck_role role,
                                 size_t number)
{
    if (role == DECK_ROLE_CLIENT) {
        gfx_disc(a->gfx, layout_inset(r, -2), DRAW_PAPER);
        gfx_disc(a->gfx, r, DRAW_CLIENT);
    } else {
        gfx_round_rect(a->gfx, layout_inset(r, -2), r.w / 5, DRAW_PAPER);
        gfx_round_rect(a->gfx, r, r.w / 6, DRAW_PRO);
    }
    if (number) {
        char n[24];
        snprintf(n, sizeof n, "%zu", number);
        draw_text(a, n, r, r.h * 7 / 10, true,
                  role == DECK_ROLE_CLIENT ? DRAW_PAPER : DRAW_INK,
                  GFX_ALIGN_CENTER, true);
    }
}

static const char *board_icon(score_alignment al)
{
    return al == SCORE_ALIGNED ? "aligned" : al == SCORE_CLOSE ? "close"
                                                                : "apart";
}

/* The number a client-side seat wears on the board when the side has
 * several people (1, 2, 3 in placing order; the legend says who is who),
 * else 0. */
static size_t board_seat_number(const session *s, size_t seat)
{
    size_t clients = 0, number = 0;
    for (size_t p = 0; p < s->player_count; p++)
        if (s->players[p] == DECK_ROLE_CLIENT) {
            clients++;
            if (p == seat)
                number = clients;
        }
    return clients > 1 && s->players[seat] == DECK_ROLE_CLIENT ? number : 0;
}

/* Spreads the markers of one side along the bar so that none hides
 * another: a marker that would overlap the one before moves along, and
 * the row moves back from the end when it runs out of room. */
static void board_spread(int *x, const size_t *order, size_t n,
                                 int min_x, int max_x, int step)
{
    if (n == 0)
        return; /* no one on this side */
    for (size_t i = 1; i < n; i++)
        if (x[order[i]] < x[order[i - 1]] + step)
            x[order[i]] = x[order[i - 1]] + step;
    if (x[order[n - 1]] > max_x)
        x[order[n - 1]] = max_x;
    for (size_t i = n - 1; i > 0; i--)
        if (x[order[i - 1]] > x[order[i]] - step)
            x[order[i - 1]] = x[order[i]] - step;
    if (x[order[0]] < min_x)
        x[order[0]] = min_x;
}

static void board_markers(const app *a, const score_dimension *dim,
                                  int x0, int x1, int cy, int mk, int th)
{
    const session *s = app_session(a);
    size_t k = s->deck->option_count;
    bool negative = s->deck->dimensions[dim->dimension].negative;
    int x[SESSION_MAX_PLAYERS] = {0};
    size_t seats = s->player_count < SESSION_MAX_PLAYERS ? s->player_count
                                                         : SESSION_MAX_PLAYERS;
    for (size_t p = 0; p < seats; p++) {
        /* the good end on the right, on every row */
        double frac = score_toward_good(dim->mean[p], k, negative);
        x[p] = x0 + (int)((double)(x1 - x0) * frac);
    }
    for (int side = 0; side < DECK_ROLE_COUNT; side++) {
        size_t order[SESSION_MAX_PLAYERS] = {0}, n = 0;
        for (size_t p = 0; p < seats; p++)
            if ((int)s->players[p] == side) {
                size_t at = n++;
                while (at > 0 && x[order[at - 1]] > x[p]) {
                    order[at] = order[at - 1];
                    at--;
                }
                order[at] = p;
            }
        board_spread(x, order, n, x0 - mk / 2, x1 + mk / 2, mk + 2);
    }
    for (size_t p = 0; p < seats; p++) {
        /* clients above the line, the professional below */
        int y = s->players[p] == DECK_ROLE_CLIENT ? cy - mk - th / 2 - 1
                                                  : cy + th / 2 + 1;
        layout_rect r = {x[p] - mk / 2, y, mk, mk};
        board_marker(a, r, s->players[p], board_seat_number(s, p));
        draw_mark(a, GFX_MARK_MARKER, r, r);
    }
}

/* Last time (a pair's round before): each side's mean on this theme as an
 * empty ring (client side) or an empty square (professional), where the
 * markers of today sit, so a shift shows as a marker beside its ring. */
static void board_last_time(const app *a, const char *theme, int x0, int x1,
                            int cy, int mk, int th)
{
    const session *p = app_previous(a);
    history_point pt;
    if (p == NULL || !history_point_of(p, theme, &pt))
        return;
    size_t k = p->deck->option_count;
    for (int side = 0; side < DECK_ROLE_COUNT; side++) {
        if (!pt.has[side])
            continue;
        double frac = score_toward_good(pt.mean[side], k, pt.negative);
        int x = x0 + (int)((double)(x1 - x0) * frac);
        int y = side == DECK_ROLE_CLIENT ? cy - mk - th / 2 - 1 : cy + th / 2 + 1;
        layout_rect r = {x - mk / 2, y, mk, mk};
        layout_rect in = layout_inset(r, mk / 5 > 2 ? mk / 5 : 2);
        gfx_color c = side == DECK_ROLE_CLIENT ? DRAW_CLIENT : DRAW_PRO;
        if (side == DECK_ROLE_CLIENT) {
            gfx_disc(a->gfx, r, c);
            gfx_disc(a->gfx, in, DRAW_PAPER);
        } else {
            gfx_round_rect(a->gfx, r, mk / 6, c);
            gfx_round_rect(a->gfx, in, mk / 8, DRAW_PAPER);
        }
    }
}

/* The words on a theme: the overall alignment's icon, each card's gap as
 * a small mark (so the words and the marks tell one story), the mean gap
 * in words, never a decimal, and a plain sentence. */
static void board_words(const app *a, const layout_board_row *row,
                                const score_dimension *dim)
{
    const layout_frame *f = &a->frame;
    layout_rect sen = row->sentence;
    int icon = f->font_large;
    if (icon > sen.h)
        icon = sen.h;
    bool gaps_apart = app_session_mode(a)->reveal == MODE_REVEAL_GAPS;
    /* with two distances the icon tells the one between the sides */
    score_alignment shown =
        gaps_apart ? score_alignment_of_mean(dim->between_gap)
                   : dim->alignment;
    draw_icon(a, board_icon(shown),
              (layout_rect){sen.x, sen.y + (sen.h - icon) / 2, icon, icon});
    int x = sen.x + icon + f->gap / 2;
    int w = sen.x + sen.w - x;
    int line = f->font_small * 13 / 10;
    int mark = f->font_small;
    char head[640], text[512];
    if (gaps_apart) {
        /* a family: the gap among them and the gap to the professional,
         * kept apart, as the turned cards showed them; the whole cell,
         * since one mark per card could only tell the widest gap */
        char among[200], across[200], g1[100], g2[100];
        report_sides_words(app_session(a), among, sizeof among, across,
                           sizeof across);
        report_gap_words(dim->within_gap, g1, sizeof g1);
        report_gap_words(dim->between_gap, g2, sizeof g2);
        snprintf(head, sizeof head, "%s: %s\n%s: %s", among, g1, across, g2);
        draw_text(a, head, (layout_rect){x, sen.y, w, sen.h}, f->font_small,
                  true, DRAW_INK, GFX_ALIGN_LEFT, true);
        return;
    }
    int gaps[64];
    size_t n = score_dimension_gaps(app_session(a), dim->dimension, gaps, 64);
    int mx = x;
    for (size_t i = 0; i < n && i < 64 && mx + mark <= x + w / 3; i++) {
        score_alignment al = score_alignment_of_gap(gaps[i]);
        draw_icon(a, board_icon(al),
                  (layout_rect){mx, sen.y + (line - mark) / 2, mark, mark});
        mx += mark + 2;
    }
    /* beside the marks, the sentence: it says the gap in the gap's
     * words (report_gap_words, by the rule the icon's alignment follows),
     * so no line above it says the distance again */
    int hx = mx + (mx > x ? f->gap / 2 : 0);
    report_dimension_sentence(app_session(a), dim, text, sizeof text);
    draw_text(a, text, (layout_rect){hx, sen.y, x + w - hx, sen.h},
              f->font_small, false, DRAW_INK, GFX_ALIGN_LEFT, true);
}

void board_row(const app *a, const layout_board_row *row,
               const score_dimension *dim, size_t index, bool help_focus,
               bool picture)
{
    const session *s = app_session(a);
    const deck *d = s->deck;
    const deck_dimension *dd = &d->dimensions[dim->dimension];
    const layout_frame *f = &a->frame;
    if (index % 2 == 1)
        gfx_fill(a->gfx, (layout_rect){row->name.x - f->gap / 2, row->name.y,
                                   row->sentence.x + row->sentence.w -
                                       row->name.x + f->gap,
                                   row->name.h},
                  (gfx_color){120, 90, 40, 18});
    /* the research's name for the professional, under it the theme in
     * the client's own words (the board is read by both) */
    layout_rect nm = row->name;
    const char *sub = dd->client_name.text[0]
                          ? deck_text(d, &dd->client_name, s->language)
                          : "";
    int sub_h = !sub[0] ? 0 : nm.h * 35 / 100;
    draw_text(a, deck_text(d, &dd->name, s->language),
              (layout_rect){nm.x, nm.y, nm.w, nm.h - sub_h}, f->font_body,
              true, DRAW_INK, GFX_ALIGN_LEFT, true);
    if (sub[0])
        draw_text(a, sub,
                  (layout_rect){nm.x, nm.y + nm.h - sub_h - 4, nm.w, sub_h},
                  f->font_small, false, DRAW_INK_SOFT, GFX_ALIGN_LEFT, false);
    if (!picture) {
        draw_help_button(a, row->help, help_focus);
    }

    /* the bar along the scale 1..K */
    layout_rect bar = row->bar;
    size_t k = d->option_count;
    int mk = bar.h * 40 / 100;
    if (mk > (int)(f->s * 30))
        mk = (int)(f->s * 30);
    /* the ends of the scale: each option's icon at its end, the good end
     * on the right on every row (on a negative theme the first option),
     * and the word "good" beside it */
    int end = mk;
    int cy = bar.y + bar.h / 2;
    layout_rect lo = {bar.x, cy - end / 2, end, end};
    layout_rect hi = {bar.x + bar.w - end, cy - end / 2, end, end};
    const deck_option *bad =
        k ? &d->options[score_step_toward_good(0, k, dd->negative)] : NULL;
    const deck_option *good =
        k ? &d->options[score_step_toward_good(k - 1, k, dd->negative)] : NULL;
    if (bad && bad->icon)
        draw_icon(a, bad->icon, lo);
    if (good && good->icon)
        draw_icon(a, good->icon, hi);
    draw_good_end(a, row->good, f->font_small, DRAW_INK_SOFT, GFX_ALIGN_LEFT);
    int x0 = bar.x + end + f->gap / 2 + mk / 2;
    int x1 = bar.x + bar.w - end - f->gap / 2 - mk / 2;
    int th = f->s * 6 > 3 ? (int)(f->s * 6) : 3;
    gfx_color track = {214, 199, 170, 255};
    gfx_round_rect(a->gfx, (layout_rect){x0, cy - th / 2, x1 - x0, th}, th / 2,
                    track);
    for (size_t i = 0; i < k && k > 1; i++) {
        int x = x0 + (int)((long)(x1 - x0) * (long)i / (long)(k - 1));
        gfx_fill(a->gfx, (layout_rect){x - 1, cy - th * 2, 2, th * 4},
                  (gfx_color){170, 150, 120, 255});
    }
    if (dim->cards == 0) {
        char none[256];
        report_dimension_sentence(app_session(a), dim, none, sizeof none);
        draw_text(a, none, row->sentence, f->font_small, false,
                  DRAW_INK_SOFT, GFX_ALIGN_LEFT, true);
        return;
    }
    board_last_time(a, dd->key, x0, x1, cy, mk, th);
    board_markers(a, dim, x0, x1, cy, mk, th);
    board_words(a, row, dim);
}

/* Who is who on the board: a circle for each person on the client side
 * (numbered when there are several, with their role), a square for the
 * professional; right-aligned, smaller when many people share it. */
void board_legend(const app *a, layout_rect legend)
{
    const session *s = app_session(a);
    const layout_frame *f = &a->frame;
    int mk = legend.h * 60 / 100;
    int x = legend.x + legend.w;
    int font = s->player_count > 3 ? f->font_small * 8 / 10 : f->font_small;
    if (app_previous(a)) {
        /* an empty marker: where each side stood last time */
        const char *words = _("last time");
        int tw = 0, th = 0;
        gfx_text_measure(a->gfx, words, font, true, 0, &tw, &th);
        x -= tw;
        draw_text(a, words, (layout_rect){x, legend.y, tw + 2, legend.h}, font,
                  true, draw_ground_ink(a), GFX_ALIGN_LEFT, true);
        x -= mk + f->gap / 3;
        layout_rect r = {x, legend.y + (legend.h - mk) / 2, mk, mk};
        gfx_disc(a->gfx, r, DRAW_CREAM);
        gfx_disc(a->gfx, layout_inset(r, mk / 5 > 2 ? mk / 5 : 2), DRAW_FELT_DARK);
        x -= f->gap;
    }
    for (size_t i = s->player_count; i-- > 0;) {
        char name[128];
        report_player_name(s, i, name, sizeof name);
        int tw = 0, th = 0;
        gfx_text_measure(a->gfx, name, font, true, 0, &tw, &th);
        if (x - tw - mk - f->gap / 2 < legend.x)
            break; /* no room: the board's rows still number everybody */
        x -= tw;
        draw_text(a, name, (layout_rect){x, legend.y, tw + 2, legend.h}, font,
                  true, draw_ground_ink(a), GFX_ALIGN_LEFT, true);
        x -= mk + f->gap / 3;
        board_marker(a, (layout_rect){x, legend.y + (legend.h - mk) / 2,
                                              mk, mk},
                             s->players[i], board_seat_number(s, i));
        x -= f->gap;
    }
}

