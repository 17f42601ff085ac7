/* draw: see draw.h. The game's look composed from the drawing interface
 * (gfx.h); no SDL here. */
#include "draw.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "speak.h"

void draw_mark(const app *a, gfx_mark_kind kind, layout_rect rect,
               layout_rect container)
{
    gfx_mark m = {kind, rect, container, NULL, 0, false};
    gfx_record(a->gfx, &m);
}

void draw_shadow(const app *a, layout_rect r, int radius)
{
    gfx_shadow(a->gfx, r, radius, (int)(a->frame.s * 7.0f) + 2,
               (int)(a->frame.s * 5.0f) + 1);
}

uint32_t draw_felt_rgb(void)
{
    gfx_color c = DRAW_FELT;
    return ((uint32_t)c.r << 16) | ((uint32_t)c.g << 8) | (uint32_t)c.b;
}

/* The chips' rings, as draw_token draws them at any size (draw.h). */
int draw_chip_face_inset(int w) { return w / 16 + 1; }
int draw_chip_back_rim(int w) { return w / 12 + 1; }
int draw_chip_back_red_ring(int w) { return w / 6; }

void draw_card(const app *a, layout_rect r, bool face_up)
{
    int radius = a->frame.radius;
    draw_shadow(a, r, radius);
    draw_mark(a, GFX_MARK_CARD, r, r);
    if (face_up) {
        gfx_round_rect(a->gfx, r, radius, DRAW_PAPER_EDGE);
        gfx_round_rect(a->gfx, layout_inset(r, 2), radius - 2, DRAW_PAPER);
        return;
    }
    gfx_round_rect(a->gfx, r, radius, DRAW_CREAM);
    int b = (r.w < r.h ? r.w : r.h) / 14 + 2;
    layout_rect inner = layout_inset(r, b);
    gfx_round_rect(a->gfx, inner, radius - b / 2, DRAW_BACK);
    /* a calm pattern: rows of small light dots */
    int step = inner.w / 7 + 1;
    int dot = step / 4 + 1;
    gfx_color c = {255, 235, 210, 60};
    for (int y = inner.y + step / 2; y + dot < inner.y + inner.h; y += step)
        for (int x = inner.x + step / 2; x + dot < inner.x + inner.w;
             x += step)
            gfx_disc(a->gfx, (layout_rect){x - dot / 2, y - dot / 2, dot, dot},
                      c);
    int lw = inner.w / 2;
    if (lw > inner.h / 2)
        lw = inner.h / 2;
    draw_icon(a, "logo", (layout_rect){inner.x + (inner.w - lw) / 2,
                                       inner.y + (inner.h - lw) / 2, lw, lw});
}

static bool draw_text_fits(const app *a, const char *text, int size, bool bold,
                           layout_rect box)
{
    int w = 0, h = 0;
    return gfx_text_measure(a->gfx, text, size, bold, box.w, &w, &h) &&
           w <= box.w && h <= box.h;
}

/* The text as it can be shown whole in box at size: itself, or, where
 * even the least size does not fit, its longest start that fits with
 * "…" after it, cut between words where one ends in its last third.
 * Never a text cut off by the box's edge without a sign. */
static const char *draw_text_shortened(const app *a, const char *text, int size,
                                       bool bold, layout_rect box, char *buf,
                                       size_t cap)
{
    static const char more[] = "\u2026";
    if (draw_text_fits(a, text, size, bold, box))
        return text;
    size_t len = strlen(text);
    if (len + sizeof more > cap)
        len = cap - sizeof more;
    size_t lo = 0, hi = len; /* the longest start known to fit: lo */
    while (lo < hi) {
        size_t n = (lo + hi + 1) / 2;
        while (n > lo && ((unsigned char)text[n] & 0xC0) == 0x80)
            n--; /* never inside a character */
        if (n == lo)
            break; /* no whole character between lo and hi */
        snprintf(buf, cap, "%.*s%s", (int)n, text, more);
        if (draw_text_fits(a, buf, size, bold, box))
            lo = n;
        else
            hi = n - 1;
    }
    if (lo == 0)
        return text; /* not even "…" fits: the layout's fault, a test's */
    size_t n = lo;
    for (size_t i = lo; i > lo * 2 / 3; i--)
        if (text[i - 1] == ' ') {
            n = i - 1;
            break;
        }
    while (n > 0 && (text[n - 1] == ' ' || text[n - 1] == ',' ||
                     text[n - 1] == ':'))
        n--;
    snprintf(buf, cap, "%.*s%s", (int)n, text, more);
    return buf;
}

