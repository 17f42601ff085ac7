/* felt: the table's green cloth. It has a grain of 2x2 pixels, so it is
 * computed and kept at that size (a quarter of the window's pixels) and
 * spread out to full size when a frame is drawn. Plain C: no SDL here, so
 * tests check the picture without a window. */
#ifndef ALLIANTIESPEL_UI_FELT_H
#define ALLIANTIESPEL_UI_FELT_H

#include <stdbool.h>
#include <stdint.h>

typedef struct {
    uint8_t *grain;   /* one palette index per 2x2 block */
    uint32_t palette[256]; /* opaque 0xAARRGGBB colours */
    int grain_w, grain_h;
    int w, h;         /* the full picture this is for */
} felt;

/* Computes the felt for a w x h picture, lighter in the middle; base is
 * the cloth's colour as 0xRRGGBB. Returns false when out of memory (f is
 * then empty). */
bool felt_make(felt *f, int w, int h, uint32_t base);
void felt_free(felt *f);

/* Writes the full w x h picture into 32-bit pixels, pitch bytes apart
 * (the window's own memory, or a texture's). */
void felt_spread(const felt *f, void *pixels, int pitch);

#endif
