/* portable: the POSIX calls the core tests use to set up and look at
 * files, on Windows too. Test code only: the game itself reaches the
 * system through include/os.h. On POSIX systems these are the system's
 * own; on Windows (mingw-w64, run under wine or on Windows) small
 * stand-ins over the Win32 calls that take UTF-8 paths, as os_win32.c
 * does:
 *   mkdtemp, mkstemps, setenv, unsetenv (an empty value unsets),
 *   mkdir(path, mode) (Windows has no modes: mode is not used),
 *   lstat (a symbolic link or junction is S_IFLNK; only st_mode and
 *   st_size are filled), realpath (the full path of an existing path),
 *   link (a hard link), symlink (-1 where the system makes none: wine,
 *   or Windows without the right; a test skips its links then).
 * On both: remove_tree (rm -rf) and count_entries (the names in a folder
 * but "." and ".."). Include it after the system's headers. */
#ifndef ALLIANTIESPEL_TEST_PORTABLE_H
#define ALLIANTIESPEL_TEST_PORTABLE_H

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#ifndef _WIN32
#include <dirent.h>

static inline int remove_tree(const char *folder)
{
    char cmd[2200];
    /* u+rwx first: a read-only folder inside would stop rm */
    snprintf(cmd, sizeof cmd, "chmod -R u+rwx '%s' 2>/dev/null; rm -rf '%s'",
             folder, folder);
    return system(cmd) == 0 ? 0 : -1;
}

static inline int count_entries(const char *folder)
{
    DIR *dir = opendir(folder);
    if (!dir)
        return -1;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL)
        n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
    closedir(dir);
    return n;
}

#else /* _WIN32 */
#include <direct.h>
#include <fcntl.h>
#include <io.h>
#include <windows.h>

#ifndef S_IFLNK
#define S_IFLNK 0xA000
#endif
#ifndef S_ISLNK
#define S_ISLNK(m) (((m) & S_IFMT) == S_IFLNK)
#endif

/* UTF-8 to a fresh UTF-16 string (free it), or NULL (errno set). */
static inline wchar_t *portable_wide(const char *s)
{
    int n = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, s, -1, NULL, 0);
    wchar_t *w = n > 0 ? malloc((size_t)n * sizeof *w) : NULL;
    if (w && MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, s, -1, w, n) != n) {
        free(w);
        w = NULL;
    }
    if (!w)
        errno = n > 0 ? ENOMEM : EINVAL;
    return w;
}

/* errno from the last Win32 error; always -1. */
static inline int portable_fail(void)
{
    DWORD e = GetLastError();
    errno = e == ERROR_ALREADY_EXISTS || e == ERROR_FILE_EXISTS   ? EEXIST
            : e == ERROR_FILE_NOT_FOUND || e == ERROR_PATH_NOT_FOUND ? ENOENT
            : e == ERROR_ACCESS_DENIED                             ? EACCES
            : e == ERROR_DIR_NOT_EMPTY                             ? ENOTEMPTY
            : e == ERROR_NOT_SUPPORTED || e == ERROR_INVALID_FUNCTION ? ENOSYS
                                                                   : EIO;
    return -1;
}

static inline int portable_mkdir(const char *path, int mode)
{
    (void)mode; /* Windows has no modes */
    wchar_t *w = portable_wide(path);
    if (!w)
        return -1;
    int r = CreateDirectoryW(w, NULL) ? 0 : portable_fail();
    free(w);
    return r;
}
#define mkdir(path, mode) portable_mkdir((path), (mode))

/* The last six X's of t (before suffix characters) at random. */
static inline void portable_fill(char *t, size_t suffix)
{
    static const char letters[] =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    static unsigned seed;
    if (!seed)
        seed = (unsigned)GetTickCount() ^ (unsigned)GetCurrentProcessId() << 16;
    char *x = t + strlen(t) - suffix - 6;
    for (int i = 0; i < 6; i++) {
        seed = seed * 1103515245u + 12345u;
        x[i] = letters[(seed >> 16) % (sizeof letters - 1)];
    }
}

