/* Result files: what is written reads back the same, is private to the
 * user, never half-written, and a damaged file is refused with a reason. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fixture.h"
#include "result.h"
#include "score.h"
#include "session.h"

static void make_session(deck *d, session *s)
{
    fixture_deck(d, 5, "pppn", 4);
    size_t cards[] = { 3, 0, 1, 2 };
    const deck_role players[] = { DECK_ROLE_CLIENT, DECK_ROLE_CLIENT,
                                  DECK_ROLE_PROFESSIONAL };
    CHECK_INT(session_new(s, d, 0, cards, 4, players, 3, 1764079200), SESSION_OK);
    int answers[][3] = { { 4, 3, 0 }, { 0, 1, 2 } };
    for (int r = 0; r < 2; r++) {
        for (size_t p = 0; p < 3; p++)
            session_place(s, p, (size_t)answers[r][p]);
        session_reveal(s);
        if (r == 1)
            session_toggle_mark(s);
        session_next(s, 1764079300);
    }
    session_skip(s, 1764079400);
    for (size_t p = 0; p < 3; p++)
        session_place(s, p, 2);
    session_reveal(s);
    session_next(s, 1764080000);
    CHECK(session_finished(s));
}

static void test_round_trip(void)
{
    deck d;
    session s;
    make_session(&d, &s);
    char dir[] = "/tmp/alliantiespel-result-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[256];
    snprintf(path, sizeof path, "%s/result.yaml", dir);
    error_list errors;
    error_list_init(&errors);
    CHECK(result_write(path, &s, &errors));
    error_print(&errors, stderr);
    struct stat st;
    CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0600);

    deck d2;
    session s2;
    CHECK(result_read(path, &d2, &s2, &errors));
    error_print(&errors, stderr);
    CHECK_INT(s2.round_count, 4);
    CHECK_INT(s2.player_count, 3);
    CHECK_INT(s2.players[2], DECK_ROLE_PROFESSIONAL);
    CHECK_INT(s2.started_at, 1764079200);
    CHECK_INT(s2.ended_at, 1764080000);
    CHECK(session_finished(&s2));
    CHECK_STR(d2.id, "fixture");
    CHECK_STR(d2.languages[0], "nl");
    CHECK_STR(d2.cards[0].id, "c3");
    CHECK_STR(deck_text(&d2, &d2.cards[0].client, 0), "Ik 3");
    CHECK(d2.dimensions[3].negative);
    CHECK_INT(d2.options[4].value, 40);
    CHECK_STR(deck_text(&d2, &d2.role_name[DECK_ROLE_CLIENT], 0), "cliënt");
    for (size_t r = 0; r < 4; r++) {
        CHECK_INT(s2.rounds[r].state, s.rounds[r].state);
        CHECK_INT(s2.rounds[r].marked, s.rounds[r].marked);
        for (size_t p = 0; p < 3; p++)
            CHECK_INT(s2.rounds[r].answer[p], s.rounds[r].answer[p]);
    }
    score_summary a, b;
    CHECK(score_compute(&s, &a) && score_compute(&s2, &b));
    CHECK_INT(a.topic_count, b.topic_count);
    CHECK(a.dimensions[0].mean[1] == b.dimensions[0].mean[1]);
    score_free(&a);
    score_free(&b);

    /* Writing again replaces the file whole, and leaves no temp file. */
    CHECK(result_write(path, &s2, &errors));
    char cmd[512];
    snprintf(cmd, sizeof cmd, "test $(ls -A %s | wc -l) -eq 1", dir);
    CHECK(system(cmd) == 0);

    /* CSV: a header and one row per answer (4 cards x 3 players). */
    FILE *f = tmpfile();
    CHECK(result_write_csv(f, &s2));
    char *csv = check_slurp(f);
    fclose(f);
    int rows = 0;
    for (char *p = csv; *p; p++)
        rows += *p == '\n';
    CHECK_INT(rows, 13);
    CHECK(strncmp(csv, "deck,language,started,card,dimension", 36) == 0);
    CHECK(strstr(csv, "fixture,nl,2025-11-25T14:00:00Z,c3,d3,negative,revealed,false,1,client,5,40,5,4\n") != NULL);
    CHECK(strstr(csv, ",skipped,false,1,client,,,5,\n") != NULL);
    free(csv);

    session_free(&s2);
    deck_free(&d2);
    unlink(path);
    rmdir(dir);
    session_free(&s);
    deck_free(&d);
    error_list_free(&errors);
}

