/* cli: the command line. Options are parsed here for both the game and the
 * modes that need no window. */
#define _GNU_SOURCE /* getopt_long */
#include "cli.h"

#include <getopt.h>
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

enum {
    OPT_CHECK = 256, OPT_LIST, OPT_SUMMARY, OPT_FORMAT, OPT_HELP, OPT_VERSION,
    OPT_VERBOSE,
    OPT_DECK, OPT_DOMAIN, OPT_LANG, OPT_CARDS, OPT_WINDOW, OPT_FULLSCREEN,
    OPT_SAVE, OPT_MODE, OPT_SEATS, OPT_DECK_DIR, OPT_CASE, OPT_MODE_FLAG,
    OPT_GROUP, OPT_LIST_CASES, OPT_CLASS, OPT_SPEAK, OPT_OUT,
    OPT_PAIR, OPT_NO_TRACE, OPT_HISTORY, OPT_FORGET, OPT_YES, OPT_EXPORT,
    OPT_SEAT_LANG, OPT_TEAMS, OPT_TIMER, OPT_LIGHT
};

/* A pair's code from the command line, made canonical; false (told)
 * when it is not one. */
static bool cli_pair(cli_options *o, const char *text, FILE *err)
{
    if (session_pair_normal(text, o->pair, sizeof o->pair))
        return true;
    fprintf(err, "alliantiespel: a pair's code is 1 to 16 letters and digits, "
                 "like K17: %s\n", text);
    return false;
}

static bool parse_window(const char *text, int *w, int *h)
{
    char *end;
    long a = strtol(text, &end, 10);
    if (end == text || (*end != 'x' && *end != 'X'))
        return false;
    const char *rest = end + 1;
    long b = strtol(rest, &end, 10);
    if (end == rest || *end || a < 320 || b < 240 || a > 16384 || b > 16384)
        return false;
    *w = (int)a;
    *h = (int)b;
    return true;
}

static bool cli_projected(const mode_def *m, const char *flag)
{
    (void)flag;
    return m->layout == MODE_LAYOUT_PROJECTOR && !m->flag;
}

static int usage_error(FILE *err, const char *message, const char *detail)
{
    /* what was typed is shown with its control characters written out:
     * a terminal must not run an escape sequence somebody typed */
    char shown[1024];
    utf8_escape(detail ? detail : "", shown, sizeof shown);
    fprintf(err, "alliantiespel: %s%s%s\n", message, detail ? ": " : "",
            shown);
    fprintf(err, "Try 'alliantiespel --help' for more information.\n");
    return CLI_EXIT_INVALID;
}

/* The way to play from --mode, its shortcuts, --case, --teams and
 * --seats, as the mode table says (mode_pick); false when told. */
static bool cli_pick_mode(cli_options *o, FILE *err)
{
    mode_request q = {.chosen = o->play_mode, .with_case = o->case_id != NULL,
                      .with_teams = o->teams != NULL};
    for (size_t i = 0; i < o->mode_flag_count; i++)
        q.flags[q.flag_count++] = o->mode_flags[i];
    for (const char *c = o->seats; c && *c; c++)
        q.people += c == o->seats || *c == ',';
    const mode_def *m = NULL;
    char why[512];
    if (!mode_pick(&q, &m, why, sizeof why)) {
        usage_error(err, why, q.chosen && !mode_find(q.chosen) ? q.chosen
                                                               : NULL);
        return false;
    }
    o->play_mode = m ? m->id : NULL;
    if ((o->timer_seconds || o->light) &&
        !(m && m->layout == MODE_LAYOUT_PROJECTOR)) {
        mode_list_ids(cli_projected, NULL, why, sizeof why);
        fprintf(err, "alliantiespel: --timer and --light go with --mode %s\n"
                     "Try 'alliantiespel --help' for more information.\n",
                why);
        return false;
    }
    return true;
}

