/* result_read: alliantiespel-result/2 files, and /1 (still read: each
 * seat then has its side's own role, and the way to play was the table
 * game), into a small deck of their own and a session on it. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "mode.h"
#include "result_private.h"
#include "result_reader.h"
#include "utf8.h"
#include "ydoc.h"

static void read_header(reader *r, const ydoc_node *root)
{
    deck *d = r->d;
    const ydoc_node *format = ydoc_get(root, "format");
    if (result_reader_scalar_is(format, RESULT_FORMAT))
        r->format = 2;
    else if (result_reader_scalar_is(format, RESULT_FORMAT_1))
        r->format = 1;
    else {
        fail(r, format ? format : root, "this is not a result file: 'format' "
             "must be %s (or the older %s)", RESULT_FORMAT, RESULT_FORMAT_1);
        return;
    }
    /* Format 2 adds the way to play; its roles and players are lists. */
    const char *keys[] = { "format", "deck", "language", "started", "ended",
                           "in_play", "roles", "players", "scale", "dimensions",
                           "cards", "summary",
                           r->format == 2 ? "mode" : NULL, "case", "group",
                           "pair", "pair-round", NULL };
    ydoc_check_keys(r->doc, root, keys, "the result file", r->errors);
    const ydoc_node *deck_node = result_reader_need(r, root, "deck", YDOC_MAPPING, "the result file");
    if (deck_node) {
        static const char *const deck_keys[] = { "id", "title", NULL };
        ydoc_check_keys(r->doc, deck_node, deck_keys, "'deck'", r->errors);
        d->id = result_reader_need_text(r, deck_node, "id", "'deck'");
        d->title.text[0] = result_reader_need_text(r, deck_node, "title", "'deck'");
    }
    d->languages[0] = result_reader_need_text(r, root, "language", "the result file");
    d->language_count = 1;
    if (r->format == 1)
        result_read_side_names(r, root);
    else {
        result_read_role_list(r, root);
        result_read_mode(r, root);
        result_read_labels(r, root);
    }
    const ydoc_node *started = result_reader_need(r, root, "started", YDOC_SCALAR, "the result file");
    if (started && !result_parse_time(started->text, &r->s->started_at))
        fail(r, started, "'started' must be a time like 2026-11-25T14:00:00Z");
    const ydoc_node *ended = ydoc_get(root, "ended");
    if (ended && (ended->kind != YDOC_SCALAR || !result_parse_time(ended->text, &r->s->ended_at)))
        fail(r, ended, "'ended' must be a time like 2026-11-25T14:30:00Z");
}

static void read_scale(reader *r, const ydoc_node *root)
{
    deck *d = r->d;
    const ydoc_node *n = result_reader_need(r, root, "scale", YDOC_SEQUENCE, "the result file");
    if (!n)
        return;
    if (n->count < DECK_MIN_OPTIONS || n->count > DECK_MAX_OPTIONS) {
        fail(r, n, "'scale' must have %d to %d options", DECK_MIN_OPTIONS,
             DECK_MAX_OPTIONS);
        return;
    }
    for (size_t i = 0; i < n->count; i++) {
        const ydoc_node *m = n->items[i];
        if (m->kind != YDOC_MAPPING) {
            fail(r, m, "each scale option must be a mapping");
            continue;
        }
        deck_option *opt = &d->options[i]; /* i < DECK_MAX_OPTIONS: checked above */
        d->option_count = i + 1;
        long long v;
        if (!result_reader_node_int(ydoc_get(m, "value"), -1000000, 1000000, &v))
            fail(r, m, "scale option %zu needs a whole-number 'value'", i + 1);
        else if (i > 0 && v <= d->options[i - 1].value)
            fail(r, m, "the scale values must go up");
        else
            opt->value = (int)v;
        static const char *const keys[] = { "value", "label", NULL };
        ydoc_check_keys(r->doc, m, keys, "a scale option", r->errors);
        opt->label.text[0] = result_reader_need_text(r, m, "label", "a scale option");
    }
}

