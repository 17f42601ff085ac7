/* session_group: the rules a group needs on top of the table's (see
 * session.h): a show of hands counted by the facilitator, turning a card
 * before every team has answered, voting again after the talk, going
 * back a card, and the teams' names. Like session.c, every action is
 * checked first and changes nothing when refused. */
#include "session.h"
#include "session_private.h"

#include <stdio.h>
#include <string.h>


/* Whether the first n counts may go to player's show of hands on the
 * card in play (n: all the options for a count given, fewer while typed):
 * SESSION_OK with *round the card, or why not. */
static session_status session_counts_ok(session *s, size_t player,
                                        const unsigned *counts, size_t n,
                                        session_round **round)
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
    if (n > s->deck->option_count || (n > 0 && counts == NULL))
        return SESSION_ERR_BAD_COUNT;
    for (size_t o = 0; o < n; o++)
        if (counts[o] > SESSION_MAX_COUNT)
            return SESSION_ERR_BAD_COUNT;
    *round = r;
    return SESSION_OK;
}

session_status session_count(session *s, size_t player,
                             const unsigned *counts, size_t count)
{
    session_round *r = NULL;
    /* given: a count for every option, no fewer (more than the options
     * is refused as a bad count, after the other checks, as before) */
    size_t n = counts != NULL && count == s->deck->option_count
                   ? count
                   : s->deck->option_count + 1;
    session_status st = session_counts_ok(s, player, counts, n, &r);
    if (st != SESSION_OK)
        return st;
    for (size_t o = 0; o < count; o++)
        r->counts[player][o] = (uint16_t)counts[o];
    r->counted[player] = true;
    r->typed[player] = 0;
    return SESSION_OK;
}

session_status session_type_counts(session *s, size_t player,
                                   const unsigned *counts, size_t n)
{
    session_round *r = NULL;
    session_status st = session_counts_ok(s, player, counts, n, &r);
    if (st != SESSION_OK)
        return st;
    memset(r->counts[player], 0, sizeof r->counts[player]);
    for (size_t o = 0; o < n; o++)
        r->counts[player][o] = (uint16_t)counts[o];
    r->typed[player] = (uint8_t)n;
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
    /* a side half typed is not counted: turned, its numbers go */
    for (size_t p = 0; p < SESSION_MAX_PLAYERS; p++)
        if (r->typed[p] && !r->counted[p]) {
            memset(r->counts[p], 0, sizeof r->counts[p]);
            r->typed[p] = 0;
        }
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
            memset(r->typed, 0, sizeof r->typed);
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
