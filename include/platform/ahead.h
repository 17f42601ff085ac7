/* ahead: the work done on a second core while SDL opens the window and
 * makes its memory, most of a bare SDL program's start-up: the decks,
 * SDL2_image, the fonts, the icons the decks and screens name, and the
 * felt for the window's size. The worker owns these fields, and writes
 * the app's decks, until it is joined; the main thread touches none of
 * that meanwhile, except the felt when it claims it first. */
#ifndef ALLIANTIESPEL_PLATFORM_AHEAD_H
#define ALLIANTIESPEL_PLATFORM_AHEAD_H

#include <SDL.h>
#include <stdbool.h>

#include "app.h"
#include "assets.h"
#include "cli.h"
#include "felt.h"
#include "text_cache.h"

typedef struct {
    SDL_Thread *thread;
    app *app;
    const cli_options *options;
    int w, h;             /* the window's size in pixels */
    felt felt;            /* made for that size, by the worker or by
                           * the main thread: whichever claims it first
                           * (ahead_claim_felt) */
    SDL_atomic_t felt_claimed;
    assets *assets;       /* every icon read and checked, or NULL */
    text_cache *text;     /* the fonts found and opened, or NULL */
    int exit_code;        /* 0, or why the game cannot start: */
    char error[APP_PATH_MAX + 256]; /* ... the sentence to tell */
} ahead;

/* Starts the work for a; w x h is the size the window is asked for
 * (should it get another, the felt is made again at the first frame). */
void ahead_start(ahead *job, app *a, const cli_options *options, int w,
                 int h);
/* True once, for the first thread to ask: that thread makes job->felt.
 * The main thread asks when it would otherwise wait for the worker (under
 * X11 the window is made quickly); the worker asks last of its jobs. */
bool ahead_claim_felt(ahead *job);
/* Waits for the work (when it was started). */
void ahead_join(ahead *job);
/* Frees what was made and not taken (when opening failed half way). */
void ahead_free(ahead *job);

#endif
