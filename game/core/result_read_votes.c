/* result_read_votes: what a card's players gave, as a result file keeps
 * it: the answers and their values, the guesses, a show of hands' counts
 * per side, and a revote (the card's own keys then hold the first vote,
 * 'revote' the second). Once every card and in_play are read, which
 * turned cards were turned early ("reveal now") follows from what is
 * missing on them. */
#include <string.h>

#include "mode.h"
#include "result_reader.h"

/* Where one vote goes: the round's current vote, or its first vote
 * (which keeps no guesses: predict is NULL). */
typedef struct {
    int *answer;
    bool *counted;
    uint16_t (*counts)[DECK_MAX_OPTIONS];
    int *predict;
    uint8_t *typed;   /* a show of hands half typed, per seat */
    bool may_be_half; /* false for a first vote: it was given whole */
} vote_into;

/* The key itself of map[key] (a block mapping's value starts on the next
 * line: a message belongs on the key's), or NULL. */
static const ydoc_node *key_node(const ydoc_node *map, const char *key)
{
    for (size_t i = 0; map && i < ydoc_pairs(map); i++)
        if (result_reader_scalar_is(ydoc_key(map, i), key))
            return ydoc_key(map, i);
    return NULL;
}

static void read_card_answers(reader *r, const ydoc_node *card, int *answer,
                              const char *context)
{
    const deck *d = r->d;
    const session *s = r->s;
    const ydoc_node *answers = result_reader_need(r, card, "answers", YDOC_SEQUENCE, context);
    const ydoc_node *values = result_reader_need(r, card, "values", YDOC_SEQUENCE, context);
    if (!answers || !values)
        return;
    if (answers->count != s->player_count || values->count != s->player_count) {
        fail(r, answers, "%s must have one answer and one value per player (%zu)",
             context, s->player_count);
        return;
    }
    for (size_t p = 0; p < s->player_count; p++) {
        const ydoc_node *a = answers->items[p];
        const ydoc_node *v = values->items[p];
        if (result_reader_scalar_is(a, "~") && result_reader_scalar_is(v, "~"))
            continue;
        long long pos, value;
        if (s->hands[p]) {
            fail(r, a, "player %zu gives a show of hands: its answer in %s is "
                       "~, and its people are in 'counts'", p + 1, context);
            continue;
        }
        if (!result_reader_node_int(a, 1, (long long)d->option_count, &pos)) {
            fail(r, a, "an answer in %s must be a position from 1 to %zu, or ~",
                 context, d->option_count);
            continue;
        }
        if (!result_reader_node_int(v, -1000000, 1000000, &value) ||
            value != d->options[pos - 1].value) {
            fail(r, v, "the value in %s does not match answer %lld on the scale",
                 context, pos);
            continue;
        }
        answer[p] = (int)pos - 1;
    }
}

/* Format 2, training and "guess the other": each seat's guess of the
 * other side's answer, positions like answers, ~ for none. */
static void read_predictions(reader *r, const ydoc_node *card, int *predict,
                             const char *context)
{
    const session *s = r->s;
    const ydoc_node *n = ydoc_get(card, "predictions");
    if (!n)
        return;
    if (n->kind != YDOC_SEQUENCE || n->count != s->player_count) {
        fail(r, n, "'predictions' in %s must be a list with one position per "
                   "player (%zu), ~ for none", context, s->player_count);
        return;
    }
    for (size_t p = 0; p < s->player_count; p++) {
        const ydoc_node *a = n->items[p];
        long long pos;
        if (result_reader_scalar_is(a, "~"))
            continue;
        if (!result_reader_node_int(a, 1, (long long)r->d->option_count, &pos)) {
            fail(r, a, "a prediction in %s must be a position from 1 to %zu, "
                       "or ~", context, r->d->option_count);
            continue;
        }
        if (!s->predicts[p]) {
            fail(r, a, "player %zu predicts in %s, but 'players' does not say "
                       "'predicts: true' for it", p + 1, context);
            continue;
        }
        predict[p] = (int)pos - 1;
    }
}

