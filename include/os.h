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
#include <stdint.h>
#include <stdio.h>
#include <time.h>

/* What a name is, looked at without following a link. */
typedef enum {
    OS_MISSING = 0,
    OS_FILE,       /* a regular file */
    OS_FOLDER,
    OS_LINK,       /* a symbolic link, or on Windows a junction */
    OS_FIFO,
    OS_DEVICE,
    OS_OTHER       /* a socket, ... */
} os_kind;

os_kind os_kind_of(const char *path);
/* "a folder", "a FIFO", ...: for a message naming what a path is. */
const char *os_kind_name(os_kind kind);

/* Opens a regular file to read ("rb") without ever blocking (a FIFO
 * with no writer would hang an ordinary open); *size gets its size. NULL
 * with *error an errno, or with *kind what it is when it is not a
 * regular file (*error then 0). */
FILE *os_open_regular(const char *path, long long *size, os_kind *kind,
                      int *error);

/* Makes a new file beside target, named TARGET.tmp-XXXXXX (the six
 * chosen at random), created exclusively (never through a link, never an
 * existing file), readable and writable by the owner only, open to write
 * ("wb"). Its name goes into tmp. NULL with *error an errno. */
FILE *os_create_temp(const char *target, char *tmp, size_t size, int *error);
/* A fresh folder beside path, named PATH.tmp-XXXXXX, the owner's only:
 * 0 (its name in out) or errno. */
int os_make_temp_folder(const char *path, char *out, size_t size);
/* A file a library wrote by name made the owner's only and kept on disk
 * (never through a link): 0 or errno. */
int os_finish_file(const char *path);
/* Flushes the stream and asks the disk to keep it (fsync): 0 or errno. */
int os_flush_to_disk(FILE *f);
/* Moves from onto to, replacing a file there, in one step: 0 or errno. */
int os_replace(const char *from, const char *to);
/* Deletes a file (never a folder): 0 or errno. */
int os_remove(const char *path);
/* Deletes an empty folder: 0 or errno. */
int os_remove_folder(const char *path);
/* Makes a rename or delete in the folder holding path survive a power
 * cut (fsync of the folder; nothing to do where the system writes
 * through): 0 or errno. */
int os_sync_folder(const char *path);
/* Makes a folder readable by the owner only (0700); 0, EEXIST when it is
 * there (its mode is never changed), or another errno. */
int os_make_folder(const char *path);
/* True when path is a real folder (no link), owned by the current user
 * and not writable by others: nobody else can plant or swap files in
 * it. Otherwise a short English reason in why. */
bool os_folder_is_private(const char *path, char *why, size_t why_size);

/* The user's folder for the game's files: $XDG_DATA_HOME/alliantiespel/
 * alliantiespel (~/.local/share/...) on Linux, %APPDATA%\alliantiespel\
 * alliantiespel on Windows, as SDL_GetPrefPath finds it. */
bool os_user_folder(char *out, size_t size);
/* An environment variable as UTF-8, or false when unset or too long. */
bool os_env(const char *name, char *out, size_t size);
/* t (Unix seconds) in the user's local time zone. */
bool os_local_time(int64_t t, struct tm *out);
/* The wall clock in nanoseconds since 1970 (the platform's only: the
 * start-up benchmark's marker). */
int64_t os_wall_ns(void);
/* t (Unix seconds) in UTC. */
bool os_utc_time(int64_t t, struct tm *out);
/* Lets the C library keep up to bytes of freed memory instead of giving
 * it back to the system at once (a long run of files that each allocate
 * and free); nothing where the library decides alone. */
void os_keep_freed_memory(size_t bytes);
/* The path separator a user would type ('/' or '\\'). */
char os_separator(void);

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

/* True where a folder can be shown to the user in the system's file
 * manager (a desktop; not a browser, whose files are downloads). */
bool os_can_open_folder(void);
/* Shows folder in the system's file manager, without waiting for it:
 * xdg-open (open on macOS), started with the folder as its one argument
 * and no shell between, or ShellExecute on Windows. On POSIX
 * $ALLIANTIESPEL_OPEN_WITH names another program (the tests). 0 when it
 * was started, or errno (ENOENT: no such program; ENOSYS: none here). */
int os_open_folder(const char *folder);

/* The absolute, canonical path of an existing path into out. */
bool os_full_path(const char *path, char *out, size_t size);

/* Gives the whole, synced file at from the name to, only when no file has
 * that name: 0, or EEXIST (from is kept) or another errno. Never replaces
 * what is there, even when two programs try the same name at once. */
int os_place_new(const char *from, const char *to);

#endif
