/* window_memory: the window's memory made ready before the first frame.
 * With the software renderer SDL gives the window a picture in fresh
 * memory (under X11 a shared-memory segment, 8 MB at 1920x1080), and the
 * first frame paid a page fault for every 4 KB of it while spreading the
 * felt: 25-40 ms of a start-up under Xvfb on the benchmark's virtual
 * machine, 1 ms once touched (docs/performance.md). app_open calls
 * window_memory_touch after the renderer is made, while the start-up
 * worker (ahead.c) is still at work and the main thread would only wait
 * for it. */
#ifndef ALLIANTIESPEL_PLATFORM_WINDOW_MEMORY_H
#define ALLIANTIESPEL_PLATFORM_WINDOW_MEMORY_H

#include <SDL.h>

/* Maps and writes every page of the window's picture (SDL's window
 * surface): what it writes is never seen, as the first frame covers
 * every pixel. Only with the software renderer, before the first frame. */
void window_memory_touch(SDL_Window *window);

#endif
