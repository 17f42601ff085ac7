/* ui_scene_test: the scenes without SDL. The UI library is linked with
 * the drawing stub (tests/stub/draw_stub.c) and the core only, so this
 * also proves the UI needs no SDL. A quick round is played by pushing
 * input intents through app_input, the clocks set by hand: place, hand
 * over, place, ready, reveal, the next card's deal ... the board. Every
 * scene is drawn with the stub, and every text must lie in the window. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "check.h"
#include "cli.h"
#include "draw_stub.h"
#include "trace.h"
#include "ui_driver_env.h"

#define WALL 1767225600 /* 2026-01-01 00:00 UTC: the clock comes in */

static void step(app *a)
{
    a->now += 400;
    if (app_update(a))
        app_draw(a);
}

static void push(app *a, input_type type, int digit)
{
    input_event ev = {.type = type, .digit = digit};
    app_input(a, &ev);
    step(a);
}

/* Draws the scene with the stub: something drawn, all of it (texts,
 * cards, buttons) inside the window. */
static void check_drawn(app *a)
{
    draw_stub_reset();
    CHECK(app_draw(a));
    CHECK(draw_stub.texts > 0);
    CHECK_MSG(draw_stub.outside == 0, "%s: %zu outside, last %s",
              app_scene_name(a->scene), draw_stub.outside,
              draw_stub.last_outside);
    for (size_t i = 0; i < ui_trace.count; i++) {
        layout_rect r = ui_trace.items[i].rect;
        CHECK_MSG(r.x >= 0 && r.y >= 0 && r.x + r.w <= a->out_w &&
                      r.y + r.h <= a->out_h,
                  "%s: '%s' at %d,%d %dx%d", app_scene_name(a->scene),
                  ui_trace.items[i].text, r.x, r.y, r.w, r.h);
    }
}

static app *open_app(const char *home, int w, int h)
{
    static char *argv[] = {"alliantiespel", "--domain", "algemeen", "--lang",
                           "nl", "--cards", "quick", NULL};
    static cli_options options;
    if (cli_parse(7, argv, &options, stderr) != CLI_EXIT_OK)
        return NULL;
    app_config config = {true, trace_recorder(), &gfx_stub_ops};
    app *a = app_new(&options, TEST_SOURCE_DIR, &config);
    if (a == NULL)
        return NULL;
    snprintf(a->pref_dir, sizeof a->pref_dir, "%s", home);
    a->wall = WALL;
    a->now = 1000;
    char msg[512];
    int code = app_load_decks(a, &options, msg, sizeof msg);
    CHECK_MSG(code == 0, "%s", msg);
    app_set_size(a, w, h);
    CHECK(app_begin(a, &options, &code));
    app_update(a); /* the platform's first step: the deal starts moving */
    return a;
}

static void play_round(const char *home, int w, int h)
{
    app *a = open_app(home, w, h);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    CHECK(app_playing(a));
    CHECK_INT(app_session(a)->started_at, WALL);
    CHECK_STR(app_scene_name(a->scene), "deal");
    check_drawn(a);
    size_t cards = app_session(a)->round_count;
    CHECK_INT(cards, 5);
    for (size_t c = 0; c < cards; c++) {
        step(a); /* the deal's animation ends */
        CHECK_STR(app_scene_name(a->scene), "place");
        check_drawn(a);
        push(a, INPUT_DIGIT, 4);
        check_drawn(a);
        push(a, INPUT_CONFIRM, 0);
        CHECK_STR(app_scene_name(a->scene), "handover");
        check_drawn(a);
        push(a, INPUT_CONFIRM, 0);
        CHECK_STR(app_scene_name(a->scene), "place");
        push(a, INPUT_DIGIT, 2);
        push(a, INPUT_CONFIRM, 0);
        CHECK_STR(app_scene_name(a->scene), "handover");
        CHECK(session_all_placed(app_session(a)));
        check_drawn(a);
        push(a, INPUT_CONFIRM, 0);
        CHECK_STR(app_scene_name(a->scene), "reveal");
        check_drawn(a);
        /* the next card is dealt (checked before its animation ends) */
        input_event next = {.type = INPUT_CONFIRM};
        app_input(a, &next);
        CHECK_STR(app_scene_name(a->scene), c + 1 < cards ? "deal" : "summary");
        check_drawn(a);
    }
    check_drawn(a);
    CHECK(session_finished(app_session(a)));
    /* the menu over the board, and F11 asked of the platform */
    push(a, INPUT_MENU, 0);
    CHECK(a->menu != APP_MENU_CLOSED);
    check_drawn(a);
    push(a, INPUT_MENU, 0);
    CHECK(a->menu == APP_MENU_CLOSED);
    push(a, INPUT_FULLSCREEN, 0);
    CHECK(draw_stub.fullscreen_asked);
    app_leave(a, true);
    app_free(a);
}

int main(void)
{
    char home[4096];
    if (!ui_env_private(home, sizeof home, "scene"))
        return 1;
    /* the window sizes of the pixel tests, and an upright one */
    play_round(home, 1024, 600);
    play_round(home, 1920, 1080);
    play_round(home, 600, 1000);
    ui_remove_tree(home);
    return check_report();
}
