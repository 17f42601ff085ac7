/* history: see history.h. */
#include "history.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "datadir.h"
#include "result.h"
#include "safe_file.h"
#include "os.h"

#define HISTORY_SET_ASIDE "set-aside-"

bool history_user_folder(char *out, size_t size)
{
    return os_user_folder(out, size);
}

bool history_file_name(const char *code, const char *stamp, char *out,
                       size_t size)
{
    int n = code && code[0] ? snprintf(out, size, "result-%s-%s.yaml", code, stamp)
                            : snprintf(out, size, "result-%s.yaml", stamp);
    return n > 0 && (size_t)n < size;
}

/* True when name is a result file of code by its name: result-CODE-... A
 * code has no '-', so K1 never takes K17's files. */
static bool history_named(const char *name, const char *code)
{
    size_t n = strlen(code);
    return strncmp(name, "result-", 7) == 0 &&
           strncmp(name + 7, code, n) == 0 && name[7 + n] == '-';
}

/* The pair's code a result file holds ("" when none or unreadable). */
static void history_set_aside(history *h, const char *folder, const char *name,
                              error_list *errors)
{
    char from[4096], to[4096], aside[512];
    snprintf(aside, sizeof aside, "%s%s", HISTORY_SET_ASIDE, name);
    if (!datadir_join(from, sizeof from, folder, name) ||
        !datadir_join(to, sizeof to, folder, aside))
        return;
    /* never over another file set aside earlier */
    int failure = os_place_new(from, to);
    if (failure != 0) {
        error_add_os(errors, from, failure, "could not set this file aside");
        return;
    }
    safe_file_sync_folder(to, errors);
    char **grown = realloc(h->set_aside,
                           (h->set_aside_count + 1) * sizeof *grown);
    if (grown) {
        h->set_aside = grown;
        if ((grown[h->set_aside_count] = strdup(to)) != NULL)
            h->set_aside_count++;
    }
}

/* In the order played: by the pair's round number where the files have
 * one (a clock set back cannot reorder them; a file from before the
 * numbers came is older than any with one), else by the time started. */
static int history_by_start(const void *a, const void *b)
{
    const history_round *x = a, *y = b;
    unsigned nx = x->session.pair_round, ny = y->session.pair_round;
    if ((nx == 0) != (ny == 0))
        return nx == 0 ? -1 : 1;
    if (nx != ny)
        return nx < ny ? -1 : 1;
    if (x->session.started_at != y->session.started_at)
        return x->session.started_at < y->session.started_at ? -1 : 1;
    if (x->session.ended_at != y->session.ended_at)
        return x->session.ended_at < y->session.ended_at ? -1 : 1;
    return strcmp(x->path, y->path);
}

/* Reads name, a file of code, into *r (path, deck, session); a file that
 * cannot be read or holds another pair is told in errors and set aside
 * (named in h), and false. */
static bool history_read_one(history *h, const char *folder, const char *name,
                             const char *code, history_round *r,
                             error_list *errors)
{
    char path[4096];
    memset(r, 0, sizeof *r);
    if (!datadir_join(path, sizeof path, folder, name))
        return false;
    bool read = result_read(path, &r->deck, &r->session, errors);
    if (read && strcmp(r->session.pair, code) != 0) {
        error_add(errors, path, 0, 0, "this file is named for pair %s but "
                  "holds pair '%s'", code, r->session.pair);
        session_free(&r->session);
        deck_free(&r->deck);
        read = false;
    }
    if (!read) {
        /* told, set aside, and the rest of the history still shows */
        history_set_aside(h, folder, name, errors);
        return false;
    }
    if ((r->path = strdup(path)) == NULL) {
        session_free(&r->session);
        deck_free(&r->deck);
        error_add(errors, folder, 0, 0, "out of memory");
        return false;
    }
    return true;
}

bool history_load(const char *folder, const char *code, history *out,
                  error_list *errors)
{
    memset(out, 0, sizeof *out);
    char **names;
    size_t count;
    if (!catalog_list_yaml(folder, &names, &count, errors))
        return false;
    bool ok = true;
    for (size_t i = 0; i < count && ok; i++) {
        history_round r;
        if (!history_named(names[i], code) ||
            !history_read_one(out, folder, names[i], code, &r, errors))
            continue;
        history_round *grown = realloc(out->rounds, (out->count + 1) * sizeof *grown);
        if (!grown) {
            free(r.path);
            session_free(&r.session);
            deck_free(&r.deck);
            error_add(errors, folder, 0, 0, "out of memory");
            ok = false;
            break;
        }
        out->rounds = grown;
        out->rounds[out->count++] = r;
    }
    catalog_names_free(names, count);
    if (out->count > 1)
        qsort(out->rounds, out->count, sizeof *out->rounds, history_by_start);
    /* each session points at its own deck, which moved with the array */
    for (size_t i = 0; i < out->count; i++)
        out->rounds[i].session.deck = &out->rounds[i].deck;
    return ok;
}

