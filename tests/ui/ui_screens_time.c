/* ui_screens_time: the screens of a pair over time for the screenshot
 * command: a turned card kept "only for the talk", the start screen with
 * a pair's code, and the history after three rounds. */
#include <stdio.h>

#include "ui_driver.h"
#include "ui_screens.h"

/* One quick round of pair K17, the client answering c and the
 * professional p on every card. */
static bool ui_screens_pair_round(const char *dir, const char *win,
                                  SDL_Keycode c, SDL_Keycode p, const char *shot)
{
    const char *args[] = {"--pair", "K17", "--domain", "reclassering", "--lang",
                          "nl", "--cards", "quick", "--window", win};
    app *a = ui_open(10, args, false);
    if (a == NULL)
        return false;
    ui_step(a);
    for (size_t i = 0; i < app_session(a)->round_count; i++) {
        ui_key(a, SDLK_RETURN);
        ui_answer_card(a, c, p);
        ui_key(a, SDLK_RETURN);
    }
    if (shot) /* the board beside last time */
        ui_screens_shot(a, dir, win, shot);
    app_close(a);
    return true;
}

int ui_screens_time(const char *dir, int w, int h)
{
    char size[32], win[32];
    snprintf(size, sizeof size, "%dx%d", w, h);
    snprintf(win, sizeof win, "%dx%d", w, h);
    /* three meetings, drifting apart on the way */
    if (!ui_screens_pair_round(dir, win, SDLK_4, SDLK_4, NULL) ||
        !ui_screens_pair_round(dir, win, SDLK_3, SDLK_4, NULL) ||
        !ui_screens_pair_round(dir, win, SDLK_2, SDLK_5, "29-board-last-time"))
        return 1;
    const char *args[] = {"--pair", "K17", "--domain", "reclassering", "--lang",
                          "nl", "--cards", "quick", "--window", win};
    app *a = ui_open(10, args, false);
    if (a == NULL)
        return 1;
    ui_step(a);
    ui_key(a, SDLK_RETURN);
    ui_answer_card(a, SDLK_2, SDLK_4);
    ui_step_ms(a, 1000); /* the tokens have turned */
    ui_key(a, SDLK_a);
    ui_screens_shot(a, dir, size, "26-only-for-the-talk");
    ui_key(a, SDLK_ESCAPE);
    ui_key(a, SDLK_3); /* back to the start: the round is not kept */
    ui_key(a, SDLK_2);
    ui_step(a);
    ui_screens_shot(a, dir, size, "27-start-pair");
    ui_key(a, SDLK_t);
    ui_screens_shot(a, dir, size, "28-history");
    ui_key(a, SDLK_w); /* everything of K17 deleted: the next size starts anew */
    ui_key(a, SDLK_2);
    app_close(a);
    return 0;
}