static void test_write_failures(void)
{
    deck d;
    session s;
    make_session(&d, &s);
    error_list errors;
    error_list_init(&errors);
    /* No such folder: a clear message naming the file. */
    CHECK(!result_write("/nonexistent/dir/result.yaml", &s, &errors));
    CHECK(errors.count == 1 && strcmp(errors.items[0].file, "/nonexistent/dir/result.yaml") == 0);
    error_list_clear(&errors);
    /* A full disk. */
    FILE *full = fopen("/dev/full", "w");
    if (full) {
        setvbuf(full, NULL, _IONBF, 0);
        CHECK(!result_emit(full, &s, &errors));
        CHECK(errors.count >= 1);
        fclose(full);
    }
    session_free(&s);
    deck_free(&d);
    error_list_free(&errors);
}

/* A valid result file, to damage one line at a time. */
static char *valid_text(void)
{
    deck d;
    session s;
    make_session(&d, &s);
    FILE *f = tmpfile();
    error_list errors;
    error_list_init(&errors);
    CHECK(result_emit(f, &s, &errors));
    char *text = check_slurp(f);
    fclose(f);
    session_free(&s);
    deck_free(&d);
    error_list_free(&errors);
    return text;
}

static char *replace(const char *text, const char *from, const char *to)
{
    const char *at = strstr(text, from);
    CHECK_MSG(at != NULL, "'%s' not in the result file", from);
    if (!at)
        return strdup(text);
    size_t n = strlen(text) - strlen(from) + strlen(to) + 1;
    char *out = malloc(n);
    memcpy(out, text, (size_t)(at - text));
    strcpy(out + (at - text), to);
    strcat(out, at + strlen(from));
    return out;
}

