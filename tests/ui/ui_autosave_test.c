/* Autosave: a round cut short (the program closed without stopping, as in
 * a crash or an empty battery) is offered back at the next start and goes
 * on where it was, hidden tokens still hidden; stopping a round or
 * finishing it leaves nothing behind; a damaged file is refused calmly. */
#include <dirent.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include "check.h"
#include "ui_driver.h"
#include "autosave.h"
#include "result.h"

static char home[] = "/tmp/alliantiespel-autosave-XXXXXX";
static char saved[600];

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

    a = ui_reopen(0, NULL, SDLK_1); /* go on with it */
    CHECK(a != NULL);
    if (!a)
        return;
    CHECK_INT(a->menu, APP_MENU_CLOSED);
    CHECK(app_playing(a));
    /* Back on the hand-over screen: the client's token stays hidden. */
    CHECK_INT(a->scene, APP_SCENE_HANDOVER);
    CHECK_INT(app_session(a)->current, 0);
    CHECK_INT(app_session(a)->rounds[0].answer[0], 3);
    CHECK_INT(session_next_to_place(app_session(a)), 1);
    CHECK_STR(app_deck(a)->id, "algemeen");
    ui_key(a, SDLK_RETURN); /* hand-over */
    ui_key(a, SDLK_2);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_RETURN); /* turn */
    CHECK_INT(a->scene, APP_SCENE_REVEAL);
    CHECK_INT(app_session(a)->rounds[0].answer[1], 1);

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
    CHECK(!file_exists(saved)); /* finished: stored as a result instead */
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
    a = ui_reopen(0, NULL, SDLK_2); /* throw it away */
    CHECK(a != NULL);
    if (!a)
        return;
    CHECK(!file_exists(saved));
    CHECK(!app_playing(a));
    app_close(a);
}

/* The user's folder, and one file in it by the start of its name. */
static char folder[400];

static int count_files(const char *prefix, char *first, size_t size)
{
    DIR *d = opendir(folder);
    if (!d)
        return -1;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (strncmp(e->d_name, prefix, strlen(prefix)) == 0) {
            if (n++ == 0 && first)
                snprintf(first, size, "%s/%s", folder, e->d_name);
        }
    closedir(d);
    return n;
}

static void remove_files(const char *prefix)
{
    char path[1024];
    while (count_files(prefix, path, sizeof path) > 0)
        unlink(path);
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    static char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    char *copy = malloc(n + 1);
    if (copy)
        memcpy(copy, buf, n + 1);
    return copy;
}

static const char *one_card[] = { "--domain", "algemeen", "--cards", "richting-waarom" };

/* Plays the one card up to its turned face. */
static app *turned_one_card(void)
{
    app *a = ui_open(4, one_card, false);
    if (!a)
        return NULL;
    ui_step(a);
    ui_key(a, SDLK_RETURN); /* the deal */
    ui_answer_card(a, SDLK_4, SDLK_2);
    return a;
}

/* The board stores the round by itself: quitting, a new round or closing
 * the window loses nothing. */
static void test_board_stores_the_round(void)
{
    remove_files("result-");
    app *a = turned_one_card();
    CHECK(a != NULL);
    if (!a)
        return;
    CHECK_INT(a->scene, APP_SCENE_REVEAL);
    ui_key(a, SDLK_RETURN); /* to the board */
    CHECK_INT(a->scene, APP_SCENE_SUMMARY);
    char stored[1024] = "";
    CHECK_INT(count_files("result-", stored, sizeof stored), 1);
    CHECK(!file_exists(saved));
    struct stat st;
    CHECK(stat(stored, &st) == 0 && (st.st_mode & 0777) == 0600);
    CHECK(strstr(scene_summary_status(NULL), stored) != NULL); /* the banner says where */
    deck d;
    session s;
    error_list errors;
    error_list_init(&errors);
    CHECK(result_read(stored, &d, &s, &errors));
    if (error_list_empty(&errors)) {
        CHECK(session_finished(&s));
        CHECK_INT(s.rounds[0].answer[0], 3);
        session_free(&s);
        deck_free(&d);
    }
    error_list_free(&errors);
    ui_key(a, SDLK_n); /* a new round: nothing asked, nothing lost */
    CHECK_INT(a->scene, APP_SCENE_START);
    CHECK_INT(a->menu, APP_MENU_CLOSED);
    CHECK_INT(count_files("result-", NULL, 0), 1);
    app_close(a);

    /* Throwing the answers away on the board asks, then deletes them. */
    a = turned_one_card();
    if (!a)
        return;
    ui_key(a, SDLK_RETURN);
    CHECK_INT(count_files("result-", NULL, 0), 2);
    ui_key(a, SDLK_w);
    CHECK(app_asking(a, "discard"));
    ui_key(a, SDLK_1); /* keep them */
    CHECK_INT(count_files("result-", NULL, 0), 2);
    ui_key(a, SDLK_w);
    ui_key(a, SDLK_2); /* throw them away */
    CHECK_INT(count_files("result-", NULL, 0), 1);
    CHECK_INT(a->scene, APP_SCENE_START);
    app_close(a);
    remove_files("result-");
}

