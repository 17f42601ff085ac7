/* layout_code: the pair's code typed by touch, over the start screen: a
 * title and a line of words, the keys (with the code's field on top),
 * back, the pair's earlier rounds and done on the bottom row. */
#include "layout.h"

#include "layout_private.h"

void layout_code_make(const layout_frame *f, layout_code *out)
{
    int inner_w = f->w - 2 * f->margin;
    int top = f->top_bar.h + f->gap;
    out->title = layout_make(f->margin, top, inner_w, layout_px(f, 40));
    top += out->title.h;
    out->note = layout_make(f->margin, top, inner_w, layout_px(f, 30));
    top += out->note.h + f->gap / 2;
    int by = layout_button_y(f);
    out->keys = layout_make(f->margin, top, inner_w, by - f->gap - top);
    int bw = layout_min(layout_px(f, 220), (inner_w - 2 * f->gap) / 3);
    layout_bottom_pair(f, bw, bw, &out->back, &out->done);
    out->history = layout_make(f->margin + (inner_w - bw) / 2, by, bw,
                               f->button_h);
}
