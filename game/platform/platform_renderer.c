/* platform_renderer: see platform_renderer.h. */
#include "platform_renderer.h"

#include <SDL.h>
#include <ctype.h>
#include <string.h>
#ifdef __linux__
#include <dirent.h>
#include <unistd.h>
#endif

#include "cli.h"
#include "gl_probe.h"

bool platform_renderer_headless(void)
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

void platform_renderer_probe_start(void)
{
    /* OpenGL's name, when it will be needed, is asked in a child process
     * meanwhile (gl_probe.h) */
    if (platform_will_ask_gl())
        (void)gl_probe_start(platform_gl_name);
}

void platform_renderer_choose(bool probe, platform_renderer *out)
{
    out->software = false;
    out->why[0] = '\0';
    if (platform_renderer_headless()) {
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
    if (platform_renderer_headless() && (asked == NULL || strcmp(asked, drv) != 0)) {
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
