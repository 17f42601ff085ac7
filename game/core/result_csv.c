/* result_csv: one row per answer, for researchers (R, SPSS, a
 * spreadsheet). Columns are only ever added at the end: people's scripts
 * read them by position. */
#include <string.h>

#include "csv.h"
#include "mode.h"
#include "result_private.h"
#include "score.h"

/* One vote on a card as the rows show it: the answers, guesses (NULL for
 * a first vote, which keeps none), the show of hands, the card's gap and
 * the vote's name ("first", "revote", or "" outside a workshop). */
typedef struct {
    const int *answer;
    const int *predict;
    const bool *counted;
    const uint16_t (*counts)[DECK_MAX_OPTIONS];
    int gap;
    const char *name;
} csv_vote;

/* A round of a workshop: teams, a show of hands, or a way to play that
 * votes again. Only its rows name the vote. */
static bool csv_workshop(const session *s)
{
    const mode_def *m = mode_find(s->mode);
    if (m && (m->controls & MODE_CONTROL_REVOTE))
        return true;
    for (size_t p = 0; p < s->player_count; p++)
        if (s->team[p][0] || s->hands[p])
            return true;
    for (size_t r = 0; r < s->round_count; r++)
        if (s->rounds[r].revoted)
            return true;
    return false;
}

/* The largest distance between two answers of a turned vote, or -1. */
static int csv_vote_gap(const session *s, const int *answer)
{
    int widest = -1;
    for (size_t a = 0; a < s->player_count; a++)
        for (size_t b = a + 1; b < s->player_count; b++)
            if (answer[a] != SESSION_NO_ANSWER && answer[b] != SESSION_NO_ANSWER) {
                int g = answer[a] > answer[b] ? answer[a] - answer[b]
                                              : answer[b] - answer[a];
                if (g > widest)
                    widest = g;
            }
    return widest;
}

/* The answers' columns, in the order of result_write_csv's header. */
const char *const result_csv_columns[RESULT_CSV_COLUMNS] = {
    "deck", "language", "started", "card", "dimension", "polarity", "state",
    "marked", "player", "role", "position", "value", "scale_size", "gap",
    /* added in format 2, at the end so old scripts keep their columns;
     * 'role' above stays the side, as it always was */
    "side", "role_id", "mode",
    /* training: the seat's guess of the other side's position */
    "prediction", "case", "group",
    /* the workshop: the team, which vote, and for a show of hands the
     * option (its position) and how many people chose it */
    "team", "vote", "option", "count"
};

/* An answer's position (1..K) as a cell, empty without one. */
static table_cell csv_position(int a, bool show)
{
    return a != SESSION_NO_ANSWER && show ? table_int(a + 1) : table_empty();
}

/* One row: a seat's answer (option < 0), or one option of its show of
 * hands. shown: the card keeps its answers (not skipped, not kept out). */
static bool csv_row(table_sink *sink, const session *s, size_t r, size_t p,
                    const csv_vote *v, int option, bool shown)
{
    const deck *d = s->deck;
    const session_round *round = &s->rounds[r];
    const deck_card *card = &d->cards[round->card];
    const deck_dimension *dim = &d->dimensions[card->dimension];
    /* a card kept out of the record shows no answer, anywhere */
    bool answer = shown && option < 0;
    int a = v->answer[p];
    int g = v->predict ? v->predict[p] : SESSION_NO_ANSWER;
    bool counted = option >= 0 && shown && v->counted[p];
    table_cell row[RESULT_CSV_COLUMNS] = {
        table_text(d->id), table_text(d->languages[s->language]),
        table_time(s->started_at), table_text(card->id), table_text(dim->key),
        table_text(dim->negative ? "negative" : "positive"),
        table_text(result_state_name(round)), table_bool(round->marked),
        table_int((long long)p + 1), table_text(result_side_key(s->players[p])),
        csv_position(a, answer),
        a != SESSION_NO_ANSWER && answer ? table_int(d->options[a].value)
                                         : table_empty(),
        table_int((long long)d->option_count),
        shown && v->gap >= 0 ? table_int(v->gap) : table_empty(),
        table_text(result_side_key(s->players[p])),
        table_text(s->roles[p] < d->role_count ? d->roles[s->roles[p]].id : ""),
        table_text(s->mode), csv_position(g, answer), table_text(s->case_id),
        table_text(s->group), table_text(s->team[p]), table_text(v->name),
        option >= 0 ? table_int(option + 1) : table_empty(),
        counted ? table_int(v->counts[p][option]) : table_empty()
    };
    return sink->row(sink, row, RESULT_CSV_COLUMNS);
}

