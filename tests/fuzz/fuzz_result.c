/* libFuzzer target: any bytes through the result-file reader, from memory
 * and from a file. An accepted file must give a consistent session that
 * scores and writes back, both ways alike. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "fuzz_file.h"
#include "result.h"
#include "score.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

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
