/* params: one codec for the game's parameters by name. The command line
 * (--domain reclassering), a page's address (?domain=reclassering&hands)
 * and anything else that names a parameter go through the same table:
 * the name, the field of cli_options it sets, how its value is read and
 * checked, and the sentence that names it when the value is refused. */
#ifndef ALLIANTIESPEL_PARAMS_H
#define ALLIANTIESPEL_PARAMS_H

#include <stdbool.h>
#include <stdio.h>

#include "cli.h"

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
