/* gfx_sdl: the drawing interface (include/ui/gfx.h) with SDL. Shapes
 * come from one smooth white disc texture (tinted and cut in quarters for
 * round corners); chips and shadows are composed once into textures; the
 * felt and the texts go straight into the window's memory with the
 * software renderer. */
#include "gfx_sdl.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "image_lib.h"
#include "safe_file.h"

/* Drawing calls report failure as a value; the first failure of a frame
 * is kept and app_step says it once, the frame goes on. */
void gfx_sdl_check(platform *p, int rc)
{
    if (rc != 0 && p->draw_error[0] == '\0')
        snprintf(p->draw_error, sizeof p->draw_error, "%s", SDL_GetError());
}

/* Every pixel the game draws goes through these three; while warming the
 * caches (gfx_dry(p->gfx)) they draw nothing. */
int gfx_sdl_copy(platform *p, SDL_Texture *t, const SDL_Rect *src,
                         const SDL_Rect *dst)
{
    return gfx_dry(p->gfx) ? 0 : SDL_RenderCopy(p->renderer, t, src, dst);
}

static int gfx_sdl_fill(platform *p, const SDL_Rect *r)
{
    return gfx_dry(p->gfx) ? 0 : SDL_RenderFillRect(p->renderer, r);
}

static int gfx_sdl_clear(platform *p)
{
    return gfx_dry(p->gfx) ? 0 : SDL_RenderClear(p->renderer);
}

SDL_Rect gfx_sdl_rect(layout_rect r)
{
    SDL_Rect s = {r.x, r.y, r.w, r.h};
    return s;
}

bool gfx_sdl_picture_begin(platform *p, int w, int h, gfx_sdl_picture *pic)
{
    void *pixels = NULL;
    pic->texture = SDL_CreateTexture(p->renderer, SDL_PIXELFORMAT_ARGB8888,
                                     SDL_TEXTUREACCESS_STREAMING, w, h);
    if (pic->texture == NULL ||
        SDL_LockTexture(pic->texture, NULL, &pixels, &pic->pitch) != 0) {
        if (pic->texture != NULL)
            SDL_DestroyTexture(pic->texture);
        pic->texture = NULL;
        return false;
    }
    pic->pixels = pixels;
    return true;
}

Uint32 *gfx_sdl_picture_row(const gfx_sdl_picture *pic, int y)
{
    return (Uint32 *)(pic->pixels + (size_t)y * (size_t)pic->pitch);
}

/* The finished picture as a texture drawn with this blend mode; NULL on
 * failure. */
SDL_Texture *gfx_sdl_picture_end(gfx_sdl_picture *pic, SDL_BlendMode blend)
{
    SDL_UnlockTexture(pic->texture);
    if (SDL_SetTextureBlendMode(pic->texture, blend) != 0) {
        SDL_DestroyTexture(pic->texture);
        return NULL;
    }
    return pic->texture;
}

/* The colour of concentric rings at distance d from their centre, each
 * ring covering what lies below it (coverage by the pixel's distance). */
