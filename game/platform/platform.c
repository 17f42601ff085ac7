/* platform: see platform.h. The window, the renderer and the loop; one
 * place decides what the user sees when something fails: app_open prints
 * one sentence and returns an exit code. */
#include "platform.h"

#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "datadir.h"
#include "os.h"
#include "gfx_sdl.h"
#include "input_sdl.h"
#include "preload.h"
#include "signals.h"
#include "speech.h"
#include "text_cache.h"
#include "web_page.h"
#include "window_memory.h"
#include "x11_errors.h"

#define APP_DEFAULT_W 1280
#define APP_DEFAULT_H 800
#define APP_MIN_W 640
#define APP_MIN_H 400


bool platform_find_data_dir(char *out, size_t size)
{
    /* SDL_GetBasePath needs no SDL_Init; NULL only means "unknown". */
    char *base = SDL_GetBasePath();
    int found = datadir_find(base, out, size);
    SDL_free(base);
    return found != 0;
}

/* The size the renderer draws on now, taken again (it follows the
 * window). */
static void platform_update_size(platform *p)
{
    int w = 0, h = 0;
    if (SDL_GetRendererOutputSize(p->renderer, &w, &h) != 0 || w <= 0 ||
        h <= 0)
        SDL_GetWindowSize(p->window, &w, &h);
    if (w == p->out_w && h == p->out_h)
        return;
    p->out_w = w;
    p->out_h = h;
    /* every size changes with the window: what is cached is stale */
    if (p->text)
        text_cache_clear(p->text);
    if (p->assets)
        assets_clear_textures(p->assets);
}

#ifdef __EMSCRIPTEN__
static bool platform_offer_file(gfx *g, const char *path, const char *name,
                                const char *type)
{
    (void)g;
    return web_page_download(path, name, type);
}
#endif

/* The drawing interface as this platform draws it (gfx.h). */
static const gfx_ops platform_gfx = {
    gfx_sdl_op_frame_begin, gfx_sdl_op_clear, gfx_sdl_op_fill,
    gfx_sdl_op_round_rect, gfx_sdl_op_disc, gfx_sdl_op_shadow,
    gfx_sdl_op_chip, gfx_sdl_op_icon, gfx_sdl_op_text_fit,
    gfx_sdl_op_text_measure, gfx_sdl_op_text, gfx_sdl_op_set_fullscreen,
    gfx_sdl_op_save_png,
#ifdef __EMSCRIPTEN__
    platform_offer_file,
#else
    NULL, /* the person has the game's folder */
#endif
};

void gfx_sdl_op_frame_begin(gfx *g, int *w, int *h)
{
    platform *p = gfx_owner(g);
    platform_update_size(p);
    *w = p->out_w;
    *h = p->out_h;
    text_cache_frame(p->text);
    gfx_sdl_check(p, SDL_RenderSetClipRect(p->renderer, NULL));
}

bool gfx_sdl_op_set_fullscreen(gfx *g, bool on)
{
    platform *p = gfx_owner(g);
    Uint32 flag = on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0;
    bool switched = SDL_SetWindowFullscreen(p->window, flag) == 0;
    if (!switched)
        fprintf(stderr, "alliantiespel: cannot switch full screen: %s\n",
                SDL_GetError());
    platform_update_size(p);
    return switched ? on : !on;
}

/* The events only the platform can take: the renderer's textures lost,
 * a new size, the end asked for by a signal; the rest goes to the UI. */
static void platform_handle(app *a, const SDL_Event *e)
{
    platform *p = a->platform;
    input_event ev;
    int ww = 0, wh = 0;
    SDL_GetWindowSize(p->window, &ww, &wh);
    if (!input_sdl_event(e, p->out_w, p->out_h, ww, wh, &ev))
        return;
    if (ev.type == INPUT_RESIZED) {
        app_invalidate(a);
        if (e->type == SDL_RENDER_DEVICE_RESET ||
            e->type == SDL_RENDER_TARGETS_RESET) {
            /* the textures are gone: make them again when drawn */
            char err[256];
            text_cache_clear(p->text);
            assets_clear_textures(p->assets);
            gfx_shadow_forget(p);
            gfx_sdl_shutdown(p);
            if (!gfx_sdl_init(p, err, sizeof err))
                fprintf(stderr, "alliantiespel: %s\n", err);
        }
        platform_update_size(p);
        app_set_size(a, p->out_w, p->out_h); /* input meets the new layout */
        return;
    }
    if (ev.type == INPUT_QUIT && signals_received()) {
        app_stop(a); /* the round in progress stays kept */
        return;
    }
    app_input(a, &ev);
}

