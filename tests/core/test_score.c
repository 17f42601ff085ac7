/* Scoring, computed by hand: gaps, means per dimension and player,
 * high/low on scales of different sizes, the reading, and the topics. */
#include <math.h>

#include "fixture.h"
#include "score.h"
#include "session.h"

#define NEAR(a, b) (fabs((a) - (b)) < 1e-9)

static void play(session *s, const int *answers)
{
    for (size_t p = 0; p < s->player_count; p++)
        CHECK_INT(session_place(s, p, (size_t)answers[p]), SESSION_OK);
    CHECK_INT(session_reveal(s), SESSION_OK);
}

static void test_levels(void)
{
    CHECK_INT(score_level_of(4.0, 5), SCORE_HIGH);
    CHECK_INT(score_level_of(3.99, 5), SCORE_MIDDLE);
    CHECK_INT(score_level_of(2.0, 5), SCORE_LOW);
    CHECK_INT(score_level_of(2.01, 5), SCORE_MIDDLE);
    CHECK_INT(score_level_of(2.5, 3), SCORE_HIGH);
    CHECK_INT(score_level_of(2.0, 3), SCORE_MIDDLE);
    CHECK_INT(score_level_of(1.5, 3), SCORE_LOW);
    CHECK_INT(score_level_of(1.75, 2), SCORE_HIGH);
    CHECK_INT(score_level_of(1.5, 2), SCORE_MIDDLE);
    CHECK_INT(score_level_of(5.5, 7), SCORE_HIGH);
    CHECK_INT(score_level_of(2.5, 7), SCORE_LOW);
    CHECK_INT(score_alignment_of_gap(0), SCORE_ALIGNED);
    CHECK_INT(score_alignment_of_gap(1), SCORE_CLOSE);
    CHECK_INT(score_alignment_of_gap(2), SCORE_APART);
    CHECK_INT(score_alignment_of_gap(6), SCORE_APART);
}

static void test_five_options_four_dimensions(void)
{
    deck d;
    fixture_deck(&d, 5, "pppn", 5); /* c0 d0, c1 d1, c2 d2, c3 d3, c4 d0 */
    session s;
    size_t cards[] = { 0, 4, 1, 2, 3 };
    const deck_role players[] = { DECK_ROLE_CLIENT, DECK_ROLE_PROFESSIONAL };
    CHECK_INT(session_new(&s, &d, 0, cards, 5, players, 2, 0), SESSION_OK);
    play(&s, (int[]){ 4, 3 });            /* c0: 5 and 4 */
    CHECK_INT(score_round_gap(&s, 0), 1);
    session_next(&s, 1);
    play(&s, (int[]){ 2, 4 });            /* c4: 3 and 5 */
    CHECK_INT(score_round_gap(&s, 1), 2);
    session_next(&s, 1);
    play(&s, (int[]){ 0, 0 });            /* c1: 1 and 1 */
    CHECK_INT(score_round_gap(&s, 2), 0);
    session_toggle_mark(&s);
    session_next(&s, 1);
    session_skip(&s, 1);                  /* c2 skipped */
    CHECK_INT(score_round_gap(&s, 3), -1);
    play(&s, (int[]){ 4, 1 });            /* c3 (negative): 5 and 2 */
    CHECK_INT(score_round_gap(&s, 4), 3);
    CHECK(score_answer_bad_end(&s, 4, 4));
    CHECK(!score_answer_bad_end(&s, 4, 1));
    CHECK(score_answer_bad_end(&s, 2, 0));
    session_next(&s, 2);

    score_summary sum;
    CHECK(score_compute(&s, &sum));
    CHECK_INT(sum.revealed, 4);
    CHECK_INT(sum.skipped, 1);
    CHECK_INT(sum.dimension_count, 4);
    const score_dimension *d0 = &sum.dimensions[0];
    CHECK_INT(d0->cards, 2);
    CHECK(NEAR(d0->mean[0], 4.0));
    CHECK(NEAR(d0->mean[1], 4.5));
    CHECK(NEAR(d0->mean_gap, 1.5));
    CHECK_INT(d0->alignment, SCORE_APART);
    CHECK_INT(d0->reading, SCORE_READING_GOOD);
    const score_dimension *d1 = &sum.dimensions[1];
    CHECK_INT(d1->reading, SCORE_READING_CONCERN);
    CHECK_INT(d1->alignment, SCORE_ALIGNED);
    CHECK(d1->bad_end[0] && d1->bad_end[1]);
    CHECK_INT(sum.dimensions[2].reading, SCORE_READING_NONE);
    CHECK_INT(sum.dimensions[2].cards, 0);
    const score_dimension *d3 = &sum.dimensions[3];
    CHECK(d3->bad_end[0]);     /* friction high: the bad end */
    CHECK(d3->good_end[1]);    /* friction low: the good end */
    CHECK_INT(d3->reading, SCORE_READING_CONCERN);
    CHECK(!sum.good_alliance);
    /* Marked first, then the widest gaps. */
    CHECK_INT(sum.topic_count, 3);
    CHECK_INT(sum.topics[0].round, 2);
    CHECK_INT(sum.topics[0].reasons, SCORE_TOPIC_MARKED | SCORE_TOPIC_BAD_END);
    CHECK_INT(sum.topics[1].round, 4);
    CHECK_INT(sum.topics[1].reasons, SCORE_TOPIC_GAP | SCORE_TOPIC_BAD_END);
    CHECK_INT(sum.topics[2].round, 1);
    CHECK_INT(sum.topics[2].reasons, SCORE_TOPIC_GAP);
    score_free(&sum);
    session_free(&s);
    deck_free(&d);
}

