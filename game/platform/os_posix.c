/* os_posix: the operating system's floor on Linux and other POSIX systems
 * (see os.h). */
#ifndef _WIN32
#define _DEFAULT_SOURCE /* flock, strdup, realpath */
#include "os.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

struct os_lock {
    int fd;
};

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
    /* flock, not fcntl: its locks exclude each other per open file, so a
     * second lock in the same process is refused too, and closing another
     * descriptor of the file does not drop it */
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
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

static int os_compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

void os_names_free(char **names, size_t count)
{
    for (size_t i = 0; i < count; i++)
        free(names[i]);
    free(names);
}

int os_list_folder(const char *folder, bool (*keep)(const char *name),
                   char ***out, size_t *count)
{
    *out = NULL;
    *count = 0;
    DIR *dir = opendir(folder);
    if (!dir)
        return errno;
    char **names = NULL;
    size_t n = 0, cap = 0;
    int failure = 0;
    struct dirent *entry;
    while (failure == 0 && (entry = readdir(dir)) != NULL) {
        const char *name = entry->d_name;
        if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0 || !keep(name))
            continue;
        if (n == cap) {
            size_t grown_cap = cap ? cap * 2 : 16;
            char **grown = realloc(names, grown_cap * sizeof *grown);
            if (!grown) {
                failure = ENOMEM;
                break;
            }
            names = grown;
            cap = grown_cap;
        }
        if ((names[n] = strdup(name)) == NULL)
            failure = ENOMEM;
        else
            n++;
    }
    (void)closedir(dir); /* read only: nothing to lose */
    if (failure) {
        os_names_free(names, n);
        return failure;
    }
    if (n)
        qsort(names, n, sizeof *names, os_compare_names);
    *out = names;
    *count = n;
    return 0;
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
    if (e != EPERM && e != ENOTSUP && e != EOPNOTSUPP && e != EXDEV)
        return e;
    /* a file system without hard links (FAT on a stick, some network
     * shares): claim the name with an empty file made exclusively, then
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
#endif
