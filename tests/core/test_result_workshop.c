/* A workshop in the result file and the CSV: named teams, a show of
 * hands per side, a card turned early, a revote, and going back. What is
 * written reads back into the same session (written again, the same
 * bytes), and a round stopped half way is picked up with its revote
 * still open. Damaged files: test_result_workshop_damaged.c. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "result_files.h"
#include "workshop_rounds.h"

/* The length of a result text before its summary: what the game
 * computes, not what the players gave. */
static size_t data_length(const char *text)
{
    const char *summary = strstr(text, "\nsummary:\n");
    return summary ? (size_t)(summary - text) : strlen(text);
}

/* The text read back: consistent, and written again the same, byte for
 * byte (only up to its summary when whole is false). The session read is
 * left in *rd and *rs. */
static bool read_same_as(const char *name, const char *text, bool whole,
                         deck *rd, session *rs)
{
    error_list errors;
    error_list_init(&errors);
    bool ok = result_read_buffer(name, text, strlen(text), rd, rs, &errors);
    CHECK_MSG(ok, "%s not read back", name);
    error_print(&errors, stderr);
    error_list_free(&errors);
    if (!ok)
        return false;
    CHECK(session_is_consistent(rs));
    char *again = emit(rs);
    size_t n = whole ? strlen(text) + 1 : data_length(text);
    CHECK_MSG(data_length(again) == data_length(text) && strncmp(again, text, n) == 0,
              "%s written again differs:\n%s", name, again);
    free(again);
    return true;
}

static bool read_same(const char *name, const char *text, deck *rd, session *rs)
{
    return read_same_as(name, text, true, rd, rs);
}

/* Two votes are the same: answers, counts, and whether turned early. */
static void check_same_round(const session_round *a, const session_round *b)
{
    CHECK_INT(a->state, b->state);
    CHECK_INT(a->marked, b->marked);
    CHECK_INT(a->early, b->early);
    CHECK_INT(a->revoted, b->revoted);
    CHECK(memcmp(a->answer, b->answer, sizeof a->answer) == 0);
    CHECK(memcmp(a->counted, b->counted, sizeof a->counted) == 0);
    CHECK(memcmp(a->counts, b->counts, sizeof a->counts) == 0);
    if (a->revoted && b->revoted) {
        CHECK(memcmp(a->first.answer, b->first.answer, sizeof a->first.answer) == 0);
        CHECK(memcmp(a->first.counted, b->first.counted, sizeof a->first.counted) == 0);
        CHECK(memcmp(a->first.counts, b->first.counts, sizeof a->first.counts) == 0);
        CHECK_INT(a->first.early, b->first.early);
    }
}

static void check_same_session(const session *a, const session *b)
{
    CHECK_STR(a->mode, b->mode);
    CHECK_INT(a->player_count, b->player_count);
    CHECK_INT(a->current, b->current);
    for (size_t p = 0; p < a->player_count; p++) {
        CHECK_STR(a->team[p], b->team[p]);
        CHECK_INT(a->hands[p], b->hands[p]);
        CHECK_INT(a->players[p], b->players[p]);
    }
    CHECK_INT(a->round_count, b->round_count);
    for (size_t r = 0; r < a->round_count && r < b->round_count; r++)
        check_same_round(&a->rounds[r], &b->rounds[r]);
}

