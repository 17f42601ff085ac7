/* draw: see draw.h. */
#include "draw.h"

#include <stdlib.h>

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "felt.h"
#include "i18n.h"

#define DRAW_DISC_SIZE 256

/* Drawing calls report failure as a value; the first failure of a frame
 * is kept and app_step says it once, the frame goes on. */
static void draw_check(app *a, int rc)
{
    if (rc != 0 && a->draw_error[0] == '\0')
        snprintf(a->draw_error, sizeof a->draw_error, "%s", SDL_GetError());
}

/* Every pixel the game draws goes through these three; while warming the
 * caches (a->dry_draw) they draw nothing. */
static int draw_sdl_copy(app *a, SDL_Texture *t, const SDL_Rect *src,
                         const SDL_Rect *dst)
{
    return a->dry_draw ? 0 : SDL_RenderCopy(a->renderer, t, src, dst);
}

static int draw_sdl_fill(app *a, const SDL_Rect *r)
{
    return a->dry_draw ? 0 : SDL_RenderFillRect(a->renderer, r);
}

static int draw_sdl_clear(app *a)
{
    return a->dry_draw ? 0 : SDL_RenderClear(a->renderer);
}

static SDL_Rect draw_sdl(layout_rect r)
{
    SDL_Rect s = {r.x, r.y, r.w, r.h};
    return s;
}

/* One ring of a chip: a disc of this diameter (of DRAW_DISC_SIZE) and
 * colour, laid over the ones before it. */
typedef struct {
    int diameter;
    SDL_Color color;
} draw_ring;

/* A picture made by hand, pixel by pixel, straight into a texture's
 * memory (no second picture to copy from). */
typedef struct {
    SDL_Texture *texture;
    Uint8 *pixels;
    int pitch;
} draw_picture;

static bool draw_picture_begin(app *a, int w, int h, draw_picture *p)
{
    void *pixels = NULL;
    p->texture = SDL_CreateTexture(a->renderer, SDL_PIXELFORMAT_ARGB8888,
                                   SDL_TEXTUREACCESS_STREAMING, w, h);
    if (p->texture == NULL ||
        SDL_LockTexture(p->texture, NULL, &pixels, &p->pitch) != 0) {
        if (p->texture != NULL)
            SDL_DestroyTexture(p->texture);
        p->texture = NULL;
        return false;
    }
    p->pixels = pixels;
    return true;
}

static Uint32 *draw_picture_row(const draw_picture *p, int y)
{
    return (Uint32 *)(p->pixels + (size_t)y * (size_t)p->pitch);
}

/* The finished picture as a texture drawn with this blend mode; NULL on
 * failure. */
static SDL_Texture *draw_picture_end(draw_picture *p, SDL_BlendMode blend)
{
    SDL_UnlockTexture(p->texture);
    if (SDL_SetTextureBlendMode(p->texture, blend) != 0) {
        SDL_DestroyTexture(p->texture);
        return NULL;
    }
    return p->texture;
}

/* The colour of concentric rings at distance d from their centre, each
 * ring covering what lies below it (coverage by the pixel's distance). */
static Uint32 draw_rings_pixel(const draw_ring *rings, int n, float d)
{
    float oa = 0.0f, orr = 0.0f, og = 0.0f, ob = 0.0f; /* premultiplied */
    for (int i = 0; i < n; i++) {
        float cover = (float)rings[i].diameter / 2.0f - d + 0.5f;
        cover = cover < 0.0f ? 0.0f : cover > 1.0f ? 1.0f : cover;
        float ia = cover * (float)rings[i].color.a / 255.0f;
        orr = (float)rings[i].color.r * ia + orr * (1.0f - ia);
        og = (float)rings[i].color.g * ia + og * (1.0f - ia);
        ob = (float)rings[i].color.b * ia + ob * (1.0f - ia);
        oa = ia + oa * (1.0f - ia);
    }
    if (oa <= 0.0f)
        return 0;
    Uint32 r = (Uint32)(orr / oa + 0.5f), g = (Uint32)(og / oa + 0.5f),
           b = (Uint32)(ob / oa + 0.5f), av = (Uint32)(oa * 255.0f + 0.5f);
    return (av << 24) | (r << 16) | (g << 8) | b;
}

/* Concentric discs composed once into one texture, so a chip costs one
 * scaled copy a frame instead of one per disc. The diameters follow the
 * insets draw_token used to draw them with. */
