/* cli_private: what the command line's files share (cli.c parses and
 * runs the deck commands; cli_training.c the training ones). Not for
 * other modules. */
#ifndef ALLIANTIESPEL_CLI_PRIVATE_H
#define ALLIANTIESPEL_CLI_PRIVATE_H

#include <stdbool.h>
#include <stdio.h>

#include "catalog.h"
#include "cli.h"

/* The installed decks and the user's own (--deck-dir); their problems
 * printed to err. CLI_EXIT_OK, or the exit status (c empty). */
int cli_load_decks(const cli_options *o, const char *data_dir, catalog *c,
                   FILE *err);
/* --check of one case file already read; false when it is not valid. */
bool cli_check_case(const char *path, const char *data, size_t size,
                    const catalog *decks, FILE *out, FILE *err);
int cli_list_cases(const cli_options *o, const char *data_dir, FILE *out,
                   FILE *err);
int cli_class(const cli_options *o, const char *data_dir, FILE *out,
              FILE *err);

/* A pair over time (cli_history.c): --history as a table or CSV,
 * --forget (asks on in unless --yes), and --export's CSV part (the
 * pictures are the platform's: main.c). */
int cli_history(const cli_options *o, FILE *out, FILE *err);
int cli_forget(const cli_options *o, FILE *in, FILE *out, FILE *err);
int cli_export_answers(const cli_options *o, FILE *out, FILE *err);

#endif
