/* deck_load_private: what the deck loader's two files share (deck_load.c
 * reads the header, languages and roles; deck_load_lists.c the
 * dimensions, scale, cards and quick round). Not for other modules. */
#ifndef ALLIANTIESPEL_DECK_LOAD_PRIVATE_H
#define ALLIANTIESPEL_DECK_LOAD_PRIVATE_H

#include <stdbool.h>
#include <stddef.h>

#include "deck.h"
#include "ydoc.h"

#define DECK_LOAD_MAX_ID_BYTES 64

typedef struct {
    const ydoc *doc;
    error_list *errors;
    deck *d;
    /* Parts already reported as broken. Later checks that lean on them stay
     * quiet, so one mistake gives one message rather than a cascade (a
     * quick round "must list 1 to 0 card ids" when the cards failed). */
    bool languages_broken;
    bool dimensions_broken;
    bool roles_broken;     /* format 2: a card's role keys cannot be told */
    bool card_ids_broken;  /* some card has no usable id */
    size_t cards_written;  /* items of 'cards', 0 when the list was refused */
} deck_loader;

/* Every problem becomes a diagnostic; the deck is refused when any was
 * added (see deck_load_buffer), so reading can go on to find the rest. */
#define fail(l, at, ...) ydoc_error((l)->doc, (at), (l)->errors, __VA_ARGS__)

char *deck_load_copy(deck_loader *l, const char *s, size_t n);
/* [a-z0-9-]{1,64}: card, dimension, deck and role ids. */
bool deck_load_is_id(const ydoc_node *n);
/* A required key of a mapping; reports it when missing. */
const ydoc_node *deck_load_need(deck_loader *l, const ydoc_node *map,
                                const char *key, const char *context);
bool deck_load_expect(deck_loader *l, const ydoc_node *n, ydoc_kind kind,
                      const char *what, const char *context);
/* A text: a plain string in a one-language deck, or a map from every
 * declared language to a string. */
void deck_load_text(deck_loader *l, const ydoc_node *parent, const char *key,
                    bool required, deck_string *out, const char *context);
/* The same with a limit of its own (a case's outside and inside). */
void deck_load_long_text(deck_loader *l, const ydoc_node *parent,
                         const char *key, bool required, size_t max_bytes,
                         deck_string *out, const char *context);
void deck_load_id(deck_loader *l, const ydoc_node *map, const char *key,
                  const char *context, char **out);

void deck_load_dimensions(deck_loader *l, const ydoc_node *root);
void deck_load_scale(deck_loader *l, const ydoc_node *root);
void deck_load_cards(deck_loader *l, const ydoc_node *root);
void deck_load_quick(deck_loader *l, const ydoc_node *root);

#endif
