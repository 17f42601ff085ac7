/* preload: what the first frame needs besides the window, loaded before
 * the window is made: the decks, SDL2_image, the fonts, the icons the
 * decks and screens name, and the felt for the window's size. A deck or
 * icon that cannot be used is told before any window exists.
 * In turn, on the one thread: a second thread that did this while SDL
 * made the window was measured here (two shared cores) to save nothing
 * that the noise did not hide (docs/performance.md), and the browser
 * build has no threads. */
#ifndef ALLIANTIESPEL_PLATFORM_PRELOAD_H
#define ALLIANTIESPEL_PLATFORM_PRELOAD_H

#include <stdbool.h>

#include "app.h"
#include "assets.h"
#include "cli.h"
#include "felt.h"
#include "text_cache.h"

typedef struct {
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
/* Frees what was made and not taken; safe on a zeroed struct. */
void preload_free(preload *job);

#endif
