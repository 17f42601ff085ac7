/* test_datadir: datadir_find finds the data relative to the program's own
 * folder, in every layout it is installed, staged or copied in,
 * catalog_add puts a second folder's decks (--deck-dir) beside, and
 * datadir_base_name finds a file's name in a path. */
#define _XOPEN_SOURCE 700 /* realpath */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "catalog.h"
#include "check.h"
#include "datadir.h"
#include "portable.h"

static char root[64];

static void make_dirs(const char *relative)
{
    char path[512];
    CHECK(snprintf(path, sizeof path, "%s/%s", root, relative) < (int)sizeof path);
    for (char *p = path + strlen(root) + 1; *p; p++)
        if (*p == '/') {
            *p = '\0';
            CHECK(mkdir(path, 0700) == 0 || access(path, F_OK) == 0);
            *p = '/';
        }
    CHECK(mkdir(path, 0700) == 0 || access(path, F_OK) == 0);
}

static void copy_deck(const char *from, const char *to, const char *id)
{
    FILE *in = fopen(from, "r");
    FILE *out = fopen(to, "w");
    CHECK(in != NULL && out != NULL);
    if (in && out) {
        char line[1024];
        while (fgets(line, sizeof line, in))
            CHECK(fputs(strncmp(line, "id: ", 4) == 0 ? "" : line, out) >= 0);
        CHECK(fprintf(out, "id: %s\n", id) > 0);
    }
    if (in)
        CHECK(fclose(in) == 0);
    if (out)
        CHECK(fclose(out) == 0);
}

/* datadir_find from the program folder BASE (relative to root) gives the
 * data folder WANT (relative to root, as its real path). */
static void expect_found(const char *base, const char *want)
{
    char base_path[512], want_path[512], found[4096];
    CHECK(snprintf(base_path, sizeof base_path, "%s/%s/", root, base) < (int)sizeof base_path);
    CHECK(snprintf(want_path, sizeof want_path, "%s/%s", root, want) < (int)sizeof want_path);
    char *real = realpath(want_path, NULL);
    CHECK(real != NULL);
    CHECK_MSG(datadir_find(base_path, found, sizeof found), "from %s", base);
    CHECK_STR(found, real);
    /* the same without the trailing '/' SDL_GetBasePath gives */
    base_path[strlen(base_path) - 1] = '\0';
    CHECK(datadir_find(base_path, found, sizeof found));
    CHECK_STR(found, real);
    free(real);
}

static void test_layouts(void)
{
    /* cmake --install: PREFIX/bin and PREFIX/share/alliantiespel */
    make_dirs("usr/bin");
    make_dirs("usr/share/alliantiespel/decks");
    expect_found("usr/bin", "usr/share/alliantiespel");
    /* a build folder in the source tree: BASE/.. */
    make_dirs("src/build");
    make_dirs("src/decks");
    expect_found("src/build", "src");
    /* the program beside decks/ in a plain folder */
    make_dirs("plain/decks");
    expect_found("plain", "plain");
    /* ALLIANTIESPEL_DATA_DIR wins, and alone */
    char env[512], found[4096], base[512];
    CHECK(snprintf(env, sizeof env, "%s/plain", root) < (int)sizeof env);
    CHECK(snprintf(base, sizeof base, "%s/usr/bin/", root) < (int)sizeof base);
    CHECK(setenv("ALLIANTIESPEL_DATA_DIR", env, 1) == 0);
    CHECK(datadir_find(base, found, sizeof found));
    CHECK_STR(found, env);
    CHECK(snprintf(env, sizeof env, "%s/nowhere", root) < (int)sizeof env);
    CHECK(setenv("ALLIANTIESPEL_DATA_DIR", env, 1) == 0);
    CHECK(!datadir_find(base, found, sizeof found));
    CHECK(unsetenv("ALLIANTIESPEL_DATA_DIR") == 0);
}

static void test_deck_dir(void)
{
    char shipped[512], own[512], path[600];
    CHECK(snprintf(shipped, sizeof shipped, "%s/shipped", root) < (int)sizeof shipped);
    CHECK(snprintf(own, sizeof own, "%s/own", root) < (int)sizeof own);
    make_dirs("shipped");
    make_dirs("own");
    const char *source = TEST_SOURCE_DIR "/decks/algemeen.yaml";
    CHECK(snprintf(path, sizeof path, "%s/b.yaml", shipped) < (int)sizeof path);
    copy_deck(source, path, "bbb");
    CHECK(snprintf(path, sizeof path, "%s/a.yaml", own) < (int)sizeof path);
    copy_deck(source, path, "aaa");
    CHECK(snprintf(path, sizeof path, "%s/z.yaml", own) < (int)sizeof path);
    copy_deck(source, path, "bbb"); /* the id a shipped deck has */

    error_list errors;
    error_list_init(&errors);
    catalog c;
    CHECK(catalog_load(shipped, &c, &errors));
    CHECK_INT(c.count, 1);
    CHECK(catalog_add(own, &c, &errors));
    CHECK_INT(c.count, 2);
    CHECK_INT(c.broken, 1);
    CHECK(c.count == 2 && strcmp(c.decks[0].id, "aaa") == 0 &&
          strcmp(c.decks[1].id, "bbb") == 0); /* sorted by id */
    CHECK(catalog_find(&c, "bbb") == 1);
    CHECK(c.first_broken && strstr(c.first_broken, "z.yaml") &&
          strstr(c.first_broken, "another deck already has the id 'bbb'"));
    /* a folder that is not there: false, and said */
    error_list_clear(&errors);
    CHECK(snprintf(path, sizeof path, "%s/missing", root) < (int)sizeof path);
    CHECK(!catalog_add(path, &c, &errors));
    CHECK_INT(c.count, 2);
    CHECK(errors.count == 1 && strstr(errors.items[0].message, "cannot open the deck folder"));
    catalog_free(&c);
    /* to a catalog whose own folder had no deck */
    error_list_clear(&errors);
    CHECK(!catalog_load(path, &c, &errors));
    CHECK(catalog_add(own, &c, &errors));
    CHECK_INT(c.count, 2);
    catalog_free(&c);
    error_list_free(&errors);
}

/* A download and the banner name the file, not its folder, whichever
 * separator the path was written with. */
static void test_base_name(void)
{
    CHECK_STR(datadir_base_name("/home/u/board-K17.png"), "board-K17.png");
    CHECK_STR(datadir_base_name("C:\\Users\\u\\result.yaml"), "result.yaml");
    CHECK_STR(datadir_base_name("C:\\Users/u\\data/result.yaml"), "result.yaml");
    CHECK_STR(datadir_base_name("a/b\\c.yaml"), "c.yaml");
    CHECK_STR(datadir_base_name("result.yaml"), "result.yaml");
    CHECK_STR(datadir_base_name("folder/"), "");
    CHECK_STR(datadir_base_name(""), "");
    const char *path = "x/y.png";
    CHECK(datadir_base_name(path) == path + 2); /* inside path, no copy */
}

int main(void)
{
    snprintf(root, sizeof root, TEST_TMP "/test_datadir-XXXXXX");
    if (!mkdtemp(root)) {
        perror("mkdtemp");
        return 1;
    }
    test_layouts();
    test_deck_dir();
    test_base_name();
    CHECK(remove_tree(root) == 0);
    return check_report();
}
