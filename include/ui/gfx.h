/* gfx: the drawing interface the UI draws through: a table of functions
 * (gfx_ops) the platform hands the app when it opens it
 * (game/platform/gfx_sdl.c with SDL; tests/stub/draw_stub.c for scene
 * tests without a window). The UI calls the gfx_* functions below, which
 * go through the app's table, so no call of the UI names the platform and
 * the UI holds no SDL type. Every call
 * takes the app, whose frame (sizes) and dry_draw flag it follows: while
 * warming the caches (a->dry_draw) nothing is drawn. A failure is kept by
 * the platform and told once; the frame goes on. */
#ifndef ALLIANTIESPEL_UI_GFX_H
#define ALLIANTIESPEL_UI_GFX_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "layout.h"

struct app;

/* A colour, 0..255 each, a = 255 opaque. */
typedef struct {
    unsigned char r, g, b, a;
} gfx_color;

typedef enum {
    GFX_ALIGN_LEFT = 0,
    GFX_ALIGN_CENTER = 1,
    GFX_ALIGN_RIGHT = 2
} gfx_align;

/* What a platform provides; the gfx_* functions below call these. */
typedef struct gfx_ops {
    void (*frame_begin)(struct app *a);
    void (*clear)(struct app *a);
    void (*fill)(struct app *a, layout_rect r, gfx_color c);
    void (*round_rect)(struct app *a, layout_rect r, int radius, gfx_color c);
    void (*disc)(struct app *a, layout_rect r, gfx_color c);
    void (*shadow)(struct app *a, layout_rect r, int radius);
    bool (*chip)(struct app *a, layout_rect r, bool face_down);
    bool (*icon)(struct app *a, const char *name, int size, layout_rect r);
    int (*text_fit)(struct app *a, const char *text, int max_size, int min_size, bool bold, int w, int h);
    bool (*text_measure)(struct app *a, const char *text, int size, bool bold, int wrap_width, int *w, int *h);
    bool (*text)(struct app *a, const char *text, int size, bool bold, gfx_color color, layout_rect box, gfx_align align, bool middle, layout_rect *used);
    void (*toggle_fullscreen)(struct app *a);
    bool (*save_png)(struct app *a, char *path, size_t size,
                     error_list *errors);
    /* Hands a file the game wrote to the person, as a download named
     * name of MIME type; false when it cannot. NULL where the person has
     * the game's folder on the computer already (a desktop); set in the
     * browser, whose files live in its storage (web_page.h). */
    bool (*offer_file)(struct app *a, const char *path, const char *name,
                       const char *type);
} gfx_ops;

/* A new frame: the output size taken again (a->out_w, a->out_h, a->frame
 * follow the window) and nothing clipped. */
void gfx_frame_begin(struct app *a);
/* The whole frame covered by the table's felt. */
void gfx_clear(struct app *a);
void gfx_fill(struct app *a, layout_rect r, gfx_color c);
void gfx_round_rect(struct app *a, layout_rect r, int radius, gfx_color c);
void gfx_disc(struct app *a, layout_rect r, gfx_color c);
/* The soft shadow under a shape of r with corners of radius. The shape
 * itself must be drawn opaque over r right after: the middle of the
 * shadow, which it hides, is not drawn. */
void gfx_shadow(struct app *a, layout_rect r, int radius);
/* A chip's rings (face up or down) composed once and drawn over r; false
 * when they cannot be made (the caller then draws them disc by disc). */
bool gfx_chip(struct app *a, layout_rect r, bool face_down);
/* Icon NAME rasterised at size x size pixels, drawn over r (squashed when
 * r is narrower); false when it is missing. */
bool gfx_icon(struct app *a, const char *name, int size, layout_rect r);

/* Texts: lines broken at wrap_width pixels (0: no wrapping). */
/* The largest size from max_size down to min_size at which the text,
 * wrapped at w, fits w x h; min_size when none does. */
int gfx_text_fit(struct app *a, const char *text, int max_size, int min_size,
                 bool bold, int w, int h);
/* Width and height the wrapped text would take. */
bool gfx_text_measure(struct app *a, const char *text, int size, bool bold,
                      int wrap_width, int *w, int *h);
/* Draws the text at size, wrapped at box.w, aligned in box (clipped to
 * it; vertically centred when middle). False when nothing was drawn;
 * else *used is where it went. */
bool gfx_text(struct app *a, const char *text, int size, bool bold,
              gfx_color color, layout_rect box, gfx_align align, bool middle,
              layout_rect *used);

/* F11: full screen on or off (a->fullscreen follows). */
void gfx_toggle_fullscreen(struct app *a);
/* Saves the frame drawn last as a PNG file (mode 0600, written whole or
 * not at all); errors says why not, with the system's errno. */
bool gfx_save_png(struct app *a, char *path, size_t size, error_list *errors);
/* Whether files are handed over as downloads (gfx_ops.offer_file). */
bool gfx_offers_files(const struct app *a);
/* Downloads the file at path under its own name; false when it cannot. */
bool gfx_offer_file(struct app *a, const char *path, const char *type);

#endif