static void read_dimensions(reader *r, const ydoc_node *root)
{
    deck *d = r->d;
    const ydoc_node *n = result_reader_need(r, root, "dimensions", YDOC_SEQUENCE, "the result file");
    if (!n)
        return;
    if (n->count == 0 || n->count > DECK_MAX_DIMENSIONS) {
        fail(r, n, "'dimensions' must list 1 to %d dimensions", DECK_MAX_DIMENSIONS);
        return;
    }
    d->dimensions = calloc(n->count, sizeof *d->dimensions);
    if (!d->dimensions) {
        fail(r, n, "out of memory");
        return;
    }
    for (size_t i = 0; i < n->count; i++) {
        const ydoc_node *m = n->items[i];
        if (m->kind != YDOC_MAPPING) {
            fail(r, m, "each dimension must be a mapping");
            continue;
        }
        deck_dimension *dim = &d->dimensions[d->dimension_count++];
        static const char *const keys[] = { "key", "name", "polarity", NULL };
        ydoc_check_keys(r->doc, m, keys, "a dimension", r->errors);
        dim->key = result_reader_need_text(r, m, "key", "a dimension");
        dim->name.text[0] = result_reader_need_text(r, m, "name", "a dimension");
        const ydoc_node *p = ydoc_get(m, "polarity");
        if (result_reader_scalar_is(p, "negative"))
            dim->negative = true;
        else if (!result_reader_scalar_is(p, "positive"))
            fail(r, p ? p : m, "'polarity' must be positive or negative");
    }
}

static int dimension_index(const deck *d, const char *key)
{
    for (size_t i = 0; i < d->dimension_count; i++)
        if (d->dimensions[i].key && strcmp(d->dimensions[i].key, key) == 0)
            return (int)i;
    return -1;
}

/* Format 2: what the card said to each role with its own wording. */
static void read_result_wordings(reader *r, const ydoc_node *m, deck_card *card,
                                 const char *context)
{
    const deck *d = r->d;
    const ydoc_node *n = ydoc_get(m, "wordings");
    if (!n)
        return;
    size_t pairs = n->kind == YDOC_MAPPING ? ydoc_pairs(n) : 0;
    if (pairs == 0 || pairs > DECK_MAX_ROLES) {
        fail(r, n, "'wordings' in %s must map role ids to texts", context);
        return;
    }
    card->wordings = calloc(pairs, sizeof *card->wordings);
    if (!card->wordings) {
        fail(r, n, "out of memory");
        return;
    }
    for (size_t i = 0; i < pairs; i++) {
        const ydoc_node *k = ydoc_key(n, i);
        int ri = k->kind == YDOC_SCALAR ? deck_role_index(d, k->text) : -1;
        if (ri < DECK_ROLE_COUNT) {
            fail(r, k, "'wordings' in %s names '%.64s', which is not a role of "
                 "'roles' beside client and professional", context,
                 k->kind == YDOC_SCALAR ? k->text : "?");
            continue;
        }
        deck_wording *w = &card->wordings[card->wording_count++];
        w->role = (size_t)ri;
        w->text.text[0] = result_reader_need_text(r, n, k->text, context);
    }
}

