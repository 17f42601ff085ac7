/* ahead: see ahead.h. */
#include "ahead.h"

#include <stdio.h>
#include <string.h>

#include "datadir.h"
#include "draw.h"
#include "image_lib.h"

/* Reads and checks every icon the start screen and the decks name, so a
 * broken picture is told at start, not in the middle of a meeting. */
static bool ahead_read_icons(const app *a, assets *icons, char *err,
                             size_t err_size)
{
    bool required = false;
    const char *name;
    for (size_t i = 0; (name = app_icon_name(a, i, &required)) != NULL; i++)
        if (!assets_preload(icons, name, required, err, err_size))
            return false;
    return true;
}

/* The work itself; it writes the decks and job, and is the only one to
 * use the font library meanwhile. */
static int ahead_work(void *data)
{
    ahead *job = data;
    app *a = job->app;
    job->exit_code = app_load_decks(a, job->options, job->error,
                                    sizeof job->error);
    if (job->exit_code == 0 && !image_lib_open(job->error, sizeof job->error))
        job->exit_code = CLI_EXIT_FAILURE;
    if (job->exit_code == 0) {
        char regular[APP_PATH_MAX], bold[APP_PATH_MAX];
        if (assets_find_fonts(a->data_dir, regular, sizeof regular, bold,
                              sizeof bold,
                              job->error, sizeof job->error))
            job->text = text_cache_new(regular, bold, job->error,
                                       sizeof job->error);
        if (job->text == NULL)
            job->exit_code = CLI_EXIT_FAILURE;
    }
    if (job->exit_code == 0) {
        char icons[APP_PATH_MAX];
        datadir_join(icons, sizeof icons, a->data_dir, "assets/icons");
        job->assets = assets_new(NULL, icons);
        if (job->assets == NULL) {
            job->exit_code = CLI_EXIT_FAILURE;
            snprintf(job->error, sizeof job->error, "out of memory.");
        } else if (!ahead_read_icons(a, job->assets, job->error,
                                     sizeof job->error)) {
            job->exit_code = CLI_EXIT_FAILURE;
        }
    }
    if (job->exit_code == 0 && ahead_claim_felt(job))
        felt_make(&job->felt, job->w, job->h, draw_felt_rgb());
    return 0;
}

bool ahead_claim_felt(ahead *job)
{
    return SDL_AtomicCAS(&job->felt_claimed, 0, 1) == SDL_TRUE;
}

void ahead_start(ahead *job, app *a, const cli_options *options, int w,
                 int h)
{
    job->app = a;
    job->options = options;
    job->w = w;
    job->h = h;
    job->thread = SDL_CreateThread(ahead_work, "ahead", job);
    if (job->thread == NULL)
        ahead_work(job); /* one core then: the same work, in turn */
}

void ahead_join(ahead *job)
{
    if (job->thread != NULL)
        SDL_WaitThread(job->thread, NULL);
    job->thread = NULL;
}

void ahead_free(ahead *job)
{
    felt_free(&job->felt);
    assets_free(job->assets);
    job->assets = NULL;
    text_cache_free(job->text);
    job->text = NULL;
}
