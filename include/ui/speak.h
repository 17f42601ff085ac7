/* speak: read-aloud's state, the UI's side. Clients who read little, or
 * little Dutch, can have the screen read to them with the speaker button
 * in the top bar or the key L; speak_screen.h says what each screen
 * reads. The voice and the sound are the platform's
 * (game/platform/speech.c): it hands its table (speak_ops) to speak_use
 * when it opens the app, the way it hands gfx_ops, and takes it back when
 * it closes. Without a table (scene tests), without a sound device or
 * without espeak-ng the button is not drawn and L does nothing; the start
 * screen says why, once.
 *
 * This module sits low, beside draw: the top bar (draw_top_bar) asks it
 * whether and where to draw the button. It calls no scene; speak_screen,
 * at the top with app.c, decides each frame whether the screen has
 * something to read (speak_set_shown). Plain C, no SDL. */
#ifndef ALLIANTIESPEL_UI_SPEAK_H
#define ALLIANTIESPEL_UI_SPEAK_H

#include <stdbool.h>
#include <stddef.h>

#include "layout.h"

struct app;

/* Whether read-aloud can be used, and if not, what people are told. */
typedef enum {
    SPEAK_LOOKING = 0, /* the platform is still finding the voice and the
                          sound device (a moment after start) */
    SPEAK_READY,
    SPEAK_NO_SOUND,    /* no sound device (or SDL's dummy one) */
    SPEAK_NO_VOICE,    /* espeak-ng or its voices are not installed */
    SPEAK_NOT_BUILT,   /* this build has no voice (Windows, for now) */
    SPEAK_NO_DEVICE_VOICE, /* the browser has no voice on the device
                              itself (none that works without sending
                              the words away) */
    SPEAK_OFF          /* nobody could hear it (a window nobody sees):
                          off without a word */
} speak_state;

/* What a platform provides. say and stop return at once: the voice is
 * made and played on the platform's own thread. */
typedef struct speak_ops {
    speak_state (*state)(const struct app *a);
    /* Reads text (UTF-8, made speakable: speech_text.h) in the language
     * lang ("nl", "en"), stopping whatever was being read; false when it
     * cannot start. */
    bool (*say)(struct app *a, const char *text, const char *lang);
    void (*stop)(struct app *a);
    /* True from say until the last sound has played (or stop). */
    bool (*speaking)(const struct app *a);
} speak_ops;

/* The platform's table, from its app_open; NULL from its app_close. */
void speak_use(struct app *a, const speak_ops *ops);
/* The platform tells that the state or the speaking changed: the screen
 * is drawn again, and a reason why read-aloud is off is told once. */
void speak_changed(struct app *a);
/* SPEAK_OFF without a table. */
speak_state speak_state_now(const struct app *a);
bool speak_ready(const struct app *a);
bool speak_speaking(const struct app *a);
/* Reads text aloud (see speak_ops.say); false without a ready table. */
bool speak_say(struct app *a, const char *text, const char *lang);
/* Stops reading (a new screen, the button pressed again). */
void speak_stop(struct app *a);

/* Whether the current screen shows the speaker button (speak_screen
 * decides before each frame) ... */
void speak_set_shown(bool shown);
bool speak_shown(void);
/* ... and where it goes: in the top bar, left of the menu button; with
 * its word and key on a wide window, only the icon upright. */
layout_rect speak_button(const layout_frame *f);

#endif
