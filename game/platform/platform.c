/* platform: see platform.h. The window, the renderer and the loop; one
 * place decides what the user sees when something fails: app_open prints
 * one sentence and returns an exit code. */
#include "platform.h"

#include <SDL_ttf.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#ifdef __linux__
#include <dirent.h>
#include <unistd.h>
#endif

#include "datadir.h"
#include "os.h"
#include "draw.h"
#include "gfx_sdl.h"
#include "gl_probe.h"
#include "input_sdl.h"
#include "signals.h"
#include "speech.h"
#include "text_cache.h"
#include "web_page.h"
#include "window_memory.h"

#define APP_DEFAULT_W 1280
#define APP_DEFAULT_H 800
#define APP_MIN_W 640
#define APP_MIN_H 400

typedef struct platform platform;

bool platform_find_data_dir(char *out, size_t size)
{
    /* SDL_GetBasePath needs no SDL_Init; NULL only means "unknown". */
    char *base = SDL_GetBasePath();
    int found = datadir_find(base, out, size);
    SDL_free(base);
    return found != 0;
}

static void platform_update_size(app *a)
{
    int w = 0, h = 0;
    platform *p = a->platform;
    if (SDL_GetRendererOutputSize(p->renderer, &w, &h) != 0 || w <= 0 ||
        h <= 0)
        SDL_GetWindowSize(p->window, &w, &h);
    if (app_set_size(a, w, h)) {
        /* every size changes with the window: what is cached is stale */
        if (p->text)
            text_cache_clear(p->text);
        if (p->assets)
            assets_clear_textures(p->assets);
    }
}

#ifdef __EMSCRIPTEN__
static bool platform_offer_file(app *a, const char *path, const char *name,
                                const char *type)
{
    (void)a;
    return web_page_download(path, name, type);
}
#endif

/* The drawing interface as this platform draws it (gfx.h). */
static const gfx_ops platform_gfx = {
    gfx_sdl_op_frame_begin, gfx_sdl_op_clear, gfx_sdl_op_fill,
    gfx_sdl_op_round_rect, gfx_sdl_op_disc, gfx_sdl_op_shadow,
    gfx_sdl_op_chip, gfx_sdl_op_icon, gfx_sdl_op_text_fit,
    gfx_sdl_op_text_measure, gfx_sdl_op_text, gfx_sdl_op_toggle_fullscreen,
    gfx_sdl_op_save_png,
#ifdef __EMSCRIPTEN__
    platform_offer_file,
#else
    NULL, /* the person has the game's folder */
#endif
};

void gfx_sdl_op_frame_begin(app *a)
{
    platform_update_size(a);
    text_cache_frame(a->platform->text);
    if (SDL_RenderSetClipRect(a->platform->renderer, NULL) != 0 &&
        !a->platform->draw_error[0])
        snprintf(a->platform->draw_error, sizeof a->platform->draw_error,
                 "%s", SDL_GetError());
}

void gfx_sdl_op_toggle_fullscreen(app *a)
{
    Uint32 flag = a->fullscreen ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP;
    if (SDL_SetWindowFullscreen(a->platform->window, flag) == 0)
        a->fullscreen = !a->fullscreen;
    else
        fprintf(stderr, "alliantiespel: cannot switch full screen: %s\n",
                SDL_GetError());
    platform_update_size(a);
    a->dirty = true;
}

/* The events only the platform can take: the renderer's textures lost,
 * a new size, the end asked for by a signal; the rest goes to the UI. */
static void platform_handle(app *a, const SDL_Event *e)
{
    platform *p = a->platform;
    input_event ev;
    int ww = 0, wh = 0;
    SDL_GetWindowSize(p->window, &ww, &wh);
    if (!input_sdl_event(e, a->out_w, a->out_h, ww, wh, &ev))
        return;
    if (ev.type == INPUT_RESIZED) {
        a->dirty = true;
        if (e->type == SDL_RENDER_DEVICE_RESET ||
            e->type == SDL_RENDER_TARGETS_RESET) {
            /* the textures are gone: make them again when drawn */
            char err[256];
            text_cache_clear(p->text);
            assets_clear_textures(p->assets);
            gfx_shadow_forget(a);
            gfx_sdl_shutdown(a);
            if (!gfx_sdl_init(a, err, sizeof err))
                fprintf(stderr, "alliantiespel: %s\n", err);
        }
        platform_update_size(a);
        return;
    }
    if (ev.type == INPUT_QUIT && signals_received()) {
        a->dirty = true;
        a->running = false; /* the round in progress stays kept */
        return;
    }
    app_input(a, &ev);
}

