/* report: the summary in plain words (CEFR B1), shared by the summary board
 * and --summary. The words help people talk; they judge no one. */
#define _POSIX_C_SOURCE 200809L /* gmtime_r */
#include "report.h"

#include <string.h>
#include <time.h>

#include "history.h"
#include "i18n.h"
#include "utf8.h"
#include "os.h"

const char *report_alignment_name(score_alignment alignment)
{
    switch (alignment) {
    case SCORE_ALIGNED: return _("On one line");
    case SCORE_CLOSE: return _("Close");
    case SCORE_APART: return _("Apart");
    }
    return "";
}

/* Appends text to buf at *used, cut where it does not fit. */
static void report_append(char *buf, size_t size, size_t *used,
                          const char *text)
{
    if (*used >= size)
        return;
    int w = snprintf(buf + *used, size - *used, "%s", text);
    *used += w > 0 ? (size_t)w : 0;
}

/* Who finds a theme hard, by name ("De cliënt", "De ouder (1) en de
 * jongere"), and how many they are; "" when nobody. */
static size_t report_who_finds_hard(const session *s, const bool *bad_end,
                                    bool capital, char *buf, size_t size)
{
    size_t n = 0, used = 0, bad = 0;
    for (size_t p = 0; p < s->player_count; p++)
        bad += bad_end[p];
    buf[0] = '\0';
    for (size_t p = 0; p < s->player_count; p++) {
        if (!bad_end[p])
            continue;
        char name[128];
        report_player_the(s, p, name, sizeof name);
        if (capital && n == 0 && name[0] >= 'a' && name[0] <= 'z')
            name[0] = (char)(name[0] - 'a' + 'A');
        report_append(buf, size, &used,
                      n == 0              ? ""
                      : n + 1 == bad      ? _(" and ")
                                          : ", ");
        report_append(buf, size, &used, name);
        n++;
    }
    return n;
}

void report_dimension_sentence(const session *s, const score_dimension *dim,
                               char *buf, size_t size)
{
    char how[512];
    bool two = s->player_count == 2;
    switch (dim->reading) {
    case SCORE_READING_NONE:
        snprintf(buf, size, "%s", _("No card on this theme was answered."));
        return;
    case SCORE_READING_GOOD:
        snprintf(how, sizeof how, "%s",
                 two ? _("This goes well for both of you.")
                     : _("This goes well for all of you."));
        break;
    case SCORE_READING_MIXED:
        snprintf(how, sizeof how, "%s",
                 _("This goes fairly well. There is room to grow."));
        break;
    case SCORE_READING_CONCERN:
    default: {
        /* say who: the client, the professional, or both of you */
        char who[512];
        size_t n = report_who_finds_hard(s, dim->bad_end, true, who,
                                         sizeof who);
        if (n == s->player_count && n > 1)
            snprintf(how, sizeof how, "%s",
                     two ? _("You both find this hard. Good to talk about.")
                         : _("You all find this hard. Good to talk about."));
        else
            i18n_format(how, sizeof how,
                        _n("%s finds this hard. Good to talk about.",
                           "%s find this hard. Good to talk about.", n),
                        who, NULL);
        break;
    }
    }
    /* the distance in the gap's own words (report_gap_words), so two
     * themes whose gaps read differently never share a sentence, and
     * the alignment from the same bands (score_alignment_of_mean) */
    char gap[160], together[400];
    report_gap_words(dim->mean_gap, gap, sizeof gap);
    i18n_format(together, sizeof together,
                dim->alignment == SCORE_APART
                    ? _("Your answers are %s. Ask each other why.")
                    : _("Your answers are %s."),
                gap, NULL);
    snprintf(buf, size, "%s %s", how, together);
}

