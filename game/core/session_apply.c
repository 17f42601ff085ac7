/* session_apply: the one entry point for every action (session.h), for
 * the UI, the tests and the fuzzers alike; the table's rules are in
 * session.c, a group's in session_group.c. */
#include "session.h"

session_status session_apply(session *s, session_action action, int64_t now)
{
    switch (action.type) {
    case SESSION_ACTION_PLACE:
        return session_place(s, action.player, action.option);
    case SESSION_ACTION_TAKE_BACK:
        return session_take_back(s, action.player);
    case SESSION_ACTION_REVEAL:
        return session_reveal(s);
    case SESSION_ACTION_SKIP:
        return session_skip(s, now);
    case SESSION_ACTION_MARK:
        return session_toggle_mark(s);
    case SESSION_ACTION_NEXT:
        return session_next(s, now);
    case SESSION_ACTION_PREDICT:
        return session_predict(s, action.player, action.option);
    case SESSION_ACTION_KEEP_OUT:
        return session_toggle_kept_out(s);
    case SESSION_ACTION_COUNT:
        return session_count(s, action.player, action.counts,
                             s->deck ? s->deck->option_count : 0);
    case SESSION_ACTION_TYPE_COUNTS:
        return session_type_counts(s, action.player, action.counts,
                                   action.option);
    case SESSION_ACTION_REVEAL_NOW:
        return session_reveal_now(s);
    case SESSION_ACTION_REVOTE:
        return session_revote(s);
    case SESSION_ACTION_BACK:
        return session_back(s);
    }
    return SESSION_ERR_BAD_SETUP;
}
