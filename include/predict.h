/* predict: how well a seat guessed the other side's answers (training,
 * and "guess the other" at the table). Plain numbers per theme and
 * overall; report.c turns them into words, never into a grade. */
#ifndef ALLIANTIESPEL_PREDICT_H
#define ALLIANTIESPEL_PREDICT_H

#include <stdbool.h>
#include <stddef.h>

#include "deck.h"
#include "session.h"

/* One guess is compared with the answer of every seat on the other side
 * (one comparison at the table, one per family member for the
 * professional), on turned cards only. */
typedef struct {
    size_t count;       /* comparisons */
    size_t exact;       /* the guess was the answer */
    size_t within_one;  /* at most one step off (exact included) */
    long distance_sum;  /* steps between guess and answer */
    long lean_sum;      /* steps the guess lies toward the theme's good
                           end: above 0 the guesser saw the alliance as
                           better than the other said */
} predict_tally;

typedef struct {
    size_t seat;                              /* who guessed */
    predict_tally overall;
    predict_tally theme[DECK_MAX_DIMENSIONS]; /* per deck dimension */
} predict_score;

typedef enum {
    PREDICT_NOTHING,   /* nothing to compare */
    PREDICT_ABOUT,     /* on average within half a step either way */
    PREDICT_BETTER,    /* read the alliance as better than it was said */
    PREDICT_WORSE      /* read it as worse */
} predict_reading;

/* The guesses of seat; false when the seat does not predict. */
bool predict_score_seat(const session *s, size_t seat, predict_score *out);
/* Adds b to a (a class of results). */
void predict_tally_add(predict_tally *a, const predict_tally *b);
double predict_mean_distance(const predict_tally *t);
double predict_mean_lean(const predict_tally *t);
predict_reading predict_read(const predict_tally *t);
/* One card: the steps the seat's guess lay off from the first seat of
 * the other side, or -1 when there is nothing to compare. */
int predict_card_distance(const session *s, size_t round, size_t seat);

#endif
