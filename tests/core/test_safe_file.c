/* Files that hold answers and settings: a symbolic link planted beside
 * them redirects nothing, a FIFO never hangs the game, a full disk leaves
 * the previous file whole and no temporary file behind, the files are the
 * owner's only, the user's folder is checked but never re-moded, and a
 * folder named Özlem holds them like any other. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#ifndef _WIN32
#include <sys/resource.h>
#include <sys/wait.h>
#endif

#include "datadir.h"
#include "deck.h"
#include "fixture.h"
#include "os.h"
#include "portable.h"
#include "result.h"
#include "safe_file.h"
#include "settings.h"
#include "ydoc.h"

static char *read_all(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = calloc(1, 1 << 20);
    if (buf && fread(buf, 1, (1 << 20) - 1, f) == 0 && ferror(f)) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    return buf;
}

static void write_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    CHECK(f != NULL);
    if (f) {
        fputs(text, f);
        CHECK(fclose(f) == 0);
    }
}


static void make_folder(char *dir, size_t size, const char *name)
{
    snprintf(dir, size, TEST_TMP "/alliantiespel-%s-XXXXXX", name);
    CHECK(mkdtemp(dir) != NULL);
}

static bool every_name(const char *name)
{
    (void)name;
    return true;
}

static void make_session(deck *d, session *s, size_t cards)
{
    fixture_deck(d, 5, "pn", cards);
    size_t order[64];
    for (size_t i = 0; i < cards; i++)
        order[i] = i;
    const deck_role players[] = { DECK_ROLE_CLIENT, DECK_ROLE_PROFESSIONAL };
    CHECK_INT(session_new(s, d, 0, order, cards, players, 2, 1764079200), SESSION_OK);
    session_place(s, 0, 1);
    session_place(s, 1, 3);
    session_reveal(s);
}

static bool has_error(const error_list *errors, const char *path, const char *text)
{
    for (size_t i = 0; i < errors->count; i++)
        if (errors->items[i].file && strcmp(errors->items[i].file, path) == 0 &&
            strstr(errors->items[i].message, text))
            return true;
    return false;
}

/* A link planted where the writer puts its temporary file, or at the
 * target itself, must not let the game write through it. */
static void test_planted_links(void)
{
    char dir[64], outside[64];
    make_folder(dir, sizeof dir, "links");
    make_folder(outside, sizeof outside, "outside");
    char victim[256];
    snprintf(victim, sizeof victim, "%s/victim", outside);
    write_text(victim, "do not touch\n");
#ifdef _WIN32
    /* wine, or Windows without the right to, makes no symbolic link:
     * nothing can be planted then */
    char probe[256];
    snprintf(probe, sizeof probe, "%s/probe", dir);
    if (symlink(victim, probe) != 0) {
        printf("planted links: skipped, no symbolic links here\n");
        CHECK(remove_tree(dir) == 0);
        CHECK(remove_tree(outside) == 0);
        return;
    }
    CHECK(unlink(probe) == 0);
#endif

    const char *const names[] = { "settings.txt", "result.yaml" };
    for (size_t n = 0; n < 2; n++) {
        char path[256], link[512];
        snprintf(path, sizeof path, "%s/%s", dir, names[n]);
        /* Settings' old name was PATH.tmpPID; plant every likely one. */
        const char *suffixes[] = { ".tmp", ".tmp-XXXXXX", ".tmp-000000", NULL, NULL };
        char pid_suffix[32];
        snprintf(pid_suffix, sizeof pid_suffix, ".tmp%ld", (long)getpid() % 100000);
        suffixes[3] = pid_suffix;
        for (size_t i = 0; suffixes[i]; i++) {
            snprintf(link, sizeof link, "%s%s", path, suffixes[i]);
            CHECK(symlink(victim, link) == 0);
        }
        error_list errors;
        error_list_init(&errors);
        bool saved;
        if (n == 0) {
            settings s;
            settings_defaults(&s);
            s.clients = 3;
            saved = settings_save(path, &s, &errors);
        } else {
            deck d;
            session s;
            make_session(&d, &s, 3);
            saved = result_write(path, &s, &errors);
            session_free(&s);
            deck_free(&d);
        }
        CHECK_MSG(saved, "%s was not saved beside planted links", names[n]);
        error_print(&errors, stderr);
        char *kept = read_all(victim);
        CHECK_STR(kept, "do not touch\n");
        free(kept);
        struct stat st;
        CHECK(lstat(path, &st) == 0 && S_ISREG(st.st_mode));
        for (size_t i = 0; suffixes[i]; i++) {
            snprintf(link, sizeof link, "%s%s", path, suffixes[i]);
            CHECK(lstat(link, &st) == 0 && S_ISLNK(st.st_mode));
            CHECK(unlink(link) == 0);
        }
        /* A link at the target is replaced, not written through. */
        CHECK(unlink(path) == 0);
        CHECK(symlink(victim, path) == 0);
        if (n == 0) {
            settings s;
            settings_defaults(&s);
            CHECK(settings_save(path, &s, &errors));
        } else {
            deck d;
            session s;
            make_session(&d, &s, 3);
            CHECK(result_write(path, &s, &errors));
            session_free(&s);
            deck_free(&d);
        }
        kept = read_all(victim);
        CHECK_STR(kept, "do not touch\n");
        free(kept);
        CHECK(lstat(path, &st) == 0 && S_ISREG(st.st_mode));
        error_list_free(&errors);
    }
    CHECK(remove_tree(dir) == 0);
    CHECK(remove_tree(outside) == 0);
}

