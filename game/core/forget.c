/* forget: see forget.h. */
#include "forget.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datadir.h"
#include "os.h"
#include "result.h"
#include "safe_file.h"
#include "ydoc.h"

/* A header is short; a pair line lies in the first lines of a file. */
#define FORGET_HEAD_BYTES 65536
/* exports.txt: a line per pair and folder; far more than anyone makes */
#define FORGET_EXPORTS_MAX_BYTES (4u << 20)

static bool forget_starts(const char *name, const char *prefix)
{
    return strncmp(name, prefix, strlen(prefix)) == 0;
}

static bool forget_ends(const char *name, const char *suffix)
{
    size_t n = strlen(name), m = strlen(suffix);
    return n >= m && strcmp(name + n - m, suffix) == 0;
}

/* PREFIX-CODE-... : a file named for the pair. */
static bool forget_named(const char *name, const char *prefix, const char *code)
{
    size_t p = strlen(prefix), c = strlen(code);
    return forget_starts(name, prefix) && strncmp(name + p, code, c) == 0 &&
           name[p + c] == '-';
}

bool forget_file_is_of(const char *path, const char *code)
{
    error_list errors;
    error_list_init(&errors);
    FILE *f = safe_file_open_regular(path, NULL, &errors);
    error_list_free(&errors);
    if (!f)
        return false;
    char line[512];
    size_t read = 0;
    bool found = false;
    while (!found && read < FORGET_HEAD_BYTES && fgets(line, sizeof line, f)) {
        read += strlen(line);
        if (!forget_starts(line, "pair:"))
            continue;
        char *v = line + 5;
        v += strspn(v, " \t\"'");
        size_t n = strcspn(v, " \t\"'\r\n");
        found = n == strlen(code) && strncmp(v, code, n) == 0;
    }
    (void)fclose(f); /* read only */
    return found;
}

/* Files whose names may hold answers of some pair. */
static bool forget_candidate(const char *name)
{
    return (forget_starts(name, "result-") || forget_starts(name, "set-aside-") ||
            forget_starts(name, RESULT_IN_PROGRESS_STEM) ||
            forget_starts(name, "round-not-picked-up") ||
            forget_starts(name, "board-")) &&
           !forget_ends(name, ".lock") && !strstr(name, SAFE_FILE_TMP_MARK);
}

static bool forget_is_of(const char *folder, const char *name, const char *code)
{
    if (forget_named(name, "result-", code) ||
        forget_named(name, "set-aside-result-", code) ||
        (forget_named(name, "board-", code) && forget_ends(name, ".png")))
        return true;
    if (!forget_ends(name, ".yaml"))
        return false;
    char path[4096];
    return datadir_join(path, sizeof path, folder, name) &&
           forget_file_is_of(path, code);
}

/* A board picture named before pictures carried the pair's code:
 * board-YYYYMMDD-... */
static bool forget_unknown_picture(const char *name)
{
    return forget_starts(name, "board-") && forget_ends(name, ".png") &&
           name[6] >= '0' && name[6] <= '9';
}

/* A round in progress another window is playing: its lock is held. */
static bool forget_live(const char *folder, const char *name)
{
    if (!forget_starts(name, RESULT_IN_PROGRESS_STEM) ||
        !forget_ends(name, ".yaml"))
        return false;
    char lock_name[512], path[4096];
    snprintf(lock_name, sizeof lock_name, "%.*s.lock",
             (int)(strlen(name) - 5), name);
    if (!datadir_join(path, sizeof path, folder, lock_name) || !os_exists(path))
        return false;
    bool busy = false;
    int error = 0;
    os_lock *lock = os_lock_try(path, &busy, &error);
    os_lock_release(lock);
    return busy;
}

size_t forget_count(const char *folder, const char *code)
{
    char **names;
    size_t count, n = 0;
    if (os_list_folder(folder, forget_candidate, &names, &count) != 0)
        return 0;
    for (size_t i = 0; i < count; i++)
        n += forget_is_of(folder, names[i], code);
    os_names_free(names, count);
    return n;
}

