/* os_win32: the operating system's floor on Windows (see os.h). Paths
 * are UTF-8 everywhere else and UTF-16 only here, at the Win32 calls, so
 * a user folder named C:\Users\Özlem works. A link or junction planted in
 * the data folder is refused, as on Linux (FILE_FLAG_OPEN_REPARSE_POINT,
 * FILE_ATTRIBUTE_REPARSE_POINT). Files written in the user's folder get
 * its rights: %APPDATA% is the user's own. */
#ifdef _WIN32
#define _CRT_RAND_S /* rand_s: the temporary names */
#include "os.h"
#include "os_private.h"

#include <errno.h>
#include <fcntl.h>
#include <io.h>
#include <stdlib.h>
#include <string.h>
#include <windows.h>
#include <aclapi.h>
#include <shellapi.h> /* ShellExecuteW: WIN32_LEAN_AND_MEAN leaves it out */

#define OS_WPATH 32768 /* the longest a Win32 path can be, in UTF-16 units */

/* The errno nearest a Win32 error, for one table of words for people. */
static int os_errno(DWORD e)
{
    switch (e) {
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
    case ERROR_INVALID_DRIVE:
        return ENOENT;
    case ERROR_ACCESS_DENIED:
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION:
        return EACCES;
    case ERROR_ALREADY_EXISTS:
    case ERROR_FILE_EXISTS:
        return EEXIST;
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL:
        return ENOSPC;
    case ERROR_WRITE_PROTECT:
        return EROFS;
    case ERROR_NOT_ENOUGH_MEMORY:
    case ERROR_OUTOFMEMORY:
        return ENOMEM;
    case ERROR_FILENAME_EXCED_RANGE:
        return ENAMETOOLONG;
    case ERROR_DIR_NOT_EMPTY:
        return ENOTEMPTY;
    case ERROR_DIRECTORY:
        return ENOTDIR;
    default:
        return EIO;
    }
}

/* UTF-8 to a fresh UTF-16 string (free it), or NULL. */
static wchar_t *os_wide(const char *s)
{
    int n = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, s, -1, NULL, 0);
    if (n <= 0 || n > OS_WPATH)
        return NULL;
    wchar_t *w = malloc((size_t)n * sizeof *w);
    if (w && MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, s, -1, w, n) != n) {
        free(w);
        w = NULL;
    }
    return w;
}

/* UTF-16 to UTF-8 into out; false when it does not fit. */
static bool os_narrow(const wchar_t *w, char *out, size_t size)
{
    int n = WideCharToMultiByte(CP_UTF8, 0, w, -1, out, (int)size, NULL, NULL);
    return n > 0;
}

static os_kind os_kind_of_attributes(DWORD a)
{
    if (a == INVALID_FILE_ATTRIBUTES)
        return OS_MISSING;
    if (a & FILE_ATTRIBUTE_REPARSE_POINT)
        return OS_LINK;
    if (a & FILE_ATTRIBUTE_DIRECTORY)
        return OS_FOLDER;
    if (a & FILE_ATTRIBUTE_DEVICE)
        return OS_DEVICE;
    return OS_FILE;
}

os_kind os_kind_of(const char *path)
{
    wchar_t *w = os_wide(path);
    if (!w)
        return OS_MISSING;
    DWORD a = GetFileAttributesW(w);
    free(w);
    return os_kind_of_attributes(a);
}

bool os_exists(const char *path)
{
    return os_kind_of(path) != OS_MISSING;
}

/* A handle to path with the link itself, never what it points to. */
static HANDLE os_open_handle(const char *path, DWORD access, DWORD share,
                             DWORD disposition, DWORD flags, int *error)
{
    wchar_t *w = os_wide(path);
    if (!w) {
        *error = ENAMETOOLONG;
        return INVALID_HANDLE_VALUE;
    }
    HANDLE h = CreateFileW(w, access, share, NULL, disposition,
                           flags | FILE_FLAG_OPEN_REPARSE_POINT, NULL);
    free(w);
    *error = h == INVALID_HANDLE_VALUE ? os_errno(GetLastError()) : 0;
    return h;
}

