/* The workshop's show of hands in numbers, computed by hand: all zeros,
 * one person, 999 on one option, an even split (the lower median), two
 * sides' gap and where their shares differ most, a revote that brought the
 * room closer, counts added up past 999, and counts out of range refused. */
#include <math.h>

#include "check.h"
#include "spread.h"

static bool near(double a, double b)
{
    return fabs(a - b) < 1e-9;
}

static spread_counts counts5(unsigned a, unsigned b, unsigned c, unsigned d,
                             unsigned e)
{
    spread_counts s = {{a, b, c, d, e}, 5};
    return s;
}

static void test_one_side(void)
{
    spread_stats st;
    spread_counts none = counts5(0, 0, 0, 0, 0);
    CHECK(!spread_stats_of(&none, &st));
    CHECK_INT(st.total, 0);
    CHECK(spread_share(&none, 2) == 0.0);

    spread_counts one = counts5(0, 0, 1, 0, 0);
    CHECK(spread_stats_of(&one, &st));
    CHECK_INT(st.total, 1);
    CHECK_INT(st.median, 2);
    CHECK(near(st.mean, 2.0) && near(st.sd, 0.0));
    CHECK(st.lowest == 2 && st.highest == 2);

    spread_counts many = counts5(0, 0, 0, 0, 999);
    CHECK(spread_stats_of(&many, &st));
    CHECK_INT(st.total, 999);
    CHECK_INT(st.median, 4);
    CHECK(near(spread_share(&many, 4), 1.0));

    /* 2 on option 0, 2 on option 4: mean 2, sd 2, the lower median 0 */
    spread_counts split = counts5(2, 0, 0, 0, 2);
    CHECK(spread_stats_of(&split, &st));
    CHECK(near(st.mean, 2.0) && near(st.sd, 2.0));
    CHECK_INT(st.median, 0);
    CHECK(st.lowest == 0 && st.highest == 4);

    /* 1,2,3,2,2 people: total 10, mean (0+2+6+6+8)/10 = 2.2, median 2 */
    spread_counts room = counts5(1, 2, 3, 2, 2);
    CHECK(spread_stats_of(&room, &st));
    CHECK_INT(st.total, 10);
    CHECK(near(st.mean, 2.2));
    CHECK_INT(st.median, 2);
    /* variance: (1*4.84 + 2*1.44 + 3*0.04 + 2*0.64 + 2*3.24)/10 = 1.56 */
    CHECK(near(st.sd, sqrt(1.56)));

    /* a theme's cards added up pass 999; beyond the sum's range, refused */
    spread_counts summed = counts5(0, 1998, 0, 0, 999);
    CHECK(spread_stats_of(&summed, &st));
    CHECK_INT(st.total, 2997);
    CHECK_INT(st.median, 1);
    /* the chart's top: 3 of 10 people on the fullest option */
    CHECK(near(spread_largest_share(&room), 0.3));
    CHECK(spread_largest_share(&none) == 0.0);

    spread_counts wrong = counts5(0, SPREAD_MAX_SUM + 1, 0, 0, 0);
    CHECK(!spread_stats_of(&wrong, &st));
    spread_counts three = {{1, 1, 1}, 3};
    CHECK(spread_stats_of(&three, &st) && st.median == 1);
}

static void test_two_sides(void)
{
    /* professionals 0,0,2,6,2 (mean 3.0); clients 3,3,2,2,0 (mean 1.3) */
    spread_counts pro = counts5(0, 0, 2, 6, 2);
    spread_counts cli = counts5(3, 3, 2, 2, 0);
    CHECK(near(spread_gap(&pro, &cli), 1.7));
    /* shares: pro .0 .0 .2 .6 .2; clients .3 .3 .2 .2 .0: option 3 (.4) */
    CHECK_INT(spread_most_different(&pro, &cli), 3);
    spread_counts none = counts5(0, 0, 0, 0, 0);
    CHECK(spread_gap(&pro, &none) < 0);
    CHECK_INT(spread_most_different(&pro, &none), -1);

    /* after talking: the clients moved up to mean 2.5, the gap 0.5 */
    spread_counts before[2] = {pro, cli};
    spread_counts after[2] = {pro, counts5(0, 1, 3, 6, 0)};
    spread_shift sh;
    CHECK(spread_shift_of(before, after, &sh));
    CHECK(near(sh.gap_before, 1.7));
    CHECK(near(sh.gap_after, 3.0 - 2.5));
    CHECK(sh.closer && !sh.apart);
    CHECK(near(sh.moved[0], 0.0) && near(sh.moved[1], 2.5 - 1.3));
    /* and back apart */
    CHECK(spread_shift_of(after, before, &sh));
    CHECK(sh.apart && !sh.closer);
}

int main(void)
{
    test_one_side();
    test_two_sides();
    return check_report();
}
