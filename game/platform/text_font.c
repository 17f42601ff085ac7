/* text_font: see text_font.h. */
#include "text_font.h"

#include <stdint.h>
#include <stdio.h>
#ifndef _WIN32
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#define TEXT_FONT_MAP 1 /* the font file mapped, not read */
#endif

/* The font file's bytes. Mapped rather than read: the font only touches
 * the tables and glyphs it uses, and reading the whole file into fresh
 * memory was a tenth of the page faults before the first frame. (Debian
 * replaces font files by renaming, so a mapping stays valid across an
 * upgrade.) Falls back to reading when the file cannot be mapped. */
static void *text_font_load_file(const char *path, size_t *size,
                                 bool *mapped)
{
    *size = 0;
    *mapped = false;
#ifdef TEXT_FONT_MAP
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

static void text_font_unload_file(void *data, size_t size, bool mapped)
{
#ifdef TEXT_FONT_MAP
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

/* A font of one size, from the file's bytes in memory: no system call. */
static TTF_Font *text_font_from_memory(const text_font *f, int bold,
                                       int size)
{
    if (f->data[bold] == NULL || f->data_size[bold] > (size_t)INT32_MAX)
        return NULL;
    SDL_RWops *rw = SDL_RWFromConstMem(f->data[bold],
                                       (int)f->data_size[bold]);
    if (rw == NULL)
        return NULL;
    return TTF_OpenFontRW(rw, 1, size); /* closes rw, also on failure */
}

/* One font object per weight, given the size each text needs
 * (TTF_SetFontSize). Each is a FreeType face with its shaping tables, and
 * opening one costs more than all the glyphs of a label: one per size
 * made the start screen's first frame 7 ms slower, and four per weight
 * made turns 2-5 ms slower. Changing the size drops the glyphs loaded,
 * which costs little because every text is made once and fits and
 * measurements are remembered (text_measure). */
TTF_Font *text_font_at(text_font *f, int size, bool bold)
{
    if (size < 4)
        size = 4;
    if (size > 400)
        size = 400;
    int b = bold ? 1 : 0;
    if (f->font[b] != NULL && f->size[b] != size &&
        TTF_SetFontSize(f->font[b], size) != 0) {
        /* a font in an unknown state is not used again */
        TTF_CloseFont(f->font[b]);
        f->font[b] = NULL;
    }
    if (f->font[b] == NULL) {
        f->font[b] = text_font_from_memory(f, b, size);
        if (f->font[b] == NULL)
            return NULL;
        TTF_SetFontHinting(f->font[b], TTF_HINTING_LIGHT);
    }
    f->size[b] = size;
    return f->font[b];
}

bool text_font_open(text_font *f, const char *regular_path,
                    const char *bold_path, char *err, size_t err_size)
{
    const char *paths[2] = {regular_path,
                            bold_path ? bold_path : regular_path};
    /* the first text gives each its size; opened now to find a broken
     * file at start */
    for (int b = 0; b < 2; b++) {
        f->data[b] = text_font_load_file(paths[b], &f->data_size[b],
                                         &f->data_mapped[b]);
        if (f->data[b] == NULL || text_font_at(f, 20, b == 1) == NULL) {
            snprintf(err, err_size, "cannot open the font %s: %s", paths[b],
                     TTF_GetError());
            text_font_close(f);
            return false;
        }
    }
    return true;
}

void text_font_close(text_font *f)
{
    for (int b = 0; b < 2; b++) {
        if (f->font[b])
            TTF_CloseFont(f->font[b]);
        f->font[b] = NULL;
        text_font_unload_file(f->data[b], f->data_size[b], f->data_mapped[b]);
        f->data[b] = NULL;
    }
}
