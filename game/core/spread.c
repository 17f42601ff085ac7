/* spread: see spread.h. */
#include "spread.h"

#include <math.h>
#include <string.h>

bool spread_stats_of(const spread_counts *c, spread_stats *out)
{
    memset(out, 0, sizeof *out);
    out->lowest = out->highest = out->median = -1;
    if (c->options == 0 || c->options > DECK_MAX_OPTIONS)
        return false;
    double sum = 0;
    for (size_t i = 0; i < c->options; i++) {
        if (c->count[i] > SPREAD_MAX_SUM)
            return false;
        out->total += c->count[i];
        sum += (double)c->count[i] * (double)i;
        if (c->count[i] && out->lowest < 0)
            out->lowest = (int)i;
        if (c->count[i])
            out->highest = (int)i;
    }
    if (out->total == 0)
        return false;
    out->mean = sum / out->total;
    double var = 0;
    unsigned seen = 0;
    for (size_t i = 0; i < c->options; i++) {
        double d = (double)i - out->mean;
        var += (double)c->count[i] * d * d;
        /* the lower median: the first option where half are reached */
        seen += c->count[i];
        if (out->median < 0 && 2 * seen >= out->total)
            out->median = (int)i;
    }
    out->sd = sqrt(var / out->total);
    return true;
}

double spread_share(const spread_counts *c, size_t option)
{
    spread_stats st;
    if (option >= c->options || !spread_stats_of(c, &st))
        return 0.0;
    return (double)c->count[option] / st.total;
}

double spread_largest_share(const spread_counts *c)
{
    spread_stats st;
    if (!spread_stats_of(c, &st))
        return 0.0;
    unsigned most = 0;
    for (size_t o = 0; o < c->options; o++)
        most = c->count[o] > most ? c->count[o] : most;
    return (double)most / st.total;
}

double spread_gap(const spread_counts *a, const spread_counts *b)
{
    spread_stats x, y;
    if (!spread_stats_of(a, &x) || !spread_stats_of(b, &y))
        return -1.0;
    return fabs(x.mean - y.mean);
}

int spread_most_different(const spread_counts *a, const spread_counts *b)
{
    spread_stats x, y;
    if (a->options != b->options || !spread_stats_of(a, &x) ||
        !spread_stats_of(b, &y))
        return -1;
    int best = -1;
    double widest = -1.0;
    for (size_t i = 0; i < a->options; i++) {
        double d = fabs(spread_share(a, i) - spread_share(b, i));
        if (d > widest + 1e-12) {
            widest = d;
            best = (int)i;
        }
    }
    return best;
}

bool spread_shift_of(const spread_counts before[2], const spread_counts after[2],
                     spread_shift *out)
{
    memset(out, 0, sizeof *out);
    out->gap_before = spread_gap(&before[0], &before[1]);
    out->gap_after = spread_gap(&after[0], &after[1]);
    bool any = false;
    for (int side = 0; side < 2; side++) {
        spread_stats x, y;
        if (spread_stats_of(&before[side], &x) && spread_stats_of(&after[side], &y)) {
            out->moved[side] = y.mean - x.mean;
            any = true;
        }
    }
    if (out->gap_before >= 0 && out->gap_after >= 0) {
        out->closer = out->gap_after <= out->gap_before - 0.5;
        out->apart = out->gap_after >= out->gap_before + 0.5;
    }
    return any;
}
