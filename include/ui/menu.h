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
/* Opens the plain explanation of a theme (the "?" by its name), named
 * as the client side's card names it, in the round's language. */
void menu_explain(app *a, size_t dimension);
/* The same as a side's card in a deck language names it ("Richting en
 * kader" for the professional, "Goals and rules" for an English client):
 * the help names what the card named. */
void menu_explain_as(app *a, size_t dimension, deck_role side,
                     size_t language);
/* Asks whether to stop the round under way and quit. */
void menu_ask_quit(app *a);
/* True while a game is under way (leaving it asks first). */
bool menu_game_running(const app *a);

#endif
