/* app: see app.h. One place decides what the user sees when something
 * fails: app_open prints one sentence and returns an exit code. */
#include "app.h"

#include <SDL_ttf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "autosave.h"
#include "datadir.h"
#include "draw.h"
#include "i18n.h"
#include "image_lib.h"
#include "input.h"
#include "menu.h"
#include "flow.h"
#include "mode.h"
#include "result.h"
#include "safe_file.h"
#include "scene.h"
#include "signals.h"

#define APP_DEFAULT_W 1280
#define APP_DEFAULT_H 800
#define APP_MIN_W 640
#define APP_MIN_H 400
#define APP_SETTINGS_FILE "settings.txt"

static const char *const app_ui_icons[] = {"logo", "aligned", "close",
                                           "apart", "low-good", "check"};

const char *app_scene_name(app_scene scene)
{
    static const char *const names[APP_SCENE_COUNT] = {
        "start", "deal", "place", "handover", "reveal", "summary"};
    return scene < APP_SCENE_COUNT ? names[scene] : "?";
}

const deck *app_deck(const app *a)
{
    if (a->have_session)
        return a->session.deck;
    if (a->deck_choice < a->deck_count)
        return a->decks[a->deck_choice];
    return NULL;
}

static void app_fail(int *exit_code, int code, const char *sentence)
{
    fprintf(stderr, "alliantiespel: %s\n", sentence);
    *exit_code = code;
}

static bool app_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* --- scenes ------------------------------------------------------------ */

void app_switch(app *a, app_scene scene)
{
    scene_get(a->scene)->leave(a);
    a->scene = scene;
    a->button_focus = -1;
    a->animating = false;
    scene_get(scene)->enter(a);
    a->dirty = true;
}

/* --- the session ------------------------------------------------------- */

/* The screen for what happens now (flow.h): the same rule for play and
 * for a round picked up after a crash. */
static app_scene app_scene_for(const flow *f)
{
    switch (f->step) {
    case FLOW_DEAL: return APP_SCENE_DEAL;
    case FLOW_ANSWER: return f->handover ? APP_SCENE_HANDOVER : APP_SCENE_PLACE;
    case FLOW_READY: return APP_SCENE_HANDOVER;
    case FLOW_TALK: return APP_SCENE_REVEAL;
    case FLOW_BOARD: return APP_SCENE_SUMMARY;
    }
    return APP_SCENE_START;
}

void app_show_round(app *a)
{
    if (!a->have_session)
        return;
    flow f = flow_now(&a->session, app_session_mode(a));
    app_switch(a, app_scene_for(&f));
}

session_status app_apply(app *a, session_action action)
{
    if (!a->have_session)
        return SESSION_ERR_FINISHED;
    session_status st = session_apply(&a->session, action,
                                      (int64_t)time(NULL));
    a->dirty = true;
    if (st != SESSION_OK)
        return st;
    autosave_update(a);
    switch (action.type) {
    case SESSION_ACTION_TAKE_BACK:
        /* the one who took the token back still holds the screen */
        app_switch(a, APP_SCENE_PLACE);
        break;
    case SESSION_ACTION_MARK:
        break;
    default:
        app_show_round(a);
        break;
    }
    return st;
}

static void app_settings_path(const app *a, char *out, size_t size)
{
    out[0] = '\0';
    if (a->pref_dir[0])
        datadir_join(out, size, a->pref_dir, APP_SETTINGS_FILE);
}

const mode_def *app_mode(const app *a)
{
    return mode_for_people(a->settings.mode, a->settings.clients);
}

const mode_def *app_session_mode(const app *a)
{
    const mode_def *m = a->have_session ? mode_find(a->session.mode) : NULL;
    return m ? m : app_mode(a);
}

int app_clients(const app *a)
{
    const mode_def *m = app_mode(a);
    int n = a->settings.clients;
    int lo = mode_side_min(m, DECK_ROLE_CLIENT);
    int hi = mode_side_max(m, DECK_ROLE_CLIENT);
    return n < lo ? lo : n > hi ? hi : n;
}