/* A crash while the last card lies turned: picked up on that card, its
 * talk prompt and mark still usable, then on to the board. */
static void test_crash_on_the_last_card(void)
{
    app *a = turned_one_card();
    if (!a)
        return;
    CHECK_INT(a->scene, APP_SCENE_REVEAL);
    app_close(a); /* the crash */
    a = ui_open(0, NULL, false);
    if (!a)
        return;
    ui_step(a);
    CHECK(app_asking(a, "resume"));
    CHECK(strstr(a->menu_question, "1") != NULL); /* how far it got */
    ui_key(a, SDLK_1);
    CHECK_INT(a->scene, APP_SCENE_REVEAL);
    CHECK(app_playing(a) && !session_finished(app_session(a)));
    CHECK_INT(app_session(a)->current, 0);
    ui_key(a, SDLK_b); /* the mark still works */
    CHECK(app_session(a)->rounds[0].marked);
    ui_key(a, SDLK_RETURN);
    CHECK_INT(a->scene, APP_SCENE_SUMMARY);
    CHECK_INT(count_files("result-", NULL, 0), 1);
    CHECK(!file_exists(saved));
    app_close(a);
    remove_files("result-");
}

/* A full disk on the way to the board: the lasting notice, play goes on,
 * the round in progress is kept, and the next move stores it. */
static void test_full_disk_on_the_board(void)
{
    app *a = turned_one_card();
    if (!a)
        return;
    struct rlimit old, tiny = { 16, 16 };
    CHECK(getrlimit(RLIMIT_FSIZE, &old) == 0);
    tiny.rlim_max = old.rlim_max;
    signal(SIGXFSZ, SIG_IGN);
    CHECK(setrlimit(RLIMIT_FSIZE, &tiny) == 0);
    ui_key(a, SDLK_RETURN); /* to the board: nothing can be written */
    CHECK_INT(a->scene, APP_SCENE_SUMMARY);
    CHECK(a->autosave.notice[0] != '\0');
    CHECK(file_exists(saved)); /* the turned card is still kept */
    CHECK_INT(count_files("result-", NULL, 0), 0);
    ui_key(a, SDLK_p); /* a picture on a full disk: not "saved" */
    {
        bool failed = false;
        scene_summary_status(&failed);
        CHECK(failed);
    }
    CHECK_INT(count_files("board-", NULL, 0), 0);
    CHECK(setrlimit(RLIMIT_FSIZE, &old) == 0);
    ui_key(a, SDLK_p); /* room again: this move stores the round */
    CHECK_INT(count_files("result-", NULL, 0), 1);
    CHECK(a->autosave.notice[0] == '\0');
    CHECK(!file_exists(saved));
    CHECK_INT(count_files("board-", NULL, 0), 1);
    app_close(a);
    remove_files("result-");
    remove_files("board-");
}

/* Starting with options while a round waits asks first and never writes
 * over the waiting round's answers. */
static void test_options_after_a_crash(void)
{
    const char *args[] = { "--domain", "algemeen", "--cards", "quick" };
    app *a = ui_open(4, args, false);
    if (!a)
        return;
    ui_step(a);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_5);
    ui_key(a, SDLK_RETURN);
    app_close(a); /* the crash */
    char *before = slurp(saved);
    CHECK(before != NULL);
    const char *other[] = { "--domain", "schuldhulpverlening", "--cards", "quick" };
    a = ui_open(4, other, false);
    if (!a) {
        free(before);
        return;
    }
    ui_step(a);
    CHECK(app_asking(a, "resume"));
    CHECK(!app_playing(a));
    char *after = slurp(saved);
    CHECK(before && after && strcmp(before, after) == 0);
    free(after);
    ui_key(a, SDLK_ESCAPE); /* decide later: it keeps waiting */
    CHECK(file_exists(saved));
    ui_key(a, SDLK_RETURN); /* start from the start screen: asks again */
    CHECK(app_asking(a, "resume"));
    ui_key(a, SDLK_1); /* go on with the waiting round */
    CHECK(app_playing(a));
    CHECK_STR(app_deck(a)->id, "algemeen");
    CHECK_INT(app_session(a)->rounds[0].answer[0], 4);
    app_close(a);
    free(before);

    a = ui_open(4, other, false);
    if (!a)
        return;
    ui_step(a);
    ui_key(a, SDLK_2); /* throw it away: the asked round starts */
    CHECK(app_playing(a));
    CHECK_STR(app_deck(a)->id, "schuldhulpverlening");
    ui_key(a, SDLK_ESCAPE);
    ui_key(a, SDLK_3);
    ui_key(a, SDLK_2); /* stop this round */
    app_close(a);
}

