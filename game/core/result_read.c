/* result_read: alliantiespel-result/2 files, and /1 (still read: each
 * seat then has its side's own role, and the way to play was the table
 * game), into a small deck of their own and a session on it. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "result_private.h"
#include "utf8.h"
#include "ydoc.h"

typedef struct {
    const ydoc *doc;
    error_list *errors;
    size_t errors_before;
    deck *d;
    session *s;
    int format;    /* 1 or 2, once the header is read */
} reader;

#define fail(r, at, ...) ydoc_error((r)->doc, (at), (r)->errors, __VA_ARGS__)

/* True once anything in this file was found wrong. */
static bool failed(const reader *r)
{
    return r->errors->count + r->errors->dropped != r->errors_before;
}

static const ydoc_node *need(reader *r, const ydoc_node *map, const char *key,
                             ydoc_kind kind, const char *context)
{
    const ydoc_node *n = ydoc_get(map, key);
    if (!n) {
        fail(r, map, "missing key '%s' in %s", key, context);
        return NULL;
    }
    if (n->kind != kind) {
        fail(r, n, "'%s' in %s must be %s, not %s", key, context,
             ydoc_kind_name(kind), ydoc_kind_name(n->kind));
        return NULL;
    }
    return n;
}

static char *need_text(reader *r, const ydoc_node *map, const char *key,
                       const char *context)
{
    const ydoc_node *n = need(r, map, key, YDOC_SCALAR, context);
    if (!n)
        return NULL;
    if (n->length == 0 || n->length > DECK_MAX_TEXT_BYTES ||
        !utf8_valid(n->text, n->length)) {
        fail(r, n, "'%s' in %s must be a text of 1 to %d bytes of UTF-8", key,
             context, DECK_MAX_TEXT_BYTES);
        return NULL;
    }
    char *c = malloc(n->length + 1);
    if (!c) {
        fail(r, n, "out of memory");
        return NULL;
    }
    memcpy(c, n->text, n->length + 1);
    return c;
}

static bool scalar_is(const ydoc_node *n, const char *text)
{
    return n && n->kind == YDOC_SCALAR && strcmp(n->text, text) == 0;
}

static bool node_int(const ydoc_node *n, long long lo, long long hi, long long *out)
{
    if (!n || n->kind != YDOC_SCALAR || !n->plain || n->length == 0 || n->length > 12)
        return false;
    char *end;
    errno = 0;
    long long v = strtoll(n->text, &end, 10);
    if (errno || *end || v < lo || v > hi)
        return false;
    *out = v;
    return true;
}

/* Format 1: the two sides' names; the roles are made from them once the
 * file is read. */
static void read_side_names(reader *r, const ydoc_node *root)
{
    deck *d = r->d;
    const ydoc_node *roles = need(r, root, "roles", YDOC_MAPPING, "the result file");
    if (!roles)
        return;
    static const char *const role_keys[] = { "professional", "client", NULL };
    ydoc_check_keys(r->doc, roles, role_keys, "'roles'", r->errors);
    d->role_name[DECK_ROLE_PROFESSIONAL].text[0] =
        need_text(r, roles, "professional", "'roles'");
    d->role_name[DECK_ROLE_CLIENT].text[0] = need_text(r, roles, "client", "'roles'");
}

/* [a-z0-9-], 1 to max bytes: role ids and the way to play. */
static bool is_id(const ydoc_node *n, size_t max)
{
    if (!n || n->kind != YDOC_SCALAR || n->length == 0 || n->length > max)
        return false;
    for (size_t i = 0; i < n->length; i++)
        if (!strchr("abcdefghijklmnopqrstuvwxyz0123456789-", n->text[i]) ||
            n->text[i] == '\0')
            return false;
    return true;
}

static const char *const side_role[DECK_ROLE_COUNT] = { "professional", "client" };

