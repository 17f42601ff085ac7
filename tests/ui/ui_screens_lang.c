/* ui_screens_lang: a round where the client reads English and the
 * professional Dutch (--seat-lang client=en), for the screenshot
 * command: each seat's place screen, the hand-overs, the turned card and
 * the board, to see that every screen speaks one language at a time. */
#include <stdio.h>

#include "ui_driver.h"
#include "ui_screens.h"

int ui_screens_lang(const char *dir, int w, int h)
{
    char size[32], win[32];
    snprintf(size, sizeof size, "%dx%d", w, h);
    snprintf(win, sizeof win, "%dx%d", w, h);
    ui_forget_round();
    const char *args[] = {"--lang", "nl", "--domain", "algemeen",
                          "--seat-lang", "client=en", "--cards", "quick",
                          "--window", win};
    app *a = ui_open(10, args, false);
    if (a == NULL)
        return 1;
    ui_step(a);
    ui_key(a, SDLK_RETURN); /* the deal */
    ui_key(a, SDLK_4);
    ui_screens_shot(a, dir, size, "l01-place-client-en");
    ui_key(a, SDLK_RETURN);
    ui_screens_shot(a, dir, size, "l02-handover");
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_2);
    ui_screens_shot(a, dir, size, "l03-place-professional-nl");
    ui_key(a, SDLK_RETURN);
    ui_screens_shot(a, dir, size, "l04-ready");
    ui_key(a, SDLK_RETURN);
    ui_step(a);
    ui_screens_shot(a, dir, size, "l05-reveal");
    for (int c = 0; c < 4; c++) {
        ui_key(a, SDLK_RETURN);
        ui_step(a);
        ui_answer_card(a, SDLK_3, SDLK_4);
        ui_step(a);
    }
    ui_key(a, SDLK_RETURN);
    ui_step(a);
    ui_screens_shot(a, dir, size, "l06-board");
    app_close(a);
    return 0;
}
