/* layout: see layout.h. All numbers are designed at 1024x600 (s = 1) and
 * multiplied by s; wide windows get extra room at the sides. */
#include "layout.h"

#include <string.h>

#include "layout_private.h"

int layout_px(const layout_frame *f, float v)
{
    return (int)(v * f->s + 0.5f);
}

layout_rect layout_make(int x, int y, int w, int h)
{
    layout_rect r = {x, y, w < 0 ? 0 : w, h < 0 ? 0 : h};
    return r;
}

int layout_min(int a, int b)
{
    return a < b ? a : b;
}

int layout_max(int a, int b)
{
    return a > b ? a : b;
}

bool layout_contains(layout_rect r, int x, int y)
{
    return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;
}

bool layout_inside(layout_rect inner, layout_rect outer)
{
    return inner.x >= outer.x && inner.y >= outer.y &&
           inner.x + inner.w <= outer.x + outer.w &&
           inner.y + inner.h <= outer.y + outer.h;
}

bool layout_overlap(layout_rect a, layout_rect b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h &&
           b.y < a.y + a.h;
}

layout_rect layout_inset(layout_rect r, int d)
{
    return layout_make(r.x + d, r.y + d, r.w - 2 * d, r.h - 2 * d);
}

layout_rect layout_lerp(layout_rect a, layout_rect b, float t)
{
    if (t < 0.0f)
        t = 0.0f;
    if (t > 1.0f)
        t = 1.0f;
    layout_rect r;
    r.x = a.x + (int)((float)(b.x - a.x) * t);
    r.y = a.y + (int)((float)(b.y - a.y) * t);
    r.w = a.w + (int)((float)(b.w - a.w) * t);
    r.h = a.h + (int)((float)(b.h - a.h) * t);
    return r;
}

void layout_frame_make(int w, int h, layout_frame *f)
{
    memset(f, 0, sizeof *f);
    if (w < 320)
        w = 320;
    if (h < 200)
        h = 200;
    f->w = w;
    f->h = h;
    /* An upright screen (a tablet held up) is designed at 600x1000: its
     * width sets the sizes, and the screens stack what sits side by side
     * on a wide one. */
    f->portrait = h > w;
    float sx = (float)w / (f->portrait ? 600.0f : 1024.0f);
    float sy = (float)h / (f->portrait ? 1000.0f : 600.0f);
    f->s = sx < sy ? sx : sy;
    f->margin = layout_px(f, 24);
    f->gap = layout_px(f, 14);
    f->font_small = layout_px(f, 17);
    f->font_body = layout_px(f, 22);
    f->font_large = layout_px(f, 30);
    f->font_card = layout_px(f, 36);
    f->font_title = layout_px(f, 44);
    f->button_h = layout_px(f, 58);
    f->radius = layout_px(f, 18);
    int bar = layout_px(f, 54);
    f->top_bar = layout_make(0, 0, w, bar);
    int mb_w = layout_px(f, 120);
    f->menu_button = layout_make(w - f->margin - mb_w, layout_px(f, 8), mb_w,
                                 bar - layout_px(f, 16));
    f->progress = layout_make(f->margin, 0, (w - 2 * f->margin - mb_w) / 2,
                              bar);
    f->turn = layout_make(f->progress.x + f->progress.w, 0,
                          f->menu_button.x - f->gap -
                              (f->progress.x + f->progress.w),
                          bar);
    /* a lasting notice (answers not kept) spans the window under the bar:
     * two lines of body text, so a long reason is never cut off */
    f->notice = layout_make(0, bar, w, f->font_body * 3);
}

void layout_frame_notice(layout_frame *f)
{
    if (f->notice_shown)
        return;
    f->notice_shown = true;
    f->top_bar.h += f->notice.h;
}

int layout_button_y(const layout_frame *f)
{
    return f->h - f->margin - f->button_h;
}

