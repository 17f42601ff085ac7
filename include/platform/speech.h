/* speech: read-aloud's voice and sound. The voice is espeak-ng, loaded
 * with dlopen when it is first needed, like SDL2_image (image_lib.h): the
 * game runs without it, only without read-aloud. It speaks Dutch and
 * English (and what else its data holds) on this computer, with no
 * network. The sound goes through SDL's audio.
 *
 * While the game runs, one thread of ours does all of it, so the screen
 * never waits: it first looks for a sound device and the voice (starting
 * SDL's audio alone can take 10 ms when no sound server answers), then
 * sleeps on a condition until asked to speak. It makes the speech with
 * espeak-ng in its synchronous mode, chunk by chunk, queues each chunk on
 * the sound device as it comes (SDL_QueueAudio), and once the last sound
 * has played closes the device and stops SDL's audio (whose backends keep
 * threads of their own), so nothing runs while it is silent. A new
 * request, or stop, cuts what is being said short.
 *
 * Where nobody could hear (the offscreen or dummy video driver, as tests
 * run, unless SDL_AUDIODRIVER is set) nothing is loaded or started. With
 * SDL_AUDIODRIVER=dummy, or no sound device, or no espeak-ng, read-aloud
 * is off and the reason goes once to stderr (the UI tells people, see
 * speak.h). ALLIANTIESPEL_SPEECH_LIB names another library, only to test
 * what a user without espeak-ng sees. */
#ifndef ALLIANTIESPEL_PLATFORM_SPEECH_H
#define ALLIANTIESPEL_PLATFORM_SPEECH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "speak.h"

/* Starts the thread (after SDL_Init; once the window is shown). False
 * only when it cannot be started; read-aloud is then off. */
bool speech_open(void);
/* Stops speaking, ends the thread, stops SDL's audio (before SDL_Quit).
 * Safe when speech_open failed or never ran. */
void speech_close(void);
/* The table for speak_use. */
const speak_ops *speech_ops(void);
/* True once after the state or the speaking changed (app_step asks after
 * each batch of events: the thread wakes the loop with an event). */
bool speech_changed(void);

/* --speak: says text in language lang into memory, on this thread: 16-bit
 * samples (*samples, to free) at *rate a second. False with a sentence in
 * err when espeak-ng or the language's voice is missing. */
bool speech_render(const char *text, const char *lang, int16_t **samples,
                   size_t *count, int *rate, char *err, size_t err_size);

#endif
