/* os_common: what both sides of the operating system's floor share. */
#include "os.h"
#include "os_private.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

const char *os_kind_name(os_kind kind)
{
    switch (kind) {
    case OS_MISSING: return "nothing";
    case OS_FILE: return "a file";
    case OS_FOLDER: return "a folder";
    case OS_LINK: return "a symbolic link";
    case OS_FIFO: return "a FIFO";
    case OS_DEVICE: return "a device";
    default: return "a special file";
    }
}

void os_names_free(char **names, size_t count)
{
    for (size_t i = 0; i < count; i++)
        free(names[i]);
    free(names);
}

int os_names_add(os_names *list, const char *name,
                 bool (*keep)(const char *name))
{
    if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0 || !keep(name))
        return 0;
    if (list->count == list->cap) {
        size_t grown_cap = list->cap ? list->cap * 2 : 16;
        char **grown = realloc(list->names, grown_cap * sizeof *grown);
        if (!grown)
            return ENOMEM;
        list->names = grown;
        list->cap = grown_cap;
    }
    size_t n = strlen(name) + 1;
    char *copy = malloc(n);
    if (!copy)
        return ENOMEM;
    memcpy(copy, name, n);
    list->names[list->count++] = copy;
    return 0;
}

static int os_compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int os_names_done(os_names *list, int failure, char ***out, size_t *count)
{
    if (failure) {
        os_names_free(list->names, list->count);
        *out = NULL;
        *count = 0;
        return failure;
    }
    if (list->count)
        qsort(list->names, list->count, sizeof *list->names, os_compare_names);
    *out = list->names;
    *count = list->count;
    return 0;
}
