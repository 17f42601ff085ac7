/* ui_session_test: whole sessions through the real app loop, headless,
 * driven by pushed SDL events (keys, mouse clicks, finger taps); the
 * result file written by --save is read back and its answers checked;
 * the board's picture is told where it went and its folder opened. */
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "i18n.h"
#include "opener_stub.h"
#include "result.h"
#include "ui_driver.h"

static char home[1024];

/* One card by keyboard, exactly as README documents it. */
static void keyboard_card(app *a, SDL_Keycode client, SDL_Keycode pro,
                          bool mark)
{
    ui_step(a); /* the deal animation ends */
    CHECK_STR(app_scene_name(a->scene), "place");
    ui_key(a, client);
    ui_key(a, SDLK_RETURN);
    CHECK_STR(app_scene_name(a->scene), "handover");
    ui_key(a, SDLK_RETURN);
    CHECK_STR(app_scene_name(a->scene), "place");
    ui_key(a, pro);
    ui_key(a, SDLK_RETURN);
    CHECK_STR(app_scene_name(a->scene), "handover");
    CHECK(session_all_placed(app_session(a)));
    ui_key(a, SDLK_RETURN);
    CHECK_STR(app_scene_name(a->scene), "reveal");
    if (mark)
        ui_key(a, SDLK_b);
    ui_key(a, SDLK_RETURN);
}

/* Where the picture went, told as a person reads it: its folder and name
 * from the home folder on, whole (never a path cut off); beside it a
 * button that opens the folder, by the system's program with the folder
 * as its one argument (here a script of the test's, as xdg-open would
 * be). */
static void check_picture_told(app *a)
{
    const char *status = scene_summary_status(NULL);
    CHECK_MSG(strncmp(status, "Het plaatje is bewaard: "
                              "~/alliantiespel/alliantiespel/board-",
                      60) == 0 &&
                  strstr(status, home) == NULL,
              "told: %s", status);
    layout_rect said, button;
    CHECK(ui_text_box(a, "Het plaatje is bewaard", &said));
    CHECK(ui_text_box(a, "Map openen", &button));
    CHECK(said.x + said.w <= button.x); /* the words never under it */
    char seen[1200], got[1200], want[1200];
    CHECK(opener_stub(home, seen, sizeof seen));
    ui_click(a, button);
    unsetenv("ALLIANTIESPEL_OPEN_WITH");
    opener_seen(seen, got, sizeof got);
    snprintf(want, sizeof want, "1|%s/alliantiespel/alliantiespel/", home);
    CHECK_STR(got, want);
    CHECK(strncmp(scene_summary_status(NULL), "Het plaatje is bewaard", 22) ==
          0); /* opened: the banner still names the picture */
}

