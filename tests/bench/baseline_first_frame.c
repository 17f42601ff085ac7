/* Baseline for start-up: the least an SDL2 + SDL2_ttf program must do to
 * show one line of text: initialise video and TTF, open a 1920x1080
 * window with a software renderer, open a font by its known path, draw
 * one line and present. Prints microseconds from the moment given on the
 * command line (the caller's clock before exec) to the first present.
 * Usage: baseline_first_frame START_NS FONT.ttf
 *
 * The window is made on the game's terms (game/platform/platform.c):
 * centred, resizable, high-DPI allowed, hidden while the renderer and the
 * text are made, shown before the first frame is drawn. Under a real X
 * server this matters: showing a window waits for the server to map it,
 * and both sides must wait the same way. */
#include <SDL.h>
#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static long long now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(int argc, char **argv)
{
    if (argc != 3)
        return 2;
    long long start = strtoll(argv[1], NULL, 10);
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0) {
        fprintf(stderr, "init: %s\n", SDL_GetError());
        return 1;
    }
    SDL_Window *w = SDL_CreateWindow(
        "baseline", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1920, 1080,
        SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI | SDL_WINDOW_HIDDEN);
    SDL_Renderer *r = w ? SDL_CreateRenderer(w, -1, SDL_RENDERER_SOFTWARE) : NULL;
    TTF_Font *font = TTF_OpenFont(argv[2], 32);
    if (!r || !font) {
        fprintf(stderr, "setup: %s\n", SDL_GetError());
        return 1;
    }
    SDL_Color ink = { 20, 20, 20, 255 };
    SDL_Surface *s = TTF_RenderUTF8_Blended(font, "Ik weet wat ik moet doen.", ink);
    SDL_Texture *t = s ? SDL_CreateTextureFromSurface(r, s) : NULL;
    if (!t)
        return 1;
    SDL_ShowWindow(w);
    SDL_Rect where = { 100, 100, s->w, s->h };
    SDL_SetRenderDrawColor(r, 240, 240, 240, 255);
    SDL_RenderClear(r);
    SDL_RenderCopy(r, t, NULL, &where);
    SDL_RenderPresent(r);
    printf("%lld\n", (now_ns() - start) / 1000);
    fflush(stdout);
#ifdef __EMSCRIPTEN__
    /* The page shows the canvas only while the window lives: SDL would
     * shrink the canvas to nothing when it destroys the window. */
    return 0;
#endif
    SDL_DestroyTexture(t);
    SDL_FreeSurface(s);
    TTF_CloseFont(font);
    SDL_DestroyRenderer(r);
    SDL_DestroyWindow(w);
    TTF_Quit();
    SDL_Quit();
    return 0;
}
