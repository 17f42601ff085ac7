/* os_posix: the operating system's floor on Linux and other POSIX systems
 * (see os.h). */
#ifndef _WIN32
#define _DEFAULT_SOURCE /* flock, strdup, realpath, mkstemp, fsync */
#include "os.h"
#include "os_private.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
/* In a browser the user's folder lives in memory and is copied to the
 * browser's storage (IndexedDB) when a file has been placed or removed:
 * the page's alliantiespelPersist (game/platform/web/pre.js) does it,
 * in the background, one copy at a time. */
EM_JS(void, os_persist, (void), {
    if (Module["alliantiespelPersist"])
        Module["alliantiespelPersist"]();
});
#else
static void os_persist(void)
{
}
#endif

os_kind os_kind_of(const char *path)
{
    struct stat st;
    if (lstat(path, &st) != 0)
        return OS_MISSING;
    if (S_ISREG(st.st_mode))
        return OS_FILE;
    if (S_ISDIR(st.st_mode))
        return OS_FOLDER;
    if (S_ISLNK(st.st_mode))
        return OS_LINK;
    if (S_ISFIFO(st.st_mode))
        return OS_FIFO;
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return OS_DEVICE;
    return OS_OTHER;
}

static os_kind os_kind_of_mode(mode_t mode)
{
    if (S_ISREG(mode))
        return OS_FILE;
    if (S_ISDIR(mode))
        return OS_FOLDER;
    if (S_ISFIFO(mode))
        return OS_FIFO;
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return OS_DEVICE;
    return OS_OTHER;
}

FILE *os_open_regular(const char *path, long long *size, os_kind *kind,
                      int *error)
{
    *error = 0;
    *kind = OS_MISSING;
    *size = 0;
    /* O_NONBLOCK: opening a FIFO with no writer, or some devices, would
     * wait forever; the game and --check must answer instead. */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        *error = errno;
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        *error = errno;
        (void)close(fd); /* read-only: nothing to lose */
        return NULL;
    }
    *kind = os_kind_of_mode(st.st_mode);
    if (*kind != OS_FILE) {
        (void)close(fd);
        return NULL;
    }
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0 || fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0) {
        *error = errno;
        (void)close(fd);
        return NULL;
    }
    FILE *f = fdopen(fd, "rb");
    if (!f) {
        *error = errno;
        (void)close(fd);
        return NULL;
    }
    *size = (long long)st.st_size;
    return f;
}

FILE *os_create_temp(const char *target, char *tmp, size_t size, int *error)
{
    *error = 0;
    int n = snprintf(tmp, size, "%s.tmp-XXXXXX", target);
    if (n < 0 || (size_t)n >= size) {
        *error = ENAMETOOLONG;
        return NULL;
    }
    /* mkstemp opens with O_CREAT|O_EXCL: it never follows a link someone
     * planted, and never reuses a file that was already there. */
    int fd = mkstemp(tmp);
    if (fd < 0) {
        *error = errno;
        return NULL;
    }
    /* Answers about clients are private. mkstemp already makes 0600 on
     * glibc, but POSIX does not promise it; the descriptor, not the name,
     * so the change lands on the file we made. */
    FILE *f = fchmod(fd, 0600) == 0 ? fdopen(fd, "wb") : NULL;
    if (!f) {
        *error = errno;
        (void)close(fd);
        (void)unlink(tmp);
        return NULL;
    }
    return f;
}

int os_make_temp_folder(const char *path, char *out, size_t size)
{
    int n = snprintf(out, size, "%s.tmp-XXXXXX", path);
    if (n < 0 || (size_t)n >= size)
        return ENAMETOOLONG;
    return mkdtemp(out) ? 0 : errno;
}

int os_finish_file(const char *path)
{
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return errno;
    struct stat st;
    int failure = 0;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        failure = errno ? errno : EINVAL;
    else if (fchmod(fd, 0600) != 0 || fsync(fd) != 0)
        failure = errno;
    if (close(fd) != 0 && !failure)
        failure = errno;
    return failure;
}

int os_flush_to_disk(FILE *f)
{
    if (fflush(f) != 0)
        return errno;
    if (ferror(f))
        return EIO;
    return fsync(fileno(f)) == 0 ? 0 : errno;
}

int os_replace(const char *from, const char *to)
{
    return rename(from, to) == 0 ? 0 : errno;
}

int os_remove(const char *path)
{
    int failure = unlink(path) == 0 ? 0 : errno;
    os_persist();
    return failure;
}

