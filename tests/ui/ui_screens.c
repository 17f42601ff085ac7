/* ui_screens: the project's screenshot command. Plays a quick round
 * headless and writes a PNG of every screen at 1024x600, 1920x1080 and
 * 600x1000 (upright).
 * Usage: ui_screens OUTDIR */
#include <stdio.h>
#include <string.h>

#include "layout.h"
#include "ui_driver.h"
#include "ui_screens.h"

#define shot ui_screens_shot

static int shots;

void ui_screens_shot(app *a, const char *dir, const char *size,
                     const char *name)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s-%s.png", dir, name, size);
    if (ui_save(a, path)) {
        printf("%s\n", path);
        shots++;
    } else {
        fprintf(stderr, "ui_screens: cannot write %s\n", path);
    }
}

static int run(const char *dir, int w, int h)
{
    char size[32], win[32];
    snprintf(size, sizeof size, "%dx%d", w, h);
    snprintf(win, sizeof win, "%dx%d", w, h);

    /* the start screen and the card picker */
    const char *start_args[] = {"--window", win};
    app *a = ui_open(2, start_args, false);
    if (a == NULL)
        return 1;
    ui_step(a);
    shot(a, dir, size, "01-start");
    layout_start ls;
    layout_start_make(&a->frame, &ls);
    ui_click(a, ls.choose);
    ui_key(a, SDLK_DOWN);
    ui_key(a, SDLK_SPACE);
    ui_key(a, SDLK_DOWN);
    ui_key(a, SDLK_DOWN);
    ui_key(a, SDLK_SPACE);
    shot(a, dir, size, "02-choose-cards");
    app_close(a);

    /* a quick round with one client */
    const char *args[] = {"--domain", "algemeen", "--lang", "nl", "--cards",
                          "quick", "--window", win};
    a = ui_open(8, args, false);
    if (a == NULL)
        return 1;
    ui_step_ms(a, 0);
    ui_step_ms(a, 180);
    shot(a, dir, size, "03-deal");
    ui_step(a);
    ui_key(a, SDLK_4);
    shot(a, dir, size, "04-place-client");
    ui_key(a, SDLK_RETURN);
    shot(a, dir, size, "05-handover");
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_2);
    shot(a, dir, size, "06-place-professional");
    ui_key(a, SDLK_RETURN);
    shot(a, dir, size, "07-ready");
    ui_key(a, SDLK_RETURN);
    ui_step(a);
    shot(a, dir, size, "08-reveal");
    /* cards 2..4 */
    const SDL_Keycode answers[3][2] = {{SDLK_5, SDLK_5}, {SDLK_2, SDLK_3},
                                       {SDLK_4, SDLK_5}};
    for (int c = 0; c < 3; c++) {
        ui_key(a, c == 1 ? SDLK_b : SDLK_UNKNOWN);
        ui_key(a, SDLK_RETURN);
        ui_step(a);
        ui_answer_card(a, answers[c][0], answers[c][1]);
        ui_step(a);
    }
    /* card 5: a friction card, its good answer named */
    ui_key(a, SDLK_RETURN);
    ui_step(a);
    ui_key(a, SDLK_1);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_ESCAPE);
    shot(a, dir, size, "09-menu");
    ui_key(a, SDLK_4);
    shot(a, dir, size, "10-menu-confirm-quit");
    ui_key(a, SDLK_1);
    ui_key(a, SDLK_3);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_RETURN);
    ui_step(a);
    ui_key(a, SDLK_b);
    shot(a, dir, size, "11-reveal-friction");
    ui_key(a, SDLK_RETURN);
    ui_step(a);
    shot(a, dir, size, "12-summary");
    app_close(a);

    /* a family: a young person and two parents with the youth worker */
    const char *family[] = {"--domain", "jeugdbescherming", "--lang", "nl",
                            "--seats", "jongere,ouder,ouder", "--cards",
                            "quick", "--window", win};
    ui_forget_round();
    a = ui_open(10, family, false);
    if (a == NULL)
        return 1;
    ui_step(a);
    const SDL_Keycode tokens[5][4] = {{SDLK_4, SDLK_2, SDLK_3, SDLK_4},
                                      {SDLK_5, SDLK_4, SDLK_4, SDLK_3},
                                      {SDLK_2, SDLK_4, SDLK_5, SDLK_3},
                                      {SDLK_3, SDLK_3, SDLK_3, SDLK_3},
                                      {SDLK_1, SDLK_2, SDLK_4, SDLK_2}};
    for (int c = 0; c < 5; c++) {
        ui_key(a, SDLK_RETURN); /* the deal */
        for (int p = 0; p < 4; p++) {
            if (p > 0) {
                if (c == 0 && p == 1)
                    shot(a, dir, size, "13-family-handover");
                ui_key(a, SDLK_RETURN); /* hand-over */
            }
            ui_key(a, tokens[c][p]);
            ui_key(a, SDLK_RETURN);
        }
        ui_key(a, SDLK_RETURN); /* turn */
        ui_step(a);
        if (c == 0)
            shot(a, dir, size, "14-family-reveal");
        ui_key(a, SDLK_RETURN);
    }
    ui_step(a);
    shot(a, dir, size, "15-family-summary");
    app_close(a);

    /* a round left behind by a crash, offered back at the next start */
    ui_forget_round();
    a = ui_open(8, args, false);
    if (a == NULL)
        return 1;
    ui_step(a);
    ui_key(a, SDLK_RETURN);
    ui_answer_card(a, SDLK_4, SDLK_2);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_3);
    ui_key(a, SDLK_RETURN);
    app_close(a); /* the crash */
    const char *plain[] = {"--lang", "nl", "--window", win};
    a = ui_open(4, plain, false);
    if (a == NULL)
        return 1;
    ui_step(a);
    shot(a, dir, size, "16-resume-question");
    ui_key(a, SDLK_2); /* throw it away */
    app_close(a);

    /* a folder others may write in: a lasting notice, nothing is kept */
    char folder[4200];
    snprintf(folder, sizeof folder, "%s/alliantiespel/alliantiespel",
             getenv("XDG_DATA_HOME"));
    if (chmod(folder, 0777) != 0)
        return 1;
    a = ui_open(8, args, false);
    if (a == NULL)
        return 1;
    ui_step(a);
    ui_key(a, SDLK_RETURN);
    ui_step(a);
    shot(a, dir, size, "17-answers-not-kept");
    app_close(a);
    if (chmod(folder, 0700) != 0)
        return 1;
    return 0;
}

