/* board: the summary board's widgets (board.c). */
#ifndef ALLIANTIESPEL_UI_BOARD_H
#define ALLIANTIESPEL_UI_BOARD_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"

/* One theme's row: name (with its "?", gold-ringed when help_focus; none
 * on a picture for the client file),
 * the bar with every person's marker, and the words. index alternates
 * the row's shading. */
void board_row(const app *a, const layout_board_row *row, const score_dimension *dim,
               size_t index, bool help_focus, bool picture);
/* Who is who: a marker and a name per person, right-aligned in legend. */
void board_legend(const app *a, layout_rect legend);

/* Guesses (board_guess.c): the lines the block needs for this round (0
 * when nobody guessed), and the block itself on those lines under its
 * title. */
size_t board_guess_lines(const session *s);
void board_guess_block(const app *a, const layout_rect *lines, size_t count,
                       layout_rect title);

#endif
