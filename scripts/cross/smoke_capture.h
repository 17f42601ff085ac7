/* Forced in (-include) when scripts/cross/smoke.sh builds
 * tests/bench/baseline_first_frame.c for Windows: its SDL_RenderPresent
 * first saves what is about to be shown to the PNG named by
 * SMOKE_CAPTURE, so that a run under wine leaves a picture to look at.
 * SDL.h is read here first, under its own names; the program's own
 * #include <SDL.h> then adds nothing. */
#include <SDL.h>
#include <SDL_image.h>
#include <stdio.h>

static void smoke_present(SDL_Renderer *r)
{
    const char *path = SDL_getenv("SMOKE_CAPTURE");
    int w, h;
    if (path != NULL && SDL_GetRendererOutputSize(r, &w, &h) == 0) {
        SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32,
                                                        SDL_PIXELFORMAT_ARGB8888);
        if (s == NULL ||
            SDL_RenderReadPixels(r, NULL, s->format->format, s->pixels,
                                 s->pitch) != 0 ||
            IMG_SavePNG(s, path) != 0)
            fprintf(stderr, "capture: %s\n", SDL_GetError());
        SDL_FreeSurface(s);
    }
    SDL_RenderPresent(r);
}
#define SDL_RenderPresent smoke_present
