/* app_start: the UI's side of opening the game: a fresh app, the decks
 * (loaded on the platform's start-up worker), the icons to check, the
 * command line's choices and the first screen (see app.h). */
#include "app.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "autosave.h"
#include "datadir.h"
#include "menu.h"
#include "mode.h"
#include "scene.h"
#include "os.h"

static bool app_is_dir(const char *path)
{
    return os_kind_of(path) == OS_FOLDER;
}

static void app_find_po_dir(app *a)
{
    char p[APP_PATH_MAX];
    if (datadir_join(p, sizeof p, a->data_dir, "assets/po") && app_is_dir(p))
        snprintf(a->po_dir, sizeof a->po_dir, "%s", p);
    else
        datadir_join(a->po_dir, sizeof a->po_dir, a->data_dir, "po");
}

app *app_new(const cli_options *options, const char *data_dir,
             const app_config *config)
{
    app *a = calloc(1, sizeof *a);
    if (a == NULL)
        return NULL;
    a->gfx = config ? config->gfx : NULL;
    a->running = true;
    a->dirty = true;
    a->trace_on = config && config->trace;
    settings_defaults(&a->settings);
    snprintf(a->data_dir, sizeof a->data_dir, "%s", data_dir);
    if (options->save_path)
        snprintf(a->save_path, sizeof a->save_path, "%s",
                 options->save_path);
    app_find_po_dir(a);
    return a;
}

/* Loads the deck folder and the --deck file. Returns 0, or the exit code
 * with the sentence to tell in msg (a deck's own errors, with file, line
 * and column, are printed here as they are found). */
int app_load_decks(app *a, const cli_options *options, char *msg,
                          size_t msg_size)
{
    char decks_dir[APP_PATH_MAX];
    if (!datadir_join(decks_dir, sizeof decks_dir, a->data_dir, "decks") ||
        !app_is_dir(decks_dir)) {
        snprintf(msg, msg_size, "cannot find the deck folder %s/decks.",
                 a->data_dir);
        return CLI_EXIT_FAILURE;
    }
    error_list errors;
    error_list_init(&errors);
    bool have_catalog = catalog_load(decks_dir, &a->catalog, &errors);
    /* the user's own decks (--deck-dir, $ALLIANTIESPEL_DECK_DIR) beside */
    bool own = !options->deck_dir ||
               catalog_add(options->deck_dir, &a->catalog, &errors);
    if (!error_list_empty(&errors))
        error_print(&errors, stderr);
    error_list_clear(&errors);
    if (!own) {
        error_list_free(&errors);
        snprintf(msg, msg_size, "cannot use the deck folder %s.",
                 options->deck_dir);
        return CLI_EXIT_INVALID;
    }
    have_catalog = have_catalog || a->catalog.count > 0;
    if (options->deck_path) {
        if (!deck_load(options->deck_path, &a->cli_deck, &errors)) {
            error_print(&errors, stderr);
            error_list_free(&errors);
            snprintf(msg, msg_size, "cannot use the deck %s.",
                     options->deck_path);
            return CLI_EXIT_INVALID;
        }
        a->have_cli_deck = true;
        a->decks[a->deck_count++] = &a->cli_deck;
    }
    /* the training cases, read against the decks they belong to; a
     * broken one is told like a broken deck and left out */
    char cases_dir[APP_PATH_MAX];
    if (datadir_join(cases_dir, sizeof cases_dir, decks_dir, "cases") &&
        !casebook_load(cases_dir, &a->catalog, &a->cases, &errors))
        casebook_free(&a->cases);
    if (!error_list_empty(&errors))
        error_print(&errors, stderr);
    error_list_free(&errors);
    if (have_catalog)
        for (size_t i = 0; i < a->catalog.count && a->deck_count < APP_MAX_DECKS;
             i++)
            a->decks[a->deck_count++] = &a->catalog.decks[i];
    if (a->deck_count == 0) {
        snprintf(msg, msg_size, "the deck folder %s holds no valid deck.",
                 decks_dir);
        return CLI_EXIT_FAILURE;
    }
    return 0;
}

