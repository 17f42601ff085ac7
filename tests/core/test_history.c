#define _DEFAULT_SOURCE /* mkdtemp, setenv */
/* A pair over time: three rounds with means and gaps computed by hand and
 * the widening flagged; a card kept "alleen voor het gesprek" absent from
 * every stored byte; bad files among a pair's results set aside while the
 * rest still shows; --history as a table and CSV; --forget leaving
 * nothing of the code. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#ifndef _WIN32
#include <sys/wait.h>
#endif

#include "check.h"
#include "cli.h"
#include "cli_run.h"
#include "fixture.h"
#include "forget.h"
#include "history.h"
#include "os.h"
#include "portable.h"
#include "result.h"
#include "session.h"

static char home[] = TEST_TMP "/alliantiespel-history-XXXXXX";
static char folder[600];

/* One round of pair code on fixture deck d: two cards per theme (d0
 * positive, d1 negative); the client answers c, the professional p, as
 * positions 1..5. */
static unsigned next_pair_round; /* 0: written without one */

static bool write_round(const deck *d, const char *code, int64_t when,
                        const int c[4], const int p[4], bool keep_out_last,
                        const char *name)
{
    size_t cards[4] = {0, 1, 2, 3};
    deck_role players[] = {DECK_ROLE_CLIENT, DECK_ROLE_PROFESSIONAL};
    session s;
    if (session_new(&s, d, 0, cards, 4, players, 2, when) != SESSION_OK)
        return false;
    bool ok = session_set_pair(&s, code);
    s.pair_round = next_pair_round;
    for (int i = 0; i < 4 && ok; i++) {
        ok = session_place(&s, 0, (size_t)c[i] - 1) == SESSION_OK &&
             session_place(&s, 1, (size_t)p[i] - 1) == SESSION_OK &&
             session_reveal(&s) == SESSION_OK;
        if (ok && keep_out_last && i == 3)
            ok = session_toggle_kept_out(&s) == SESSION_OK &&
                 session_toggle_mark(&s) == SESSION_ERR_KEPT_OUT;
        ok = ok && session_next(&s, when + 600) == SESSION_OK;
    }
    char path[900];
    snprintf(path, sizeof path, "%s/%s", folder, name);
    error_list errors;
    error_list_init(&errors);
    ok = ok && result_write(path, &s, &errors);
    error_print(&errors, stderr);
    error_list_free(&errors);
    session_free(&s);
    return ok;
}

