/* Every input that once crashed or hung a fuzz target, kept as a test:
 * each file under tests/data/fuzz-regressions/ goes through its loader
 * (with the same checks as the fuzz targets) in a plain build. */
#include <dirent.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "ydoc.h"

int fuzz_deck_one(const uint8_t *data, size_t size);
int fuzz_result_one(const uint8_t *data, size_t size);
int fuzz_case_one(const uint8_t *data, size_t size);

static int run_folder(const char *name, int (*one)(const uint8_t *, size_t))
{
    char folder[512];
    snprintf(folder, sizeof folder, "%s/tests/data/fuzz-regressions/%s", TEST_SOURCE_DIR, name);
    DIR *dir = opendir(folder);
    if (!dir)
        return 0;
    int files = 0;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", folder, e->d_name);
        error_list errors;
        error_list_init(&errors);
        char *data;
        size_t size;
        if (ydoc_read_file(path, 16u * 1024u * 1024u, &data, &size, &errors)) {
            one((const uint8_t *)data, size);
            free(data);
            files++;
        }
        CHECK_MSG(error_list_empty(&errors), "%s unreadable", path);
        error_list_free(&errors);
    }
    closedir(dir);
    return files;
}

int main(void)
{
    int n = run_folder("deck", fuzz_deck_one) + run_folder("result", fuzz_result_one) +
            run_folder("case", fuzz_case_one);
    printf("%d regression inputs\n", n);
    CHECK(n > 0);
    return check_report();
}
