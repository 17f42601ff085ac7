/* text_cache: see text_cache.h. */
#include "text_cache.h"

#include <SDL_ttf.h>
#include <stdint.h>
#include <stdlib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <string.h>
#ifndef _WIN32
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#define TEXT_CACHE_MAP_FONT 1 /* the font file mapped, not read */
#endif

#include "utf8.h"

#define TEXT_CACHE_MAX_ENTRIES 600
#define TEXT_CACHE_MAX_LINES 64
#define TEXT_CACHE_MAX_MEMOS 256
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

/* One font object per weight, given the size each text needs
 * (TTF_SetFontSize). Each is a FreeType face with its shaping tables, and
 * opening one costs more than all the glyphs of a label: one per size
 * made the start screen's first frame 7 ms slower, and four per weight
 * used by turns 2-5 ms slower. Changing the size drops the glyphs loaded,
 * which costs little because every text is made once and fits and
 * measurements are remembered (text_memo). */
typedef struct {
    int size;
    TTF_Font *font; /* NULL until first used */
} text_font;

/* What a text fitted or measured to, remembered: screens ask again every
 * frame, and the answer costs glyphs at the size asked for. */
typedef enum { TEXT_MEMO_FIT, TEXT_MEMO_MEASURE } text_memo_kind;

typedef struct {
    char *text;
    uint32_t hash;
    text_memo_kind kind;
    int key[4];
    bool bold;
    int value[2];
} text_memo;

struct text_cache {
    SDL_Renderer *renderer;
    char *paths[2];
    /* the font files, regular and bold, in memory: a font object opens
     * from there without a system call */
    void *data[2];
    size_t data_size[2];
    bool data_mapped[2]; /* mmap()ed, else read with SDL_LoadFile */
    text_font fonts[2];  /* regular, bold */
    text_entry *entries;
    size_t count;
    text_memo memos[TEXT_CACHE_MAX_MEMOS];
    size_t memo_count;
    size_t renders;
    size_t bytes;
    size_t dropped;   /* pixel bytes let go since the heap was last trimmed */
    bool keep_surfaces;
    unsigned long frame; /* frames begun so far (text_cache_frame) */
};

static char *text_cache_strdup(const char *s)
{
    size_t n = strlen(s);
    char *d = malloc(n + 1);
    if (d)
        memcpy(d, s, n + 1);
    return d;
}

static uint32_t text_cache_hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 16777619u;
    }
    return h;
}

/* The font file's bytes. Mapped rather than read: the font only touches
 * the tables and glyphs it uses, and reading the whole file into fresh
 * memory was a tenth of the page faults before the first frame. (Debian
 * replaces font files by renaming, so a mapping stays valid across an
 * upgrade.) Falls back to reading when the file cannot be mapped. */
static void *text_cache_load_file(const char *path, size_t *size,
                                  bool *mapped)
{
    *size = 0;
    *mapped = false;
#ifdef TEXT_CACHE_MAP_FONT
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        struct stat st;
        void *p = MAP_FAILED;
        if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
            p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
        close(fd);
        if (p != MAP_FAILED) {
            *size = (size_t)st.st_size;
            *mapped = true;
            return p;
        }
    }
#endif
    return SDL_LoadFile(path, size);
}

static void text_cache_unload_file(void *data, size_t size, bool mapped)
{
#ifdef TEXT_CACHE_MAP_FONT
    if (data != NULL && mapped) {
        munmap(data, size);
        return;
    }
#else
    (void)size;
    (void)mapped;
#endif
    SDL_free(data);
}

/* A font of one size, from the file's bytes in memory. */
static TTF_Font *text_cache_open(const text_cache *tc, int bold, int size)
{
    if (tc->data[bold] == NULL || tc->data_size[bold] > (size_t)INT32_MAX)
        return NULL;
    SDL_RWops *rw = SDL_RWFromConstMem(tc->data[bold],
                                       (int)tc->data_size[bold]);
    if (rw == NULL)
        return NULL;
    return TTF_OpenFontRW(rw, 1, size); /* closes rw, also on failure */
}