int cli_parse(int argc, char **argv, cli_options *o, FILE *err)
{
    static const struct option fixed[] = {
        { "check", no_argument, NULL, OPT_CHECK },
        { "list-decks", no_argument, NULL, OPT_LIST },
        { "summary", no_argument, NULL, OPT_SUMMARY },
        { "format", required_argument, NULL, OPT_FORMAT },
        { "help", no_argument, NULL, OPT_HELP },
        { "version", no_argument, NULL, OPT_VERSION },
        { "verbose", no_argument, NULL, OPT_VERBOSE },
        { "deck", required_argument, NULL, OPT_DECK },
        { "domain", required_argument, NULL, OPT_DOMAIN },
        { "lang", required_argument, NULL, OPT_LANG },
        { "cards", required_argument, NULL, OPT_CARDS },
        { "window", required_argument, NULL, OPT_WINDOW },
        { "fullscreen", no_argument, NULL, OPT_FULLSCREEN },
        { "save", required_argument, NULL, OPT_SAVE },
        { "mode", required_argument, NULL, OPT_MODE },
        { "seats", required_argument, NULL, OPT_SEATS },
        { "deck-dir", required_argument, NULL, OPT_DECK_DIR },
        { "case", required_argument, NULL, OPT_CASE },
        { "group", required_argument, NULL, OPT_GROUP },
        { "teams", required_argument, NULL, OPT_TEAMS },
        { "timer", required_argument, NULL, OPT_TIMER },
        { "light", no_argument, NULL, OPT_LIGHT },
        { "list-cases", no_argument, NULL, OPT_LIST_CASES },
        { "class", required_argument, NULL, OPT_CLASS },
        { "speak", required_argument, NULL, OPT_SPEAK },
        { "out", required_argument, NULL, OPT_OUT },
        { "pair", required_argument, NULL, OPT_PAIR },
        { "no-trace", no_argument, NULL, OPT_NO_TRACE },
        { "history", required_argument, NULL, OPT_HISTORY },
        { "forget", required_argument, NULL, OPT_FORGET },
        { "yes", no_argument, NULL, OPT_YES },
        { "export", required_argument, NULL, OPT_EXPORT },
        { "seat-lang", required_argument, NULL, OPT_SEAT_LANG },
    };
    /* and a shortcut per way to play that has one (--solo, --hands) */
    struct option longs[64];
    size_t count = sizeof fixed / sizeof fixed[0];
    memcpy(longs, fixed, sizeof fixed);
    for (size_t i = 0; i < mode_count() && count + 1 < 64; i++) {
        const char *flag = mode_at(i)->flag;
        bool seen = false;
        for (size_t k = 0; flag && k < count; k++)
            seen = seen || strcmp(longs[k].name, flag) == 0;
        if (flag && !seen && mode_at(i)->available)
            longs[count++] = (struct option){flag, no_argument, NULL,
                                             OPT_MODE_FLAG};
    }
    longs[count] = (struct option){NULL, 0, NULL, 0};
    memset(o, 0, sizeof *o);
    o->mode = CLI_MODE_GAME;
    bool format_given = false;
    int modes = 0;
    optind = 0; /* GNU: start afresh, so the parser can run more than once */
    opterr = 0;
    for (;;) {
        int index = 0;
        int c = getopt_long(argc, argv, "+", longs, &index);
        if (c == -1)
            break;
        switch (c) {
        case OPT_CHECK: o->mode = CLI_MODE_CHECK; modes++; break;
        case OPT_LIST: o->mode = CLI_MODE_LIST_DECKS; modes++; break;
        case OPT_SUMMARY: o->mode = CLI_MODE_SUMMARY; modes++; break;
        case OPT_LIST_CASES: o->mode = CLI_MODE_LIST_CASES; modes++; break;
        case OPT_CLASS:
            o->mode = CLI_MODE_CLASS;
            o->class_dir = optarg;
            modes++;
            break;
        case OPT_SPEAK:
            /* the card follows the deck; options may come after both */
            o->mode = CLI_MODE_SPEAK;
            modes++;
            o->speak_deck = optarg;
            if (optind >= argc || argv[optind][0] == '-')
                return usage_error(err, "--speak needs a deck and a card, "
                                        "e.g. --speak algemeen "
                                        "richting-waarom", NULL);
            o->speak_card = argv[optind++];
            break;
        case OPT_OUT:
            if (!optarg[0])
                return usage_error(err, "--out needs a file name", NULL);
            o->out_path = optarg;
            break;
        case OPT_PAIR:
        case OPT_HISTORY:
        case OPT_FORGET:
        case OPT_EXPORT:
            if (!cli_pair(o, optarg, err))
                return usage_error(err, "give the pair's code", optarg);
            if (c != OPT_PAIR) {
                o->mode = c == OPT_HISTORY  ? CLI_MODE_HISTORY
                          : c == OPT_FORGET ? CLI_MODE_FORGET
                                            : CLI_MODE_EXPORT;
                modes++;
            }
            if (c == OPT_EXPORT) {
                if (optind >= argc || argv[optind][0] == '-')
                    return usage_error(err, "--export needs a code and a folder, "
                                            "e.g. --export K17 ~/export", NULL);
                o->export_dir = argv[optind++];
            }
            break;
        case OPT_NO_TRACE: o->no_trace = true; break;
        case OPT_SEAT_LANG:
            if (!strchr(optarg, '='))
                return usage_error(err, "--seat-lang needs ROLE=CODE, e.g. "
                                        "client=en", optarg);
            o->seat_lang = optarg;
            break;
        case OPT_YES: o->yes = true; break;
        case OPT_CASE: o->case_id = optarg; break;
        case OPT_MODE_FLAG:
            if (o->mode_flag_count < 8)
                o->mode_flags[o->mode_flag_count++] = longs[index].name;
            break;
        case OPT_LIGHT: o->light = true; break;
        case OPT_TEAMS:
            if (!settings_teams_ok(optarg))
                return usage_error(err, "--teams needs names separated by "
                                        "commas", optarg);
            o->teams = optarg;
            break;
        case OPT_TIMER: {
            char *end = NULL;
            long n = strtol(optarg, &end, 10);
            if (end == optarg || *end != '\0' || n < SETTINGS_TIMER_MIN ||
                n > SETTINGS_TIMER_MAX)
                return usage_error(err, "--timer needs seconds, 10 to 3600",
                                   optarg);
            o->timer_seconds = (int)n;
            break;
        }
        case OPT_GROUP:
            if (!session_group_valid(optarg))
                return usage_error(err, "--group needs a code of 1 to 16 "
                                        "letters, digits or '-'", optarg);
            o->group = optarg;
            break;
        case OPT_HELP: o->mode = CLI_MODE_HELP; return CLI_EXIT_OK;
        case OPT_VERSION:
            o->mode = CLI_MODE_VERSION;
            for (int i = optind; i < argc; i++) /* --version --verbose */
                if (strcmp(argv[i], "--verbose") == 0)
                    o->verbose = true;
            return CLI_EXIT_OK;
        case OPT_VERBOSE: o->verbose = true; break;
        case OPT_FORMAT:
            format_given = true;
            if (strcmp(optarg, "csv") == 0)
                o->csv = true;
            else if (strcmp(optarg, "xlsx") == 0)
                o->xlsx = true;
            else if (strcmp(optarg, "table") != 0)
                return usage_error(err, "--format must be table, csv or xlsx",
                                   optarg);
            break;
        case OPT_DECK: o->deck_path = optarg; break;
        case OPT_DOMAIN: o->domain = optarg; break;
        case OPT_LANG: o->language = optarg; break;
        case OPT_CARDS: o->cards = optarg; break;
        case OPT_WINDOW:
            if (!parse_window(optarg, &o->window_width, &o->window_height))
                return usage_error(err, "--window needs a size like 1280x720 "
                                        "(at least 320x240)", optarg);
            break;
        case OPT_FULLSCREEN: o->fullscreen = true; break;
        case OPT_SAVE: o->save_path = optarg; break;
        case OPT_MODE: o->play_mode = optarg; break;
        case OPT_SEATS: o->seats = optarg; break;
        case OPT_DECK_DIR:
            if (!optarg[0])
                return usage_error(err, "--deck-dir needs a folder", NULL);
            o->deck_dir = optarg;
            break;
        case ':':
            return usage_error(err, "this option needs a value", argv[optind - 1]);
        default:
            return usage_error(err, "unknown option", argv[optind - 1]);
        }
    }
    o->files = argv + optind;
    o->file_count = argc - optind;
    if (!o->deck_dir) {
        static char env_dir[4096];
        const char *env = os_env("ALLIANTIESPEL_DECK_DIR", env_dir,
                                 sizeof env_dir) ? env_dir : NULL;
        if (env && env[0])
            o->deck_dir = env;
    }
    if (modes > 1)
        return usage_error(err, "choose one of --check, --list-decks, "
                                "--list-cases, --summary, --class, --speak, "
                                "--history, --forget and --export", NULL);
    if (o->no_trace && o->pair[0] && o->mode == CLI_MODE_GAME)
        return usage_error(err, "--no-trace keeps nothing, so a round cannot "
                                "join a pair's history (--pair)", NULL);
    if (o->yes && o->mode != CLI_MODE_FORGET && !o->xlsx)
        return usage_error(err, "--yes goes with --forget, or with --format "
                                "xlsx to replace the --out file", NULL);
    if (!cli_pick_mode(o, err))
        return CLI_EXIT_INVALID;
    if (o->deck_path && o->domain)
        return usage_error(err, "give --deck or --domain, not both", NULL);
    if (format_given && o->mode != CLI_MODE_SUMMARY &&
        o->mode != CLI_MODE_CLASS && o->mode != CLI_MODE_HISTORY)
        return usage_error(err, "--format goes with --summary, --class or "
                                "--history", NULL);
    if (o->out_path && o->mode != CLI_MODE_SPEAK && !o->xlsx)
        return usage_error(err, "--out goes with --speak or --format xlsx",
                           NULL);
    /* a workbook is never poured into a terminal or a pipe */
    if (o->xlsx && !o->out_path)
        return usage_error(err, "--format xlsx writes a workbook: give "
                                "--out FILE.xlsx", NULL);
    if (o->mode == CLI_MODE_SPEAK && !o->out_path)
        return usage_error(err, "--speak needs --out FILE.wav", NULL);
    switch (o->mode) {
    case CLI_MODE_CHECK:
        if (o->file_count == 0)
            return usage_error(err, "--check needs one or more deck or case "
                                    "files", NULL);
        break;
    case CLI_MODE_SUMMARY:
        if (o->file_count != 1)
            return usage_error(err, "--summary needs exactly one result file", NULL);
        break;
    default:
        if (o->file_count)
            return usage_error(err, "unexpected argument", o->files[0]);
        break;
    }
    return CLI_EXIT_OK;
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
        return cli_forget(o, stdin, out, err);
    case CLI_MODE_EXPORT:
        return cli_export_answers(o, data_dir, out, err);
    case CLI_MODE_GAME:
    case CLI_MODE_SPEAK: /* main.c: the voice is the platform's */
        break;
    }
    fprintf(err, "alliantiespel: the game cannot start from here\n");
    return CLI_EXIT_FAILURE;
}
