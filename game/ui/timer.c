/* timer: see timer.h. Unsigned differences of the clock keep working
 * when the millisecond counter wraps (after 49 days). */
#include "timer.h"

#include <stdio.h>

void timer_init(timer *t, uint32_t length_ms)
{
    *t = (timer){.length_ms = length_ms, .left_ms = length_ms,
                 .drawn_second = TIMER_NEVER};
}

uint32_t timer_left(const timer *t, uint32_t now)
{
    if (!t->running)
        return t->left_ms;
    uint32_t gone = now - t->started;
    return gone >= t->left_ms ? 0 : t->left_ms - gone;
}

void timer_start(timer *t, uint32_t now)
{
    if (t->running)
        return;
    if (t->left_ms == 0)
        t->left_ms = t->length_ms; /* over: a start starts again */
    t->started = now;
    t->running = true;
    t->shown = true;
}

void timer_pause(timer *t, uint32_t now)
{
    if (!t->running)
        return;
    t->left_ms = timer_left(t, now);
    t->running = false;
}

void timer_toggle(timer *t, uint32_t now)
{
    if (t->running)
        timer_pause(t, now);
    else
        timer_start(t, now);
}

void timer_reset(timer *t)
{
    t->running = false;
    t->left_ms = t->length_ms;
    t->shown = false;
}

uint32_t timer_seconds(const timer *t, uint32_t now)
{
    uint32_t left = timer_left(t, now);
    return left / 1000 + (left % 1000 != 0);
}

bool timer_over(const timer *t, uint32_t now)
{
    return t->shown && timer_left(t, now) == 0;
}

uint32_t timer_wait(const timer *t, uint32_t now)
{
    uint32_t left = timer_left(t, now);
    if (!t->running || left == 0)
        return TIMER_NEVER;
    uint32_t into = left % 1000;
    return into == 0 ? 1000 : into;
}

bool timer_changed(timer *t, uint32_t now)
{
    uint32_t s = timer_seconds(t, now) + (t->running ? 0 : 100000);
    if (s == t->drawn_second)
        return false;
    t->drawn_second = s;
    return true;
}

void timer_text(const timer *t, uint32_t now, char *out, unsigned size)
{
    uint32_t s = timer_seconds(t, now);
    snprintf(out, size, "%u:%02u", (unsigned)(s / 60), (unsigned)(s % 60));
}
