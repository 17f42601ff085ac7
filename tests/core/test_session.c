/* Rules: tokens stay hidden until everyone has placed, can be taken back
 * until the reveal, cards can be skipped, and every wrong move is refused
 * without changing anything. */
#include <string.h>

#include "fixture.h"
#include "session.h"

static const deck_role two[] = { DECK_ROLE_CLIENT, DECK_ROLE_PROFESSIONAL };

static void test_setup_checked(void)
{
    deck d;
    fixture_deck(&d, 5, "pppn", 4);
    session s;
    size_t cards[] = { 0, 1 };
    size_t bad_card[] = { 9 };
    deck_role no_pro[] = { DECK_ROLE_CLIENT, DECK_ROLE_CLIENT };
    deck_role two_pros[] = { DECK_ROLE_PROFESSIONAL, DECK_ROLE_PROFESSIONAL, DECK_ROLE_CLIENT };
    CHECK_INT(session_new(&s, &d, 0, cards, 0, two, 2, 1), SESSION_ERR_BAD_SETUP);
    CHECK_INT(session_new(&s, &d, 0, bad_card, 1, two, 2, 1), SESSION_ERR_BAD_SETUP);
    CHECK_INT(session_new(&s, &d, 1, cards, 2, two, 2, 1), SESSION_ERR_BAD_SETUP);
    CHECK_INT(session_new(&s, &d, 0, cards, 2, two, 1, 1), SESSION_ERR_BAD_SETUP);
    CHECK_INT(session_new(&s, &d, 0, cards, 2, no_pro, 2, 1), SESSION_ERR_BAD_SETUP);
    CHECK_INT(session_new(&s, &d, 0, cards, 2, two_pros, 3, 1), SESSION_ERR_BAD_SETUP);
    deck_free(&d);
}

static void test_hidden_until_all_placed(void)
{
    deck d;
    fixture_deck(&d, 5, "pppn", 4);
    session s;
    size_t cards[] = { 2, 0 };
    CHECK_INT(session_new(&s, &d, 0, cards, 2, two, 2, 1000), SESSION_OK);
    CHECK(session_is_consistent(&s));
    CHECK_INT(session_current(&s)->card, 2);
    CHECK_INT(session_next_to_place(&s), 0); /* the client places first */
    CHECK_INT(session_place(&s, 0, 4), SESSION_OK);
    CHECK_INT(session_visible_answer(&s, 0, 0), SESSION_NO_ANSWER);
    CHECK_INT(session_next_to_place(&s), 1);
    CHECK_INT(session_reveal(&s), SESSION_ERR_NOT_ALL_PLACED);
    CHECK_INT(session_place(&s, 0, 3), SESSION_ERR_ALREADY_PLACED);
    CHECK_INT(session_place(&s, 1, 5), SESSION_ERR_BAD_OPTION);
    CHECK_INT(session_place(&s, 2, 1), SESSION_ERR_BAD_PLAYER);
    CHECK_INT(session_next(&s, 1), SESSION_ERR_NOT_REVEALED);
    CHECK_INT(session_toggle_mark(&s), SESSION_ERR_NOT_REVEALED);
    CHECK_INT(session_place(&s, 1, 1), SESSION_OK);
    CHECK(session_all_placed(&s));
    CHECK_INT(session_next_to_place(&s), -1);
    /* Still hidden: placing everything is not yet turning the card. */
    CHECK_INT(session_visible_answer(&s, 0, 0), SESSION_NO_ANSWER);
    CHECK_INT(session_visible_answer(&s, 0, 1), SESSION_NO_ANSWER);
    CHECK_INT(session_reveal(&s), SESSION_OK);
    CHECK_INT(session_visible_answer(&s, 0, 0), 4);
    CHECK_INT(session_visible_answer(&s, 0, 1), 1);
    CHECK_INT(session_reveal(&s), SESSION_ERR_REVEALED);
    CHECK_INT(session_take_back(&s, 0), SESSION_ERR_REVEALED);
    CHECK_INT(session_place(&s, 0, 0), SESSION_ERR_REVEALED);
    CHECK_INT(session_toggle_mark(&s), SESSION_OK);
    CHECK(s.rounds[0].marked);
    CHECK(session_is_consistent(&s));
    CHECK_INT(session_next(&s, 2000), SESSION_OK);
    CHECK_INT(session_current(&s)->card, 0);
    CHECK(!session_finished(&s));
    CHECK_INT(session_revealed_count(&s), 1);
    session_free(&s);
    deck_free(&d);
}