/* The start-up benchmark's marker (tests/bench/bench_start.sh): with
 * ALLIANTIESPEL_FIRST_FRAME_SINCE=NS set to the wall clock in nanoseconds
 * taken before exec (e.g. `date +%s%N`), the game writes, once its first
 * frame is presented, "alliantiespel: first frame presented after N us"
 * on stderr, and plays on. Read after the present, so it costs nothing
 * before it, and nothing at all when unset. */
static void platform_first_frame_marker(void)
{
#ifdef __EMSCRIPTEN__
    /* in a browser: since the page began to load (tests/web/run.py) */
    printf("alliantiespel: first frame presented after %.0f ms\n",
           web_page_since_load_ms());
    return;
#endif
    const char *since = SDL_getenv("ALLIANTIESPEL_FIRST_FRAME_SINCE");
    if (since == NULL || since[0] == '\0')
        return;
    char *end = NULL;
    long long start = strtoll(since, &end, 10);
    if (end == since || *end != '\0')
        return;
    long long now = (long long)os_wall_ns();
    fprintf(stderr, "alliantiespel: first frame presented after %lld us\n",
            (now - start) / 1000);
}

bool app_step(app *a, uint32_t now_ms)
{
    platform *p = a->platform;
    app_set_clock(a, now_ms, (int64_t)time(NULL));
    SDL_Event e;
    while (a->running && SDL_PollEvent(&e))
        platform_handle(a, &e);
    if (speech_changed())
        speak_changed(a); /* read-aloud found, off, or done speaking */
    if (signals_received())
        app_stop(a); /* shut down or logged out: ask nobody */
    if (!a->running)
        return false;
    if (app_update(a)) {
        app_draw(a);
        SDL_RenderPresent(p->renderer);
        if (a->frames_drawn == 0)
            platform_first_frame_marker();
        app_presented(a);
#ifdef __EMSCRIPTEN__
        web_page_presented(a->frames_drawn);
#endif
        if (p->draw_error[0] && !p->draw_error_told) {
            /* keep playing: a missing shadow must not end a meeting */
            fprintf(stderr, "alliantiespel: drawing failed: %s\n",
                    p->draw_error);
            p->draw_error_told = true;
        }
    }
    return a->running;
}

static bool platform_make_renderer(platform *p, const app_config *config)
{
    Uint32 flags = SDL_RENDERER_ACCELERATED;
    if (!p->software && !(config && config->no_vsync))
        flags |= SDL_RENDERER_PRESENTVSYNC;
    if (!p->software) {
        p->renderer = SDL_CreateRenderer(p->window, -1, flags);
        if (p->renderer == NULL && (flags & SDL_RENDERER_PRESENTVSYNC))
            p->renderer = SDL_CreateRenderer(p->window, -1,
                                             SDL_RENDERER_ACCELERATED);
    }
    if (p->renderer == NULL) {
        if (!p->software)
            snprintf(p->renderer_why, sizeof p->renderer_why,
                     "no accelerated renderer: %s", SDL_GetError());
        p->renderer = SDL_CreateRenderer(p->window, -1,
                                         SDL_RENDERER_SOFTWARE);
        p->software = true;
    }
    if (p->renderer == NULL)
        return false;
    const char *say = SDL_getenv("ALLIANTIESPEL_SAY_RENDERER");
    if (say && strcmp(say, "1") == 0) {
        SDL_RendererInfo info;
        if (SDL_GetRendererInfo(p->renderer, &info) != 0)
            info.name = "unknown";
        fprintf(stderr, "alliantiespel: renderer: %s, SDL's %s (%s)\n",
                p->software ? "software" : "accelerated", info.name,
                p->renderer_why);
    }
    return true;
}

/* Takes what was preloaded, for the renderer now made. */
static void platform_take_preload(app *a, preload *job)
{
    platform *p = a->platform;
    gfx_sdl_adopt_felt(p, &job->felt);
    p->assets = job->assets;
    job->assets = NULL;
    assets_set_renderer(p->assets, p->renderer);
    p->text = job->text;
    job->text = NULL;
    text_cache_use_renderer(p->text, p->renderer,
                            gfx_sdl_uses_window_memory(p));
}

/* SDL fell back to a driver that draws into memory when nobody asked
 * for it. */
static bool platform_fell_back(void)
{
    const char *asked = SDL_getenv("SDL_VIDEODRIVER");
    return platform_renderer_headless() &&
           (asked == NULL || strcmp(asked, SDL_GetCurrentVideoDriver()) != 0);
}

/* SDL's video and events. Where a display is named but its server did
 * not take the connection (an X server still busy: under load Xvfb
 * refused one in a few hundred starts, and SDL fell back to drawing into
 * memory), it tries again for about two seconds before saying there is
 * no display. */
