/* draw: the shared look. The felt table, cards with soft shadows, round
 * chips, buttons and text that always fits its box. Every function draws
 * into the app's renderer and, when tracing, records what went where. */
#ifndef ALLIANTIESPEL_DRAW_H
#define ALLIANTIESPEL_DRAW_H

#include <SDL.h>
#include <stdbool.h>

#include "app.h"
#include "layout.h"
#include "text_cache.h"

/* The palette: warm and calm; the signal colours are Okabe-Ito, which
 * people with colour-blindness tell apart. Texts keep 4.5:1 against what
 * they lie on, markers 3:1 (WCAG; tests/ui/ui_contrast_test.c measures
 * it): so the soft ink is dark enough for the key hints on the yellow
 * button, the gold light enough on the felt, and the professional's
 * purple a shade darker than Okabe-Ito's on the board. */
#define DRAW_FELT ((SDL_Color){39, 94, 76, 255})
#define DRAW_FELT_DARK ((SDL_Color){28, 71, 57, 255})
#define DRAW_PAPER ((SDL_Color){252, 247, 236, 255})
#define DRAW_PAPER_EDGE ((SDL_Color){226, 214, 190, 255})
#define DRAW_INK ((SDL_Color){43, 40, 36, 255})
#define DRAW_INK_SOFT ((SDL_Color){70, 62, 52, 255})
#define DRAW_CREAM ((SDL_Color){250, 244, 228, 255})
#define DRAW_BACK ((SDL_Color){163, 72, 52, 255})
#define DRAW_GOLD ((SDL_Color){255, 226, 120, 255})
#define DRAW_BUTTON ((SDL_Color){244, 236, 220, 255})
#define DRAW_PRIMARY ((SDL_Color){245, 193, 82, 255})
#define DRAW_ALIGNED ((SDL_Color){0, 158, 115, 255})   /* bluish green */
#define DRAW_CLOSE ((SDL_Color){180, 115, 0, 255})     /* orange, darkened to 3:1 */
#define DRAW_APART ((SDL_Color){213, 94, 0, 255})      /* vermillion */
#define DRAW_CLIENT ((SDL_Color){0, 114, 178, 255})    /* blue */
#define DRAW_PRO ((SDL_Color){184, 109, 150, 255})     /* reddish purple */

/* Makes the disc texture; false with a sentence in err. */
bool draw_init(app *a, char *err, size_t err_size);
void draw_shutdown(app *a);

void draw_trace(app *a, app_trace_kind kind, layout_rect rect,
                layout_rect container);

void draw_clear(app *a);                 /* the felt table */
/* The felt's colour (0xRRGGBB), and a felt made elsewhere (at start, on a
 * second core) taken as the table's when it has the window's size; made
 * is left empty either way. */
uint32_t draw_felt_rgb(void);
/* Whether the felt and texts go straight into the window's memory (the
 * software renderer; see draw.c). */
bool draw_uses_window_memory(app *a);
void draw_adopt_felt(app *a, felt *made);
void draw_fill(app *a, layout_rect r, SDL_Color c);
void draw_round_rect(app *a, layout_rect r, int radius, SDL_Color c);
void draw_disc(app *a, layout_rect r, SDL_Color c);
/* The soft shadow under a shape of r with corners of radius. The shape
 * itself must be drawn opaque over r right after: the middle of the
 * shadow, which it hides, is not drawn. */
void draw_shadow(app *a, layout_rect r, int radius);

/* A card: face (paper) or back (the game's pattern). */
void draw_card(app *a, layout_rect r, bool face_up);

/* Text in box, shrunk step by step from size down to size*0.55 until it
 * fits; vertically centred when middle is true. Returns the rect used. */
layout_rect draw_text(app *a, const char *text, layout_rect box, int size,
                      bool bold, SDL_Color color, text_align align,
                      bool middle);

/* A button with a label and (when key is not NULL) a small key hint. */
void draw_button(app *a, layout_rect r, const char *label, const char *key,
                 bool primary, bool focused);

/* A round chip for option `option` of the deck's scale: its icon, or its
 * number when the icon is missing. face_down shows the back, the same for
 * every option. */
void draw_token(app *a, layout_rect r, const deck *d, size_t option,
                bool selected, bool face_down);

/* An SVG icon in r; false when it is missing. */
bool draw_icon(app *a, const char *name, layout_rect r);

/* The top bar: progress on the left, whose turn on the right, and the
 * menu button. With both texts NULL only the menu button is drawn. */
void draw_top_bar(app *a, const char *left, const char *right);

/* The small round "?" that opens a theme's explanation; a gold ring
 * around it when it has the keyboard's focus. */
void draw_help_button(app *a, layout_rect r, bool focused);

/* A full-width message band: dark green for news, deep red for a failure
 * people must see; the text wraps on up to two lines. */
void draw_banner(app *a, layout_rect r, const char *text, bool failure);

/* The darkened layer under a dialog. */
void draw_shade(app *a, Uint8 alpha);

/* Replaces each "%s" in tmpl by the next of a, b (NULL: ""). Used instead
 * of printf so translated templates are never format strings. */
void draw_format(char *out, size_t size, const char *tmpl, const char *a1,
                 const char *a2);

#endif
