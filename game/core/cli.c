/* cli: the command line. Options are parsed here for both the game and the
 * modes that need no window. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

#include "casefile.h"
#include "catalog.h"
#include "cli_private.h"
#include "utf8.h"
#include "datadir.h"
#include "deck.h"
#include "error.h"
#include "i18n.h"
#include "mode.h"
#include "params.h"
#include "settings.h"
#include "report.h"
#include "report_spread.h"
#include "result.h"
#include "score.h"
#include "session.h"
#include "ydoc.h"
#include "os.h"

static const char usage_text[] =
    "Usage: alliantiespel [OPTION]...\n"
    "       alliantiespel --check DECK.yaml...\n"
    "       alliantiespel --summary [--format csv] RESULT.yaml\n"
    "       alliantiespel --summary --format xlsx --out FILE.xlsx RESULT.yaml\n"
    "       alliantiespel --class DIR [--format csv]\n"
    "       alliantiespel --speak DECK CARD --out FILE.wav [--lang CODE]\n"
    "A conversation game about the working alliance between a professional\n"
    "and a client. Without options it opens the start screen.\n"
    "\n"
    "Game:\n"
    "  --deck FILE         play the deck in FILE\n"
    "  --domain ID         play the installed deck ID (see --list-decks)\n"
    "  --lang CODE         language of the cards and the screens (nl, en)\n"
    "  --cards WHICH       quick, all, or card ids separated by commas\n"
    "  --window WxH        window size, e.g. 1280x720\n"
    "  --fullscreen        start in full screen (F11 switches)\n"
    "  --save FILE         write the result file when the summary is reached\n"
    "  --mode MODE         how to play; a shortcut is the same as its --mode\n"
    "                      (--guess picks the table's or a family's):\n";

/* What the options after --mode say; the ways to play come between. */
static const char usage_tail[] =
    "  --teams NAME,...    workshop: 2 to 8 teams that each place a token, on\n"
    "                      the professional side unless named client:NAME\n"
    "  --timer SECONDS     workshop: the talk timer's length (10 to 3600)\n"
    "  --light             workshop: the light theme, for a bright room\n"
    "  --case ID           training: the case to play (see --list-cases)\n"
    "  --group CODE        a short code of your own (letters, digits, '-')\n"
    "                      kept in the result, so a teacher can tell groups\n"
    "                      apart without names\n"
    "  --pair CODE         the pair's own short code (letters and digits, e.g.\n"
    "                      K17; no names): the round joins its history\n"
    "  --no-trace          write nothing to disk at all, not even to pick the\n"
    "                      round up after a crash\n"
    "  --seat-lang ROLE=CODE  a seat reads its cards in another language of the\n"
    "                      deck, e.g. client=en (the client side) or jongere=en\n"
    "  --seats ROLE,...    the client side's people in placing order, by the\n"
    "                      deck's role ids, e.g. jongere,ouder,ouder\n"
    "  --deck-dir DIR      also offer the decks (*.yaml) in the folder DIR, your\n"
    "                      own, beside the installed ones (also --list-decks\n"
    "                      and --domain)\n"
    "\n"
    "Other modes:\n"
    "  --check FILE...     check deck and case files; exit 0 if all are valid,\n"
    "                      2 if not\n"
    "  --list-decks        list the installed decks\n"
    "  --list-cases        list the training cases\n"
    "  --summary FILE      print the summary of a result file\n"
    "  --class DIR         how well each training result in DIR predicted the\n"
    "                      client, per theme, and for the class\n"
    "  --history CODE      the rounds of a pair over time, per theme\n"
    "  --forget CODE       delete every stored round of a pair (asks first)\n"
    "  --yes               with --forget: do not ask; with --format xlsx:\n"
    "                      replace the --out file if it is there\n"
    "  --export CODE DIR   write a pair's answers (CSV and a workbook) and a\n"
    "                      picture of each round's board into the folder DIR\n"
    "  --format FORMAT     with --summary, --class and --history: table\n"
    "                      (default), csv (for R, SPSS, Python) or xlsx (a\n"
    "                      workbook for Excel and LibreOffice; needs --out)\n"
    "  --speak DECK CARD   write the card's client text as speech (a WAV file,\n"
    "                      --out FILE.wav) in the language --lang gives; DECK\n"
    "                      is an installed deck's id or a deck file\n"
    "  --out FILE          with --speak: the WAV file to write; with --format\n"
    "                      xlsx: the workbook (never over a file that is\n"
    "                      there, unless --yes)\n"
    "  --help              show this help and exit\n"
    "  --version           show the version and exit\n"
    "  --verbose           with --version: also say which renderer the game\n"
    "                      would use here and why (software when the only\n"
    "                      OpenGL is a software one, like llvmpipe)\n"
    "\n"
    "Environment:\n"
    "  ALLIANTIESPEL_DECK_DIR  a folder of your own decks, when --deck-dir is\n"
    "                      not given\n"
    "  ALLIANTIESPEL_DATA_DIR  the folder that holds decks/ and assets/; by\n"
    "                      default it is found next to the program\n"
    "  XDG_DATA_HOME       where the answers are kept (~/.local/share)\n"
    "  ALLIANTIESPEL_RENDERER  software or accelerated: draw that way, whatever\n"
    "                      OpenGL there is (see --version --verbose)\n"
    "\n"
    "Exit status: 0 on success, 1 on a failure, 2 on bad usage or invalid files.\n"
    "Answers stay on this computer; see README.md for where they are kept.\n";

