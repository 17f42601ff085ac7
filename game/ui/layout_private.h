/* layout_private: the arithmetic the layout's files share (layout.c,
 * layout_history.c, layout_board.c, ...). Not for other modules. */
#ifndef ALLIANTIESPEL_LAYOUT_PRIVATE_H
#define ALLIANTIESPEL_LAYOUT_PRIVATE_H

#include "layout.h"

/* v design pixels (at 1024x600) in this window's pixels. */
int layout_px(const layout_frame *f, float v);
/* A rect; a negative size becomes 0. */
layout_rect layout_make(int x, int y, int w, int h);
int layout_min(int a, int b);
int layout_max(int a, int b);
/* The bottom row of buttons: its y. */
int layout_button_y(const layout_frame *f);
/* Two buttons on the bottom row, one at each side, lw and rw wide where
 * there is room; on a narrow (upright) window they share the row. */
void layout_bottom_pair(const layout_frame *f, int lw, int rw,
                        layout_rect *left, layout_rect *right);

#endif
