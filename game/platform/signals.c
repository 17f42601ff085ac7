/* signals: see signals.h. A thread waits for the signals with sigwait, so
 * nothing runs in a signal handler and SDL_PushEvent (thread-safe) can
 * wake a loop that sleeps in SDL_WaitEvent. */
#include "signals.h"

#include <SDL.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

static pthread_t signals_thread;
static bool signals_running;
static sigset_t signals_old_mask;
static SDL_atomic_t signals_got;
static SDL_atomic_t signals_stopping;

static void signals_set(sigset_t *set)
{
    sigemptyset(set);
    sigaddset(set, SIGTERM);
    sigaddset(set, SIGHUP);
    sigaddset(set, SIGINT);
}

static void *signals_watch(void *unused)
{
    (void)unused;
    sigset_t set;
    signals_set(&set);
    for (;;) {
        int sig = 0;
        if (sigwait(&set, &sig) != 0)
            return NULL;
        if (SDL_AtomicGet(&signals_stopping))
            return NULL;
        SDL_AtomicSet(&signals_got, sig);
        SDL_Event e;
        memset(&e, 0, sizeof e);
        e.type = SDL_QUIT;
        SDL_PushEvent(&e); /* fails before SDL_Init: the loop checks the flag */
    }
}

bool signals_start(void)
{
    if (signals_running)
        return true;
    SDL_AtomicSet(&signals_got, 0);
    SDL_AtomicSet(&signals_stopping, 0);
    /* SDL's own handlers would turn SIGTERM into a plain quit event, which
     * asks "stop the game?" of nobody. */
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    sigset_t set;
    signals_set(&set);
    if (pthread_sigmask(SIG_BLOCK, &set, &signals_old_mask) != 0)
        return false;
    if (pthread_create(&signals_thread, NULL, signals_watch, NULL) != 0) {
        pthread_sigmask(SIG_SETMASK, &signals_old_mask, NULL);
        return false;
    }
    signals_running = true;
    return true;
}

int signals_received(void)
{
    return SDL_AtomicGet(&signals_got);
}

void signals_stop(void)
{
    if (!signals_running)
        return;
    SDL_AtomicSet(&signals_stopping, 1);
    /* wakes the watcher's sigwait; it sees the flag and ends */
    if (pthread_kill(signals_thread, SIGHUP) == 0)
        pthread_join(signals_thread, NULL);
    else
        pthread_detach(signals_thread);
    pthread_sigmask(SIG_SETMASK, &signals_old_mask, NULL);
    signals_running = false;
}
