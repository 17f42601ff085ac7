/* layout_workshop: where a workshop's own screens put things, in the
 * projector's profile (layout.h): the card's text on top in letters read
 * from the back of a room, then the two sides side by side (the show of
 * hands typed per option, or the spread as bars), a line of words and
 * the facilitator's buttons. Pure arithmetic, tested headless. */
#ifndef ALLIANTIESPEL_LAYOUT_WORKSHOP_H
#define ALLIANTIESPEL_LAYOUT_WORKSHOP_H

#include "layout.h"

#define LAYOUT_WORKSHOP_SIDES 2
#define LAYOUT_WORKSHOP_BUTTONS 6

/* One side's panel: its heading, and per option a column (the spread's
 * bar over its label) or a row (the count typed beside its label). The
 * spread's columns are places from left to right, the theme's bad end
 * first: the scene puts each option in its place. */
typedef struct {
    layout_rect box, heading;
    layout_rect plot;                        /* the bars' area */
    layout_rect column[LAYOUT_MAX_TOKENS];   /* a bar's full height */
    layout_rect label[LAYOUT_MAX_TOKENS];    /* under the bar / left */
    layout_rect good;                        /* the spread's "good": right
                                                of the bars, on the
                                                labels' line */
    layout_rect field[LAYOUT_MAX_TOKENS];    /* the typed count (hands) */
    layout_rect key;                         /* over the bars, when the
                                                spread needs one: which
                                                colour is which side, which
                                                mark the first vote */
} layout_workshop_side;

typedef struct {
    layout_rect card, card_text;             /* the card's words */
    layout_rect timer;                       /* the talk timer, top right */
    layout_workshop_side side[LAYOUT_WORKSHOP_SIDES];
    size_t sides, options;
    layout_rect legend;                      /* the options' words, once */
    layout_rect words;                       /* one line: where the sides
                                                differ, what the revote did */
    layout_rect button[LAYOUT_WORKSHOP_BUTTONS];
    size_t buttons;
} layout_workshop;

#define LAYOUT_MAX_TEAMS 8

/* The start screen's teams: per team its side (a button that switches),
 * its name and a button that removes it; a row to add one; back and
 * start; the letters a finger types with, over the lower rows and the
 * buttons (the first two rows stay in sight). */
typedef struct {
    layout_rect title, keys;
    layout_rect side[LAYOUT_MAX_TEAMS], name[LAYOUT_MAX_TEAMS];
    layout_rect remove[LAYOUT_MAX_TEAMS];
    layout_rect add;
    layout_rect keyboard;
    layout_rect message;
    layout_rect cancel, start;
} layout_teams;

/* ... for teams teams (the row to add one under the last). */
void layout_teams_make(const layout_frame *f, size_t teams,
                       layout_teams *out);

#define LAYOUT_MAX_PICKS 3

/* The workshop's board: per theme its name, each side's spread as small
 * bars and the gap; under it the cards that divided the room most. Each
 * side's panel holds its bars, the theme's bad end left and its good end
 * right, and the word "good" right of them in the same panel, so each
 * chart says which end is good. */
typedef struct {
    layout_rect name, side[LAYOUT_WORKSHOP_SIDES], gap;
    layout_rect bars[LAYOUT_WORKSHOP_SIDES]; /* in side: the options' bars */
    layout_rect good[LAYOUT_WORKSHOP_SIDES]; /* in side, right of bars */
} layout_group_row;

typedef struct {
    layout_rect title;
    layout_rect heading[LAYOUT_WORKSHOP_SIDES];   /* over the columns */
    layout_group_row row[LAYOUT_MAX_ROWS];
    size_t row_count;
    layout_rect picks_title;
    layout_rect pick[LAYOUT_MAX_PICKS];
} layout_group_board;

/* Between the top bar and bottom (the board's buttons' row). */
void layout_group_board_make(const layout_frame *f, size_t themes,
                             int bottom, layout_group_board *out);

/* The spread's screen (bars per option, per side) for sides (1 or 2)
 * and options, with buttons facilitator buttons along the bottom. */
void layout_spread_make(const layout_frame *f, size_t sides, size_t options,
                        size_t buttons, layout_workshop *out);
/* A key over each side's bars (layout_workshop_side.key), a line of
 * body text high, taken off the top of the bars' area: the bars keep
 * their bottom, their columns and their labels. */
void layout_spread_key(const layout_frame *f, layout_workshop *l);
/* The show of hands' screen: per side a row per option with its count. */
void layout_hands_make(const layout_frame *f, size_t options, size_t buttons,
                       layout_workshop *out);

#endif