/* One side's show of hands: a count per option, or ~ when the card was
 * turned before the side was counted. */
static void read_side_counts(reader *r, const ydoc_node *n, const char *side,
                             bool *counted, uint16_t *counts, uint8_t *typed,
                             bool may_be_half, const char *context)
{
    size_t options = r->d->option_count;
    if (result_reader_scalar_is(n, "~"))
        return;
    if (n->kind != YDOC_SEQUENCE || n->count != options) {
        fail(r, n, "'%s' in 'counts' of %s must list one count per option "
                   "(%zu), or be ~ when that side was not counted", side,
             context, options);
        return;
    }
    bool ok = true;
    /* the card in play of a show of hands half typed: the numbers typed,
     * then ~ for each option still to come */
    size_t half = options;
    while (may_be_half && half > 0 &&
           result_reader_scalar_is(n->items[half - 1], "~"))
        half--;
    for (size_t o = 0; o < half; o++) {
        long long c;
        if (!result_reader_node_int(n->items[o], 0, SESSION_MAX_COUNT, &c)) {
            fail(r, n->items[o], "a count in 'counts' of %s must be a whole "
                                 "number from 0 to %d", context, SESSION_MAX_COUNT);
            ok = false;
            continue;
        }
        counts[o] = (uint16_t)c;
    }
    if (half == options || !ok) {
        *counted = ok;
    } else if (half == 0) {
        fail(r, n, "'%s' in 'counts' of %s: a side not counted at all is ~, "
                   "not a list of ~", side, context);
    } else {
        *typed = (uint8_t)half;
    }
}

/* A show of hands per side, keyed by the side of its seat: present on
 * every card with answers once a seat gives one, never otherwise. */
static void read_counts(reader *r, const ydoc_node *card, bool *counted,
                        uint16_t (*counts)[DECK_MAX_OPTIONS], uint8_t *typed,
                        bool may_be_half, const char *context)
{
    const session *s = r->s;
    const ydoc_node *n = ydoc_get(card, "counts");
    if (!session_has_hands(s)) {
        if (n)
            fail(r, n, "%s has 'counts', but no player gives a show of hands "
                       "('hands: true')", context);
        return;
    }
    if (!n) {
        fail(r, card, "missing key 'counts' in %s: each show of hands' counts, "
                      "or ~ for a side not counted", context);
        return;
    }
    if (n->kind != YDOC_MAPPING) {
        fail(r, n, "'counts' in %s must map each side with a show of hands to "
                   "its counts", context);
        return;
    }
    for (size_t i = 0; i < ydoc_pairs(n); i++) {
        const ydoc_node *k = ydoc_key(n, i);
        bool client = result_reader_scalar_is(k, "client");
        if (!client && !result_reader_scalar_is(k, "professional"))
            fail(r, k, "'counts' in %s names '%.40s': a side is client or "
                       "professional", context,
                 k->kind == YDOC_SCALAR ? k->text : "?");
        else if (result_hands_seat(s, client ? DECK_ROLE_CLIENT
                                             : DECK_ROLE_PROFESSIONAL) < 0)
            fail(r, k, "'counts' in %s has the %s side, but no player on that "
                       "side gives a show of hands ('hands: true')", context,
                 k->text);
    }
    static const deck_role sides[] = { DECK_ROLE_CLIENT, DECK_ROLE_PROFESSIONAL };
    for (size_t i = 0; i < 2; i++) {
        int p = result_hands_seat(s, sides[i]);
        const char *side = result_side_key(sides[i]);
        const ydoc_node *v = ydoc_get(n, side);
        if (p < 0)
            continue;
        if (!v)
            fail(r, n, "missing key '%s' in 'counts' of %s: that side's "
                       "counts, or ~ when it was not counted", side, context);
        else
            read_side_counts(r, v, side, &counted[p], counts[p], &typed[p],
                             may_be_half, context);
    }
}

