/* wav: speech written as a WAV file (RIFF, 16-bit PCM, one channel), for
 * --speak. Through safe_file, like every file the game writes: readable
 * by the owner only, and whole or not at all. */
#ifndef ALLIANTIESPEL_WAV_H
#define ALLIANTIESPEL_WAV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"

/* The most samples one file takes: its sizes are 32-bit fields. */
#define WAV_MAX_SAMPLES ((size_t)0x7ffffff0 / 2)

/* Writes count samples at rate per second to path; false with the reason
 * in errors (the target untouched). */
bool wav_write(const char *path, const int16_t *samples, size_t count,
               int rate, error_list *errors);

#endif
