/* theme: the colours of a workshop's own screens on a projector. Dark
 * (the felt, for a dimmed room) or light (white, for a bright room where
 * a projector washes dark colours out). Text keeps 7:1 against what it
 * lies on and bars 3:1 (tests/ui/ui_contrast_test.c measures both). */
#ifndef ALLIANTIESPEL_THEME_H
#define ALLIANTIESPEL_THEME_H

#include <stdbool.h>

#include "deck.h"
#include "gfx.h"

typedef struct {
    gfx_color background;
    gfx_color panel;          /* a side's panel, a field */
    gfx_color ink;            /* text on the background and the panels */
    gfx_color ink_soft;       /* secondary text: still 7:1 */
    gfx_color client, pro;    /* each side's bars */
    gfx_color focus;          /* the field being typed in: a ring */
    gfx_color highlight;      /* where the sides differ most: under dark
                                 text (THEME_ON_HIGHLIGHT) */
    gfx_color on_bar;         /* a team's name on its bar: 7:1 on both */
} theme;

#define THEME_ON_HIGHLIGHT ((gfx_color){17, 17, 17, 255})

const theme *theme_get(bool light);
/* A side's colour: the clients' or the professionals' bars. */
gfx_color theme_side(const theme *t, deck_role side);
/* The WCAG contrast ratio of two colours (1 to 21). */
double theme_contrast(gfx_color a, gfx_color b);

#endif