layout_rect draw_text(const app *a, const char *text, layout_rect box, int size,
                      bool bold, gfx_color color, gfx_align align,
                      bool middle)
{
    layout_rect used = {box.x, box.y, 0, 0};
    if (text == NULL || text[0] == '\0' || box.w <= 0 || box.h <= 0)
        return used;
    int min = layout_min_text(&a->frame, size);
    size = layout_text_size(&a->frame, size);
    int fit = gfx_text_fit(a->gfx, text, size, min, bold, box.w, box.h);
    char shortened[2048];
    text = draw_text_shortened(a, text, fit, bold, box, shortened,
                               sizeof shortened);
    if (!gfx_text(a->gfx, text, fit, bold, color, box, align, middle, &used))
        return used;
    gfx_mark m = {GFX_MARK_TEXT, used, box, text, fit, bold};
    gfx_record(a->gfx, &m);
    return used;
}

layout_rect draw_good_end(const app *a, layout_rect r, int size, gfx_color color,
                          gfx_align align)
{
    return draw_text(a, _("good"), r, size, true, color, align, true);
}

void draw_button(const app *a, layout_rect r, const char *label, const char *key,
                 bool primary, bool focused)
{
    int radius = r.h / 3;
    draw_shadow(a, r, radius);
    draw_mark(a, GFX_MARK_BUTTON, r, r);
    if (focused)
        gfx_round_rect(a->gfx, layout_inset(r, -(int)(a->frame.s * 4) - 1),
                        radius + 4, DRAW_GOLD);
    gfx_round_rect(a->gfx, r, radius, primary ? DRAW_PRIMARY : DRAW_BUTTON);
    int pad = r.h / 4;
    layout_rect text = {r.x + pad, r.y + 2, r.w - 2 * pad, r.h - 4};
    /* after a tap the key means nothing to the finger: the label gets
     * the room */
    /* measured at the size draw_text will draw it */
    int ks = layout_text_size(&a->frame, a->frame.font_small * 8 / 10);
    int tw = 0, th = 0;
    int kh = r.h / 2;
    bool keyed = key != NULL && key[0] != '\0' && !a->pointer_input &&
                 gfx_text_measure(a->gfx, key, ks, false, 0, &tw, &th);
    int kw = tw + kh * 2 / 3 > kh ? tw + kh * 2 / 3 : kh;
    /* a narrow button keeps its room for the label: the key is a help,
     * the label is what it does */
    if (keyed && kw > text.w / 2)
        keyed = false;
    if (keyed) {
        layout_rect kr = {r.x + r.w - pad - kw, r.y + (r.h - kh) / 2, kw, kh};
        gfx_color kc = {0, 0, 0, 28};
        gfx_round_rect(a->gfx, kr, kh / 4, kc);
        draw_text(a, key, kr, ks, false, DRAW_INK_SOFT, GFX_ALIGN_CENTER, true);
        text.w = kr.x - pad / 2 - text.x;
    }
    draw_text(a, label, text, a->frame.font_body * 9 / 10, true, DRAW_INK,
              GFX_ALIGN_CENTER, true);
}

/* A rectangle of a round token laid out whole, squashed towards the
 * token's centre line cx by k: a token turning over is drawn narrower.
 * With k = 1 the rectangle is unchanged. */
static layout_rect draw_squash(layout_rect r, float cx, float k)
{
    if (k >= 1.0f)
        return r;
    float centre = cx + ((float)r.x + (float)r.w / 2.0f - cx) * k;
    int w = (int)((float)r.w * k + 0.5f);
    if (w < 1)
        w = 1;
    return (layout_rect){(int)(centre - (float)w / 2.0f + 0.5f), r.y, w, r.h};
}

/* The icon fitted to r, then squashed like the token it is on: it keeps
 * the size it has on the whole token, so it is rasterised once and turns
 * with the chip instead of shrinking. */
static bool draw_icon_squashed(const app *a, const char *name, layout_rect r,
                               float cx, float k)
{
    if (r.w <= 0 || r.h <= 0)
        return false;
    int size = r.w < r.h ? r.w : r.h;
    layout_rect square = {r.x + (r.w - size) / 2, r.y + (r.h - size) / 2,
                          size, size};
    if (!gfx_icon(a->gfx, name, size, draw_squash(square, cx, k)))
        return false;
    draw_mark(a, GFX_MARK_ICON, r, r);
    return true;
}

bool draw_icon(const app *a, const char *name, layout_rect r)
{
    return draw_icon_squashed(a, name, r, 0.0f, 1.0f);
}

