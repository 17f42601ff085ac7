/* report: the summary in plain words (CEFR B1), shared by the summary board
 * and --summary. The words help people talk; they judge no one. */
#include "report.h"

#include <string.h>

#include "i18n.h"
#include "utf8.h"

const char *report_alignment_name(score_alignment alignment)
{
    switch (alignment) {
    case SCORE_ALIGNED: return _("On one line");
    case SCORE_CLOSE: return _("Close");
    case SCORE_APART: return _("Apart");
    }
    return "";
}

void report_dimension_sentence(const score_dimension *dim, char *buf,
                               size_t size)
{
    const char *how;
    switch (dim->reading) {
    case SCORE_READING_NONE:
        snprintf(buf, size, "%s", _("No card on this theme was answered."));
        return;
    case SCORE_READING_GOOD:
        how = _("This goes well for all of you.");
        break;
    case SCORE_READING_MIXED:
        how = _("This goes fairly well. There is room to grow.");
        break;
    case SCORE_READING_CONCERN:
    default:
        how = _("Someone finds this hard. Good to talk about.");
        break;
    }
    const char *together;
    switch (dim->alignment) {
    case SCORE_ALIGNED: together = _("You see it the same way."); break;
    case SCORE_CLOSE: together = _("You see it almost the same way."); break;
    case SCORE_APART:
    default: together = _("You see it differently. Ask each other why."); break;
    }
    snprintf(buf, size, "%s %s", how, together);
}

void report_topic_reasons(const score_topic *topic, char *buf, size_t size)
{
    const char *parts[3];
    size_t n = 0;
    if (topic->reasons & SCORE_TOPIC_MARKED)
        parts[n++] = _("you marked it");
    if (topic->reasons & SCORE_TOPIC_GAP)
        parts[n++] = topic->gap >= 2 ? _("answers far apart") : _("answers not the same");
    if (topic->reasons & SCORE_TOPIC_BAD_END)
        parts[n++] = _("someone finds this hard");
    buf[0] = '\0';
    size_t used = 0;
    for (size_t i = 0; i < n && used < size; i++) {
        int w = snprintf(buf + used, size - used, "%s%s", i ? "; " : "", parts[i]);
        if (w < 0)
            return;
        used += (size_t)w;
    }
}

void report_player_name(const session *s, size_t player, char *buf, size_t size)
{
    const deck *d = s->deck;
    const char *role = deck_text(d, &d->role_name[s->players[player]], s->language);
    size_t number = session_role_number(s, player);
    if (number)
        snprintf(buf, size, "%s %zu", role, number);
    else
        snprintf(buf, size, "%s", role);
}

/* Pads to a width in code points, so "cliënt" lines up like "client". */
static void print_padded(FILE *out, const char *text, size_t width)
{
    fputs(text, out);
    for (size_t n = utf8_length(text); n < width; n++)
        fputc(' ', out);
}

void report_print(FILE *out, const session *s, const score_summary *sum)
{
    const deck *d = s->deck;
    size_t lang = s->language;
    fprintf(out, "%s (%s)\n", deck_text(d, &d->title, lang), d->languages[lang]);
    fprintf(out, "%s: %zu. %s: %zu. %s: %zu.\n\n", _("Cards"), s->round_count,
            _("Turned"), sum->revealed, _("Skipped"), sum->skipped);

    size_t name_width = strlen(_("Theme"));
    for (size_t i = 0; i < d->dimension_count; i++) {
        size_t w = utf8_length(deck_text(d, &d->dimensions[i].name, lang));
        if (w > name_width)
            name_width = w;
    }
    char name[128];
    print_padded(out, _("Theme"), name_width + 2);
    for (size_t p = 0; p < s->player_count; p++) {
        report_player_name(s, p, name, sizeof name);
        print_padded(out, name, (utf8_length(name) > 8 ? utf8_length(name) : 8) + 2);
    }
    print_padded(out, _("Gap"), 7);
    fputs(_("Reading"), out);
    fputc('\n', out);
    for (size_t i = 0; i < sum->dimension_count; i++) {
        const score_dimension *dim = &sum->dimensions[i];
        const deck_dimension *dd = &d->dimensions[dim->dimension];
        print_padded(out, deck_text(d, &dd->name, lang), name_width + 2);
        for (size_t p = 0; p < s->player_count; p++) {
            report_player_name(s, p, name, sizeof name);
            size_t w = (utf8_length(name) > 8 ? utf8_length(name) : 8) + 2;
            char cell[32] = "-";
            if (dim->cards)
                snprintf(cell, sizeof cell, "%.2f", dim->mean[p]);
            print_padded(out, cell, w);
        }
        char gap[32] = "-";
        if (dim->cards)
            snprintf(gap, sizeof gap, "%.2f", dim->mean_gap);
        print_padded(out, gap, 7);
        char sentence[256];
        report_dimension_sentence(dim, sentence, sizeof sentence);
        if (dd->negative)
            fprintf(out, "%s %s\n", sentence, _("(Here low is good.)"));
        else
            fprintf(out, "%s\n", sentence);
    }
    fprintf(out, "\n%s 1-%zu.\n", _("Scores are positions on the scale"),
            d->option_count);
    if (sum->good_alliance)
        fprintf(out, "%s\n", _("You are working well together on every theme."));
    if (sum->topic_count) {
        fprintf(out, "\n%s\n", _("Cards to talk about:"));
        for (size_t i = 0; i < sum->topic_count; i++) {
            const score_topic *t = &sum->topics[i];
            const deck_card *card = &d->cards[s->rounds[t->round].card];
            char reasons[256];
            report_topic_reasons(t, reasons, sizeof reasons);
            fprintf(out, "- %s: %s (%s)\n", card->id,
                    deck_text(d, &card->client, lang), reasons);
        }
    }
}