int os_remove_folder(const char *path)
{
    int failure = rmdir(path) == 0 ? 0 : errno;
    os_persist();
    return failure;
}

int os_sync_folder(const char *path)
{
    char folder[4096];
    const char *slash = strrchr(path, '/');
    int n = !slash ? snprintf(folder, sizeof folder, ".")
                   : snprintf(folder, sizeof folder, "%.*s",
                              slash == path ? 1 : (int)(slash - path), path);
    if (n < 0 || (size_t)n >= sizeof folder)
        return ENAMETOOLONG;
    int fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    int failure = 0;
    /* EINVAL: this file system cannot sync a folder; nothing more to do. */
    if (fsync(fd) != 0 && errno != EINVAL)
        failure = errno;
    if (close(fd) != 0 && failure == 0)
        failure = errno;
    os_persist(); /* every placed file's folder is synced: the last step */
    return failure;
}

int os_make_folder(const char *path)
{
    return mkdir(path, 0700) == 0 ? 0 : errno;
}

bool os_folder_is_private(const char *path, char *why, size_t why_size)
{
    struct stat st;
    const char *reason = NULL;
    if (lstat(path, &st) != 0)
        reason = errno == ENOENT ? "does not exist" : "cannot be looked at";
    else if (S_ISLNK(st.st_mode))
        reason = "is a symbolic link";
    else if (!S_ISDIR(st.st_mode))
        reason = "is not a folder";
    else if (st.st_uid != geteuid())
        reason = "belongs to another user";
    else if (st.st_mode & (S_IWGRP | S_IWOTH))
        reason = "is writable by other users";
    if (why_size)
        snprintf(why, why_size, "%s", reason ? reason : "");
    return reason == NULL;
}

bool os_env(const char *name, char *out, size_t size)
{
    const char *v = getenv(name);
    if (!v || !v[0])
        return false;
    int n = snprintf(out, size, "%s", v);
    return n >= 0 && (size_t)n < size;
}

bool os_user_folder(char *out, size_t size)
{
    char base[4096];
    int n;
    /* as SDL_GetPrefPath("alliantiespel", "alliantiespel") finds it */
    if (os_env("XDG_DATA_HOME", base, sizeof base) && base[0] == '/')
        n = snprintf(out, size, "%s/alliantiespel/alliantiespel", base);
    else if (os_env("HOME", base, sizeof base))
        n = snprintf(out, size, "%s/.local/share/alliantiespel/alliantiespel",
                     base);
    else
        return false;
    return n > 0 && (size_t)n < size;
}

bool os_local_time(int64_t t, struct tm *out)
{
    time_t tt = (time_t)t;
    return localtime_r(&tt, out) != NULL;
}

int64_t os_wall_ns(void)
{
    struct timespec t;
    if (clock_gettime(CLOCK_REALTIME, &t) != 0)
        return 0;
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

bool os_utc_time(int64_t t, struct tm *out)
{
    time_t tt = (time_t)t;
    return gmtime_r(&tt, out) != NULL;
}

void os_keep_freed_memory(size_t bytes)
{
#ifdef M_TRIM_THRESHOLD
    (void)mallopt(M_TRIM_THRESHOLD, (int)bytes);
#else
    (void)bytes;
#endif
}

char os_separator(void)
{
    return '/';
}

struct os_lock {
    int fd;
};

/* flock, not fcntl: its locks exclude each other per open file, so a
 * second lock in the same process is refused too, and closing another
 * descriptor of the file does not drop it */
static int os_flock_exclusive(int fd)
{
#ifdef __EMSCRIPTEN__
    /* a browser has no flock; the page lets one tab play at a time
     * (game/platform/web/pre.js), and a tab is one window */
    (void)fd;
    return 0;
#else
    return flock(fd, LOCK_EX | LOCK_NB);
#endif
}

os_lock *os_lock_try(const char *path, bool *busy, int *error)
{
    *busy = false;
    *error = 0;
    /* O_NOFOLLOW: a link planted in the folder is refused, not followed */
    int fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY,
                  0600);
    if (fd < 0) {
        *error = errno;
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        *error = errno ? errno : EINVAL;
        (void)close(fd); /* nothing written */
        return NULL;
    }
    if (os_flock_exclusive(fd) != 0) {
        int e = errno;
        (void)close(fd);
        if (e == EWOULDBLOCK)
            *busy = true;
        else
            *error = e;
        return NULL;
    }
    os_lock *lock = malloc(sizeof *lock);
    if (!lock) {
        (void)close(fd);
        *error = ENOMEM;
        return NULL;
    }
    lock->fd = fd;
    return lock;
}