static SDL_Texture *draw_make_rings(app *a, const draw_ring *rings, int n)
{
    draw_picture pic;
    if (!draw_picture_begin(a, DRAW_DISC_SIZE, DRAW_DISC_SIZE, &pic))
        return NULL;
    /* Only the rings' edges need the blend per pixel: inside the smallest
     * disc every pixel is the same, outside the largest it is clear (with
     * a pixel's margin, so the edges get exactly the full computation).
     * The picture is symmetric, so one quarter is computed and mirrored. */
    float rmin = (float)DRAW_DISC_SIZE, rmax = 0.0f;
    for (int i = 0; i < n; i++) {
        float r = (float)rings[i].diameter / 2.0f;
        rmin = r < rmin ? r : rmin;
        rmax = r > rmax ? r : rmax;
    }
    Uint32 inside = draw_rings_pixel(rings, n, 0.0f);
    float full = rmin > 1.0f ? (rmin - 1.0f) * (rmin - 1.0f) : -1.0f;
    float clear = (rmax + 1.0f) * (rmax + 1.0f);
    int half = DRAW_DISC_SIZE / 2, last = DRAW_DISC_SIZE - 1;
    float c = (float)half;
    for (int y = 0; y < half; y++) {
        Uint32 *top = draw_picture_row(&pic, y);
        Uint32 *bottom = draw_picture_row(&pic, last - y);
        for (int x = 0; x < half; x++) {
            float dx = (float)x + 0.5f - c, dy = (float)y + 0.5f - c;
            float d2 = dx * dx + dy * dy;
            Uint32 px = d2 >= clear  ? 0
                        : d2 <= full ? inside
                                     : draw_rings_pixel(rings, n, sqrtf(d2));
            top[x] = top[last - x] = bottom[x] = bottom[last - x] = px;
        }
    }
    return draw_picture_end(&pic, SDL_BLENDMODE_BLEND);
}

/* The chips' insets, as draw_token draws them at any size. */
static int draw_chip_face_inset(int w) { return w / 16 + 1; }
static int draw_chip_back_inset(int w) { return w / 12 + 1; }
static int draw_chip_back_inset2(int w) { return w / 6; }

static void draw_make_chips(app *a)
{
    int n = DRAW_DISC_SIZE;
    draw_ring face[2] = {{n, DRAW_PAPER_EDGE},
                         {n - 2 * draw_chip_face_inset(n), DRAW_PAPER}};
    int in = n - 2 * draw_chip_back_inset(n);
    draw_ring back[3] = {{n, DRAW_CREAM},
                         {in, DRAW_BACK},
                         {in - 2 * draw_chip_back_inset2(in),
                          (SDL_Color){255, 235, 210, 50}}};
    /* NULL is fine: draw_token then draws disc by disc */
    a->chip_face = draw_make_rings(a, face, 2);
    a->chip_back = draw_make_rings(a, back, 3);
    a->chips_made = true;
}

bool draw_init(app *a, char *err, size_t err_size)
{
    /* The plain white disc is the one-ring case of the chips' picture. */
    const draw_ring white[1] = {{DRAW_DISC_SIZE, {255, 255, 255, 255}}};
    a->disc = draw_make_rings(a, white, 1);
    if (a->disc == NULL) {
        snprintf(err, err_size, "cannot make a texture: %s", SDL_GetError());
        return false;
    }
    return true;
}

static void draw_forget_shadows(app *a);
static void draw_forget_table(app *a);

void draw_shutdown(app *a)
{
    draw_forget_shadows(a);
    if (a->chip_face)
        SDL_DestroyTexture(a->chip_face);
    a->chip_face = NULL;
    if (a->chip_back)
        SDL_DestroyTexture(a->chip_back);
    a->chip_back = NULL;
    a->chips_made = false;
    draw_forget_table(a);
    if (a->disc)
        SDL_DestroyTexture(a->disc);
    a->disc = NULL;
}

void draw_trace(app *a, app_trace_kind kind, layout_rect rect,
                layout_rect container)
{
    if (!a->trace_on || a->dry_draw || a->trace_count >= APP_TRACE_MAX)
        return;
    app_trace_item *t = &a->trace[a->trace_count++];
    t->kind = kind;
    t->rect = rect;
    t->container = container;
    t->text[0] = '\0';
}

static void draw_color(app *a, SDL_Color c)
{
    draw_check(a, SDL_SetRenderDrawBlendMode(
                      a->renderer, c.a == 255 ? SDL_BLENDMODE_NONE
                                              : SDL_BLENDMODE_BLEND));
    draw_check(a, SDL_SetRenderDrawColor(a->renderer, c.r, c.g, c.b, c.a));
}

void draw_fill(app *a, layout_rect r, SDL_Color c)
{
    if (r.w <= 0 || r.h <= 0)
        return;
    draw_color(a, c);
    SDL_Rect s = draw_sdl(r);
    draw_check(a, draw_sdl_fill(a, &s));
}

