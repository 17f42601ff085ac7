/* text_cache: text rendered once with SDL_ttf into pictures and kept,
 * keyed by text, size, weight, colour, wrap width and alignment; the
 * fonts are text_font's, the lines, measurements and fits text_measure's
 * (so measuring and drawing agree), asked through this cache. */
#ifndef ALLIANTIESPEL_TEXT_CACHE_H
#define ALLIANTIESPEL_TEXT_CACHE_H

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

#include "gfx.h"

typedef struct text_cache text_cache;

/* Owned by the cache and valid until the next clear. One of the two is
 * set: a texture, or with keep_surfaces (below) a surface. */
typedef struct {
    SDL_Texture *texture;
    SDL_Surface *surface;
    int w, h;
} text_image;

/* Opens both font files (text_font_open). Returns NULL and a sentence in
 * err when either cannot be used. */
text_cache *text_cache_new(const char *regular_path, const char *bold_path,
                           char *err, size_t err_size);
void text_cache_free(text_cache *tc);

/* The renderer texts are drawn with (the cache is made before the
 * window is, by preload.c). With keep_surfaces texts are kept as surfaces
 * instead of textures: for the software renderer, whose caller puts them
 * straight into the window's memory (making a texture would copy every
 * text into fresh memory once more). */
void text_cache_use_renderer(text_cache *tc, SDL_Renderer *renderer,
                             bool keep_surfaces);

/* A new frame begins: texts not drawn for a while may be let go once the
 * cache is large (see TEXT_CACHE_SOFT_BYTES in text_cache.c). */
void text_cache_frame(text_cache *tc);
/* Drops every picture and remembered fit (after the renderer was reset,
 * when the window changed size, or to bound memory). The font objects
 * stay: they are given each text's size anyway. */
void text_cache_clear(text_cache *tc);

/* The text as one picture, wrapped at wrap_width pixels (0: no wrapping).
 * Empty text gives no picture, w = h = 0 and true. */
bool text_cache_get(text_cache *tc, const char *text, int size, bool bold,
                    SDL_Color color, int wrap_width, gfx_align align,
                    text_image *out);

/* Width and height the wrapped text would take. */
bool text_cache_measure(text_cache *tc, const char *text, int size, bool bold,
                        int wrap_width, int *w, int *h);

/* The largest size from max_size down to min_size (in steps of about 8%)
 * at which the wrapped text fits w x h; min_size when none does. */
int text_cache_fit(text_cache *tc, const char *text, int max_size,
                   int min_size, bool bold, int w, int h);

/* How many pictures are cached (for tests). */
size_t text_cache_count(const text_cache *tc);
/* How many times text was rendered by SDL_ttf (for tests: no re-render
 * of unchanged text). */
size_t text_cache_renders(const text_cache *tc);

#endif
