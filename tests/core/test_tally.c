/* A workshop's answers counted by hand: a show of hands per side (a
 * revote that brought the sides closer, 999 people, a side of all zeros,
 * one person each, a side not counted on an early reveal) and named teams
 * (a team missing on an early reveal, a revote, a card kept out of the
 * record, a skipped one); a negative theme turned round so its good end
 * is the high end; and the most divided cards. */
#include <math.h>

#include "check.h"
#include "fixture.h"
#include "mode.h"
#include "session.h"
#include "tally.h"

static bool near(double a, double b)
{
    return fabs(a - b) < 1e-9;
}

static bool same_counts(const spread_counts *c, unsigned a, unsigned b,
                        unsigned x, unsigned d, unsigned e)
{
    unsigned want[5] = {a, b, x, d, e};
    if (c->options != 5)
        return false;
    for (size_t o = 0; o < 5; o++)
        if (c->count[o] != want[o])
            return false;
    return true;
}

static session_status act(session *s, session_action_type type, size_t seat,
                          size_t option)
{
    session_action a = {.type = type, .player = seat, .option = option};
    return session_apply(s, a, 100);
}

static session_status hands(session *s, size_t seat, unsigned a, unsigned b,
                            unsigned c, unsigned d, unsigned e)
{
    session_action x = {.type = SESSION_ACTION_COUNT, .player = seat,
                        .counts = {a, b, c, d, e}};
    return session_apply(s, x, 100);
}

/* Seats: 0 the clients' show of hands, 1 the professionals'. Cards c0
 * (Dim 0, positive), c1 (Dim 1, negative), c2 (Dim 0), c3 (Dim 1). */
static void play_hands(const deck *d, session *s)
{
    const mode_def *m = mode_find("workshop-hands");
    session_seat seats[SESSION_MAX_PLAYERS];
    size_t n = 0;
    char why[256];
    CHECK(mode_make_seats(m, d, "", 1, seats, &n, why, sizeof why));
    size_t cards[] = {0, 1, 2, 3};
    CHECK_INT(session_new_seats(s, d, 0, cards, 4, seats, n, m->id, 5),
              SESSION_OK);
    /* c0: apart, then closer after the talk */
    CHECK_INT(hands(s, 0, 3, 3, 2, 2, 0), SESSION_OK);
    CHECK_INT(hands(s, 1, 0, 0, 2, 6, 2), SESSION_OK);
    spread_counts c;
    CHECK(!tally_card(s, 0, DECK_ROLE_CLIENT, false, &c)); /* not turned */
    CHECK(same_counts(&c, 0, 0, 0, 0, 0));
    CHECK_INT(act(s, SESSION_ACTION_REVEAL, 0, 0), SESSION_OK);
    CHECK_INT(act(s, SESSION_ACTION_REVOTE, 0, 0), SESSION_OK);
    CHECK_INT(hands(s, 0, 0, 1, 3, 6, 0), SESSION_OK);
    CHECK_INT(hands(s, 1, 0, 0, 2, 6, 2), SESSION_OK);
    CHECK_INT(act(s, SESSION_ACTION_REVEAL, 0, 0), SESSION_OK);
    CHECK_INT(act(s, SESSION_ACTION_NEXT, 0, 0), SESSION_OK);
    /* c1 (negative): 999 professionals on the first option, the clients
     * counted as all zeros */
    CHECK_INT(hands(s, 0, 0, 0, 0, 0, 0), SESSION_OK);
    CHECK_INT(hands(s, 1, 999, 0, 0, 0, 0), SESSION_OK);
    CHECK_INT(act(s, SESSION_ACTION_REVEAL, 0, 0), SESSION_OK);
    CHECK_INT(act(s, SESSION_ACTION_NEXT, 0, 0), SESSION_OK);
    /* c2: one person each side */
    CHECK_INT(hands(s, 0, 1, 0, 0, 0, 0), SESSION_OK);
    CHECK_INT(hands(s, 1, 0, 0, 1, 0, 0), SESSION_OK);
    CHECK_INT(act(s, SESSION_ACTION_REVEAL, 0, 0), SESSION_OK);
    CHECK_INT(act(s, SESSION_ACTION_NEXT, 0, 0), SESSION_OK);
    /* c3: turned before the clients' hands were counted */
    CHECK_INT(hands(s, 1, 0, 0, 0, 0, 4), SESSION_OK);
    CHECK_INT(act(s, SESSION_ACTION_REVEAL_NOW, 0, 0), SESSION_OK);
    CHECK_INT(act(s, SESSION_ACTION_NEXT, 0, 0), SESSION_OK);
    CHECK(session_finished(s));
    CHECK(session_is_consistent(s));
}

