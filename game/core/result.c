/* result: writing and reading alliantiespel-result/1 files, and the CSV
 * export for researchers. */
#include "result.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <yaml.h>

#include "safe_file.h"
#include "utf8.h"
#include "ydoc.h"

#define RESULT_MAX_FILE_BYTES ((size_t)8 * 1024 * 1024)

/* ---- time stamps: ISO 8601 in UTC, without the locale or TZ ---- */

static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

static void format_time(int64_t t, char *buf, size_t size)
{
    int64_t days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
    int64_t secs = t - days * 86400;
    /* civil_from_days */
    int64_t z = days + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t y = (int64_t)yoe + era * 400;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    unsigned d = doy - (153 * mp + 2) / 5 + 1;
    unsigned m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    snprintf(buf, size, "%04lld-%02u-%02uT%02d:%02d:%02dZ", (long long)y, m, d,
             (int)(secs / 3600), (int)(secs / 60 % 60), (int)(secs % 60));
}

static bool parse_time(const char *s, int64_t *out)
{
    int y, mo, d, h, mi, se;
    char z;
    if (sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &se, &z) != 7 ||
        z != 'Z' || strlen(s) != 20 || mo < 1 || mo > 12 || d < 1 || d > 31 ||
        h > 23 || mi > 59 || se > 60 || y < 1970 || h < 0 || mi < 0 || se < 0)
        return false;
    *out = days_from_civil(y, (unsigned)mo, (unsigned)d) * 86400 +
           (int64_t)h * 3600 + (int64_t)mi * 60 + se;
    return true;
}

/* ---- writing ---- */

typedef struct {
    yaml_emitter_t emitter;
    bool ok;
    int os_errno; /* errno when the stream refused a write, else 0 */
} writer;

/* libyaml reports a refused write only as "write error"; errno, read
 * at once, says whether the disk is full. */
static void note_failure(writer *w)
{
    w->ok = false;
    if (w->emitter.error == YAML_WRITER_ERROR && w->os_errno == 0)
        w->os_errno = errno ? errno : EIO;
}

static void emit(writer *w, yaml_event_t *event, int made)
{
    if (!w->ok)
        return;
    if (!made || !yaml_emitter_emit(&w->emitter, event))
        note_failure(w);
}

static void put_scalar(writer *w, const char *text, bool plain_ok)
{
    yaml_event_t e;
    int made = yaml_scalar_event_initialize(
        &e, NULL, NULL, (yaml_char_t *)text, (int)strlen(text), 1, 1,
        plain_ok ? YAML_ANY_SCALAR_STYLE : YAML_DOUBLE_QUOTED_SCALAR_STYLE);
    emit(w, &e, made);
}

static void put_text(writer *w, const char *text)
{
    put_scalar(w, text ? text : "", true);
}

static void put_int(writer *w, long long v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%lld", v);
    put_scalar(w, buf, true);
}

static void put_number(writer *w, double v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%.2f", v);
    put_scalar(w, buf, true);
}

static void put_key(writer *w, const char *key) { put_scalar(w, key, true); }

static void open_map(writer *w, bool flow)
{
    yaml_event_t e;
    int made = yaml_mapping_start_event_initialize(
        &e, NULL, NULL, 1, flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE);
    emit(w, &e, made);
}

static void close_map(writer *w)
{
    yaml_event_t e;
    emit(w, &e, yaml_mapping_end_event_initialize(&e));
}

static void open_list(writer *w, bool flow)
{
    yaml_event_t e;
    int made = yaml_sequence_start_event_initialize(
        &e, NULL, NULL, 1, flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE);
    emit(w, &e, made);
}

static void close_list(writer *w)
{
    yaml_event_t e;
    emit(w, &e, yaml_sequence_end_event_initialize(&e));
}

static const char *state_name(session_card_state state)
{
    switch (state) {
    case SESSION_CARD_OPEN: return "open";
    case SESSION_CARD_REVEALED: return "revealed";
    case SESSION_CARD_SKIPPED: return "skipped";
    }
    return "open";
}

