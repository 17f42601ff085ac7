/* history: a pair's rounds over time. Every finished round of a pair is
 * its own result file in the user's folder, named result-CODE-DATE.yaml
 * and holding `pair: CODE`; the history reads them (a file that cannot be
 * read, or is not of this pair, is set aside and named), sorts them by
 * when they were played, and gives each side's mean and the gap between
 * the sides per theme, round by round, with what changed since the round
 * before in words. --forget removes every file of a code. */
#ifndef ALLIANTIESPEL_HISTORY_H
#define ALLIANTIESPEL_HISTORY_H

#include <stdbool.h>
#include <stddef.h>

#include "deck.h"
#include "error.h"
#include "session.h"

typedef struct {
    char *path;
    deck deck;       /* the file's own small deck (result_read) */
    session session;
} history_round;

typedef struct history {
    history_round *rounds;   /* oldest first */
    size_t count;
    char **set_aside;        /* files that could not be read, as renamed */
    size_t set_aside_count;
} history;

/* The user's folder where rounds are kept, as the game finds it:
 * $XDG_DATA_HOME (else ~/.local/share) + /alliantiespel/alliantiespel. */
bool history_user_folder(char *out, size_t size);

/* The name a finished round of a pair is stored under (without the
 * folder): result-CODE-STAMP.yaml; result-STAMP.yaml without a code. */
bool history_file_name(const char *code, const char *stamp, char *out,
                       size_t size);

/* Reads every round of code in folder. A file of the code that cannot be
 * read (corrupt, empty, foreign, of a future format) is renamed to
 * set-aside-NAME, named in errors and in set_aside, and the rest still
 * shows. False only when the folder cannot be read or memory runs out. */
bool history_load(const char *folder, const char *code, history *out,
                  error_list *errors);
void history_free(history *h);
/* Only the latest round of code in folder (the last in the order played,
 * as history_load orders them; its pair_round is its place there when
 * the file has none), passing over the file at skip (may be NULL); a file that cannot be read is set aside as by history_load.
 * False when there is none; *out is then empty. Free its parts like a
 * history's round. */
bool history_latest(const char *folder, const char *code, const char *skip,
                    history_round *out, error_list *errors);

/* The themes of every round, by key (decks share them), in the order
 * first met, with the name the first round gives: at most max. */
size_t history_themes(const history *h, const char **keys, const char **names,
                      size_t max);

/* A side's mean position (1..K) and the gap between the sides on a theme
 * (by key: decks share richting, binding, vertrouwen, stroefheid) in one
 * round; false when no card of that theme counts in it. */
typedef struct {
    double mean[2];          /* by deck_role: professional, client */
    bool has[2];
    double gap;              /* |client - professional|, in scale steps */
    bool negative;           /* low is good on this theme */
} history_point;

bool history_point_of(const session *s, const char *theme, history_point *out);

/* What changed on a theme from one round to the next. */
enum {
    HISTORY_WIDER = 1,        /* the gap grew by half a step or more */
    HISTORY_CLOSER = 2,       /* it shrank by half a step or more */
    HISTORY_DROP_CLIENT = 4,  /* the client side moved a step or more
                                 toward the theme's bad end */
    HISTORY_DROP_PRO = 8      /* the professional did */
};
unsigned history_change(const history_point *before, const history_point *now);

/* The pairs' codes of the result files in folder (by their names),
 * sorted, each once; at most max. */
size_t history_codes(const char *folder, char (*codes)[SESSION_PAIR_MAX],
                     size_t max);
#endif
