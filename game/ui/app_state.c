/* app_state: the app's plain state and what every other UI module may
 * ask of it (the deck being played, a scene to go to, the user's files,
 * settings and the language). The lowest of the UI's modules: it calls
 * only the core, so nothing here can call back up. */
#include "app.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "datadir.h"
#include "i18n.h"
#include "os.h"

#define APP_SETTINGS_FILE "settings.txt"

const char *app_scene_name(app_scene scene)
{
    static const char *const names[APP_SCENE_COUNT] = {
        "start", "deal", "place", "handover", "reveal", "summary", "case",
        "history", "hands", "spread"};
    return scene < APP_SCENE_COUNT ? names[scene] : "?";
}

const session *app_session(const app *a)
{
    return &a->play.session;
}

const settings *app_settings(const app *a)
{
    return play_settings(&a->play);
}

bool app_playing(const app *a)
{
    return play_session(&a->play) != NULL;
}

const deck *app_deck(const app *a)
{
    return play_deck(&a->play);
}

int app_offered_deck(const app *a, const char *id)
{
    for (size_t i = 0; id != NULL && i < a->deck_count; i++)
        if (a->decks[i]->id != NULL && strcmp(a->decks[i]->id, id) == 0)
            return (int)i;
    return -1;
}

size_t app_language(const app *a)
{
    return play_language(&a->play);
}

void app_fail(int *exit_code, int code, const char *sentence)
{
    fprintf(stderr, "alliantiespel: %s\n", sentence);
    *exit_code = code;
}

void app_goto(app *a, app_scene scene)
{
    /* taken by app_switch_pending once the handler that asked has
     * returned, so a scene's handler never runs into another scene's
     * enter */
    a->next_scene = scene;
    a->scene_pending = true;
    a->dirty = true;
}

void app_goto_over(app *a, app_scene scene)
{
    size_t max = sizeof a->back / sizeof a->back[0];
    if (a->back_count == max) { /* the oldest goes: back ends at it */
        memmove(a->back, a->back + 1, (max - 1) * sizeof a->back[0]);
        a->back_count--;
    }
    a->back[a->back_count++] = a->scene;
    app_goto(a, scene);
}

void app_go_back(app *a)
{
    app_goto(a, a->back_count > 0 ? a->back[--a->back_count]
                                  : APP_SCENE_START);
}

static void app_settings_path(const app *a, char *out, size_t size)
{
    out[0] = '\0';
    if (a->pref_dir[0])
        datadir_join(out, size, a->pref_dir, APP_SETTINGS_FILE);
}

void app_load_settings(app *a)
{
    char path[APP_PATH_MAX];
    app_settings_path(a, path, sizeof path);
    if (path[0])
        play_settings_load(&a->play, path);
}

/* Saves the start screen's choices (called when a game starts from it). */
void app_save_settings(app *a)
{
    char path[APP_PATH_MAX];
    app_settings_path(a, path, sizeof path);
    if (path[0] == '\0' || play_no_trace(&a->play))
        return; /* no trace: not even which deck was chosen */
    const deck *d = app_deck(a);
    if (d) {
        play_choose_deck(&a->play, d->id,
                         app_language(a) < d->language_count
                             ? d->languages[app_language(a)]
                             : NULL);
    }
    error_list errors;
    error_list_init(&errors);
    if (!settings_save(path, app_settings(a), &errors))
        error_print(&errors, stderr);
    error_list_free(&errors);
}

void app_follow_language(const app *a)
{
    const deck *d = app_deck(a);
    if (d == NULL || app_language(a) >= d->language_count)
        return;
    app_use_language(a, d->languages[app_language(a)]);
}

void app_use_language(const app *a, const char *code)
{
    error_list errors;
    error_list_init(&errors);
    if (!i18n_set_language(a->po_dir, code, &errors)) {
        /* no translation: the UI stays in the language it had */
        error_print(&errors, stderr);
    }
    error_list_free(&errors);
}

bool app_user_file(app *a, const char *prefix, const char *ext, char *out,
                   size_t size)
{
    if (a->pref_dir[0] == '\0')
        return false;
    time_t t = (time_t)a->wall;
    struct tm tm;
    if (!os_local_time((int64_t)t, &tm))
        return false;
    char stamp[32];
    strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    /* the name to start from: whoever stores under it makes it unique
     * in the same step (safe_file_commit_new), so no check here */
    char name[128];
    snprintf(name, sizeof name, "%s-%s.%s", prefix, stamp, ext);
    return datadir_join(out, size, a->pref_dir, name);
}

const mode_def *app_mode(const app *a)
{
    return play_mode(&a->play);
}

const mode_def *app_session_mode(const app *a)
{
    return play_round_mode(&a->play);
}

const session *app_previous(const app *a)
{
    return play_previous(&a->play);
}

int app_previous_answer(const app *a, size_t round, deck_role side)
{
    return play_previous_answer(&a->play, round, side);
}

const casefile *app_case(const app *a)
{
    return play_case(&a->play);
}

bool app_choose_case(app *a, const char *id)
{
    if (!play_choose_case(&a->play, id))
        return false;
    app_follow_language(a);
    return true;
}

void app_next_case(app *a, int delta)
{
    play_step_case(&a->play, delta);
    app_follow_language(a);
}

int app_clients(const app *a)
{
    const mode_def *m = app_mode(a);
    int n = app_settings(a)->clients;
    int lo = mode_side_min(m, DECK_ROLE_CLIENT);
    int hi = mode_side_max(m, DECK_ROLE_CLIENT);
    return n < lo ? lo : n > hi ? hi : n;
}
