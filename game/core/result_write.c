/* result_write: a session into an alliantiespel-result/2 file (always
 * the newest format), through safe_file. */
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "params.h"
#include "result_private.h"
#include "safe_file.h"

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

static void emit_event(writer *w, yaml_event_t *event, int made)
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
    emit_event(w, &e, made);
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
    emit_event(w, &e, made);
}

static void close_map(writer *w)
{
    yaml_event_t e;
    emit_event(w, &e, yaml_mapping_end_event_initialize(&e));
}

static void open_list(writer *w, bool flow)
{
    yaml_event_t e;
    int made = yaml_sequence_start_event_initialize(
        &e, NULL, NULL, 1, flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE);
    emit_event(w, &e, made);
}

static void close_list(writer *w)
{
    yaml_event_t e;
    emit_event(w, &e, yaml_sequence_end_event_initialize(&e));
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

/* True when a seat plays role r, or r is a side's own role (always
 * written: it names the side where the game speaks of a whole side). */
static bool role_written(const session *s, size_t r)
{
    if (r < DECK_ROLE_COUNT)
        return true;
    for (size_t p = 0; p < s->player_count; p++)
        if (s->roles[p] == r)
            return true;
    return false;
}

/* The roles, enough to name people when the deck is gone, then the seats
 * in placing order, each with its side and role. */
static void write_roles(writer *w, const session *s)
{
    const deck *d = s->deck;
    put_key(w, "roles");
    open_list(w, false);
    for (size_t r = 0; r < d->role_count; r++) {
        if (!role_written(s, r))
            continue;
        open_map(w, true);
        put_key(w, "id");
        put_text(w, d->roles[r].id);
        put_key(w, "side");
        put_text(w, result_side_key(d->roles[r].side));
        put_key(w, "name");
        put_text(w, deck_text(d, &d->roles[r].name, s->language));
        put_key(w, "the");
        put_text(w, deck_text(d, &d->roles[r].the, s->language));
        close_map(w);
    }
    close_list(w);
    put_key(w, "players");
    open_list(w, false);
    for (size_t p = 0; p < s->player_count; p++) {
        open_map(w, true);
        put_key(w, "side");
        put_text(w, result_side_key(s->players[p]));
        put_key(w, "role");
        put_text(w, d->roles[s->roles[p]].id);
        if (s->predicts[p]) {
            put_key(w, "predicts");
            put_text(w, "true");
        }
        if (s->team[p][0]) {
            /* a team's name is the facilitator's text: always quoted, so
             * a ':' or '#' in it, or a name like "true" or "~", reads
             * back as the same text */
            put_key(w, "team");
            put_scalar(w, s->team[p], false);
        }
        if (s->hands[p]) {
            put_key(w, "hands");
            put_text(w, "true");
        }
        if (s->seat_language[p] != s->language) {
            /* this seat read its card in another language than the round */
            put_key(w, "language");
            put_text(w, d->languages[s->seat_language[p]]);
        }
        close_map(w);
    }
    close_list(w);
}

/* Positions 1..K per player, in player order; ~ = none. */
static void write_positions(writer *w, const char *key, const int *options,
                            size_t count)
{
    put_key(w, key);
    open_list(w, true);
    for (size_t p = 0; p < count; p++) {
        if (options[p] == SESSION_NO_ANSWER)
            put_text(w, "~");
        else
            put_int(w, options[p] + 1);
    }
    close_list(w);
}

/* One vote's answers and the options' values, per player; ~ = none. */
static void write_answers(writer *w, const session *s, const int *answer)
{
    write_positions(w, "answers", answer, s->player_count);
    put_key(w, "values");
    open_list(w, true);
    for (size_t p = 0; p < s->player_count; p++) {
        if (answer[p] == SESSION_NO_ANSWER)
            put_text(w, "~");
        else
            put_int(w, s->deck->options[answer[p]].value);
    }
    close_list(w);
}

/* A show of hands: per side with a hands seat, the people per option in
 * scale order, or ~ when the facilitator turned the card before that
 * side was counted. A side without a hands seat has no key. */
static void write_counts(writer *w, const session *s, const bool *counted,
                         const uint16_t (*counts)[DECK_MAX_OPTIONS],
                         const uint8_t *typed)
{
    static const deck_role sides[] = { DECK_ROLE_CLIENT, DECK_ROLE_PROFESSIONAL };
    put_key(w, "counts");
    open_map(w, true);
    for (size_t i = 0; i < 2; i++) {
        int p = result_hands_seat(s, sides[i]);
        if (p < 0)
            continue;
        put_key(w, result_side_key(sides[i]));
        size_t half = typed && !counted[p] ? typed[p] : 0;
        if (!counted[p] && half == 0) {
            put_text(w, "~");
            continue;
        }
        /* half typed (the card in play): the numbers typed so far, ~ for
         * the options still to come */
        open_list(w, true);
        for (size_t o = 0; o < s->deck->option_count; o++) {
            if (counted[p] || o < half)
                put_int(w, counts[p][o]);
            else
                put_text(w, "~");
        }
        close_list(w);
    }
    close_map(w);
}

/* A card's answers as they stand: the first vote on the card itself and,
 * when the room voted again, the revote under 'revote' (a guess belongs
 * to the vote it was given in, and only the latest has them). */
static void write_votes(writer *w, const session *s, const session_round *round)
{
    bool hands = session_has_hands(s);
    if (round->revoted) {
        write_answers(w, s, round->first.answer);
        if (hands)
            write_counts(w, s, round->first.counted, round->first.counts,
                         NULL);
        put_key(w, "revote");
        open_map(w, false);
    }
    write_answers(w, s, round->answer);
    if (hands)
        write_counts(w, s, round->counted, round->counts, round->typed);
    if (session_has_predictions(s))
        write_positions(w, "predictions", round->predict, s->player_count);
    if (round->revoted)
        close_map(w);
}

/* The card's own wording for each role a seat plays, as that person read
 * it; absent when everyone read their side's wording. */
static void write_wordings(writer *w, const session *s, const deck_card *card)
{
    const deck *d = s->deck;
    bool open = false;
    for (size_t i = 0; i < card->wording_count; i++) {
        size_t r = card->wordings[i].role;
        if (r < DECK_ROLE_COUNT || !role_written(s, r))
            continue;
        if (!open) {
            put_key(w, "wordings");
            open_map(w, false);
            open = true;
        }
        put_key(w, d->roles[r].id);
        put_text(w, deck_text(d, &card->wordings[i].text, s->language));
    }
    if (open)
        close_map(w);
}

/* The round's parameters in the header, through the parameters' codec
 * (params.h) like the command line and the settings file: the way it was
 * played, and the case, group and pair it was played with when it had
 * them. The keys and their order are the format's (docs/result-format.md). */
#define F(field) offsetof(session, field)
#define Z(field) sizeof(((session *)0)->field)
static const params_def result_header[] = {
    {"mode", PARAMS_ID, F(mode), Z(mode), 0, 0, 0, false, false, NULL, NULL,
     NULL},
    {"case", PARAMS_ID, F(case_id), Z(case_id), 0, 0, 0, false, false, NULL,
     NULL, NULL},
    {"group", PARAMS_ID, F(group), Z(group), 0, 0, 0, false, false, NULL,
     NULL, NULL},
    {"pair", PARAMS_PAIR, F(pair), Z(pair), 0, 0, 0, false, false, NULL, NULL,
     NULL},
};
#undef Z
#undef F
#define RESULT_HEADER_KEYS (sizeof result_header / sizeof result_header[0])

/* The header: the format, the deck, the language played, the round's
 * parameters, its pair's count and its times. */
static void write_header(writer *w, const session *s)
{
    const deck *d = s->deck;
    char when[40];
    put_key(w, "format");
    put_text(w, RESULT_FORMAT);
    put_key(w, "deck");
    open_map(w, false);
    put_key(w, "id");
    put_text(w, d->id);
    put_key(w, "title");
    put_text(w, deck_text(d, &d->title, s->language));
    close_map(w);
    put_key(w, "language");
    put_text(w, d->languages[s->language]);
    for (size_t i = 0; i < RESULT_HEADER_KEYS; i++) {
        char value[SESSION_CASE_ID_MAX + SESSION_MODE_ID_MAX];
        if (params_value(s, &result_header[i], value, sizeof value)) {
            put_key(w, result_header[i].name);
            put_text(w, value);
        }
    }
    if (s->pair[0] && s->pair_round) {
        put_key(w, "pair-round");
        put_int(w, (long long)s->pair_round);
    }
    put_key(w, "started");
    result_format_time(s->started_at, when, sizeof when);
    put_text(w, when);
    if (session_finished(s)) {
        put_key(w, "ended");
        result_format_time(s->ended_at, when, sizeof when);
        put_text(w, when);
    } else {
        /* The card being played cannot be told from the states alone
         * once it is turned: turned card c looks like c+1 just dealt, and
         * a turned last card like a finished round. */
        put_key(w, "in_play");
        put_int(w, (long long)s->current + 1);
    }
}

/* The answer options with their values and labels, so a file reads
 * without its deck. */
static void write_scale(writer *w, const session *s)
{
    const deck *d = s->deck;
    put_key(w, "scale");
    open_list(w, false);
    for (size_t i = 0; i < d->option_count; i++) {
        open_map(w, true);
        put_key(w, "value");
        put_int(w, d->options[i].value);
        put_key(w, "label");
        put_text(w, deck_text(d, &d->options[i].label, s->language));
        close_map(w);
    }
    close_list(w);
}

/* The themes, with their names and which end of the scale is good. */
static void write_dimensions(writer *w, const session *s)
{
    const deck *d = s->deck;
    put_key(w, "dimensions");
    open_list(w, false);
    for (size_t i = 0; i < d->dimension_count; i++) {
        open_map(w, true);
        put_key(w, "key");
        put_text(w, d->dimensions[i].key);
        put_key(w, "name");
        put_text(w, deck_text(d, &d->dimensions[i].name, s->language));
        put_key(w, "polarity");
        put_text(w, d->dimensions[i].negative ? "negative" : "positive");
        close_map(w);
    }
    close_list(w);
}

/* One card as it was played: its wording, its state and, unless skipped
 * or kept out, the answers given on it. */
static void write_card(writer *w, const session *s, const session_round *round)
{
    const deck *d = s->deck;
    const deck_card *card = &d->cards[round->card];
    open_map(w, false);
    put_key(w, "id");
    put_text(w, card->id);
    put_key(w, "dimension");
    put_text(w, d->dimensions[card->dimension].key);
    put_key(w, "client");
    put_text(w, deck_text(d, &card->client, s->language));
    put_key(w, "professional");
    put_text(w, deck_text(d, &card->professional, s->language));
    write_wordings(w, s, card);
    put_key(w, "state");
    put_text(w, result_state_name(round));
    if (round->marked) {
        put_key(w, "marked");
        put_text(w, "true");
    }
    if (round->state != SESSION_CARD_SKIPPED && !round->kept_out)
        write_votes(w, s, round);
    close_map(w);
}

/* The whole file, one document, in the format's order of keys. */
static void write_session(writer *w, const session *s)
{
    yaml_event_t e;
    emit_event(w, &e, yaml_stream_start_event_initialize(&e, YAML_UTF8_ENCODING));
    emit_event(w, &e, yaml_document_start_event_initialize(&e, NULL, NULL, NULL, 0));
    open_map(w, false);
    write_header(w, s);
    write_roles(w, s);
    write_scale(w, s);
    write_dimensions(w, s);
    put_key(w, "cards");
    open_list(w, false);
    for (size_t r = 0; r < s->round_count; r++)
        write_card(w, s, &s->rounds[r]);
    close_list(w);
    write_summary(w, s);
    close_map(w);
    emit_event(w, &e, yaml_document_end_event_initialize(&e, 1));
    emit_event(w, &e, yaml_stream_end_event_initialize(&e));
}

bool result_emit(FILE *out, const session *s, error_list *errors)
{
    /* counts are keyed by side: a second show of hands on one side could
     * not be told apart, so such a file is never written */
    if (!result_hands_fit(s)) {
        error_add(errors, NULL, 0, 0, "could not write the result: a side "
                  "has more than one show of hands");
        return false;
    }
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

/* The session into a fresh temporary file beside path (to commit). */
static bool result_write_temp(safe_file *file, const char *path,
                              const session *s, error_list *errors)
{
    if (!safe_file_create(file, path, errors))
        return false;
    if (!result_emit(safe_file_stream(file), s, errors)) {
        safe_file_abort(file);
        return false;
    }
    return true;
}

bool result_write(const char *path, const session *s, error_list *errors)
{
    safe_file file;
    return result_write_temp(&file, path, s, errors) &&
           safe_file_commit(&file, errors);
}

bool result_write_new(const char *path, const session *s, char *chosen,
                      size_t size, error_list *errors)
{
    safe_file file;
    return result_write_temp(&file, path, s, errors) &&
           safe_file_commit_new(&file, chosen, size, errors);
}
