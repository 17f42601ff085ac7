/* Writes a valid deck of N cards (default 5000) over four dimensions, in
 * Dutch and English, for the deck-loading benchmark.
 * Usage: bench_deck_gen OUT.yaml [CARDS] */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_deck_gen OUT.yaml [CARDS]\n");
        return 2;
    }
    long cards = argc > 2 ? strtol(argv[2], NULL, 10) : 5000;
    FILE *f = fopen(argv[1], "w");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    static const char *const dims[] = { "richting", "binding", "vertrouwen", "stroefheid" };
    fprintf(f, "format: alliantiespel-deck/1\nid: bench\n"
               "title: {nl: Meetdeck, en: Benchmark deck}\nlanguages: [nl, en]\n"
               "roles:\n  professional: {nl: begeleider, en: counsellor}\n"
               "  client: {nl: cliënt, en: client}\ndimensions:\n");
    for (int i = 0; i < 4; i++)
        fprintf(f, "  - key: %s\n    name: {nl: Thema %d, en: Theme %d}\n"
                   "    description: {nl: Een thema., en: A theme.}\n"
                   "    polarity: %s\n", dims[i], i, i, i == 3 ? "negative" : "positive");
    fprintf(f, "scale:\n");
    for (int i = 1; i <= 5; i++)
        fprintf(f, "  - {value: %d, label: {nl: Keuze %d, en: Choice %d}, icon: thumb-up}\n",
                i, i, i);
    fprintf(f, "cards:\n");
    for (long i = 0; i < cards; i++)
        fprintf(f, "  - id: kaart-%ld\n    dimension: %s\n"
                   "    client:\n      nl: Ik weet wat ik moet doen bij kaart %ld.\n"
                   "      en: I know what to do at card %ld.\n"
                   "    professional:\n      nl: Mijn cliënt weet wat er moet bij kaart %ld.\n"
                   "      en: My client knows what to do at card %ld.\n"
                   "    talk:\n      nl: Wat helpt jou bij kaart %ld?\n"
                   "      en: What helps you at card %ld?\n",
                i, dims[i % 4], i, i, i, i, i, i);
    fprintf(f, "quick: [kaart-0, kaart-1, kaart-2, kaart-3]\n");
    if (fclose(f) != 0) {
        perror(argv[1]);
        return 1;
    }
    return 0;
}
