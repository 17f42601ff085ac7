/* casefile: what a loaded case answers, and freeing it. Reading one file
 * is casefile_load.c; every case of a folder, casebook.c. */
#include "casefile.h"

#include <stdlib.h>
#include <string.h>

void casefile_free(casefile *c)
{
    free(c->path);
    free(c->id);
    deck_string_free(&c->title);
    deck_string_free(&c->outside);
    deck_string_free(&c->inside);
    if (c->why && c->deck)
        for (size_t i = 0; i < c->deck->card_count; i++)
            deck_string_free(&c->why[i]);
    free(c->why);
    free(c->answer);
    memset(c, 0, sizeof *c);
}

int casefile_answer(const casefile *c, size_t card)
{
    if (!c || !c->has_answers || card >= c->deck->card_count)
        return -1;
    return c->answer[card];
}

const char *casefile_why(const casefile *c, size_t card, size_t language)
{
    if (!c || !c->has_answers || card >= c->deck->card_count)
        return "";
    return deck_text(c->deck, &c->why[card], language);
}
