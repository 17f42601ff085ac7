/* speech: see speech.h. Three parts: espeak-ng loaded once for the
 * process (as image_lib loads SDL2_image); the thread that speaks while
 * the game runs; and speech_render for --speak. */
#include "speech.h"

#include <SDL.h>
#include <espeak-ng/speak_lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "dl_symbol.h"

#define SPEECH_LIB_SONAME "libespeak-ng.so.1"
/* Words a minute: a little slower than espeak-ng's 175, for people who
 * follow along on the card or hear Dutch as a second language. */
#define SPEECH_WORDS_PER_MINUTE 150
/* espeak-ng hands the sound over in chunks of this many milliseconds. */
#define SPEECH_CHUNK_MS 100
/* SDL's device buffer in samples: about 46 ms at espeak-ng's 22050 Hz. */
#define SPEECH_DEVICE_SAMPLES 1024
/* --speak: more than a minute of speech is not a card. */
#define SPEECH_RENDER_MAX_SECONDS 60

typedef int (*speech_init_fn)(espeak_AUDIO_OUTPUT output, int buflength,
                              const char *path, int options);
typedef void (*speech_callback_fn)(t_espeak_callback *callback);
typedef espeak_ERROR (*speech_voice_fn)(const char *name);
typedef espeak_ERROR (*speech_parameter_fn)(espeak_PARAMETER parameter,
                                            int value, int relative);
typedef espeak_ERROR (*speech_synth_fn)(const void *text, size_t size,
                                        unsigned int position,
                                        espeak_POSITION_TYPE position_type,
                                        unsigned int end_position,
                                        unsigned int flags,
                                        unsigned int *unique_identifier,
                                        void *user_data);

/* espeak-ng, once loaded: it keeps one voice and one callback for the
 * whole process, so one thread at a time uses it (the speaking thread,
 * or --speak, which runs no game). */
static struct {
    SDL_SpinLock lock;
    bool tried;
    char error[512];
    int rate;                     /* samples a second; 0: not loaded */
    speech_callback_fn set_callback;
    speech_voice_fn set_voice;
    speech_synth_fn synth;
    char voice[16];               /* the language set last */
} speech_lib;

static void speech_lib_load(void)
{
    /* another name only for the test of what a user sees without it */
    const char *name = SDL_getenv("ALLIANTIESPEL_SPEECH_LIB");
    if (name == NULL || name[0] == '\0')
        name = SPEECH_LIB_SONAME;
    void *lib = dl_open(name);
    if (lib == NULL) {
        snprintf(speech_lib.error, sizeof speech_lib.error,
                 "cannot load espeak-ng (%s): is the package libespeak-ng1 "
                 "installed?", name);
        return;
    }
    speech_init_fn init = NULL;
    speech_parameter_fn parameter = NULL;
    if (!dl_symbol(lib, "espeak_Initialize", &init, sizeof init) ||
        !dl_symbol(lib, "espeak_SetSynthCallback",
                       &speech_lib.set_callback,
                       sizeof speech_lib.set_callback) ||
        !dl_symbol(lib, "espeak_SetVoiceByName", &speech_lib.set_voice,
                       sizeof speech_lib.set_voice) ||
        !dl_symbol(lib, "espeak_SetParameter", &parameter,
                       sizeof parameter) ||
        !dl_symbol(lib, "espeak_Synth", &speech_lib.synth,
                       sizeof speech_lib.synth)) {
        snprintf(speech_lib.error, sizeof speech_lib.error,
                 "%s is not the espeak-ng the game needs", name);
        dl_close(lib);
        return;
    }
    /* synchronous: espeak_Synth makes the sound on the calling thread and
     * hands it to our callback; DONT_EXIT: without its data it would end
     * the whole game */
    int rate = init(AUDIO_OUTPUT_SYNCHRONOUS, SPEECH_CHUNK_MS, NULL,
                    espeakINITIALIZE_DONT_EXIT);
    if (rate <= 0) {
        snprintf(speech_lib.error, sizeof speech_lib.error,
                 "espeak-ng finds no voices: is the package espeak-ng-data "
                 "installed?");
        dl_close(lib);
        return;
    }
    if (parameter(espeakRATE, SPEECH_WORDS_PER_MINUTE, 0) != EE_OK)
        fprintf(stderr, "alliantiespel: espeak-ng keeps its own speed\n");
    /* loaded for the life of the process: its memory stays reachable */
    speech_lib.rate = rate;
}

