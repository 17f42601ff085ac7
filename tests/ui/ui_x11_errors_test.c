/* Under X11 a wake-up SDL sends to a window that is already gone
 * (BadWindow on SendEvent) no longer ends the game with exit(1), while
 * every other protocol error still reaches the handler there before.
 * Run under xvfb-run (tests/ui/CMakeLists.txt); skipped without X. */
#include <SDL.h>
#include <X11/Xlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "x11_errors.h"

static int earlier_errors;
static unsigned char earlier_request;

static int earlier_handler(Display *display, XErrorEvent *e)
{
    (void)display;
    earlier_errors++;
    earlier_request = e->request_code;
    return 0;
}

int main(void)
{
    if (getenv("DISPLAY") == NULL)
        return 77;
    setenv("SDL_VIDEODRIVER", "x11", 1);
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        fprintf(stderr, "SKIP: no X11 display: %s\n", SDL_GetError());
        return 77;
    }
    XSetErrorHandler(earlier_handler);
    x11_errors_install();
    /* the wake-up's own connection, and a window id nobody has */
    Display *other = XOpenDisplay(NULL);
    CHECK(other != NULL);
    if (other == NULL)
        return check_report();
    Window gone = 0x7ffffe;
    XEvent wake;
    memset(&wake, 0, sizeof wake);
    wake.xclient.type = ClientMessage;
    wake.xclient.window = gone;
    wake.xclient.format = 8;
    XSendEvent(other, gone, False, NoEventMask, &wake);
    XSync(other, False); /* without the handler: exit(1) here */
    CHECK_INT(earlier_errors, 0);
    /* any other error goes on to the handler before */
    XMapWindow(other, gone);
    XSync(other, False);
    CHECK_INT(earlier_errors, 1);
    CHECK_INT(earlier_request, 8); /* X_MapWindow */
    XCloseDisplay(other);
    SDL_Quit();
    x11_errors_remove();
    return check_report();
}
