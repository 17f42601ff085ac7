/* cli_run: runs the command line as a user would, in the tests of the
 * command-line modes: parsed and run, standard output and error caught. */
#ifndef ALLIANTIESPEL_TEST_CLI_RUN_H
#define ALLIANTIESPEL_TEST_CLI_RUN_H

#include <stdio.h>
#include <stdlib.h>

#include "check.h"
#include "cli.h"

typedef struct {
    int status;
    char *out;
    char *err;
} run_result;

static inline run_result run(int argc, char **argv)
{
    run_result r;
    FILE *out = tmpfile();
    FILE *err = tmpfile();
    cli_options o;
    r.status = cli_parse(argc, argv, &o, err);
    if (r.status == CLI_EXIT_OK)
        r.status = cli_run(&o, TEST_SOURCE_DIR, out, err);
    r.out = check_slurp(out);
    r.err = check_slurp(err);
    fclose(out);
    fclose(err);
    return r;
}

static inline void done(run_result *r)
{
    free(r->out);
    free(r->err);
}

#endif
