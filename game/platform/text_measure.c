/* text_measure: see text_measure.h. */
#include "text_measure.h"

#include <string.h>

uint32_t text_measure_hash(const char *text)
{
    uint32_t h = 2166136261u;
    for (; *text; text++) {
        h ^= (unsigned char)*text;
        h *= 16777619u;
    }
    return h;
}

typedef struct {
    TTF_Font *font;
    char buf[2048];
} text_measure_ctx;

static int text_measure_width(const char *s, size_t len, void *context)
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

/* Most texts fit on one line: one measurement says so, where breaking
 * would measure the line again at every word. */
size_t text_measure_lines(TTF_Font *font, const char *text, int wrap,
                          utf8_line *lines, size_t max_lines, int *one_line)
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
        int whole = text_measure_width(text, len, &ctx);
        if (whole < 0)
            return 0;
        if (whole <= wrap) {
            lines[0].start = 0;
            lines[0].length = len;
            *one_line = whole;
            return 1;
        }
    }
    return utf8_wrap(text, wrap, text_measure_width, &ctx, lines, max_lines);
}

static const text_measure_memo *text_measure_recall(const text_measure *m,
                                                    text_measure_kind kind,
                                                    const char *text,
                                                    const int key[4],
                                                    bool bold)
{
    uint32_t hash = text_measure_hash(text);
    for (size_t i = 0; i < m->memo_count; i++) {
        const text_measure_memo *o = &m->memos[i];
        if (o->hash == hash && o->kind == kind && o->bold == bold &&
            memcmp(o->key, key, sizeof o->key) == 0 &&
            strcmp(o->text, text) == 0)
            return o;
    }
    return NULL;
}

static void text_measure_remember(text_measure *m, text_measure_kind kind,
                                  const char *text, const int key[4],
                                  bool bold, int value0, int value1)
{
    if (m->memo_count == TEXT_MEASURE_MAX_MEMOS)
        text_measure_forget(m);
    char *copy = SDL_strdup(text);
    if (copy == NULL)
        return; /* not remembered: asked again next time */
    text_measure_memo *o = &m->memos[m->memo_count++];
    o->text = copy;
    o->hash = text_measure_hash(text);
    o->kind = kind;
    memcpy(o->key, key, sizeof o->key);
    o->bold = bold;
    o->value[0] = value0;
    o->value[1] = value1;
}

void text_measure_forget(text_measure *m)
{
    for (size_t i = 0; i < m->memo_count; i++)
        SDL_free(m->memos[i].text);
    m->memo_count = 0;
}

static bool text_measure_now(text_measure *m, const char *text, int size,
                             bool bold, int wrap_width, int *w, int *h)
{
    *w = *h = 0;
    if (text == NULL || text[0] == '\0')
        return true;
    TTF_Font *font = text_font_at(m->fonts, size, bold);
    if (font == NULL)
        return false;
    utf8_line lines[TEXT_MEASURE_MAX_LINES];
    text_measure_ctx ctx;
    ctx.font = font;
    int one_line;
    size_t n = text_measure_lines(font, text, wrap_width, lines,
                                  TEXT_MEASURE_MAX_LINES, &one_line);
    if (n == 0)
        return false;
    if (one_line >= 0) {
        *w = one_line;
        *h = TTF_FontLineSkip(font);
        return true;
    }
    size_t kept = n > TEXT_MEASURE_MAX_LINES ? TEXT_MEASURE_MAX_LINES : n;
    int maxw = 0;
    for (size_t i = 0; i < kept; i++) {
        int lw = text_measure_width(text + lines[i].start, lines[i].length,
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

bool text_measure_size(text_measure *m, const char *text, int size,
                       bool bold, int wrap_width, int *w, int *h)
{
    if (text == NULL || text[0] == '\0') {
        *w = *h = 0;
        return true;
    }
    const int key[4] = {size, wrap_width, 0, 0};
    const text_measure_memo *memo =
        text_measure_recall(m, TEXT_MEASURE_SIZE, text, key, bold);
    if (memo) {
        *w = memo->value[0];
        *h = memo->value[1];
        return true;
    }
    if (!text_measure_now(m, text, size, bold, wrap_width, w, h))
        return false;
    text_measure_remember(m, TEXT_MEASURE_SIZE, text, key, bold, *w, *h);
    return true;
}

/* The sizes text_measure_fit tries, from the largest down. */
static int text_measure_fit_step(int size)
{
    int step = size / 12;
    return step < 1 ? 1 : step;
}

/* Whether the text may fit a box at a smaller size, judged at this size
 * (whose glyphs are loaded already) in the box w x h made larger by the
 * same factor, with 4 % to spare: text grows about in step with its
 * size, but glyph widths are rounded to whole pixels at each size. */
static bool text_measure_fit_guess(text_measure *m, const char *text,
                                   int size, bool bold, int w, int h)
{
    int slack_w = w + w / 25, slack_h = h + h / 25;
    int tw, th;
    return !text_measure_now(m, text, size, bold, slack_w, &tw, &th) ||
           (tw <= slack_w && th <= slack_h);
}

int text_measure_fit(text_measure *m, const char *text, int max_size,
                     int min_size, bool bold, int w, int h)
{
    if (min_size > max_size)
        min_size = max_size;
    const int key[4] = {max_size, min_size, w, h};
    const text_measure_memo *memo =
        text_measure_recall(m, TEXT_MEASURE_FIT, text, key, bold);
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
        if (!first && !text_measure_fit_guess(m, text, max_size, bold,
                                              w * max_size / size,
                                              h * max_size / size)) {
            size -= text_measure_fit_step(size);
            continue;
        }
        first = false;
        if (text_measure_now(m, text, size, bold, w, &tw, &th) && tw <= w &&
            th <= h) {
            result = size;
            break;
        }
        size -= text_measure_fit_step(size);
    }
    text_measure_remember(m, TEXT_MEASURE_FIT, text, key, bold, result, 0);
    return result;
}
