#define _DEFAULT_SOURCE /* mkdtemp */
/* The training side of the command line as a teacher meets it:
 * --check of a case, --list-cases, --summary of a training result with
 * its guesses, and --class over a folder of 30 results a class handed in,
 * one of them corrupt (named on stderr, the rest counted), as a table and
 * as CSV for a spreadsheet. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "cli.h"
#include "cli_run.h"
#include "fixture.h"
#include "portable.h"
#include "result.h"
#include "session.h"


/* A training result: the client answers 3 (index 2) on every card; the
 * student guesses 3 on even cards and 5 on odd ones (two steps rosier on
 * a positive theme). */
static bool write_training(const deck *d, const char *path, int student)
{
    size_t cards[4] = {0, 1, 2, 3};
    session_seat seats[] = {
        {.side = DECK_ROLE_CLIENT, .role = deck_side_role(d, DECK_ROLE_CLIENT)},
        {.side = DECK_ROLE_PROFESSIONAL, .role = deck_side_role(d, DECK_ROLE_PROFESSIONAL), .predicts = true}};
    session s;
    if (session_new_seats(&s, d, 0, cards, 4, seats, 2, "training",
                          1764000000 + student) != SESSION_OK)
        return false;
    char group[16];
    snprintf(group, sizeof group, "g%d", student);
    bool ok = session_set_labels(&s, "reclassering-marco", group);
    for (int c = 0; c < 4 && ok; c++) {
        ok = session_place(&s, 0, 2) == SESSION_OK &&
             session_place(&s, 1, 3) == SESSION_OK &&
             session_predict(&s, 1, c % 2 ? 4 : 2) == SESSION_OK &&
             session_reveal(&s) == SESSION_OK &&
             session_next(&s, 1764003600) == SESSION_OK;
    }
    error_list errors;
    error_list_init(&errors);
    ok = ok && result_write(path, &s, &errors);
    error_print(&errors, stderr);
    error_list_free(&errors);
    session_free(&s);
    return ok;
}