static const char *alignment_key(score_alignment a)
{
    return a == SCORE_ALIGNED ? "aligned" : a == SCORE_CLOSE ? "close" : "apart";
}

static const char *reading_key(score_reading r)
{
    switch (r) {
    case SCORE_READING_NONE: return "none";
    case SCORE_READING_GOOD: return "good";
    case SCORE_READING_MIXED: return "mixed";
    case SCORE_READING_CONCERN: return "concern";
    }
    return "none";
}

static const char *role_key(deck_role role)
{
    return role == DECK_ROLE_PROFESSIONAL ? "professional" : "client";
}

static void write_summary(writer *w, const session *s)
{
    score_summary sum;
    if (!score_compute(s, &sum)) {
        w->ok = false;
        return;
    }
    const deck *d = s->deck;
    put_key(w, "summary");
    open_map(w, false);
    put_key(w, "good_alliance");
    put_text(w, sum.good_alliance ? "true" : "false");
    put_key(w, "revealed");
    put_int(w, (long long)sum.revealed);
    put_key(w, "skipped");
    put_int(w, (long long)sum.skipped);
    put_key(w, "dimensions");
    open_list(w, false);
    for (size_t i = 0; i < sum.dimension_count; i++) {
        const score_dimension *dim = &sum.dimensions[i];
        open_map(w, false);
        put_key(w, "key");
        put_text(w, d->dimensions[i].key);
        put_key(w, "cards");
        put_int(w, (long long)dim->cards);
        put_key(w, "reading");
        put_text(w, reading_key(dim->reading));
        if (dim->cards) {
            put_key(w, "means");
            open_list(w, true);
            for (size_t p = 0; p < s->player_count; p++)
                put_number(w, dim->mean[p]);
            close_list(w);
            put_key(w, "mean_gap");
            put_number(w, dim->mean_gap);
            put_key(w, "alignment");
            put_text(w, alignment_key(dim->alignment));
        }
        close_map(w);
    }
    close_list(w);
    put_key(w, "topics");
    open_list(w, true);
    for (size_t i = 0; i < sum.topic_count; i++)
        put_text(w, d->cards[s->rounds[sum.topics[i].round].card].id);
    close_list(w);
    close_map(w);
    score_free(&sum);
}

