/* Damaged workshop result files are refused, each with a message at
 * the file, line and column of the damage: counts out of range or of the
 * wrong length, counts for a seat without a show of hands, a bad team
 * name, a revote on a skipped card, an open revote not in play. */
#include <stdlib.h>
#include <string.h>

#include "workshop_rounds.h"

/* The 1-based line where needle first stands in text, or 0. */
static int line_of(const char *text, const char *needle)
{
    const char *at = strstr(text, needle);
    if (!at)
        return 0;
    int line = 1;
    for (const char *p = text; p < at; p++)
        line += *p == '\n';
    return line;
}

typedef struct {
    const char *from, *to; /* the damage */
    const char *want;      /* in the message */
    const char *at;        /* the error's line holds this (NULL: to's) */
} damage;

/* Each damaged text is refused, the message printed as FILE:LINE:COL
 * at the line of the damage. */
static void check_refused(const char *text, const damage *cases, size_t n,
                          const char *what)
{
    for (size_t i = 0; i < n; i++) {
        char *bad = replace(text, cases[i].from, cases[i].to);
        const char *at = cases[i].at ? cases[i].at : cases[i].to;
        int line = line_of(bad, at);
        CHECK_MSG(line > 0, "%s %zu: '%s' not in the damaged file", what, i + 1, at);
        error_list errors;
        error_list_init(&errors);
        deck d;
        session s;
        bool ok = result_read_buffer("bad-workshop.yaml", bad, strlen(bad), &d, &s, &errors);
        CHECK_MSG(!ok, "%s %zu was accepted", what, i + 1);
        if (ok) {
            session_free(&s);
            deck_free(&d);
        }
        FILE *f = tmpfile();
        CHECK(f != NULL);
        if (f) {
            error_print(&errors, f);
            char *printed = check_slurp(f);
            fclose(f);
            char where[64];
            snprintf(where, sizeof where, "bad-workshop.yaml:%d:", line);
            const char *hit = strstr(printed, cases[i].want);
            /* the message's own line starts with the file, line and column */
            const char *start = hit;
            while (start && start > printed && start[-1] != '\n')
                start--;
            CHECK_MSG(hit && strncmp(start, where, strlen(where)) == 0 &&
                          strstr(start, ": error: ") != NULL,
                      "%s %zu: want '%s' at %s in:\n%s", what, i + 1, cases[i].want,
                      where, printed);
            free(printed);
        }
        error_list_free(&errors);
        free(bad);
    }
}

