/* session: the rules of one game. Players place tokens on a card in
 * secret, may take them back until the reveal, and the card is turned when
 * everyone has placed. Every action is checked; a refused action changes
 * nothing. No SDL here: tests and the UI drive the same functions. */
#ifndef ALLIANTIESPEL_SESSION_H
#define ALLIANTIESPEL_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "deck.h"

#define SESSION_MAX_PLAYERS 8
#define SESSION_NO_ANSWER (-1)

typedef enum {
    SESSION_CARD_OPEN,     /* tokens may be placed and taken back */
    SESSION_CARD_REVEALED, /* tokens are turned over: answers visible */
    SESSION_CARD_SKIPPED   /* left out; no answers count */
} session_card_state;

#define SESSION_TEAM_MAX 25   /* a team's name: 1 to 24 bytes of UTF-8 */
#define SESSION_MAX_COUNT 999 /* people per option in a show of hands */

/* One vote on a card, kept when the room votes again. */
typedef struct {
    int answer[SESSION_MAX_PLAYERS];
    bool counted[SESSION_MAX_PLAYERS];
    uint16_t counts[SESSION_MAX_PLAYERS][DECK_MAX_OPTIONS];
    bool early;
} session_vote;

typedef struct {
    size_t card;                          /* index into deck.cards */
    session_card_state state;
    int answer[SESSION_MAX_PLAYERS];      /* option index, or SESSION_NO_ANSWER */
    int predict[SESSION_MAX_PLAYERS];     /* a predicting seat's guess of the
                                             other side's answer (option
                                             index), or SESSION_NO_ANSWER */
    bool marked;                          /* "bespreken": come back to it */
    bool kept_out;                        /* "alleen voor het gesprek": talked
                                             about, never stored; counts
                                             nowhere (a turned card in play,
                                             a skipped one when read back) */
    /* A show of hands (a seat with hands): how many people of the seat's
     * side chose each option, and whether the facilitator is done. */
    bool counted[SESSION_MAX_PLAYERS];
    uint16_t counts[SESSION_MAX_PLAYERS][DECK_MAX_OPTIONS];
    /* while a side is being typed (not counted yet): how many of its
     * first options have a count in counts, so a crash mid-typing loses
     * none (SESSION_ACTION_TYPE_COUNTS) */
    uint8_t typed[SESSION_MAX_PLAYERS];
    bool early;                           /* turned before every seat had
                                             answered ("reveal now"): a
                                             missing answer is no answer */
    /* A revote: the room answered the card again after talking. Then
     * answer/counted/counts (and early) hold the revote and `first` the
     * vote before it; result files keep the first as the card's answers
     * and the revote under `revote:`. */
    bool revoted;
    session_vote first;
} session_round;

/* One seat at the table: the side it is on and the role (an index into
 * the deck's roles) of the person on it. */
typedef struct {
    deck_role side;
    size_t role;
    bool predicts;    /* also guesses the other side's answer on each card */
    bool hands;       /* a show of hands: the facilitator types how many
                         people of the side chose each option */
    char team[SESSION_TEAM_MAX]; /* a workshop team's name, or "" */
} session_seat;

#define SESSION_MODE_ID_MAX 16
#define SESSION_CASE_ID_MAX 65   /* a case id: 64 of a-z, 0-9, '-' */
#define SESSION_GROUP_MAX 17     /* a group code: 16 of A-Z, a-z, 0-9, '-' */
#define SESSION_PAIR_ROUND_MAX 100000u
#define SESSION_PAIR_MAX 17      /* a pair's code: 16 of A-Z and 0-9 */

