/* deck_load_lists: the lists of a deck file — dimensions, scale, cards
 * (with their wording per role, format 2) and the quick round. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "deck_load_private.h"

void deck_load_dimensions(deck_loader *l, const ydoc_node *root)
{
    deck *d = l->d;
    const ydoc_node *n = deck_load_need(l, root, "dimensions", "the deck");
    l->dimensions_broken = true; /* until the list itself is read */
    if (!n || !deck_load_expect(l, n, YDOC_SEQUENCE, "dimensions", "the deck"))
        return;
    if (n->count == 0 || n->count > DECK_MAX_DIMENSIONS) {
        fail(l, n, "'dimensions' must list 1 to %d dimensions, not %zu",
             DECK_MAX_DIMENSIONS, n->count);
        return;
    }
    d->dimensions = calloc(n->count, sizeof *d->dimensions);
    if (!d->dimensions) {
        fail(l, n, "out of memory");
        return;
    }
    l->dimensions_broken = false;
    /* client_name and theory are format 2's: a format 1 deck is read
     * exactly as before, so there they are unknown keys. */
    static const char *const keys_1[] = { "key", "name", "description",
                                          "polarity", NULL };
    static const char *const keys_2[] = { "key", "name", "client_name",
                                          "description", "theory",
                                          "polarity", NULL };
    const char *const *keys = d->format == 1 ? keys_1 : keys_2;
    for (size_t i = 0; i < n->count; i++) {
        const ydoc_node *m = n->items[i];
        char context[128];
        snprintf(context, sizeof context, "dimension %zu", i + 1);
        if (!deck_load_expect(l, m, YDOC_MAPPING, "each dimension", "'dimensions'")) {
            l->dimensions_broken = true;
            continue;
        }
        deck_dimension *dim = &d->dimensions[d->dimension_count++];
        deck_load_id(l, m, "key", context, &dim->key);
        l->dimensions_broken |= dim->key == NULL;
        if (dim->key) {
            snprintf(context, sizeof context, "dimension '%s'", dim->key);
            for (size_t j = 0; j + 1 < d->dimension_count; j++)
                if (d->dimensions[j].key && strcmp(d->dimensions[j].key, dim->key) == 0)
                    fail(l, ydoc_get(m, "key"), "dimension '%s' is declared twice",
                         dim->key);
        }
        ydoc_check_keys(l->doc, m, keys, context, l->errors);
        deck_load_text(l, m, "name", true, &dim->name, context);
        if (d->format != 1)
            deck_load_text(l, m, "client_name", false, &dim->client_name, context);
        deck_load_text(l, m, "description", true, &dim->description, context);
        if (d->format != 1)
            deck_load_text(l, m, "theory", false, &dim->theory, context);
        const ydoc_node *p = deck_load_need(l, m, "polarity", context);
        if (p) {
            if (p->kind == YDOC_SCALAR && strcmp(p->text, "positive") == 0)
                dim->negative = false;
            else if (p->kind == YDOC_SCALAR && strcmp(p->text, "negative") == 0)
                dim->negative = true;
            else
                fail(l, p, "'polarity' in %s must be positive or negative, "
                           "not '%.40s'", context,
                     p->kind == YDOC_SCALAR ? p->text : ydoc_kind_name(p->kind));
        }
    }
}

static bool parse_int(const ydoc_node *n, int *out)
{
    if (n->kind != YDOC_SCALAR || !n->plain || n->length == 0 || n->length > 11)
        return false;
    size_t i = 0;
    bool negative = false;
    if (n->text[0] == '-' || n->text[0] == '+') {
        negative = n->text[0] == '-';
        i = 1;
    }
    if (i == n->length)
        return false;
    long long v = 0;
    for (; i < n->length; i++) {
        if (n->text[i] < '0' || n->text[i] > '9')
            return false;
        v = v * 10 + (n->text[i] - '0');
    }
    if (negative)
        v = -v;
    if (v < -1000000 || v > 1000000)
        return false;
    *out = (int)v;
    return true;
}