static Uint32 gfx_sdl_rings_pixel(const gfx_sdl_ring *rings, int n, float d)
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
static SDL_Texture *gfx_sdl_make_rings(platform *p, const gfx_sdl_ring *rings, int n)
{
    gfx_sdl_picture pic;
    if (!gfx_sdl_picture_begin(p, GFX_SDL_DISC_SIZE, GFX_SDL_DISC_SIZE, &pic))
        return NULL;
    /* Only the rings' edges need the blend per pixel: inside the smallest
     * disc every pixel is the same, outside the largest it is clear (with
     * a pixel's margin, so the edges get exactly the full computation).
     * The picture is symmetric, so one quarter is computed and mirrored. */
    float rmin = (float)GFX_SDL_DISC_SIZE, rmax = 0.0f;
    for (int i = 0; i < n; i++) {
        float r = (float)rings[i].diameter / 2.0f;
        rmin = r < rmin ? r : rmin;
        rmax = r > rmax ? r : rmax;
    }
    Uint32 inside = gfx_sdl_rings_pixel(rings, n, 0.0f);
    float full = rmin > 1.0f ? (rmin - 1.0f) * (rmin - 1.0f) : -1.0f;
    float clear = (rmax + 1.0f) * (rmax + 1.0f);
    int half = GFX_SDL_DISC_SIZE / 2, last = GFX_SDL_DISC_SIZE - 1;
    float c = (float)half;
    for (int y = 0; y < half; y++) {
        Uint32 *top = gfx_sdl_picture_row(&pic, y);
        Uint32 *bottom = gfx_sdl_picture_row(&pic, last - y);
        for (int x = 0; x < half; x++) {
            float dx = (float)x + 0.5f - c, dy = (float)y + 0.5f - c;
            float d2 = dx * dx + dy * dy;
            Uint32 px = d2 >= clear  ? 0
                        : d2 <= full ? inside
                                     : gfx_sdl_rings_pixel(rings, n, sqrtf(d2));
            top[x] = top[last - x] = bottom[x] = bottom[last - x] = px;
        }
    }
    return gfx_sdl_picture_end(&pic, SDL_BLENDMODE_BLEND);
}

static void gfx_sdl_make_chips(platform *p)
{
    int n = GFX_SDL_DISC_SIZE;
    gfx_sdl_ring face[2] = {{n, DRAW_PAPER_EDGE},
                         {n - 2 * draw_chip_face_inset(n), DRAW_PAPER}};
    int in = n - 2 * draw_chip_back_rim(n);
    gfx_sdl_ring back[3] = {{n, DRAW_CREAM},
                         {in, DRAW_BACK},
                         {in - 2 * draw_chip_back_red_ring(in),
                          (gfx_color){255, 235, 210, 50}}};
    /* NULL is fine: draw_token then draws disc by disc */
    p->chip_face = gfx_sdl_make_rings(p, face, 2);
    p->chip_back = gfx_sdl_make_rings(p, back, 3);
    p->chips_made = true;
}

bool gfx_sdl_init(platform *p, char *err, size_t err_size)
{
    /* The plain white disc is the one-ring case of the chips' picture. */
    const gfx_sdl_ring white[1] = {{GFX_SDL_DISC_SIZE, {255, 255, 255, 255}}};
    p->disc = gfx_sdl_make_rings(p, white, 1);
    if (p->disc == NULL) {
        snprintf(err, err_size, "cannot make a texture: %s", SDL_GetError());
        return false;
    }
    return true;
}

static void gfx_sdl_forget_table(platform *p);

void gfx_sdl_shutdown(platform *p)
{
    /* the shadows are gfx_shadow.c's, forgotten by the platform with these */
    if (p->chip_face)
        SDL_DestroyTexture(p->chip_face);
    p->chip_face = NULL;
    if (p->chip_back)
        SDL_DestroyTexture(p->chip_back);
    p->chip_back = NULL;
    p->chips_made = false;
    gfx_sdl_forget_table(p);
    if (p->disc)
        SDL_DestroyTexture(p->disc);
    p->disc = NULL;
}

static void gfx_sdl_color(platform *p, gfx_color c)
{
    gfx_sdl_check(p, SDL_SetRenderDrawBlendMode(
                      p->renderer, c.a == 255 ? SDL_BLENDMODE_NONE
                                              : SDL_BLENDMODE_BLEND));
    gfx_sdl_check(p, SDL_SetRenderDrawColor(p->renderer, c.r, c.g, c.b, c.a));
}

void gfx_sdl_op_fill(gfx *g, layout_rect r, gfx_color c)
{
    platform *p = gfx_owner(g);
    if (r.w <= 0 || r.h <= 0)
        return;
    gfx_sdl_color(p, c);
    SDL_Rect s = gfx_sdl_rect(r);
    gfx_sdl_check(p, gfx_sdl_fill(p, &s));
}

