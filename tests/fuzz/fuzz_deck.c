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
            /* Every role can take a seat, and reads every card. */
            session_seat seats[SESSION_MAX_PLAYERS];
            size_t n = d->role_count < SESSION_MAX_PLAYERS ? d->role_count : SESSION_MAX_PLAYERS;
            for (size_t r = 0; r < n; r++)
                seats[r] = (session_seat){.side = d->roles[r].side, .role = r};
            if (d->role_count < DECK_ROLE_COUNT ||
                session_new_seats(&s, d, 0, cards, count, seats, n, "fuzz", 0) != SESSION_OK)
                abort();
            session_free(&s);
            for (size_t c = 0; c < d->card_count; c++)
                for (size_t r = 0; r < d->role_count; r++)
                    if (deck_card_text(d, &d->cards[c], r, d->language_count - 1)[0] == '\0')
                        abort();
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
