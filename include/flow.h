/* flow: what happens now in a round, from the session and the mode alone.
 * The screens follow it, and picking a round up after a crash uses it
 * too, so the two can never disagree. Pure: no clock, no drawing. */
#ifndef ALLIANTIESPEL_FLOW_H
#define ALLIANTIESPEL_FLOW_H

#include <stdbool.h>
#include <stddef.h>

#include "mode.h"
#include "session.h"

typedef enum {
    FLOW_DEAL,   /* a card comes off the pile; then its first seat answers */
    FLOW_ANSWER, /* a seat answers (after a hand-over when handover) */
    FLOW_READY,  /* every answer lies face down: turn them together */
    FLOW_TALK,   /* the card is turned: talk, mark, then the next card */
    FLOW_BOARD   /* every card is done: the summary board */
} flow_step;

typedef struct {
    flow_step step;
    size_t seat;       /* DEAL and ANSWER: the seat that answers next */
    bool handover;     /* ANSWER: hide the screen and hand it over first */
    unsigned answers;  /* DEAL and ANSWER: what the seat gives next:
                          MODE_ANSWER_OWN, then (a predicting seat)
                          MODE_ANSWER_PREDICT; a show of hands
                          MODE_ANSWER_COUNT */
} flow;

flow flow_now(const session *s, const mode_def *m);
/* Nobody has to look at the screen together before the turn: at most one
 * person answered at it (a student against a case's persona; the
 * facilitator typing the room's show of hands). The ready step is then
 * passed at once. */
bool flow_alone(const session *s, const mode_def *m);
const char *flow_step_name(flow_step step);

#endif