static inline char *mkdtemp(char *t)
{
    size_t n = strlen(t);
    if (n < 6 || strcmp(t + n - 6, "XXXXXX") != 0) {
        errno = EINVAL;
        return NULL;
    }
    for (int tries = 0; tries < 100; tries++) {
        portable_fill(t, 0);
        if (mkdir(t, 0700) == 0)
            return t;
        if (errno != EEXIST)
            return NULL;
    }
    return NULL;
}

static inline int mkstemps(char *t, int suffix)
{
    size_t n = strlen(t);
    if (suffix < 0 || n < (size_t)suffix + 6 ||
        strncmp(t + n - (size_t)suffix - 6, "XXXXXX", 6) != 0) {
        errno = EINVAL;
        return -1;
    }
    for (int tries = 0; tries < 100; tries++) {
        portable_fill(t, (size_t)suffix);
        wchar_t *w = portable_wide(t);
        if (!w)
            return -1;
        int fd = _wopen(w, _O_RDWR | _O_CREAT | _O_EXCL | _O_BINARY,
                        _S_IREAD | _S_IWRITE);
        free(w);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    return -1;
}

/* name=value in the C library's environment, which _wgetenv (os_env)
 * reads; an empty value unsets. */
static inline int setenv(const char *name, const char *value, int overwrite)
{
    if (!overwrite && getenv(name))
        return 0;
    size_t n = strlen(name) + strlen(value) + 2;
    char *both = malloc(n);
    if (!both)
        return -1;
    snprintf(both, n, "%s=%s", name, value);
    wchar_t *w = portable_wide(both);
    free(both);
    int r = w && _wputenv(w) == 0 ? 0 : -1;
    free(w);
    return r;
}

static inline int unsetenv(const char *name)
{
    return setenv(name, "", 1);
}

static inline int lstat(const char *path, struct stat *st)
{
    wchar_t *w = portable_wide(path);
    WIN32_FILE_ATTRIBUTE_DATA a;
    BOOL ok = w && GetFileAttributesExW(w, GetFileExInfoStandard, &a);
    free(w);
    if (!ok)
        return portable_fail();
    memset(st, 0, sizeof *st);
    st->st_mode = a.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT ? S_IFLNK
                  : a.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY   ? S_IFDIR
                                                                    : S_IFREG;
    st->st_mode |= a.dwFileAttributes & FILE_ATTRIBUTE_READONLY ? 0444 : 0666;
    st->st_size = (off_t)(((unsigned long long)a.nFileSizeHigh << 32) |
                          a.nFileSizeLow);
    return 0;
}

/* UTF-16 to a fresh UTF-8 string (free it), or NULL. */
static inline char *portable_narrow(const wchar_t *w)
{
    int n = WideCharToMultiByte(CP_UTF8, 0, w, -1, NULL, 0, NULL, NULL);
    char *s = n > 0 ? malloc((size_t)n) : NULL;
    if (s && WideCharToMultiByte(CP_UTF8, 0, w, -1, s, n, NULL, NULL) != n) {
        free(s);
        s = NULL;
    }
    return s;
}

/* Only realpath(path, NULL), as the tests call it. */
static inline char *realpath(const char *path, char *resolved)
{
    wchar_t full[MAX_PATH * 4];
    wchar_t *w = portable_wide(path);
    DWORD n = w && GetFileAttributesW(w) != INVALID_FILE_ATTRIBUTES
                  ? GetFullPathNameW(w, MAX_PATH * 4, full, NULL)
                  : 0;
    free(w);
    if (resolved || n == 0 || n >= MAX_PATH * 4) {
        errno = resolved ? EINVAL : ENOENT;
        return NULL;
    }
    return portable_narrow(full);
}

static inline int link(const char *from, const char *to)
{
    wchar_t *wf = portable_wide(from), *wt = portable_wide(to);
    int r = wf && wt && CreateHardLinkW(wt, wf, NULL) ? 0 : portable_fail();
    free(wf);
    free(wt);
    return r;
}

#ifndef SYMBOLIC_LINK_FLAG_ALLOW_UNPRIVILEGED_CREATE
#define SYMBOLIC_LINK_FLAG_ALLOW_UNPRIVILEGED_CREATE 0x2
#endif

static inline int symlink(const char *target, const char *path)
{
    wchar_t *wt = portable_wide(target), *wp = portable_wide(path);
    DWORD a = wt ? GetFileAttributesW(wt) : INVALID_FILE_ATTRIBUTES;
    DWORD flags = SYMBOLIC_LINK_FLAG_ALLOW_UNPRIVILEGED_CREATE;
    if (a != INVALID_FILE_ATTRIBUTES && (a & FILE_ATTRIBUTE_DIRECTORY))
        flags |= SYMBOLIC_LINK_FLAG_DIRECTORY;
    int r = wt && wp && CreateSymbolicLinkW(wp, wt, flags) ? 0 : portable_fail();
    /* wine 8 says yes and makes nothing */
    DWORD made = r == 0 ? GetFileAttributesW(wp) : 0;
    if (r == 0 && (made == INVALID_FILE_ATTRIBUTES ||
                   !(made & FILE_ATTRIBUTE_REPARSE_POINT))) {
        errno = ENOSYS;
        r = -1;
    }
    free(wt);
    free(wp);
    return r;
}

static inline int portable_remove_tree(const wchar_t *path)
{
    DWORD a = GetFileAttributesW(path);
    if (a == INVALID_FILE_ATTRIBUTES)
        return GetLastError() == ERROR_FILE_NOT_FOUND ? 0 : -1;
    SetFileAttributesW(path, a & ~(DWORD)FILE_ATTRIBUTE_READONLY);
    if (!(a & FILE_ATTRIBUTE_DIRECTORY))
        return DeleteFileW(path) ? 0 : -1;
    int failed = 0;
    if (!(a & FILE_ATTRIBUTE_REPARSE_POINT)) { /* a link goes, not its target */
        size_t n = wcslen(path);
        wchar_t *pattern = malloc((n + 3) * sizeof *pattern);
        if (!pattern)
            return -1;
        wcscpy(pattern, path);
        wcscpy(pattern + n, L"\\*");
        WIN32_FIND_DATAW found;
        HANDLE h = FindFirstFileW(pattern, &found);
        free(pattern);
        if (h != INVALID_HANDLE_VALUE) {
            do {
                if (wcscmp(found.cFileName, L".") == 0 ||
                    wcscmp(found.cFileName, L"..") == 0)
                    continue;
                size_t m = n + wcslen(found.cFileName) + 2;
                wchar_t *child = malloc(m * sizeof *child);
                if (!child) {
                    failed = 1;
                    break;
                }
                swprintf(child, m, L"%ls\\%ls", path, found.cFileName);
                failed |= portable_remove_tree(child) != 0;
                free(child);
            } while (FindNextFileW(h, &found));
            FindClose(h);
        }
    }
    return !failed && RemoveDirectoryW(path) ? 0 : -1;
}

static inline int remove_tree(const char *folder)
{
    wchar_t *w = portable_wide(folder);
    int r = w ? portable_remove_tree(w) : -1;
    free(w);
    return r;
}

static inline int count_entries(const char *folder)
{
    size_t n = strlen(folder);
    char *pattern = malloc(n + 3);
    if (!pattern)
        return -1;
    snprintf(pattern, n + 3, "%s/*", folder);
    wchar_t *w = portable_wide(pattern);
    free(pattern);
    WIN32_FIND_DATAW found;
    HANDLE h = w ? FindFirstFileW(w, &found) : INVALID_HANDLE_VALUE;
    free(w);
    if (h == INVALID_HANDLE_VALUE)
        return -1;
    int count = 0;
    do
        count += wcscmp(found.cFileName, L".") != 0 &&
                 wcscmp(found.cFileName, L"..") != 0;
    while (FindNextFileW(h, &found));
    FindClose(h);
    return count;
}
#endif /* _WIN32 */

#endif
