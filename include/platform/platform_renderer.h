/* platform_renderer: which renderer the game's window gets, decided
 * before the window is made, and why in words (--version --verbose). */
#ifndef ALLIANTIESPEL_PLATFORM_RENDERER_H
#define ALLIANTIESPEL_PLATFORM_RENDERER_H

#include <stdbool.h>
#include <stdio.h>

/* Which renderer a real window gets, and why in words. */
typedef struct {
    bool software;  /* SDL's software renderer, framebuffer acceleration off */
    char why[256];  /* e.g. "OpenGL is llvmpipe (...), a software one" */
} platform_renderer;

/* Decides after SDL_Init(SDL_INIT_VIDEO) and before any window is made:
 * headless drivers (offscreen, dummy) draw in software;
 * $ALLIANTIESPEL_RENDERER=software|accelerated forces either; otherwise
 * software when the only OpenGL is a software one (llvmpipe, softpipe,
 * swrast), accelerated with a real GPU. Without probe, a computer with no
 * GPU device (no /dev/dri render node) or with LIBGL_ALWAYS_SOFTWARE set
 * is answered without loading OpenGL; with probe (and always when there
 * is a GPU device) OpenGL is asked for its renderer's name through a
 * hidden window: by app_open in a child process it started before SDL
 * (gl_probe.h), so the GL driver (llvmpipe's LLVM) never loads into the
 * game; with probe (--version --verbose) in this process. */
void platform_renderer_choose(bool probe, platform_renderer *out);
/* For --version --verbose: starts SDL's video without opening a window
 * anyone sees, writes "video driver: ..." and "renderer: software|accelerated
 * (why)" to out, stops it. Returns the exit code. */
int platform_renderer_describe(FILE *out);

/* True when SDL's video driver draws into memory (offscreen, dummy). */
bool platform_renderer_headless(void);
/* Where platform_renderer_choose will ask OpenGL, starts asking it in a
 * child process (gl_probe.h). Call before SDL_Init and any thread. */
void platform_renderer_probe_start(void);

#endif