static const char *const app_ui_icons[] = {"logo", "aligned", "close",
                                           "apart", "check"};

const char *app_icon_name(const app *a, size_t i, bool *required)
{
    size_t n = sizeof app_ui_icons / sizeof app_ui_icons[0];
    *required = i < n;
    if (i < n)
        return app_ui_icons[i];
    i -= n;
    for (size_t k = 0; k < a->deck_count; k++) {
        const deck *d = a->decks[k];
        for (size_t o = 0; o < d->option_count; o++)
            if (d->options[o].icon && i-- == 0)
                return d->options[o].icon;
    }
    return NULL;
}

static void app_pick_language(app *a, const char *code)
{
    const deck *d = app_deck(a);
    a->language = 0;
    if (d && code && code[0]) {
        int li = deck_language_index(d, code);
        if (li >= 0)
            a->language = (size_t)li;
    }
}

/* Chooses deck, language, cards from the command line and the remembered
 * settings. Returns 1 when a game can start right away (with the cards in
 * *cards, to free), 0 for the start screen, -1 on an error (reported). */
static int app_apply_options(app *a, const cli_options *options,
                             int *exit_code, size_t **cards_out,
                             size_t *count_out)
{
    char msg[512];
    bool deck_given = false;
    a->deck_choice = 0;
    a->no_trace = options->no_trace;
    if (options->seat_lang)
        snprintf(a->seat_lang, sizeof a->seat_lang, "%s", options->seat_lang);
    snprintf(a->pair, sizeof a->pair, "%s", options->pair);
    if (options->group)
        snprintf(a->group, sizeof a->group, "%s", options->group);
    if (options->case_id) {
        /* a case is played with its own deck: it chooses it */
        const casefile *c = casebook_find(&a->cases, options->case_id);
        if (c == NULL || (options->domain &&
                          strcmp(options->domain, c->deck->id) != 0) ||
            a->have_cli_deck) {
            snprintf(msg, sizeof msg, c ? "the case \"%s\" is played with "
                                          "the deck \"%s\"."
                                        : "there is no case with the id \"%s\" "
                                          "(see --list-cases).",
                     options->case_id, c ? c->deck->id : "");
            app_fail(exit_code, CLI_EXIT_INVALID, msg);
            return -1;
        }
        snprintf(a->settings.case_id, sizeof a->settings.case_id, "%s", c->id);
        snprintf(a->settings.deck, sizeof a->settings.deck, "%s", c->deck->id);
        deck_given = true;
    }
    if (a->have_cli_deck) {
        deck_given = true;
    } else if (options->domain) {
        bool found = false;
        for (size_t i = 0; i < a->deck_count; i++)
            if (strcmp(a->decks[i]->id, options->domain) == 0) {
                a->deck_choice = i;
                found = true;
            }
        if (!found) {
            snprintf(msg, sizeof msg, "there is no deck with the id \"%s\" "
                     "(see --list-decks).", options->domain);
            app_fail(exit_code, CLI_EXIT_INVALID, msg);
            return -1;
        }
        deck_given = true;
    } else {
        for (size_t i = 0; i < a->deck_count; i++)
            if (strcmp(a->decks[i]->id, a->settings.deck) == 0)
                a->deck_choice = i;
    }
    if (options->play_mode && mode_find(options->play_mode)->needs_case &&
        !options->case_id && a->cases.count == 0) {
        app_fail(exit_code, CLI_EXIT_FAILURE,
                 "there are no training cases (see --list-cases).");
        return -1;
    }
    const deck *d = app_deck(a);
    const char *lang = a->settings.language;
    if (deck_given && strcmp(d->id, a->settings.deck) != 0)
        lang = NULL;
    if (options->language) {
        if (deck_language_index(d, options->language) < 0) {
            snprintf(msg, sizeof msg, "the deck \"%s\" has no language \"%s\".",
                     d->id, options->language);
            app_fail(exit_code, CLI_EXIT_INVALID, msg);
            return -1;
        }
        lang = options->language;
    }
    app_pick_language(a, lang);
    if (options->play_mode || options->seats) {
        /* who sits at the table: --seats names the client side's people
         * by role; more than one of them is a family */
        int people = 1;
        if (options->seats) {
            people = 1;
            for (const char *c = options->seats; *c; c++)
                people += *c == ',';
            if (strlen(options->seats) >= sizeof a->settings.seats) {
                app_fail(exit_code, CLI_EXIT_INVALID, "--seats is too long.");
                return -1;
            }
            snprintf(a->settings.seats, sizeof a->settings.seats, "%s",
                     options->seats);
        } else {
            /* --mode alone: as many people as that way to play needs */
            const mode_def *m = mode_find(options->play_mode);
            int lo = m ? mode_side_min(m, DECK_ROLE_CLIENT) : 1;
            people = a->settings.clients > lo ? a->settings.clients : lo;
            if (m && people > mode_side_max(m, DECK_ROLE_CLIENT))
                people = mode_side_max(m, DECK_ROLE_CLIENT);
            a->settings.seats[0] = '\0';
        }
        a->settings.clients = people;
        snprintf(a->settings.mode, sizeof a->settings.mode, "%s",
                 mode_for_people(options->play_mode, people)->id);
        if (options->teams)
            snprintf(a->settings.teams, sizeof a->settings.teams, "%s",
                     options->teams);
        session_seat seats[SESSION_MAX_PLAYERS];
        size_t n = 0;
        char why[256];
        if (!app_make_seats(a, d, a->settings.seats, people, seats, &n, why,
                            sizeof why)) {
            snprintf(msg, sizeof msg, "%s.", why);
            app_fail(exit_code, CLI_EXIT_INVALID, msg);
            return -1;
        }
    }
    if (options->timer_seconds)
        a->settings.timer_seconds = options->timer_seconds;
    if (options->light)
        a->settings.light = true;
    if (options->cards) {
        if (strcmp(options->cards, "quick") == 0)
            a->settings.cards = SETTINGS_CARDS_QUICK;
        else if (strcmp(options->cards, "all") == 0)
            a->settings.cards = SETTINGS_CARDS_ALL;
        else {
            a->settings.cards = SETTINGS_CARDS_PICK;
            settings_set_picked(&a->settings, options->cards);
        }
    } else if (deck_given && strcmp(d->id, a->settings.deck) != 0) {
        a->settings.cards = SETTINGS_CARDS_QUICK;
    }
    app_follow_language(a);
    const casefile *c = app_case(a);
    if (c && !options->case_id)
        app_choose_case(a, c->id); /* a remembered case brings its deck */
    if (!deck_given)
        return 0;
    const char *spec = options->cards ? options->cards : "quick";
    if (!options->cards && a->settings.cards == SETTINGS_CARDS_ALL)
        spec = "all";
    size_t *cards = NULL;
    size_t count = 0;
    error_list errors;
    error_list_init(&errors);
    if (!deck_select(d, spec, &cards, &count, &errors)) {
        error_print(&errors, stderr);
        error_list_free(&errors);
        snprintf(msg, sizeof msg, "cannot choose the cards \"%s\".", spec);
        app_fail(exit_code, CLI_EXIT_INVALID, msg);
        return -1;
    }
    error_list_free(&errors);
    *cards_out = cards;
    *count_out = count;
    return 1;
}

bool app_begin(app *a, const cli_options *options, int *exit_code)
{
    a->scene = APP_SCENE_START;
    scene_start_enter(a);
    size_t *cards = NULL, count = 0;
    int started = app_apply_options(a, options, exit_code, &cards, &count);
    if (started < 0)
        return false;
    /* In the round's language: what a crash left behind is looked at
     * before any new round can be started. */
    autosave_startup(a);
    if (started > 0) {
        bool ok = app_start_session(a, cards, count);
        free(cards);
        if (!ok) {
            app_fail(exit_code, CLI_EXIT_FAILURE, a->message);
            return false;
        }
    } else if (autosave_pending(a)) {
        /* A round cut short by a crash or an empty battery: offer it back. */
        app_ask(a, APP_MENU_CONFIRM_RESUME);
    }
    app_settle(a);
    return true;
}
