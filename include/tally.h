/* tally: a session's workshop answers as spread_counts (spread.h), for
 * the reveal chart, the board and --summary. A show of hands (a seat with
 * hands) gives its side's people per option; a team (any other seat)
 * counts as one on the option it chose. Plain C: no SDL, no clock, no
 * allocation and nothing cached, so the board may ask every frame (50
 * cards take microseconds).
 *
 * Which vote: where a card was voted on again after the talk, the board
 * and the themes use the latest vote (what the room thinks now); the
 * first vote is only used for what the talk changed (tally_shift, the
 * TALLY_SHIFT pick). */
#ifndef ALLIANTIESPEL_TALLY_H
#define ALLIANTIESPEL_TALLY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "deck.h"
#include "session.h"
#include "spread.h"

/* One vote on a card as the seats gave it: the first (round.first) when
 * first_vote and the card was revoted, else the latest. */
typedef struct {
    const int *answer;                           /* per seat */
    const bool *counted;                         /* per seat with hands */
    const uint16_t (*counts)[DECK_MAX_OPTIONS];  /* per seat with hands */
    bool early;                                  /* turned before all had
                                                    answered */
} tally_vote;

/* The vote, when it may be seen: a first vote always (it was turned), the
 * latest once the card is turned. False for an open, skipped or unknown
 * card's latest vote. */
bool tally_vote_of(const session *s, size_t round, bool first_vote,
                   tally_vote *out);

/* How many people of side chose each option on the round's card, in the
 * card's own scale order: hands seats give their counts, team seats one
 * each (a team that had not answered on an early reveal, or a show of
 * hands not yet given, counts for nothing). first_vote asks for the vote
 * before a revote (round.first), else the only one; a card not revoted
 * has one vote either way. Answers are told only once turned: the latest
 * vote of an open or skipped card has none. False when nobody of that
 * side answered (out zeroed, out->options set); a round out of range is
 * false too. */
bool tally_card(const session *s, size_t round, deck_role side,
                bool first_vote, spread_counts *out);

/* Both sides at once, out indexed by deck_role; false when neither side
 * has anybody. */
bool tally_card_sides(const session *s, size_t round, bool first_vote,
                      spread_counts out[DECK_ROLE_COUNT]);

/* What the talk changed on a revoted, turned card: the first vote against
 * the latest (spread_shift_of). False when the card was not revoted, its
 * revote is not turned yet, or no side answered in both votes. */
bool tally_shift(const session *s, size_t round, spread_shift *out);

/* One theme (deck dimension) over the cards that count
 * (session_round_counts), latest votes: both sides' counts added up.
 * The good end is always the LAST option (index options - 1): option i
 * holds the card's option at step i from the theme's bad end
 * (score_step_toward_good; a negative theme's counts turned round), so a
 * higher mean is always better and a chart drawn from left to right has
 * its good end on the right, as every board has. */
typedef struct {
    size_t dimension;                     /* index into deck.dimensions */
    size_t cards;                         /* its cards that count */
    bool turned;                          /* negative: counts turned round */
    spread_counts side[DECK_ROLE_COUNT];  /* indexed by deck_role */
    spread_stats stats[DECK_ROLE_COUNT];  /* zero where answered is false */
    bool answered[DECK_ROLE_COUNT];       /* somebody of the side answered */
    double gap;        /* spread_gap between the sides, -1 when a side has
                          nobody */
    bool any;          /* somebody of either side answered */
} tally_theme;

bool tally_theme_of(const session *s, size_t dimension, tally_theme *out);

/* The cards that divided the room most, over the whole round. */
typedef enum {
    TALLY_WIDEST, /* largest sd of both sides pooled (latest vote) */
    TALLY_GAP,    /* largest gap between the sides (latest vote) */
    TALLY_SHIFT,  /* largest change of the gap after a revote, either way */
    TALLY_PICK_COUNT
} tally_pick_kind;

typedef struct {
    long round;   /* index into session.rounds, or -1 when no card that
                     counts has a value above zero */
    double value; /* WIDEST: sd in steps; GAP: steps; SHIFT: the gap after
                     minus before (below zero: closer after the talk) */
} tally_pick;

typedef struct {
    tally_theme themes[DECK_MAX_DIMENSIONS]; /* in deck order */
    size_t theme_count;                      /* the deck's dimensions */
    tally_pick pick[TALLY_PICK_COUNT];       /* ties: the earlier card */
    size_t counted;                          /* rounds that count */
    size_t skipped;                          /* skipped, not kept out */
    size_t kept_out;                         /* only for the talk */
} tally_summary;

/* Every theme and the picks in one pass over the rounds; false when
 * nobody answered on any card that counts. */
bool tally_compute(const session *s, tally_summary *out);

#endif