static void test_damaged(const deck *d)
{
    session s;
    make_hands(d, &s);
    char *text = emit(&s);
    session_free(&s);
    const char *client_seat = "- {side: client, role: client, hands: true}";
    const char *pro_seat = "- {side: professional, role: professional, hands: true}";
    const damage hands_cases[] = {
        {"[0, 999, 3, 1, 0]", "[0, 1000, 3, 1, 0]", "must be a whole number from 0 to 999", NULL},
        {"[0, 999, 3, 1, 0]", "[0, -1, 3, 1, 0]", "must be a whole number from 0 to 999", NULL},
        {"[0, 999, 3, 1, 0]", "[0, x, 3, 1, 0]", "must be a whole number from 0 to 999", NULL},
        {"[0, 999, 3, 1, 0]", "[0, 999, 3, 1]", "must list one count per option (5)", NULL},
        {"[0, 999, 3, 1, 0]", "[0, 999, 3, 1, 0, 0]", "must list one count per option (5)", NULL},
        {"[0, 999, 3, 1, 0]", "{a: 1}", "must list one count per option (5)", NULL},
        /* counts for a side whose seat gives no show of hands */
        {pro_seat, "- {side: professional, role: professional}",
         "has the professional side, but no player on that side gives a show of hands",
         "counts: {client: [0, 999"},
        {", professional: [999, 0, 0, 0, 999]}", "}", "missing key 'professional' in 'counts'",
         "counts: {client: [0, 999"},
        {"{client: [0, 999", "{klant: [0, 999", "a side is client or professional", NULL},
        {"  counts: {client: [1, 2, 3, 4, 5], professional: ~}\n", "",
         "missing key 'counts' in card 'c1'", "- id: c1"},
        {"{client: [1, 2, 3, 4, 5], professional: ~}", "[1, 2, 3, 4, 5]",
         "'counts' in card 'c1' must map", NULL},
        {"  answers: [~, ~]\n  values: [~, ~]\n  counts: {client: [1, 2",
         "  answers: [1, ~]\n  values: [0, ~]\n  counts: {client: [1, 2",
         "player 1 gives a show of hands", "  answers: [1, ~]"},
        {pro_seat, "- {side: client, role: client, hands: true}",
         "players 1 and 2 both give the client side's show of hands", "hands: true}\nscale:"},
        {client_seat, "- {side: client, role: client, hands: yes}",
         "'hands' of player 1 must be true or false", NULL},
        {client_seat, "- {side: client, role: client, predicts: true, hands: true}",
         "cannot also guess", NULL},
        {"  state: skipped\n", "  state: skipped\n  counts: {client: ~, professional: ~}\n",
         "was skipped or kept out, so it has no 'counts'", "  counts: {client: ~, professional: ~}"},
        {"  revote:\n    answers: [~, ~]", "  revote:\n    answers: [~, ~]\n    remark: x",
         "unknown key 'remark' in the revote of card 'c0'", "    remark: x"},
    };
    check_refused(text, hands_cases, sizeof hands_cases / sizeof hands_cases[0], "hands");
    free(text);

    make_teams(d, &s);
    text = emit(&s);
    session_free(&s);
    const damage teams_cases[] = {
        {"team: \"Noord: #1\"", "team: \" Noord\"", "'team' of player 2 must be a team's name",
         NULL},
        {"team: \"Noord: #1\"", "team: \"Een naam die veel te lang is\"",
         "'team' of player 2 must be a team's name", NULL},
        {"team: \"Noord: #1\"", "team: \"\"", "'team' of player 2 must be a team's name", NULL},
        {"team: \"Noord: #1\"", "team: \"Noord\\tZuid\"", "'team' of player 2 must be a team's name",
         NULL},
        {"team: \"Noord: #1\"", "team: [Noord]", "'team' of player 2 must be a team's name", NULL},
        {"team: \"Noord: #1\"", "team: \"Noord\\0\"", "'team' of player 2 must be a team's name",
         NULL},
        /* a skipped card was never answered, so never answered again */
        {"  state: skipped\n",
         "  state: skipped\n  revote: {answers: [~, ~, ~], values: [~, ~, ~]}\n",
         "card 'c2' was skipped or kept out, so it has no 'revote'", "  revote: {answers"},
        {"  marked: true\n", "  marked: true\n  counts: {client: [1, 1, 1, 1, 1]}\n",
         "has 'counts', but no player gives a show of hands", "  counts: {client: [1,"},
        {"  revote:\n    answers: [3, 3, 3]\n    values: [20, 20, 20]\n",
         "  revote: [3, 3, 3]\n", "'revote' in card 'c0' must be a mapping", NULL},
        {"    answers: [3, 3, 3]\n    values: [20, 20, 20]\n",
         "    answers: [3, 3]\n    values: [20, 20]\n",
         "the revote of card 'c0' must have one answer and one value per player", NULL},
        {"    values: [20, 20, 20]\n", "    values: [20, 20, 30]\n",
         "the value in the revote of card 'c0' does not match answer 3", NULL},
    };
    check_refused(text, teams_cases, sizeof teams_cases / sizeof teams_cases[0], "teams");

    /* Only a way to play that can turn a card early may miss an answer on
     * a turned card; the table game's files are judged as they always
     * were. */
    char *table = replace(text, "mode: workshop\n", "mode: table\n");
    deck rd;
    session rs;
    error_list errors;
    error_list_init(&errors);
    CHECK(!result_read_buffer("table.yaml", table, strlen(table), &rd, &rs, &errors));
    CHECK(errors.count >= 1 && strstr(errors.items[0].message, "do not fit together"));
    error_list_free(&errors);
    free(table);
    free(text);

    /* an open revote belongs to the card in play alone; a card after it
     * turned is a workshop's going back, not the table's */
    size_t cards[] = {0, 1, 2};
    new_teams(d, "A,B", cards, 3, &s);
    act(&s, SESSION_ACTION_PLACE, 0, 1);
    act(&s, SESSION_ACTION_PLACE, 1, 1);
    act(&s, SESSION_ACTION_REVEAL, 0, 0);
    act(&s, SESSION_ACTION_NEXT, 0, 0);
    act(&s, SESSION_ACTION_PLACE, 0, 2);
    act(&s, SESSION_ACTION_PLACE, 1, 2);
    act(&s, SESSION_ACTION_REVEAL, 0, 0);
    act(&s, SESSION_ACTION_REVOTE, 0, 0);
    text = emit(&s);
    session_free(&s);
    CHECK(strstr(text, "in_play: 2\n") != NULL);
    const damage open_cases[] = {
        {"in_play: 2\n", "in_play: 1\n", "card 2 has its revote still open", "  revote:"},
        {"mode: workshop\n", "mode: table\n", "after it was already played", "in_play: 1"},
    };
    char *two = replace(text, "in_play: 2\n", "in_play: 1\n");
    /* turned before the facilitator went back: read, in a workshop */
    char *first = replace(two, "  revote:\n    answers: [~, ~]\n    values: [~, ~]\n", "");
    char *turned = replace(first, "- id: c1\n  dimension: d1\n  client: Ik 1\n  professional: "
                                  "Jij 1\n  state: open", "- id: c1\n  dimension: d1\n  client: "
                                  "Ik 1\n  professional: Jij 1\n  state: revealed");
    error_list_init(&errors);
    CHECK(result_read_buffer("back.yaml", turned, strlen(turned), &rd, &rs, &errors));
    error_print(&errors, stderr);
    if (errors.count == 0) {
        CHECK_INT(rs.current, 0);
        CHECK_INT(rs.rounds[1].state, SESSION_CARD_REVEALED);
        session_free(&rs);
        deck_free(&rd);
    }
    error_list_free(&errors);
    check_refused(text, open_cases, 1, "open revote");
    check_refused(turned, open_cases + 1, 1, "table");
    free(turned);
    free(first);
    free(two);
    free(text);
}

int main(void)
{
    deck d;
    fixture_deck(&d, 5, "pn", 6);
    test_damaged(&d);
    deck_free(&d);
    return check_report();
}
