/* report_spread: a workshop's numbers (tally.h) in short B1 words, in the
 * UI language (i18n.h), for the board and for --summary. The sides are
 * "the professionals" and "the clients" (a room, not one person); a side
 * with nobody is said to have nobody, never 0. Distances are in scale
 * steps with one decimal, written with the language's decimal sign
 * ("0,8 stap", "0.8 of a step"). Never a grade. */
#ifndef ALLIANTIESPEL_REPORT_SPREAD_H
#define ALLIANTIESPEL_REPORT_SPREAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "session.h"
#include "spread.h"
#include "tally.h"

/* A distance in steps, one decimal: "0.8 of a step", "1 step",
 * "1.7 steps" (nl: "0,8 stap", "1 stap", "1,7 stappen"). */
void report_spread_steps(double steps, char *buf, size_t size);
/* A theme in one sentence: "The professionals see Binding as better than
 * the clients (0.8 of a step)." (better: nearer the theme's good end),
 * "... see Binding about the same (0.3 of a step).", "On Binding only the
 * professionals answered.", "Nobody answered on Binding." */
void report_spread_theme(const session *s, const tally_theme *t, char *buf,
                         size_t size);
/* What the talk did to the gap between the sides: "After the talk the
 * sides were closer together (from 1.7 steps to 0.5 of a step).", "...
 * further apart (...)", "... as far apart as before (...)" (a change of
 * less than half a step), or that a side gave no answer in one vote. */
void report_spread_shift(const spread_shift *sh, char *buf, size_t size);
/* A card as a line names it: its text and id, "Ik weet wat ik moet doen
 * (b1)". */
void report_spread_card(const session *s, size_t round, char *buf,
                        size_t size);
/* One of the most divided cards in a sentence: "Here the group was most
 * divided: CARD.", "Here the sides were furthest apart (1.7 steps):
 * CARD.", "The talk changed the most here: CARD." followed by the shift.
 * False (buf "") when the pick has no card. */
bool report_spread_pick(const session *s, const tally_summary *t,
                        tally_pick_kind kind, char *buf, size_t size);
/* A side's answers on a card in one line: a show of hands as "clients:
 * 0 2 5 1 0 (median 3)" or "clients: nobody", teams by name with their
 * place on the card's scale, "Noord: 4 · Zuid: no answer", a client-side
 * team marked "Ervaring (client): 5". False (buf "") when the side has
 * no seat, or the vote cannot be seen yet (tally_vote_of). */
bool report_spread_answers(const session *s, size_t round, deck_role side,
                           bool first_vote, char *buf, size_t size);
/* The workshop's whole summary for --summary: the heading, every card
 * with its answers (first vote, after the talk and the shift where it was
 * voted again), a line per theme and the most divided cards. */
void report_spread_print(FILE *out, const session *s);

#endif
