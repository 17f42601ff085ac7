/* result_resume: a round saved before it was finished, picked up again
 * on the real deck: its cards and roles are found there by id. */
#include <stdlib.h>
#include <string.h>

#include "result.h"

/* The language the round was played in, found in the real deck; -1, with
 * the reason, when d is another deck or its language or scale changed. */
static int resume_language(const char *path, const deck *saved_deck,
                           const deck *d, error_list *errors)
{
    if (!d->id || strcmp(saved_deck->id, d->id) != 0) {
        error_add(errors, path, 0, 0, "this round was played with deck '%s', not '%s'",
                  saved_deck->id, d->id ? d->id : "?");
        return -1;
    }
    int lang = deck_language_index(d, saved_deck->languages[0]);
    if (lang < 0 || d->option_count != saved_deck->option_count) {
        error_add(errors, path, 0, 0, "deck '%s' has changed since this round "
                                      "was saved (language or answer options)", d->id);
        return -1;
    }
    return lang;
}

/* Each saved round's card as an index into the real deck, found by id
 * and still under the same theme; NULL, with the reason, when one is not
 * or the round has none. */
static size_t *resume_cards(const char *path, const deck *saved_deck,
                            const session *saved, const deck *d,
                            error_list *errors)
{
    if (saved->round_count == 0) {
        error_add(errors, path, 0, 0, "the round has no cards to pick up");
        return NULL;
    }
    size_t *cards = malloc(saved->round_count * sizeof *cards);
    if (!cards) {
        error_add(errors, path, 0, 0, "out of memory");
        return NULL;
    }
    for (size_t r = 0; r < saved->round_count; r++) {
        const deck_card *card = &saved_deck->cards[saved->rounds[r].card];
        int index = deck_card_index(d, card->id);
        if (index < 0 || strcmp(d->dimensions[d->cards[index].dimension].key,
                                saved_deck->dimensions[card->dimension].key) != 0) {
            error_add(errors, path, card->line, 0, "card '%s' is no longer in deck "
                                                   "'%s' as it was", card->id, d->id);
            free(cards);
            return NULL;
        }
        cards[r] = (size_t)index;
    }
    return cards;
}

/* The seats as they were, each role found by id in the real deck on the
 * same side, and each seat's own language (the round's when the real deck
 * lacks it); false, with the reason, when a role is gone. */
static bool resume_seats(const char *path, const deck *saved_deck,
                         const session *saved, const deck *d, size_t lang,
                         session_seat *seats, size_t *seat_lang,
                         error_list *errors)
{
    for (size_t p = 0; p < saved->player_count; p++) {
        const char *role = saved_deck->roles[saved->roles[p]].id;
        int index = deck_role_index(d, role);
        if (index < 0 || d->roles[index].side != saved->players[p]) {
            error_add(errors, path, 0, 0, "deck '%s' no longer has the role "
                      "'%s' this round was played with", d->id, role);
            return false;
        }
        seats[p] = (session_seat){.side = saved->players[p],
                                  .role = (size_t)index,
                                  .predicts = saved->predicts[p],
                                  .hands = saved->hands[p]};
        memcpy(seats[p].team, saved->team[p], sizeof seats[p].team);
        /* a seat's own language, found by its code in the real deck */
        int own = deck_language_index(d, saved_deck->languages[saved->seat_language[p]]);
        seat_lang[p] = own < 0 ? lang : (size_t)own;
    }
    return true;
}

/* What was played on each card, copied over the fresh session's rounds
 * (same order, same cards). */
static void resume_rounds(const session *saved, session *out)
{
    for (size_t r = 0; r < saved->round_count; r++) {
        out->rounds[r].state = saved->rounds[r].state;
        out->rounds[r].marked = saved->rounds[r].marked;
        out->rounds[r].kept_out = saved->rounds[r].kept_out;
        memcpy(out->rounds[r].answer, saved->rounds[r].answer, sizeof out->rounds[r].answer);
        memcpy(out->rounds[r].predict, saved->rounds[r].predict,
               sizeof out->rounds[r].predict);
        /* a workshop's counts, early turn and first vote come along */
        memcpy(out->rounds[r].counted, saved->rounds[r].counted,
               sizeof out->rounds[r].counted);
        memcpy(out->rounds[r].counts, saved->rounds[r].counts,
               sizeof out->rounds[r].counts);
        memcpy(out->rounds[r].typed, saved->rounds[r].typed,
               sizeof out->rounds[r].typed);
        out->rounds[r].early = saved->rounds[r].early;
        out->rounds[r].revoted = saved->rounds[r].revoted;
        out->rounds[r].first = saved->rounds[r].first;
    }
}

/* The checks run in the order a reader wants them: the deck, the cards,
 * then the seats; the first that fails is the one reported. */
bool result_resume_saved(const char *path, const deck *saved_deck,
                         const session *saved, const deck *d, session *out,
                         error_list *errors)
{
    memset(out, 0, sizeof *out);
    int lang = resume_language(path, saved_deck, d, errors);
    if (lang < 0)
        return false;
    size_t *cards = resume_cards(path, saved_deck, saved, d, errors);
    if (!cards)
        return false;
    session_seat seats[SESSION_MAX_PLAYERS];
    size_t seat_lang[SESSION_MAX_PLAYERS];
    if (!resume_seats(path, saved_deck, saved, d, (size_t)lang, seats,
                      seat_lang, errors)) {
        free(cards);
        return false;
    }
    session_status status = session_new_seats(out, d, (size_t)lang, cards,
                                              saved->round_count, seats,
                                              saved->player_count, saved->mode,
                                              saved->started_at);
    free(cards);
    if (status != SESSION_OK) {
        error_add(errors, path, 0, 0, "cannot pick up this round: %s",
                  session_status_message(status));
        return false;
    }
    resume_rounds(saved, out);
    for (size_t p = 0; p < saved->player_count; p++)
        out->seat_language[p] = seat_lang[p];
    /* the case and the group code come back with the answers */
    memcpy(out->case_id, saved->case_id, sizeof out->case_id);
    memcpy(out->group, saved->group, sizeof out->group);
    memcpy(out->pair, saved->pair, sizeof out->pair);
    out->pair_round = saved->pair_round;
    out->current = saved->current;
    out->ended_at = saved->ended_at;
    return true;
}

bool result_resume(const char *path, const deck *d, session *out, error_list *errors)
{
    memset(out, 0, sizeof *out);
    deck saved_deck;
    session saved;
    if (!result_read(path, &saved_deck, &saved, errors))
        return false;
    bool ok = result_resume_saved(path, &saved_deck, &saved, d, out, errors);
    session_free(&saved);
    deck_free(&saved_deck);
    return ok;
}

