/* session_check: the rules' invariants (session.h's
 * session_is_consistent), for tests, the monkey and every file read back:
 * each seat in a role of its side, the rounds before the card in play
 * done, a vote's answers and counts fitting the seats, and a revote's
 * first vote kept whole. Above session.c and session_group.c: it reads
 * what both keep, and neither calls it. */
#include "session.h"

/* One vote's answers and counts fit the seats; complete: every seat
 * answered (a turned card that was not turned early). */
static bool vote_consistent(const session *s, const int *answer,
                            const bool *counted,
                            const uint16_t (*counts)[DECK_MAX_OPTIONS],
                            const uint8_t *typed, bool complete, bool empty)
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
        /* half typed: only a show of hands not given yet, on an open
         * card, and never past the scale */
        size_t half = typed ? typed[p] : 0;
        if (half && (!hands || counted[p] || empty || complete ||
                     half > s->deck->option_count))
            return false;
        for (size_t o = 0; o < DECK_MAX_OPTIONS; o++) {
            bool on_scale = o < s->deck->option_count;
            if (counts[p][o] > SESSION_MAX_COUNT ||
                (counts[p][o] && ((!counted[p] && o >= half) || !on_scale)))
                return false;
        }
    }
    return true;
}

static bool session_round_consistent(const session *s,
                                     const session_round *r, bool untouched)
{
    bool skipped = r->state == SESSION_CARD_SKIPPED;
    bool revealed = r->state == SESSION_CARD_REVEALED;
    for (size_t p = 0; revealed && p < SESSION_MAX_PLAYERS; p++)
        if (r->typed[p])
            return false; /* turned: a side is counted or it is not */
    if (!vote_consistent(s, r->answer, r->counted, r->counts,
                         revealed ? NULL : r->typed, revealed && !r->early,
                         skipped || untouched))
        return false;
    if (r->early && !revealed)
        return false;
    if (r->revoted && !vote_consistent(s, r->first.answer, r->first.counted,
                                       r->first.counts, NULL,
                                       !r->first.early, false))
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

bool session_is_consistent(const session *s)
{
    if (!s->deck || s->player_count < 1 || s->player_count > SESSION_MAX_PLAYERS)
        return false;
    /* every seat in a role of the deck on its own side (a result file's
     * deck gets its roles after this check) */
    for (size_t p = 0; p < s->player_count && s->deck->role_count > 0; p++)
        if (s->roles[p] >= s->deck->role_count ||
            s->deck->roles[s->roles[p]].side != s->players[p])
            return false;
    if (s->current > s->round_count)
        return false;
    for (size_t p = 0; p < s->player_count; p++)
        if (s->seat_language[p] >= s->deck->language_count ||
            (s->hands[p] && s->predicts[p]) ||
            (s->team[p][0] && !session_team_valid(s->team[p])))
            return false;
    for (size_t i = 0; i < s->round_count; i++) {
        const session_round *r = &s->rounds[i];
        if (r->card >= s->deck->card_count)
            return false;
        /* Rounds before the current one are done. After it, untouched,
         * or turned before the facilitator went back (a skipped card
         * opens again when back passes it). */
        bool after = i > s->current;
        bool untouched = after && r->state == SESSION_CARD_OPEN;
        if (i < s->current && r->state == SESSION_CARD_OPEN)
            return false;
        if (after && r->state == SESSION_CARD_SKIPPED)
            return false;
        if (untouched && (r->marked || r->revoted))
            return false;
        if (!session_round_consistent(s, r, untouched))
            return false;
        if (r->revoted && r->state == SESSION_CARD_SKIPPED)
            return false;
        if (r->marked && r->state != SESSION_CARD_REVEALED)
            return false;
        /* kept out: turned in play, or read back without its answers */
        if (r->kept_out && (r->marked || r->state == SESSION_CARD_OPEN))
            return false;
    }
    return true;
}
