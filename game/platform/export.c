/* export: --export CODE DIR's pictures: each round of the pair drawn as
 * its board for the client file, upright at the size of an A4 page at
 * 150 dots per inch, in a window nobody sees, and saved as
 * DIR/CODE-DATE.png: a page to print, white with dark ink, no text
 * under 9 pt. Nothing is written in the user's folder. */
#include "export.h"

#include <SDL.h>
#include <stdio.h>
#include <string.h>

#include "catalog.h"
#include "datadir.h"
#include "history.h"
#include "platform.h"
#include "result.h"
#include "scene.h"

/* An A4 page, 210 x 297 mm, at 150 dots per inch. */
#define EXPORT_PAGE_W 1240
#define EXPORT_PAGE_H 1754

int export_pictures(const cli_options *options, const char *data_dir)
{
    char folder[4096];
    if (!history_user_folder(folder, sizeof folder))
        return CLI_EXIT_FAILURE;
    history h;
    error_list errors;
    error_list_init(&errors);
    if (!history_load(folder, options->pair, &h, &errors)) {
        error_print(&errors, stderr);
        error_list_free(&errors);
        return CLI_EXIT_FAILURE;
    }
    error_list_clear(&errors);
    /* drawn where nobody sees it, and storing nothing */
    if (SDL_setenv("SDL_VIDEODRIVER", "offscreen", 1) != 0 ||
        SDL_setenv("SDL_RENDER_DRIVER", "software", 1) != 0) {
        history_free(&h);
        return CLI_EXIT_FAILURE;
    }
    cli_options page = *options;
    page.mode = CLI_MODE_GAME;
    page.window_width = EXPORT_PAGE_W;
    page.window_height = EXPORT_PAGE_H;
    page.no_trace = true;
    page.pair[0] = '\0';
    page.language = NULL;
    int exit_code = CLI_EXIT_OK;
    app *a = app_open(&page, data_dir, NULL, &exit_code);
    if (a == NULL) {
        history_free(&h);
        return exit_code ? exit_code : CLI_EXIT_FAILURE;
    }
    int status = CLI_EXIT_OK;
    for (size_t i = 0; i < h.count && status == CLI_EXIT_OK; i++) {
        /* the round on its deck as installed: the file's own small deck
         * has no icons for the scale's ends, nor the themes' names in
         * the client's words; a deck changed since keeps the file's */
        session real;
        error_list quiet;
        error_list_init(&quiet);
        int at = catalog_find(&a->catalog, h.rounds[i].deck.id);
        bool on_real = at >= 0 &&
                       result_resume_saved(h.rounds[i].path, &h.rounds[i].deck,
                                           &h.rounds[i].session,
                                           &a->catalog.decks[at], &real,
                                           &quiet);
        error_list_free(&quiet);
        /* the round is lent to the app for one picture, then taken back */
        app_show_stored(a, on_real ? &real : &h.rounds[i].session);
        char stamp[40], name[128], path[4096];
        result_format_time(h.rounds[i].session.started_at, stamp, sizeof stamp);
        for (char *c = stamp; *c; c++)
            if (*c == ':')
                *c = '-';
        snprintf(name, sizeof name, "%s-%s.png", options->pair, stamp);
        if (!datadir_join(path, sizeof path, options->export_dir, name) ||
            !scene_summary_picture(a, true, path, sizeof path, &errors)) {
            error_print(&errors, stderr);
            status = CLI_EXIT_FAILURE;
        } else {
            printf("%s\n", path);
        }
        app_show_stored(a, NULL);
        if (on_real)
            session_free(&real);
    }
    app_close(a);
    history_free(&h);
    error_list_free(&errors);
    return status;
}
