/* The workshop's rules: named teams from a list, a show of hands typed
 * per side (0..999, refused beyond), a card turned before every team has
 * answered, a revote that keeps the first vote, and going back a card —
 * each checked against what the facilitator would see, and every state
 * consistent. */
#include "check.h"
#include "fixture.h"
#include "flow.h"
#include "mode.h"
#include "session.h"
#include "settings.h"

static void test_teams_from_names(const deck *d)
{
    const mode_def *m = mode_find("workshop");
    session_seat seats[SESSION_MAX_PLAYERS];
    size_t n = 0;
    char why[256];
    CHECK(mode_make_teams(m, d, "Noord,Zuid,client:Ervaring", seats, &n, why,
                          sizeof why));
    CHECK_INT(n, 3);
    /* the client side's team first, as the mode places them */
    CHECK_STR(seats[0].team, "Ervaring");
    CHECK_INT(seats[0].side, DECK_ROLE_CLIENT);
    CHECK_STR(seats[1].team, "Noord");
    CHECK_STR(seats[2].team, "Zuid");
    CHECK_INT(seats[2].side, DECK_ROLE_PROFESSIONAL);
    CHECK(mode_make_teams(m, d, "cli\xc3\xabnt:Cli\xc3\xabnten,Professionals",
                          seats, &n, why, sizeof why));
    CHECK_STR(seats[0].team, "Cli\xc3\xabnten");
    /* one team, nine, a repeated or empty name: refused with a reason */
    CHECK(!mode_make_teams(m, d, "Alleen", seats, &n, why, sizeof why));
    CHECK(strstr(why, "at least 2") != NULL);
    CHECK(!mode_make_teams(m, d, "a,b,c,d,e,f,g,h,i", seats, &n, why,
                           sizeof why));
    CHECK(!mode_make_teams(m, d, "Noord,Noord", seats, &n, why, sizeof why));
    CHECK(strstr(why, "Noord") != NULL);
    CHECK(!mode_make_teams(m, d, "Noord,,Zuid", seats, &n, why, sizeof why));
    CHECK(!mode_make_teams(m, d, "Noord,Een naam die veel te lang is voor",
                           seats, &n, why, sizeof why));
    CHECK(!session_team_valid("tab\there"));
    CHECK(!session_team_valid(" Noord"));
    CHECK(session_team_valid("Team 1"));
    /* invisible and direction-turning characters: a name that reads
     * otherwise than it is stored, or breaks a line in a file */
    CHECK(!session_team_valid("Noord\xc2\x85Zuid"));      /* U+0085 NEL */
    CHECK(!session_team_valid("Noord\xe2\x80\xa8Zuid"));  /* U+2028 */
    CHECK(!session_team_valid("\xe2\x80\xaeNoord"));      /* U+202E RLO */
    CHECK(!session_team_valid("\xef\xbb\xbfNoord"));      /* U+FEFF */
    CHECK(!session_team_valid("No\xe2\x80\x8brd"));       /* U+200B */
    CHECK(!session_team_valid("Noord\x1b[31m"));            /* ESC */
    CHECK(session_team_valid("Team \xc3\xa9\xc3\xa9n")); /* één */
    CHECK(!settings_teams_ok("Noord,\xe2\x80\xaeZuid"));
}

