/* deck: the deck structs and the strict YAML deck loader (format
 * alliantiespel-deck/2, and /1 still read; see decks/README.md). */
#ifndef ALLIANTIESPEL_DECK_H
#define ALLIANTIESPEL_DECK_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

#define DECK_FORMAT "alliantiespel-deck/2"
#define DECK_FORMAT_1 "alliantiespel-deck/1"
#define DECK_MAX_ROLES 8
#define DECK_MAX_LANGUAGES 8
#define DECK_MIN_OPTIONS 2
#define DECK_MAX_OPTIONS 7
#define DECK_MAX_DIMENSIONS 16
#define DECK_MAX_CARDS 10000
#define DECK_MAX_TEXT_BYTES 1000
#define DECK_MAX_QUICK 50
#define DECK_MAX_FILE_BYTES ((size_t)4 * 1024 * 1024)

/* The two sides at the table. The client side may be several people,
 * each in a role of their own (deck_role_info). */
typedef enum { DECK_ROLE_PROFESSIONAL = 0, DECK_ROLE_CLIENT = 1 } deck_role;
#define DECK_ROLE_COUNT 2

/* One text in every language of the deck, indexed like deck.languages.
 * A missing optional text has all entries NULL. */
typedef struct {
    char *text[DECK_MAX_LANGUAGES];
} deck_string;

typedef struct {
    char *key;
    deck_string name;
    deck_string description;
    bool negative; /* polarity: negative means low answers are the good end */
    deck_string client_name; /* optional (format 2): the theme's name in
                                plain words for the client's screens
                                ("Doel en regels"); all NULL when absent,
                                then the client sees name */
    deck_string theory;      /* optional (format 2): two or three sentences
                                for students on what the theme is about,
                                shown after a training card; all NULL when
                                absent */
} deck_dimension;

typedef struct {
    int value;         /* as written in the deck; strictly increasing */
    deck_string label;
    char *icon;        /* name of assets/icons/NAME.svg, or NULL */
    int icon_line;     /* where the icon's name is written, for messages */
    int icon_column;
} deck_option;

/* A role someone plays at the table: an id ("client", "jongere",
 * "ouder"), the side it sits on, and how the game names it. A format 1
 * deck has two: "professional" and "client". */
typedef struct {
    char *id;
    deck_role side;
    deck_string name;  /* in a sentence, lower case: "ouder", "parent" */
    deck_string the;   /* with its article, to address someone: "de ouder",
                          "the parent" (format 1: made from name) */
} deck_role_info;

/* A card's own wording for one role (deck format 2), where the side's
 * wording would not fit that person. */
typedef struct {
    size_t role;       /* index into deck.roles */
    deck_string text;
} deck_wording;

typedef struct {
    char *id;
    size_t dimension;  /* index into deck.dimensions */
    deck_string client;
    deck_string professional;
    deck_wording *wordings; /* per role, beyond the two sides' wording */
    size_t wording_count;
    deck_string talk;  /* optional: all NULL when absent */
    int line;          /* where the card starts in the file, 1-based */
} deck_card;

typedef struct {
    char *path;        /* the file it came from */
    char *id;
    deck_string title;
    deck_string description; /* optional */
    char *languages[DECK_MAX_LANGUAGES];
    size_t language_count;
    deck_string role_name[DECK_ROLE_COUNT]; /* each side's name */
    deck_role_info roles[DECK_MAX_ROLES];   /* every role, the sides' own
                                               ("professional", "client")
                                               first */
    size_t role_count;
    int format;        /* 1 or 2: the format the file was written in */
    deck_dimension *dimensions;
    size_t dimension_count;
    deck_option options[DECK_MAX_OPTIONS];
    size_t option_count;
    deck_card *cards;
    size_t card_count;
    size_t *quick;     /* card indices of the quick round */
    size_t quick_count;
} deck;

/* Loads and validates a deck file. On failure returns false, adds every
 * problem found to errors and leaves *out empty (deck_free is still safe). */
bool deck_load(const char *path, deck *out, error_list *errors);

/* The same from memory; name is used in messages. */
bool deck_load_buffer(const char *name, const char *data, size_t size,
                      deck *out, error_list *errors);

void deck_free(deck *d);

/* True when the game has an icon of this name (assets/icons/NAME.svg). */
typedef bool (*deck_icon_exists_fn)(const char *name, void *context);

/* Checks that every icon the scale names exists, adding an error at the
 * icon's name for each one that does not. Apart from deck_load, which
 * needs no data folder (a deck can be checked anywhere); --check asks. */
bool deck_check_icons(const deck *d, deck_icon_exists_fn exists,
                      void *context, error_list *errors);

/* The text in language lang, falling back to the default language; never
 * NULL for a required text ("" for an absent optional one). */
const char *deck_text(const deck *d, const deck_string *text, size_t lang);

/* Index of a language code, or -1. */
int deck_language_index(const deck *d, const char *code);

/* Makes the two roles of a deck that names only its sides (format 1, a
 * result file's own deck) from role_name; false when out of memory. */
bool deck_roles_from_sides(deck *d);
/* Frees the roles and the cards' role wordings (deck_free calls it). */
void deck_roles_free(deck *d);
void deck_string_free(deck_string *s);

/* Index of a role id, or -1. */
int deck_role_index(const deck *d, const char *id);
/* The role a side's people have unless told otherwise ("client",
 * "professional"). */
size_t deck_side_role(const deck *d, deck_role side);
/* The card's question as a person in this role reads it: the role's own
 * wording when the card has one, else its side's. */
const char *deck_card_text(const deck *d, const deck_card *card, size_t role,
                           size_t lang);

/* Index of a card id, or -1. */
int deck_card_index(const deck *d, const char *id);

/* Chooses cards: "quick" (the deck's quick round, or every card when the
 * deck has none), "all", or a comma-separated list of card ids. On success
 * *cards is a malloc'd array of card indices the caller frees. */
bool deck_select(const deck *d, const char *spec, size_t **cards,
                 size_t *count, error_list *errors);

#endif
