/* Writes N result files of training rounds (24 cards, a guess on each)
 * into a folder, for the --class benchmark: what a large class hands in
 * over a year; with CODE, N rounds of that pair a day apart (named as the
 * game names them), for --history and --export.
 * Usage: bench_results_gen DIR N [CODE] */
#include <stdio.h>
#include <stdlib.h>

#include "result.h"

int main(int argc, char **argv)
{
    if (argc != 3 && argc != 4) {
        fprintf(stderr, "usage: bench_results_gen DIR N [CODE]\n");
        return 2;
    }
    long n = strtol(argv[2], NULL, 10);
    error_list errors;
    error_list_init(&errors);
    deck d;
    if (!deck_load(TEST_SOURCE_DIR "/decks/reclassering.yaml", &d, &errors)) {
        error_print(&errors, stderr);
        return 1;
    }
    size_t *cards = NULL, count = 0;
    if (!deck_select(&d, "all", &cards, &count, &errors))
        return 1;
    session_seat seats[] = {
        {.side = DECK_ROLE_CLIENT, .role = deck_side_role(&d, DECK_ROLE_CLIENT)},
        {.side = DECK_ROLE_PROFESSIONAL, .role = deck_side_role(&d, DECK_ROLE_PROFESSIONAL), .predicts = true}};
    unsigned seed = 20261130;
    int status = 0;
    for (long i = 0; i < n && status == 0; i++) {
        session s;
        const char *code = argc == 4 ? argv[3] : NULL;
        if (session_new_seats(&s, &d, 0, cards, count, seats, 2, "training",
                              1764000000 + i * 86400) != SESSION_OK ||
            !session_set_labels(&s, "reclassering-marco", "bench") ||
            !session_set_pair(&s, code)) {
            status = 1;
            break;
        }
        for (size_t c = 0; c < count; c++) {
            seed = seed * 1103515245u + 12345u;
            size_t a = (seed >> 16) % d.option_count;
            size_t b = (seed >> 20) % d.option_count;
            size_t g = (seed >> 24) % d.option_count;
            if (session_place(&s, 0, a) != SESSION_OK ||
                session_place(&s, 1, b) != SESSION_OK ||
                session_predict(&s, 1, g) != SESSION_OK ||
                session_reveal(&s) != SESSION_OK ||
                session_next(&s, 1764000000 + i * 86400 + 1800) != SESSION_OK)
                status = 1;
        }
        char path[4096];
        if (code)
            snprintf(path, sizeof path, "%s/result-%s-%05ld.yaml", argv[1], code, i);
        else
            snprintf(path, sizeof path, "%s/result-%05ld.yaml", argv[1], i);
        if (status == 0 && !result_write(path, &s, &errors)) {
            error_print(&errors, stderr);
            status = 1;
        }
        session_free(&s);
    }
    free(cards);
    deck_free(&d);
    error_list_free(&errors);
    return status;
}