static void test_damaged(void)
{
    char *text = valid_text();
    CHECK(strstr(text, "in_play") == NULL); /* finished files as before 0.2 */
    struct {
        const char *from, *to, *want;
    } cases[] = {
        { "format: alliantiespel-result/1", "format: alliantiespel-deck/1",
          "this is not a result file" },
        { "answers: [5, 4, 1]", "answers: [6, 4, 1]", "must be a position from 1 to 5" },
        { "answers: [5, 4, 1]", "answers: [5, 4]", "one answer and one value per player" },
        { "values: [40, 30, 0]", "values: [40, 30, 10]", "does not match answer 1" },
        { "answers: [5, 4, 1]\n  values: [40, 30, 0]", "answers: [5, 4, ~]\n  values: [40, 30, ~]",
          "do not fit together" },
        { "state: skipped", "state: gone", "must be revealed, skipped or open" },
        { "players: [client, client, professional]", "players: [client, client]",
          "exactly one professional" },
        { "started: 2025-11-25T14:00:00Z", "started: yesterday", "must be a time" },
        { "dimension: d3", "dimension: d9", "names a dimension that the file does not list" },
        { "deck:", "dek:", "unknown key 'dek' in the result file" },
        { "polarity: negative", "polarity: sideways", "'polarity' must be positive or negative" },
        { "  state: skipped", "  state: skipped\n  remark: gone", "unknown key 'remark' in card 'c1'" },
        { "label: L1}", "label: L1, icon: x}", "unknown key 'icon' in a scale option" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *bad = replace(text, cases[i].from, cases[i].to);
        error_list errors;
        error_list_init(&errors);
        deck d;
        session s;
        bool ok = result_read_buffer("bad-result.yaml", bad, strlen(bad), &d, &s, &errors);
        CHECK_MSG(!ok, "damaged case %zu was accepted", i + 1);
        bool found = false;
        for (size_t e = 0; e < errors.count; e++)
            found |= strstr(errors.items[e].message, cases[i].want) != NULL &&
                     errors.items[e].line > 0;
        CHECK_MSG(found, "damaged case %zu: no error with '%s'", i + 1, cases[i].want);
        if (!found)
            error_print(&errors, stderr);
        if (ok) {
            session_free(&s);
            deck_free(&d);
        }
        error_list_free(&errors);
        free(bad);
    }
    /* Cut short anywhere: refused or read, never a crash. */
    size_t n = strlen(text);
    for (size_t cut = 0; cut < n; cut += 7) {
        error_list errors;
        error_list_init(&errors);
        deck d;
        session s;
        if (result_read_buffer("cut.yaml", text, cut, &d, &s, &errors)) {
            CHECK(session_is_consistent(&s));
            session_free(&s);
            deck_free(&d);
        } else {
            CHECK(errors.count > 0);
        }
        error_list_free(&errors);
    }
    free(text);
}

static void test_resume(void)
{
    deck d;
    CHECK(fixture_shipped_deck(&d, "algemeen"));
    error_list errors;
    error_list_init(&errors);
    size_t cards[] = { 3, 7, 11, 15, 18 };
    const deck_role players[] = { DECK_ROLE_CLIENT, DECK_ROLE_PROFESSIONAL };
    session s;
    CHECK_INT(session_new(&s, &d, 1, cards, 5, players, 2, 1764079200), SESSION_OK);
    session_place(&s, 0, 3);
    session_place(&s, 1, 4);
    session_reveal(&s);
    session_toggle_mark(&s);
    session_next(&s, 1764079260);
    session_skip(&s, 1764079300);
    session_place(&s, 0, 1); /* in the middle of the third card */

    char dir[] = "/tmp/alliantiespel-resume-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[256];
    snprintf(path, sizeof path, "%s/round.yaml", dir);
    CHECK(result_write(path, &s, &errors));
    session back;
    CHECK(result_resume(path, &d, &back, &errors));
    error_print(&errors, stderr);
    CHECK(back.deck == &d);
    CHECK_INT(back.language, 1);
    CHECK_INT(back.current, 2);
    CHECK_INT(back.round_count, 5);
    CHECK_INT(back.rounds[4].card, 18);
    CHECK(back.rounds[0].marked);
    CHECK_INT(back.rounds[1].state, SESSION_CARD_SKIPPED);
    CHECK_INT(back.rounds[2].answer[0], 1);
    CHECK_INT(session_next_to_place(&back), 1);
    CHECK_INT(back.started_at, 1764079200);
    CHECK(session_is_consistent(&back));
    /* ... and the round goes on from there. */
    CHECK_INT(session_place(&back, 1, 2), SESSION_OK);
    CHECK_INT(session_reveal(&back), SESSION_OK);
    session_free(&back);

    /* Another deck is refused with a reason. */
    deck other;
    CHECK(fixture_shipped_deck(&other, "reclassering"));
    error_list_clear(&errors);
    CHECK(!result_resume(path, &other, &back, &errors));
    CHECK(errors.count == 1 && strstr(errors.items[0].message, "played with deck 'algemeen'"));
    deck_free(&other);

    unlink(path);
    rmdir(dir);
    session_free(&s);
    deck_free(&d);
    error_list_free(&errors);
}

/* Writes s to a fresh file and picks it up again on d. */
static bool write_and_resume(const session *s, const deck *d, session *back)
{
    char dir[] = "/tmp/alliantiespel-in-play-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[256];
    snprintf(path, sizeof path, "%s/round.yaml", dir);
    error_list errors;
    error_list_init(&errors);
    bool ok = result_write(path, s, &errors) && result_resume(path, d, back, &errors);
    error_print(&errors, stderr);
    error_list_free(&errors);
    unlink(path);
    rmdir(dir);
    return ok;
}

/* The card in play comes back as it was: a turned last card is not a
 * finished round, and a turned card is not the next one dealt. */
static void test_card_in_play(void)
{
    deck d;
    fixture_deck(&d, 5, "pn", 4);
    size_t cards[] = { 0, 1, 2, 3 };
    const deck_role players[] = { DECK_ROLE_CLIENT, DECK_ROLE_PROFESSIONAL };
    session s, back;
    CHECK_INT(session_new(&s, &d, 0, cards, 4, players, 2, 1764079200), SESSION_OK);
    for (size_t r = 0; r < 4; r++) {
        session_place(&s, 0, r);
        session_place(&s, 1, 4 - r);
        session_reveal(&s);
        if (r == 1) {
            /* turned middle card, not yet moved on */
            CHECK(write_and_resume(&s, &d, &back));
            CHECK_INT(back.current, 1);
            CHECK_INT(back.rounds[1].state, SESSION_CARD_REVEALED);
            CHECK_INT(session_next(&back, 1764079300), SESSION_OK); /* it goes on */
            session_free(&back);
        }
        if (r < 3)
            session_next(&s, 1764079300 + (int64_t)r);
        if (r == 1) {
            /* the next card just dealt, nothing placed on it */
            CHECK(write_and_resume(&s, &d, &back));
            CHECK_INT(back.current, 2);
            CHECK_INT(back.rounds[2].state, SESSION_CARD_OPEN);
            session_free(&back);
        }
    }
    /* The last card turned, NEXT not pressed yet. */
    CHECK(!session_finished(&s));
    CHECK(write_and_resume(&s, &d, &back));
    CHECK_INT(back.current, 3);
    CHECK(!session_finished(&back));
    CHECK(session_current(&back) != NULL);
    CHECK_INT(back.ended_at, 0);
    CHECK_INT(session_next(&back, 1764080000), SESSION_OK);
    CHECK(session_finished(&back));
    session_free(&back);
    session_free(&s);

    /* A file that says a card is in play that cannot be: refused, with
     * the line of the key. */
    const char *bad[][2] = {
        { "in_play: 4", "in_play: 5" },
        { "in_play: 4", "in_play: 2" },
        { "in_play: 4", "in_play: x" },
    };
    const char *want[] = { "from 1 to 4", "card 3 after it was already played",
                           "from 1 to 4" };
    CHECK_INT(session_new(&s, &d, 0, cards, 4, players, 2, 1764079200), SESSION_OK);
    for (size_t r = 0; r < 3; r++) {
        session_place(&s, 0, 1);
        session_place(&s, 1, 1);
        session_reveal(&s);
        session_next(&s, 1764079300);
    }
    FILE *f = tmpfile();
    error_list errors;
    error_list_init(&errors);
    CHECK(result_emit(f, &s, &errors));
    char *text = check_slurp(f);
    fclose(f);
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char *t = replace(text, bad[i][0], bad[i][1]);
        deck rd;
        session rs;
        CHECK(!result_read_buffer("in-play.yaml", t, strlen(t), &rd, &rs, &errors));
        CHECK_MSG(errors.count >= 1 && errors.items[0].line > 0 &&
                      strstr(errors.items[0].message, want[i]) != NULL,
                  "case %zu: %s", i + 1, errors.count ? errors.items[0].message : "-");
        error_list_clear(&errors);
        free(t);
    }
    /* Files from before version 0.2 have no in_play: the first open card. */
    char *old = replace(text, "in_play: 4\n", "");
    deck rd;
    session rs;
    CHECK(result_read_buffer("old.yaml", old, strlen(old), &rd, &rs, &errors));
    CHECK_INT(rs.current, 3);
    session_free(&rs);
    deck_free(&rd);
    free(old);
    free(text);
    error_list_free(&errors);
    session_free(&s);
    deck_free(&d);
}

int main(void)
{
    test_card_in_play();
    test_resume();
    test_round_trip();
    test_write_failures();
    test_damaged();
    return check_report();
}
