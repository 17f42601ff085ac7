/* Autosave: a round cut short (the program closed without stopping, as in
 * a crash or an empty battery) is offered back at the next start and goes
 * on where it was, hidden tokens still hidden; stopping a round or
 * finishing it leaves nothing behind; a damaged file is refused calmly. */
#include <unistd.h>

#include "check.h"
#include "ui_driver.h"

static char home[] = "/tmp/alliantiespel-autosave-XXXXXX";
static char saved[512];

static bool file_exists(const char *path)
{
    return access(path, F_OK) == 0;
}

static void test_crash_and_resume(void)
{
    const char *args[] = { "--domain", "algemeen", "--cards", "quick" };
    app *a = ui_open(4, args, false);
    CHECK(a != NULL);
    if (!a)
        return;
    ui_step(a);
    ui_key(a, SDLK_RETURN); /* the deal */
    ui_key(a, SDLK_4);
    ui_key(a, SDLK_RETURN); /* the client's token lies face down */
    CHECK_INT(a->scene, APP_SCENE_HANDOVER);
    CHECK(file_exists(saved));
    struct stat st;
    CHECK(stat(saved, &st) == 0 && (st.st_mode & 0777) == 0600);
    app_close(a); /* the battery runs out */

    a = ui_open(0, NULL, false);
    CHECK(a != NULL);
    if (!a)
        return;
    ui_step(a);
    CHECK_INT(a->menu, APP_MENU_CONFIRM_RESUME);
    ui_key(a, SDLK_1); /* go on with it */
    CHECK_INT(a->menu, APP_MENU_CLOSED);
    CHECK(a->have_session);
    /* Back on the hand-over screen: the client's token stays hidden. */
    CHECK_INT(a->scene, APP_SCENE_HANDOVER);
    CHECK_INT(a->session.current, 0);
    CHECK_INT(a->session.rounds[0].answer[0], 3);
    CHECK_INT(session_next_to_place(&a->session), 1);
    CHECK_STR(app_deck(a)->id, "algemeen");
    ui_key(a, SDLK_RETURN); /* hand-over */
    ui_key(a, SDLK_2);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_RETURN); /* turn */
    CHECK_INT(a->scene, APP_SCENE_REVEAL);
    CHECK_INT(a->session.rounds[0].answer[1], 1);

    /* Stopping the round on purpose keeps nothing. */
    ui_key(a, SDLK_ESCAPE);
    ui_key(a, SDLK_3); /* back to the start */
    ui_key(a, SDLK_2); /* stop this round */
    CHECK_INT(a->scene, APP_SCENE_START);
    CHECK(!file_exists(saved));
    app_close(a);

    a = ui_open(0, NULL, false);
    if (a) {
        ui_step(a);
        CHECK_INT(a->menu, APP_MENU_CLOSED); /* nothing to offer */
        app_close(a);
    }
}

static void test_finish_and_throw_away(void)
{
    const char *args[] = { "--domain", "algemeen", "--cards", "richting-waarom" };
    app *a = ui_open(4, args, false);
    if (!a)
        return;
    ui_step(a);
    SDL_Keycode keys[] = { SDLK_RETURN, SDLK_3, SDLK_RETURN, SDLK_RETURN, SDLK_3,
                           SDLK_RETURN, SDLK_RETURN, SDLK_RETURN };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        ui_key(a, keys[i]);
    CHECK_INT(a->scene, APP_SCENE_SUMMARY);
    CHECK(!file_exists(saved)); /* finished: the board offers saving */
    app_close(a);

    /* A round left behind, then thrown away at the next start. */
    a = ui_open(4, args, false);
    if (!a)
        return;
    ui_step(a);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_1);
    ui_key(a, SDLK_RETURN);
    app_close(a);
    CHECK(file_exists(saved));
    a = ui_open(0, NULL, false);
    if (!a)
        return;
    ui_step(a);
    CHECK_INT(a->menu, APP_MENU_CONFIRM_RESUME);
    ui_key(a, SDLK_2); /* throw it away */
    CHECK(!file_exists(saved));
    CHECK(!a->have_session);
    app_close(a);
}

static void test_damaged_file(void)
{
    FILE *f = fopen(saved, "w");
    CHECK(f != NULL);
    if (!f)
        return;
    fputs("format: alliantiespel-result/1\ncards: [\n", f);
    fclose(f);
    app *a = ui_open(0, NULL, false);
    if (!a)
        return;
    ui_step(a);
    CHECK_INT(a->menu, APP_MENU_CONFIRM_RESUME);
    ui_key(a, SDLK_1);
    CHECK(!a->have_session);
    CHECK_INT(a->scene, APP_SCENE_START);
    CHECK(a->start.message[0] != '\0');
    CHECK(!file_exists(saved));
    app_close(a);
}

int main(void)
{
    if (!mkdtemp(home))
        return 1;
    ui_env(home);
    snprintf(saved, sizeof saved, "%s/alliantiespel/alliantiespel/round-in-progress.yaml", home);
    test_crash_and_resume();
    test_finish_and_throw_away();
    test_damaged_file();
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", home);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", home);
    return check_report();
}
