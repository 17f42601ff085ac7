/* test_wav: the WAV file --speak writes: its header, its samples, and
 * its mode (0600, like every file the game writes). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "portable.h"
#include "wav.h"

static uint32_t le32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
           (uint32_t)p[3] << 24;
}

int main(void)
{
    char dir[] = TEST_TMP "/alliantiespel-wav-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[256];
    snprintf(path, sizeof path, "%s/a.wav", dir);
    int16_t samples[3000];
    for (size_t i = 0; i < 3000; i++)
        samples[i] = (int16_t)((int)i * 7 - 10000);
    error_list errors;
    error_list_init(&errors);
    CHECK(wav_write(path, samples, 3000, 22050, &errors));
    struct stat st;
#ifndef _WIN32
    CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0600);
#else /* no modes: a file has its folder's rights, the user's own there */
    CHECK(stat(path, &st) == 0 && S_ISREG(st.st_mode));
#endif
    CHECK_INT(st.st_size, 44 + 6000);
    FILE *f = fopen(path, "rb");
    unsigned char h[44 + 6000];
    CHECK(f != NULL && fread(h, 1, sizeof h, f) == sizeof h);
    if (f)
        fclose(f);
    CHECK(memcmp(h, "RIFF", 4) == 0 && memcmp(h + 8, "WAVEfmt ", 8) == 0);
    CHECK_INT(le32(h + 4), 36 + 6000);
    CHECK_INT(le32(h + 24), 22050);
    CHECK_INT(h[22], 1);  /* mono */
    CHECK_INT(h[34], 16); /* bits */
    CHECK(memcmp(h + 36, "data", 4) == 0);
    CHECK_INT(le32(h + 40), 6000);
    /* samples little-endian, signed */
    CHECK_INT((int16_t)(h[44] | h[45] << 8), -10000);
    CHECK_INT((int16_t)(h[44 + 2 * 2999] | h[45 + 2 * 2999] << 8),
              2999 * 7 - 10000);
    /* nothing to say is a valid, empty file */
    CHECK(wav_write(path, NULL, 0, 22050, &errors));
    CHECK(stat(path, &st) == 0 && st.st_size == 44);
    CHECK(!wav_write(path, samples, 10, 0, &errors));
    /* a folder that is not there: told, nothing left behind */
    char bad[300];
    snprintf(bad, sizeof bad, "%s/no/such.wav", dir);
    error_list_clear(&errors);
    CHECK(!wav_write(bad, samples, 10, 22050, &errors));
    CHECK(!error_list_empty(&errors));
    error_list_free(&errors);
    unlink(path);
    CHECK(rmdir(dir) == 0);
    return check_report();
}
