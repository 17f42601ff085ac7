/* input_sdl: see input_sdl.h. */
#include "input_sdl.h"

#include <string.h>

static int input_scale(int v, int out, int win)
{
    if (win <= 0 || out <= 0)
        return v;
    return (int)((long long)v * out / win);
}

/* Which key gives which intent; the digits, Tab and the modifiers are
 * read in input_key. */
static const struct {
    SDL_Keycode sym;
    input_type type;
} input_keys[] = {
    {SDLK_RETURN, INPUT_CONFIRM},
    {SDLK_RETURN2, INPUT_CONFIRM},
    {SDLK_KP_ENTER, INPUT_CONFIRM},
    {SDLK_BACKSPACE, INPUT_BACK},
    {SDLK_ESCAPE, INPUT_MENU},
    {SDLK_AC_BACK, INPUT_MENU},
    {SDLK_s, INPUT_SKIP},
    {SDLK_b, INPUT_MARK},
    {SDLK_m, INPUT_MARK},
    {SDLK_SPACE, INPUT_TOGGLE},
    {SDLK_UP, INPUT_UP},
    {SDLK_DOWN, INPUT_DOWN},
    {SDLK_LEFT, INPUT_LEFT},
    {SDLK_RIGHT, INPUT_RIGHT},
    {SDLK_PAGEUP, INPUT_PAGE_UP},
    {SDLK_PAGEDOWN, INPUT_PAGE_DOWN},
    {SDLK_p, INPUT_SAVE_PNG},
    {SDLK_e, INPUT_DOWNLOAD},
    {SDLK_w, INPUT_DISCARD},
    {SDLK_DELETE, INPUT_DISCARD},
    {SDLK_n, INPUT_NEW_ROUND},
    {SDLK_g, INPUT_GUESSES},
    {SDLK_a, INPUT_KEEP_OUT},
    {SDLK_t, INPUT_TIMELINE},
    {SDLK_d, INPUT_REVEAL_NOW},
    {SDLK_o, INPUT_REVOTE},
    {SDLK_v, INPUT_HIDE},
    {SDLK_r, INPUT_TIMER_RESET},
    {SDLK_F11, INPUT_FULLSCREEN},
    {SDLK_l, INPUT_SPEAK}, /* "lezen", "listen" */
    {SDLK_h, INPUT_HELP},
    {SDLK_F1, INPUT_HELP},
    {SDLK_QUESTION, INPUT_HELP},
    {SDLK_SLASH, INPUT_HELP}, /* ? on most keyboards is Shift + / */
    /* a modifier alone is no key: the key it goes with comes next */
    {SDLK_LSHIFT, INPUT_NONE},
    {SDLK_RSHIFT, INPUT_NONE},
    {SDLK_LCTRL, INPUT_NONE},
    {SDLK_RCTRL, INPUT_NONE},
    {SDLK_LALT, INPUT_NONE},
    {SDLK_RALT, INPUT_NONE},
    {SDLK_LGUI, INPUT_NONE},
    {SDLK_RGUI, INPUT_NONE},
};

/* The digit sym types (0 a count of nobody), or -1. */
static int input_digit(SDL_Keycode sym)
{
    if (sym == SDLK_0 || sym == SDLK_KP_0)
        return 0;
    if (sym >= SDLK_1 && sym <= SDLK_9)
        return (int)(sym - SDLK_1) + 1;
    if (sym >= SDLK_KP_1 && sym <= SDLK_KP_9)
        return (int)(sym - SDLK_KP_1) + 1;
    return -1;
}

static bool input_key(const SDL_KeyboardEvent *k, input_event *out)
{
    if (k->repeat)
        return false; /* a held key must not race through the screens */
    SDL_Keycode sym = k->keysym.sym;
    int digit = input_digit(sym);
    if (digit >= 0) {
        out->type = INPUT_DIGIT;
        out->digit = digit;
        return true;
    }
    if (sym == SDLK_TAB) {
        /* as Down and Up, told apart for the screens that need it */
        out->type = (k->keysym.mod & KMOD_SHIFT) ? INPUT_UP : INPUT_DOWN;
        out->tab = true;
        return true;
    }
    out->type = INPUT_OTHER_KEY; /* skips an animation */
    for (size_t i = 0; i < sizeof input_keys / sizeof input_keys[0]; i++)
        if (input_keys[i].sym == sym)
            out->type = input_keys[i].type;
    return out->type != INPUT_NONE;
}

bool input_sdl_event(const SDL_Event *e, int out_w, int out_h, int win_w,
                    int win_h, input_event *out)
{
    memset(out, 0, sizeof *out);
    switch (e->type) {
    case SDL_TEXTINPUT: {
        /* typed text: a code's letters and digits, and a team's name
         * (with spaces and '-'); other characters are of no use */
        char c = e->text.text[0];
        if (e->text.text[1] != '\0' ||
            !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
              (c >= 'A' && c <= 'Z') || c == ' ' || c == '-'))
            return false;
        out->type = INPUT_CHAR;
        out->digit = (unsigned char)c;
        return true;
    }
    case SDL_KEYDOWN:
        return input_key(&e->key, out);
    case SDL_MOUSEBUTTONDOWN:
        if (e->button.which == SDL_TOUCH_MOUSEID)
            return false; /* the finger event is handled itself */
        if (e->button.button != SDL_BUTTON_LEFT)
            return false;
        out->type = INPUT_POINTER;
        out->x = input_scale(e->button.x, out_w, win_w);
        out->y = input_scale(e->button.y, out_h, win_h);
        return true;
    case SDL_FINGERDOWN:
        out->type = INPUT_POINTER;
        out->x = (int)(e->tfinger.x * (float)out_w);
        out->y = (int)(e->tfinger.y * (float)out_h);
        return true;
    case SDL_QUIT:
        out->type = INPUT_QUIT;
        return true;
    case SDL_WINDOWEVENT:
        if (e->window.event == SDL_WINDOWEVENT_SIZE_CHANGED ||
            e->window.event == SDL_WINDOWEVENT_EXPOSED ||
            e->window.event == SDL_WINDOWEVENT_RESTORED ||
            e->window.event == SDL_WINDOWEVENT_SHOWN) {
            out->type = INPUT_RESIZED;
            return true;
        }
        return false;
    case SDL_RENDER_TARGETS_RESET:
    case SDL_RENDER_DEVICE_RESET:
        out->type = INPUT_RESIZED;
        return true;
    default:
        return false;
    }
}
