#define _DEFAULT_SOURCE /* mkstemps, mkdtemp, mkfifo */
/* The command line as a user meets it: --check over the shipped decks and
 * over every file of the YAML test suite, --list-decks, --summary of a
 * result file as a table and as CSV, and the usage errors. */
#include <dirent.h>
#include <stdlib.h>
#include <time.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "catalog.h"
#include "check.h"
#include "cli.h"
#include "mode.h"
#include "cli_run.h"
#include "deck.h"
#include "fixture.h"
#include "portable.h"
#include "result.h"
#include "session.h"

static const char *const shipped[] = { "algemeen", "arbeidsintegratie",
                                       "jeugdbescherming", "maatschappelijke-opvang",
                                       "reclassering", "schuldhulpverlening" };


static void test_check_shipped(void)
{
    char paths[6][512];
    char *argv[8] = { "alliantiespel", "--check" };
    for (int i = 0; i < 6; i++) {
        snprintf(paths[i], sizeof paths[i], "%s/decks/%s.yaml", TEST_SOURCE_DIR, shipped[i]);
        argv[2 + i] = paths[i];
    }
    run_result r = run(8, argv);
    CHECK_INT(r.status, 0);
    CHECK_MSG(r.err[0] == '\0', "%s", r.err);
    for (int i = 0; i < 6; i++) {
        char want[128];
        /* every shipped deck holds 24 cards, six per theme (issue 14) */
        snprintf(want, sizeof want, "ok: deck '%s', %d cards, 4 dimensions, 5 answer options",
                 shipped[i], 24);
        CHECK_MSG(strstr(r.out, want) != NULL, "missing: %s", want);
    }
    done(&r);

    /* Each shipped deck: two languages, a quick round of 4-6 cards that
     * covers every dimension, and talk prompts. */
    for (int i = 0; i < 6; i++) {
        deck d;
        error_list errors;
        error_list_init(&errors);
        CHECK(deck_load(paths[i], &d, &errors));
        CHECK_STR(d.id, shipped[i]);
        CHECK_INT(d.language_count, 2);
        CHECK_STR(d.languages[0], "nl");
        CHECK_STR(d.languages[1], "en");
        CHECK_MSG(d.quick_count >= 4 && d.quick_count <= 6, "%s quick %zu", shipped[i],
                  d.quick_count);
        bool covered[DECK_MAX_DIMENSIONS] = { false };
        for (size_t q = 0; q < d.quick_count; q++)
            covered[d.cards[d.quick[q]].dimension] = true;
        for (size_t k = 0; k < d.dimension_count; k++)
            CHECK_MSG(covered[k], "%s: quick round misses %s", shipped[i], d.dimensions[k].key);
        CHECK_STR(d.dimensions[3].key, "stroefheid");
        CHECK(d.dimensions[3].negative);
        deck_free(&d);
        error_list_free(&errors);
    }
}

static void test_check_broken(void)
{
    char path[] = TEST_TMP "/alliantiespel-broken-XXXXXX.yaml";
    int fd = mkstemps(path, 5);
    const char *text = "format: alliantiespel-deck/1\nid: x\ntitle: X\nlanguages: [nl]\n"
                       "roles: {professional: a, client: b}\n"
                       "dimensions: [{key: a, name: A, description: A, polarity: positive}]\n"
                       "scale: [{value: 1, label: a}, {value: 2, label: b}]\n"
                       "cards:\n  - {id: c, dimensoin: a, client: x, professional: y}\n";
    CHECK(write(fd, text, strlen(text)) == (ssize_t)strlen(text));
    close(fd);
    char *argv[] = { "alliantiespel", "--check", path };
    run_result r = run(3, argv);
    CHECK_INT(r.status, 2);
    char want[256];
    snprintf(want, sizeof want,
             "%s:9:13: error: unknown key 'dimensoin' in card 'c'; expected one of: "
             "id, dimension, client, professional, talk\n", path);
    CHECK_MSG(strstr(r.err, want) != NULL, "got: %s", r.err);
    snprintf(want, sizeof want, "%s:9:5: error: missing key 'dimension' in card 'c'", path);
    CHECK_MSG(strstr(r.err, want) != NULL, "got: %s", r.err);
    done(&r);
    unlink(path);
}

