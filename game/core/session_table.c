/* session_table: the table game's round made from sides alone (tests,
 * the fuzz targets). Apart from session.c because it asks the mode table
 * which way to play that is, and mode.c calls session.c: a file of its
 * own keeps the calls from going round in a circle. */
#include "session.h"

#include <string.h>

#include "mode.h"

session_status session_new(session *s, const deck *d, size_t language,
                           const size_t *cards, size_t card_count,
                           const deck_role *players, size_t player_count,
                           int64_t now)
{
    memset(s, 0, sizeof *s);
    if (!d || player_count < 2 || player_count > SESSION_MAX_PLAYERS)
        return SESSION_ERR_BAD_SETUP;
    session_seat seats[SESSION_MAX_PLAYERS];
    size_t professionals = 0;
    for (size_t i = 0; i < player_count; i++) {
        if (players[i] != DECK_ROLE_PROFESSIONAL && players[i] != DECK_ROLE_CLIENT)
            return SESSION_ERR_BAD_SETUP;
        professionals += players[i] == DECK_ROLE_PROFESSIONAL;
        seats[i] = (session_seat){.side = players[i],
                                  .role = deck_side_role(d, players[i])};
    }
    if (professionals != 1)
        return SESSION_ERR_BAD_SETUP;
    return session_new_seats(s, d, language, cards, card_count, seats,
                             player_count,
                             mode_stored_id(mode_implied()), now);
}
