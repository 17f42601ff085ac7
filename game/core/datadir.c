/* datadir: finding the read-only data, and private folders for user data. */
#include "datadir.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "os.h"
#include "safe_file.h"

bool datadir_join(char *out, size_t size, const char *a, const char *b)
{
    size_t la = strlen(a);
    bool slash = la > 0 && a[la - 1] == '/';
    int n = snprintf(out, size, "%s%s%s", a, slash ? "" : "/", b);
    return n >= 0 && (size_t)n < size;
}

const char *datadir_base_name(const char *path)
{
    const char *name = path;
    for (const char *p = path; *p; p++)
        if (*p == '/' || *p == '\\')
            name = p + 1;
    return name;
}

static bool has_decks(const char *dir)
{
    char path[4096];
    return datadir_join(path, sizeof path, dir, "decks") &&
           os_kind_of(path) == OS_FOLDER;
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
    char real[4096];
    bool canonical = os_full_path(candidate, real, sizeof real);
    return (canonical && try_dir(real, out, size)) ||
           try_dir(candidate, out, size);
}

#ifndef ALLIANTIESPEL_BIN_TO_DATA
#define ALLIANTIESPEL_BIN_TO_DATA "../share/alliantiespel"
#endif

bool datadir_find(const char *base_path, char *out, size_t size)
{
    char env[4096];
    if (os_env("ALLIANTIESPEL_DATA_DIR", env, sizeof env))
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

/* path without trailing separators ("link/" would follow the link). */
static bool datadir_trimmed(const char *path, char *buf, size_t size)
{
    int n = snprintf(buf, size, "%s", path);
    if (n < 0 || (size_t)n >= size)
        return false;
    while (n > 1 && (buf[n - 1] == '/' || buf[n - 1] == '\\'))
        buf[--n] = '\0';
    return true;
}

bool datadir_check_private(const char *path, char *why, size_t why_size)
{
    char buf[4096];
    if (!datadir_trimmed(path, buf, sizeof buf)) {
        snprintf(why, why_size, "has too long a name");
        return false;
    }
    return os_folder_is_private(buf, why, why_size);
}

bool datadir_make_private(const char *path)
{
    char buf[4096];
    if (!datadir_trimmed(path, buf, sizeof buf))
        return false;
    /* Only folders made here get 0700; existing ones keep the mode their
     * owner chose, and are checked instead. The first character is never
     * a parent ("/", or "C:" before one on Windows is tried and exists). */
    for (char *p = buf + 1; *p; p++) {
        if (*p != '/' && *p != '\\')
            continue;
        char sep = *p;
        *p = '\0';
        int made = os_make_folder(buf);
        *p = sep;
        if (made != 0 && made != EEXIST && os_kind_of(buf) != OS_FOLDER)
            return false;
    }
    int made = os_make_folder(buf);
    if (made != 0 && made != EEXIST)
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
    char **names;
    size_t count;
    if (os_list_folder(folder, is_stale_temp, &names, &count) != 0)
        return 0;
    size_t removed = 0;
    for (size_t i = 0; i < count; i++) {
        char path[4096];
        /* a link or folder with such a name is left alone */
        if (datadir_join(path, sizeof path, folder, names[i]) &&
            os_kind_of(path) == OS_FILE && os_remove(path) == 0)
            removed++;
    }
    os_names_free(names, count);
    return removed;
}
