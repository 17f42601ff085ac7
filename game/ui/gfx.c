/* gfx: the handle the UI draws through and the calls of the platform's
 * table (see gfx.h). */
#include "gfx.h"

#include <stdlib.h>

#include "datadir.h"

struct gfx {
    const gfx_ops *ops;
    void *owner;                  /* the platform's state */
    bool dry;                     /* warming caches: nothing drawn */
    const gfx_recorder *recorder; /* tests: told what is drawn */
};

gfx *gfx_new(const gfx_ops *ops, void *owner)
{
    gfx *g = calloc(1, sizeof *g);
    if (g == NULL)
        return NULL;
    g->ops = ops;
    g->owner = owner;
    return g;
}

void gfx_free(gfx *g)
{
    free(g);
}

void *gfx_owner(const gfx *g)
{
    return g->owner;
}

void gfx_set_dry(gfx *g, bool dry)
{
    g->dry = dry;
}

bool gfx_dry(const gfx *g)
{
    return g->dry;
}

void gfx_set_recorder(gfx *g, const gfx_recorder *recorder)
{
    g->recorder = recorder;
}

void gfx_record(gfx *g, const gfx_mark *m)
{
    if (g->recorder != NULL && !g->dry)
        g->recorder->mark(g->recorder->data, m);
}

void gfx_frame_begin(gfx *g, int *w, int *h)
{
    g->ops->frame_begin(g, w, h);
    if (g->recorder != NULL && g->recorder->frame != NULL)
        g->recorder->frame(g->recorder->data);
}

void gfx_clear(gfx *g)
{
    g->ops->clear(g);
}

void gfx_fill(gfx *g, layout_rect r, gfx_color c)
{
    g->ops->fill(g, r, c);
}

void gfx_round_rect(gfx *g, layout_rect r, int radius, gfx_color c)
{
    g->ops->round_rect(g, r, radius, c);
}

void gfx_disc(gfx *g, layout_rect r, gfx_color c)
{
    g->ops->disc(g, r, c);
}

void gfx_shadow(gfx *g, layout_rect r, int radius, int spread, int drop)
{
    g->ops->shadow(g, r, radius, spread, drop);
}

bool gfx_chip(gfx *g, layout_rect r, bool face_down)
{
    return g->ops->chip(g, r, face_down);
}

bool gfx_icon(gfx *g, const char *name, int size, layout_rect r)
{
    return g->ops->icon(g, name, size, r);
}

int gfx_text_fit(gfx *g, const char *text, int max_size, int min_size,
                 bool bold, int w, int h)
{
    return g->ops->text_fit(g, text, max_size, min_size, bold, w, h);
}

bool gfx_text_measure(gfx *g, const char *text, int size, bool bold,
                      int wrap_width, int *w, int *h)
{
    return g->ops->text_measure(g, text, size, bold, wrap_width, w, h);
}

bool gfx_text(gfx *g, const char *text, int size, bool bold,
              gfx_color color, layout_rect box, gfx_align align, bool middle,
              layout_rect *used)
{
    return g->ops->text(g, text, size, bold, color, box, align, middle,
                        used);
}

bool gfx_set_fullscreen(gfx *g, bool on)
{
    return g->ops->set_fullscreen(g, on);
}

bool gfx_save_png(gfx *g, char *path, size_t size, error_list *errors)
{
    return g->ops->save_png(g, path, size, errors);
}

bool gfx_offers_files(const gfx *g)
{
    return g->ops->offer_file != NULL;
}

bool gfx_offer_file(gfx *g, const char *path, const char *type)
{
    if (g->ops->offer_file == NULL)
        return false;
    return g->ops->offer_file(g, path, datadir_base_name(path), type);
}