/* The options that say what to run instead of the game; the rest are
 * the parameters (params.c). */
static const struct {
    const char *name;
    cli_mode mode;
    int values; /* what follows: 0, 1, or 2 (--speak DECK CARD, --export
                   CODE DIR) */
} cli_commands[] = {
    {"check", CLI_MODE_CHECK, 0},        {"list-decks", CLI_MODE_LIST_DECKS, 0},
    {"summary", CLI_MODE_SUMMARY, 0},    {"list-cases", CLI_MODE_LIST_CASES, 0},
    {"class", CLI_MODE_CLASS, 1},        {"speak", CLI_MODE_SPEAK, 2},
    {"history", CLI_MODE_HISTORY, 1},    {"forget", CLI_MODE_FORGET, 1},
    {"export", CLI_MODE_EXPORT, 2},      {"help", CLI_MODE_HELP, 0},
    {"version", CLI_MODE_VERSION, 0},
};

/* A command's values from argv at *at (moved past them). */
static int cli_command(cli_options *o, size_t c, int argc, char **argv,
                       int *at, FILE *err)
{
    const char *name = cli_commands[c].name;
    const char *v[2] = {NULL, NULL};
    for (int i = 0; i < cli_commands[c].values; i++) {
        /* the second value is never an option: --speak algemeen --out */
        if (*at + 1 >= argc || (i == 1 && argv[*at + 1][0] == '-'))
            return params_usage_error(
                err, i == 0 ? "this option needs a value"
                     : cli_commands[c].mode == CLI_MODE_SPEAK
                         ? "--speak needs a deck and a card, e.g. --speak "
                           "algemeen richting-waarom"
                         : "--export needs a code and a folder, e.g. "
                           "--export K17 ~/export",
                i == 0 ? argv[*at] : NULL);
        v[i] = argv[++*at];
    }
    o->mode = cli_commands[c].mode;
    if (strcmp(name, "class") == 0)
        o->class_dir = v[0];
    if (o->mode == CLI_MODE_SPEAK) {
        o->speak_deck = v[0];
        o->speak_card = v[1];
    }
    if (o->mode == CLI_MODE_EXPORT)
        o->export_dir = v[1];
    bool pair = o->mode == CLI_MODE_HISTORY || o->mode == CLI_MODE_FORGET ||
                o->mode == CLI_MODE_EXPORT;
    return pair ? params_set(o, "pair", v[0], false, err) : CLI_EXIT_OK;
}

/* One option at argv[*at]: a command or a parameter, with its value
 * ("--name VALUE" or "--name=VALUE"). */
static int cli_option(cli_options *o, int argc, char **argv, int *at,
                      int *commands, FILE *err)
{
    const char *arg = argv[*at] + 2;
    char name[64];
    size_t n = strcspn(arg, "=");
    if (n >= sizeof name)
        return params_usage_error(err, "unknown option", argv[*at]);
    memcpy(name, arg, n);
    name[n] = '\0';
    const char *value = arg[n] == '=' ? arg + n + 1 : NULL;
    for (size_t c = 0; c < sizeof cli_commands / sizeof cli_commands[0]; c++)
        if (strcmp(cli_commands[c].name, name) == 0 && value == NULL) {
            (*commands)++;
            return cli_command(o, c, argc, argv, at, err);
        }
    int takes = params_takes_value(name);
    if (takes < 0 || (takes == 0 && value))
        return params_usage_error(err, "unknown option", argv[*at]);
    if (takes && value == NULL) {
        if (*at + 1 >= argc)
            return params_usage_error(err, "this option needs a value",
                                      argv[*at]);
        value = argv[++*at];
    }
    return params_set(o, name, value, false, err);
}

