/* The ways to play as rows of data, and the flow rule: what happens now
 * follows from the session and the mode alone, for the table and for a
 * family, and a refused setup changes nothing. */
#include "check.h"
#include "fixture.h"
#include "flow.h"
#include "mode.h"
#include "session.h"

static void test_modes_are_rows(void)
{
    const mode_def *table = mode_find("table");
    const mode_def *family = mode_find("family");
    CHECK(table && family);
    CHECK(mode_find("training") && mode_find("training")->available);
    CHECK(mode_find("training")->needs_case && mode_find("solo")->needs_case);
    CHECK(!table->needs_case);
    /* a scene asks whether the case answers, never a mode's id */
    CHECK(!mode_case_answers(table) && !mode_case_answers(mode_find("training")));
    CHECK(mode_case_answers(mode_find("solo")));
    /* the workshop: named teams, or a show of hands per side */
    CHECK(mode_find("workshop") && mode_find("workshop")->available);
    CHECK(mode_named_teams(mode_find("workshop")));
    CHECK(!mode_counts_hands(mode_find("workshop")));
    CHECK(mode_counts_hands(mode_find("workshop-hands")));
    CHECK(!mode_named_teams(table) && !mode_counts_hands(table));
    CHECK(mode_find("poker") == NULL);
    /* one row is meant when a round names none: a format 1 file's */
    size_t implied = 0;
    for (size_t i = 0; i < mode_count(); i++)
        implied += mode_at(i)->implied;
    CHECK_INT(implied, 1);
    CHECK(mode_implied() == table);
    if (!table || !family)
        return;
    CHECK_INT(mode_side_max(table, DECK_ROLE_CLIENT), 1);
    CHECK_INT(mode_side_min(family, DECK_ROLE_CLIENT), 2);
    CHECK_INT(mode_side_max(family, DECK_ROLE_CLIENT), 4);
    CHECK_INT(family->reveal, MODE_REVEAL_GAPS);
    CHECK_INT(table->reveal, MODE_REVEAL_PAIR);

    deck d;
    fixture_deck(&d, 5, "pp", 4);
    size_t c = deck_side_role(&d, DECK_ROLE_CLIENT);
    size_t p = deck_side_role(&d, DECK_ROLE_PROFESSIONAL);
    session_seat pair[] = {{.side = DECK_ROLE_CLIENT, .role = c}, {.side = DECK_ROLE_PROFESSIONAL, .role = p}};
    session_seat three[] = {{.side = DECK_ROLE_CLIENT, .role = c}, {.side = DECK_ROLE_CLIENT, .role = c},
                            {.side = DECK_ROLE_CLIENT, .role = c}, {.side = DECK_ROLE_PROFESSIONAL, .role = p}};
    session_seat backwards[] = {{.side = DECK_ROLE_PROFESSIONAL, .role = p},
                                {.side = DECK_ROLE_CLIENT, .role = c}};
    char why[256];
    CHECK(mode_check_seats(table, pair, 2, why, sizeof why));
    CHECK(!mode_check_seats(table, three, 4, why, sizeof why));
    CHECK(mode_check_seats(family, three, 4, why, sizeof why));
    CHECK(!mode_check_seats(family, pair, 2, why, sizeof why));
    CHECK(!mode_check_seats(table, backwards, 2, why, sizeof why));
    /* a round made from sides alone is that row's */
    size_t cards[] = {0, 1};
    deck_role sides[] = {DECK_ROLE_CLIENT, DECK_ROLE_PROFESSIONAL};
    session s;
    CHECK_INT(session_new(&s, &d, 0, cards, 2, sides, 2, 1), SESSION_OK);
    CHECK_STR(s.mode, mode_stored_id(mode_implied()));
    CHECK_STR(s.mode, "table");
    session_free(&s);
    deck_free(&d);
}

/* The menus are generated from the rows: the start screen's "who plays"
 * values (a row of people once per number it allows) and the row a
 * command line's --mode and shortcuts pick. */
