/* libFuzzer target: any bytes through the case loader, against the
 * shipped decks. An accepted case must answer every card with an option
 * of its deck's scale (or none at all) and name a client-side role. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "casefile.h"
#include "catalog.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static catalog *fuzz_case_decks(void)
{
    static catalog decks;
    static bool loaded;
    if (!loaded) {
        error_list errors;
        error_list_init(&errors);
        if (!catalog_load(TEST_SOURCE_DIR "/decks", &decks, &errors))
            abort();
        error_list_free(&errors);
        loaded = true;
    }
    return &decks;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const catalog *decks = fuzz_case_decks();
    error_list errors;
    error_list_init(&errors);
    casefile c;
    bool ok = casefile_load_buffer("fuzz.yaml", (const char *)data, size,
                                   decks, &c, &errors);
    if (ok) {
        if (!error_list_empty(&errors) || c.deck == NULL ||
            c.role >= c.deck->role_count ||
            c.deck->roles[c.role].side != DECK_ROLE_CLIENT)
            abort();
        for (size_t i = 0; i < c.deck->card_count; i++) {
            int a = casefile_answer(&c, i);
            if (c.has_answers ? (a < 0 || (size_t)a >= c.deck->option_count)
                              : a != -1)
                abort();
            if (casefile_why(&c, i, 0) == NULL)
                abort();
        }
    } else if (error_list_empty(&errors)) {
        abort(); /* refused without a word */
    }
    casefile_free(&c);
    error_list_free(&errors);
    return 0;
}
