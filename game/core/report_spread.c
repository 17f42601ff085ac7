/* report_spread: a workshop in words (see report_spread.h). The numbers
 * come from tally.c; this file only chooses the sentence and fills it in. */
#include "report_spread.h"

#include <string.h>

#include "i18n.h"
#include "report.h"

/* text after what buf holds, cut at size like snprintf */
static void append(char *buf, size_t size, const char *text)
{
    size_t used = strlen(buf);
    if (used + 1 < size)
        snprintf(buf + used, size - used, "%s", text);
}

void report_spread_steps(double steps, char *buf, size_t size)
{
    if (!(steps > 0))
        steps = 0; /* also NaN: a distance is never below nothing */
    unsigned long tenths = (unsigned long)(steps * 10.0 + 0.5);
    if (tenths % 10 == 0) {
        i18n_count(buf, size, "%s step", "%s steps", tenths / 10);
        return;
    }
    char number[32];
    report_decimal((double)tenths / 10.0, 1, i18n_language(), number,
                   sizeof number);
    /* below one step English says "of a step", Dutch "0,8 stap" */
    i18n_format(buf, size,
                tenths < 10 ? _("%s of a step")
                            : _n("%s step", "%s steps", 2),
                number, NULL);
}

void report_spread_theme(const session *s, const tally_theme *t, char *buf,
                         size_t size)
{
    const deck *d = s->deck;
    const char *name =
        t->dimension < d->dimension_count
            ? deck_text(d, &d->dimensions[t->dimension].name, s->language)
            : "?";
    bool pro = t->answered[DECK_ROLE_PROFESSIONAL];
    bool client = t->answered[DECK_ROLE_CLIENT];
    if (!pro || !client) {
        const char *tmpl = pro ? _("On %s only the professionals answered.")
                           : client ? _("On %s only the clients answered.")
                                    : _("Nobody answered on %s.");
        i18n_format(buf, size, tmpl, name, NULL);
        return;
    }
    char steps[64];
    report_spread_steps(t->gap, steps, sizeof steps);
    /* the theme's counts are turned so the last option is good: the
     * higher mean sees it as better */
    double ahead = t->stats[DECK_ROLE_PROFESSIONAL].mean -
                   t->stats[DECK_ROLE_CLIENT].mean;
    const char *tmpl;
    if (t->gap < 0.05)
        tmpl = _("The professionals and the clients see %s the same way.");
    else if (t->gap < 0.5)
        tmpl = _("The professionals and the clients see %s about the same "
                 "(%s).");
    else if (ahead > 0)
        tmpl = _("The professionals see %s as better than the clients (%s).");
    else
        tmpl = _("The clients see %s as better than the professionals (%s).");
    i18n_format(buf, size, tmpl, name, steps);
}

/* "from 1.7 steps to 0.5 of a step" */
static void shift_numbers(const spread_shift *sh, char *buf, size_t size)
{
    char before[64], after[64];
    report_spread_steps(sh->gap_before, before, sizeof before);
    report_spread_steps(sh->gap_after, after, sizeof after);
    i18n_format(buf, size, _("from %s to %s"), before, after);
}

void report_spread_shift(const spread_shift *sh, char *buf, size_t size)
{
    if (sh->gap_before < 0 || sh->gap_after < 0) {
        snprintf(buf, size, "%s",
                 _("One side gave no answer in one of the votes. There is "
                   "no distance to compare."));
        return;
    }
    char numbers[160], before[64], after[64];
    report_spread_steps(sh->gap_before, before, sizeof before);
    report_spread_steps(sh->gap_after, after, sizeof after);
    if (strcmp(before, after) == 0) {
        i18n_format(buf, size,
                    _("After the talk the sides were just as far apart "
                      "(%s)."),
                    after, NULL);
        return;
    }
    shift_numbers(sh, numbers, sizeof numbers);
    const char *tmpl =
        sh->closer ? _("After the talk the sides were closer together (%s).")
        : sh->apart
            ? _("After the talk the sides were further apart (%s).")
            : _("After the talk the sides were about as far apart (%s).");
    i18n_format(buf, size, tmpl, numbers, NULL);
}

