/* os_private: what the two sides of the operating system's floor
 * (os_posix.c, os_win32.c) share, in os_common.c. */
#ifndef ALLIANTIESPEL_OS_PRIVATE_H
#define ALLIANTIESPEL_OS_PRIVATE_H

#include <stdbool.h>
#include <stddef.h>

/* A folder's names as they are read. */
typedef struct {
    char **names;
    size_t count, cap;
} os_names;

/* Adds name unless it is "." or ".." or keep refuses it: 0 or ENOMEM. */
int os_names_add(os_names *list, const char *name,
                 bool (*keep)(const char *name));
/* Hands the sorted names out, or frees them when failure: failure. */
int os_names_done(os_names *list, int failure, char ***out, size_t *count);

#endif
