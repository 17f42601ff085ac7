/* deck_load_fields: reading one field of a deck (an id, a text in every
 * language, a node of the kind expected), with the positioned messages
 * the loader gives; shared by deck_load.c and deck_load_lists.c. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "deck_load_private.h"
#include "utf8.h"

char *deck_load_copy(deck_loader *l, const char *s, size_t n)
{
    char *c = malloc(n + 1);
    if (!c) {
        fail(l, NULL, "out of memory");
        return NULL;
    }
    memcpy(c, s, n);
    c[n] = '\0';
    return c;
}

bool deck_load_is_id(const ydoc_node *n)
{
    if (n->kind != YDOC_SCALAR || n->length == 0 ||
        n->length > DECK_LOAD_MAX_ID_BYTES)
        return false;
    for (size_t i = 0; i < n->length; i++) {
        char c = n->text[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            return false;
    }
    return true;
}

const ydoc_node *deck_load_need(deck_loader *l, const ydoc_node *map, const char *key,
                             const char *context)
{
    const ydoc_node *n = ydoc_get(map, key);
    if (!n)
        fail(l, map, "missing key '%s' in %s", key, context);
    return n;
}

bool deck_load_expect(deck_loader *l, const ydoc_node *n, ydoc_kind kind,
                        const char *what, const char *context)
{
    if (n->kind == kind)
        return true;
    fail(l, n, "'%s' in %s must be %s, not %s", what, context,
         ydoc_kind_name(kind), ydoc_kind_name(n->kind));
    return false;
}

/* Checks one text value and copies it. lang (may be NULL) names the
 * language entry, so messages say 'client.en'. */
static char *read_string(deck_loader *l, const ydoc_node *n, const char *key,
                         const char *lang, const char *context,
                         size_t max_bytes)
{
    const char *dot = lang ? "." : "";
    lang = lang ? lang : "";
    if (n->kind != YDOC_SCALAR) {
        fail(l, n, "'%s%s%s' in %s must be a text, not %s", key, dot, lang,
             context, ydoc_kind_name(n->kind));
        return NULL;
    }
    if (n->length == 0 || (n->plain && (strcmp(n->text, "~") == 0 ||
                                        strcmp(n->text, "null") == 0))) {
        fail(l, n, "'%s%s%s' in %s is empty", key, dot, lang, context);
        return NULL;
    }
    if (!utf8_valid(n->text, n->length)) {
        fail(l, n, "'%s%s%s' in %s is not valid UTF-8 text (or holds control "
                   "characters)", key, dot, lang, context);
        return NULL;
    }
    if (n->length > max_bytes) {
        fail(l, n, "'%s%s%s' in %s is too long (%zu bytes; the limit is %zu)",
             key, dot, lang, context, n->length, max_bytes);
        return NULL;
    }
    return deck_load_copy(l, n->text, n->length);
}

static void language_list(const deck *d, char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < d->language_count && used < size; i++) {
        int w = snprintf(buf + used, size - used, "%s%s", i ? ", " : "",
                         d->languages[i]);
        if (w < 0)
            return;
        used += (size_t)w;
    }
}

/* A text: a plain string in a one-language deck, or a map from every
 * declared language to a string. */
void deck_load_text(deck_loader *l, const ydoc_node *parent, const char *key,
                      bool required, deck_string *out, const char *context)
{
    deck_load_long_text(l, parent, key, required, DECK_MAX_TEXT_BYTES, out,
                        context);
}

void deck_load_long_text(deck_loader *l, const ydoc_node *parent,
                         const char *key, bool required, size_t max_bytes,
                         deck_string *out, const char *context)
{
    const ydoc_node *n = required ? deck_load_need(l, parent, key, context)
                                  : ydoc_get(parent, key);
    if (!n)
        return;
    const deck *d = l->d;
    char langs[256]; /* filled only for a message: this runs for every text */
    if (n->kind == YDOC_SCALAR) {
        if (d->language_count == 1) {
            out->text[0] = read_string(l, n, key, NULL, context, max_bytes);
            return;
        }
        language_list(d, langs, sizeof langs);
        fail(l, n, "'%s' in %s must give a text for every language (%s), "
                   "like  %s: {%s: ..., ...}", key, context, langs, key,
             d->languages[0]);
        return;
    }
    if (n->kind != YDOC_MAPPING) {
        fail(l, n, "'%s' in %s must be a text, not %s", key, context,
             ydoc_kind_name(n->kind));
        return;
    }
    for (size_t i = 0; i < ydoc_pairs(n); i++) {
        const ydoc_node *k = ydoc_key(n, i);
        int lang = k->kind == YDOC_SCALAR ? deck_language_index(d, k->text) : -1;
        if (lang < 0 && l->languages_broken)
            continue; /* probably the code already refused in 'languages' */
        if (lang < 0) {
            language_list(d, langs, sizeof langs);
            fail(l, k, "unknown language '%.40s' in '%s' of %s; the deck "
                       "declares: %s", k->kind == YDOC_SCALAR ? k->text : "?",
                 key, context, langs);
            continue;
        }
        out->text[lang] = read_string(l, ydoc_value(n, i), key,
                                      d->languages[lang], context, max_bytes);
    }
    for (size_t lang = 0; lang < d->language_count; lang++)
        if (!ydoc_get(n, d->languages[lang]))
            fail(l, n, "missing the '%s' text of '%s' in %s",
                 d->languages[lang], key, context);
}

void deck_load_id(deck_loader *l, const ydoc_node *map, const char *key,
                    const char *context, char **out)
{
    const ydoc_node *n = deck_load_need(l, map, key, context);
    if (!n)
        return;
    if (!deck_load_is_id(n)) {
        fail(l, n, "'%s' in %s must be 1 to %d of a-z, 0-9 and '-', not '%.40s'",
             key, context, DECK_LOAD_MAX_ID_BYTES,
             n->kind == YDOC_SCALAR ? n->text : ydoc_kind_name(n->kind));
        return;
    }
    *out = deck_load_copy(l, n->text, n->length);
}

/* Format 1: a map naming the two sides; their roles are made from those
 * names after loading (deck_roles_from_sides). */