static void gfx_sdl_disc_part(platform *p, SDL_Rect src, layout_rect dst)
{
    if (dst.w <= 0 || dst.h <= 0)
        return;
    SDL_Rect d = gfx_sdl_rect(dst);
    gfx_sdl_check(p, gfx_sdl_copy(p, p->disc, &src, &d));
}

void gfx_sdl_op_round_rect(gfx *g, layout_rect r, int radius, gfx_color c)
{
    platform *p = gfx_owner(g);
    if (r.w <= 0 || r.h <= 0)
        return;
    if (radius * 2 > r.w)
        radius = r.w / 2;
    if (radius * 2 > r.h)
        radius = r.h / 2;
    if (radius <= 0) {
        gfx_sdl_op_fill(p->gfx, r, c);
        return;
    }
    gfx_sdl_check(p, SDL_SetTextureColorMod(p->disc, c.r, c.g, c.b));
    gfx_sdl_check(p, SDL_SetTextureAlphaMod(p->disc, c.a));
    int half = GFX_SDL_DISC_SIZE / 2;
    gfx_sdl_disc_part(p, (SDL_Rect){0, 0, half, half},
                   (layout_rect){r.x, r.y, radius, radius});
    gfx_sdl_disc_part(p, (SDL_Rect){half, 0, half, half},
                   (layout_rect){r.x + r.w - radius, r.y, radius, radius});
    gfx_sdl_disc_part(p, (SDL_Rect){0, half, half, half},
                   (layout_rect){r.x, r.y + r.h - radius, radius, radius});
    gfx_sdl_disc_part(p, (SDL_Rect){half, half, half, half},
                   (layout_rect){r.x + r.w - radius, r.y + r.h - radius,
                                 radius, radius});
    gfx_sdl_op_fill(p->gfx, (layout_rect){r.x + radius, r.y, r.w - 2 * radius, r.h}, c);
    gfx_sdl_op_fill(p->gfx, (layout_rect){r.x, r.y + radius, radius, r.h - 2 * radius},
              c);
    gfx_sdl_op_fill(p->gfx, (layout_rect){r.x + r.w - radius, r.y + radius, radius,
                               r.h - 2 * radius},
              c);
}

void gfx_sdl_op_disc(gfx *g, layout_rect r, gfx_color c)
{
    platform *p = gfx_owner(g);
    if (r.w <= 0 || r.h <= 0)
        return;
    gfx_sdl_check(p, SDL_SetTextureColorMod(p->disc, c.r, c.g, c.b));
    gfx_sdl_check(p, SDL_SetTextureAlphaMod(p->disc, c.a));
    SDL_Rect d = gfx_sdl_rect(r);
    gfx_sdl_check(p, gfx_sdl_copy(p, p->disc, NULL, &d));
}

/* With the software renderer the renderer draws into the window's own
 * memory, and the felt and the texts are put there directly: no second
 * full-size picture for the felt and no texture copy of every text
 * (fresh memory is what made start-up slow), and no scaled copy per
 * frame. Returns that memory with everything queued before drawn, or
 * NULL when it is not plain 32-bit pixels of the window's size (the
 * pictures then go through textures). */
static SDL_Surface *gfx_sdl_window_surface(platform *p)
{
    if (!p->software)
        return NULL;
    SDL_Surface *s = SDL_GetWindowSurface(p->window);
    if (s == NULL || s->w != p->out_w || s->h != p->out_h ||
        (s->format->format != SDL_PIXELFORMAT_RGB888 &&
         s->format->format != SDL_PIXELFORMAT_ARGB8888))
        return NULL;
    return s;
}

