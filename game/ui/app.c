/* app: see app.h. The scene switch, input to the scenes, the frame, the
 * user's files and settings; the session's rules are in app_session.c,
 * opening in app_start.c, the window in game/platform/. */
#include "app.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "datadir.h"
#include "draw.h"
#include "i18n.h"
#include "menu.h"
#include "scene.h"

#define APP_SETTINGS_FILE "settings.txt"

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

void app_fail(int *exit_code, int code, const char *sentence)
{
    fprintf(stderr, "alliantiespel: %s\n", sentence);
    *exit_code = code;
}

void app_switch(app *a, app_scene scene)
{
    scene_get(a->scene)->leave(a);
    a->scene = scene;
    a->button_focus = -1;
    a->animating = false;
    scene_get(scene)->enter(a);
    a->dirty = true;
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
        settings_load(path, &a->settings);
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

bool app_user_file(app *a, const char *prefix, const char *ext, char *out,
                   size_t size)
{
    if (a->pref_dir[0] == '\0')
        return false;
    time_t t = (time_t)a->wall;
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

void app_input(app *a, const input_event *ev)
{
    a->dirty = true;
    switch (ev->type) {
    case INPUT_RESIZED:
        return; /* the platform took the new size */
    case INPUT_QUIT:
        if (menu_game_running(a) && a->menu != APP_MENU_CONFIRM_QUIT)
            menu_open(a, APP_MENU_CONFIRM_QUIT);
        else
            a->running = false;
        return;
    case INPUT_FULLSCREEN:
        gfx_toggle_fullscreen(a);
        return;
    default:
        break;
    }
    if (a->menu != APP_MENU_CLOSED) {
        menu_handle(a, ev);
        return;
    }
    if (ev->type == INPUT_MENU && !scene_takes_escape(a)) {
        menu_open(a, APP_MENU_OPEN);
        return;
    }
    if (ev->type == INPUT_POINTER &&
        layout_contains(a->frame.menu_button, ev->x, ev->y)) {
        menu_open(a, APP_MENU_OPEN);
        return;
    }
    scene_get(a->scene)->handle(a, ev);
}

bool app_update(app *a)
{
    if (!a->stepped) {
        /* an animation begun while opening starts on the first frame */
        a->stepped = true;
        a->anim_start = a->now;
    }
    if (a->animating && (uint32_t)(a->now - a->anim_start) >= APP_ANIM_MS) {
        a->animating = false;
        a->dirty = true;
        if (a->scene == APP_SCENE_DEAL)
            app_switch(a, APP_SCENE_PLACE);
    }
    return a->dirty || a->animating;
}

bool app_set_size(app *a, int w, int h)
{
    if (w == a->out_w && h == a->out_h)
        return false;
    a->out_w = w;
    a->out_h = h;
    layout_frame_make(w, h, &a->frame);
    return true;
}

bool app_animating(const app *a)
{
    return a->animating;
}

bool app_draw(app *a)
{
    gfx_frame_begin(a);
    a->trace_count = 0;
    gfx_clear(a);
    scene_get(a->scene)->draw(a);
    if (a->autosave.notice[0] && !a->summary.picture)
        draw_banner(a, a->frame.notice, a->autosave.notice, true);
    if (a->menu != APP_MENU_CLOSED)
        menu_draw(a);
    return true;
}

void app_leave(app *a, bool scene_entered)
{
    if (scene_entered && a->scene < APP_SCENE_COUNT)
        scene_get(a->scene)->leave(a);
    if (a->have_session)
        session_free(&a->session);
    a->have_session = false;
}

void app_free(app *a)
{
    if (a == NULL)
        return;
    free(a->autosave.asked_cards);
    if (a->have_cli_deck)
        deck_free(&a->cli_deck);
    catalog_free(&a->catalog);
    settings_free(&a->settings);
    i18n_shutdown();
    free(a);
}