/* Loads espeak-ng (once; safe from any thread). False with a sentence in
 * err when it cannot be used. */
static bool speech_lib_open(char *err, size_t err_size)
{
    SDL_AtomicLock(&speech_lib.lock);
    if (!speech_lib.tried) {
        speech_lib.tried = true;
        speech_lib_load();
    }
    bool ok = speech_lib.rate > 0;
    if (!ok)
        snprintf(err, err_size, "%s", speech_lib.error);
    SDL_AtomicUnlock(&speech_lib.lock);
    return ok;
}

/* Sets the voice of a deck's language ("nl", "en"). */
static bool speech_lib_voice(const char *lang, char *err, size_t err_size)
{
    if (strcmp(speech_lib.voice, lang) == 0)
        return true;
    if (strlen(lang) >= sizeof speech_lib.voice ||
        speech_lib.set_voice(lang) != EE_OK) {
        snprintf(err, err_size, "espeak-ng has no voice for the language "
                 "\"%s\"", lang);
        return false;
    }
    snprintf(speech_lib.voice, sizeof speech_lib.voice, "%s", lang);
    return true;
}

static bool speech_lib_say(const char *text, t_espeak_callback *callback)
{
    speech_lib.set_callback(callback);
    return speech_lib.synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0,
                            espeakCHARS_UTF8, NULL, NULL) == EE_OK;
}

/* --- the speaking thread --- */

/* Its state. The mutex guards everything the game's thread reads or
 * writes; the rest (device, playing) is the thread's own. */
static struct {
    SDL_mutex *mutex;
    SDL_cond *wake;               /* a request, a stop, or the end */
    SDL_Thread *thread;
    Uint32 event;                 /* pushed to wake the game's loop */
    speak_state state;
    bool changed;                 /* state or speaking, not yet asked */
    bool quit;
    bool busy;                    /* the thread is saying something */
    char *text;                   /* what to say next, or NULL */
    char lang[16];
    SDL_atomic_t cancel;          /* cut the speech being made short */
    SDL_AudioDeviceID device;
    bool playing;                 /* the device was unpaused */
    char failed_lang[16];         /* a language without a voice, told */
} speech;

/* Under the mutex: something the game must see changed; wake its loop. */
static void speech_tell_locked(void)
{
    speech.changed = true;
    if (speech.event != (Uint32)-1) {
        SDL_Event e;
        memset(&e, 0, sizeof e);
        e.type = speech.event;
        if (SDL_PushEvent(&e) < 0)
            fprintf(stderr, "alliantiespel: cannot wake the game: %s\n",
                    SDL_GetError());
    }
}

static SDL_AudioDeviceID speech_device_open(char *why, size_t why_size)
{
    SDL_AudioSpec want, have;
    SDL_zero(want);
    /* espeak-ng's rate; before it is loaded (the first look) its usual */
    want.freq = speech_lib.rate > 0 ? speech_lib.rate : 22050;
    want.format = AUDIO_S16SYS;
    want.channels = 1;
    want.samples = SPEECH_DEVICE_SAMPLES;
    /* no changes allowed: SDL converts to what the device plays */
    SDL_AudioDeviceID dev = SDL_OpenAudioDevice(NULL, 0, &want, &have, 0);
    if (dev == 0)
        snprintf(why, why_size, "no sound device: %s", SDL_GetError());
    return dev;
}

/* SDL's audio runs only while we speak: its backends keep threads of
 * their own (ALSA looks for new devices ten times a second). */
static bool speech_audio_start(char *why, size_t why_size)
{
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        snprintf(why, why_size, "SDL cannot start its audio: %s",
                 SDL_GetError());
        return false;
    }
    const char *driver = SDL_GetCurrentAudioDriver();
    if (driver != NULL && strcmp(driver, "dummy") == 0) {
        snprintf(why, why_size, "SDL's dummy audio driver plays nothing");
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return false;
    }
    return true;
}

/* Whether this computer could have sound at all: a sound card, or a
 * sound server to reach. Without either SDL would still try each of its
 * drivers, and ALSA writes its failure to the terminal, line upon line. */
