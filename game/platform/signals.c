/* signals: see signals.h. */
#include "signals.h"

#include <signal.h>
#include <string.h>

#ifdef _WIN32
#include <windows.h>
#endif

static volatile sig_atomic_t signals_got;
static bool signals_running;

#ifdef _WIN32
/* Runs on a thread of its own that Windows starts; returning TRUE for a
 * close would let Windows end us after 5 s, so the loop gets the flag. */
static BOOL WINAPI signals_console(DWORD event)
{
    signals_got = event == CTRL_C_EVENT ? SIGINT : SIGTERM;
    return TRUE;
}

void signals_process_setup(void)
{
}

bool signals_start(void)
{
    signals_got = 0;
    signals_running = SetConsoleCtrlHandler(signals_console, TRUE) != 0;
    return signals_running;
}

void signals_stop(void)
{
    if (signals_running)
        (void)SetConsoleCtrlHandler(signals_console, FALSE);
    signals_running = false;
}
#else
static const int signals_ending[] = {SIGTERM, SIGHUP, SIGINT};
#define SIGNALS_ENDING_COUNT (sizeof signals_ending / sizeof signals_ending[0])

static void signals_note(int sig)
{
    signals_got = sig;
}

static bool signals_handle(int sig, void (*handler)(int))
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    /* SA_RESTART: a read or write the signal interrupts goes on instead of
     * failing with EINTR in a library that does not retry */
    sa.sa_flags = SA_RESTART;
    sigemptyset(&sa.sa_mask);
    return sigaction(sig, &sa, NULL) == 0;
}

void signals_process_setup(void)
{
    (void)signals_handle(SIGXFSZ, SIG_IGN);
    (void)signals_handle(SIGPIPE, SIG_IGN);
}

bool signals_start(void)
{
    signals_got = 0;
    bool ok = true;
    for (size_t i = 0; i < SIGNALS_ENDING_COUNT; i++)
        ok = signals_handle(signals_ending[i], signals_note) && ok;
    /* a signal sent before the handlers were in place was blocked by
     * nobody and has ended us already; one blocked by a parent stays
     * blocked unless unblocked here */
    sigset_t set;
    sigemptyset(&set);
    for (size_t i = 0; i < SIGNALS_ENDING_COUNT; i++)
        sigaddset(&set, signals_ending[i]);
    ok = sigprocmask(SIG_UNBLOCK, &set, NULL) == 0 && ok;
    signals_running = true;
    return ok;
}

void signals_stop(void)
{
    if (!signals_running)
        return;
    for (size_t i = 0; i < SIGNALS_ENDING_COUNT; i++)
        (void)signals_handle(signals_ending[i], SIG_DFL);
    signals_running = false;
}
#endif

int signals_received(void)
{
    return (int)signals_got;
}
