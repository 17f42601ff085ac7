/* The monkey: 100,000 random SDL events (clicks, drags, keys, text input,
 * finger events, window resizes down to 1x1, minimise/restore, quit
 * requests) through the real game, in every mode it starts in. The game
 * must never crash, never leave a state the rules reject, and its heap must
 * stay flat: the events are sent in two passes with the same seed, and the
 * second pass may not need more heap than the first. Run under ASan by
 * scripts/harden.sh.
 * Usage: monkey_test [EVENTS] [SEED] */
#include <SDL.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
/* Exported by the ASan runtime (gcc does not ship the header). */
size_t __sanitizer_get_current_allocated_bytes(void);
#define HEAP_BYTES() __sanitizer_get_current_allocated_bytes()
#else
#include <malloc.h>
/* In use from the heap and from mmap: glibc hands big blocks (the felt,
 * the window's pixels) to mmap until the first such block is freed, then
 * takes them from the heap. Counting the heap alone saw them only from the
 * second game of a run on, and the second pass looked megabytes bigger. */
static size_t heap_bytes(void)
{
    struct mallinfo2 m = mallinfo2();
    return m.uordblks + m.hblkhd;
}
#define HEAP_BYTES() heap_bytes()
#endif

#include "check.h"
#include "ui_driver.h"

static uint64_t rng_state;

static uint32_t rnd(uint32_t n)
{
    /* xorshift64*: a fixed seed replays the same run */
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return n ? (uint32_t)((rng_state * 2685821657736338717ull) >> 33) % n : 0;
}

static const SDL_Keycode keys[] = {
    SDLK_1, SDLK_2, SDLK_3, SDLK_4, SDLK_5, SDLK_6, SDLK_7, SDLK_8, SDLK_9, SDLK_0,
    SDLK_RETURN, SDLK_RETURN, SDLK_RETURN, SDLK_KP_ENTER, SDLK_BACKSPACE, SDLK_ESCAPE,
    SDLK_F11, SDLK_UP, SDLK_DOWN, SDLK_LEFT, SDLK_RIGHT, SDLK_TAB, SDLK_SPACE,
    SDLK_s, SDLK_m, SDLK_b, SDLK_q, SDLK_n, SDLK_y, SDLK_j, SDLK_p, SDLK_HOME,
    SDLK_END, SDLK_PAGEUP, SDLK_PAGEDOWN, SDLK_DELETE, SDLK_a, SDLK_z, SDLK_g,
    SDLK_h, SDLK_l, SDLK_d, SDLK_o, SDLK_v, SDLK_t, SDLK_r,
};

static const char *const texts[] = {
    "a", "1", "é", "ë", "Ω", "\xf0\x9f\x91\x8d", "\xff\xfe", "", "hello world",
    "\xe2\x80", "1234567890123456789012345678901",
};

