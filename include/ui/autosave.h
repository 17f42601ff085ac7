/* autosave: keeps the round being played in the user's folder after every
 * move, so a crash or an empty battery loses no answers, and offers it
 * back at the next start. The file is private (0600) and goes away when
 * the round ends or the players stop it. */
#ifndef ALLIANTIESPEL_AUTOSAVE_H
#define ALLIANTIESPEL_AUTOSAVE_H

#include <stdbool.h>

#include "app.h"

#define AUTOSAVE_FILE "round-in-progress.yaml"

/* After a move: writes the round, or removes the file once it is over. */
void autosave_update(app *a);
/* The players stopped the round: its answers are not kept. */
void autosave_clear(app *a);
/* True when an unfinished round waits in the user's folder. */
bool autosave_pending(const app *a);
/* Picks the waiting round up again on its deck and shows the screen it
 * was at (the hand-over screen when tokens lie face down, so nothing
 * hidden shows). On failure removes the file, says why in the start
 * screen's message, and returns false. */
bool autosave_resume(app *a);

#endif
