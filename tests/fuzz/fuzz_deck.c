/* libFuzzer target: any bytes through the deck loader, from memory and
 * from a file. It must refuse or accept without crashing, leaking or
 * hanging, both ways alike; an accepted deck must be whole enough to start
 * a session on. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "deck.h"
#include "fuzz_file.h"
#include "session.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The checks on one load's outcome; returns whether it was accepted. */
static bool fuzz_deck_check(bool loaded, deck *d, error_list *errors)
{
    if (loaded) {
        if (!error_list_empty(errors) || d->card_count == 0 || d->option_count < 2)
            abort();
        size_t *cards;
        size_t count;
        if (deck_select(d, "quick", &cards, &count, errors)) {
            session s;
            const deck_role players[] = { DECK_ROLE_CLIENT, DECK_ROLE_PROFESSIONAL };
            if (session_new(&s, d, d->language_count - 1, cards, count, players, 2, 0) != SESSION_OK)
                abort();
            session_free(&s);
            free(cards);
        }
        deck_free(d);
    }
    return fuzz_file_outcome(loaded, errors);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    error_list errors;
    error_list_init(&errors);
    deck d;
    bool from_memory = fuzz_deck_check(
        deck_load_buffer("fuzz.yaml", (const char *)data, size, &d, &errors), &d, &errors);
    const char *path = fuzz_file_write("fuzz.yaml", data, size);
    if (!path)
        abort();
    fuzz_file_agree(from_memory, fuzz_deck_check(deck_load(path, &d, &errors), &d, &errors));
    error_list_free(&errors);
    return 0;
}