bool app_start_session(app *a, const size_t *cards, size_t count)
{
    const deck *d = app_deck(a);
    if (d == NULL || count == 0) {
        snprintf(a->start.message, sizeof a->start.message, "%s",
                 _("Choose at least one card."));
        return false;
    }
    if (autosave_pending(a)) {
        /* Another round waits: never write over its answers. Ask, and
         * start this one only when the players throw that one away. */
        free(a->autosave.asked_cards);
        a->autosave.asked_cards = malloc(count * sizeof *cards);
        a->autosave.asked_count = 0;
        if (a->autosave.asked_cards) {
            memcpy(a->autosave.asked_cards, cards, count * sizeof *cards);
            a->autosave.asked_count = count;
        }
        menu_open(a, APP_MENU_CONFIRM_RESUME);
        return true;
    }
    if (a->have_session) {
        session_free(&a->session);
        a->have_session = false;
    }
    a->autosave.stored[0] = '\0';
    const mode_def *m = app_mode(a);
    session_seat seats[SESSION_MAX_PLAYERS];
    size_t n = 0;
    char why[256];
    /* the remembered roles may come from another deck: keep what fits */
    char roles[SETTINGS_MAX_SEATS];
    mode_known_roles(d, a->settings.seats, roles, sizeof roles);
    if (!mode_make_seats(m, d, roles, app_clients(a), seats, &n, why,
                         sizeof why)) {
        snprintf(a->start.message, sizeof a->start.message, "%s", why);
        return false;
    }
    session_status st = session_new_seats(&a->session, d, a->language, cards,
                                          count, seats, n, m->id,
                                          (int64_t)time(NULL));
    if (st != SESSION_OK) {
        snprintf(a->start.message, sizeof a->start.message, "%s",
                 session_status_message(st));
        return false;
    }
    a->have_session = true;
    a->summary.saved_cli = false;
    app_switch(a, APP_SCENE_DEAL);
    return true;
}

void app_back_to_start(app *a)
{
    app_switch(a, APP_SCENE_START);
    if (a->have_session) {
        session_free(&a->session);
        a->have_session = false;
    }
}

/* --- files ------------------------------------------------------------- */

bool app_user_file(app *a, const char *prefix, const char *ext, char *out,
                   size_t size)
{
    if (a->pref_dir[0] == '\0')
        return false;
    time_t t = time(NULL);
    struct tm tm;
    if (localtime_r(&t, &tm) == NULL)
        return false;
    char stamp[32];
    strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    for (int i = 0; i < 100; i++) {
        char name[128];
        if (i == 0)
            snprintf(name, sizeof name, "%s-%s.%s", prefix, stamp, ext);
        else
            snprintf(name, sizeof name, "%s-%s-%d.%s", prefix, stamp, i, ext);
        if (!datadir_join(out, size, a->pref_dir, name))
            return false;
        if (access(out, F_OK) != 0)
            return true;
    }
    return false;
}

bool app_save_png(app *a, const char *path, error_list *errors)
{
    int w = a->out_w, h = a->out_h;
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32,
                                                    SDL_PIXELFORMAT_ARGB8888);
    if (s == NULL) {
        error_add(errors, path, 0, 0, "%s", SDL_GetError());
        return false;
    }
    bool ok = SDL_RenderReadPixels(a->renderer, NULL, SDL_PIXELFORMAT_ARGB8888,
                                   s->pixels, s->pitch) == 0;
    if (!ok)
        error_add(errors, path, 0, 0, "%s", SDL_GetError());
    /* Through our own private temporary file, every write checked, then
     * renamed: a full disk gives no empty picture and no "saved". */
    safe_file out;
    if (ok && !safe_file_create(&out, path, errors)) {
        ok = false;
    } else if (ok) {
        if (image_lib_save_png(s, safe_file_stream(&out)) != 0) {
            error_add(errors, path, 0, 0, "%s", SDL_GetError());
            safe_file_abort(&out);
            ok = false;
        } else {
            ok = safe_file_commit(&out, errors);
        }
    }
    SDL_FreeSurface(s);
    return ok;
}