void layout_bottom_pair(const layout_frame *f, int lw, int rw,
                        layout_rect *left, layout_rect *right)
{
    int by = layout_button_y(f);
    int inner_w = f->w - 2 * f->margin;
    if (lw + rw + f->gap > inner_w)
        lw = rw = (inner_w - f->gap) / 2;
    *left = layout_make(f->margin, by, lw, f->button_h);
    *right = layout_make(f->w - f->margin - rw, by, rw, f->button_h);
}

/* The place screen's two buttons: skip at the left, the main one at the
 * right, where the hand-over's and the turned card's main buttons lie
 * too. */
static void layout_card_buttons(const layout_frame *f, layout_rect *skip,
                                layout_rect *main_button)
{
    layout_bottom_pair(f, layout_px(f, 280), layout_px(f, 320), skip,
                       main_button);
}

/* The card shown big in the middle of the place and deal screens. */
static layout_rect layout_place_card(const layout_frame *f)
{
    int top = f->top_bar.h + f->gap;
    int cw = layout_min(layout_px(f, 640), f->w - 2 * f->margin);
    int ch = layout_px(f, f->portrait ? 300 : 232);
    return layout_make((f->w - cw) / 2, top, cw, ch);
}

/* A card's inside: the theme's name on top with a "?" at its right that
 * opens the theme's explanation (the name keeps its centre), the text
 * below. */
static void layout_card_inner(const layout_frame *f, layout_rect card,
                              layout_rect *title, layout_rect *text,
                              layout_rect *help)
{
    int pad = layout_px(f, 20);
    int title_h = layout_px(f, 34);
    int y = card.y + layout_px(f, 10);
    *help = layout_make(card.x + card.w - pad / 2 - title_h, y, title_h,
                        title_h);
    int side = pad + title_h;
    *title = layout_make(card.x + side, y, card.w - 2 * side, title_h);
    int ty = title->y + title_h + layout_px(f, 4);
    *text = layout_make(card.x + pad, ty, card.w - 2 * pad,
                        card.y + card.h - pad - ty);
}

void layout_place_make(const layout_frame *f, size_t options,
                       layout_place *out)
{
    memset(out, 0, sizeof *out);
    if (options > LAYOUT_MAX_TOKENS)
        options = LAYOUT_MAX_TOKENS;
    out->card = layout_place_card(f);
    layout_card_inner(f, out->card, &out->card_title, &out->card_text,
                      &out->card_help);

    int by = layout_button_y(f);
    layout_card_buttons(f, &out->skip, &out->place);
    int hint_x = out->skip.x + out->skip.w + f->gap;
    if (out->place.x - f->gap - hint_x >= layout_px(f, 160)) {
        out->hint = layout_make(hint_x, by, out->place.x - f->gap - hint_x,
                                f->button_h);
    } else {
        /* no room between the buttons: the hint goes above them */
        by -= f->font_body * 2 + f->gap / 2;
        out->hint = layout_make(f->margin, by, f->w - 2 * f->margin,
                                f->font_body * 2);
    }

    out->token_count = options;
    if (options == 0)
        return;
    int label_h = layout_px(f, 46); /* two lines of small text */
    int top = out->card.y + out->card.h + f->gap;
    int bottom = by - f->gap;
    int avail_h = bottom - top - label_h - layout_px(f, 4);
    int slot_gap = layout_px(f, 22);
    int avail_w = f->w - 2 * f->margin;
    int n = (int)options;
    int d = (avail_w - (n - 1) * slot_gap) / n;
    d = layout_min(d, layout_px(f, 118));
    d = layout_min(d, avail_h);
    int slot_w = layout_max(d, layout_min(layout_px(f, 150),
                                          (avail_w - (n - 1) * slot_gap) / n));
    int total = n * slot_w + (n - 1) * slot_gap;
    int x0 = (f->w - total) / 2;
    int ty = top + layout_max(0, (avail_h - d) / 2);
    for (int i = 0; i < n; i++) {
        int sx = x0 + i * (slot_w + slot_gap);
        out->token[i] = layout_make(sx + (slot_w - d) / 2, ty, d, d);
        out->label[i] = layout_make(sx, ty + d + layout_px(f, 4), slot_w,
                                    label_h);
    }
}