typedef struct {
    const deck *deck;                     /* not owned */
    size_t language;                      /* index into deck->languages */
    char mode[SESSION_MODE_ID_MAX];       /* the way to play: "table", ... */
    deck_role players[SESSION_MAX_PLAYERS]; /* side per seat, placing order;
                                               no names */
    size_t roles[SESSION_MAX_PLAYERS];    /* role per seat (deck->roles) */
    bool predicts[SESSION_MAX_PLAYERS];   /* seats that also predict */
    size_t seat_language[SESSION_MAX_PLAYERS]; /* the language each seat
                                             reads its card in (index into
                                             deck->languages); the round's
                                             language unless told */
    bool hands[SESSION_MAX_PLAYERS];      /* seats that are a show of hands */
    char team[SESSION_MAX_PLAYERS][SESSION_TEAM_MAX]; /* team names, or "" */
    size_t player_count;
    session_round *rounds;                /* the chosen cards, in order */
    size_t round_count;
    size_t current;                       /* == round_count when finished */
    int64_t started_at;                   /* unix seconds */
    int64_t ended_at;                     /* 0 until finished */
    char case_id[SESSION_CASE_ID_MAX];    /* training: the case, or "" */
    char group[SESSION_GROUP_MAX];        /* a code students chose, or "" */
    char pair[SESSION_PAIR_MAX];          /* the pair's code ("K17"), or "":
                                             finds its earlier rounds */
    unsigned pair_round;                  /* the pair's round in the order
                                             played (1 the first), 0 when
                                             unknown: orders a history
                                             whatever the clock said */
} session;

typedef enum {
    SESSION_OK = 0,
    SESSION_ERR_NO_MEMORY,
    SESSION_ERR_BAD_SETUP,        /* no cards, no players, bad index ... */
    SESSION_ERR_FINISHED,         /* no card is being played */
    SESSION_ERR_BAD_PLAYER,
    SESSION_ERR_BAD_OPTION,
    SESSION_ERR_ALREADY_PLACED,
    SESSION_ERR_NOT_PLACED,
    SESSION_ERR_NOT_ALL_PLACED,   /* reveal before everyone placed */
    SESSION_ERR_REVEALED,         /* placing or taking back after the reveal */
    SESSION_ERR_NOT_REVEALED,     /* next or mark before the reveal */
    SESSION_ERR_KEPT_OUT,         /* marking a card kept out of the record */
    SESSION_ERR_BAD_COUNT,        /* a count above 999, or counts for a
                                     seat that is not a show of hands */
    SESSION_ERR_NO_EARLIER        /* back on the first card, or after the
                                     last */
} session_status;

typedef enum {
    SESSION_ACTION_PLACE,     /* player, option */
    SESSION_ACTION_TAKE_BACK, /* player */
    SESSION_ACTION_REVEAL,
    SESSION_ACTION_SKIP,      /* the current card, before it is revealed */
    SESSION_ACTION_MARK,      /* toggle "bespreken" on the revealed card */
    SESSION_ACTION_NEXT,      /* after the reveal: on to the next card */
    SESSION_ACTION_PREDICT,   /* player, option: a guess of the other side */
    SESSION_ACTION_KEEP_OUT,  /* toggle "alleen voor het gesprek" on the
                                 turned card */
    SESSION_ACTION_COUNT,     /* player, counts: a show of hands given */
    SESSION_ACTION_REVEAL_NOW,/* turn before everyone has answered */
    SESSION_ACTION_REVOTE,    /* the turned card answered again */
    SESSION_ACTION_BACK,      /* back to the card before */
    SESSION_ACTION_TYPE_COUNTS /* player, counts of the first `option`
                                  options: a show of hands being typed */
} session_action_type;

typedef struct {
    session_action_type type;
    size_t player;
    size_t option;
    unsigned counts[DECK_MAX_OPTIONS]; /* COUNT: people per option */
} session_action;

/* Seats are given in placing order; the game's default is the client
 * side first, then the professional. Which seats a way to play allows is
 * the mode's rule (mode.h); the session only asks for one seat or more,
 * each with a role of the deck on its own side. cards are indices into
 * d->cards (copied). */
session_status session_new_seats(session *s, const deck *d, size_t language,
                                 const size_t *cards, size_t card_count,
                                 const session_seat *seats, size_t seat_count,
                                 const char *mode, int64_t now);
/* The table game (the mode table's implied row, mode.h): sides in
 * placing order, each seat in its side's own role, exactly one
 * professional. In session_table.c. */
session_status session_new(session *s, const deck *d, size_t language,
                           const size_t *cards, size_t card_count,
                           const deck_role *players, size_t player_count,
                           int64_t now);
void session_free(session *s);

session_status session_place(session *s, size_t player, size_t option);
/* A predicting seat's guess of the other side's answer, hidden like a
 * token until the reveal. */