static void test_take_back(void)
{
    deck d;
    fixture_deck(&d, 5, "pppn", 4);
    session s;
    size_t cards[] = { 1 };
    CHECK_INT(session_new(&s, &d, 0, cards, 1, two, 2, 5), SESSION_OK);
    CHECK_INT(session_take_back(&s, 0), SESSION_ERR_NOT_PLACED);
    CHECK_INT(session_place(&s, 0, 2), SESSION_OK);
    CHECK_INT(session_take_back(&s, 0), SESSION_OK);
    CHECK_INT(session_next_to_place(&s), 0);
    CHECK_INT(session_place(&s, 0, 3), SESSION_OK);
    CHECK_INT(session_place(&s, 1, 3), SESSION_OK);
    /* Even with everyone placed, a token can come back before the turn. */
    CHECK_INT(session_take_back(&s, 1), SESSION_OK);
    CHECK_INT(session_reveal(&s), SESSION_ERR_NOT_ALL_PLACED);
    CHECK_INT(session_place(&s, 1, 0), SESSION_OK);
    CHECK_INT(session_reveal(&s), SESSION_OK);
    CHECK_INT(s.rounds[0].answer[0], 3);
    CHECK_INT(s.rounds[0].answer[1], 0);
    CHECK_INT(session_next(&s, 99), SESSION_OK);
    CHECK(session_finished(&s));
    CHECK_INT(s.ended_at, 99);
    CHECK(session_current(&s) == NULL);
    CHECK_INT(session_place(&s, 0, 0), SESSION_ERR_FINISHED);
    CHECK_INT(session_skip(&s, 1), SESSION_ERR_FINISHED);
    CHECK(session_is_consistent(&s));
    session_free(&s);
    deck_free(&d);
}

static void test_skip(void)
{
    deck d;
    fixture_deck(&d, 5, "pppn", 4);
    session s;
    size_t cards[] = { 0, 1, 2 };
    CHECK_INT(session_new(&s, &d, 0, cards, 3, two, 2, 5), SESSION_OK);
    /* an empty card costs nothing to skip; one with a token does */
    CHECK(!session_round_has_answers(session_current(&s), 2));
    CHECK_INT(session_place(&s, 0, 2), SESSION_OK);
    CHECK(session_round_has_answers(session_current(&s), 2));
    /* Skipping drops the tokens already placed: they never count. */
    CHECK_INT(session_skip(&s, 6), SESSION_OK);
    CHECK_INT(s.rounds[0].state, SESSION_CARD_SKIPPED);
    CHECK_INT(s.rounds[0].answer[0], SESSION_NO_ANSWER);
    CHECK_INT(session_current(&s)->card, 1);
    session_action place = {.type = SESSION_ACTION_PLACE, .player = 0, .option = 1};
    CHECK_INT(session_apply(&s, place, 7), SESSION_OK);
    place.player = 1;
    CHECK_INT(session_apply(&s, place, 7), SESSION_OK);
    session_action reveal = {.type = SESSION_ACTION_REVEAL, .player = 0, .option = 0};
    CHECK_INT(session_apply(&s, reveal, 7), SESSION_OK);
    session_action skip = {.type = SESSION_ACTION_SKIP, .player = 0, .option = 0};
    CHECK_INT(session_apply(&s, skip, 7), SESSION_ERR_REVEALED);
    session_action next = {.type = SESSION_ACTION_NEXT, .player = 0, .option = 0};
    CHECK_INT(session_apply(&s, next, 8), SESSION_OK);
    CHECK_INT(session_apply(&s, skip, 9), SESSION_OK);
    CHECK(session_finished(&s));
    CHECK_INT(s.ended_at, 9);
    CHECK(session_is_consistent(&s));
    session_free(&s);
    deck_free(&d);
}

static void test_several_clients(void)
{
    deck d;
    fixture_deck(&d, 5, "pppn", 4);
    session s;
    size_t cards[] = { 0 };
    deck_role family[] = { DECK_ROLE_CLIENT, DECK_ROLE_CLIENT, DECK_ROLE_CLIENT,
                           DECK_ROLE_PROFESSIONAL };
    CHECK_INT(session_new(&s, &d, 0, cards, 1, family, 4, 5), SESSION_OK);
    CHECK_INT(session_role_number(&s, 0), 1);
    CHECK_INT(session_role_number(&s, 2), 3);
    CHECK_INT(session_role_number(&s, 3), 0);
    for (size_t p = 0; p < 3; p++) {
        CHECK_INT(session_next_to_place(&s), (int)p);
        CHECK_INT(session_place(&s, p, p), SESSION_OK);
        CHECK_INT(session_reveal(&s), SESSION_ERR_NOT_ALL_PLACED);
    }
    CHECK_INT(session_place(&s, 3, 4), SESSION_OK);
    CHECK_INT(session_reveal(&s), SESSION_OK);
    CHECK(session_is_consistent(&s));
    /* A broken state is caught by the consistency check. */
    s.rounds[0].answer[3] = SESSION_NO_ANSWER;
    CHECK(!session_is_consistent(&s));
    session_free(&s);
    deck_free(&d);
}

int main(void)
{
    test_setup_checked();
    test_hidden_until_all_placed();
    test_take_back();
    test_skip();
    test_several_clients();
    return check_report();
}
