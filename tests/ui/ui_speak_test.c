/* ui_speak_test: read-aloud through the real app loop, headless. SDL's
 * disk audio driver stands in for a sound card (it writes what would be
 * heard to a file, in real time): the speaker button is on the screens
 * with a card, L reads the card with its tokens, the sound really comes
 * out, L again stops it, and once silent SDL's audio is stopped. With the
 * dummy driver, or without espeak-ng, there is no button and the start
 * screen says why, once. Skipped (77) where espeak-ng is not installed. */
#include <SDL.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "check.h"
#include "speak.h"
#include "speak_screen.h"
#include "speech.h"
#include "speech_text.h"
#include "ui_driver.h"

static char home[4096];
static char sound[4200];

/* Steps the loop (in real time: the speaking thread works meanwhile)
 * until done(a) or seconds pass. */
static bool wait_for(app *a, bool (*done)(const app *), double seconds)
{
    for (int i = 0; i < (int)(seconds * 100); i++) {
        if (done(a))
            return true;
        SDL_Delay(10);
        ui_step_ms(a, 10);
    }
    return done(a);
}

static bool found(const app *a)
{
    return speak_state_now(a) != SPEAK_LOOKING;
}

/* Found, and the main loop has heard of it (the start screen's line is
 * written a step after the worker knows). */
static bool told(const app *a)
{
    return found(a) && a->message[0] != '\0';
}

static bool silent(const app *a)
{
    return !speak_speaking(a);
}

static bool button_drawn(app *a)
{
    app_draw(a);
    layout_rect b = speak_button(&a->frame);
    for (size_t i = 0; i < ui_trace.count; i++)
        if (ui_trace.items[i].kind == GFX_MARK_BUTTON &&
            ui_trace.items[i].rect.x == b.x && ui_trace.items[i].rect.y == b.y &&
            ui_trace.items[i].rect.w == b.w)
            return true;
    return false;
}

/* The loudest sample the disk driver wrote (16-bit, this machine's
 * order), and how many seconds of sound. */
static int loudest(double *seconds)
{
    FILE *f = fopen(sound, "rb");
    int top = 0;
    long n = 0;
    int16_t s;
    while (f && fread(&s, sizeof s, 1, f) == 1) {
        int v = s < 0 ? -(int)s : s;
        if (v > top)
            top = v;
        n++;
    }
    if (f)
        fclose(f);
    *seconds = (double)n / 22050.0;
    return top;
}

static app *open_round(void)
{
    ui_forget_round();
    const char *args[] = {"--domain", "algemeen", "--lang", "nl", "--cards",
                          "quick", "--window", "1024x600"};
    return ui_open(8, args, true);
}