static void read_vote(reader *r, const ydoc_node *m, vote_into into,
                      const char *context)
{
    read_card_answers(r, m, into.answer, context);
    read_counts(r, m, into.counted, into.counts, into.typed,
                into.may_be_half, context);
    if (into.predict)
        read_predictions(r, m, into.predict, context);
    else if (ydoc_get(m, "predictions"))
        fail(r, ydoc_get(m, "predictions"), "the guesses of %s belong under "
             "'revote': only the latest vote's guesses are kept", context);
}

void result_read_votes(reader *r, const ydoc_node *card, session_round *round,
                       const char *context)
{
    vote_into now = { round->answer, round->counted, round->counts,
                      round->predict, round->typed, true };
    const ydoc_node *revote = ydoc_get(card, "revote");
    if (!revote) {
        read_vote(r, card, now, context);
        return;
    }
    if (revote->kind != YDOC_MAPPING) {
        fail(r, revote, "'revote' in %s must be a mapping with the revote's "
                        "answers and values", context);
        return;
    }
    char inner[160];
    snprintf(inner, sizeof inner, "the revote of %s", context);
    static const char *const keys[] = { "answers", "values", "counts",
                                        "predictions", NULL };
    ydoc_check_keys(r->doc, revote, keys, inner, r->errors);
    /* the card's own keys are the first vote, as the room gave it before
     * the talk; the revote is the card's answers now */
    round->revoted = true;
    for (size_t p = 0; p < SESSION_MAX_PLAYERS; p++)
        round->first.answer[p] = SESSION_NO_ANSWER;
    vote_into first = { round->first.answer, round->first.counted,
                        round->first.counts, NULL, round->typed, false };
    read_vote(r, card, first, context);
    read_vote(r, revote, now, inner);
}

void result_read_no_votes(reader *r, const ydoc_node *card, const char *context)
{
    static const char *const keys[] = { "counts", "revote" };
    for (size_t i = 0; i < 2; i++) {
        const ydoc_node *n = key_node(card, keys[i]);
        if (n)
            fail(r, n, "%s was skipped or kept out, so it has no '%s'",
                 context, keys[i]);
    }
}

/* Every seat gave what it gives on the card; predict NULL: guesses are
 * not asked (a first vote keeps none). */
static bool vote_complete(const session *s, const int *answer,
                          const bool *counted, const int *predict)
{
    for (size_t p = 0; p < s->player_count; p++) {
        if (s->hands[p] ? !counted[p]
                        : answer[p] == SESSION_NO_ANSWER ||
                              (predict && s->predicts[p] &&
                               predict[p] == SESSION_NO_ANSWER))
            return false;
    }
    return true;
}

void result_read_votes_settle(reader *r, const ydoc_node *root)
{
    session *s = r->s;
    const ydoc_node *cards = ydoc_get(root, "cards");
    /* Only a way to play that can turn a card early may miss answers on a
     * turned card; in every other, a file with a gap is refused as it
     * always was. */
    bool early = result_reader_mode_can(r, MODE_CONTROL_REVEAL_NOW);
    for (size_t i = 0; cards && i < s->round_count && i < cards->count; i++) {
        session_round *round = &s->rounds[i];
        if (round->revoted && round->state == SESSION_CARD_OPEN &&
            i != s->current)
            fail(r, key_node(cards->items[i], "revote"), "card %zu has its "
                 "revote still open ('state: open'), but only the card in "
                 "play can", i + 1);
        if (!early || round->kept_out)
            continue;
        if (round->state == SESSION_CARD_REVEALED)
            round->early = !vote_complete(s, round->answer, round->counted,
                                          round->predict);
        if (round->revoted)
            round->first.early = !vote_complete(s, round->first.answer,
                                                round->first.counted, NULL);
    }
}
