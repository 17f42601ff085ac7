/* preload: see preload.h. */
#include "preload.h"

#include <stdio.h>
#include <string.h>

#include <SDL.h>

#include "datadir.h"
#include "draw.h"
#include "image_lib.h"

/* Reads and checks every icon the start screen and the decks name, so a
 * broken picture is told at start, not in the middle of a meeting. */
static bool preload_icons(const app *a, assets *icons, char *err,
                          size_t err_size)
{
    bool required = false;
    const char *name;
    for (size_t i = 0; (name = app_icon_name(a, i, &required)) != NULL; i++)
        if (!assets_preload(icons, name, required, err, err_size))
            return false;
    return true;
}

/* The two font files, found and opened. */
static bool preload_fonts(preload *job, const app *a)
{
    char regular[APP_PATH_MAX], bold[APP_PATH_MAX];
    if (assets_find_fonts(a->data_dir, regular, sizeof regular, bold,
                          sizeof bold, job->error, sizeof job->error))
        job->text = text_cache_new(regular, bold, job->error,
                                   sizeof job->error);
    return job->text != NULL;
}

bool preload_run(preload *job, app *a, const cli_options *options, int w,
                 int h)
{
    job->exit_code = app_load_decks(a, options, job->error,
                                    sizeof job->error);
    if (job->exit_code != 0)
        return false;
    job->exit_code = CLI_EXIT_FAILURE; /* until all is done */
    if (!image_lib_open(job->error, sizeof job->error) ||
        !preload_fonts(job, a))
        return false;
    char icons[APP_PATH_MAX];
    datadir_join(icons, sizeof icons, a->data_dir, "assets/icons");
    job->assets = assets_new(NULL, icons);
    if (job->assets == NULL) {
        snprintf(job->error, sizeof job->error, "out of memory.");
        return false;
    }
    if (!preload_icons(a, job->assets, job->error, sizeof job->error))
        return false;
    /* not made (out of memory): the first frame tries again */
    (void)felt_make(&job->felt, w, h, draw_felt_rgb());
    job->exit_code = 0;
    return true;
}

static int preload_thread(void *data)
{
    preload *job = data;
    job->loaded = preload_run(job, job->app, job->options, job->w, job->h);
    return 0;
}

void preload_start(preload *job, app *a, const cli_options *options, int w,
                   int h)
{
    job->app = a;
    job->options = options;
    job->w = w;
    job->h = h;
    job->thread = SDL_CreateThread(preload_thread, "preload", job);
    if (job->thread == NULL) /* no threads here: in turn */
        (void)preload_thread(job);
}

bool preload_wait(preload *job)
{
    if (job->thread != NULL)
        SDL_WaitThread(job->thread, NULL);
    job->thread = NULL;
    return job->loaded;
}

void preload_free(preload *job)
{
    felt_free(&job->felt);
    assets_free(job->assets);
    job->assets = NULL;
    text_cache_free(job->text);
    job->text = NULL;
}