static bool speech_sound_there(void)
{
    const char *asked = SDL_getenv("SDL_AUDIODRIVER");
    const char *server = SDL_getenv("PULSE_SERVER");
    const char *run = SDL_getenv("XDG_RUNTIME_DIR");
    char path[4096];
    if ((asked && asked[0]) || (server && server[0]) ||
        access("/dev/snd", F_OK) == 0)
        return true;
    if (run == NULL || run[0] == '\0')
        return false;
    snprintf(path, sizeof path, "%s/pulse/native", run);
    if (access(path, F_OK) == 0)
        return true;
    snprintf(path, sizeof path, "%s/pipewire-0", run);
    return access(path, F_OK) == 0;
}

/* Looks for the voice and a sound device. */
static speak_state speech_probe(char *why, size_t why_size)
{
    if (!speech_sound_there()) {
        snprintf(why, why_size, "no sound device (no /dev/snd, no sound "
                 "server)");
        return SPEAK_NO_SOUND;
    }
    /* the sound first: without it the voice need not be loaded at all */
    if (!speech_audio_start(why, why_size))
        return SPEAK_NO_SOUND;
    SDL_AudioDeviceID dev = speech_device_open(why, why_size);
    if (dev != 0)
        SDL_CloseAudioDevice(dev);
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    if (dev == 0)
        return SPEAK_NO_SOUND;
    return speech_lib_open(why, why_size) ? SPEAK_READY : SPEAK_NO_VOICE;
}

/* espeak-ng's chunks, queued on the device as they come: speaking starts
 * after the first tenth of a second is made, not after the whole text. */
static int speech_play(short *wav, int n, espeak_EVENT *events)
{
    (void)events;
    if (SDL_AtomicGet(&speech.cancel))
        return 1; /* espeak-ng stops making this text */
    if (wav == NULL || n <= 0)
        return 0;
    if (SDL_QueueAudio(speech.device, wav, (Uint32)n * sizeof *wav) != 0) {
        fprintf(stderr, "alliantiespel: cannot play the speech: %s\n",
                SDL_GetError());
        return 1;
    }
    if (!speech.playing) {
        SDL_PauseAudioDevice(speech.device, 0);
        speech.playing = true;
    }
    return 0;
}

/* Says one text, then waits (without the mutex: it is taken only to
 * wait) until it has played or is cut short. */
static void speech_say_one(const char *text, const char *lang)
{
    char why[512];
    if (!speech_lib_voice(lang, why, sizeof why)) {
        if (strcmp(speech.failed_lang, lang) != 0) {
            fprintf(stderr, "alliantiespel: cannot read aloud: %s\n", why);
            snprintf(speech.failed_lang, sizeof speech.failed_lang, "%s",
                     lang);
        }
        return;
    }
    if (speech.device == 0 && speech_audio_start(why, sizeof why)) {
        speech.device = speech_device_open(why, sizeof why);
        if (speech.device == 0)
            SDL_QuitSubSystem(SDL_INIT_AUDIO);
    }
    if (speech.device == 0) {
        fprintf(stderr, "alliantiespel: cannot read aloud: %s\n", why);
        return;
    }
    SDL_ClearQueuedAudio(speech.device);
    speech.playing = false;
    if (!speech_lib_say(text, speech_play) && !SDL_AtomicGet(&speech.cancel))
        fprintf(stderr, "alliantiespel: espeak-ng could not say it\n");
    SDL_LockMutex(speech.mutex);
    while (!SDL_AtomicGet(&speech.cancel) && speech.playing &&
           SDL_GetQueuedAudioSize(speech.device) > 0)
        SDL_CondWaitTimeout(speech.wake, speech.mutex, 20);
    /* the queue is empty once the device took the last buffer: let that
     * one play out too */
    if (!SDL_AtomicGet(&speech.cancel) && speech.playing)
        SDL_CondWaitTimeout(speech.wake, speech.mutex,
                            2000u * SPEECH_DEVICE_SAMPLES /
                                (Uint32)speech_lib.rate);
    SDL_UnlockMutex(speech.mutex);
    SDL_PauseAudioDevice(speech.device, 1);
    SDL_ClearQueuedAudio(speech.device);
}

