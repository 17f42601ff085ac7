/* The game's side of the benchmark, driving the real app headless:
 *   bench_game first-frame START_NS  -> microseconds from START_NS (the
 *       caller's clock before exec) to the first present of the start screen
 *   bench_game frames N             -> CPU time per frame of the reveal
 *       animation and of the summary board at 1920x1080 (p50, p99, max),
 *       and of the ready-to-reveal screen's one frame, which also makes
 *       ahead what the reveal will draw (so that cost is shown, not hidden)
 *   bench_game workshop-frames N    -> CPU time per frame of a workshop at
 *       1920x1080: a show of hands' spread after a revote (bars and the
 *       first vote's outlines), its board, and a teams round's spread (three
 *       teams, their names in the bars); and the one frame that turns each
 *       card (its texts made)
 *   bench_game memory SESSIONS      -> peak RSS over one whole session, and
 *       RSS after the 10th and the last of SESSIONS sessions in one process
 * Every figure is printed as "name value unit". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "result.h"
#include "ui_driver.h"

static long long now_ns(clockid_t clock)
{
    struct timespec t;
    clock_gettime(clock, &t);
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

static long rss_kib(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    long pages = 0, resident = 0;
    if (f) {
        if (fscanf(f, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        fclose(f);
    }
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

static long peak_rss_kib(void)
{
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

static const char *play_args[] = { "--domain", "reclassering", "--cards", "quick",
                                   "--window", "1920x1080" };

/* Plays one card with the keyboard, as the README describes. */
static void play_card(app *a, int client, int professional)
{
    ui_key(a, SDLK_RETURN); /* skip the deal */
    ui_answer_card(a, SDLK_1 + client, SDLK_1 + professional);
}

static int cmp_ll(const void *x, const void *y)
{
    long long a = *(const long long *)x, b = *(const long long *)y;
    return (a > b) - (a < b);
}

static void report_frames(const char *name, long long *t, int n)
{
    qsort(t, (size_t)n, sizeof *t, cmp_ll);
    printf("%s_p50 %.2f ms\n", name, t[n / 2] / 1e6);
    printf("%s_p99 %.2f ms\n", name, t[(n * 99) / 100 < n ? (n * 99) / 100 : n - 1] / 1e6);
    printf("%s_max %.2f ms\n", name, t[n - 1] / 1e6);
}

static int bench_first_frame(long long start)
{
    const char *args[] = { "--window", "1920x1080" };
    app *a = ui_open(2, args, false);
    if (!a)
        return 1;
    ui_step(a); /* handles the first events and presents the start screen */
    printf("%lld\n", (now_ns(CLOCK_REALTIME) - start) / 1000);
    app_close(a);
    return 0;
}

/* Plays a card up to the ready-to-reveal screen; returns the CPU time of
 * the step that shows it (that screen also makes ahead what the turn of
 * the card will draw, so its cost is reported too). */
static long long place_both(app *a, int client, int professional)
{
    ui_key(a, SDLK_RETURN); /* skip the deal */
    ui_key(a, SDLK_1 + client);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_RETURN); /* hand-over */
    ui_key(a, SDLK_1 + professional);
    ui_push_key(SDLK_RETURN);
    long long t0 = now_ns(CLOCK_PROCESS_CPUTIME_ID);
    ui_step(a);
    return now_ns(CLOCK_PROCESS_CPUTIME_ID) - t0;
}

/* The app opened with these arguments, its first frame shown. */
static app *open_round(int argc, const char **args)
{
    app *a = ui_open(argc, args, false);
    if (a)
        ui_step(a);
    return a;
}

#define ARGC(args) ((int)(sizeof(args) / sizeof((args)[0])))

/* CPU time of n frames of the screen the app is on, each one drawn in
 * full and presented (app_draw as the loop calls it, no frame skipped
 * because nothing changed), reported as NAME_p50/_p99/_max. False when
 * the app is not on that screen. */