void layout_handover_make(const layout_frame *f, size_t chips,
                          layout_handover *out)
{
    memset(out, 0, sizeof *out);
    if (chips > LAYOUT_MAX_PLAYERS)
        chips = LAYOUT_MAX_PLAYERS;
    int top = f->top_bar.h + f->gap;
    int by = layout_button_y(f);
    out->panel = layout_make(f->margin, top, f->w - 2 * f->margin,
                             by - f->gap - top);
    int pad = layout_px(f, 24);
    out->title = layout_make(out->panel.x + pad, out->panel.y + pad,
                             out->panel.w - 2 * pad, layout_px(f, 120));
    out->subtitle = layout_make(out->title.x, out->title.y + out->title.h,
                                out->title.w, layout_px(f, 60));
    int d = layout_px(f, 80);
    int cgap = layout_px(f, 18);
    int n = (int)chips;
    /* every chip in one row: smaller when many players share a window */
    if (n > 0)
        d = layout_min(d, (out->panel.w - 2 * pad - (n - 1) * cgap) / n);
    int total = n * d + (n > 0 ? (n - 1) * cgap : 0);
    int cy = out->subtitle.y + out->subtitle.h + layout_px(f, 8);
    for (int i = 0; i < n; i++)
        out->chip[i] = layout_make((f->w - total) / 2 + i * (d + cgap), cy,
                                   d, d);
    out->chip_count = chips;
    /* The main button where every screen of a card has it, bottom right
     * (over the place screen's "place" button: a double tap goes on,
     * never skips); take back and skip in the panel, away from it. */
    layout_rect skip_spot, main_spot;
    layout_card_buttons(f, &skip_spot, &main_spot);
    int gw = layout_max(main_spot.w,
                        layout_min(layout_px(f, 540),
                                   main_spot.x + main_spot.w - skip_spot.x -
                                       skip_spot.w - f->gap));
    out->go = layout_make(f->w - f->margin - gw, main_spot.y, gw,
                          f->button_h);
    int bw = layout_min(layout_px(f, 330),
                        (out->panel.w - 2 * pad - f->gap) / 2);
    int row_y = cy + d + f->gap;
    int row_x = (f->w - 2 * bw - f->gap) / 2;
    out->take_back = layout_make(row_x, row_y, bw, f->button_h);
    out->skip = layout_make(row_x + bw + f->gap, row_y, bw, f->button_h);
}

/* The turned card at the top left, its theme and text inside, the
 * professional's statement at the foot of the text, and the note under
 * the card (the good answer on a negative card). */
static void layout_reveal_card(const layout_frame *f, int top, int left_w,
                               int card_h, int note_h, layout_reveal *out)
{
    out->card = layout_make(f->margin, top, left_w, card_h);
    layout_card_inner(f, out->card, &out->card_title, &out->card_text,
                      &out->card_help);
    /* both statements: the client's big, the professional's below it,
     * smaller, so each sees what the other answered */
    int other_h = out->card_text.h * 34 / 100;
    out->card_other = layout_make(out->card_text.x,
                                  out->card_text.y + out->card_text.h - other_h,
                                  out->card_text.w, other_h);
    out->card_text.h -= other_h + layout_px(f, 4);
    out->note = layout_make(f->margin, out->card.y + card_h + layout_px(f, 8),
                            left_w, note_h);
}

/* The players' tokens in area: one row for up to three players, else two
 * rows (at most four a row); each with the seat's name above and the
 * answer's label below, the rows centred in the area's height and each
 * row in its width. */