void deck_load_scale(deck_loader *l, const ydoc_node *root)
{
    deck *d = l->d;
    const ydoc_node *n = deck_load_need(l, root, "scale", "the deck");
    if (!n || !deck_load_expect(l, n, YDOC_SEQUENCE, "scale", "the deck"))
        return;
    if (n->count < DECK_MIN_OPTIONS || n->count > DECK_MAX_OPTIONS) {
        fail(l, n, "'scale' must have %d to %d answer options, not %zu",
             DECK_MIN_OPTIONS, DECK_MAX_OPTIONS, n->count);
        return;
    }
    static const char *const keys[] = { "value", "label", "icon", NULL };
    /* The values must go up from the last one that could be read: an
     * unreadable value is reported once, not again by its neighbour. */
    const deck_option *last = NULL;
    for (size_t i = 0; i < n->count; i++) {
        const ydoc_node *m = n->items[i];
        char context[64];
        snprintf(context, sizeof context, "scale option %zu", i + 1);
        if (!deck_load_expect(l, m, YDOC_MAPPING, "each option", "'scale'"))
            continue;
        deck_option *opt = &d->options[d->option_count++];
        ydoc_check_keys(l->doc, m, keys, context, l->errors);
        const ydoc_node *v = deck_load_need(l, m, "value", context);
        if (v) {
            if (!parse_int(v, &opt->value)) {
                fail(l, v, "'value' in %s must be a whole number, not '%.40s'",
                     context, v->kind == YDOC_SCALAR ? v->text : ydoc_kind_name(v->kind));
            } else {
                if (last && opt->value <= last->value)
                    fail(l, v, "the scale values must go up: %d in %s is not "
                               "more than %d before it", opt->value, context,
                         last->value);
                last = opt;
            }
        }
        deck_load_text(l, m, "label", true, &opt->label, context);
        const ydoc_node *icon = ydoc_get(m, "icon");
        if (icon) {
            if (!deck_load_is_id(icon))
                fail(l, icon, "'icon' in %s must be an icon name of a-z, 0-9 "
                              "and '-'", context);
            else {
                opt->icon = deck_load_copy(l, icon->text, icon->length);
                opt->icon_line = icon->line;
                opt->icon_column = icon->column;
            }
        }
    }
}

/* Sorting an index array keeps the duplicate check O(n log n) for large
 * generated decks. qsort takes no context argument, hence the static. */
static const deck_card *sort_cards;

static int compare_by_id(const void *a, const void *b)
{
    size_t i = *(const size_t *)a;
    size_t j = *(const size_t *)b;
    int r = strcmp(sort_cards[i].id, sort_cards[j].id);
    if (r)
        return r;
    return i < j ? -1 : (i > j);
}

/* Where something is written in the file. */
typedef struct {
    int line;
    int column;
} position;

/* ids[i] is where card i's id is written, so a duplicate is reported
 * there. */
static void check_duplicate_cards(deck_loader *l, const ydoc_node *seq,
                                  const position *ids)
{
    deck *d = l->d;
    size_t *order = malloc((d->card_count + 1) * sizeof *order);
    if (!order) {
        fail(l, seq, "out of memory");
        return;
    }
    size_t n = 0;
    for (size_t i = 0; i < d->card_count; i++)
        if (d->cards[i].id)
            order[n++] = i;
    sort_cards = d->cards;
    qsort(order, n, sizeof *order, compare_by_id);
    for (size_t i = 1; i < n; i++) {
        const deck_card *first = &d->cards[order[i - 1]];
        const deck_card *again = &d->cards[order[i]];
        if (strcmp(first->id, again->id) == 0) {
            const position *at = &ids[order[i]];
            const position *before = &ids[order[i - 1]];
            error_add(l->errors, l->doc->name, at->line, at->column,
                      "card id '%s' is used twice (first at line %d, column "
                      "%d)", again->id, before->line, before->column);
        }
    }
    free(order);
}

static void dimension_list(const deck *d, char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < d->dimension_count && used < size; i++) {
        int w = snprintf(buf + used, size - used, "%s%s", i ? ", " : "",
                         d->dimensions[i].key ? d->dimensions[i].key : "?");
        if (w < 0)
            return;
        used += (size_t)w;
    }
}

/* Format 2: a card's own wording for a client-side role, under the role's
 * id, where the side's wording would not fit that person. The
 * professional side has one wording ('professional'): it speaks about the
 * client side, whoever sits there. */
static void read_card_wordings(deck_loader *l, const ydoc_node *m, deck_card *card,
                               const char *context)
{
    const deck *d = l->d;
    size_t n = 0;
    for (size_t r = DECK_ROLE_COUNT; r < d->role_count; r++)
        n += ydoc_get(m, d->roles[r].id) != NULL;
    if (n == 0)
        return;
    card->wordings = calloc(n, sizeof *card->wordings);
    if (!card->wordings) {
        fail(l, m, "out of memory");
        return;
    }
    for (size_t i = 0; i < ydoc_pairs(m); i++) {
        const ydoc_node *k = ydoc_key(m, i);
        int r = k->kind == YDOC_SCALAR ? deck_role_index(d, k->text) : -1;
        if (r < DECK_ROLE_COUNT)
            continue; /* a card key, the sides' own, or unknown (told above) */
        if (d->roles[r].side != DECK_ROLE_CLIENT) {
            fail(l, k, "%s words its question for '%s', a role on the "
                 "professional side; that side reads 'professional' only",
                 context, k->text);
            continue;
        }
        deck_wording *w = &card->wordings[card->wording_count++];
        w->role = (size_t)r;
        deck_load_text(l, m, d->roles[r].id, true, &w->text, context);
    }
}

