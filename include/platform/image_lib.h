/* image_lib: SDL2_image, loaded when it is first needed instead of linked.
 * Linking it made every start 3.5 ms slower, a tenth of a bare SDL
 * program's start-up: it brings its codecs (TIFF, WebP, JPEG, and the C++
 * runtime TIFF needs), where the game only reads SVG icons and writes PNG
 * pictures, and the command line's work (--check, --summary, ...) needs
 * none of it. The game loads it before its window (preload.c). Once
 * loaded it stays for the life of the process. */
#ifndef ALLIANTIESPEL_UI_IMAGE_LIB_H
#define ALLIANTIESPEL_UI_IMAGE_LIB_H

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Loads the library (once; safe from any thread). False with a sentence
 * in err when it cannot be found or is not the SDL2_image we need. */
bool image_lib_open(char *err, size_t err_size);

/* IMG_LoadSizedSVG_RW: the SVG in rw rasterised at w x h; NULL with the
 * reason in SDL_GetError(). Does not close rw. */
SDL_Surface *image_lib_svg(SDL_RWops *rw, int w, int h);

/* IMG_SavePNG_RW into an open stream (the caller checks and closes it,
 * so a full disk is noticed): 0, or -1 with the reason in SDL_GetError(). */
int image_lib_save_png(SDL_Surface *surface, FILE *out);

#endif
