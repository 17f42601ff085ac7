/* text_measure: texts broken into lines (utf8_wrap, so measuring and
 * drawing agree), measured, and fitted to a box; each answer remembered,
 * as screens ask again every frame and an answer costs the glyphs at the
 * size asked for. text_cache holds one and draws with its lines. */
#ifndef ALLIANTIESPEL_PLATFORM_TEXT_MEASURE_H
#define ALLIANTIESPEL_PLATFORM_TEXT_MEASURE_H

#include <SDL_ttf.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "text_font.h"
#include "utf8.h"

#define TEXT_MEASURE_MAX_LINES 64
#define TEXT_MEASURE_MAX_MEMOS 256

typedef enum { TEXT_MEASURE_FIT, TEXT_MEASURE_SIZE } text_measure_kind;

/* One answer remembered: the text, what was asked (key) and the answer. */
typedef struct {
    char *text;
    uint32_t hash;
    text_measure_kind kind;
    int key[4];
    bool bold;
    int value[2];
} text_measure_memo;

typedef struct {
    text_font *fonts; /* not owned */
    text_measure_memo memos[TEXT_MEASURE_MAX_MEMOS];
    size_t memo_count;
} text_measure;

/* The key texts are found by, here and in text_cache (FNV-1a). */
uint32_t text_measure_hash(const char *text);

/* Breaks text into lines at wrap pixels (0: at newlines only). Returns
 * how many lines it needs (0 on failure); at most max_lines are stored.
 * A text that fits on one line has its width in *one_line (else -1). */
size_t text_measure_lines(TTF_Font *font, const char *text, int wrap,
                          utf8_line *lines, size_t max_lines, int *one_line);

/* Width and height the wrapped text takes at size. */
bool text_measure_size(text_measure *m, const char *text, int size,
                       bool bold, int wrap_width, int *w, int *h);

/* The largest size from max_size down to min_size (in steps of about 8%)
 * at which the wrapped text fits w x h; min_size when none does. */
int text_measure_fit(text_measure *m, const char *text, int max_size,
                     int min_size, bool bold, int w, int h);

/* Forgets every answer (the sizes they were for have changed). */
void text_measure_forget(text_measure *m);

#endif