/* What the operands and the commands allow. */
static int cli_operands(cli_options *o, int commands, FILE *err)
{
    if (commands > 1)
        return params_usage_error(err, "choose one of --check, --list-decks, "
                                  "--list-cases, --summary, --class, --speak, "
                                  "--history, --forget and --export", NULL);
    if (o->mode == CLI_MODE_CHECK && o->file_count == 0)
        return params_usage_error(err, "--check needs one or more deck or "
                                  "case files", NULL);
    if (o->mode == CLI_MODE_SUMMARY && o->file_count != 1)
        return params_usage_error(err, "--summary needs exactly one result "
                                  "file", NULL);
    if (o->mode != CLI_MODE_CHECK && o->mode != CLI_MODE_SUMMARY &&
        o->file_count)
        return params_usage_error(err, "unexpected argument", o->files[0]);
    return CLI_EXIT_OK;
}

int cli_parse(int argc, char **argv, cli_options *o, FILE *err)
{
    memset(o, 0, sizeof *o);
    o->mode = CLI_MODE_GAME;
    int commands = 0, at = 1;
    for (; at < argc; at++) {
        const char *arg = argv[at];
        if (strcmp(arg, "--") == 0) {
            at++;
            break;
        }
        if (arg[0] != '-' || arg[1] == '\0')
            break; /* the operands: files */
        if (arg[1] != '-')
            return params_usage_error(err, "unknown option", arg);
        int status = cli_option(o, argc, argv, &at, &commands, err);
        if (status != CLI_EXIT_OK)
            return status;
        if (o->mode == CLI_MODE_HELP)
            return CLI_EXIT_OK;
        if (o->mode == CLI_MODE_VERSION) {
            for (int i = at + 1; i < argc; i++) /* --version --verbose */
                o->verbose = o->verbose || strcmp(argv[i], "--verbose") == 0;
            return CLI_EXIT_OK;
        }
    }
    o->files = argv + at;
    o->file_count = argc - at;
    if (!o->deck_dir) {
        static char env_dir[4096];
        if (os_env("ALLIANTIESPEL_DECK_DIR", env_dir, sizeof env_dir) &&
            env_dir[0])
            o->deck_dir = env_dir;
    }
    int status = cli_operands(o, commands, err);
    return status != CLI_EXIT_OK ? status : params_finish(o, err);
}

/* Whether the data folder has assets/icons/NAME.svg; context is the
 * data folder. stat, not open: nothing here may wait on a FIFO. */
static bool icon_exists(const char *name, void *context)
{
    char file[256], path[4096];
    return snprintf(file, sizeof file, "assets/icons/%s.svg", name) < (int)sizeof file &&
           datadir_join(path, sizeof path, (const char *)context, file) &&
           os_kind_of(path) == OS_FILE;
}

static int run_check(const cli_options *o, const char *data_dir, FILE *out,
                     FILE *err)
{
    int status = CLI_EXIT_OK;
    if (!data_dir)
        fprintf(err, "alliantiespel: warning: the data folder was not found, "
                     "so the icons the decks name are not checked\n");
    catalog decks = { 0 }; /* read once, for the first case */
    bool decks_read = false;
    for (int i = 0; i < o->file_count; i++) {
        error_list errors;
        error_list_init(&errors);
        deck d = { 0 };
        char *data = NULL;
        size_t size = 0;
        /* Every failure to read or load, a FIFO or a missing file as much
         * as a wrong key, is an invalid input file: exit 2. */
        bool ok = ydoc_read_file(o->files[i], DECK_MAX_FILE_BYTES, &data,
                                 &size, &errors);
        if (ok && casefile_is_case(data, size)) {
            if (!decks_read)
                cli_load_decks(o, data_dir, &decks, err);
            decks_read = true;
            if (!cli_check_case(o->files[i], data, size, &decks, out, err))
                status = CLI_EXIT_INVALID;
            free(data);
            error_list_free(&errors);
            continue;
        }
        ok = ok && deck_load_buffer(o->files[i], data, size, &d, &errors);
        free(data);
        if (ok && data_dir)
            ok = deck_check_icons(&d, icon_exists, (void *)data_dir, &errors);
        if (ok) {
            char cards[64], dims[64], options[64];
            i18n_count(cards, sizeof cards, "%s card", "%s cards", d.card_count);
            i18n_count(dims, sizeof dims, "%s dimension", "%s dimensions",
                       d.dimension_count);
            i18n_count(options, sizeof options, "%s answer option",
                       "%s answer options", d.option_count);
            fprintf(out, "%s: ok: deck '%s', %s, %s, %s\n", o->files[i], d.id,
                    cards, dims, options);
        } else {
            error_print(&errors, err);
            status = CLI_EXIT_INVALID;
        }
        deck_free(&d);
        error_list_free(&errors);
    }
    catalog_free(&decks);
    return status;
}

