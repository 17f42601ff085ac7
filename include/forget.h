/* forget: every byte of a pair this program wrote, found and deleted on
 * request (--forget, the history screen's delete), then checked. The
 * pair's files in the user's folder: its results (by name, or any result
 * or round that says "pair: CODE"), results set aside, rounds in progress
 * and rounds not picked up, board pictures (board-CODE-*.png), and the
 * folders it was exported to (exports.txt: remembered, not deleted, since
 * they are the user's own). A round another open window is playing is
 * left alone and told. */
#ifndef ALLIANTIESPEL_FORGET_H
#define ALLIANTIESPEL_FORGET_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

/* The user's folder's list of export folders: "CODE<TAB>FOLDER" lines. */
#define FORGET_EXPORTS_FILE "exports.txt"
#define FORGET_MAX_LISTED 16

typedef struct {
    size_t removed;     /* files deleted */
    size_t left;        /* files of the pair still there (checked after) */
    size_t live;        /* of those: rounds an open window is playing */
    /* board pictures from before pictures were named with the pair's
     * code: they may show the pair, nobody can tell by the name */
    size_t unknown_pictures;
    /* folders the pair was exported to (its own files there are the
     * user's to delete) */
    char exports[FORGET_MAX_LISTED][1024];
    size_t export_count;
} forget_report;

/* How many files of code folder holds (what forget_pair would delete). */
size_t forget_count(const char *folder, const char *code);

/* Deletes every file of code in folder and forgets its export folders
 * (after putting them in the report). True when nothing of the pair is
 * left; every failure is in errors, naming the file. */
bool forget_pair(const char *folder, const char *code, forget_report *out,
                 error_list *errors);

/* Remembers that code was exported to dir (an absolute path is stored),
 * so forgetting the pair can say where its copies went. */
bool forget_note_export(const char *folder, const char *code,
                        const char *dir, error_list *errors);

/* True when the file at path says "pair: CODE" in its header; read as
 * text, so a damaged result is still found. */
bool forget_file_is_of(const char *path, const char *code);

#endif