static SDL_Surface *gfx_sdl_window_memory(platform *p)
{
    SDL_Surface *s = gfx_sdl_window_surface(p);
    /* what was queued before must land first, below */
    if (s == NULL || (!gfx_dry(p->gfx) && SDL_RenderFlush(p->renderer) != 0))
        return NULL;
    return s;
}

bool gfx_sdl_uses_window_memory(platform *p)
{
    return gfx_sdl_window_surface(p) != NULL;
}

static bool gfx_sdl_felt_in_window(platform *p)
{
    SDL_Surface *s = gfx_sdl_window_memory(p);
    if (s == NULL || s->w != p->felt.w || s->h != p->felt.h)
        return false;
    if (gfx_dry(p->gfx))
        return true;
    if (SDL_LockSurface(s) != 0)
        return false;
    felt_spread(&p->felt, s->pixels, s->pitch);
    SDL_UnlockSurface(s);
    return true;
}

/* A text kept as a surface, blended into the window's memory; through a
 * passing texture when that memory cannot be used this frame. */
static int gfx_sdl_surface(platform *p, SDL_Surface *picture, const SDL_Rect *src,
                        const SDL_Rect *dst)
{
    if (gfx_dry(p->gfx))
        return 0;
    SDL_Surface *s = gfx_sdl_window_memory(p);
    if (s != NULL) {
        SDL_Rect d = *dst; /* SDL_BlitSurface writes the clipped rectangle */
        return SDL_BlitSurface(picture, src, s, &d);
    }
    SDL_Texture *t = SDL_CreateTextureFromSurface(p->renderer, picture);
    if (t == NULL)
        return -1;
    int rc = SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
    if (rc == 0)
        rc = SDL_RenderCopy(p->renderer, t, src, dst);
    SDL_DestroyTexture(t);
    return rc;
}

/* The felt as a texture: for renderers that draw on a GPU. */
static SDL_Texture *gfx_sdl_make_table(platform *p)
{
    gfx_sdl_picture pic;
    if (!gfx_sdl_picture_begin(p, p->felt.w, p->felt.h, &pic))
        return NULL;
    felt_spread(&p->felt, pic.pixels, pic.pitch);
    return gfx_sdl_picture_end(&pic, SDL_BLENDMODE_NONE);
}

void gfx_sdl_adopt_felt(platform *p, felt *made)
{
    if (made->grain != NULL && p->felt.grain == NULL && made->w == p->out_w &&
        made->h == p->out_h) {
        p->felt = *made;
        memset(made, 0, sizeof *made);
    } else {
        felt_free(made);
    }
}

static void gfx_sdl_forget_table(platform *p)
{
    if (p->table)
        SDL_DestroyTexture(p->table);
    p->table = NULL;
    felt_free(&p->felt);
}

void gfx_sdl_op_clear(gfx *g)
{
    platform *p = gfx_owner(g);
    if (p->felt.w != p->out_w || p->felt.h != p->out_h) {
        gfx_sdl_forget_table(p);
        /* out of memory: the plain colour below still reads well */
        felt_make(&p->felt, p->out_w, p->out_h, draw_felt_rgb());
    }
    if (p->felt.grain != NULL && gfx_sdl_felt_in_window(p))
        return;
    if (p->felt.grain != NULL && p->table == NULL)
        p->table = gfx_sdl_make_table(p);
    if (p->table != NULL) {
        gfx_sdl_check(p, gfx_sdl_copy(p, p->table, NULL, NULL));
        return;
    }
    gfx_color base = DRAW_FELT;
    gfx_sdl_check(p, SDL_SetRenderDrawBlendMode(p->renderer, SDL_BLENDMODE_NONE));
    gfx_sdl_check(p, SDL_SetRenderDrawColor(p->renderer, base.r, base.g, base.b, 255));
    gfx_sdl_check(p, gfx_sdl_clear(p));
}

int gfx_sdl_op_text_fit(gfx *g, const char *text, int max_size, int min_size,
                 bool bold, int w, int h)
{
    platform *p = gfx_owner(g);
    return text_cache_fit(p->text, text, max_size, min_size, bold,
                          w, h);
}