static void push_random_event(app *a, int *w, int *h)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    uint32_t kind = rnd(100);
    int x = (int)rnd((uint32_t)(*w + 40)) - 20; /* a little outside too */
    int y = (int)rnd((uint32_t)(*h + 40)) - 20;
    if (kind < 30) {
        e.type = rnd(2) ? SDL_MOUSEBUTTONDOWN : SDL_MOUSEBUTTONUP;
        e.button.button = rnd(5) ? SDL_BUTTON_LEFT : (Uint8)(1 + rnd(5));
        e.button.state = e.type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
        e.button.clicks = (Uint8)(1 + rnd(2));
        e.button.x = x;
        e.button.y = y;
    } else if (kind < 40) {
        e.type = SDL_MOUSEMOTION; /* with a button held: a drag */
        e.motion.state = rnd(2) ? SDL_BUTTON_LMASK : 0;
        e.motion.x = x;
        e.motion.y = y;
        e.motion.xrel = (int)rnd(200) - 100;
        e.motion.yrel = (int)rnd(200) - 100;
    } else if (kind < 45) {
        e.type = SDL_MOUSEWHEEL;
        e.wheel.y = (int)rnd(7) - 3;
    } else if (kind < 72) {
        e.type = rnd(4) ? SDL_KEYDOWN : SDL_KEYUP;
        e.key.state = e.type == SDL_KEYDOWN ? SDL_PRESSED : SDL_RELEASED;
        e.key.repeat = rnd(10) == 0;
        e.key.keysym.sym = rnd(20) ? keys[rnd(sizeof keys / sizeof keys[0])]
                                   : (SDL_Keycode)rnd(0x40000200);
        e.key.keysym.mod = rnd(8) == 0 ? KMOD_SHIFT : (rnd(16) == 0 ? KMOD_CTRL : 0);
    } else if (kind < 76) {
        e.type = SDL_TEXTINPUT;
        snprintf(e.text.text, sizeof e.text.text, "%s",
                 texts[rnd(sizeof texts / sizeof texts[0])]);
    } else if (kind < 90) {
        uint32_t f = rnd(3);
        e.type = f == 0 ? SDL_FINGERDOWN : f == 1 ? SDL_FINGERUP : SDL_FINGERMOTION;
        e.tfinger.fingerId = rnd(3);
        e.tfinger.x = (float)rnd(1200) / 1000.0f - 0.1f; /* also off the screen */
        e.tfinger.y = (float)rnd(1200) / 1000.0f - 0.1f;
        e.tfinger.dx = (float)rnd(100) / 1000.0f - 0.05f;
        e.tfinger.pressure = 1.0f;
    } else if (kind < 95) {
        /* A real resize, down to 1x1 now and then. */
        static const int sizes[][2] = { { 1, 1 }, { 2, 3 }, { 320, 200 }, { 1024, 600 },
                                        { 800, 1280 }, { 1280, 720 }, { 640, 480 } };
        const int *s = sizes[rnd(sizeof sizes / sizeof sizes[0])];
        SDL_SetWindowSize(a->platform->window, s[0], s[1]);
        *w = s[0];
        *h = s[1];
        e.type = SDL_WINDOWEVENT;
        e.window.windowID = SDL_GetWindowID(a->platform->window);
        e.window.event = SDL_WINDOWEVENT_SIZE_CHANGED;
        e.window.data1 = s[0];
        e.window.data2 = s[1];
    } else if (kind < 99 || rnd(5)) {
        static const Uint8 window_events[] = {
            SDL_WINDOWEVENT_MINIMIZED, SDL_WINDOWEVENT_RESTORED, SDL_WINDOWEVENT_EXPOSED,
            SDL_WINDOWEVENT_HIDDEN, SDL_WINDOWEVENT_SHOWN, SDL_WINDOWEVENT_FOCUS_LOST,
            SDL_WINDOWEVENT_FOCUS_GAINED, SDL_WINDOWEVENT_MAXIMIZED,
        };
        e.type = SDL_WINDOWEVENT;
        e.window.windowID = SDL_GetWindowID(a->platform->window);
        e.window.event = window_events[rnd(sizeof window_events)];
    } else {
        e.type = SDL_QUIT;
    }
    SDL_PushEvent(&e);
}

/* The ways the game starts: the start screen, a deck from the command line
 * in each language and card choice, a family with several players, and
 * training. */
static const char *const modes[][8] = {
    { NULL },
    { "--domain", "reclassering", "--cards", "quick", NULL },
    { "--domain", "jeugdbescherming", "--lang", "en", "--cards", "all", NULL },
    { "--domain", "algemeen", "--cards", "binding-respect,stroefheid-straf", NULL },
    { "--deck", TEST_SOURCE_DIR "/decks/schuldhulpverlening.yaml", "--lang", "nl", NULL },
    { "--domain", "maatschappelijke-opvang", "--window", "1024x600", NULL },
    /* every way to play that is there: a family of three, and one of two
     * in an upright window */
    { "--domain", "jeugdbescherming", "--seats", "jongere,ouder,ouder", NULL },
    { "--mode", "family", "--domain", "algemeen", "--window", "600x1000", NULL },
    /* training: two students with a case, one alone, and both sides
     * guessing at the table */
    { "--mode", "training", "--case", "reclassering-marco", NULL },
    { "--solo", "--case", "maatschappelijke-opvang-frank", "--window", "600x1000", NULL },
    { "--domain", "schuldhulpverlening", "--guess", NULL },
    /* a workshop: named teams, a show of hands in the light theme, and
     * the start screen where the teams are named */
    { "--mode", "workshop", "--teams", "Noord,client:Zuid,West", "--domain",
      "algemeen", NULL },
    { "--mode", "workshop", "--hands", "--domain", "reclassering", "--light",
      NULL },
    { "--mode", "workshop", "--window", "1280x720", NULL },
};
#define MODE_COUNT (sizeof modes / sizeof modes[0])