void report_sides_words(const session *s, char *among, size_t among_size,
                        char *across, size_t across_size)
{
    const deck *d = s->deck;
    size_t client = deck_side_role(d, DECK_ROLE_CLIENT);
    size_t pro = deck_side_role(d, DECK_ROLE_PROFESSIONAL);
    /* a format 2 deck names its client side as a group ("het gezin");
     * a format 1 deck only as one person, so there it is "among you" */
    if (d->format >= 2)
        i18n_format(among, among_size, _("Within %s"),
                    deck_text(d, &d->roles[client].the, s->language), NULL);
    else
        snprintf(among, among_size, "%s", _("Among yourselves"));
    char left[128];
    snprintf(left, sizeof left, "%s",
             deck_text(d, &d->roles[client].name, s->language));
    if (left[0] >= 'a' && left[0] <= 'z')
        left[0] = (char)(left[0] - 'a' + 'A');
    i18n_format(across, across_size, _("%s and %s"), left,
                deck_text(d, &d->roles[pro].name, s->language));
}

void report_topic_reasons(const session *s, const score_topic *topic,
                          char *buf, size_t size)
{
    const char *parts[3];
    size_t n = 0;
    char hard[512] = "";
    if (topic->reasons & SCORE_TOPIC_MARKED)
        parts[n++] = _("you marked it");
    if (topic->reasons & SCORE_TOPIC_GAP)
        parts[n++] = topic->gap >= 2 ? _("answers far apart") : _("answers not the same");
    if (topic->reasons & SCORE_TOPIC_BAD_END) {
        /* who answered at the hard end, by name */
        bool bad[SESSION_MAX_PLAYERS] = {false};
        const session_round *r = &s->rounds[topic->round];
        for (size_t p = 0; p < s->player_count; p++)
            bad[p] = r->answer[p] >= 0 &&
                     score_answer_bad_end(s, topic->round, r->answer[p]);
        char who[400];
        size_t k = report_who_finds_hard(s, bad, false, who, sizeof who);
        if (k == s->player_count && k == 2)
            snprintf(hard, sizeof hard, "%s", _("you both find this hard"));
        else if (k > 0)
            i18n_format(hard, sizeof hard,
                        _n("%s finds this hard", "%s find this hard", k), who,
                        NULL);
        if (hard[0])
            parts[n++] = hard;
    }
    buf[0] = '\0';
    size_t used = 0;
    for (size_t i = 0; i < n && used < size; i++) {
        int w = snprintf(buf + used, size - used, "%s%s", i ? "; " : "", parts[i]);
        if (w < 0)
            return;
        used += (size_t)w;
    }
}

/* A seat's role name, or with its article, and "(2)" when more people
 * have that role. */
static void report_seat_name(const session *s, size_t player, bool article,
                             size_t language, char *buf, size_t size)
{
    const deck *d = s->deck;
    const char *name;
    if (player < s->player_count && s->team[player][0]) {
        /* a workshop's team goes by the name the facilitator gave it */
        snprintf(buf, size, "%s", s->team[player]);
        return;
    }
    if (s->roles[player] < d->role_count) {
        const deck_role_info *r = &d->roles[s->roles[player]];
        name = deck_text(d, article ? &r->the : &r->name, language);
    } else {
        name = deck_text(d, &d->role_name[s->players[player]], language);
    }
    size_t number = session_role_number(s, player);
    if (number)
        snprintf(buf, size, "%s (%zu)", name, number);
    else
        snprintf(buf, size, "%s", name);
}

void report_player_name(const session *s, size_t player, char *buf, size_t size)
{
    report_seat_name(s, player, false, s->language, buf, size);
}

void report_player_name_in(const session *s, size_t player, size_t language,
                           char *buf, size_t size)
{
    report_seat_name(s, player, false, language, buf, size);
}

void report_player_the(const session *s, size_t player, char *buf, size_t size)
{
    report_seat_name(s, player, true, s->language, buf, size);
}

void report_player_the_in(const session *s, size_t player, size_t language,
                          char *buf, size_t size)
{
    report_seat_name(s, player, true, language, buf, size);
}

/* The text a seat read on a round's card: its role's own wording, in
 * its own language or the one given. */
static const char *report_seat_statement(const session *s, size_t round,
                                         size_t player, size_t language)
{
    const deck *d = s->deck;
    const deck_card *card = &d->cards[s->rounds[round].card];
    return deck_card_text(d, card, s->roles[player],
                          language == REPORT_OWN_LANGUAGE
                              ? s->seat_language[player]
                              : language);
}