static void test_teams(const deck *d)
{
    session s;
    make_teams(d, &s);
    char *text = emit(&s);
    /* every name quoted, whatever it holds */
    CHECK(strstr(text, "- {side: client, role: client, team: \"Ervaring\"}\n") != NULL);
    CHECK(strstr(text, "team: \"Noord: #1\"}") != NULL);
    CHECK(strstr(text, "team: \"\\\"Zuid\\\" \\\\ #2\"}") != NULL);
    /* the first vote on the card, the turned revote under it */
    CHECK_MSG(strstr(text, "  state: revealed\n  answers: [2, 4, ~]\n  values: [10, 30, ~]\n"
                           "  revote:\n    answers: [3, 3, 3]\n    values: [20, 20, 20]\n")
                  != NULL, "%s", text);
    CHECK(strstr(text, "counts") == NULL);
    deck rd;
    session rs;
    if (read_same("teams.yaml", text, &rd, &rs)) {
        check_same_session(&s, &rs);
        CHECK_STR(rs.team[2], "\"Zuid\" \\ #2");
        CHECK(rs.rounds[0].first.early && !rs.rounds[0].early);
        CHECK_INT(rs.rounds[0].first.answer[2], SESSION_NO_ANSWER);
        CHECK(rs.rounds[3].first.early && rs.rounds[3].early);
        CHECK(session_finished(&rs));

        /* CSV: the first vote and the revote each a row per team; the
         * new columns at the end */
        char *csv = csv_of(&rs);
        size_t lines = 0;
        for (const char *p = csv; *p; p++)
            lines += *p == '\n';
        CHECK_INT(lines, 1 + 6 + 3 + 3 + 6);
        const char *header = "deck,language,started,card,dimension,polarity,state,marked,"
                             "player,role,position,value,scale_size,gap,side,role_id,mode,"
                             "prediction,case,group,team,vote,option,count\n";
        CHECK(strncmp(csv, header, strlen(header)) == 0);
        CHECK_MSG(strstr(csv, "\nfixture,nl,2025-11-25T14:00:00Z,c0,d0,positive,revealed,false,"
                              "1,client,2,10,5,2,client,client,workshop,,,,Ervaring,first,,\n")
                      != NULL, "%s", csv);
        CHECK(strstr(csv, ",c0,d0,positive,revealed,false,3,professional,,,5,2,professional,"
                          "professional,workshop,,,,\"\"\"Zuid\"\" \\ #2\",first,,\n") != NULL);
        CHECK(strstr(csv, ",c0,d0,positive,revealed,false,3,professional,3,20,5,0,professional,"
                          "professional,workshop,,,,\"\"\"Zuid\"\" \\ #2\",revote,,\n") != NULL);
        CHECK(strstr(csv, ",c1,d1,negative,revealed,true,2,professional,5,40,5,4,professional,"
                          "professional,workshop,,,,Noord: #1,first,,\n") != NULL);
        CHECK(strstr(csv, ",c2,d0,positive,skipped,false,1,client,,,5,,client,client,"
                          "workshop,,,,Ervaring,first,,\n") != NULL);
        CHECK(strstr(csv, ",c3,d1,negative,revealed,false,2,professional,2,10,5,0,"
                          "professional,professional,workshop,,,,Noord: #1,revote,,\n") != NULL);
        free(csv);
        session_free(&rs);
        deck_free(&rd);
    }
    free(text);
    session_free(&s);
}

static void test_hands(const deck *d)
{
    session s;
    make_hands(d, &s);
    char *text = emit(&s);
    CHECK(strstr(text, "- {side: client, role: client, hands: true}\n"
                       "- {side: professional, role: professional, hands: true}\n") != NULL);
    CHECK_MSG(strstr(text, "  answers: [~, ~]\n  values: [~, ~]\n"
                           "  counts: {client: [0, 999, 3, 1, 0], professional: [999, 0, 0, 0, 999]}\n"
                           "  revote:\n    answers: [~, ~]\n    values: [~, ~]\n"
                           "    counts: {client: [0, 0, 10, 0, 0], professional: ~}\n")
                  != NULL, "%s", text);
    CHECK(strstr(text, "  counts: {client: [1, 2, 3, 4, 5], professional: ~}\n") != NULL);
    deck rd;
    session rs;
    if (read_same("hands.yaml", text, &rd, &rs)) {
        check_same_session(&s, &rs);
        CHECK_INT(rs.rounds[0].first.counts[1][4], 999);
        CHECK(rs.rounds[0].first.counted[1] && !rs.rounds[0].first.early);
        CHECK(rs.rounds[0].early && !rs.rounds[0].counted[1]);
        CHECK(rs.rounds[1].early);
        CHECK_INT(rs.rounds[2].state, SESSION_CARD_SKIPPED);

        /* CSV: a row per side per option with its count; a side not
         * counted has its rows without a count */
        char *csv = csv_of(&rs);
        size_t lines = 0;
        for (const char *p = csv; *p; p++)
            lines += *p == '\n';
        CHECK_INT(lines, 1 + 4 * 10);
        CHECK(strstr(csv, ",c0,d0,positive,revealed,false,1,client,,,5,,client,client,"
                          "workshop-hands,,,,,first,2,999\n") != NULL);
        CHECK(strstr(csv, ",c0,d0,positive,revealed,false,1,client,,,5,,client,client,"
                          "workshop-hands,,,,,first,1,0\n") != NULL);
        CHECK(strstr(csv, ",c0,d0,positive,revealed,false,1,client,,,5,,client,client,"
                          "workshop-hands,,,,,revote,3,10\n") != NULL);
        CHECK(strstr(csv, ",c0,d0,positive,revealed,false,2,professional,,,5,,professional,"
                          "professional,workshop-hands,,,,,revote,5,\n") != NULL);
        CHECK(strstr(csv, ",c2,d0,positive,skipped,false,2,professional,,,5,,professional,"
                          "professional,workshop-hands,,,,,first,1,\n") != NULL);
        free(csv);
        session_free(&rs);
        deck_free(&rd);
    }
    free(text);
    session_free(&s);
}

