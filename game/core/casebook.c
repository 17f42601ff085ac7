/* casebook: every case of a folder (decks/cases/), each read against
 * its deck (casefile.c), sorted by id. */
#include "casefile.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "datadir.h"
#include "os.h"

static int compare_cases(const void *a, const void *b)
{
    return strcmp(((const casefile *)a)->id, ((const casefile *)b)->id);
}

bool casebook_load(const char *folder, const catalog *decks, casebook *out,
                   error_list *errors)
{
    memset(out, 0, sizeof *out);
    if (os_kind_of(folder) == OS_MISSING)
        return true; /* no cases folder: no cases */
    char **names;
    size_t name_count;
    if (!catalog_list_yaml(folder, &names, &name_count, errors))
        return false;
    out->cases = calloc(name_count ? name_count : 1, sizeof *out->cases);
    if (!out->cases) {
        catalog_names_free(names, name_count);
        error_add(errors, folder, 0, 0, "out of memory");
        return false;
    }
    for (size_t i = 0; i < name_count; i++) {
        char path[4096];
        casefile *c = &out->cases[out->count];
        if (!datadir_join(path, sizeof path, folder, names[i])) {
            error_add(errors, names[i], 0, 0, "the path to this file is too long");
            out->broken++;
        } else if (!casefile_load(path, decks, c, errors))
            out->broken++;
        else if (casebook_find(out, c->id)) {
            error_add(errors, path, 0, 0, "another case already has the id '%s'",
                      c->id);
            casefile_free(c);
            out->broken++;
        } else
            out->count++;
    }
    catalog_names_free(names, name_count);
    if (out->count)
        qsort(out->cases, out->count, sizeof *out->cases, compare_cases);
    return true;
}

void casebook_free(casebook *b)
{
    for (size_t i = 0; i < b->count; i++)
        casefile_free(&b->cases[i]);
    free(b->cases);
    memset(b, 0, sizeof *b);
}

const casefile *casebook_find(const casebook *b, const char *id)
{
    for (size_t i = 0; id && i < b->count; i++)
        if (strcmp(b->cases[i].id, id) == 0)
            return &b->cases[i];
    return NULL;
}
