/* draw_stub: see draw_stub.h. */
#include "draw_stub.h"

#include <stdio.h>
#include <string.h>

#include "gfx.h"

draw_stub_log draw_stub;

void draw_stub_reset(void)
{
    memset(&draw_stub, 0, sizeof draw_stub);
}

/* Counts a call and notes a rectangle that leaves the window. */
static void draw_stub_note(const gfx *g, layout_rect r, const char *what)
{
    draw_stub.calls++;
    if (r.w <= 0 || r.h <= 0 || gfx_dry(g))
        return;
    if (r.x < 0 || r.y < 0 || r.x + r.w > draw_stub.out_w ||
        r.y + r.h > draw_stub.out_h) {
        draw_stub.outside++;
        snprintf(draw_stub.last_outside, sizeof draw_stub.last_outside,
                 "%s at %d,%d %dx%d", what, r.x, r.y, r.w, r.h);
    }
}

/* The window keeps the size the app has (the test sets it). */
static void stub_gfx_frame_begin(gfx *g, int *w, int *h)
{
    (void)g;
    draw_stub.calls++;
    draw_stub.out_w = *w;
    draw_stub.out_h = *h;
}

static void stub_gfx_clear(gfx *g)
{
    draw_stub_note(g, (layout_rect){0, 0, draw_stub.out_w, draw_stub.out_h},
                   "clear");
}

static void stub_gfx_fill(gfx *g, layout_rect r, gfx_color c)
{
    (void)c;
    draw_stub_note(g, r, "fill");
}

static void stub_gfx_round_rect(gfx *g, layout_rect r, int radius, gfx_color c)
{
    (void)radius;
    (void)c;
    draw_stub_note(g, r, "round rect");
}

static void stub_gfx_disc(gfx *g, layout_rect r, gfx_color c)
{
    (void)c;
    /* a chip's drop shadow and focus ring may reach past its box */
    draw_stub.calls++;
    (void)r;
    (void)g;
}

static void stub_gfx_shadow(gfx *g, layout_rect r, int radius, int spread,
                            int drop)
{
    (void)g;
    (void)r;
    (void)radius;
    (void)spread;
    (void)drop;
    draw_stub.calls++;
}

static bool stub_gfx_chip(gfx *g, layout_rect r, bool face_down)
{
    (void)face_down;
    draw_stub_note(g, r, "chip");
    return true;
}

static bool stub_gfx_icon(gfx *g, const char *name, int size, layout_rect r)
{
    (void)name;
    (void)size;
    draw_stub_note(g, r, "icon");
    return true;
}

/* Characters, not bytes: a UTF-8 continuation byte adds no width. */
static int draw_stub_chars(const char *text, size_t len)
{
    int n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)text[i] & 0xC0) != 0x80;
    return n;
}

static bool stub_gfx_text_measure(gfx *g, const char *text, int size, bool bold,
                      int wrap_width, int *w, int *h)
{
    (void)g;
    (void)bold;
    int cw = size / 2 > 0 ? size / 2 : 1;
    int chars = draw_stub_chars(text, strlen(text));
    int per_line = wrap_width > 0 ? wrap_width / cw : chars;
    if (per_line < 1)
        per_line = 1;
    int lines = chars == 0 ? 0 : (chars + per_line - 1) / per_line;
    *w = (chars < per_line ? chars : per_line) * cw;
    *h = lines * size * 6 / 5;
    return true;
}

static int stub_gfx_text_fit(gfx *g, const char *text, int max_size, int min_size,
                 bool bold, int w, int h)
{
    for (int size = max_size; size > min_size; size--) {
        int tw = 0, th = 0;
        stub_gfx_text_measure(g, text, size, bold, w, &tw, &th);
        if (tw <= w && th <= h)
            return size;
    }
    return min_size;
}

static bool stub_gfx_text(gfx *g, const char *text, int size, bool bold, gfx_color color,
              layout_rect box, gfx_align align, bool middle, layout_rect *used)
{
    (void)color;
    int w = 0, h = 0;
    stub_gfx_text_measure(g, text, size, bold, box.w, &w, &h);
    if (w == 0 || h == 0)
        return false;
    w = w > box.w ? box.w : w; /* clipped to its box, as SDL's is */
    h = h > box.h ? box.h : h;
    int x = align == GFX_ALIGN_CENTER  ? box.x + (box.w - w) / 2
            : align == GFX_ALIGN_RIGHT ? box.x + box.w - w
                                       : box.x;
    int y = middle ? box.y + (box.h - h) / 2 : box.y;
    *used = (layout_rect){x, y, w, h};
    draw_stub.texts++;
    draw_stub_note(g, *used, text);
    return true;
}

static bool stub_gfx_set_fullscreen(gfx *g, bool on)
{
    (void)g;
    draw_stub.fullscreen_asked = true;
    return on;
}

static bool stub_gfx_save_png(gfx *g, char *path, size_t size,
                              error_list *errors)
{
    (void)g;
    (void)path;
    (void)size;
    (void)errors;
    draw_stub.pngs_saved++;
    return true;
}

const gfx_ops gfx_stub_ops = {
    stub_gfx_frame_begin, stub_gfx_clear, stub_gfx_fill,
    stub_gfx_round_rect, stub_gfx_disc, stub_gfx_shadow, stub_gfx_chip,
    stub_gfx_icon, stub_gfx_text_fit, stub_gfx_text_measure, stub_gfx_text,
    stub_gfx_set_fullscreen, stub_gfx_save_png,
    NULL, /* files stay in the folder, as on a desktop */
};