uint32_t draw_felt_rgb(void)
{
    SDL_Color c = DRAW_FELT;
    return ((Uint32)c.r << 16) | ((Uint32)c.g << 8) | (Uint32)c.b;
}

/* With the software renderer the renderer draws into the window's own
 * memory, and the felt and the texts are put there directly: no second
 * full-size picture for the felt and no texture copy of every text
 * (fresh memory is what made start-up slow), and no scaled copy per
 * frame. Returns that memory with everything queued before drawn, or
 * NULL when it is not plain 32-bit pixels of the window's size (the
 * pictures then go through textures). */
static SDL_Surface *draw_window_surface(app *a)
{
    if (!a->software)
        return NULL;
    SDL_Surface *s = SDL_GetWindowSurface(a->window);
    if (s == NULL || s->w != a->out_w || s->h != a->out_h ||
        (s->format->format != SDL_PIXELFORMAT_RGB888 &&
         s->format->format != SDL_PIXELFORMAT_ARGB8888))
        return NULL;
    return s;
}

static SDL_Surface *draw_window_memory(app *a)
{
    SDL_Surface *s = draw_window_surface(a);
    /* what was queued before must land first, below */
    if (s == NULL || (!a->dry_draw && SDL_RenderFlush(a->renderer) != 0))
        return NULL;
    return s;
}

bool draw_uses_window_memory(app *a)
{
    return draw_window_surface(a) != NULL;
}

static bool draw_felt_in_window(app *a)
{
    SDL_Surface *s = draw_window_memory(a);
    if (s == NULL || s->w != a->felt.w || s->h != a->felt.h)
        return false;
    if (a->dry_draw)
        return true;
    if (SDL_LockSurface(s) != 0)
        return false;
    felt_spread(&a->felt, s->pixels, s->pitch);
    SDL_UnlockSurface(s);
    return true;
}

/* A text kept as a surface, blended into the window's memory; through a
 * passing texture when that memory cannot be used this frame. */
static int draw_surface(app *a, SDL_Surface *picture, const SDL_Rect *src,
                        const SDL_Rect *dst)
{
    if (a->dry_draw)
        return 0;
    SDL_Surface *s = draw_window_memory(a);
    if (s != NULL) {
        SDL_Rect d = *dst; /* SDL_BlitSurface writes the clipped rectangle */
        return SDL_BlitSurface(picture, src, s, &d);
    }
    SDL_Texture *t = SDL_CreateTextureFromSurface(a->renderer, picture);
    if (t == NULL)
        return -1;
    int rc = SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
    if (rc == 0)
        rc = SDL_RenderCopy(a->renderer, t, src, dst);
    SDL_DestroyTexture(t);
    return rc;
}

/* The felt as a texture: for renderers that draw on a GPU. */
static SDL_Texture *draw_make_table(app *a)
{
    draw_picture pic;
    if (!draw_picture_begin(a, a->felt.w, a->felt.h, &pic))
        return NULL;
    felt_spread(&a->felt, pic.pixels, pic.pitch);
    return draw_picture_end(&pic, SDL_BLENDMODE_NONE);
}

void draw_adopt_felt(app *a, felt *made)
{
    if (made->grain != NULL && a->felt.grain == NULL && made->w == a->out_w &&
        made->h == a->out_h) {
        a->felt = *made;
        memset(made, 0, sizeof *made);
    } else {
        felt_free(made);
    }
}

static void draw_forget_table(app *a)
{
    if (a->table)
        SDL_DestroyTexture(a->table);
    a->table = NULL;
    felt_free(&a->felt);
}

void draw_clear(app *a)
{
    if (a->felt.w != a->out_w || a->felt.h != a->out_h) {
        draw_forget_table(a);
        /* out of memory: the plain colour below still reads well */
        felt_make(&a->felt, a->out_w, a->out_h, draw_felt_rgb());
    }
    if (a->felt.grain != NULL && draw_felt_in_window(a))
        return;
    if (a->felt.grain != NULL && a->table == NULL)
        a->table = draw_make_table(a);
    if (a->table != NULL) {
        draw_check(a, draw_sdl_copy(a, a->table, NULL, NULL));
        return;
    }
    SDL_Color base = DRAW_FELT;
    draw_check(a, SDL_SetRenderDrawBlendMode(a->renderer, SDL_BLENDMODE_NONE));
    draw_check(a, SDL_SetRenderDrawColor(a->renderer, base.r, base.g, base.b, 255));
    draw_check(a, draw_sdl_clear(a));
}

