/* A workshop's answers counted by hand: a show of hands per side (a
 * revote that brought the sides closer, 999 people, a side of all zeros,
 * one person each, a side not counted on an early reveal) and named teams
 * (a team missing on an early reveal, a revote, a card kept out of the
 * record, a skipped one); a negative theme turned round so its good end
 * is the high end; the most divided cards; and --summary's text in Dutch
 * and English, printed for a workshop's result file by its mode. */
#include <math.h>
#include <unistd.h>

#include "check.h"
#include "cli_run.h"
#include "fixture.h"
#include "i18n.h"
#include "mode.h"
#include "report_spread.h"
#include "result.h"
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

/* The summary as printed, in a language of assets/po. */
static char *summary_in(const session *s, const char *language)
{
    error_list errors;
    error_list_init(&errors);
    char po_dir[512];
    snprintf(po_dir, sizeof po_dir, "%s/assets/po", TEST_SOURCE_DIR);
    CHECK(i18n_set_language(po_dir, language, &errors));
    error_list_free(&errors);
    FILE *f = tmpfile();
    CHECK(f != NULL);
    if (!f)
        return NULL;
    report_spread_print(f, s);
    char *text = check_slurp(f);
    fclose(f);
    i18n_shutdown();
    return text;
}

#define CHECK_HAS(text, line)                                               \
    CHECK_MSG((text) && strstr((text), (line)) != NULL,                     \
              "no line '%s' in:\n%s", (line), (text) ? (text) : "(null)")

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
    CHECK_INT(fixture_hands(s, 0, 3, 3, 2, 2, 0), SESSION_OK);
    CHECK_INT(fixture_hands(s, 1, 0, 0, 2, 6, 2), SESSION_OK);
    spread_counts c;
    CHECK(!tally_card(s, 0, DECK_ROLE_CLIENT, false, &c)); /* not turned */
    CHECK(same_counts(&c, 0, 0, 0, 0, 0));
    CHECK_INT(fixture_act(s, SESSION_ACTION_REVEAL, 0, 0), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_REVOTE, 0, 0), SESSION_OK);
    CHECK_INT(fixture_hands(s, 0, 0, 1, 3, 6, 0), SESSION_OK);
    CHECK_INT(fixture_hands(s, 1, 0, 0, 2, 6, 2), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_REVEAL, 0, 0), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_NEXT, 0, 0), SESSION_OK);
    /* c1 (negative): 999 professionals on the first option, the clients
     * counted as all zeros */
    CHECK_INT(fixture_hands(s, 0, 0, 0, 0, 0, 0), SESSION_OK);
    CHECK_INT(fixture_hands(s, 1, 999, 0, 0, 0, 0), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_REVEAL, 0, 0), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_NEXT, 0, 0), SESSION_OK);
    /* c2: one person each side */
    CHECK_INT(fixture_hands(s, 0, 1, 0, 0, 0, 0), SESSION_OK);
    CHECK_INT(fixture_hands(s, 1, 0, 0, 1, 0, 0), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_REVEAL, 0, 0), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_NEXT, 0, 0), SESSION_OK);
    /* c3: turned before the clients' hands were counted */
    CHECK_INT(fixture_hands(s, 1, 0, 0, 0, 0, 4), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_REVEAL_NOW, 0, 0), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_NEXT, 0, 0), SESSION_OK);
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

    char *en = summary_in(&s, "en");
    CHECK_HAS(en, "- c0: Ik 0\n  First vote:\n"
                  "    professionals: 0 0 2 6 2 (median 4)\n"
                  "    clients: 3 3 2 2 0 (median 2)\n"
                  "  After the talk:\n"
                  "    professionals: 0 0 2 6 2 (median 4)\n"
                  "    clients: 0 1 3 6 0 (median 4)\n"
                  "  After the talk the sides were closer together (from 1.7 "
                  "steps to 0.5 of a step).\n");
    CHECK_HAS(en, "  professionals: 999 0 0 0 0 (median 1)\n"
                  "  clients: nobody\n");
    CHECK_HAS(en, "  professionals: 0 0 1 0 0 (median 3)\n"
                  "  clients: 1 0 0 0 0 (median 1)\n");
    CHECK_HAS(en, "A show of hands: how many people chose each place on the "
                  "scale, 1 to 5.");
    CHECK_HAS(en, "- The professionals see Dim 0 as better than the clients "
                  "(0.6 of a step).\n");
    CHECK_HAS(en, "- On Dim 1 only the professionals answered.\n");
    CHECK_HAS(en, "- Here the group was most divided: Ik 2 (c2)\n");
    CHECK_HAS(en, "- Here the sides were furthest apart (2 steps): Ik 2 (c2)\n");
    CHECK_HAS(en, "- Here the talk changed the most (from 1.7 steps to 0.5 of "
                  "a step): Ik 0 (c0)\n");
    CHECK_HAS(en, "4 cards: 4 turned, 0 skipped.");
    free(en);
    char *nl = summary_in(&s, "nl");
    CHECK_HAS(nl, "  Eerste stemming:\n"
                  "    professionals: 0 0 2 6 2 (mediaan 4)\n"
                  "    cliënten: 3 3 2 2 0 (mediaan 2)\n"
                  "  Na het gesprek:\n");
    CHECK_HAS(nl, "  Na het gesprek lagen de kanten dichter bij elkaar (van "
                  "1,7 stappen naar 0,5 stap).\n");
    CHECK_HAS(nl, "  cliënten: niemand\n");
    CHECK_HAS(nl, "- De professionals zien Dim 0 beter dan de cliënten "
                  "(0,6 stap).\n");
    CHECK_HAS(nl, "- Bij Dim 1 gaven alleen de professionals antwoord.\n");
    CHECK_HAS(nl, "- Hier was de groep het meest verdeeld: Ik 2 (c2)\n");
    CHECK_HAS(nl, "- Hier lagen de kanten het verst uit elkaar (2 stappen): "
                  "Ik 2 (c2)\n");
    CHECK_HAS(nl, "Waar de groep het meest verschilde:");
    CHECK(nl && strstr(nl, "score") == NULL && strstr(nl, "0,0") == NULL);
    free(nl);
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
    CHECK_INT(fixture_act(s, SESSION_ACTION_PLACE, 0, 4), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_PLACE, 1, 3), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_PLACE, 2, 1), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_REVEAL, 0, 0), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_NEXT, 0, 0), SESSION_OK);
    /* c1 (negative): Zuid still talking when the card is turned; then
     * everyone again after the talk */
    CHECK_INT(fixture_act(s, SESSION_ACTION_PLACE, 0, 4), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_PLACE, 1, 0), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_REVEAL_NOW, 0, 0), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_REVOTE, 0, 0), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_PLACE, 0, 2), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_PLACE, 1, 1), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_PLACE, 2, 1), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_REVEAL, 0, 0), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_NEXT, 0, 0), SESSION_OK);
    /* c2: as wide as can be, but only for the talk */
    CHECK_INT(fixture_act(s, SESSION_ACTION_PLACE, 0, 0), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_PLACE, 1, 0), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_PLACE, 2, 4), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_REVEAL, 0, 0), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_KEEP_OUT, 0, 0), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_NEXT, 0, 0), SESSION_OK);
    CHECK_INT(fixture_act(s, SESSION_ACTION_SKIP, 0, 0), SESSION_OK);
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

    char *en = summary_in(&s, "en");
    CHECK_HAS(en, "- c0: Ik 0\n  Noord: 4 · Zuid: 2 · Ervaring (client): 5\n");
    CHECK_HAS(en, "  First vote: Noord: 1 · Zuid: no answer · "
                  "Ervaring (client): 5\n"
                  "  After the talk: Noord: 2 · Zuid: 2 · Ervaring (client): 3\n"
                  "  After the talk the sides were closer together (from 4 "
                  "steps to 1 step).\n");
    CHECK_HAS(en, "- c2: Ik 2 (only for the talk)\n");
    CHECK_HAS(en, "- c3: Ik 3 (skipped)\n");
    CHECK_HAS(en, "A team's answer is its place on the scale, 1 to 5.");
    CHECK_HAS(en, "- The clients see Dim 0 as better than the professionals "
                  "(2 steps).\n");
    CHECK_HAS(en, "- The professionals see Dim 1 as better than the clients "
                  "(1 step).\n");
    CHECK_HAS(en, "- Here the talk changed the most (from 4 steps to 1 step): "
                  "Ik 1 (c1)\n");
    free(en);
    char *nl = summary_in(&s, "nl");
    CHECK_HAS(nl, "  Noord: 4 · Zuid: 2 · Ervaring (cliënt): 5\n");
    CHECK_HAS(nl, "  Eerste stemming: Noord: 1 · Zuid: geen antwoord · "
                  "Ervaring (cliënt): 5\n");
    CHECK_HAS(nl, "- c2: Ik 2 (alleen voor het gesprek)\n");
    CHECK_HAS(nl, "- c3: Ik 3 (overgeslagen)\n");
    CHECK_HAS(nl, "- De cliënten zien Dim 0 beter dan de professionals "
                  "(2 stappen).\n");
    CHECK_HAS(nl, "  Na het gesprek lagen de kanten dichter bij elkaar (van 4 "
                  "stappen naar 1 stap).\n");
    free(nl);
    session_free(&s);
}

