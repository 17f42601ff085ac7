/* deck: looking things up in a loaded deck, choosing its cards, and
 * freeing it. The loader is deck_load.c. */
#include "deck.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Longer ids cannot be in a deck (the loader refuses them). */
#define DECK_SELECT_MAX_ID_BYTES 64

bool deck_check_icons(const deck *d, deck_icon_exists_fn exists,
                      void *context, error_list *errors)
{
    bool ok = true;
    for (size_t i = 0; i < d->option_count; i++) {
        const deck_option *opt = &d->options[i];
        if (!opt->icon || exists(opt->icon, context))
            continue;
        error_add(errors, d->path, opt->icon_line, opt->icon_column,
                  "unknown icon '%s' in scale option %zu: the game has no "
                  "assets/icons/%s.svg", opt->icon, i + 1, opt->icon);
        ok = false;
    }
    return ok;
}

void deck_string_free(deck_string *s)
{
    for (size_t i = 0; i < DECK_MAX_LANGUAGES; i++) {
        free(s->text[i]);
        s->text[i] = NULL;
    }
}

void deck_roles_free(deck *d)
{
    for (size_t i = 0; i < d->role_count && i < DECK_MAX_ROLES; i++) {
        free(d->roles[i].id);
        deck_string_free(&d->roles[i].name);
        deck_string_free(&d->roles[i].the);
    }
    for (size_t c = 0; c < d->card_count; c++) {
        for (size_t w = 0; w < d->cards[c].wording_count; w++)
            deck_string_free(&d->cards[c].wordings[w].text);
        free(d->cards[c].wordings);
        d->cards[c].wordings = NULL;
        d->cards[c].wording_count = 0;
    }
    d->role_count = 0;
}

void deck_free(deck *d)
{
    free(d->path);
    free(d->id);
    deck_string_free(&d->title);
    deck_string_free(&d->description);
    for (size_t i = 0; i < DECK_MAX_LANGUAGES; i++)
        free(d->languages[i]);
    for (size_t i = 0; i < DECK_ROLE_COUNT; i++)
        deck_string_free(&d->role_name[i]);
    for (size_t i = 0; i < d->dimension_count; i++) {
        free(d->dimensions[i].key);
        deck_string_free(&d->dimensions[i].name);
        deck_string_free(&d->dimensions[i].description);
        deck_string_free(&d->dimensions[i].client_name);
        deck_string_free(&d->dimensions[i].theory);
    }
    free(d->dimensions);
    for (size_t i = 0; i < d->option_count; i++) {
        deck_string_free(&d->options[i].label);
        free(d->options[i].icon);
    }
    deck_roles_free(d);
    for (size_t i = 0; i < d->card_count; i++) {
        free(d->cards[i].id);
        deck_string_free(&d->cards[i].client);
        deck_string_free(&d->cards[i].professional);
        deck_string_free(&d->cards[i].talk);
    }
    free(d->cards);
    free(d->quick);
    memset(d, 0, sizeof *d);
}

const char *deck_text(const deck *d, const deck_string *text, size_t lang)
{
    if (lang < d->language_count && text->text[lang])
        return text->text[lang];
    return text->text[0] ? text->text[0] : "";
}

int deck_language_index(const deck *d, const char *code)
{
    for (size_t i = 0; i < d->language_count; i++)
        if (d->languages[i] && strcmp(d->languages[i], code) == 0)
            return (int)i;
    return -1;
}

int deck_card_index(const deck *d, const char *id)
{
    for (size_t i = 0; i < d->card_count; i++)
        if (d->cards[i].id && strcmp(d->cards[i].id, id) == 0)
            return (int)i;
    return -1;
}

bool deck_select(const deck *d, const char *spec, size_t **cards,
                 size_t *count, error_list *errors)
{
    *cards = NULL;
    *count = 0;
    size_t *out = malloc((d->card_count + 1) * sizeof *out);
    if (!out) {
        error_add(errors, NULL, 0, 0, "out of memory");
        return false;
    }
    size_t n = 0;
    if (strcmp(spec, "all") == 0 || (strcmp(spec, "quick") == 0 && !d->quick_count)) {
        for (size_t i = 0; i < d->card_count; i++)
            out[n++] = i;
    } else if (strcmp(spec, "quick") == 0) {
        for (size_t i = 0; i < d->quick_count; i++)
            out[n++] = d->quick[i];
    } else {
        bool ok = true;
        const char *p = spec;
        while (*p) {
            while (*p == ' ' || *p == ',')
                p++;
            const char *end = p;
            while (*end && *end != ',' && *end != ' ')
                end++;
            if (end == p)
                break;
            char id[DECK_SELECT_MAX_ID_BYTES + 1];
            size_t len = (size_t)(end - p);
            int index = -1;
            if (len <= DECK_SELECT_MAX_ID_BYTES) {
                memcpy(id, p, len);
                id[len] = '\0';
                index = deck_card_index(d, id);
            }
            if (index < 0) {
                error_add(errors, NULL, 0, 0, "deck '%s' has no card '%.*s'",
                          d->id, (int)(len > 80 ? 80 : len), p);
                ok = false;
            } else {
                bool twice = false;
                for (size_t j = 0; j < n; j++)
                    twice |= out[j] == (size_t)index;
                if (twice) {
                    error_add(errors, NULL, 0, 0, "card '%s' is chosen twice", id);
                    ok = false;
                } else if (n < d->card_count) {
                    out[n++] = (size_t)index;
                }
            }
            p = end;
        }
        if (ok && n == 0) {
            error_add(errors, NULL, 0, 0, "no cards chosen: give quick, all "
                                          "or card ids separated by commas");
            ok = false;
        }
        if (!ok) {
            free(out);
            return false;
        }
    }
    *cards = out;
    *count = n;
    return true;
}
