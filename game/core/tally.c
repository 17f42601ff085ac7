/* tally: see tally.h. Everything is on the caller's stack: the board asks
 * every frame, so nothing here allocates or remembers. */
#include "tally.h"

#include <math.h>
#include <string.h>

#include "score.h"

/* A change of a gap this small is no change: means are sums of whole
 * steps divided by a count, so real changes are far larger. */
#define TALLY_EPSILON 1e-9

/* Adds n people on option o, never past what spread takes. */
static void tally_add(spread_counts *c, size_t o, unsigned n)
{
    unsigned room = SPREAD_MAX_SUM - c->count[o];
    c->count[o] += n < room ? n : room;
}

bool tally_vote_of(const session *s, size_t round, bool first_vote,
                   tally_vote *out)
{
    memset(out, 0, sizeof *out);
    if (round >= s->round_count)
        return false;
    const session_round *r = &s->rounds[round];
    if (first_vote && r->revoted) {
        /* the first vote was turned before the room voted again */
        *out = (tally_vote){r->first.answer, r->first.counted,
                            r->first.counts, r->first.early};
        return true;
    }
    if (r->state != SESSION_CARD_REVEALED)
        return false; /* not turned: nobody may see it yet */
    *out = (tally_vote){r->answer, r->counted, r->counts, r->early};
    return true;
}

bool tally_card(const session *s, size_t round, deck_role side,
                bool first_vote, spread_counts *out)
{
    memset(out, 0, sizeof *out);
    size_t options = s->deck->option_count;
    out->options = options < DECK_MAX_OPTIONS ? options : DECK_MAX_OPTIONS;
    tally_vote v;
    if (!tally_vote_of(s, round, first_vote, &v))
        return false;
    unsigned total = 0;
    for (size_t p = 0; p < s->player_count && p < SESSION_MAX_PLAYERS; p++) {
        if (s->players[p] != side)
            continue;
        if (s->hands[p]) {
            for (size_t o = 0; v.counted[p] && o < out->options; o++) {
                tally_add(out, o, v.counts[p][o]);
                total += v.counts[p][o];
            }
        } else if (v.answer[p] >= 0 && (size_t)v.answer[p] < out->options) {
            tally_add(out, (size_t)v.answer[p], 1);
            total++;
        }
    }
    return total > 0;
}

bool tally_card_sides(const session *s, size_t round, bool first_vote,
                      spread_counts out[DECK_ROLE_COUNT])
{
    bool pro = tally_card(s, round, DECK_ROLE_PROFESSIONAL, first_vote,
                          &out[DECK_ROLE_PROFESSIONAL]);
    bool client = tally_card(s, round, DECK_ROLE_CLIENT, first_vote,
                             &out[DECK_ROLE_CLIENT]);
    return pro || client;
}

bool tally_shift(const session *s, size_t round, spread_shift *out)
{
    memset(out, 0, sizeof *out);
    out->gap_before = out->gap_after = -1.0;
    if (round >= s->round_count || !s->rounds[round].revoted ||
        s->rounds[round].state != SESSION_CARD_REVEALED)
        return false;
    spread_counts before[DECK_ROLE_COUNT], after[DECK_ROLE_COUNT];
    tally_card_sides(s, round, true, before);
    tally_card_sides(s, round, false, after);
    return spread_shift_of(before, after, out);
}

static void tally_theme_start(const session *s, size_t dimension,
                              tally_theme *t)
{
    memset(t, 0, sizeof *t);
    t->dimension = dimension;
    t->turned = dimension < s->deck->dimension_count &&
                s->deck->dimensions[dimension].negative;
    for (int side = 0; side < DECK_ROLE_COUNT; side++)
        t->side[side].options = s->deck->option_count < DECK_MAX_OPTIONS
                                    ? s->deck->option_count
                                    : DECK_MAX_OPTIONS;
    t->gap = -1.0;
}

/* A card's latest vote into its theme, each option at its step from the
 * bad end (score_step_toward_good), so the good end is the last. */