static void test_reads_aloud(void)
{
    setenv("SDL_AUDIODRIVER", "disk", 1);
    setenv("SDL_DISKAUDIOFILE", sound, 1);
    app *a = open_round();
    CHECK(a != NULL);
    if (a == NULL)
        return;
    CHECK(wait_for(a, found, 20));
    CHECK_INT(speak_state_now(a), SPEAK_READY);
    ui_step(a);
    CHECK_INT(a->scene, APP_SCENE_PLACE);
    CHECK(button_drawn(a));
    CHECK(ui_frame_says(a, "Read aloud") || ui_frame_says(a, "Voorlezen"));

    /* what the place screen reads: the card as the client reads it, and
     * the tokens to choose from */
    char text[SPEECH_TEXT_MAX];
    const char *lang = NULL;
    CHECK(speak_screen_text(a, text, sizeof text, &lang));
    CHECK_STR(lang, "nl");
    CHECK_STR(text, "Ik weet waarom ik hier kom. 1: Klopt helemaal niet, "
                    "2: Klopt niet, 3: Een beetje, 4: Klopt, "
                    "5: Klopt helemaal.");

    /* L: the sound really comes out, then everything stops */
    ui_key(a, SDLK_l);
    CHECK(speak_speaking(a));
    CHECK(wait_for(a, silent, 20));
    double seconds = 0;
    int top = loudest(&seconds);
    CHECK_MSG(top > 1000, "loudest sample %d", top);
    CHECK_MSG(seconds > 3 && seconds < 15, "%.1f s of sound", seconds);
    SDL_Delay(200);
    ui_step(a);
    CHECK_MSG(SDL_WasInit(SDL_INIT_AUDIO) == 0,
              "SDL's audio still runs while silent");

    /* the button (a click) starts it, the button again stops it */
    ui_click(a, speak_button(&a->frame));
    CHECK(speak_speaking(a));
    ui_click(a, speak_button(&a->frame));
    CHECK(wait_for(a, silent, 10)); /* at once when idle; a loaded machine is slower */

    /* a new screen stops what the old one read */
    ui_key(a, SDLK_l);
    CHECK(speak_speaking(a));
    ui_key(a, SDLK_4);
    ui_key(a, SDLK_RETURN);
    CHECK_INT(a->scene, APP_SCENE_HANDOVER);
    CHECK(wait_for(a, silent, 10)); /* at once when idle; a loaded machine is slower */
    CHECK(!button_drawn(a)); /* the hand-over hides the card */

    /* the turned card: the card, each choice, the talk prompt */
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_2);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_RETURN);
    ui_step(a);
    CHECK_INT(a->scene, APP_SCENE_REVEAL);
    CHECK(button_drawn(a));
    CHECK(speak_screen_text(a, text, sizeof text, &lang));
    CHECK_MSG(strstr(text, "Ik weet waarom ik hier kom.") == text, "%s", text);
    CHECK_MSG(strstr(text, ": Klopt.") != NULL, "%s", text);
    CHECK_MSG(strstr(text, ": Klopt niet.") != NULL, "%s", text);
    CHECK_MSG(strstr(text, "Waarom is er contact, in jullie eigen woorden?"),
              "%s", text);

    /* the deal: L reads the card coming, on into the place screen */
    ui_push_key(SDLK_RETURN);
    ui_step_ms(a, 10);
    CHECK_INT(a->scene, APP_SCENE_DEAL);
    ui_push_key(SDLK_l);
    ui_step_ms(a, 10);
    CHECK(speak_speaking(a));
    ui_step(a);
    CHECK_INT(a->scene, APP_SCENE_PLACE);
    CHECK(speak_speaking(a));
    ui_key(a, SDLK_l);
    CHECK(wait_for(a, silent, 10)); /* at once when idle; a loaded machine is slower */

    /* the board reads nothing; a card opened from it again is read */
    for (int c = 0; c < 4; c++) {
        if (c > 0) {
            ui_key(a, SDLK_RETURN);
            ui_step(a);
        }
        ui_answer_card(a, SDLK_4, SDLK_2);
        ui_step(a);
    }
    ui_key(a, SDLK_RETURN);
    CHECK_INT(a->scene, APP_SCENE_SUMMARY);
    CHECK(!button_drawn(a));
    CHECK(!speak_screen_text(a, text, sizeof text, &lang));
    const score_summary *sum = scene_summary_scores();
    if (sum != NULL && sum->topic_count > 0) {
        layout_summary l;
        layout_summary_make(&a->frame, sum->dimension_count, sum->topic_count,
                            &l);
        ui_click(a, l.topic[0]);
        CHECK(scene_summary_open_round() >= 0);
        CHECK(button_drawn(a));
        CHECK(speak_screen_text(a, text, sizeof text, &lang) &&
              strstr(text, ": Klopt niet.") != NULL);
    } else {
        CHECK(sum != NULL && sum->topic_count > 0);
    }
    app_close(a);
    CHECK(SDL_WasInit(SDL_INIT_AUDIO) == 0);
}

static bool apart(layout_rect a, layout_rect b)
{
    return a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y ||
           b.y + b.h <= a.y;
}

/* The button in the top bar at every size: inside the window, clear of
 * the menu button and of the progress, leaving room for whose turn. */
static void test_layout(void)
{
    const int sizes[][2] = {{640, 400},   {800, 600},  {1024, 600},
                            {1280, 800},  {1920, 1080}, {3840, 2160},
                            {600, 1000}, {400, 640},  {1080, 1920}};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        layout_frame f;
        layout_frame_make(sizes[i][0], sizes[i][1], &f);
        layout_rect b = speak_button(&f);
        CHECK_MSG(b.x >= 0 && b.y >= 0 && b.x + b.w <= f.w &&
                      b.y + b.h <= f.top_bar.h,
                  "%dx%d: outside", f.w, f.h);
        CHECK_MSG(apart(b, f.menu_button) && apart(b, f.progress),
                  "%dx%d: overlaps", f.w, f.h);
        CHECK_MSG(b.x - f.gap - f.turn.x >= f.turn.w / 3,
                  "%dx%d: no room for whose turn", f.w, f.h);
    }
}