static void test_menus_from_rows(void)
{
    mode_choice c[MODE_MAX_CHOICES];
    size_t n = mode_choices(c, MODE_MAX_CHOICES), want = 0;
    for (size_t i = 0; i < mode_count(); i++) {
        const mode_def *m = mode_at(i);
        if (m->listed && m->available)
            want += mode_counts_people(m)
                        ? (size_t)(mode_side_max(m, DECK_ROLE_CLIENT) -
                                   mode_side_min(m, DECK_ROLE_CLIENT) + 1)
                        : 1;
        /* a listed row has words for the start screen */
        CHECK_MSG(!m->listed || m->label, "%s has no label", m->id);
    }
    CHECK_INT(n, want);
    /* the row as players know it: 1 to 4 people, training two ways,
     * guessing each other, a workshop two ways */
    const char *order[] = {"table", "family", "family", "family", "training",
                           "solo", "guess", "workshop", "workshop-hands"};
    const int people[] = {1, 2, 3, 4, 0, 0, 1, 0, 0};
    CHECK_INT(n, 9);
    for (size_t i = 0; i < n && i < 9; i++) {
        CHECK_STR(c[i].mode->id, order[i]);
        CHECK_INT(c[i].people, people[i]);
    }
    /* a variant is stored as its base: the seats say that they guessed */
    CHECK_STR(mode_stored_id(mode_find("guess")), "table");
    CHECK_STR(mode_stored_id(mode_find("workshop-hands")), "workshop-hands");
    struct {
        const char *chosen, *flag;
        bool with_case, with_teams;
        int people;
        const char *want; /* NULL: refused, "": left to the start screen */
    } picks[] = {
        {NULL, NULL, false, false, 0, ""},
        {NULL, NULL, false, false, 3, "family"},
        {"table", NULL, false, false, 0, "table"},
        {NULL, "solo", false, false, 0, "solo"},
        {NULL, "solo", true, false, 0, "solo"},
        {"training", "solo", true, false, 0, "solo"},
        {NULL, NULL, true, false, 0, "training"},
        {"family", NULL, true, false, 0, NULL},
        {"table", "solo", false, false, 0, NULL},
        {NULL, "guess", false, false, 0, "guess"},
        {NULL, "guess", false, false, 2, "family-guess"},
        {"family", "guess", false, false, 0, "family-guess"},
        {"training", "guess", false, false, 0, NULL},
        {NULL, "hands", false, false, 0, "workshop-hands"},
        {"workshop", "hands", false, false, 0, "workshop-hands"},
        {NULL, NULL, false, true, 0, "workshop"},
        {NULL, "hands", false, true, 0, NULL},
        {"poker", NULL, false, false, 0, NULL},
    };
    for (size_t i = 0; i < sizeof picks / sizeof picks[0]; i++) {
        mode_request q = {.chosen = picks[i].chosen,
                          .with_case = picks[i].with_case,
                          .with_teams = picks[i].with_teams,
                          .people = picks[i].people};
        if (picks[i].flag)
            q.flags[q.flag_count++] = picks[i].flag;
        const mode_def *m = NULL;
        char why[256] = "";
        bool ok = mode_pick(&q, &m, why, sizeof why);
        CHECK_MSG(ok == (picks[i].want != NULL), "pick %zu: %s", i, why);
        if (ok && picks[i].want)
            CHECK_STR(m ? m->id : "", picks[i].want);
        /* a refusal names what goes together */
        CHECK_MSG(ok || strstr(why, "--") != NULL, "pick %zu: %s", i, why);
    }
}

static void test_table_flow(void)
{
    deck d;
    fixture_deck(&d, 5, "pn", 2);
    const mode_def *m = mode_find("table");
    size_t cards[] = {0, 1};
    deck_role players[] = {DECK_ROLE_CLIENT, DECK_ROLE_PROFESSIONAL};
    session s;
    CHECK_INT(session_new(&s, &d, 0, cards, 2, players, 2, 0), SESSION_OK);
    CHECK_STR(s.mode, "table");
    flow f = flow_now(&s, m);
    CHECK_INT(f.step, FLOW_DEAL);
    CHECK_INT(f.seat, 0);
    fixture_act(&s, SESSION_ACTION_PLACE, 0, 3);
    f = flow_now(&s, m);
    CHECK_INT(f.step, FLOW_ANSWER);
    CHECK_INT(f.seat, 1);
    CHECK(f.handover); /* the client's token lies face down */
    fixture_act(&s, SESSION_ACTION_PLACE, 1, 1);
    CHECK_INT(flow_now(&s, m).step, FLOW_READY);
    fixture_act(&s, SESSION_ACTION_REVEAL, 0, 0);
    CHECK_INT(flow_now(&s, m).step, FLOW_TALK);
    fixture_act(&s, SESSION_ACTION_NEXT, 0, 0);
    CHECK_INT(flow_now(&s, m).step, FLOW_DEAL);
    fixture_act(&s, SESSION_ACTION_SKIP, 0, 0);
    CHECK_INT(flow_now(&s, m).step, FLOW_BOARD);
    CHECK(!flow_alone(&s, m)); /* the ready screen: both look at it */
    session_free(&s);
    deck_free(&d);
}

