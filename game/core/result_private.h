/* result_private: what the result module's files share (result_write,
 * result_read, result_csv, result_common). Not for other modules. */
#ifndef ALLIANTIESPEL_RESULT_PRIVATE_H
#define ALLIANTIESPEL_RESULT_PRIVATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "result.h"

#define RESULT_MAX_FILE_BYTES ((size_t)8 * 1024 * 1024)

/* t as 2026-11-25T14:00:00Z (UTC); buf needs 21 bytes or more. */
void result_format_time(int64_t t, char *buf, size_t size);
/* The same back; false for anything else. */
bool result_parse_time(const char *s, int64_t *out);
/* "revealed", "skipped", "open". */
const char *result_state_name(session_card_state state);
/* "client", "professional": a side as files and the CSV name it. */
const char *result_side_key(deck_role side);

#endif