/* Writes text to DIR/name; the path goes to path. */
static void write_file(const char *dir, const char *name, const char *text,
                       char *path, size_t size)
{
    snprintf(path, size, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (!f)
        return;
    CHECK(fputs(text, f) >= 0);
    CHECK(fclose(f) == 0);
}

/* A small valid deck whose second option names icon. */
#define ICON_DECK(icon)                                                     \
    "format: alliantiespel-deck/1\nid: x\ntitle: X\nlanguages: [nl]\n"       \
    "roles: {professional: a, client: b}\n"                                 \
    "dimensions: [{key: a, name: A, description: A, polarity: positive}]\n" \
    "scale:\n"                                                              \
    "  - {value: 1, label: a, icon: thumbs-down}\n"                         \
    "  - {value: 2, label: b, icon: " icon "}\n"                            \
    "cards:\n  - {id: c, dimension: a, client: x, professional: y}\n"

/* An icon the game does not have is refused at the icon's name, and a deck
 * of one card is "1 card", never "1 cards". */
static void test_check_icons_and_counts(void)
{
    char dir[] = TEST_TMP "/alliantiespel-icons-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[600];
    write_file(dir, "icon.yaml", ICON_DECK("thumbs-sideways"), path, sizeof path);
    char *argv[] = { "alliantiespel", "--check", path };
    run_result r = run(3, argv);
    CHECK_INT(r.status, 2);
    char want[800];
    snprintf(want, sizeof want, "%s:9:32: error: unknown icon 'thumbs-sideways' in "
                                "scale option 2: the game has no "
                                "assets/icons/thumbs-sideways.svg\n", path);
    CHECK_MSG(strcmp(r.err, want) == 0, "got: %s", r.err);
    CHECK_STR(r.out, "");
    done(&r);
    unlink(path);

    write_file(dir, "one.yaml", ICON_DECK("thumbs-up"), path, sizeof path);
    r = run(3, argv);
    CHECK_INT(r.status, 0);
    snprintf(want, sizeof want, "%s: ok: deck 'x', 1 card, 1 dimension, 2 answer options\n",
             path);
    CHECK_MSG(strcmp(r.out, want) == 0, "got: %s%s", r.out, r.err);
    done(&r);
    unlink(path);
    rmdir(dir);
}

/* The deck folder with a broken deck, a FIFO and a second deck of the same
 * id: the good deck loads, the three others are counted, and the first
 * broken one (by name) is told in one line for the start screen. A FIFO
 * must not make loading wait: the alarm fails the test if it does. */
static void test_catalog_broken(void)
{
    char dir[] = TEST_TMP "/alliantiespel-catalog-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[600];
    write_file(dir, "a.yaml", ICON_DECK("thumbs-up"), path, sizeof path);
    write_file(dir, "b.yaml", ICON_DECK("Thumbs Up"), path, sizeof path);
    write_file(dir, "d.yaml", ICON_DECK("thumbs-up"), path, sizeof path);
    write_file(dir, "notes.txt", "not a deck", path, sizeof path);
    char fifo[600];
    snprintf(fifo, sizeof fifo, "%s/c.yaml", dir);
#ifndef _WIN32
    CHECK(mkfifo(fifo, 0600) == 0);
    alarm(20);
#else
    /* Windows has no FIFOs: a folder is what is not a file there */
    CHECK(mkdir(fifo, 0700) == 0);
#endif
    catalog c;
    error_list errors;
    error_list_init(&errors);
    CHECK(catalog_load(dir, &c, &errors));
#ifndef _WIN32
    alarm(0);
#endif
    CHECK_INT(c.count, 1);
    CHECK_INT(c.broken, 3);
    CHECK_STR(c.first_broken, "b.yaml:9:32: error: 'icon' in scale option 2 must be an "
                              "icon name of a-z, 0-9 and '-'");
    bool fifo_named = false, twice_named = false;
    for (size_t i = 0; i < errors.count; i++) {
        fifo_named |= strcmp(errors.items[i].file, fifo) == 0 &&
                      strstr(errors.items[i].message, "not a regular file") != NULL;
        twice_named |= strstr(errors.items[i].file, "/d.yaml") != NULL &&
                       strstr(errors.items[i].message, "another deck already has the id 'x'");
    }
    CHECK(fifo_named);
    CHECK(twice_named);
    catalog_free(&c);
    CHECK(c.first_broken == NULL && c.broken == 0);
    catalog_free(&c); /* twice is harmless */

    /* Nothing valid: false, and still the count and the first line. */
    const char *gone[] = { "a.yaml", "d.yaml", "b.yaml", "c.yaml", "notes.txt" };
    for (size_t i = 0; i < 2; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, gone[i]);
        CHECK(unlink(path) == 0);
    }
    error_list_clear(&errors);
    CHECK(!catalog_load(dir, &c, &errors));
    CHECK_INT(c.count, 0);
    CHECK_INT(c.broken, 2);
    CHECK(c.first_broken && strncmp(c.first_broken, "b.yaml:9:32: ", 13) == 0);
    catalog_free(&c);
    for (size_t i = 2; i < 5; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, gone[i]);
#ifdef _WIN32
        if (i == 3) { /* the folder standing in for the FIFO */
            CHECK(rmdir(path) == 0);
            continue;
        }
#endif
        CHECK(unlink(path) == 0);
    }
    CHECK(rmdir(dir) == 0);
    error_list_free(&errors);
}

