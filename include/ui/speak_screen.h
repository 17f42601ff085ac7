/* speak_screen: what read-aloud (speak.h) reads on each screen, and its
 * key and button. On a card not yet turned (the deal, the place screen):
 * the card as the person whose turn it is reads it (their role's own
 * wording where the deck has one) and the labels of the tokens, "1: Klopt
 * helemaal niet, 2: ...". On a turned card (also one looked at again from
 * the board): the card in the client's words, what each person chose, the
 * good answer named on a negative theme's card, and the talk prompt. In
 * the round's language, made speakable by speech_text. Other screens read nothing and
 * show no button. Sits with app.c above the scenes, whose accessors
 * (scene.h) it reads; it changes nothing of theirs. */
#ifndef ALLIANTIESPEL_UI_SPEAK_SCREEN_H
#define ALLIANTIESPEL_UI_SPEAK_SCREEN_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"
#include "input.h"

/* Before a frame is drawn: whether its top bar shows the speaker button
 * (read-aloud ready and the screen has a card to read); reading stops
 * when the card has gone (a card looked at again, closed). */
void speak_screen_frame(app *a);
/* A new screen comes (app_switch): what the old one read stops, unless
 * it is the same card (the deal turns into the place screen). */
void speak_screen_switch(app *a, app_scene next);
/* What the current screen would read, and in which language; false (and
 * out "") on a screen with nothing to read. */
bool speak_screen_text(const app *a, char *out, size_t size,
                       const char **lang);
/* L, or a click or tap on the button: reads the current screen, or stops
 * when it is reading. True when the event was taken. */
bool speak_screen_input(app *a, const input_event *ev);

#endif
