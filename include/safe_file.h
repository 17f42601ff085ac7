/* safe_file: the one way the game writes a file that holds answers or
 * settings, and opens one to read. Writing goes to a fresh temporary file
 * beside the target (NAME.tmp-XXXXXX, made with O_CREAT|O_EXCL so a
 * symbolic link planted there cannot redirect it), readable by the owner
 * only, and reaches the target by rename once it is whole and on disk: a
 * full disk or a crash never leaves half a file at the target. Reading
 * never blocks on a FIFO or a device. Every operating-system failure goes
 * into the error_list with its errno (error_add_os). */
#ifndef ALLIANTIESPEL_SAFE_FILE_H
#define ALLIANTIESPEL_SAFE_FILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "error.h"

/* What a temporary file's name ends with before mkstemp's six characters;
 * datadir_remove_stale_temps looks for it. */
#define SAFE_FILE_TMP_MARK ".tmp-"
#define SAFE_FILE_TMP_SUFFIX SAFE_FILE_TMP_MARK "XXXXXX"

typedef struct {
    FILE *stream;   /* the temporary file, open to write */
    char *path;     /* the target */
    char *tmp_path; /* the temporary file, until committed or aborted */
} safe_file;

/* Creates a fresh temporary file beside path with mkstemp and makes it
 * mode 0600 through the descriptor. On failure *f is left so that
 * safe_file_abort is harmless, and errors says why. */
bool safe_file_create(safe_file *f, const char *path, error_list *errors);

/* stdio on the temporary file, opened by safe_file_create. */
FILE *safe_file_stream(safe_file *f);

/* Flushes and checks the stream, fsyncs and closes the file, renames it
 * onto path and fsyncs the folder. When anything before the rename fails
 * the temporary file is removed, path is untouched, and it returns false
 * with the reason; the struct is released either way. */
bool safe_file_commit(safe_file *f, error_list *errors);

/* How many names safe_file_commit_new tries: NAME.EXT, NAME-1.EXT, ... */
#define SAFE_FILE_NEW_TRIES 100

/* Like safe_file_commit, but never over a file, even when another
 * program stores under the same name at the same moment: the file gets
 * path's name, or with "-1" ... "-99" before its extension when that is
 * taken. The name it got goes into chosen. */
bool safe_file_commit_new(safe_file *f, char *chosen, size_t size,
                          error_list *errors);

/* The i-th name safe_file_commit_new tries for path (0: path itself). */
bool safe_file_candidate(const char *path, int i, char *out, size_t size);

/* Closes and removes the temporary file and releases the struct. Safe on
 * a zeroed, failed, committed or already aborted struct. */
void safe_file_abort(safe_file *f);

/* Opens path for reading ("rb") without ever blocking (a FIFO with no
 * writer would hang an ordinary open) and refuses anything but a regular
 * file with a message naming it; *size (when not NULL) gets its size.
 * NULL on failure. */
FILE *safe_file_open_regular(const char *path, long long *size,
                             error_list *errors);

/* fsyncs the folder that holds path, so a rename or unlink in it
 * survives a power cut. */
bool safe_file_sync_folder(const char *path, error_list *errors);

/* For a library that writes only to a file name (libxlsxwriter): a fresh
 * folder of the owner's only (0700) beside path, named
 * PATH.tmp-XXXXXX, into out. The library writes its file in there, where
 * nobody else can plant a link; safe_file_place then moves it out. */
bool safe_file_private_dir(const char *path, char *out, size_t size,
                           error_list *errors);

/* Whether a new file may be put at path: true when nothing is there (not
 * even a dangling link), or with replace when a regular file is; else
 * false, saying why in errors ("there is a file by this name already";
 * a terminal, a device or a link is never replaced). */
bool safe_file_may_write(const char *path, bool replace, error_list *errors);

/* How safe_file_place names the file: only at the name asked for (a
 * file there stays, and it fails saying so), replacing a regular file
 * there, or at the first free one of SAFE_FILE_NEW_TRIES names, like
 * safe_file_commit_new. */
typedef enum {
    SAFE_FILE_NEW,
    SAFE_FILE_REPLACE,
    SAFE_FILE_NUMBERED
} safe_file_placing;

/* Puts the finished file from (in a private folder beside to, so on the
 * same file system) at to, the way how says: makes it 0600 and fsyncs
 * it, gives it its name (os_place_new: never over a file, even one
 * another program makes that moment; a rename only for
 * SAFE_FILE_REPLACE, and only over a regular file), and fsyncs the
 * folder. The name it got goes into chosen. On failure from is left for
 * the caller to remove. */
bool safe_file_place(const char *from, const char *to, safe_file_placing how,
                     char *chosen, size_t size, error_list *errors);

#endif
