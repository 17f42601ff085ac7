/* safe_file: writing a file whole or not at all, and opening one to read
 * without blocking. The system's part is the os layer's (os.h). */
#include "safe_file.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "os.h"

static void release(safe_file *f)
{
    free(f->path);
    free(f->tmp_path);
    f->path = NULL;
    f->tmp_path = NULL;
    f->stream = NULL;
}

bool safe_file_create(safe_file *f, const char *path, error_list *errors)
{
    f->stream = NULL;
    f->tmp_path = NULL;
    size_t len = strlen(path);
    size_t tmp_size = len + sizeof SAFE_FILE_TMP_SUFFIX;
    f->path = malloc(len + 1);
    char *tmp = malloc(tmp_size);
    if (!f->path || !tmp) {
        free(tmp);
        release(f);
        error_add(errors, path, 0, 0, "out of memory");
        return false;
    }
    memcpy(f->path, path, len + 1);
    int failure = 0;
    f->stream = os_create_temp(path, tmp, tmp_size, &failure);
    if (!f->stream) {
        error_add_os(errors, path, failure, "cannot create the file");
        free(tmp);
        release(f);
        return false;
    }
    f->tmp_path = tmp;
    return true;
}

FILE *safe_file_stream(safe_file *f)
{
    return f->stream;
}

void safe_file_abort(safe_file *f)
{
    if (f->tmp_path) {
        if (f->stream)
            (void)fclose(f->stream); /* the file is being thrown away */
        (void)os_remove(f->tmp_path); /* best effort; stale temps are swept */
    }
    release(f);
}

/* Flushes, syncs and closes the temporary file: true when it is whole on
 * disk. On failure the reason is added and the temporary file removed. */
static bool safe_file_finish(safe_file *f, error_list *errors)
{
    if (!f->tmp_path || !f->stream) {
        error_add(errors, f->path, 0, 0, "the file was not opened for writing");
        safe_file_abort(f);
        return false;
    }
    int failure = os_flush_to_disk(f->stream);
    const char *what = failure ? "cannot write the file" : "";
    int closed = fclose(f->stream);
    if (closed != 0 && failure == 0) {
        failure = errno ? errno : EIO;
        what = "cannot save the file";
    }
    f->stream = NULL;
    if (failure != 0) {
        error_add_os(errors, f->path, failure, "%s", what);
        safe_file_abort(f);
        return false;
    }
    return true;
}

bool safe_file_commit(safe_file *f, error_list *errors)
{
    if (!safe_file_finish(f, errors))
        return false;
    int failure = os_replace(f->tmp_path, f->path);
    if (failure != 0) {
        error_add_os(errors, f->path, failure, "cannot save the file");
        safe_file_abort(f);
        return false;
    }
    /* The move is done: the file is whole at path. A folder that cannot
     * be synced is still reported, since the move may not survive a
     * power cut. */
    bool synced = safe_file_sync_folder(f->path, errors);
    release(f);
    return synced;
}

bool safe_file_candidate(const char *path, int i, char *out, size_t size)
{
    if (i == 0) {
        int n = snprintf(out, size, "%s", path);
        return n >= 0 && (size_t)n < size;
    }
    const char *slash = strrchr(path, '/');
    const char *back = strrchr(path, '\\');
    if (back && (!slash || back > slash))
        slash = back;
    const char *name = slash ? slash + 1 : path;
    const char *dot = strrchr(name, '.');
    size_t stem = dot && dot != name ? (size_t)(dot - path) : strlen(path);
    int n = snprintf(out, size, "%.*s-%d%s", (int)stem, path, i, path + stem);
    return n >= 0 && (size_t)n < size;
}

/* Gives from the first free name of path's numbered names (tries of
 * them): 0, or EEXIST when all are taken, or another errno. */
static int place_numbered(const char *from, const char *path, int tries,
                          char *chosen, size_t size)
{
    int failure = EEXIST;
    for (int i = 0; i < tries && failure == EEXIST; i++) {
        if (!safe_file_candidate(path, i, chosen, size))
            return ENAMETOOLONG;
        failure = os_place_new(from, chosen);
    }
    return failure;
}

bool safe_file_commit_new(safe_file *f, char *chosen, size_t size,
                          error_list *errors)
{
    if (!safe_file_finish(f, errors))
        return false;
    int failure = place_numbered(f->tmp_path, f->path, SAFE_FILE_NEW_TRIES,
                                 chosen, size);
    if (failure != 0) {
        error_add_os(errors, f->path, failure, "cannot save the file");
        safe_file_abort(f);
        return false;
    }
    bool synced = safe_file_sync_folder(chosen, errors);
    release(f);
    return synced;
}

FILE *safe_file_open_regular(const char *path, long long *size,
                             error_list *errors)
{
    long long ignored;
    os_kind kind = OS_MISSING;
    int failure = 0;
    FILE *f = os_open_regular(path, size ? size : &ignored, &kind, &failure);
    if (f)
        return f;
    if (failure != 0)
        error_add_os(errors, path, failure, "cannot open the file");
    else
        error_add(errors, path, 0, 0, "not a regular file: this is %s, "
                  "not a file the game can read", os_kind_name(kind));
    return NULL;
}

bool safe_file_sync_folder(const char *path, error_list *errors)
{
    int failure = os_sync_folder(path);
    if (failure != 0)
        error_add_os(errors, path, failure, "cannot save the folder of the file");
    return failure == 0;
}

bool safe_file_private_dir(const char *path, char *out, size_t size,
                           error_list *errors)
{
    /* a fresh folder of the owner's only: nobody else can plant anything
     * in it, whatever the folder around it allows */
    int failure = os_make_temp_folder(path, out, size);
    if (failure != 0)
        error_add_os(errors, path, failure, "cannot create the file");
    return failure == 0;
}

static void said_taken(const char *path, error_list *errors)
{
    error_add(errors, path, 0, 0, "there is a file by this name already; it "
              "was left as it is (choose another name, or remove it)");
}

bool safe_file_may_write(const char *path, bool replace, error_list *errors)
{
    os_kind kind = os_kind_of(path);
    if (kind == OS_MISSING)
        return true;
    if (!replace) {
        said_taken(path, errors);
        return false;
    }
    /* a terminal, a device, a folder or a link is never replaced */
    if (kind != OS_FILE) {
        error_add(errors, path, 0, 0, "not a regular file: this is %s, "
                  "which is never replaced", os_kind_name(kind));
        return false;
    }
    return true;
}

bool safe_file_place(const char *from, const char *to, safe_file_placing how,
                     char *chosen, size_t size, error_list *errors)
{
    /* private before it has a name anyone looks for, and on disk before
     * it has a name at all */
    int failure = os_finish_file(from);
    if (failure) {
        error_add_os(errors, to, failure, "cannot save the file");
        return false;
    }
    if (how == SAFE_FILE_REPLACE) {
        if (!safe_file_may_write(to, true, errors))
            return false;
        failure = snprintf(chosen, size, "%s", to) >= (int)size
                      ? ENAMETOOLONG
                      : os_replace(from, to);
    } else {
        failure = place_numbered(from, to, how == SAFE_FILE_NUMBERED
                                               ? SAFE_FILE_NEW_TRIES : 1,
                                 chosen, size);
    }
    if (failure == EEXIST && how == SAFE_FILE_NEW) {
        said_taken(to, errors);
        return false;
    }
    if (failure) {
        error_add_os(errors, to, failure, "cannot save the file");
        return false;
    }
    return safe_file_sync_folder(chosen, errors);
}