void deck_load_cards(deck_loader *l, const ydoc_node *root)
{
    deck *d = l->d;
    const ydoc_node *n = deck_load_need(l, root, "cards", "the deck");
    l->card_ids_broken = true; /* until the list itself is read */
    if (!n || !deck_load_expect(l, n, YDOC_SEQUENCE, "cards", "the deck"))
        return;
    if (n->count == 0 || n->count > DECK_MAX_CARDS) {
        fail(l, n, "'cards' must list 1 to %d cards, not %zu", DECK_MAX_CARDS,
             n->count);
        return;
    }
    d->cards = calloc(n->count, sizeof *d->cards);
    position *ids = calloc(n->count, sizeof *ids);
    if (!d->cards || !ids) {
        free(ids);
        fail(l, n, "out of memory");
        return;
    }
    l->cards_written = n->count;
    l->card_ids_broken = false;
    char dims[512];
    dimension_list(d, dims, sizeof dims);
    /* A card's keys, and (format 2) every other role's id for its own
     * wording, so a misspelt key names them all. */
    const char *keys[5 + DECK_MAX_ROLES + 1] = { "id", "dimension", "client",
                                                 "professional", "talk" };
    size_t key_count = 5;
    for (size_t r = DECK_ROLE_COUNT; r < d->role_count; r++)
        keys[key_count++] = d->roles[r].id;
    keys[key_count] = NULL;
    for (size_t i = 0; i < n->count; i++) {
        const ydoc_node *m = n->items[i];
        char context[128];
        snprintf(context, sizeof context, "card %zu", i + 1);
        if (!deck_load_expect(l, m, YDOC_MAPPING, "each card", "'cards'")) {
            l->card_ids_broken = true;
            continue;
        }
        deck_card *card = &d->cards[d->card_count++];
        card->line = m->line;
        deck_load_id(l, m, "id", context, &card->id);
        if (card->id) { /* read_id found it */
            const ydoc_node *id = ydoc_get(m, "id");
            ids[d->card_count - 1] = (position){ id->line, id->column };
        }
        l->card_ids_broken |= card->id == NULL;
        if (card->id)
            snprintf(context, sizeof context, "card '%s'", card->id);
        if (!l->roles_broken) /* else a role's key would look unknown */
            ydoc_check_keys(l->doc, m, keys, context, l->errors);
        const ydoc_node *dim = deck_load_need(l, m, "dimension", context);
        if (dim) {
            bool found = false;
            for (size_t j = 0; j < d->dimension_count; j++) {
                if (dim->kind == YDOC_SCALAR && d->dimensions[j].key &&
                    strcmp(d->dimensions[j].key, dim->text) == 0) {
                    card->dimension = j;
                    found = true;
                }
            }
            if (!found && !l->dimensions_broken)
                fail(l, dim, "%s names dimension '%.40s', which the deck does "
                             "not declare; declared: %s", context,
                     dim->kind == YDOC_SCALAR ? dim->text : "?", dims);
        }
        deck_load_text(l, m, "client", true, &card->client, context);
        deck_load_text(l, m, "professional", true, &card->professional, context);
        deck_load_text(l, m, "talk", false, &card->talk, context);
        read_card_wordings(l, m, card, context);
    }
    check_duplicate_cards(l, n, ids);
    free(ids);
}

void deck_load_quick(deck_loader *l, const ydoc_node *root)
{
    deck *d = l->d;
    const ydoc_node *n = ydoc_get(root, "quick");
    if (!n || !deck_load_expect(l, n, YDOC_SEQUENCE, "quick", "the deck"))
        return;
    /* Counted against the cards as written, so a card that failed to load
     * does not shrink the limit; without a cards list there is no limit to
     * tell (that list's own error says what is wrong). */
    size_t written = l->cards_written;
    size_t most = written && written < DECK_MAX_QUICK ? written : DECK_MAX_QUICK;
    if (n->count == 0 || n->count > most) {
        fail(l, n, "'quick' must list 1 to %zu card ids, not %zu", most,
             n->count);
        return;
    }
    d->quick = calloc(n->count, sizeof *d->quick);
    if (!d->quick) {
        fail(l, n, "out of memory");
        return;
    }
    for (size_t i = 0; i < n->count; i++) {
        const ydoc_node *id = n->items[i];
        int index = id->kind == YDOC_SCALAR ? deck_card_index(d, id->text) : -1;
        if (index < 0 && l->card_ids_broken)
            continue; /* perhaps the card whose id was refused */
        if (index < 0) {
            fail(l, id, "'quick' names card '%.64s', which is not in the deck",
                 id->kind == YDOC_SCALAR ? id->text : ydoc_kind_name(id->kind));
            continue;
        }
        bool twice = false;
        for (size_t j = 0; j < d->quick_count; j++)
            twice |= d->quick[j] == (size_t)index;
        if (twice) {
            fail(l, id, "'quick' names card '%s' twice", id->text);
            continue;
        }
        d->quick[d->quick_count++] = (size_t)index;
    }
}
