/* gfx_shadow: the soft shadow under cards and buttons (see gfx.h): one
 * 9-slice texture per (spread, radius), composed once and kept until the
 * window size changes; drawn layer by layer when it cannot be made. */
#include "gfx_sdl.h"

#include <math.h>

/* The shadow's layers: rounded rectangles grown by i pixels, darker
 * towards the shape. Both ways of drawing a shadow below follow this. */
#define GFX_SHADOW_RGB 8, 20, 14
static int gfx_shadow_step(int spread)
{
    return spread > 6 ? 2 : 1;
}
static Uint8 gfx_shadow_alpha(int spread, int i)
{
    return (Uint8)(14 + (spread - i) * 3);
}

/* The shadow drawn layer by layer: the way it was first drawn, kept for
 * when a shadow texture cannot be made. */
static void gfx_shadow_layers(platform *p, layout_rect r, int radius,
                              int spread, int drop)
{
    for (int i = spread; i >= 1; i -= gfx_shadow_step(spread)) {
        layout_rect s = {r.x - i + drop / 2, r.y - i + drop, r.w + 2 * i,
                         r.h + 2 * i};
        gfx_color c = {GFX_SHADOW_RGB, gfx_shadow_alpha(spread, i)};
        gfx_sdl_op_round_rect(p->gfx, s, radius + i, c);
    }
}

/* The layers of a shadow for a shape of (2*radius+1) pixels square,
 * composed once into one texture of (2*k+1) pixels, k = spread + radius:
 * its corners are the shadow's corners, its middle row and column stretch
 * along the edges. Coverage is computed per pixel, as the disc is. */
static SDL_Texture *gfx_shadow_make(platform *p, int spread, int radius)
{
    int k = spread + radius, size = 2 * k + 1;
    gfx_sdl_picture pic;
    if (!gfx_sdl_picture_begin(p, size, size, &pic))
        return NULL;
    for (int y = 0; y < size; y++) {
        Uint32 *row = gfx_sdl_picture_row(&pic, y);
        /* distance from the nearest corner centre, per axis (0 along the
         * straight middle) */
        float dy = y < k ? (float)k - ((float)y + 0.5f)
                   : y > k ? ((float)y + 0.5f) - (float)(k + 1) : 0.0f;
        for (int x = 0; x < size; x++) {
            float dx = x < k ? (float)k - ((float)x + 0.5f)
                       : x > k ? ((float)x + 0.5f) - (float)(k + 1) : 0.0f;
            float d = sqrtf(dx * dx + dy * dy);
            float clear = 1.0f; /* how much of what lies below shows */
            for (int i = spread; i >= 1; i -= gfx_shadow_step(spread)) {
                float cover = (float)(radius + i) - d + 0.5f;
                if (cover <= 0.0f)
                    continue;
                if (cover > 1.0f)
                    cover = 1.0f;
                clear *= 1.0f - cover * (float)gfx_shadow_alpha(spread, i) / 255.0f;
            }
            Uint32 av = (Uint32)((1.0f - clear) * 255.0f + 0.5f);
            row[x] = (av << 24) | ((Uint32)8 << 16) | ((Uint32)20 << 8) | 14u;
        }
    }
    return gfx_sdl_picture_end(&pic, SDL_BLENDMODE_BLEND);
}

void gfx_shadow_forget(platform *p)
{
    for (size_t i = 0; i < p->shadow_count; i++)
        SDL_DestroyTexture(p->shadows[i].texture);
    p->shadow_count = 0;
}

static SDL_Texture *gfx_shadow_texture(platform *p, int spread, int radius)
{
    for (size_t i = 0; i < p->shadow_count; i++)
        if (p->shadows[i].spread == spread && p->shadows[i].radius == radius)
            return p->shadows[i].texture;
    if (spread + radius > GFX_SDL_DISC_SIZE)
        return NULL; /* larger than any shape the game draws */
    if (p->shadow_count == PLATFORM_SHADOW_CACHE)
        gfx_shadow_forget(p);
    SDL_Texture *t = gfx_shadow_make(p, spread, radius);
    if (t == NULL)
        return NULL;
    p->shadows[p->shadow_count].spread = spread;
    p->shadows[p->shadow_count].radius = radius;
    p->shadows[p->shadow_count].texture = t;
    p->shadow_count++;
    return t;
}

