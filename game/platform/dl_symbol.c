/* dl_symbol: see dl_symbol.h. */
#include "dl_symbol.h"

#include <SDL.h>
#include <string.h>

void *dl_open(const char *name)
{
    return SDL_LoadObject(name);
}

void dl_close(void *lib)
{
    if (lib)
        SDL_UnloadObject(lib);
}

/* SDL_LoadFunction gives an object pointer; the systems guarantee it
 * converts to the function's type, C does not, hence the copy through
 * memcpy. */
bool dl_symbol(void *lib, const char *name, void *fn, size_t fn_size)
{
    void *p = SDL_LoadFunction(lib, name);
    if (p == NULL || fn_size != sizeof p)
        return false;
    memcpy(fn, &p, fn_size);
    return true;
}
