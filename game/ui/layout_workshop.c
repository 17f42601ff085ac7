/* layout_workshop: see layout_workshop.h. The card's strip has room for
 * two lines of card text at the projector's card size; what is left
 * goes to the sides. */
#include "layout_workshop.h"

#include <string.h>

#include "layout_private.h"

static int layout_at_least(int size, int min)
{
    return size < min ? min : size;
}

void layout_frame_projector(layout_frame *f)
{
    if (f->projector)
        return;
    f->projector = true;
    /* the size whose capitals are h/40 (h/20) pixels high, rounded up;
     * a projector's picture is wide: held upright the screen is a
     * tablet read at arm's length, and its width counts as its height */
    float h = (float)(f->portrait ? f->w : f->h);
    f->min_text = (int)(h / (40.0f * LAYOUT_CAP_HEIGHT) + 0.999f);
    f->min_card = (int)(h / (20.0f * LAYOUT_CAP_HEIGHT) + 0.999f);
    f->font_small = layout_at_least(f->font_small, f->min_text);
    f->font_body = layout_at_least(f->font_body, f->min_text);
    f->font_large = layout_at_least(f->font_large, f->min_text * 5 / 4);
    f->font_card = layout_at_least(f->font_card, f->min_card);
    f->font_title = layout_at_least(f->font_title, f->min_card);
}

int layout_min_text(const layout_frame *f, int size)
{
    int min = size * 55 / 100;
    if (min < LAYOUT_TEXT_FLOOR)
        min = LAYOUT_TEXT_FLOOR;
    if (f->paper && min < LAYOUT_PAPER_FLOOR)
        min = LAYOUT_PAPER_FLOOR;
    if (f->projector) {
        /* a card's text never below the card's least, others never below
         * the text's least */
        int least = size >= f->font_card ? f->min_card : f->min_text;
        if (min < least)
            min = least;
    }
    return min;
}

int layout_text_size(const layout_frame *f, int size)
{
    int min = layout_min_text(f, size);
    return size < min ? min : size;
}

/* The buttons along the bottom, the last (on, Enter) half as wide again
 * as the others in its row; upright (a tablet) in two rows, since four
 * in one cut their words ("Kaart…"). Returns the top row's y. */
static int layout_workshop_buttons(const layout_frame *f, size_t buttons,
                                   layout_workshop *out)
{
    int inner_w = f->w - 2 * f->margin;
    size_t per_row = buttons > 2 && f->w < f->h ? (buttons + 1) / 2 : buttons;
    size_t rows = per_row ? (buttons + per_row - 1) / per_row : 0;
    int by = layout_button_y(f);
    for (size_t r = 0; r < rows; r++) {
        size_t first = r * per_row;
        size_t n = buttons - first < per_row ? buttons - first : per_row;
        if (n == 0)
            break;
        bool last_row = r + 1 == rows;
        int room = inner_w - (int)(n - 1) * f->gap;
        int bw = last_row ? room * 2 / (2 * (int)n + 1) : room / (int)n;
        int y = by - (int)(rows - 1 - r) * (f->button_h + f->gap);
        for (size_t j = 0; j < n; j++)
            out->button[first + j] =
                layout_make(f->margin + (int)j * (bw + f->gap), y,
                            j + 1 == n ? room - bw * (int)j : bw,
                            f->button_h);
    }
    return rows ? by - (int)(rows - 1) * (f->button_h + f->gap) : by;
}

/* The card strip, the words line and the buttons; returns the rect left
 * for the sides. */
static layout_rect layout_workshop_frame(const layout_frame *f,
                                         size_t buttons, layout_workshop *out)
{
    int inner_w = f->w - 2 * f->margin;
    int top = f->top_bar.h + f->gap;
    int line = f->font_card * 6 / 5;
    /* upright the lines are short: three, so a card's words fit whole */
    int lines = f->w < f->h ? 3 : 2;
    out->card = layout_make(f->margin, top, inner_w,
                            line * lines + 2 * f->gap);
    out->card_text = layout_inset(out->card, f->gap);
    out->timer = layout_make(f->turn.x, f->top_bar.y, f->turn.w,
                             f->top_bar.h);
    if (buttons > LAYOUT_WORKSHOP_BUTTONS)
        buttons = LAYOUT_WORKSHOP_BUTTONS;
    out->buttons = buttons;
    int by = layout_workshop_buttons(f, buttons, out);
    /* upright, the words what to do get two lines */
    int words_h = f->w < f->h ? f->font_body * 5 / 2 : f->font_body * 3 / 2;
    out->words = layout_make(f->margin, by - f->gap - words_h, inner_w,
                             words_h);
    int legend_h = f->font_small * 3 / 2;
    out->legend = layout_make(f->margin, out->words.y - legend_h, inner_w,
                              legend_h);
    int area_top = out->card.y + out->card.h + f->gap;
    return layout_make(f->margin, area_top, inner_w,
                       out->legend.y - f->gap / 2 - area_top);
}

