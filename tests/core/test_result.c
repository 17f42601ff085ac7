/* Result files: what is written reads back the same, is private to the
 * user, never half-written, and a damaged file is refused with a reason. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fixture.h"
#include "result.h"
#include "result_files.h"
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
    char dir[] = TEST_TMP "/alliantiespel-result-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[256];
    snprintf(path, sizeof path, "%s/result.yaml", dir);
    error_list errors;
    error_list_init(&errors);
    CHECK(result_write(path, &s, &errors));
    error_print(&errors, stderr);
    struct stat st;
#ifndef _WIN32
    CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0600);
#else /* no modes: a file has its folder's rights, the user's own there */
    CHECK(stat(path, &st) == 0 && S_ISREG(st.st_mode));
#endif

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
    CHECK_INT(count_entries(dir), 1);

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
    CHECK(strstr(csv, "fixture,nl,2025-11-25T14:00:00Z,c3,d3,negative,revealed,false,1,client,5,40,5,4,"
                      "client,client,table,,,,,,,\n") != NULL);
    CHECK(strstr(csv, ",skipped,false,1,client,,,5,,client,client,table,,,,,,,\n") != NULL);
    CHECK(strstr(csv, "\nfixture,nl,2025-11-25T14:00:00Z,c0,d0,positive,revealed,true,3,professional,"
                      "3,20,5,2,professional,professional,table,,,,,,,\n") != NULL);
    /* Today's columns in their order, the new ones at the end; a round
     * that is no workshop leaves the workshop's four empty. */
    const char *header = "deck,language,started,card,dimension,polarity,state,marked,player,"
                         "role,position,value,scale_size,gap,side,role_id,mode,prediction,"
                         "case,group,team,vote,option,count\n";
    CHECK(strncmp(csv, header, strlen(header)) == 0);
    free(csv);

    session_free(&s2);
    deck_free(&d2);
    unlink(path);
    rmdir(dir);
    session_free(&s);
    deck_free(&d);
    error_list_free(&errors);
}

/* The header's parameters (written through the parameters' codec) stand
 * under the keys and in the order older versions wrote and read. */
