/* result: the result file (alliantiespel-result/2; /1 still read), a YAML
 * document that stands on its own: deck id and title, language, the way
 * it was played, the scale, the dimensions, the seats' sides and roles
 * (never names), every answer, skipped and marked cards, times, and the
 * computed summary. Written atomically and readable by the owner only.
 * Split by job: result_write.c, result_read.c, result_resume.c,
 * result_csv.c (docs/result-format.md). */
#ifndef ALLIANTIESPEL_RESULT_H
#define ALLIANTIESPEL_RESULT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "deck.h"
#include "error.h"
#include "score.h"
#include "session.h"
#include "table.h"

#define RESULT_FORMAT "alliantiespel-result/2"
#define RESULT_FORMAT_1 "alliantiespel-result/1"
/* A window's round in progress: STEM.yaml, STEM-N.yaml (autosave.h) */
#define RESULT_IN_PROGRESS_STEM "round-in-progress"

/* Writes the session (finished or not) to path via a temporary file and
 * rename, mode 0600. On failure (full disk, no permission) nothing at path
 * changes and errors says why. */
bool result_write(const char *path, const session *s, error_list *errors);
/* Stores a result under a name no other file has (safe_file_commit_new):
 * path, or path with "-1" ... before ".yaml" when it is taken; the name
 * used goes into chosen. A stored result is never replaced. */
bool result_write_new(const char *path, const session *s, char *chosen,
                      size_t size, error_list *errors);

/* The same into a stream (for --summary tests and export). */
bool result_emit(FILE *out, const session *s, error_list *errors);

/* Reads a result file back, format 2 or 1. The file carries its own small
 * deck: *d gets one language (the one played), the scale, the dimensions,
 * the roles (the sides' own two first, as in a deck; a format 1 file's
 * made from the sides' names) and the played cards with the sides' and
 * the seats' roles' wording; *s refers to *d, with each seat's role and
 * the mode ("table" for format 1). Free with session_free
 * then deck_free. */
bool result_read(const char *path, deck *d, session *s, error_list *errors);
bool result_read_buffer(const char *name, const char *data, size_t size,
                        deck *d, session *s, error_list *errors);

/* Picks up a round saved before it was finished: reads the result file
 * at path and rebuilds its session on the real deck d (same id, the
 * language played, the same scale, every card and every seat's role still
 * there, found by id), with the mode, answers, skips, marks and the card
 * being played. *out refers to d. */
bool result_resume(const char *path, const deck *d, session *out,
                   error_list *errors);
/* The same from a file already read (result_read), named path in
 * messages. */
bool result_resume_saved(const char *path, const deck *saved_deck,
                         const session *saved, const deck *d, session *out,
                         error_list *errors);

/* A time as the result file writes it: ISO 8601 in UTC,
 * "2026-11-25T14:00:00Z". */
void result_format_time(int64_t t, char *buf, size_t size);

/* One row per answer, with a header, RFC 4180 quoting; format 2 added
 * the columns side, role_id and mode at the end, training prediction,
 * case and group, the workshop team, vote, option and count (a show of
 * hands is a row per option with its count; a revoted card has its
 * first vote's rows, then the revote's). */
bool result_write_csv(FILE *out, const session *s);

/* The same table's columns and rows, for any writer (table.h): the CSV
 * above and a workbook's sheet write from this one description. */
#define RESULT_CSV_COLUMNS 24
extern const char *const result_csv_columns[RESULT_CSV_COLUMNS];
bool result_table_rows(const session *s, table_sink *sink);

/* The CSV writer of any table (the answers, --class, --history): a text
 * through csv_text (quoted as RFC 4180 says, a formula made plain text),
 * a number as printf writes it, a time in ISO 8601 UTC, a truth as true
 * or false. */
typedef struct {
    table_sink sink; /* first: a table_sink * is a result_csv_sink * */
    FILE *out;
} result_csv_sink;
void result_csv_sink_init(result_csv_sink *sink, FILE *out);

#endif
