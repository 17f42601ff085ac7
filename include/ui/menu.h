/* menu: the Esc menu over any screen: resume, full screen, back to the
 * start, quit. Leaving a game that is under way asks first. */
#ifndef ALLIANTIESPEL_MENU_H
#define ALLIANTIESPEL_MENU_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"
#include "input.h"

/* Handles input while the menu is open; always consumes it. */
void menu_handle(app *a, const input_event *ev);
void menu_draw(const app *a);
/* Opens the plain explanation of a theme (the "?" by its name). */
void menu_explain(app *a, size_t dimension);
/* Asks whether to stop the round under way and quit. */
void menu_ask_quit(app *a);
/* True while a game is under way (leaving it asks first). */
bool menu_game_running(const app *a);

#endif
