/* mode: the ways to play, each a row of data. A scene asks what a mode
 * needs (which seats, what each seat answers, the reveal and scoring
 * kinds, the controls, the layout profile), never which mode it is. */
#ifndef ALLIANTIESPEL_MODE_H
#define ALLIANTIESPEL_MODE_H

#include <stdbool.h>
#include <stddef.h>

#include "deck.h"
#include "session.h"

/* What a seat answers on each card. */
enum {
    MODE_ANSWER_OWN = 1,     /* the seat's own answer */
    MODE_ANSWER_PREDICT = 2, /* a prediction of another seat's answer */
    MODE_ANSWER_COUNT = 4    /* how many people chose each option */
};

/* Who fills a seat. */
typedef enum {
    MODE_SOURCE_PERSON,      /* somebody at the table */
    MODE_SOURCE_CASE,        /* a stored case's persona */
    MODE_SOURCE_FACILITATOR  /* the facilitator types what a group did */
} mode_source;

/* How a turned card shows the answers. */
typedef enum {
    MODE_REVEAL_PAIR,        /* every token, one distance */
    MODE_REVEAL_GAPS,        /* every token, the distance within the
                                client side and between the sides */
    MODE_REVEAL_PREDICTION,  /* own answer, prediction, how far off */
    MODE_REVEAL_SPREAD       /* a bar per option per side */
} mode_reveal;

typedef enum {
    MODE_SCORING_ALIGNMENT,    /* how far apart the sides are */
    MODE_SCORING_PREDICTION,   /* how well one side predicts the other */
    MODE_SCORING_DISTRIBUTION  /* how a group spread over the options */
} mode_scoring;

/* What the people at the table may do beyond placing and turning. */
enum {
    MODE_CONTROL_SKIP = 1,
    MODE_CONTROL_TAKE_BACK = 2,
    MODE_CONTROL_BACK = 4,       /* back to the previous card */
    MODE_CONTROL_REVEAL_NOW = 8, /* turn before everyone has answered */
    MODE_CONTROL_TIMER = 16,
    MODE_CONTROL_REVOTE = 32
};

typedef enum { MODE_LAYOUT_TABLE, MODE_LAYOUT_PROJECTOR } mode_layout;

/* One kind of seat: its side, how many such seats a round has, what it
 * answers and who fills it. Seats are placed in the order of the kinds. */
typedef struct {
    deck_role side;
    int min, max;
    unsigned answers;
    mode_source source;
    bool hidden;             /* placed face down: a hand-over between seats */
    bool named;              /* a team the facilitator names */
} mode_seat;

#define MODE_MAX_SEAT_KINDS 4

typedef struct {
    const char *id;          /* "table", "family", ...: --mode ID, the
                                settings file, the result file */
    const char *stored;      /* the result file's mode when not id: a
                                variant whose difference the seats keep
                                ("guess" is a table whose seats predict) */
    const char *name;        /* what it is, for --help, in English */
    const char *label;       /* the start screen's value, N_(); with a %s
                                for the number of people (i18n_count with
                                label_many) */
    const char *label_many;
    const char *flag;        /* a shortcut option that picks this row
                                ("solo": --solo), NULL for none */
    const char *base;        /* the row this one is a variant of: the flag
                                given with --mode BASE picks this row */
    bool listed;             /* offered on the start screen */
    bool available;          /* false: its issue has not landed yet */
    bool needs_case;         /* played from a training case (casefile.h) */
    bool implied;            /* the way to play when none is named: a
                                format 1 result file, session_new's round
                                (one row says so) */
    mode_seat seats[MODE_MAX_SEAT_KINDS];
    size_t seat_kinds;
    int min_seats;           /* seats of all kinds together, at least */
    mode_reveal reveal;
    mode_scoring scoring;
    unsigned controls;
    mode_layout layout;
} mode_def;

size_t mode_count(void);
const mode_def *mode_at(size_t index);
/* The mode with this id, or NULL. */
const mode_def *mode_find(const char *id);
/* The way to play chosen, when it is there; else the plain row (no
 * shortcut, people at the table) for that many people on the client side:
 * the table game for one, a family for more. */
const mode_def *mode_for_people(const char *chosen, int clients);
/* The id a round of this mode is stored under (the result file's mode). */
const char *mode_stored_id(const mode_def *m);
/* The row that is meant when a round names no way to play (.implied):
 * the table game. */
