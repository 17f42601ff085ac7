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
} catalog;

/* Loads every *.yaml file of folder. A broken deck is left out and its
 * errors are added; returns false only when the folder cannot be read or
 * holds no valid deck. */
bool catalog_load(const char *folder, catalog *out, error_list *errors);
void catalog_free(catalog *c);
/* Index of the deck with this id, or -1. */
int catalog_find(const catalog *c, const char *id);

#endif
