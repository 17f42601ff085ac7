/* play: the midend, after Simon Tatham's puzzles: it owns the round
 * being played, and it is the only writer of it. The UI sends it the
 * players' actions (play_apply), asks it to start, pick up or end a
 * round, and reads the round through play_session; it never changes a
 * session itself. No SDL, no screen: the time comes in as an argument. */
#ifndef ALLIANTIESPEL_PLAY_H
#define ALLIANTIESPEL_PLAY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "casefile.h"
#include "catalog.h"
#include "history.h"
#include "mode.h"
#include "session.h"
#include "settings.h"

#define PLAY_PATH_MAX 4096

typedef struct {
    session session;   /* the round, valid while have_session */
    bool have_session;
    bool lent;         /* a round lent for a picture: not ours to free */
    settings settings; /* the choices a new round is made from: the
                          settings file's, the command line's over them,
                          the start screen's */
    const deck *const *decks; /* the decks on offer (the app's: loaded
                                 before the first screen, not ours) */
    size_t deck_count;
    size_t deck_choice;       /* the chosen one: an index into decks */
    size_t language;          /* the chosen language of that deck */
    casebook cases;           /* the training cases (decks/cases) */
    /* what the next round is labelled with and where it is kept */
    char pair[SESSION_PAIR_MAX];   /* the pair's code, or "" */
    char group[SESSION_GROUP_MAX]; /* --group, or "" */
    char seat_lang[128];           /* ROLE=CODE,..., or "" */
    bool no_trace;                 /* keep nothing at all: no pair */
    history_round previous;   /* the pair's round before this one ... */
    bool have_previous;       /* ... goes with the round being played */
    unsigned long moves;      /* actions taken, over every round: the UI
                                 reacts once when it sees a new count */
    session_action last;      /* the latest of them */
    char stored[PLAY_PATH_MAX]; /* the finished round's result file, or
                                   "": goes with the round (play_store.c) */
} play;

/* What a new round is made of: the start screen's or the command
 * line's choices, resolved to a deck, its seats and labels. */
typedef struct {
    const deck *deck;
    size_t language;
    const size_t *cards;
    size_t card_count;
    const session_seat *seats;
    size_t seat_count;
    const mode_def *mode;
    const char *case_id;   /* NULL for none */
} play_setup; /* the labels (pair, group, seat languages) are play's own */

/* A play with no round and the settings' defaults. */
void play_init(play *p);
/* Ends the round and frees the settings; safe on a zeroed play. */
void play_free(play *p);

/* The choices a new round is made from, read only. */
const settings *play_settings(const play *p);
/* Reads the remembered choices from path (the defaults when it cannot). */
void play_settings_load(play *p, const char *path);
/* The choices, one writer for each (the start screen, the command line,
 * the case and teams screens all choose through these). */
void play_choose_deck(play *p, const char *deck_id, const char *language);
void play_choose_mode(play *p, const char *mode_id);
void play_choose_clients(play *p, int clients);
void play_choose_cards(play *p, settings_cards cards);
bool play_choose_picked(play *p, const char *ids); /* false: too long */
void play_choose_seats(play *p, const char *role_ids);
void play_choose_teams(play *p, const char *teams);
void play_choose_timer(play *p, int seconds);
void play_choose_light(play *p, bool light);

/* The decks a new round may be played with; the first is chosen. They
 * must outlive the play (or be offered again). */
void play_offer_decks(play *p, const deck *const *decks, size_t count);
/* The deck being played, else the one chosen (NULL when none is on
 * offer); the chosen language. */
const deck *play_deck(const play *p);
size_t play_language(const play *p);
/* Chooses the index-th deck on offer (ignored past the last) and leaves
 * the language index as it is: the caller chooses that next. */
void play_choose_deck_at(play *p, size_t index);
/* The chosen deck's language-th language (its first past its last). */
void play_choose_language(play *p, size_t language);
/* The deck delta places on from the chosen one, round the end, in the
 * language chosen now when it has it, else its first. */
void play_step_deck(play *p, int delta);

/* The training cases, read against the decks they belong to (which
 * must outlive the play); a broken one is told in errors and left out,
 * none at all is no cases. */
void play_load_cases(play *p, const char *folder, const catalog *decks,
                     error_list *errors);
const casebook *play_cases(const play *p);
/* The way to play chosen: the one named, or the table for one person on
 * the client side and a family for more. */