/* The start-up benchmark's marker (tests/bench/bench_xvfb_start.sh): with
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
    a->now = now_ms;
    a->wall = (int64_t)time(NULL);
    SDL_Event e;
    while (a->running && SDL_PollEvent(&e))
        platform_handle(a, &e);
    if (speech_changed())
        speak_changed(a); /* read-aloud found, off, or done speaking */
    if (signals_received())
        a->running = false; /* shut down or logged out: ask nobody */
    if (!a->running)
        return false;
    if (app_update(a)) {
        app_draw(a);
        SDL_RenderPresent(p->renderer);
        if (a->frames_drawn == 0)
            platform_first_frame_marker();
        a->frames_drawn++;
        a->dirty = false;
        if (p->draw_error[0] && !p->draw_error_told) {
            /* keep playing: a missing shadow must not end a meeting */
            fprintf(stderr, "alliantiespel: drawing failed: %s\n",
                    p->draw_error);
            p->draw_error_told = true;
        }
    }
    return a->running;
}

static bool platform_headless(void)
{
    const char *driver = SDL_GetCurrentVideoDriver();
    return driver && (strcmp(driver, "offscreen") == 0 ||
                      strcmp(driver, "dummy") == 0);
}

/* True when an OpenGL renderer's name is that of a software one: Mesa's
 * llvmpipe, softpipe, swrast ("Software Rasterizer"). */
static bool platform_gl_is_software(const char *name)
{
    char low[256];
    size_t i;
    for (i = 0; name[i] && i + 1 < sizeof low; i++)
        low[i] = (char)tolower((unsigned char)name[i]);
    low[i] = '\0';
    return strstr(low, "llvmpipe") || strstr(low, "softpipe") ||
           strstr(low, "swrast") || strstr(low, "software");
}

/* Asks OpenGL for its renderer's name through a hidden window and a
 * throw-away context. Slow and heavy when the GL is llvmpipe (it loads
 * LLVM: 200 ms and 60 MB here), so only done where a GPU may be. */
static bool platform_gl_name(char *out, size_t size)
{
    SDL_Window *w = SDL_CreateWindow("", SDL_WINDOWPOS_UNDEFINED,
                                     SDL_WINDOWPOS_UNDEFINED, 1, 1,
                                     SDL_WINDOW_OPENGL | SDL_WINDOW_HIDDEN);
    if (w == NULL) {
        snprintf(out, size, "no OpenGL window: %s", SDL_GetError());
        return false;
    }
    bool ok = false;
    SDL_GLContext gl = SDL_GL_CreateContext(w);
    if (gl == NULL) {
        snprintf(out, size, "no OpenGL context: %s", SDL_GetError());
    } else {
        typedef const unsigned char *(*get_string_fn)(unsigned int);
        get_string_fn get_string = NULL;
        void *fn = SDL_GL_GetProcAddress("glGetString");
        const unsigned char *name = NULL;
        if (fn != NULL) {
            memcpy(&get_string, &fn, sizeof get_string);
            name = get_string(0x1F01); /* GL_RENDERER */
        }
        if (name != NULL && name[0]) {
            snprintf(out, size, "%s", (const char *)name);
            ok = true;
        } else {
            snprintf(out, size, "OpenGL gives no renderer name");
        }
        SDL_GL_DeleteContext(gl);
    }
    SDL_DestroyWindow(w);
    return ok;
}

/* Whether this computer has a device a hardware OpenGL could draw on: a
 * DRM render node or NVIDIA's own driver. Without one (Xvfb, most virtual
 * machines, a school PC without a GPU driver) Mesa can only give
 * llvmpipe, and asking it would load LLVM for nothing. */
static bool platform_gpu_device(void)
{
#ifdef __linux__
    if (access("/dev/nvidiactl", F_OK) == 0)
        return true;
    DIR *dir = opendir("/dev/dri");
    if (dir == NULL)
        return false;
    bool found = false;
    struct dirent *e;
    while (!found && (e = readdir(dir)) != NULL)
        found = strncmp(e->d_name, "renderD", 7) == 0 ||
                strncmp(e->d_name, "card", 4) == 0;
    closedir(dir);
    return found;
#else
    return true;
#endif
}

