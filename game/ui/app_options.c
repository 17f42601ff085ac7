/* app_options: the command line's (or a page address's) choices laid
 * over the remembered settings before the first screen: the case, the
 * deck, the language, who plays and the cards (see app_begin). Each step
 * says what was wrong in a sentence and gives up; nothing is half set
 * that the start screen would show. */
#include "app.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mode.h"

/* What the steps share: the options, where the exit code goes, and
 * whether the deck was given (then a round starts right away). */
typedef struct {
    const cli_options *o;
    int *exit_code;
    bool deck_given;
} app_options;

static bool app_options_fail(app_options *q, int code, const char *sentence)
{
    app_fail(q->exit_code, code, sentence);
    return false;
}

/* --case: a case is played with its own deck, so it chooses it. */
static bool app_options_case(app *a, app_options *q)
{
    const cli_options *o = q->o;
    if (o->case_id == NULL)
        return true;
    char msg[512];
    const casefile *c = casebook_find(play_cases(&a->play), o->case_id);
    if (c == NULL || (o->domain && strcmp(o->domain, c->deck->id) != 0) ||
        a->have_cli_deck) {
        snprintf(msg, sizeof msg, c ? "the case \"%s\" is played with the "
                                      "deck \"%s\"."
                                    : "there is no case with the id \"%s\" "
                                      "(see --list-cases).",
                 o->case_id, c ? c->deck->id : "");
        return app_options_fail(q, CLI_EXIT_INVALID, msg);
    }
    (void)play_choose_case(&a->play, c->id); /* found: it is chosen */
    play_choose_deck(&a->play, c->deck->id, NULL);
    q->deck_given = true;
    return true;
}

/* True when every role id of the list is one of d's client-side roles
 * (an empty place is the side's own role). */
static bool app_deck_has_roles(const deck *d, const char *role_ids)
{
    char kept[SETTINGS_MAX_SEATS];
    mode_known_roles(d, role_ids, kept, sizeof kept);
    return strcmp(kept, role_ids) == 0;
}

/* --seats without a deck: the remembered deck when it has those roles,
 * else the first that has them; when none does, says which decks have
 * each role. */
static bool app_options_deck_for_seats(app *a, app_options *q)
{
    const char *seats = q->o->seats;
    if (seats == NULL || app_deck_has_roles(app_deck(a), seats))
        return true;
    for (size_t i = 0; i < a->deck_count; i++)
        if (app_deck_has_roles(a->decks[i], seats)) {
            play_choose_deck_at(&a->play, i);
            return true;
        }
    char msg[1024];
    int used = snprintf(msg, sizeof msg, "no deck has the roles \"%s\" on "
                        "the client side together", seats);
    for (const char *p = seats; *p && used > 0 && (size_t)used < sizeof msg;) {
        size_t n = strcspn(p, ",");
        char id[64];
        snprintf(id, sizeof id, "%.*s", (int)(n < 63 ? n : 63), p);
        used += snprintf(msg + used, sizeof msg - (size_t)used, "; %s:", id);
        const char *sep = " ";
        for (size_t i = 0; i < a->deck_count && (size_t)used < sizeof msg; i++)
            if (app_deck_has_roles(a->decks[i], id)) {
                used += snprintf(msg + used, sizeof msg - (size_t)used,
                                 "%s%s", sep, a->decks[i]->id);
                sep = ", ";
            }
        if (*sep == ' ' && (size_t)used < sizeof msg)
            used += snprintf(msg + used, sizeof msg - (size_t)used, " none");
        p += n + (p[n] == ',');
    }
    if (used > 0 && (size_t)used + 1 < sizeof msg)
        strcat(msg, ".");
    return app_options_fail(q, CLI_EXIT_INVALID, msg);
}

/* --deck, --domain, or the remembered deck. */
static bool app_options_deck(app *a, app_options *q)
{
    const cli_options *o = q->o;
    play_choose_deck_at(&a->play, 0);
    if (a->have_cli_deck) {
        q->deck_given = true;
        return true;
    }
    if (o->domain) {
        for (size_t i = 0; i < a->deck_count; i++)
            if (strcmp(a->decks[i]->id, o->domain) == 0) {
                play_choose_deck_at(&a->play, i);
                q->deck_given = true;
                return true;
            }
        char msg[512];
        snprintf(msg, sizeof msg, "there is no deck with the id \"%s\" "
                 "(see --list-decks).", o->domain);
        return app_options_fail(q, CLI_EXIT_INVALID, msg);
    }
    for (size_t i = 0; i < a->deck_count; i++)
        if (strcmp(a->decks[i]->id, app_settings(a)->deck) == 0)
            play_choose_deck_at(&a->play, i);
    return q->deck_given || app_options_deck_for_seats(a, q);
}

/* --lang, else the remembered language when the deck is the same. */
static bool app_options_language(app *a, app_options *q)
{
    const deck *d = app_deck(a);
    const char *lang = app_settings(a)->language;
    if (q->deck_given && strcmp(d->id, app_settings(a)->deck) != 0)
        lang = NULL; /* another deck than last time: its first language */
    if (q->o->language) {
        if (deck_language_index(d, q->o->language) < 0) {
            char msg[512];
            snprintf(msg, sizeof msg, "the deck \"%s\" has no language "
                     "\"%s\".", d->id, q->o->language);
            return app_options_fail(q, CLI_EXIT_INVALID, msg);
        }
        lang = q->o->language;
    }
    int li = lang && lang[0] ? deck_language_index(d, lang) : -1;
    play_choose_language(&a->play, li >= 0 ? (size_t)li : 0);
    return true;
}

