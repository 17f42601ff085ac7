/* utf8: validate, measure and break UTF-8 text. */
#include "utf8.h"

#include <stdio.h>
#include <string.h>

/* Length of the sequence at s (at most avail bytes) if it is well-formed,
 * else 0. */
static size_t sequence_length(const unsigned char *s, size_t avail)
{
    unsigned c = s[0];
    if (c < 0x80)
        return 1;
    size_t n;
    unsigned min;
    unsigned cp;
    if ((c & 0xE0) == 0xC0) {
        n = 2; min = 0x80; cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3; min = 0x800; cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4; min = 0x10000; cp = c & 0x07;
    } else {
        return 0;
    }
    if (avail < n)
        return 0;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n;
}

bool utf8_valid(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        if (u[i] < 0x20 && u[i] != '\t' && u[i] != '\n')
            return false;
        if (u[i] == 0x7F)
            return false;
        size_t n = sequence_length(u + i, len - i);
        if (n == 0)
            return false;
        i += n;
    }
    return true;
}

/* The code point of the valid sequence of n bytes at s. */
static unsigned decode(const unsigned char *s, size_t n)
{
    static const unsigned char lead_mask[5] = {0, 0x7F, 0x1F, 0x0F, 0x07};
    unsigned cp = s[0] & lead_mask[n];
    for (size_t i = 1; i < n; i++)
        cp = (cp << 6) | (s[i] & 0x3F);
    return cp;
}

/* Unicode's Cf (format: invisible, or turning the text's direction), Zl
 * and Zp (line and paragraph separators), as of Unicode 15. */
static const struct {
    unsigned first, last;
} hidden_ranges[] = {
    {0x00AD, 0x00AD},   {0x0600, 0x0605},   {0x061C, 0x061C},
    {0x06DD, 0x06DD},   {0x070F, 0x070F},   {0x0890, 0x0891},
    {0x08E2, 0x08E2},   {0x180E, 0x180E},   {0x200B, 0x200F},
    {0x2028, 0x202E},   {0x2060, 0x2064},   {0x2066, 0x206F},
    {0xFEFF, 0xFEFF},   {0xFFF9, 0xFFFB},   {0x110BD, 0x110BD},
    {0x110CD, 0x110CD}, {0x13430, 0x1343F}, {0x1BCA0, 0x1BCA3},
    {0x1D173, 0x1D17A}, {0xE0001, 0xE0001}, {0xE0020, 0xE007F},
};

bool utf8_is_hidden(unsigned cp)
{
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) /* Cc, C1 included */
        return true;
    for (size_t i = 0; i < sizeof hidden_ranges / sizeof hidden_ranges[0]; i++)
        if (cp >= hidden_ranges[i].first && cp <= hidden_ranges[i].last)
            return true;
    return false;
}

bool utf8_one_line(const char *s, size_t len)
{
    if (!utf8_valid(s, len))
        return false;
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < len;) {
        size_t n = sequence_length(u + i, len - i);
        if (utf8_is_hidden(decode(u + i, n)))
            return false;
        i += n;
    }
    return true;
}

void utf8_escape(const char *s, char *out, size_t size)
{
    if (size == 0)
        return;
    const unsigned char *u = (const unsigned char *)s;
    size_t len = strlen(s), o = 0;
    for (size_t i = 0; i < len;) {
        size_t n = sequence_length(u + i, len - i);
        char piece[16];
        if (n == 0) {
            snprintf(piece, sizeof piece, "\\x%02X", u[i]);
            n = 1;
        } else if (utf8_is_hidden(decode(u + i, n))) {
            snprintf(piece, sizeof piece, "\\u{%X}", decode(u + i, n));
        } else {
            memcpy(piece, u + i, n);
            piece[n] = '\0';
        }
        size_t p = strlen(piece);
        if (o + p >= size)
            break;
        memcpy(out + o, piece, p);
        o += p;
        i += n;
    }
    out[o] = '\0';
}

size_t utf8_length(const char *s)
{
    size_t n = 0;
    for (const unsigned char *u = (const unsigned char *)s; *u; u++)
        if ((*u & 0xC0) != 0x80)
            n++;
    return n;
}

size_t utf8_next(const char *s, size_t pos)
{
    const unsigned char *u = (const unsigned char *)s;
    if (!u[pos])
        return pos;
    pos++;
    while (u[pos] && (u[pos] & 0xC0) == 0x80)
        pos++;
    return pos;
}

/* Appends a line if there is room; counts it either way. */
static void add_line(utf8_line *lines, size_t max_lines, size_t *count,
                     size_t start, size_t length)
{
    if (*count < max_lines) {
        lines[*count].start = start;
        lines[*count].length = length;
    }
    (*count)++;
}

size_t utf8_wrap(const char *text, int max_width, utf8_measure_fn measure,
                 void *context, utf8_line *lines, size_t max_lines)
{
    size_t count = 0;
    size_t total = strlen(text);
    size_t line_start = 0;
    while (line_start < total) {
        /* Skip spaces at the start of a wrapped line. */
        while (line_start < total && text[line_start] == ' ')
            line_start++;
        if (line_start >= total)
            break;
        size_t line_end = line_start;     /* end of what fits so far */
        size_t pos = line_start;
        bool hard_break = false;
        for (;;) {
            /* Next word: up to a space, newline or end. */
            size_t word_end = pos;
            while (word_end < total && text[word_end] != ' ' &&
                   text[word_end] != '\n')
                word_end++;
            int width = measure(text + line_start, word_end - line_start,
                                context);
            if (width < 0)
                return 0;
            if (width > max_width) {
                if (line_end > line_start)
                    break; /* the word goes to the next line */
                /* One word wider than the line: cut it by code points. */
                size_t cut = line_start;
                size_t next = utf8_next(text, cut);
                while (next < word_end) {
                    int w = measure(text + line_start, next - line_start,
                                    context);
                    if (w < 0)
                        return 0;
                    if (w > max_width)
                        break;
                    cut = next;
                    next = utf8_next(text, cut);
                }
                if (cut == line_start)
                    cut = utf8_next(text, line_start); /* at least one */
                line_end = cut;
                break;
            }
            line_end = word_end;
            if (word_end >= total)
                break;
            if (text[word_end] == '\n') {
                hard_break = true;
                break;
            }
            pos = word_end + 1;
        }
        size_t trimmed = line_end;
        while (trimmed > line_start && text[trimmed - 1] == ' ')
            trimmed--;
        add_line(lines, max_lines, &count, line_start, trimmed - line_start);
        line_start = line_end;
        if (hard_break || (line_start < total && text[line_start] == '\n'))
            line_start++;
    }
    return count;
}