static void test_three_options_two_dimensions_family(void)
{
    deck d;
    fixture_deck(&d, 3, "pp", 2);
    session s;
    size_t cards[] = { 0, 1 };
    const deck_role family[] = { DECK_ROLE_CLIENT, DECK_ROLE_CLIENT,
                                 DECK_ROLE_PROFESSIONAL };
    CHECK_INT(session_new(&s, &d, 0, cards, 2, family, 3, 0), SESSION_OK);
    play(&s, (int[]){ 2, 2, 1 });
    session_next(&s, 1);
    play(&s, (int[]){ 0, 2, 1 });
    CHECK_INT(score_pair_gap(&s, 1, 0, 1), 2);
    CHECK_INT(score_pair_gap(&s, 1, 0, 2), 1);
    CHECK_INT(score_round_gap(&s, 1), 2);
    session_next(&s, 1);
    score_summary sum;
    CHECK(score_compute(&s, &sum));
    CHECK_INT(sum.option_count, 3);
    CHECK_INT(sum.player_count, 3);
    const score_dimension *a = &sum.dimensions[0];
    CHECK(NEAR(a->mean[0], 3.0) && NEAR(a->mean[2], 2.0));
    CHECK_INT(a->level[2], SCORE_MIDDLE);
    CHECK_INT(a->reading, SCORE_READING_MIXED);
    CHECK_INT(a->alignment, SCORE_CLOSE);
    const score_dimension *b = &sum.dimensions[1];
    CHECK_INT(b->level[0], SCORE_LOW);
    CHECK_INT(b->reading, SCORE_READING_CONCERN);
    CHECK_INT(b->alignment, SCORE_APART);
    CHECK(!sum.good_alliance);
    CHECK_INT(sum.topic_count, 1);
    CHECK_INT(sum.topics[0].round, 1);
    CHECK_INT(sum.topics[0].gap, 2);
    score_free(&sum);
    session_free(&s);
    deck_free(&d);
}

static void test_good_alliance(void)
{
    deck d;
    fixture_deck(&d, 5, "pn", 2);
    session s;
    size_t cards[] = { 0, 1 };
    const deck_role players[] = { DECK_ROLE_CLIENT, DECK_ROLE_PROFESSIONAL };
    CHECK_INT(session_new(&s, &d, 0, cards, 2, players, 2, 0), SESSION_OK);
    play(&s, (int[]){ 4, 4 });  /* positive: both at 5 */
    session_next(&s, 1);
    play(&s, (int[]){ 0, 1 });  /* negative: 1 and 2, both low = good */
    session_next(&s, 1);
    score_summary sum;
    CHECK(score_compute(&s, &sum));
    CHECK(sum.good_alliance);
    CHECK_INT(sum.dimensions[1].reading, SCORE_READING_GOOD);
    /* The only gap (1) is the largest: still worth a word. */
    CHECK_INT(sum.topic_count, 1);
    CHECK_INT(sum.topics[0].reasons, SCORE_TOPIC_GAP);
    score_free(&sum);
    session_free(&s);
    deck_free(&d);
}

int main(void)
{
    test_levels();
    test_five_options_four_dimensions();
    test_three_options_two_dimensions_family();
    test_good_alliance();
    return check_report();
}
