/* datadir: finding the read-only data, and private folders for user data. */
#include "datadir.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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

bool datadir_find(const char *base_path, char *out, size_t size)
{
    const char *env = getenv("ALLIANTIESPEL_DATA_DIR");
    if (env && *env)
        return try_dir(env, out, size); /* an explicit choice is not second-guessed */
    char candidate[4096];
    if (base_path && *base_path) {
        if (datadir_join(candidate, sizeof candidate, base_path,
                         "../share/alliantiespel") &&
            try_dir(candidate, out, size))
            return true;
        if (datadir_join(candidate, sizeof candidate, base_path, "..") &&
            try_dir(candidate, out, size))
            return true;
        if (try_dir(base_path, out, size))
            return true;
    }
    if (try_dir(ALLIANTIESPEL_INSTALL_DATA_DIR, out, size))
        return true;
    return try_dir(ALLIANTIESPEL_SOURCE_DIR, out, size);
}

bool datadir_make_private(const char *path)
{
    char buf[4096];
    int n = snprintf(buf, sizeof buf, "%s", path);
    if (n < 0 || (size_t)n >= sizeof buf)
        return false;
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
    return chmod(buf, 0700) == 0;
}