static bool time_draws(app *a, app_scene scene, int n, const char *name)
{
    long long *t = a && a->scene == scene && n > 0
                       ? calloc((size_t)n, sizeof *t)
                       : NULL;
    if (t == NULL) {
        fprintf(stderr, "bench_game: did not reach the screen for %s\n", name);
        free(t);
        return false;
    }
    for (int i = 0; i < n; i++) {
        long long t0 = now_ns(CLOCK_PROCESS_CPUTIME_ID);
        app_draw(a);
        SDL_RenderPresent(a->platform->renderer);
        t[i] = now_ns(CLOCK_PROCESS_CPUTIME_ID) - t0;
    }
    report_frames(name, t, n);
    free(t);
    return true;
}

static int bench_frames(int n)
{
    long long *reveal = calloc((size_t)n, sizeof *reveal);
    long long *ready = calloc((size_t)n, sizeof *ready);
    app *a = open_round(ARGC(play_args), play_args);
    int got = 0, readies = 0;
    /* Each turn of a card animates for about 300 ms: time every frame of
     * it at 60 frames a second, card after card, round after round. */
    while (a && got < n && reveal && ready) {
        ready[readies++] = place_both(a, got % 5, 4 - got % 5);
        ui_push_key(SDLK_RETURN); /* turn the card: the animation starts */
        int frames = 0;
        do {
            long long t0 = now_ns(CLOCK_PROCESS_CPUTIME_ID);
            ui_step_ms(a, 16);
            reveal[got++] = now_ns(CLOCK_PROCESS_CPUTIME_ID) - t0;
        } while (app_animating(a) && got < n && ++frames < 40);
        ui_key(a, SDLK_RETURN); /* on to the next card or the board */
        if (a->scene == APP_SCENE_SUMMARY) {
            app_close(a);
            a = open_round(ARGC(play_args), play_args);
        }
    }
    if (got > 0)
        report_frames("frame_reveal", reveal, got);
    if (readies > 0)
        report_frames("frame_ready_screen", ready, readies);
    /* The summary board at 1920x1080, drawn n times. */
    if (a)
        app_close(a);
    a = open_round(ARGC(play_args), play_args);
    for (int card = 0; a && card < 10 && a->scene != APP_SCENE_SUMMARY; card++) {
        play_card(a, card % 5, 4 - card % 5);
        ui_key(a, SDLK_RETURN);
    }
    bool board = time_draws(a, APP_SCENE_SUMMARY, n, "frame_summary_board");
    if (a)
        app_close(a);
    free(reveal);
    free(ready);
    return got > 0 && board ? 0 : 1;
}

/* A show of hands for one side, typed as the facilitator does: each
 * option's count in digits, then Enter. */
static void type_hands(app *a, const int counts[5])
{
    for (int o = 0; o < 5; o++) {
        if (counts[o] >= 10)
            ui_key(a, SDLK_0 + counts[o] / 10);
        ui_key(a, SDLK_0 + counts[o] % 10);
        ui_key(a, SDLK_RETURN);
    }
}

/* Both sides' show of hands for a card and the card turned: from the
 * deal to the spread. Returns the CPU time of the step that turns it (the
 * spread's first frame, which makes its texts). */
static long long hands_card(app *a, const int counts[2][5])
{
    ui_key(a, SDLK_RETURN); /* skip the deal */
    type_hands(a, counts[0]);
    type_hands(a, counts[1]);
    ui_push_key(SDLK_RETURN); /* turn */
    long long t0 = now_ns(CLOCK_PROCESS_CPUTIME_ID);
    ui_step(a);
    return now_ns(CLOCK_PROCESS_CPUTIME_ID) - t0;
}

/* A workshop's screens at 1920x1080, each drawn n times: a show of hands'
 * spread after a revote (the talk changed the counts, so the first vote
 * is outlined and the shift is said in words), the board once every card
 * is done, and a teams round's spread with three teams' names in the
 * bars. The first frame of each turned card of the round (its texts made)
 * is reported too, as frame_workshop_turn: a one-off after a key press. */
