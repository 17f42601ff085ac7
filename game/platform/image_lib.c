/* image_lib: see image_lib.h. */
#include "image_lib.h"

#include <stdio.h>

#include "dl_symbol.h"

#ifdef _WIN32
#define IMAGE_LIB_SONAME "SDL2_image.dll"
#else
#define IMAGE_LIB_SONAME "libSDL2_image-2.0.so.0"
#endif
#define IMAGE_LIB_INIT_PNG 0x00000002 /* IMG_INIT_PNG */

typedef int (*image_lib_init_fn)(int flags);
typedef SDL_Surface *(*image_lib_svg_fn)(SDL_RWops *rw, int w, int h);
typedef int (*image_lib_save_png_fn)(SDL_Surface *surface, SDL_RWops *dst,
                                     int freedst);

static SDL_SpinLock image_lib_lock;
static bool image_lib_tried;
static char image_lib_error[512];
static image_lib_svg_fn image_lib_load_svg;
static image_lib_save_png_fn image_lib_write_png;

#ifdef __EMSCRIPTEN__
#include <SDL_image.h>
/* the browser build has no libraries to load at run time: SDL2_image is
 * linked in */
static void image_lib_load(void)
{
    IMG_Init(IMAGE_LIB_INIT_PNG);
    image_lib_load_svg = IMG_LoadSizedSVG_RW;
    image_lib_write_png = IMG_SavePNG_RW;
}
#else
static void image_lib_load(void)
{
    /* another name only for the test of what a user sees without it */
    const char *name = SDL_getenv("ALLIANTIESPEL_IMAGE_LIB");
    if (name == NULL || name[0] == '\0')
        name = IMAGE_LIB_SONAME;
    void *lib = dl_open(name);
    if (lib == NULL) {
        snprintf(image_lib_error, sizeof image_lib_error,
                 "cannot load SDL2_image (%s): is the package "
                 "libsdl2-image-2.0-0 installed?", name);
        return;
    }
    image_lib_init_fn init = NULL;
    image_lib_svg_fn svg = NULL;
    image_lib_save_png_fn png = NULL;
    if (!dl_symbol(lib, "IMG_Init", &init, sizeof init) ||
        !dl_symbol(lib, "IMG_LoadSizedSVG_RW", &svg, sizeof svg) ||
        !dl_symbol(lib, "IMG_SavePNG_RW", &png, sizeof png)) {
        snprintf(image_lib_error, sizeof image_lib_error,
                 "%s is too old: SDL2_image 2.6 or newer is needed", name);
        dl_close(lib);
        return;
    }
    init(IMAGE_LIB_INIT_PNG); /* without it PNG is still written, slower */
    image_lib_load_svg = svg;
    image_lib_write_png = png;
}
#endif

bool image_lib_open(char *err, size_t err_size)
{
    SDL_AtomicLock(&image_lib_lock);
    if (!image_lib_tried) {
        image_lib_tried = true;
        image_lib_load();
    }
    bool ok = image_lib_load_svg != NULL;
    if (!ok && err != NULL)
        snprintf(err, err_size, "%s", image_lib_error);
    SDL_AtomicUnlock(&image_lib_lock);
    return ok;
}

SDL_Surface *image_lib_svg(SDL_RWops *rw, int w, int h)
{
    if (!image_lib_open(NULL, 0)) {
        SDL_SetError("%s", image_lib_error);
        return NULL;
    }
    return image_lib_load_svg(rw, w, h);
}

int image_lib_save_png(SDL_Surface *surface, FILE *out)
{
    if (!image_lib_open(NULL, 0))
        return SDL_SetError("%s", image_lib_error);
    SDL_RWops *rw = SDL_RWFromFP(out, SDL_FALSE);
    if (rw == NULL)
        return -1;
    return image_lib_write_png(surface, rw, 1);
}