/* Splits area into sides panels next to each other. */
static void layout_workshop_panels(const layout_frame *f, layout_rect area,
                                   size_t sides, layout_workshop *out)
{
    if (sides < 1)
        sides = 1;
    if (sides > LAYOUT_WORKSHOP_SIDES)
        sides = LAYOUT_WORKSHOP_SIDES;
    out->sides = sides;
    int pw = (area.w - (int)(sides - 1) * f->gap * 2) / (int)sides;
    for (size_t s = 0; s < sides; s++) {
        layout_workshop_side *side = &out->side[s];
        side->box = layout_make(area.x + (int)s * (pw + f->gap * 2), area.y,
                                pw, area.h);
        side->heading = layout_make(side->box.x + f->gap, side->box.y,
                                    pw - 2 * f->gap, f->font_body * 3 / 2);
    }
}

void layout_spread_make(const layout_frame *f, size_t sides, size_t options,
                        size_t buttons, layout_workshop *out)
{
    memset(out, 0, sizeof *out);
    if (options > LAYOUT_MAX_TOKENS)
        options = LAYOUT_MAX_TOKENS;
    out->options = options;
    layout_rect area = layout_workshop_frame(f, buttons, out);
    layout_workshop_panels(f, area, sides, out);
    /* the option's number under its bar; the words once, in the legend;
     * "good" right of the last bar, on the numbers' line, wide enough for
     * the word at the body's size */
    int label_h = f->font_body * 3 / 2;
    for (size_t s = 0; s < out->sides; s++) {
        layout_workshop_side *side = &out->side[s];
        int top = side->heading.y + side->heading.h + f->gap / 2;
        int inner = side->box.w - 2 * f->gap;
        int good_w = layout_min(f->font_body * 3, inner / 5);
        side->plot = layout_make(side->box.x + f->gap, top,
                                 inner - good_w - f->gap / 2,
                                 side->box.y + side->box.h - label_h - top);
        side->good = layout_make(side->box.x + side->box.w - f->gap - good_w,
                                 side->plot.y + side->plot.h, good_w,
                                 label_h);
        int n = options ? (int)options : 1;
        int cw = side->plot.w / n;
        for (size_t o = 0; o < options; o++) {
            int x = side->plot.x + (int)o * cw;
            side->column[o] = layout_make(x + cw / 8, side->plot.y,
                                          cw - cw / 4, side->plot.h);
            side->label[o] = layout_make(x, side->plot.y + side->plot.h, cw,
                                         label_h);
        }
    }
}

void layout_spread_key(const layout_frame *f, layout_workshop *l)
{
    int key_h = f->font_body * 3 / 2;
    for (size_t s = 0; s < l->sides; s++) {
        layout_workshop_side *side = &l->side[s];
        side->key = layout_make(side->plot.x, side->plot.y,
                                side->box.x + side->box.w - f->gap -
                                    side->plot.x,
                                key_h);
        int cut = key_h + f->gap / 2;
        side->plot.y += cut;
        side->plot.h -= cut;
        for (size_t o = 0; o < l->options; o++) {
            side->column[o].y += cut;
            side->column[o].h -= cut;
        }
    }
}

void layout_hands_make(const layout_frame *f, size_t options, size_t buttons,
                       layout_workshop *out)
{
    memset(out, 0, sizeof *out);
    if (options > LAYOUT_MAX_TOKENS)
        options = LAYOUT_MAX_TOKENS;
    out->options = options;
    layout_rect area = layout_workshop_frame(f, buttons, out);
    /* each count has its words beside it: no legend, more room */
    area.h = out->words.y - f->gap / 2 - area.y;
    out->legend = layout_make(out->legend.x, out->words.y, 0, 0);
    layout_workshop_panels(f, area, LAYOUT_WORKSHOP_SIDES, out);
    for (size_t s = 0; s < out->sides; s++) {
        layout_workshop_side *side = &out->side[s];
        int top = side->heading.y + side->heading.h;
        int n = options ? (int)options : 1;
        int row = (side->box.y + side->box.h - top - f->gap / 2) / n;
        int field_w = layout_max(f->min_text * 3, side->box.w / 4);
        for (size_t o = 0; o < options; o++) {
            int y = top + (int)o * row;
            side->field[o] = layout_make(side->box.x + side->box.w - f->gap -
                                             field_w,
                                         y + row / 16, field_w,
                                         row - row / 8);
            side->label[o] = layout_make(side->box.x + f->gap, y,
                                         side->field[o].x - 2 * f->gap -
                                             side->box.x,
                                         row);
        }
    }
}

