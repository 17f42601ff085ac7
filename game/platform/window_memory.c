/* window_memory: see window_memory.h. */
#define _DEFAULT_SOURCE /* madvise */
#include "window_memory.h"

#include <stdint.h>
#ifndef _WIN32
#include <unistd.h>
#endif
#ifdef __linux__
#include <sys/mman.h>
#endif

void window_memory_touch(SDL_Window *window)
{
    SDL_Surface *s = SDL_GetWindowSurface(window);
#ifdef _WIN32
    long page = 4096; /* every Windows on x86-64 */
#else
    long page = sysconf(_SC_PAGESIZE);
#endif
    if (s == NULL || s->pixels == NULL || s->pitch <= 0 || s->h <= 0 ||
        page <= 0)
        return;
    /* whole pages inside the picture only: the bytes around it are not
     * ours to write */
    size_t size = (size_t)page;
    size_t total = (size_t)s->pitch * (size_t)s->h;
    size_t lead = (size - (size_t)((uintptr_t)s->pixels % size)) % size;
    if (total <= lead || total - lead < size)
        return;
    unsigned char *start = (unsigned char *)s->pixels + lead;
    size_t length = (total - lead) / size * size;
#ifdef MADV_POPULATE_WRITE
    /* The kernel maps every page in one call instead of a fault each
     * (Linux 5.14 and newer; an older one says EINVAL, and the loop below
     * does it all). In a virtual machine the first write to each page
     * still costs a fault of the host's, hence the loop in any case. */
    (void)madvise(start, length, MADV_POPULATE_WRITE);
#endif
    /* The first frame covers every pixel (the felt, or the plain colour
     * of the table): what is written here is never seen. */
    for (size_t at = 0; at < length; at += size)
        ((volatile unsigned char *)start)[at] = 0;
}