/* One item of a format 2 'roles' list into the file's own deck. */
static void read_role(reader *r, const ydoc_node *m)
{
    deck *d = r->d;
    if (m->kind != YDOC_MAPPING) {
        fail(r, m, "each role must be a mapping like {id: client, side: client, "
                   "name: ..., the: ...}");
        return;
    }
    static const char *const keys[] = { "id", "side", "name", "the", NULL };
    ydoc_check_keys(r->doc, m, keys, "a role", r->errors);
    const ydoc_node *id = need(r, m, "id", YDOC_SCALAR, "a role");
    const ydoc_node *side = need(r, m, "side", YDOC_SCALAR, "a role");
    if (!id || !side)
        return;
    if (!is_id(id, 64)) {
        fail(r, id, "a role id must be 1 to 64 of a-z, 0-9 and '-'");
        return;
    }
    if (deck_role_index(d, id->text) >= 0) {
        fail(r, id, "role '%s' is listed twice", id->text);
        return;
    }
    deck_role s = scalar_is(side, "client") ? DECK_ROLE_CLIENT : DECK_ROLE_PROFESSIONAL;
    if (!scalar_is(side, "client") && !scalar_is(side, "professional")) {
        fail(r, side, "'side' of role '%s' must be client or professional", id->text);
        return;
    }
    size_t at = d->role_count;
    if (strcmp(id->text, side_role[s]) == 0)
        at = s; /* a side's own role, where a deck keeps it */
    else if (strcmp(id->text, side_role[!s]) == 0) {
        fail(r, side, "role '%s' must be on side %s", id->text, side_role[!s]);
        return;
    } else if (d->role_count == DECK_MAX_ROLES) {
        fail(r, m, "a result file names at most %d roles", DECK_MAX_ROLES);
        return;
    } else
        d->role_count++;
    deck_role_info *role = &d->roles[at];
    role->side = s;
    role->id = need_text(r, m, "id", "a role");
    role->name.text[0] = need_text(r, m, "name", "a role");
    role->the.text[0] = need_text(r, m, "the", "a role");
}

/* Format 2: the roles the seats play and the sides' own two, which go
 * first (in the order of deck_role), as in a deck. */
static void read_role_list(reader *r, const ydoc_node *root)
{
    deck *d = r->d;
    const ydoc_node *n = need(r, root, "roles", YDOC_SEQUENCE, "the result file");
    if (!n)
        return;
    if (n->count < DECK_ROLE_COUNT || n->count > DECK_MAX_ROLES) {
        fail(r, n, "'roles' must list %d to %d roles", DECK_ROLE_COUNT, DECK_MAX_ROLES);
        return;
    }
    d->role_count = DECK_ROLE_COUNT;
    for (size_t i = 0; i < n->count; i++)
        read_role(r, n->items[i]);
    for (size_t s = 0; s < DECK_ROLE_COUNT && !failed(r); s++) {
        const char *name = d->roles[s].name.text[0];
        if (!d->roles[s].id)
            fail(r, n, "'roles' must list the role '%s' (side %s)", side_role[s],
                 side_role[s]);
        else if ((d->role_name[s].text[0] = malloc(strlen(name) + 1)) != NULL)
            strcpy(d->role_name[s].text[0], name);
        else
            fail(r, n, "out of memory");
    }
}

/* Format 2: the way to play ("table", "family", ...). */
static void read_mode(reader *r, const ydoc_node *root)
{
    const ydoc_node *n = need(r, root, "mode", YDOC_SCALAR, "the result file");
    if (n && !is_id(n, SESSION_MODE_ID_MAX - 1))
        fail(r, n, "'mode' must be 1 to %d of a-z, 0-9 and '-'", SESSION_MODE_ID_MAX - 1);
    else if (n)
        memcpy(r->s->mode, n->text, n->length + 1);
}

static void read_header(reader *r, const ydoc_node *root)
{
    deck *d = r->d;
    const ydoc_node *format = ydoc_get(root, "format");
    if (scalar_is(format, RESULT_FORMAT))
        r->format = 2;
    else if (scalar_is(format, RESULT_FORMAT_1))
        r->format = 1;
    else {
        fail(r, format ? format : root, "this is not a result file: 'format' "
             "must be %s (or the older %s)", RESULT_FORMAT, RESULT_FORMAT_1);
        return;
    }
    /* Format 2 adds the way to play; its roles and players are lists. */
    const char *keys[] = { "format", "deck", "language", "started", "ended",
                           "in_play", "roles", "players", "scale", "dimensions",
                           "cards", "summary", r->format == 2 ? "mode" : NULL,
                           NULL };
    ydoc_check_keys(r->doc, root, keys, "the result file", r->errors);
    const ydoc_node *deck_node = need(r, root, "deck", YDOC_MAPPING, "the result file");
    if (deck_node) {
        static const char *const deck_keys[] = { "id", "title", NULL };
        ydoc_check_keys(r->doc, deck_node, deck_keys, "'deck'", r->errors);
        d->id = need_text(r, deck_node, "id", "'deck'");
        d->title.text[0] = need_text(r, deck_node, "title", "'deck'");
    }
    d->languages[0] = need_text(r, root, "language", "the result file");
    d->language_count = 1;
    if (r->format == 1)
        read_side_names(r, root);
    else {
        read_role_list(r, root);
        read_mode(r, root);
    }
    const ydoc_node *started = need(r, root, "started", YDOC_SCALAR, "the result file");
    if (started && !result_parse_time(started->text, &r->s->started_at))
        fail(r, started, "'started' must be a time like 2026-11-25T14:00:00Z");
    const ydoc_node *ended = ydoc_get(root, "ended");
    if (ended && (ended->kind != YDOC_SCALAR || !result_parse_time(ended->text, &r->s->ended_at)))
        fail(r, ended, "'ended' must be a time like 2026-11-25T14:30:00Z");
}

