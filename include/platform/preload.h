/* preload: what the first frame needs besides the window, loaded while
 * SDL makes the (hidden) window: the decks, SDL2_image, the fonts, the
 * icons the decks and screens name, and the felt for the window's size.
 * A deck or icon that cannot be used is told before the window is shown.
 * On a second thread: making the window is mostly the kernel mapping its
 * fresh memory, on one core, and this work (15 ms here) fits beside it;
 * measured on a quiet two-core machine, the first frame offscreen came
 * 13 % sooner (1.43x the bare program, 1.66x in turn) and under Xvfb 3 %
 * (docs/performance.md). Where no thread can start (the browser build)
 * it runs in turn. */
#ifndef ALLIANTIESPEL_PLATFORM_PRELOAD_H
#define ALLIANTIESPEL_PLATFORM_PRELOAD_H

#include <stdbool.h>

#include "app.h"
#include "assets.h"
#include "cli.h"
#include "felt.h"
#include "text_cache.h"

typedef struct {
    /* what the thread was given, and its answer (preload_start) */
    app *app;
    const cli_options *options;
    int w, h;
    bool loaded;
    struct SDL_Thread *thread; /* NULL: ran in turn, or not started */
    felt felt;            /* made for the size asked for */
    assets *assets;       /* every icon read and checked, or NULL */
    text_cache *text;     /* the fonts found and opened, or NULL */
    int exit_code;        /* 0, or why the game cannot start: */
    char error[APP_PATH_MAX + 256]; /* ... the sentence to tell */
} preload;

/* Loads everything for a, the felt at w x h, the size the window is
 * asked for (should it get another, the felt is made again at the first
 * frame). False with job->exit_code and job->error set when the game
 * cannot start; what was made is freed by preload_free either way. */
bool preload_run(preload *job, app *a, const cli_options *options, int w,
                 int h);
/* Runs preload_run on a thread of its own (in turn where none can start).
 * Until preload_wait the caller touches neither a nor job: it makes the
 * window meanwhile. */
void preload_start(preload *job, app *a, const cli_options *options, int w,
                   int h);
/* Waits for preload_start's work; its preload_run's answer. */
bool preload_wait(preload *job);
/* Frees what was made and not taken; safe on a zeroed struct. */
void preload_free(preload *job);

#endif