/* stdio on a handle (which it then owns), or NULL (the handle closed). */
static FILE *os_stream(HANDLE h, int flags, const char *mode, int *error)
{
    int fd = _open_osfhandle((intptr_t)h, flags | _O_BINARY);
    if (fd < 0) {
        *error = EIO;
        CloseHandle(h);
        return NULL;
    }
    FILE *f = _fdopen(fd, mode);
    if (!f) {
        *error = errno ? errno : EIO;
        _close(fd);
    }
    return f;
}

FILE *os_open_regular(const char *path, long long *size, os_kind *kind,
                      int *error)
{
    *size = 0;
    *kind = OS_MISSING;
    HANDLE h = os_open_handle(path, GENERIC_READ,
                              FILE_SHARE_READ | FILE_SHARE_WRITE |
                                  FILE_SHARE_DELETE,
                              OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, error);
    if (h == INVALID_HANDLE_VALUE)
        return NULL;
    BY_HANDLE_FILE_INFORMATION info;
    LARGE_INTEGER bytes;
    if (!GetFileInformationByHandle(h, &info) || !GetFileSizeEx(h, &bytes)) {
        *error = os_errno(GetLastError());
        CloseHandle(h);
        return NULL;
    }
    *kind = GetFileType(h) != FILE_TYPE_DISK
                ? OS_DEVICE
                : os_kind_of_attributes(info.dwFileAttributes);
    if (*kind != OS_FILE) {
        CloseHandle(h);
        return NULL;
    }
    *size = (long long)bytes.QuadPart;
    return os_stream(h, _O_RDONLY, "rb", error);
}

/* Six letters and digits at random, for a name nobody guesses. */
static void os_random_name(char *six)
{
    static const char letters[] =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    for (int i = 0; i < 6; i++) {
        unsigned r = 0;
        if (rand_s(&r) != 0)
            r = (unsigned)GetTickCount() * 2654435761u + (unsigned)i;
        six[i] = letters[r % (sizeof letters - 1)];
    }
    six[6] = '\0';
}

FILE *os_create_temp(const char *target, char *tmp, size_t size, int *error)
{
    for (int tries = 0; tries < 100; tries++) {
        char six[7];
        os_random_name(six);
        int n = snprintf(tmp, size, "%s.tmp-%s", target, six);
        if (n < 0 || (size_t)n >= size) {
            *error = ENAMETOOLONG;
            return NULL;
        }
        /* CREATE_NEW: never an existing file, never through a link */
        HANDLE h = os_open_handle(tmp, GENERIC_WRITE | DELETE, FILE_SHARE_DELETE,
                                  CREATE_NEW, FILE_ATTRIBUTE_NORMAL, error);
        if (h != INVALID_HANDLE_VALUE)
            return os_stream(h, _O_WRONLY, "wb", error);
        if (*error != EEXIST)
            return NULL;
    }
    return NULL;
}

int os_make_temp_folder(const char *path, char *out, size_t size)
{
    for (int tries = 0; tries < 100; tries++) {
        char six[7];
        os_random_name(six);
        int n = snprintf(out, size, "%s.tmp-%s", path, six);
        if (n < 0 || (size_t)n >= size)
            return ENAMETOOLONG;
        int made = os_make_folder(out);
        if (made != EEXIST)
            return made;
    }
    return EEXIST;
}

int os_finish_file(const char *path)
{
    int error = 0;
    HANDLE h = os_open_handle(path, GENERIC_WRITE, FILE_SHARE_READ,
                              OPEN_EXISTING, 0, &error);
    if (h == INVALID_HANDLE_VALUE)
        return error;
    BY_HANDLE_FILE_INFORMATION info;
    if (!GetFileInformationByHandle(h, &info))
        error = os_errno(GetLastError());
    else if (os_kind_of_attributes(info.dwFileAttributes) != OS_FILE)
        error = EINVAL;
    else if (!FlushFileBuffers(h))
        error = os_errno(GetLastError());
    CloseHandle(h);
    return error;
}

int os_flush_to_disk(FILE *f)
{
    if (fflush(f) != 0)
        return errno ? errno : EIO;
    if (ferror(f))
        return EIO;
    return _commit(_fileno(f)) == 0 ? 0 : (errno ? errno : EIO);
}