bool history_latest(const char *folder, const char *code, const char *skip,
                    history_round *out, error_list *errors)
{
    memset(out, 0, sizeof *out);
    /* every round is read: the order played decides which is the last,
     * not the clock that named the files */
    history all;
    if (!history_load(folder, code, &all, errors))
        return false;
    bool found = false;
    for (size_t i = all.count; i-- > 0 && !found;) {
        if (skip && strcmp(all.rounds[i].path, skip) == 0)
            continue;
        *out = all.rounds[i];
        if (out->session.pair_round == 0) /* its place, when not stored */
            out->session.pair_round = (unsigned)(i + 1);
        out->session.deck = &out->deck;
        /* taken out: the rest is freed without it */
        all.rounds[i] = all.rounds[--all.count];
        found = true;
    }
    history_free(&all);
    return found;
}

void history_free(history *h)
{
    for (size_t i = 0; i < h->count; i++) {
        free(h->rounds[i].path);
        session_free(&h->rounds[i].session);
        deck_free(&h->rounds[i].deck);
    }
    free(h->rounds);
    for (size_t i = 0; i < h->set_aside_count; i++)
        free(h->set_aside[i]);
    free(h->set_aside);
    memset(h, 0, sizeof *h);
}

size_t history_themes(const history *h, const char **keys, const char **names,
                      size_t max)
{
    size_t n = 0;
    for (size_t r = 0; r < h->count; r++) {
        const deck *d = &h->rounds[r].deck;
        for (size_t i = 0; i < d->dimension_count; i++) {
            size_t k = 0;
            while (k < n && strcmp(keys[k], d->dimensions[i].key) != 0)
                k++;
            if (k == n && n < max) {
                keys[n] = d->dimensions[i].key;
                names[n++] = deck_text(d, &d->dimensions[i].name, 0);
            }
        }
    }
    return n;
}

bool history_point_of(const session *s, const char *theme, history_point *out)
{
    memset(out, 0, sizeof *out);
    const deck *d = s->deck;
    double sum[2] = {0, 0};
    size_t n[2] = {0, 0};
    for (size_t r = 0; r < s->round_count; r++) {
        const session_round *round = &s->rounds[r];
        const deck_dimension *dim = &d->dimensions[d->cards[round->card].dimension];
        if (!session_round_counts(round) || strcmp(dim->key, theme) != 0)
            continue;
        out->negative = dim->negative;
        for (size_t p = 0; p < s->player_count; p++) {
            if (round->answer[p] == SESSION_NO_ANSWER)
                continue;
            sum[s->players[p]] += round->answer[p] + 1;
            n[s->players[p]]++;
        }
    }
    for (int side = 0; side < 2; side++) {
        out->has[side] = n[side] > 0;
        out->mean[side] = n[side] ? sum[side] / (double)n[side] : 0.0;
    }
    if (out->has[0] && out->has[1]) {
        double g = out->mean[DECK_ROLE_CLIENT] - out->mean[DECK_ROLE_PROFESSIONAL];
        out->gap = g < 0 ? -g : g;
    }
    return out->has[0] || out->has[1];
}

unsigned history_change(const history_point *before, const history_point *now)
{
    unsigned flags = 0;
    bool both = before->has[0] && before->has[1] && now->has[0] && now->has[1];
    if (both && now->gap >= before->gap + 0.5)
        flags |= HISTORY_WIDER;
    if (both && now->gap <= before->gap - 0.5)
        flags |= HISTORY_CLOSER;
    /* toward the bad end: down on a positive theme, up on a negative one */
    double sign = now->negative ? -1.0 : 1.0;
    if (before->has[DECK_ROLE_CLIENT] && now->has[DECK_ROLE_CLIENT] &&
        sign * (now->mean[DECK_ROLE_CLIENT] - before->mean[DECK_ROLE_CLIENT]) <= -1.0)
        flags |= HISTORY_DROP_CLIENT;
    if (before->has[DECK_ROLE_PROFESSIONAL] && now->has[DECK_ROLE_PROFESSIONAL] &&
        sign * (now->mean[DECK_ROLE_PROFESSIONAL] -
                before->mean[DECK_ROLE_PROFESSIONAL]) <= -1.0)
        flags |= HISTORY_DROP_PRO;
    return flags;
}

size_t history_codes(const char *folder, char (*codes)[SESSION_PAIR_MAX],
                     size_t max)
{
    char **names;
    size_t count, n = 0;
    error_list errors;
    error_list_init(&errors);
    if (!catalog_list_yaml(folder, &names, &count, &errors)) {
        error_list_free(&errors);
        return 0;
    }
    /* the names are sorted, so one code's files follow each other */
    for (size_t i = 0; i < count && n < max; i++) {
        if (strncmp(names[i], "result-", 7) != 0)
            continue;
        const char *code = names[i] + 7;
        size_t len = strcspn(code, "-");
        char normal[SESSION_PAIR_MAX], text[SESSION_PAIR_MAX];
        if (len == 0 || len >= sizeof text || code[len] != '-')
            continue;
        memcpy(text, code, len);
        text[len] = '\0';
        /* result-20261130-...: a date, not a code (a code has a letter) */
        if (!session_pair_normal(text, normal, sizeof normal) ||
            strcmp(normal, text) != 0 || (n > 0 && strcmp(codes[n - 1], text) == 0))
            continue;
        memcpy(codes[n++], text, sizeof text);
    }
    catalog_names_free(names, count);
    error_list_free(&errors);
    return n;
}