static void test_class(void)
{
    char dir[] = TEST_TMP "/alliantiespel-class-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    deck d;
    fixture_deck(&d, 5, "pn", 4); /* cards 0, 2 positive; 1, 3 negative */
    for (int i = 0; i < 29; i++) {
        char path[600];
        snprintf(path, sizeof path, "%s/student-%02d.yaml", dir, i);
        CHECK(write_training(&d, path, i));
    }
    char bad[600];
    snprintf(bad, sizeof bad, "%s/student-99.yaml", dir);
    FILE *f = fopen(bad, "w");
    CHECK(f != NULL);
    if (f) {
        fputs("format: alliantiespel-result/2\ndeck: {id: x\n", f);
        fclose(f);
    }
    char *argv[] = {"alliantiespel", "--class", dir};
    run_result r = run(3, argv);
    CHECK_INT(r.status, 0);
    CHECK(strstr(r.err, "student-99.yaml") != NULL);
    CHECK(strstr(r.err, "29 of 30 files counted; 1 could not be read") != NULL);
    CHECK(strstr(r.out, "student-00.yaml") != NULL);
    CHECK(strstr(r.out, "reclassering-marco") != NULL);
    /* per student 4 guesses: cards 0 and 2 (d0) exact, cards 1 and 3
     * (d1, negative) 5 where 3 was said: two steps more friction guessed,
     * the alliance read as worse */
    CHECK(strstr(r.out, "class (29)") != NULL);
    done(&r);
    /* --lang nl: the table and the count in Dutch, no English word left */
    char *nl_argv[] = {"alliantiespel", "--class", dir, "--lang", "nl"};
    r = run(5, nl_argv);
    CHECK_INT(r.status, 0);
    CHECK(strstr(r.out, "BESTAND") != NULL && strstr(r.out, "FILE") == NULL);
    CHECK(strstr(r.out, "klas (29)") != NULL);
    CHECK(strstr(r.out, "slechter") != NULL && strstr(r.out, "worse") == NULL);
    CHECK(strstr(r.err, "29 van 30 bestanden geteld") != NULL);
    done(&r);

    char *csv_argv[] = {"alliantiespel", "--class", dir, "--format", "csv"};
    r = run(5, csv_argv);
    CHECK_INT(r.status, 0);
    CHECK(strncmp(r.out, "file,case,group,guesser,dimension,guesses,exact,"
                         "within_one,mean_distance,mean_lean,reading\n", 90) == 0);
    /* one student, theme d1 (negative): cards 1 and 3, both guessed 5
     * where 3 was said: two steps more friction, read as worse */
    CHECK(strstr(r.out, "student-00.yaml,reclassering-marco,g0,professional,"
                        "d1,2,0,0,2.00,-2.00,worse\n") != NULL);
    /* theme d0: both exact */
    CHECK(strstr(r.out, "student-00.yaml,reclassering-marco,g0,professional,"
                        "d0,2,2,2,0.00,0.00,close\n") != NULL);
    CHECK(strstr(r.out, "class (29),,,all,all,116,58,58,1.00,-1.00,worse\n") != NULL);
    done(&r);
    /* a file whose name a spreadsheet would run stays text: quoted and
     * with an apostrophe in front (the CSV cell rule, csv.h) */
    char from[600], to[600];
    snprintf(from, sizeof from, "%s/student-00.yaml", dir);
    snprintf(to, sizeof to, "%s/=HYPERLINK(1)+1.yaml", dir);
    CHECK(link(from, to) == 0);
    r = run(5, csv_argv);
    CHECK(strstr(r.out, "\n\"'=HYPERLINK(1)+1.yaml\",reclassering-marco,") != NULL);
    CHECK(strstr(r.out, "\n=HYPERLINK") == NULL);
    done(&r);
    CHECK(unlink(to) == 0);

    /* --summary of one of them tells the guesses in words */
    char one[600];
    snprintf(one, sizeof one, "%s/student-00.yaml", dir);
    char *sum_argv[] = {"alliantiespel", "--summary", one};
    r = run(3, sum_argv);
    CHECK_INT(r.status, 0);
    CHECK(strstr(r.out, "How well did the begeleider guess the cliënt?") != NULL ||
          strstr(r.out, "Hoe goed raadde") != NULL);
    CHECK(strstr(r.out, "Case: reclassering-marco") != NULL ||
          strstr(r.out, "Casus: reclassering-marco") != NULL);
    done(&r);

    /* an empty folder counts nothing: exit 2 */
    char empty[] = TEST_TMP "/alliantiespel-class-empty-XXXXXX";
    CHECK(mkdtemp(empty) != NULL);
    char *none_argv[] = {"alliantiespel", "--class", empty};
    r = run(3, none_argv);
    CHECK_INT(r.status, 2);
    done(&r);
    /* one file, damaged: "0 van 1 bestand", in the singular */
    char lone[600];
    snprintf(lone, sizeof lone, "%s/student-99.yaml", empty);
    CHECK(link(bad, lone) == 0);
    char *lone_argv[] = {"alliantiespel", "--class", empty, "--lang", "nl"};
    r = run(5, lone_argv);
    CHECK_MSG(strstr(r.err, "0 van 1 bestand geteld;") != NULL, "%s", r.err);
    done(&r);
    CHECK(unlink(lone) == 0);
    rmdir(empty);

    CHECK(remove_tree(dir) == 0);
    deck_free(&d);
}

static void test_cases_command(void)
{
    char *list[] = {"alliantiespel", "--list-cases"};
    run_result r = run(2, list);
    CHECK_INT(r.status, 0);
    CHECK(strstr(r.out, "reclassering-marco") != NULL);
    CHECK(strstr(r.out, "polite-mistrust") != NULL);
    done(&r);
    char path[600];
    snprintf(path, sizeof path, "%s/decks/cases/reclassering-ilse.yaml",
             TEST_SOURCE_DIR);
    char *check[] = {"alliantiespel", "--check", path};
    r = run(3, check);
    CHECK_INT(r.status, 0);
    CHECK(strstr(r.out, "ok: case 'reclassering-ilse' for deck 'reclassering'") != NULL);
    done(&r);
    /* --case goes with training only; a bad group code is refused */
    char *wrong[] = {"alliantiespel", "--mode", "family", "--case", "x"};
    r = run(5, wrong);
    CHECK_INT(r.status, 2);
    done(&r);
    char *group[] = {"alliantiespel", "--group", "klas 2B"};
    r = run(3, group);
    CHECK_INT(r.status, 2);
    CHECK(strstr(r.err, "--group needs a code") != NULL);
    done(&r);
}

int main(void)
{
    test_class();
    test_cases_command();
    return check_report();
}
