/* predict: see predict.h. */
#include "predict.h"

#include <stdlib.h>
#include <string.h>

/* The option's place toward the theme's good end: on a negative theme
 * (stroefheid) a low answer is the good end. */
static int toward_good(const deck *d, size_t dimension, int option)
{
    return d->dimensions[dimension].negative ? -option : option;
}

static void tally(predict_tally *t, int guess, int answer, int lean)
{
    int distance = abs(guess - answer);
    t->count++;
    t->exact += distance == 0;
    t->within_one += distance <= 1;
    t->distance_sum += distance;
    t->lean_sum += lean;
}

bool predict_score_seat(const session *s, size_t seat, predict_score *out)
{
    memset(out, 0, sizeof *out);
    out->seat = seat;
    if (seat >= s->player_count || !s->predicts[seat])
        return false;
    const deck *d = s->deck;
    for (size_t i = 0; i < s->round_count; i++) {
        const session_round *r = &s->rounds[i];
        int guess = r->predict[seat];
        if (!session_round_counts(r) || guess == SESSION_NO_ANSWER)
            continue;
        size_t dim = d->cards[r->card].dimension;
        for (size_t p = 0; p < s->player_count; p++) {
            int answer = r->answer[p];
            if (s->players[p] == s->players[seat] || answer == SESSION_NO_ANSWER)
                continue;
            int lean = toward_good(d, dim, guess) - toward_good(d, dim, answer);
            tally(&out->overall, guess, answer, lean);
            if (dim < DECK_MAX_DIMENSIONS)
                tally(&out->theme[dim], guess, answer, lean);
        }
    }
    return true;
}

void predict_tally_add(predict_tally *a, const predict_tally *b)
{
    a->count += b->count;
    a->exact += b->exact;
    a->within_one += b->within_one;
    a->distance_sum += b->distance_sum;
    a->lean_sum += b->lean_sum;
}

double predict_mean_distance(const predict_tally *t)
{
    return t->count ? (double)t->distance_sum / (double)t->count : 0.0;
}

double predict_mean_lean(const predict_tally *t)
{
    return t->count ? (double)t->lean_sum / (double)t->count : 0.0;
}

predict_reading predict_read(const predict_tally *t)
{
    if (t->count == 0)
        return PREDICT_NOTHING;
    /* half a step on average: one card a step off among two is noise,
     * every other card a step too rosy is a pattern */
    double lean = predict_mean_lean(t);
    if (lean >= 0.5)
        return PREDICT_BETTER;
    if (lean <= -0.5)
        return PREDICT_WORSE;
    return PREDICT_ABOUT;
}

int predict_card_distance(const session *s, size_t round, size_t seat)
{
    if (round >= s->round_count || seat >= s->player_count)
        return -1;
    const session_round *r = &s->rounds[round];
    int guess = r->predict[seat];
    if (!session_round_counts(r) || guess == SESSION_NO_ANSWER)
        return -1;
    for (size_t p = 0; p < s->player_count; p++)
        if (s->players[p] != s->players[seat] && r->answer[p] != SESSION_NO_ANSWER)
            return abs(guess - r->answer[p]);
    return -1;
}