/* Who sits at the table: the way to play, and --seats naming the client
 * side's people by role; checked against the deck now, not at the
 * first card. */
static bool app_options_seats(app *a, app_options *q)
{
    const cli_options *o = q->o;
    if (o->play_mode == NULL && o->seats == NULL)
        return true;
    const mode_def *m = mode_find(o->play_mode);
    if (m && m->needs_case && !o->case_id &&
        play_cases(&a->play)->count == 0)
        return app_options_fail(q, CLI_EXIT_FAILURE, "there are no training "
                                "cases (see --list-cases).");
    int people = 1;
    if (o->seats) {
        for (const char *c = o->seats; *c; c++)
            people += *c == ',';
        if (strlen(o->seats) >= sizeof app_settings(a)->seats)
            return app_options_fail(q, CLI_EXIT_INVALID,
                                    "--seats is too long.");
        play_choose_seats(&a->play, o->seats);
    } else {
        /* --mode alone: as many people as that way to play needs */
        int lo = m ? mode_side_min(m, DECK_ROLE_CLIENT) : 1;
        people = app_settings(a)->clients > lo ? app_settings(a)->clients : lo;
        if (m && people > mode_side_max(m, DECK_ROLE_CLIENT))
            people = mode_side_max(m, DECK_ROLE_CLIENT);
        play_choose_seats(&a->play, "");
    }
    play_choose_clients(&a->play, people);
    play_choose_mode(&a->play, mode_for_people(o->play_mode, people)->id);
    if (o->teams)
        play_choose_teams(&a->play, o->teams);
    session_seat seats[SESSION_MAX_PLAYERS];
    size_t n = 0;
    char why[256], msg[300];
    if (app_make_seats(a, app_deck(a), app_settings(a)->seats, people, seats, &n,
                       why, sizeof why))
        return true;
    snprintf(msg, sizeof msg, "%s.", why);
    return app_options_fail(q, CLI_EXIT_INVALID, msg);
}

/* Where the round is kept and what it is labelled with: --no-trace,
 * --pair, --group, --seat-lang. */
static void app_options_labels(app *a, const cli_options *o)
{
    play_choose_no_trace(&a->play, o->no_trace);
    if (o->seat_lang)
        play_choose_seat_lang(&a->play, o->seat_lang);
    play_choose_pair(&a->play, o->pair);
    if (o->group)
        play_choose_group(&a->play, o->group);
}

/* The workshop's clock and light, and which cards. */
static void app_options_plain(app *a, const app_options *q)
{
    const cli_options *o = q->o;
    if (o->timer_seconds)
        play_choose_timer(&a->play, o->timer_seconds);
    if (o->light)
        play_choose_light(&a->play, true);
    if (o->cards) {
        bool quick = strcmp(o->cards, "quick") == 0;
        bool all = strcmp(o->cards, "all") == 0;
        play_choose_cards(&a->play, quick ? SETTINGS_CARDS_QUICK
                                    : all ? SETTINGS_CARDS_ALL
                                          : SETTINGS_CARDS_PICK);
        if (!quick && !all)
            (void)play_choose_picked(&a->play, o->cards); /* too long:
                                                             none picked */
    } else if (q->deck_given &&
               strcmp(app_deck(a)->id, app_settings(a)->deck) != 0) {
        play_choose_cards(&a->play, SETTINGS_CARDS_QUICK);
    }
}

/* The cards of a round that starts right away; false when told. */
static bool app_options_cards(app *a, app_options *q, size_t **cards,
                              size_t *count)
{
    const char *spec = q->o->cards ? q->o->cards : "quick";
    if (!q->o->cards && app_settings(a)->cards == SETTINGS_CARDS_ALL)
        spec = "all";
    error_list errors;
    error_list_init(&errors);
    bool ok = deck_select(app_deck(a), spec, cards, count, &errors);
    if (!ok)
        error_print(&errors, stderr);
    error_list_free(&errors);
    if (ok)
        return true;
    char msg[512];
    snprintf(msg, sizeof msg, "cannot choose the cards \"%s\".", spec);
    return app_options_fail(q, CLI_EXIT_INVALID, msg);
}

int app_apply_options(app *a, const cli_options *options, int *exit_code,
                      size_t **cards, size_t *count)
{
    app_options q = {options, exit_code, false};
    app_options_labels(a, options);
    if (!app_options_case(a, &q) || !app_options_deck(a, &q) ||
        !app_options_language(a, &q) || !app_options_seats(a, &q))
        return -1;
    app_options_plain(a, &q);
    app_follow_language(a);
    const casefile *c = app_case(a);
    if (c && !options->case_id)
        app_choose_case(a, c->id); /* a remembered case brings its deck */
    if (!q.deck_given)
        return 0;
    return app_options_cards(a, &q, cards, count) ? 1 : -1;
}
