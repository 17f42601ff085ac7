/* text_cache: see text_cache.h. The fonts are text_font's, the lines and
 * sizes text_measure's; this file makes the pictures and keeps them. */
#include "text_cache.h"

#include <SDL_ttf.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <string.h>

#include "text_font.h"
#include "text_measure.h"

#define TEXT_CACHE_MAX_ENTRIES 600
/* Pixel bytes let go before the heap is trimmed: a banner or two. */
#define TEXT_CACHE_TRIM_BYTES ((size_t)1024 * 1024)
/* Pixels kept, at 4 bytes each: enough for every text of a few screens. */
#define TEXT_CACHE_MAX_BYTES ((size_t)24 * 1024 * 1024)
/* Above this, texts no frame has drawn for a while are let go: a text
 * made for one round (the banner with its file name, the resume question
 * with its date) must not stay for the life of the program. */
#define TEXT_CACHE_SOFT_BYTES ((size_t)2 * 1024 * 1024)
#define TEXT_CACHE_OLD_FRAMES 20

typedef struct {
    char *text;
    int size;
    bool bold;
    SDL_Color color;
    int wrap;
    gfx_align align;
    uint32_t hash;
    text_image image;
    unsigned long used; /* the frame that last drew it */
} text_entry;

struct text_cache {
    SDL_Renderer *renderer;
    text_font fonts;
    text_measure measure; /* its answers go with the pictures */
    text_entry *entries;
    size_t count;
    size_t renders;
    size_t bytes;
    size_t dropped;   /* pixel bytes let go since the heap was last trimmed */
    bool keep_surfaces;
    unsigned long frame; /* frames begun so far (text_cache_frame) */
};

text_cache *text_cache_new(const char *regular_path, const char *bold_path,
                           char *err, size_t err_size)
{
    text_cache *tc = calloc(1, sizeof *tc);
    if (tc != NULL)
        tc->entries = calloc(TEXT_CACHE_MAX_ENTRIES, sizeof *tc->entries);
    if (tc == NULL || tc->entries == NULL) {
        snprintf(err, err_size, "out of memory");
        text_cache_free(tc);
        return NULL;
    }
    tc->measure.fonts = &tc->fonts;
    if (!text_font_open(&tc->fonts, regular_path, bold_path, err,
                        err_size)) {
        text_cache_free(tc);
        return NULL;
    }
    return tc;
}

void text_cache_clear(text_cache *tc)
{
    if (tc == NULL)
        return;
    for (size_t i = 0; i < tc->count; i++) {
        SDL_free(tc->entries[i].text);
        if (tc->entries[i].image.texture)
            SDL_DestroyTexture(tc->entries[i].image.texture);
        SDL_FreeSurface(tc->entries[i].image.surface);
    }
    tc->count = 0;
    tc->bytes = 0;
    text_measure_forget(&tc->measure);
}

void text_cache_frame(text_cache *tc)
{
    if (tc)
        tc->frame++;
}

static void text_cache_drop(text_cache *tc, size_t i)
{
    text_entry *e = &tc->entries[i];
    SDL_free(e->text);
    if (e->image.texture)
        SDL_DestroyTexture(e->image.texture);
    SDL_FreeSurface(e->image.surface);
    tc->bytes -= (size_t)e->image.w * (size_t)e->image.h * 4u;
    tc->dropped += (size_t)e->image.w * (size_t)e->image.h * 4u;
    tc->entries[i] = tc->entries[--tc->count]; /* order does not matter */
}

/* Lets go of the texts no frame has drawn for a while. */
static void text_cache_trim(text_cache *tc)
{
    size_t before = tc->count;
    for (size_t i = tc->count; i-- > 0;)
        if (tc->frame - tc->entries[i].used > TEXT_CACHE_OLD_FRAMES)
            text_cache_drop(tc, i);
#ifdef __GLIBC__
    /* a text picture is large (a two-line banner is ~0.4 MB); once freed,
     * glibc keeps such blocks in the heap, where round after round they
     * added up to megabytes of resident memory: give the pages back. Not
     * for every small text: a running talk clock lets one go each second,
     * and trimming then costs the next frame its pages back */
    if (tc->count != before && tc->dropped >= TEXT_CACHE_TRIM_BYTES) {
        malloc_trim(0);
        tc->dropped = 0;
    }
#else
    (void)before;
#endif
}

void text_cache_free(text_cache *tc)
{
    if (tc == NULL)
        return;
    if (tc->entries)
        text_cache_clear(tc);
    text_font_close(&tc->fonts);
    free(tc->entries);
    free(tc);
}

void text_cache_use_renderer(text_cache *tc, SDL_Renderer *renderer,
                             bool keep_surfaces)
{
    text_cache_clear(tc); /* made for another renderer or kept otherwise */
    tc->renderer = renderer;
    tc->keep_surfaces = keep_surfaces;
}

size_t text_cache_count(const text_cache *tc)
{
    return tc->count;
}

size_t text_cache_renders(const text_cache *tc)
{
    return tc->renders;
}


bool text_cache_measure(text_cache *tc, const char *text, int size, bool bold,
                        int wrap_width, int *w, int *h)
{
    return text_measure_size(&tc->measure, text, size, bold, wrap_width, w,
                             h);
}

int text_cache_fit(text_cache *tc, const char *text, int max_size,
                   int min_size, bool bold, int w, int h)
{
    return text_measure_fit(&tc->measure, text, max_size, min_size, bold, w,
                            h);
}