#ifndef _WIN32 /* Windows has no FIFOs and no alarm */
static void on_alarm(int sig)
{
    (void)sig;
    static const char msg[] = "test_safe_file: reading a FIFO hung\n";
    ssize_t w = write(2, msg, sizeof msg - 1);
    (void)w;
    _exit(1);
}
#endif

/* A FIFO (or a folder) where a file should be: a clear refusal naming
 * it, at once. */
static void test_fifo(void)
{
    char dir[64];
    make_folder(dir, sizeof dir, "fifo");
    error_list errors;
    error_list_init(&errors);
    char *data = NULL;
    size_t size = 0;
#ifndef _WIN32 /* no FIFOs on Windows; the folder below is checked there too */
    char fifo[256];
    snprintf(fifo, sizeof fifo, "%s/pipe.yaml", dir);
    CHECK(mkfifo(fifo, 0600) == 0);
    CHECK(signal(SIGALRM, on_alarm) != SIG_ERR);
    alarm(10);

    CHECK(!ydoc_read_file(fifo, 1024, &data, &size, &errors));
    CHECK(has_error(&errors, fifo, "not a regular file"));
    CHECK(has_error(&errors, fifo, "FIFO"));
    error_list_clear(&errors);

    deck d;
    session s;
    CHECK(!result_read(fifo, &d, &s, &errors));
    CHECK(has_error(&errors, fifo, "not a regular file"));
    error_list_clear(&errors);

    CHECK(!deck_load(fifo, &d, &errors));
    CHECK(has_error(&errors, fifo, "not a regular file"));
    error_list_clear(&errors);

    settings st;
    CHECK(!settings_load(fifo, &st));
    CHECK_INT(st.clients, 1);
    settings_free(&st);
#endif

    CHECK(!ydoc_read_file(dir, 1024, &data, &size, &errors));
    CHECK(has_error(&errors, dir, "a folder"));
#ifndef _WIN32
    alarm(0);
#endif
    error_list_free(&errors);
    CHECK(remove_tree(dir) == 0);
}

/* A full disk (the file-size limit gives the same EFBIG, without filling
 * one): false, the reason kept, the old file whole, no temporary left.
 * Windows has no file-size limit to stand in for a full disk. */
