/* export: the pictures of --export CODE DIR (export.c). */
#ifndef ALLIANTIESPEL_EXPORT_H
#define ALLIANTIESPEL_EXPORT_H

#include "cli.h"

/* Draws every round of the pair options->pair as its board, upright at
 * A4's size, and saves DIR/CODE-DATE.png; the answers' CSV is the
 * command line's (cli_export_answers). Returns the exit code. */
int export_pictures(const cli_options *options, const char *data_dir);

#endif