/* --summary of a workshop's result file: its mode asks for the spread's
 * words (which seat answered what is read back by result_read). */
static void test_cli_summary(const deck *d)
{
    session s;
    play_teams(d, &s);
    char path[] = TEST_TMP "/alliantiespel-tally-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd >= 0)
        close(fd);
    error_list errors;
    error_list_init(&errors);
    CHECK(result_write(path, &s, &errors));
    error_print(&errors, stderr);
    error_list_free(&errors);
    char *argv[] = {"alliantiespel", "--summary", path, NULL};
    run_result r = run(3, argv);
    CHECK_INT(r.status, CLI_EXIT_OK);
    CHECK_HAS(r.out, "De kaarten en de antwoorden:\n- c0: Ik 0\n");
    CHECK_HAS(r.out, "- c3: Ik 3 (overgeslagen)\n");
    CHECK_HAS(r.out, "Het antwoord van een team is een plek op de schaal, 1 "
                     "tot en met 5.");
    CHECK_HAS(r.out, "\nPer thema:\n- ");
    CHECK(r.out && strstr(r.out, "Verschil") == NULL); /* no pair's table */
    done(&r);
    unlink(path);
    session_free(&s);
}

/* The sentences one at a time, where a round would take long to build. */
static void test_words(const deck *d)
{
    session s = {.deck = d};
    char buf[256];
    report_spread_steps(0.8, buf, sizeof buf);
    CHECK_STR(buf, "0.8 of a step");
    report_spread_steps(1.0, buf, sizeof buf);
    CHECK_STR(buf, "1 step");
    report_spread_steps(0.0, buf, sizeof buf);
    CHECK_STR(buf, "0 steps");
    report_spread_steps(2.34, buf, sizeof buf);
    CHECK_STR(buf, "2.3 steps");

    tally_theme t = {0};
    report_spread_theme(&s, &t, buf, sizeof buf);
    CHECK_STR(buf, "Nobody answered on Dim 0.");
    t.answered[DECK_ROLE_CLIENT] = true;
    report_spread_theme(&s, &t, buf, sizeof buf);
    CHECK_STR(buf, "On Dim 0 only the clients answered.");
    t.answered[DECK_ROLE_PROFESSIONAL] = true;
    report_spread_theme(&s, &t, buf, sizeof buf);
    CHECK_STR(buf, "The professionals and the clients see Dim 0 the same way.");
    t.gap = 0.3;
    report_spread_theme(&s, &t, buf, sizeof buf);
    CHECK_STR(buf, "The professionals and the clients see Dim 0 about the "
                   "same (0.3 of a step).");

    spread_shift sh = {.gap_before = 1.0, .gap_after = 1.0};
    report_spread_shift(&sh, buf, sizeof buf);
    CHECK_STR(buf, "After the talk the sides were just as far apart (1 step).");
    sh = (spread_shift){.gap_before = 0.5, .gap_after = 2.0, .apart = true};
    report_spread_shift(&sh, buf, sizeof buf);
    CHECK_STR(buf, "After the talk the sides were further apart (from 0.5 of "
                   "a step to 2 steps).");
    sh = (spread_shift){.gap_before = 1.0, .gap_after = 1.2};
    report_spread_shift(&sh, buf, sizeof buf);
    CHECK_STR(buf, "After the talk the sides were about as far apart (from 1 "
                   "step to 1.2 steps).");
    sh = (spread_shift){.gap_before = -1.0, .gap_after = 1.2};
    report_spread_shift(&sh, buf, sizeof buf);
    CHECK(strstr(buf, "no answer") != NULL);

    tally_summary none = {.pick = {{-1, 0}, {-1, 0}, {-1, 0}}};
    CHECK(!report_spread_pick(&s, &none, TALLY_GAP, buf, sizeof buf));
    CHECK_STR(buf, "");
}

int main(void)
{
    deck d;
    fixture_deck(&d, 5, "pn", 6);
    test_hands(&d);
    test_teams(&d);
    test_words(&d);
    test_cli_summary(&d);
    deck_free(&d);
    return check_report();
}