static void quick_round(void)
{
    char save[4096];
    snprintf(save, sizeof save, "%s/result.yaml", home);
    unlink(save);
    const char *args[] = {"--domain", "algemeen", "--lang", "nl", "--cards",
                          "quick", "--save", save, "--window", "1024x600"};
    app *a = ui_open(10, args, true); /* traced: the board's words read */
    CHECK(a != NULL);
    if (a == NULL)
        return;
    CHECK_STR(app_scene_name(a->scene), "deal");
    CHECK_INT(app_session(a)->round_count, 5);

    /* card 1: keys; the client takes back once on the hand-over screen.
     * The deal animation starts with the first frame. */
    ui_step(a);
    CHECK_STR(app_scene_name(a->scene), "deal");
    ui_step(a);
    ui_key(a, SDLK_3);
    ui_key(a, SDLK_RETURN);
    CHECK_STR(app_scene_name(a->scene), "handover");
    ui_key(a, SDLK_BACKSPACE);
    CHECK_STR(app_scene_name(a->scene), "place");
    CHECK_INT(scene_place_seat(), 0);
    /* waiting at a card draws nothing: a laptop on battery in a meeting
     * (the loop sleeps in SDL_WaitEventTimeout meanwhile) */
    unsigned long drawn = a->frames_drawn;
    for (int i = 0; i < 100; i++)
        ui_step_ms(a, 16);
    CHECK_INT(a->frames_drawn - drawn, 0);
    CHECK(!app_animating(a));
    ui_key(a, SDLK_4);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_2);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_RETURN);
    CHECK_STR(app_scene_name(a->scene), "reveal");
    /* ... while the tokens turn, every step draws a frame, then none */
    drawn = a->frames_drawn;
    for (int i = 0; i < 5; i++)
        ui_step_ms(a, 16);
    CHECK_INT(a->frames_drawn - drawn, 5);
    ui_step_ms(a, 1000);
    drawn = a->frames_drawn;
    for (int i = 0; i < 50; i++)
        ui_step_ms(a, 16);
    CHECK_INT(a->frames_drawn - drawn, 0);
    CHECK_INT(session_visible_answer(app_session(a), 0, 0), 3);
    CHECK_INT(session_visible_answer(app_session(a), 0, 1), 1);
    /* a redraw of an unchanged screen renders no text again */
    app_draw(a);
    size_t renders = text_cache_renders(a->platform->text);
    app_draw(a);
    app_draw(a);
    CHECK_INT(text_cache_renders(a->platform->text), renders);
    ui_key(a, SDLK_RETURN);

    /* card 2: the mouse; any click during the deal only skips it */
    CHECK_STR(app_scene_name(a->scene), "deal");
    layout_place lp;
    layout_place_make(&a->frame, 5, &lp);
    ui_click(a, lp.token[4]);
    CHECK_STR(app_scene_name(a->scene), "place");
    CHECK_INT(scene_place_chosen(), -1);
    ui_click(a, lp.token[4]);
    ui_click(a, lp.place);
    layout_handover lh;
    layout_handover_make(&a->frame, 2, &lh);
    ui_click(a, lh.go);
    ui_click(a, lp.token[4]);
    ui_click(a, lp.place);
    ui_click(a, lh.go);
    CHECK_STR(app_scene_name(a->scene), "reveal");
    layout_reveal lr;
    layout_reveal_make(&a->frame, 2, &lr);
    ui_click(a, lr.mark);
    ui_click(a, lr.next);

    /* card 3: finger taps */
    ui_step(a);
    ui_tap(a, lp.token[0]);
    ui_tap(a, lp.place);
    ui_tap(a, lh.go);
    ui_tap(a, lp.token[2]);
    ui_tap(a, lp.place);
    ui_tap(a, lh.go);
    CHECK_STR(app_scene_name(a->scene), "reveal");
    ui_tap(a, lr.next);

    /* card 4: skipped with S */
    ui_step(a);
    ui_key(a, SDLK_s);
    CHECK_STR(app_scene_name(a->scene), "deal");

    /* card 5: keyboard, marked */
    keyboard_card(a, SDLK_1, SDLK_4, true);
    CHECK_STR(app_scene_name(a->scene), "summary");
    ui_step(a);

    /* the result file */
    struct stat st;
    CHECK(stat(save, &st) == 0);
    CHECK_INT(st.st_mode & 0777, 0600);
    deck d;
    session s;
    error_list errors;
    error_list_init(&errors);
    bool ok = result_read(save, &d, &s, &errors);
    CHECK(ok);
    if (!ok)
        error_print(&errors, stderr);
    if (ok) {
        CHECK_INT(s.round_count, 5);
        CHECK_INT(s.player_count, 2);
        CHECK_INT(s.players[0], DECK_ROLE_CLIENT);
        CHECK_INT(s.players[1], DECK_ROLE_PROFESSIONAL);
        const int want[5][2] = {{3, 1}, {4, 4}, {0, 2}, {-1, -1}, {0, 3}};
        for (int r = 0; r < 5; r++) {
            CHECK_INT(s.rounds[r].answer[0], want[r][0]);
            CHECK_INT(s.rounds[r].answer[1], want[r][1]);
        }
        CHECK_INT(s.rounds[3].state, SESSION_CARD_SKIPPED);
        CHECK_INT(s.rounds[0].state, SESSION_CARD_REVEALED);
        CHECK(!s.rounds[0].marked);
        CHECK(s.rounds[1].marked);
        CHECK(s.rounds[4].marked);
        session_free(&s);
        deck_free(&d);
    }
    error_list_free(&errors);

    /* the board stored the answers by itself, and saves itself as a picture */
    CHECK(strstr(scene_summary_status(NULL), "/result-") != NULL);
    {
        /* the user's home here, as the picture is told from it on */
        char real_home[1024] = "";
        if (getenv("HOME") != NULL)
            snprintf(real_home, sizeof real_home, "%s", getenv("HOME"));
        CHECK(setenv("HOME", home, 1) == 0);
        ui_key(a, SDLK_p);
        CHECK(setenv("HOME", real_home, 1) == 0);
    }
    check_picture_told(a);
    {
        /* the picture is a PNG that only its owner can read */
        char board[1400] = "";
        const char *told = strchr(scene_summary_status(NULL), '~');
        if (told != NULL)
            snprintf(board, sizeof board, "%s%s", home, told + 1);
        struct stat picture;
        unsigned char magic[8] = {0};
        FILE *f = board[0] ? fopen(board, "rb") : NULL;
        CHECK(f != NULL);
        if (f) {
            CHECK(fread(magic, 1, sizeof magic, f) == sizeof magic);
            fclose(f);
        }
        CHECK(memcmp(magic, "\x89PNG\r\n\x1a\n", 8) == 0);
        CHECK(stat(board, &picture) == 0 && (picture.st_mode & 077) == 0);
    }

    /* the game is over: quitting asks nothing */
    ui_key(a, SDLK_ESCAPE);
    CHECK_INT(a->menu, APP_MENU_OPEN);
    ui_push_key(SDLK_4);
    CHECK(!ui_step(a));
    app_close(a);
}