static void test_family_flow(void)
{
    deck d;
    fixture_deck(&d, 5, "p", 1);
    const mode_def *m = mode_find("family");
    size_t c = deck_side_role(&d, DECK_ROLE_CLIENT);
    size_t p = deck_side_role(&d, DECK_ROLE_PROFESSIONAL);
    session_seat seats[] = {{.side = DECK_ROLE_CLIENT, .role = c}, {.side = DECK_ROLE_CLIENT, .role = c},
                            {.side = DECK_ROLE_CLIENT, .role = c}, {.side = DECK_ROLE_PROFESSIONAL, .role = p}};
    size_t cards[] = {0};
    session s;
    CHECK_INT(session_new_seats(&s, &d, 0, cards, 1, seats, 4, "family", 0),
              SESSION_OK);
    CHECK_STR(s.mode, "family");
    /* each seat in turn, each after a hand-over */
    for (size_t seat = 0; seat < 4; seat++) {
        flow f = flow_now(&s, m);
        CHECK_INT(f.step, seat == 0 ? FLOW_DEAL : FLOW_ANSWER);
        CHECK_INT(f.seat, seat);
        CHECK(f.handover == (seat > 0));
        CHECK_INT(fixture_act(&s, SESSION_ACTION_PLACE, seat, seat), SESSION_OK);
    }
    CHECK_INT(flow_now(&s, m).step, FLOW_READY);
    /* a take-back gives that seat its turn again */
    CHECK_INT(fixture_act(&s, SESSION_ACTION_TAKE_BACK, 2, 0), SESSION_OK);
    flow f = flow_now(&s, m);
    CHECK_INT(f.step, FLOW_ANSWER);
    CHECK_INT(f.seat, 2);
    CHECK(session_is_consistent(&s));

    /* a seat in a role of the other side is refused and changes nothing */
    session bad;
    session_seat wrong[] = {{.side = DECK_ROLE_CLIENT, .role = p}, {.side = DECK_ROLE_PROFESSIONAL, .role = p}};
    CHECK_INT(session_new_seats(&bad, &d, 0, cards, 1, wrong, 2, "family", 0),
              SESSION_ERR_BAD_SETUP);
    CHECK(bad.rounds == NULL);
    session_free(&s);
    deck_free(&d);
}

/* Training: the client answers, the professional answers and then
 * guesses the client's answer; a guess is hidden like a token, a
 * take-back takes both, and the card turns when both are in. */
