/* result_files: what the result tests share: a session written to a
 * fresh file of its own (tests may run at the same time) and picked up
 * again from it on a deck, as after a crash; a session as the file's
 * text; a stored sample read; one piece of a file's text replaced. */
#ifndef ALLIANTIESPEL_TEST_RESULT_FILES_H
#define ALLIANTIESPEL_TEST_RESULT_FILES_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "portable.h"
#include "result.h"

static inline bool write_and_resume(const session *s, const deck *d,
                                    session *back)
{
    char dir[] = TEST_TMP "/alliantiespel-roundtrip-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[256];
    snprintf(path, sizeof path, "%s/round-in-progress.yaml", dir);
    error_list errors;
    error_list_init(&errors);
    bool ok = result_write(path, s, &errors) &&
              result_resume(path, d, back, &errors);
    error_print(&errors, stderr);
    error_list_free(&errors);
    unlink(path);
    rmdir(dir);
    return ok;
}

/* The result file's text of s, as result_write would store it. */
static inline char *emit(const session *s)
{
    FILE *f = tmpfile();
    error_list errors;
    error_list_init(&errors);
    CHECK(f != NULL);
    if (!f)
        return strdup("");
    CHECK(result_emit(f, s, &errors));
    error_print(&errors, stderr);
    error_list_free(&errors);
    char *text = check_slurp(f);
    fclose(f);
    return text;
}

/* A stored sample of tests/data/results, as text. */
static inline char *read_data(const char *name)
{
    char path[512];
    snprintf(path, sizeof path, "%s/tests/data/results/%s", TEST_SOURCE_DIR,
             name);
    FILE *f = fopen(path, "r");
    CHECK_MSG(f != NULL, "%s", path);
    if (!f)
        return strdup("");
    fseek(f, 0, SEEK_END);
    char *text = check_slurp(f);
    fclose(f);
    return text;
}

/* text with its first from replaced by to (a damaged file). */
static inline char *replace(const char *text, const char *from, const char *to)
{
    const char *at = strstr(text, from);
    CHECK_MSG(at != NULL, "'%s' not in the result file", from);
    if (!at)
        return strdup(text);
    size_t n = strlen(text) - strlen(from) + strlen(to) + 1;
    char *out = malloc(n);
    memcpy(out, text, (size_t)(at - text));
    strcpy(out + (at - text), to);
    strcat(out, at + strlen(from));
    return out;
}

#endif
