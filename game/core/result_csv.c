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

/* One row: a seat's answer (option < 0), or one option of its show of
 * hands. shown: the card keeps its answers (not skipped, not kept out). */
static void csv_row(FILE *out, const session *s, size_t r, size_t p,
                    const csv_vote *v, int option, bool shown)
{
    const deck *d = s->deck;
    const session_round *round = &s->rounds[r];
    const deck_card *card = &d->cards[round->card];
    const deck_dimension *dim = &d->dimensions[card->dimension];
    char when[40];
    result_format_time(s->started_at, when, sizeof when);
    csv_text(out, d->id ? d->id : "");
    fprintf(out, ",%s,%s,", d->languages[s->language], when);
    csv_text(out, card->id);
    fputc(',', out);
    csv_text(out, dim->key);
    fprintf(out, ",%s,%s,%s,%zu,%s,", dim->negative ? "negative" : "positive",
            result_state_name(round), round->marked ? "true" : "false", p + 1,
            result_side_key(s->players[p]));
    /* a card kept out of the record shows no answer, anywhere */
    int a = v->answer[p];
    if (a != SESSION_NO_ANSWER && shown && option < 0)
        fprintf(out, "%d,%d,", a + 1, d->options[a].value);
    else
        fputs(",,", out);
    fprintf(out, "%zu,", d->option_count);
    if (shown && v->gap >= 0)
        fprintf(out, "%d", v->gap);
    /* Added in format 2, at the end so old scripts keep their columns;
     * 'role' above stays the side, as it always was. */
    fprintf(out, ",%s,", result_side_key(s->players[p]));
    csv_text(out, s->roles[p] < d->role_count ? d->roles[s->roles[p]].id : "");
    fputc(',', out);
    csv_text(out, s->mode);
    /* Added with training: the seat's guess of the other side's
     * position, empty when it guessed nothing. */
    int g = v->predict ? v->predict[p] : SESSION_NO_ANSWER;
    if (g != SESSION_NO_ANSWER && shown && option < 0)
        fprintf(out, ",%d,", g + 1);
    else
        fputs(",,", out);
    csv_text(out, s->case_id);
    fputc(',', out);
    csv_text(out, s->group);
    /* Added with the workshop: the team, which vote, and for a show of
     * hands the option (its position) and how many people chose it. */
    fputc(',', out);
    csv_text(out, s->team[p]);
    fprintf(out, ",%s,", v->name);
    if (option >= 0) {
        fprintf(out, "%d,", option + 1);
        if (shown && v->counted[p])
            fprintf(out, "%u", (unsigned)v->counts[p][option]);
    } else {
        fputc(',', out);
    }
    fputc('\n', out);
}

/* Every seat's rows for one vote: a row per answer, and a row per option
 * for a show of hands. */
static void csv_vote_rows(FILE *out, const session *s, size_t r,
                          const csv_vote *v, bool shown)
{
    for (size_t p = 0; p < s->player_count; p++) {
        if (!s->hands[p]) {
            csv_row(out, s, r, p, v, -1, shown);
            continue;
        }
        for (size_t o = 0; o < s->deck->option_count; o++)
            csv_row(out, s, r, p, v, (int)o, shown);
    }
}

bool result_write_csv(FILE *out, const session *s)
{
    fputs("deck,language,started,card,dimension,polarity,state,marked,player,"
          "role,position,value,scale_size,gap,side,role_id,mode,prediction,"
          "case,group,team,vote,option,count\n", out);
    bool workshop = csv_workshop(s);
    for (size_t r = 0; r < s->round_count; r++) {
        const session_round *round = &s->rounds[r];
        bool shown = round->state != SESSION_CARD_SKIPPED && !round->kept_out;
        if (round->revoted) {
            /* the vote before the talk was turned: its rows come first */
            csv_vote first = { round->first.answer, NULL, round->first.counted,
                               round->first.counts,
                               csv_vote_gap(s, round->first.answer), "first" };
            csv_vote_rows(out, s, r, &first, shown);
        }
        csv_vote now = { round->answer, round->predict, round->counted,
                         round->counts, score_round_gap(s, r),
                         !workshop ? "" : round->revoted ? "revote" : "first" };
        csv_vote_rows(out, s, r, &now, shown);
    }
    return !ferror(out);
}
