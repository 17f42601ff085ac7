/* catalog: every deck in a folder, loaded and sorted by id. */
#ifndef ALLIANTIESPEL_CATALOG_H
#define ALLIANTIESPEL_CATALOG_H

#include <stdbool.h>
#include <stddef.h>

#include "deck.h"
#include "error.h"

typedef struct {
    deck *decks;
    size_t count;
    /* The *.yaml files that could not be loaded (invalid, not a regular
     * file, an id another deck has), so the start screen can say so. */
    size_t broken;
    /* The first of them (by file name) as one line, "NAME:LINE:COL:
     * error: MESSAGE" with the name as it stands in the folder; NULL when
     * none is broken. */
    char *first_broken;
} catalog;

/* Loads every *.yaml file of folder, in the order of their names. A
 * broken deck is left out, counted in broken and its errors are added; a
 * FIFO or device is refused without being opened. Returns false when the
 * folder cannot be read or holds no valid deck. Call catalog_free either
 * way (broken and first_broken stay set when no deck is valid). */
bool catalog_load(const char *folder, catalog *out, error_list *errors);
/* Adds the decks of a second folder (the user's own, --deck-dir) to c, in
 * the same way: a deck whose id is taken already is broken, so a deck
 * that comes with the game is never replaced unseen. c is a catalog that
 * catalog_load filled (also one it could not fill) or a zeroed one; the
 * decks stay sorted by id. False only when the folder cannot be read (or
 * memory runs out); a folder without decks is fine. Pointers into
 * c->decks are stale afterwards. */
bool catalog_add(const char *folder, catalog *c, error_list *errors);
void catalog_free(catalog *c);
/* The names of a folder's *.yaml files (no hidden ones), sorted, so files
 * load in an order that does not depend on the file system. Free with
 * catalog_names_free. False when the folder cannot be read. */
bool catalog_list_yaml(const char *folder, char ***names, size_t *count,
                       error_list *errors);
void catalog_names_free(char **names, size_t count);
/* Index of the deck with this id, or -1. */
int catalog_find(const catalog *c, const char *id);

#endif
