/* platform: the window, the renderer, the event loop, the clocks, full
 * screen, the user's folder, the start-up and the pictures the
 * drawing interface (include/ui/gfx.h) keeps: the only code with SDL.
 * The loop is split into app_open / app_step / app_close so tests can push
 * SDL events, step with their own clock and read the frame back. Calls go
 * one way: the platform drives the UI (app.h), the UI draws through gfx.h. */
#ifndef ALLIANTIESPEL_PLATFORM_H
#define ALLIANTIESPEL_PLATFORM_H

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "app.h"
#include "assets.h"
#include "cli.h"
#include "felt.h"
#include "platform_renderer.h"
#include "text_cache.h"

#define PLATFORM_SHADOW_CACHE 24

/* What the platform owns; the app reaches it through a->platform and
 * never looks inside. */
typedef struct platform platform;
struct platform {
    gfx *gfx;                     /* the handle the app draws through:
                                     made here, freed by app_free */
    int out_w, out_h;             /* what the renderer draws on, pixels */
    SDL_Window *window;
    SDL_Renderer *renderer;
    bool software;
    char renderer_why[256];       /* why this renderer (platform_renderer) */
    text_cache *text;
    assets *assets;
    SDL_Texture *disc;            /* a smooth white disc for round shapes */
    SDL_Texture *chip_face;       /* a chip's rings, composed once: face up */
    SDL_Texture *chip_back;       /* ... and face down */
    bool chips_made;              /* tried to make the two above */
    felt felt;                    /* the table's cloth, per window size */
    SDL_Texture *table;           /* ... as a texture, for GPU renderers */
    /* soft shadows, one 9-slice texture per (spread, radius); dropped when
     * the window size changes (see gfx_shadow.c) */
    struct {
        int spread, radius;
        SDL_Texture *texture;
    } shadows[PLATFORM_SHADOW_CACHE];
    size_t shadow_count;
    bool entered;                 /* the first scene was entered */
    char draw_error[256];         /* the first drawing failure, or "" */
    bool draw_error_told;
};

/* Finds the folder with decks/ and assets/ (beside the program, or where
 * ALLIANTIESPEL_DATA_DIR says): false when there is none. */
bool platform_find_data_dir(char *out, size_t size);

/* Set ALLIANTIESPEL_SAY_RENDERER=1 and the game writes on stderr, once the
 * renderer is made: "alliantiespel: renderer: software, SDL's software
 * (why)". */
/* Set ALLIANTIESPEL_FIRST_FRAME_SINCE=NS (the wall clock in nanoseconds
 * before exec, `date +%s%N`) and the game writes on stderr, right after
 * its first present: "alliantiespel: first frame presented after N us";
 * it then plays on. For tests/bench/bench_start.sh. */

/* Runs the game until the players quit; returns the process exit code.
 * data_dir holds decks/ and assets/. */
int app_run(const cli_options *options, const char *data_dir);

/* Opens the window and loads everything. On failure prints one sentence
 * on stderr, returns NULL and sets *exit_code. */
app *app_open(const cli_options *options, const char *data_dir,
              const app_config *config, int *exit_code);
/* Sets the wall clock, handles every queued event, moves animations to
 * now_ms and draws when something changed. Returns false when the game
 * has ended. */
bool app_step(app *a, uint32_t now_ms);
void app_close(app *a);

#endif