/* The start screen: two people on the client side, remembered. */
static void family_round(void)
{
    char settings_path[1200];
    snprintf(settings_path, sizeof settings_path,
             "%s/alliantiespel/alliantiespel/settings.txt", home);
    unlink(settings_path);
    const char *args[] = {"--window", "1024x600"};
    app *a = ui_open(2, args, false);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    CHECK_STR(app_scene_name(a->scene), "start");
    ui_step(a);
    CHECK_STR(i18n_language(), "nl");
    /* focus starts on the start button; up four times is the language:
     * the screen's own words follow the deck's language */
    ui_key(a, SDLK_UP);
    ui_key(a, SDLK_UP);
    ui_key(a, SDLK_UP);
    ui_key(a, SDLK_UP);
    ui_key(a, SDLK_RIGHT);
    /* first Dutch with the client side reading English, then English */
    CHECK_STR(play_seat_lang(&a->play), "client=en");
    CHECK_STR(i18n_language(), "nl");
    ui_key(a, SDLK_RIGHT);
    CHECK_STR(play_seat_lang(&a->play), "");
    CHECK_STR(i18n_language(), "en");
    CHECK_STR(_("Start"), "Start");
    ui_key(a, SDLK_LEFT);
    ui_key(a, SDLK_LEFT);
    CHECK_STR(i18n_language(), "nl");
    CHECK_STR(play_seat_lang(&a->play), "");
    CHECK_STR(_("Start"), "Beginnen");
    /* three down is the people row */
    ui_key(a, SDLK_DOWN);
    ui_key(a, SDLK_DOWN);
    ui_key(a, SDLK_DOWN);
    ui_key(a, SDLK_RIGHT);
    CHECK_INT(app_settings(a)->clients, 2);
    ui_key(a, SDLK_RETURN);
    CHECK_STR(app_scene_name(a->scene), "deal");
    CHECK_INT(app_session(a)->player_count, 3);
    ui_step(a);
    ui_key(a, SDLK_5);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_RETURN);
    CHECK_INT(scene_place_seat(), 1);
    ui_key(a, SDLK_2);
    ui_key(a, SDLK_RETURN);
    CHECK(!session_all_placed(app_session(a)));
    ui_key(a, SDLK_RETURN);
    CHECK_INT(scene_place_seat(), 2);
    ui_key(a, SDLK_3);
    ui_key(a, SDLK_RETURN);
    CHECK(session_all_placed(app_session(a)));
    ui_key(a, SDLK_RETURN);
    CHECK_STR(app_scene_name(a->scene), "reveal");
    CHECK_INT(session_visible_answer(app_session(a), 0, 0), 4);
    CHECK_INT(session_visible_answer(app_session(a), 0, 1), 1);
    CHECK_INT(session_visible_answer(app_session(a), 0, 2), 2);
    /* quitting mid-session asks first; "keep playing" keeps playing */
    ui_key(a, SDLK_ESCAPE);
    ui_key(a, SDLK_4);
    CHECK(app_asking(a, "quit"));
    ui_key(a, SDLK_1);
    CHECK_INT(a->menu, APP_MENU_CLOSED);
    CHECK_STR(app_scene_name(a->scene), "reveal");
    /* back to the start, confirmed */
    ui_key(a, SDLK_ESCAPE);
    ui_key(a, SDLK_3);
    CHECK(app_asking(a, "start"));
    ui_key(a, SDLK_2);
    CHECK_STR(app_scene_name(a->scene), "start");
    CHECK(!app_playing(a));
    app_close(a);

    /* the choice was remembered, in a file only the owner can read */
    char path[4096];
    snprintf(path, sizeof path, "%s/alliantiespel/alliantiespel/settings.txt",
             home);
    struct stat st;
    CHECK(stat(path, &st) == 0);
    CHECK_INT(st.st_mode & 0777, 0600);
    a = ui_open(2, args, false);
    CHECK(a != NULL);
    if (a) {
        CHECK_INT(app_settings(a)->clients, 2);
        app_close(a);
    }
    /* a corrupt settings file gives the defaults */
    FILE *f = fopen(path, "w");
    if (f) {
        fputs("# alliantiespel-settings/1\nclients=99\ncards=\xff\xfe\n", f);
        fclose(f);
    }
    a = ui_open(2, args, false);
    CHECK(a != NULL);
    if (a) {
        CHECK_INT(app_settings(a)->clients, 1);
        app_close(a);
    }
}

