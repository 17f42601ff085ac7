/* x11_errors: under X11, one harmless protocol error no longer ends the
 * game. SDL 2.26 wakes its event wait by sending an event to the window
 * over a second connection; a wake-up sent just as the window is
 * destroyed (a key pressed, then quit) can reach the server after it,
 * and the BadWindow that follows is answered by Xlib's default handler
 * with exit(1) when SDL closes that connection: the round is kept, but
 * the game ends "failed" (seen once in CI, ui_smoke_xvfb). Every other
 * error still goes to the handler that was there before. */
#ifndef ALLIANTIESPEL_PLATFORM_X11_ERRORS_H
#define ALLIANTIESPEL_PLATFORM_X11_ERRORS_H

/* After SDL_Init: installs the handler when SDL's driver is x11 (libX11
 * is then loaded already); nothing elsewhere. */
void x11_errors_install(void);
/* After SDL_Quit: the handler before it back. */
void x11_errors_remove(void);

#endif