/* The table of --summary as people read it: the date it was played, the
 * header's words apart, and the round's own decimal sign. */
static void test_summary_table(void)
{
    char path[600];
    snprintf(path, sizeof path, "%s/tests/data/results/jeugdbescherming-family.yaml",
             TEST_SOURCE_DIR);
    char *argv[] = { "alliantiespel", "--summary", path };
    run_result r = run(3, argv);
    CHECK_INT(r.status, 0);
    CHECK_MSG(strstr(r.out, "Jeugdbescherming (nl)\nGespeeld op 2025-11-25 15:00\n"
                            "19 kaarten: 17 omgedraaid, 2 overgeslagen.\n") != NULL,
              "%s", r.out);
    CHECK_MSG(strstr(r.out, "\nThema              gezin (1)  gezin (2)  jeugdbeschermer  "
                            "Verschil  Wat zegt het?\n-----   ") != NULL, "%s", r.out);
    CHECK_MSG(strstr(r.out, "Richting en kader  3,00       3,00       3,00             "
                            "2,60      Dit gaat") != NULL, "%s", r.out);
    CHECK_MSG(strstr(r.out, "2.60") == NULL && strstr(r.out, "VerschilWat") == NULL,
              "%s", r.out);
    /* no line says the distance twice ("Uit elkaar: ... uit elkaar") */
    for (const char *line = r.out; line && *line;) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) : strlen(line), apart = 0;
        for (size_t i = 0; i + 10 <= len; i++)
            apart += strncasecmp(line + i, "uit elkaar", 10) == 0;
        CHECK_MSG(apart <= 1, "%.*s", (int)len, line);
        line = end ? end + 1 : NULL;
    }
    /* a file of format 1 names the family "gezin": its article is "het" */
    CHECK_MSG(strstr(r.out, "het gezin (1) en het gezin (2) vinden dit lastig") &&
                  !strstr(r.out, "de gezin"), "%s", r.out);
    done(&r);

    snprintf(path, sizeof path, "%s/tests/data/results/schuldhulp-english.yaml",
             TEST_SOURCE_DIR);
    r = run(3, argv);
    CHECK_INT(r.status, 0);
    CHECK_MSG(strstr(r.out, "Played on 2025-11-25 15:00\n19 cards: 17 turned, 2 skipped.\n")
              != NULL, "%s", r.out);
    CHECK_MSG(strstr(r.out, "Gap   Reading\n") != NULL, "%s", r.out);
    CHECK_MSG(strstr(r.out, "3.00             2.60  This goes") != NULL, "%s", r.out);
    CHECK_MSG(strstr(r.out, "2,60") == NULL, "%s", r.out);
    done(&r);

    /* who finds a theme hard is named, a card as each person read it */
    snprintf(path, sizeof path,
             "%s/tests/data/results/jeugdbescherming-family-2.yaml",
             TEST_SOURCE_DIR);
    r = run(3, argv);
    CHECK_MSG(strstr(r.out, "De jongere en de ouder (1) vinden dit lastig.") &&
                  strstr(r.out, "; de jongere en de ouder (1) vinden dit "
                                "lastig)") &&
                  strstr(r.out, "Jongere: Ik weet wat de rechter over mij") &&
                  !strstr(r.out, "Iemand") && !strstr(r.out, "iemand"),
              "%s", r.out);
    done(&r);
}