void draw_token(const app *a, layout_rect r, const deck *d, size_t option,
                bool selected, bool face_down)
{
    draw_mark(a, GFX_MARK_TOKEN, r, r);
    /* A token narrower than it is tall is turning over: it is laid out
     * whole (full) and every part squashed the same way. */
    layout_rect full = r;
    if (r.w < r.h) {
        full.w = r.h;
        full.x = r.x + (r.w - r.h) / 2;
    }
    float k = (float)r.w / (float)full.w;
    float cx = (float)full.x + (float)full.w / 2.0f;
    int drop = full.w / 24 + 1;
    gfx_disc(a->gfx,
              draw_squash((layout_rect){full.x + drop / 2, full.y + drop * 2,
                                        full.w, full.h},
                          cx, k),
              (gfx_color){8, 20, 14, 70});
    if (selected) {
        int g = full.w / 14 + 2;
        gfx_disc(a->gfx, draw_squash(layout_inset(full, -g), cx, k), DRAW_GOLD);
    }
    layout_rect whole = draw_squash(full, cx, k);
    if (face_down) {
        layout_rect in = layout_inset(full, draw_chip_back_rim(full.w));
        layout_rect middle = layout_inset(in, draw_chip_back_red_ring(in.w));
        if (!gfx_chip(a->gfx, whole, true)) {
            gfx_disc(a->gfx, draw_squash(full, cx, k), DRAW_CREAM);
            gfx_disc(a->gfx, draw_squash(in, cx, k), DRAW_BACK);
            gfx_disc(a->gfx, draw_squash(middle, cx, k),
                      (gfx_color){255, 235, 210, 50});
        }
        int lw = middle.w * 7 / 10;
        draw_icon_squashed(a, "logo",
                           (layout_rect){middle.x + (middle.w - lw) / 2,
                                         middle.y + (middle.h - lw) / 2, lw,
                                         lw},
                           cx, k);
        return;
    }
    layout_rect face = layout_inset(full, draw_chip_face_inset(full.w));
    if (!gfx_chip(a->gfx, whole, false)) {
        gfx_disc(a->gfx, draw_squash(full, cx, k), DRAW_PAPER_EDGE);
        gfx_disc(a->gfx, draw_squash(face, cx, k), DRAW_PAPER);
    }
    layout_rect icon = layout_inset(face, face.w / 7);
    const char *name = (d && option < d->option_count) ? d->options[option].icon
                                                        : NULL;
    if ((name == NULL || !draw_icon_squashed(a, name, icon, cx, k)) &&
        k >= 1.0f) {
        /* the number shows once the token lies flat */
        char num[16];
        int value = (d && option < d->option_count) ? d->options[option].value
                                                     : (int)option + 1;
        snprintf(num, sizeof num, "%d", value);
        draw_text(a, num, icon, icon.h * 7 / 10, true, DRAW_INK,
                  GFX_ALIGN_CENTER, true);
    }
}

/* One line of text, made smaller until it fits the box's width. */
static void draw_text_line(const app *a, const char *text, layout_rect box,
                           int size, bool bold, gfx_color color,
                           gfx_align align)
{
    if (text == NULL || text[0] == '\0' || box.w <= 0)
        return;
    int tw = 0, th = 0;
    if (gfx_text_measure(a->gfx, text, size, bold, 0, &tw, &th) &&
        tw > box.w && tw > 0) {
        size = (int)((long)size * box.w / tw);
        if (size < 6)
            size = 6;
    }
    draw_text(a, text, box, size, bold, color, align, true);
}

/* Read-aloud's button (speak.h): a speaker, its word where there is
 * room, and its key; a gold edge while it reads. */
static void draw_speaker(const app *a)
{
    const layout_frame *f = &a->frame;
    layout_rect r = speak_button(&a->frame);
    int radius = r.h / 3;
    if (speak_speaking(a)) {
        gfx_round_rect(a->gfx, layout_inset(r, -(int)(f->s * 3) - 1), radius + 3,
                       DRAW_GOLD);
        gfx_round_rect(a->gfx, r, radius, DRAW_FELT_DARK);
    } else {
        gfx_round_rect(a->gfx, r, radius, (gfx_color){255, 255, 255, 40});
    }
    draw_mark(a, GFX_MARK_BUTTON, r, r);
    int pad = r.h / 5;
    int side = r.h - 2 * pad;
    layout_rect icon = {r.x + pad, r.y + pad, side, side};
    if (f->portrait)
        icon.x = r.x + (r.w - side) / 2; /* the icon alone, upright */
    bool drawn = draw_icon(a, "speaker", icon);
    if (f->portrait && drawn)
        return;
    int kh = r.h * 11 / 20;
    layout_rect key = {r.x + r.w - pad - kh, r.y + (r.h - kh) / 2, kh, kh};
    if (!f->portrait) {
        gfx_round_rect(a->gfx, key, kh / 4, (gfx_color){255, 255, 255, 46});
        draw_text(a, "L", key, f->font_small * 8 / 10, true, DRAW_CREAM,
                  GFX_ALIGN_CENTER, true);
    } else {
        key.x = r.x + r.w - pad;
    }
    int x = drawn ? icon.x + icon.w + pad / 2 : r.x + pad;
    draw_text(a, _("Read aloud"),
              (layout_rect){x, r.y + 2, key.x - pad / 2 - x, r.h - 4},
              f->font_small, true, DRAW_CREAM, GFX_ALIGN_CENTER, true);
}

