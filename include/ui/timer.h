/* timer: the workshop's talk timer (start, pause, reset), counting down
 * from a length set by the facilitator. Pure: the time comes in as the
 * platform's milliseconds, so tests run it without waiting, and it says
 * when the shown second changes next, so the loop sleeps until then and
 * a paused timer costs nothing. */
#ifndef ALLIANTIESPEL_TIMER_H
#define ALLIANTIESPEL_TIMER_H

#include <stdbool.h>
#include <stdint.h>

#define TIMER_NEVER UINT32_MAX

typedef struct {
    uint32_t length_ms;   /* where a reset puts it */
    uint32_t left_ms;     /* left when it was last paused or reset */
    uint32_t started;     /* the clock when it was started */
    bool running;
    bool shown;           /* it has been started since the last reset */
    uint32_t drawn_second;/* the second last drawn (timer_changed) */
} timer;

void timer_init(timer *t, uint32_t length_ms);
void timer_start(timer *t, uint32_t now);
void timer_pause(timer *t, uint32_t now);
/* Start when paused, pause when running. */
void timer_toggle(timer *t, uint32_t now);
/* Back to its length, paused. */
void timer_reset(timer *t);
uint32_t timer_left(const timer *t, uint32_t now);
/* Whole seconds to show, rounded up (0:01 until it is really over). */
uint32_t timer_seconds(const timer *t, uint32_t now);
bool timer_over(const timer *t, uint32_t now);
/* Milliseconds until the shown second changes, TIMER_NEVER when paused
 * or over: how long the loop may sleep. */
uint32_t timer_wait(const timer *t, uint32_t now);
/* True once each time the shown second has changed since the last call:
 * a frame must be drawn. */
bool timer_changed(timer *t, uint32_t now);
/* "2:05" */
void timer_text(const timer *t, uint32_t now, char *out, unsigned size);

#endif