static void layout_reveal_tokens(const layout_frame *f, layout_rect area,
                                 size_t players, layout_reveal *out)
{
    int n = (int)players;
    out->player_count = players;
    if (n <= 0)
        return;
    int cols = n <= 3 ? n : (n + 1) / 2;
    if (cols > 4)
        cols = 4;
    int rows = (n + cols - 1) / cols;
    int name_h = layout_px(f, 28);
    int label_h = layout_px(f, 26);
    int cgap = layout_px(f, 14);
    int cell_w = (area.w - (cols - 1) * cgap) / cols;
    int cell_h = (area.h - (rows - 1) * cgap) / rows;
    int d = layout_min(cell_w, cell_h - name_h - label_h - layout_px(f, 8));
    d = layout_min(d, layout_px(f, 150));
    if (d < 8)
        d = 8;
    int block_h = rows * (name_h + d + label_h + layout_px(f, 8)) +
                  (rows - 1) * cgap;
    int y0 = area.y + layout_max(0, (area.h - block_h) / 2);
    for (int i = 0; i < n; i++) {
        int r = i / cols, c = i % cols;
        int in_row = (r == rows - 1) ? n - r * cols : cols;
        int row_w = in_row * cell_w + (in_row - 1) * cgap;
        int cx = area.x + (area.w - row_w) / 2 + c * (cell_w + cgap);
        int cy = y0 + r * (name_h + d + label_h + layout_px(f, 8) + cgap);
        out->name[i] = layout_make(cx, cy, cell_w, name_h);
        out->token[i] = layout_make(cx + (cell_w - d) / 2,
                                    cy + name_h + layout_px(f, 4), d, d);
        out->label[i] = layout_make(cx, out->token[i].y + d + layout_px(f, 4),
                                    cell_w, label_h);
    }
}

/* The badge: the alignment's icon at its left, its words beside it. */
static void layout_reveal_badge(const layout_frame *f, layout_rect badge,
                                layout_reveal *out)
{
    out->badge = badge;
    int pad = layout_px(f, 12);
    int icon = badge.h - 2 * pad;
    out->badge_icon = layout_make(badge.x + pad, badge.y + pad, icon, icon);
    out->badge_text = layout_make(out->badge_icon.x + icon + pad,
                                  badge.y + pad, badge.w - icon - 3 * pad,
                                  badge.h - 2 * pad);
}

/* Mark and next at the bottom, and "only for the talk": between the two
 * where there is room, else on a row of its own above them, and the talk
 * prompt gives way (so this comes after the prompt is laid out). */
static void layout_reveal_buttons(const layout_frame *f, layout_reveal *out)
{
    layout_bottom_pair(f, layout_px(f, 260), layout_px(f, 330), &out->mark,
                       &out->next);
    int mid_x = out->mark.x + out->mark.w + f->gap;
    int mid_w = out->next.x - f->gap - mid_x;
    if (mid_w >= layout_px(f, 240)) {
        out->keep_out = layout_make(mid_x, out->mark.y, mid_w, f->button_h);
    } else {
        int row = f->button_h + f->gap;
        out->keep_out = layout_make(f->margin, out->mark.y - row,
                                    f->w - 2 * f->margin, f->button_h);
        out->talk.h -= row;
        out->talk_without_note.h -= row;
    }
}