gfx_color draw_ground_ink(const app *a)
{
    return a->frame.paper ? DRAW_INK : DRAW_CREAM;
}

gfx_color draw_ground_heading(const app *a)
{
    return a->frame.paper ? DRAW_INK : DRAW_GOLD;
}

void draw_title_bar(const app *a, const char *left, const char *right)
{
    const layout_frame *f = &a->frame;
    if (f->paper)
        /* on paper a rule under the words, no band of ink */
        gfx_fill(a->gfx, (layout_rect){f->margin, f->top_bar.y + f->top_bar.h - 3,
                                       f->w - 2 * f->margin, 3},
                 DRAW_INK);
    else
        gfx_fill(a->gfx, f->top_bar, (gfx_color){12, 36, 27, 90});
    draw_text_line(a, left, f->progress, f->font_body, true,
                   draw_ground_ink(a), GFX_ALIGN_LEFT);
    layout_rect turn = f->turn;
    turn.w = f->menu_button.x + f->menu_button.w - turn.x;
    draw_text_line(a, right, turn, f->font_body, false, draw_ground_ink(a),
                   GFX_ALIGN_RIGHT);
}

void draw_top_bar(const app *a, const char *left, const char *right)
{
    const layout_frame *f = &a->frame;
    if (left != NULL || right != NULL)
        gfx_fill(a->gfx, f->top_bar, (gfx_color){12, 36, 27, 90});
    draw_text_line(a, left, f->progress, f->font_body, true, DRAW_CREAM,
                   GFX_ALIGN_LEFT);
    layout_rect turn = f->turn;
    if (speak_shown()) {
        /* the speaker button sits between whose turn and the menu */
        turn.w = speak_button(&a->frame).x - f->gap - turn.x;
        draw_speaker(a);
    }
    draw_text_line(a, right, turn, f->font_body, false, DRAW_CREAM,
                   GFX_ALIGN_RIGHT);
    layout_rect m = f->menu_button;
    gfx_round_rect(a->gfx, m, m.h / 3, (gfx_color){255, 255, 255, 40});
    draw_text(a, _("Menu"), layout_inset(m, 4), f->font_small, true,
              DRAW_CREAM, GFX_ALIGN_CENTER, true);
    draw_mark(a, GFX_MARK_BUTTON, m, m);
}

void draw_shade(const app *a, unsigned char alpha)
{
    gfx_fill(a->gfx, (layout_rect){0, 0, a->out_w, a->out_h},
              (gfx_color){10, 20, 16, alpha});
}

void draw_help_button(const app *a, layout_rect r, bool focused)
{
    if (focused)
        gfx_disc(a->gfx, layout_inset(r, -(r.h / 8 + 2)), DRAW_GOLD);
    gfx_disc(a->gfx, r, DRAW_FELT);
    draw_text(a, "?", r, r.h * 7 / 10, true, DRAW_CREAM, GFX_ALIGN_CENTER,
              true);
    draw_mark(a, GFX_MARK_BUTTON, r, r);
}

void draw_banner(const app *a, layout_rect r, const char *text, bool failure)
{
    draw_banner_beside(a, r, text, failure, 0);
}

void draw_banner_beside(const app *a, layout_rect r, const char *text,
                        bool failure, int room)
{
    gfx_fill(a->gfx, r, failure ? (gfx_color){128, 24, 24, 255}
                            : (gfx_color){16, 52, 40, 255});
    int pad = a->frame.margin;
    layout_rect box = {r.x + pad, r.y + r.h / 10, r.w - 2 * pad - room,
                       r.h - r.h / 5};
    draw_text(a, text, box, r.h * 3 / 10, true, DRAW_CREAM, GFX_ALIGN_LEFT,
              true);
}

void draw_format(char *out, size_t size, const char *tmpl, const char *a1,
                 const char *a2)
{
    i18n_format(out, size, tmpl, a1, a2); /* one way to fill a template */
}
