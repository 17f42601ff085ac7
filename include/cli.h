/* cli: the command line. Parses every option; runs the modes that need no
 * window (--check, --list-decks, --summary, --help, --version). */
#ifndef ALLIANTIESPEL_CLI_H
#define ALLIANTIESPEL_CLI_H

#include <stdbool.h>
#include <stdio.h>

typedef enum {
    CLI_MODE_GAME,
    CLI_MODE_CHECK,
    CLI_MODE_LIST_DECKS,
    CLI_MODE_SUMMARY,
    CLI_MODE_HELP,
    CLI_MODE_VERSION
} cli_mode;

typedef struct {
    cli_mode mode;
    const char *deck_path;  /* --deck FILE */
    const char *domain;     /* --domain ID */
    const char *language;   /* --lang CODE */
    const char *cards;      /* --cards quick|all|ID,ID */
    int window_width;       /* --window WxH; 0 = default */
    int window_height;
    bool fullscreen;        /* --fullscreen */
    const char *save_path;  /* --save FILE */
    const char *play_mode;  /* --mode table|family|training|workshop */
    const char *seats;      /* --seats ROLE,ROLE (the client side's seats) */
    const char *deck_dir;   /* --deck-dir DIR, else $ALLIANTIESPEL_DECK_DIR:
                               a folder of the user's own decks; NULL = none */
    bool csv;               /* --format csv (with --summary) */
    bool verbose;           /* --verbose (with --version: the renderer too) */
    char **files;           /* operands: decks for --check, a result for --summary */
    int file_count;
} cli_options;

#define CLI_EXIT_OK 0
#define CLI_EXIT_FAILURE 1
#define CLI_EXIT_INVALID 2   /* bad usage, or invalid input files */

/* Returns CLI_EXIT_OK, or CLI_EXIT_INVALID after printing why to err. */
int cli_parse(int argc, char **argv, cli_options *options, FILE *err);
/* Runs a non-game mode; returns the exit code. */
int cli_run(const cli_options *options, const char *data_dir, FILE *out,
            FILE *err);

#endif
