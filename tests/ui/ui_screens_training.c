/* ui_screens_training: the training screens for the screenshot command:
 * the start screen set to training, the case read by each student, the
 * guess, the turned card with the guess, the board's guesses, a theme
 * explained with its theory, and the persona's reason when practising
 * alone. */
#include <stdio.h>

#include "menu.h"

#include "ui_driver.h"
#include "ui_screens.h"

int ui_screens_training(const char *dir, int w, int h)
{
    char size[32], win[32];
    snprintf(size, sizeof size, "%dx%d", w, h);
    snprintf(win, sizeof win, "%dx%d", w, h);
    const char *args[] = {"--mode", "training", "--case", "reclassering-marco",
                          "--lang", "nl", "--cards",
                          "richting-doel,vertrouwen-open,stroefheid-ja-nee",
                          "--window", win};
    app *a = ui_open(10, args, false);
    if (a == NULL)
        return 1;
    ui_step(a);
    ui_screens_shot(a, dir, size, "18-training-give-client");
    ui_key(a, SDLK_RETURN);
    ui_screens_shot(a, dir, size, "19-training-inside");
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_RETURN);
    ui_screens_shot(a, dir, size, "20-training-outside");
    ui_key(a, SDLK_RETURN);
    const int plays[3][3] = {{2, 4, 3}, {4, 4, 4}, {5, 2, 2}};
    for (int c = 0; c < 3; c++) {
        ui_key(a, SDLK_RETURN);
        ui_key(a, SDLK_0 + plays[c][0]);
        ui_key(a, SDLK_RETURN);
        ui_key(a, SDLK_RETURN);
        ui_key(a, SDLK_0 + plays[c][1]);
        ui_key(a, SDLK_RETURN);
        ui_key(a, SDLK_0 + plays[c][2]);
        if (c == 0)
            ui_screens_shot(a, dir, size, "21-training-guess");
        ui_key(a, SDLK_RETURN);
        ui_key(a, SDLK_RETURN);
        ui_step_ms(a, 1000);
        if (c == 0)
            ui_screens_shot(a, dir, size, "22-training-reveal");
        ui_key(a, SDLK_RETURN);
    }
    ui_step(a);
    ui_screens_shot(a, dir, size, "23-training-board");
    /* a theme explained with its theory, as students read it: the
     * longest (richting en kader) and stroefheid, which says its good
     * answer too */
    menu_explain(a, 0);
    ui_step(a);
    ui_screens_shot(a, dir, size, "23b-training-explain");
    ui_key(a, SDLK_RETURN);
    menu_explain(a, 3);
    ui_step(a);
    ui_screens_shot(a, dir, size, "23c-training-explain-stroefheid");
    ui_key(a, SDLK_RETURN);
    app_close(a);

    const char *solo[] = {"--solo", "--case", "reclassering-ilse", "--lang",
                          "nl", "--cards", "vertrouwen-open", "--window", win};
    a = ui_open(9, solo, false);
    if (a == NULL)
        return 1;
    ui_step(a);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_3);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_4);
    ui_key(a, SDLK_RETURN); /* alone, the card turns at once */
    ui_step_ms(a, 1000);
    ui_screens_shot(a, dir, size, "24-solo-reveal");
    ui_key(a, SDLK_RETURN); /* to the board: the round is done */
    app_close(a);

    /* the start screen with training chosen */
    const char *start[] = {"--mode", "training", "--window", win};
    a = ui_open(4, start, false);
    if (a == NULL)
        return 1;
    ui_step(a);
    ui_screens_shot(a, dir, size, "25-training-start");
    app_close(a);
    return 0;
}