static void test_hands(const deck *d)
{
    session s;
    play_hands(d, &s);
    spread_counts c;
    CHECK(tally_card(&s, 0, DECK_ROLE_PROFESSIONAL, false, &c));
    CHECK(same_counts(&c, 0, 0, 2, 6, 2));
    CHECK(tally_card(&s, 0, DECK_ROLE_CLIENT, true, &c));
    CHECK(same_counts(&c, 3, 3, 2, 2, 0));
    CHECK(tally_card(&s, 0, DECK_ROLE_CLIENT, false, &c));
    CHECK(same_counts(&c, 0, 1, 3, 6, 0));
    /* the first vote of a card voted once is that one vote */
    CHECK(tally_card(&s, 1, DECK_ROLE_PROFESSIONAL, true, &c));
    CHECK(same_counts(&c, 999, 0, 0, 0, 0));
    CHECK(!tally_card(&s, 1, DECK_ROLE_CLIENT, false, &c));
    CHECK(same_counts(&c, 0, 0, 0, 0, 0));
    CHECK(!tally_card(&s, 3, DECK_ROLE_CLIENT, false, &c));
    CHECK(!tally_card(&s, 4, DECK_ROLE_PROFESSIONAL, false, &c));
    CHECK_INT(c.options, 5);

    /* professionals 0,0,2,6,2 (mean 3.0), clients 3,3,2,2,0 (1.3), then
     * 0,1,3,6,0 (2.5): from 1.7 to 0.5 steps */
    spread_shift sh;
    CHECK(tally_shift(&s, 0, &sh));
    CHECK(near(sh.gap_before, 1.7) && near(sh.gap_after, 0.5));
    CHECK(sh.closer);
    CHECK(!tally_shift(&s, 1, &sh)); /* not voted again */

    tally_summary t;
    CHECK(tally_compute(&s, &t));
    CHECK_INT(t.counted, 4);
    CHECK_INT(t.theme_count, 2);
    /* Dim 0, latest votes of c0 and c2: professionals 0,0,3,6,2 (mean
     * 32/11), clients 1,1,3,6,0 (25/11) */
    const tally_theme *d0 = &t.themes[0];
    CHECK(!d0->turned && d0->any && d0->cards == 2);
    CHECK(same_counts(&d0->side[DECK_ROLE_PROFESSIONAL], 0, 0, 3, 6, 2));
    CHECK(same_counts(&d0->side[DECK_ROLE_CLIENT], 1, 1, 3, 6, 0));
    CHECK(near(d0->stats[DECK_ROLE_PROFESSIONAL].mean, 32.0 / 11));
    CHECK(near(d0->gap, 7.0 / 11));
    /* Dim 1 is negative: 999 on the first option is the good end, turned
     * round to the last; the early reveal's 4 on the last to the first.
     * The clients had nobody: no gap. */
    const tally_theme *d1 = &t.themes[1];
    CHECK(d1->turned && d1->cards == 2);
    CHECK(same_counts(&d1->side[DECK_ROLE_PROFESSIONAL], 4, 0, 0, 0, 999));
    CHECK(d1->answered[DECK_ROLE_PROFESSIONAL] &&
          !d1->answered[DECK_ROLE_CLIENT]);
    CHECK(d1->gap < 0);
    tally_theme one;
    CHECK(tally_theme_of(&s, 1, &one));
    CHECK(memcmp(&one.side, &d1->side, sizeof one.side) == 0);

    /* widest: c2 pooled 1,0,1,0,0 (sd 1) beats c0's 0,1,5,12,2
     * (sd sqrt(0.4875)); each side of c2 alone has sd 0 */
    CHECK_INT(t.pick[TALLY_WIDEST].round, 2);
    CHECK(near(t.pick[TALLY_WIDEST].value, 1.0));
    CHECK_INT(t.pick[TALLY_GAP].round, 2);
    CHECK(near(t.pick[TALLY_GAP].value, 2.0));
    CHECK_INT(t.pick[TALLY_SHIFT].round, 0);
    CHECK(near(t.pick[TALLY_SHIFT].value, -1.2));

    session_free(&s);
}

