/* report: the summary in words (B1), for the summary board and for
 * --summary. A conversation aid, never a diagnosis. */
#ifndef ALLIANTIESPEL_REPORT_H
#define ALLIANTIESPEL_REPORT_H

#include <stdint.h>
#include <stdio.h>

#include "predict.h"
#include "score.h"
#include "session.h"

/* "On one line", "Close", "Apart" in the current UI language. */
const char *report_alignment_name(score_alignment alignment);
/* Short sentences on a dimension, e.g. "De cliënt vindt dit lastig. Goed
 * om over te praten. Jullie antwoorden zijn gemiddeld 2 stappen uit
 * elkaar. Vraag elkaar waarom.": who finds it hard is named, and only
 * when someone does; the gap in report_gap_words' words, so themes whose
 * gaps read differently never read the same. */
void report_dimension_sentence(const session *s, const score_dimension *dim,
                               char *buf, size_t size);
/* The reason a topic is on the list, e.g. "marked; far apart; de
 * cliënt vindt dit lastig" (who answered at the hard end, by name). */
void report_topic_reasons(const session *s, const score_topic *topic,
                          char *buf, size_t size);
/* The names of the two distances a family's card has: among the client
 * side ("Binnen het gezin") and between the sides ("Gezin en
 * jeugdbeschermer"). */
void report_sides_words(const session *s, char *among, size_t among_size,
                        char *across, size_t across_size);
/* The player's name as shown: the deck's role name, numbered when the role
 * has several players ("cliënt 2"). */
void report_player_name(const session *s, size_t player, char *buf,
                        size_t size);
/* The same in one of the deck's languages (a seat that reads its own:
 * "Client" on an English seat's screen in a Dutch round). */
void report_player_name_in(const session *s, size_t player, size_t language,
                           char *buf, size_t size);
/* The same with its article, to address the person: "de ouder (2)",
 * "the parent (2)". */
void report_player_the(const session *s, size_t player, char *buf,
                       size_t size);
/* The same in one of the deck's languages. */
void report_player_the_in(const session *s, size_t player, size_t language,
                          char *buf, size_t size);
/* What one side read on a round's card: the sentence its seats read
 * (each role's own wording), or when they read different ones, each with
 * the roles that read it ("Jongere: Ik weet ...", "Ouder: Ik weet ..."),
 * joined by separator. Never a wording no seat read. In language, or with
 * REPORT_OWN_LANGUAGE in the language each seat read it in (the turned
 * card); the roles are named in the round's language. Returns how many
 * sentences. */
#define REPORT_OWN_LANGUAGE ((size_t)-1)
size_t report_card_statements(const session *s, size_t round, deck_role side,
                              size_t language, const char *separator,
                              char *buf, size_t size);
/* A dimension's mean gap in words for people, never a decimal: "exactly
 * the same", "on average almost 3 steps apart", "1 step apart on average",
 * "on average just over 1 step apart", "on average between 1 and 2 steps
 * apart" (nl: "precies gelijk", "gemiddeld bijna 3 stappen uit elkaar"),
 * in the UI language. */
void report_gap_words(double mean_gap, char *buf, size_t size);

/* On a negative theme, the good answers said concretely with the deck's
 * own label: the option nearest the middle on the good side ("Klopt
 * niet"), put into tmpl ("Op deze kaart is ‘%s’ goed."). */
void report_good_answer(const deck *d, size_t lang, const char *tmpl,
                        char *buf, size_t size);
/* value with decimals digits after the decimal sign of language (a deck's
 * language code): "2,60" in Dutch, "2.60" in English. */
void report_decimal(double value, int decimals, const char *language,
                    char *buf, size_t size);
/* A time as a date in the user's local time: "2026-11-25 15:00" (the
 * result file and the CSV keep UTC; this is for people). */
void report_date(int64_t when, char *buf, size_t size);
/* The summary's first lines: the deck's title and language, the date the
 * round was played, the cards with how many were turned and skipped. */
void report_print_heading(FILE *out, const session *s, size_t turned,
                          size_t skipped);
/* The summary's last lines: the case and the group code, when set. */
void report_print_labels(FILE *out, const session *s);
/* The whole summary as a readable plain-text table: the date the round
 * was played, the counts, a row per theme, the cards to talk about. */
void report_print(FILE *out, const session *s, const score_summary *sum);

/* Guesses (report_predict.c). "7 of 12 guesses exactly right, 10 at most
 * one step off". */
void report_predict_counts(const predict_tally *t, char *buf, size_t size);
/* "Trust: you thought it went better than the client said." */
void report_predict_reading(const predict_tally *t, const char *theme,
                            const char *other, char *buf, size_t size);
/* A word for files and spreadsheets: none, close, better, worse. */
const char *report_predict_token(predict_reading r);
/* The other side as a seat's guesses speak of it: "the client". */
void report_predict_other(const session *s, size_t seat, char *buf,
                          size_t size);
/* The guesses of every predicting seat, for --summary. */
void report_predict_print(FILE *out, const session *s);
/* What changed on a theme since the round before (history.h's flags), as
 * sentences into buf ("De afstand bij Vertrouwen is groter dan vorige
 * keer."); client and professional name the sides. Returns how many. */
size_t report_history_change(unsigned flags, const char *theme,
                             const char *client, const char *professional,
                             char *buf, size_t size);

#endif