static TTF_Font *text_cache_font(text_cache *tc, int size, bool bold)
{
    if (size < 4)
        size = 4;
    if (size > 400)
        size = 400;
    text_font *f = &tc->fonts[bold ? 1 : 0];
    if (f->font != NULL && f->size != size &&
        TTF_SetFontSize(f->font, size) != 0) {
        /* a font in an unknown state is not used again */
        TTF_CloseFont(f->font);
        f->font = NULL;
    }
    if (f->font == NULL) {
        f->font = text_cache_open(tc, bold ? 1 : 0, size);
        if (f->font == NULL)
            return NULL;
        TTF_SetFontHinting(f->font, TTF_HINTING_LIGHT);
    }
    f->size = size;
    return f->font;
}

text_cache *text_cache_new(const char *regular_path, const char *bold_path,
                           char *err, size_t err_size)
{
    text_cache *tc = calloc(1, sizeof *tc);
    if (tc == NULL) {
        snprintf(err, err_size, "out of memory");
        return NULL;
    }
    tc->paths[0] = text_cache_strdup(regular_path);
    tc->paths[1] = text_cache_strdup(bold_path ? bold_path : regular_path);
    tc->entries = calloc(TEXT_CACHE_MAX_ENTRIES, sizeof *tc->entries);
    if (!tc->paths[0] || !tc->paths[1] || !tc->entries) {
        snprintf(err, err_size, "out of memory");
        text_cache_free(tc);
        return NULL;
    }
    /* Read the files and open the fonts now, so a broken font file is
     * found at start (the first text gives them their size). */
    for (int b = 0; b < 2; b++) {
        tc->data[b] = text_cache_load_file(tc->paths[b], &tc->data_size[b],
                                           &tc->data_mapped[b]);
        if (tc->data[b] == NULL || text_cache_font(tc, 20, b == 1) == NULL) {
            snprintf(err, err_size, "cannot open the font %s: %s",
                     tc->paths[b], TTF_GetError());
            text_cache_free(tc);
            return NULL;
        }
    }
    return tc;
}

void text_cache_clear(text_cache *tc)
{
    if (tc == NULL)
        return;
    for (size_t i = 0; i < tc->count; i++) {
        free(tc->entries[i].text);
        if (tc->entries[i].image.texture)
            SDL_DestroyTexture(tc->entries[i].image.texture);
        SDL_FreeSurface(tc->entries[i].image.surface);
    }
    tc->count = 0;
    tc->bytes = 0;
    for (size_t i = 0; i < tc->memo_count; i++)
        free(tc->memos[i].text);
    tc->memo_count = 0;
}

void text_cache_frame(text_cache *tc)
{
    if (tc)
        tc->frame++;
}

