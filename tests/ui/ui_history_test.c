/* Over time and privacy, headless, as a professional meeting the same
 * client again would: two rounds of pair K17 (one card kept "alleen voor
 * het gesprek"), stored under the pair's code with that card's answers in
 * no stored byte; the code typed on the start screen; the history screen
 * from the board; everything of the pair deleted from it after asking;
 * and a no-trace round that leaves the disk as it was. */
#include <dirent.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "forget.h"
#include "history.h"
#include "ui_driver.h"

static char home[1024];
static char folder[1200];

/* One whole quick round: every card 4 and 2, the card at keep_out kept
 * only for the talk (-1: none). */
static void play_round(app *a, int keep_out)
{
    size_t cards = app_session(a)->round_count;
    for (size_t c = app_session(a)->current; c < cards; c++) {
        ui_key(a, SDLK_RETURN);
        ui_answer_card(a, SDLK_4, SDLK_2);
        if ((int)c == keep_out) {
            ui_key(a, SDLK_a);
            CHECK(app_session(a)->rounds[c].kept_out);
            CHECK(ui_frame_says(a, "niet bewaard"));
        }
        ui_key(a, SDLK_RETURN);
    }
    CHECK_STR(app_scene_name(a->scene), "summary");
}

static size_t files_of(const char *prefix)
{
    size_t n = 0;
    DIR *d = opendir(folder);
    if (!d)
        return 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        n += strncmp(e->d_name, prefix, strlen(prefix)) == 0;
    closedir(d);
    return n;
}

/* The stored file of pair K17 holding card id, as text. */
static char *stored_text(void)
{
    DIR *d = opendir(folder);
    char *text = NULL;
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL && text == NULL) {
        if (strncmp(e->d_name, "result-K17-", 11) != 0)
            continue;
        char path[2400];
        snprintf(path, sizeof path, "%s/%s", folder, e->d_name);
        FILE *f = fopen(path, "r");
        if (f && fseek(f, 0, SEEK_END) == 0)
            text = check_slurp(f);
        if (f)
            fclose(f);
    }
    if (d)
        closedir(d);
    return text;
}

