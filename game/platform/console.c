/* console: see console.h. */
#include "console.h"

#ifdef _WIN32
#include <stdio.h>
#include <windows.h>

void console_attach(void)
{
    /* handles given (a redirect, a pipe, wine from a terminal): keep them */
    HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE);
    if (out != NULL && out != INVALID_HANDLE_VALUE)
        return;
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return; /* double-clicked: no console, and none is wanted */
    if (!freopen("CONOUT$", "w", stdout) || !freopen("CONOUT$", "w", stderr))
        return;
    /* UTF-8 on the console: card texts and names are UTF-8 */
    SetConsoleOutputCP(CP_UTF8);
}
#else
void console_attach(void)
{
}
#endif