static void read_cards(reader *r, const ydoc_node *root)
{
    deck *d = r->d;
    session *s = r->s;
    const ydoc_node *n = result_reader_need(r, root, "cards", YDOC_SEQUENCE, "the result file");
    if (!n || result_reader_failed(r))
        return; /* answers can only be checked against a sound header */
    if (n->count == 0 || n->count > DECK_MAX_CARDS) {
        fail(r, n, "'cards' must list 1 to %d cards", DECK_MAX_CARDS);
        return;
    }
    d->cards = calloc(n->count, sizeof *d->cards);
    s->rounds = calloc(n->count, sizeof *s->rounds);
    if (!d->cards || !s->rounds) {
        fail(r, n, "out of memory");
        return;
    }
    s->current = n->count;
    for (size_t i = 0; i < n->count; i++) {
        const ydoc_node *m = n->items[i];
        char context[128];
        snprintf(context, sizeof context, "card %zu", i + 1);
        if (m->kind != YDOC_MAPPING) {
            fail(r, m, "each card must be a mapping");
            continue;
        }
        deck_card *card = &d->cards[d->card_count++];
        session_round *round = &s->rounds[s->round_count++];
        round->card = i;
        for (size_t p = 0; p < SESSION_MAX_PLAYERS; p++) {
            round->answer[p] = SESSION_NO_ANSWER;
            round->predict[p] = SESSION_NO_ANSWER;
        }
        card->line = m->line;
        card->id = result_reader_need_text(r, m, "id", context);
        if (card->id)
            snprintf(context, sizeof context, "card '%.64s'", card->id);
        const char *keys[] = { "id", "dimension", "client", "professional", "state",
                               "marked", "answers", "values",
                               r->format == 2 ? "wordings" : NULL,
                               r->format == 2 ? "predictions" : NULL,
                               "counts", "revote", NULL };
        ydoc_check_keys(r->doc, m, keys, context, r->errors);
        const ydoc_node *dim = result_reader_need(r, m, "dimension", YDOC_SCALAR, context);
        int di = dim ? dimension_index(d, dim->text) : -1;
        if (dim && di < 0)
            fail(r, dim, "%s names a dimension that the file does not list", context);
        card->dimension = di < 0 ? 0 : (size_t)di;
        card->client.text[0] = result_reader_need_text(r, m, "client", context);
        card->professional.text[0] = result_reader_need_text(r, m, "professional", context);
        read_result_wordings(r, m, card, context);
        const ydoc_node *state = result_reader_need(r, m, "state", YDOC_SCALAR, context);
        if (result_reader_scalar_is(state, "revealed"))
            round->state = SESSION_CARD_REVEALED;
        else if (result_reader_scalar_is(state, "skipped"))
            round->state = SESSION_CARD_SKIPPED;
        else if (result_reader_scalar_is(state, "open"))
            round->state = SESSION_CARD_OPEN;
        else if (r->format == 2 && result_reader_scalar_is(state, "kept-out")) {
            /* talked about, never stored: read as a card without answers */
            round->state = SESSION_CARD_SKIPPED;
            round->kept_out = true;
        } else if (state)
            fail(r, state, "'state' in %s must be revealed, skipped, kept-out or "
                           "open", context);
        const ydoc_node *marked = ydoc_get(m, "marked");
        if (marked && !result_reader_scalar_is(marked, "true") && !result_reader_scalar_is(marked, "false"))
            fail(r, marked, "'marked' in %s must be true or false", context);
        round->marked = result_reader_scalar_is(marked, "true");
        if (round->state != SESSION_CARD_SKIPPED)
            result_read_votes(r, m, round, context);
        else
            result_read_no_votes(r, m, context);
        if (round->state == SESSION_CARD_OPEN && s->current == n->count)
            s->current = i;
    }
}

/* in_play (optional, unfinished rounds only): the 1-based position of the
 * card being played. Without it the first open card is in play, as files
 * before version 0.2 expect. */
