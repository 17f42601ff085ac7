/* ui_driver: drives the real app loop headless for tests and the
 * screenshot tool: pushes SDL events, steps with its own clock, reads the
 * frame back. */
#ifndef ALLIANTIESPEL_UI_DRIVER_H
#define ALLIANTIESPEL_UI_DRIVER_H

#include <SDL.h>
#include "image_lib.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <dirent.h>
#include <unistd.h>

#include "app.h"
#include "scene.h"
#include "trace.h"
#include "cli.h"
#include "platform.h"
#include "ui_driver_env.h"

static uint32_t ui_now = 1000;

/* Opens the app with these command-line arguments (argv[0] is added). */
static inline app *ui_open(int argc, const char **args, bool trace)
{
    static char *argv[32];
    static cli_options options;
    argv[0] = (char *)"alliantiespel";
    for (int i = 0; i < argc && i < 30; i++)
        argv[i + 1] = (char *)args[i];
    argv[argc + 1] = NULL;
    if (cli_parse(argc + 1, argv, &options, stderr) != CLI_EXIT_OK)
        return NULL;
    app_config config = {true, trace ? trace_recorder() : NULL, NULL};
    int code = 0;
    return app_open(&options, TEST_SOURCE_DIR, &config, &code);
}

/* One step of the loop, far enough in time that any animation is over. */
static inline bool ui_step(app *a)
{
    ui_now += 400;
    return app_step(a, ui_now);
}

static inline bool ui_step_ms(app *a, uint32_t ms)
{
    ui_now += ms;
    return app_step(a, ui_now);
}

/* Opens the app traced with these arguments and takes the first step;
 * NULL, said on stderr, when it does not open. */
static inline app *ui_start(int argc, const char **args)
{
    app *a = ui_open(argc, args, true);
    if (a == NULL)
        fprintf(stderr, "ui_start: the app did not open\n");
    else
        ui_step(a);
    return a;
}

static inline void ui_push_key(SDL_Keycode sym)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.state = SDL_PRESSED;
    e.key.keysym.sym = sym;
    SDL_PushEvent(&e);
    e.type = SDL_KEYUP;
    e.key.state = SDL_RELEASED;
    SDL_PushEvent(&e);
}

/* Typed text, a character at a time as the keyboard sends it (a text
 * event per letter), then a step. */
static inline bool ui_type(app *a, const char *text)
{
    for (const char *c = text; *c; c++) {
        SDL_Event e;
        memset(&e, 0, sizeof e);
        e.type = SDL_TEXTINPUT;
        e.text.text[0] = *c;
        SDL_PushEvent(&e);
    }
    return ui_step(a);
}

/* A key, then a step. */
static inline bool ui_key(app *a, SDL_Keycode sym)
{
    ui_push_key(sym);
    return ui_step(a);
}

/* The app opened again (untraced) after a crash, and its question about
 * the round left behind answered by key (SDLK_1 go on, SDLK_2 throw it
 * away); NULL, said on stderr, when it does not open or asks nothing. */
static inline app *ui_reopen(int argc, const char **args, SDL_Keycode key)
{
    app *a = ui_open(argc, args, false);
    if (a == NULL) {
        fprintf(stderr, "ui_reopen: the app did not open\n");
        return NULL;
    }
    ui_step(a);
    if (!app_asking(a, "resume")) {
        fprintf(stderr, "ui_reopen: no round was offered\n");
        app_close(a);
        return NULL;
    }
    ui_key(a, key);
    return a;
}

/* Both answers by keyboard, from the client's place screen through the
 * hand-over and the ready screen to the turned card. */
static inline void ui_answer_card(app *a, SDL_Keycode client,
                                  SDL_Keycode professional)
{
    ui_key(a, client);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_RETURN); /* hand-over */
    ui_key(a, professional);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_RETURN); /* ready: turn the card */
}

static inline bool ui_click(app *a, layout_rect r)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.state = SDL_PRESSED;
    e.button.which = 0;
    e.button.x = r.x + r.w / 2;
    e.button.y = r.y + r.h / 2;
    SDL_PushEvent(&e);
    return ui_step(a);
}

static inline bool ui_tap(app *a, layout_rect r)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_FINGERDOWN;
    e.tfinger.x = (float)(r.x + r.w / 2) / (float)a->out_w;
    e.tfinger.y = (float)(r.y + r.h / 2) / (float)a->out_h;
    e.tfinger.pressure = 1.0f;
    SDL_PushEvent(&e);
    return ui_step(a);
}

/* The current frame as an ARGB8888 surface (caller frees). */
static inline SDL_Surface *ui_frame(app *a)
{
    app_draw(a);
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, a->out_w, a->out_h, 32,
                                                    SDL_PIXELFORMAT_ARGB8888);
    if (s == NULL)
        return NULL;
    if (SDL_RenderReadPixels(a->platform->renderer, NULL, SDL_PIXELFORMAT_ARGB8888,
                             s->pixels, s->pitch) != 0) {
        SDL_FreeSurface(s);
        return NULL;
    }
    return s;
}