/* Whether platform_renderer_choose (without probe) will ask OpenGL, told
 * before SDL starts: not for a driver that draws into memory, a choice
 * forced, LIBGL_ALWAYS_SOFTWARE, or a computer without a GPU device. */
static bool platform_will_ask_gl(void)
{
    const char *drv = SDL_getenv("SDL_VIDEODRIVER");
    const char *forced = SDL_getenv("ALLIANTIESPEL_RENDERER");
    const char *soft = SDL_getenv("LIBGL_ALWAYS_SOFTWARE");
    if (drv && (strcmp(drv, "offscreen") == 0 || strcmp(drv, "dummy") == 0))
        return false;
    if (forced && (strcmp(forced, "software") == 0 ||
                   strcmp(forced, "accelerated") == 0))
        return false;
    if (soft && soft[0] && strcmp(soft, "0") != 0)
        return false;
#ifdef _WIN32
    return false; /* Direct3D is asked by SDL itself, no probe */
#else
    return platform_gpu_device();
#endif
}

void platform_renderer_choose(bool probe, platform_renderer *out)
{
    out->software = false;
    out->why[0] = '\0';
    if (platform_headless()) {
        out->software = true;
        snprintf(out->why, sizeof out->why, "the %s video driver draws "
                 "into memory", SDL_GetCurrentVideoDriver());
        return;
    }
    const char *forced = SDL_getenv("ALLIANTIESPEL_RENDERER");
    if (forced && strcmp(forced, "software") == 0) {
        out->software = true;
        snprintf(out->why, sizeof out->why,
                 "ALLIANTIESPEL_RENDERER=software");
        return;
    }
    if (forced && strcmp(forced, "accelerated") == 0) {
        snprintf(out->why, sizeof out->why,
                 "ALLIANTIESPEL_RENDERER=accelerated");
        return;
    }
    if (forced && forced[0])
        fprintf(stderr, "alliantiespel: ALLIANTIESPEL_RENDERER must be "
                "software or accelerated, not '%s'; choosing as usual\n",
                forced);
#ifdef _WIN32
    /* Windows draws with Direct3D, which every Windows has (WARP, its
     * software rasteriser, where there is no GPU): SDL's accelerated
     * renderer first, the software one if that fails */
    (void)probe;
    snprintf(out->why, sizeof out->why, "Windows: Direct3D first");
    return;
#endif
#ifdef __EMSCRIPTEN__
    (void)probe; /* the browser draws with WebGL, or says it cannot */
    snprintf(out->why, sizeof out->why, "the browser: WebGL first");
    return;
#endif
    const char *soft = SDL_getenv("LIBGL_ALWAYS_SOFTWARE");
    bool told_soft = soft && soft[0] && strcmp(soft, "0") != 0;
    bool device = platform_gpu_device();
    if (!probe && told_soft) {
        out->software = true;
        snprintf(out->why, sizeof out->why, "LIBGL_ALWAYS_SOFTWARE is set: "
                 "OpenGL is a software one");
        return;
    }
    if (!probe && !device) {
        out->software = true;
        snprintf(out->why, sizeof out->why, "no GPU device (no /dev/dri "
                 "render node): OpenGL can only be a software one");
        return;
    }
    char name[160];
    bool named;
    /* app_open asked in a child process when it knew it would ask
     * (gl_probe.h); --version --verbose (probe) asks here */
    if (probe || !gl_probe_answer(name, sizeof name, &named))
        named = platform_gl_name(name, sizeof name);
    if (!named) {
        /* SDL's accelerated renderers may still work without OpenGL */
        snprintf(out->why, sizeof out->why, "OpenGL not asked (%s); the "
                 "accelerated renderer is tried first", name);
        return;
    }
    out->software = platform_gl_is_software(name);
    snprintf(out->why, sizeof out->why, "OpenGL is %s, %s%s", name,
             out->software ? "a software one" : "a GPU",
             device ? "" : "; no /dev/dri render node");
}

