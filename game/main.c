/* main: picks the command-line mode or the game, and decides what the user
 * sees when something fails. */
#include <stdio.h>

#include "cli.h"
#include "platform.h"

int main(int argc, char **argv)
{
    cli_options options;
    int status = cli_parse(argc, argv, &options, stderr);
    if (status != CLI_EXIT_OK)
        return status;
    if (options.mode == CLI_MODE_VERSION && options.verbose) {
        status = cli_run(&options, NULL, stdout, stderr);
        fflush(stdout);
        return status != CLI_EXIT_OK ? status
                                     : platform_renderer_describe(stdout);
    }
    if (options.mode == CLI_MODE_HELP || options.mode == CLI_MODE_VERSION)
        return cli_run(&options, NULL, stdout, stderr);

    char data_dir[4096];
    if (!platform_find_data_dir(data_dir, sizeof data_dir)) {
        fprintf(stderr, "alliantiespel: cannot find the folder with the decks; "
                        "set ALLIANTIESPEL_DATA_DIR to the folder that holds decks/ "
                        "and assets/.\n");
        return CLI_EXIT_FAILURE;
    }
    if (options.mode != CLI_MODE_GAME)
        return cli_run(&options, data_dir, stdout, stderr);
    return app_run(&options, data_dir);
}
