/* assets: see assets.h. */
#include "assets.h"

#include <errno.h>
/* Windows and the browser carry the font in assets/fonts: no fontconfig */
#if !defined _WIN32 && !defined __EMSCRIPTEN__
#define ASSETS_FONTCONFIG 1
#include <fontconfig/fontconfig.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datadir.h"
#include "dl_symbol.h"
#include "image_lib.h"
#include "os.h"

#define ASSETS_MAX_ICONS 64
#define ASSETS_MAX_TEXTURES 160
#define ASSETS_MAX_NAME 64
#define ASSETS_MAX_SVG_BYTES ((size_t)1024 * 1024)
#define ASSETS_MAX_TEXTURE_BYTES ((size_t)16 * 1024 * 1024)

typedef struct {
    char name[ASSETS_MAX_NAME];
    char *svg;     /* NULL: missing */
    size_t size;
} assets_icon_data;

typedef struct {
    size_t icon;
    int size;
    SDL_Texture *texture;
} assets_texture;

struct assets {
    SDL_Renderer *renderer;
    char *dir;
    assets_icon_data icons[ASSETS_MAX_ICONS];
    size_t icon_count;
    assets_texture textures[ASSETS_MAX_TEXTURES];
    size_t texture_count;
    size_t texture_bytes;
};

#ifdef ASSETS_FONTCONFIG
/* fontconfig is loaded, not linked: the font is almost always where
 * Debian puts it (below), and linking the library cost every start its
 * loading (about 0.5 ms of the dynamic linker's time here). It is loaded
 * the first time the known path fails, and stays loaded. */
#define ASSETS_FONTCONFIG_SONAME "libfontconfig.so.1"

static struct {
    SDL_SpinLock lock;
    bool tried;
    bool loaded;
    FcBool (*init)(void);
    void (*fini)(void);
    FcPattern *(*pattern_build)(FcPattern *p, ...);
    FcBool (*config_substitute)(FcConfig *config, FcPattern *p,
                                FcMatchKind kind);
    void (*default_substitute)(FcPattern *pattern);
    FcPattern *(*font_match)(FcConfig *config, FcPattern *p,
                             FcResult *result);
    FcResult (*pattern_get_string)(const FcPattern *p, const char *object,
                                   int n, FcChar8 **s);
    void (*pattern_destroy)(FcPattern *p);
} assets_fc;

#define ASSETS_FC_SYMBOL(lib, name, field)                                  \
    dl_symbol(lib, name, &assets_fc.field, sizeof assets_fc.field)

static bool assets_fc_load(void)
{
    SDL_AtomicLock(&assets_fc.lock);
    if (!assets_fc.tried) {
        assets_fc.tried = true;
        void *lib = dl_open(ASSETS_FONTCONFIG_SONAME);
        if (lib != NULL) {
            assets_fc.loaded =
                ASSETS_FC_SYMBOL(lib, "FcInit", init) &&
                ASSETS_FC_SYMBOL(lib, "FcFini", fini) &&
                ASSETS_FC_SYMBOL(lib, "FcPatternBuild", pattern_build) &&
                ASSETS_FC_SYMBOL(lib, "FcConfigSubstitute",
                                 config_substitute) &&
                ASSETS_FC_SYMBOL(lib, "FcDefaultSubstitute",
                                 default_substitute) &&
                ASSETS_FC_SYMBOL(lib, "FcFontMatch", font_match) &&
                ASSETS_FC_SYMBOL(lib, "FcPatternGetString",
                                 pattern_get_string) &&
                ASSETS_FC_SYMBOL(lib, "FcPatternDestroy", pattern_destroy);
            if (!assets_fc.loaded)
                dl_close(lib);
        }
    }
    bool loaded = assets_fc.loaded;
    SDL_AtomicUnlock(&assets_fc.lock);
    return loaded;
}

static bool assets_font_file(FcPattern *pattern, char *out, size_t size)
{
    bool ok = false;
    assets_fc.config_substitute(NULL, pattern, FcMatchPattern);
    assets_fc.default_substitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern *match = assets_fc.font_match(NULL, pattern, &result);
    if (match != NULL && result == FcResultMatch) {
        FcChar8 *file = NULL;
        FcChar8 *family = NULL;
        if (assets_fc.pattern_get_string(match, FC_FILE, 0, &file) ==
                FcResultMatch &&
            assets_fc.pattern_get_string(match, FC_FAMILY, 0, &family) ==
                FcResultMatch &&
            strcmp((const char *)family, "DejaVu Sans") == 0 &&
            strlen((const char *)file) < size) {
            strcpy(out, (const char *)file);
            ok = true;
        }
    }
    if (match)
        assets_fc.pattern_destroy(match);
    return ok;
}

#endif

/* Where Debian (fonts-dejavu-core) puts the font. Starting fontconfig
 * costs more than the rest of the start-up's font work, so this path is
 * tried first; fontconfig stays the way to find the font elsewhere. */
