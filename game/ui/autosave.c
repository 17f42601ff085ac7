/* autosave: see autosave.h. */
#include "autosave.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "datadir.h"
#include "draw.h"
#include "forget.h"
#include "history.h"
#include "i18n.h"
#include "os.h"
#include "result.h"
#include "safe_file.h"

static bool autosave_path(const app *a, char *out, size_t size)
{
    if (a->pref_dir[0] == '\0' || a->autosave.off || !a->autosave.slot[0])
        return false;
    int n = snprintf(out, size, "%s", a->autosave.slot);
    return n >= 0 && (size_t)n < size;
}

/* Slot i's round in progress (ext "yaml") or lock file (ext "lock"). */
static bool autosave_slot_file(const app *a, int i, const char *ext,
                               char *out, size_t size)
{
    char name[64];
    if (i == 0)
        snprintf(name, sizeof name, AUTOSAVE_STEM ".%s", ext);
    else
        snprintf(name, sizeof name, AUTOSAVE_STEM "-%d.%s", i, ext);
    return datadir_join(out, size, a->pref_dir, name);
}

void autosave_release(app *a)
{
    os_lock_release(a->autosave.lock);
    a->autosave.lock = NULL;
    a->autosave.slot[0] = '\0';
}

/* Makes slot i this window's, with its lock taken already. */
static void autosave_take_slot(app *a, int i, os_lock *lock)
{
    autosave_release(a);
    a->autosave.lock = lock;
    if (!autosave_slot_file(a, i, "yaml", a->autosave.slot,
                            sizeof a->autosave.slot))
        autosave_release(a);
}

/* Looks at every slot: a round a crash left (its lock free) becomes this
 * window's when want_waiting; else the first free slot does, unless the
 * window has one. *others is set when another window holds a slot. True
 * when the window's slot now holds a waiting round. */
static bool autosave_claim(app *a, bool want_waiting, bool *others)
{
    bool found = false;
    *others = false;
    for (int i = 0; i < AUTOSAVE_SLOTS; i++) {
        char yaml[APP_PATH_MAX], lock_path[APP_PATH_MAX];
        if (!autosave_slot_file(a, i, "yaml", yaml, sizeof yaml) ||
            !autosave_slot_file(a, i, "lock", lock_path, sizeof lock_path) ||
            strcmp(yaml, a->autosave.slot) == 0)
            continue;
        bool waiting = os_exists(yaml);
        if (!waiting && !os_exists(lock_path) && a->autosave.lock)
            continue; /* never used, and this window has a slot */
        bool busy = false;
        int error = 0;
        os_lock *lock = os_lock_try(lock_path, &busy, &error);
        if (!lock) {
            *others = *others || busy; /* another window plays in it */
            continue;
        }
        if (waiting && want_waiting && !found) {
            autosave_take_slot(a, i, lock);
            found = true;
        } else if (!waiting && !a->autosave.lock) {
            autosave_take_slot(a, i, lock);
        } else {
            os_lock_release(lock);
        }
    }
    return found;
}

bool autosave_next_waiting(app *a)
{
    if (a->autosave.off || a->pref_dir[0] == '\0' || autosave_pending(a) ||
        app_playing(a))
        return autosave_pending(a);
    bool others = false;
    return autosave_claim(a, true, &others);
}

/* Words for people on why a file could not be written. */
const char *autosave_reason(int os_error)
{
    switch (os_error) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
    case EFBIG:
        return _("the disk is full");
    case EACCES:
    case EPERM:
    case EROFS:
        return _("the folder may not be written to");
    case ENOENT:
    case ENOTDIR:
        return _("the folder is missing");
    default:
        return _("the file could not be written");
    }
}

/* A lasting notice while answers cannot be kept; gone at the first move
 * that stores them again. */
static void autosave_tell(app *a, const error_list *errors)
{
    char first[512];
    error_format_first(errors, first, sizeof first);
    if (a->autosave.notice[0] == '\0')
        fprintf(stderr, "alliantiespel: cannot keep the answers: %s\n", first);
    draw_format(a->autosave.notice, sizeof a->autosave.notice,
                _("Your answers are not being kept now: %s. Play on; the "
                  "game tries again at every move."),
                autosave_reason(errors->os_error), NULL);
    a->dirty = true;
}

void autosave_clear(app *a)
{
    char path[APP_PATH_MAX];
    if (autosave_path(a, path, sizeof path))
        (void)play_remove_file(path); /* absent is fine: nothing to forget */
    a->autosave.notice[0] = '\0';
}

