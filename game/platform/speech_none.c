/* speech_none: read-aloud where this build has no voice (the Windows
 * build: espeak-ng is not cross-built yet). Honestly off: the start
 * screen says so once, and --speak says why. Compiled instead of
 * speech.c (CMakeLists.txt). */
#include "speech.h"

#include <stdio.h>

static speak_state speech_none_state(const struct app *a)
{
    (void)a;
    return SPEAK_NOT_BUILT;
}

static bool speech_none_say(struct app *a, const char *text, const char *lang)
{
    (void)a;
    (void)text;
    (void)lang;
    return false;
}

static void speech_none_stop(struct app *a)
{
    (void)a;
}

static bool speech_none_speaking(const struct app *a)
{
    (void)a;
    return false;
}

static const speak_ops speech_none_table = {
    speech_none_state, speech_none_say, speech_none_stop, speech_none_speaking,
};

bool speech_open(void)
{
    return false; /* the caller tells speak_changed: off, said once */
}

void speech_close(void)
{
}

const speak_ops *speech_ops(void)
{
    return &speech_none_table;
}

bool speech_changed(void)
{
    return false;
}

bool speech_render(const char *text, const char *lang, int16_t **samples,
                   size_t *count, int *rate, char *err, size_t err_size)
{
    (void)text;
    (void)lang;
    *samples = NULL;
    *count = 0;
    *rate = 0;
    snprintf(err, err_size, "read-aloud is not in this build of the game");
    return false;
}