int platform_renderer_describe(FILE *out)
{
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        fprintf(out, "renderer: none (no display: %s)\n", SDL_GetError());
        return CLI_EXIT_OK;
    }
    const char *drv = SDL_GetCurrentVideoDriver();
    const char *asked = SDL_getenv("SDL_VIDEODRIVER");
    if (platform_headless() && (asked == NULL || strcmp(asked, drv) != 0)) {
        /* as app_open: SDL fell back to memory, the game would not start */
        fprintf(out, "renderer: none (no display found: is DISPLAY or "
                "WAYLAND_DISPLAY set?)\n");
        SDL_Quit();
        return CLI_EXIT_OK;
    }
    platform_renderer r;
    platform_renderer_choose(true, &r);
    fprintf(out, "video driver: %s\nrenderer: %s (%s)\n",
            SDL_GetCurrentVideoDriver(),
            r.software ? "software" : "accelerated", r.why);
    SDL_Quit();
    return CLI_EXIT_OK;
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

/* Takes what was done ahead; false (and the sentence told) when a deck or
 * an icon cannot be used. */
static bool platform_ahead_finish(app *a, int *exit_code)
{
    platform *p = a->platform;
    ahead_join(&p->ahead);
    if (p->ahead.exit_code != 0) {
        app_fail(exit_code, p->ahead.exit_code, p->ahead.error);
        return false;
    }
    gfx_sdl_adopt_felt(a, &p->ahead.felt);
    p->assets = p->ahead.assets;
    p->ahead.assets = NULL;
    assets_set_renderer(p->assets, p->renderer);
    p->text = p->ahead.text;
    p->ahead.text = NULL;
    text_cache_use_renderer(p->text, p->renderer,
                            gfx_sdl_uses_window_memory(a));
    return true;
}