void autosave_update(app *a)
{
    if (!app_playing(a) || a->pref_dir[0] == '\0' || a->autosave.off)
        return;
    char path[APP_PATH_MAX];
    if (!autosave_path(a, path, sizeof path))
        return;
    error_list errors;
    error_list_init(&errors);
    /* what is stored is play's; where, and telling a failure, ours */
    bool ok = play_store(&a->play, a->pref_dir, path, a->wall, &errors);
    if (ok)
        a->autosave.notice[0] = '\0';
    else
        autosave_tell(a, &errors);
    error_list_free(&errors);
}

bool autosave_pending(const app *a)
{
    char path[APP_PATH_MAX];
    return autosave_path(a, path, sizeof path) && os_exists(path);
}

const char *autosave_stored_path(const app *a)
{
    return play_stored(&a->play);
}

bool autosave_discard_stored(app *a)
{
    return play_discard_stored(&a->play);
}

/* The deck of the saved round among those on offer, or -1. */
static int saved_deck_index(const app *a, const deck *saved_deck,
                            const char *path, error_list *errors)
{
    int i = app_offered_deck(a, saved_deck->id);
    if (i < 0)
        error_add(errors, path, 0, 0, "deck '%s' is not installed",
                  saved_deck->id);
    return i;
}

/* Reads the waiting round and rebuilds it on its deck: *index gets the
 * deck's place among those on offer. */
static bool autosave_load(const app *a, const char *path, int *index,
                          session *out, error_list *errors)
{
    deck saved_deck;
    session saved;
    if (!result_read(path, &saved_deck, &saved, errors))
        return false;
    /* read once: the file says its deck, and the round is rebuilt on it
     * from what was read */
    *index = saved_deck_index(a, &saved_deck, path, errors);
    bool ok = *index >= 0 &&
              result_resume_saved(path, &saved_deck, &saved,
                                  a->decks[*index], out, errors);
    session_free(&saved);
    deck_free(&saved_deck);
    return ok;
}

/* A waiting round that cannot be picked up is kept under a new name,
 * never deleted, and the start screen says where and why. */
static void autosave_set_aside(app *a, const char *path,
                               const error_list *errors)
{
    char why[512], aside[APP_PATH_MAX];
    error_format_first(errors, why, sizeof why);
    fprintf(stderr, "alliantiespel: cannot pick up the unfinished round: %s\n",
            why);
    error_list sync;
    error_list_init(&sync);
    char name[APP_PATH_MAX];
    /* never over another file: a number is added (safe_file_place) */
    bool moved = app_user_file(a, "round-not-picked-up", "yaml", name,
                               sizeof name) &&
                 safe_file_place(path, name, SAFE_FILE_NUMBERED, aside,
                                 sizeof aside, &sync);
    draw_format(a->message, sizeof a->message,
                _("The unfinished round could not be picked up. It is kept "
                  "as %s"),
                moved ? aside : path, NULL);
    error_list_free(&sync);
}

void autosave_forget_pair(app *a, const char *code)
{
    if (a->pref_dir[0] == '\0')
        return;
    error_list errors;
    error_list_init(&errors);
    /* this window's own waiting round of the pair goes first: its lock is
     * this window's, so forget_pair would take it for another window's */
    char own[APP_PATH_MAX];
    if (autosave_path(a, own, sizeof own) && forget_file_is_of(own, code))
        autosave_clear(a);
    forget_report r;
    forget_pair(a->pref_dir, code, &r, &errors);
    if (!error_list_empty(&errors))
        error_print(&errors, stderr);
    error_list_free(&errors);
    char count[96], said[sizeof a->message], more[sizeof a->message];
    i18n_count(count, sizeof count, "%s file", "%s files", r.removed);
    if (r.live)
        draw_format(said, sizeof said,
                    _("A round of pair %s is open in another window: close "
                      "it, then delete again."),
                    code, NULL);
    else if (r.left == 0)
        draw_format(said, sizeof said,
                    _("Everything of pair %s was deleted (%s)."), code, count);
    else
        draw_format(said, sizeof said,
                    _("Not everything of pair %s could be deleted: see the "
                      "folder %s."),
                    code, a->pref_dir);
    if (r.export_count) {
        draw_format(more, sizeof more,
                    _("It was also exported to %s: delete the files there "
                      "yourself."),
                    r.exports[0], NULL);
        draw_format(a->message, sizeof a->message, "%s %s", said, more);
    } else if (r.unknown_pictures) {
        draw_format(more, sizeof more,
                    _("Older pictures of boards do not say whose they are: "
                      "look in %s."),
                    a->pref_dir, NULL);
        draw_format(a->message, sizeof a->message, "%s %s", said, more);
    } else {
        snprintf(a->message, sizeof a->message, "%s", said);
    }
    play_forget_pair(&a->play, code);
}