static bool platform_init_video(void)
{
    const char *display = SDL_getenv("DISPLAY");
    for (int tries = 0;; tries++) {
        if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0)
            return false;
        if (!platform_fell_back() || display == NULL || display[0] == '\0' ||
            tries == 8)
            return true;
        SDL_Quit();
        SDL_Delay(250);
    }
}

/* SDL's video and events, and SDL_ttf, started; false with the sentence
 * told. */
static bool platform_start_sdl(int *exit_code)
{
    /* SDL's own handlers would turn SIGTERM into a plain quit event, which
     * asks "stop the game?" of nobody. */
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
    SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    SDL_SetHint(SDL_HINT_RENDER_SCALE_QUALITY, "linear");
    if (!platform_init_video()) {
        char msg[512];
        snprintf(msg, sizeof msg, "cannot open a window: no display found "
                 "(%s).", SDL_GetError());
        app_fail(exit_code, CLI_EXIT_FAILURE, msg);
        return false;
    }
    /* With no display SDL falls back to a driver that draws into memory;
     * a window nobody can see is no game. Tests ask for that driver by
     * name. */
    if (platform_fell_back()) {
        app_fail(exit_code, CLI_EXIT_FAILURE,
                 "cannot open a window: no display found (is DISPLAY or "
                 "WAYLAND_DISPLAY set?).");
        return false;
    }
    x11_errors_install(); /* SDL's wake-ups for a window gone: harmless */
    if (TTF_Init() != 0) {
        app_fail(exit_code, CLI_EXIT_FAILURE,
                 "cannot start the text renderer.");
        return false;
    }
    return true;
}

/* The user's folder and the settings kept there. --no-trace: not even
 * the folder is made. Made as the command line finds it
 * (os_user_folder), also in a browser, where SDL's own SDL_GetPrefPath
 * would be outside the folder the page keeps. */
static void platform_load_settings(app *a, const cli_options *options)
{
    if (options->no_trace || !os_user_folder(a->pref_dir, sizeof a->pref_dir))
        return;
    /* its safety is checked (never changed) by autosave_startup */
    (void)datadir_make_private(a->pref_dir);
    app_load_settings(a);
}

/* Where the window goes and how large: as asked, else the default made
 * to fit the screen's usable part. */
static SDL_Rect platform_window_place(const cli_options *options)
{
    SDL_Rect r = {SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                  options->window_width > 0 ? options->window_width
                                            : APP_DEFAULT_W,
                  options->window_height > 0 ? options->window_height
                                             : APP_DEFAULT_H};
    SDL_Rect usable;
    if (options->window_width <= 0 &&
        SDL_GetDisplayUsableBounds(0, &usable) == 0 && usable.w > 0 &&
        usable.h > 0) {
        if (r.w > usable.w - 40)
            r.w = usable.w - 40 > APP_MIN_W ? usable.w - 40 : APP_MIN_W;
        if (r.h > usable.h - 60)
            r.h = usable.h - 60 > APP_MIN_H ? usable.h - 60 : APP_MIN_H;
    }
    /* Full screen from the start: the window is made at the screen's size
     * in the corner, so the first frame is right even where the window
     * manager is slow to honour full screen or ignores it. */
    SDL_DisplayMode desktop;
    if (options->fullscreen && SDL_GetDesktopDisplayMode(0, &desktop) == 0)
        r = (SDL_Rect){0, 0, desktop.w, desktop.h};
    return r;
}

/* Decided before the window: with the software renderer SDL must not
 * emulate the window's framebuffer through OpenGL (on X11 it would load
 * Mesa, and llvmpipe with it). Headless: draw straight into memory, load
 * no GL driver. */
static void platform_pick_renderer(platform *p)
{
    platform_renderer choice;
    platform_renderer_choose(false, &choice);
    p->software = choice.software;
    snprintf(p->renderer_why, sizeof p->renderer_why, "%s", choice.why);
    if (p->software && !SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0")) {
        /* refused only when the environment says otherwise */
        const char *hint = SDL_GetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION);
        if (hint == NULL || strcmp(hint, "0") != 0)
            fprintf(stderr, "alliantiespel: framebuffer acceleration stays "
                    "on (SDL_FRAMEBUFFER_ACCELERATION=%s)\n",
                    hint ? hint : "");
    }
}

/* The window (hidden), its renderer and the drawing interface's own
 * pictures; false with the sentence in msg. Touches the platform and SDL
 * only: the preload thread is busy with the app meanwhile. */
