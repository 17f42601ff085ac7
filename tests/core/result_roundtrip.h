/* result_roundtrip: what the result tests share: a session written to a
 * fresh file of its own (tests may run at the same time) and picked up
 * again from it on a deck, as after a crash. */
#ifndef ALLIANTIESPEL_TEST_RESULT_ROUNDTRIP_H
#define ALLIANTIESPEL_TEST_RESULT_ROUNDTRIP_H

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "check.h"
#include "result.h"

static inline bool write_and_resume(const session *s, const deck *d,
                                    session *back)
{
    char dir[] = "/tmp/alliantiespel-roundtrip-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[256];
    snprintf(path, sizeof path, "%s/round-in-progress.yaml", dir);
    error_list errors;
    error_list_init(&errors);
    bool ok = result_write(path, s, &errors) &&
              result_resume(path, d, back, &errors);
    error_print(&errors, stderr);
    error_list_free(&errors);
    unlink(path);
    rmdir(dir);
    return ok;
}

#endif
