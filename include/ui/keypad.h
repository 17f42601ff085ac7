/* keypad: keys drawn on the screen, for a tablet without a keyboard. A
 * tap on a key gives the intent the keyboard's key would (a digit, a
 * letter, Backspace, Enter), so a scene handles both the same way. The
 * digits (a count, a pair's code) and the letters (a team's name). The
 * layout is pure arithmetic (tested headless); drawing goes through
 * draw.h. */
#ifndef ALLIANTIESPEL_KEYPAD_H
#define ALLIANTIESPEL_KEYPAD_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"
#include "input.h"
#include "layout.h"

typedef enum { KEYPAD_DIGITS, KEYPAD_LETTERS } keypad_kind;

#define KEYPAD_MAX_KEYS 40

typedef struct {
    keypad_kind kind;
    layout_rect panel;                 /* the keys' ground */
    layout_rect field;                 /* (letters) the name being typed,
                                          above the keys: the keys may
                                          hide its own row */
    layout_rect key[KEYPAD_MAX_KEYS];
    size_t count;
} keypad_layout;

/* The keys of kind laid out in area: digits as a telephone's 3 x 4
 * (1-9, then Backspace, 0, OK), letters as a tablet's rows (digits,
 * Q to P, A to L, Z to M and '-', then Backspace, space, OK). */
void keypad_make(const layout_frame *f, keypad_kind kind, layout_rect area,
                 keypad_layout *out);
/* The intent of the key at x, y (upper: letters in capitals); false when
 * x, y is on no key. */
bool keypad_hit(const keypad_layout *k, int x, int y, bool upper,
                input_event *out);
/* The keys; on letters, text (the name being typed) in the field. */
void keypad_draw(const app *a, const keypad_layout *k, bool upper,
                 const char *text);

#endif