size_t report_card_statements(const session *s, size_t round, deck_role side,
                              size_t language, const char *separator,
                              char *buf, size_t size)
{
    const deck *d = s->deck;
    const char *seen[SESSION_MAX_PLAYERS];
    size_t n = 0, used = 0;
    buf[0] = '\0';
    if (round >= s->round_count || size == 0)
        return 0;
    for (size_t p = 0; p < s->player_count; p++) {
        const char *text = report_seat_statement(s, round, p, language);
        bool again = s->players[p] != side;
        for (size_t i = 0; i < n && !again; i++)
            again = strcmp(seen[i], text) == 0;
        if (!again)
            seen[n++] = text;
    }
    for (size_t i = 0; i < n; i++) {
        if (i)
            report_append(buf, size, &used, separator);
        if (n == 1) {
            report_append(buf, size, &used, seen[i]);
            break;
        }
        /* the roles that read it, each once: "Jongere: ...", "Ouder: ..." */
        size_t named = 0;
        const size_t none = (size_t)-1;
        size_t last_role = none;
        for (size_t p = 0; p < s->player_count; p++) {
            if (s->players[p] != side || s->roles[p] == last_role ||
                strcmp(report_seat_statement(s, round, p, language),
                       seen[i]) != 0)
                continue;
            char name[128];
            snprintf(name, sizeof name, "%s",
                     deck_text(d, &d->roles[s->roles[p]].name, s->language));
            if (named == 0 && name[0] >= 'a' && name[0] <= 'z')
                name[0] = (char)(name[0] - 'a' + 'A');
            report_append(buf, size, &used, named ? ", " : "");
            report_append(buf, size, &used, name);
            last_role = s->roles[p];
            named++;
        }
        report_append(buf, size, &used, ": ");
        report_append(buf, size, &used, seen[i]);
    }
    return n;
}

void report_gap_words(double mean_gap, char *buf, size_t size)
{
    /* Gaps are whole steps, so a mean is exact only when every card agrees
     * with it; anything else is said to the nearest half. */
    const double exact = 1e-9;
    if (mean_gap < exact) {
        snprintf(buf, size, "%s", _("exactly the same"));
        return;
    }
    unsigned long whole = (unsigned long)(mean_gap + 0.5);
    double off = mean_gap - (double)whole;
    double distance = off < 0 ? -off : off;
    if (distance < exact) {
        i18n_count(buf, size, "%s step apart on average",
                   "%s steps apart on average", whole);
    } else if (distance <= 0.25 + exact) {
        if (whole == 0)
            snprintf(buf, size, "%s", _("almost the same"));
        else if (off < 0)
            i18n_count(buf, size, "on average almost %s step apart",
                       "on average almost %s steps apart", whole);
        else
            i18n_count(buf, size, "on average just over %s step apart",
                       "on average just over %s steps apart", whole);
    } else {
        unsigned long below = (unsigned long)mean_gap;
        if (below == 0) {
            snprintf(buf, size, "%s", _("half a step apart on average"));
            return;
        }
        char a[24], b[24];
        snprintf(a, sizeof a, "%lu", below);
        snprintf(b, sizeof b, "%lu", below + 1);
        i18n_format(buf, size,
                    _n("on average between %s and %s step apart",
                       "on average between %s and %s steps apart", below + 1),
                    a, b);
    }
}

/* Languages whose decimal sign is a point; the others we may meet (Dutch,
 * German, French, ...) write a comma. */
static bool uses_decimal_point(const char *language)
{
    static const char *const point[] = { "en", "ja", "zh", "ko", "he", "th",
                                         "hi", NULL };
    size_t n = strcspn(language, "-_");
    for (size_t i = 0; point[i]; i++)
        if (strlen(point[i]) == n && strncmp(point[i], language, n) == 0)
            return true;
    return false;
}