static void test_pair_rounds(void)
{
    const char *args[] = {"--pair", "K17", "--domain", "reclassering",
                          "--lang", "nl", "--cards", "quick"};
    app *a = ui_open(8, args, true);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    ui_step(a);
    CHECK_STR(app_session(a)->pair, "K17");
    play_round(a, 1);
    ui_step(a);
    CHECK(ui_frame_says(a, "1 alleen voor het gesprek"));
    /* 4 and 2 on every card: the board says the distance once a row */
    CHECK_INT(ui_frame_most_in_one(a, "uit elkaar"), 1);
    app_close(a);
    CHECK_INT(files_of("result-K17-"), 1);
    /* the kept-out card: in the file only as kept out, no answers */
    char *text = stored_text();
    CHECK(text != NULL);
    if (text) {
        const char *kept = strstr(text, "state: kept-out");
        CHECK(kept != NULL);
        const char *next_card = kept ? strstr(kept, "\n- id:") : NULL;
        const char *answers = kept ? strstr(kept, "answers:") : NULL;
        CHECK(answers == NULL || (next_card && answers > next_card));
        free(text);
    }
    /* the history in English names the Dutch round's deck in English: no
     * line mixes two languages */
    {
        const char *en[] = {"--lang", "en"};
        app *e = ui_open(2, en, true);
        CHECK(e != NULL);
        if (e != NULL) {
            ui_step(e);
            scene_history_open(e, "K17"); /* as T does with a code chosen */
            ui_step(e);
            CHECK_STR(app_scene_name(e->scene), "history");
            CHECK(ui_frame_says(e, "Probation"));
            CHECK(!ui_frame_says(e, "Reclassering"));
            app_close(e);
        }
    }

    /* the second round: the code typed on the start screen, in small
     * letters; the round joins the same pair */
    const char *start[] = {"--lang", "nl"};
    a = ui_open(2, start, true);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    ui_step(a);
    for (int i = 0; i < 5; i++)
        ui_key(a, SDLK_UP); /* the deck's row: the same deck as last time */
    for (int i = 0; i < 6 && strcmp(app_deck(a)->id, "reclassering") != 0; i++)
        ui_key(a, SDLK_RIGHT);
    ui_key(a, SDLK_DOWN);
    ui_key(a, SDLK_DOWN);
    ui_key(a, SDLK_DOWN); /* down to "keep the round" */
    ui_type(a, "k17");
    CHECK_STR(play_pair(&a->play), "K17");
    CHECK(ui_frame_says(a, "Bij koppel K17"));
    ui_key(a, SDLK_RETURN);
    CHECK(app_playing(a));
    CHECK_STR(app_session(a)->pair, "K17");
    /* replay: last time's tokens of the same card (4 and 2), and none for
     * the card that was only for the talk */
    CHECK(app_previous(a) != NULL);
    CHECK_INT(app_previous_answer(a, 0, DECK_ROLE_CLIENT), 3);
    CHECK_INT(app_previous_answer(a, 0, DECK_ROLE_PROFESSIONAL), 1);
    CHECK_INT(app_previous_answer(a, 1, DECK_ROLE_CLIENT), SESSION_NO_ANSWER);
    ui_key(a, SDLK_RETURN);
    ui_answer_card(a, SDLK_4, SDLK_2);
    ui_step_ms(a, 1000);
    CHECK(ui_frame_says(a, "vorige keer"));
    ui_key(a, SDLK_RETURN);
    play_round(a, -1);
    CHECK_INT(files_of("result-K17-"), 2);
    /* the history from the board, by a tap on its button: both rounds,
     * by the pair's code */
    layout_rect timeline = {0, 0, 0, 0};
    CHECK(ui_text_box(a, "Verloop", &timeline));
    ui_tap(a, timeline);
    CHECK_STR(app_scene_name(a->scene), "history");
    CHECK_INT(scene_history_rounds(), 2);
    CHECK(ui_frame_says(a, "Koppel K17"));
    CHECK(ui_frame_says(a, "Tot nu toe") == false);
    /* back goes where the history was opened from: the board */
    ui_key(a, SDLK_BACKSPACE);
    CHECK_STR(app_scene_name(a->scene), "summary");
    ui_tap(a, timeline);
    CHECK_STR(app_scene_name(a->scene), "history");
    /* the menu's "back to the start" warns of nothing: all is stored */
    ui_key(a, SDLK_ESCAPE);
    ui_key(a, SDLK_3);
    CHECK_INT(a->menu, APP_MENU_CLOSED);
    CHECK(!ui_frame_says(a, "niet bewaard"));
    CHECK_STR(app_scene_name(a->scene), "start");
    ui_key(a, SDLK_t); /* the code is still chosen: its history again */
    CHECK_STR(app_scene_name(a->scene), "history");
    /* ... and back from it to the start, where it was opened */
    ui_key(a, SDLK_BACKSPACE);
    CHECK_STR(app_scene_name(a->scene), "start");
    ui_key(a, SDLK_t);
    CHECK_STR(app_scene_name(a->scene), "history");
    /* opened from the start screen, no round in play: nothing to warn of */
    ui_key(a, SDLK_ESCAPE);
    ui_key(a, SDLK_3);
    CHECK_INT(a->menu, APP_MENU_CLOSED);
    CHECK_STR(app_scene_name(a->scene), "start");
    ui_key(a, SDLK_t);
    CHECK_STR(app_scene_name(a->scene), "history");
    /* W asks; 1 keeps everything */
    ui_key(a, SDLK_w);
    CHECK(app_asking(a, "forget"));
    ui_key(a, SDLK_1);
    CHECK_INT(files_of("result-K17-"), 2);
    /* a keyboard alone reaches the delete button: Tab past Back, and
     * Enter presses it (it asks) instead of going back */
    ui_key(a, SDLK_TAB);
    ui_key(a, SDLK_TAB);
    ui_key(a, SDLK_RETURN);
    CHECK_STR(app_scene_name(a->scene), "history");
    CHECK(app_asking(a, "forget"));
    ui_key(a, SDLK_1);
    CHECK_INT(files_of("result-K17-"), 2);
    /* 2 deletes every file of the pair, and says so */
    ui_key(a, SDLK_w);
    ui_key(a, SDLK_2);
    CHECK_STR(app_scene_name(a->scene), "start");
    CHECK(ui_frame_says(a, "Alles van koppel K17 is gewist"));
    CHECK_INT(files_of("result-K17-"), 0);
    CHECK_INT(forget_count(folder, "K17"), 0);
    app_close(a);
}

/* Both answer option good; then on. */
static void answer_good(app *a, int good)
{
    ui_answer_card(a, SDLK_1 + good, SDLK_1 + good);
    ui_key(a, SDLK_RETURN);
}

/* The history's charts after a round with every answer at its theme's
 * good end: each chart says "goed" at its good end (the top) and has both
 * sides' points there. */
