/* casefile: a training case (format alliantiespel-case/1, see
 * decks/cases/README.md): a made-up person in one domain, what the file
 * says of them (outside), how they feel (inside), and optionally their
 * own answer to every card of their deck with a sentence why. A case is
 * read against its deck, whose languages, cards and scale it uses; the
 * casebook lists a folder of them. */
#ifndef ALLIANTIESPEL_CASEFILE_H
#define ALLIANTIESPEL_CASEFILE_H

#include <stdbool.h>
#include <stddef.h>

#include "catalog.h"
#include "deck.h"
#include "error.h"

#define CASEFILE_FORMAT "alliantiespel-case/1"
#define CASEFILE_MAX_STORY_BYTES 2000
#define CASEFILE_MAX_FILE_BYTES ((size_t)1024 * 1024)

/* What kind of working alliance the case shows (for the teacher). */
typedef enum {
    CASEFILE_GOOD,
    CASEFILE_FRICTION,        /* stuck in friction */
    CASEFILE_POLITE_MISTRUST, /* mistrust behind polite answers */
    CASEFILE_WANTS_MORE,      /* wants more than the frame allows */
    CASEFILE_WORN_OUT,        /* the professional is close to burning out */
    CASEFILE_ALLIANCE_COUNT
} casefile_alliance;

typedef struct {
    char *path;
    char *id;
    const deck *deck;        /* not owned: the deck the case is played with */
    size_t role;             /* the persona's role (index into deck->roles) */
    casefile_alliance alliance;
    deck_string title;
    deck_string outside;     /* for the professional */
    deck_string inside;      /* for the student playing the client */
    bool has_answers;        /* true: an answer for every card of the deck */
    int *answer;             /* per deck card: option index (not value) */
    deck_string *why;        /* per deck card */
} casefile;

/* Reads a case; its deck is looked up by id in decks. On failure returns
 * false with every problem in errors (file:line:col) and *out empty. */
bool casefile_load(const char *path, const catalog *decks, casefile *out,
                   error_list *errors);
bool casefile_load_buffer(const char *name, const char *data, size_t size,
                          const catalog *decks, casefile *out,
                          error_list *errors);
void casefile_free(casefile *c);

/* True when the file says it is a case (its format key), so --check can
 * tell cases from decks without guessing from the folder. */
bool casefile_is_case(const char *data, size_t size);

/* The persona's option index on a card, or -1 when the case has none. */
int casefile_answer(const casefile *c, size_t card);
/* The persona's reason for that answer ("" when none). */
const char *casefile_why(const casefile *c, size_t card, size_t language);

const char *casefile_alliance_id(casefile_alliance a);
/* In words, in English (translated with _()): "good", "stuck in
 * friction", ... */
const char *casefile_alliance_name(casefile_alliance a);

/* Every case in a folder, sorted by id. */
typedef struct {
    casefile *cases;
    size_t count;
    size_t broken;           /* files that could not be read */
} casebook;

/* Loads every *.yaml file of folder (a missing folder is no cases, not an
 * error). Broken cases are counted and their errors added. */
bool casebook_load(const char *folder, const catalog *decks, casebook *out,
                   error_list *errors);
void casebook_free(casebook *b);
/* The case with this id, or NULL. */
const casefile *casebook_find(const casebook *b, const char *id);

#endif
