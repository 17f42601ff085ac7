/* Two windows on one folder, as a user who clicks the icon twice: each
 * window is a process of its own (forked before any SDL), killed as a
 * crash kills it. Neither loses a revealed answer, neither is offered the
 * other's live round, and a later start finds every crashed round. */
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "autosave.h"
#include "check.h"
#include "ui_driver.h"

static char home[] = "/tmp/alliantiespel-two-windows-XXXXXX";
static char folder[600];

/* A child's end of the talk with the test: it says one letter when it
 * has done its part, and waits for one before it goes on. */
typedef struct {
    int to_parent[2];
    int to_child[2];
    pid_t pid;
} window;

static void window_say(window *w, char c)
{
    if (write(w->to_parent[1], &c, 1) != 1)
        _exit(90);
}

static char window_hear(int fd)
{
    char c = 0;
    return read(fd, &c, 1) == 1 ? c : 0;
}

/* Plays n cards in a new window and says 'p' (played) or 'f' (failed);
 * says 'o' first instead when it was offered a round at start. Then waits
 * for 'k' and dies as a crash would: no cleanup at all. */
static void window_play(window *w, int n, SDL_Keycode client)
{
    const char *args[] = {"--domain", "algemeen", "--cards", "quick"};
    app *a = ui_open(4, args, false);
    if (!a)
        _exit(91);
    ui_step(a);
    if (app_asking(a, "resume"))
        window_say(w, 'o');
    for (int i = 0; i < n; i++) {
        ui_key(a, SDLK_RETURN); /* the deal */
        ui_answer_card(a, client, SDLK_1);
        if (i + 1 < n)
            ui_key(a, SDLK_RETURN); /* the next card */
    }
    bool ok = app_playing(a) && a->scene == APP_SCENE_REVEAL;
    window_say(w, ok ? 'p' : 'f');
    window_hear(w->to_child[0]);
    raise(SIGKILL);
}

static void window_start(window *w, int n, SDL_Keycode client)
{
    if (pipe(w->to_parent) != 0 || pipe(w->to_child) != 0) {
        w->pid = -1;
        return;
    }
    w->pid = fork();
    if (w->pid == 0)
        window_play(w, n, client);
}

static void window_kill(window *w)
{
    if (w->pid <= 0)
        return;
    char k = 'k';
    if (write(w->to_child[1], &k, 1) != 1)
        kill(w->pid, SIGKILL);
    int status = 0;
    CHECK(waitpid(w->pid, &status, 0) == w->pid);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
}

/* A later start: the crashed round it is offered holds these answers. */
static void expect_offered(int cards, int client_answer)
{
    app *a = ui_open(0, NULL, false);
    CHECK(a != NULL);
    if (!a)
        return;
    ui_step(a);
    CHECK(app_asking(a, "resume"));
    ui_key(a, SDLK_1); /* go on with it */
    CHECK(app_playing(a));
    if (app_playing(a)) {
        for (int i = 0; i < cards; i++) {
            CHECK_INT(app_session(a)->rounds[i].answer[0], client_answer);
            CHECK_INT(app_session(a)->rounds[i].answer[1], 0);
        }
        CHECK_INT(app_session(a)->current, (size_t)(cards - 1));
    }
    app_close(a); /* closed: the round stays for a next start */
}

static int count_rounds(void)
{
    int n = 0;
    for (int i = 0; i < AUTOSAVE_SLOTS; i++) {
        char path[800];
        if (i == 0)
            snprintf(path, sizeof path, "%s/" AUTOSAVE_STEM ".yaml", folder);
        else
            snprintf(path, sizeof path, "%s/" AUTOSAVE_STEM "-%d.yaml", folder, i);
        n += access(path, F_OK) == 0;
    }
    return n;
}

static void test_two_windows(void)
{
    /* A plays two cards; B, opened meanwhile, is not offered A's round
     * and plays one */
    window a, b;
    window_start(&a, 2, SDLK_4);
    CHECK(a.pid > 0 && window_hear(a.to_parent[0]) == 'p');
    window_start(&b, 1, SDLK_2);
    char first = b.pid > 0 ? window_hear(b.to_parent[0]) : 0;
    CHECK(first == 'p'); /* not 'o': A's live round was not offered */
    CHECK_INT(count_rounds(), 2);
    /* A crashes; a third window, with B still open, finds A's round */
    window_kill(&a);
    app *c = NULL;
    expect_offered(2, 3);
    /* then B crashes too: the next start finds B's round, and A's again
     * (it was closed, not finished) */
    window_kill(&b);
    CHECK_INT(count_rounds(), 2);
    c = ui_open(0, NULL, false);
    CHECK(c != NULL);
    if (c) {
        ui_step(c);
        CHECK(app_asking(c, "resume"));
        app_close(c);
    }
    /* both are offered, one at a time: throw the first away and the next
     * is asked about at once; nothing else is ever thrown away */
    c = ui_open(0, NULL, false);
    if (c) {
        ui_step(c);
        ui_key(c, SDLK_2); /* throw it away */
        CHECK(app_asking(c, "resume"));
        CHECK_INT(count_rounds(), 1);
        app_close(c);
    }
}

int main(void)
{
    if (!mkdtemp(home))
        return 1;
    ui_env(home);
    snprintf(folder, sizeof folder, "%s/alliantiespel/alliantiespel", home);
    test_two_windows();
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", home);
    if (check_failed == 0 && system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", home);
    return check_report();
}