static int run_list(const cli_options *o, const char *data_dir, FILE *out,
                    FILE *err)
{
    catalog c;
    int status = cli_load_decks(o, data_dir, &c, err);
    if (status != CLI_EXIT_OK)
        return status;
    fprintf(out, "%-26s %-30s %5s  %s\n", "ID", "TITLE", "CARDS", "LANGUAGES");
    for (size_t i = 0; i < c.count; i++) {
        const deck *d = &c.decks[i];
        fprintf(out, "%-26s %-30s %5zu  ", d->id, deck_text(d, &d->title, 0),
                d->card_count);
        for (size_t l = 0; l < d->language_count; l++)
            fprintf(out, "%s%s", l ? " " : "", d->languages[l]);
        fputc('\n', out);
    }
    catalog_free(&c);
    return CLI_EXIT_OK;
}

static int run_summary(const cli_options *o, const char *data_dir, FILE *out,
                       FILE *err)
{
    error_list errors;
    error_list_init(&errors);
    deck d;
    session s;
    if (!result_read(o->files[0], &d, &s, &errors)) {
        error_print(&errors, err);
        error_list_free(&errors);
        return CLI_EXIT_INVALID;
    }
    int status = CLI_EXIT_OK;
    if (o->csv) {
        if (!result_write_csv(out, &s))
            status = CLI_EXIT_FAILURE;
    } else if (o->xlsx) {
        status = cli_workbook_summary(o, data_dir, &s, out, err);
    } else {
        /* The words follow the language the game was played in; without a
         * translation they stay English. */
        char po[4096];
        if (data_dir && datadir_join(po, sizeof po, data_dir, "assets/po"))
            i18n_set_language(po, d.languages[0], &errors);
        /* a workshop's answers are a spread over the options: its own
         * words, not a pair's gaps */
        const mode_def *m = mode_find(s.mode);
        score_summary sum;
        if (m && m->scoring == MODE_SCORING_DISTRIBUTION) {
            report_spread_print(out, &s);
        } else if (score_compute(&s, &sum)) {
            report_print(out, &s, &sum);
            report_predict_print(out, &s); /* the guesses, when made */
            score_free(&sum);
        } else {
            fprintf(err, "alliantiespel: out of memory\n");
            status = CLI_EXIT_FAILURE;
        }
        i18n_shutdown();
    }
    session_free(&s);
    deck_free(&d);
    error_list_free(&errors);
    return status;
}

/* --help: the ways to play are the rows of the mode table. */
static void cli_usage(FILE *out)
{
    fputs(usage_text, out);
    for (size_t i = 0; i < mode_count(); i++) {
        const mode_def *m = mode_at(i);
        char flag[32] = "";
        if (!m->available)
            continue;
        if (m->flag)
            snprintf(flag, sizeof flag, "--%s", m->flag);
        fprintf(out, "    %-14s %-7s %s\n", m->id, flag, m->name);
    }
    fputs(usage_tail, out);
}

int cli_run(const cli_options *o, const char *data_dir, FILE *out, FILE *err)
{
    switch (o->mode) {
    case CLI_MODE_HELP:
        cli_usage(out);
        return CLI_EXIT_OK;
    case CLI_MODE_VERSION:
        fprintf(out, "alliantiespel %s\n", ALLIANTIESPEL_VERSION);
        return CLI_EXIT_OK;
    case CLI_MODE_CHECK:
        return run_check(o, data_dir, out, err);
    case CLI_MODE_LIST_DECKS:
        return run_list(o, data_dir, out, err);
    case CLI_MODE_SUMMARY:
        return run_summary(o, data_dir, out, err);
    case CLI_MODE_LIST_CASES:
        return cli_list_cases(o, data_dir, out, err);
    case CLI_MODE_CLASS:
        return cli_class(o, data_dir, out, err);
    case CLI_MODE_HISTORY:
        return cli_history(o, data_dir, out, err);
    case CLI_MODE_FORGET:
        return cli_forget(o, data_dir, stdin, out, err);
    case CLI_MODE_EXPORT:
        return cli_export_answers(o, data_dir, out, err);
    case CLI_MODE_GAME:
    case CLI_MODE_SPEAK: /* main.c: the voice is the platform's */
        break;
    }
    fprintf(err, "alliantiespel: the game cannot start from here\n");
    return CLI_EXIT_FAILURE;
}
