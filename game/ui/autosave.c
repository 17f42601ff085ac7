/* autosave: see autosave.h. */
#include "autosave.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "datadir.h"
#include "i18n.h"
#include "result.h"
#include "scene.h"

static bool autosave_path(const app *a, char *out, size_t size)
{
    return a->pref_dir[0] && datadir_join(out, size, a->pref_dir, AUTOSAVE_FILE);
}

void autosave_clear(app *a)
{
    char path[APP_PATH_MAX];
    if (autosave_path(a, path, sizeof path))
        unlink(path); /* absent is fine: nothing to forget */
}

void autosave_update(app *a)
{
    if (!a->have_session)
        return;
    if (session_finished(&a->session)) {
        autosave_clear(a);
        return;
    }
    char path[APP_PATH_MAX];
    if (!autosave_path(a, path, sizeof path))
        return;
    error_list errors;
    error_list_init(&errors);
    if (!result_write(path, &a->session, &errors) && !a->autosave_failed) {
        /* Say it once; the round goes on, it just is not kept. */
        char msg[512];
        error_format_first(&errors, msg, sizeof msg);
        fprintf(stderr, "alliantiespel: cannot keep the round in progress: %s\n", msg);
        a->autosave_failed = true;
    }
    error_list_free(&errors);
}

bool autosave_pending(const app *a)
{
    char path[APP_PATH_MAX];
    struct stat st;
    return autosave_path(a, path, sizeof path) && stat(path, &st) == 0;
}

/* The deck of the saved round among those on offer, or -1. */
static int saved_deck_index(const app *a, const char *path, error_list *errors)
{
    deck saved_deck;
    session saved;
    if (!result_read(path, &saved_deck, &saved, errors))
        return -1;
    int found = -1;
    for (size_t i = 0; i < a->deck_count; i++)
        if (strcmp(a->decks[i]->id, saved_deck.id) == 0)
            found = (int)i;
    if (found < 0)
        error_add(errors, path, 0, 0, "deck '%s' is not installed", saved_deck.id);
    session_free(&saved);
    deck_free(&saved_deck);
    return found;
}

bool autosave_resume(app *a)
{
    char path[APP_PATH_MAX];
    if (!autosave_path(a, path, sizeof path))
        return false;
    error_list errors;
    error_list_init(&errors);
    int index = saved_deck_index(a, path, &errors);
    session s;
    bool ok = index >= 0 && result_resume(path, a->decks[index], &s, &errors);
    if (!ok) {
        char msg[512];
        error_format_first(&errors, msg, sizeof msg);
        fprintf(stderr, "alliantiespel: cannot pick up the unfinished round: %s\n", msg);
        snprintf(a->start.message, sizeof a->start.message, "%s",
                 _("The unfinished round could not be picked up."));
        error_list_free(&errors);
        autosave_clear(a);
        return false;
    }
    error_list_free(&errors);
    if (a->have_session)
        session_free(&a->session);
    a->session = s;
    a->have_session = true;
    a->deck_choice = (size_t)index;
    a->language = s.language;
    app_follow_language(a);
    const session_round *r = session_current(&a->session);
    bool placed = false;
    for (size_t p = 0; r && p < a->session.player_count; p++)
        placed |= r->answer[p] != SESSION_NO_ANSWER;
    if (r && r->state == SESSION_CARD_REVEALED)
        app_switch(a, APP_SCENE_REVEAL);
    else if (placed)
        app_switch(a, APP_SCENE_HANDOVER);
    else
        app_switch(a, APP_SCENE_DEAL);
    return true;
}
