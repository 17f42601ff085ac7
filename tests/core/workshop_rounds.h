/* workshop_rounds: the workshop rounds the result tests write, read and
 * damage (test_result_workshop.c, test_result_workshop_damaged.c), built
 * through session_apply as the game plays them. */
#ifndef ALLIANTIESPEL_TEST_WORKSHOP_ROUNDS_H
#define ALLIANTIESPEL_TEST_WORKSHOP_ROUNDS_H

#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "mode.h"
#include "result.h"
#include "result_files.h"
#include "session.h"

#define START 1764079200 /* 2025-11-25T14:00:00Z */

/* One action that must be accepted. */
static inline void act(session *s, session_action_type type, size_t player,
                size_t option)
{
    session_action a = {.type = type, .player = player, .option = option};
    session_status st = session_apply(s, a, START + 60);
    CHECK_MSG(st == SESSION_OK, "action %d: %s", (int)type,
              session_status_message(st));
}

static inline void hands(session *s, size_t seat, unsigned a, unsigned b, unsigned c,
                  unsigned d, unsigned e)
{
    session_action x = {.type = SESSION_ACTION_COUNT, .player = seat,
                        .counts = {a, b, c, d, e}};
    session_status st = session_apply(s, x, START + 60);
    CHECK_MSG(st == SESSION_OK, "count: %s", session_status_message(st));
}

static inline void place_all(session *s, size_t a, size_t b, size_t c)
{
    act(s, SESSION_ACTION_PLACE, 0, a);
    act(s, SESSION_ACTION_PLACE, 1, b);
    act(s, SESSION_ACTION_PLACE, 2, c);
}

/* Teams whose names need quoting in YAML (':', '#', '"', '\'). */
static inline void new_teams(const deck *d, const char *names, const size_t *cards,
                      size_t n, session *s)
{
    const mode_def *m = mode_find("workshop");
    session_seat seats[SESSION_MAX_PLAYERS];
    size_t count = 0;
    char why[256] = "";
    CHECK_MSG(mode_make_teams(m, d, names, seats, &count, why, sizeof why), "%s", why);
    CHECK_INT(session_new_seats(s, d, 0, cards, n, seats, count, m->id, START),
              SESSION_OK);
}

static inline void new_hands(const deck *d, const size_t *cards, size_t n, session *s)
{
    const mode_def *m = mode_find("workshop-hands");
    session_seat seats[SESSION_MAX_PLAYERS];
    size_t count = 0;
    char why[256] = "";
    CHECK_MSG(mode_make_seats(m, d, "", 1, seats, &count, why, sizeof why), "%s", why);
    CHECK_INT(session_new_seats(s, d, 0, cards, n, seats, count, m->id, START),
              SESSION_OK);
}

/* Three teams, finished (tests/data/results/workshop-teams.yaml): card 1
 * turned before the third team answered, then voted again by all; card 2
 * marked; card 3 skipped; card 4 turned early and its revote turned early
 * too. */
static inline void make_teams(const deck *d, session *s)
{
    size_t cards[] = {0, 1, 2, 3};
    new_teams(d, "client:Ervaring,Noord: #1,\"Zuid\" \\ #2", cards, 4, s);
    act(s, SESSION_ACTION_PLACE, 0, 1);
    act(s, SESSION_ACTION_PLACE, 1, 3);
    act(s, SESSION_ACTION_REVEAL_NOW, 0, 0);
    act(s, SESSION_ACTION_REVOTE, 0, 0);
    place_all(s, 2, 2, 2);
    act(s, SESSION_ACTION_REVEAL, 0, 0);
    act(s, SESSION_ACTION_NEXT, 0, 0);
    place_all(s, 0, 4, 2);
    act(s, SESSION_ACTION_REVEAL, 0, 0);
    act(s, SESSION_ACTION_MARK, 0, 0);
    act(s, SESSION_ACTION_NEXT, 0, 0);
    act(s, SESSION_ACTION_SKIP, 0, 0);
    act(s, SESSION_ACTION_PLACE, 0, 0);
    act(s, SESSION_ACTION_REVEAL_NOW, 0, 0);
    act(s, SESSION_ACTION_REVOTE, 0, 0);
    act(s, SESSION_ACTION_PLACE, 0, 1);
    act(s, SESSION_ACTION_PLACE, 1, 1);
    act(s, SESSION_ACTION_REVEAL_NOW, 0, 0);
    act(s, SESSION_ACTION_NEXT, 0, 0);
    CHECK(session_finished(s));
    CHECK(session_is_consistent(s));
}

/* A show of hands per side, finished: card 1 counted (0 and 999), then
 * voted again and turned before the professionals were counted; card 2
 * turned early; card 3 skipped. */
static inline void make_hands(const deck *d, session *s)
{
    size_t cards[] = {0, 1, 2};
    new_hands(d, cards, 3, s);
    hands(s, 0, 0, 999, 3, 1, 0);
    hands(s, 1, 999, 0, 0, 0, 999);
    act(s, SESSION_ACTION_REVEAL, 0, 0);
    act(s, SESSION_ACTION_REVOTE, 0, 0);
    hands(s, 0, 0, 0, 10, 0, 0);
    act(s, SESSION_ACTION_REVEAL_NOW, 0, 0);
    act(s, SESSION_ACTION_NEXT, 0, 0);
    hands(s, 0, 1, 2, 3, 4, 5);
    act(s, SESSION_ACTION_REVEAL_NOW, 0, 0);
    act(s, SESSION_ACTION_NEXT, 0, 0);
    act(s, SESSION_ACTION_SKIP, 0, 0);
    CHECK(session_finished(s));
    CHECK(session_is_consistent(s));
}

/* A show of hands stopped half way (tests/data/results/workshop-hands.yaml):
 * three cards played, then back twice to the second, turned early, and
 * the room voting on it again; the third stays turned after it. */
static inline void make_hands_in_play(const deck *d, session *s)
{
    size_t cards[] = {0, 1, 2, 3};
    new_hands(d, cards, 4, s);
    hands(s, 0, 0, 999, 3, 1, 0);
    hands(s, 1, 999, 0, 0, 0, 0);
    act(s, SESSION_ACTION_REVEAL, 0, 0);
    act(s, SESSION_ACTION_NEXT, 0, 0);
    hands(s, 1, 0, 0, 7, 0, 0);
    act(s, SESSION_ACTION_REVEAL_NOW, 0, 0);
    act(s, SESSION_ACTION_NEXT, 0, 0);
    hands(s, 0, 2, 2, 2, 2, 2);
    hands(s, 1, 1, 1, 1, 1, 1);
    act(s, SESSION_ACTION_REVEAL, 0, 0);
    act(s, SESSION_ACTION_NEXT, 0, 0);
    act(s, SESSION_ACTION_BACK, 0, 0);
    act(s, SESSION_ACTION_BACK, 0, 0);
    act(s, SESSION_ACTION_REVOTE, 0, 0);
    hands(s, 0, 0, 0, 0, 12, 0);
    CHECK_INT(s->current, 1);
    CHECK(session_is_consistent(s));
}

static inline char *csv_of(const session *s)
{
    FILE *f = tmpfile();
    CHECK(f != NULL);
    if (!f)
        return strdup("");
    CHECK(result_write_csv(f, s));
    char *text = check_slurp(f);
    fclose(f);
    return text;
}


#endif
