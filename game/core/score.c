/* score: gaps, means, high/low and topics, from a session's answers. */
#include "score.h"

#include <stdlib.h>
#include <string.h>

int score_pair_gap(const session *s, size_t round, size_t a, size_t b)
{
    int x = session_visible_answer(s, round, a);
    int y = session_visible_answer(s, round, b);
    if (x == SESSION_NO_ANSWER || y == SESSION_NO_ANSWER)
        return -1;
    return abs(x - y);
}

int score_round_gap(const session *s, size_t round)
{
    int widest = -1;
    for (size_t a = 0; a < s->player_count; a++)
        for (size_t b = a + 1; b < s->player_count; b++) {
            int g = score_pair_gap(s, round, a, b);
            if (g > widest)
                widest = g;
        }
    return widest;
}

score_alignment score_alignment_of_gap(int gap)
{
    if (gap <= 0)
        return SCORE_ALIGNED;
    return gap == 1 ? SCORE_CLOSE : SCORE_APART;
}

score_alignment score_alignment_of_mean(double mean_gap)
{
    const double exact = 1e-9; /* as report_gap_words */
    if (mean_gap <= 0.25 + exact)
        return SCORE_ALIGNED;
    return mean_gap <= 1.25 + exact ? SCORE_CLOSE : SCORE_APART;
}

score_level score_level_of(double position, size_t option_count)
{
    double steps = (double)option_count - 1.0;
    /* A tiny margin so that 4.0 on a 5-point scale counts as high even
     * after a mean is rounded in a file. */
    if (position >= 1.0 + 0.75 * steps - 1e-9)
        return SCORE_HIGH;
    if (position <= 1.0 + 0.25 * steps + 1e-9)
        return SCORE_LOW;
    return SCORE_MIDDLE;
}

static bool is_bad_end(score_level level, bool negative)
{
    return negative ? level == SCORE_HIGH : level == SCORE_LOW;
}

static bool is_good_end(score_level level, bool negative)
{
    return negative ? level == SCORE_LOW : level == SCORE_HIGH;
}

bool score_answer_bad_end(const session *s, size_t round, int option)
{
    if (round >= s->round_count || option < 0)
        return false;
    const deck *d = s->deck;
    bool negative = d->dimensions[d->cards[s->rounds[round].card].dimension].negative;
    return is_bad_end(score_level_of(option + 1.0, d->option_count), negative);
}

/* True when round r counts for dimension dim: revealed, and its card is
 * of that dimension. */
static bool round_in_dimension(const session *s, size_t r, size_t dim)
{
    const session_round *round = &s->rounds[r];
    return session_round_counts(round) &&
           s->deck->cards[round->card].dimension == dim;
}

size_t score_dimension_gaps(const session *s, size_t dimension, int *gaps,
                            size_t max)
{
    size_t n = 0;
    for (size_t r = 0; r < s->round_count; r++) {
        if (!round_in_dimension(s, r, dimension))
            continue;
        if (n < max)
            gaps[n] = score_round_gap(s, r);
        n++;
    }
    return n;
}

bool score_round_sides(const session *s, size_t round, int *within,
                       int *between)
{
    *within = *between = -1;
    if (round >= s->round_count || !session_round_counts(&s->rounds[round]))
        return false;
    const session_round *r = &s->rounds[round];
    int lo = -1, hi = -1, pro = -1;
    double sum = 0;
    int clients = 0;
    for (size_t p = 0; p < s->player_count; p++) {
        int a = r->answer[p];
        if (a < 0)
            continue;
        if (s->players[p] == DECK_ROLE_PROFESSIONAL) {
            pro = a;
            continue;
        }
        lo = lo < 0 || a < lo ? a : lo;
        hi = hi < 0 || a > hi ? a : hi;
        sum += a;
        clients++;
    }
    if (clients == 0 || pro < 0)
        return false;
    *within = hi - lo;
    /* the client side's middle against the professional, to whole steps
     * (a half rounds up: the wider reading is the one worth talking of) */
    double gap = sum / clients - pro;
    if (gap < 0)
        gap = -gap;
    *between = (int)(gap + 0.5);
    return true;
}