/* MoveFileExW with write-through: on disk when it returns. */
static int os_move(const char *from, const char *to, DWORD flags)
{
    wchar_t *wf = os_wide(from), *wt = os_wide(to);
    int error = 0;
    if (!wf || !wt)
        error = ENAMETOOLONG;
    else if (!MoveFileExW(wf, wt, flags | MOVEFILE_WRITE_THROUGH))
        error = os_errno(GetLastError());
    free(wf);
    free(wt);
    return error;
}

int os_replace(const char *from, const char *to)
{
    return os_move(from, to, MOVEFILE_REPLACE_EXISTING);
}

int os_place_new(const char *from, const char *to)
{
    /* without MOVEFILE_REPLACE_EXISTING the move fails when the name is
     * taken, in one step */
    return os_move(from, to, 0);
}

static BOOL os_create_folder_w(LPCWSTR path)
{
    return CreateDirectoryW(path, NULL);
}

/* One Win32 call on a path: 0 or errno. */
static int os_path_call(const char *path, BOOL (*call)(LPCWSTR))
{
    wchar_t *w = os_wide(path);
    int error = !w ? ENAMETOOLONG : call(w) ? 0 : os_errno(GetLastError());
    free(w);
    return error;
}

int os_remove(const char *path)
{
    return os_path_call(path, DeleteFileW);
}

int os_remove_folder(const char *path)
{
    return os_path_call(path, RemoveDirectoryW);
}

int os_sync_folder(const char *path)
{
    (void)path; /* every move is MOVEFILE_WRITE_THROUGH */
    return 0;
}

int os_make_folder(const char *path)
{
    return os_path_call(path, os_create_folder_w);
}

/* True when the folder's owner is the user this program runs as. */
static bool os_owned_by_me(const wchar_t *path)
{
    PSID owner = NULL;
    PSECURITY_DESCRIPTOR sd = NULL;
    if (GetNamedSecurityInfoW(path, SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION,
                              &owner, NULL, NULL, NULL, &sd) != ERROR_SUCCESS)
        return true; /* a file system without owners (FAT): nobody else's */
    bool mine = false;
    HANDLE token;
    if (OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token)) {
        char buffer[256];
        DWORD n = 0;
        if (GetTokenInformation(token, TokenUser, buffer, sizeof buffer, &n))
            mine = EqualSid(owner, ((TOKEN_USER *)buffer)->User.Sid) ||
                   IsWellKnownSid(owner, WinBuiltinAdministratorsSid);
        CloseHandle(token);
    }
    LocalFree(sd);
    return mine;
}

bool os_folder_is_private(const char *path, char *why, size_t why_size)
{
    const char *reason = NULL;
    wchar_t *w = os_wide(path);
    DWORD a = w ? GetFileAttributesW(w) : INVALID_FILE_ATTRIBUTES;
    os_kind kind = os_kind_of_attributes(a);
    if (!w)
        reason = "has too long a name";
    else if (kind == OS_MISSING)
        reason = "does not exist";
    else if (kind == OS_LINK)
        reason = "is a symbolic link";
    else if (kind != OS_FOLDER)
        reason = "is not a folder";
    else if (!os_owned_by_me(w))
        reason = "belongs to another user";
    free(w);
    if (why_size)
        snprintf(why, why_size, "%s", reason ? reason : "");
    return reason == NULL;
}

int os_list_folder(const char *folder, bool (*keep)(const char *name),
                   char ***out, size_t *count)
{
    *out = NULL;
    *count = 0;
    char pattern[4096];
    if (snprintf(pattern, sizeof pattern, "%s\\*", folder) >= (int)sizeof pattern)
        return ENAMETOOLONG;
    wchar_t *w = os_wide(pattern);
    if (!w)
        return ENAMETOOLONG;
    WIN32_FIND_DATAW found;
    HANDLE h = FindFirstFileW(w, &found);
    free(w);
    if (h == INVALID_HANDLE_VALUE) {
        DWORD e = GetLastError();
        return e == ERROR_FILE_NOT_FOUND ? 0 : os_errno(e);
    }
    os_names list = {0};
    int failure = 0;
    do {
        char name[1024];
        if (os_narrow(found.cFileName, name, sizeof name))
            failure = os_names_add(&list, name, keep);
    } while (failure == 0 && FindNextFileW(h, &found));
    FindClose(h);
    return os_names_done(&list, failure, out, count);
}