#define ASSETS_KNOWN_REGULAR "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
#define ASSETS_KNOWN_BOLD "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

static bool assets_is_file(const char *path)
{
    return os_kind_of(path) == OS_FILE;
}

/* The font shipped in the game's own folder (assets/fonts: the Windows
 * and browser builds carry DejaVu, which those systems lack). */
static bool assets_shipped_fonts(const char *data_dir, char *regular,
                                 size_t regular_size, char *bold,
                                 size_t bold_size)
{
    return data_dir && data_dir[0] &&
           datadir_join(regular, regular_size, data_dir,
                        "assets/fonts/DejaVuSans.ttf") &&
           assets_is_file(regular) &&
           datadir_join(bold, bold_size, data_dir,
                        "assets/fonts/DejaVuSans-Bold.ttf") &&
           (assets_is_file(bold) ||
            snprintf(bold, bold_size, "%s", regular) > 0);
}

static bool assets_known_fonts(char *regular, size_t regular_size,
                               char *bold, size_t bold_size)
{
    if (SDL_getenv("ALLIANTIESPEL_FONTCONFIG_ONLY") != NULL ||
        !assets_is_file(ASSETS_KNOWN_REGULAR) ||
        strlen(ASSETS_KNOWN_REGULAR) >= regular_size ||
        strlen(ASSETS_KNOWN_BOLD) >= bold_size)
        return false;
    snprintf(regular, regular_size, "%s", ASSETS_KNOWN_REGULAR);
    snprintf(bold, bold_size, "%s",
             assets_is_file(ASSETS_KNOWN_BOLD) ? ASSETS_KNOWN_BOLD
                                               : ASSETS_KNOWN_REGULAR);
    return true;
}

bool assets_find_fonts(const char *data_dir, char *regular,
                       size_t regular_size, char *bold, size_t bold_size,
                       char *err, size_t err_size)
{
    if (assets_shipped_fonts(data_dir, regular, regular_size, bold,
                             bold_size) ||
        assets_known_fonts(regular, regular_size, bold, bold_size))
        return true;
#ifndef ASSETS_FONTCONFIG
    snprintf(err, err_size, "cannot find the font: assets%cfonts%c"
             "DejaVuSans.ttf is missing from the game's folder; unzip the "
             "whole game again", os_separator(), os_separator());
    return false;
#else
    if (!assets_fc_load()) {
        snprintf(err, err_size,
                 "cannot find the font \"DejaVu Sans\" (and cannot load "
                 "fontconfig, %s, to look for it); install the package "
                 "fonts-dejavu-core", ASSETS_FONTCONFIG_SONAME);
        return false;
    }
    if (!assets_fc.init()) {
        snprintf(err, err_size, "cannot start fontconfig to find a font");
        return false;
    }
    bool ok = false;
    FcPattern *p = assets_fc.pattern_build(
        NULL, FC_FAMILY, FcTypeString, (const FcChar8 *)"DejaVu Sans",
        FC_WEIGHT, FcTypeInteger, FC_WEIGHT_REGULAR, FC_SLANT, FcTypeInteger,
        FC_SLANT_ROMAN, (char *)NULL);
    if (p != NULL) {
        ok = assets_font_file(p, regular, regular_size);
        assets_fc.pattern_destroy(p);
    }
    if (ok) {
        FcPattern *b = assets_fc.pattern_build(
            NULL, FC_FAMILY, FcTypeString, (const FcChar8 *)"DejaVu Sans",
            FC_WEIGHT, FcTypeInteger, FC_WEIGHT_BOLD, FC_SLANT, FcTypeInteger,
            FC_SLANT_ROMAN, (char *)NULL);
        if (b == NULL || !assets_font_file(b, bold, bold_size)) {
            /* no bold face: use the regular one */
            snprintf(bold, bold_size, "%s", regular);
        }
        if (b)
            assets_fc.pattern_destroy(b);
    }
    assets_fc.fini();
    if (!ok)
        snprintf(err, err_size,
                 "cannot find the font \"DejaVu Sans\"; install the package "
                 "fonts-dejavu-core");
    return ok;
#endif
}

assets *assets_new(SDL_Renderer *renderer, const char *icons_dir)
{
    assets *a = calloc(1, sizeof *a);
    if (a == NULL)
        return NULL;
    a->renderer = renderer;
    size_t n = strlen(icons_dir);
    a->dir = malloc(n + 1);
    if (a->dir == NULL) {
        free(a);
        return NULL;
    }
    memcpy(a->dir, icons_dir, n + 1);
    return a;
}

void assets_set_renderer(assets *a, SDL_Renderer *renderer)
{
    assets_clear_textures(a); /* made by another renderer, if any */
    a->renderer = renderer;
}

void assets_clear_textures(assets *a)
{
    for (size_t i = 0; i < a->texture_count; i++)
        SDL_DestroyTexture(a->textures[i].texture);
    a->texture_count = 0;
    a->texture_bytes = 0;
}

