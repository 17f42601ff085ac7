/* gfx: the drawing interface, Tatham-style: the UI draws through an
 * opaque handle (gfx *) that the platform makes with its table of
 * functions (gfx_ops; game/platform/gfx_sdl.c with SDL,
 * tests/stub/draw_stub.c for scene tests without a window). No call of the
 * UI names the platform and the UI holds no SDL type; drawing reads the
 * app and writes only through the handle. While the handle is dry
 * (warming the platform's caches ahead of a screen) nothing is drawn or
 * recorded. A failure is kept by the platform and told once; the frame
 * goes on. A recorder (tests) is told what is drawn by meaning: a text
 * and its words, a card, a button, ... */
#ifndef ALLIANTIESPEL_UI_GFX_H
#define ALLIANTIESPEL_UI_GFX_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "layout.h"

/* A colour, 0..255 each, a = 255 opaque. */
typedef struct {
    unsigned char r, g, b, a;
} gfx_color;

typedef enum {
    GFX_ALIGN_LEFT = 0,
    GFX_ALIGN_CENTER = 1,
    GFX_ALIGN_RIGHT = 2
} gfx_align;

typedef struct gfx gfx;

/* What is drawn, by meaning, for a recorder (tests). */
typedef enum {
    GFX_MARK_TEXT,
    GFX_MARK_CARD,
    GFX_MARK_TOKEN,
    GFX_MARK_BUTTON,
    GFX_MARK_ICON,
    GFX_MARK_MARKER    /* what a chart places along its scale: a player's
                          marker on the board, a side's mean on the
                          history's chart, a bar of people on the
                          workshop's board or its turned card (its
                          container: the scale) */
} gfx_mark_kind;

typedef struct {
    gfx_mark_kind kind;
    layout_rect rect;      /* what was drawn */
    layout_rect container; /* where it had to fit (text: its box) */
    const char *text;      /* a text's words as drawn, else NULL */
    int size;              /* a text's size as drawn (its capitals are
                              LAYOUT_CAP_HEIGHT of it) */
    bool bold;             /* ... and its weight */
} gfx_mark;

/* Told what each frame draws (tests; see tests/stub/trace.h). */
typedef struct {
    void (*frame)(void *data);                 /* a new frame begins */
    void (*mark)(void *data, const gfx_mark *m);
    void *data;
} gfx_recorder;

/* What a platform provides; the gfx_* functions below call these. Each
 * takes the handle; the platform finds its own state with gfx_owner. */
typedef struct gfx_ops {
    void (*frame_begin)(gfx *g, int *w, int *h);
    void (*clear)(gfx *g);
    void (*fill)(gfx *g, layout_rect r, gfx_color c);
    void (*round_rect)(gfx *g, layout_rect r, int radius, gfx_color c);
    void (*disc)(gfx *g, layout_rect r, gfx_color c);
    void (*shadow)(gfx *g, layout_rect r, int radius, int spread, int drop);
    bool (*chip)(gfx *g, layout_rect r, bool face_down);
    bool (*icon)(gfx *g, const char *name, int size, layout_rect r);
    int (*text_fit)(gfx *g, const char *text, int max_size, int min_size,
                    bool bold, int w, int h);
    bool (*text_measure)(gfx *g, const char *text, int size, bool bold,
                         int wrap_width, int *w, int *h);
    bool (*text)(gfx *g, const char *text, int size, bool bold,
                 gfx_color color, layout_rect box, gfx_align align,
                 bool middle, layout_rect *used);
    bool (*set_fullscreen)(gfx *g, bool on);
    bool (*save_png)(gfx *g, char *path, size_t size, error_list *errors);
    /* Hands a file the game wrote to the person, as a download named
     * name of MIME type; false when it cannot. NULL where the person has
     * the game's folder on the computer already (a desktop); set in the
     * browser, whose files live in its storage (web_page.h). */
    bool (*offer_file)(gfx *g, const char *path, const char *name,
                       const char *type);
} gfx_ops;

/* A handle drawing with ops for owner (the platform's state, or NULL);
 * NULL when out of memory. */
gfx *gfx_new(const gfx_ops *ops, void *owner);
void gfx_free(gfx *g);
/* What gfx_new was given: for the platform's functions only. */
void *gfx_owner(const gfx *g);
/* Warming caches: while dry, nothing is drawn or recorded. */
void gfx_set_dry(gfx *g, bool dry);
bool gfx_dry(const gfx *g);
/* Who is told what is drawn (NULL: nobody). */
void gfx_set_recorder(gfx *g, const gfx_recorder *recorder);
/* Tells the recorder, if any and not dry. */
void gfx_record(gfx *g, const gfx_mark *m);

/* A new frame: nothing clipped. *w, *h come in as the size the app has
 * and go out as the output's size in pixels now (it follows the window). */
void gfx_frame_begin(gfx *g, int *w, int *h);
/* The whole frame covered by the table's felt. */
void gfx_clear(gfx *g);
void gfx_fill(gfx *g, layout_rect r, gfx_color c);
void gfx_round_rect(gfx *g, layout_rect r, int radius, gfx_color c);
void gfx_disc(gfx *g, layout_rect r, gfx_color c);
/* The soft shadow under a shape of r with corners of radius, spread
 * pixels wide and dropped drop pixels down. The shape itself must be
 * drawn opaque over r right after: the middle of the shadow, which it
 * hides, is not drawn. */
void gfx_shadow(gfx *g, layout_rect r, int radius, int spread, int drop);
/* A chip's rings (face up or down) composed once and drawn over r; false
 * when they cannot be made (the caller then draws them disc by disc). */
bool gfx_chip(gfx *g, layout_rect r, bool face_down);
/* Icon NAME rasterised at size x size pixels, drawn over r (squashed when
 * r is narrower); false when it is missing. */
bool gfx_icon(gfx *g, const char *name, int size, layout_rect r);

/* Texts: lines broken at wrap_width pixels (0: no wrapping). */
/* The largest size from max_size down to min_size at which the text,
 * wrapped at w, fits w x h; min_size when none does. */
int gfx_text_fit(gfx *g, const char *text, int max_size, int min_size,
                 bool bold, int w, int h);
/* Width and height the wrapped text would take. */
bool gfx_text_measure(gfx *g, const char *text, int size, bool bold,
                      int wrap_width, int *w, int *h);
/* Draws the text at size, wrapped at box.w, aligned in box (clipped to
 * it; vertically centred when middle). False when nothing was drawn;
 * else *used is where it went. */
bool gfx_text(gfx *g, const char *text, int size, bool bold,
              gfx_color color, layout_rect box, gfx_align align, bool middle,
              layout_rect *used);

/* Full screen on or off; true when the window is full screen after. */
bool gfx_set_fullscreen(gfx *g, bool on);
/* Saves the frame drawn last as a PNG file (mode 0600, written whole or
 * not at all); errors says why not, with the system's errno. */
bool gfx_save_png(gfx *g, char *path, size_t size, error_list *errors);
/* Whether files are handed over as downloads (gfx_ops.offer_file). */
bool gfx_offers_files(const gfx *g);
/* Downloads the file at path under its own name; false when it cannot. */
bool gfx_offer_file(gfx *g, const char *path, const char *type);

#endif