static void test_yaml_suite_rejected(void)
{
    char folder[512];
    snprintf(folder, sizeof folder, "%s/tests/data/yaml-test-suite", TEST_SOURCE_DIR);
    DIR *dir = opendir(folder);
    CHECK(dir != NULL);
    if (!dir)
        return;
    int files = 0;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        size_t n = strlen(e->d_name);
        if (n < 6 || strcmp(e->d_name + n - 5, ".yaml") != 0)
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", folder, e->d_name);
        char *argv[] = { "alliantiespel", "--check", path };
        run_result r = run(3, argv);
        CHECK_MSG(r.status == 2, "%s: exit %d", e->d_name, r.status);
        CHECK_MSG(strstr(r.err, path) != NULL && strstr(r.err, "error: "),
                  "%s: no clear message: %s", e->d_name, r.err);
        done(&r);
        files++;
    }
    closedir(dir);
    CHECK_MSG(files >= 400, "only %d files", files);
}

static void test_list(void)
{
    char *argv[] = { "alliantiespel", "--list-decks" };
    run_result r = run(2, argv);
    CHECK_INT(r.status, 0);
    for (int i = 0; i < 6; i++)
        CHECK_MSG(strstr(r.out, shipped[i]) != NULL, "missing %s", shipped[i]);
    CHECK(strstr(r.out, "Reclassering") != NULL);
    CHECK(strstr(r.out, "nl en") != NULL);
    done(&r);
}

static void test_summary(void)
{
    deck d;
    CHECK(fixture_shipped_deck(&d, "reclassering"));
    error_list errors;
    error_list_init(&errors);
    size_t *cards;
    size_t n;
    CHECK(deck_select(&d, "quick", &cards, &n, &errors));
    session s;
    const deck_role players[] = { DECK_ROLE_CLIENT, DECK_ROLE_PROFESSIONAL };
    CHECK_INT(session_new(&s, &d, 0, cards, n, players, 2, 1764079200), SESSION_OK);
    for (size_t r = 0; r < n; r++) {
        session_place(&s, 0, r % 5);
        session_place(&s, 1, 4);
        session_reveal(&s);
        session_next(&s, 1764079200 + 60 * (int64_t)r);
    }
    char path[] = TEST_TMP "/alliantiespel-summary-XXXXXX.yaml";
    int fd = mkstemps(path, 5);
    close(fd);
    CHECK(result_write(path, &s, &errors));

    char *argv[] = { "alliantiespel", "--summary", path };
    run_result r = run(3, argv);
    CHECK_INT(r.status, 0);
    /* Dutch words, because the round was played in Dutch. */
    CHECK_MSG(strstr(r.out, "Richting en kader") != NULL, "%s", r.out);
    CHECK(strstr(r.out, "reclasseringswerker") != NULL);
    CHECK(strstr(r.out, "Stroefheid") != NULL);
    CHECK_MSG(strstr(r.out, "Kaarten om over te praten") != NULL, "%s", r.out);
    done(&r);

    char *csv_argv[] = { "alliantiespel", "--summary", "--format", "csv", path };
    r = run(5, csv_argv);
    CHECK_INT(r.status, 0);
    int rows = 0;
    for (char *p = r.out; *p; p++)
        rows += *p == '\n';
    CHECK_INT(rows, 1 + (int)n * 2);
    CHECK(strncmp(r.out, "deck,language,started,card", 26) == 0);
    done(&r);

    unlink(path);
    session_free(&s);
    free(cards);
    deck_free(&d);
    error_list_free(&errors);
}

