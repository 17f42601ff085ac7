/* autosave: no answer is ever lost. The round being played is written to
 * the user's folder after every move; when the board is reached the round
 * is stored as a result file, and only then is the round in progress
 * removed. A round left behind by a crash, a shutdown or an empty battery
 * is offered back at the next start (on the card that was in play, or on
 * the board); one that cannot be picked up is set aside under a new name,
 * never deleted. Every file is private (0600). A failure to write never
 * stops the game: it is told on screen and retried at every move. What
 * is written is the core's (play_store, play.h); autosave is where (the
 * window's slot and its lock) and what the screen says. */
#ifndef ALLIANTIESPEL_AUTOSAVE_H
#define ALLIANTIESPEL_AUTOSAVE_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"
#include "result.h"

/* Each window plays its round in a slot of its own: slot 0 is
 * round-in-progress.yaml (the name before there were slots), slot N
 * round-in-progress-N.yaml, each with a lock file (.lock) the window holds
 * while it runs. A slot whose lock nobody holds but whose round is there
 * was left by a crash: it is offered back. A slot another window holds is
 * never offered, thrown away or written. */
#define AUTOSAVE_FILE "round-in-progress.yaml"
#define AUTOSAVE_STEM RESULT_IN_PROGRESS_STEM
#define AUTOSAVE_SLOTS 32

/* At start: makes sure the user's folder is safe to store answers in
 * (else a lasting notice, and nothing is stored), removes temporary files
 * a crash left, and sets aside a waiting round that cannot be picked up
 * (told in the start screen's message). */
void autosave_startup(app *a);
/* Lets this window's slot go (at the end). */
void autosave_release(app *a);
/* With no round waiting in this window's slot: takes over a slot a crash
 * left behind, if there is one more, so that it is offered too. True when
 * a round now waits. */
bool autosave_next_waiting(app *a);
/* No trace on or off (the start screen): on, nothing is written and the
 * lasting notice says so; off, storing is as autosave_startup finds the
 * folder. */
void autosave_set_no_trace(app *a, bool on);
/* Deletes every stored file of a pair (history_forget) and says in the
 * start screen's message what was deleted, and whether anything is
 * left. */
void autosave_forget_pair(app *a, const char *code);
/* After every move: keeps the round in progress; once the round is over,
 * stores its result file and then forgets the round in progress. */
void autosave_update(app *a);
/* The players threw the round away: its answers are not kept. */
void autosave_clear(app *a);
/* True when a round waits in the user's folder (unfinished, or finished
 * but not yet stored). */
bool autosave_pending(const app *a);
/* The question that offers the waiting round back, naming its deck, its
 * date and how far it got. */
void autosave_question(const app *a, char *buf, size_t size);
/* Reads the waiting round back onto its deck into *out (to free), with
 * the deck's place among those on offer; the app then makes it the round
 * being played (app_resume: the session has one writer). On failure the
 * file is set aside and the start screen says where; returns false. */
bool autosave_take_waiting(app *a, session *out, size_t *deck_index);
/* The round's result was stored at path (for the board's banner), or ""
 * when it was not (yet). */
const char *autosave_stored_path(const app *a);
/* Words for people on why a file could not be written, from the
 * system's errno (error_list.os_error): "the disk is full", ... */
const char *autosave_reason(int os_error);
/* Deletes the stored result of the round on the board (the players chose
 * to throw it away). */
bool autosave_discard_stored(app *a);

#endif
