/* catalog: every deck in a folder, sorted by id. */
#include "catalog.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "datadir.h"
#include "os.h"

/* The start screen shows one line about a broken deck; longer is cut. */
#define CATALOG_FIRST_BROKEN_BYTES 512

static int compare_decks(const void *a, const void *b)
{
    return strcmp(((const deck *)a)->id, ((const deck *)b)->id);
}

static bool is_deck_file(const char *name)
{
    size_t n = strlen(name);
    return n > 5 && name[0] != '.' && strcmp(name + n - 5, ".yaml") == 0;
}

void catalog_names_free(char **names, size_t count)
{
    os_names_free(names, count);
}

/* The folder's *.yaml names, sorted: the decks load in a fixed order, so
 * which deck is "first" broken, or keeps an id two files share, does not
 * depend on the order the file system lists them in. */
bool catalog_list_yaml(const char *folder, char ***out, size_t *count,
                       error_list *errors)
{
    int failure = os_list_folder(folder, is_deck_file, out, count);
    if (failure != 0)
        error_add(errors, folder, 0, 0, "cannot open the deck folder: %s",
                  strerror(failure));
    return failure == 0;
}

/* Counts a file that could not be loaded, remembers the first one's
 * message (with the name as it stands in the folder, short enough for a
 * screen), and passes its errors on. */
static void note_broken(catalog *c, const char *name, const char *path,
                        error_list *file_errors, error_list *errors)
{
    c->broken++;
    if (!c->first_broken && file_errors->count) {
        error_item item = file_errors->items[0];
        if (item.file && strcmp(item.file, path) == 0)
            item.file = (char *)name;
        error_list one = { .items = &item, .count = 1 };
        char line[CATALOG_FIRST_BROKEN_BYTES];
        error_format_first(&one, line, sizeof line);
        c->first_broken = strdup(line); /* NULL is fine: only the count shows */
    }
    for (size_t i = 0; i < file_errors->count; i++) {
        const error_item *e = &file_errors->items[i];
        error_add(errors, e->file, e->line, e->column, "%s", e->message);
    }
    errors->dropped += file_errors->dropped;
    if (!errors->os_error)
        errors->os_error = file_errors->os_error;
}

/* Loads one deck file into *out; false (the file counted as broken) when
 * it is not a valid deck. */
static bool load_one(catalog *c, const char *folder, const char *name,
                     deck *out, error_list *errors)
{
    char path[4096];
    error_list file_errors;
    error_list_init(&file_errors);
    /* stat, not open: a FIFO or a device named x.yaml is refused without
     * being opened, so it can never make the start screen wait. */
    bool ok = false;
    os_kind kind = OS_MISSING;
    if (!datadir_join(path, sizeof path, folder, name)) {
        path[0] = '\0';
        error_add(&file_errors, name, 0, 0, "the path to this file is too long");
    } else if ((kind = os_kind_of(path)) == OS_MISSING)
        error_add(&file_errors, path, 0, 0, "cannot read the file: %s",
                  strerror(ENOENT));
    else if (kind != OS_FILE)
        error_add(&file_errors, path, 0, 0, "not a regular file");
    else if (deck_load(path, out, &file_errors)) {
        ok = catalog_find(c, out->id) < 0;
        if (!ok) {
            error_add(&file_errors, path, 0, 0,
                      "another deck already has the id '%s'", out->id);
            deck_free(out);
        }
    }
    if (!ok)
        note_broken(c, name, path, &file_errors, errors);
    error_list_free(&file_errors);
    return ok;
}

bool catalog_add(const char *folder, catalog *c, error_list *errors)
{
    char **names;
    size_t name_count;
    if (!catalog_list_yaml(folder, &names, &name_count, errors))
        return false;
    size_t room = c->count + name_count;
    deck *grown = realloc(c->decks, (room ? room : 1) * sizeof *grown);
    if (!grown) {
        error_add(errors, folder, 0, 0, "out of memory");
        catalog_names_free(names, name_count);
        return false;
    }
    c->decks = grown;
    for (size_t i = 0; i < name_count; i++)
        if (load_one(c, folder, names[i], &c->decks[c->count], errors))
            c->count++;
    catalog_names_free(names, name_count);
    if (c->count)
        qsort(c->decks, c->count, sizeof *c->decks, compare_decks);
    return true;
}

bool catalog_load(const char *folder, catalog *out, error_list *errors)
{
    memset(out, 0, sizeof *out);
    if (!catalog_add(folder, out, errors))
        return false;
    if (out->count == 0) {
        error_add(errors, folder, 0, 0, "no valid deck in this folder");
        return false;
    }
    return true;
}

void catalog_free(catalog *c)
{
    for (size_t i = 0; i < c->count; i++)
        deck_free(&c->decks[i]);
    free(c->decks);
    free(c->first_broken);
    memset(c, 0, sizeof *c);
}

int catalog_find(const catalog *c, const char *id)
{
    for (size_t i = 0; i < c->count; i++)
        if (strcmp(c->decks[i].id, id) == 0)
            return (int)i;
    return -1;
}
