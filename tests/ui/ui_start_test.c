/* The start screen as a keyboard user meets it: Enter always starts,
 * wherever the focus is; in the card list a digit changes nothing unseen
 * (Space does, and the keys are written on screen); a broken deck in the
 * decks folder is named on the screen, not only on a terminal. */
#include <unistd.h>

#include "check.h"
#include "ui_driver.h"

static char home[] = "/tmp/alliantiespel-start-XXXXXX";

static void test_enter_starts(void)
{
    /* from every row, Enter starts the round (the cards row included,
     * also when the cards are chosen by hand) */
    for (int up = 0; up < 7; up++) {
        ui_forget_round();
        const char *args[] = {"--lang", "nl"};
        app *a = ui_open(2, args, true);
        CHECK(a != NULL);
        if (a == NULL)
            return;
        ui_step(a);
        for (int i = 0; i < up; i++)
            ui_key(a, SDLK_UP);
        if (up == 6) { /* on "choose cards": it opens the list instead */
            ui_key(a, SDLK_RETURN);
            CHECK(scene_pick_is_open() && !a->have_session);
            app_close(a);
            continue;
        }
        ui_key(a, SDLK_RETURN);
        CHECK_MSG(a->have_session, "Enter after %d times up did not start", up);
        app_close(a);
    }
}

/* Cards chosen by hand, the focus on the cards row: Enter starts with
 * them (it used to open the list again). */
static void test_enter_starts_picked(void)
{
    ui_forget_round();
    const char *args[] = {"--lang", "nl"};
    app *a = ui_open(2, args, true);
    if (a == NULL)
        return;
    ui_step(a);
    layout_start ls;
    layout_start_make(&a->frame, &ls);
    ui_click(a, ls.choose);
    ui_key(a, SDLK_DOWN);
    ui_key(a, SDLK_SPACE); /* one card on */
    ui_key(a, SDLK_RETURN); /* done */
    CHECK(!scene_pick_is_open());
    ui_key(a, SDLK_UP);
    ui_key(a, SDLK_UP);
    ui_key(a, SDLK_UP); /* from the start button up to the cards row */
    ui_key(a, SDLK_RETURN);
    CHECK(a->have_session);
    CHECK_INT(a->have_session ? a->session.round_count : 0, 1);
    app_close(a);
}

static void test_picker_digits(void)
{
    ui_forget_round();
    const char *args[] = {"--lang", "nl"};
    app *a = ui_open(2, args, true);
    if (a == NULL)
        return;
    ui_step(a);
    layout_start ls;
    layout_start_make(&a->frame, &ls);
    ui_click(a, ls.choose);
    CHECK(scene_pick_is_open());
    /* the hint speaks to the hand in use: after a click, of tapping */
    CHECK(ui_frame_says(a, "Tik op een kaart"));
    CHECK(!ui_frame_says(a, "Spatie: kaart aan of uit"));
    ui_key(a, SDLK_PAGEUP);
    CHECK(ui_frame_says(a, "Spatie: kaart aan of uit"));
    char *before = a->settings.picked ? strdup(a->settings.picked) : NULL;
    ui_key(a, SDLK_DOWN);
    ui_key(a, SDLK_3);
    ui_key(a, SDLK_7);
    const char *after = a->settings.picked;
    CHECK((before == NULL && after == NULL) ||
          (before && after && strcmp(before, after) == 0));
    ui_key(a, SDLK_SPACE); /* Space does turn the card on or off */
    const char *now = a->settings.picked ? a->settings.picked : "";
    CHECK(strcmp(before ? before : "", now) != 0);
    free(before);
    app_close(a);
}

static void test_broken_deck_named(void)
{
    /* a data folder of our own: the shipped decks and one broken deck */
    char data[200], decks[300], cmd[4096];
    snprintf(data, sizeof data, "%s/data", home);
    snprintf(decks, sizeof decks, "%s/decks", data);
    snprintf(cmd, sizeof cmd, "mkdir -p %s && cp %s/decks/*.yaml %s/ && "
             "ln -s %s/assets %s/assets && printf 'format: alliantiespel-deck/2\\n"
             "id: [kapot\\n' > %s/kapot.yaml",
             decks, TEST_SOURCE_DIR, decks, TEST_SOURCE_DIR, data, decks);
    CHECK(system(cmd) == 0);
    setenv("ALLIANTIESPEL_DATA_DIR", data, 1);
    ui_forget_round();
    const char *args[] = {"--lang", "nl"};
    static cli_options options;
    char *argv[] = {(char *)"alliantiespel", (char *)args[0], (char *)args[1],
                    NULL};
    CHECK(cli_parse(3, argv, &options, stderr) == CLI_EXIT_OK);
    app_config config = {true, true, NULL};
    int code = 0;
    app *a = app_open(&options, data, &config, &code);
    CHECK(a != NULL);
    if (a) {
        ui_step(a);
        CHECK(ui_frame_says(a, "1 stapel kon niet worden geladen"));
        CHECK(ui_frame_says(a, "kapot.yaml"));
        app_close(a);
    }
    setenv("ALLIANTIESPEL_DATA_DIR", TEST_SOURCE_DIR, 1);
}

int main(void)
{
    if (!mkdtemp(home))
        return 1;
    ui_env(home);
    test_enter_starts();
    test_enter_starts_picked();
    test_picker_digits();
    test_broken_deck_named();
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", home);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", home);
    return check_report();
}