static void write_session(writer *w, const session *s)
{
    const deck *d = s->deck;
    size_t lang = s->language;
    char when[40];
    yaml_event_t e;
    emit(w, &e, yaml_stream_start_event_initialize(&e, YAML_UTF8_ENCODING));
    emit(w, &e, yaml_document_start_event_initialize(&e, NULL, NULL, NULL, 0));
    open_map(w, false);
    put_key(w, "format");
    put_text(w, RESULT_FORMAT);
    put_key(w, "deck");
    open_map(w, false);
    put_key(w, "id");
    put_text(w, d->id);
    put_key(w, "title");
    put_text(w, deck_text(d, &d->title, lang));
    close_map(w);
    put_key(w, "language");
    put_text(w, d->languages[lang]);
    put_key(w, "started");
    format_time(s->started_at, when, sizeof when);
    put_text(w, when);
    if (session_finished(s)) {
        put_key(w, "ended");
        format_time(s->ended_at, when, sizeof when);
        put_text(w, when);
    } else {
        /* The card being played cannot be told from the states alone
         * once it is turned: turned card c looks like c+1 just dealt, and
         * a turned last card like a finished round. */
        put_key(w, "in_play");
        put_int(w, (long long)s->current + 1);
    }
    put_key(w, "roles");
    open_map(w, false);
    put_key(w, "professional");
    put_text(w, deck_text(d, &d->role_name[DECK_ROLE_PROFESSIONAL], lang));
    put_key(w, "client");
    put_text(w, deck_text(d, &d->role_name[DECK_ROLE_CLIENT], lang));
    close_map(w);
    put_key(w, "players");
    open_list(w, true);
    for (size_t p = 0; p < s->player_count; p++)
        put_text(w, role_key(s->players[p]));
    close_list(w);
    put_key(w, "scale");
    open_list(w, false);
    for (size_t i = 0; i < d->option_count; i++) {
        open_map(w, true);
        put_key(w, "value");
        put_int(w, d->options[i].value);
        put_key(w, "label");
        put_text(w, deck_text(d, &d->options[i].label, lang));
        close_map(w);
    }
    close_list(w);
    put_key(w, "dimensions");
    open_list(w, false);
    for (size_t i = 0; i < d->dimension_count; i++) {
        open_map(w, true);
        put_key(w, "key");
        put_text(w, d->dimensions[i].key);
        put_key(w, "name");
        put_text(w, deck_text(d, &d->dimensions[i].name, lang));
        put_key(w, "polarity");
        put_text(w, d->dimensions[i].negative ? "negative" : "positive");
        close_map(w);
    }
    close_list(w);
    put_key(w, "cards");
    open_list(w, false);
    for (size_t r = 0; r < s->round_count; r++) {
        const session_round *round = &s->rounds[r];
        const deck_card *card = &d->cards[round->card];
        open_map(w, false);
        put_key(w, "id");
        put_text(w, card->id);
        put_key(w, "dimension");
        put_text(w, d->dimensions[card->dimension].key);
        put_key(w, "client");
        put_text(w, deck_text(d, &card->client, lang));
        put_key(w, "professional");
        put_text(w, deck_text(d, &card->professional, lang));
        put_key(w, "state");
        put_text(w, state_name(round->state));
        if (round->marked) {
            put_key(w, "marked");
            put_text(w, "true");
        }
        if (round->state != SESSION_CARD_SKIPPED) {
            /* Positions 1..K per player, in player order; ~ = no token. */
            put_key(w, "answers");
            open_list(w, true);
            for (size_t p = 0; p < s->player_count; p++) {
                if (round->answer[p] == SESSION_NO_ANSWER)
                    put_text(w, "~");
                else
                    put_int(w, round->answer[p] + 1);
            }
            close_list(w);
            put_key(w, "values");
            open_list(w, true);
            for (size_t p = 0; p < s->player_count; p++) {
                if (round->answer[p] == SESSION_NO_ANSWER)
                    put_text(w, "~");
                else
                    put_int(w, d->options[round->answer[p]].value);
            }
            close_list(w);
        }
        close_map(w);
    }
    close_list(w);
    write_summary(w, s);
    close_map(w);
    emit(w, &e, yaml_document_end_event_initialize(&e, 1));
    emit(w, &e, yaml_stream_end_event_initialize(&e));
}

bool result_emit(FILE *out, const session *s, error_list *errors)
{
    writer w;
    if (!yaml_emitter_initialize(&w.emitter)) {
        error_add(errors, NULL, 0, 0, "out of memory");
        return false;
    }
    w.ok = true;
    w.os_errno = 0;
    yaml_emitter_set_output_file(&w.emitter, out);
    yaml_emitter_set_unicode(&w.emitter, 1);
    yaml_emitter_set_width(&w.emitter, 100);
    errno = 0;
    write_session(&w, s);
    if (w.ok && !yaml_emitter_flush(&w.emitter))
        note_failure(&w);
    if (w.os_errno)
        error_add_os(errors, NULL, w.os_errno, "could not write the result");
    else if (!w.ok)
        error_add(errors, NULL, 0, 0, "could not write the result: %s",
                  w.emitter.problem ? w.emitter.problem : "out of memory");
    yaml_emitter_delete(&w.emitter);
    return w.ok;
}

bool result_write(const char *path, const session *s, error_list *errors)
{
    safe_file file;
    if (!safe_file_create(&file, path, errors))
        return false;
    if (!result_emit(safe_file_stream(&file), s, errors)) {
        safe_file_abort(&file);
        return false;
    }
    return safe_file_commit(&file, errors);
}

