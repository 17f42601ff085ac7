/* input_sdl: see input_sdl.h. */
#include "input_sdl.h"

#include <string.h>

static int input_scale(int v, int out, int win)
{
    if (win <= 0 || out <= 0)
        return v;
    return (int)((long long)v * out / win);
}

static bool input_key(const SDL_KeyboardEvent *k, input_event *out)
{
    if (k->repeat)
        return false; /* a held key must not race through the screens */
    SDL_Keycode sym = k->keysym.sym;
    if (sym == SDLK_0 || sym == SDLK_KP_0) {
        out->type = INPUT_DIGIT; /* a count of nobody */
        out->digit = 0;
        return true;
    }
    if (sym >= SDLK_1 && sym <= SDLK_9) {
        out->type = INPUT_DIGIT;
        out->digit = (int)(sym - SDLK_1) + 1;
        return true;
    }
    if (sym >= SDLK_KP_1 && sym <= SDLK_KP_9) {
        out->type = INPUT_DIGIT;
        out->digit = (int)(sym - SDLK_KP_1) + 1;
        return true;
    }
    switch (sym) {
    case SDLK_RETURN:
    case SDLK_RETURN2:
    case SDLK_KP_ENTER:
        out->type = INPUT_CONFIRM;
        return true;
    case SDLK_BACKSPACE:
        out->type = INPUT_BACK;
        return true;
    case SDLK_ESCAPE:
    case SDLK_AC_BACK:
        out->type = INPUT_MENU;
        return true;
    case SDLK_s:
        out->type = INPUT_SKIP;
        return true;
    case SDLK_b:
    case SDLK_m:
        out->type = INPUT_MARK;
        return true;
    case SDLK_SPACE:
        out->type = INPUT_TOGGLE;
        return true;
    case SDLK_UP:
        out->type = INPUT_UP;
        return true;
    case SDLK_DOWN:
        out->type = INPUT_DOWN;
        return true;
    case SDLK_LEFT:
        out->type = INPUT_LEFT;
        return true;
    case SDLK_RIGHT:
        out->type = INPUT_RIGHT;
        return true;
    case SDLK_TAB:
        out->type = (k->keysym.mod & KMOD_SHIFT) ? INPUT_UP : INPUT_DOWN;
        return true;
    case SDLK_PAGEUP:
        out->type = INPUT_PAGE_UP;
        return true;
    case SDLK_PAGEDOWN:
        out->type = INPUT_PAGE_DOWN;
        return true;
    case SDLK_p:
        out->type = INPUT_SAVE_PNG;
        return true;
    case SDLK_e:
        out->type = INPUT_DOWNLOAD;
        return true;
    case SDLK_w:
    case SDLK_DELETE:
        out->type = INPUT_DISCARD;
        return true;
    case SDLK_n:
        out->type = INPUT_NEW_ROUND;
        return true;
    case SDLK_g:
        out->type = INPUT_GUESSES;
        return true;
    case SDLK_a:
        out->type = INPUT_KEEP_OUT;
        return true;
    case SDLK_t:
        out->type = INPUT_TIMELINE;
        return true;
    case SDLK_d:
        out->type = INPUT_REVEAL_NOW;
        return true;
    case SDLK_o:
        out->type = INPUT_REVOTE;
        return true;
    case SDLK_v:
        out->type = INPUT_HIDE;
        return true;
    case SDLK_r:
        out->type = INPUT_TIMER_RESET;
        return true;
    case SDLK_F11:
        out->type = INPUT_FULLSCREEN;
        return true;
    case SDLK_l: /* "lezen", "listen" */
        out->type = INPUT_SPEAK;
        return true;
    case SDLK_h:
    case SDLK_F1:
    case SDLK_QUESTION:
    case SDLK_SLASH: /* ? on most keyboards is Shift + / */
        out->type = INPUT_HELP;
        return true;
    case SDLK_LSHIFT:
    case SDLK_RSHIFT:
    case SDLK_LCTRL:
    case SDLK_RCTRL:
    case SDLK_LALT:
    case SDLK_RALT:
    case SDLK_LGUI:
    case SDLK_RGUI:
        return false;
    default:
        out->type = INPUT_OTHER_KEY;
        return true;
    }
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
