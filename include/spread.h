/* spread: how a group spread over the options of a card (the workshop's
 * show of hands, one count per option per side), in numbers a reveal
 * chart and a board can show: the total, the median and mean position,
 * how widely the room spread, the gap between two sides, the option where
 * their shares differ most, and the shift after a revote. Plain C, no
 * session: the counts come in as arrays. */
#ifndef ALLIANTIESPEL_SPREAD_H
#define ALLIANTIESPEL_SPREAD_H

#include <stdbool.h>
#include <stddef.h>

#include "deck.h"

#define SPREAD_MAX_COUNT 999   /* people per option, as a facilitator types */
/* Counts added up (a side's seats, a theme's cards) pass 999 in a large
 * room; the numbers below take up to this many people per option, which
 * keeps a total of seven options far from overflowing. */
#define SPREAD_MAX_SUM 100000000u

typedef struct {
    unsigned count[DECK_MAX_OPTIONS]; /* people per option, in scale order */
    size_t options;                   /* the scale's length */
} spread_counts;

typedef struct {
    unsigned total;
    int median;      /* option index where half the people are reached
                        (the lower one when two options share it) */
    double mean;     /* mean option index */
    double sd;       /* standard deviation in scale steps: how widely */
    int lowest;      /* the first and last option someone chose */
    int highest;
} spread_stats;

/* False (and *out zero) when nobody answered or a count is out of range
 * (above SPREAD_MAX_SUM). */
bool spread_stats_of(const spread_counts *c, spread_stats *out);
/* The share of the people on an option, 0..1 (0 when nobody answered). */
double spread_share(const spread_counts *c, size_t option);
/* The largest share on one option (0 when nobody answered): the top of
 * a chart that draws the side on a common scale. */
double spread_largest_share(const spread_counts *c);
/* The distance between two sides' means in scale steps, or -1 when
 * either side has nobody. */
double spread_gap(const spread_counts *a, const spread_counts *b);
/* The option whose share differs most between two sides (the first such
 * one), or -1 when either side has nobody. */
int spread_most_different(const spread_counts *a, const spread_counts *b);

/* After a revote: the gap between the sides before and after, and each
 * side's mean moved. */
typedef struct {
    double gap_before, gap_after; /* -1 where a side had nobody */
    double moved[2];              /* mean after minus before, per side */
    bool closer;                  /* the gap shrank by half a step or more */
    bool apart;                   /* it grew by half a step or more */
} spread_shift;

bool spread_shift_of(const spread_counts before[2], const spread_counts after[2],
                     spread_shift *out);

#endif
