/* datadir: where the read-only data (decks/, assets/, po/) is, and where
 * the user's own files go. */
#ifndef ALLIANTIESPEL_DATADIR_H
#define ALLIANTIESPEL_DATADIR_H

#include <stdbool.h>
#include <stddef.h>

/* Finds the folder holding decks/, trying in turn: $ALLIANTIESPEL_DATA_DIR,
 * BASE/../share/alliantiespel (installed), BASE/.. (the build folder sits in
 * the source tree) and the source folder the program was built from.
 * base_path is the program's folder with a trailing '/', or NULL. */
bool datadir_find(const char *base_path, char *out, size_t size);

/* Joins a and b with one '/'; false when it does not fit. */
bool datadir_join(char *out, size_t size, const char *a, const char *b);

/* Makes a folder (and its parents) readable by the owner only. */
bool datadir_make_private(const char *path);

#endif