static void test_header(void)
{
    deck d;
    session s, back;
    make_session(&d, &s);
    CHECK(session_set_labels(&s, "fixture-sam", "klas-3B"));
    CHECK(session_set_pair(&s, "K17"));
    s.pair_round = 2;
    char *text = emit(&s);
    CHECK(strstr(text, "\nlanguage: nl\nmode: table\ncase: fixture-sam\n"
                       "group: klas-3B\npair: K17\npair-round: 2\n"
                       "started: ") != NULL);
    free(text);
    CHECK(write_and_resume(&s, &d, &back));
    CHECK_STR(back.case_id, "fixture-sam");
    CHECK_STR(back.group, "klas-3B");
    CHECK_STR(back.pair, "K17");
    session_free(&back);
    session_free(&s);
    deck_free(&d);
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

static void test_damaged(void)
{
    char *text = valid_text();
    CHECK(strstr(text, "in_play") == NULL); /* finished files as before 0.2 */
    struct {
        const char *from, *to, *want;
    } cases[] = {
        { "format: alliantiespel-result/2", "format: alliantiespel-deck/1",
          "this is not a result file" },
        { "answers: [5, 4, 1]", "answers: [6, 4, 1]", "must be a position from 1 to 5" },
        { "answers: [5, 4, 1]", "answers: [5, 4]", "one answer and one value per player" },
        { "values: [40, 30, 0]", "values: [40, 30, 10]", "does not match answer 1" },
        { "answers: [5, 4, 1]\n  values: [40, 30, 0]", "answers: [5, 4, ~]\n  values: [40, 30, ~]",
          "do not fit together" },
        { "state: skipped", "state: gone", "must be revealed, skipped, kept-out or open" },
        { "- {side: professional, role: professional}", "- {side: client, role: professional}",
          "player 3 sits on side 'client', but role 'professional' is on side professional" },
        { "- {side: professional, role: professional}", "- {side: client, role: ouder}",
          "player 3 plays role 'ouder', which 'roles' does not list" },
        { "- {side: professional, role: professional}", "- [professional]",
          "each player must be a mapping" },
        { "players:\n- {side: client, role: client}\n- {side: client, role: client}\n"
          "- {side: professional, role: professional}", "players: []",
          "'players' must list 1 to 8 players" },
        { "mode: table", "mode: Table!", "'mode' must be 1 to 15 of a-z" },
        { "mode: table\n", "", "missing key 'mode' in the result file" },
        { "- {id: client, side: client,", "- {id: client, side: professional,",
          "role 'client' must be on side client" },
        { "- {id: client, side: client,", "- {id: professional, side: professional,",
          "role 'professional' is listed twice" },
        { "- {id: client, side: client, name: cliënt, the: de cliënt}",
          "- {id: client, side: client, name: cliënt}", "missing key 'the' in a role" },
        { "- {id: client, side: client, name: cliënt, the: de cliënt}",
          "- {id: client, side: client, name: cliënt, the: de cliënt, age: 9}",
          "unknown key 'age' in a role" },
        { "- {id: client, side: client, name: cliënt, the: de cliënt}\n", "",
          "'roles' must list 2 to 8 roles" },
        { "- {id: client, side: client, name: cliënt, the: de cliënt}",
          "- {id: klant, side: client, name: cliënt, the: de cliënt}",
          "'roles' must list the role 'client' (side client)" },
        { "  state: skipped", "  state: skipped\n  wordings: {client: Ik.}",
          "'wordings' in card 'c1' names 'client', which is not a role" },
        { "  state: skipped", "  state: skipped\n  wordings: []",
          "'wordings' in card 'c1' must map role ids to texts" },
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

    char dir[] = TEST_TMP "/alliantiespel-resume-XXXXXX";
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

/* A family at the table: a young person, two parents and the youth
 * protection worker, each seat in its own role. */
static void make_family(deck *d, session *s)
{
    CHECK(fixture_shipped_deck(d, "jeugdbescherming"));
    size_t jongere = (size_t)deck_role_index(d, "jongere");
    size_t ouder = (size_t)deck_role_index(d, "ouder");
    const session_seat seats[] = { {.side = DECK_ROLE_CLIENT, .role = jongere},
                                   {.side = DECK_ROLE_CLIENT, .role = ouder},
                                   {.side = DECK_ROLE_CLIENT, .role = ouder},
                                   {.side = DECK_ROLE_PROFESSIONAL,
                                    .role = DECK_ROLE_PROFESSIONAL} };
    size_t cards[] = { (size_t)deck_card_index(d, "richting-rechter"),
                       (size_t)deck_card_index(d, "binding-jongere-gehoord"),
                       (size_t)deck_card_index(d, "vertrouwen-open") };
    CHECK_INT(session_new_seats(s, d, 0, cards, 3, seats, 4, "family", 1764079200), SESSION_OK);
    for (size_t p = 0; p < 4; p++)
        session_place(s, p, p);
    session_reveal(s);
    session_toggle_mark(s);
    session_next(s, 1764079300);
    session_skip(s, 1764079400);
    session_place(s, 0, 4); /* the third card is being played */
}

static void check_family(const deck *d, const session *s)
{
    CHECK_STR(s->mode, "family");
    CHECK_INT(s->player_count, 4);
    const char *want[] = { "jongere", "ouder", "ouder", "professional" };
    for (size_t p = 0; p < 4; p++)
        CHECK_STR(d->roles[s->roles[p]].id, want[p]);
    CHECK_INT(s->players[3], DECK_ROLE_PROFESSIONAL);
    CHECK_INT(s->current, 2);
    CHECK(s->rounds[0].marked);
    CHECK_INT(s->rounds[1].state, SESSION_CARD_SKIPPED);
    for (size_t p = 0; p < 4; p++)
        CHECK_INT(s->rounds[0].answer[p], (int)p);
    CHECK_INT(s->rounds[2].answer[0], 4);
    CHECK_INT(s->rounds[2].answer[1], SESSION_NO_ANSWER);
    CHECK(session_is_consistent(s));
}

static void test_family(void)
{
    deck d;
    session s;
    make_family(&d, &s);
    char dir[] = TEST_TMP "/alliantiespel-family-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[256];
    snprintf(path, sizeof path, "%s/family.yaml", dir);
    error_list errors;
    error_list_init(&errors);
    CHECK(result_write(path, &s, &errors));
    error_print(&errors, stderr);

    /* Read back without the deck: seats, roles, mode, answers and what
     * each person read. */
    deck rd;
    session rs;
    CHECK(result_read(path, &rd, &rs, &errors));
    error_print(&errors, stderr);
    check_family(&rd, &rs);
    CHECK_INT(rd.role_count, 4); /* the sides' own two and the seats' two */
    CHECK_STR(deck_text(&rd, &rd.role_name[DECK_ROLE_CLIENT], 0), "gezin");
    CHECK_STR(deck_text(&rd, &rd.roles[rs.roles[1]].the, 0), "de ouder");
    CHECK_STR(deck_card_text(&rd, &rd.cards[0], rs.roles[0], 0),
              "Ik weet wat de rechter over mij heeft besloten.");
    CHECK_STR(deck_card_text(&rd, &rd.cards[0], rs.roles[1], 0),
              "Ik weet wat de rechter over mijn kind heeft besloten.");
    CHECK_STR(deck_card_text(&rd, &rd.cards[2], rs.roles[0], 0),
              "Ik kan de jeugdbeschermer eerlijk zeggen wat ik denk.");
    CHECK_STR(deck_card_text(&rd, &rd.cards[0], rs.roles[3], 0),
              "Het gezin weet wat de rechter over hen heeft besloten.");
    FILE *f = tmpfile();
    CHECK(result_write_csv(f, &rs));
    char *csv = check_slurp(f);
    fclose(f);
    CHECK(strstr(csv, ",true,2,client,2,2,5,3,client,ouder,family,,,,,,,\n") != NULL);
    free(csv);
    session_free(&rs);
    deck_free(&rd);

    /* Picked up on the real deck: the roles found there by id. */
    session back;
    CHECK(result_resume(path, &d, &back, &errors));
    error_print(&errors, stderr);
    check_family(&d, &back);
    CHECK_INT(back.roles[0], deck_role_index(&d, "jongere"));
    CHECK_INT(session_place(&back, 1, 1), SESSION_OK);
    session_free(&back);

    /* A deck that no longer has the parent's role refuses, saying so. */
    char deck_path[512];
    snprintf(deck_path, sizeof deck_path, "%s/decks/jeugdbescherming.yaml", TEST_SOURCE_DIR);
    FILE *in = fopen(deck_path, "r");
    CHECK(in != NULL);
    fseek(in, 0, SEEK_END);
    char *text = check_slurp(in);
    fclose(in);
    char *renamed = replace(text, "id: ouder\n", "id: ouders\n");
    char *p;
    while ((p = strstr(renamed, " ouder:")) != NULL) /* the cards' wordings */
        memcpy(p, " oudr:", 6), memmove(p + 5, p + 6, strlen(p + 6) + 1);
    char *fixed = renamed;
    renamed = replace(fixed, "id: ouders\n", "id: oudr\n");
    free(fixed);
    deck changed;
    CHECK(deck_load_buffer("changed.yaml", renamed, strlen(renamed), &changed, &errors));
    error_print(&errors, stderr);
    error_list_clear(&errors);
    CHECK(!result_resume(path, &changed, &back, &errors));
    CHECK_MSG(errors.count == 1 && strstr(errors.items[0].message,
                                          "no longer has the role 'ouder'"),
              "%s", errors.count ? errors.items[0].message : "-");
    deck_free(&changed);
    free(renamed);
    free(text);

    /* A saved round without cards says so (it used to say "out of
     * memory"). */
    session empty = s;
    empty.round_count = 0;
    error_list_clear(&errors);
    CHECK(!result_resume_saved("empty.yaml", &d, &empty, &d, &back, &errors));
    CHECK_MSG(errors.count == 1 &&
                  strstr(errors.items[0].message, "has no cards"),
              "%s", errors.count ? errors.items[0].message : "-");

    unlink(path);
    rmdir(dir);
    session_free(&s);
    deck_free(&d);
    error_list_free(&errors);
}

/* Result files are kept for years: every format 1 file still reads, each
 * seat in its side's role, as the table game; written again, it is
 * format 2 with the same answers. */
static void test_format_1_files(void)
{
    const char *names[] = { "jeugdbescherming-family.yaml", "open-session.yaml",
                            "schuldhulp-english.yaml" };
    for (size_t i = 0; i < 3; i++) {
        char *text = read_data(names[i]);
        CHECK(strstr(text, "format: alliantiespel-result/1\n") != NULL);
        deck d, d2;
        session s, s2;
        error_list errors;
        error_list_init(&errors);
        CHECK_MSG(result_read_buffer(names[i], text, strlen(text), &d, &s, &errors), "%s", names[i]);
        error_print(&errors, stderr);
        CHECK_STR(s.mode, "table");
        CHECK_INT(d.role_count, 2);
        for (size_t p = 0; p < s.player_count; p++)
            CHECK_INT(s.roles[p], s.players[p]); /* the side's own role */
        FILE *f = tmpfile();
        CHECK(result_emit(f, &s, &errors));
        char *again = check_slurp(f);
        fclose(f);
        CHECK(strstr(again, "format: alliantiespel-result/2\n") != NULL);
        CHECK(result_read_buffer("again.yaml", again, strlen(again), &d2, &s2, &errors));
        CHECK_INT(s2.round_count, s.round_count);
        CHECK_INT(s2.current, s.current);
        for (size_t r = 0; r < s.round_count; r++) {
            CHECK_INT(s2.rounds[r].state, s.rounds[r].state);
            CHECK_INT(s2.rounds[r].marked, s.rounds[r].marked);
            for (size_t p = 0; p < SESSION_MAX_PLAYERS; p++)
                CHECK_INT(s2.rounds[r].answer[p], s.rounds[r].answer[p]);
        }
        session_free(&s2);
        deck_free(&d2);
        free(again);
        if (i == 0) {
            /* Its answers, marks and summary as the file says. */
            CHECK_INT(s.player_count, 3);
            CHECK(s.rounds[0].marked && !s.rounds[1].marked);
            CHECK_INT(s.rounds[1].answer[1], 4);
            CHECK_INT(s.rounds[6].state, SESSION_CARD_SKIPPED);
            score_summary sum;
            CHECK(score_compute(&s, &sum));
            CHECK_INT(sum.revealed, 17);
            CHECK_INT(sum.topic_count, 14);
            CHECK(sum.dimensions[1].mean[1] == 2.5 && sum.dimensions[2].mean[0] == 3.25);
            CHECK(!sum.good_alliance);
            score_free(&sum);
        }
        session_free(&s);
        deck_free(&d);
        /* Format 1's own rules still hold for format 1 files. */
        if (i == 0) {
            char *bad = replace(text, "players: [client, client, professional]",
                                "players: [client, client]");
            CHECK(!result_read_buffer("bad.yaml", bad, strlen(bad), &d, &s, &errors));
            CHECK(errors.count >= 1 && errors.items[0].line == 12 &&
                  strstr(errors.items[0].message, "exactly one professional"));
            error_list_clear(&errors);
            free(bad);
            bad = replace(text, "language: nl\n", "language: nl\nmode: table\n");
            CHECK(!result_read_buffer("bad.yaml", bad, strlen(bad), &d, &s, &errors));
            CHECK(errors.count >= 1 && strstr(errors.items[0].message, "unknown key 'mode'"));
            free(bad);
        }
        error_list_free(&errors);
        free(text);
    }
}

/* A stored format 2 file (a family's unfinished round) reads as written. */
static void test_format_2_file(void)
{
    char *text = read_data("jeugdbescherming-family-2.yaml");
    deck d;
    session s;
    error_list errors;
    error_list_init(&errors);
    CHECK(result_read_buffer("family-2.yaml", text, strlen(text), &d, &s, &errors));
    error_print(&errors, stderr);
    if (errors.count == 0) {
        check_family(&d, &s);
        session_free(&s);
        deck_free(&d);
    }
    error_list_free(&errors);
    free(text);
}

int main(void)
{
    test_family();
    test_format_1_files();
    test_format_2_file();
    test_card_in_play();
    test_resume();
    test_round_trip();
    test_header();
    test_write_failures();
    test_damaged();
    return check_report();
}
