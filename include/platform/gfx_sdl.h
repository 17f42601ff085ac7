/* gfx_sdl: what the SDL side of the drawing interface shares among its
 * files (gfx_sdl.c, gfx_shadow.c) and with the platform's loop. */
#ifndef ALLIANTIESPEL_PLATFORM_GFX_SDL_H
#define ALLIANTIESPEL_PLATFORM_GFX_SDL_H

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

#include "gfx.h"
#include "platform.h"

/* The white disc's size: shapes and chips are cut from it, and no shadow
 * is larger. */
#define GFX_SDL_DISC_SIZE 256

/* One ring of a chip: a disc of this diameter (of GFX_SDL_DISC_SIZE) and
 * colour, laid over the ones before it. */
typedef struct {
    int diameter;
    gfx_color color;
} gfx_sdl_ring;

/* A picture made by hand, pixel by pixel, straight into a texture's
 * memory (no second picture to copy from). */
typedef struct {
    SDL_Texture *texture;
    Uint8 *pixels;
    int pitch;
} gfx_sdl_picture;

/* Makes the disc texture; false with a sentence in err. */
bool gfx_sdl_init(platform *p, char *err, size_t err_size);
/* Drops every texture made for the renderer (shapes, chips, shadows, the
 * felt's); safe on a zeroed platform. */
void gfx_sdl_shutdown(platform *p);
/* Whether the felt and texts go straight into the window's memory (the
 * software renderer; see gfx_sdl.c). */
bool gfx_sdl_uses_window_memory(platform *p);
/* A felt made elsewhere (at start, by preload.c) taken as the
 * table's when it has the window's size; made is left empty either way. */
void gfx_sdl_adopt_felt(platform *p, felt *made);

/* Drawing calls report failure as a value; the first failure of a frame
 * is kept (the platform's draw_error) and app_step says it once. */
void gfx_sdl_check(platform *p, int rc);
/* Every copy goes through here: nothing while the handle is dry. */
int gfx_sdl_copy(platform *p, SDL_Texture *t, const SDL_Rect *src,
                 const SDL_Rect *dst);
SDL_Rect gfx_sdl_rect(layout_rect r);
bool gfx_sdl_picture_begin(platform *p, int w, int h, gfx_sdl_picture *pic);
Uint32 *gfx_sdl_picture_row(const gfx_sdl_picture *pic, int y);
/* The finished picture as a texture drawn with this blend mode; NULL on
 * failure. */
SDL_Texture *gfx_sdl_picture_end(gfx_sdl_picture *pic, SDL_BlendMode blend);

/* Drops the cached shadow textures (gfx_shadow.c). */
void gfx_shadow_forget(platform *p);


/* The drawing interface's functions (gfx.h) as SDL draws them; platform.c
 * puts them in the table it hands the app. */
void gfx_sdl_op_frame_begin(gfx *g, int *w, int *h);
void gfx_sdl_op_clear(gfx *g);
void gfx_sdl_op_fill(gfx *g, layout_rect r, gfx_color c);
void gfx_sdl_op_round_rect(gfx *g, layout_rect r, int radius, gfx_color c);
void gfx_sdl_op_disc(gfx *g, layout_rect r, gfx_color c);
void gfx_sdl_op_shadow(gfx *g, layout_rect r, int radius, int spread,
                       int drop);
bool gfx_sdl_op_chip(gfx *g, layout_rect r, bool face_down);
bool gfx_sdl_op_icon(gfx *g, const char *name, int size, layout_rect r);
int gfx_sdl_op_text_fit(gfx *g, const char *text, int max_size, int min_size,
                        bool bold, int w, int h);
bool gfx_sdl_op_text_measure(gfx *g, const char *text, int size, bool bold,
                             int wrap_width, int *w, int *h);
bool gfx_sdl_op_text(gfx *g, const char *text, int size, bool bold,
                     gfx_color color, layout_rect box, gfx_align align,
                     bool middle, layout_rect *used);
bool gfx_sdl_op_set_fullscreen(gfx *g, bool on);
bool gfx_sdl_op_save_png(gfx *g, char *path, size_t size,
                         error_list *errors);

#endif
