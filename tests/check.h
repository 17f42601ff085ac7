/* check: the smallest test harness. CHECK keeps going after a failure so
 * one run shows every broken expectation; the test's exit code and the
 * closing line "N passed, N failed" tell ctest and people the outcome. */
#ifndef ALLIANTIESPEL_CHECK_H
#define ALLIANTIESPEL_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check_passed;
static int check_failed;

#define CHECK(cond)                                                         \
    do {                                                                    \
        if (cond) {                                                         \
            check_passed++;                                                 \
        } else {                                                            \
            check_failed++;                                                 \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, \
                    #cond);                                                 \
        }                                                                   \
    } while (0)

#define CHECK_MSG(cond, ...)                                                \
    do {                                                                    \
        if (cond) {                                                         \
            check_passed++;                                                 \
        } else {                                                            \
            check_failed++;                                                 \
            fprintf(stderr, "%s:%d: check failed: %s: ", __FILE__, __LINE__, \
                    #cond);                                                 \
            fprintf(stderr, __VA_ARGS__);                                   \
            fputc('\n', stderr);                                            \
        }                                                                   \
    } while (0)

static inline int check_same_string(const char *a, const char *b)
{
    return a != NULL && b != NULL && strcmp(a, b) == 0;
}

static inline const char *check_shown(const char *s)
{
    return s ? s : "(null)";
}

#define CHECK_STR(a, b)                                                     \
    CHECK_MSG(check_same_string((a), (b)), "'%s' != '%s'", check_shown(a),  \
              check_shown(b))

#define CHECK_INT(a, b)                                                     \
    CHECK_MSG((long long)(a) == (long long)(b), "%lld != %lld",             \
              (long long)(a), (long long)(b))

/* Everything written to a temporary stream so far, as a string to free. */
static inline char *check_slurp(FILE *f)
{
    fflush(f);
    long n = ftell(f);
    rewind(f);
    char *buf = calloc(1, (size_t)(n > 0 ? n : 0) + 1);
    if (buf && n > 0 && fread(buf, 1, (size_t)n, f) != (size_t)n)
        buf[0] = '\0';
    return buf;
}

static inline int check_report(void)
{
    printf("%d passed, %d failed\n", check_passed, check_failed);
    return check_failed ? 1 : 0;
}

#endif
