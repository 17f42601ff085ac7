/* result_csv: one row per answer, for researchers (R, SPSS, a
 * spreadsheet). */
#include <string.h>

#include "result_private.h"
#include "score.h"

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
    result_format_time(s->started_at, when, sizeof when);
    fputs("deck,language,started,card,dimension,polarity,state,marked,player,"
          "role,position,value,scale_size,gap,side,role_id,mode,prediction,"
          "case,group\n", out);
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
                    result_state_name(round), round->marked ? "true" : "false",
                    p + 1, result_side_key(s->players[p]));
            int a = round->answer[p];
            /* a card kept out of the record shows no answer, anywhere */
            bool shown = round->state != SESSION_CARD_SKIPPED && !round->kept_out;
            if (a != SESSION_NO_ANSWER && shown)
                fprintf(out, "%d,%d,", a + 1, d->options[a].value);
            else
                fputs(",,", out);
            fprintf(out, "%zu,", d->option_count);
            int gap = shown ? score_round_gap(s, r) : -1;
            if (gap >= 0)
                fprintf(out, "%d", gap);
            /* Added in format 2, at the end so old scripts keep their
             * columns; 'role' above stays the side, as it always was. */
            fprintf(out, ",%s,", result_side_key(s->players[p]));
            csv_field(out, s->roles[p] < d->role_count ? d->roles[s->roles[p]].id : "");
            fputc(',', out);
            csv_field(out, s->mode);
            /* Added with training: the seat's guess of the other side's
             * position, empty when it guessed nothing. */
            int g = round->predict[p];
            if (g != SESSION_NO_ANSWER && shown)
                fprintf(out, ",%d,", g + 1);
            else
                fputs(",,", out);
            csv_field(out, s->case_id);
            fputc(',', out);
            csv_field(out, s->group);
            fputc('\n', out);
        }
    }
    return !ferror(out);
}