/* Teams: 0 Ervaring (client side), 1 Noord, 2 Zuid. */
static void play_teams(const deck *d, session *s)
{
    const mode_def *m = mode_find("workshop");
    session_seat seats[SESSION_MAX_PLAYERS];
    size_t n = 0;
    char why[256];
    CHECK(mode_make_teams(m, d, "Noord,Zuid,client:Ervaring", seats, &n, why,
                          sizeof why));
    size_t cards[] = {0, 1, 2, 3};
    CHECK_INT(session_new_seats(s, d, 0, cards, 4, seats, n, m->id, 5),
              SESSION_OK);
    /* c0: Noord 4, Zuid 2, Ervaring 5 (places on the scale) */
    CHECK_INT(act(s, SESSION_ACTION_PLACE, 0, 4), SESSION_OK);
    CHECK_INT(act(s, SESSION_ACTION_PLACE, 1, 3), SESSION_OK);
    CHECK_INT(act(s, SESSION_ACTION_PLACE, 2, 1), SESSION_OK);
    CHECK_INT(act(s, SESSION_ACTION_REVEAL, 0, 0), SESSION_OK);
    CHECK_INT(act(s, SESSION_ACTION_NEXT, 0, 0), SESSION_OK);
    /* c1 (negative): Zuid still talking when the card is turned; then
     * everyone again after the talk */
    CHECK_INT(act(s, SESSION_ACTION_PLACE, 0, 4), SESSION_OK);
    CHECK_INT(act(s, SESSION_ACTION_PLACE, 1, 0), SESSION_OK);
    CHECK_INT(act(s, SESSION_ACTION_REVEAL_NOW, 0, 0), SESSION_OK);
    CHECK_INT(act(s, SESSION_ACTION_REVOTE, 0, 0), SESSION_OK);
    CHECK_INT(act(s, SESSION_ACTION_PLACE, 0, 2), SESSION_OK);
    CHECK_INT(act(s, SESSION_ACTION_PLACE, 1, 1), SESSION_OK);
    CHECK_INT(act(s, SESSION_ACTION_PLACE, 2, 1), SESSION_OK);
    CHECK_INT(act(s, SESSION_ACTION_REVEAL, 0, 0), SESSION_OK);
    CHECK_INT(act(s, SESSION_ACTION_NEXT, 0, 0), SESSION_OK);
    /* c2: as wide as can be, but only for the talk */
    CHECK_INT(act(s, SESSION_ACTION_PLACE, 0, 0), SESSION_OK);
    CHECK_INT(act(s, SESSION_ACTION_PLACE, 1, 0), SESSION_OK);
    CHECK_INT(act(s, SESSION_ACTION_PLACE, 2, 4), SESSION_OK);
    CHECK_INT(act(s, SESSION_ACTION_REVEAL, 0, 0), SESSION_OK);
    CHECK_INT(act(s, SESSION_ACTION_KEEP_OUT, 0, 0), SESSION_OK);
    CHECK_INT(act(s, SESSION_ACTION_NEXT, 0, 0), SESSION_OK);
    CHECK_INT(act(s, SESSION_ACTION_SKIP, 0, 0), SESSION_OK);
    CHECK(session_finished(s));
    CHECK(session_is_consistent(s));
}

static void test_teams(const deck *d)
{
    session s;
    play_teams(d, &s);
    spread_counts c;
    CHECK(tally_card(&s, 0, DECK_ROLE_PROFESSIONAL, false, &c));
    CHECK(same_counts(&c, 0, 1, 0, 1, 0));
    CHECK(tally_card(&s, 0, DECK_ROLE_CLIENT, false, &c));
    CHECK(same_counts(&c, 0, 0, 0, 0, 1));
    /* the early reveal: Zuid counts for nothing */
    CHECK(tally_card(&s, 1, DECK_ROLE_PROFESSIONAL, true, &c));
    CHECK(same_counts(&c, 1, 0, 0, 0, 0));
    CHECK(tally_card(&s, 1, DECK_ROLE_PROFESSIONAL, false, &c));
    CHECK(same_counts(&c, 0, 2, 0, 0, 0));
    CHECK(!tally_card(&s, 3, DECK_ROLE_PROFESSIONAL, false, &c)); /* skipped */

    tally_summary t;
    CHECK(tally_compute(&s, &t));
    CHECK_INT(t.counted, 2);
    CHECK_INT(t.skipped, 1);
    CHECK_INT(t.kept_out, 1);
    /* Dim 0: c0 only (c2 kept out): professionals mean 2, clients 4 */
    CHECK(t.themes[0].cards == 1 && near(t.themes[0].gap, 2.0));
    /* Dim 1, negative, the revote: professionals 0,2,0,0,0 turned to
     * 0,0,0,2,0 (mean 3), clients 0,0,1,0,0 (mean 2): the professionals
     * are nearer the good end although their raw answers are lower */
    const tally_theme *d1 = &t.themes[1];
    CHECK(same_counts(&d1->side[DECK_ROLE_PROFESSIONAL], 0, 0, 0, 2, 0));
    CHECK(near(d1->stats[DECK_ROLE_PROFESSIONAL].mean, 3.0));
    CHECK(near(d1->gap, 1.0));
    /* widest: c0 pooled 0,1,0,1,1 (the kept-out c2 would be wider); gap:
     * c0's 2; shift: c1 from 4 to 1 step */
    CHECK_INT(t.pick[TALLY_WIDEST].round, 0);
    CHECK(near(t.pick[TALLY_WIDEST].value, sqrt(14.0 / 9)));
    CHECK_INT(t.pick[TALLY_GAP].round, 0);
    CHECK_INT(t.pick[TALLY_SHIFT].round, 1);
    CHECK(near(t.pick[TALLY_SHIFT].value, -3.0));

    session_free(&s);
}

int main(void)
{
    deck d;
    fixture_deck(&d, 5, "pn", 6);
    test_hands(&d);
    test_teams(&d);
    deck_free(&d);
    return check_report();
}