/* A file that cannot be picked up is set aside under a new name and the
 * start screen says where; a crash's temporary files are cleaned up. */
static void test_damaged_file(void)
{
    FILE *f = fopen(saved, "w");
    CHECK(f != NULL);
    if (!f)
        return;
    fputs("format: alliantiespel-result/1\ncards: [\n", f);
    fclose(f);
    char tmp[700];
    snprintf(tmp, sizeof tmp, "%s.tmp-Ab12Cd", saved);
    f = fopen(tmp, "w");
    if (f) {
        fputs("format: alliant", f);
        fclose(f);
    }
    app *a = ui_open(0, NULL, false);
    if (!a)
        return;
    ui_step(a);
    CHECK_INT(a->menu, APP_MENU_CLOSED); /* nothing to go on with */
    CHECK(!app_playing(a));
    CHECK_INT(a->scene, APP_SCENE_START);
    CHECK(!file_exists(saved));
    CHECK(!file_exists(tmp));
    char aside[1024] = "";
    CHECK_INT(count_files("round-not-picked-up", aside, sizeof aside), 1);
    CHECK(aside[0] && strstr(a->message, aside) != NULL);
    char *kept = slurp(aside);
    CHECK(kept && strstr(kept, "cards: [") != NULL);
    free(kept);
    app_close(a);
    remove_files("round-not-picked-up");
}

/* A shutdown or logout mid-round ends the game at once and keeps the
 * round; no dialog waits for somebody who is not there. */
static void test_sigterm_keeps_the_round(void)
{
    const char *args[] = { "--domain", "algemeen", "--cards", "quick" };
    app *a = ui_open(4, args, false);
    if (!a)
        return;
    ui_step(a);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_3);
    ui_key(a, SDLK_RETURN);
    CHECK(file_exists(saved));
    CHECK(kill(getpid(), SIGTERM) == 0);
    bool running = true;
    for (int i = 0; i < 50 && running; i++) {
        SDL_Delay(10);
        running = ui_step(a);
    }
    CHECK(!running);
    CHECK_INT(a->menu, APP_MENU_CLOSED);
    app_close(a);
    CHECK(file_exists(saved));
    a = ui_reopen(0, NULL, SDLK_1);
    CHECK(a != NULL);
    if (!a)
        return;
    CHECK_INT(app_session(a)->rounds[0].answer[0], 2);
    ui_key(a, SDLK_ESCAPE);
    ui_key(a, SDLK_3);
    ui_key(a, SDLK_2);
    app_close(a);
}

/* A folder others may write in is not used for answers: a lasting notice,
 * play goes on, nothing is stored; the folder's mode is left alone. */
static void test_folder_not_private(void)
{
    CHECK(chmod(folder, 0777) == 0);
    const char *args[] = { "--domain", "algemeen", "--cards", "quick" };
    app *a = ui_open(4, args, false);
    if (a) {
        ui_step(a);
        CHECK(a->autosave.notice[0] != '\0');
        CHECK(strstr(a->autosave.notice, folder) != NULL);
        ui_key(a, SDLK_RETURN);
        ui_key(a, SDLK_4);
        ui_key(a, SDLK_RETURN);
        CHECK_STR(app_scene_name(a->scene), "handover");
        CHECK(!file_exists(saved));
        app_close(a);
    }
    struct stat st;
    CHECK(stat(folder, &st) == 0 && (st.st_mode & 0777) == 0777);
    CHECK(chmod(folder, 0700) == 0);
}

int main(void)
{
    if (!mkdtemp(home))
        return 1;
    ui_env(home);
    snprintf(folder, sizeof folder, "%s/alliantiespel/alliantiespel", home);
    snprintf(saved, sizeof saved, "%s/" AUTOSAVE_FILE, folder);
    test_crash_and_resume();
    test_finish_and_throw_away();
    test_board_stores_the_round();
    test_crash_on_the_last_card();
    test_full_disk_on_the_board();
    test_options_after_a_crash();
    test_damaged_file();
    test_sigterm_keeps_the_round();
    test_folder_not_private();
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", home);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", home);
    return check_report();
}
