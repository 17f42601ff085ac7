/* opener_stub: a program of the test's own that opens a folder, as
 * xdg-open would (os_open_folder runs $ALLIANTIESPEL_OPEN_WITH instead),
 * writing what it was given into a file: its number of arguments, "|",
 * and its first. POSIX only (a shell script). */
#ifndef ALLIANTIESPEL_TEST_OPENER_STUB_H
#define ALLIANTIESPEL_TEST_OPENER_STUB_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>

/* Writes the script into dir and names it in the environment; what it is
 * given goes into dir/opened.txt (its name into seen). */
static inline bool opener_stub(const char *dir, char *seen, size_t size)
{
    char script[1200];
    snprintf(script, sizeof script, "%s/opener", dir);
    snprintf(seen, size, "%s/opened.txt", dir);
    remove(seen);
    FILE *f = fopen(script, "w");
    if (f == NULL)
        return false;
    /* written whole, then moved: a reader never sees half of it */
    fprintf(f, "#!/bin/sh\nprintf '%%s|%%s' \"$#\" \"$1\" > '%s.tmp' && "
               "mv '%s.tmp' '%s'\n", seen, seen, seen);
    return fclose(f) == 0 && chmod(script, 0700) == 0 &&
           setenv("ALLIANTIESPEL_OPEN_WITH", script, 1) == 0;
}

/* What the script was given, waited for up to 5 s (it runs on its own:
 * nobody waits for a file manager); "" when it never ran. */
static inline void opener_seen(const char *seen, char *got, size_t size)
{
    got[0] = '\0';
    for (int i = 0; i < 500 && got[0] == '\0'; i++) {
        FILE *in = fopen(seen, "r");
        if (in == NULL || fgets(got, (int)size, in) == NULL)
            nanosleep(&(struct timespec){0, 10000000}, NULL);
        if (in != NULL)
            fclose(in);
    }
}

#endif
