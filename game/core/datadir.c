/* datadir: finding the read-only data, and private folders for user data. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "datadir.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "safe_file.h"

bool datadir_join(char *out, size_t size, const char *a, const char *b)
{
    size_t la = strlen(a);
    bool slash = la > 0 && a[la - 1] == '/';
    int n = snprintf(out, size, "%s%s%s", a, slash ? "" : "/", b);
    return n >= 0 && (size_t)n < size;
}

static bool has_decks(const char *dir)
{
    char path[4096];
    struct stat st;
    return datadir_join(path, sizeof path, dir, "decks") &&
           stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool try_dir(const char *dir, char *out, size_t size)
{
    if (!dir || !*dir || !has_decks(dir))
        return false;
    int n = snprintf(out, size, "%s", dir);
    return n >= 0 && (size_t)n < size;
}

/* Like try_dir, for a folder found next to the program: the answer is
 * made canonical ("/usr/share/alliantiespel", not
 * "/usr/bin/../share/alliantiespel") when realpath can; the folder as it
 * was found is just as good when it cannot. */
static bool try_beside(const char *base, const char *relative, char *out,
                       size_t size)
{
    char candidate[4096];
    if (!datadir_join(candidate, sizeof candidate, base, relative) ||
        !has_decks(candidate))
        return false;
    char *real = realpath(candidate, NULL);
    bool ok = try_dir(real ? real : candidate, out, size);
    free(real);
    return ok || try_dir(candidate, out, size);
}

#ifndef ALLIANTIESPEL_BIN_TO_DATA
#define ALLIANTIESPEL_BIN_TO_DATA "../share/alliantiespel"
#endif

bool datadir_find(const char *base_path, char *out, size_t size)
{
    const char *env = getenv("ALLIANTIESPEL_DATA_DIR");
    if (env && *env)
        return try_dir(env, out, size); /* an explicit choice is not second-guessed */
    /* Installed (cmake --install, a DESTDIR staging folder, the package,
     * a copy of any of them): the data folder lies where GNUInstallDirs
     * put it, relative to the program's. Then a build folder inside the
     * source tree, or the program beside decks/ in a plain folder. */
    static const char *const beside[] = {ALLIANTIESPEL_BIN_TO_DATA,
                                         "../share/alliantiespel", "..", "."};
    if (base_path && *base_path)
        for (size_t i = 0; i < sizeof beside / sizeof beside[0]; i++)
            if (try_beside(base_path, beside[i], out, size))
                return true;
    if (try_dir(ALLIANTIESPEL_INSTALL_DATA_DIR, out, size))
        return true;
    return try_dir(ALLIANTIESPEL_SOURCE_DIR, out, size);
}

bool datadir_check_private(const char *path, char *why, size_t why_size)
{
    char buf[4096];
    int n = snprintf(buf, sizeof buf, "%s", path);
    if (n < 0 || (size_t)n >= sizeof buf) {
        snprintf(why, why_size, "has too long a name");
        return false;
    }
    /* "link/" would make lstat follow the link. */
    while (n > 1 && buf[n - 1] == '/')
        buf[--n] = '\0';
    struct stat st;
    if (lstat(buf, &st) != 0) {
        snprintf(why, why_size, "%s", errno == ENOENT ? "does not exist"
                                                      : "cannot be looked at");
        return false;
    }
    const char *reason = NULL;
    if (S_ISLNK(st.st_mode))
        reason = "is a symbolic link";
    else if (!S_ISDIR(st.st_mode))
        reason = "is not a folder";
    else if (st.st_uid != geteuid())
        reason = "belongs to another user";
    else if (st.st_mode & (S_IWGRP | S_IWOTH))
        reason = "is writable by other users";
    if (reason) {
        snprintf(why, why_size, "%s", reason);
        return false;
    }
    if (why_size)
        why[0] = '\0';
    return true;
}

bool datadir_make_private(const char *path)
{
    char buf[4096];
    int n = snprintf(buf, sizeof buf, "%s", path);
    if (n < 0 || (size_t)n >= sizeof buf)
        return false;
    /* Only folders made here get 0700; existing ones keep the mode their
     * owner chose, and are checked instead. */
    for (char *p = buf + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(buf, 0700) != 0 && errno != EEXIST)
            return false;
        *p = '/';
    }
    if (mkdir(buf, 0700) != 0 && errno != EEXIST)
        return false;
    char why[64];
    return datadir_check_private(buf, why, sizeof why);
}

/* NAME.tmp-XXXXXX exactly: mkstemp fills the six with letters and
 * digits. A user's "notes.tmp-old.txt" is not ours to delete. */
static bool is_stale_temp(const char *name)
{
    size_t len = strlen(name);
    size_t mark = strlen(SAFE_FILE_TMP_SUFFIX);
    if (len <= mark)
        return false;
    const char *tail = name + len - mark;
    if (strncmp(tail, SAFE_FILE_TMP_MARK, strlen(SAFE_FILE_TMP_MARK)) != 0)
        return false;
    for (const char *p = tail + strlen(SAFE_FILE_TMP_MARK); *p; p++)
        if (!isalnum((unsigned char)*p))
            return false;
    return true;
}

size_t datadir_remove_stale_temps(const char *folder)
{
    DIR *dir = opendir(folder);
    if (!dir)
        return 0;
    size_t removed = 0;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        char path[4096];
        struct stat st;
        /* lstat: a link or folder with such a name is left alone. */
        if (!is_stale_temp(e->d_name) ||
            !datadir_join(path, sizeof path, folder, e->d_name) ||
            lstat(path, &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        if (unlink(path) == 0)
            removed++;
    }
    (void)closedir(dir); /* read only: nothing to lose */
    return removed;
}
