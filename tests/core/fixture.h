/* fixture: small decks built in code for the rules and scoring tests. */
#ifndef ALLIANTIESPEL_TEST_FIXTURE_H
#define ALLIANTIESPEL_TEST_FIXTURE_H

#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "deck.h"
#include "session.h"

/* A deck of K options whose cards cycle over the given dimensions; dims is
 * a string of 'p' (positive) and 'n' (negative), one per dimension. */
static inline void fixture_deck(deck *d, size_t options, const char *dims,
                                size_t cards)
{
    char text[16384];
    size_t used = 0;
    used += (size_t)snprintf(text + used, sizeof text - used,
                             "format: alliantiespel-deck/1\nid: fixture\ntitle: Fixture\n"
                             "languages: [nl]\nroles: {professional: begeleider, client: cliënt}\n"
                             "dimensions:\n");
    size_t nd = strlen(dims);
    for (size_t i = 0; i < nd; i++)
        used += (size_t)snprintf(text + used, sizeof text - used,
                                 "  - {key: d%zu, name: Dim %zu, description: D, polarity: %s}\n",
                                 i, i, dims[i] == 'n' ? "negative" : "positive");
    used += (size_t)snprintf(text + used, sizeof text - used, "scale:\n");
    for (size_t i = 0; i < options; i++)
        used += (size_t)snprintf(text + used, sizeof text - used,
                                 "  - {value: %zu, label: L%zu}\n", i * 10, i + 1);
    used += (size_t)snprintf(text + used, sizeof text - used, "cards:\n");
    for (size_t i = 0; i < cards; i++)
        used += (size_t)snprintf(text + used, sizeof text - used,
                                 "  - {id: c%zu, dimension: d%zu, client: Ik %zu, professional: Jij %zu}\n",
                                 i, i % nd, i, i);
    error_list errors;
    error_list_init(&errors);
    if (!deck_load_buffer("fixture.yaml", text, used, d, &errors)) {
        error_print(&errors, stderr);
        abort();
    }
    error_list_free(&errors);
}

/* A deck shipped in decks/, by its id; false (its errors printed) when it
 * does not load. */
static inline bool fixture_shipped_deck(deck *d, const char *id)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/decks/%s.yaml", TEST_SOURCE_DIR, id);
    error_list errors;
    error_list_init(&errors);
    bool ok = deck_load(path, d, &errors);
    if (!ok)
        error_print(&errors, stderr);
    error_list_free(&errors);
    return ok;
}


/* One action on the session, as the UI would apply it. */
static inline session_status fixture_act(session *s, session_action_type type,
                                         size_t player, size_t option)
{
    session_action a = {.type = type, .player = player, .option = option};
    return session_apply(s, a, 100);
}

/* A show of hands of five counts for a seat with hands. */
static inline session_status fixture_hands(session *s, size_t seat,
                                           unsigned a, unsigned b, unsigned c,
                                           unsigned d, unsigned e)
{
    session_action x = {.type = SESSION_ACTION_COUNT, .player = seat,
                        .counts = {a, b, c, d, e}};
    return session_apply(s, x, 100);
}

#endif
