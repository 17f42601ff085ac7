/* draw_stub: the drawing interface (include/ui/gfx.h) without SDL, for
 * scene tests: it draws nothing, counts the calls, keeps the rectangles
 * drawn outside the window, and measures a text as size/2 pixels a
 * character, wrapped at the box's width, size*6/5 pixels a line. */
#ifndef ALLIANTIESPEL_DRAW_STUB_H
#define ALLIANTIESPEL_DRAW_STUB_H

#include <stdbool.h>
#include <stddef.h>

#include "gfx.h"

typedef struct {
    size_t calls;        /* every drawing call since the last reset */
    size_t texts;        /* texts drawn */
    size_t outside;      /* shapes or texts not inside the window */
    char last_outside[160]; /* what the last of those was */
    bool fullscreen_asked;
    size_t pngs_saved;
    int out_w, out_h;    /* the window: the app's size at the frame's start */
} draw_stub_log;

extern draw_stub_log draw_stub;

void draw_stub_reset(void);

/* The drawing table a scene test hands app_new (app_config.gfx). */
extern const gfx_ops gfx_stub_ops;

#endif
