/* window_memory: the window's memory made ready before the first frame.
 * With the software renderer SDL gives the window a picture in fresh
 * memory (under X11 a shared-memory segment, 8 MB at 1920x1080), and the
 * first frame paid a page fault for every 4 KB of it while spreading the
 * felt: 25-40 ms of a start-up under Xvfb on the benchmark's virtual
 * machine, 1 ms once touched. Touched in one go (the kernel maps the
 * pages in one call) it still pays with nothing else to do meanwhile:
 * without it the first frame under Xvfb came 8-28 % later, measured
 * side by side (docs/performance.md). app_open calls window_memory_touch
 * once the renderer is made. */
#ifndef ALLIANTIESPEL_PLATFORM_WINDOW_MEMORY_H
#define ALLIANTIESPEL_PLATFORM_WINDOW_MEMORY_H

#include <SDL.h>

/* Maps and writes every page of the window's picture (SDL's window
 * surface): what it writes is never seen, as the first frame covers
 * every pixel. Only with the software renderer, before the first frame. */
void window_memory_touch(SDL_Window *window);

#endif