static void read_players(reader *r, const ydoc_node *root)
{
    session *s = r->s;
    const ydoc_node *n = need(r, root, "players", YDOC_SEQUENCE, "the result file");
    if (!n)
        return;
    size_t professionals = 0;
    if (n->count < 2 || n->count > SESSION_MAX_PLAYERS) {
        fail(r, n, "'players' must list 2 to %d players", SESSION_MAX_PLAYERS);
        return;
    }
    for (size_t i = 0; i < n->count; i++) {
        if (scalar_is(n->items[i], "professional")) {
            s->players[i] = DECK_ROLE_PROFESSIONAL;
            professionals++;
        } else if (scalar_is(n->items[i], "client")) {
            s->players[i] = DECK_ROLE_CLIENT;
        } else {
            fail(r, n->items[i], "a player must be professional or client");
        }
    }
    if (professionals != 1)
        fail(r, n, "'players' must hold exactly one professional");
    s->player_count = n->count;
}

/* Format 2: the seats in placing order, each {side, role}. */
static void read_seats(reader *r, const ydoc_node *root)
{
    session *s = r->s;
    const deck *d = r->d;
    const ydoc_node *n = need(r, root, "players", YDOC_SEQUENCE, "the result file");
    if (!n)
        return;
    if (n->count < 1 || n->count > SESSION_MAX_PLAYERS) {
        fail(r, n, "'players' must list 1 to %d players", SESSION_MAX_PLAYERS);
        return;
    }
    static const char *const keys[] = { "side", "role", NULL };
    for (size_t i = 0; i < n->count; i++) {
        const ydoc_node *m = n->items[i];
        if (m->kind != YDOC_MAPPING) {
            fail(r, m, "each player must be a mapping like {side: client, role: client}");
            continue;
        }
        ydoc_check_keys(r->doc, m, keys, "a player", r->errors);
        const ydoc_node *side = need(r, m, "side", YDOC_SCALAR, "a player");
        const ydoc_node *role = need(r, m, "role", YDOC_SCALAR, "a player");
        if (!side || !role)
            continue;
        int ri = deck_role_index(d, role->text);
        if (ri < 0) {
            fail(r, role, "player %zu plays role '%.64s', which 'roles' does not "
                 "list", i + 1, role->text);
            continue;
        }
        const char *want = result_side_key(d->roles[ri].side);
        if (!scalar_is(side, want)) {
            fail(r, side, "player %zu sits on side '%.40s', but role '%s' is on "
                 "side %s", i + 1, side->text, role->text, want);
            continue;
        }
        s->players[i] = d->roles[ri].side;
        s->roles[i] = (size_t)ri;
    }
    s->player_count = n->count;
}

static void read_scale(reader *r, const ydoc_node *root)
{
    deck *d = r->d;
    const ydoc_node *n = need(r, root, "scale", YDOC_SEQUENCE, "the result file");
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
        if (!node_int(ydoc_get(m, "value"), -1000000, 1000000, &v))
            fail(r, m, "scale option %zu needs a whole-number 'value'", i + 1);
        else if (i > 0 && v <= d->options[i - 1].value)
            fail(r, m, "the scale values must go up");
        else
            opt->value = (int)v;
        static const char *const keys[] = { "value", "label", NULL };
        ydoc_check_keys(r->doc, m, keys, "a scale option", r->errors);
        opt->label.text[0] = need_text(r, m, "label", "a scale option");
    }
}

static void read_dimensions(reader *r, const ydoc_node *root)
{
    deck *d = r->d;
    const ydoc_node *n = need(r, root, "dimensions", YDOC_SEQUENCE, "the result file");
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
        dim->key = need_text(r, m, "key", "a dimension");
        dim->name.text[0] = need_text(r, m, "name", "a dimension");
        const ydoc_node *p = ydoc_get(m, "polarity");
        if (scalar_is(p, "negative"))
            dim->negative = true;
        else if (!scalar_is(p, "positive"))
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

static void read_answers(reader *r, const ydoc_node *card, session_round *round,
                         const char *context)
{
    const deck *d = r->d;
    const session *s = r->s;
    const ydoc_node *answers = need(r, card, "answers", YDOC_SEQUENCE, context);
    const ydoc_node *values = need(r, card, "values", YDOC_SEQUENCE, context);
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
        if (scalar_is(a, "~") && scalar_is(v, "~"))
            continue;
        long long pos, value;
        if (!node_int(a, 1, (long long)d->option_count, &pos)) {
            fail(r, a, "an answer in %s must be a position from 1 to %zu, or ~",
                 context, d->option_count);
            continue;
        }
        if (!node_int(v, -1000000, 1000000, &value) ||
            value != d->options[pos - 1].value) {
            fail(r, v, "the value in %s does not match answer %lld on the scale",
                 context, pos);
            continue;
        }
        round->answer[p] = (int)pos - 1;
    }
}

