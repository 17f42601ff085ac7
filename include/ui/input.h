/* input: the intents the scenes understand. The platform turns keys,
 * mouse and touch into them (game/platform/input_sdl.c); a touch and a
 * mouse click give the same POINTER intent, in renderer pixels, so every
 * hit test works for both. Plain C: scene tests make their own. */
#ifndef ALLIANTIESPEL_INPUT_H
#define ALLIANTIESPEL_INPUT_H

#include <stdbool.h>

typedef enum {
    INPUT_NONE = 0,
    INPUT_DIGIT,      /* 0..9 (0 only counts: a show of hands) */
    INPUT_CONFIRM,    /* Enter */
    INPUT_BACK,       /* Backspace */
    INPUT_MENU,       /* Esc */
    INPUT_SKIP,       /* S */
    INPUT_MARK,       /* B or M: "bespreken" */
    INPUT_TOGGLE,     /* Space */
    INPUT_UP,
    INPUT_DOWN,
    INPUT_LEFT,
    INPUT_RIGHT,
    INPUT_PAGE_UP,
    INPUT_PAGE_DOWN,
    INPUT_SAVE_PNG,   /* P */
    INPUT_DISCARD,    /* W or Delete: throw the stored answers away */
    INPUT_NEW_ROUND,  /* N */
    INPUT_POINTER,    /* a click or a tap at x, y */
    INPUT_OTHER_KEY,  /* any other key: skips an animation */
    INPUT_FULLSCREEN, /* F11 */
    INPUT_HELP,       /* H, F1 or ?: the theme explained */
    INPUT_QUIT,       /* the window's close button */
    INPUT_RESIZED,
    INPUT_SPEAK,      /* L: read the screen aloud (speak.h) */
    INPUT_GUESSES,    /* G: the board shows the guesses, or the cards to
                         talk about */
    INPUT_KEEP_OUT,   /* A: this card only for the talk, never stored */
    INPUT_CHAR,       /* a typed letter, digit, space or '-' (in digit:
                         the character as typed): a pair's code, a
                         team's name */
    INPUT_TIMELINE,   /* T: a pair's history; in a workshop the talk
                         timer, started or paused */
    INPUT_REVEAL_NOW, /* D: turn the card before every team answered */
    INPUT_REVOTE,     /* O: the room answers the card once more */
    INPUT_HIDE,       /* V: the result hidden or shown on the projector */
    INPUT_TIMER_RESET, /* R: the talk timer back to its length */
    INPUT_DOWNLOAD     /* E: the answers as a download (a browser) */
} input_type;

typedef struct {
    input_type type;
    int digit;
    int x, y;
    bool tab; /* INPUT_DOWN or INPUT_UP from Tab or Shift+Tab, not an
                 arrow: most screens walk their buttons with both, but
                 where the arrows move something of the screen's own
                 (the show of hands' options) only Tab walks them */
} input_event;

#endif