static void gfx_shadow_copy(platform *p, SDL_Texture *t, SDL_Rect src, SDL_Rect dst)
{
    if (dst.w > 0 && dst.h > 0)
        gfx_sdl_check(p, gfx_sdl_copy(p, t, &src, &dst));
}

/* Copies src to dst except where dst meets cover, a rectangle the caller
 * paints opaque right after. The copy may stretch a one-pixel row or
 * column of src; along an axis where it is not stretched it is 1:1, so a
 * piece of dst maps back to the same piece of src. */
static void gfx_shadow_copy_outside(platform *p, SDL_Texture *t, SDL_Rect src,
                              SDL_Rect dst, SDL_Rect cover)
{
    SDL_Rect in;
    if (dst.w <= 0 || dst.h <= 0)
        return;
    if (!SDL_IntersectRect(&dst, &cover, &in)) {
        gfx_shadow_copy(p, t, src, dst);
        return;
    }
    const SDL_Rect parts[4] = {
        {dst.x, dst.y, dst.w, in.y - dst.y},                        /* above */
        {dst.x, in.y + in.h, dst.w, dst.y + dst.h - (in.y + in.h)}, /* below */
        {dst.x, in.y, in.x - dst.x, in.h},                          /* left */
        {in.x + in.w, in.y, dst.x + dst.w - (in.x + in.w), in.h},   /* right */
    };
    for (int i = 0; i < 4; i++) {
        SDL_Rect part = parts[i], from = src;
        if (src.w == dst.w) {
            from.x += part.x - dst.x;
            from.w = part.w;
        }
        if (src.h == dst.h) {
            from.y += part.y - dst.y;
            from.h = part.h;
        }
        gfx_shadow_copy(p, t, from, part);
    }
}

void gfx_sdl_op_shadow(gfx *g, layout_rect r, int radius, int spread,
                       int drop)
{
    platform *p = gfx_owner(g);
    if (r.w <= 0 || r.h <= 0 || spread < 1)
        return;
    if (radius * 2 > r.w)
        radius = r.w / 2;
    if (radius * 2 > r.h)
        radius = r.h / 2;
    if (radius < 0)
        radius = 0;
    SDL_Texture *t = gfx_shadow_texture(p, spread, radius);
    if (t == NULL) {
        gfx_shadow_layers(p, r, radius, spread, drop);
        return;
    }
    int k = spread + radius;
    int x0 = r.x - spread + drop / 2, y0 = r.y - spread + drop;
    int x1 = x0 + r.w + 2 * spread - k, y1 = y0 + r.h + 2 * spread - k;
    int mw = x1 - (x0 + k), mh = y1 - (y0 + k); /* the stretched middle */
    gfx_shadow_copy(p, t, (SDL_Rect){0, 0, k, k}, (SDL_Rect){x0, y0, k, k});
    gfx_shadow_copy(p, t, (SDL_Rect){k + 1, 0, k, k}, (SDL_Rect){x1, y0, k, k});
    gfx_shadow_copy(p, t, (SDL_Rect){0, k + 1, k, k}, (SDL_Rect){x0, y1, k, k});
    gfx_shadow_copy(p, t, (SDL_Rect){k + 1, k + 1, k, k}, (SDL_Rect){x1, y1, k, k});
    /* The shape drawn right after covers its middle opaque: the band
     * between its round corners, across (wide) and down (tall). What lies
     * beneath is not drawn: most of a shadow's area, and the straight
     * edges are stretched copies, the costliest kind. */
    SDL_Rect wide = {r.x, r.y + radius, r.w, r.h - 2 * radius};
    SDL_Rect tall = {r.x + radius, r.y, r.w - 2 * radius, r.h};
    gfx_shadow_copy_outside(p, t, (SDL_Rect){k, 0, 1, k},
                      (SDL_Rect){x0 + k, y0, mw, k}, tall);
    gfx_shadow_copy_outside(p, t, (SDL_Rect){k, k + 1, 1, k},
                      (SDL_Rect){x0 + k, y1, mw, k}, tall);
    gfx_shadow_copy_outside(p, t, (SDL_Rect){0, k, k, 1},
                      (SDL_Rect){x0, y0 + k, k, mh}, wide);
    gfx_shadow_copy_outside(p, t, (SDL_Rect){k + 1, k, k, 1},
                      (SDL_Rect){x1, y0 + k, k, mh}, wide);
    gfx_shadow_copy_outside(p, t, (SDL_Rect){k, k, 1, 1},
                      (SDL_Rect){x0 + k, y0 + k, mw, mh}, wide);
}