/* --- the window -------------------------------------------------------- */

static void app_update_size(app *a)
{
    int w = 0, h = 0;
    if (SDL_GetRendererOutputSize(a->renderer, &w, &h) != 0 || w <= 0 ||
        h <= 0)
        SDL_GetWindowSize(a->window, &w, &h);
    if (w != a->out_w || h != a->out_h) {
        a->out_w = w;
        a->out_h = h;
        layout_frame_make(w, h, &a->frame);
        /* every size changes with the window: what is cached is stale */
        if (a->text)
            text_cache_clear(a->text);
        if (a->assets)
            assets_clear_textures(a->assets);
    }
}

void app_toggle_fullscreen(app *a)
{
    Uint32 flag = a->fullscreen ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP;
    if (SDL_SetWindowFullscreen(a->window, flag) == 0)
        a->fullscreen = !a->fullscreen;
    else
        fprintf(stderr, "alliantiespel: cannot switch full screen: %s\n",
                SDL_GetError());
    app_update_size(a);
    a->dirty = true;
}

bool app_animating(const app *a)
{
    return a->animating;
}

bool app_draw(app *a)
{
    app_update_size(a);
    a->trace_count = 0;
    if (SDL_RenderSetClipRect(a->renderer, NULL) != 0 && !a->draw_error[0])
        snprintf(a->draw_error, sizeof a->draw_error, "%s", SDL_GetError());
    draw_clear(a);
    scene_get(a->scene)->draw(a);
    if (a->autosave.notice[0] && !a->summary.picture)
        draw_banner(a, a->frame.notice, a->autosave.notice, true);
    if (a->menu != APP_MENU_CLOSED)
        menu_draw(a);
    return true;
}

static void app_handle(app *a, const SDL_Event *e)
{
    input_event ev;
    int ww = 0, wh = 0;
    SDL_GetWindowSize(a->window, &ww, &wh);
    if (!input_from_sdl(e, a->out_w, a->out_h, ww, wh, &ev))
        return;
    a->dirty = true;
    switch (ev.type) {
    case INPUT_RESIZED:
        if (e->type == SDL_RENDER_DEVICE_RESET ||
            e->type == SDL_RENDER_TARGETS_RESET) {
            /* the textures are gone: make them again when drawn */
            char err[256];
            text_cache_clear(a->text);
            assets_clear_textures(a->assets);
            draw_shutdown(a);
            if (!draw_init(a, err, sizeof err))
                fprintf(stderr, "alliantiespel: %s\n", err);
        }
        app_update_size(a);
        return;
    case INPUT_QUIT:
        if (signals_received()) {
            a->running = false; /* the round in progress stays kept */
            return;
        }
        if (menu_game_running(a) && a->menu != APP_MENU_CONFIRM_QUIT)
            menu_open(a, APP_MENU_CONFIRM_QUIT);
        else
            a->running = false;
        return;
    case INPUT_FULLSCREEN:
        app_toggle_fullscreen(a);
        return;
    default:
        break;
    }
    if (a->menu != APP_MENU_CLOSED) {
        menu_handle(a, &ev);
        return;
    }
    if (ev.type == INPUT_MENU && !scene_takes_escape(a)) {
        menu_open(a, APP_MENU_OPEN);
        return;
    }
    if (ev.type == INPUT_POINTER &&
        layout_contains(a->frame.menu_button, ev.x, ev.y)) {
        menu_open(a, APP_MENU_OPEN);
        return;
    }
    scene_get(a->scene)->handle(a, &ev);
}

