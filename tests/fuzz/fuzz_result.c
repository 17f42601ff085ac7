/* libFuzzer target: any bytes through the result-file reader, from memory
 * and from a file. An accepted file must give a consistent session that
 * scores and writes back, both ways alike, and written again reads back
 * into a session that writes the very same bytes. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_file.h"
#include "result.h"
#include "score.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* What the game writes for s, in memory (NULL when it cannot be). */
static char *fuzz_result_text(const session *s, size_t *size)
{
    char *text = NULL;
    FILE *mem = open_memstream(&text, size);
    if (!mem)
        return NULL;
    error_list errors;
    error_list_init(&errors);
    bool ok = result_emit(mem, s, &errors);
    error_list_free(&errors);
    if (fclose(mem) != 0 || !ok) {
        free(text);
        return NULL;
    }
    return text;
}

/* An accepted file, written again, reads back into a session that writes
 * the very same bytes: nothing is lost or changed on the way. */
static void fuzz_result_round_trip(const session *s)
{
    size_t size, again_size;
    char *text = fuzz_result_text(s, &size);
    if (!text)
        abort();
    error_list errors;
    error_list_init(&errors);
    deck d2;
    session s2;
    if (!result_read_buffer("again.yaml", text, size, &d2, &s2, &errors))
        abort();
    char *again = fuzz_result_text(&s2, &again_size);
    if (!again || again_size != size || memcmp(again, text, size) != 0 ||
        !session_is_consistent(&s2))
        abort();
    free(again);
    free(text);
    session_free(&s2);
    deck_free(&d2);
    error_list_free(&errors);
}

/* The checks on one read's outcome; returns whether it was accepted. */
static bool fuzz_result_check(bool read, deck *d, session *s, error_list *errors)
{
    if (read) {
        if (!session_is_consistent(s))
            abort();
        score_summary sum;
        if (!score_compute(s, &sum))
            abort();
        score_free(&sum);
        FILE *sink = fopen("/dev/null", "w");
        if (sink) {
            if (!result_emit(sink, s, errors) || !result_write_csv(sink, s))
                abort();
            fclose(sink);
        }
        fuzz_result_round_trip(s);
        session_free(s);
        deck_free(d);
    }
    return fuzz_file_outcome(read, errors);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    error_list errors;
    error_list_init(&errors);
    deck d;
    session s;
    bool from_memory = fuzz_result_check(
        result_read_buffer("fuzz-result.yaml", (const char *)data, size, &d, &s, &errors),
        &d, &s, &errors);
    const char *path = fuzz_file_write("fuzz-result.yaml", data, size);
    if (!path)
        abort();
    fuzz_file_agree(from_memory,
                    fuzz_result_check(result_read(path, &d, &s, &errors), &d, &s, &errors));
    error_list_free(&errors);
    return 0;
}