/* A crash while the room votes again: the round comes back with the
 * first vote kept and the revote as far as it got, and goes on. */
static void test_revote_open(const deck *d)
{
    /* teams: back past a card kept out of the record and a turned one,
     * then a revote on the first card, one team in */
    size_t cards[] = {0, 1, 2, 3, 4};
    session s, back;
    new_teams(d, "client:A,B", cards, 5, &s);
    for (size_t c = 0; c < 3; c++) {
        act(&s, SESSION_ACTION_PLACE, 0, c);
        act(&s, SESSION_ACTION_PLACE, 1, 4 - c);
        act(&s, SESSION_ACTION_REVEAL, 0, 0);
        if (c == 1)
            act(&s, SESSION_ACTION_KEEP_OUT, 0, 0);
        act(&s, SESSION_ACTION_NEXT, 0, 0);
    }
    for (size_t i = 0; i < 3; i++)
        act(&s, SESSION_ACTION_BACK, 0, 0);
    act(&s, SESSION_ACTION_REVOTE, 0, 0);
    act(&s, SESSION_ACTION_PLACE, 0, 3);
    CHECK(session_is_consistent(&s));
    char *text = emit(&s);
    CHECK(strstr(text, "in_play: 1\n") != NULL);
    CHECK(strstr(text, "  state: open\n  answers: [1, 5]\n  values: [0, 40]\n"
                       "  revote:\n    answers: [4, ~]\n") != NULL);
    CHECK(strstr(text, "  state: kept-out\n- id: c2\n") != NULL);
    deck rd;
    session rs;
    if (read_same("teams-in-play.yaml", text, &rd, &rs)) {
        CHECK_INT(rs.current, 0);
        CHECK_INT(rs.rounds[1].state, SESSION_CARD_REVEALED);
        CHECK(rs.rounds[1].kept_out && rs.rounds[1].early);
        session_free(&rs);
        deck_free(&rd);
    }
    free(text);
    if (write_and_resume(&s, d, &back)) {
        CHECK_INT(back.current, 0);
        CHECK(back.rounds[0].revoted);
        CHECK_INT(back.rounds[0].state, SESSION_CARD_OPEN);
        CHECK_INT(back.rounds[0].first.answer[1], 4);
        CHECK_INT(back.rounds[0].answer[0], 3);
        CHECK_INT(back.rounds[0].answer[1], SESSION_NO_ANSWER);
        CHECK_STR(back.team[0], "A");
        CHECK_INT(back.rounds[2].state, SESSION_CARD_REVEALED);
        CHECK_INT(back.rounds[2].answer[0], 2);
        CHECK(session_is_consistent(&back));
        /* ... and it goes on: the revote turned, past the turned cards,
         * to the end */
        CHECK_INT(session_next_to_place(&back), 1);
        act(&back, SESSION_ACTION_PLACE, 1, 3);
        act(&back, SESSION_ACTION_REVEAL, 0, 0);
        act(&back, SESSION_ACTION_NEXT, 0, 0);
        act(&back, SESSION_ACTION_NEXT, 0, 0);
        act(&back, SESSION_ACTION_NEXT, 0, 0);
        act(&back, SESSION_ACTION_SKIP, 0, 0);
        act(&back, SESSION_ACTION_SKIP, 0, 0);
        CHECK(session_finished(&back));
        CHECK(session_is_consistent(&back));
        session_free(&back);
    }
    session_free(&s);

    /* a show of hands: the revote has one side counted */
    make_hands_in_play(d, &s);
    if (write_and_resume(&s, d, &back)) {
        check_same_session(&s, &back);
        CHECK(back.rounds[1].revoted && back.rounds[1].first.early);
        CHECK(back.rounds[1].counted[0] && !back.rounds[1].counted[1]);
        CHECK_INT(back.rounds[2].state, SESSION_CARD_REVEALED);
        CHECK(session_is_consistent(&back));
        hands(&back, 1, 0, 0, 0, 0, 9);
        act(&back, SESSION_ACTION_REVEAL, 0, 0);
        CHECK(!back.rounds[1].early);
        session_free(&back);
    }
    session_free(&s);
}

