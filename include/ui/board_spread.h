/* board_spread: the workshop's board (the summary scene draws it when the
 * mode's scoring is a distribution): per theme how each side spread over
 * the scale, its good end always on the right, the gap between the
 * sides, and the cards that divided the room most. */
#ifndef ALLIANTIESPEL_BOARD_SPREAD_H
#define ALLIANTIESPEL_BOARD_SPREAD_H

#include "app.h"

/* Draws it between the top bar and bottom (the buttons' row). */
void board_spread_draw(const app *a, int bottom);

#endif
