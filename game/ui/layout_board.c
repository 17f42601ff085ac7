/* layout_board: the board's places (layout_summary_make, layout.h): the
 * rows of themes, the cards to talk about, the buttons. */
#include "layout_private.h"

#include <string.h>

/* Upright: the name and the bar on a line, the words below. */
static void layout_board_rows_upright(const layout_frame *f, int top,
                                      int board_h, size_t rows,
                                      layout_summary *out)
{
    int inner_w = f->w - 2 * f->margin;
    int rh = layout_min(board_h / (int)rows, layout_px(f, 150));
    int pad = layout_px(f, 10);
    int name_w = inner_w * 36 / 100;
    for (size_t i = 0; i < rows; i++) {
        int y = top + (int)i * rh;
        int line = rh * 45 / 100;
        int help = layout_min(layout_px(f, 30), line - 4);
        out->row[i].name = layout_make(f->margin + pad, y,
                                       name_w - 2 * pad - help, line);
        out->row[i].help = layout_make(f->margin + name_w - pad - help,
                                       y + (line - help) / 2, help, help);
        out->row[i].bar = layout_make(f->margin + name_w, y,
                                      inner_w - name_w - pad, line);
        out->row[i].sentence = layout_make(f->margin + pad, y + line,
                                           inner_w - 2 * pad, rh - line);
    }
}

/* Wide: the name, the bar and the words side by side. */
static void layout_board_rows_wide(const layout_frame *f, int top,
                                   int board_h, size_t rows,
                                   layout_summary *out)
{
    int inner_w = f->w - 2 * f->margin;
    int rh = layout_min(board_h / (int)rows, layout_px(f, 96));
    int name_w = inner_w * 22 / 100;
    int bar_w = inner_w * 36 / 100;
    int pad = layout_px(f, 10);
    for (size_t i = 0; i < rows; i++) {
        int y = top + (int)i * rh;
        int help = layout_min(layout_px(f, 30), rh - 4);
        out->row[i].name = layout_make(f->margin + pad, y,
                                       name_w - 2 * pad - help, rh);
        out->row[i].help = layout_make(f->margin + name_w - pad - help,
                                       y + (rh - help) / 2, help, help);
        out->row[i].bar = layout_make(f->margin + name_w + pad, y,
                                      bar_w - 2 * pad, rh);
        int sx = f->margin + name_w + bar_w + pad;
        out->row[i].sentence = layout_make(sx, y,
                                           f->margin + inner_w - pad - sx, rh);
    }
}

/* The cards to talk about below the board, from ty: their title with
 * paging and the two aside buttons, then one line each. */
static void layout_board_topics(const layout_frame *f, int ty, int title_h,
                                int topic_h, size_t topics,
                                layout_summary *out)
{
    int inner_w = f->w - 2 * f->margin;
    out->topics_title = layout_make(f->margin, ty, inner_w, title_h);
    int pw = layout_px(f, 48);
    out->topics_next = layout_make(f->w - f->margin - pw, ty, pw, title_h);
    out->topics_prev = layout_make(out->topics_next.x - f->gap / 2 - pw, ty,
                                   pw, title_h);
    int aw = layout_px(f, 230);
    for (int i = 1; i >= 0; i--)
        out->aside[i] = layout_make((i ? out->topics_prev.x
                                       : out->aside[1].x) - f->gap - aw,
                                    ty, aw, title_h);
    for (size_t i = 0; i < topics; i++)
        out->topic[i] = layout_make(f->margin + layout_px(f, 10),
                                    ty + title_h + (int)i * topic_h,
                                    inner_w - layout_px(f, 10), topic_h);
}

void layout_summary_make(const layout_frame *f, size_t rows, size_t topics,
                         layout_summary *out)
{
    memset(out, 0, sizeof *out);
    if (rows > LAYOUT_MAX_ROWS)
        rows = LAYOUT_MAX_ROWS;
    if (topics > LAYOUT_MAX_TOPICS)
        topics = LAYOUT_MAX_TOPICS;
    int by = layout_button_y(f);
    int top = f->top_bar.h + layout_px(f, 6);
    int inner_w = f->w - 2 * f->margin;
    out->title = layout_make(f->margin, top, inner_w / 2, layout_px(f, 34));
    out->legend = layout_make(f->margin + inner_w / 2, top, inner_w / 2,
                              layout_px(f, 34));
    int board_top = top + layout_px(f, 40);
    /* the banner (stored where, or why not) spans the window above the
     * buttons, two lines high, so a file name is never cut off */
    int status_h = f->font_small * 3;
    out->status = layout_make(0, by - f->gap / 2 - status_h, f->w, status_h);
    /* the topics list takes up to 40% of what is left */
    int avail = out->status.y - f->gap / 2 - board_top;
    int topic_h = layout_px(f, 30);
    int topics_title_h = layout_px(f, 32);
    size_t fit_topics = topics;
    int topics_block = topics ? topics_title_h + (int)topics * topic_h : 0;
    while (fit_topics > 0 && topics_block > avail * 40 / 100) {
        fit_topics--;
        topics_block = fit_topics ? topics_title_h + (int)fit_topics * topic_h
                                  : 0;
    }
    int board_h = avail - topics_block - (topics_block ? f->gap : 0);
    out->board = layout_make(f->margin, board_top, inner_w, board_h);
    out->row_count = rows;
    if (rows > 0 && f->portrait)
        layout_board_rows_upright(f, board_top, board_h, rows, out);
    else if (rows > 0)
        layout_board_rows_wide(f, board_top, board_h, rows, out);
    /* the word "good" beside the bar's right end, every row alike */
    for (size_t i = 0; i < rows; i++) {
        layout_rect *bar = &out->row[i].bar;
        int gw = layout_min(layout_px(f, 60), bar->w / 5);
        bar->w -= gw;
        out->row[i].good = layout_make(bar->x + bar->w + layout_px(f, 3),
                                       bar->y, gw - layout_px(f, 3), bar->h);
    }
    out->topic_count = fit_topics;
    if (fit_topics > 0)
        layout_board_topics(f, board_top + board_h + f->gap, topics_title_h,
                            topic_h, fit_topics, out);
    int gap = f->gap;
    int bw = layout_min((inner_w - 2 * gap) / 3, layout_px(f, 300));
    out->new_round = layout_make(f->w - f->margin - bw, by, bw, f->button_h);
    out->discard = layout_make(out->new_round.x - gap - bw, by, bw,
                               f->button_h);
    out->save_png = layout_make(out->discard.x - gap - bw, by, bw,
                                f->button_h);
}