void report_spread_card(const session *s, size_t round, char *buf,
                        size_t size)
{
    const deck *d = s->deck;
    if (round >= s->round_count || s->rounds[round].card >= d->card_count) {
        snprintf(buf, size, "?");
        return;
    }
    const deck_card *card = &d->cards[s->rounds[round].card];
    snprintf(buf, size, "%s (%s)", deck_text(d, &card->client, s->language),
             card->id);
}

bool report_spread_pick(const session *s, const tally_summary *t,
                        tally_pick_kind kind, char *buf, size_t size)
{
    buf[0] = '\0';
    if ((int)kind < 0 || kind >= TALLY_PICK_COUNT)
        return false;
    const tally_pick *p = &t->pick[kind];
    if (p->round < 0 || (size_t)p->round >= s->round_count)
        return false;
    char card[DECK_MAX_TEXT_BYTES + 128], how[192];
    report_spread_card(s, (size_t)p->round, card, sizeof card);
    switch (kind) {
    case TALLY_WIDEST:
        i18n_format(buf, size, _("Here the group was most divided: %s"),
                    card, NULL);
        break;
    case TALLY_GAP:
        report_spread_steps(p->value, how, sizeof how);
        i18n_format(buf, size, _("Here the sides were furthest apart (%s): %s"),
                    how, card);
        break;
    case TALLY_PICK_COUNT:
        return false;
    case TALLY_SHIFT: {
        spread_shift sh;
        if (!tally_shift(s, (size_t)p->round, &sh))
            return false;
        shift_numbers(&sh, how, sizeof how);
        i18n_format(buf, size, _("Here the talk changed the most (%s): %s"),
                    how, card);
        break;
    }
    }
    return true;
}

/* A show of hands in a line: "clients: 0 2 5 1 0 (median 3)". */
static void hands_line(const session *s, size_t round, deck_role side,
                       bool first_vote, const char *label, char *buf,
                       size_t size)
{
    spread_counts c;
    spread_stats st;
    if (!tally_card(s, round, side, first_vote, &c) ||
        !spread_stats_of(&c, &st)) {
        snprintf(buf, size, "%s: %s", label, _("nobody"));
        return;
    }
    snprintf(buf, size, "%s:", label);
    for (size_t o = 0; o < c.options; o++) {
        char n[16];
        snprintf(n, sizeof n, " %u", c.count[o]);
        append(buf, size, n);
    }
    char position[16], median[64];
    snprintf(position, sizeof position, "%d", st.median + 1);
    i18n_format(median, sizeof median, _("(median %s)"), position, NULL);
    append(buf, size, " ");
    append(buf, size, median);
}

bool report_spread_answers(const session *s, size_t round, deck_role side,
                           bool first_vote, char *buf, size_t size)
{
    buf[0] = '\0';
    tally_vote v;
    if (!tally_vote_of(s, round, first_vote, &v))
        return false;
    bool seats = false, hands = false;
    for (size_t p = 0; p < s->player_count; p++)
        if (s->players[p] == side) {
            seats = true;
            hands = hands || s->hands[p];
        }
    if (!seats)
        return false;
    if (hands) {
        hands_line(s, round, side, first_vote,
                   side == DECK_ROLE_CLIENT ? _("clients") : _("professionals"),
                   buf, size);
        return true;
    }
    /* teams by name, each with its place on the card's scale; a team of
     * the client side says so (teams are professionals unless told) */
    for (size_t p = 0; p < s->player_count; p++) {
        if (s->players[p] != side)
            continue;
        char name[160], item[256], place[16];
        if (s->team[p][0] && side == DECK_ROLE_CLIENT)
            snprintf(name, sizeof name, "%s (%s)", s->team[p], _("client"));
        else if (s->team[p][0])
            snprintf(name, sizeof name, "%s", s->team[p]);
        else
            report_player_name(s, p, name, sizeof name);
        int a = v.answer[p];
        bool answered = a >= 0 && (size_t)a < s->deck->option_count;
        snprintf(place, sizeof place, "%d", a + 1);
        snprintf(item, sizeof item, "%s%s: %s", buf[0] ? " · " : "", name,
                 answered ? place : _("no answer"));
        append(buf, size, item);
    }
    return true;
}

