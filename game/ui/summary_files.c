/* summary_files: what the board does with files (scene_summary.c's
 * part that touches them): the --save copy, saying where the round was
 * stored, the picture, and in a browser the downloads. Each tells the
 * board's banner what happened. */
#include "summary_files.h"

#include <stdio.h>

#include "autosave.h"
#include "datadir.h"
#include "draw.h"
#include "gfx.h"
#include "i18n.h"
#include "result.h"
#include "scene.h"

void summary_files_save_cli(app *a, summary_banner *b)
{
    if (a->save_path[0] == '\0')
        return;
    error_list errors;
    error_list_init(&errors);
    /* on success the banner keeps saying where the game stored the round;
     * the --save file was named by whoever started the game */
    if (!result_write(a->save_path, app_session(a), &errors)) {
        error_print(&errors, stderr);
        draw_format(b->text, sizeof b->text,
                    _("Could not save: %s"), a->save_path, NULL);
        b->failed = true;
        a->exit_code = CLI_EXIT_FAILURE;
    }
    error_list_free(&errors);
}

/* What the banner says once the board is reached: where the round was
 * stored, or why it was not. */
void summary_files_tell_stored(app *a, summary_banner *b)
{
    const char *stored = autosave_stored_path(a);
    b->failed = stored[0] == '\0';
    /* when storing failed, the lasting notice at the top says why */
    /* on a projector the room sees no folder's name (it holds the
     * user's); the facilitator finds the file where README's "Your
     * data" says */
    if (stored[0] && gfx_offers_files(a->gfx))
        /* a browser's folder is nowhere a person can look */
        snprintf(b->text, sizeof b->text, "%s",
                 _("The answers are kept in this browser, on this device "
                   "only. Answers (E) downloads them."));
    else if (stored[0] &&
             app_session_mode(a)->layout == MODE_LAYOUT_PROJECTOR)
        snprintf(b->text, sizeof b->text, "%s",
                 _("The answers are stored on this computer."));
    else if (stored[0])
        draw_format(b->text, sizeof b->text,
                    _("The answers are stored on this computer: %s"), stored,
                    NULL);
}

void summary_files_save_png(app *a, summary_banner *b)
{
    char path[APP_PATH_MAX], prefix[64];
    /* a pair's pictures carry its code: --forget finds them by name */
    snprintf(prefix, sizeof prefix, "board%s%s", app_session(a)->pair[0] ? "-" : "",
             app_session(a)->pair);
    if (!app_user_file(a, prefix, "png", path, sizeof path)) {
        snprintf(b->text, sizeof b->text, "%s",
                 play_no_trace(&a->play) ? _("No trace: not even a picture is kept.")
                             : _("There is no folder to save in."));
        b->failed = true;
        return;
    }
    /* the board without the banner and the notice */
    error_list errors;
    error_list_init(&errors);
    if (scene_summary_picture(a, path, sizeof path, &errors)) {
        /* in a browser the folder is out of reach: the picture is a
         * download, named as the file */
        bool offered = gfx_offers_files(a->gfx);
        if (offered && !gfx_offer_file(a->gfx, path, "image/png"))
            fprintf(stderr, "alliantiespel: cannot download %s\n", path);
        draw_format(b->text, sizeof b->text,
                    offered ? _("The picture is downloaded: %s")
                            : _("The picture is saved: %s"),
                    offered ? datadir_base_name(path) : path, NULL);
        b->failed = false;
    } else {
        char first[512];
        error_format_first(&errors, first, sizeof first);
        fprintf(stderr, "alliantiespel: %s\n", first);
        draw_format(b->text, sizeof b->text,
                    _("The picture could not be saved: %s."),
                    autosave_reason(errors.os_error), NULL);
        b->failed = true;
    }
    error_list_free(&errors);
}

/* The stored answers as a download (a browser: E, or its button). */
void summary_files_download(app *a, summary_banner *b)
{
    const char *path = autosave_stored_path(a);
    if (!gfx_offers_files(a->gfx) || path[0] == '\0')
        return;
    bool ok = gfx_offer_file(a->gfx, path, "application/x-yaml");
    draw_format(b->text, sizeof b->text,
                ok ? _("The answers are downloaded: %s")
                   : _("The answers could not be downloaded: %s."),
                datadir_base_name(path), NULL);
    b->failed = !ok;
}