static int bench_workshop_frames(int n)
{
    const char *hands_args[] = { "--mode", "workshop", "--hands", "--domain",
                                 "reclassering", "--cards", "quick",
                                 "--window", "1920x1080" };
    app *a = open_round(ARGC(hands_args), hands_args);
    const int first[2][5] = { { 0, 2, 4, 5, 1 }, { 1, 3, 6, 9, 2 } };
    const int again[2][5] = { { 0, 1, 7, 3, 1 }, { 0, 2, 8, 12, 0 } };
    long long turns[16];
    int turned = 0;
    bool ok = a != NULL;
    if (a) {
        turns[turned++] = hands_card(a, first);
        ui_key(a, SDLK_o); /* vote again after the talk */
        turns[turned++] = hands_card(a, again);
        ok = a->scene == APP_SCENE_SPREAD && session_current(app_session(a)) &&
             session_current(app_session(a))->revoted;
        if (!ok)
            fprintf(stderr, "bench_game: no revote on the spread\n");
        ok = time_draws(a, APP_SCENE_SPREAD, n, "frame_workshop_spread") && ok;
        for (int card = 1; card < 12; card++) {
            ui_key(a, SDLK_RETURN); /* the next card, or the board */
            if (a->scene != APP_SCENE_DEAL)
                break;
            const int c[2][5] = { { card % 3, 2, 3, 1, card % 2 },
                                  { 0, card % 4, 5, 6, 1 } };
            turns[turned++] = hands_card(a, c);
        }
        report_frames("frame_workshop_turn", turns, turned);
        ok = time_draws(a, APP_SCENE_SUMMARY, n, "frame_workshop_board") && ok;
        app_close(a);
    }
    /* Three teams, one on the client's side: their names in the bars. */
    const char *teams_args[] = { "--mode", "workshop", "--teams",
                                 "Noord,Zuid,client:Ervaring", "--domain",
                                 "reclassering", "--cards", "quick",
                                 "--window", "1920x1080" };
    a = open_round(ARGC(teams_args), teams_args);
    ok = ok && a != NULL;
    if (a) {
        ui_key(a, SDLK_RETURN); /* skip the deal */
        const SDL_Keycode answer[3] = { SDLK_4, SDLK_2, SDLK_2 };
        for (int team = 0; team < 3; team++) {
            ui_key(a, answer[team]);
            ui_key(a, SDLK_RETURN);
            ui_key(a, SDLK_RETURN); /* hand-over, or turn after the last */
        }
        ui_step(a);
        ok = time_draws(a, APP_SCENE_SPREAD, n, "frame_workshop_teams_spread") && ok;
        app_close(a);
    }
    return ok ? 0 : 1;
}

/* One whole quick round through the keyboard, one step per card: the
 * keys of a card are queued together, as a fast typist would. */
static void play_round_fast(app *a, int seed)
{
    for (int card = 0; card < 12 && a->scene != APP_SCENE_SUMMARY; card++) {
        SDL_Keycode keys[] = { SDLK_RETURN, SDLK_1 + (card + seed) % 5, SDLK_RETURN,
                               SDLK_RETURN, SDLK_1 + (card * 3 + seed) % 5, SDLK_RETURN,
                               SDLK_RETURN, SDLK_RETURN };
        for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++)
            ui_push_key(keys[k]);
        ui_step(a);
    }
}