#ifndef _WIN32
static void test_full_disk(void)
{
    char dir[64];
    make_folder(dir, sizeof dir, "full");
    char result_path[256], settings_path[256];
    snprintf(result_path, sizeof result_path, "%s/result.yaml", dir);
    snprintf(settings_path, sizeof settings_path, "%s/settings.txt", dir);

    deck d;
    session s;
    make_session(&d, &s, 12);
    error_list errors;
    error_list_init(&errors);
    CHECK(result_write(result_path, &s, &errors));
    settings set;
    settings_defaults(&set);
    CHECK(settings_save(settings_path, &set, &errors));
    char *old_result = read_all(result_path);
    char *old_settings = read_all(settings_path);
    CHECK(old_result && strlen(old_result) > 2000);

    /* Something new to save, bigger than the limit. */
    session_next(&s, 1764079300);
    char picked[3000] = "";
    for (int i = 0; i < 200; i++)
        strcat(picked, i ? ",card-number-x" : "card-number-x");
    CHECK(settings_set_picked(&set, picked));
    set.clients = 4;

    struct rlimit before;
    CHECK(getrlimit(RLIMIT_FSIZE, &before) == 0);
    struct rlimit small = before;
    small.rlim_cur = 1000;
    void (*old_handler)(int) = signal(SIGXFSZ, SIG_IGN);
    CHECK(old_handler != SIG_ERR);
    CHECK(setrlimit(RLIMIT_FSIZE, &small) == 0);
    bool result_saved = result_write(result_path, &s, &errors);
    int result_errno = errors.os_error;
    error_list_clear(&errors);
    bool settings_saved = settings_save(settings_path, &set, &errors);
    int settings_errno = errors.os_error;
    CHECK(setrlimit(RLIMIT_FSIZE, &before) == 0);
    CHECK(signal(SIGXFSZ, old_handler) != SIG_ERR);

    CHECK(!result_saved);
    CHECK_INT(result_errno, EFBIG);
    CHECK(!settings_saved);
    CHECK_INT(settings_errno, EFBIG);
    CHECK(has_error(&errors, settings_path, "cannot write the file"));
    char *now = read_all(result_path);
    CHECK_STR(now, old_result);
    free(now);
    now = read_all(settings_path);
    CHECK_STR(now, old_settings);
    free(now);
    CHECK_INT(count_entries(dir), 2); /* no temporary file left */

    free(old_result);
    free(old_settings);
    settings_free(&set);
    session_free(&s);
    deck_free(&d);
    error_list_free(&errors);
    CHECK(remove_tree(dir) == 0);
}

#endif

/* Whether fd 0 is open. */
static bool stdin_open(void)
{
#ifdef _WIN32
    return _get_osfhandle(0) != -1;
#else
    return fcntl(0, F_GETFD) != -1;
#endif
}

/* Even with a permissive umask the files are the owner's only, and the
 * temporary file has the name the sweep at start-up looks for. Windows
 * has no modes (a file has the rights of its folder, the user's own):
 * there OWNER_ONLY masks nothing but the owner's read and write. */
#ifdef _WIN32
#define OWNER_ONLY 0600
#else
#define OWNER_ONLY 0777
#endif
static void test_private_files(void)
{
    char dir[64];
    make_folder(dir, sizeof dir, "mode");
    mode_t old_mask = umask(0);
    char path[256];
    snprintf(path, sizeof path, "%s/result.yaml", dir);
    deck d;
    session s;
    make_session(&d, &s, 3);
    error_list errors;
    error_list_init(&errors);
    CHECK(result_write(path, &s, &errors));
    struct stat st;
    CHECK(stat(path, &st) == 0);
    CHECK_INT(st.st_mode & OWNER_ONLY, 0600);
    snprintf(path, sizeof path, "%s/settings.txt", dir);
    settings set;
    settings_defaults(&set);
    CHECK(settings_save(path, &set, &errors));
    CHECK(stat(path, &st) == 0);
    CHECK_INT(st.st_mode & OWNER_ONLY, 0600);

    safe_file f;
    snprintf(path, sizeof path, "%s/new.yaml", dir);
    CHECK(safe_file_create(&f, path, &errors));
    CHECK(safe_file_stream(&f) != NULL);
    CHECK(fputs("half\n", safe_file_stream(&f)) >= 0);
    CHECK(stat(f.tmp_path, &st) == 0);
    CHECK_INT(st.st_mode & OWNER_ONLY, 0600);
    CHECK_INT(datadir_remove_stale_temps(dir), 1); /* what a crash would leave */
    char tmp_path[300];
    snprintf(tmp_path, sizeof tmp_path, "%s", f.tmp_path);
#ifndef _WIN32 /* on Windows a file still open loses its name when closed */
    CHECK(stat(tmp_path, &st) != 0);
#endif
    safe_file_abort(&f);
    CHECK(stat(tmp_path, &st) != 0);
    safe_file_abort(&f); /* twice is harmless */
    CHECK(stat(path, &st) != 0); /* aborted: nothing at the target */
    CHECK_INT(count_entries(dir), 2);

    bool was_open = stdin_open();
    safe_file zero;
    memset(&zero, 0, sizeof zero);
    safe_file_abort(&zero); /* must not close stdin (fd 0) */
    CHECK(stdin_open() == was_open);

    umask(old_mask);
    session_free(&s);
    deck_free(&d);
    error_list_free(&errors);
    CHECK(remove_tree(dir) == 0);
}

