/* safe_file: writing a file whole or not at all, and opening one to read
 * without blocking. */
#include "safe_file.h"

#include "os.h"

#include <errno.h>
#include <stdio.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void release(safe_file *f)
{
    free(f->path);
    free(f->tmp_path);
    f->path = NULL;
    f->tmp_path = NULL;
    f->stream = NULL;
    f->fd = -1;
}

bool safe_file_create(safe_file *f, const char *path, error_list *errors)
{
    f->fd = -1;
    f->stream = NULL;
    f->tmp_path = NULL;
    size_t len = strlen(path);
    f->path = malloc(len + 1);
    char *tmp = malloc(len + sizeof SAFE_FILE_TMP_SUFFIX);
    if (!f->path || !tmp) {
        free(tmp);
        release(f);
        error_add(errors, path, 0, 0, "out of memory");
        return false;
    }
    memcpy(f->path, path, len + 1);
    snprintf(tmp, len + sizeof SAFE_FILE_TMP_SUFFIX, "%s" SAFE_FILE_TMP_SUFFIX, path);
    /* mkstemp opens with O_CREAT|O_EXCL: it never follows a link someone
     * planted, and never reuses a file that was already there. */
    int fd = mkstemp(tmp);
    if (fd < 0) {
        error_add_os(errors, path, errno, "cannot create the file");
        free(tmp);
        release(f);
        return false;
    }
    f->fd = fd;
    f->tmp_path = tmp;
    /* Answers about clients are private. mkstemp already makes 0600 on
     * glibc, but POSIX does not promise it; the descriptor, not the name,
     * so the change lands on the file we made. */
    if (fchmod(fd, 0600) != 0) {
        error_add_os(errors, path, errno, "cannot make the file private");
        safe_file_abort(f);
        return false;
    }
    f->stream = fdopen(fd, "w");
    if (!f->stream) {
        error_add_os(errors, path, errno, "cannot write the file");
        safe_file_abort(f);
        return false;
    }
    return true;
}

FILE *safe_file_stream(safe_file *f)
{
    return f->stream;
}

int safe_file_fd(const safe_file *f)
{
    return f->fd;
}

void safe_file_abort(safe_file *f)
{
    /* A zeroed struct has fd 0 (stdin): only a struct that still names a
     * temporary file owns a descriptor. */
    if (f->tmp_path) {
        if (f->stream)
            (void)fclose(f->stream); /* the file is being thrown away */
        else if (f->fd >= 0)
            (void)close(f->fd);
        (void)unlink(f->tmp_path); /* best effort; stale temps are swept */
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
    /* errno is read right after each call that failed: fclose below may
     * change it. */
    int failure = 0;
    const char *what = "cannot write the file";
    if (fflush(f->stream) != 0) {
        failure = errno;
    } else if (ferror(f->stream)) {
        failure = EIO;
    } else if (fsync(f->fd) != 0) {
        failure = errno;
        what = "cannot save the file";
    }
    int closed = fclose(f->stream);
    if (closed != 0 && failure == 0)
        failure = errno;
    f->stream = NULL;
    f->fd = -1;
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
    if (rename(f->tmp_path, f->path) != 0) {
        error_add_os(errors, f->path, errno, "cannot save the file");
        safe_file_abort(f);
        return false;
    }
    /* The rename is done: the file is whole at path. A folder that cannot
     * be synced is still reported, since the rename may not survive a
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
    const char *dot = strrchr(slash ? slash + 1 : path, '.');
    size_t stem = dot && dot != (slash ? slash + 1 : path)
                      ? (size_t)(dot - path)
                      : strlen(path);
    int n = snprintf(out, size, "%.*s-%d%s", (int)stem, path, i, path + stem);
    return n >= 0 && (size_t)n < size;
}

/* The whole file from at path's first free name of tries (path, then
 * with -1, -2 ... added), into chosen: 0, or an errno (EEXIST when every
 * name was taken). */
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

static const char *kind_of(mode_t mode)
{
    if (S_ISDIR(mode))
        return "a folder";
    if (S_ISFIFO(mode))
        return "a FIFO";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "a device";
    if (S_ISSOCK(mode))
        return "a socket";
    return "a special file";
}

int safe_file_open_regular(const char *path, error_list *errors)
{
    /* O_NONBLOCK: opening a FIFO with no writer, or some devices, would
     * wait forever; the game and --check must answer instead. */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        error_add_os(errors, path, errno, "cannot open the file");
        return -1;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        error_add_os(errors, path, errno, "cannot open the file");
        (void)close(fd); /* read-only: nothing to lose */
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        error_add(errors, path, 0, 0, "not a regular file: this is %s, "
                  "not a file the game can read", kind_of(st.st_mode));
        (void)close(fd);
        return -1;
    }
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0 || fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0) {
        error_add_os(errors, path, errno, "cannot read the file");
        (void)close(fd);
        return -1;
    }
    return fd;
}