static void text_cache_drop(text_cache *tc, size_t i)
{
    text_entry *e = &tc->entries[i];
    free(e->text);
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
    for (int b = 0; b < 2; b++)
        if (tc->fonts[b].font)
            TTF_CloseFont(tc->fonts[b].font);
    free(tc->entries);
    for (int b = 0; b < 2; b++)
        text_cache_unload_file(tc->data[b], tc->data_size[b],
                               tc->data_mapped[b]);
    free(tc->paths[0]);
    free(tc->paths[1]);
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


typedef struct {
    TTF_Font *font;
    char buf[2048];
} text_measure_ctx;

static int text_cache_measure_fn(const char *s, size_t len, void *context)
{
    text_measure_ctx *m = context;
    if (len >= sizeof m->buf)
        len = sizeof m->buf - 1;
    memcpy(m->buf, s, len);
    m->buf[len] = '\0';
    int w = 0, h = 0;
    if (TTF_SizeUTF8(m->font, m->buf, &w, &h) != 0)
        return -1;
    return w;
}

/* Breaks text into lines at wrap pixels (0: at newlines only). Returns
 * how many lines it needs (0 on failure); at most max_lines are stored.
 * Most texts fit on one line: one measurement says so, where breaking
 * would measure the line again at every word. Such a line's width is put
 * in *one_line (else -1). */
static size_t text_cache_wrap(TTF_Font *font, const char *text, int wrap,
                              utf8_line *lines, size_t max_lines,
                              int *one_line)
{
    text_measure_ctx ctx;
    ctx.font = font;
    *one_line = -1;
    size_t len = strlen(text);
    if (wrap <= 0) {
        /* no wrapping: split at newlines only */
        size_t n = 0, start = 0;
        for (size_t i = 0; i <= len && n < max_lines; i++) {
            if (i == len || text[i] == '\n') {
                lines[n].start = start;
                lines[n].length = i - start;
                n++;
                start = i + 1;
            }
        }
        return n;
    }
    if (len > 0 && max_lines > 0 && strchr(text, '\n') == NULL &&
        text[0] != ' ' && text[len - 1] != ' ') {
        int whole = text_cache_measure_fn(text, len, &ctx);
        if (whole < 0)
            return 0;
        if (whole <= wrap) {
            lines[0].start = 0;
            lines[0].length = len;
            *one_line = whole;
            return 1;
        }
    }
    return utf8_wrap(text, wrap, text_cache_measure_fn, &ctx, lines,
                     max_lines);
}

static const text_memo *text_cache_recall(const text_cache *tc,
                                          text_memo_kind kind,
                                          const char *text, const int key[4],
                                          bool bold)
{
    uint32_t hash = text_cache_hash(text);
    for (size_t i = 0; i < tc->memo_count; i++) {
        const text_memo *m = &tc->memos[i];
        if (m->hash == hash && m->kind == kind && m->bold == bold &&
            memcmp(m->key, key, sizeof m->key) == 0 &&
            strcmp(m->text, text) == 0)
            return m;
    }
    return NULL;
}

static void text_cache_remember(text_cache *tc, text_memo_kind kind,
                                const char *text, const int key[4], bool bold,
                                int value0, int value1)
{
    if (tc->memo_count == TEXT_CACHE_MAX_MEMOS) {
        for (size_t i = 0; i < tc->memo_count; i++)
            free(tc->memos[i].text);
        tc->memo_count = 0;
    }
    char *copy = text_cache_strdup(text);
    if (copy == NULL)
        return; /* not remembered: asked again next time */
    text_memo *m = &tc->memos[tc->memo_count++];
    m->text = copy;
    m->hash = text_cache_hash(text);
    m->kind = kind;
    memcpy(m->key, key, sizeof m->key);
    m->bold = bold;
    m->value[0] = value0;
    m->value[1] = value1;
}

static bool text_cache_measure_now(text_cache *tc, const char *text, int size,
                                   bool bold, int wrap_width, int *w, int *h)
{
    *w = *h = 0;
    if (text == NULL || text[0] == '\0')
        return true;
    TTF_Font *font = text_cache_font(tc, size, bold);
    if (font == NULL)
        return false;
    utf8_line lines[TEXT_CACHE_MAX_LINES];
    text_measure_ctx ctx;
    ctx.font = font;
    int one_line;
    size_t n = text_cache_wrap(font, text, wrap_width, lines,
                               TEXT_CACHE_MAX_LINES, &one_line);
    if (n == 0)
        return false;
    if (one_line >= 0) {
        *w = one_line;
        *h = TTF_FontLineSkip(font);
        return true;
    }
    size_t kept = n > TEXT_CACHE_MAX_LINES ? TEXT_CACHE_MAX_LINES : n;
    int maxw = 0;
    for (size_t i = 0; i < kept; i++) {
        int lw = text_cache_measure_fn(text + lines[i].start, lines[i].length,
                                       &ctx);
        if (lw < 0)
            return false;
        if (lw > maxw)
            maxw = lw;
    }
    *w = maxw;
    *h = (int)n * TTF_FontLineSkip(font);
    return true;
}

bool text_cache_measure(text_cache *tc, const char *text, int size, bool bold,
                        int wrap_width, int *w, int *h)
{
    if (text == NULL || text[0] == '\0') {
        *w = *h = 0;
        return true;
    }
    const int key[4] = {size, wrap_width, 0, 0};
    const text_memo *memo =
        text_cache_recall(tc, TEXT_MEMO_MEASURE, text, key, bold);
    if (memo) {
        *w = memo->value[0];
        *h = memo->value[1];
        return true;
    }
    if (!text_cache_measure_now(tc, text, size, bold, wrap_width, w, h))
        return false;
    text_cache_remember(tc, TEXT_MEMO_MEASURE, text, key, bold, *w, *h);
    return true;
}

/* The sizes text_cache_fit tries, from the largest down. */
static int text_cache_fit_step(int size)
{
    int step = size / 12;
    return step < 1 ? 1 : step;
}

/* Whether the text may fit a box at a smaller size, judged at this size
 * (whose glyphs are loaded already) in the box w x h made larger by the
 * same factor, with 4 % to spare: text grows about in step with its
 * size, but glyph widths are rounded to whole pixels at each size. */
static bool text_cache_fit_guess(text_cache *tc, const char *text, int size,
                                 bool bold, int w, int h)
{
    int slack_w = w + w / 25, slack_h = h + h / 25;
    int tw, th;
    return !text_cache_measure_now(tc, text, size, bold, slack_w, &tw, &th) ||
           (tw <= slack_w && th <= slack_h);
}

int text_cache_fit(text_cache *tc, const char *text, int max_size,
                   int min_size, bool bold, int w, int h)
{
    if (min_size > max_size)
        min_size = max_size;
    const int key[4] = {max_size, min_size, w, h};
    const text_memo *memo =
        text_cache_recall(tc, TEXT_MEMO_FIT, text, key, bold);
    if (memo)
        return memo->value[0];
    int size = max_size;
    int result = min_size;
    bool first = true;
    while (size >= min_size) {
        int tw, th;
        /* Every size tried costs the font's glyphs at that size, the
         * dearest part of drawing text. So after the largest size, sizes
         * that would not fit are passed over on a guess: the text at the
         * largest size, in the box made larger by the same factor. The
         * guess leans to "fits" by 4 %, so no size that fits is passed
         * over; the first size it lets through is then measured. */
        if (!first && !text_cache_fit_guess(tc, text, max_size, bold,
                                            w * max_size / size,
                                            h * max_size / size)) {
            size -= text_cache_fit_step(size);
            continue;
        }
        first = false;
        if (text_cache_measure_now(tc, text, size, bold, w, &tw, &th) &&
            tw <= w && th <= h) {
            result = size;
            break;
        }
        size -= text_cache_fit_step(size);
    }
    text_cache_remember(tc, TEXT_MEMO_FIT, text, key, bold, result, 0);
    return result;
}

static SDL_Surface *text_cache_render(text_cache *tc, const char *text,
                                      int size, bool bold, SDL_Color color,
                                      int wrap, gfx_align align)
{
    TTF_Font *font = text_cache_font(tc, size, bold);
    if (font == NULL)
        return NULL;
    utf8_line lines[TEXT_CACHE_MAX_LINES];
    int one_line;
    size_t n = text_cache_wrap(font, text, wrap, lines, TEXT_CACHE_MAX_LINES,
                               &one_line);
    if (n == 0)
        return NULL;
    if (n > TEXT_CACHE_MAX_LINES)
        n = TEXT_CACHE_MAX_LINES;
    SDL_Surface *parts[TEXT_CACHE_MAX_LINES] = {0};
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
    uint32_t hash = text_cache_hash(text);
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
    char *copy = text_cache_strdup(text);
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
