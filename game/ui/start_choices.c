/* start_choices: what the start screen's rows hold and how each steps
 * to its next value: the deck (or case), the language (with the client
 * side's own), the cards, where the round is kept, who plays, and a
 * family's roles. The choices are the play module's; this only steps
 * them the way the rows show them. */
#include "start_choices.h"

#include <stdio.h>
#include <string.h>

#include "autosave.h"
#include "history.h"
#include "i18n.h"

const char *start_choices_language_name(const char *code)
{
    static const char *const names[][2] = {
        {"nl", "Nederlands"}, {"en", "English"},  {"de", "Deutsch"},
        {"fr", "Fran\u00e7ais"}, {"tr", "T\u00fcrk\u00e7e"}, {"pl", "Polski"},
        {"es", "Espa\u00f1ol"}, {"pt", "Portugu\u00eas"}, {"fy", "Frysk"},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(names[i][0], code) == 0)
            return names[i][1];
    return code;
}

/* The language the client side reads in when the start screen chose one
 * of its own ("client=CODE"), or -1. */
int start_choices_client_language(const app *a, const deck *d)
{
    if (strncmp(play_seat_lang(&a->play), "client=", 7) != 0)
        return -1;
    int lang = deck_language_index(d, play_seat_lang(&a->play) + 7);
    return lang == (int)app_language(a) ? -1 : lang;
}

/* The values of the "who plays" row: the mode table's listed rows
 * (mode_choices), a row of people once per number it allows; without
 * training cases, the rows that need one are left out. */
static size_t start_choices_listed(const app *a, mode_choice *out)
{
    mode_choice all[MODE_MAX_CHOICES];
    size_t n = mode_choices(all, MODE_MAX_CHOICES), kept = 0;
    for (size_t i = 0; i < n; i++)
        if (!all[i].mode->needs_case || play_cases(&a->play)->count > 0)
            out[kept++] = all[i];
    return kept;
}

/* The value the way to play chosen has on the row (a variant the row
 * does not list shows as its base). */
static size_t start_choices_who_at(const app *a, const mode_choice *c, size_t n)
{
    const mode_def *m = app_mode(a);
    int people = app_clients(a);
    for (int pass = 0; pass < 3; pass++) {
        for (size_t i = 0; i < n; i++)
            if (c[i].mode == m && (pass > 0 || c[i].people == people))
                return i;
        if (pass == 1 && m->base)
            m = mode_find(m->base);
    }
    return 0;
}

/* A value's words: "3 people", "Workshop: teams". */
static void start_choices_value_words(const mode_choice *c, char *out,
                                  size_t size)
{
    const mode_def *m = c->mode;
    if (m->label_many)
        i18n_count(out, size, m->label, m->label_many,
                   (unsigned long)c->people);
    else
        snprintf(out, size, "%s", m->label ? _(m->label) : m->id);
}

/* Chooses the value delta steps along the row. */
static void start_choices_step_who(app *a, int delta)
{
    mode_choice c[MODE_MAX_CHOICES];
    size_t n = start_choices_listed(a, c);
    if (n == 0)
        return;
    int v = (int)start_choices_who_at(a, c, n) + delta;
    v = v < 0 ? 0 : v >= (int)n ? (int)n - 1 : v;
    const mode_def *m = c[v].mode;
    play_choose_mode(&a->play, m->id);
    if (c[v].people > 0)
        play_choose_clients(&a->play, c[v].people);
    const casefile *cf = app_case(a);
    if (m->needs_case && cf)
        app_choose_case(a, cf->id); /* its deck comes with it */
}

/* Where the round is kept: on this computer (no code), with a pair's
 * code (typed, or one of the codes already kept, in turn), or nowhere. */
