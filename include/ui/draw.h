/* draw: the shared look. Cards with soft shadows, round chips, buttons
 * and text that always fits its box, composed from the drawing interface
 * (gfx.h); when tracing, every function records what went where. */
#ifndef ALLIANTIESPEL_DRAW_H
#define ALLIANTIESPEL_DRAW_H

#include <stdbool.h>
#include <stdint.h>

#include "app.h"
#include "layout.h"
#include "gfx.h"

/* The palette: warm and calm; the signal colours are Okabe-Ito, which
 * people with colour-blindness tell apart. Texts keep 4.5:1 against what
 * they lie on, markers 3:1 (WCAG; tests/ui/ui_contrast_test.c measures
 * it): so the soft ink is dark enough for the key hints on the yellow
 * button, the gold light enough on the felt, and the professional's
 * purple a shade darker than Okabe-Ito's on the board. */
#define DRAW_FELT ((gfx_color){39, 94, 76, 255})
#define DRAW_FELT_DARK ((gfx_color){28, 71, 57, 255})
#define DRAW_PAPER ((gfx_color){252, 247, 236, 255})
#define DRAW_PAPER_EDGE ((gfx_color){226, 214, 190, 255})
#define DRAW_INK ((gfx_color){43, 40, 36, 255})
#define DRAW_INK_SOFT ((gfx_color){70, 62, 52, 255})
#define DRAW_CREAM ((gfx_color){250, 244, 228, 255})
#define DRAW_BACK ((gfx_color){163, 72, 52, 255})
#define DRAW_GOLD ((gfx_color){255, 226, 120, 255})
#define DRAW_BUTTON ((gfx_color){244, 236, 220, 255})
#define DRAW_PRIMARY ((gfx_color){245, 193, 82, 255})
#define DRAW_ALIGNED ((gfx_color){0, 158, 115, 255})   /* bluish green */
#define DRAW_CLOSE ((gfx_color){180, 115, 0, 255})     /* orange, darkened to 3:1 */
#define DRAW_APART ((gfx_color){213, 94, 0, 255})      /* vermillion */
#define DRAW_CLIENT ((gfx_color){0, 114, 178, 255})    /* blue */
#define DRAW_PRO ((gfx_color){184, 109, 150, 255})     /* reddish purple */

/* Tells the handle's recorder (tests) what was drawn where, and in which
 * container it had to fit. */
void draw_mark(const app *a, gfx_mark_kind kind, layout_rect rect,
               layout_rect container);
/* The soft shadow under a shape of r (gfx_shadow), as wide and as far
 * down as the frame's scale makes it. */
void draw_shadow(const app *a, layout_rect r, int radius);

/* The felt's colour (0xRRGGBB). */
uint32_t draw_felt_rgb(void);
/* A chip's rings, as insets for a chip w pixels wide: the face's paper
 * inside its edge; on the back, the cream rim around the red, and the
 * red ring (of the chip inside the rim, w then that chip's width) around
 * the light middle. The platform composes the chips with them. */
int draw_chip_face_inset(int w);
int draw_chip_back_rim(int w);
int draw_chip_back_red_ring(int w);

/* A card: face (paper) or back (the game's pattern). */
void draw_card(const app *a, layout_rect r, bool face_up);

/* Text in box, shrunk step by step from size down to size*0.55 until it
 * fits; vertically centred when middle is true. Returns the rect used. */
layout_rect draw_text(const app *a, const char *text, layout_rect box, int size,
                      bool bold, gfx_color color, gfx_align align,
                      bool middle);

/* The word that says where a chart's good end is ("good", nl "goed"),
 * in r at the chart's good end: every board, chart and picture says it
 * with this one word, beside the end where score_toward_good puts 1. */
layout_rect draw_good_end(const app *a, layout_rect r, int size, gfx_color color,
                          gfx_align align);
/* A button with a label and (when key is not NULL, and the last input
 * was a key) a small key hint. */
void draw_button(const app *a, layout_rect r, const char *label, const char *key,
                 bool primary, bool focused);

/* A round chip for option `option` of the deck's scale: its icon, or its
 * number when the icon is missing. face_down shows the back, the same for
 * every option. */
void draw_token(const app *a, layout_rect r, const deck *d, size_t option,
                bool selected, bool face_down);

/* An SVG icon in r; false when it is missing. */
bool draw_icon(const app *a, const char *name, layout_rect r);

/* The top bar: progress on the left, whose turn on the right, and the
 * menu button; read-aloud's speaker button left of it where the screen
 * has a card to read (speak.h). With both texts NULL only the menu button
 * is drawn. */
void draw_top_bar(const app *a, const char *left, const char *right);
/* The same bar with its texts only, no buttons: a picture for a file. */
void draw_title_bar(const app *a, const char *left, const char *right);

/* The colour of words on the ground (not on a card or the board's paper):
 * cream on the felt, ink on a printed page (layout_frame.paper); and of a
 * heading there, gold on the felt. */
gfx_color draw_ground_ink(const app *a);
gfx_color draw_ground_heading(const app *a);

/* The small round "?" that opens a theme's explanation; a gold ring
 * around it when it has the keyboard's focus. */
void draw_help_button(const app *a, layout_rect r, bool focused);

/* A full-width message band: dark green for news, deep red for a failure
 * people must see; the text wraps on up to two lines. */
void draw_banner(const app *a, layout_rect r, const char *text, bool failure);
/* ... its text kept left of the band's right room pixels (a button
 * drawn there after). */
void draw_banner_beside(const app *a, layout_rect r, const char *text,
                        bool failure, int room);

/* The darkened layer under a dialog. */
void draw_shade(const app *a, unsigned char alpha);

/* Replaces each "%s" in tmpl by the next of a, b (NULL: ""). Used instead
 * of printf so translated templates are never format strings. */
void draw_format(char *out, size_t size, const char *tmpl, const char *a1,
                 const char *a2);

#endif
