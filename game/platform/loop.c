/* loop: runs the game until the players quit (app_run, platform.h).
 *
 * On a desktop the loop sleeps in SDL_WaitEventTimeout while nothing
 * moves. A browser (emscripten) must never block its page, so there each
 * frame is a callback the page's timers call: the next paint while
 * something moves, a timer when the talk clock's second changes, and at
 * once when an event arrives (SDL hands it to loop_web_wake as it is
 * queued). Nothing else is scheduled, so an idle tab costs no CPU and no
 * battery. */
#include "platform.h"

#include "signals.h"

#ifndef __EMSCRIPTEN__

int app_run(const cli_options *options, const char *data_dir)
{
    int code = CLI_EXIT_FAILURE;
    app *a = app_open(options, data_dir, NULL, &code);
    if (a == NULL)
        return code;
    while (app_step(a, SDL_GetTicks())) {
        if (app_animating(a)) {
            if (a->platform->software)
                SDL_Delay(12); /* no vsync to pace us */
        } else {
            /* nothing moves: sleep until something happens, never longer
             * than SIGNALS_POLL_MS: a signal only sets a flag (signals.h) */
            uint32_t wait = app_wait_ms(a);
            SDL_WaitEventTimeout(NULL, (int)(wait < SIGNALS_POLL_MS
                                                 ? wait
                                                 : SIGNALS_POLL_MS));
        }
    }
    code = a->exit_code;
    app_close(a);
    return code;
}

#else

#include <emscripten.h>
#include <stdint.h>

#include "web_page.h"

static app *loop_app;
/* Timers cannot be cancelled: each carries a number, and only the one
 * scheduled last runs a frame. */
static unsigned loop_generation;
static bool loop_pending;
static uint32_t loop_due;

static void loop_web_frame(void *arg);

/* A frame after delay_ms (at the next paint when 0), unless one is due
 * sooner already. */
static void loop_web_schedule(uint32_t delay_ms)
{
    uint32_t now = SDL_GetTicks();
    if (loop_pending && loop_due <= now + delay_ms)
        return;
    loop_generation++;
    loop_pending = true;
    loop_due = now + delay_ms;
    emscripten_async_call(loop_web_frame,
                          (void *)(uintptr_t)loop_generation,
                          delay_ms == 0 ? -1 : (int)delay_ms);
}

static int SDLCALL loop_web_wake(void *data, SDL_Event *event)
{
    (void)data;
    (void)event;
    if (loop_app != NULL)
        loop_web_schedule(0);
    return 1;
}

static void loop_web_frame(void *arg)
{
    if ((unsigned)(uintptr_t)arg != loop_generation || loop_app == NULL)
        return; /* a newer frame was scheduled */
    loop_pending = false;
    app *a = loop_app;
    if (!app_step(a, SDL_GetTicks())) {
        int code = a->exit_code;
        SDL_DelEventWatch(loop_web_wake, NULL);
        loop_app = NULL;
        app_close(a);
        web_page_closed(code);
        return;
    }
    loop_web_schedule(app_animating(a) ? 0 : app_wait_ms(a));
}

int app_run(const cli_options *options, const char *data_dir)
{
    int code = CLI_EXIT_FAILURE;
    app *a = app_open(options, data_dir, NULL, &code);
    if (a == NULL)
        return code;
    loop_app = a;
    SDL_AddEventWatch(loop_web_wake, NULL);
    loop_web_schedule(0);
    web_page_playing();
    /* main's frame, with the options and data_dir app_open keeps, is not
     * unwound: the page's timers go on calling loop_web_frame */
    emscripten_exit_with_live_runtime();
    return CLI_EXIT_OK;
}

#endif