/* Format 2: what the card said to each role with its own wording. */
static void read_wordings(reader *r, const ydoc_node *m, deck_card *card,
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
        w->text.text[0] = need_text(r, n, k->text, context);
    }
}

static void read_cards(reader *r, const ydoc_node *root)
{
    deck *d = r->d;
    session *s = r->s;
    const ydoc_node *n = need(r, root, "cards", YDOC_SEQUENCE, "the result file");
    if (!n || failed(r))
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
        for (size_t p = 0; p < SESSION_MAX_PLAYERS; p++)
            round->answer[p] = SESSION_NO_ANSWER;
        card->line = m->line;
        card->id = need_text(r, m, "id", context);
        if (card->id)
            snprintf(context, sizeof context, "card '%.64s'", card->id);
        const char *keys[] = { "id", "dimension", "client", "professional", "state",
                               "marked", "answers", "values",
                               r->format == 2 ? "wordings" : NULL, NULL };
        ydoc_check_keys(r->doc, m, keys, context, r->errors);
        const ydoc_node *dim = need(r, m, "dimension", YDOC_SCALAR, context);
        int di = dim ? dimension_index(d, dim->text) : -1;
        if (dim && di < 0)
            fail(r, dim, "%s names a dimension that the file does not list", context);
        card->dimension = di < 0 ? 0 : (size_t)di;
        card->client.text[0] = need_text(r, m, "client", context);
        card->professional.text[0] = need_text(r, m, "professional", context);
        read_wordings(r, m, card, context);
        const ydoc_node *state = need(r, m, "state", YDOC_SCALAR, context);
        if (scalar_is(state, "revealed"))
            round->state = SESSION_CARD_REVEALED;
        else if (scalar_is(state, "skipped"))
            round->state = SESSION_CARD_SKIPPED;
        else if (scalar_is(state, "open"))
            round->state = SESSION_CARD_OPEN;
        else if (state)
            fail(r, state, "'state' in %s must be revealed, skipped or open", context);
        const ydoc_node *marked = ydoc_get(m, "marked");
        if (marked && !scalar_is(marked, "true") && !scalar_is(marked, "false"))
            fail(r, marked, "'marked' in %s must be true or false", context);
        round->marked = scalar_is(marked, "true");
        if (round->state != SESSION_CARD_SKIPPED)
            read_answers(r, m, round, context);
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
    if (!node_int(n, 1, (long long)s->round_count, &pos)) {
        fail(r, n, "'in_play' must be a card position from 1 to %zu", s->round_count);
        return;
    }
    size_t in_play = (size_t)pos - 1;
    if (s->rounds[in_play].state == SESSION_CARD_SKIPPED) {
        fail(r, n, "'in_play' is card %lld, but that card was skipped", pos);
        return;
    }
    for (size_t i = 0; i < s->round_count; i++) {
        bool open = s->rounds[i].state == SESSION_CARD_OPEN;
        if (i < in_play && open) {
            fail(r, n, "'in_play' is card %lld, but card %zu before it is "
                       "still open", pos, i + 1);
            return;
        }
        if (i > in_play && !open) {
            fail(r, n, "'in_play' is card %lld, but card %zu after it was "
                       "already played", pos, i + 1);
            return;
        }
    }
    s->current = in_play;
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
        if (!failed(&r)) {
            if (r.format == 1)
                read_players(&r, doc.root);
            else
                read_seats(&r, doc.root);
            read_scale(&r, doc.root);
            read_dimensions(&r, doc.root);
            read_cards(&r, doc.root);
            if (!failed(&r))
                read_in_play(&r, doc.root);
        }
    }
    s->deck = d;
    s->language = 0;
    if (!failed(&r) && !session_is_consistent(s))
        fail(&r, doc.root, "the answers in this file do not fit together "
                           "(a turned card without every answer, or answers "
                           "after an open card)");
    ydoc_free(&doc);
    if (failed(&r)) {
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
     * role, and the way to play was the table game. */
    if (!deck_roles_from_sides(d)) {
        error_add(errors, name, 0, 0, "out of memory");
        session_free(s);
        deck_free(d);
        return false;
    }
    for (size_t p = 0; p < s->player_count; p++)
        s->roles[p] = deck_side_role(d, s->players[p]);
    snprintf(s->mode, sizeof s->mode, "%s", "table");
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
