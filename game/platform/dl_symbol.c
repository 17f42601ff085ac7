/* dl_symbol: see dl_symbol.h. */
#include "dl_symbol.h"

#include <dlfcn.h>
#include <string.h>

/* dlsym gives an object pointer; POSIX guarantees it converts to the
 * function's type, C does not, hence the copy through memcpy. */
bool dl_symbol(void *lib, const char *name, void *fn, size_t fn_size)
{
    void *p = dlsym(lib, name);
    if (p == NULL || fn_size != sizeof p)
        return false;
    memcpy(fn, &p, fn_size);
    return true;
}