static void compute_dimension(const session *s, size_t dim, score_dimension *out)
{
    const deck *d = s->deck;
    bool negative = d->dimensions[dim].negative;
    double sum[SESSION_MAX_PLAYERS] = { 0 };
    size_t answered[SESSION_MAX_PLAYERS] = { 0 };
    double gap_sum = 0;
    memset(out, 0, sizeof *out);
    out->dimension = dim;
    for (size_t r = 0; r < s->round_count; r++) {
        if (!round_in_dimension(s, r, dim))
            continue;
        const session_round *round = &s->rounds[r];
        out->cards++;
        /* a seat's mean over the cards it answered: a team that had not
         * answered when the card was turned early, or a show of hands
         * (its counts are its answer), adds nothing */
        for (size_t p = 0; p < s->player_count; p++)
            if (round->answer[p] >= 0) {
                sum[p] += round->answer[p] + 1.0;
                answered[p]++;
            }
        int gap = score_round_gap(s, r);
        gap_sum += gap;
        out->alignment_cards[score_alignment_of_gap(gap)]++;
        int within, between;
        if (score_round_sides(s, r, &within, &between)) {
            out->within_gap += within;
            out->between_gap += between;
        }
    }
    if (out->cards == 0) {
        out->reading = SCORE_READING_NONE;
        return;
    }
    bool all_good = true;
    bool any_bad = false;
    for (size_t p = 0; p < s->player_count; p++) {
        out->mean[p] = answered[p] ? sum[p] / (double)answered[p] : 0.0;
        out->level[p] = score_level_of(out->mean[p], d->option_count);
        out->good_end[p] = is_good_end(out->level[p], negative);
        out->bad_end[p] = is_bad_end(out->level[p], negative);
        all_good &= out->good_end[p];
        any_bad |= out->bad_end[p];
    }
    out->mean_gap = gap_sum / (double)out->cards;
    out->within_gap /= (double)out->cards;
    out->between_gap /= (double)out->cards;
    out->alignment = score_alignment_of_mean(out->mean_gap);
    out->reading = any_bad ? SCORE_READING_CONCERN
                 : all_good ? SCORE_READING_GOOD : SCORE_READING_MIXED;
}

static int compare_topics(const void *a, const void *b)
{
    const score_topic *x = a;
    const score_topic *y = b;
    bool xm = x->reasons & SCORE_TOPIC_MARKED;
    bool ym = y->reasons & SCORE_TOPIC_MARKED;
    if (xm != ym)
        return xm ? -1 : 1;
    if (x->gap != y->gap)
        return y->gap - x->gap;
    bool xb = x->reasons & SCORE_TOPIC_BAD_END;
    bool yb = y->reasons & SCORE_TOPIC_BAD_END;
    if (xb != yb)
        return xb ? -1 : 1;
    return x->round < y->round ? -1 : (x->round > y->round);
}

bool score_compute(const session *s, score_summary *out)
{
    memset(out, 0, sizeof *out);
    const deck *d = s->deck;
    out->option_count = d->option_count;
    out->player_count = s->player_count;
    out->dimensions = calloc(d->dimension_count ? d->dimension_count : 1,
                             sizeof *out->dimensions);
    out->topics = calloc(s->round_count ? s->round_count : 1,
                         sizeof *out->topics);
    if (!out->dimensions || !out->topics) {
        score_free(out);
        return false;
    }
    out->dimension_count = d->dimension_count;
    bool any = false;
    bool all_good = true;
    for (size_t i = 0; i < d->dimension_count; i++) {
        compute_dimension(s, i, &out->dimensions[i]);
        if (out->dimensions[i].reading == SCORE_READING_NONE)
            continue;
        any = true;
        all_good &= out->dimensions[i].reading == SCORE_READING_GOOD;
    }
    out->good_alliance = any && all_good;

    int widest = 0;
    for (size_t r = 0; r < s->round_count; r++) {
        out->revealed += session_round_counts(&s->rounds[r]);
        out->kept_out += s->rounds[r].kept_out;
        out->skipped += s->rounds[r].state == SESSION_CARD_SKIPPED &&
                        !s->rounds[r].kept_out;
        int g = score_round_gap(s, r);
        if (g > widest)
            widest = g;
    }
    for (size_t r = 0; r < s->round_count; r++) {
        if (!session_round_counts(&s->rounds[r]))
            continue;
        score_topic t = { r, score_round_gap(s, r), 0 };
        if (t.gap >= 2 || (t.gap >= 1 && t.gap == widest))
            t.reasons |= SCORE_TOPIC_GAP;
        for (size_t p = 0; p < s->player_count; p++)
            if (score_answer_bad_end(s, r, s->rounds[r].answer[p]))
                t.reasons |= SCORE_TOPIC_BAD_END;
        if (s->rounds[r].marked)
            t.reasons |= SCORE_TOPIC_MARKED;
        if (t.reasons)
            out->topics[out->topic_count++] = t;
    }
    qsort(out->topics, out->topic_count, sizeof *out->topics, compare_topics);
    return true;
}

void score_free(score_summary *summary)
{
    free(summary->dimensions);
    free(summary->topics);
    memset(summary, 0, sizeof *summary);
}

double score_toward_good(double mean, size_t options, bool negative)
{
    double t = options > 1 ? (mean - 1.0) / (double)(options - 1) : 0.5;
    if (t < 0.0)
        t = 0.0;
    if (t > 1.0)
        t = 1.0;
    return negative ? 1.0 - t : t;
}

size_t score_step_toward_good(size_t option, size_t options, bool negative)
{
    if (options < 2)
        return 0;
    double t = score_toward_good((double)option + 1.0, options, negative);
    return (size_t)(t * (double)(options - 1) + 0.5);
}
