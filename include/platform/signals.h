/* signals: a shutdown, a logout, Ctrl+C or a closed console (SIGTERM,
 * SIGHUP, SIGINT; on Windows the console's close and Ctrl+C) ends the game
 * at once. The round in progress is already kept after every move, so
 * nothing is asked: a dialog nobody sees would only hold the shutdown up
 * until the system kills us.
 *
 * A handler only sets a flag: it calls nothing (no SDL, no thread to wake),
 * so a signal at any moment of start-up or shutdown cannot deadlock on a
 * lock SDL holds. The loop never sleeps longer than SIGNALS_POLL_MS, so the
 * flag is seen within a second. */
#ifndef ALLIANTIESPEL_SIGNALS_H
#define ALLIANTIESPEL_SIGNALS_H

#include <stdbool.h>

#define SIGNALS_POLL_MS 200

/* For every run of the program, the command line's too: a file-size limit
 * (SIGXFSZ) makes a write fail like a full disk instead of killing us with
 * half a file written; a closed pipe fails the write instead of ending. */
void signals_process_setup(void);
/* Installs the handlers; call before SDL starts any thread. */
bool signals_start(void);
/* The signal that asked the game to end, or 0. */
int signals_received(void);
/* Gives the signals back their default handling. */
void signals_stop(void);

#endif