static void put(const char *name, const char *text)
{
    char path[900];
    snprintf(path, sizeof path, "%s/%s", folder, name);
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

static bool exists(const char *name)
{
    char path[900];
    snprintf(path, sizeof path, "%s/%s", folder, name);
    return access(path, F_OK) == 0;
}

static void test_trend(const deck *d)
{
    /* cards 0,2 are d0 (positive), 1,3 d1 (negative) */
    const int c1[4] = {4, 2, 4, 2}, p1[4] = {4, 2, 5, 2};
    const int c2[4] = {3, 3, 3, 3}, p2[4] = {5, 2, 5, 2};
    const int c3[4] = {2, 4, 2, 4}, p3[4] = {5, 1, 5, 1};
    CHECK(write_round(d, "K17", 1756720800, c1, p1, false, "result-K17-20250901-100000.yaml"));
    CHECK(write_round(d, "K17", 1764583200, c3, p3, true, "result-K17-20251201-100000.yaml"));
    CHECK(write_round(d, "K17", 1759312800, c2, p2, false, "result-K17-20251001-100000.yaml"));
    CHECK(write_round(d, "K18", 1759312800, c2, p2, false, "result-K18-20251001-100000.yaml"));
    history h;
    error_list errors;
    error_list_init(&errors);
    CHECK(history_load(folder, "K17", &h, &errors));
    CHECK_INT(errors.count, 0);
    CHECK_INT(h.count, 3); /* K18's round is not K17's */
    if (h.count != 3) {
        history_free(&h);
        error_list_free(&errors);
        return;
    }
    /* oldest first, by when they were played, not by file name */
    CHECK(h.rounds[0].session.started_at < h.rounds[1].session.started_at);
    CHECK(h.rounds[1].session.started_at < h.rounds[2].session.started_at);
    history_point a, b, c;
    CHECK(history_point_of(&h.rounds[0].session, "d0", &a));
    CHECK(history_point_of(&h.rounds[1].session, "d0", &b));
    CHECK(history_point_of(&h.rounds[2].session, "d0", &c));
    /* d0: client 4,4 -> 4.0; pro 4,5 -> 4.5; gap 0.5 */
    CHECK(a.mean[DECK_ROLE_CLIENT] == 4.0 && a.mean[DECK_ROLE_PROFESSIONAL] == 4.5);
    CHECK(a.gap == 0.5);
    /* round 2: client 3 3 -> 3.0, pro 5 -> 5.0, gap 2.0 */
    CHECK(b.gap == 2.0);
    unsigned change = history_change(&a, &b);
    CHECK(change & HISTORY_WIDER);
    CHECK(change & HISTORY_DROP_CLIENT); /* 4 -> 3 on a positive theme */
    CHECK(!(change & HISTORY_DROP_PRO));
    /* round 3: client 2,2 -> 2.0, pro 5 -> 3.0 gap */
    CHECK(c.gap == 3.0);
    /* d1 (negative) in round 3: card 3 was kept out, only card 1 counts:
     * client 4 (more friction), pro 1 */
    history_point n2, n3;
    CHECK(history_point_of(&h.rounds[1].session, "d1", &n2));
    CHECK(history_point_of(&h.rounds[2].session, "d1", &n3));
    CHECK(n3.mean[DECK_ROLE_CLIENT] == 4.0 && n3.mean[DECK_ROLE_PROFESSIONAL] == 1.0);
    CHECK(history_change(&n2, &n3) & HISTORY_DROP_CLIENT); /* 3 -> 4: worse */
    CHECK(h.rounds[2].session.rounds[3].kept_out);
    CHECK(h.rounds[2].session.rounds[3].answer[0] == SESSION_NO_ANSWER);
    /* "last time" reads only the latest file, and can pass over one */
    history_round last;
    CHECK(history_latest(folder, "K17", NULL, &last, &errors));
    CHECK(last.session.started_at == h.rounds[2].session.started_at);
    CHECK(last.session.deck == &last.deck);
    char skip[900];
    snprintf(skip, sizeof skip, "%s", last.path);
    free(last.path);
    session_free(&last.session);
    deck_free(&last.deck);
    CHECK(history_latest(folder, "K17", skip, &last, &errors));
    CHECK(last.session.started_at == h.rounds[1].session.started_at);
    free(last.path);
    session_free(&last.session);
    deck_free(&last.deck);
    CHECK(!history_latest(folder, "K99", NULL, &last, &errors));
    history_free(&h);
    error_list_free(&errors);

    /* the kept-out card's answers are in no stored byte: the file says
     * only that the card was kept out */
    char path[900];
    snprintf(path, sizeof path, "%s/result-K17-20251201-100000.yaml", folder);
    FILE *f = fopen(path, "r");
    char *text = f && fseek(f, 0, SEEK_END) == 0 ? check_slurp(f) : NULL;
    if (f)
        fclose(f);
    CHECK(text != NULL);
    if (text) {
        const char *card = strstr(text, "- id: c3");
        CHECK(card != NULL);
        const char *next = card ? strstr(card, "\n- ") : NULL;
        const char *end = next ? next : card ? strstr(card, "\nsummary:") : NULL;
        CHECK(card && strstr(card, "state: kept-out") != NULL);
        const char *answers = card ? strstr(card, "answers:") : NULL;
        CHECK(answers == NULL || (end && answers > end));
        free(text);
    }
}

static void test_bad_files(void)
{
    put("result-K17-20251101-100000.yaml", "format: alliantiespel-result/2\ndeck: [\n");
    put("result-K17-20251102-100000.yaml", "");
    put("result-K17-20251103-100000.yaml", "format: alliantiespel-result/9\n");
    history h;
    error_list errors;
    error_list_init(&errors);
    CHECK(history_load(folder, "K17", &h, &errors));
    CHECK_INT(h.count, 3);            /* the good ones still show */
    CHECK_INT(h.set_aside_count, 3);  /* each bad one named and set aside */
    CHECK(errors.count >= 3);
    CHECK(exists("set-aside-result-K17-20251101-100000.yaml"));
    CHECK(!exists("result-K17-20251102-100000.yaml"));
    history_free(&h);
    error_list_free(&errors);
}


static void test_cli(void)
{
    /* in the language the rounds were played in (the fixture's Dutch),
     * like --summary; --lang en says it all in English */
    char *table[] = {"alliantiespel", "--history", "k17"};
    run_result r = run(3, table);
    CHECK_INT(r.status, 0);
    CHECK(strstr(r.out, "Koppel K17: 3 rondes") != NULL);
    CHECK(strstr(r.out, "De afstand bij Dim 0 is groter dan vorige keer.") != NULL);
    CHECK(strstr(r.out, "cliënt") != NULL);
    CHECK(strstr(r.out, "client ") == NULL && strstr(r.out, " gap ") == NULL);
    free(r.out);
    free(r.err);
    char *english[] = {"alliantiespel", "--history", "k17", "--lang", "en"};
    r = run(5, english);
    CHECK_INT(r.status, 0);
    CHECK(strstr(r.out, "Pair K17: 3 rounds") != NULL);
    CHECK(strstr(r.out, "The gap on Dim 0 is wider than last time.") != NULL);
    CHECK(strstr(r.out, "Koppel") == NULL && strstr(r.out, "afstand") == NULL);
    free(r.out);
    free(r.err);
    char *csv[] = {"alliantiespel", "--history", "K17", "--format", "csv"};
    r = run(5, csv);
    CHECK_INT(r.status, 0);
    CHECK(strncmp(r.out, "date,deck,mode,dimension,side,mean,gap\n", 39) == 0);
    CHECK(strstr(r.out, "2025-09-01T10:00:00Z,fixture,table,d0,client,4.00,0.50\n") != NULL);
    CHECK(strstr(r.out, "2025-09-01T10:00:00Z,fixture,table,d0,professional,4.50,0.50\n") != NULL);
    CHECK(strstr(r.out, "2025-10-01T10:00:00Z,fixture,table,d0,client,3.00,2.00\n") != NULL);
    free(r.out);
    free(r.err);
    char out_dir[900];
    snprintf(out_dir, sizeof out_dir, "%s/export", home);
    char *export[] = {"alliantiespel", "--export", "K17", out_dir};
    r = run(4, export);
    CHECK_INT(r.status, 0);
    char csv_path[1000];
    snprintf(csv_path, sizeof csv_path, "%s/K17-answers.csv", out_dir);
    FILE *f = fopen(csv_path, "r");
    CHECK(f != NULL);
    if (f && fseek(f, 0, SEEK_END) == 0) {
        char *text = check_slurp(f);
        fclose(f);
        /* one header, 3 rounds x 4 cards x 2 seats; the kept-out card
         * without positions */
        size_t lines = 0;
        for (const char *p = text; p && *p; p++)
            lines += *p == '\n';
        CHECK_INT(lines, 1 + 3 * 4 * 2);
        CHECK(strstr(text, ",c3,d1,negative,kept-out,false,1,client,,,5,,") != NULL);
        free(text);
    }
    free(r.out);
    free(r.err);
    char *bad[] = {"alliantiespel", "--history", "K-17"};
    r = run(3, bad);
    CHECK_INT(r.status, 2);
    free(r.out);
    free(r.err);
}

static void copy_file(const char *from_name, const char *to_name)
{
    char from[900], to[900];
    snprintf(from, sizeof from, "%s/%s", folder, from_name);
    snprintf(to, sizeof to, "%s/%s", folder, to_name);
    FILE *a = fopen(from, "r"), *b = fopen(to, "w");
    CHECK(a && b);
    if (a && b) {
        int ch;
        while ((ch = fgetc(a)) != EOF)
            fputc(ch, b);
    }
    if (a)
        fclose(a);
    if (b)
        fclose(b);
}

static void test_forget(void)
{
    /* every kind of file the game writes about a pair: the round in
     * progress (the first slot and another), a round not picked up (read
     * as text: it is damaged), a board picture, an export folder */
    copy_file("result-K17-20250901-100000.yaml", "round-in-progress.yaml");
    copy_file("result-K17-20250901-100000.yaml", "round-in-progress-3.yaml");
    put("round-not-picked-up-20251101-100000.yaml",
        "format: alliantiespel-result/2\npair: K17\ncards: [broken\n");
    put("round-not-picked-up-20251102-100000.yaml",
        "format: alliantiespel-result/2\npair: K18\ncards: [broken\n");
    put("board-K17-20251101-100000.png", "png");
    put("board-K18-20251101-100000.png", "png");
    put("board-20251001-100000.png", "an old picture, whose nobody knows");
    error_list errors;
    error_list_init(&errors);
    CHECK(forget_note_export(folder, "K17", "/srv/dossiers/k17", &errors));
    CHECK(forget_note_export(folder, "K18", "/srv/dossiers/k18", &errors));
    CHECK(forget_note_export(folder, "K17", "/srv/dossiers/k17", &errors));
    CHECK(error_list_empty(&errors));
    error_list_free(&errors);
    CHECK(forget_count(folder, "K17") >= 7);
    /* asked, and no: nothing goes */
    char *ask[] = {"alliantiespel", "--forget", "K17"};
    cli_options o;
    CHECK_INT(cli_parse(3, ask, &o, stderr), 0);
    FILE *in = tmpfile(), *out = tmpfile();
    fputs("n\n", in);
    rewind(in);
    CHECK_INT(cli_run(&o, TEST_SOURCE_DIR, out, stderr), 0);
    fclose(in);
    fclose(out);
    CHECK(forget_count(folder, "K17") >= 7);
    char *yes[] = {"alliantiespel", "--forget", "K17", "--yes"};
    run_result r = run(4, yes);
    CHECK_INT(r.status, 0);
    CHECK(strstr(r.out, "0 left") != NULL);
    CHECK(strstr(r.out, "Deleted 7 files of pair K17") != NULL ||
          strstr(r.out, "files of pair K17") != NULL);
    /* what it cannot delete itself, it names: the export folder (once),
     * and the old picture that does not say whose it is */
    CHECK(strstr(r.out, "/srv/dossiers/k17") != NULL);
    const char *once = strstr(r.out, "/srv/dossiers/k17");
    CHECK(once && strstr(once + 1, "/srv/dossiers/k17") == NULL);
    CHECK(strstr(r.out, "/srv/dossiers/k18") == NULL);
    CHECK(strstr(r.out, "1 board picture") != NULL);
    free(r.out);
    free(r.err);
    CHECK_INT(forget_count(folder, "K17"), 0);
    /* with --lang nl every line of it is Dutch */
    char *again[] = {"alliantiespel", "--forget", "K17", "--lang", "nl"};
    r = run(5, again);
    CHECK_INT(r.status, 0);
    CHECK(strstr(r.out, "Er is niets bewaard van koppel K17.") != NULL);
    free(r.out);
    free(r.err);
    char *ask_nl[] = {"alliantiespel", "--forget", "K18", "--lang", "nl"};
    CHECK_INT(cli_parse(5, ask_nl, &o, stderr), 0);
    in = tmpfile();
    out = tmpfile();
    fputs("n\n", in);
    rewind(in);
    CHECK_INT(cli_run(&o, TEST_SOURCE_DIR, out, stderr), 0);
    fclose(in);
    if (fseek(out, 0, SEEK_SET) == 0) {
        char said[4096] = "";
        size_t got = fread(said, 1, sizeof said - 1, out);
        said[got] = '\0';
        CHECK(strstr(said, "bestanden van koppel K18 wissen?") != NULL);
        CHECK(strstr(said, "[j/N]") != NULL);
        CHECK(strstr(said, "Er is niets gewist.") != NULL);
        CHECK(strstr(said, "Delete") == NULL);
    }
    fclose(out);
    CHECK(!exists("round-in-progress.yaml"));
    CHECK(!exists("round-in-progress-3.yaml"));
    CHECK(!exists("round-not-picked-up-20251101-100000.yaml"));
    CHECK(!exists("board-K17-20251101-100000.png"));
    CHECK(exists("round-not-picked-up-20251102-100000.yaml"));
    CHECK(exists("board-K18-20251101-100000.png"));
    CHECK(exists("board-20251001-100000.png"));
    CHECK(exists("result-K18-20251001-100000.yaml"));
    /* the list of exports forgets K17's folder, keeps K18's */
    char path[900];
    snprintf(path, sizeof path, "%s/%s", folder, FORGET_EXPORTS_FILE);
    FILE *f = fopen(path, "r");
    if (f)
        fseek(f, 0, SEEK_END); /* check_slurp reads up to where f is */
    char *list = f ? check_slurp(f) : NULL;
    if (f)
        fclose(f);
    CHECK(list && strstr(list, "K17") == NULL && strstr(list, "K18\t/srv/dossiers/k18\n"));
    free(list);
}

/* The clock set back between two rounds (or mid-round): the history and
 * "last time" follow the order played, and no round ends before it
 * started. */
static void test_clock_set_back(const deck *d)
{
    const int c[4] = {1, 1, 1, 1}, p[4] = {5, 5, 5, 5};
    const int c2[4] = {4, 4, 4, 4};
    next_pair_round = 1;
    CHECK(write_round(d, "K30", 1800000000, c, p, false,
                      "result-K30-20270115-100000.yaml"));
    /* played second, with the clock a year behind */
    next_pair_round = 2;
    CHECK(write_round(d, "K30", 1760000000, c2, p, false,
                      "result-K30-20251009-100000.yaml"));
    next_pair_round = 0;
    history h;
    error_list errors;
    error_list_init(&errors);
    CHECK(history_load(folder, "K30", &h, &errors));
    CHECK_INT(h.count, 2);
    if (h.count == 2) {
        CHECK_INT(h.rounds[0].session.pair_round, 1);
        CHECK_INT(h.rounds[1].session.pair_round, 2);
        CHECK_INT(h.rounds[1].session.rounds[0].answer[0], 3);
    }
    history_free(&h);
    history_round last;
    CHECK(history_latest(folder, "K30", NULL, &last, &errors));
    CHECK_INT(last.session.pair_round, 2);
    CHECK_INT(last.session.rounds[0].answer[0], 3);
    free(last.path);
    session_free(&last.session);
    deck_free(&last.deck);
    error_list_free(&errors);
    /* mid-round: the end is never before the start */
    size_t cards[1] = {0};
    deck_role players[] = {DECK_ROLE_CLIENT, DECK_ROLE_PROFESSIONAL};
    session s;
    CHECK(session_new(&s, d, 0, cards, 1, players, 2, 1800000000) == SESSION_OK);
    CHECK(session_place(&s, 0, 1) == SESSION_OK && session_place(&s, 1, 1) == SESSION_OK);
    CHECK(session_reveal(&s) == SESSION_OK);
    CHECK(session_next(&s, 1700000000) == SESSION_OK);
    CHECK(s.ended_at >= s.started_at);
    session_free(&s);
}

/* A round another window is playing is not deleted under it: the other
 * window holds its slot's lock (a second process here; on Windows, which
 * has no fork, this process: a second handle is refused there too). */
static void test_forget_live_window(void)
{
    copy_file("result-K18-20251001-100000.yaml", "round-in-progress-5.yaml");
    char lock_path[900];
    snprintf(lock_path, sizeof lock_path, "%s/round-in-progress-5.lock", folder);
#ifdef _WIN32
    bool busy;
    int error;
    os_lock *held = os_lock_try(lock_path, &busy, &error);
    CHECK(held != NULL);
#else
    int ready[2], stop[2];
    CHECK(pipe(ready) == 0 && pipe(stop) == 0);
    pid_t child = fork();
    if (child == 0) {
        bool busy;
        int error;
        os_lock *lock = os_lock_try(lock_path, &busy, &error);
        char c = lock ? 'y' : 'n';
        if (write(ready[1], &c, 1) != 1 || read(stop[0], &c, 1) < 0)
            _exit(2);
        os_lock_release(lock);
        _exit(0);
    }
    char c = 0;
    CHECK(read(ready[0], &c, 1) == 1 && c == 'y');
#endif
    forget_report rep;
    error_list errors;
    error_list_init(&errors);
    CHECK(!forget_pair(folder, "K18", &rep, &errors));
    CHECK_INT(rep.live, 1);
    CHECK(exists("round-in-progress-5.yaml"));
    CHECK(!exists("result-K18-20251001-100000.yaml"));
    char said[512];
    error_format_first(&errors, said, sizeof said);
    CHECK(strstr(said, "round-in-progress-5.yaml") && strstr(said, "another window"));
    error_list_free(&errors);
#ifdef _WIN32
    os_lock_release(held);
#else
    CHECK(write(stop[1], "x", 1) == 1);
    int status = 0;
    CHECK(waitpid(child, &status, 0) == child && WIFEXITED(status) &&
          WEXITSTATUS(status) == 0);
#endif
    /* the window closed: now it goes */
    error_list_init(&errors);
    CHECK(forget_pair(folder, "K18", &rep, &errors));
    CHECK(!exists("round-in-progress-5.yaml"));
    error_list_free(&errors);
}

int main(void)
{
    if (!mkdtemp(home))
        return 1;
#ifdef _WIN32
    setenv("APPDATA", home, 1); /* where os_user_folder looks on Windows */
#else
    setenv("XDG_DATA_HOME", home, 1);
#endif
    snprintf(folder, sizeof folder, "%s/alliantiespel", home);
    CHECK(mkdir(folder, 0700) == 0);
    snprintf(folder, sizeof folder, "%s/alliantiespel/alliantiespel", home);
    CHECK(mkdir(folder, 0700) == 0);
    deck d;
    fixture_deck(&d, 5, "pn", 4);
    test_trend(&d);
    test_bad_files();
    test_cli();
    test_clock_set_back(&d);
    test_forget();
    test_forget_live_window();
    deck_free(&d);
    if (check_failed == 0) /* kept to look at when something failed */
        CHECK(remove_tree(home) == 0);
    return check_report();
}