void report_decimal(double value, int decimals, const char *language,
                    char *buf, size_t size)
{
    snprintf(buf, size, "%.*f", decimals, value);
    /* Whatever the C locale wrote, the sign is the language's. */
    char sign = uses_decimal_point(language) ? '.' : ',';
    for (char *c = buf; *c; c++)
        if (*c == '.' || *c == ',')
            *c = sign;
}

/* Pads to a width in code points, so "cliënt" lines up like "client". */
static void print_padded(FILE *out, const char *text, size_t width)
{
    fputs(text, out);
    for (size_t n = utf8_length(text); n < width; n++)
        fputc(' ', out);
}

/* The table's columns: the theme, one per player, the gap, the reading. */
static size_t table_columns(const session *s)
{
    return s->player_count + 3;
}

/* The text of one cell; row 0 is the header, row r the (r-1)th dimension.
 * Called twice per cell (to measure, then to print), which is cheaper
 * than keeping a table of strings for a few rows. */
static void summary_cell(const session *s, const score_summary *sum, size_t row,
                         size_t col, char *buf, size_t size)
{
    const deck *d = s->deck;
    size_t lang = s->language;
    const char *code = d->languages[lang];
    size_t players = s->player_count;
    if (row == 0) {
        if (col == 0)
            snprintf(buf, size, "%s", _("Theme"));
        else if (col <= players)
            report_player_name(s, col - 1, buf, size);
        else
            snprintf(buf, size, "%s", col == players + 1 ? _("Gap") : _("Reading"));
        return;
    }
    const score_dimension *dim = &sum->dimensions[row - 1];
    const deck_dimension *dd = &d->dimensions[dim->dimension];
    if (col == 0) {
        snprintf(buf, size, "%s", deck_text(d, &dd->name, lang));
    } else if (col <= players + 1) {
        if (!dim->cards)
            snprintf(buf, size, "-");
        else
            report_decimal(col <= players ? dim->mean[col - 1] : dim->mean_gap,
                           2, code, buf, size);
    } else {
        char sentence[256], good[256] = "";
        report_dimension_sentence(s, dim, sentence, sizeof sentence);
        if (dd->negative)
            report_good_answer(d, lang, _("(Here \u201c%s\u201d is good.)"), good,
                               sizeof good);
        snprintf(buf, size, "%s%s%s", sentence, dd->negative ? " " : "", good);
    }
}

/* Two spaces between columns and a rule under the header, so the header's
 * words never run into each other, whatever their length in a language. */
static void print_table(FILE *out, const session *s, const score_summary *sum)
{
    size_t cols = table_columns(s);
    size_t rows = sum->dimension_count + 1;
    size_t width[SESSION_MAX_PLAYERS + 3] = { 0 };
    char cell[512];
    for (size_t r = 0; r < rows; r++)
        for (size_t c = 0; c + 1 < cols; c++) {
            summary_cell(s, sum, r, c, cell, sizeof cell);
            size_t w = utf8_length(cell);
            if (w > width[c])
                width[c] = w;
        }
    for (size_t r = 0; r < rows; r++) {
        for (size_t c = 0; c < cols; c++) {
            summary_cell(s, sum, r, c, cell, sizeof cell);
            if (c + 1 < cols)
                print_padded(out, cell, width[c] + 2);
            else
                fputs(cell, out);
        }
        fputc('\n', out);
        if (r > 0)
            continue;
        for (size_t c = 0; c < cols; c++) {
            summary_cell(s, sum, 0, c, cell, sizeof cell);
            for (size_t i = utf8_length(cell); i > 0; i--)
                fputc('-', out);
            if (c + 1 < cols)
                for (size_t i = utf8_length(cell); i < width[c] + 2; i++)
                    fputc(' ', out);
        }
        fputc('\n', out);
    }
}

void report_date(int64_t when, char *buf, size_t size)
{
    time_t t = (time_t)when;
    struct tm tm;
    /* the user's own clock (Europe/Amsterdam reads 15:20, not 14:20
     * UTC), through the system's floor: the core reads no time zone */
    if (!os_local_time((int64_t)t, &tm) ||
        strftime(buf, size, "%Y-%m-%d %H:%M", &tm) == 0)
        snprintf(buf, size, "-");
}

