/* dl_symbol: one function from a library loaded with dlopen (SDL2_image,
 * fontconfig, espeak-ng are loaded only when needed). */
#ifndef ALLIANTIESPEL_DL_SYMBOL_H
#define ALLIANTIESPEL_DL_SYMBOL_H

#include <stdbool.h>
#include <stddef.h>

/* Copies the address of name in lib into *fn (a function pointer of
 * fn_size bytes); false when lib has no such symbol. */
bool dl_symbol(void *lib, const char *name, void *fn, size_t fn_size);

#endif