const mode_def *play_mode(const play *p);
/* The way the round being played is played, else the one chosen. */
const mode_def *play_round_mode(const play *p);
/* The training case being played, or chosen for a way to play that
 * needs one: the case chosen when it goes with the deck chosen, else
 * that deck's first, else the first of all. NULL when there is none. */
const casefile *play_case(const play *p);
/* Chooses a case and, when it is on offer, its deck (a case is played
 * with its own deck) in the language chosen when that deck has it;
 * false, and nothing chosen, when there is no such case. */
bool play_choose_case(play *p, const char *case_id);
/* The case delta places on from play_case, round the end, in the
 * order of --list-cases; its deck with it. */
void play_step_case(play *p, int delta);

/* The next round's labels: the pair's code (--pair, the start screen;
 * cut to SESSION_PAIR_MAX), a group's (--group), the seats' languages
 * (--seat-lang, the start screen's language row: ROLE=CODE,...), and
 * no trace (--no-trace: then the round has no pair, whatever is typed). */
void play_choose_pair(play *p, const char *code);
void play_choose_group(play *p, const char *group);
void play_choose_seat_lang(play *p, const char *spec);
void play_choose_no_trace(play *p, bool on);
const char *play_pair(const play *p);
const char *play_seat_lang(const play *p);
bool play_no_trace(const play *p);
/* One key typed into the pair's code: a letter (kept in capitals) or a
 * digit added while there is room, c < 0 the last one taken away,
 * anything else ignored. True when c was a letter or a digit. */
bool play_type_pair(play *p, int c);
/* A pair whose rounds were all deleted is no longer chosen. */
void play_forget_pair(play *p, const char *code);

/* The round being played, or NULL when there is none. */
const session *play_session(const play *p);

/* Starts a new round (ending the one before) at now; false with the
 * reason in why (the round before is ended either way). */
bool play_start(play *p, const play_setup *setup, int64_t now, char *why,
                size_t why_size);

/* Applies one action of the players (session_apply) at now; a refused
 * action changes nothing. SESSION_ERR_FINISHED when no round is on. The
 * screens send their actions here themselves; the UI sees the moves
 * afterwards (play_moves) and follows them once (app_follow_play). */
session_status play_apply(play *p, session_action action, int64_t now);
/* How many actions were taken so far, over every round (a refused one
 * is not counted), and the latest of them (zeroed before the first). */
unsigned long play_moves(const play *p);
const session_action *play_last_action(const play *p);

/* Numbers a pair's round: one after the pair's round before (0 when
 * there is none). */
void play_number_pair_round(play *p, const session *previous);

/* Reads the pair's round before the one being played from folder (the
 * latest there but skip, the round's own stored file, or NULL): "last
 * time" on the turned card and the board. True when there is one; none
 * without a round, a pair or a folder; a file that cannot be read is
 * told in errors. */
bool play_load_previous(play *p, const char *folder, const char *skip,
                        error_list *errors);
/* That round, or NULL; play_end forgets it with the round. */
const session *play_previous(const play *p);
/* The first answer a side gave last time on the card of this round's
 * round-th (matched by the card's id, in the same deck only), or
 * SESSION_NO_ANSWER. */
int play_previous_answer(const play *p, size_t round, deck_role side);

/* Takes *s (a round picked up after a crash) as the round being
 * played; *s is the play's now, the caller keeps nothing of it. */
void play_take(play *p, session *s);

/* Shows *s without owning it (a stored round drawn for --export's
 * pictures); play_end gives it back untouched. */
void play_lend(play *p, const session *s);

/* Ends the round, if any (freed, or given back when lent), and forgets
 * the pair's round before it. */
void play_end(play *p);

/* What is stored after each move (play_store.c). The round being
 * played is written to slot (this window's round in progress) whether
 * it is finished or not, so a crash loses nothing; once it is finished
 * it is stored once as a result file of its own in folder, named by
 * its pair's code and now (history_file_name; never over another file),
 * and only then is the round in progress removed. False with the
 * reason in errors (errors->os_error for words) when something could
 * not be written: the caller plays on and calls again at the next
 * move. Nothing is written without a round or for a lent one. */
bool play_store(play *p, const char *folder, const char *slot, int64_t now,
                error_list *errors);
/* The round's result file once stored, else "". */
const char *play_stored(const play *p);
/* Deletes the stored result file (the players threw the round's answers
 * away); false when there was none or it could not be deleted. */
bool play_discard_stored(play *p);
/* Deletes a file of the folder and syncs the folder; false when there
 * was nothing to delete or it could not be. */
bool play_remove_file(const char *path);

#endif
