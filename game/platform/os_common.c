/* os_common: what both sides of the operating system's floor share. */
#include "os.h"

const char *os_kind_name(os_kind kind)
{
    switch (kind) {
    case OS_MISSING: return "nothing";
    case OS_FILE: return "a file";
    case OS_FOLDER: return "a folder";
    case OS_LINK: return "a symbolic link";
    case OS_FIFO: return "a FIFO";
    case OS_DEVICE: return "a device";
    default: return "a special file";
    }
}
