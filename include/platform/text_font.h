/* text_font: the game's two font files (regular and bold) held in memory
 * and one SDL_ttf font object per weight, given the size each text needs.
 * Opened once at start (so a broken font file is told then), used by
 * text_measure and text_cache. */
#ifndef ALLIANTIESPEL_PLATFORM_TEXT_FONT_H
#define ALLIANTIESPEL_PLATFORM_TEXT_FONT_H

#include <SDL_ttf.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct {
    void *data[2];       /* the files' bytes, regular and bold */
    size_t data_size[2];
    bool data_mapped[2]; /* mmap()ed, else read with SDL_LoadFile */
    int size[2];         /* the size each font object has now */
    TTF_Font *font[2];   /* NULL until opened */
} text_font;

/* Reads both files (bold_path NULL: the regular one for both) and opens
 * each at a first size. False, fonts closed and a sentence in err when
 * either cannot be used. */
bool text_font_open(text_font *f, const char *regular_path,
                    const char *bold_path, char *err, size_t err_size);
/* The weight's font object at size (clamped to 4..400); NULL when it
 * cannot be opened. Valid until the next call with another size. */
TTF_Font *text_font_at(text_font *f, int size, bool bold);
/* Closes the fonts and lets the files go; safe on a zeroed struct. */
void text_font_close(text_font *f);

#endif