app *app_open(const cli_options *options, const char *data_dir,
              const app_config *config, int *exit_code)
{
    *exit_code = CLI_EXIT_FAILURE;
    app *a = app_new(options, data_dir, config);
    if (a != NULL)
        a->gfx = &platform_gfx;
    platform *p = calloc(1, sizeof *p);
    if (a == NULL || p == NULL) {
        app_fail(exit_code, CLI_EXIT_FAILURE, "out of memory.");
        app_free(a);
        free(p);
        return NULL;
    }
    a->platform = p;
    a->wall = (int64_t)time(NULL);

    /* Before any thread and before SDL: OpenGL's name, when it will be
     * needed, is asked in a child process meanwhile (gl_probe.h). */
    if (platform_will_ask_gl())
        (void)gl_probe_start(platform_gl_name);
    if (!signals_start())
        fprintf(stderr, "alliantiespel: cannot watch for shutdown signals\n");
    /* SDL's own handlers would turn SIGTERM into a plain quit event, which
     * asks "stop the game?" of nobody. */
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
    SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    SDL_SetHint(SDL_HINT_RENDER_SCALE_QUALITY, "linear");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        char msg[512];
        snprintf(msg, sizeof msg, "cannot open a window: no display found "
                 "(%s).", SDL_GetError());
        app_fail(exit_code, CLI_EXIT_FAILURE, msg);
        signals_stop();
        free(p);
        app_free(a);
        return NULL;
    }
    {
        /* With no display SDL falls back to a driver that draws into
         * memory; a window nobody can see is no game. Tests ask for that
         * driver by name. */
        const char *drv = SDL_GetCurrentVideoDriver();
        const char *asked = SDL_getenv("SDL_VIDEODRIVER");
        if (drv && (strcmp(drv, "offscreen") == 0 ||
                    strcmp(drv, "dummy") == 0) &&
            (asked == NULL || strcmp(asked, drv) != 0)) {
            app_fail(exit_code, CLI_EXIT_FAILURE,
                     "cannot open a window: no display found (is DISPLAY "
                     "or WAYLAND_DISPLAY set?).");
            SDL_Quit();
            signals_stop();
            free(p);
            app_free(a);
            return NULL;
        }
    }
    if (TTF_Init() != 0) {
        app_fail(exit_code, CLI_EXIT_FAILURE, "cannot start the text renderer.");
        SDL_Quit();
        signals_stop();
        free(p);
        app_free(a);
        return NULL;
    }

    /* --no-trace: not even the folder is made. Made as the command line
     * finds it (os_user_folder), also in a browser, where SDL's own
     * SDL_GetPrefPath would be outside the folder the page keeps. */
    if (!options->no_trace &&
        os_user_folder(a->pref_dir, sizeof a->pref_dir)) {
        /* its safety is checked (never changed) by autosave_startup */
        (void)datadir_make_private(a->pref_dir);
        app_load_settings(a);
    }

    char err[APP_PATH_MAX + 256];
    int w = options->window_width > 0 ? options->window_width : APP_DEFAULT_W;
    int h = options->window_height > 0 ? options->window_height
                                       : APP_DEFAULT_H;
    if (options->window_width <= 0) {
        SDL_Rect usable;
        if (SDL_GetDisplayUsableBounds(0, &usable) == 0 && usable.w > 0 &&
            usable.h > 0) {
            if (w > usable.w - 40)
                w = usable.w - 40 > APP_MIN_W ? usable.w - 40 : APP_MIN_W;
            if (h > usable.h - 60)
                h = usable.h - 60 > APP_MIN_H ? usable.h - 60 : APP_MIN_H;
        }
    }
    {
        /* Decided before the window: with the software renderer SDL must
         * not emulate the window's framebuffer through OpenGL (on X11 it
         * would load Mesa, and llvmpipe with it). Headless: draw straight
         * into memory, load no GL driver. */
        platform_renderer choice;
        platform_renderer_choose(false, &choice);
        p->software = choice.software;
        snprintf(p->renderer_why, sizeof p->renderer_why, "%s", choice.why);
        if (p->software &&
            !SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0")) {
            /* refused only when the environment says otherwise */
            const char *hint = SDL_GetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION);
            if (hint == NULL || strcmp(hint, "0") != 0)
                fprintf(stderr, "alliantiespel: framebuffer acceleration "
                        "stays on (SDL_FRAMEBUFFER_ACCELERATION=%s)\n",
                        hint ? hint : "");
        }
    }
    /* Shown once the decks and icons are found good: a deck that cannot
     * be used is told without a window flashing up. */
    Uint32 wflags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI |
                    SDL_WINDOW_HIDDEN;
    if (options->fullscreen) {
        wflags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
        a->fullscreen = true;
    }
    int wx = SDL_WINDOWPOS_CENTERED, wy = SDL_WINDOWPOS_CENTERED;
    {
        /* Full screen from the start: the window is made at the screen's
         * size in the corner, so the first frame is right even where the
         * window manager is slow to honour full screen or ignores it. */
        SDL_DisplayMode desktop;
        if (options->fullscreen &&
            SDL_GetDesktopDisplayMode(0, &desktop) == 0) {
            w = desktop.w;
            h = desktop.h;
            wx = wy = 0;
        }
        ahead_start(&p->ahead, a, options, w, h);
    }
    p->window = SDL_CreateWindow("Alliantiespel", wx, wy, w, h, wflags);
    if (p->window == NULL) {
        char msg[512];
        snprintf(msg, sizeof msg, "cannot open a window: no display found "
                 "(%s).", SDL_GetError());
        app_fail(exit_code, CLI_EXIT_FAILURE, msg);
        app_close(a);
        return NULL;
    }
    SDL_SetWindowMinimumSize(p->window, APP_MIN_W, APP_MIN_H);
    if (!platform_make_renderer(p, config)) {
        char msg[512];
        snprintf(msg, sizeof msg, "cannot draw in the window (%s).",
                 SDL_GetError());
        app_fail(exit_code, CLI_EXIT_FAILURE, msg);
        app_close(a);
        return NULL;
    }
    platform_update_size(a);
    if (!gfx_sdl_init(a, err, sizeof err)) {
        app_fail(exit_code, CLI_EXIT_FAILURE, err);
        app_close(a);
        return NULL;
    }
    /* The second thread is still at work: meanwhile this one takes the
     * page faults of the window's fresh memory, which the first frame's
     * felt would otherwise take (window_memory.h). */
    if (p->software)
        window_memory_touch(p->window);
    /* still waiting: the felt too, unless the worker got to it first */
    if (ahead_claim_felt(&p->ahead))
        felt_make(&p->ahead.felt, p->ahead.w, p->ahead.h, draw_felt_rgb());
    if (!platform_ahead_finish(a, exit_code)) {
        app_close(a);
        return NULL;
    }
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
        ahead_join(&p->ahead); /* when opening failed half way */
        ahead_free(&p->ahead);
        speech_close();
        speak_use(a, NULL);
        app_leave(a, p->entered);
        text_cache_free(p->text);
        assets_free(p->assets);
        gfx_shadow_forget(a);
        gfx_sdl_shutdown(a);
        if (p->renderer)
            SDL_DestroyRenderer(p->renderer);
        if (p->window)
            SDL_DestroyWindow(p->window);
        free(p);
        a->platform = NULL;
    }
    app_free(a);
    TTF_Quit();
    SDL_Quit();
    signals_stop();
}
