/* signals: a shutdown, a logout or Ctrl+C (SIGTERM, SIGHUP, SIGINT) ends
 * the game at once. The round in progress is already kept after every
 * move, so nothing is asked: a dialog nobody sees would only hold the
 * shutdown up until the system kills us. */
#ifndef ALLIANTIESPEL_SIGNALS_H
#define ALLIANTIESPEL_SIGNALS_H

#include <stdbool.h>

/* Call before SDL starts any thread: the signals are blocked in every
 * thread and taken by one watcher, which wakes the event loop. */
bool signals_start(void);
/* The signal that asked the game to end, or 0. */
int signals_received(void);
/* Stops the watcher and gives the signals back as they were. */
void signals_stop(void);

#endif
