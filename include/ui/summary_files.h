/* summary_files: the board's files (summary_files.c). */
#ifndef ALLIANTIESPEL_SUMMARY_FILES_H
#define ALLIANTIESPEL_SUMMARY_FILES_H

#include <stdbool.h>

#include "app.h"

/* The line under the board: what was stored, saved or downloaded. */
typedef struct {
    char text[APP_PATH_MAX + 256];
    bool failed; /* it tells of a failure */
    char folder[APP_PATH_MAX]; /* where the picture went, offered to be
                                  opened (a desktop), else empty */
} summary_banner;

/* --save FILE: the round also written there; told only when it fails. */
void summary_files_save_cli(app *a, summary_banner *b);
/* Where the round was stored, once the board is reached. */
void summary_files_tell_stored(app *a, summary_banner *b);
/* P: the board as a picture in the user's folder (a download in a
 * browser). */
void summary_files_save_png(app *a, summary_banner *b);
/* The picture's folder shown in the system's file manager (its button
 * beside the banner); the banner says so when it cannot be. */
void summary_files_open_folder(app *a, summary_banner *b);
/* E, in a browser: the stored result file as a download. */
void summary_files_download(app *a, summary_banner *b);

#endif
