/* scene_code: a pair's code typed over the start screen, like the card
 * picker: a tap on the "Keep the round" row's value opens it, for a
 * tablet without a keyboard. Letters and digits on the screen,
 * Backspace, OK (a code needs a letter: it says so and stays open);
 * Back puts the code it found back; the code's earlier rounds are a tap
 * away (T on the start screen). The typing rule is the start row's
 * too (scene_code_type). */
#include "scene.h"

#include <stdio.h>
#include <string.h>

#include "autosave.h"
#include "buttons.h"
#include "draw.h"
#include "i18n.h"
#include "keypad.h"

/* The overlay's own state: nobody else writes it. */
static struct {
    bool open;
    char before[SESSION_PAIR_MAX]; /* the code when it opened */
    bool before_no_trace;
    bool refused;                  /* OK on a code without a letter */
} code;

bool scene_code_is_open(void)
{
    return code.open;
}

void scene_code_close(void)
{
    code.open = false;
}

void scene_code_open(app *a)
{
    snprintf(code.before, sizeof code.before, "%s", play_pair(&a->play));
    code.before_no_trace = play_no_trace(&a->play);
    code.refused = false;
    code.open = true;
}

void scene_code_refuse(app *a)
{
    scene_code_open(a);
    code.refused = true;
}

void scene_code_type(app *a, int c)
{
    /* a code typed: the round is kept under it after all */
    if (play_type_pair(&a->play, c) && play_no_trace(&a->play))
        autosave_set_no_trace(a, false);
}

static void scene_code_keys(const app *a, keypad_layout *k)
{
    layout_code l;
    layout_code_make(&a->frame, &l);
    keypad_make(&a->frame, KEYPAD_LETTERS, l.keys, k);
}

/* Back: the code and the choice it found. */
static void scene_code_back(app *a)
{
    play_choose_pair(&a->play, code.before);
    if (play_no_trace(&a->play) != code.before_no_trace)
        autosave_set_no_trace(a, code.before_no_trace);
    code.open = false;
}

/* The overlay's buttons (buttons.h); the keys type, so these are pressed
 * by a tap or their keys (Esc, Enter). */
enum { CODE_BACK, CODE_HISTORY, CODE_DONE };

static void scene_code_buttons(const app *a, buttons_table *t)
{
    layout_code l;
    layout_code_make(&a->frame, &l);
    t->count = 0;
    buttons_add(t, l.back, _("Back"), "Esc", false);
    buttons_add(t, play_pair(&a->play)[0] ? l.history : BUTTONS_HIDDEN,
                _("Earlier rounds"), NULL, false);
    buttons_add(t, l.done, _("Done"), "Enter", true);
}

void scene_code_handle(app *a, const input_event *ev)
{
    input_event key = *ev;
    if (ev->type == INPUT_POINTER) {
        keypad_layout k;
        scene_code_keys(a, &k);
        buttons_table t;
        scene_code_buttons(a, &t);
        int b = buttons_at(&t, ev->x, ev->y);
        if (b == CODE_BACK)
            key.type = INPUT_MENU;
        else if (b == CODE_HISTORY)
            key.type = INPUT_TIMELINE;
        else if (b == CODE_DONE)
            key.type = INPUT_CONFIRM;
        else if (!keypad_hit(&k, ev->x, ev->y, true, &key))
            return;
    }
    code.refused = false;
    char normal[SESSION_PAIR_MAX];
    switch (key.type) {
    case INPUT_DIGIT: scene_code_type(a, '0' + key.digit); break;
    case INPUT_CHAR: scene_code_type(a, key.digit); break;
    case INPUT_BACK: scene_code_type(a, -1); break;
    case INPUT_CONFIRM:
        /* digits alone could be read as a date: the round would not
         * start with them */
        code.refused = play_pair(&a->play)[0] &&
                       !session_pair_normal(play_pair(&a->play), normal, sizeof normal);
        code.open = code.refused;
        break;
    case INPUT_MENU: scene_code_back(a); break;
    case INPUT_TIMELINE:
        /* the rounds kept under this code (the letter T types) */
        if (ev->type == INPUT_POINTER) {
            code.open = false;
            scene_history_open(a, play_pair(&a->play));
        }
        break;
    default: break;
    }
}

void scene_code_draw(const app *a)
{
    const layout_frame *f = &a->frame;
    layout_code l;
    layout_code_make(f, &l);
    draw_top_bar(a, _("Keep the round"), "");
    draw_text(a, _("A code for this pair"), l.title, f->font_title, true,
              DRAW_CREAM, GFX_ALIGN_LEFT, true);
    draw_text(a, code.refused ? _("Add at least one letter, like K17.")
                              : _("Letters and digits, no names. The same "
                                  "code next time shows your earlier "
                                  "rounds."),
              l.note, f->font_small, code.refused,
              code.refused ? DRAW_GOLD : DRAW_CREAM, GFX_ALIGN_LEFT, true);
    keypad_layout k;
    scene_code_keys(a, &k);
    keypad_draw(a, &k, true, play_pair(&a->play));
    buttons_table t;
    scene_code_buttons(a, &t);
    buttons_draw_ringed(a, &t, -1);
}
