/* result_reader: what the two halves of the result reader share (the
 * header and the cards in result_read.c, the seats and their roles in
 * result_read_seats.c, a card's votes in result_read_votes.c). Not for
 * other modules. */
#ifndef ALLIANTIESPEL_RESULT_READER_H
#define ALLIANTIESPEL_RESULT_READER_H

#include <stdbool.h>
#include <stddef.h>

#include "result_private.h"
#include "ydoc.h"

typedef struct {
    const ydoc *doc;
    error_list *errors;
    size_t errors_before;
    deck *d;
    session *s;
    int format;    /* 1 or 2, once the header is read */
} reader;

#define fail(r, at, ...) ydoc_error((r)->doc, (at), (r)->errors, __VA_ARGS__)

/* True once anything in this file was found wrong. */
bool result_reader_failed(const reader *r);
/* map[key] of this kind, or NULL with a positioned error. */
const ydoc_node *result_reader_need(reader *r, const ydoc_node *map,
                                    const char *key, ydoc_kind kind,
                                    const char *context);
/* map[key] as a malloc'd UTF-8 text of 1 to DECK_MAX_TEXT_BYTES, or NULL. */
char *result_reader_need_text(reader *r, const ydoc_node *map, const char *key,
                              const char *context);
bool result_reader_scalar_is(const ydoc_node *n, const char *text);
bool result_reader_node_int(const ydoc_node *n, long long lo, long long hi,
                            long long *out);

/* result_read_seats.c */
void result_read_side_names(reader *r, const ydoc_node *root);
void result_read_role_list(reader *r, const ydoc_node *root);
void result_read_mode(reader *r, const ydoc_node *root);
void result_read_labels(reader *r, const ydoc_node *root);
void result_read_players(reader *r, const ydoc_node *root);
void result_read_seats(reader *r, const ydoc_node *root);

/* True when the round's way to play (its 'mode') has this control
 * (MODE_CONTROL_BACK, ...); false for a mode this version does not know. */
bool result_reader_mode_can(const reader *r, unsigned control);

/* result_read_votes.c */
/* A card with answers: the answers and values, guesses, a show of hands'
 * counts, and a revote (the card's own keys are then the first vote). */
void result_read_votes(reader *r, const ydoc_node *card, session_round *round,
                       const char *context);
/* A skipped or kept-out card: refuses counts and a revote on it. */
void result_read_no_votes(reader *r, const ydoc_node *card, const char *context);
/* Once in_play is read: an open revote only on the card in play, and
 * which turned cards were turned early. */
void result_read_votes_settle(reader *r, const ydoc_node *root);

#endif
