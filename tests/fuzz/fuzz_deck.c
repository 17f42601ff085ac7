/* libFuzzer target: any bytes through the deck loader. It must refuse or
 * accept without crashing, leaking or hanging; an accepted deck must be
 * whole enough to start a session on. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "deck.h"
#include "session.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    error_list errors;
    error_list_init(&errors);
    deck d;
    if (deck_load_buffer("fuzz.yaml", (const char *)data, size, &d, &errors)) {
        if (!error_list_empty(&errors) || d.card_count == 0 || d.option_count < 2)
            abort();
        size_t *cards;
        size_t count;
        if (deck_select(&d, "quick", &cards, &count, &errors)) {
            session s;
            const deck_role players[] = { DECK_ROLE_CLIENT, DECK_ROLE_PROFESSIONAL };
            if (session_new(&s, &d, d.language_count - 1, cards, count, players, 2, 0) != SESSION_OK)
                abort();
            session_free(&s);
            free(cards);
        }
        deck_free(&d);
    } else if (error_list_empty(&errors)) {
        abort(); /* a refusal must always say why */
    }
    error_list_free(&errors);
    return 0;
}
