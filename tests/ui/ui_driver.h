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
#include <sys/stat.h>
#include <dirent.h>
#include <unistd.h>

#include "app.h"
#include "cli.h"

static uint32_t ui_now = 1000;

/* Headless video, software rendering, user files in a private folder. */
static inline void ui_env(const char *home)
{
    setenv("SDL_VIDEODRIVER", "offscreen", 1);
    setenv("SDL_RENDER_DRIVER", "software", 1);
    mkdir(home, 0700);
    setenv("XDG_DATA_HOME", home, 1);
    setenv("ALLIANTIESPEL_DATA_DIR", TEST_SOURCE_DIR, 1);
}

/* ui_env with a user folder of this run's own, made fresh under $TMPDIR
 * (or /tmp): tests running at the same time (ctest -j, a test and its
 * fontconfig twin, two build folders) never read or delete each other's
 * settings, results or round in progress. HOME receives the folder's
 * path; NAME goes into it so a left-over folder says whose it was. */
static inline bool ui_env_private(char *home, size_t size, const char *name)
{
    const char *tmp = getenv("TMPDIR");
    if (tmp == NULL || tmp[0] == '\0')
        tmp = "/tmp";
    int n = snprintf(home, size, "%s/alliantiespel-%s-XXXXXX", tmp, name);
    if (n < 0 || (size_t)n >= size) {
        fprintf(stderr, "ui_env_private: folder name too long\n");
        return false;
    }
    if (mkdtemp(home) == NULL) {
        perror(home);
        return false;
    }
    ui_env(home);
    return true;
}

/* Removes DIR and everything under it (a folder from ui_env_private).
 * Symbolic links are removed, never followed: a test puts one in its
 * folder pointing at a shipped deck. */
static inline bool ui_remove_tree(const char *dir)
{
    bool ok = true;
    DIR *d = opendir(dir);
    if (d == NULL) {
        perror(dir);
        return false;
    }
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        char path[4096];
        int n = snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (n < 0 || (size_t)n >= sizeof path || lstat(path, &st) != 0) {
            ok = false;
            continue;
        }
        if (S_ISDIR(st.st_mode))
            ok = ui_remove_tree(path) && ok;
        else if (unlink(path) != 0) {
            perror(path);
            ok = false;
        }
    }
    closedir(d);
    if (rmdir(dir) != 0) {
        perror(dir);
        ok = false;
    }
    return ok;
}

/* Forgets a round left in progress by an earlier part of a test, so the
 * next start does not ask about it. */
static inline void ui_forget_round(void)
{
    const char *home = getenv("XDG_DATA_HOME");
    char path[1024];
    if (home == NULL)
        return;
    snprintf(path, sizeof path, "%.900s/alliantiespel/alliantiespel/"
             "round-in-progress.yaml", home);
    remove(path);
}

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
    app_config config = {true, trace};
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

/* A key, then a step. */
static inline bool ui_key(app *a, SDL_Keycode sym)
{
    ui_push_key(sym);
    return ui_step(a);
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
    if (SDL_RenderReadPixels(a->renderer, NULL, SDL_PIXELFORMAT_ARGB8888,
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