static void test_usage(void)
{
    struct {
        int argc;
        char *argv[6];
        int status;
        const char *want;
    } cases[] = {
        { 2, { "alliantiespel", "--bogus" }, 2, "unknown option" },
        { 2, { "alliantiespel", "--check" }, 2, "needs one or more deck or case files" },
        { 2, { "alliantiespel", "--summary" }, 2, "exactly one result file" },
        { 3, { "alliantiespel", "--window", "12x7" }, 2, "--window needs a size" },
        { 4, { "alliantiespel", "--list-decks", "--check", "x" }, 2, "choose one of" },
        { 3, { "alliantiespel", "--format", "csv" }, 2, "--format goes with --summary" },
        { 5, { "alliantiespel", "--deck", "a", "--domain", "b" }, 2, "not both" },
        { 2, { "alliantiespel", "stray" }, 2, "unexpected argument" },
        { 3, { "alliantiespel", "--summary", "/nonexistent.yaml" }, 2,
          "/nonexistent.yaml: error: cannot open the file" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        run_result r = run(cases[i].argc, cases[i].argv);
        CHECK_MSG(r.status == cases[i].status, "usage case %zu: exit %d", i + 1, r.status);
        CHECK_MSG(strstr(r.err, cases[i].want) != NULL, "usage case %zu: %s", i + 1, r.err);
        done(&r);
    }
    char *help[] = { "alliantiespel", "--help" };
    run_result r = run(2, help);
    CHECK_INT(r.status, 0);
    CHECK(strncmp(r.out, "Usage: alliantiespel", 20) == 0);
    /* the ways to play are the mode table's rows, each with its shortcut */
    for (size_t i = 0; i < mode_count(); i++) {
        const mode_def *m = mode_at(i);
        char line[128];
        snprintf(line, sizeof line, "    %-14s %s%s", m->id,
                 m->flag ? "--" : "", m->flag ? m->flag : "");
        CHECK_MSG(strstr(r.out, line) != NULL, "--help lacks %s", m->id);
    }
    done(&r);
    char *version[] = { "alliantiespel", "--version" };
    r = run(2, version);
    CHECK(strncmp(r.out, "alliantiespel ", 14) == 0);
    done(&r);
    cli_options o;
    char *game[] = { "alliantiespel", "--domain", "reclassering", "--lang", "en",
                     "--cards", "quick", "--window", "1024x600", "--save", "x.yaml" };
    FILE *err = tmpfile();
    CHECK_INT(cli_parse(11, game, &o, err), 0);
    fclose(err);
    CHECK_INT(o.mode, CLI_MODE_GAME);
    CHECK_STR(o.domain, "reclassering");
    CHECK_STR(o.language, "en");
    CHECK_STR(o.cards, "quick");
    CHECK_INT(o.window_width, 1024);
    CHECK_INT(o.window_height, 600);
    CHECK_STR(o.save_path, "x.yaml");
}

int main(void)
{
    /* times are said in the user's time zone: this one, in every run */
#ifdef _WIN32
    /* the C library there knows only TZ's old form: CET, an hour east of
     * UTC, with a summer time of its own rule (none in November) */
    setenv("TZ", "CET-1CEST", 1);
#else
    setenv("TZ", "Europe/Amsterdam", 1);
#endif
    tzset();
    test_check_shipped();
    test_check_broken();
    test_check_icons_and_counts();
    test_catalog_broken();
    test_summary_table();
    test_yaml_suite_rejected();
    test_list();
    test_summary();
    test_usage();
    return check_report();
}
