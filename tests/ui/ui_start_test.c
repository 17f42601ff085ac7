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
            CHECK(scene_pick_is_open() && !app_playing(a));
            app_close(a);
            continue;
        }
        ui_key(a, SDLK_RETURN);
        CHECK_MSG(app_playing(a), "Enter after %d times up did not start", up);
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
    CHECK(app_playing(a));
    CHECK_INT(app_playing(a) ? app_session(a)->round_count : 0, 1);
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
    char *before = app_settings(a)->picked ? strdup(app_settings(a)->picked) : NULL;
    ui_key(a, SDLK_DOWN);
    ui_key(a, SDLK_3);
    ui_key(a, SDLK_7);
    const char *after = app_settings(a)->picked;
    CHECK((before == NULL && after == NULL) ||
          (before && after && strcmp(before, after) == 0));
    ui_key(a, SDLK_SPACE); /* Space does turn the card on or off */
    const char *now = app_settings(a)->picked ? app_settings(a)->picked : "";
    CHECK(strcmp(before ? before : "", now) != 0);
    free(before);
    app_close(a);
}

/* The buttons the current frame drew (GFX_MARK_BUTTON), at most max. */
static size_t start_buttons(app *a, layout_rect *out, size_t max)
{
    app_draw(a);
    size_t n = 0;
    for (size_t i = 0; i < ui_trace.count && n < max; i++)
        if (ui_trace.items[i].kind == GFX_MARK_BUTTON)
            out[n++] = ui_trace.items[i].rect;
    return n;
}

/* Issue #23: the start screen does not move under the finger. Choosing
 * "Nergens" brings the lasting no-trace band, and the rows stay where
 * they were; with four family members at 1024x600 every chip and
 * "Beginnen" lie in the window, apart, and answer a tap. */
static void test_still_under_the_finger(void)
{
    ui_forget_round();
    const char *args[] = {"--lang", "nl", "--window", "1024x600"};
    app *a = ui_open(4, args, true);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    ui_step(a);
    for (int i = 0; i < 5; i++)
        ui_key(a, SDLK_UP); /* the deck's row: a family's deck */
    for (int i = 0; i < 8 && strcmp(app_deck(a)->id, "jeugdbescherming"); i++)
        ui_key(a, SDLK_RIGHT);
    CHECK_STR(app_deck(a)->id, "jeugdbescherming");
    for (int i = 0; i < 4; i++)
        ui_key(a, SDLK_DOWN); /* the people row */
    for (int i = 0; i < 3; i++)
        ui_key(a, SDLK_RIGHT);
    CHECK_INT(app_clients(a), 4);
    layout_rect before[64], after[64];
    size_t n = start_buttons(a, before, 64);
    ui_key(a, SDLK_UP); /* "keep the round" */
    ui_key(a, SDLK_LEFT); /* from "on this computer" round to "Nergens" */
    CHECK(play_no_trace(&a->play));
    CHECK(ui_frame_says(a, "Nergens"));
    CHECK(ui_frame_says(a, "Geen spoor"));
    CHECK_INT(start_buttons(a, after, 64), n);
    for (size_t i = 0; i < n; i++)
        CHECK_MSG(memcmp(&before[i], &after[i], sizeof before[i]) == 0,
                  "button %zu moved from y %d to %d", i, before[i].y,
                  after[i].y);
    layout_rect start, chip[4];
    CHECK(ui_text_box(a, "Beginnen", &start));
    for (int i = 0; i < 4; i++) {
        char label[8];
        snprintf(label, sizeof label, "%d \u00b7", i + 1);
        CHECK(ui_text_box(a, label, &chip[i]));
        CHECK_MSG(chip[i].x >= 0 && chip[i].y >= 0 &&
                      chip[i].x + chip[i].w <= 1024 &&
                      chip[i].y + chip[i].h <= 600,
                  "chip %d leaves the window", i + 1);
        CHECK_MSG(!layout_overlap(chip[i], start), "chip %d lies on "
                  "Beginnen", i + 1);
        char seats[SETTINGS_MAX_SEATS];
        snprintf(seats, sizeof seats, "%s", app_settings(a)->seats);
        ui_tap(a, chip[i]);
        CHECK_MSG(strcmp(seats, app_settings(a)->seats) != 0,
                  "a tap on chip %d changed nothing", i + 1);
    }
    CHECK(start.y + start.h <= 600);
    ui_tap(a, start);
    CHECK(app_playing(a));
    CHECK_INT(app_playing(a) ? (int)app_session(a)->player_count : 0, 5);
    app_close(a);
}

/* Runs ui_open with stderr into a file; what it said comes back in
 * said. */