static void read_in_play(reader *r, const ydoc_node *root)
{
    session *s = r->s;
    const ydoc_node *n = ydoc_get(root, "in_play");
    if (!n)
        return;
    long long pos;
    if (ydoc_get(root, "ended")) {
        fail(r, n, "'in_play' belongs only in an unfinished round, and this "
                   "one has 'ended'");
        return;
    }
    if (!result_reader_node_int(n, 1, (long long)s->round_count, &pos)) {
        fail(r, n, "'in_play' must be a card position from 1 to %zu", s->round_count);
        return;
    }
    size_t in_play = (size_t)pos - 1;
    bool kept_out = s->rounds[in_play].kept_out;
    if (s->rounds[in_play].state == SESSION_CARD_SKIPPED && !kept_out) {
        fail(r, n, "'in_play' is card %lld, but that card was skipped", pos);
        return;
    }
    /* where the facilitator may go back, cards after the one in play may
     * be turned already: played, then gone back past */
    bool back = result_reader_mode_can(r, MODE_CONTROL_BACK);
    for (size_t i = 0; i < s->round_count; i++) {
        session_round *round = &s->rounds[i];
        bool open = round->state == SESSION_CARD_OPEN;
        if (i < in_play && open) {
            fail(r, n, "'in_play' is card %lld, but card %zu before it is "
                       "still open", pos, i + 1);
            return;
        }
        if (i > in_play && back && round->kept_out) {
            /* turned and kept out of the record: turned still, its
             * answers gone, so as if turned before anyone answered */
            round->state = SESSION_CARD_REVEALED;
            round->early = true;
            continue;
        }
        if (i > in_play && !open &&
            !(back && round->state == SESSION_CARD_REVEALED)) {
            fail(r, n, "'in_play' is card %lld, but card %zu after it was "
                       "already played", pos, i + 1);
            return;
        }
    }
    /* the card in play was turned and kept out of the record: its
     * answers are gone, so the round goes on after it (done, when it was
     * the last; when it ended is not known, so its start is taken) */
    s->current = kept_out ? in_play + 1 : in_play;
    if (kept_out && s->current == s->round_count)
        s->ended_at = s->started_at;
}

bool result_read_buffer(const char *name, const char *data, size_t size,
                        deck *d, session *s, error_list *errors)
{
    memset(d, 0, sizeof *d);
    memset(s, 0, sizeof *s);
    ydoc doc;
    if (!ydoc_parse(name, data, size, RESULT_MAX_FILE_BYTES, &doc, errors))
        return false;
    reader r = { &doc, errors, errors->count + errors->dropped, d, s, 0 };
    if (doc.root->kind != YDOC_MAPPING) {
        fail(&r, doc.root, "this is not a result file: it must be a mapping "
                           "that starts with format: %s", RESULT_FORMAT);
    } else {
        read_header(&r, doc.root);
        if (!result_reader_failed(&r)) {
            if (r.format == 1)
                result_read_players(&r, doc.root);
            else
                result_read_seats(&r, doc.root);
            read_scale(&r, doc.root);
            read_dimensions(&r, doc.root);
            read_cards(&r, doc.root);
            if (!result_reader_failed(&r))
                read_in_play(&r, doc.root);
            if (!result_reader_failed(&r))
                result_read_votes_settle(&r, doc.root);
        }
    }
    s->deck = d;
    s->language = 0;
    if (!result_reader_failed(&r) && !session_is_consistent(s))
        fail(&r, doc.root, "the answers in this file do not fit together "
                           "(a turned card without every answer, or answers "
                           "after an open card)");
    ydoc_free(&doc);
    if (result_reader_failed(&r)) {
        session_free(s);
        deck_free(d);
        return false;
    }
    d->path = malloc(strlen(name) + 1);
    if (d->path)
        strcpy(d->path, name);
    if (r.format == 2)
        return true;
    /* A format 1 file names the two sides only: each seat has its side's
     * role, and the way to play was the one implied when none is named. */
    if (!deck_roles_from_sides(d)) {
        error_add(errors, name, 0, 0, "out of memory");
        session_free(s);
        deck_free(d);
        return false;
    }
    for (size_t p = 0; p < s->player_count; p++)
        s->roles[p] = deck_side_role(d, s->players[p]);
    snprintf(s->mode, sizeof s->mode, "%s", mode_stored_id(mode_implied()));
    return true;
}

bool result_read(const char *path, deck *d, session *s, error_list *errors)
{
    memset(d, 0, sizeof *d);
    memset(s, 0, sizeof *s);
    char *data;
    size_t size;
    if (!ydoc_read_file(path, RESULT_MAX_FILE_BYTES, &data, &size, errors))
        return false;
    bool ok = result_read_buffer(path, data, size, d, s, errors);
    free(data);
    return ok;
}
