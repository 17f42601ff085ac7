/* console: where the command line's words go. On Windows the game is a
 * window program (no black box on a double-click), so started from a
 * Command Prompt it has no console of its own: it writes to the one it
 * was started from. Elsewhere nothing to do. */
#ifndef ALLIANTIESPEL_CONSOLE_H
#define ALLIANTIESPEL_CONSOLE_H

#ifdef _WIN32
/* main is SDL_main: SDL2main's WinMain hands it its arguments in UTF-8 */
#include <SDL_main.h>
#endif

void console_attach(void);

#endif