session_status session_predict(session *s, size_t player, size_t option);
/* Takes back the seat's token and its prediction. */
session_status session_take_back(session *s, size_t player);
session_status session_reveal(session *s);
session_status session_skip(session *s, int64_t now);
session_status session_toggle_mark(session *s);
/* The client's say: the turned card is talked about but its answers are
 * never stored; again, and they are. */
session_status session_toggle_kept_out(session *s);
session_status session_next(session *s, int64_t now);

/* Applies one action; the single entry point for UI, tests and fuzzers. */
session_status session_apply(session *s, session_action action, int64_t now);
/* A show of hands half typed: the counts of the first n options of a
 * seat not counted yet (n 0 .. the option count). Kept with the round,
 * so a crash while typing loses no number; session_count gives them. */
session_status session_type_counts(session *s, size_t player,
                                   const unsigned *counts, size_t n);

bool session_finished(const session *s);
/* The round being played, or NULL when finished. */
const session_round *session_current(const session *s);
/* Every seat has placed (and every predicting seat predicted). */
bool session_all_placed(const session *s);
/* True when some seat predicts. */
bool session_has_predictions(const session *s);
/* Sets the case and the group code (either may be NULL or ""); false
 * when one is not a valid id or code. */
bool session_set_labels(session *s, const char *case_id, const char *group);
/* A valid group code: 1 to 16 of A-Z, a-z, 0-9 and '-'. */
bool session_group_valid(const char *code);
/* A pair's code as people type it ("k17 "), made canonical ("K17") into
 * out: 1 to 16 letters and digits with at least one letter, upper case;
 * false when it is not one. */
bool session_pair_normal(const char *code, char *out, size_t size);
/* Sets the pair's code (normalised); "" or NULL clears it. */
bool session_set_pair(session *s, const char *code);
/* Seats whose role (or side, by "client"/"professional") is role_id read
 * in the deck's language code (--seat-lang client=en); false when the
 * deck has no such language or no seat plays that role. */
bool session_set_seat_language(session *s, const char *role_id,
                               const char *code);
/* True when the turned card counts: revealed and not kept out. */
bool session_round_counts(const session_round *r);
/* True when an open card already holds something a seat gave (a token,
 * a guess, a show of hands, counted or half typed): skipping it or
 * going back from it throws that away, so the screen asks first. */
bool session_round_has_answers(const session_round *r, size_t players);
/* The first player (in placing order) who has not placed (or not
 * predicted) on the current card, or -1 when all have (or finished). */
int session_next_to_place(const session *s);
/* What others may see of a player's answer: the option index once the
 * card is revealed, SESSION_NO_ANSWER before. */
int session_visible_answer(const session *s, size_t round, size_t player);
/* 1-based number of this seat among the seats in the same role (for
 * "ouder (2)"); 0 when the role has only one seat. */
size_t session_role_number(const session *s, size_t player);
size_t session_revealed_count(const session *s);

/* Checks every invariant of the rules (for tests and the monkey). */
bool session_is_consistent(const session *s);

/* The workshop's actions (session_group.c). */
/* A show of hands for a seat with hands: how many people of its side
 * chose each option (0..999 each, the deck's options in scale order). */
session_status session_count(session *s, size_t player,
                             const unsigned *counts, size_t count);
/* Turns the card although not every seat has answered. */
session_status session_reveal_now(session *s);
/* The turned card opened again for a second vote; the first is kept in
 * round.first (a second revote replaces the revote, not the first). */
session_status session_revote(session *s);
/* Back to the card before: the current card's open answers are cleared;
 * a skipped card opens again, a turned one stays turned. Not once the
 * round is finished (its result is stored then). */
session_status session_back(session *s);
/* Names a seat's team (1..24 bytes, no control characters); false when
 * the name is not one. */
bool session_set_team(session *s, size_t player, const char *name);
bool session_team_valid(const char *name);
/* The people of a seat's side counted on the round's card (all options),
 * or 0 for a seat without hands. */
unsigned session_count_total(const session_round *r, size_t player);
/* True when some seat is a show of hands. */
bool session_has_hands(const session *s);

const char *session_status_message(session_status status);

#endif