static void draw_disc_part(app *a, SDL_Rect src, layout_rect dst)
{
    if (dst.w <= 0 || dst.h <= 0)
        return;
    SDL_Rect d = draw_sdl(dst);
    draw_check(a, draw_sdl_copy(a, a->disc, &src, &d));
}

void draw_round_rect(app *a, layout_rect r, int radius, SDL_Color c)
{
    if (r.w <= 0 || r.h <= 0)
        return;
    if (radius * 2 > r.w)
        radius = r.w / 2;
    if (radius * 2 > r.h)
        radius = r.h / 2;
    if (radius <= 0) {
        draw_fill(a, r, c);
        return;
    }
    draw_check(a, SDL_SetTextureColorMod(a->disc, c.r, c.g, c.b));
    draw_check(a, SDL_SetTextureAlphaMod(a->disc, c.a));
    int half = DRAW_DISC_SIZE / 2;
    draw_disc_part(a, (SDL_Rect){0, 0, half, half},
                   (layout_rect){r.x, r.y, radius, radius});
    draw_disc_part(a, (SDL_Rect){half, 0, half, half},
                   (layout_rect){r.x + r.w - radius, r.y, radius, radius});
    draw_disc_part(a, (SDL_Rect){0, half, half, half},
                   (layout_rect){r.x, r.y + r.h - radius, radius, radius});
    draw_disc_part(a, (SDL_Rect){half, half, half, half},
                   (layout_rect){r.x + r.w - radius, r.y + r.h - radius,
                                 radius, radius});
    draw_fill(a, (layout_rect){r.x + radius, r.y, r.w - 2 * radius, r.h}, c);
    draw_fill(a, (layout_rect){r.x, r.y + radius, radius, r.h - 2 * radius},
              c);
    draw_fill(a, (layout_rect){r.x + r.w - radius, r.y + radius, radius,
                               r.h - 2 * radius},
              c);
}

void draw_disc(app *a, layout_rect r, SDL_Color c)
{
    if (r.w <= 0 || r.h <= 0)
        return;
    draw_check(a, SDL_SetTextureColorMod(a->disc, c.r, c.g, c.b));
    draw_check(a, SDL_SetTextureAlphaMod(a->disc, c.a));
    SDL_Rect d = draw_sdl(r);
    draw_check(a, draw_sdl_copy(a, a->disc, NULL, &d));
}

/* The shadow's layers: rounded rectangles grown by i pixels, darker
 * towards the shape. Both ways of drawing a shadow below follow this. */
#define DRAW_SHADOW_RGB 8, 20, 14
static int draw_shadow_spread(const app *a)
{
    return (int)(a->frame.s * 7.0f) + 2;
}
static int draw_shadow_step(int spread)
{
    return spread > 6 ? 2 : 1;
}
static Uint8 draw_shadow_alpha(int spread, int i)
{
    return (Uint8)(14 + (spread - i) * 3);
}

/* The shadow drawn layer by layer: the way it was first drawn, kept for
 * when a shadow texture cannot be made. */
static void draw_shadow_layers(app *a, layout_rect r, int radius, int drop)
{
    int spread = draw_shadow_spread(a);
    for (int i = spread; i >= 1; i -= draw_shadow_step(spread)) {
        layout_rect s = {r.x - i + drop / 2, r.y - i + drop, r.w + 2 * i,
                         r.h + 2 * i};
        SDL_Color c = {DRAW_SHADOW_RGB, draw_shadow_alpha(spread, i)};
        draw_round_rect(a, s, radius + i, c);
    }
}

/* The layers of a shadow for a shape of (2*radius+1) pixels square,
 * composed once into one texture of (2*k+1) pixels, k = spread + radius:
 * its corners are the shadow's corners, its middle row and column stretch
 * along the edges. Coverage is computed per pixel, as the disc is. */
static SDL_Texture *draw_make_shadow(app *a, int spread, int radius)
{
    int k = spread + radius, size = 2 * k + 1;
    draw_picture pic;
    if (!draw_picture_begin(a, size, size, &pic))
        return NULL;
    for (int y = 0; y < size; y++) {
        Uint32 *row = draw_picture_row(&pic, y);
        /* distance from the nearest corner centre, per axis (0 along the
         * straight middle) */
        float dy = y < k ? (float)k - ((float)y + 0.5f)
                   : y > k ? ((float)y + 0.5f) - (float)(k + 1) : 0.0f;
        for (int x = 0; x < size; x++) {
            float dx = x < k ? (float)k - ((float)x + 0.5f)
                       : x > k ? ((float)x + 0.5f) - (float)(k + 1) : 0.0f;
            float d = sqrtf(dx * dx + dy * dy);
            float clear = 1.0f; /* how much of what lies below shows */
            for (int i = spread; i >= 1; i -= draw_shadow_step(spread)) {
                float cover = (float)(radius + i) - d + 0.5f;
                if (cover <= 0.0f)
                    continue;
                if (cover > 1.0f)
                    cover = 1.0f;
                clear *= 1.0f - cover * (float)draw_shadow_alpha(spread, i) / 255.0f;
            }
            Uint32 av = (Uint32)((1.0f - clear) * 255.0f + 0.5f);
            row[x] = (av << 24) | ((Uint32)8 << 16) | ((Uint32)20 << 8) | 14u;
        }
    }
    return draw_picture_end(&pic, SDL_BLENDMODE_BLEND);
}

