/* gfx: the calls of the drawing interface, through the table of the
 * platform that opened the app (see gfx.h). */
#include "gfx.h"

#include <string.h>

#include "app.h"

void gfx_frame_begin(app *a)
{
    a->gfx->frame_begin(a);
}

void gfx_clear(app *a)
{
    a->gfx->clear(a);
}

void gfx_fill(app *a, layout_rect r, gfx_color c)
{
    a->gfx->fill(a, r, c);
}

void gfx_round_rect(app *a, layout_rect r, int radius, gfx_color c)
{
    a->gfx->round_rect(a, r, radius, c);
}

void gfx_disc(app *a, layout_rect r, gfx_color c)
{
    a->gfx->disc(a, r, c);
}

void gfx_shadow(app *a, layout_rect r, int radius)
{
    a->gfx->shadow(a, r, radius);
}

bool gfx_chip(app *a, layout_rect r, bool face_down)
{
    return a->gfx->chip(a, r, face_down);
}

bool gfx_icon(app *a, const char *name, int size, layout_rect r)
{
    return a->gfx->icon(a, name, size, r);
}

int gfx_text_fit(app *a, const char *text, int max_size, int min_size, bool bold, int w, int h)
{
    return a->gfx->text_fit(a, text, max_size, min_size, bold, w, h);
}

bool gfx_text_measure(app *a, const char *text, int size, bool bold, int wrap_width, int *w, int *h)
{
    return a->gfx->text_measure(a, text, size, bold, wrap_width, w, h);
}

bool gfx_text(app *a, const char *text, int size, bool bold, gfx_color color, layout_rect box, gfx_align align, bool middle, layout_rect *used)
{
    return a->gfx->text(a, text, size, bold, color, box, align, middle, used);
}

void gfx_toggle_fullscreen(app *a)
{
    a->gfx->toggle_fullscreen(a);
}

bool gfx_save_png(app *a, char *path, size_t size, error_list *errors)
{
    return a->gfx->save_png(a, path, size, errors);
}

bool gfx_offers_files(const app *a)
{
    return a->gfx->offer_file != NULL;
}

bool gfx_offer_file(app *a, const char *path, const char *type)
{
    if (a->gfx->offer_file == NULL)
        return false;
    const char *name = strrchr(path, '/');
    return a->gfx->offer_file(a, path, name ? name + 1 : path, type);
}