static void test_training_flow(void)
{
    deck d;
    fixture_deck(&d, 5, "p", 1);
    const mode_def *m = mode_find("training");
    session_seat seats[2];
    size_t n = 0;
    char why[256];
    CHECK(mode_make_seats(m, &d, "", 1, seats, &n, why, sizeof why));
    CHECK_INT(n, 2);
    CHECK(!seats[0].predicts && seats[1].predicts);
    size_t cards[] = {0};
    session s;
    CHECK_INT(session_new_seats(&s, &d, 0, cards, 1, seats, n, "training", 0),
              SESSION_OK);
    CHECK(session_has_predictions(&s));
    flow f = flow_now(&s, m);
    CHECK(f.step == FLOW_DEAL && f.seat == 0 && f.answers == MODE_ANSWER_OWN);
    /* the client may not guess */
    CHECK_INT(fixture_act(&s, SESSION_ACTION_PREDICT, 0, 1), SESSION_ERR_BAD_PLAYER);
    CHECK_INT(fixture_act(&s, SESSION_ACTION_PLACE, 0, 3), SESSION_OK);
    f = flow_now(&s, m);
    CHECK(f.step == FLOW_ANSWER && f.seat == 1 && f.handover &&
          f.answers == MODE_ANSWER_OWN);
    CHECK_INT(fixture_act(&s, SESSION_ACTION_PLACE, 1, 4), SESSION_OK);
    f = flow_now(&s, m);
    /* the same person guesses next: no hand-over in between */
    CHECK(f.step == FLOW_ANSWER && f.seat == 1 && !f.handover &&
          f.answers == MODE_ANSWER_PREDICT);
    CHECK_INT(fixture_act(&s, SESSION_ACTION_REVEAL, 0, 0), SESSION_ERR_NOT_ALL_PLACED);
    CHECK_INT(fixture_act(&s, SESSION_ACTION_PREDICT, 1, 2), SESSION_OK);
    CHECK_INT(fixture_act(&s, SESSION_ACTION_PREDICT, 1, 2), SESSION_ERR_ALREADY_PLACED);
    CHECK_INT(flow_now(&s, m).step, FLOW_READY);
    CHECK_INT(fixture_act(&s, SESSION_ACTION_TAKE_BACK, 1, 0), SESSION_OK);
    CHECK(s.rounds[0].answer[1] == SESSION_NO_ANSWER &&
          s.rounds[0].predict[1] == SESSION_NO_ANSWER);
    CHECK_INT(fixture_act(&s, SESSION_ACTION_PLACE, 1, 4), SESSION_OK);
    CHECK_INT(fixture_act(&s, SESSION_ACTION_PREDICT, 1, 2), SESSION_OK);
    CHECK_INT(fixture_act(&s, SESSION_ACTION_REVEAL, 0, 0), SESSION_OK);
    CHECK(session_is_consistent(&s));
    CHECK_INT(flow_now(&s, m).step, FLOW_TALK);
    CHECK(!flow_alone(&s, m)); /* two students look together */
    session_free(&s);

    /* alone: the case's seat is no person, so nobody hands over */
    const mode_def *solo = mode_find("solo");
    CHECK(mode_make_seats(solo, &d, "", 1, seats, &n, why, sizeof why));
    CHECK_INT(session_new_seats(&s, &d, 0, cards, 1, seats, n, "solo", 0),
              SESSION_OK);
    CHECK_INT(fixture_act(&s, SESSION_ACTION_PLACE, 0, 0), SESSION_OK);
    f = flow_now(&s, solo);
    CHECK(f.step == FLOW_ANSWER && f.seat == 1 && !f.handover);
    CHECK(flow_alone(&s, solo)); /* no "look at the screen together" */
    CHECK(session_set_labels(&s, "reclassering-sam", "klas-3B"));
    CHECK(!session_set_labels(&s, "Sam!", NULL));
    CHECK(!session_set_labels(&s, NULL, "a group code far too long"));
    CHECK_STR(s.case_id, "reclassering-sam");
    session_free(&s);
    deck_free(&d);
}

/* Roles remembered from the youth deck do not block another deck: they
 * become that deck's client role (the monkey found a start that failed). */
static void test_remembered_roles(void)
{
    deck d;
    fixture_deck(&d, 5, "p", 1);
    char out[128];
    mode_known_roles(&d, "jongere,client,ouder", out, sizeof out);
    CHECK_STR(out, ",client,");
    session_seat seats[SESSION_MAX_PLAYERS];
    size_t n = 0;
    char why[256];
    CHECK(mode_make_seats(mode_find("family"), &d, out, 3, seats, &n, why,
                          sizeof why));
    CHECK_INT(n, 4);
    CHECK(!mode_make_seats(mode_find("family"), &d, "jongere", 2, seats, &n,
                           why, sizeof why));
    CHECK(strstr(why, "jongere") != NULL);
    deck_free(&d);
}

int main(void)
{
    test_remembered_roles();
    test_modes_are_rows();
    test_menus_from_rows();
    test_table_flow();
    test_family_flow();
    test_training_flow();
    return check_report();
}
