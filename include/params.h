/* params: one codec for the game's parameters by name. The command line
 * (--domain reclassering), a page's address (?domain=reclassering&hands),
 * the settings file (settings.c: "mode=workshop") and the result file's
 * header (result_write.c) go through it: a table of params_def says each
 * parameter's name, the field it sets, how its value is read, checked and
 * printed, and the sentence that names it when the value is refused. The
 * command line's table (over cli_options) is here; the settings file's
 * and the result's are beside the struct they describe. */
#ifndef ALLIANTIESPEL_PARAMS_H
#define ALLIANTIESPEL_PARAMS_H

#include <stdbool.h>
#include <stdio.h>

#include "cli.h"

/* A workshop's talk clock, in seconds; and the longest list (seats,
 * teams) a parameter holds, its terminating NUL included. */
#define PARAMS_TIMER_MIN 10
#define PARAMS_TIMER_MAX 3600
#define PARAMS_LIST_MAX 256

/* How a parameter's value is read, checked and printed. */
typedef enum {
    PARAMS_TEXT,    /* const char *, pointing at the value */
    PARAMS_FLAG,    /* bool: set by the name alone ("--light"), or
                       "yes" in a file ("light=yes") */
    PARAMS_NUMBER,  /* int, min to max */
    PARAMS_WINDOW,  /* two ints, WxH (cli_options only) */
    PARAMS_PAIR,    /* char[size], a pair's code made canonical */
    PARAMS_FORMAT,  /* table, csv or xlsx (cli_options only) */
    PARAMS_ID,      /* char[size]: letters, digits, '-' and '_' */
    PARAMS_LIST,    /* char[size]: a-z, 0-9, '-' and ',' */
    PARAMS_LINE,    /* char[size]: one line of UTF-8, no control
                       characters (a workshop's team names) */
    PARAMS_OWNED,   /* char *, malloc'd, a list as PARAMS_LIST of fewer
                       than size bytes; NULL for none */
    PARAMS_CHOICE   /* int (an enum): the value's index in choices */
} params_kind;

typedef struct {
    const char *name;      /* --name, name=, a file's key */
    params_kind kind;
    size_t field;          /* offsetof the field in the table's struct */
    size_t size;           /* a char array's size; PARAMS_OWNED's limit */
    int min, max;          /* PARAMS_NUMBER's range */
    int quiet;             /* a number or choice not printed at this
                              value (and printed for one out of range) */
    bool always;           /* printed at quiet too */
    bool address;          /* a page's address may set it */
    bool (*ok)(const char *value); /* PARAMS_TEXT: a check of its own */
    const char *const *choices;    /* PARAMS_CHOICE's names, NULL-ended */
    const char *refused;   /* said when the value is refused */
} params_def;

/* The parameter called name in a table of n, or NULL. */
const params_def *params_find(const params_def *table, size_t n,
                              const char *name);

/* Reads value (NULL for a flag's name alone) into p's field of the
 * struct at base; false, the field untouched, when it is refused.
 * PARAMS_TEXT keeps the pointer: value must outlive the struct. */
bool params_read(void *base, const params_def *p, const char *value);

/* p's field of the struct at base as text into out, as params_read reads
 * it back; false when it has nothing to say (empty, unset, invalid, or
 * at its quiet value) or out is too small. */
bool params_value(const void *base, const params_def *p, char *out,
                  size_t size);

/* True when text is one line of UTF-8 without control characters,
 * shorter than size bytes (a team's name, a list of them). */
bool params_one_line(const char *text, size_t size);

/* A name and its value, as an address's query gives them; value NULL
 * for a bare name ("hands"). */
typedef struct {
    const char *name;
    const char *value;
} params_pair;

/* Whether the parameter called name (without "--") takes a value: 1, 0,
 * or -1 when there is none of that name. A way to play's shortcut
 * (mode.h's flag: "solo", "hands") is one that takes none. */
int params_takes_value(const char *name);

/* Sets the parameter name from value (NULL for one that takes none);
 * value must outlive o. from_address: only what a page may set (no
 * files, folders or window). Returns CLI_EXIT_OK, or CLI_EXIT_INVALID
 * after telling err why, naming the option and the value. */
int params_set(cli_options *o, const char *name, const char *value,
               bool from_address, FILE *err);

/* The checks across parameters once all are set: the way to play from
 * --mode and its shortcuts (mode_pick), and the options that only go
 * with another. CLI_EXIT_OK, or CLI_EXIT_INVALID when told. */
int params_finish(cli_options *o, FILE *err);

/* A page's address as options, like the command line would make them:
 * o is cleared, each pair set (from_address) and the whole checked.
 * The pairs' strings must outlive o. */
int params_parse_pairs(cli_options *o, const params_pair *pairs, size_t n,
                       FILE *err);

/* The game's parameters o sets, as an address's query ("domain=x&hands")
 * into out: what params_parse_pairs reads back. False when out is too
 * small. */
bool params_print(const cli_options *o, char *out, size_t size);

/* Tells err "alliantiespel: MESSAGE: DETAIL" (DETAIL with its control
 * characters written out) and where to read more; CLI_EXIT_INVALID. */
int params_usage_error(FILE *err, const char *message, const char *detail);

#endif