static int mode_argc(const char *const *m)
{
    int n = 0;
    while (n < 8 && m[n])
        n++;
    return n;
}

int main(int argc, char **argv)
{
    long total = argc > 1 ? strtol(argv[1], NULL, 10) : 100000;
    rng_state = argc > 2 ? strtoull(argv[2], NULL, 10) : 20261125;
    printf("monkey: %ld events, seed %" PRIu64 "\n", total, rng_state);
    /* The run is made twice with the same seed: the same events in the
     * same modes. The second pass may not need more heap than the first:
     * caches are bounded and nothing is kept from one game to the next.
     * (Comparing two different halves of one run compared different
     * window sizes and decks, not growth.) */
    uint64_t seed = rng_state;
    long half = total / 2;
    long events = 0;
    size_t pass_peak[2] = {0, 0};
    size_t mode_peak[2][MODE_COUNT];
    memset(mode_peak, 0, sizeof mode_peak);
    int restarts = 0;
    long inconsistent = 0;
    for (int pass = 0; pass < 2; pass++) {
        /* Each pass starts with no user files: the second pass would
         * otherwise open the first one's settings and round in progress,
         * take other paths with the same events, and compare different
         * games. */
        char home[1024];
        if (!ui_env_private(home, sizeof home, "monkey"))
            return 1;
        rng_state = seed;
        long pass_events = 0;
        long per_mode = half / (long)MODE_COUNT;
        for (size_t m = 0; m < MODE_COUNT; m++) {
            app *a = ui_open(mode_argc(modes[m]), (const char **)modes[m], false);
            CHECK_MSG(a != NULL, "mode %zu did not open", m);
            if (!a)
                continue;
            int w = a->out_w, h = a->out_h;
            long stop = pass_events + per_mode;
            while (pass_events < stop) {
                uint32_t batch = 1 + rnd(40); /* bursts, as from a restless hand */
                for (uint32_t i = 0; i < batch; i++, pass_events++)
                    push_random_event(a, &w, &h);
                bool alive = ui_step_ms(a, rnd(3) ? 16 : 400);
                if (app_playing(a) && !session_is_consistent(app_session(a)))
                    inconsistent++;
                if (!alive) {
                    /* The players quit: start the same mode again. */
                    app_close(a);
                    restarts++;
                    a = ui_open(mode_argc(modes[m]), (const char **)modes[m], false);
                    CHECK_MSG(a != NULL, "mode %zu did not reopen", m);
                    if (!a)
                        break;
                    w = a->out_w;
                    h = a->out_h;
                }
                size_t heap = HEAP_BYTES();
                if (heap > pass_peak[pass])
                    pass_peak[pass] = heap;
                if (heap > mode_peak[pass][m])
                    mode_peak[pass][m] = heap;
            }
            if (a)
                app_close(a);
        }
        events += pass_events;
        CHECK_MSG(ui_remove_tree(home), "could not remove %s", home);
    }
    size_t end_heap = HEAP_BYTES();
    printf("monkey: %ld events, %d restarts after a quit, heap peak %zu KiB in the first "
           "pass, %zu KiB in the second (the same events), %zu KiB at the end (all closed)\n",
           events, restarts, pass_peak[0] / 1024, pass_peak[1] / 1024, end_heap / 1024);
    CHECK_INT(inconsistent, 0);
    CHECK(events >= total - 2 * (long)MODE_COUNT - 1);
    /* Flat: the same events a second time need no more heap (a little
     * slack for what SDL and the font library set up once); and once
     * closed, (almost) nothing is left. */
    CHECK_MSG(pass_peak[1] <= pass_peak[0] + 256 * 1024,
              "heap grew from %zu to %zu bytes", pass_peak[0], pass_peak[1]);
    if (pass_peak[1] > pass_peak[0] + 256 * 1024)
        for (size_t m = 0; m < MODE_COUNT; m++)
            fprintf(stderr, "  mode %zu: heap peak %zu KiB, then %zu KiB\n", m,
                    mode_peak[0][m] / 1024, mode_peak[1][m] / 1024);
    CHECK_MSG(end_heap < 1024 * 1024, "%zu bytes still allocated after closing", end_heap);
    return check_report();
}
