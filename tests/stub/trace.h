/* trace: what the frames drew, by meaning (a gfx_recorder, gfx.h), for
 * the UI tests: each text with its words, size and weight, each card,
 * token, button, icon and chart marker, with where it had to fit. The
 * game keeps none of this; a test hands the recorder to the app
 * (app_config.recorder) and reads ui_trace after a frame. */
#ifndef ALLIANTIESPEL_TRACE_H
#define ALLIANTIESPEL_TRACE_H

#include <stdbool.h>
#include <stddef.h>

#include "gfx.h"

#define TRACE_MAX 512

typedef struct {
    gfx_mark_kind kind;
    layout_rect rect;      /* what was drawn */
    layout_rect container; /* where it had to fit (text: its box) */
    char text[240];        /* a text's start, so tests can read the words */
    int size;              /* a text's size as drawn */
    bool bold;             /* ... and its weight: a test measures it again */
} trace_item;

typedef struct {
    trace_item items[TRACE_MAX];
    size_t count;          /* of the frame drawn last (at most TRACE_MAX) */
} trace_log;

/* The last frame's marks. */
extern trace_log ui_trace;

/* The recorder that keeps each frame's marks in ui_trace. */
const gfx_recorder *trace_recorder(void);

#endif
