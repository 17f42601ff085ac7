/* Prediction scoring (training, "guess the other"), computed by hand:
 * exact guesses, within one step, the mean distance, and whether the
 * guesser read the alliance as better or worse than it was said, per
 * theme, with a negative theme turned round and a skipped card left out. */
#include "check.h"
#include "fixture.h"
#include "predict.h"
#include "session.h"

/* Plays one card: client answer, professional answer and guess. */
static void play(session *s, int client, int own, int guess)
{
    CHECK_INT(fixture_act(s, SESSION_ACTION_PLACE, 0, (size_t)client), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_PLACE, 1, (size_t)own), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_PREDICT, 1, (size_t)guess), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_REVEAL, 0, 0), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_NEXT, 0, 0), SESSION_OK);
}

static void start(session *s, const deck *d, size_t cards)
{
    size_t order[8] = {0, 1, 2, 3, 4, 5, 6, 7};
    session_seat seats[] = {
        {.side = DECK_ROLE_CLIENT, .role = deck_side_role(d, DECK_ROLE_CLIENT)},
        {.side = DECK_ROLE_PROFESSIONAL, .role = deck_side_role(d, DECK_ROLE_PROFESSIONAL), .predicts = true}};
    CHECK_INT(session_new_seats(s, d, 0, order, cards, seats, 2, "training", 0),
              SESSION_OK);
}

static void test_five_options(void)
{
    deck d;
    /* cards cycle over d0 (positive) and d1 (negative, stroefheid) */
    fixture_deck(&d, 5, "pn", 6);
    session s;
    start(&s, &d, 6);
    play(&s, 3, 4, 3); /* c0 d0: exact */
    play(&s, 1, 0, 0); /* c1 d1: one off; guessed 0 < 1 on a negative
                          theme: less friction, so rosier: lean +1 */
    play(&s, 0, 2, 4); /* c2 d0: four off, rosier: lean +4 */
    CHECK_INT(fixture_act(&s, SESSION_ACTION_SKIP, 0, 0), SESSION_OK); /* c3 */
    play(&s, 2, 2, 4); /* c4 d0: two off, rosier: +2 */
    play(&s, 4, 3, 2); /* c5 d1: two off; less friction guessed: +2 */
    predict_score p;
    CHECK(!predict_score_seat(&s, 0, &p)); /* the client did not guess */
    CHECK(predict_score_seat(&s, 1, &p));
    CHECK_INT(p.overall.count, 5);
    CHECK_INT(p.overall.exact, 1);
    CHECK_INT(p.overall.within_one, 2);
    CHECK_INT(p.overall.distance_sum, 0 + 1 + 4 + 2 + 2);
    CHECK(predict_mean_distance(&p.overall) > 1.79 &&
          predict_mean_distance(&p.overall) < 1.81);
    CHECK_INT(p.overall.lean_sum, 0 + 1 + 4 + 2 + 2);
    CHECK_INT(predict_read(&p.overall), PREDICT_BETTER);
    /* per theme */
    CHECK_INT(p.theme[0].count, 3);
    CHECK_INT(p.theme[0].exact, 1);
    CHECK_INT(p.theme[0].distance_sum, 6);
    CHECK_INT(p.theme[1].count, 2);
    CHECK_INT(p.theme[1].within_one, 1);
    CHECK_INT(p.theme[1].lean_sum, 3);
    CHECK_INT(predict_card_distance(&s, 2, 1), 4);
    CHECK_INT(predict_card_distance(&s, 3, 1), -1); /* skipped */
    session_free(&s);
    deck_free(&d);
}

static void test_three_options_and_worse(void)
{
    deck d;
    fixture_deck(&d, 3, "p", 3);
    session s;
    start(&s, &d, 3);
    play(&s, 2, 1, 1); /* one off, gloomier: -1 */
    play(&s, 2, 0, 0); /* two off: -2 */
    play(&s, 1, 1, 1); /* exact */
    predict_score p;
    CHECK(predict_score_seat(&s, 1, &p));
    CHECK_INT(p.overall.count, 3);
    CHECK_INT(p.overall.exact, 1);
    CHECK_INT(p.overall.within_one, 2);
    CHECK_INT(p.overall.lean_sum, -3);
    CHECK_INT(predict_read(&p.overall), PREDICT_WORSE);
    /* a class adds up */
    predict_tally class_total = {0};
    predict_tally_add(&class_total, &p.overall);
    predict_tally_add(&class_total, &p.overall);
    CHECK_INT(class_total.count, 6);
    CHECK_INT(class_total.exact, 2);
    CHECK_INT(predict_read(&class_total), PREDICT_WORSE);
    session_free(&s);
    deck_free(&d);
}

static void test_nothing_to_compare(void)
{
    deck d;
    fixture_deck(&d, 5, "p", 2);
    session s;
    start(&s, &d, 2);
    CHECK_INT(fixture_act(&s, SESSION_ACTION_SKIP, 0, 0), SESSION_OK);
    predict_score p;
    CHECK(predict_score_seat(&s, 1, &p));
    CHECK_INT(p.overall.count, 0);
    CHECK_INT(predict_read(&p.overall), PREDICT_NOTHING);
    CHECK(predict_mean_distance(&p.overall) == 0.0);
    /* one step off either way, evenly: about right */
    play(&s, 2, 2, 3);
    CHECK(predict_score_seat(&s, 1, &p));
    CHECK_INT(predict_read(&p.overall), PREDICT_BETTER);
    session_free(&s);
    start(&s, &d, 2);
    play(&s, 2, 2, 3);
    play(&s, 2, 2, 1);
    CHECK(predict_score_seat(&s, 1, &p));
    CHECK_INT(predict_read(&p.overall), PREDICT_ABOUT);
    CHECK_INT(p.overall.within_one, 2);
    CHECK_INT(p.overall.exact, 0);
    session_free(&s);
    deck_free(&d);
}

int main(void)
{
    test_five_options();
    test_three_options_and_worse();
    test_nothing_to_compare();
    return check_report();
}