void os_lock_release(os_lock *lock)
{
    if (!lock)
        return;
    (void)close(lock->fd); /* closing the last descriptor lets it go */
    free(lock);
}

int os_list_folder(const char *folder, bool (*keep)(const char *name),
                   char ***out, size_t *count)
{
    *out = NULL;
    *count = 0;
    DIR *dir = opendir(folder);
    if (!dir)
        return errno;
    os_names list = {0};
    int failure = 0;
    struct dirent *entry;
    while (failure == 0 && (entry = readdir(dir)) != NULL)
        failure = os_names_add(&list, entry->d_name, keep);
    (void)closedir(dir); /* read only: nothing to lose */
    return os_names_done(&list, failure, out, count);
}

bool os_full_path(const char *path, char *out, size_t size)
{
    char *real = realpath(path, NULL);
    int n = real ? snprintf(out, size, "%s", real) : -1;
    free(real);
    return n >= 0 && (size_t)n < size;
}

bool os_exists(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0;
}

int os_place_new(const char *from, const char *to)
{
    /* link fails with EEXIST when the name is taken, in one step: no
     * other program can slip a file in between a check and a rename */
    if (link(from, to) == 0) {
        (void)unlink(from); /* the file is whole at to */
        return 0;
    }
    int e = errno;
    if (e != EPERM && e != ENOTSUP && e != EXDEV && e != EMLINK)
        return e; /* EOPNOTSUPP is ENOTSUP here */
    /* a file system without hard links (FAT on a stick, some network
     * shares, a browser's, which answers EMLINK): claim the name with an empty file made exclusively, then
     * move the whole file onto our own claim */
    int fd = open(to, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                  0600);
    if (fd < 0)
        return errno;
    (void)close(fd); /* empty: nothing to lose */
    if (rename(from, to) != 0) {
        e = errno;
        (void)unlink(to);
        return e;
    }
    return 0;
}

bool os_can_open_folder(void)
{
#ifdef __EMSCRIPTEN__
    return false; /* a browser's files are downloads */
#else
    return true;
#endif
}

#ifndef __EMSCRIPTEN__
extern char **environ; /* the opener gets the game's environment */

/* The program to open a folder with, found on $PATH here, before any
 * fork: after it, a process with threads (SDL's) may only call what is
 * safe in a signal handler, and searching $PATH is not. 0 or errno. */
static int os_opener(const char *name, char *out, size_t size)
{
    char path[4096];
    if (strchr(name, '/') != NULL) {
        int n = snprintf(out, size, "%s", name);
        if (n < 0 || (size_t)n >= size)
            return ENAMETOOLONG;
        return access(out, X_OK) == 0 ? 0 : errno;
    }
    if (!os_env("PATH", path, sizeof path))
        return ENOENT;
    for (const char *dir = path; *dir;) {
        size_t len = strcspn(dir, ":");
        int n = snprintf(out, size, "%.*s/%s", (int)len, dir, name);
        if (len > 0 && n > 0 && (size_t)n < size && access(out, X_OK) == 0)
            return 0;
        dir += len + (dir[len] == ':');
    }
    return ENOENT;
}
#endif

int os_open_folder(const char *folder)
{
#ifdef __EMSCRIPTEN__
    (void)folder;
    return ENOSYS;
#else
#ifdef __APPLE__
    const char *name = "open";
#else
    const char *name = "xdg-open";
#endif
    char with[1024], program[4096];
    if (os_env("ALLIANTIESPEL_OPEN_WITH", with, sizeof with))
        name = with;
    int e = os_opener(name, program, sizeof program);
    if (e != 0)
        return e;
    /* the folder is the opener's one argument: no shell reads it */
    char *argv[] = {program, (char *)folder, NULL};
    pid_t child = fork();
    if (child < 0)
        return errno;
    if (child == 0) {
        /* the opener runs in a grandchild and this child ends at once:
         * nobody waits for the file manager, and no zombie is left
         * behind for the game to reap */
        pid_t opener = fork();
        if (opener == 0) {
            int null = open("/dev/null", O_RDONLY);
            if (null >= 0)
                (void)dup2(null, STDIN_FILENO);
            execve(program, argv, environ);
            _exit(127);
        }
        _exit(opener < 0 ? 1 : 0);
    }
    int status = 0;
    while (waitpid(child, &status, 0) < 0)
        if (errno != EINTR)
            return errno;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : ECHILD;
#endif
}
#endif