static void start_choices_step_keep(app *a, int delta)
{
    char folder[APP_PATH_MAX];
    char codes[16][SESSION_PAIR_MAX];
    size_t n = history_user_folder(folder, sizeof folder)
                   ? history_codes(folder, codes, 16)
                   : 0;
    /* the values in order: none, each known code, no trace */
    int count = (int)n + 2, at = 0;
    if (play_no_trace(&a->play))
        at = count - 1;
    else if (play_pair(&a->play)[0]) {
        for (size_t i = 0; i < n; i++)
            if (strcmp(codes[i], play_pair(&a->play)) == 0)
                at = (int)i + 1;
    }
    at = (at + delta + count) % count;
    if (at == count - 1) {
        autosave_set_no_trace(a, true);
        return;
    }
    if (play_no_trace(&a->play))
        autosave_set_no_trace(a, false);
    play_choose_pair(&a->play, at == 0 ? "" : codes[at - 1]);
}

void start_choices_step(app *a, start_row row, int delta)
{
    const deck *d = app_deck(a);
    switch (row) {
    case START_ROW_DECK: {
        if (app_mode(a)->needs_case) {
            app_next_case(a, delta); /* a case brings its deck */
            break;
        }
        play_step_deck(&a->play, delta); /* keeps the language it can */
        app_follow_language(a);
        break;
    }
    case START_ROW_LANGUAGE:
        if (d && d->language_count > 0) {
            /* each language, and after it that language with the client
             * side reading in another one of the deck */
            int n = (int)d->language_count;
            int client = start_choices_client_language(a, d);
            int v = (int)app_language(a) * n + (client < 0 ? (int)app_language(a) : client);
            int order[DECK_MAX_LANGUAGES * DECK_MAX_LANGUAGES] = {0};
            int count = 0, at = 0;
            for (int m = 0; m < n; m++) {
                order[count++] = m * n + m;
                for (int c = 0; c < n; c++)
                    if (c != m)
                        order[count++] = m * n + c;
            }
            for (int i = 0; i < count; i++)
                if (order[i] == v)
                    at = i;
            if (count > 0)
                v = order[(at + delta % count + count) % count];
            play_choose_language(&a->play, (size_t)(v / n));
            char spec[64] = ""; /* the client side in another one */
            if (v % n != v / n)
                snprintf(spec, sizeof spec, "client=%s", d->languages[v % n]);
            play_choose_seat_lang(&a->play, spec);
            app_follow_language(a);
        }
        break;
    case START_ROW_CARDS:
        play_choose_cards(&a->play,
                          (settings_cards)((app_settings(a)->cards + 3 + delta) % 3));
        break;
    case START_ROW_KEEP:
        start_choices_step_keep(a, delta);
        break;
    case START_ROW_CLIENTS:
        start_choices_step_who(a, delta);
        break;
    default:
        break;
    }
    a->message[0] = '\0';
}

/* The role of the client side's person i (settings.seats, or the side's
 * own role). */
size_t start_choices_seat_role(const app *a, const deck *d, int i)
{
    return mode_remembered_role(d, app_settings(a)->seats, i);
}

/* Person i takes the deck's next client-side role (young person, parent,
 * carer, ...). */
void start_choices_next_role(app *a, int person)
{
    const deck *d = app_deck(a);
    int people = app_clients(a);
    if (d == NULL || people < 2 || person < 0 || person >= people)
        return;
    size_t roles[SESSION_MAX_PLAYERS];
    for (int i = 0; i < people; i++)
        roles[i] = start_choices_seat_role(a, d, i);
    size_t r = roles[person];
    do
        r = (r + 1) % d->role_count;
    while (d->roles[r].side != DECK_ROLE_CLIENT);
    roles[person] = r;
    char list[SETTINGS_MAX_SEATS] = "";
    size_t used = 0;
    for (int i = 0; i < people; i++) {
        int w = snprintf(list + used, sizeof list - used, "%s%s",
                         i ? "," : "", d->roles[roles[i]].id);
        if (w < 0 || (size_t)w >= sizeof list - used)
            return;
        used += (size_t)w;
    }
    play_choose_seats(&a->play, list);
}

void start_choices_who_words(const app *a, char *out, size_t size)
{
    mode_choice choices[MODE_MAX_CHOICES];
    size_t n = start_choices_listed(a, choices);
    if (size > 0)
        out[0] = '\0';
    if (n > 0)
        start_choices_value_words(&choices[start_choices_who_at(a, choices, n)],
                                  out, size);
}