static void draw_forget_shadows(app *a)
{
    for (size_t i = 0; i < a->shadow_count; i++)
        SDL_DestroyTexture(a->shadows[i].texture);
    a->shadow_count = 0;
}

static SDL_Texture *draw_shadow_texture(app *a, int spread, int radius)
{
    for (size_t i = 0; i < a->shadow_count; i++)
        if (a->shadows[i].spread == spread && a->shadows[i].radius == radius)
            return a->shadows[i].texture;
    if (spread + radius > DRAW_DISC_SIZE)
        return NULL; /* larger than any shape the game draws */
    if (a->shadow_count == APP_SHADOW_CACHE)
        draw_forget_shadows(a);
    SDL_Texture *t = draw_make_shadow(a, spread, radius);
    if (t == NULL)
        return NULL;
    a->shadows[a->shadow_count].spread = spread;
    a->shadows[a->shadow_count].radius = radius;
    a->shadows[a->shadow_count].texture = t;
    a->shadow_count++;
    return t;
}

static void draw_copy(app *a, SDL_Texture *t, SDL_Rect src, SDL_Rect dst)
{
    if (dst.w > 0 && dst.h > 0)
        draw_check(a, draw_sdl_copy(a, t, &src, &dst));
}

/* Copies src to dst except where dst meets cover, a rectangle the caller
 * paints opaque right after. The copy may stretch a one-pixel row or
 * column of src; along an axis where it is not stretched it is 1:1, so a
 * piece of dst maps back to the same piece of src. */
static void draw_copy_outside(app *a, SDL_Texture *t, SDL_Rect src,
                              SDL_Rect dst, SDL_Rect cover)
{
    SDL_Rect in;
    if (dst.w <= 0 || dst.h <= 0)
        return;
    if (!SDL_IntersectRect(&dst, &cover, &in)) {
        draw_copy(a, t, src, dst);
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
        draw_copy(a, t, from, part);
    }
}

void draw_shadow(app *a, layout_rect r, int radius)
{
    if (r.w <= 0 || r.h <= 0)
        return;
    int spread = draw_shadow_spread(a);
    int drop = (int)(a->frame.s * 5.0f) + 1;
    if (radius * 2 > r.w)
        radius = r.w / 2;
    if (radius * 2 > r.h)
        radius = r.h / 2;
    if (radius < 0)
        radius = 0;
    SDL_Texture *t = draw_shadow_texture(a, spread, radius);
    if (t == NULL) {
        draw_shadow_layers(a, r, radius, drop);
        return;
    }
    int k = spread + radius;
    int x0 = r.x - spread + drop / 2, y0 = r.y - spread + drop;
    int x1 = x0 + r.w + 2 * spread - k, y1 = y0 + r.h + 2 * spread - k;
    int mw = x1 - (x0 + k), mh = y1 - (y0 + k); /* the stretched middle */
    draw_copy(a, t, (SDL_Rect){0, 0, k, k}, (SDL_Rect){x0, y0, k, k});
    draw_copy(a, t, (SDL_Rect){k + 1, 0, k, k}, (SDL_Rect){x1, y0, k, k});
    draw_copy(a, t, (SDL_Rect){0, k + 1, k, k}, (SDL_Rect){x0, y1, k, k});
    draw_copy(a, t, (SDL_Rect){k + 1, k + 1, k, k}, (SDL_Rect){x1, y1, k, k});
    /* The shape drawn right after covers its middle opaque: the band
     * between its round corners, across (wide) and down (tall). What lies
     * beneath is not drawn: most of a shadow's area, and the straight
     * edges are stretched copies, the costliest kind. */
    SDL_Rect wide = {r.x, r.y + radius, r.w, r.h - 2 * radius};
    SDL_Rect tall = {r.x + radius, r.y, r.w - 2 * radius, r.h};
    draw_copy_outside(a, t, (SDL_Rect){k, 0, 1, k},
                      (SDL_Rect){x0 + k, y0, mw, k}, tall);
    draw_copy_outside(a, t, (SDL_Rect){k, k + 1, 1, k},
                      (SDL_Rect){x0 + k, y1, mw, k}, tall);
    draw_copy_outside(a, t, (SDL_Rect){0, k, k, 1},
                      (SDL_Rect){x0, y0 + k, k, mh}, wide);
    draw_copy_outside(a, t, (SDL_Rect){k + 1, k, k, 1},
                      (SDL_Rect){x1, y0 + k, k, mh}, wide);
    draw_copy_outside(a, t, (SDL_Rect){k, k, 1, 1},
                      (SDL_Rect){x0 + k, y0 + k, mw, mh}, wide);
}

