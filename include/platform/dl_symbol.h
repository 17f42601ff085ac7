/* dl_symbol: libraries loaded only when needed (SDL2_image, fontconfig,
 * espeak-ng), through SDL_LoadObject: dlopen on Linux, LoadLibrary on
 * Windows, the same calls for both. */
#ifndef ALLIANTIESPEL_DL_SYMBOL_H
#define ALLIANTIESPEL_DL_SYMBOL_H

#include <stdbool.h>
#include <stddef.h>

/* The library by file name, or NULL. */
void *dl_open(const char *name);
void dl_close(void *lib);
/* Copies the address of name in lib into *fn (a function pointer of
 * fn_size bytes); false when lib has no such symbol. */
bool dl_symbol(void *lib, const char *name, void *fn, size_t fn_size);

#endif