void autosave_set_no_trace(app *a, bool on)
{
    play_choose_no_trace(&a->play, on);
    a->autosave.off = false;
    a->autosave.notice[0] = '\0';
    autosave_startup(a);
}

void autosave_startup(app *a)
{
    if (play_no_trace(&a->play)) {
        /* asked for: the screen says it the whole time, nothing is kept */
        a->autosave.off = true;
        snprintf(a->autosave.notice, sizeof a->autosave.notice, "%s",
                 _("No trace: nothing of this round is kept on this computer."));
        return;
    }
    if (a->pref_dir[0] == '\0')
        return;
    char why[256];
    if (!datadir_check_private(a->pref_dir, why, sizeof why)) {
        /* Answers about clients go nowhere others can read or change. */
        a->autosave.off = true;
        fprintf(stderr, "alliantiespel: not storing answers: %s %s\n",
                a->pref_dir, why);
        draw_format(a->autosave.notice, sizeof a->autosave.notice,
                    _("Your answers are not kept: the folder %s is not "
                      "private to you."),
                    a->pref_dir, NULL);
        return;
    }
    bool others = false;
    if (!a->autosave.lock)
        autosave_claim(a, true, &others);
    if (!a->autosave.lock) {
        /* every slot taken by other windows: play on, keep nothing */
        a->autosave.off = true;
        snprintf(a->autosave.notice, sizeof a->autosave.notice, "%s",
                 _("Too many windows of the game are open: this one keeps "
                   "no answers. Close it and play in another."));
        return;
    }
    /* a temporary file is half written only while a window writes it:
     * swept only when no other window runs */
    if (!others)
        datadir_remove_stale_temps(a->pref_dir);
    char path[APP_PATH_MAX];
    if (!autosave_pending(a) || !autosave_path(a, path, sizeof path))
        return;
    error_list errors;
    error_list_init(&errors);
    session s;
    int index = -1;
    if (autosave_load(a, path, &index, &s, &errors)) {
        session_free(&s);
    } else {
        autosave_set_aside(a, path, &errors);
    }
    error_list_free(&errors);
}

void autosave_question(const app *a, char *buf, size_t size)
{
    char path[APP_PATH_MAX];
    buf[0] = '\0';
    if (!autosave_path(a, path, sizeof path))
        return;
    deck d;
    session s;
    error_list errors;
    error_list_init(&errors);
    if (!result_read(path, &d, &s, &errors)) {
        error_list_free(&errors);
        snprintf(buf, size, "%s", _("A round was not finished. Go on with it?"));
        return;
    }
    error_list_free(&errors);
    char date[64] = "", done[24], total[24];
    time_t t = (time_t)s.started_at;
    struct tm tm;
    if (os_local_time((int64_t)t, &tm))
        strftime(date, sizeof date, "%d-%m-%Y %H:%M", &tm);
    snprintf(done, sizeof done, "%zu",
             session_finished(&s) ? s.round_count : s.current);
    snprintf(total, sizeof total, "%zu", s.round_count);
    char started[128], progress[128], detail[512];
    draw_format(started, sizeof started, _("started %s"), date, NULL);
    i18n_format(progress, sizeof progress,
                _n("%s of %s card done", "%s of %s cards done", s.round_count),
                done, total);
    snprintf(detail, sizeof detail, "%s, %s, %s", deck_text(&d, &d.title, 0),
             started, progress);
    draw_format(buf, size,
                session_finished(&s)
                    ? _("A finished round was not stored yet (%s). Go on "
                        "to its board?")
                    : _("A round was not finished (%s). Go on with it?"),
                detail, NULL);
    session_free(&s);
    deck_free(&d);
}

bool autosave_take_waiting(app *a, session *out, size_t *deck_index)
{
    char path[APP_PATH_MAX];
    if (!autosave_path(a, path, sizeof path))
        return false;
    error_list errors;
    error_list_init(&errors);
    int index = -1;
    bool ok = autosave_load(a, path, &index, out, &errors);
    if (!ok)
        autosave_set_aside(a, path, &errors);
    error_list_free(&errors);
    if (ok)
        *deck_index = (size_t)index; /* not stored yet: play_take says so */
    return ok;
}
