/* layout_history: where a pair's history goes: the rounds listed, and a
 * chart per theme (each side's mean over the rounds, the gap shaded, the
 * good end on top with the word "good" beside it) with what changed in
 * words under it. Wide: the list left, the charts two by
 * two right; upright: the list on top, the charts under each other. */
#include <string.h>

#include "layout_private.h"

void layout_history_make(const layout_frame *f, size_t charts,
                         layout_history *out)
{
    memset(out, 0, sizeof *out);
    if (charts > LAYOUT_MAX_CHARTS)
        charts = LAYOUT_MAX_CHARTS;
    int inner_w = f->w - 2 * f->margin;
    int top = f->top_bar.h + f->gap;
    int by = layout_button_y(f);
    int bottom = by - f->gap;
    int line_h = layout_px(f, 26);
    out->title = layout_make(f->margin, top, inner_w, layout_px(f, 34));
    top += out->title.h + layout_px(f, 4);
    out->legend = layout_make(f->margin, top, inner_w, layout_px(f, 24));
    top += out->legend.h + layout_px(f, 6);
    layout_rect list, area;
    if (f->portrait) {
        list = layout_make(f->margin, top, inner_w, line_h * 5);
        area = layout_make(f->margin, list.y + list.h + f->gap, inner_w,
                           bottom - (list.y + list.h + f->gap));
    } else {
        int lw = inner_w * 30 / 100;
        list = layout_make(f->margin, top, lw, bottom - top);
        area = layout_make(f->margin + lw + f->gap, top, inner_w - lw - f->gap,
                           bottom - top);
    }
    out->list_count = (size_t)layout_max(0, list.h / line_h);
    if (out->list_count > LAYOUT_MAX_HISTORY_LINES)
        out->list_count = LAYOUT_MAX_HISTORY_LINES;
    for (size_t i = 0; i < out->list_count; i++)
        out->line[i] = layout_make(list.x, list.y + (int)i * line_h, list.w,
                                   line_h);
    out->chart_count = charts;
    int cols = f->portrait || charts < 2 ? 1 : 2;
    int rows = charts ? ((int)charts + cols - 1) / cols : 1;
    int cw = (area.w - (cols - 1) * f->gap) / cols;
    int ch = (area.h - (rows - 1) * f->gap) / rows;
    int title_h = layout_px(f, 24), words_h = layout_px(f, 46);
    for (size_t i = 0; i < charts; i++) {
        int c = (int)i % cols, r = (int)i / cols;
        layout_history_chart *k = &out->chart[i];
        k->box = layout_make(area.x + c * (cw + f->gap),
                             area.y + r * (ch + f->gap), cw, ch);
        k->title = layout_make(k->box.x + f->gap / 2, k->box.y, cw - f->gap,
                               title_h);
        k->words = layout_make(k->box.x + f->gap / 2,
                               k->box.y + ch - words_h, cw - f->gap, words_h);
        int pad = layout_px(f, 12);
        /* the word "good" left of the plot, at the height of the good end */
        int gw = layout_min(layout_px(f, 52), (cw - 2 * pad) / 4);
        k->plot = layout_make(k->box.x + pad + gw, k->title.y + title_h,
                              cw - 2 * pad - gw,
                              k->words.y - (k->title.y + title_h) - 2);
        int margin = k->plot.h / 10;
        k->span = layout_make(k->plot.x, k->plot.y + margin, k->plot.w,
                              k->plot.h - 2 * margin);
        int gh = layout_min(layout_px(f, 22), 2 * margin);
        k->good = layout_make(k->box.x + pad, k->span.y - gh / 2,
                              gw - layout_px(f, 4), gh);
    }
    layout_bottom_pair(f, layout_px(f, 260), layout_px(f, 360), &out->back,
                       &out->forget);
}
