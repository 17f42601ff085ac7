/* mode_pick: the ways to play as the menus offer them, generated from
 * mode_table (mode.c): the start screen's "who plays" values, and the
 * row a command line or a page's address picks with --mode and its
 * shortcuts (--solo, --guess, --hands; --case and --teams). */
#include "mode.h"

#include <stdio.h>
#include <string.h>

size_t mode_choices(mode_choice *out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < mode_count(); i++) {
        const mode_def *m = mode_at(i);
        if (!m->listed || !m->available)
            continue;
        /* a row of people counts each number it allows as a value */
        bool counted = mode_counts_people(m);
        int lo = counted ? mode_side_min(m, DECK_ROLE_CLIENT) : 0;
        int hi = counted ? mode_side_max(m, DECK_ROLE_CLIENT) : 0;
        for (int p = lo; p <= hi && n < max; p++)
            out[n++] = (mode_choice){m, p};
    }
    return n;
}

void mode_list_ids(bool (*pred)(const mode_def *m, const char *flag),
                   const char *flag, char *out, size_t size)
{
    size_t count = 0, used = 0;
    for (size_t i = 0; i < mode_count(); i++)
        count += mode_at(i)->available && pred(mode_at(i), flag);
    if (size == 0)
        return;
    out[0] = '\0';
    for (size_t i = 0, k = 0; i < mode_count(); i++) {
        const mode_def *m = mode_at(i);
        if (!m->available || !pred(m, flag))
            continue;
        k++;
        const char *sep = k == 1 ? "" : k == count ? " or " : ", ";
        int w = snprintf(out + used, size - used, "%s%s", sep, m->id);
        if (w < 0 || (size_t)w >= size - used)
            return;
        used += (size_t)w;
    }
}

bool mode_any(const mode_def *m, const char *flag)
{
    (void)flag;
    return m != NULL;
}

static bool mode_needs_case(const mode_def *m, const char *flag)
{
    (void)flag;
    return m->needs_case;
}

static bool mode_takes_teams(const mode_def *m, const char *flag)
{
    (void)flag;
    return mode_named_teams(m);
}

/* True when flag picks a variant of m ("guess": the table, a family). */
static bool mode_is_base_of(const mode_def *m, const char *flag)
{
    for (size_t i = 0; i < mode_count(); i++) {
        const mode_def *v = mode_at(i);
        if (v->flag && v->base && strcmp(v->flag, flag) == 0 &&
            strcmp(v->base, m->id) == 0)
            return true;
    }
    return false;
}

/* The row flag picks from r (NULL: from none): the variant of r, or of
 * any row when r is NULL, that fits the people; NULL when none. */
static const mode_def *mode_variant(const mode_def *r, const char *flag,
                                    int people)
{
    const mode_def *first = NULL;
    for (size_t i = 0; i < mode_count(); i++) {
        const mode_def *v = mode_at(i);
        if (!v->available || !v->flag || strcmp(v->flag, flag) != 0 ||
            (r && (!v->base || strcmp(v->base, r->id) != 0)))
            continue;
        if (people <= 0 || (people >= mode_side_min(v, DECK_ROLE_CLIENT) &&
                            people <= mode_side_max(v, DECK_ROLE_CLIENT)))
            return v;
        if (first == NULL)
            first = v;
    }
    return first;
}

/* The first row for which pred holds. */
static const mode_def *mode_first(bool (*pred)(const mode_def *m,
                                                const char *flag))
{
    for (size_t i = 0; i < mode_count(); i++)
        if (mode_at(i)->available && pred(mode_at(i), NULL))
            return mode_at(i);
    return NULL;
}

bool mode_pick(const mode_request *q, const mode_def **out, char *why,
               size_t why_size)
{
    char ids[256];
    const mode_def *r = NULL;
    *out = NULL;
    if (q->chosen) {
        r = mode_find(q->chosen);
        if (r == NULL || !r->available) {
            mode_list_ids(mode_any, NULL, ids, sizeof ids);
            snprintf(why, why_size, "--mode must be %s", ids);
            return false;
        }
    }
    for (size_t i = 0; i < q->flag_count; i++) {
        const char *f = q->flags[i];
        if (r && r->flag && strcmp(r->flag, f) == 0)
            continue;
        const mode_def *v = mode_variant(r, f, q->people);
        if (v == NULL) {
            mode_list_ids(mode_is_base_of, f, ids, sizeof ids);
            if (q->chosen || r == NULL || r->flag == NULL)
                snprintf(why, why_size, "--%s goes with --mode %s", f, ids);
            else
                snprintf(why, why_size, "give --%s or --%s, not both",
                         r->flag, f);
            return false;
        }
        r = v;
    }
    if (r == NULL && q->with_case)
        r = mode_first(mode_needs_case);
    if (r == NULL && q->with_teams)
        r = mode_first(mode_takes_teams);
    if (r == NULL && q->people > 0)
        r = mode_for_people(NULL, q->people);
    if (q->with_case && !(r && r->needs_case)) {
        mode_list_ids(mode_needs_case, NULL, ids, sizeof ids);
        snprintf(why, why_size, "--case goes with --mode %s", ids);
        return false;
    }
    if (q->with_teams && !(r && mode_named_teams(r))) {
        mode_list_ids(mode_takes_teams, NULL, ids, sizeof ids);
        if (r && r->flag && r->base && mode_named_teams(mode_find(r->base)))
            snprintf(why, why_size, "give --teams or --%s, not both",
                     r->flag);
        else
            snprintf(why, why_size, "--teams goes with --mode %s", ids);
        return false;
    }
    *out = r;
    return true;
}