/* The user's folder: refused when someone else could change it, never
 * re-moded when the user chose its mode. */
static void test_private_folder(void)
{
    char dir[64];
    make_folder(dir, sizeof dir, "folder");
    char path[256], why[128];

    snprintf(path, sizeof path, "%s/mine/alliantiespel", dir);
    CHECK(datadir_make_private(path));
    struct stat st;
    CHECK(stat(path, &st) == 0 && S_ISDIR(st.st_mode));
#ifndef _WIN32 /* Windows has no modes: the folder's owner is checked */
    CHECK((st.st_mode & 0777) == 0700);
#endif
    CHECK(datadir_check_private(path, why, sizeof why));
    CHECK(datadir_check_private(dir, why, sizeof why)); /* mkdtemp makes 0700 */

#ifndef _WIN32 /* who else may write is in the folder's ACL there, and
                * os_win32.c checks only its owner */
    snprintf(path, sizeof path, "%s/open", dir);
    CHECK(mkdir(path, 0700) == 0 && chmod(path, 0777) == 0);
    CHECK(!datadir_check_private(path, why, sizeof why));
    CHECK_STR(why, "is writable by other users");
    CHECK(!datadir_make_private(path));
    CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0777);
#endif

    char link[256];
    snprintf(link, sizeof link, "%s/link", dir);
    snprintf(path, sizeof path, "%s/mine", dir);
    bool linked = symlink(path, link) == 0;
#ifdef _WIN32
    if (!linked) /* wine makes no symbolic links: none to refuse */
        printf("a linked folder: skipped, no symbolic links here\n");
#else
    CHECK(linked);
#endif
    if (linked) {
        CHECK(!datadir_check_private(link, why, sizeof why));
        CHECK_STR(why, "is a symbolic link");
        snprintf(path, sizeof path, "%s/link/", dir); /* a slash must not follow it */
        CHECK(!datadir_check_private(path, why, sizeof why));
        CHECK(!datadir_make_private(link));
    }

    snprintf(path, sizeof path, "%s/file", dir);
    write_text(path, "x");
    CHECK(!datadir_check_private(path, why, sizeof why));
    CHECK_STR(why, "is not a folder");

    snprintf(path, sizeof path, "%s/read-only", dir);
    CHECK(mkdir(path, 0500) == 0);
    CHECK(datadir_make_private(path));
    CHECK(stat(path, &st) == 0);
#ifndef _WIN32 /* no modes on Windows */
    CHECK_INT(st.st_mode & 0777, 0500);
#endif

#ifndef _WIN32 /* chown: a folder given away is a POSIX owner's to do */
    if (geteuid() == 0) { /* only root can give a folder away */
        snprintf(path, sizeof path, "%s/theirs", dir);
        CHECK(mkdir(path, 0700) == 0 && chown(path, 12345, 12345) == 0);
        CHECK(!datadir_check_private(path, why, sizeof why));
        CHECK_STR(why, "belongs to another user");
    }
#endif
    CHECK(remove_tree(dir) == 0);
}