static int bench_memory(int sessions)
{
    app *a = open_round(ARGC(play_args), play_args);
    if (!a)
        return 1;
    size_t *cards = NULL;
    size_t count = 0;
    error_list errors;
    error_list_init(&errors);
    if (!deck_select(app_deck(a), "quick", &cards, &count, &errors))
        return 1;
    long after_tenth = 0;
    int finished = 0;
    for (int i = 0; i < sessions; i++) {
        if (i > 0) {
            app_back_to_start(a);
            if (!app_start_session(a, cards, count))
                break;
            ui_step(a);
        }
        play_round_fast(a, i);
        finished += a->scene == APP_SCENE_SUMMARY;
        if (i == 0)
            printf("memory_peak_rss_one_session %.1f MB (target <= 40)\n",
                   peak_rss_kib() / 1024.0);
        if (i == 9)
            after_tenth = rss_kib();
    }
    long last = rss_kib();
    printf("memory_sessions_finished %d of %d\n", finished, sessions);
    printf("memory_rss_after_10_sessions %.1f MB\n", after_tenth / 1024.0);
    printf("memory_rss_after_%d_sessions %.1f MB\n", sessions, last / 1024.0);
    printf("memory_growth_10_to_%d %.2f MB (target <= 1)\n", sessions,
           (last - after_tenth) / 1024.0);
    free(cards);
    error_list_free(&errors);
    app_close(a);
    return finished == sessions ? 0 : 1;
}

/* A pair's history at 1920x1080 with 20 rounds kept, drawn n times. */
static int bench_history(const char *home, int n)
{
    deck d;
    error_list errors;
    error_list_init(&errors);
    char folder[1200];
    snprintf(folder, sizeof folder, "%s/alliantiespel", home);
    mkdir(folder, 0700);
    snprintf(folder, sizeof folder, "%s/alliantiespel/alliantiespel", home);
    mkdir(folder, 0700);
    if (!deck_load(TEST_SOURCE_DIR "/decks/reclassering.yaml", &d, &errors))
        return 1;
    size_t *cards = NULL, count = 0;
    bool ok = deck_select(&d, "all", &cards, &count, &errors);
    deck_role players[] = {DECK_ROLE_CLIENT, DECK_ROLE_PROFESSIONAL};
    for (int r = 0; ok && r < 20; r++) {
        session s;
        ok = session_new(&s, &d, 0, cards, count, players, 2,
                         1764000000 + r * 86400) == SESSION_OK &&
             session_set_pair(&s, "K17");
        for (size_t c = 0; ok && c < count; c++)
            ok = session_place(&s, 0, (c + (size_t)r) % 5) == SESSION_OK &&
                 session_place(&s, 1, (c * 3 + 1) % 5) == SESSION_OK &&
                 session_reveal(&s) == SESSION_OK &&
                 session_next(&s, 1764000000 + r * 86400 + 600) == SESSION_OK;
        char path[1400];
        snprintf(path, sizeof path, "%s/result-K17-%03d.yaml", folder, r);
        ok = ok && result_write(path, &s, &errors);
        session_free(&s);
    }
    free(cards);
    deck_free(&d);
    error_list_free(&errors);
    const char *args[] = {"--pair", "K17", "--lang", "nl", "--window", "1920x1080"};
    app *a = ok ? open_round(ARGC(args), args) : NULL;
    if (a)
        ui_key(a, SDLK_t);
    bool drawn = time_draws(a, APP_SCENE_HISTORY, n, "frame_history_20_rounds");
    if (a)
        app_close(a);
    return drawn ? 0 : 1;
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return 2;
    char home[] = "/tmp/alliantiespel-bench-XXXXXX";
    if (!mkdtemp(home))
        return 1;
    ui_env(home);
    int status = 2;
    if (strcmp(argv[1], "first-frame") == 0 && argc == 3)
        status = bench_first_frame(strtoll(argv[2], NULL, 10));
    else if (strcmp(argv[1], "frames") == 0)
        status = bench_frames(argc > 2 ? atoi(argv[2]) : 300);
    else if (strcmp(argv[1], "workshop-frames") == 0)
        status = bench_workshop_frames(argc > 2 ? atoi(argv[2]) : 300);
    else if (strcmp(argv[1], "history") == 0)
        status = bench_history(home, argc > 2 ? atoi(argv[2]) : 300);
    else if (strcmp(argv[1], "memory") == 0)
        status = bench_memory(argc > 2 ? atoi(argv[2]) : 1000);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", home);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", home);
    return status;
}
