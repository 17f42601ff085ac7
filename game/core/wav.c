/* wav: see wav.h. The header's numbers are little-endian whatever the
 * machine, so they are put together byte by byte. */
#include "wav.h"

#include <errno.h>
#include <stdio.h>

#include "safe_file.h"

static void wav_u32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v & 0xff);
    p[1] = (unsigned char)((v >> 8) & 0xff);
    p[2] = (unsigned char)((v >> 16) & 0xff);
    p[3] = (unsigned char)((v >> 24) & 0xff);
}

static void wav_u16(unsigned char *p, uint16_t v)
{
    p[0] = (unsigned char)(v & 0xff);
    p[1] = (unsigned char)((v >> 8) & 0xff);
}

/* A chunk's four-letter name, without its terminating zero. */
static void wav_tag(unsigned char *p, const char *tag)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)tag[i];
}

/* The 44 bytes before the samples: RIFF, WAVE, fmt (PCM, mono, 16 bits),
 * data. */
static void wav_header(unsigned char h[44], size_t count, int rate)
{
    uint32_t data = (uint32_t)(count * 2);
    wav_tag(h, "RIFF");
    wav_u32(h + 4, 36 + data);
    wav_tag(h + 8, "WAVE");
    wav_tag(h + 12, "fmt ");
    wav_u32(h + 16, 16);
    wav_u16(h + 20, 1);                    /* PCM */
    wav_u16(h + 22, 1);                    /* one channel */
    wav_u32(h + 24, (uint32_t)rate);
    wav_u32(h + 28, (uint32_t)rate * 2);   /* bytes a second */
    wav_u16(h + 32, 2);                    /* bytes a sample */
    wav_u16(h + 34, 16);                   /* bits a sample */
    wav_tag(h + 36, "data");
    wav_u32(h + 40, data);
}

bool wav_write(const char *path, const int16_t *samples, size_t count,
               int rate, error_list *errors)
{
    if (rate <= 0 || rate > 384000 || count > WAV_MAX_SAMPLES ||
        (count > 0 && samples == NULL)) {
        error_add(errors, path, 0, 0, "cannot write this sound: %zu samples "
                  "at %d a second", count, rate);
        return false;
    }
    safe_file file;
    if (!safe_file_create(&file, path, errors))
        return false;
    FILE *f = safe_file_stream(&file);
    unsigned char header[44];
    wav_header(header, count, rate);
    bool ok = f != NULL && fwrite(header, 1, sizeof header, f) == sizeof header;
    unsigned char chunk[4096];
    size_t used = 0;
    for (size_t i = 0; ok && i < count; i++) {
        wav_u16(chunk + used, (uint16_t)samples[i]);
        used += 2;
        if (used == sizeof chunk || i + 1 == count) {
            ok = fwrite(chunk, 1, used, f) == used;
            used = 0;
        }
    }
    if (!ok) {
        error_add_os(errors, path, errno ? errno : EIO, "cannot write the sound");
        safe_file_abort(&file);
        return false;
    }
    return safe_file_commit(&file, errors);
}