void assets_free(assets *a)
{
    if (a == NULL)
        return;
    assets_clear_textures(a);
    for (size_t i = 0; i < a->icon_count; i++)
        free(a->icons[i].svg);
    free(a->dir);
    free(a);
}

static bool assets_name_ok(const char *name)
{
    size_t n = strlen(name);
    if (n == 0 || n >= ASSETS_MAX_NAME)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = name[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
              c == '_'))
            return false;
    }
    return true;
}

static int assets_find(const assets *a, const char *name)
{
    for (size_t i = 0; i < a->icon_count; i++)
        if (strcmp(a->icons[i].name, name) == 0)
            return (int)i;
    return -1;
}

bool assets_preload(assets *a, const char *name, bool required, char *err,
                    size_t err_size)
{
    if (assets_find(a, name) >= 0)
        return true;
    if (!assets_name_ok(name)) {
        if (!required)
            return true;
        snprintf(err, err_size, "the icon name \"%s\" is not valid", name);
        return false;
    }
    if (a->icon_count == ASSETS_MAX_ICONS) {
        snprintf(err, err_size, "too many icons");
        return false;
    }
    char path[4200];
    snprintf(path, sizeof path, "%s/%s.svg", a->dir, name);
    assets_icon_data *icon = &a->icons[a->icon_count];
    memset(icon, 0, sizeof *icon);
    snprintf(icon->name, sizeof icon->name, "%s", name);

    if (os_kind_of(path) == OS_MISSING && !required) {
        a->icon_count++; /* remembered as missing */
        return true;
    }
    long long size = 0;
    os_kind kind = OS_MISSING;
    int failure = 0;
    FILE *f = os_open_regular(path, &size, &kind, &failure);
    if (f == NULL) {
        snprintf(err, err_size, "cannot read the picture %s: %s", path,
                 failure ? strerror(failure) : os_kind_name(kind));
        return false;
    }
    char *data = malloc(ASSETS_MAX_SVG_BYTES + 1);
    if (data == NULL) {
        fclose(f);
        snprintf(err, err_size, "out of memory");
        return false;
    }
    size_t n = fread(data, 1, ASSETS_MAX_SVG_BYTES + 1, f);
    bool bad = ferror(f) != 0 || n == 0 || n > ASSETS_MAX_SVG_BYTES;
    fclose(f);
    if (!bad) {
        data[n] = '\0';
        /* only give the SVG parser what looks like SVG: it leaks on
         * some garbage */
        if (strstr(data, "<svg") == NULL)
            bad = true;
    }
    if (!bad) {
        SDL_RWops *rw = SDL_RWFromConstMem(data, (int)n);
        SDL_Surface *s = rw ? image_lib_svg(rw, 16, 16) : NULL;
        if (rw)
            SDL_RWclose(rw);
        if (s == NULL)
            bad = true;
        else
            SDL_FreeSurface(s);
    }
    if (bad) {
        free(data);
        snprintf(err, err_size, "cannot read the picture %s: it is not a "
                 "valid SVG file", path);
        return false;
    }
    icon->svg = data;
    icon->size = n;
    a->icon_count++;
    return true;
}

SDL_Texture *assets_icon(assets *a, const char *name, int size)
{
    if (name == NULL || size <= 0)
        return NULL;
    int idx = assets_find(a, name);
    if (idx < 0) {
        char err[256];
        if (!assets_preload(a, name, false, err, sizeof err))
            return NULL;
        idx = assets_find(a, name);
        if (idx < 0)
            return NULL;
    }
    assets_icon_data *icon = &a->icons[idx];
    if (icon->svg == NULL)
        return NULL;
    for (size_t i = 0; i < a->texture_count; i++)
        if (a->textures[i].icon == (size_t)idx && a->textures[i].size == size)
            return a->textures[i].texture;
    size_t bytes = (size_t)size * (size_t)size * 4u;
    if (a->texture_count == ASSETS_MAX_TEXTURES ||
        a->texture_bytes + bytes > ASSETS_MAX_TEXTURE_BYTES)
        assets_clear_textures(a);
    SDL_RWops *rw = SDL_RWFromConstMem(icon->svg, (int)icon->size);
    if (rw == NULL)
        return NULL;
    SDL_Surface *s = image_lib_svg(rw, size, size);
    SDL_RWclose(rw);
    if (s == NULL)
        return NULL;
    SDL_Texture *t = SDL_CreateTextureFromSurface(a->renderer, s);
    SDL_FreeSurface(s);
    if (t == NULL)
        return NULL;
    if (SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND) != 0) {
        SDL_DestroyTexture(t);
        return NULL;
    }
    a->textures[a->texture_count].icon = (size_t)idx;
    a->textures[a->texture_count].size = size;
    a->textures[a->texture_count].texture = t;
    a->texture_count++;
    a->texture_bytes += bytes;
    return t;
}
