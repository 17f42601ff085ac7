/* What session.c and session_group.c share; not for other modules. */
#ifndef ALLIANTIESPEL_SESSION_PRIVATE_H
#define ALLIANTIESPEL_SESSION_PRIVATE_H

#include "session.h"

/* The round being played, writable; NULL when finished. */
session_round *session_round_now(session *s);
/* The turned card being talked about, kept in the record: OK with it in
 * *out, else why not (finished, not turned, kept out). */
session_status session_talked_round(session *s, session_round **out);
/* Every answer, guess and count of the round's current vote gone. */
void session_clear_answers(session_round *r);
/* On to the next card; the round ends after the last. */
void session_advance(session *s, int64_t now);

#endif