void layout_teams_make(const layout_frame *f, size_t teams,
                       layout_teams *out)
{
    memset(out, 0, sizeof *out);
    int inner_w = f->w - 2 * f->margin;
    int top = f->top_bar.h + f->gap;
    out->title = layout_make(f->margin, top, inner_w, layout_px(f, 40));
    top += out->title.h;
    out->keys = layout_make(f->margin, top, inner_w, layout_px(f, 30));
    top += out->keys.h + f->gap;
    int by = layout_button_y(f);
    int msg_h = f->font_small * 2;
    out->message = layout_make(f->margin, by - f->gap - msg_h, inner_w,
                               msg_h);
    /* eight teams and the row to add one share what is left */
    int row = (out->message.y - f->gap - top) / (LAYOUT_MAX_TEAMS + 1);
    row = layout_min(row, layout_px(f, 56));
    int h = row - layout_px(f, 6);
    int side_w = layout_min(layout_px(f, 230), inner_w / 3);
    /* the remove button square, a row high, right of the name */
    int name_w = layout_min(layout_px(f, 420),
                            inner_w - side_w - 2 * f->gap - h);
    int full = side_w + f->gap + name_w + f->gap + h;
    int x = f->margin + (inner_w - full) / 2;
    for (int i = 0; i < LAYOUT_MAX_TEAMS; i++) {
        int y = top + i * row;
        out->side[i] = layout_make(x, y, side_w, h);
        out->name[i] = layout_make(x + side_w + f->gap, y, name_w, h);
        out->remove[i] = layout_make(x + full - h, y, h, h);
    }
    int keys_top = top + 2 * row;
    out->keyboard = layout_make(f->margin, keys_top, inner_w,
                                f->h - f->margin - keys_top);
    if (teams >= LAYOUT_MAX_TEAMS)
        teams = LAYOUT_MAX_TEAMS; /* no row to add one: it stays empty */
    out->add = layout_make(x, top + (int)teams * row, full, h);
    int bw = layout_px(f, 220);
    out->cancel = layout_make(f->margin, by, bw, f->button_h);
    out->start = layout_make(f->w - f->margin - bw, by, bw, f->button_h);
}

void layout_group_board_make(const layout_frame *f, size_t themes,
                             int bottom, layout_group_board *out)
{
    memset(out, 0, sizeof *out);
    if (themes > LAYOUT_MAX_ROWS)
        themes = LAYOUT_MAX_ROWS;
    int inner_w = f->w - 2 * f->margin;
    int top = f->top_bar.h + f->gap / 2;
    out->title = layout_make(f->margin, top, inner_w, f->font_large * 5 / 4);
    top += out->title.h;
    /* the themes first; the picks under them, a title and three of up to
     * two lines each (a card's words may take two), of one at least */
    int line = f->font_small * 5 / 4;
    int head_h = line; /* the sides' names over their columns */
    int space = bottom - f->gap - top - head_h;
    int n = themes ? (int)themes : 1;
    int sep = f->gap / 4; /* between two rows */
    /* the charts read from the back of the room: together a quarter of
     * the picture's height at least (at 1280x720 they had 4 x 34 px, 19 %,
     * with bars 18 px high), as long as each pick keeps its line */
    int row_h = layout_max(f->font_body * 8 / 5,
                           (f->h / 4 + n - 1) / n + sep);
    int picks_head = line + f->gap * 3 / 2; /* the picks' title, gaps */
    row_h = layout_min(row_h, (space - picks_head -
                               LAYOUT_MAX_PICKS * line) / n);
    int pick_h = (space - row_h * n - picks_head) / LAYOUT_MAX_PICKS;
    pick_h = layout_max(line, layout_min(pick_h, line * 2 + f->gap / 2));
    int picks_top = bottom - f->gap - LAYOUT_MAX_PICKS * pick_h;
    out->picks_title = layout_make(f->margin, picks_top - line - f->gap / 2,
                                   inner_w, line);
    for (int i = 0; i < LAYOUT_MAX_PICKS; i++)
        out->pick[i] = layout_make(f->margin, picks_top + i * pick_h,
                                   inner_w, pick_h);
    int name_w = inner_w * 24 / 100;
    int gap_w = inner_w * 15 / 100;
    int side_w = (inner_w - name_w - gap_w - 3 * f->gap) / 2;
    int x_side = f->margin + name_w + f->gap;
    for (int s = 0; s < LAYOUT_WORKSHOP_SIDES; s++)
        out->heading[s] = layout_make(x_side + s * (side_w + f->gap), top,
                                      side_w, head_h);
    top += head_h;
    int rows_h = out->picks_title.y - f->gap - top;
    int row = themes ? rows_h / (int)themes : 0;
    out->row_count = themes;
    for (size_t i = 0; i < themes; i++) {
        int y = top + (int)i * row;
        layout_group_row *r = &out->row[i];
        r->name = layout_make(f->margin, y, name_w, row - sep);
        /* "good" in a strip at the panel's right end, wide enough for
         * the word at the smallest text size */
        int pad = f->gap / 4;
        int good_w = layout_min(f->font_small * 3, side_w / 4);
        for (int s = 0; s < LAYOUT_WORKSHOP_SIDES; s++) {
            layout_rect p = layout_make(x_side + s * (side_w + f->gap), y,
                                        side_w, row - sep);
            r->side[s] = p;
            r->good[s] = layout_make(p.x + p.w - pad - good_w, p.y, good_w,
                                     p.h);
            r->bars[s] = layout_make(p.x + pad, p.y + pad,
                                     r->good[s].x - pad - (p.x + pad),
                                     p.h - 2 * pad);
        }
        r->gap = layout_make(x_side + 2 * (side_w + f->gap), y, gap_w,
                             row - sep);
    }
}
