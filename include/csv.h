/* csv: one text cell of every CSV the game writes (--summary, --class,
 * --history, --export), quoted as RFC 4180 says, and never run by a
 * spreadsheet: a cell that starts with = + - @, a tab or a carriage
 * return (a team named "=HYPERLINK(...)", a file named "+1.yaml") gets a
 * leading apostrophe, as OWASP advises against CSV injection, so Excel
 * and LibreOffice show it as the text it is. Numbers are written by the
 * callers as numbers, never through here. */
#ifndef ALLIANTIESPEL_CSV_H
#define ALLIANTIESPEL_CSV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* True when a spreadsheet would take text as a formula. */
bool csv_is_formula(const char *text);
/* Writes text as one cell (without the comma around it). */
void csv_text(FILE *out, const char *text);
/* Writes count text cells, each followed by a comma. */
void csv_texts(FILE *out, const char *const *cells, size_t count);

#endif