/* The stored samples (also where the result fuzzer starts) are what
 * this version writes for those rounds, and read back to the same bytes.
 * Their summaries are left out of the comparison: the game computes them
 * again on reading, and how a show of hands is summed may still change. */
static void check_sample(const char *name, const session *s)
{
    char *stored = read_data(name);
    char *text = emit(s);
    CHECK_MSG(data_length(stored) == data_length(text) &&
                  strncmp(stored, text, data_length(text)) == 0,
              "%s differs from:\n%s", name, text);
    deck rd;
    session rs;
    if (read_same_as(name, stored, false, &rd, &rs)) {
        check_same_session(s, &rs);
        session_free(&rs);
        deck_free(&rd);
    }
    free(text);
    free(stored);
}

static void test_stored_samples(const deck *d)
{
    session s;
    make_hands_in_play(d, &s);
    check_sample("workshop-hands.yaml", &s);
    session_free(&s);
    make_teams(d, &s);
    check_sample("workshop-teams.yaml", &s);
    session_free(&s);
}

/* A round never in a workshop has no workshop keys, and its CSV rows the
 * four new columns empty. */
static void test_not_a_workshop(const deck *d)
{
    size_t cards[] = {0, 1};
    const deck_role players[] = {DECK_ROLE_CLIENT, DECK_ROLE_PROFESSIONAL};
    session s;
    CHECK_INT(session_new(&s, d, 0, cards, 2, players, 2, START), SESSION_OK);
    act(&s, SESSION_ACTION_PLACE, 0, 1);
    act(&s, SESSION_ACTION_PLACE, 1, 2);
    act(&s, SESSION_ACTION_REVEAL, 0, 0);
    act(&s, SESSION_ACTION_NEXT, 0, 0);
    char *text = emit(&s);
    CHECK(!strstr(text, "team") && !strstr(text, "hands") && !strstr(text, "counts") &&
          !strstr(text, "revote"));
    char *csv = csv_of(&s);
    CHECK(strstr(csv, ",c0,d0,positive,revealed,false,2,professional,3,20,5,1,professional,"
                      "professional,table,,,,,,,\n") != NULL);
    free(csv);
    free(text);
    session_free(&s);

    /* two shows of hands on one side cannot be told apart in the file:
     * it is never written */
    deck d2;
    fixture_deck(&d2, 5, "pn", 2);
    session_seat seats[] = {{.side = DECK_ROLE_CLIENT, .role = DECK_ROLE_CLIENT, .hands = true},
                            {.side = DECK_ROLE_CLIENT, .role = DECK_ROLE_CLIENT, .hands = true},
                            {.side = DECK_ROLE_PROFESSIONAL, .role = DECK_ROLE_PROFESSIONAL}};
    CHECK_INT(session_new_seats(&s, &d2, 0, cards, 2, seats, 3, "workshop-hands", START),
              SESSION_OK);
    FILE *f = tmpfile();
    error_list errors;
    error_list_init(&errors);
    CHECK(f && !result_emit(f, &s, &errors));
    CHECK(errors.count == 1 && strstr(errors.items[0].message, "more than one show of hands"));
    if (f)
        fclose(f);
    error_list_free(&errors);
    session_free(&s);
    deck_free(&d2);
}

int main(void)
{
    deck d;
    fixture_deck(&d, 5, "pn", 6);
    test_teams(&d);
    test_hands(&d);
    test_revote_open(&d);
    test_stored_samples(&d);
    test_not_a_workshop(&d);
    deck_free(&d);
    return check_report();
}