bool app_step(app *a, uint32_t now_ms)
{
    a->now = now_ms;
    if (!a->stepped) {
        /* an animation begun while opening starts on the first frame */
        a->stepped = true;
        a->anim_start = now_ms;
    }
    SDL_Event e;
    while (a->running && SDL_PollEvent(&e))
        app_handle(a, &e);
    if (signals_received())
        a->running = false; /* shut down or logged out: ask nobody */
    if (!a->running)
        return false;
    if (a->animating && (uint32_t)(a->now - a->anim_start) >= APP_ANIM_MS) {
        a->animating = false;
        a->dirty = true;
        if (a->scene == APP_SCENE_DEAL)
            app_switch(a, APP_SCENE_PLACE);
    }
    if (a->dirty || a->animating) {
        app_draw(a);
        SDL_RenderPresent(a->renderer);
        a->frames_drawn++;
        a->dirty = false;
        if (a->draw_error[0] && !a->draw_error_told) {
            /* keep playing: a missing shadow must not end a meeting */
            fprintf(stderr, "alliantiespel: drawing failed: %s\n",
                    a->draw_error);
            a->draw_error_told = true;
        }
    }
    return a->running;
}

/* --- opening ----------------------------------------------------------- */

static bool app_make_renderer(app *a, const app_config *config)
{
    const char *driver = SDL_GetCurrentVideoDriver();
    bool headless = driver && (strcmp(driver, "offscreen") == 0 ||
                               strcmp(driver, "dummy") == 0);
    Uint32 flags = SDL_RENDERER_ACCELERATED;
    if (!headless && !(config && config->no_vsync))
        flags |= SDL_RENDERER_PRESENTVSYNC;
    if (!headless) {
        a->renderer = SDL_CreateRenderer(a->window, -1, flags);
        if (a->renderer == NULL && (flags & SDL_RENDERER_PRESENTVSYNC))
            a->renderer = SDL_CreateRenderer(a->window, -1,
                                             SDL_RENDERER_ACCELERATED);
    }
    if (a->renderer == NULL) {
        a->renderer = SDL_CreateRenderer(a->window, -1,
                                         SDL_RENDERER_SOFTWARE);
        a->software = true;
    }
    return a->renderer != NULL;
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

void app_follow_language(app *a)
{
    const deck *d = app_deck(a);
    if (d == NULL || a->language >= d->language_count)
        return;
    error_list errors;
    error_list_init(&errors);
    if (!i18n_set_language(a->po_dir, d->languages[a->language], &errors)) {
        /* no translation: the UI stays in the language it had */
        error_print(&errors, stderr);
    }
    error_list_free(&errors);
}

/* Loads the deck folder and the --deck file. Returns 0, or the exit code
 * with the sentence to tell in msg (a deck's own errors, with file, line
 * and column, are printed here as they are found). */
static int app_load_decks(app *a, const cli_options *options, char *msg,
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
    if (!error_list_empty(&errors))
        error_print(&errors, stderr);
    error_list_clear(&errors);
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
        session_seat seats[SESSION_MAX_PLAYERS];
        size_t n = 0;
        char why[256];
        if (!mode_make_seats(app_mode(a), d, a->settings.seats, people,
                             seats, &n, why, sizeof why)) {
            snprintf(msg, sizeof msg, "%s.", why);
            app_fail(exit_code, CLI_EXIT_INVALID, msg);
            return -1;
        }
    }
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

/* Reads and checks every icon the start screen and the decks name, so a
 * broken picture is told at start, not in the middle of a meeting. */
static bool app_read_icons(const app *a, assets *icons, char *err,
                           size_t err_size)
{
    for (size_t i = 0; i < sizeof app_ui_icons / sizeof app_ui_icons[0]; i++)
        if (!assets_preload(icons, app_ui_icons[i], true, err, err_size))
            return false;
    for (size_t k = 0; k < a->deck_count; k++) {
        const deck *d = a->decks[k];
        for (size_t i = 0; i < d->option_count; i++)
            if (d->options[i].icon &&
                !assets_preload(icons, d->options[i].icon, false, err,
                                err_size))
                return false;
    }
    return true;
}

/* What is done on a second core while SDL opens the window and makes its
 * memory, most of a bare SDL program's start-up: the decks, SDL2_image,
 * the fonts, the icons the decks and screens name, and the felt for the
 * window's size. It writes the decks and a->ahead, and is the only one to use the
 * font library meanwhile; the main thread touches none of these until
 * app_ahead_finish. */
static int app_ahead_work(void *data)
{
    app *a = data;
    app_ahead *job = &a->ahead;
    job->exit_code = app_load_decks(a, job->options, job->error,
                                    sizeof job->error);
    if (job->exit_code == 0 && !image_lib_open(job->error, sizeof job->error))
        job->exit_code = CLI_EXIT_FAILURE;
    if (job->exit_code == 0) {
        char regular[APP_PATH_MAX], bold[APP_PATH_MAX];
        if (assets_find_fonts(regular, sizeof regular, bold, sizeof bold,
                              job->error, sizeof job->error))
            job->text = text_cache_new(regular, bold, job->error,
                                       sizeof job->error);
        if (job->text == NULL)
            job->exit_code = CLI_EXIT_FAILURE;
    }
    if (job->exit_code == 0) {
        char icons[APP_PATH_MAX];
        datadir_join(icons, sizeof icons, a->data_dir, "assets/icons");
        job->assets = assets_new(NULL, icons);
        if (job->assets == NULL) {
            job->exit_code = CLI_EXIT_FAILURE;
            snprintf(job->error, sizeof job->error, "out of memory.");
        } else if (!app_read_icons(a, job->assets, job->error,
                                   sizeof job->error)) {
            job->exit_code = CLI_EXIT_FAILURE;
        }
    }
    if (job->exit_code == 0)
        felt_make(&job->felt, job->w, job->h, draw_felt_rgb());
    return 0;
}

/* Starts the work; w x h is the size the window is asked for (should it
 * get another, the felt is made again at the first frame). */
static void app_ahead_start(app *a, const cli_options *options, int w, int h)
{
    a->ahead.options = options;
    a->ahead.w = w;
    a->ahead.h = h;
    a->ahead.thread = SDL_CreateThread(app_ahead_work, "ahead", a);
    if (a->ahead.thread == NULL)
        app_ahead_work(a); /* one core then: the same work, in turn */
}

static void app_ahead_join(app *a)
{
    if (a->ahead.thread != NULL)
        SDL_WaitThread(a->ahead.thread, NULL);
    a->ahead.thread = NULL;
}

/* Takes what was done ahead; false (and the sentence told) when a deck or
 * an icon cannot be used. */
static bool app_ahead_finish(app *a, int *exit_code)
{
    app_ahead_join(a);
    if (a->ahead.exit_code != 0) {
        app_fail(exit_code, a->ahead.exit_code, a->ahead.error);
        return false;
    }
    draw_adopt_felt(a, &a->ahead.felt);
    a->assets = a->ahead.assets;
    a->ahead.assets = NULL;
    assets_set_renderer(a->assets, a->renderer);
    a->text = a->ahead.text;
    a->ahead.text = NULL;
    text_cache_use_renderer(a->text, a->renderer, draw_uses_window_memory(a));
    return true;
}

static void app_find_po_dir(app *a)
{
    char p[APP_PATH_MAX];
    if (datadir_join(p, sizeof p, a->data_dir, "assets/po") && app_is_dir(p))
        snprintf(a->po_dir, sizeof a->po_dir, "%s", p);
    else
        datadir_join(a->po_dir, sizeof a->po_dir, a->data_dir, "po");
}

app *app_open(const cli_options *options, const char *data_dir,
              const app_config *config, int *exit_code)
{
    *exit_code = CLI_EXIT_FAILURE;
    app *a = calloc(1, sizeof *a);
    if (a == NULL) {
        app_fail(exit_code, CLI_EXIT_FAILURE, "out of memory.");
        return NULL;
    }
    a->running = true;
    a->dirty = true;
    a->trace_on = config && config->trace;
    a->place.selected = -1;
    settings_defaults(&a->settings);
    snprintf(a->data_dir, sizeof a->data_dir, "%s", data_dir);
    if (options->save_path)
        snprintf(a->save_path, sizeof a->save_path, "%s",
                 options->save_path);
    app_find_po_dir(a);

    if (!signals_start())
        fprintf(stderr, "alliantiespel: cannot watch for shutdown signals\n");
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
    SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    SDL_SetHint(SDL_HINT_RENDER_SCALE_QUALITY, "linear");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        char msg[512];
        snprintf(msg, sizeof msg, "cannot open a window: no display found "
                 "(%s).", SDL_GetError());
        app_fail(exit_code, CLI_EXIT_FAILURE, msg);
        signals_stop();
        free(a);
        return NULL;
    }
    {
        /* With no display SDL falls back to a driver that draws into
         * memory; a window nobody can see is no game. Tests ask for that
         * driver by name. */
        const char *drv = SDL_GetCurrentVideoDriver();
        const char *asked = SDL_getenv("SDL_VIDEODRIVER");
        if (drv && (strcmp(drv, "offscreen") == 0 ||
                    strcmp(drv, "dummy") == 0) &&
            (asked == NULL || strcmp(asked, drv) != 0)) {
            app_fail(exit_code, CLI_EXIT_FAILURE,
                     "cannot open a window: no display found (is DISPLAY "
                     "or WAYLAND_DISPLAY set?).");
            SDL_Quit();
            signals_stop();
            free(a);
            return NULL;
        }
    }
    if (TTF_Init() != 0) {
        app_fail(exit_code, CLI_EXIT_FAILURE, "cannot start the text renderer.");
        SDL_Quit();
        signals_stop();
        free(a);
        return NULL;
    }

    char *pref = SDL_GetPrefPath("alliantiespel", "alliantiespel");
    if (pref) {
        size_t n = strlen(pref);
        if (n > 1 && pref[n - 1] == '/')
            pref[n - 1] = '\0';
        snprintf(a->pref_dir, sizeof a->pref_dir, "%s", pref);
        SDL_free(pref);
        /* its safety is checked (never changed) by autosave_startup */
        char path[APP_PATH_MAX];
        app_settings_path(a, path, sizeof path);
        if (path[0])
            settings_load(path, &a->settings);
    }

    char err[APP_PATH_MAX + 256];
    int w = options->window_width > 0 ? options->window_width : APP_DEFAULT_W;
    int h = options->window_height > 0 ? options->window_height
                                       : APP_DEFAULT_H;
    if (options->window_width <= 0) {
        SDL_Rect usable;
        if (SDL_GetDisplayUsableBounds(0, &usable) == 0 && usable.w > 0 &&
            usable.h > 0) {
            if (w > usable.w - 40)
                w = usable.w - 40 > APP_MIN_W ? usable.w - 40 : APP_MIN_W;
            if (h > usable.h - 60)
                h = usable.h - 60 > APP_MIN_H ? usable.h - 60 : APP_MIN_H;
        }
    }
    const char *driver = SDL_GetCurrentVideoDriver();
    if (driver && (strcmp(driver, "offscreen") == 0 ||
                   strcmp(driver, "dummy") == 0))
        /* headless: draw straight into memory, load no GL driver */
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    /* Shown once the decks and icons are found good: a deck that cannot
     * be used is told without a window flashing up. */
    Uint32 wflags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI |
                    SDL_WINDOW_HIDDEN;
    if (options->fullscreen) {
        wflags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
        a->fullscreen = true;
    }
    int wx = SDL_WINDOWPOS_CENTERED, wy = SDL_WINDOWPOS_CENTERED;
    {
        /* Full screen from the start: the window is made at the screen's
         * size in the corner, so the first frame is right even where the
         * window manager is slow to honour full screen or ignores it. */
        SDL_DisplayMode desktop;
        if (options->fullscreen &&
            SDL_GetDesktopDisplayMode(0, &desktop) == 0) {
            w = desktop.w;
            h = desktop.h;
            wx = wy = 0;
        }
        app_ahead_start(a, options, w, h);
    }
    a->window = SDL_CreateWindow("Alliantiespel", wx, wy, w, h, wflags);
    if (a->window == NULL) {
        char msg[512];
        snprintf(msg, sizeof msg, "cannot open a window: no display found "
                 "(%s).", SDL_GetError());
        app_fail(exit_code, CLI_EXIT_FAILURE, msg);
        app_close(a);
        return NULL;
    }
    SDL_SetWindowMinimumSize(a->window, APP_MIN_W, APP_MIN_H);
    if (!app_make_renderer(a, config)) {
        char msg[512];
        snprintf(msg, sizeof msg, "cannot draw in the window (%s).",
                 SDL_GetError());
        app_fail(exit_code, CLI_EXIT_FAILURE, msg);
        app_close(a);
        return NULL;
    }
    app_update_size(a);
    if (!draw_init(a, err, sizeof err)) {
        app_fail(exit_code, CLI_EXIT_FAILURE, err);
        app_close(a);
        return NULL;
    }
    if (!app_ahead_finish(a, exit_code)) {
        app_close(a);
        return NULL;
    }
    SDL_ShowWindow(a->window);
    a->scene = APP_SCENE_START;
    scene_start_enter(a);
    size_t *cards = NULL, count = 0;
    int started = app_apply_options(a, options, exit_code, &cards, &count);
    if (started < 0) {
        app_close(a);
        return NULL;
    }
    /* In the round's language: what a crash left behind is looked at
     * before any new round can be started. */
    autosave_startup(a);
    if (started > 0) {
        bool ok = app_start_session(a, cards, count);
        free(cards);
        if (!ok) {
            app_fail(exit_code, CLI_EXIT_FAILURE, a->start.message);
            app_close(a);
            return NULL;
        }
    } else if (autosave_pending(a)) {
        /* A round cut short by a crash or an empty battery: offer it back. */
        menu_open(a, APP_MENU_CONFIRM_RESUME);
    }
    *exit_code = CLI_EXIT_OK;
    return a;
}

