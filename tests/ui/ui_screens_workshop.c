/* ui_screens_workshop: the workshop's screens for the screenshot command,
 * on a projector's 16:9: the teams named on the start screen, a team's
 * turn, the spread of three teams, the show of hands typed per side, its
 * spread with the sides' difference (on a positive card and on
 * stroefheid, a negative one), a revote's shift, the result
 * hidden, the timer running, the light theme and the board. */
#include <stdio.h>

#include "ui_driver.h"
#include "ui_driver_env.h"
#include "ui_screens.h"

static void ui_screens_hands(app *a, const int counts[2][5])
{
    for (int side = 0; side < 2; side++)
        for (int o = 0; o < 5; o++) {
            int n = counts[side][o];
            if (n >= 10)
                ui_key(a, SDLK_0 + n / 10);
            ui_key(a, SDLK_0 + n % 10);
            ui_key(a, SDLK_RETURN);
        }
}

static int ui_screens_hands_round(const char *dir, const char *size,
                                  const char *win, bool light)
{
    const char *args[] = {"--mode", "workshop", "--hands", "--domain",
                          "reclassering", "--lang", "nl", "--cards",
                          "quick", "--window", win, light ? "--light"
                                                           : "--timer"};
    const char *seconds = "120";
    const char *full[13];
    for (int i = 0; i < 12; i++)
        full[i] = args[i];
    full[12] = seconds;
    ui_forget_round(); /* the teams' round before this one */
    app *a = ui_open(light ? 12 : 13, full, false);
    if (a == NULL)
        return 1;
    ui_step(a);
    ui_key(a, SDLK_RETURN); /* the deal */
    ui_key(a, SDLK_3);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_1);
    ui_key(a, SDLK_2);
    ui_screens_shot(a, dir, size, light ? "w12-hands-typing-light"
                                        : "w05-hands-typing");
    ui_key(a, SDLK_RETURN);
    const int rest[2][5] = {{0, 0, 4, 5, 1}, {0, 1, 6, 9, 2}};
    for (int o = 2; o < 5; o++) {
        int n = rest[0][o];
        ui_key(a, SDLK_0 + n % 10);
        ui_key(a, SDLK_RETURN);
    }
    for (int o = 0; o < 5; o++) {
        int n = rest[1][o];
        ui_key(a, SDLK_0 + n);
        ui_key(a, SDLK_RETURN);
    }
    ui_step_ms(a, 400); /* turned as the last count is given */
    ui_screens_shot(a, dir, size, light ? "w13-spread-light" : "w06-spread");
    if (!light) {
        ui_key(a, SDLK_t);
        ui_step_ms(a, 2500);
        ui_screens_shot(a, dir, size, "w07-timer-running");
        ui_key(a, SDLK_v);
        ui_screens_shot(a, dir, size, "w08-hidden");
        ui_key(a, SDLK_v);
        ui_key(a, SDLK_o); /* vote again after the talk */
        ui_key(a, SDLK_RETURN);
        const int again[2][5] = {{0, 1, 7, 3, 0}, {0, 2, 8, 4, 0}};
        ui_screens_hands(a, again);
        ui_step_ms(a, 400);
        ui_screens_shot(a, dir, size, "w09-revote-shift");
    }
    for (int card = 1; card < 8; card++) {
        ui_key(a, SDLK_RETURN); /* next card, or the board */
        ui_key(a, SDLK_RETURN); /* the deal */
        const int c[2][5] = {{card % 3, 2, 3, 1, card % 2},
                             {0, card % 4, 5, 6, 1}};
        ui_screens_hands(a, c);
        ui_step_ms(a, 400);
        /* a negative theme's card (stroefheid): turned round, its good
         * end right as on the positive ones */
        const session_round *r = session_current(app_session(a));
        const deck *d = app_session(a)->deck;
        if (!light && r != NULL && a->scene == APP_SCENE_SPREAD &&
            d->dimensions[d->cards[r->card].dimension].negative)
            ui_screens_shot(a, dir, size, "w06b-spread-stroefheid");
        if (session_finished(app_session(a)))
            break;
    }
    ui_key(a, SDLK_RETURN);
    ui_step_ms(a, 400);
    ui_screens_shot(a, dir, size, light ? "w14-board-light" : "w10-board");
    app_close(a);
    return 0;
}

int ui_screens_workshop(const char *dir, int w, int h)
{
    char size[32], win[32];
    snprintf(size, sizeof size, "%dx%d", w, h);
    snprintf(win, sizeof win, "%dx%d", w, h);
    /* the start screen set to teams, and the teams named */
    const char *start[] = {"--mode", "workshop", "--window", win};
    app *a = ui_open(4, start, false);
    if (a == NULL)
        return 1;
    ui_step(a);
    ui_screens_shot(a, dir, size, "w01-start-teams");
    ui_key(a, SDLK_RETURN);
    ui_screens_shot(a, dir, size, "w02-teams");
    app_close(a);

    const char *teams[] = {"--mode", "workshop", "--teams",
                           "Noord,Zuid,client:Ervaring", "--domain",
                           "reclassering", "--lang", "nl", "--cards", "quick",
                           "--window", win};
    a = ui_open(12, teams, false);
    if (a == NULL)
        return 1;
    ui_step(a);
    ui_key(a, SDLK_RETURN);
    ui_screens_shot(a, dir, size, "w03-team-turn");
    ui_key(a, SDLK_4);
    ui_key(a, SDLK_RETURN);
    ui_screens_shot(a, dir, size, "w03b-team-handover");
    ui_key(a, SDLK_RETURN); /* hand-over */
    ui_key(a, SDLK_2);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_2);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_RETURN); /* turn */
    ui_step_ms(a, 400);
    ui_screens_shot(a, dir, size, "w04-teams-spread");
    app_close(a);

    if (ui_screens_hands_round(dir, size, win, false) != 0 ||
        ui_screens_hands_round(dir, size, win, true) != 0)
        return 1;
    return 0;
}