static SDL_Surface *text_cache_render(text_cache *tc, const char *text,
                                      int size, bool bold, SDL_Color color,
                                      int wrap, gfx_align align)
{
    TTF_Font *font = text_font_at(&tc->fonts, size, bold);
    if (font == NULL)
        return NULL;
    utf8_line lines[TEXT_MEASURE_MAX_LINES];
    int one_line;
    size_t n = text_measure_lines(font, text, wrap, lines,
                                  TEXT_MEASURE_MAX_LINES, &one_line);
    if (n == 0)
        return NULL;
    if (n > TEXT_MEASURE_MAX_LINES)
        n = TEXT_MEASURE_MAX_LINES;
    SDL_Surface *parts[TEXT_MEASURE_MAX_LINES] = {0};
    int skip = TTF_FontLineSkip(font);
    int maxw = 1;
    char buf[2048];
    bool ok = true;
    for (size_t i = 0; i < n && ok; i++) {
        size_t len = lines[i].length;
        if (len >= sizeof buf)
            len = sizeof buf - 1;
        memcpy(buf, text + lines[i].start, len);
        buf[len] = '\0';
        if (len == 0)
            continue;
        parts[i] = TTF_RenderUTF8_Blended(font, buf, color);
        if (parts[i] == NULL) {
            ok = false;
            break;
        }
        if (parts[i]->w > maxw)
            maxw = parts[i]->w;
    }
    SDL_Surface *out = NULL;
    if (ok && n == 1 && parts[0] != NULL && parts[0]->h == (int)n * skip) {
        /* one line: the font's picture is the result, no second copy */
        tc->renders++;
        return parts[0];
    }
    if (ok) {
        out = SDL_CreateRGBSurfaceWithFormat(0, maxw, (int)n * skip, 32,
                                             SDL_PIXELFORMAT_ARGB8888);
        if (out != NULL) {
            if (SDL_FillRect(out, NULL,
                             SDL_MapRGBA(out->format, color.r, color.g,
                                         color.b, 0)) != 0) {
                SDL_FreeSurface(out);
                out = NULL;
            }
            for (size_t i = 0; out != NULL && i < n; i++) {
                if (parts[i] == NULL)
                    continue;
                SDL_Rect dst = {0, (int)i * skip, parts[i]->w, parts[i]->h};
                if (align == GFX_ALIGN_CENTER)
                    dst.x = (maxw - parts[i]->w) / 2;
                else if (align == GFX_ALIGN_RIGHT)
                    dst.x = maxw - parts[i]->w;
                /* copy alpha as it is: lines never overlap */
                if (SDL_SetSurfaceBlendMode(parts[i], SDL_BLENDMODE_NONE) != 0 ||
                    SDL_BlitSurface(parts[i], NULL, out, &dst) != 0) {
                    SDL_FreeSurface(out);
                    out = NULL;
                    break;
                }
            }
        }
    }
    for (size_t i = 0; i < n; i++)
        if (parts[i])
            SDL_FreeSurface(parts[i]);
    tc->renders++;
    return out;
}

bool text_cache_get(text_cache *tc, const char *text, int size, bool bold,
                    SDL_Color color, int wrap_width, gfx_align align,
                    text_image *out)
{
    memset(out, 0, sizeof *out);
    if (text == NULL || text[0] == '\0')
        return true;
    uint32_t hash = text_measure_hash(text);
    for (size_t i = 0; i < tc->count; i++) {
        text_entry *e = &tc->entries[i];
        if (e->hash == hash && e->size == size && e->bold == bold &&
            e->wrap == wrap_width && e->align == align &&
            e->color.r == color.r && e->color.g == color.g &&
            e->color.b == color.b && e->color.a == color.a &&
            strcmp(e->text, text) == 0) {
            e->used = tc->frame;
            *out = e->image;
            return true;
        }
    }
    if (tc->bytes > TEXT_CACHE_SOFT_BYTES)
        text_cache_trim(tc);
    if (tc->count == TEXT_CACHE_MAX_ENTRIES)
        text_cache_clear(tc);
    SDL_Surface *surface = text_cache_render(tc, text, size, bold, color,
                                             wrap_width, align);
    if (surface == NULL)
        return false;
    text_image image = {NULL, NULL, surface->w, surface->h};
    if (tc->keep_surfaces) {
        image.surface = surface;
        if (SDL_SetSurfaceBlendMode(surface, SDL_BLENDMODE_BLEND) != 0) {
            SDL_FreeSurface(surface);
            return false;
        }
    } else {
        image.texture = SDL_CreateTextureFromSurface(tc->renderer, surface);
        SDL_FreeSurface(surface);
        if (image.texture == NULL)
            return false;
        if (SDL_SetTextureBlendMode(image.texture, SDL_BLENDMODE_BLEND) != 0) {
            SDL_DestroyTexture(image.texture);
            return false;
        }
    }
    size_t bytes = (size_t)image.w * (size_t)image.h * 4u;
    if (tc->bytes + bytes > TEXT_CACHE_MAX_BYTES && tc->count > 0) {
        /* over budget: start afresh (the picture just made is kept) */
        text_cache_clear(tc);
    }
    tc->bytes += bytes;
    char *copy = SDL_strdup(text);
    if (copy == NULL) {
        if (image.texture)
            SDL_DestroyTexture(image.texture);
        SDL_FreeSurface(image.surface);
        return false;
    }
    text_entry *e = &tc->entries[tc->count++];
    e->text = copy;
    e->hash = hash;
    e->size = size;
    e->bold = bold;
    e->color = color;
    e->wrap = wrap_width;
    e->align = align;
    e->image = image;
    e->used = tc->frame;
    *out = image;
    return true;
}