/* Every seat's rows for one vote: a row per answer, and a row per option
 * for a show of hands. */
static bool csv_vote_rows(table_sink *sink, const session *s, size_t r,
                          const csv_vote *v, bool shown)
{
    bool ok = true;
    for (size_t p = 0; p < s->player_count && ok; p++) {
        if (!s->hands[p]) {
            ok = csv_row(sink, s, r, p, v, -1, shown);
            continue;
        }
        for (size_t o = 0; o < s->deck->option_count && ok; o++)
            ok = csv_row(sink, s, r, p, v, (int)o, shown);
    }
    return ok;
}

bool result_table_rows(const session *s, table_sink *sink)
{
    bool workshop = csv_workshop(s);
    bool ok = true;
    for (size_t r = 0; r < s->round_count && ok; r++) {
        const session_round *round = &s->rounds[r];
        bool shown = round->state != SESSION_CARD_SKIPPED && !round->kept_out;
        if (round->revoted) {
            /* the vote before the talk was turned: its rows come first */
            csv_vote first = { round->first.answer, NULL, round->first.counted,
                               round->first.counts,
                               csv_vote_gap(s, round->first.answer), "first" };
            ok = csv_vote_rows(sink, s, r, &first, shown);
        }
        csv_vote now = { round->answer, round->predict, round->counted,
                         round->counts, score_round_gap(s, r),
                         !workshop ? "" : round->revoted ? "revote" : "first" };
        ok = ok && csv_vote_rows(sink, s, r, &now, shown);
    }
    return ok;
}

/* A cell as CSV: a text quoted as RFC 4180 says and never run by a
 * spreadsheet (csv.h), a number as printf writes it, a time in ISO 8601
 * UTC as the result file does. */
static void csv_cell(FILE *out, const table_cell *c)
{
    char when[40];
    switch (c->kind) {
    case TABLE_EMPTY: break;
    case TABLE_TEXT: csv_text(out, c->text); break;
    case TABLE_INT: fprintf(out, "%lld", c->integer); break;
    case TABLE_REAL: fprintf(out, "%.2f", c->real); break;
    case TABLE_BOOL: fputs(c->integer ? "true" : "false", out); break;
    case TABLE_TIME:
        result_format_time(c->time, when, sizeof when);
        fputs(when, out);
        break;
    }
}

static bool csv_sink_header(table_sink *sink, const char *const *columns,
                            size_t count)
{
    result_csv_sink *csv = (result_csv_sink *)sink;
    for (size_t i = 0; i < count; i++) {
        if (i)
            fputc(',', csv->out);
        csv_text(csv->out, columns[i]);
    }
    fputc('\n', csv->out);
    return !ferror(csv->out);
}

static bool csv_sink_row(table_sink *sink, const table_cell *cells,
                         size_t count)
{
    result_csv_sink *csv = (result_csv_sink *)sink;
    for (size_t i = 0; i < count; i++) {
        if (i)
            fputc(',', csv->out);
        csv_cell(csv->out, &cells[i]);
    }
    fputc('\n', csv->out);
    return !ferror(csv->out);
}

void result_csv_sink_init(result_csv_sink *sink, FILE *out)
{
    sink->sink.header = csv_sink_header;
    sink->sink.row = csv_sink_row;
    sink->out = out;
}

bool result_write_csv(FILE *out, const session *s)
{
    result_csv_sink csv;
    result_csv_sink_init(&csv, out);
    return csv.sink.header(&csv.sink, result_csv_columns, RESULT_CSV_COLUMNS) &&
           result_table_rows(s, &csv.sink);
}
