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
    if (config && config->gfx) {
        a->gfx = gfx_new(config->gfx, NULL);
        if (a->gfx == NULL) {
            free(a);
            return NULL;
        }
        gfx_set_recorder(a->gfx, config->recorder);
    }
    a->running = true;
    a->dirty = true;
    play_init(&a->play);
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
    if (datadir_join(cases_dir, sizeof cases_dir, decks_dir, "cases"))
        play_load_cases(&a->play, cases_dir, &a->catalog, &errors);
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
    play_offer_decks(&a->play, a->decks, a->deck_count);
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
        app_ask_resume(a);
    }
    app_switch_pending(a);
    return true;
}
