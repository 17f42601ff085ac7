/* felt: see felt.h. */
#include "felt.h"

#include <stdlib.h>
#include <string.h>

static int felt_clamp(int v)
{
    return v < 0 ? 0 : v > 255 ? 255 : v;
}

/* light = 1.10 - 0.30 * d, d = 0 in the centre .. 1 in a corner, in
 * units of 1/65536. It is kept in FELT_LEVELS steps of less than one
 * unit of colour (the grain hides them), times FELT_NOISES kinds of grain:
 * one byte a block and a palette of 256 colours, a quarter of the memory
 * a colour per block took (fresh memory is what start-up waits for). */
#define FELT_LIGHT_TOP 72090
#define FELT_LIGHT_SPAN 19661
#define FELT_LEVELS 32
#define FELT_NOISES 8

static uint32_t felt_colour(int br, int bg, int bb, int32_t light,
                            int32_t noise)
{
    int r = felt_clamp((br * light + noise) >> 16);
    int g = felt_clamp((bg * light + noise) >> 16);
    int b = felt_clamp((bb * light + noise) >> 16);
    return 0xFF000000u | ((uint32_t)r << 16) | ((uint32_t)g << 8) |
           (uint32_t)b;
}

bool felt_make(felt *f, int w, int h, uint32_t base)
{
    memset(f, 0, sizeof *f);
    if (w <= 0 || h <= 0)
        return false;
    int gw = (w + 1) / 2, gh = (h + 1) / 2;
    uint8_t *grain = malloc((size_t)gw * (size_t)gh);
    int32_t *column = malloc((size_t)gw * sizeof *column);
    if (grain == NULL || column == NULL) {
        free(grain);
        free(column);
        return false;
    }
    int br = (int)(base >> 16) & 255, bg = (int)(base >> 8) & 255,
        bb = (int)base & 255;
    for (int level = 0; level < FELT_LEVELS; level++) {
        int32_t light = FELT_LIGHT_TOP - FELT_LIGHT_SPAN +
                        level * FELT_LIGHT_SPAN / (FELT_LEVELS - 1);
        for (int n = 0; n < FELT_NOISES; n++)
            f->palette[level * FELT_NOISES + n] =
                felt_colour(br, bg, bb, light, (n * 2 - 7) * 32768);
    }
    /* Coordinates doubled so the centre is a whole number; the distance
     * splits into a part per column and one per row. */
    int64_t corner = (int64_t)w * w + (int64_t)h * h;
    int64_t k = ((int64_t)FELT_LIGHT_SPAN << 16) / corner;
    for (int gx = 0; gx < gw; gx++) {
        int64_t dx = 4 * (int64_t)gx - w;
        column[gx] = (int32_t)((dx * dx * k) >> 16);
    }
    uint32_t seed = 12345u;
    for (int gy = 0; gy < gh; gy++) {
        int64_t dy = 4 * (int64_t)gy - h;
        /* how far below the top light, in levels scaled by the span */
        int32_t row_dark = (int32_t)((dy * dy * k) >> 16);
        uint8_t *row = grain + (size_t)gy * (size_t)gw;
        for (int gx = 0; gx < gw; gx++) {
            int32_t dark = row_dark + column[gx];
            int32_t level = FELT_LEVELS - 1 -
                            (dark * (FELT_LEVELS - 1) + FELT_LIGHT_SPAN / 2) /
                                FELT_LIGHT_SPAN;
            if (level < 0)
                level = 0;
            seed = seed * 1103515245u + 12345u;
            row[gx] = (uint8_t)(level * FELT_NOISES + (int32_t)((seed >> 16) & 7));
        }
    }
    free(column);
    f->grain = grain;
    f->grain_w = gw;
    f->grain_h = gh;
    f->w = w;
    f->h = h;
    return true;
}

void felt_free(felt *f)
{
    free(f->grain);
    memset(f, 0, sizeof *f);
}

void felt_spread(const felt *f, void *pixels, int pitch)
{
    int pairs = f->w / 2; /* whole blocks in a row; an odd width has a half */
    for (int y = 0; y < f->h; y++) {
        uint32_t *out = (uint32_t *)((unsigned char *)pixels +
                                     (size_t)y * (size_t)pitch);
        if (y % 2 == 1) {
            /* the second row of a block is the first one again */
            memcpy(out, (unsigned char *)out - pitch,
                   (size_t)f->w * sizeof *out);
            continue;
        }
        const uint8_t *in = f->grain + (size_t)(y / 2) * (size_t)f->grain_w;
        for (size_t i = 0; i < (size_t)pairs; i++) {
            uint32_t px = f->palette[in[i]];
            out[2 * i] = px;
            out[2 * i + 1] = px;
        }
        if (f->w % 2 == 1)
            out[f->w - 1] = f->palette[in[pairs]];
    }
}