/* One vote of a card: teams on one line, professionals first; a show of
 * hands a line per side. label ("First vote") heads it, or NULL. */
static void print_vote(FILE *out, const session *s, size_t round,
                       bool first_vote, const char *label)
{
    char part[DECK_ROLE_COUNT][768];
    bool has[DECK_ROLE_COUNT];
    deck_role order[DECK_ROLE_COUNT] = {DECK_ROLE_PROFESSIONAL,
                                        DECK_ROLE_CLIENT};
    for (int i = 0; i < DECK_ROLE_COUNT; i++)
        has[i] = report_spread_answers(s, round, order[i], first_vote,
                                       part[i], sizeof part[i]);
    if (session_has_hands(s)) {
        if (label)
            fprintf(out, "  %s:\n", label);
        for (int i = 0; i < DECK_ROLE_COUNT; i++)
            if (has[i])
                fprintf(out, "%s%s\n", label ? "    " : "  ", part[i]);
        return;
    }
    fprintf(out, "  %s%s%s%s%s\n", label ? label : "", label ? ": " : "",
            has[0] ? part[0] : "", has[0] && has[1] ? " · " : "",
            has[1] ? part[1] : "");
}

static void print_cards(FILE *out, const session *s)
{
    const deck *d = s->deck;
    for (size_t r = 0; r < s->round_count; r++) {
        const session_round *round = &s->rounds[r];
        const deck_card *card =
            round->card < d->card_count ? &d->cards[round->card] : NULL;
        if (!card)
            continue;
        fprintf(out, "- %s: %s", card->id,
                deck_text(d, &card->client, s->language));
        /* kept out: talked about, never stored, so not shown either */
        const char *not_here =
            round->kept_out ? _("only for the talk")
            : round->state == SESSION_CARD_SKIPPED ? _("skipped")
            : round->state == SESSION_CARD_OPEN && !round->revoted
                ? _("not played yet")
                : NULL;
        if (not_here) {
            fprintf(out, " (%s)\n", not_here);
            continue;
        }
        fputc('\n', out);
        if (!round->revoted) {
            print_vote(out, s, r, false, NULL);
            continue;
        }
        print_vote(out, s, r, true, _("First vote"));
        if (round->state != SESSION_CARD_REVEALED)
            continue; /* the vote after the talk is not done */
        print_vote(out, s, r, false, _("After the talk"));
        spread_shift sh;
        char words[512];
        tally_shift(s, r, &sh);
        report_spread_shift(&sh, words, sizeof words);
        fprintf(out, "  %s\n", words);
    }
}

void report_spread_print(FILE *out, const session *s)
{
    tally_summary t;
    tally_compute(s, &t);
    report_print_heading(out, s, t.counted, t.skipped);
    fprintf(out, "\n%s\n", _("The cards and the answers:"));
    print_cards(out, s);
    char line[DECK_MAX_TEXT_BYTES + 512], k[16];
    snprintf(k, sizeof k, "%zu", s->deck->option_count);
    i18n_format(line, sizeof line,
                session_has_hands(s)
                    ? _("A show of hands: how many people chose each place "
                        "on the scale, 1 to %s.")
                    : _("A team's answer is its place on the scale, 1 to %s."),
                k, NULL);
    fprintf(out, "\n%s\n", line);
    bool themes = false;
    for (size_t i = 0; i < t.theme_count; i++) {
        if (t.themes[i].cards == 0)
            continue; /* not played in this round */
        if (!themes)
            fprintf(out, "\n%s\n", _("Per theme:"));
        themes = true;
        report_spread_theme(s, &t.themes[i], line, sizeof line);
        fprintf(out, "- %s\n", line);
    }
    bool picks = false;
    for (int kind = 0; kind < TALLY_PICK_COUNT; kind++) {
        if (!report_spread_pick(s, &t, (tally_pick_kind)kind, line,
                                sizeof line))
            continue;
        if (!picks)
            fprintf(out, "\n%s\n", _("Where the group differed most:"));
        picks = true;
        fprintf(out, "- %s\n", line);
    }
    report_print_labels(out, s);
}