void layout_reveal_make(const layout_frame *f, size_t players,
                        layout_reveal *out)
{
    memset(out, 0, sizeof *out);
    if (players > LAYOUT_MAX_PLAYERS)
        players = LAYOUT_MAX_PLAYERS;
    int top = f->top_bar.h + f->gap;
    int by = layout_button_y(f);
    int inner_w = f->w - 2 * f->margin;
    int avail = by - f->gap - top;
    int badge_h = layout_px(f, 76);
    int note_h = layout_px(f, 40);
    /* Wide: the card, a note and the talk prompt on the left; the tokens
     * and the badge on the right. Upright: all of it in one column. */
    int left_w = f->portrait ? inner_w : inner_w * 54 / 100;
    int card_h = avail * (f->portrait ? 30 : 58) / 100;
    layout_rect tokens, badge;
    if (f->portrait) {
        int ty0 = top + card_h + note_h + layout_px(f, 14);
        int tokens_h = avail * 27 / 100;
        tokens = layout_make(f->margin, ty0, inner_w, tokens_h);
        badge = layout_make(f->margin, ty0 + tokens_h + f->gap, inner_w,
                            badge_h);
    } else {
        int right_x = f->margin + left_w + f->gap * 2;
        tokens = layout_make(right_x, top, f->w - f->margin - right_x,
                             avail - badge_h - f->gap);
        badge = layout_make(right_x, by - f->gap - badge_h, tokens.w,
                            badge_h);
    }
    layout_reveal_card(f, top, left_w, card_h, note_h, out);
    int ty = f->portrait ? badge.y + badge.h + f->gap
                         : out->note.y + note_h + layout_px(f, 6);
    out->talk = layout_make(f->margin, ty, left_w, by - f->gap - ty);
    /* wide: without the note the prompt takes its place too */
    out->talk_without_note = out->talk;
    if (!f->portrait) {
        out->talk_without_note.y = out->note.y;
        out->talk_without_note.h += out->talk.y - out->note.y;
    }
    layout_reveal_tokens(f, tokens, players, out);
    layout_reveal_badge(f, badge, out);
    layout_reveal_buttons(f, out);
}

void layout_start_make(const layout_frame *f, layout_start *out)
{
    memset(out, 0, sizeof *out);
    int inner_w = f->w - 2 * f->margin;
    /* a lasting notice (no trace, a folder not private) takes the
     * title's place rather than push the rows from under a finger that
     * just chose "nowhere" */
    int top = layout_px(f, 16);
    out->title = layout_make(f->margin, top, inner_w, layout_px(f, 56));
    if (layout_overlap(out->title, f->menu_button)) {
        /* clear of the menu button, and still centred */
        int side = f->menu_button.w + f->gap;
        out->title = layout_make(f->margin + side, top, inner_w - 2 * side,
                                 out->title.h);
    }
    out->subtitle = layout_make(f->margin, out->title.y + out->title.h,
                                inner_w, layout_px(f, 30));
    out->notice = layout_make(out->title.x, top, out->title.w,
                              out->subtitle.y + out->subtitle.h - top);
    int rw = layout_min(layout_px(f, 860), inner_w);
    int rx = (f->w - rw) / 2;
    int rh = layout_px(f, 54);
    int y = out->subtitle.y + out->subtitle.h + layout_px(f, 12);
    int label_w = rw * 32 / 100;
    int arrow = rh;
    for (int i = 0; i < LAYOUT_START_ROWS; i++) {
        layout_start_row *r = &out->row[i];
        r->label = layout_make(rx, y, label_w, rh);
        r->prev = layout_make(rx + label_w, y, arrow, rh);
        r->next = layout_make(rx + rw - arrow, y, arrow, rh);
        r->value = layout_make(r->prev.x + arrow + layout_px(f, 8), y,
                               r->next.x - layout_px(f, 8) -
                                   (r->prev.x + arrow + layout_px(f, 8)),
                               rh);
        y += rh + layout_px(f, 8);
        if (i == 0) {
            out->description = layout_make(r->value.x, y - layout_px(f, 8),
                                           r->value.w, layout_px(f, 26));
            y += layout_px(f, 22);
        }
    }
    int by = layout_button_y(f);
    layout_bottom_pair(f, layout_px(f, 300), layout_px(f, 300), &out->choose,
                       &out->start);
    /* a family's people, by role, under the people row */
    const layout_start_row *people = &out->row[LAYOUT_START_ROWS - 1];
    int seats_h = layout_px(f, 40);
    for (int i = 0; i < LAYOUT_MAX_SEAT_CHIPS; i++) {
        int cw = (people->value.w + 2 * people->prev.w -
                  (LAYOUT_MAX_SEAT_CHIPS - 1) * layout_px(f, 8)) /
                 LAYOUT_MAX_SEAT_CHIPS;
        out->seat[i] = layout_make(people->prev.x + i * (cw + layout_px(f, 8)),
                                   y - layout_px(f, 4), cw, seats_h);
    }
    out->message_high = layout_make(f->margin, y - layout_px(f, 4), inner_w,
                                    layout_max(0, by - f->gap - y +
                                                      layout_px(f, 4)));
    y += seats_h + layout_px(f, 4);
    out->message = layout_make(f->margin, y, inner_w,
                               layout_max(0, by - f->gap - y));
}

