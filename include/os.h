/* os: the operating system's floor, below the core. Everything the game
 * asks of the system beyond ISO C goes through here, so the core and the
 * UI are the same on Linux and Windows: os_posix.c and os_win32.c (in
 * game/platform) are its two sides. Plain C, no SDL: the core's tests link
 * it as they are. Paths are UTF-8 (UTF-16 only inside os_win32.c).
 * Failures are returned as errno values (a Win32 error is mapped to the
 * nearest one), so one table turns them into words for people. */
#ifndef ALLIANTIESPEL_OS_H
#define ALLIANTIESPEL_OS_H

#include <stdbool.h>
#include <stddef.h>

/* A lock on a file, held until released or until the process ends in any
 * way (a crash, a kill, a power cut): the system lets it go, so a lock
 * can never be left behind. */
typedef struct os_lock os_lock;

/* Takes an exclusive lock on the file at path without waiting. The file
 * is made (empty, owner-only) when missing, never through a link. NULL
 * when another process holds it (*error 0, *busy true) or it cannot be
 * taken (*error an errno). Two locks on one path exclude each other in one
 * process as well as in two. */
os_lock *os_lock_try(const char *path, bool *busy, int *error);
/* Lets the lock go; harmless on NULL. The file stays. */
void os_lock_release(os_lock *lock);

/* True when anything has that name (a file, a folder, a link, even a
 * dangling one). */
bool os_exists(const char *path);

/* The names in folder that keep(name) accepts ("." and ".." never),
 * sorted by strcmp, into *names (free with os_names_free): 0, or an errno
 * when the folder cannot be read (ENOMEM when memory ran out). */
int os_list_folder(const char *folder, bool (*keep)(const char *name),
                   char ***names, size_t *count);
void os_names_free(char **names, size_t count);

/* The absolute, canonical path of an existing path into out. */
bool os_full_path(const char *path, char *out, size_t size);

/* Gives the whole, synced file at from the name to, only when no file has
 * that name: 0, or EEXIST (from is kept) or another errno. Never replaces
 * what is there, even when two programs try the same name at once. */
int os_place_new(const char *from, const char *to);

#endif
