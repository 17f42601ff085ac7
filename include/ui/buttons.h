/* buttons: a screen's buttons as one table, as Julius's windows keep
 * theirs: where each is, its words and key, whether it is the screen's
 * main step. A screen builds its table from its layout (the same function
 * for drawing and for input), numbering its buttons in Tab order; one
 * hit test, one Tab walk and one way of drawing serve every screen, and
 * tests tap the rectangles the table reports. A button a screen does not
 * show now has an empty rectangle: never hit, drawn or focused. */
#ifndef ALLIANTIESPEL_BUTTONS_H
#define ALLIANTIESPEL_BUTTONS_H

#include <stdbool.h>

#include "app.h"
#include "input.h"
#include "layout.h"

/* The rectangle of a button not shown now (never hit, drawn or focused). */
#define BUTTONS_HIDDEN ((layout_rect){0, 0, 0, 0})

#define BUTTONS_MAX 32 /* the board: 16 themes' "?", 6 topics, 9 more */

typedef struct {
    layout_rect rect;   /* empty: not shown now */
    const char *label;  /* as shown; NULL for a "?" */
    const char *key;    /* the key's name on it ("Enter"), or NULL */
    bool primary;       /* the screen's main step: filled gold */
    bool on;            /* a switch that is on: ringed as focus is */
    bool ring_only;     /* drawn by the screen (a card's "?"): only its
                           focus ring is drawn here */
    bool screen_drawn;  /* drawn by the screen, ring and all (a start
                           screen row): only hit and focused here */
    int action;         /* what it does, in the screen's own numbers
                           (buttons_add: its place in the table) */
    size_t arg;         /* which one of several alike (a theme, a topic) */
} buttons_item;

typedef struct {
    buttons_item item[BUTTONS_MAX];
    int count;
} buttons_table;

/* Adds the next button (its number is the count before, and its action
 * too) and returns it (for the other fields); r empty when it is not
 * shown now. */
buttons_item *buttons_add(buttons_table *t, layout_rect r, const char *label,
                 const char *key, bool primary);
/* The same for a "?" that explains something. */
buttons_item *buttons_add_help(buttons_table *t, layout_rect r);
/* Whether button i is shown now. */
bool buttons_shown(const buttons_table *t, int i);
/* The shown button at x, y, or -1. */
int buttons_at(const buttons_table *t, int x, int y);
/* Tab and the up/down arrows move a->button_focus over the shown buttons
 * (from none to the first); true when ev was such a move. */
bool buttons_focus_move(app *a, const buttons_table *t, const input_event *ev);
/* The button ev presses: a tap on one, or Enter or Space on the focused
 * one (on fallback when none has the focus); -1 when none. At most
 * BUTTONS_MAX buttons: a screen has far fewer (more are not added). */
int buttons_pressed(const app *a, const buttons_table *t, const input_event *ev,
                    int fallback);
/* Draws every shown button; the one Enter presses (the focused one, or
 * fallback when none has the focus; -1: none) is ringed. */
void buttons_draw(const app *a, const buttons_table *t, int fallback);
/* The same with button ring ringed (-1: none), for an overlay whose
 * keys walk something else (the picker's cards, a keypad's letters) and
 * whose buttons a tap or their key presses. */
void buttons_draw_ringed(const app *a, const buttons_table *t, int ring);

#endif