void layout_pick_make(const layout_frame *f, layout_pick *out)
{
    memset(out, 0, sizeof *out);
    int inner_w = f->w - 2 * f->margin;
    /* the title, and at its right which keys do what */
    int title_w = inner_w * 56 / 100;
    out->title = layout_make(f->margin, f->top_bar.h, title_w,
                             layout_px(f, 40));
    out->keys = layout_make(f->margin + title_w + f->gap, f->top_bar.h,
                            inner_w - title_w - f->gap, layout_px(f, 40));
    int by = layout_button_y(f);
    int top = out->title.y + out->title.h + layout_px(f, 6);
    int item_h = layout_px(f, 44);
    int cols = f->w * 600 >= f->h * 1400 ? 3 : 2;
    int col_gap = f->gap;
    int col_w = (inner_w - (cols - 1) * col_gap) / cols;
    int rows = (by - f->gap - top) / item_h;
    if (rows < 1)
        rows = 1;
    size_t per = (size_t)rows * (size_t)cols;
    if (per > LAYOUT_MAX_PICK)
        per = LAYOUT_MAX_PICK;
    out->per_page = per;
    for (size_t i = 0; i < per; i++) {
        int c = (int)i / rows, r = (int)i % rows;
        out->item[i] = layout_make(f->margin + c * (col_w + col_gap),
                                   top + r * item_h, col_w,
                                   item_h - layout_px(f, 4));
    }
    int bw = layout_px(f, 190);
    out->prev = layout_make(f->margin, by, bw, f->button_h);
    out->next = layout_make(f->margin + bw + f->gap, by, bw, f->button_h);
    out->page = layout_make(out->next.x + bw + f->gap, by, layout_px(f, 160),
                            f->button_h);
    int dw = layout_px(f, 220);
    out->done = layout_make(f->w - f->margin - dw, by, dw, f->button_h);
}

void layout_deal_make(const layout_frame *f, layout_deal *out)
{
    memset(out, 0, sizeof *out);
    out->card = layout_place_card(f);
    int pw = out->card.w * 30 / 100;
    int ph = out->card.h * 70 / 100;
    out->pile = layout_make(f->margin, f->h - f->margin - ph - f->button_h / 2,
                            pw, ph);
}

void layout_menu_make(const layout_frame *f, layout_menu *out)
{
    memset(out, 0, sizeof *out);
    out->shade = layout_make(0, 0, f->w, f->h);
    int pw = layout_min(layout_px(f, 460), f->w - 2 * f->margin);
    int ih = f->button_h;
    int pad = layout_px(f, 24);
    int title_h = layout_px(f, 56);
    int ph = pad + title_h + LAYOUT_MENU_ITEMS * (ih + f->gap) + pad;
    ph = layout_min(ph, f->h - 2 * f->margin);
    out->panel = layout_make((f->w - pw) / 2, (f->h - ph) / 2, pw, ph);
    out->title = layout_make(out->panel.x + pad, out->panel.y + pad,
                             pw - 2 * pad, title_h);
    for (int i = 0; i < LAYOUT_MENU_ITEMS; i++)
        out->item[i] = layout_make(out->panel.x + pad,
                                   out->title.y + title_h +
                                       i * (ih + f->gap),
                                   pw - 2 * pad, ih);
}