static bool platform_make_window(platform *p, const cli_options *options,
                                 const app_config *config, SDL_Rect place,
                                 char *msg, size_t msg_size)
{
    /* Shown once the decks and icons are found good: a deck that cannot
     * be used is told without a window flashing up. */
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_HIDDEN;
#ifndef __EMSCRIPTEN__
    /* SDL 2.26's WebGL renderer draws a high-DPI canvas at its CSS size,
     * in one corner: a page gets a canvas of its CSS size, which the
     * browser scales */
    flags |= SDL_WINDOW_ALLOW_HIGHDPI;
#endif
    if (options->fullscreen)
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    p->window = SDL_CreateWindow("Alliantiespel", place.x, place.y, place.w,
                                 place.h, flags);
    if (p->window == NULL) {
        snprintf(msg, msg_size, "cannot open a window: no display found "
                 "(%s).", SDL_GetError());
        return false;
    }
    SDL_SetWindowMinimumSize(p->window, APP_MIN_W, APP_MIN_H);
    if (!platform_make_renderer(p, config)) {
        snprintf(msg, msg_size, "cannot draw in the window (%s).",
                 SDL_GetError());
        return false;
    }
    platform_update_size(p);
    return gfx_sdl_init(p, msg, msg_size);
}

/* The window made while the preload thread loads (preload.h); false with
 * the sentence told: the preload's first, since a broken deck is what
 * the user can mend. */
static bool platform_make_window_and_load(app *a, const cli_options *options,
                                          const app_config *config,
                                          SDL_Rect place, int *exit_code)
{
    platform *p = a->platform;
    preload job;
    memset(&job, 0, sizeof job);
    preload_start(&job, a, options, place.w, place.h);
    platform_pick_renderer(p);
    char msg[APP_PATH_MAX + 256];
    bool made = platform_make_window(p, options, config, place, msg,
                                     sizeof msg);
    bool loaded = preload_wait(&job);
    if (!loaded)
        app_fail(exit_code, job.exit_code, job.error);
    else if (!made)
        app_fail(exit_code, CLI_EXIT_FAILURE, msg);
    if (loaded && made) {
        if (options->fullscreen)
            app_came_fullscreen(a);
        app_set_size(a, p->out_w, p->out_h); /* the first screen's layout */
        platform_take_preload(a, &job);
    }
    preload_free(&job); /* what was not taken */
    return loaded && made;
}

app *app_open(const cli_options *options, const char *data_dir,
              const app_config *config, int *exit_code)
{
    *exit_code = CLI_EXIT_FAILURE;
    app *a = app_new(options, data_dir, config);
    platform *p = calloc(1, sizeof *p);
    if (a == NULL || p == NULL) {
        app_fail(exit_code, CLI_EXIT_FAILURE, "out of memory.");
        app_free(a);
        free(p);
        return NULL;
    }
    /* the app draws with this platform's table, whatever a test asked */
    p->gfx = gfx_new(&platform_gfx, p);
    if (p->gfx == NULL) {
        app_fail(exit_code, CLI_EXIT_FAILURE, "out of memory.");
        app_free(a);
        free(p);
        return NULL;
    }
    gfx_set_recorder(p->gfx, config ? config->recorder : NULL);
    /* from here app_close undoes whatever was done */
    app_use_platform(a, p, p->gfx);
    app_set_clock(a, 0, (int64_t)time(NULL));
    platform_renderer_probe_start(); /* before SDL, while one thread */
    if (!signals_start())
        fprintf(stderr, "alliantiespel: cannot watch for shutdown signals\n");
    if (!platform_start_sdl(exit_code)) {
        app_close(a);
        return NULL;
    }
    platform_load_settings(a, options);
    SDL_Rect place = platform_window_place(options);
    if (!platform_make_window_and_load(a, options, config, place, exit_code)) {
        app_close(a);
        return NULL;
    }
    /* The window's fresh memory mapped in one go (window_memory.h). */
    if (p->software)
        window_memory_touch(p->window);
    SDL_ShowWindow(p->window);
    p->entered = true;
    if (!app_begin(a, options, exit_code)) {
        app_close(a);
        return NULL;
    }
    /* read-aloud looks for its voice and sound on its own thread */
    speak_use(a, speech_ops());
    if (!speech_open())
        speak_changed(a); /* its thread could not start: off, told */
    *exit_code = CLI_EXIT_OK;
    return a;
}

void app_close(app *a)
{
    if (a == NULL)
        return;
    platform *p = a->platform;
    if (p != NULL) {
        speech_close();
        speak_use(a, NULL);
        app_leave(a, p->entered);
        text_cache_free(p->text);
        assets_free(p->assets);
        gfx_shadow_forget(p);
        gfx_sdl_shutdown(p);
        if (p->renderer)
            SDL_DestroyRenderer(p->renderer);
        if (p->window)
            SDL_DestroyWindow(p->window);
        free(p);
        app_use_platform(a, NULL, NULL);
    }
    app_free(a);
    TTF_Quit();
    SDL_Quit();
    x11_errors_remove();
    signals_stop();
}
