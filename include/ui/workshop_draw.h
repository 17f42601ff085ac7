/* workshop_draw: what a workshop's own screens share on the projector:
 * the theme's ground with a bar on top (where the card is, and the talk
 * timer), the card's words in letters read from the back of the room,
 * a side's name, and the clock a tap starts. The facilitator's buttons
 * are each screen's buttons_table. */
#ifndef ALLIANTIESPEL_WORKSHOP_DRAW_H
#define ALLIANTIESPEL_WORKSHOP_DRAW_H

#include "app.h"
#include "input.h"
#include "layout_workshop.h"
#include "theme.h"

const theme *workshop_theme(const app *a);
/* The ground, the top bar (progress left, the timer right while it is
 * used), and the card's words in the room's wording. */
void workshop_draw_frame(const app *a, const layout_workshop *l);
/* "Clients: 12 people · middle: 3" over a side's panel (side
 * DECK_ROLE_COUNT: the teams of both sides); the side's name alone when
 * not counted yet, no middle when median < 0. */
void workshop_draw_heading(const app *a, layout_rect r, deck_role side,
                           unsigned people, bool counted, int median);
/* text on one line of r, shortened by whole words with "..." when it
 * does not fit at size (a card's words under a pick on a small screen). */
void workshop_draw_line(const app *a, const char *text, layout_rect r, int size,
                        gfx_color color);
/* "1 Not at all · 2 Not really · ...": the options' words on one line,
 * in the spread's order: from the theme's bad end to its good end, so a
 * negative theme's (stroefheid) from its last option to its first. */
void workshop_draw_legend(const app *a, layout_rect r, bool negative);
/* One entry of a key over the bars: a sample of what is drawn (a block
 * in colour, its right half in half when that differs: the teams of
 * both sides; or an outline in ink, the first vote) and its words. */
typedef struct {
    gfx_color color, half;
    bool outline;
    const char *label;
} workshop_key_item;

#define WORKSHOP_KEY_MAX 4

/* The entries from left to right in r, each sample a capital high beside
 * its words in bold at the body's size. */
void workshop_draw_key(const app *a, layout_rect r,
                       const workshop_key_item *items, size_t count);
/* The first vote's outline around r: ink on three sides (a bar stands
 * on the baseline), on four for a key's sample. */
void workshop_draw_outline(const app *a, layout_rect r, bool closed);
/* A click or tap on the talk clock in the top bar starts or pauses it,
 * as T does; false when ev was no tap on it. */
bool workshop_clock_tap(app *a, const layout_workshop *l,
                        const input_event *ev);
/* The wording the room reads on the card: the client's when a seat of
 * the client side plays, else the professional's. */
deck_role workshop_shown_side(const session *s);

#endif
