/* app_pair: the pair's round before this one, read when a round of a
 * pair starts (or is picked up): its tokens are shown small on the turned
 * card and its means as rings on the board, "last time". */
#include "app.h"

#include <stdlib.h>
#include <string.h>

#include "history.h"

void app_forget_previous(app *a)
{
    if (!a->have_previous)
        return;
    free(a->previous.path);
    session_free(&a->previous.session);
    deck_free(&a->previous.deck);
    memset(&a->previous, 0, sizeof a->previous);
    a->have_previous = false;
}

void app_load_previous(app *a)
{
    app_forget_previous(a);
    if (!app_playing(a) || app_session(a)->pair[0] == '\0' || a->pref_dir[0] == '\0')
        return;
    error_list errors;
    error_list_init(&errors);
    /* the latest kept, passing over this round itself when it was stored
     * already: it is not its own "last time" */
    const char *stored = a->autosave.stored[0] ? a->autosave.stored : NULL;
    a->have_previous = history_latest(a->pref_dir, app_session(a)->pair, stored,
                                      &a->previous, &errors);
    if (!error_list_empty(&errors))
        error_print(&errors, stderr);
    error_list_free(&errors);
}

const session *app_previous(const app *a)
{
    return a->have_previous ? &a->previous.session : NULL;
}

int app_previous_answer(const app *a, size_t round, deck_role side)
{
    const session *p = app_previous(a);
    /* the same card only in the same deck: ids repeat across decks */
    if (p == NULL || round >= app_session(a)->round_count || !p->deck->id ||
        !app_session(a)->deck->id || strcmp(p->deck->id, app_session(a)->deck->id) != 0)
        return SESSION_NO_ANSWER;
    const char *id = app_session(a)->deck->cards[app_session(a)->rounds[round].card].id;
    for (size_t r = 0; r < p->round_count; r++) {
        const session_round *pr = &p->rounds[r];
        if (!session_round_counts(pr) || strcmp(p->deck->cards[pr->card].id, id) != 0)
            continue;
        for (size_t s = 0; s < p->player_count; s++)
            if (p->players[s] == side && pr->answer[s] != SESSION_NO_ANSWER)
                return pr->answer[s];
    }
    return SESSION_NO_ANSWER;
}