bool safe_file_sync_folder(const char *path, error_list *errors)
{
    const char *slash = strrchr(path, '/');
    char *folder;
    if (!slash) {
        folder = malloc(2);
        if (folder)
            memcpy(folder, ".", 2);
    } else {
        size_t n = slash == path ? 1 : (size_t)(slash - path);
        folder = malloc(n + 1);
        if (folder) {
            memcpy(folder, path, n);
            folder[n] = '\0';
        }
    }
    if (!folder) {
        error_add(errors, path, 0, 0, "out of memory");
        return false;
    }
    int fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    int failure = fd < 0 ? errno : 0;
    /* EINVAL: this file system cannot sync a folder; nothing more to do. */
    if (fd >= 0 && fsync(fd) != 0 && errno != EINVAL)
        failure = errno;
    if (fd >= 0 && close(fd) != 0 && failure == 0)
        failure = errno;
    if (failure != 0)
        error_add_os(errors, path, failure, "cannot save the folder %s", folder);
    free(folder);
    return failure == 0;
}

bool safe_file_private_dir(const char *path, char *out, size_t size,
                           error_list *errors)
{
    if (snprintf(out, size, "%s" SAFE_FILE_TMP_SUFFIX, path) >= (int)size) {
        error_add(errors, path, 0, 0, "the file's name is too long");
        return false;
    }
    /* mkdtemp makes a fresh folder, 0700: nobody else can plant anything
     * in it, whatever the folder around it allows */
    if (!mkdtemp(out)) {
        error_add_os(errors, path, errno, "cannot create the file");
        return false;
    }
    return true;
}

static void said_taken(const char *path, error_list *errors)
{
    error_add(errors, path, 0, 0, "there is a file by this name already; it "
              "was left as it is (choose another name, or remove it)");
}

bool safe_file_may_write(const char *path, bool replace, error_list *errors)
{
    struct stat st;
    if (lstat(path, &st) != 0)
        return true;
    if (!replace) {
        said_taken(path, errors);
        return false;
    }
    /* a terminal, a device, a folder or a link is never replaced */
    if (!S_ISREG(st.st_mode)) {
        error_add(errors, path, 0, 0, "not a regular file: this is %s, "
                  "which is never replaced", S_ISLNK(st.st_mode)
                  ? "a symbolic link" : kind_of(st.st_mode));
        return false;
    }
    return true;
}

bool safe_file_place(const char *from, const char *to, safe_file_placing how,
                     char *chosen, size_t size, error_list *errors)
{
    int fd = open(from, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    struct stat st;
    int failure = fd < 0 ? errno : 0;
    if (!failure && (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)))
        failure = errno ? errno : EINVAL;
    /* private before it has a name anyone looks for, and on disk before
     * it has a name at all */
    if (!failure && (fchmod(fd, 0600) != 0 || fsync(fd) != 0))
        failure = errno;
    if (fd >= 0 && close(fd) != 0 && !failure)
        failure = errno;
    if (failure) {
        error_add_os(errors, to, failure, "cannot save the file");
        return false;
    }
    if (how == SAFE_FILE_REPLACE) {
        if (!safe_file_may_write(to, true, errors))
            return false;
        failure = snprintf(chosen, size, "%s", to) >= (int)size ? ENAMETOOLONG
                  : rename(from, to) != 0                        ? errno
                                                                 : 0;
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