void report_print_heading(FILE *out, const session *s, size_t turned_count,
                          size_t skipped_count)
{
    const deck *d = s->deck;
    size_t lang = s->language;
    fprintf(out, "%s (%s)\n", deck_text(d, &d->title, lang), d->languages[lang]);
    char date[64], line[256];
    report_date(s->started_at, date, sizeof date);
    i18n_format(line, sizeof line, _("Played on %s"), date, NULL);
    fprintf(out, "%s\n", line);
    char cards[64], turned[64], skipped[64];
    i18n_count(cards, sizeof cards, "%s card", "%s cards", s->round_count);
    i18n_count(turned, sizeof turned, "%s turned", "%s turned", turned_count);
    i18n_count(skipped, sizeof skipped, "%s skipped", "%s skipped",
               skipped_count);
    fprintf(out, "%s: %s, %s.\n", cards, turned, skipped);
}

void report_print_labels(FILE *out, const session *s)
{
    if (s->case_id[0])
        fprintf(out, "\n%s: %s\n", _("Case"), s->case_id);
    if (s->group[0])
        fprintf(out, "%s: %s\n", _("Group"), s->group);
}

void report_print(FILE *out, const session *s, const score_summary *sum)
{
    const deck *d = s->deck;
    report_print_heading(out, s, sum->revealed, sum->skipped);
    fputc('\n', out);
    print_table(out, s, sum);
    fprintf(out, "\n%s 1-%zu.\n", _("Scores are positions on the scale"),
            d->option_count);
    if (sum->good_alliance)
        fprintf(out, "%s\n", _("You are working well together on every theme."));
    if (sum->topic_count) {
        fprintf(out, "\n%s\n", _("Cards to talk about:"));
        for (size_t i = 0; i < sum->topic_count; i++) {
            const score_topic *t = &sum->topics[i];
            const deck_card *card = &d->cards[s->rounds[t->round].card];
            char reasons[256], read[1600];
            report_topic_reasons(s, t, reasons, sizeof reasons);
            report_card_statements(s, t->round, DECK_ROLE_CLIENT, s->language,
                                   " / ", read,
                                   sizeof read);
            fprintf(out, "- %s: %s (%s)\n", card->id, read, reasons);
        }
    }
    report_print_labels(out, s);
}

void report_good_answer(const deck *d, size_t lang, const char *tmpl,
                        char *buf, size_t size)
{
    size_t k = d->option_count;
    size_t good = k >= 4 ? (k - 1) / 2 - 1 : 0;
    const char *label = k ? deck_text(d, &d->options[good].label, lang) : "";
    i18n_format(buf, size, tmpl, label, NULL);
}

/* What changed on a theme since the pair's round before, in words for
 * people (the history screen and --history). */
size_t report_history_change(unsigned flags, const char *theme,
                             const char *client, const char *professional,
                             char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    const char *templates[4] = {
        flags & HISTORY_WIDER ? _("The gap on %s is wider than last time.") : NULL,
        flags & HISTORY_CLOSER ? _("On %s you are closer than last time.") : NULL,
        flags & HISTORY_DROP_CLIENT ? _("%s sees %s as worse than last time.") : NULL,
        flags & HISTORY_DROP_PRO ? _("%s sees %s as worse than last time.") : NULL,
    };
    const char *who[4] = {theme, theme, client, professional};
    const char *what[4] = {NULL, NULL, theme, theme};
    size_t n = 0;
    for (int i = 0; i < 4; i++) {
        if (!templates[i] || used + 2 >= size)
            continue;
        char line[512];
        i18n_format(line, sizeof line, templates[i], who[i], what[i]);
        if (line[0] >= 'a' && line[0] <= 'z')
            line[0] = (char)(line[0] - 'a' + 'A');
        int w = snprintf(buf + used, size - used, "%s%s", used ? " " : "", line);
        used += w > 0 ? (size_t)w : 0;
        if (used >= size)
            used = size - 1;
        n++;
    }
    return n;
}