/* The sweep removes what a crash mid-write leaves, and nothing else. */
static void test_stale_temps(void)
{
    char dir[64];
    make_folder(dir, sizeof dir, "stale");
    char path[256];
    const char *const stale[] = { "result.yaml.tmp-Ab12Cd", "settings.txt.tmp-XXXXXX" };
    const char *const kept[] = { "result.yaml", "notes.tmp-old.txt", "x.tmp-abc",
                                 "settings.txt.tmp12345" };
    for (size_t i = 0; i < 2; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, stale[i]);
        write_text(path, "half");
    }
    for (size_t i = 0; i < 4; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, kept[i]);
        write_text(path, "whole");
    }
    snprintf(path, sizeof path, "%s/folder.tmp-abcdef", dir);
    CHECK(mkdir(path, 0700) == 0);
    char target[256];
    snprintf(target, sizeof target, "%s/result.yaml", dir);
    snprintf(path, sizeof path, "%s/link.tmp-abcdef", dir);
    bool linked = symlink(target, path) == 0;
#ifndef _WIN32 /* wine makes no symbolic links */
    CHECK(linked);
#endif

    CHECK_INT(datadir_remove_stale_temps(dir), 2);
    CHECK_INT(count_entries(dir), linked ? 6 : 5);
    struct stat st;
    for (size_t i = 0; i < 2; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, stale[i]);
        CHECK(lstat(path, &st) != 0);
    }
    CHECK(stat(target, &st) == 0);
    CHECK_INT(datadir_remove_stale_temps("/nonexistent-folder"), 0);
    CHECK(remove_tree(dir) == 0);
}

enum { EACH = 20 };

/* Window k stores EACH rounds at path: how many did not read back. */
static int store_rounds(const char *path, int k)
{
    int bad = 0;
    for (int i = 0; i < EACH; i++) {
        safe_file f;
        error_list errors;
        error_list_init(&errors);
        char chosen[256];
        bool ok = safe_file_create(&f, path, &errors);
        if (ok)
            fprintf(safe_file_stream(&f), "window %d round %d\n", k, i);
        ok = ok && safe_file_commit_new(&f, chosen, sizeof chosen, &errors);
        char *got = ok ? read_all(chosen) : NULL;
        char want[64];
        snprintf(want, sizeof want, "window %d round %d\n", k, i);
        bad += !got || strcmp(got, want) != 0;
        free(got);
        error_list_free(&errors);
    }
    return bad;
}

#ifdef _WIN32
typedef struct {
    const char *path;
    int k;
    HANDLE go;
} window_thread;

static DWORD WINAPI window_run(void *arg)
{
    window_thread *w = arg;
    WaitForSingleObject(w->go, INFINITE); /* both start at once */
    return (DWORD)store_rounds(w->path, w->k);
}
#endif

/* Two programs store a result under the same name in the same second
 * (two windows, two laptops on one network folder): every file stays,
 * none replaces another, and each knows the name it got. Two processes
 * here; on Windows, which has no fork, two threads. */
