/* play_store: what is stored after each move (see play.h): the round in
 * progress, then the finished round's result file. The folder and the
 * slot are the caller's (the window's lock is the UI's); what was stored
 * is play's, with the round. */
#include "play.h"

#include <stdio.h>
#include <time.h>

#include "datadir.h"
#include "history.h"
#include "os.h"
#include "result.h"
#include "safe_file.h"

bool play_remove_file(const char *path)
{
    if (os_remove(path) != 0)
        return false;
    error_list errors;
    error_list_init(&errors);
    /* the removal is on disk before anyone is told it is gone; a folder
     * that cannot be synced changes nothing we could do */
    (void)safe_file_sync_folder(path, &errors);
    error_list_free(&errors);
    return true;
}

/* Stores the finished round as a result file of its own, once. */
static bool play_store_result(play *p, const char *folder, int64_t now,
                              error_list *errors)
{
    if (p->stored[0])
        return true;
    struct tm tm;
    char stamp[32], name[128], path[PLAY_PATH_MAX];
    /* a pair's rounds carry its code in their names: its history, and
     * --forget, find them without reading every other file */
    if (!os_local_time(now, &tm) ||
        strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm) == 0 ||
        !history_file_name(p->session.pair, stamp, name, sizeof name) ||
        !datadir_join(path, sizeof path, folder, name)) {
        error_add(errors, folder, 0, 0, "no free file name");
        return false;
    }
    /* never over another result, even one another window stores in the
     * same second */
    char stored[PLAY_PATH_MAX];
    if (!result_write_new(path, &p->session, stored, sizeof stored, errors))
        return false;
    snprintf(p->stored, sizeof p->stored, "%s", stored);
    return true;
}

bool play_store(play *p, const char *folder, const char *slot, int64_t now,
                error_list *errors)
{
    if (!p->have_session || p->lent)
        return true;
    /* The round in progress first, finished or not: should storing the
     * result fail or the program die now, the round is offered back. */
    bool ok = p->stored[0] || result_write(slot, &p->session, errors);
    if (ok && session_finished(&p->session)) {
        ok = play_store_result(p, folder, now, errors);
        if (ok)
            (void)play_remove_file(slot); /* absent is fine: it is done */
    }
    return ok;
}

const char *play_stored(const play *p)
{
    return p->stored;
}

bool play_discard_stored(play *p)
{
    if (p->stored[0] == '\0' || !play_remove_file(p->stored))
        return false;
    p->stored[0] = '\0';
    return true;
}
