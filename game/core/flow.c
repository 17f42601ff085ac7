/* flow: see flow.h. */
#include "flow.h"

flow flow_now(const session *s, const mode_def *m)
{
    flow f = {FLOW_BOARD, 0, false, MODE_ANSWER_OWN};
    const session_round *r = session_current(s);
    if (r == NULL)
        return f;
    if (r->state == SESSION_CARD_REVEALED) {
        f.step = FLOW_TALK;
        return f;
    }
    int next = session_next_to_place(s);
    if (next < 0) {
        f.step = FLOW_READY;
        return f;
    }
    const mode_seat *seat = mode_seat_of(m, s, (size_t)next);
    f.seat = (size_t)next;
    /* one thing at a time: the seat's own token, then its guess */
    f.answers = s->hands[next] ? MODE_ANSWER_COUNT
                : r->answer[next] == SESSION_NO_ANSWER ? MODE_ANSWER_OWN
                                                       : MODE_ANSWER_PREDICT;
    bool anyone = false, person = false;
    for (size_t p = 0; p < s->player_count; p++) {
        /* a show of hands half typed is under way too (a crash there
         * comes back to the typing, not the deal) */
        bool placed = r->answer[p] != SESSION_NO_ANSWER || r->counted[p] ||
                      r->typed[p];
        const mode_seat *kind = mode_seat_of(m, s, p);
        anyone |= placed;
        person |= placed && p != (size_t)next &&
                  (kind == NULL || kind->source == MODE_SOURCE_PERSON);
    }
    /* a hidden answer another person gave lies on the table: the next
     * person must not see it (a case's answer was seen by nobody) */
    f.handover = person && f.answers != MODE_ANSWER_PREDICT &&
                 (seat == NULL || seat->hidden);
    f.step = anyone ? FLOW_ANSWER : FLOW_DEAL;
    return f;
}

bool flow_alone(const session *s, const mode_def *m)
{
    size_t people = 0;
    for (size_t p = 0; p < s->player_count; p++) {
        const mode_seat *kind = mode_seat_of(m, s, p);
        people += kind == NULL || kind->source == MODE_SOURCE_PERSON;
    }
    bool typed = false; /* the facilitator types for the room */
    for (size_t p = 0; p < s->player_count; p++)
        typed |= s->hands[p];
    return typed || people <= 1;
}

const char *flow_step_name(flow_step step)
{
    static const char *const names[] = {"deal", "answer", "ready", "talk",
                                        "board"};
    return step <= FLOW_BOARD ? names[step] : "?";
}
