/* board_spread: see board_spread.h. The numbers come from tally.h,
 * worked out each frame (microseconds for a round's cards). */
#include "board_spread.h"

#include <math.h>
#include <stdio.h>

#include "draw.h"
#include "i18n.h"
#include "layout_workshop.h"
#include "report.h"
#include "report_spread.h"
#include "scene.h"
#include "tally.h"
#include "workshop_draw.h"

/* A side's spread over a theme as small bars in its panel, the middle one
 * marked: the theme's options from its bad end on the left to its good
 * end on the right (tally turns a negative theme round), and "good" at
 * the right end. */
static void board_spread_bars(const app *a, const layout_group_row *row,
                              int column, const tally_theme *th,
                              deck_role side, double on_top)
{
    const theme *t = workshop_theme(a);
    const spread_counts *c = &th->side[side];
    layout_rect r = row->side[column];
    gfx_round_rect(a->gfx, r, a->frame.radius / 2, t->panel);
    if (!th->answered[side]) {
        draw_text(a, _("nobody"), r, a->frame.font_small, false, t->ink,
                  GFX_ALIGN_CENTER, true);
        return;
    }
    draw_good_end(a, row->good[column], a->frame.font_small, t->ink,
                  GFX_ALIGN_LEFT);
    layout_rect in = row->bars[column];
    int n = (int)(c->options ? c->options : 1);
    int cw = in.w / n;
    gfx_color bar = theme_side(t, side);
    for (size_t o = 0; o < c->options; o++) {
        int h = on_top > 0 ? (int)((in.h - 6) * spread_share(c, o) / on_top +
                                   0.5)
                           : 0;
        layout_rect b = {in.x + (int)o * cw + cw / 8, in.y + in.h - 6 - h,
                         cw - cw / 4, h};
        if (h > 0) {
            gfx_fill(a->gfx, b, bar);
            draw_mark(a, GFX_MARK_MARKER, b, in);
        }
        if ((int)o == th->stats[side].median)
            gfx_fill(a->gfx, (layout_rect){b.x, in.y + in.h - 4, b.w, 4}, t->ink);
    }
}

static void board_spread_picks(const app *a, const layout_group_board *l,
                               const tally_summary *sum)
{
    const session *s = app_session(a);
    const theme *t = workshop_theme(a);
    const layout_frame *f = &a->frame;
    draw_text(a, _("The cards that divided the room most"), l->picks_title,
              f->font_small, true, t->ink, GFX_ALIGN_LEFT, true);
    static const char *const what[TALLY_PICK_COUNT] = {
        N_("Widest spread (%s): %s"),
        N_("Largest gap between the sides (%s): %s"),
        N_("Largest shift after voting again (%s): %s"),
    };
    size_t line = 0;
    for (size_t k = 0; k < TALLY_PICK_COUNT && line < LAYOUT_MAX_PICKS; k++) {
        const tally_pick *p = &sum->pick[k];
        if (p->round < 0)
            continue;
        char value[64], text[1400];
        /* with its plural as --summary says it: "1 stap", "0,8 stap",
         * "1,7 stappen", never "1,0 stappen" */
        report_spread_steps(p->value < 0 ? -p->value : p->value, value,
                            sizeof value);
        draw_format(text, sizeof text, _(what[k]), value,
                    scene_card_text(a, (size_t)p->round,
                                    workshop_shown_side(s)));
        layout_rect r = l->pick[line++];
        if (r.h < f->font_small * 5 / 2)
            workshop_draw_line(a, text, r, f->font_small, t->ink);
        else
            draw_text(a, text, r, f->font_small, false, t->ink,
                      GFX_ALIGN_LEFT, false);
    }
    if (line == 0)
        draw_text(a, _("No card divided the room."), l->pick[0],
                  f->font_small, false, t->ink, GFX_ALIGN_LEFT, true);
}

void board_spread_draw(const app *a, int bottom)
{
    const session *s = app_session(a);
    const deck *d = s->deck;
    const theme *t = workshop_theme(a);
    const layout_frame *f = &a->frame;
    gfx_fill(a->gfx, (layout_rect){0, f->top_bar.y + f->top_bar.h, a->out_w,
                              a->out_h - f->top_bar.h},
             t->background);
    tally_summary sum;
    bool any = tally_compute(s, &sum);
    layout_group_board l;
    layout_group_board_make(f, d->dimension_count, bottom, &l);
    draw_text(a, _("How does the group see the cooperation?"), l.title,
              f->font_large, true, t->ink, GFX_ALIGN_LEFT, true);
    workshop_draw_heading(a, l.heading[0], DECK_ROLE_CLIENT, 0, false, -1);
    workshop_draw_heading(a, l.heading[1], DECK_ROLE_PROFESSIONAL, 0, false,
                          -1);
    if (!any) {
        draw_text(a, _("No card was turned over."), l.row[0].name,
                  f->font_body, false, t->ink, GFX_ALIGN_LEFT, true);
        return;
    }
    const char *lang = d->languages[app_language(a)];
    for (size_t i = 0; i < l.row_count && i < sum.theme_count; i++) {
        const tally_theme *th = &sum.themes[i];
        const deck_dimension *dim = &d->dimensions[th->dimension];
        draw_text(a, deck_text(d, &dim->name, app_language(a)), l.row[i].name,
                  f->font_body, true, t->ink, GFX_ALIGN_LEFT, true);
        double on_top = fmax(spread_largest_share(&th->side[0]),
                             spread_largest_share(&th->side[1]));
        board_spread_bars(a, &l.row[i], 0, th, DECK_ROLE_CLIENT, on_top);
        board_spread_bars(a, &l.row[i], 1, th, DECK_ROLE_PROFESSIONAL, on_top);
        char gap[64] = "\xe2\x80\x94";
        if (th->gap >= 0) {
            char v[32];
            report_decimal(th->gap, 1, lang, v, sizeof v);
            draw_format(gap, sizeof gap, _("gap %s"), v, NULL);
        }
        draw_text(a, gap, l.row[i].gap, f->font_body, true, t->ink,
                  GFX_ALIGN_CENTER, true);
    }
    board_spread_picks(a, &l, &sum);
}