bool gfx_sdl_op_text_measure(gfx *g, const char *text, int size, bool bold,
                      int wrap_width, int *w, int *h)
{
    platform *p = gfx_owner(g);
    return text_cache_measure(p->text, text, size, bold,
                              wrap_width, w, h);
}

bool gfx_sdl_op_text(gfx *g, const char *text, int size, bool bold, gfx_color color,
              layout_rect box, gfx_align align, bool middle, layout_rect *used)
{
    platform *p = gfx_owner(g);
    text_image img;
    SDL_Color sc = {color.r, color.g, color.b, color.a};
    if (!text_cache_get(p->text, text, size, bold, sc, box.w, align,
                        &img) ||
        (img.texture == NULL && img.surface == NULL))
        return false;
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
    if (align == GFX_ALIGN_CENTER)
        x = box.x + (box.w - w) / 2;
    else if (align == GFX_ALIGN_RIGHT)
        x = box.x + box.w - w;
    int y = middle ? box.y + (box.h - h) / 2 : box.y;
    SDL_Rect dst = {x, y, w, h};
    if (img.surface != NULL)
        gfx_sdl_check(p, gfx_sdl_surface(p, img.surface, &src, &dst));
    else
        gfx_sdl_check(p, gfx_sdl_copy(p, img.texture, &src, &dst));
    *used = (layout_rect){x, y, w, h};
    return true;
}

bool gfx_sdl_op_icon(gfx *g, const char *name, int size, layout_rect r)
{
    platform *p = gfx_owner(g);
    SDL_Texture *t = assets_icon(p->assets, name, size);
    if (t == NULL)
        return false;
    SDL_Rect d = gfx_sdl_rect(r);
    gfx_sdl_check(p, gfx_sdl_copy(p, t, NULL, &d));
    return true;
}

bool gfx_sdl_op_chip(gfx *g, layout_rect r, bool face_down)
{
    platform *p = gfx_owner(g);
    if (!p->chips_made) /* not before a chip is drawn: the start is quicker */
        gfx_sdl_make_chips(p);
    SDL_Texture *t = face_down ? p->chip_back : p->chip_face;
    if (t == NULL)
        return false;
    SDL_Rect d = gfx_sdl_rect(r);
    gfx_sdl_check(p, gfx_sdl_copy(p, t, NULL, &d));
    return true;
}

bool gfx_sdl_op_save_png(gfx *g, char *path, size_t size,
                         error_list *errors)
{
    platform *p = gfx_owner(g);
    int w = p->out_w, h = p->out_h;
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32,
                                                    SDL_PIXELFORMAT_ARGB8888);
    if (s == NULL) {
        error_add(errors, path, 0, 0, "%s", SDL_GetError());
        return false;
    }
    bool ok = SDL_RenderReadPixels(p->renderer, NULL, SDL_PIXELFORMAT_ARGB8888,
                                   s->pixels, s->pitch) == 0;
    if (!ok)
        error_add(errors, path, 0, 0, "%s", SDL_GetError());
    /* Through our own private temporary file, every write checked, then
     * renamed: a full disk gives no empty picture and no "saved". */
    safe_file out;
    if (ok && !safe_file_create(&out, path, errors)) {
        ok = false;
    } else if (ok) {
        if (image_lib_save_png(s, safe_file_stream(&out)) != 0) {
            error_add(errors, path, 0, 0, "%s", SDL_GetError());
            safe_file_abort(&out);
            ok = false;
        } else {
            /* never over another file: a number is added to the name */
            char chosen[4096];
            ok = safe_file_commit_new(&out, chosen, sizeof chosen, errors);
            if (ok)
                snprintf(path, size, "%s", chosen);
        }
    }
    SDL_FreeSurface(s);
    return ok;
}
