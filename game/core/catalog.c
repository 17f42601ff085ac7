/* catalog: every deck in a folder, sorted by id. */
#include "catalog.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "datadir.h"

static int compare_decks(const void *a, const void *b)
{
    return strcmp(((const deck *)a)->id, ((const deck *)b)->id);
}

static bool is_deck_file(const char *name)
{
    size_t n = strlen(name);
    return n > 5 && name[0] != '.' && strcmp(name + n - 5, ".yaml") == 0;
}

bool catalog_load(const char *folder, catalog *out, error_list *errors)
{
    out->decks = NULL;
    out->count = 0;
    DIR *dir = opendir(folder);
    if (!dir) {
        error_add(errors, folder, 0, 0, "cannot open the deck folder: %s",
                  strerror(errno));
        return false;
    }
    size_t cap = 0;
    struct dirent *entry;
    while ((entry = readdir(dir)) != NULL) {
        if (!is_deck_file(entry->d_name))
            continue;
        char path[4096];
        if (!datadir_join(path, sizeof path, folder, entry->d_name))
            continue;
        if (out->count == cap) {
            size_t grown_cap = cap ? cap * 2 : 8;
            deck *grown = realloc(out->decks, grown_cap * sizeof *grown);
            if (!grown) {
                error_add(errors, path, 0, 0, "out of memory");
                break;
            }
            out->decks = grown;
            cap = grown_cap;
        }
        if (!deck_load(path, &out->decks[out->count], errors))
            continue;
        if (catalog_find(out, out->decks[out->count].id) >= 0) {
            error_add(errors, path, 0, 0, "another deck already has the id '%s'",
                      out->decks[out->count].id);
            deck_free(&out->decks[out->count]);
            continue;
        }
        out->count++;
    }
    closedir(dir);
    if (out->count)
        qsort(out->decks, out->count, sizeof *out->decks, compare_decks);
    if (out->count == 0) {
        error_add(errors, folder, 0, 0, "no valid deck in this folder");
        catalog_free(out);
        return false;
    }
    return true;
}

void catalog_free(catalog *c)
{
    for (size_t i = 0; i < c->count; i++)
        deck_free(&c->decks[i]);
    free(c->decks);
    c->decks = NULL;
    c->count = 0;
}

int catalog_find(const catalog *c, const char *id)
{
    for (size_t i = 0; i < c->count; i++)
        if (strcmp(c->decks[i].id, id) == 0)
            return (int)i;
    return -1;
}
