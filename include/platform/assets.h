/* assets: the system font (found with fontconfig) and the SVG icons from
 * data_dir/assets/icons, rasterised at the size they are drawn. */
#ifndef ALLIANTIESPEL_ASSETS_H
#define ALLIANTIESPEL_ASSETS_H

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct assets assets;

/* Finds "DejaVu Sans" (regular and bold): first at Debian's path, then
 * through fontconfig (always, when ALLIANTIESPEL_FONTCONFIG_ONLY is set,
 * so tests take that way too), which is loaded with dlopen the first
 * time it is needed (libfontconfig.so.1; not linked). Returns false
 * and a sentence in err when no usable font is found. */
bool assets_find_fonts(const char *data_dir, char *regular,
                       size_t regular_size, char *bold, size_t bold_size,
                       char *err, size_t err_size);

/* Opens the icon folder. Nothing is read yet. The renderer may be NULL
 * until the icons are drawn (they are read while the window opens). */
assets *assets_new(SDL_Renderer *renderer, const char *icons_dir);
void assets_set_renderer(assets *a, SDL_Renderer *renderer);
void assets_free(assets *a);

/* Reads icon NAME.svg into memory and checks that it parses. Returns false
 * with a sentence in err when the file exists but cannot be used; a file
 * that does not exist is not an error when required is false (the option
 * is then drawn as its number). */
bool assets_preload(assets *a, const char *name, bool required, char *err,
                    size_t err_size);

/* The icon rasterised at size x size pixels, cached; NULL when the icon is
 * missing or cannot be drawn. */
SDL_Texture *assets_icon(assets *a, const char *name, int size);

/* Drops every rasterised texture (the SVG text stays). */
void assets_clear_textures(assets *a);

#endif
