/* input_sdl: SDL's keys, mouse, touch and window events turned into the
 * intents of input.h, the only place that knows SDL's key codes. */
#ifndef ALLIANTIESPEL_PLATFORM_INPUT_SDL_H
#define ALLIANTIESPEL_PLATFORM_INPUT_SDL_H

#include <SDL.h>
#include <stdbool.h>

#include "input.h"

/* Translates one SDL event; false when the event means nothing to the
 * game. out_w/out_h are the renderer's output size, win_w/win_h the
 * window's size in screen coordinates (they differ on high-DPI screens). */
bool input_sdl_event(const SDL_Event *e, int out_w, int out_h, int win_w,
                     int win_h, input_event *out);

#endif
