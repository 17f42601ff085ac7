/* fuzz_file: the fuzz targets also read each input from a file, so the
 * path a user's file takes (open without blocking, size limits, read) is
 * fuzzed too, not only the parser behind it. One folder per process, made
 * on first use and removed at exit. */
#ifndef ALLIANTIESPEL_FUZZ_FILE_H
#define ALLIANTIESPEL_FUZZ_FILE_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "error.h"

static char fuzz_file_dir[512];
static char fuzz_file_path[600];

static void fuzz_file_cleanup(void)
{
    if (fuzz_file_path[0])
        (void)unlink(fuzz_file_path); /* at exit: nothing left to report to */
    (void)rmdir(fuzz_file_dir);
}

/* Writes data to NAME in this process's folder; returns the path, or
 * NULL when the folder or file cannot be made (the caller then aborts:
 * a fuzz run that silently skipped the file path would prove nothing). */
static const char *fuzz_file_write(const char *name, const uint8_t *data, size_t size)
{
    if (!fuzz_file_dir[0]) {
        const char *tmp = getenv("TMPDIR");
        snprintf(fuzz_file_dir, sizeof fuzz_file_dir, "%.400s/alliantiespel-fuzz-XXXXXX",
                 tmp && *tmp ? tmp : "/tmp");
        if (!mkdtemp(fuzz_file_dir) || atexit(fuzz_file_cleanup) != 0)
            return NULL;
    }
    snprintf(fuzz_file_path, sizeof fuzz_file_path, "%s/%.60s", fuzz_file_dir, name);
    FILE *f = fopen(fuzz_file_path, "wb");
    if (!f)
        return NULL;
    bool ok = (size == 0 || fwrite(data, 1, size, f) == size);
    if (fclose(f) != 0)
        ok = false;
    return ok ? fuzz_file_path : NULL;
}

/* Every refusal must say why; the list is then emptied for the next
 * load. Returns accepted. */
static bool fuzz_file_outcome(bool accepted, error_list *errors)
{
    if (!accepted && error_list_empty(errors))
        abort();
    error_list_clear(errors);
    return accepted;
}

/* The file path must judge the bytes as the parser alone does. */
static void fuzz_file_agree(bool from_memory, bool from_file)
{
    if (from_memory != from_file)
        abort();
}

#endif
