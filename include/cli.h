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
    CLI_MODE_LIST_CASES,
    CLI_MODE_CLASS,
    CLI_MODE_SPEAK,
    CLI_MODE_HISTORY,
    CLI_MODE_FORGET,
    CLI_MODE_EXPORT,
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
    const char *play_mode;  /* the way to play (a row of mode.h), from
                               --mode and its shortcuts; NULL: the start
                               screen's */
    const char *seats;      /* --seats ROLE,ROLE (the client side's seats) */
    const char *deck_dir;   /* --deck-dir DIR, else $ALLIANTIESPEL_DECK_DIR:
                               a folder of the user's own decks; NULL = none */
    const char *case_id;    /* --case ID: the training case */
    const char *group;      /* --group CODE: a code students chose */
    const char *class_dir;  /* --class DIR: the results handed in */
    char pair[17];          /* --pair, --history, --forget, --export CODE:
                               a pair's code, made canonical ("K17") */
    const char *export_dir; /* --export CODE DIR */
    bool yes;               /* --yes: --forget asks nothing */
    bool no_trace;          /* --no-trace: nothing written to disk at all */
    const char *seat_lang;  /* --seat-lang ROLE=CODE[,ROLE=CODE]: a seat
                               that reads in another language */
    const char *speak_deck; /* --speak DECK CARD: an installed deck's id or */
    const char *speak_card; /* a deck file, and a card id */
    const char *out_path;   /* --out FILE.wav (with --speak), FILE.xlsx
                               (with --format xlsx) */
    bool format_given;      /* --format, whichever */
    bool csv;               /* --format csv (with --summary, --class,
                               --history) */
    bool xlsx;              /* --format xlsx: a workbook, to --out */
    const char *teams;      /* --teams NAME,...: a workshop's teams */
    const char *mode_flags[8]; /* the shortcuts given: "solo" (--solo),
                               "guess", "hands", ...: each a row's flag */
    size_t mode_flag_count;
    int timer_seconds;      /* --timer SECONDS; 0 = the setting */
    bool light;             /* --light: the light theme */
    bool verbose;           /* --verbose (with --version: the renderer too) */
    char **files;           /* operands: decks and cases for --check, a
                               result for --summary */
    int file_count;
} cli_options;

#define CLI_EXIT_OK 0
#define CLI_EXIT_FAILURE 1
#define CLI_EXIT_INVALID 2   /* bad usage, or invalid input files */

/* Returns CLI_EXIT_OK, or CLI_EXIT_INVALID after printing why to err. */
/* A pair's answers, every round's rows under one header line: the CSV of
 * --export, and of the history's download in a browser. False when it
 * could not be written. */
struct history;
bool cli_answers_csv(FILE *out, const struct history *h);
int cli_parse(int argc, char **argv, cli_options *options, FILE *err);
/* Runs a non-game mode; returns the exit code. */
int cli_run(const cli_options *options, const char *data_dir, FILE *out,
            FILE *err);
/* --speak (cli_speak.c): the card's client text in the chosen language
 * (--lang, else the deck's first), made speakable (speech_text.h), into
 * text, and the language's code into lang. The platform says it and
 * main.c writes the WAV. Returns CLI_EXIT_OK, or the exit code after
 * printing why to err (an unknown deck, card or language). */
int cli_speak_text(const cli_options *options, const char *data_dir,
                   char *text, size_t size, char *lang, size_t lang_size,
                   FILE *err);

#endif
