/* x11_errors: see x11_errors.h. libX11 is SDL's, found through
 * SDL_LoadObject, so the game links nothing more; a build without X11's
 * headers (Windows, the browser) has nothing to install. */
#include "x11_errors.h"

#if defined(__linux__) && !defined(__EMSCRIPTEN__) && \
    defined(__has_include)
#if __has_include(<X11/Xlib.h>) && __has_include(<X11/Xproto.h>)
#define X11_ERRORS_HAVE_X11 1
#endif
#endif

#ifdef X11_ERRORS_HAVE_X11
#include <SDL.h>
#include <X11/Xlib.h>
#include <X11/Xproto.h>
#include <string.h>

#include "dl_symbol.h"

typedef XErrorHandler (*x11_errors_set_fn)(XErrorHandler handler);

static void *x11_errors_lib;
static x11_errors_set_fn x11_errors_set;
static XErrorHandler x11_errors_before;
static int x11_errors_installed;

static int x11_errors_handle(Display *display, XErrorEvent *e)
{
    /* SDL's wake-up for a window already gone: nothing was lost */
    if (e->error_code == BadWindow && e->request_code == X_SendEvent)
        return 0;
    return x11_errors_before ? x11_errors_before(display, e) : 0;
}

void x11_errors_install(void)
{
    const char *driver = SDL_GetCurrentVideoDriver();
    if (x11_errors_installed || driver == NULL || strcmp(driver, "x11") != 0)
        return;
    x11_errors_lib = dl_open("libX11.so.6");
    if (x11_errors_lib == NULL ||
        !dl_symbol(x11_errors_lib, "XSetErrorHandler", &x11_errors_set,
                   sizeof x11_errors_set)) {
        dl_close(x11_errors_lib);
        x11_errors_lib = NULL;
        return; /* Xlib's own handling stays */
    }
    x11_errors_before = x11_errors_set(x11_errors_handle);
    x11_errors_installed = 1;
}

void x11_errors_remove(void)
{
    if (x11_errors_installed)
        (void)x11_errors_set(x11_errors_before);
    x11_errors_installed = 0;
    x11_errors_before = NULL;
    dl_close(x11_errors_lib);
    x11_errors_lib = NULL;
}
#else
void x11_errors_install(void)
{
}

void x11_errors_remove(void)
{
}
#endif