static void test_same_name_at_once(void)
{
    char folder[] = TEST_TMP "/alliantiespel-same-name-XXXXXX";
    CHECK(mkdtemp(folder) != NULL);
    char path[256];
    snprintf(path, sizeof path, "%s/result-20261207-150000.yaml", folder);
#ifdef _WIN32
    HANDLE go = CreateEventW(NULL, TRUE, FALSE, NULL);
    window_thread w[2];
    HANDLE threads[2];
    for (int k = 0; k < 2; k++) {
        w[k] = (window_thread){ path, k, go };
        threads[k] = CreateThread(NULL, 0, window_run, &w[k], 0, NULL);
        CHECK(threads[k] != NULL);
    }
    CHECK(SetEvent(go));
    for (int k = 0; k < 2; k++) {
        DWORD bad = 1;
        CHECK(WaitForSingleObject(threads[k], INFINITE) == WAIT_OBJECT_0 &&
              GetExitCodeThread(threads[k], &bad) && bad == 0);
        CloseHandle(threads[k]);
    }
    CloseHandle(go);
#else
    int go[2];
    CHECK(pipe(go) == 0);
    pid_t kids[2];
    for (int k = 0; k < 2; k++) {
        kids[k] = fork();
        if (kids[k] == 0) {
            char c;
            if (read(go[0], &c, 1) != 1) /* both start at once */
                _exit(3);
            _exit(store_rounds(path, k) ? 1 : 0);
        }
    }
    CHECK(write(go[1], "xx", 2) == 2);
    for (int k = 0; k < 2; k++) {
        int status = 0;
        CHECK(waitpid(kids[k], &status, 0) == kids[k] && WIFEXITED(status) &&
              WEXITSTATUS(status) == 0);
    }
#endif
    /* 40 files, every round's text once: nothing was written over */
    CHECK_INT(count_entries(folder), 2 * EACH);
    int found = 0;
    for (int i = 0; i < SAFE_FILE_NEW_TRIES; i++) {
        char name[256];
        if (!safe_file_candidate(path, i, name, sizeof name))
            break;
        char *text = read_all(name);
        found += text != NULL;
        free(text);
    }
    CHECK_INT(found, 2 * EACH);
    CHECK(remove_tree(folder) == 0);
}

/* A user folder whose name is not ASCII (C:\Users\Özlem on Windows): a
 * result and the settings are written there, found by their names and
 * read back; on Windows also by the path os_user_folder gives, with '\\'. */
static void test_utf8_folder(void)
{
    char dir[64];
    make_folder(dir, sizeof dir, "utf8");
    char folder[256], path[512];
    snprintf(folder, sizeof folder, "%s/Özlem/alliantiespel", dir);
    CHECK(datadir_make_private(folder));
    struct stat st;
    CHECK(lstat(folder, &st) == 0 && S_ISDIR(st.st_mode)); /* named right */
    deck d;
    session s;
    make_session(&d, &s, 3);
    error_list errors;
    error_list_init(&errors);
    const char sep[] = { '/', os_separator() };
    for (size_t i = 0; i < sizeof sep; i++) {
        snprintf(path, sizeof path, "%s%cresult-Özlem.yaml", folder, sep[i]);
        CHECK_MSG(result_write(path, &s, &errors), "%s", path);
        error_print(&errors, stderr);
        error_list_clear(&errors);
        CHECK(lstat(path, &st) == 0 && S_ISREG(st.st_mode));
        deck d2;
        session s2;
        bool read = result_read(path, &d2, &s2, &errors);
        CHECK_MSG(read, "%s", path);
        error_print(&errors, stderr);
        error_list_clear(&errors);
        if (read) {
            CHECK_INT(s2.round_count, s.round_count);
            session_free(&s2);
            deck_free(&d2);
        }
        snprintf(path, sizeof path, "%s%csettings.txt", folder, sep[i]);
        settings set;
        settings_defaults(&set);
        set.clients = 4;
        CHECK(settings_save(path, &set, &errors));
        settings_free(&set);
        CHECK(settings_load(path, &set));
        CHECK_INT(set.clients, 4);
        settings_free(&set);
    }
    char **names = NULL;
    size_t count = 0;
    CHECK(os_list_folder(dir, every_name, &names, &count) == 0);
    CHECK(count == 1 && strcmp(names[0], "Özlem") == 0);
    os_names_free(names, count);
    CHECK(os_list_folder(folder, every_name, &names, &count) == 0);
    CHECK(count == 2 && strcmp(names[0], "result-Özlem.yaml") == 0 &&
          strcmp(names[1], "settings.txt") == 0);
    os_names_free(names, count);
    CHECK_INT(count_entries(folder), 2); /* no temporary file left */
    session_free(&s);
    deck_free(&d);
    error_list_free(&errors);
    CHECK(remove_tree(dir) == 0);
}

int main(void)
{
    test_same_name_at_once();
    test_planted_links();
    test_fifo();
#ifndef _WIN32
    test_full_disk();
#endif
    test_private_files();
    test_private_folder();
    test_stale_temps();
    test_utf8_folder();
    return check_report();
}
