/* utf8: validate, measure and break UTF-8 text. No locale involved. */
#ifndef ALLIANTIESPEL_UTF8_H
#define ALLIANTIESPEL_UTF8_H

#include <stdbool.h>
#include <stddef.h>

/* True when s[0..len) is well-formed UTF-8 (no overlongs, no surrogates,
 * nothing above U+10FFFF) and holds no NUL and no control characters other
 * than tab and newline. */
bool utf8_valid(const char *s, size_t len);

/* The one rule for a one-line text a person typed (a team's name, a
 * pair's code, a group, a settings value): valid UTF-8 and nothing
 * invisible or direction-turning in it: no control character (C0, DEL,
 * C1 such as U+0085), no format character (Cf: U+200B..U+200F, U+202A..
 * U+202E, U+2066..U+2069, U+FEFF, ...), no line or paragraph separator
 * (U+2028, U+2029). */
bool utf8_one_line(const char *s, size_t len);

/* True for a code point utf8_one_line refuses. */
bool utf8_is_hidden(unsigned cp);

/* s as a terminal may show it: what utf8_one_line refuses, ESC included,
 * written as \u{202E}, a byte that is not UTF-8 as \xFF; cut to fit. */
void utf8_escape(const char *s, char *out, size_t size);

/* Number of code points in a valid string. */
size_t utf8_length(const char *s);

/* Byte offset of the code point after the one at pos (pos < strlen). */
size_t utf8_next(const char *s, size_t pos);

/* A line of broken text: a byte range into the original string. */
typedef struct {
    size_t start;
    size_t length;
} utf8_line;

/* Measures the width of s[0..len) in whatever unit the caller uses
 * (pixels for a font). Returns a negative number on failure. */
typedef int (*utf8_measure_fn)(const char *s, size_t len, void *context);

/* Breaks text into lines no wider than max_width: at spaces where possible,
 * at newlines always, and inside a word only when the word alone is too
 * wide. Writes at most max_lines lines; returns the number of lines the
 * whole text needs (which may be more than max_lines), or 0 on a measure
 * failure or empty text. */
size_t utf8_wrap(const char *text, int max_width, utf8_measure_fn measure,
                 void *context, utf8_line *lines, size_t max_lines);

#endif
