/* Loads and validates one deck file with the game's loader; the benchmark
 * counts its instructions against baseline_yaml_parse. */
#include <stdio.h>

#include "deck.h"

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: bench_deck_load FILE\n");
        return 2;
    }
    error_list errors;
    error_list_init(&errors);
    deck d;
    if (!deck_load(argv[1], &d, &errors)) {
        error_print(&errors, stderr);
        error_list_free(&errors);
        return 1;
    }
    printf("%zu cards\n", d.card_count);
    deck_free(&d);
    error_list_free(&errors);
    return 0;
}