void draw_card(app *a, layout_rect r, bool face_up)
{
    int radius = a->frame.radius;
    draw_shadow(a, r, radius);
    draw_trace(a, APP_TRACE_CARD, r, r);
    if (face_up) {
        draw_round_rect(a, r, radius, DRAW_PAPER_EDGE);
        draw_round_rect(a, layout_inset(r, 2), radius - 2, DRAW_PAPER);
        return;
    }
    draw_round_rect(a, r, radius, DRAW_CREAM);
    int b = (r.w < r.h ? r.w : r.h) / 14 + 2;
    layout_rect inner = layout_inset(r, b);
    draw_round_rect(a, inner, radius - b / 2, DRAW_BACK);
    /* a calm pattern: rows of small light dots */
    int step = inner.w / 7 + 1;
    int dot = step / 4 + 1;
    SDL_Color c = {255, 235, 210, 60};
    for (int y = inner.y + step / 2; y + dot < inner.y + inner.h; y += step)
        for (int x = inner.x + step / 2; x + dot < inner.x + inner.w;
             x += step)
            draw_disc(a, (layout_rect){x - dot / 2, y - dot / 2, dot, dot},
                      c);
    int lw = inner.w / 2;
    if (lw > inner.h / 2)
        lw = inner.h / 2;
    draw_icon(a, "logo", (layout_rect){inner.x + (inner.w - lw) / 2,
                                       inner.y + (inner.h - lw) / 2, lw, lw});
}

layout_rect draw_text(app *a, const char *text, layout_rect box, int size,
                      bool bold, SDL_Color color, text_align align,
                      bool middle)
{
    layout_rect used = {box.x, box.y, 0, 0};
    if (text == NULL || text[0] == '\0' || box.w <= 0 || box.h <= 0)
        return used;
    int min = size * 55 / 100;
    if (min < 8)
        min = 8;
    int fit = text_cache_fit(a->text, text, size, min, bold, box.w, box.h);
    text_image img;
    if (!text_cache_get(a->text, text, fit, bold, color, box.w, align,
                        &img) ||
        (img.texture == NULL && img.surface == NULL))
        return used;
    int w = img.w, h = img.h;
    SDL_Rect src = {0, 0, w, h};
    if (w > box.w) { /* only when even min_size does not fit: clip */
        w = box.w;
        src.w = w;
    }
    if (h > box.h) {
        h = box.h;
        src.h = h;
    }
    int x = box.x;
    if (align == TEXT_ALIGN_CENTER)
        x = box.x + (box.w - w) / 2;
    else if (align == TEXT_ALIGN_RIGHT)
        x = box.x + box.w - w;
    int y = middle ? box.y + (box.h - h) / 2 : box.y;
    SDL_Rect dst = {x, y, w, h};
    if (img.surface != NULL)
        draw_check(a, draw_surface(a, img.surface, &src, &dst));
    else
        draw_check(a, draw_sdl_copy(a, img.texture, &src, &dst));
    used = (layout_rect){x, y, w, h};
    draw_trace(a, APP_TRACE_TEXT, used, box);
    if (a->trace_on && !a->dry_draw && a->trace_count > 0 &&
        a->trace_count <= APP_TRACE_MAX)
        snprintf(a->trace[a->trace_count - 1].text,
                 sizeof a->trace[0].text, "%s", text);
    return used;
}

