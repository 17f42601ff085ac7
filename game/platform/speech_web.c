/* speech_web: read-aloud in the browser build, through the browser's own
 * speech (speechSynthesis): the voices of the tablet or laptop, nothing
 * sent anywhere by the page. A voice is taken only when it is on the
 * device (localService) and speaks the card's language; without one
 * read-aloud is honestly off and the start screen says so. Compiled
 * instead of speech.c (CMakeLists.txt). */
#include "speech.h"

#include <SDL.h>
#include <emscripten.h>
#include <stdio.h>
#include <string.h>

static bool speech_web_open;
static bool speech_web_changed_flag;
static Uint32 speech_web_event = (Uint32)-1;
/* speech_web_voices' last answer, -1 before the first: the UI asks
 * read-aloud's state on every frame it draws, and the browser's list of
 * voices changes only when it says so (voiceschanged) */
static int speech_web_voices_known = -1;

/* Called by the page when speaking starts or ends, or the voices are
 * known: the loop wakes and asks speech_changed. */
EMSCRIPTEN_KEEPALIVE void speech_web_tell(void)
{
    speech_web_changed_flag = true;
    if (speech_web_event != (Uint32)-1) {
        SDL_Event e;
        memset(&e, 0, sizeof e);
        e.type = speech_web_event;
        if (SDL_PushEvent(&e) < 0)
            fprintf(stderr, "alliantiespel: cannot wake the game: %s\n",
                    SDL_GetError());
    }
}

/* 1: a voice on this device; 0: none (yet: the browser may list its
 * voices a moment later, and then tells); 2: no speechSynthesis at all */
EM_JS(int, speech_web_voices, (void), {
    if (!window.speechSynthesis || !window.SpeechSynthesisUtterance)
        return 2;
    var voices = speechSynthesis.getVoices();
    if (!Module["speechWatching"]) {
        Module["speechWatching"] = true;
        speechSynthesis.addEventListener("voiceschanged", function() {
            _speech_web_voices_changed();
        });
    }
    return voices.some(function(v) { return v.localService; }) ? 1 : 0;
});

/* Called by the page when the browser's voices change: the answer kept
 * is asked again, and the loop wakes to show it. */
EMSCRIPTEN_KEEPALIVE void speech_web_voices_changed(void)
{
    speech_web_voices_known = speech_web_voices();
    speech_web_tell();
}

EM_JS(int, speech_web_say_js, (const char *text, const char *lang), {
    if (!window.speechSynthesis)
        return 0;
    var want = UTF8ToString(lang).toLowerCase();
    var voice = null;
    speechSynthesis.getVoices().forEach(function(v) {
        var l = (v.lang || "").toLowerCase().replace("_", "-");
        if (!voice && v.localService && (l === want ||
                                          l.indexOf(want + "-") === 0))
            voice = v;
    });
    if (!voice)
        return 0;
    speechSynthesis.cancel();
    var u = new SpeechSynthesisUtterance(UTF8ToString(text));
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = 0.9; /* a calm pace, as the desktop's espeak-ng */
    u.onstart = u.onend = u.onerror = function() { _speech_web_tell(); };
    speechSynthesis.speak(u);
    return 1;
});

EM_JS(void, speech_web_stop_js, (void), {
    if (window.speechSynthesis)
        speechSynthesis.cancel();
});

EM_JS(int, speech_web_speaking_js, (void), {
    return window.speechSynthesis &&
           (speechSynthesis.speaking || speechSynthesis.pending) ? 1 : 0;
});

static speak_state speech_web_state(const struct app *a)
{
    (void)a;
    if (speech_web_voices_known < 0)
        speech_web_voices_known = speech_web_voices();
    switch (speech_web_voices_known) {
    case 0:
        return SPEAK_NO_DEVICE_VOICE;
    case 1:
        return SPEAK_READY;
    default:
        return SPEAK_NOT_BUILT;
    }
}

static bool speech_web_say(struct app *a, const char *text, const char *lang)
{
    (void)a;
    return speech_web_say_js(text, lang) != 0;
}

static void speech_web_stop(struct app *a)
{
    (void)a;
    speech_web_stop_js();
}

static bool speech_web_speaking(const struct app *a)
{
    (void)a;
    return speech_web_speaking_js() != 0;
}

static const speak_ops speech_web_table = {
    speech_web_state, speech_web_say, speech_web_stop, speech_web_speaking,
};

bool speech_open(void)
{
    speech_web_event = SDL_RegisterEvents(1);
    speech_web_open = true;
    /* the first answer, and from now on the browser tells of changes */
    speech_web_voices_known = speech_web_voices();
    return true;
}

void speech_close(void)
{
    if (speech_web_open)
        speech_web_stop_js();
    speech_web_open = false;
}

const speak_ops *speech_ops(void)
{
    return &speech_web_table;
}

bool speech_changed(void)
{
    bool changed = speech_web_changed_flag;
    speech_web_changed_flag = false;
    return changed;
}

bool speech_render(const char *text, const char *lang, int16_t **samples,
                   size_t *count, int *rate, char *err, size_t err_size)
{
    (void)text;
    (void)lang;
    *samples = NULL;
    *count = 0;
    *rate = 0;
    snprintf(err, err_size, "--speak writes a file; the browser speaks "
             "only aloud");
    return false;
}
