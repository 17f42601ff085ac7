/* report: the summary in words (B1), for the summary board and for
 * --summary. A conversation aid, never a diagnosis. */
#ifndef ALLIANTIESPEL_REPORT_H
#define ALLIANTIESPEL_REPORT_H

#include <stdio.h>

#include "score.h"
#include "session.h"

/* "On one line", "Close", "Apart" in the current UI language. */
const char *report_alignment_name(score_alignment alignment);
/* One or two short sentences on a dimension, e.g. "You both see this as
 * good. You are on one line." */
void report_dimension_sentence(const score_dimension *dim, char *buf,
                               size_t size);
/* The reason a topic is on the list, e.g. "far apart; marked". */
void report_topic_reasons(const score_topic *topic, char *buf, size_t size);
/* The player's name as shown: the deck's role name, numbered when the role
 * has several players ("cliënt 2"). */
void report_player_name(const session *s, size_t player, char *buf,
                        size_t size);
/* The whole summary as a readable plain-text table. */
void report_print(FILE *out, const session *s, const score_summary *sum);

#endif
