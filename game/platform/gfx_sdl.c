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
void gfx_sdl_check(app *a, int rc)
{
    if (rc != 0 && a->platform->draw_error[0] == '\0')
        snprintf(a->platform->draw_error, sizeof a->platform->draw_error, "%s", SDL_GetError());
}

/* Every pixel the game draws goes through these three; while warming the
 * caches (a->dry_draw) they draw nothing. */
int gfx_sdl_copy(app *a, SDL_Texture *t, const SDL_Rect *src,
                         const SDL_Rect *dst)
{
    return a->dry_draw ? 0 : SDL_RenderCopy(a->platform->renderer, t, src, dst);
}

static int gfx_sdl_fill(app *a, const SDL_Rect *r)
{
    return a->dry_draw ? 0 : SDL_RenderFillRect(a->platform->renderer, r);
}

static int gfx_sdl_clear(app *a)
{
    return a->dry_draw ? 0 : SDL_RenderClear(a->platform->renderer);
}

SDL_Rect gfx_sdl_rect(layout_rect r)
{
    SDL_Rect s = {r.x, r.y, r.w, r.h};
    return s;
}

bool gfx_sdl_picture_begin(app *a, int w, int h, gfx_sdl_picture *p)
{
    void *pixels = NULL;
    p->texture = SDL_CreateTexture(a->platform->renderer, SDL_PIXELFORMAT_ARGB8888,
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

Uint32 *gfx_sdl_picture_row(const gfx_sdl_picture *p, int y)
{
    return (Uint32 *)(p->pixels + (size_t)y * (size_t)p->pitch);
}

/* The finished picture as a texture drawn with this blend mode; NULL on
 * failure. */
SDL_Texture *gfx_sdl_picture_end(gfx_sdl_picture *p, SDL_BlendMode blend)
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
static SDL_Texture *gfx_sdl_make_rings(app *a, const gfx_sdl_ring *rings, int n)
{
    gfx_sdl_picture pic;
    if (!gfx_sdl_picture_begin(a, GFX_SDL_DISC_SIZE, GFX_SDL_DISC_SIZE, &pic))
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

static void gfx_sdl_make_chips(app *a)
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
    a->platform->chip_face = gfx_sdl_make_rings(a, face, 2);
    a->platform->chip_back = gfx_sdl_make_rings(a, back, 3);
    a->platform->chips_made = true;
}

bool gfx_sdl_init(app *a, char *err, size_t err_size)
{
    /* The plain white disc is the one-ring case of the chips' picture. */
    const gfx_sdl_ring white[1] = {{GFX_SDL_DISC_SIZE, {255, 255, 255, 255}}};
    a->platform->disc = gfx_sdl_make_rings(a, white, 1);
    if (a->platform->disc == NULL) {
        snprintf(err, err_size, "cannot make a texture: %s", SDL_GetError());
        return false;
    }
    return true;
}

static void gfx_sdl_forget_table(app *a);

void gfx_sdl_shutdown(app *a)
{
    /* the shadows are gfx_shadow.c's, forgotten by the platform with these */
    if (a->platform->chip_face)
        SDL_DestroyTexture(a->platform->chip_face);
    a->platform->chip_face = NULL;
    if (a->platform->chip_back)
        SDL_DestroyTexture(a->platform->chip_back);
    a->platform->chip_back = NULL;
    a->platform->chips_made = false;
    gfx_sdl_forget_table(a);
    if (a->platform->disc)
        SDL_DestroyTexture(a->platform->disc);
    a->platform->disc = NULL;
}

static void gfx_sdl_color(app *a, gfx_color c)
{
    gfx_sdl_check(a, SDL_SetRenderDrawBlendMode(
                      a->platform->renderer, c.a == 255 ? SDL_BLENDMODE_NONE
                                              : SDL_BLENDMODE_BLEND));
    gfx_sdl_check(a, SDL_SetRenderDrawColor(a->platform->renderer, c.r, c.g, c.b, c.a));
}

void gfx_sdl_op_fill(app *a, layout_rect r, gfx_color c)
{
    if (r.w <= 0 || r.h <= 0)
        return;
    gfx_sdl_color(a, c);
    SDL_Rect s = gfx_sdl_rect(r);
    gfx_sdl_check(a, gfx_sdl_fill(a, &s));
}

static void gfx_sdl_disc_part(app *a, SDL_Rect src, layout_rect dst)
{
    if (dst.w <= 0 || dst.h <= 0)
        return;
    SDL_Rect d = gfx_sdl_rect(dst);
    gfx_sdl_check(a, gfx_sdl_copy(a, a->platform->disc, &src, &d));
}

void gfx_sdl_op_round_rect(app *a, layout_rect r, int radius, gfx_color c)
{
    if (r.w <= 0 || r.h <= 0)
        return;
    if (radius * 2 > r.w)
        radius = r.w / 2;
    if (radius * 2 > r.h)
        radius = r.h / 2;
    if (radius <= 0) {
        gfx_sdl_op_fill(a, r, c);
        return;
    }
    gfx_sdl_check(a, SDL_SetTextureColorMod(a->platform->disc, c.r, c.g, c.b));
    gfx_sdl_check(a, SDL_SetTextureAlphaMod(a->platform->disc, c.a));
    int half = GFX_SDL_DISC_SIZE / 2;
    gfx_sdl_disc_part(a, (SDL_Rect){0, 0, half, half},
                   (layout_rect){r.x, r.y, radius, radius});
    gfx_sdl_disc_part(a, (SDL_Rect){half, 0, half, half},
                   (layout_rect){r.x + r.w - radius, r.y, radius, radius});
    gfx_sdl_disc_part(a, (SDL_Rect){0, half, half, half},
                   (layout_rect){r.x, r.y + r.h - radius, radius, radius});
    gfx_sdl_disc_part(a, (SDL_Rect){half, half, half, half},
                   (layout_rect){r.x + r.w - radius, r.y + r.h - radius,
                                 radius, radius});
    gfx_sdl_op_fill(a, (layout_rect){r.x + radius, r.y, r.w - 2 * radius, r.h}, c);
    gfx_sdl_op_fill(a, (layout_rect){r.x, r.y + radius, radius, r.h - 2 * radius},
              c);
    gfx_sdl_op_fill(a, (layout_rect){r.x + r.w - radius, r.y + radius, radius,
                               r.h - 2 * radius},
              c);
}

void gfx_sdl_op_disc(app *a, layout_rect r, gfx_color c)
{
    if (r.w <= 0 || r.h <= 0)
        return;
    gfx_sdl_check(a, SDL_SetTextureColorMod(a->platform->disc, c.r, c.g, c.b));
    gfx_sdl_check(a, SDL_SetTextureAlphaMod(a->platform->disc, c.a));
    SDL_Rect d = gfx_sdl_rect(r);
    gfx_sdl_check(a, gfx_sdl_copy(a, a->platform->disc, NULL, &d));
}

/* With the software renderer the renderer draws into the window's own
 * memory, and the felt and the texts are put there directly: no second
 * full-size picture for the felt and no texture copy of every text
 * (fresh memory is what made start-up slow), and no scaled copy per
 * frame. Returns that memory with everything queued before drawn, or
 * NULL when it is not plain 32-bit pixels of the window's size (the
 * pictures then go through textures). */
static SDL_Surface *gfx_sdl_window_surface(app *a)
{
    if (!a->platform->software)
        return NULL;
    SDL_Surface *s = SDL_GetWindowSurface(a->platform->window);
    if (s == NULL || s->w != a->out_w || s->h != a->out_h ||
        (s->format->format != SDL_PIXELFORMAT_RGB888 &&
         s->format->format != SDL_PIXELFORMAT_ARGB8888))
        return NULL;
    return s;
}

static SDL_Surface *gfx_sdl_window_memory(app *a)
{
    SDL_Surface *s = gfx_sdl_window_surface(a);
    /* what was queued before must land first, below */
    if (s == NULL || (!a->dry_draw && SDL_RenderFlush(a->platform->renderer) != 0))
        return NULL;
    return s;
}

bool gfx_sdl_uses_window_memory(app *a)
{
    return gfx_sdl_window_surface(a) != NULL;
}

static bool gfx_sdl_felt_in_window(app *a)
{
    SDL_Surface *s = gfx_sdl_window_memory(a);
    if (s == NULL || s->w != a->platform->felt.w || s->h != a->platform->felt.h)
        return false;
    if (a->dry_draw)
        return true;
    if (SDL_LockSurface(s) != 0)
        return false;
    felt_spread(&a->platform->felt, s->pixels, s->pitch);
    SDL_UnlockSurface(s);
    return true;
}

/* A text kept as a surface, blended into the window's memory; through a
 * passing texture when that memory cannot be used this frame. */
static int gfx_sdl_surface(app *a, SDL_Surface *picture, const SDL_Rect *src,
                        const SDL_Rect *dst)
{
    if (a->dry_draw)
        return 0;
    SDL_Surface *s = gfx_sdl_window_memory(a);
    if (s != NULL) {
        SDL_Rect d = *dst; /* SDL_BlitSurface writes the clipped rectangle */
        return SDL_BlitSurface(picture, src, s, &d);
    }
    SDL_Texture *t = SDL_CreateTextureFromSurface(a->platform->renderer, picture);
    if (t == NULL)
        return -1;
    int rc = SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
    if (rc == 0)
        rc = SDL_RenderCopy(a->platform->renderer, t, src, dst);
    SDL_DestroyTexture(t);
    return rc;
}

/* The felt as a texture: for renderers that draw on a GPU. */
static SDL_Texture *gfx_sdl_make_table(app *a)
{
    gfx_sdl_picture pic;
    if (!gfx_sdl_picture_begin(a, a->platform->felt.w, a->platform->felt.h, &pic))
        return NULL;
    felt_spread(&a->platform->felt, pic.pixels, pic.pitch);
    return gfx_sdl_picture_end(&pic, SDL_BLENDMODE_NONE);
}

void gfx_sdl_adopt_felt(app *a, felt *made)
{
    if (made->grain != NULL && a->platform->felt.grain == NULL && made->w == a->out_w &&
        made->h == a->out_h) {
        a->platform->felt = *made;
        memset(made, 0, sizeof *made);
    } else {
        felt_free(made);
    }
}

static void gfx_sdl_forget_table(app *a)
{
    if (a->platform->table)
        SDL_DestroyTexture(a->platform->table);
    a->platform->table = NULL;
    felt_free(&a->platform->felt);
}

void gfx_sdl_op_clear(app *a)
{
    if (a->platform->felt.w != a->out_w || a->platform->felt.h != a->out_h) {
        gfx_sdl_forget_table(a);
        /* out of memory: the plain colour below still reads well */
        felt_make(&a->platform->felt, a->out_w, a->out_h, draw_felt_rgb());
    }
    if (a->platform->felt.grain != NULL && gfx_sdl_felt_in_window(a))
        return;
    if (a->platform->felt.grain != NULL && a->platform->table == NULL)
        a->platform->table = gfx_sdl_make_table(a);
    if (a->platform->table != NULL) {
        gfx_sdl_check(a, gfx_sdl_copy(a, a->platform->table, NULL, NULL));
        return;
    }
    gfx_color base = DRAW_FELT;
    gfx_sdl_check(a, SDL_SetRenderDrawBlendMode(a->platform->renderer, SDL_BLENDMODE_NONE));
    gfx_sdl_check(a, SDL_SetRenderDrawColor(a->platform->renderer, base.r, base.g, base.b, 255));
    gfx_sdl_check(a, gfx_sdl_clear(a));
}

int gfx_sdl_op_text_fit(app *a, const char *text, int max_size, int min_size,
                 bool bold, int w, int h)
{
    return text_cache_fit(a->platform->text, text, max_size, min_size, bold,
                          w, h);
}

bool gfx_sdl_op_text_measure(app *a, const char *text, int size, bool bold,
                      int wrap_width, int *w, int *h)
{
    return text_cache_measure(a->platform->text, text, size, bold,
                              wrap_width, w, h);
}

bool gfx_sdl_op_text(app *a, const char *text, int size, bool bold, gfx_color color,
              layout_rect box, gfx_align align, bool middle, layout_rect *used)
{
    text_image img;
    SDL_Color sc = {color.r, color.g, color.b, color.a};
    if (!text_cache_get(a->platform->text, text, size, bold, sc, box.w, align,
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
        gfx_sdl_check(a, gfx_sdl_surface(a, img.surface, &src, &dst));
    else
        gfx_sdl_check(a, gfx_sdl_copy(a, img.texture, &src, &dst));
    *used = (layout_rect){x, y, w, h};
    return true;
}

bool gfx_sdl_op_icon(app *a, const char *name, int size, layout_rect r)
{
    SDL_Texture *t = assets_icon(a->platform->assets, name, size);
    if (t == NULL)
        return false;
    SDL_Rect d = gfx_sdl_rect(r);
    gfx_sdl_check(a, gfx_sdl_copy(a, t, NULL, &d));
    return true;
}

bool gfx_sdl_op_chip(app *a, layout_rect r, bool face_down)
{
    if (!a->platform->chips_made) /* not before a chip is drawn: the start is quicker */
        gfx_sdl_make_chips(a);
    SDL_Texture *t = face_down ? a->platform->chip_back : a->platform->chip_face;
    if (t == NULL)
        return false;
    SDL_Rect d = gfx_sdl_rect(r);
    gfx_sdl_check(a, gfx_sdl_copy(a, t, NULL, &d));
    return true;
}

bool gfx_sdl_op_save_png(app *a, char *path, size_t size,
                         error_list *errors)
{
    int w = a->out_w, h = a->out_h;
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32,
                                                    SDL_PIXELFORMAT_ARGB8888);
    if (s == NULL) {
        error_add(errors, path, 0, 0, "%s", SDL_GetError());
        return false;
    }
    bool ok = SDL_RenderReadPixels(a->platform->renderer, NULL, SDL_PIXELFORMAT_ARGB8888,
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