void draw_button(app *a, layout_rect r, const char *label, const char *key,
                 bool primary, bool focused)
{
    int radius = r.h / 3;
    draw_shadow(a, r, radius);
    draw_trace(a, APP_TRACE_BUTTON, r, r);
    if (focused)
        draw_round_rect(a, layout_inset(r, -(int)(a->frame.s * 4) - 1),
                        radius + 4, DRAW_GOLD);
    draw_round_rect(a, r, radius, primary ? DRAW_PRIMARY : DRAW_BUTTON);
    int pad = r.h / 4;
    layout_rect text = {r.x + pad, r.y + 2, r.w - 2 * pad, r.h - 4};
    if (key != NULL && key[0] != '\0') {
        int ks = a->frame.font_small * 8 / 10;
        int tw = 0, th = 0;
        text_cache_measure(a->text, key, ks, false, 0, &tw, &th);
        int kh = r.h / 2;
        int kw = tw + kh * 2 / 3;
        if (kw < kh)
            kw = kh;
        layout_rect kr = {r.x + r.w - pad - kw, r.y + (r.h - kh) / 2, kw, kh};
        SDL_Color kc = {0, 0, 0, 28};
        draw_round_rect(a, kr, kh / 4, kc);
        draw_text(a, key, kr, ks, false, DRAW_INK_SOFT, TEXT_ALIGN_CENTER, true);
        text.w = kr.x - pad / 2 - text.x;
    }
    draw_text(a, label, text, a->frame.font_body * 9 / 10, true, DRAW_INK,
              TEXT_ALIGN_CENTER, true);
}

/* A rectangle of a round token laid out whole, squashed towards the
 * token's centre line cx by k: a token turning over is drawn narrower.
 * With k = 1 the rectangle is unchanged. */
static layout_rect draw_squash(layout_rect r, float cx, float k)
{
    if (k >= 1.0f)
        return r;
    float centre = cx + ((float)r.x + (float)r.w / 2.0f - cx) * k;
    int w = (int)((float)r.w * k + 0.5f);
    if (w < 1)
        w = 1;
    return (layout_rect){(int)(centre - (float)w / 2.0f + 0.5f), r.y, w, r.h};
}

/* The icon fitted to r, then squashed like the token it is on: it keeps
 * the size it has on the whole token, so it is rasterised once and turns
 * with the chip instead of shrinking. */
static bool draw_icon_squashed(app *a, const char *name, layout_rect r,
                               float cx, float k)
{
    if (r.w <= 0 || r.h <= 0)
        return false;
    int size = r.w < r.h ? r.w : r.h;
    SDL_Texture *t = assets_icon(a->assets, name, size);
    if (t == NULL)
        return false;
    layout_rect square = {r.x + (r.w - size) / 2, r.y + (r.h - size) / 2,
                          size, size};
    SDL_Rect d = draw_sdl(draw_squash(square, cx, k));
    draw_check(a, draw_sdl_copy(a, t, NULL, &d));
    draw_trace(a, APP_TRACE_ICON, r, r);
    return true;
}

bool draw_icon(app *a, const char *name, layout_rect r)
{
    return draw_icon_squashed(a, name, r, 0.0f, 1.0f);
}

void draw_token(app *a, layout_rect r, const deck *d, size_t option,
                bool selected, bool face_down)
{
    draw_trace(a, APP_TRACE_TOKEN, r, r);
    if (!a->chips_made) /* not before a chip is drawn: the start is quicker */
        draw_make_chips(a);
    /* A token narrower than it is tall is turning over: it is laid out
     * whole (full) and every part squashed the same way. */
    layout_rect full = r;
    if (r.w < r.h) {
        full.w = r.h;
        full.x = r.x + (r.w - r.h) / 2;
    }
    float k = (float)r.w / (float)full.w;
    float cx = (float)full.x + (float)full.w / 2.0f;
    int drop = full.w / 24 + 1;
    draw_disc(a,
              draw_squash((layout_rect){full.x + drop / 2, full.y + drop * 2,
                                        full.w, full.h},
                          cx, k),
              (SDL_Color){8, 20, 14, 70});
    if (selected) {
        int g = full.w / 14 + 2;
        draw_disc(a, draw_squash(layout_inset(full, -g), cx, k), DRAW_GOLD);
    }
    SDL_Rect whole = draw_sdl(draw_squash(full, cx, k));
    if (face_down) {
        layout_rect in = layout_inset(full, draw_chip_back_inset(full.w));
        layout_rect in2 = layout_inset(in, draw_chip_back_inset2(in.w));
        if (a->chip_back != NULL) {
            draw_check(a, draw_sdl_copy(a, a->chip_back, NULL, &whole));
        } else {
            draw_disc(a, draw_squash(full, cx, k), DRAW_CREAM);
            draw_disc(a, draw_squash(in, cx, k), DRAW_BACK);
            draw_disc(a, draw_squash(in2, cx, k),
                      (SDL_Color){255, 235, 210, 50});
        }
        int lw = in2.w * 7 / 10;
        draw_icon_squashed(a, "logo",
                           (layout_rect){in2.x + (in2.w - lw) / 2,
                                         in2.y + (in2.h - lw) / 2, lw, lw},
                           cx, k);
        return;
    }
    layout_rect face = layout_inset(full, draw_chip_face_inset(full.w));
    if (a->chip_face != NULL) {
        draw_check(a, draw_sdl_copy(a, a->chip_face, NULL, &whole));
    } else {
        draw_disc(a, draw_squash(full, cx, k), DRAW_PAPER_EDGE);
        draw_disc(a, draw_squash(face, cx, k), DRAW_PAPER);
    }
    layout_rect icon = layout_inset(face, face.w / 7);
    const char *name = (d && option < d->option_count) ? d->options[option].icon
                                                        : NULL;
    if ((name == NULL || !draw_icon_squashed(a, name, icon, cx, k)) &&
        k >= 1.0f) {
        /* the number shows once the token lies flat */
        char num[16];
        int value = (d && option < d->option_count) ? d->options[option].value
                                                     : (int)option + 1;
        snprintf(num, sizeof num, "%d", value);
        draw_text(a, num, icon, icon.h * 7 / 10, true, DRAW_INK,
                  TEXT_ALIGN_CENTER, true);
    }
}