bool os_full_path(const char *path, char *out, size_t size)
{
    wchar_t *w = os_wide(path);
    wchar_t *full = malloc(OS_WPATH * sizeof *full);
    bool ok = w && full && os_kind_of(path) != OS_MISSING &&
              GetFullPathNameW(w, OS_WPATH, full, NULL) > 0 &&
              os_narrow(full, out, size);
    free(w);
    free(full);
    return ok;
}

struct os_lock {
    HANDLE handle;
};

os_lock *os_lock_try(const char *path, bool *busy, int *error)
{
    *busy = false;
    HANDLE h = os_open_handle(path, GENERIC_READ | GENERIC_WRITE,
                              FILE_SHARE_READ | FILE_SHARE_WRITE |
                                  FILE_SHARE_DELETE,
                              OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, error);
    if (h == INVALID_HANDLE_VALUE)
        return NULL;
    BY_HANDLE_FILE_INFORMATION info;
    if (!GetFileInformationByHandle(h, &info) ||
        os_kind_of_attributes(info.dwFileAttributes) != OS_FILE) {
        *error = EINVAL;
        CloseHandle(h);
        return NULL;
    }
    /* one byte, exclusive, not waiting: another handle, in this process
     * or another, is refused; Windows lets it go when the process ends */
    OVERLAPPED at;
    memset(&at, 0, sizeof at);
    if (!LockFileEx(h, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0,
                    1, 0, &at)) {
        DWORD e = GetLastError();
        CloseHandle(h);
        if (e == ERROR_LOCK_VIOLATION || e == ERROR_IO_PENDING)
            *busy = true;
        else
            *error = os_errno(e);
        return NULL;
    }
    os_lock *lock = malloc(sizeof *lock);
    if (!lock) {
        CloseHandle(h);
        *error = ENOMEM;
        return NULL;
    }
    lock->handle = h;
    return lock;
}

void os_lock_release(os_lock *lock)
{
    if (!lock)
        return;
    CloseHandle(lock->handle); /* closing the handle lets the lock go */
    free(lock);
}

bool os_env(const char *name, char *out, size_t size)
{
    wchar_t *w = os_wide(name);
    const wchar_t *v = w ? _wgetenv(w) : NULL;
    bool ok = v && v[0] && os_narrow(v, out, size);
    free(w);
    return ok;
}

bool os_user_folder(char *out, size_t size)
{
    char base[4096];
    /* as SDL_GetPrefPath("alliantiespel", "alliantiespel") finds it */
    if (!os_env("APPDATA", base, sizeof base))
        return false;
    int n = snprintf(out, size, "%s\\alliantiespel\\alliantiespel", base);
    return n > 0 && (size_t)n < size;
}

bool os_local_time(int64_t t, struct tm *out)
{
    __time64_t tt = (__time64_t)t;
    return _localtime64_s(out, &tt) == 0;
}

int64_t os_wall_ns(void)
{
    FILETIME ft;
    GetSystemTimePreciseAsFileTime(&ft);
    int64_t ticks = ((int64_t)ft.dwHighDateTime << 32) | ft.dwLowDateTime;
    /* 100 ns ticks since 1601 */
    return (ticks - 116444736000000000LL) * 100;
}

bool os_utc_time(int64_t t, struct tm *out)
{
    __time64_t tt = (__time64_t)t;
    return _gmtime64_s(out, &tt) == 0;
}

void os_keep_freed_memory(size_t bytes)
{
    (void)bytes; /* the Windows heap decides alone */
}

char os_separator(void)
{
    return '\\';
}

bool os_can_open_folder(void)
{
    return true;
}

int os_open_folder(const char *folder)
{
    wchar_t *w = os_wide(folder);
    if (w == NULL)
        return EINVAL;
    /* Explorer opens it; the shell starts it and returns at once */
    HINSTANCE h = ShellExecuteW(NULL, L"open", w, NULL, NULL, SW_SHOWNORMAL);
    free(w);
    /* a value above 32 is success; below, an error code in disguise */
    return (INT_PTR)h > 32 ? 0 : (INT_PTR)h == ERROR_FILE_NOT_FOUND ||
                                          (INT_PTR)h == ERROR_PATH_NOT_FOUND
                                      ? ENOENT
                                      : EIO;
}
#endif