/* Closes the device and SDL's audio: silent, nothing of ours runs. */
static void speech_device_close(void)
{
    if (speech.device == 0)
        return;
    SDL_CloseAudioDevice(speech.device);
    speech.device = 0;
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

static int speech_run(void *unused)
{
    (void)unused;
    char why[512] = "";
    speak_state st = speech_probe(why, sizeof why);
    if (st != SPEAK_READY)
        fprintf(stderr, "alliantiespel: read-aloud is off: %s\n", why);
    SDL_LockMutex(speech.mutex);
    speech.state = st;
    speech_tell_locked();
    while (st == SPEAK_READY && !speech.quit) {
        if (speech.text == NULL) {
            if (speech.device != 0) {
                SDL_UnlockMutex(speech.mutex);
                speech_device_close();
                SDL_LockMutex(speech.mutex);
                continue; /* a request may have come meanwhile */
            }
            if (SDL_CondWait(speech.wake, speech.mutex) != 0) { /* asleep */
                /* never spin: without its condition the thread ends */
                fprintf(stderr, "alliantiespel: read-aloud stops: %s\n",
                        SDL_GetError());
                break;
            }
            continue;
        }
        char *text = speech.text;
        char lang[sizeof speech.lang];
        memcpy(lang, speech.lang, sizeof lang);
        speech.text = NULL;
        SDL_AtomicSet(&speech.cancel, 0);
        if (!speech.busy) {
            speech.busy = true;
            speech_tell_locked();
        }
        SDL_UnlockMutex(speech.mutex);
        speech_say_one(text, lang);
        free(text);
        SDL_LockMutex(speech.mutex);
        if (speech.text == NULL) {
            speech.busy = false;
            speech_tell_locked();
        }
    }
    SDL_UnlockMutex(speech.mutex);
    speech_device_close();
    return 0;
}

/* Whether a person could hear us: not under the offscreen or dummy video
 * driver (tests, the screenshot tool) unless the sound was asked for. */
static bool speech_audible(void)
{
    const char *video = SDL_GetCurrentVideoDriver();
    const char *audio = SDL_getenv("SDL_AUDIODRIVER");
    bool headless = video != NULL && (strcmp(video, "offscreen") == 0 ||
                                      strcmp(video, "dummy") == 0);
    return !headless || (audio != NULL && audio[0] != '\0');
}

bool speech_open(void)
{
    if (speech.mutex != NULL)
        return true;
    memset(&speech, 0, sizeof speech);
    speech.event = (Uint32)-1;
    if (!speech_audible()) {
        speech.state = SPEAK_OFF;
        return true;
    }
    speech.state = SPEAK_LOOKING;
    speech.mutex = SDL_CreateMutex();
    speech.wake = speech.mutex ? SDL_CreateCond() : NULL;
    speech.event = SDL_RegisterEvents(1);
    if (speech.wake != NULL)
        speech.thread = SDL_CreateThread(speech_run, "speech", NULL);
    if (speech.thread == NULL) {
        fprintf(stderr, "alliantiespel: read-aloud is off: cannot start "
                "its thread: %s\n", SDL_GetError());
        speech_close();
        speech.state = SPEAK_OFF;
        return false;
    }
    return true;
}

void speech_close(void)
{
    if (speech.thread != NULL) {
        SDL_LockMutex(speech.mutex);
        speech.quit = true;
        SDL_AtomicSet(&speech.cancel, 1);
        SDL_CondSignal(speech.wake);
        SDL_UnlockMutex(speech.mutex);
        SDL_WaitThread(speech.thread, NULL);
    }
    free(speech.text);
    if (speech.wake != NULL)
        SDL_DestroyCond(speech.wake);
    if (speech.mutex != NULL)
        SDL_DestroyMutex(speech.mutex);
    memset(&speech, 0, sizeof speech);
    speech.state = SPEAK_OFF;
}

bool speech_changed(void)
{
    if (speech.mutex == NULL)
        return false;
    SDL_LockMutex(speech.mutex);
    bool changed = speech.changed;
    speech.changed = false;
    SDL_UnlockMutex(speech.mutex);
    return changed;
}

/* --- the table the UI calls (speak.h), on the game's thread --- */

static speak_state speech_op_state(const app *a)
{
    (void)a;
    if (speech.mutex == NULL)
        return speech.state;
    SDL_LockMutex(speech.mutex);
    speak_state st = speech.state;
    SDL_UnlockMutex(speech.mutex);
    return st;
}

static bool speech_op_say(app *a, const char *text, const char *lang)
{
    (void)a;
    if (speech_op_state(a) != SPEAK_READY || strlen(lang) >= sizeof speech.lang)
        return false;
    char *copy = strdup(text);
    if (copy == NULL)
        return false;
    SDL_LockMutex(speech.mutex);
    free(speech.text);
    speech.text = copy;
    snprintf(speech.lang, sizeof speech.lang, "%s", lang);
    SDL_AtomicSet(&speech.cancel, 1); /* what is being said stops */
    SDL_CondSignal(speech.wake);
    SDL_UnlockMutex(speech.mutex);
    return true;
}

static void speech_op_stop(app *a)
{
    (void)a;
    if (speech.mutex == NULL)
        return;
    SDL_LockMutex(speech.mutex);
    free(speech.text);
    speech.text = NULL;
    SDL_AtomicSet(&speech.cancel, 1);
    SDL_CondSignal(speech.wake);
    SDL_UnlockMutex(speech.mutex);
}

static bool speech_op_speaking(const app *a)
{
    (void)a;
    if (speech.mutex == NULL)
        return false;
    SDL_LockMutex(speech.mutex);
    /* asked for counts: the button turns gold at once */
    bool on = speech.busy || speech.text != NULL;
    SDL_UnlockMutex(speech.mutex);
    return on;
}

static const speak_ops speech_table = {
    speech_op_state, speech_op_say, speech_op_stop, speech_op_speaking,
};

const speak_ops *speech_ops(void)
{
    return &speech_table;
}

/* --- --speak --- */

static struct {
    int16_t *samples;
    size_t count, cap, max;
    bool failed;
} speech_render_buf;

static int speech_collect(short *wav, int n, espeak_EVENT *events)
{
    (void)events;
    if (wav == NULL || n <= 0)
        return 0;
    size_t need = speech_render_buf.count + (size_t)n;
    if (need > speech_render_buf.max) {
        speech_render_buf.failed = true;
        return 1;
    }
    if (need > speech_render_buf.cap) {
        size_t cap = speech_render_buf.cap ? speech_render_buf.cap * 2
                                           : (size_t)n * 16;
        while (cap < need)
            cap *= 2;
        int16_t *grown = realloc(speech_render_buf.samples,
                                 cap * sizeof *grown);
        if (grown == NULL) {
            speech_render_buf.failed = true;
            return 1;
        }
        speech_render_buf.samples = grown;
        speech_render_buf.cap = cap;
    }
    memcpy(speech_render_buf.samples + speech_render_buf.count, wav,
           (size_t)n * sizeof *wav);
    speech_render_buf.count = need;
    return 0;
}

bool speech_render(const char *text, const char *lang, int16_t **samples,
                   size_t *count, int *rate, char *err, size_t err_size)
{
    *samples = NULL;
    *count = 0;
    *rate = 0;
    /* Debian's espeak-ng 1.51 opens a sound device even when it only
     * hands samples back: pcaudio connects to PulseAudio, which makes a
     * new /tmp/pulse-* folder (no XDG_RUNTIME_DIR) and writes into
     * $XDG_CONFIG_HOME/pulse on every --speak. A WAV file needs no
     * server: this process (the command line, one thread) is pointed at
     * none, and pcaudio gives up at once. */
    if (setenv("PULSE_SERVER", "unix:/nonexistent", 1) != 0)
        fprintf(stderr, "alliantiespel: espeak-ng may open a sound server\n");
    if (!speech_lib_open(err, err_size) ||
        !speech_lib_voice(lang, err, err_size))
        return false;
    memset(&speech_render_buf, 0, sizeof speech_render_buf);
    speech_render_buf.max = (size_t)speech_lib.rate * SPEECH_RENDER_MAX_SECONDS;
    bool said = speech_lib_say(text, speech_collect);
    if (!said || speech_render_buf.failed) {
        snprintf(err, err_size, "%s",
                 !said ? "espeak-ng could not say the text"
                       : "out of memory, or more than a minute of speech");
        free(speech_render_buf.samples);
        memset(&speech_render_buf, 0, sizeof speech_render_buf);
        return false;
    }
    *samples = speech_render_buf.samples;
    *count = speech_render_buf.count;
    *rate = speech_lib.rate;
    memset(&speech_render_buf, 0, sizeof speech_render_buf);
    return true;
}