const mode_def *mode_implied(void);
/* True when the mode's client side is people at the table who choose how
 * many they are (the start screen's "people on the client side"), not a
 * case, teams or a show of hands. */
bool mode_counts_people(const mode_def *m);
/* True when a case's persona answers for a seat of the mode (practising
 * alone), not a person. */
bool mode_case_answers(const mode_def *m);

/* The start screen's "who plays" values, generated from the rows: each
 * listed row once, a row that counts people once per count its client
 * side allows. */
typedef struct {
    const mode_def *mode;
    int people;              /* the client side's people; 0: not counted */
} mode_choice;
#define MODE_MAX_CHOICES 24
size_t mode_choices(mode_choice *out, size_t max);
/* What a command line (or a page's address) says about the way to play:
 * --mode, the shortcut flags given ("solo", "guess", "hands"), whether a
 * case or teams are named and how many people sit on the client side
 * (--seats; 0 when not said). */
typedef struct {
    const char *chosen;
    const char *flags[MODE_MAX_CHOICES];
    size_t flag_count;
    bool with_case, with_teams;
    int people;
} mode_request;
/* The row such a request picks: *out, NULL when it leaves the choice to
 * the start screen. False with the reason in why when its parts do not
 * go together (an unknown --mode, --solo with --mode table, ...). */
bool mode_pick(const mode_request *q, const mode_def **out, char *why,
               size_t why_size);
/* The ids of the available rows for which pred(row, flag) holds, "a, b
 * or c", into out; mode_any holds for every row. */
void mode_list_ids(bool (*pred)(const mode_def *m, const char *flag),
                   const char *flag, char *out, size_t size);
bool mode_any(const mode_def *m, const char *flag);
/* The most and the fewest seats of a side the mode allows. */
int mode_side_min(const mode_def *m, deck_role side);
int mode_side_max(const mode_def *m, deck_role side);
/* True when a round of this mode may have these seats, in this order;
 * else false with the reason, for a person, in why. */
bool mode_check_seats(const mode_def *m, const session_seat *seats,
                      size_t count, char *why, size_t why_size);
/* The seats of a round in placing order: clients people on the client
 * side, in the roles named by role_ids ("jongere,ouder"; a missing id
 * takes the side's own role), then the professional. A seat predicts
 * when its kind answers MODE_ANSWER_PREDICT ("guess the other" at the
 * table sets predicts on every seat afterwards). False with the
 * reason when a role is not one of the deck's client-side roles or the
 * mode does not allow that many people. */
bool mode_make_seats(const mode_def *m, const deck *d, const char *role_ids,
                     int clients, session_seat *out, size_t *count,
                     char *why, size_t why_size);
/* The role of the client side's person (0, 1, ...) in a remembered list
 * of role ids: the id's role when the deck has it on the client side,
 * else the side's own role (the list may come from another deck). */
size_t mode_remembered_role(const deck *d, const char *role_ids, int person);
/* A remembered list of role ids made fit for deck d: an id the deck has
 * no client-side role for (the list was made with another deck) becomes
 * empty, which is the side's own role. Never fails; out may be ids. */
void mode_known_roles(const deck *d, const char *role_ids, char *out,
                      size_t size);
/* A workshop's teams from a list of names, "Noord,Zuid,client:Ervaring"
 * (a team is on the professional side unless its name starts with
 * "client:" or "cliënt:"), client-side teams first as the mode wants;
 * false with the reason when a name is empty, too long or repeated, or
 * the mode does not take that many teams. */
bool mode_make_teams(const mode_def *m, const deck *d, const char *names,
                     session_seat *out, size_t *count, char *why,
                     size_t why_size);
/* The next team of a list "Noord,client:Ervaring" from *list on: its
 * side (the professionals' unless its name starts with "client:" or
 * "cliënt:") and its name without that prefix, cut to size; *list moves
 * past it. False at the end of the list. */
bool mode_next_team(const char **list, char *name, size_t size,
                    deck_role *side);
/* True when the mode's seats are teams the facilitator names. */
bool mode_named_teams(const mode_def *m);
/* True when the mode's seats give a show of hands. */
bool mode_counts_hands(const mode_def *m);

/* The mode's row for a seat (by its side and place), or NULL. */
const mode_seat *mode_seat_of(const mode_def *m, const session *s,
                              size_t seat);

#endif