static void test_teams_play(const deck *d)
{
    const mode_def *m = mode_find("workshop");
    session_seat seats[SESSION_MAX_PLAYERS];
    size_t n = 0;
    char why[256];
    CHECK(mode_make_teams(m, d, "A,B,C", seats, &n, why, sizeof why));
    size_t cards[] = {0, 1, 2};
    session s;
    CHECK_INT(session_new_seats(&s, d, 0, cards, 3, seats, n, m->id, 5),
              SESSION_OK);
    CHECK_STR(s.team[1], "B");
    /* teams place in turn, behind a hand-over like at the table */
    flow f = flow_now(&s, m);
    CHECK_INT(f.step, FLOW_DEAL);
    CHECK_INT(fixture_act(&s, SESSION_ACTION_PLACE, 0, 1), SESSION_OK);
    f = flow_now(&s, m);
    CHECK(f.step == FLOW_ANSWER && f.seat == 1 && f.handover);
    CHECK_INT(fixture_act(&s, SESSION_ACTION_PLACE, 1, 3), SESSION_OK);
    /* team C is still talking: the facilitator turns the card now */
    CHECK_INT(fixture_act(&s, SESSION_ACTION_REVEAL, 0, 0), SESSION_ERR_NOT_ALL_PLACED);
    CHECK_INT(fixture_act(&s, SESSION_ACTION_REVEAL_NOW, 0, 0), SESSION_OK);
    CHECK(s.rounds[0].early);
    CHECK_INT(s.rounds[0].answer[2], SESSION_NO_ANSWER);
    CHECK(session_is_consistent(&s));
    /* after the talk the room votes again; the first vote is kept */
    CHECK_INT(fixture_act(&s, SESSION_ACTION_REVOTE, 0, 0), SESSION_OK);
    CHECK(s.rounds[0].revoted);
    CHECK_INT(s.rounds[0].first.answer[1], 3);
    CHECK(s.rounds[0].first.early);
    CHECK_INT(s.rounds[0].answer[1], SESSION_NO_ANSWER);
    CHECK_INT(flow_now(&s, m).step, FLOW_DEAL);
    for (size_t t = 0; t < 3; t++)
        CHECK_INT(fixture_act(&s, SESSION_ACTION_PLACE, t, 2), SESSION_OK);
    CHECK_INT(fixture_act(&s, SESSION_ACTION_REVEAL, 0, 0), SESSION_OK);
    CHECK(!s.rounds[0].early);
    CHECK(session_is_consistent(&s));
    /* a second revote replaces the revote, never the first vote */
    CHECK_INT(fixture_act(&s, SESSION_ACTION_REVOTE, 0, 0), SESSION_OK);
    CHECK_INT(s.rounds[0].first.answer[1], 3);
    /* back from a revote left half way: the card is as it was turned */
    CHECK_INT(fixture_act(&s, SESSION_ACTION_BACK, 0, 0), SESSION_ERR_NO_EARLIER);
    CHECK_INT(fixture_act(&s, SESSION_ACTION_PLACE, 0, 4), SESSION_OK);
    for (size_t t = 1; t < 3; t++)
        CHECK_INT(fixture_act(&s, SESSION_ACTION_PLACE, t, 4), SESSION_OK);
    CHECK_INT(fixture_act(&s, SESSION_ACTION_REVEAL, 0, 0), SESSION_OK);
    CHECK_INT(fixture_act(&s, SESSION_ACTION_NEXT, 0, 0), SESSION_OK);
    /* card 2: skipped, then back to it: it opens again */
    CHECK_INT(fixture_act(&s, SESSION_ACTION_SKIP, 0, 0), SESSION_OK);
    CHECK_INT(s.current, 2);
    CHECK_INT(fixture_act(&s, SESSION_ACTION_PLACE, 0, 1), SESSION_OK);
    CHECK_INT(fixture_act(&s, SESSION_ACTION_BACK, 0, 0), SESSION_OK);
    CHECK_INT(s.current, 1);
    CHECK_INT(s.rounds[1].state, SESSION_CARD_OPEN);
    /* the card left behind lost its half-given answers */
    CHECK_INT(s.rounds[2].answer[0], SESSION_NO_ANSWER);
    CHECK(session_is_consistent(&s));
    /* back again to the turned first card: still turned, to talk again */
    CHECK_INT(fixture_act(&s, SESSION_ACTION_BACK, 0, 0), SESSION_OK);
    CHECK_INT(s.rounds[0].state, SESSION_CARD_REVEALED);
    CHECK_INT(flow_now(&s, m).step, FLOW_TALK);
    CHECK(session_is_consistent(&s));
    CHECK_INT(fixture_act(&s, SESSION_ACTION_NEXT, 0, 0), SESSION_OK);
    CHECK_INT(fixture_act(&s, SESSION_ACTION_SKIP, 0, 0), SESSION_OK);
    CHECK_INT(fixture_act(&s, SESSION_ACTION_SKIP, 0, 0), SESSION_OK);
    CHECK(session_finished(&s));
    /* the round is stored once finished: no way back from the board */
    CHECK_INT(fixture_act(&s, SESSION_ACTION_BACK, 0, 0), SESSION_ERR_FINISHED);
    CHECK(session_is_consistent(&s));
    session_free(&s);
}

