/* score: what the answers say. Gaps per card, means per dimension and
 * player, high/low, the reading per dimension and the topics to discuss.
 * Scores use an answer's position on the scale, 1..K, so every scale reads
 * the same way. The words built on this are a conversation aid, never a
 * diagnosis. */
#ifndef ALLIANTIESPEL_SCORE_H
#define ALLIANTIESPEL_SCORE_H

#include <stdbool.h>
#include <stddef.h>

#include "session.h"

typedef enum {
    SCORE_ALIGNED = 0, /* gap 0: op één lijn */
    SCORE_CLOSE = 1,   /* gap 1: dichtbij */
    SCORE_APART = 2    /* gap 2 or more: uit elkaar */
} score_alignment;

typedef enum { SCORE_LOW, SCORE_MIDDLE, SCORE_HIGH } score_level;

typedef enum {
    SCORE_READING_NONE,    /* no revealed card in this dimension */
    SCORE_READING_GOOD,    /* every player at the good end */
    SCORE_READING_MIXED,   /* nobody at the bad end, not all at the good end */
    SCORE_READING_CONCERN  /* at least one player at the bad end */
} score_reading;

typedef struct {
    size_t dimension;                          /* index into deck.dimensions */
    size_t cards;                              /* revealed cards counted */
    double mean[SESSION_MAX_PLAYERS];          /* position 1..K */
    score_level level[SESSION_MAX_PLAYERS];
    bool good_end[SESSION_MAX_PLAYERS];
    bool bad_end[SESSION_MAX_PLAYERS];
    double mean_gap;                           /* mean of the cards' gaps */
    score_alignment alignment;                 /* of the mean gap, rounded */
    /* Revealed cards per alignment (index: score_alignment), so the board
     * can show how the gaps spread, not only their mean. */
    size_t alignment_cards[3];
    /* With several people on the client side: the mean of each card's
     * largest gap among them, and of the gap between their middle and
     * the professional (score_round_sides). */
    double within_gap;
    double between_gap;
    score_reading reading;
} score_dimension;

/* Why a card is worth talking about; a card may have several reasons. */
enum {
    SCORE_TOPIC_GAP = 1,     /* among the largest gaps (and gap >= 1) */
    SCORE_TOPIC_BAD_END = 2, /* someone answered at the bad end */
    SCORE_TOPIC_MARKED = 4   /* the players marked it "bespreken" */
};

typedef struct {
    size_t round;   /* index into session.rounds */
    int gap;        /* largest gap between any two players */
    unsigned reasons;
} score_topic;

typedef struct {
    size_t option_count;       /* K */
    size_t player_count;
    score_dimension *dimensions; /* one per deck dimension, in deck order */
    size_t dimension_count;
    score_topic *topics;       /* most pressing first */
    size_t topic_count;
    size_t revealed;
    size_t skipped;
    size_t kept_out;      /* "alleen voor het gesprek": counted nowhere */
    bool good_alliance;        /* every player at the good end of every
                                  dimension that has answers */
} score_summary;

/* Largest gap in scale steps between any two players on a revealed round,
 * or -1 when it is not revealed. */
int score_round_gap(const session *s, size_t round);
/* Gap between two players on a revealed round, or -1. */
int score_pair_gap(const session *s, size_t round, size_t a, size_t b);
score_alignment score_alignment_of_gap(int gap);
/* A mean gap's alignment, by the same bands report_gap_words says it
 * in: under a quarter step on one line; up to a quarter over one step
 * close ("half a step", "just over 1 step"); from "between 1 and 2
 * steps" on apart. One rule, so a row's words and icon never disagree. */
score_alignment score_alignment_of_mean(double mean_gap);
/* A turned card's two distances when the client side has several people:
 * the largest gap among them (within), and between their middle and the
 * professional, in whole steps (between). False (and -1) when the card is
 * not turned or a side has no answer. */
bool score_round_sides(const session *s, size_t round, int *within,
                       int *between);
/* The gap (score_round_gap) of every revealed card of a dimension, in the
 * order they were played, into gaps (at most max of them); returns how many
 * there are, which may be more than max. For drawing each card's gap as a
 * small mark. */
size_t score_dimension_gaps(const session *s, size_t dimension, int *gaps,
                            size_t max);

/* Level of a position (1..K) on a K-option scale: high at or above
 * 1 + 0.75(K-1), low at or below 1 + 0.25(K-1). */
score_level score_level_of(double position, size_t option_count);
/* True when this answer (option index) lies at the bad end of the card's
 * dimension: low on a positive one, high on a negative one. */
bool score_answer_bad_end(const session *s, size_t round, int option);

/* Where a mean answer (1..options) lies between a theme's bad end (0)
 * and its good end (1): every chart draws its good end on the same side
 * with this, so a negative theme (stroefheid) is turned round. */
double score_toward_good(double mean, size_t options, bool negative);
/* The same rule for one option (0-based): its step counted from the
 * theme's bad end (0) to its good end (options - 1), as score_toward_good
 * places it. The rule is its own inverse: the option at step n is
 * score_step_toward_good(n, ...), so a chart drawn step by step puts
 * each option where the board puts its answer. */
size_t score_step_toward_good(size_t option, size_t options, bool negative);

bool score_compute(const session *s, score_summary *out);
void score_free(score_summary *summary);

#endif