int main(int argc, char **argv)
{
    const char *tour = argc == 3 ? argv[2] : "";
    if (argc != 2 && !(argc == 3 && (strcmp(tour, "workshop") == 0 ||
                                      strcmp(tour, "touch") == 0 ||
                                      strcmp(tour, "lang") == 0))) {
        fprintf(stderr, "usage: ui_screens OUTDIR [workshop|touch|lang]\n");
        return 2;
    }
    char home[4096];
    snprintf(home, sizeof home, "%s/ui-screens-home", TEST_BINARY_DIR);
    ui_env(home);
    /* two languages in one round: a laptop's screen, a tablet upright */
    if (argc == 2 || strcmp(tour, "lang") == 0) {
        if (ui_screens_lang(argv[1], 1024, 600) != 0 ||
            ui_screens_lang(argv[1], 600, 1000) != 0) {
            fprintf(stderr, "ui_screens: the two languages did not start\n");
            return 1;
        }
        if (argc == 3)
            return 0;
    }
    /* by touch: a laptop's screen, a projector's, a tablet upright */
    if (ui_screens_touch(argv[1], 1024, 600) != 0 ||
        ui_screens_touch(argv[1], 1280, 720) != 0 ||
        ui_screens_touch(argv[1], 600, 1000) != 0) {
        fprintf(stderr, "ui_screens: the touch screens did not start\n");
        return 1;
    }
    if (strcmp(tour, "touch") == 0)
        return 0;
    /* a workshop on a projector's two usual sizes */
    if (ui_screens_workshop(argv[1], 1280, 720) != 0 ||
        ui_screens_workshop(argv[1], 1920, 1080) != 0) {
        fprintf(stderr, "ui_screens: the workshop did not start\n");
        return 1;
    }
    if (argc == 3)
        return 0; /* the workshop's screens only */
    /* a small laptop, a big screen, and a tablet held upright */
    if (run(argv[1], 1024, 600) != 0 || run(argv[1], 1920, 1080) != 0 ||
        run(argv[1], 600, 1000) != 0 ||
        ui_screens_training(argv[1], 1024, 600) != 0 ||
        ui_screens_training(argv[1], 1920, 1080) != 0 ||
        ui_screens_training(argv[1], 600, 1000) != 0 ||
        ui_screens_time(argv[1], 1024, 600) != 0 ||
        ui_screens_time(argv[1], 1920, 1080) != 0 ||
        ui_screens_time(argv[1], 600, 1000) != 0) {
        fprintf(stderr, "ui_screens: the game did not start\n");
        return 1;
    }
    printf("%d screenshots\n", shots);
    return shots == 51 + 3 * 8 + 3 * 6 + 2 * 15 + 3 * 5 + 2 * 6 ? 0 : 1;
}
