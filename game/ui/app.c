/* app: see app.h. The scene switch, input to the scenes, the frame, the
 * user's files and settings; the session's rules are in app_session.c,
 * opening in app_start.c, the window in game/platform/. */
#include "app.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "autosave.h"
#include "datadir.h"
#include "draw.h"
#include "i18n.h"
#include "menu.h"
#include "scene.h"
#include "speak.h"
#include "speak_screen.h"

/* Changes scene: leaves the old one, enters the new one. */
static void app_switch(app *a, app_scene scene)
{
    scene_get(a->scene)->leave(a);
    speak_screen_switch(a, scene);
    a->scene = scene;
    a->button_focus = -1;
    a->animating = false;
    scene_get(scene)->enter(a);
    a->dirty = true;
}

void app_switch_pending(app *a)
{
    /* the actions the screens sent first: they say which screen is next */
    app_follow_play(a);
    /* a scene's enter may ask for another scene in turn (a round picked
     * up on the board stores itself); a few steps at most */
    for (int i = 0; i < 4 && a->scene_pending; i++) {
        a->scene_pending = false;
        app_switch(a, a->next_scene);
        app_follow_play(a);
    }
}

void app_input(app *a, const input_event *ev)
{
    a->dirty = true;
    switch (ev->type) {
    case INPUT_RESIZED:
        return; /* the platform took the new size */
    case INPUT_QUIT:
        if (menu_game_running(a) && !app_asking(a, "quit"))
            menu_ask_quit(a);
        else
            a->running = false;
        return;
    case INPUT_FULLSCREEN:
        app_toggle_fullscreen(a);
        return;
    default:
        break;
    }
    a->pointer_input = ev->type == INPUT_POINTER;
    if (a->menu != APP_MENU_CLOSED) {
        menu_handle(a, ev);
        app_switch_pending(a);
        return;
    }
    if (ev->type == INPUT_MENU && !scene_takes_escape(a)) {
        app_show_menu(a, APP_MENU_OPEN);
        return;
    }
    if (speak_screen_input(a, ev)) /* L or the speaker button */
        return;
    if (ev->type == INPUT_POINTER &&
        layout_contains(a->frame.menu_button, ev->x, ev->y)) {
        app_show_menu(a, APP_MENU_OPEN);
        return;
    }
    scene_get(a->scene)->handle(a, ev);
    app_switch_pending(a);
}

bool app_update(app *a)
{
    if (!a->stepped) {
        /* an animation begun while opening starts on the first frame */
        a->stepped = true;
        a->anim_start = a->now;
    }
    if (app_playing(a) && timer_changed(&a->talk_timer, a->now))
        a->dirty = true; /* the timer shows another second */
    if (a->animating && (uint32_t)(a->now - a->anim_start) >= APP_ANIM_MS) {
        a->animating = false;
        a->dirty = true;
        /* the card is dealt: the same way on as a key that skips the
         * deal (a case answers for its seat first) */
        if (a->scene == APP_SCENE_DEAL)
            app_dealt(a);
    }
    app_switch_pending(a);
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

void app_use_platform(app *a, struct platform *p, gfx *g)
{
    a->platform = p;
    if (g != NULL && g != a->gfx) {
        gfx_free(a->gfx);
        a->gfx = g;
    }
}

void app_came_fullscreen(app *a)
{
    a->fullscreen = true;
}

void app_set_clock(app *a, uint32_t now_ms, int64_t wall)
{
    a->now = now_ms;
    a->wall = wall;
}

void app_invalidate(app *a)
{
    a->dirty = true;
}

void app_stop(app *a)
{
    a->dirty = true;
    a->running = false;
}

void app_presented(app *a)
{
    a->frames_drawn++;
    a->dirty = false;
}

void app_toggle_fullscreen(app *a)
{
    a->fullscreen = gfx_set_fullscreen(a->gfx, !a->fullscreen);
    a->dirty = true;
}

bool app_animating(const app *a)
{
    return a->animating;
}

uint32_t app_wait_ms(const app *a)
{
    uint32_t wait = app_playing(a) ? timer_wait(&a->talk_timer, a->now)
                                    : TIMER_NEVER;
    return wait < 60000 ? wait : 60000;
}

bool app_draw(app *a)
{
    int w = a->out_w, h = a->out_h;
    gfx_frame_begin(a->gfx, &w, &h);
    app_set_size(a, w, h);
    /* a lasting notice pushes every screen down instead of hiding a part
     * of it (the board's picture for the client file is drawn without) */
    bool notice = a->autosave.notice[0] != '\0';
    /* a workshop's screens in the projector's profile, from the round's
     * mode (the start screen and the history stay at the table's) */
    bool projector = app_playing(a) && a->scene != APP_SCENE_START &&
                     a->scene != APP_SCENE_HISTORY &&
                     app_session_mode(a)->layout == MODE_LAYOUT_PROJECTOR;
    if (notice != a->frame.notice_shown || projector != a->frame.projector) {
        layout_frame_make(a->out_w, a->out_h, &a->frame);
        if (notice)
            layout_frame_notice(&a->frame);
        if (projector)
            layout_frame_projector(&a->frame);
    }
    gfx_clear(a->gfx);
    speak_screen_frame(a); /* whether the top bar has the speaker button */
    scene_get(a->scene)->draw(a);
    /* the start screen places it itself, where it kept room for it */
    if (a->frame.notice_shown && a->scene != APP_SCENE_START)
        draw_banner(a, a->frame.notice, a->autosave.notice, true);
    if (a->menu != APP_MENU_CLOSED)
        menu_draw(a);
    if (scene_get(a->scene)->prepare != NULL)
        scene_get(a->scene)->prepare(a);
    return true;
}

void app_leave(app *a, bool scene_entered)
{
    app_follow_play(a); /* a move not followed yet is stored first */
    if (scene_entered && a->scene < APP_SCENE_COUNT)
        scene_get(a->scene)->leave(a);
    play_end(&a->play); /* the pair's last time with it */
}

void app_free(app *a)
{
    if (a == NULL)
        return;
    free(a->autosave.asked_cards);
    autosave_release(a);
    if (a->have_cli_deck)
        deck_free(&a->cli_deck);
    play_free(&a->play); /* before the decks its cases point into */
    catalog_free(&a->catalog);
    gfx_free(a->gfx);
    i18n_shutdown();
    free(a);
}

