/* session_group: the rules a group needs on top of the table's (see
 * session.h): a show of hands counted by the facilitator, turning a card
 * before every team has answered, voting again after the talk, going
 * back a card, and the teams' names. Like session.c, every action is
 * checked first and changes nothing when refused. */
#include "session.h"
#include "session_private.h"

#include <stdio.h>
#include <string.h>

#include "utf8.h"

session_status session_count(session *s, size_t player,
                             const unsigned *counts, size_t count)
{
    session_round *r = session_round_now(s);
    if (!r)
        return SESSION_ERR_FINISHED;
    if (player >= s->player_count || !s->hands[player])
        return SESSION_ERR_BAD_PLAYER;
    if (r->state != SESSION_CARD_OPEN)
        return SESSION_ERR_REVEALED;
    if (r->counted[player])
        return SESSION_ERR_ALREADY_PLACED;
    if (counts == NULL || count != s->deck->option_count)
        return SESSION_ERR_BAD_COUNT;
    for (size_t o = 0; o < count; o++)
        if (counts[o] > SESSION_MAX_COUNT)
            return SESSION_ERR_BAD_COUNT;
    for (size_t o = 0; o < count; o++)
        r->counts[player][o] = (uint16_t)counts[o];
    r->counted[player] = true;
    return SESSION_OK;
}

session_status session_reveal_now(session *s)
{
    session_round *r = session_round_now(s);
    if (!r)
        return SESSION_ERR_FINISHED;
    if (r->state != SESSION_CARD_OPEN)
        return SESSION_ERR_REVEALED;
    r->early = !session_all_placed(s);
    r->state = SESSION_CARD_REVEALED;
    return SESSION_OK;
}

session_status session_revote(session *s)
{
    session_round *r;
    session_status st = session_talked_round(s, &r);
    if (st != SESSION_OK)
        return st;
    /* the first vote is what the room thought before the talk: a second
     * revote replaces the revote, never the first */
    if (!r->revoted) {
        memcpy(r->first.answer, r->answer, sizeof r->first.answer);
        memcpy(r->first.counted, r->counted, sizeof r->first.counted);
        memcpy(r->first.counts, r->counts, sizeof r->first.counts);
        r->first.early = r->early;
        r->revoted = true;
    }
    session_clear_answers(r);
    r->state = SESSION_CARD_OPEN;
    r->marked = false; /* a mark is on a turned card: mark the revote */
    return SESSION_OK;
}

session_status session_back(session *s)
{
    if (session_finished(s))
        return SESSION_ERR_FINISHED;
    if (s->current == 0)
        return SESSION_ERR_NO_EARLIER;
    session_round *r = &s->rounds[s->current];
    if (r->state == SESSION_CARD_OPEN) {
        if (r->revoted) {
            /* a revote left half way: the card stays as the first vote
             * turned it */
            memcpy(r->answer, r->first.answer, sizeof r->answer);
            memcpy(r->counted, r->first.counted, sizeof r->counted);
            memcpy(r->counts, r->first.counts, sizeof r->counts);
            r->early = r->first.early;
            r->revoted = false;
            r->state = SESSION_CARD_REVEALED;
        } else {
            session_clear_answers(r);
        }
    }
    s->current--;
    session_round *before = &s->rounds[s->current];
    if (before->state == SESSION_CARD_SKIPPED)
        before->state = SESSION_CARD_OPEN; /* skipped: it can be answered */
    return SESSION_OK;
}

bool session_team_valid(const char *name)
{
    size_t n = name ? strlen(name) : 0;
    if (n == 0 || n >= SESSION_TEAM_MAX || !utf8_valid(name, n) ||
        name[0] == ' ' || name[n - 1] == ' ')
        return false;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)name[i] < 0x20 || name[i] == 0x7f)
            return false;
    return true;
}

bool session_set_team(session *s, size_t player, const char *name)
{
    if (player >= s->player_count || !session_team_valid(name))
        return false;
    snprintf(s->team[player], sizeof s->team[player], "%s", name);
    return true;
}

unsigned session_count_total(const session_round *r, size_t player)
{
    unsigned n = 0;
    for (size_t o = 0; player < SESSION_MAX_PLAYERS && o < DECK_MAX_OPTIONS;
         o++)
        n += r->counts[player][o];
    return n;
}

bool session_has_hands(const session *s)
{
    for (size_t p = 0; p < s->player_count; p++)
        if (s->hands[p])
            return true;
    return false;
}

/* One vote's answers and counts fit the seats; complete: every seat
 * answered (a turned card that was not turned early). */
static bool vote_consistent(const session *s, const int *answer,
                            const bool *counted,
                            const uint16_t (*counts)[DECK_MAX_OPTIONS],
                            bool complete, bool empty)
{
    for (size_t p = 0; p < SESSION_MAX_PLAYERS; p++) {
        int a = answer[p];
        bool unused = p >= s->player_count;
        bool hands = !unused && s->hands[p];
        if (a != SESSION_NO_ANSWER &&
            (unused || hands || empty || a < 0 ||
             (size_t)a >= s->deck->option_count))
            return false;
        if (complete && !unused && !hands && a == SESSION_NO_ANSWER)
            return false;
        if (counted[p] && (!hands || empty))
            return false;
        if (complete && hands && !counted[p])
            return false;
        for (size_t o = 0; o < DECK_MAX_OPTIONS; o++) {
            bool on_scale = o < s->deck->option_count;
            if (counts[p][o] > SESSION_MAX_COUNT ||
                (counts[p][o] && (!counted[p] || !on_scale)))
                return false;
        }
    }
    return true;
}

bool session_round_consistent(const session *s, const session_round *r,
                              bool untouched)
{
    bool skipped = r->state == SESSION_CARD_SKIPPED;
    bool revealed = r->state == SESSION_CARD_REVEALED;
    if (!vote_consistent(s, r->answer, r->counted, r->counts,
                         revealed && !r->early, skipped || untouched))
        return false;
    if (r->early && !revealed)
        return false;
    if (r->revoted && !vote_consistent(s, r->first.answer, r->first.counted,
                                       r->first.counts, !r->first.early,
                                       false))
        return false;
    for (size_t p = 0; p < SESSION_MAX_PLAYERS; p++) {
        /* a guess only from a predicting seat, like its token */
        int g = r->predict[p];
        bool predicts = p < s->player_count && s->predicts[p];
        if (g != SESSION_NO_ANSWER &&
            (!predicts || g < 0 || (size_t)g >= s->deck->option_count))
            return false;
        if (revealed && !r->early && predicts && g == SESSION_NO_ANSWER)
            return false;
        if ((skipped || untouched) && g != SESSION_NO_ANSWER)
            return false;
    }
    return true;
}