/* ---- reading ---- */

typedef struct {
    const ydoc *doc;
    error_list *errors;
    size_t errors_before;
    deck *d;
    session *s;
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

static void read_header(reader *r, const ydoc_node *root)
{
    deck *d = r->d;
    const ydoc_node *format = ydoc_get(root, "format");
    if (!scalar_is(format, RESULT_FORMAT)) {
        fail(r, format ? format : root, "this is not a result file: 'format' "
                                        "must be %s", RESULT_FORMAT);
        return;
    }
    static const char *const keys[] = { "format", "deck", "language", "started",
                                        "ended", "in_play", "roles", "players",
                                        "scale", "dimensions", "cards", "summary",
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
    const ydoc_node *roles = need(r, root, "roles", YDOC_MAPPING, "the result file");
    if (roles) {
        static const char *const role_keys[] = { "professional", "client", NULL };
        ydoc_check_keys(r->doc, roles, role_keys, "'roles'", r->errors);
        d->role_name[DECK_ROLE_PROFESSIONAL].text[0] =
            need_text(r, roles, "professional", "'roles'");
        d->role_name[DECK_ROLE_CLIENT].text[0] = need_text(r, roles, "client", "'roles'");
    }
    const ydoc_node *started = need(r, root, "started", YDOC_SCALAR, "the result file");
    if (started && !parse_time(started->text, &r->s->started_at))
        fail(r, started, "'started' must be a time like 2026-11-25T14:00:00Z");
    const ydoc_node *ended = ydoc_get(root, "ended");
    if (ended && (ended->kind != YDOC_SCALAR || !parse_time(ended->text, &r->s->ended_at)))
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
        static const char *const keys[] = { "id", "dimension", "client", "professional",
                                            "state", "marked", "answers", "values", NULL };
        ydoc_check_keys(r->doc, m, keys, context, r->errors);
        const ydoc_node *dim = need(r, m, "dimension", YDOC_SCALAR, context);
        int di = dim ? dimension_index(d, dim->text) : -1;
        if (dim && di < 0)
            fail(r, dim, "%s names a dimension that the file does not list", context);
        card->dimension = di < 0 ? 0 : (size_t)di;
        card->client.text[0] = need_text(r, m, "client", context);
        card->professional.text[0] = need_text(r, m, "professional", context);
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
    reader r = { &doc, errors, errors->count + errors->dropped, d, s };
    if (doc.root->kind != YDOC_MAPPING) {
        fail(&r, doc.root, "this is not a result file: it must be a mapping "
                           "that starts with format: %s", RESULT_FORMAT);
    } else {
        read_header(&r, doc.root);
        if (!failed(&r)) {
            read_players(&r, doc.root);
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

/* ---- resuming ---- */

static bool resume_from(const char *path, const deck *saved_deck,
                        const session *saved, const deck *d, session *out,
                        error_list *errors)
{
    if (!d->id || strcmp(saved_deck->id, d->id) != 0) {
        error_add(errors, path, 0, 0, "this round was played with deck '%s', not '%s'",
                  saved_deck->id, d->id ? d->id : "?");
        return false;
    }
    int lang = deck_language_index(d, saved_deck->languages[0]);
    if (lang < 0 || d->option_count != saved_deck->option_count) {
        error_add(errors, path, 0, 0, "deck '%s' has changed since this round "
                                      "was saved (language or answer options)", d->id);
        return false;
    }
    size_t *cards = saved->round_count ? malloc(saved->round_count * sizeof *cards) : NULL;
    if (!cards) {
        error_add(errors, path, 0, 0, "out of memory");
        return false;
    }
    for (size_t r = 0; r < saved->round_count; r++) {
        const deck_card *card = &saved_deck->cards[saved->rounds[r].card];
        int index = deck_card_index(d, card->id);
        if (index < 0 || strcmp(d->dimensions[d->cards[index].dimension].key,
                                saved_deck->dimensions[card->dimension].key) != 0) {
            error_add(errors, path, card->line, 0, "card '%s' is no longer in deck "
                                                   "'%s' as it was", card->id, d->id);
            free(cards);
            return false;
        }
        cards[r] = (size_t)index;
    }
    session_seat seats[SESSION_MAX_PLAYERS];
    for (size_t p = 0; p < saved->player_count; p++) {
        const char *role = saved_deck->roles[saved->roles[p]].id;
        int index = deck_role_index(d, role);
        if (index < 0 || d->roles[index].side != saved->players[p]) {
            error_add(errors, path, 0, 0, "deck '%s' no longer has the role "
                      "'%s' this round was played with", d->id, role);
            free(cards);
            return false;
        }
        seats[p] = (session_seat){saved->players[p], (size_t)index};
    }
    session_status status = session_new_seats(out, d, (size_t)lang, cards,
                                              saved->round_count, seats,
                                              saved->player_count, saved->mode,
                                              saved->started_at);
    free(cards);
    if (status != SESSION_OK) {
        error_add(errors, path, 0, 0, "cannot pick up this round: %s",
                  session_status_message(status));
        return false;
    }
    for (size_t r = 0; r < saved->round_count; r++) {
        out->rounds[r].state = saved->rounds[r].state;
        out->rounds[r].marked = saved->rounds[r].marked;
        memcpy(out->rounds[r].answer, saved->rounds[r].answer, sizeof out->rounds[r].answer);
    }
    out->current = saved->current;
    out->ended_at = saved->ended_at;
    return true;
}

bool result_resume(const char *path, const deck *d, session *out, error_list *errors)
{
    memset(out, 0, sizeof *out);
    deck saved_deck;
    session saved;
    if (!result_read(path, &saved_deck, &saved, errors))
        return false;
    bool ok = resume_from(path, &saved_deck, &saved, d, out, errors);
    session_free(&saved);
    deck_free(&saved_deck);
    return ok;
}

/* ---- CSV ---- */

static void csv_field(FILE *out, const char *text)
{
    bool quote = strpbrk(text, ",\"\n\r") != NULL;
    if (!quote) {
        fputs(text, out);
        return;
    }
    fputc('"', out);
    for (const char *p = text; *p; p++) {
        if (*p == '"')
            fputc('"', out);
        fputc(*p, out);
    }
    fputc('"', out);
}

bool result_write_csv(FILE *out, const session *s)
{
    const deck *d = s->deck;
    char when[40];
    format_time(s->started_at, when, sizeof when);
    fputs("deck,language,started,card,dimension,polarity,state,marked,player,"
          "role,position,value,scale_size,gap\n", out);
    for (size_t r = 0; r < s->round_count; r++) {
        const session_round *round = &s->rounds[r];
        const deck_card *card = &d->cards[round->card];
        const deck_dimension *dim = &d->dimensions[card->dimension];
        for (size_t p = 0; p < s->player_count; p++) {
            csv_field(out, d->id ? d->id : "");
            fprintf(out, ",%s,%s,", d->languages[s->language], when);
            csv_field(out, card->id);
            fputc(',', out);
            csv_field(out, dim->key);
            fprintf(out, ",%s,%s,%s,%zu,%s,", dim->negative ? "negative" : "positive",
                    state_name(round->state), round->marked ? "true" : "false",
                    p + 1, role_key(s->players[p]));
            int a = round->answer[p];
            if (a != SESSION_NO_ANSWER && round->state != SESSION_CARD_SKIPPED)
                fprintf(out, "%d,%d,", a + 1, d->options[a].value);
            else
                fputs(",,", out);
            fprintf(out, "%zu,", d->option_count);
            int gap = score_round_gap(s, r);
            if (gap >= 0)
                fprintf(out, "%d", gap);
            fputc('\n', out);
        }
    }
    return !ferror(out);
}