/* A double tap, or the next person's tap where the screen before had its
 * main button, never skips a card with answers; skipping one asks. */
static void skip_asks(void)
{
    const char *args[] = {"--domain", "algemeen", "--lang", "nl", "--cards",
                          "quick", "--no-trace", "--window", "1024x600"};
    app *a = ui_open(9, args, true);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    ui_step(a);
    ui_step(a);
    layout_place lp;
    layout_place_make(&a->frame, 5, &lp);
    ui_tap(a, lp.token[3]);
    ui_tap(a, lp.place);
    CHECK_STR(app_scene_name(a->scene), "handover");
    ui_tap(a, lp.place); /* the same spot again */
    CHECK_STR(app_scene_name(a->scene), "place");
    CHECK_INT(app_session(a)->current, 0);
    CHECK_INT(app_session(a)->rounds[0].answer[0], 3);
    /* the professional's place screen: skip would drop the client's
     * token, so it asks, and keeping the card keeps it */
    ui_tap(a, lp.skip);
    CHECK(app_asking(a, "skip"));
    CHECK(ui_frame_says(a, "Kaart overslaan?"));
    layout_menu m;
    layout_menu_make(&a->frame, &m);
    ui_tap(a, m.item[2]);
    CHECK_INT(a->menu, APP_MENU_CLOSED);
    CHECK_INT(app_session(a)->rounds[0].state, SESSION_CARD_OPEN);
    CHECK_INT(app_session(a)->rounds[0].answer[0], 3);
    ui_key(a, SDLK_s);
    CHECK(app_asking(a, "skip"));
    ui_tap(a, m.item[3]);
    CHECK_INT(app_session(a)->rounds[0].state, SESSION_CARD_SKIPPED);
    CHECK_INT(app_session(a)->current, 1);
    app_close(a);
}

/* Errors: one clear sentence and a non-zero exit code. */
static void failures(void)
{
    const char *bad_domain[] = {"--domain", "no-such-deck"};
    CHECK(ui_open(2, bad_domain, false) == NULL);
    const char *bad_lang[] = {"--domain", "algemeen", "--lang", "xx"};
    CHECK(ui_open(4, bad_lang, false) == NULL);
    cli_options options;
    memset(&options, 0, sizeof options);
    app_config config = {true, NULL, NULL};
    int code = 0;
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/no-data-here", home);
    mkdir(dir, 0700);
    CHECK(app_open(&options, dir, &config, &code) == NULL);
    CHECK(code != 0);

    /* an icon that is not an SVG file */
    char sub[4200], file[4300];
    snprintf(sub, sizeof sub, "%s/decks", dir);
    mkdir(sub, 0700);
    snprintf(file, sizeof file, "%s/algemeen.yaml", sub);
    unlink(file);
    CHECK(symlink(TEST_SOURCE_DIR "/decks/algemeen.yaml", file) == 0);
    snprintf(sub, sizeof sub, "%s/assets", dir);
    mkdir(sub, 0700);
    snprintf(sub, sizeof sub, "%s/assets/icons", dir);
    mkdir(sub, 0700);
    snprintf(file, sizeof file, "%s/logo.svg", sub);
    FILE *f = fopen(file, "w");
    if (f) {
        fputs("this is not a picture", f);
        fclose(f);
    }
    code = 0;
    CHECK(app_open(&options, dir, &config, &code) == NULL);
    CHECK(code != 0);
}

int main(void)
{
    /* A fresh folder per run: this binary also runs as
     * ui_session_test_fontconfig, at the same time under ctest -j, and
     * each run deletes the files it expects to write. */
    if (!ui_env_private(home, sizeof home, "session"))
        return 1;
    quick_round();
    family_round();
    skip_asks();
    failures();
    CHECK(ui_remove_tree(home));
    return check_report();
}
