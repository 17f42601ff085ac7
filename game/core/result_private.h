/* result_private: what the result module's files share (result_write,
 * result_read, result_csv, result_common). Not for other modules. */
#ifndef ALLIANTIESPEL_RESULT_PRIVATE_H
#define ALLIANTIESPEL_RESULT_PRIVATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "result.h"

#define RESULT_MAX_FILE_BYTES ((size_t)8 * 1024 * 1024)

/* result_format_time's time back; false for anything else. */
bool result_parse_time(const char *s, int64_t *out);
/* "revealed", "skipped", "open", or "kept-out" for a card kept out of
 * the record ("alleen voor het gesprek"). */
const char *result_state_name(const session_round *round);
/* "client", "professional": a side as files and the CSV name it. */
const char *result_side_key(deck_role side);

/* The seat that gives the show of hands for a side, or -1 when none
 * does (the first, when several do). */
int result_hands_seat(const session *s, deck_role side);
/* At most one show of hands per side: a result file keys the counts by
 * side. */
bool result_hands_fit(const session *s);

#endif