static void check_good_on_top(app *a)
{
    ui_key(a, SDLK_t);
    CHECK_STR(app_scene_name(a->scene), "history");
    CHECK(ui_frame_says(a, "Stroefheid"));
    layout_history l;
    layout_history_make(&a->frame, LAYOUT_MAX_CHARTS, &l);
    app_draw(a);
    for (size_t i = 0; i < l.chart_count; i++) {
        const layout_history_chart *k = &l.chart[i];
        CHECK_MSG(ui_frame_says_in(a, "goed", k->good), "chart %zu: no 'goed'",
                  i);
        CHECK_MSG(k->good.y <= k->span.y && k->good.y + k->good.h >= k->span.y &&
                      k->good.x + k->good.w <= k->plot.x,
                  "chart %zu says 'goed' away from its good end", i);
        /* the points' centres on the good end's line, none under it */
        int line = k->span.y + 1 - k->box.y;
        size_t top = ui_markers_in(a, (layout_rect){k->box.x, k->box.y,
                                                    k->box.w, line});
        size_t other = ui_markers_in(a, (layout_rect){k->box.x,
                                                      k->box.y + line, k->box.w,
                                                      k->box.h - line});
        CHECK_MSG(top == 2 && other == 0,
                  "chart %zu: %zu of 2 answers at the good end not on top", i,
                  other);
    }
}

/* One direction on every chart: a pair's round with both answers at the
 * good end of every card's theme (5, and 1 on stroefheid) puts both
 * sides' points at the top of every chart, stroefheid's too, beside the
 * word "goed"; a chart turned the wrong way shows up here. */
static void test_good_on_top(void)
{
    const char *args[] = {"--pair", "G25", "--domain", "reclassering",
                          "--lang", "nl", "--cards", "quick",
                          "--window", "1024x600"};
    app *a = ui_start(10, args);
    CHECK(a != NULL);
    if (a) {
        ui_play_good_round(a, answer_good);
        /* two people: "allebei" */
        CHECK(ui_frame_says(a, "Dit gaat voor jullie allebei goed."));
        check_good_on_top(a);
        app_close(a);
    }
}

/* No trace: a whole round, and the user's folder is not even made. */
static void test_no_trace(void)
{
    char fresh[1100];
    snprintf(fresh, sizeof fresh, "%s/no-trace-home", home);
    CHECK(mkdir(fresh, 0700) == 0);
    setenv("XDG_DATA_HOME", fresh, 1);
    const char *args[] = {"--no-trace", "--domain", "algemeen", "--lang", "nl",
                          "--cards", "quick"};
    app *a = ui_open(7, args, true);
    CHECK(a != NULL);
    if (a) {
        ui_step(a);
        CHECK(ui_frame_says(a, "Geen spoor"));
        play_round(a, -1);
        ui_key(a, SDLK_p); /* not even a picture */
        CHECK(ui_frame_says(a, "ook geen plaatje"));
        app_close(a);
    }
    DIR *d = opendir(fresh);
    size_t entries = 0;
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL)
        entries += e->d_name[0] != '.';
    if (d)
        closedir(d);
    CHECK_INT(entries, 0);
    setenv("XDG_DATA_HOME", home, 1);
}

/* A code of digits alone typed with the keyboard on the start screen's
 * row: Enter does not start a round that then fails in English; the
 * code's keys open and say, in the screen's language, what it needs. */
static void test_digits_code(void)
{
    const char *start[] = {"--lang", "nl"};
    app *a = ui_open(2, start, true);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    ui_step(a);
    /* down to "keep the round", whose hint asks for a code */
    for (int i = 0; i < 8 && !ui_frame_says(a, "Typ een code"); i++)
        ui_key(a, SDLK_DOWN);
    ui_type(a, "17");
    CHECK_STR(play_pair(&a->play), "17");
    ui_key(a, SDLK_RETURN);
    CHECK(!app_playing(a));
    CHECK_STR(app_scene_name(a->scene), "start");
    CHECK(scene_code_is_open());
    CHECK(ui_frame_says(a, "Zet er minstens \u00e9\u00e9n letter in"));
    CHECK(!ui_frame_says(a, "cannot start"));
    app_close(a);
    scene_code_close();
}

int main(int argc, char **argv)
{
    if (!ui_env_private(home, sizeof home, "history"))
        return 1;
    snprintf(folder, sizeof folder, "%s/alliantiespel/alliantiespel", home);
    /* "no-trace": that round alone, for the system-call test */
    if (argc < 2 || strcmp(argv[1], "no-trace") != 0) {
        test_pair_rounds();
        test_good_on_top();
        test_digits_code();
    }
    test_no_trace();
    if (check_failed == 0)
        ui_remove_tree(home);
    return check_report();
}
