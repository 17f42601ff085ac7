/* report_predict: guesses in words for people (the board's "How well do
 * you know your client?", --summary, --class), B1, never a grade. */
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "predict.h"
#include "report.h"

void report_predict_counts(const predict_tally *t, char *buf, size_t size)
{
    char exact[32], within[32], count[32];
    snprintf(exact, sizeof exact, "%zu", t->exact);
    snprintf(within, sizeof within, "%zu", t->within_one);
    snprintf(count, sizeof count, "%zu", t->count);
    char first[160], second[160];
    /* "7 of 12 exactly right", then "10 at most one step off" */
    i18n_format(first, sizeof first,
                _n("%s of %s guess exactly right", "%s of %s guesses exactly right",
                   t->count),
                exact, count);
    i18n_format(second, sizeof second,
                _n("%s at most one step off", "%s at most one step off",
                   t->within_one),
                within, NULL);
    snprintf(buf, size, "%s, %s", first, second);
}

void report_predict_reading(const predict_tally *t, const char *theme,
                            const char *other, char *buf, size_t size)
{
    switch (predict_read(t)) {
    case PREDICT_NOTHING:
        i18n_format(buf, size, _("%s: nothing to compare."), theme, NULL);
        return;
    case PREDICT_ABOUT:
        i18n_format(buf, size, _("%s: you were close on average."), theme, NULL);
        return;
    case PREDICT_BETTER: {
        char line[256];
        i18n_format(line, sizeof line,
                    _("%s: you thought it went better than %s said."), theme,
                    other);
        snprintf(buf, size, "%s", line);
        return;
    }
    case PREDICT_WORSE:
        i18n_format(buf, size, _("%s: you thought it went worse than %s said."),
                    theme, other);
        return;
    }
    buf[0] = '\0';
}

const char *report_predict_token(predict_reading r)
{
    switch (r) {
    case PREDICT_NOTHING: return "none";
    case PREDICT_ABOUT: return "close";
    case PREDICT_BETTER: return "better";
    case PREDICT_WORSE: return "worse";
    }
    return "none";
}

/* The other side as the guesser speaks of it: "the client", "het gezin". */
void report_predict_other(const session *s, size_t seat, char *buf,
                          size_t size)
{
    deck_role other = s->players[seat] == DECK_ROLE_CLIENT
                          ? DECK_ROLE_PROFESSIONAL
                          : DECK_ROLE_CLIENT;
    const deck *d = s->deck;
    snprintf(buf, size, "%s",
             deck_text(d, &d->roles[deck_side_role(d, other)].the, s->language));
}

void report_predict_print(FILE *out, const session *s)
{
    const deck *d = s->deck;
    for (size_t seat = 0; seat < s->player_count; seat++) {
        predict_score p;
        if (!predict_score_seat(s, seat, &p))
            continue;
        char who[128], other[128], line[512], gap[128];
        report_player_the(s, seat, who, sizeof who);
        report_predict_other(s, seat, other, sizeof other);
        i18n_format(line, sizeof line, _("How well did %s guess %s?"), who,
                    other);
        fprintf(out, "\n%s\n", line);
        report_predict_counts(&p.overall, line, sizeof line);
        report_gap_words(predict_mean_distance(&p.overall), gap, sizeof gap);
        fprintf(out, "%s; %s %s.\n", line, _("guess and answer were"), gap);
        for (size_t i = 0; i < d->dimension_count; i++) {
            if (p.theme[i].count == 0)
                continue;
            report_predict_reading(&p.theme[i],
                                   deck_text(d, &d->dimensions[i].name,
                                             s->language),
                                   other, line, sizeof line);
            char counts[256];
            report_predict_counts(&p.theme[i], counts, sizeof counts);
            fprintf(out, "- %s (%s)\n", line, counts);
        }
    }
}