/* A guess of the other side's answer: the question and the other side's
 * statement are read, as the screen shows them. */
static void test_guess(void)
{
    setenv("SDL_AUDIODRIVER", "disk", 1);
    ui_forget_round();
    const char *args[] = {"--domain", "algemeen", "--lang", "nl", "--cards",
                          "quick", "--guess"};
    app *a = ui_open(7, args, true);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    CHECK(wait_for(a, found, 20));
    ui_step(a);
    for (int i = 0; i < 3 && !scene_place_guessing(); i++) {
        ui_key(a, SDLK_4);
        ui_key(a, SDLK_RETURN);
    }
    CHECK(scene_place_guessing());
    char text[SPEECH_TEXT_MAX];
    const char *lang = NULL;
    CHECK(speak_screen_text(a, text, sizeof text, &lang));
    /* the client guesses the professional: the professional's words */
    CHECK_MSG(strstr(text, "? Mijn cliënt weet waarom we contact hebben. "
                           "1: Klopt helemaal niet") != NULL,
              "%s", text);
    app_close(a);
}

/* Off, and why: told once on the start screen; no button anywhere. */
static void test_off(const char *driver, const char *lib, const char *words)
{
    setenv("SDL_AUDIODRIVER", driver, 1);
    if (lib)
        setenv("ALLIANTIESPEL_SPEECH_LIB", lib, 1);
    ui_forget_round();
    const char *args[] = {"--lang", "en", "--window", "1024x600"};
    app *a = ui_open(4, args, true);
    CHECK(a != NULL);
    if (a) {
        CHECK(wait_for(a, told, 20));
        CHECK_MSG(strstr(a->message, words) != NULL, "%s: '%s'", driver,
                  a->message);
        CHECK(ui_frame_says(a, words));
        ui_key(a, SDLK_RETURN); /* a round starts: still no button */
        ui_step(a);
        CHECK(app_playing(a) && !button_drawn(a));
        ui_key(a, SDLK_l);
        CHECK(!speak_speaking(a));
        app_close(a);
    }
    unsetenv("ALLIANTIESPEL_SPEECH_LIB");
}

static void test_headless_quiet(void)
{
    /* where nobody could hear, nothing is loaded and nothing is said */
    unsetenv("SDL_AUDIODRIVER");
    ui_forget_round();
    const char *args[] = {"--lang", "en"};
    app *a = ui_open(2, args, true);
    CHECK(a != NULL);
    if (a) {
        ui_step(a);
        CHECK_INT(speak_state_now(a), SPEAK_OFF);
        CHECK(strstr(a->message, "Read aloud") == NULL);
        app_close(a);
    }
}

/* Run as "ui_speak_test no-voice": espeak-ng is loaded once a process,
 * so the game without it is a process of its own. */
int main(int argc, char **argv)
{
    if (!ui_env_private(home, sizeof home, "speak"))
        return 1;
    snprintf(sound, sizeof sound, "%s/sound.raw", home);
    setenv("SDL_DISKAUDIOFILE", sound, 1);
    if (argc > 1 && strcmp(argv[1], "no-voice") == 0) {
        test_off("disk", "libnot-there.so.1", "espeak-ng");
        ui_remove_tree(home);
        return check_report();
    }
    test_layout();
    int16_t *samples = NULL;
    size_t count = 0;
    int rate = 0;
    char why[512];
    if (!speech_render("ja", "nl", &samples, &count, &rate, why, sizeof why)) {
        printf("SKIP: %s\n", why);
        ui_remove_tree(home);
        return 77;
    }
    free(samples);
    test_reads_aloud();
    test_guess();
    test_off("dummy", NULL, "no sound device");
    test_headless_quiet();
    ui_remove_tree(home);
    return check_report();
}
