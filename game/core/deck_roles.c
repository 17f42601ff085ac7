/* deck_roles: the roles people play at the table and a card's wording per
 * role. A format 1 deck names only the two sides; its two roles are made
 * from those names here, so the rest of the game sees one model. */
#include "deck.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *deck_roles_copy(const char *text)
{
    size_t n = strlen(text) + 1;
    char *c = malloc(n);
    if (c)
        memcpy(c, text, n);
    return c;
}

/* Dutch nouns a side may go by that take "het", not "de": a format 1
 * file of a family round names its client side "gezin", and "de gezin
 * (1) vindt dit lastig" is no Dutch. Format 2 decks say it themselves. */
static bool deck_roles_het_word(const char *name)
{
    static const char *const het[] = {"gezin", "kind", "huishouden", "stel",
                                      "echtpaar", "koppel", "team", NULL};
    for (size_t i = 0; het[i]; i++)
        if (strcmp(name, het[i]) == 0)
            return true;
    return false;
}

/* "de cliënt", "het gezin", "the client": a side's name with the definite
 * article of the language where it can be known; others keep the bare
 * name (their decks say it themselves in format 2). */
static char *deck_roles_with_article(const char *language, const char *name)
{
    bool dutch = strcmp(language, "nl") == 0;
    const char *article = dutch && deck_roles_het_word(name) ? "het "
                          : dutch                          ? "de "
                          : strcmp(language, "en") == 0    ? "the "
                                                           : "";
    size_t n = strlen(article) + strlen(name) + 1;
    char *c = malloc(n);
    if (c)
        snprintf(c, n, "%s%s", article, name);
    return c;
}

bool deck_roles_from_sides(deck *d)
{
    static const char *const ids[DECK_ROLE_COUNT] = {"professional", "client"};
    for (size_t side = 0; side < DECK_ROLE_COUNT; side++) {
        deck_role_info *r = &d->roles[side];
        memset(r, 0, sizeof *r);
        r->side = (deck_role)side;
        r->id = deck_roles_copy(ids[side]);
        if (r->id == NULL)
            return false;
        for (size_t l = 0; l < d->language_count; l++) {
            const char *name = d->role_name[side].text[l];
            if (name == NULL)
                continue;
            r->name.text[l] = deck_roles_copy(name);
            r->the.text[l] = deck_roles_with_article(d->languages[l], name);
            if (r->name.text[l] == NULL || r->the.text[l] == NULL)
                return false;
        }
    }
    d->role_count = DECK_ROLE_COUNT;
    return true;
}

int deck_role_index(const deck *d, const char *id)
{
    for (size_t i = 0; i < d->role_count; i++)
        if (d->roles[i].id && strcmp(d->roles[i].id, id) == 0)
            return (int)i;
    return -1;
}

size_t deck_side_role(const deck *d, deck_role side)
{
    int i = deck_role_index(d, side == DECK_ROLE_CLIENT ? "client"
                                                        : "professional");
    if (i >= 0)
        return (size_t)i;
    for (size_t r = 0; r < d->role_count; r++)
        if (d->roles[r].side == side)
            return r;
    return 0;
}

const char *deck_card_text(const deck *d, const deck_card *card, size_t role,
                           size_t lang)
{
    for (size_t w = 0; w < card->wording_count; w++)
        if (card->wordings[w].role == role)
            return deck_text(d, &card->wordings[w].text, lang);
    bool client = role < d->role_count ? d->roles[role].side == DECK_ROLE_CLIENT
                                       : false;
    return deck_text(d, client ? &card->client : &card->professional, lang);
}