static void test_show_of_hands(const deck *d)
{
    const mode_def *m = mode_find("workshop-hands");
    session_seat seats[SESSION_MAX_PLAYERS];
    size_t n = 0;
    char why[256];
    CHECK(mode_make_seats(m, d, "", 1, seats, &n, why, sizeof why));
    CHECK_INT(n, 2);
    CHECK(seats[0].hands && seats[1].hands);
    size_t cards[] = {0, 1};
    session s;
    CHECK_INT(session_new_seats(&s, d, 0, cards, 2, seats, n, m->id, 5),
              SESSION_OK);
    CHECK(session_has_hands(&s));
    /* a show of hands is no token */
    CHECK_INT(fixture_act(&s, SESSION_ACTION_PLACE, 0, 1), SESSION_ERR_BAD_PLAYER);
    CHECK_INT(fixture_hands(&s, 0, 0, 1000, 0, 0, 0), SESSION_ERR_BAD_COUNT);
    CHECK(!s.rounds[0].counted[0]);
    CHECK_INT(fixture_hands(&s, 0, 3, 0, 999, 1, 0), SESSION_OK);
    CHECK_INT(session_count_total(&s.rounds[0], 0), 1003);
    CHECK_INT(fixture_hands(&s, 0, 1, 1, 1, 1, 1), SESSION_ERR_ALREADY_PLACED);
    /* no hand-over between the sides: the facilitator types both */
    flow f = flow_now(&s, m);
    CHECK(f.step == FLOW_ANSWER && f.seat == 1 && !f.handover);
    /* Backspace past the first option takes the side back: its counts
     * stay as typed, to be corrected (a crash then loses none) */
    CHECK_INT(fixture_act(&s, SESSION_ACTION_TAKE_BACK, 0, 0), SESSION_OK);
    CHECK(!s.rounds[0].counted[0]);
    CHECK_INT(s.rounds[0].counts[0][2], 999);
    CHECK_INT(s.rounds[0].typed[0], 5);
    CHECK(session_is_consistent(&s));
    /* typed again, one option at a time */
    unsigned typed[2] = {4, 5};
    CHECK_INT(session_type_counts(&s, 0, typed, 2), SESSION_OK);
    CHECK_INT(s.rounds[0].counts[0][2], 0);
    CHECK_INT(s.rounds[0].typed[0], 2);
    CHECK(session_is_consistent(&s));
    /* half typed is given too: skipping would throw it away */
    CHECK(session_round_has_answers(&s.rounds[0], s.player_count));
    CHECK_INT(session_type_counts(&s, 0, typed, 6), SESSION_ERR_BAD_COUNT);
    CHECK_INT(session_type_counts(&s, 1, typed, 1), SESSION_OK);
    CHECK_INT(fixture_hands(&s, 0, 2, 2, 2, 2, 2), SESSION_OK);
    CHECK_INT(fixture_hands(&s, 1, 0, 0, 0, 0, 0), SESSION_OK);
    CHECK_INT(s.rounds[0].typed[1], 0); /* given: typed no more */
    CHECK_INT(flow_now(&s, m).step, FLOW_READY);
    CHECK_INT(fixture_act(&s, SESSION_ACTION_REVEAL, 0, 0), SESSION_OK);
    CHECK(session_is_consistent(&s));
    CHECK_INT(fixture_act(&s, SESSION_ACTION_REVOTE, 0, 0), SESSION_OK);
    CHECK_INT(s.rounds[0].first.counts[0][4], 2);
    CHECK(!s.rounds[0].counted[0]);
    CHECK_INT(fixture_hands(&s, 0, 0, 0, 10, 0, 0), SESSION_OK);
    CHECK_INT(fixture_act(&s, SESSION_ACTION_REVEAL_NOW, 0, 0), SESSION_OK);
    CHECK(s.rounds[0].early);
    CHECK(session_is_consistent(&s));
    CHECK_INT(fixture_act(&s, SESSION_ACTION_NEXT, 0, 0), SESSION_OK);
    CHECK_INT(fixture_act(&s, SESSION_ACTION_SKIP, 0, 0), SESSION_OK);
    CHECK(session_finished(&s));
    CHECK(session_is_consistent(&s));
    session_free(&s);
}

int main(void)
{
    deck d;
    fixture_deck(&d, 5, "pn", 6);
    test_teams_from_names(&d);
    test_teams_play(&d);
    test_show_of_hands(&d);
    deck_free(&d);
    return check_report();
}