/* A test's own picture of a frame (not the game's saving). */
static inline bool ui_write_png(SDL_Surface *s, const char *path)
{
    FILE *f = fopen(path, "wb");
    if (f == NULL)
        return false;
    bool ok = image_lib_save_png(s, f) == 0;
    return fclose(f) == 0 && ok;
}

/* True when some traced text of the current frame contains needle (open
 * the app with tracing on). */
static inline bool ui_frame_says(app *a, const char *needle)
{
    app_draw(a);
    for (size_t i = 0; i < ui_trace.count; i++)
        if (ui_trace.items[i].kind == GFX_MARK_TEXT &&
            strstr(ui_trace.items[i].text, needle) != NULL)
            return true;
    return false;
}

/* The most times one traced text of the current frame says needle,
 * ignoring ASCII case ("Uit elkaar: ... uit elkaar" says it twice). */
static inline size_t ui_frame_most_in_one(app *a, const char *needle)
{
    app_draw(a);
    size_t most = 0, n = strlen(needle);
    for (size_t i = 0; i < ui_trace.count; i++) {
        if (ui_trace.items[i].kind != GFX_MARK_TEXT)
            continue;
        size_t here = 0;
        for (const char *t = ui_trace.items[i].text; *t; t++)
            here += strncasecmp(t, needle, n) == 0;
        most = here > most ? here : most;
    }
    return most;
}

/* True when the current frame drew exactly text in the box r (a text's
 * box, as the layout gave it: where a chart says "goed"). */
static inline bool ui_frame_says_in(app *a, const char *text, layout_rect r)
{
    app_draw(a);
    for (size_t i = 0; i < ui_trace.count; i++) {
        const trace_item *t = &ui_trace.items[i];
        if (t->kind == GFX_MARK_TEXT && strcmp(t->text, text) == 0 &&
            t->container.x == r.x && t->container.y == r.y &&
            t->container.w == r.w && t->container.h == r.h)
            return true;
    }
    return false;
}

/* How many markers (GFX_MARK_MARKER: what a chart places along its
 * scale) the current frame drew with their centre in r. */
static inline size_t ui_markers_in(app *a, layout_rect r)
{
    app_draw(a);
    size_t n = 0;
    for (size_t i = 0; i < ui_trace.count; i++) {
        const layout_rect *m = &ui_trace.items[i].rect;
        n += ui_trace.items[i].kind == GFX_MARK_MARKER &&
             layout_contains(r, m->x + m->w / 2, m->y + m->h / 2);
    }
    return n;
}

/* The option (0-based) at the good end of the theme of the card in play,
 * as the research puts it: the last on a positive theme, the first on a
 * negative one (stroefheid: a low score is good). Told apart from the
 * game's own rule, so a test that answers with it sees that rule. */
static inline int ui_good_option(const app *a)
{
    const session *s = app_session(a);
    const deck *d = s->deck;
    size_t card = s->rounds[s->current].card;
    return d->dimensions[d->cards[card].dimension].negative
               ? 0
               : (int)d->option_count - 1;
}

/* The round played from the next deal to the board: each card dealt and
 * answered by answer with the option at the good end of its theme
 * (ui_good_option), which leaves it on the next card or the board. */
static inline void ui_play_good_round(app *a, void (*answer)(app *, int good))
{
    for (int c = 0; c < 64 && a->scene != APP_SCENE_SUMMARY; c++) {
        ui_key(a, SDLK_RETURN); /* the deal */
        answer(a, ui_good_option(a));
    }
}

/* The box of the current frame's first text containing needle (a
 * button's label lies in the button: tapping its centre taps the
 * button); false when no text says it. */
static inline bool ui_text_box(app *a, const char *needle, layout_rect *out)
{
    app_draw(a);
    for (size_t i = 0; i < ui_trace.count; i++)
        if (ui_trace.items[i].kind == GFX_MARK_TEXT &&
            strstr(ui_trace.items[i].text, needle) != NULL) {
            *out = ui_trace.items[i].container;
            return true;
        }
    return false;
}

/* How many things of this kind the current frame drew. */
static inline size_t ui_frame_count(app *a, gfx_mark_kind kind)
{
    app_draw(a);
    size_t n = 0;
    for (size_t i = 0; i < ui_trace.count; i++)
        n += ui_trace.items[i].kind == kind;
    return n;
}

static inline bool ui_save(app *a, const char *path)
{
    SDL_Surface *s = ui_frame(a);
    if (s == NULL)
        return false;
    bool ok = ui_write_png(s, path);
    SDL_FreeSurface(s);
    return ok;
}

#endif