static void tally_theme_add(tally_theme *t,
                            const spread_counts card[DECK_ROLE_COUNT])
{
    t->cards++;
    for (int side = 0; side < DECK_ROLE_COUNT; side++) {
        size_t k = card[side].options;
        for (size_t o = 0; o < k; o++)
            tally_add(&t->side[side],
                      score_step_toward_good(o, k, t->turned),
                      card[side].count[o]);
    }
}

static void tally_theme_finish(tally_theme *t)
{
    for (int side = 0; side < DECK_ROLE_COUNT; side++)
        t->answered[side] = spread_stats_of(&t->side[side], &t->stats[side]);
    t->any = t->answered[0] || t->answered[1];
    t->gap = spread_gap(&t->side[DECK_ROLE_PROFESSIONAL],
                        &t->side[DECK_ROLE_CLIENT]);
}

/* The card's dimension when the round counts, else -1. */
static long tally_counted_dimension(const session *s, size_t round)
{
    const session_round *r = &s->rounds[round];
    if (!session_round_counts(r) || r->card >= s->deck->card_count)
        return -1;
    return (long)s->deck->cards[r->card].dimension;
}

bool tally_theme_of(const session *s, size_t dimension, tally_theme *out)
{
    tally_theme_start(s, dimension, out);
    for (size_t r = 0; r < s->round_count; r++) {
        if (tally_counted_dimension(s, r) != (long)dimension)
            continue;
        spread_counts card[DECK_ROLE_COUNT];
        tally_card_sides(s, r, false, card);
        tally_theme_add(out, card);
    }
    tally_theme_finish(out);
    return out->any;
}

/* Keeps the earlier card on a tie, and only a value above zero. */
static void tally_consider(tally_pick *p, size_t round, double value)
{
    double best = p->round < 0 ? 0.0 : fabs(p->value);
    if (fabs(value) > best + TALLY_EPSILON) {
        p->round = (long)round;
        p->value = value;
    }
}

/* A counted card's part in the picks: how widely the whole room spread,
 * the sides' gap, and the change of that gap after a revote. */
static void tally_picks_add(const session *s, size_t round,
                            const spread_counts card[DECK_ROLE_COUNT],
                            tally_pick pick[TALLY_PICK_COUNT])
{
    spread_counts room = card[0];
    for (size_t o = 0; o < room.options; o++)
        tally_add(&room, o, card[1].count[o]);
    spread_stats st;
    if (spread_stats_of(&room, &st))
        tally_consider(&pick[TALLY_WIDEST], round, st.sd);
    double gap = spread_gap(&card[DECK_ROLE_PROFESSIONAL],
                            &card[DECK_ROLE_CLIENT]);
    if (gap >= 0)
        tally_consider(&pick[TALLY_GAP], round, gap);
    spread_shift sh;
    if (tally_shift(s, round, &sh) && sh.gap_before >= 0 &&
        sh.gap_after >= 0)
        tally_consider(&pick[TALLY_SHIFT], round,
                       sh.gap_after - sh.gap_before);
}

bool tally_compute(const session *s, tally_summary *out)
{
    memset(out, 0, sizeof *out);
    size_t dims = s->deck->dimension_count;
    out->theme_count = dims < DECK_MAX_DIMENSIONS ? dims : DECK_MAX_DIMENSIONS;
    for (size_t i = 0; i < out->theme_count; i++)
        tally_theme_start(s, i, &out->themes[i]);
    for (int k = 0; k < TALLY_PICK_COUNT; k++)
        out->pick[k].round = -1;
    for (size_t r = 0; r < s->round_count; r++) {
        const session_round *round = &s->rounds[r];
        out->kept_out += round->kept_out;
        out->skipped += round->state == SESSION_CARD_SKIPPED &&
                        !round->kept_out;
        long dim = tally_counted_dimension(s, r);
        if (dim < 0)
            continue;
        out->counted++;
        spread_counts card[DECK_ROLE_COUNT];
        tally_card_sides(s, r, false, card);
        if ((size_t)dim < out->theme_count)
            tally_theme_add(&out->themes[dim], card);
        tally_picks_add(s, r, card, out->pick);
    }
    bool any = false;
    for (size_t i = 0; i < out->theme_count; i++) {
        tally_theme_finish(&out->themes[i]);
        any = any || out->themes[i].any;
    }
    return any;
}
