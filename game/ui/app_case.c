/* app_case: the training case of the round: which one is chosen (the
 * start screen, --case), which one a round plays, and the seat a case
 * fills when a student practises alone. */
#include "app.h"

#include <stdio.h>
#include <string.h>


const casefile *app_case(const app *a)
{
    if (app_playing(a)) {
        const mode_def *m = app_session_mode(a);
        if (!m->needs_case)
            return NULL;
        return casebook_find(&a->cases, app_session(a)->case_id);
    }
    if (!app_mode(a)->needs_case || a->cases.count == 0)
        return NULL;
    /* the case chosen, when it goes with the deck chosen; else the deck's
     * first case; else the first of all (choosing it brings its deck) */
    const casefile *c = casebook_find(&a->cases, app_settings(a)->case_id);
    if (c && c->deck == app_deck(a))
        return c;
    for (size_t i = 0; i < a->cases.count; i++)
        if (a->cases.cases[i].deck == app_deck(a))
            return &a->cases.cases[i];
    return c ? c : &a->cases.cases[0];
}

bool app_choose_case(app *a, const char *id)
{
    const casefile *c = casebook_find(&a->cases, id);
    if (c == NULL)
        return false;
    play_choose_case(&a->play, c->id);
    /* the case is played with its own deck, in the language chosen when
     * that deck has it */
    const deck *now = app_deck(a);
    const char *code = now && app_language(a) < now->language_count
                           ? now->languages[app_language(a)]
                           : "";
    for (size_t i = 0; i < a->deck_count; i++)
        if (a->decks[i] == c->deck) {
            play_choose_deck_at(&a->play, i);
            int lang = deck_language_index(c->deck, code);
            play_choose_language(&a->play, lang < 0 ? 0 : (size_t)lang);
        }
    app_follow_language(a);
    return true;
}

void app_next_case(app *a, int delta)
{
    size_t n = a->cases.count;
    if (n == 0)
        return;
    const casefile *c = app_case(a);
    size_t at = c ? (size_t)(c - a->cases.cases) : 0;
    at = (at + n + (size_t)(delta % (int)n + (int)n)) % n;
    app_choose_case(a, a->cases.cases[at].id);
}