void app_close(app *a)
{
    if (a == NULL)
        return;
    app_ahead_join(a); /* when opening failed half way */
    felt_free(&a->ahead.felt);
    assets_free(a->ahead.assets);
    text_cache_free(a->ahead.text);
    if (a->renderer && a->scene < APP_SCENE_COUNT)
        scene_get(a->scene)->leave(a);
    if (a->have_session)
        session_free(&a->session);
    text_cache_free(a->text);
    assets_free(a->assets);
    draw_shutdown(a);
    if (a->renderer)
        SDL_DestroyRenderer(a->renderer);
    if (a->window)
        SDL_DestroyWindow(a->window);
    free(a->autosave.asked_cards);
    if (a->have_cli_deck)
        deck_free(&a->cli_deck);
    catalog_free(&a->catalog);
    settings_free(&a->settings);
    i18n_shutdown();
    TTF_Quit();
    SDL_Quit();
    signals_stop();
    free(a);
}

/* Saves the start screen's choices (called when a game starts from it). */
void app_save_settings(app *a)
{
    char path[APP_PATH_MAX];
    app_settings_path(a, path, sizeof path);
    if (path[0] == '\0')
        return;
    const deck *d = app_deck(a);
    if (d) {
        snprintf(a->settings.deck, sizeof a->settings.deck, "%s", d->id);
        if (a->language < d->language_count)
            snprintf(a->settings.language, sizeof a->settings.language, "%s",
                     d->languages[a->language]);
    }
    error_list errors;
    error_list_init(&errors);
    if (!settings_save(path, &a->settings, &errors))
        error_print(&errors, stderr);
    error_list_free(&errors);
}

int app_run(const cli_options *options, const char *data_dir)
{
    int code = CLI_EXIT_FAILURE;
    app *a = app_open(options, data_dir, NULL, &code);
    if (a == NULL)
        return code;
    while (app_step(a, SDL_GetTicks())) {
        if (app_animating(a)) {
            if (a->software)
                SDL_Delay(12); /* no vsync to pace us */
        } else {
            /* nothing moves: sleep until something happens */
            SDL_WaitEventTimeout(NULL, 60000);
        }
    }
    code = a->exit_code;
    app_close(a);
    return code;
}