/* The export folders of code out of exports.txt into the report; the
 * file is written again without them. */
static bool forget_exports(const char *folder, const char *code,
                           forget_report *out, error_list *errors)
{
    char path[4096];
    if (!datadir_join(path, sizeof path, folder, FORGET_EXPORTS_FILE) ||
        !os_exists(path))
        return true;
    error_list ignored;
    error_list_init(&ignored);
    FILE *in = safe_file_open_regular(path, NULL, &ignored);
    error_list_free(&ignored);
    if (!in) {
        error_add(errors, path, 0, 0, "could not read the list of exports");
        return false;
    }
    safe_file file;
    bool ok = safe_file_create(&file, path, errors);
    char line[1200];
    size_t c = strlen(code);
    while (ok && fgets(line, sizeof line, in)) {
        if (strncmp(line, code, c) == 0 && line[c] == '\t') {
            char *dir = line + c + 1;
            dir[strcspn(dir, "\r\n")] = '\0';
            if (out->export_count < FORGET_MAX_LISTED)
                snprintf(out->exports[out->export_count++],
                         sizeof out->exports[0], "%s", dir);
            continue;
        }
        fputs(line, safe_file_stream(&file));
    }
    (void)fclose(in);
    return ok && safe_file_commit(&file, errors);
}

bool forget_pair(const char *folder, const char *code, forget_report *out,
                 error_list *errors)
{
    memset(out, 0, sizeof *out);
    char **names;
    size_t count;
    int failure = os_list_folder(folder, forget_candidate, &names, &count);
    if (failure != 0) {
        if (failure == ENOENT)
            return true; /* nothing was ever stored */
        error_add_os(errors, folder, failure, "could not look in the folder");
        return false;
    }
    for (size_t i = 0; i < count; i++) {
        char path[4096];
        if (forget_unknown_picture(names[i]))
            out->unknown_pictures++;
        if (!forget_is_of(folder, names[i], code) ||
            !datadir_join(path, sizeof path, folder, names[i]))
            continue;
        if (forget_live(folder, names[i])) {
            out->live++;
            error_add(errors, path, 0, 0, "another window of the game is "
                      "playing this round: close it, then delete again");
        } else {
            int gone = os_remove(path);
            if (gone == 0)
                out->removed++;
            else
                error_add_os(errors, path, gone, "could not delete");
        }
    }
    os_names_free(names, count);
    char any[4096];
    if (out->removed && datadir_join(any, sizeof any, folder, "x"))
        safe_file_sync_folder(any, errors);
    bool ok = forget_exports(folder, code, out, errors);
    out->left = forget_count(folder, code);
    return ok && out->left == 0;
}

bool forget_note_export(const char *folder, const char *code, const char *dir,
                        error_list *errors)
{
    char path[4096];
    if (!datadir_join(path, sizeof path, folder, FORGET_EXPORTS_FILE))
        return false;
    char shown[1024];
    if (!os_full_path(dir, shown, sizeof shown))
        snprintf(shown, sizeof shown, "%s", dir);
    /* the old list whole, then this folder once; a list that cannot be
     * read is left as it is, never written over with this line alone */
    char *old = NULL;
    size_t old_size = 0;
    if (os_exists(path) &&
        !ydoc_read_file(path, FORGET_EXPORTS_MAX_BYTES, &old, &old_size, errors))
        return false;
    char line[1200];
    snprintf(line, sizeof line, "\n%s\t%s\n", code, shown);
    const char *entry = line + 1;
    bool known = false;
    if (old) {
        known = strncmp(old, entry, strlen(entry)) == 0 || strstr(old, line);
    }
    bool ok = true;
    if (!known && !strchr(shown, '\n')) {
        safe_file file;
        ok = safe_file_create(&file, path, errors);
        if (ok) {
            FILE *f = safe_file_stream(&file);
            if (old_size)
                fwrite(old, 1, old_size, f);
            fputs(entry, f);
            ok = safe_file_commit(&file, errors);
        }
    }
    free(old);
    return ok;
}