/* One line of text, made smaller until it fits the box's width. */
static void draw_text_line(app *a, const char *text, layout_rect box,
                           int size, bool bold, SDL_Color color,
                           text_align align)
{
    if (text == NULL || text[0] == '\0' || box.w <= 0)
        return;
    int tw = 0, th = 0;
    if (text_cache_measure(a->text, text, size, bold, 0, &tw, &th) &&
        tw > box.w && tw > 0) {
        size = (int)((long)size * box.w / tw);
        if (size < 6)
            size = 6;
    }
    draw_text(a, text, box, size, bold, color, align, true);
}

void draw_top_bar(app *a, const char *left, const char *right)
{
    const layout_frame *f = &a->frame;
    if (left != NULL || right != NULL)
        draw_fill(a, f->top_bar, (SDL_Color){12, 36, 27, 90});
    draw_text_line(a, left, f->progress, f->font_body, true, DRAW_CREAM,
                   TEXT_ALIGN_LEFT);
    draw_text_line(a, right, f->turn, f->font_body, false, DRAW_CREAM,
                   TEXT_ALIGN_RIGHT);
    layout_rect m = f->menu_button;
    draw_round_rect(a, m, m.h / 3, (SDL_Color){255, 255, 255, 40});
    draw_text(a, _("Menu"), layout_inset(m, 4), f->font_small, true,
              DRAW_CREAM, TEXT_ALIGN_CENTER, true);
    draw_trace(a, APP_TRACE_BUTTON, m, m);
}

void draw_shade(app *a, Uint8 alpha)
{
    draw_fill(a, (layout_rect){0, 0, a->out_w, a->out_h},
              (SDL_Color){10, 20, 16, alpha});
}

void draw_help_button(app *a, layout_rect r, bool focused)
{
    if (focused)
        draw_disc(a, layout_inset(r, -(r.h / 8 + 2)), DRAW_GOLD);
    draw_disc(a, r, DRAW_FELT);
    draw_text(a, "?", r, r.h * 7 / 10, true, DRAW_CREAM, TEXT_ALIGN_CENTER,
              true);
    draw_trace(a, APP_TRACE_BUTTON, r, r);
}

void draw_banner(app *a, layout_rect r, const char *text, bool failure)
{
    draw_fill(a, r, failure ? (SDL_Color){128, 24, 24, 255}
                            : (SDL_Color){16, 52, 40, 255});
    int pad = a->frame.margin;
    layout_rect box = {r.x + pad, r.y + r.h / 10, r.w - 2 * pad,
                       r.h - r.h / 5};
    draw_text(a, text, box, r.h * 3 / 10, true, DRAW_CREAM, TEXT_ALIGN_LEFT,
              true);
}

void draw_format(char *out, size_t size, const char *tmpl, const char *a1,
                 const char *a2)
{
    if (size == 0)
        return;
    const char *args[2] = {a1 ? a1 : "", a2 ? a2 : ""};
    int next = 0;
    size_t o = 0;
    for (const char *p = tmpl; *p && o + 1 < size; p++) {
        if (p[0] == '%' && p[1] == 's') {
            const char *arg = next < 2 ? args[next] : "";
            next++;
            for (; *arg && o + 1 < size; arg++)
                out[o++] = *arg;
            p++;
        } else if (p[0] == '%' && p[1] == '%') {
            out[o++] = '%';
            p++;
        } else {
            out[o++] = *p;
        }
    }
    out[o] = '\0';
}
