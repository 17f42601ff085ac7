/* libFuzzer target: any bytes through the result-file reader. An accepted
 * file must give a consistent session that scores and writes back. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "result.h"
#include "score.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    error_list errors;
    error_list_init(&errors);
    deck d;
    session s;
    if (result_read_buffer("fuzz-result.yaml", (const char *)data, size, &d, &s, &errors)) {
        if (!session_is_consistent(&s))
            abort();
        score_summary sum;
        if (!score_compute(&s, &sum))
            abort();
        score_free(&sum);
        FILE *sink = fopen("/dev/null", "w");
        if (sink) {
            if (!result_emit(sink, &s, &errors) || !result_write_csv(sink, &s))
                abort();
            fclose(sink);
        }
        session_free(&s);
        deck_free(&d);
    } else if (error_list_empty(&errors)) {
        abort();
    }
    error_list_free(&errors);
    return 0;
}