static app *open_telling(int argc, const char **args, char *said, size_t size)
{
    char path[300];
    snprintf(path, sizeof path, "%s/stderr.txt", home);
    fflush(stderr);
    int saved = dup(2);
    FILE *f = fopen(path, "w+");
    if (f == NULL || saved < 0 || dup2(fileno(f), 2) < 0) {
        if (f)
            fclose(f);
        return NULL;
    }
    app *a = ui_open(argc, args, true);
    fflush(stderr);
    CHECK(dup2(saved, 2) >= 0);
    close(saved);
    rewind(f);
    size_t n = fread(said, 1, size - 1, f);
    said[n] = '\0';
    fclose(f);
    return a;
}

/* Issue #23: --mode family --seats jongere,ouder,ouder without --domain
 * picks a deck that has those roles, whatever deck was remembered; when
 * none has them all, it says which decks have each. */
static void test_seats_pick_their_deck(void)
{
    ui_forget_round();
    const char *plain[] = {"--lang", "nl"};
    app *a = ui_open(2, plain, true);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    char path[APP_PATH_MAX + 32];
    snprintf(path, sizeof path, "%s/settings.txt", a->pref_dir);
    app_close(a);
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (f == NULL)
        return;
    fputs("# alliantiespel-settings/1\ndeck=algemeen\nlanguage=nl\n", f);
    CHECK(fclose(f) == 0);
    const char *args[] = {"--mode", "family", "--seats",
                          "jongere,ouder,ouder"};
    char said[2048];
    a = open_telling(4, args, said, sizeof said);
    CHECK_MSG(a != NULL, "refused: %s", said);
    if (a == NULL)
        return;
    ui_step(a);
    CHECK_STR(app_deck(a)->id, "jeugdbescherming");
    CHECK_STR(app_mode(a)->id, "family");
    CHECK_INT(app_clients(a), 3);
    CHECK(ui_frame_says(a, "1 \u00b7 jongere"));
    app_close(a);
    const char *odd[] = {"--mode", "family", "--seats", "jongere,kat"};
    a = open_telling(4, odd, said, sizeof said);
    CHECK(a == NULL);
    if (a)
        app_close(a);
    CHECK_MSG(strstr(said, "jongere: jeugdbescherming") &&
                  strstr(said, "kat: none"),
              "said: %s", said);
}

/* Whether the pixel left of r's middle, where a focus ring lies, is the
 * ring's gold. */
static bool ringed(app *a, layout_rect r)
{
    SDL_Surface *s = ui_frame(a);
    if (s == NULL)
        return false;
    int x = r.x - 2, y = r.y + r.h / 2;
    uint32_t p = ((const uint32_t *)s->pixels)[y * (s->pitch / 4) + x];
    SDL_FreeSurface(s);
    return ((p >> 16) & 0xff) > 230 && ((p >> 8) & 0xff) > 200 &&
           (p & 0xff) < 160;
}

/* A keyboard alone reaches a family's people: Tab walks from Start past
 * "Kaarten kiezen" to each person's chip, ringed in gold, and the line
 * under the rows says Space changes its role; Space gives that person
 * the next role; Enter still starts. */
static void test_people_by_keys(void)
{
    ui_forget_round();
    const char *args[] = {"--lang", "nl", "--mode", "family", "--seats",
                          "jongere,ouder,ouder"};
    app *a = ui_open(6, args, true);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    ui_step(a);
    layout_start ls;
    layout_start_make(&a->frame, &ls);
    CHECK(!ringed(a, ls.seat[1]));
    ui_key(a, SDLK_TAB); /* "Kaarten kiezen" */
    ui_key(a, SDLK_TAB); /* person 1 */
    ui_key(a, SDLK_TAB); /* person 2 */
    CHECK_MSG(ringed(a, ls.seat[1]), "person 2's chip is not ringed");
    CHECK(!ringed(a, ls.seat[0]));
    CHECK(ui_frame_says(a, "2 \u00b7 ouder"));
    CHECK(ui_frame_says(a, "Met de spatiebalk krijgt deze persoon"));
    ui_key(a, SDLK_SPACE);
    CHECK_MSG(!ui_frame_says(a, "2 \u00b7 ouder"), "Space on person 2 "
              "left the role");
    CHECK_STR(app_settings(a)->seats, "jongere,verzorger,ouder");
    CHECK(!app_playing(a));
    ui_key(a, SDLK_RETURN);
    CHECK(app_playing(a));
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
    app_config config = {true, trace_recorder(), NULL};
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
    test_still_under_the_finger();
    test_seats_pick_their_deck();
    test_people_by_keys();
    test_broken_deck_named();
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", home);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", home);
    return check_report();
}
