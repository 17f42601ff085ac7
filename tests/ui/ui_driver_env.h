/* ui_driver_env: a test's own user folder and data folder, for tests
 * with a window (ui_driver.h) and without one (ui_scene_test.c). */
#ifndef ALLIANTIESPEL_UI_DRIVER_ENV_H
#define ALLIANTIESPEL_UI_DRIVER_ENV_H

#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Headless video, software rendering, user files in a private folder. */
static inline void ui_env(const char *home)
{
    setenv("SDL_VIDEODRIVER", "offscreen", 1);
    setenv("SDL_RENDER_DRIVER", "software", 1);
    mkdir(home, 0700);
    setenv("XDG_DATA_HOME", home, 1);
    setenv("ALLIANTIESPEL_DATA_DIR", TEST_SOURCE_DIR, 1);
}

/* ui_env with a user folder of this run's own, made fresh under $TMPDIR
 * (or /tmp): tests running at the same time (ctest -j, a test and its
 * fontconfig twin, two build folders) never read or delete each other's
 * settings, results or round in progress. HOME receives the folder's
 * path; NAME goes into it so a left-over folder says whose it was. */
static inline bool ui_env_private(char *home, size_t size, const char *name)
{
    const char *tmp = getenv("TMPDIR");
    if (tmp == NULL || tmp[0] == '\0')
        tmp = "/tmp";
    int n = snprintf(home, size, "%s/alliantiespel-%s-XXXXXX", tmp, name);
    if (n < 0 || (size_t)n >= size) {
        fprintf(stderr, "ui_env_private: folder name too long\n");
        return false;
    }
    if (mkdtemp(home) == NULL) {
        perror(home);
        return false;
    }
    ui_env(home);
    return true;
}

/* Removes DIR and everything under it (a folder from ui_env_private).
 * Symbolic links are removed, never followed: a test puts one in its
 * folder pointing at a shipped deck. */
static inline bool ui_remove_tree(const char *dir)
{
    bool ok = true;
    DIR *d = opendir(dir);
    if (d == NULL) {
        perror(dir);
        return false;
    }
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        char path[4096];
        int n = snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (n < 0 || (size_t)n >= sizeof path || lstat(path, &st) != 0) {
            ok = false;
            continue;
        }
        if (S_ISDIR(st.st_mode))
            ok = ui_remove_tree(path) && ok;
        else if (unlink(path) != 0) {
            perror(path);
            ok = false;
        }
    }
    closedir(d);
    if (rmdir(dir) != 0) {
        perror(dir);
        ok = false;
    }
    return ok;
}

/* Forgets a round left in progress by an earlier part of a test, so the
 * next start does not ask about it. */
static inline void ui_forget_round(void)
{
    const char *home = getenv("XDG_DATA_HOME");
    char path[1024];
    if (home == NULL)
        return;
    snprintf(path, sizeof path, "%.900s/alliantiespel/alliantiespel/"
             "round-in-progress.yaml", home);
    remove(path);
}

#endif
