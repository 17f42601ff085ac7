/* The table's felt: the picture kept at the size of its grain is spread
 * to the full window exactly (every 2x2 block one colour, odd sizes too),
 * it is opaque, and it is lighter in the middle than in the corners. */
#include <stdint.h>
#include <stdlib.h>

#include "check.h"
#include "felt.h"

static int brightness(uint32_t px)
{
    return (int)((px >> 16) & 255) + (int)((px >> 8) & 255) + (int)(px & 255);
}

static void check_size(int w, int h)
{
    felt f;
    CHECK(felt_make(&f, w, h, 0x275E4Cu));
    if (f.grain == NULL)
        return;
    CHECK(f.grain_w == (w + 1) / 2 && f.grain_h == (h + 1) / 2);
    int pitch = (w + 3) * 4; /* wider than the picture, as windows can be */
    uint32_t *pixels = malloc((size_t)pitch * (size_t)h);
    CHECK(pixels != NULL);
    if (pixels == NULL) {
        felt_free(&f);
        return;
    }
    const uint32_t mark = 0x12345678u;
    for (size_t i = 0; i < (size_t)pitch / 4 * (size_t)h; i++)
        pixels[i] = mark;
    felt_spread(&f, pixels, pitch);
    int wrong = 0, translucent = 0, outside = 0;
    for (int y = 0; y < h; y++) {
        const uint32_t *row = pixels + (size_t)y * (size_t)(pitch / 4);
        for (int x = 0; x < w; x++) {
            uint32_t want = f.palette[f.grain[(size_t)(y / 2) *
                                                  (size_t)f.grain_w +
                                              (size_t)(x / 2)]];
            wrong += row[x] != want;
            translucent += (row[x] >> 24) != 255;
        }
        for (int x = w; x < pitch / 4; x++)
            outside += row[x] != mark; /* the padding is left alone */
    }
    CHECK_MSG(wrong == 0, "%dx%d: %d pixels not their block's colour", w, h,
              wrong);
    CHECK_MSG(translucent == 0, "%dx%d: %d see-through pixels", w, h,
              translucent);
    CHECK_MSG(outside == 0, "%dx%d: %d pixels written past the width", w, h,
              outside);
    if (w >= 64 && h >= 64) {
        const uint32_t *mid = pixels + (size_t)(h / 2) * (size_t)(pitch / 4);
        int centre = 0, corner = 0;
        for (int i = -8; i < 8; i++) { /* averaged: the grain is random */
            centre += brightness(mid[w / 2 + i]);
            corner += brightness(pixels[4 + i + 8]);
        }
        CHECK_MSG(centre > corner, "%dx%d: centre %d not lighter than corner %d",
                  w, h, centre, corner);
    }
    free(pixels);
    felt_free(&f);
    CHECK(f.grain == NULL && f.w == 0);
}

int main(void)
{
    check_size(1, 1);
    check_size(3, 5);
    check_size(640, 400);
    check_size(1023, 601);
    check_size(1920, 1080);
    felt empty;
    CHECK(!felt_make(&empty, 0, 10, 0x275E4Cu) && empty.grain == NULL);
    felt_free(&empty); /* safe on an empty felt */
    return check_report();
}
