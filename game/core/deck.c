/* deck: the strict loader of alliantiespel-deck/1 files. It walks the YAML
 * tree, reports every problem it can find with its line and column, and
 * builds plain structs that the rest of the game reads. */
#include "deck.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"
#include "ydoc.h"

#define DECK_MAX_ID_BYTES 64

typedef struct {
    const ydoc *doc;
    error_list *errors;
    deck *d;
    /* Parts already reported as broken. Later checks that lean on them stay
     * quiet, so one mistake gives one message rather than a cascade (a
     * quick round "must list 1 to 0 card ids" when the cards failed). */
    bool languages_broken;
    bool dimensions_broken;
    bool card_ids_broken;  /* some card has no usable id */
    size_t cards_written;  /* items of 'cards', 0 when the list was refused */
} loader;

/* Every problem becomes a diagnostic; the deck is refused when any was
 * added (see deck_load_buffer), so reading can go on to find the rest. */
#define fail(l, at, ...) ydoc_error((l)->doc, (at), (l)->errors, __VA_ARGS__)

static char *copy_bytes(loader *l, const char *s, size_t n)
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

static bool is_identifier(const ydoc_node *n)
{
    if (n->kind != YDOC_SCALAR || n->length == 0 ||
        n->length > DECK_MAX_ID_BYTES)
        return false;
    for (size_t i = 0; i < n->length; i++) {
        char c = n->text[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            return false;
    }
    return true;
}

static bool is_language_code(const ydoc_node *n)
{
    if (n->kind != YDOC_SCALAR || n->length < 2 || n->length > 12)
        return false;
    for (size_t i = 0; i < n->length; i++) {
        char c = n->text[i];
        bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!(letter || (i >= 2 && (c == '-' || c == '_' ||
                                     (c >= '0' && c <= '9')))))
            return false;
    }
    return true;
}

/* A required key of a mapping; reports it when missing. */
static const ydoc_node *need(loader *l, const ydoc_node *map, const char *key,
                             const char *context)
{
    const ydoc_node *n = ydoc_get(map, key);
    if (!n)
        fail(l, map, "missing key '%s' in %s", key, context);
    return n;
}

static bool expect_kind(loader *l, const ydoc_node *n, ydoc_kind kind,
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
static char *read_string(loader *l, const ydoc_node *n, const char *key,
                         const char *lang, const char *context)
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
    if (n->length > DECK_MAX_TEXT_BYTES) {
        fail(l, n, "'%s%s%s' in %s is too long (%zu bytes; the limit is %d)",
             key, dot, lang, context, n->length, DECK_MAX_TEXT_BYTES);
        return NULL;
    }
    return copy_bytes(l, n->text, n->length);
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
static void read_text(loader *l, const ydoc_node *parent, const char *key,
                      bool required, deck_string *out, const char *context)
{
    const ydoc_node *n = required ? need(l, parent, key, context)
                                  : ydoc_get(parent, key);
    if (!n)
        return;
    const deck *d = l->d;
    char langs[256]; /* filled only for a message: this runs for every text */
    if (n->kind == YDOC_SCALAR) {
        if (d->language_count == 1) {
            out->text[0] = read_string(l, n, key, NULL, context);
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
                                      d->languages[lang], context);
    }
    for (size_t lang = 0; lang < d->language_count; lang++)
        if (!ydoc_get(n, d->languages[lang]))
            fail(l, n, "missing the '%s' text of '%s' in %s",
                 d->languages[lang], key, context);
}

static void read_languages(loader *l, const ydoc_node *root)
{
    deck *d = l->d;
    const ydoc_node *n = need(l, root, "languages", "the deck");
    if (!n || !expect_kind(l, n, YDOC_SEQUENCE, "languages", "the deck"))
        return;
    if (n->count == 0 || n->count > DECK_MAX_LANGUAGES) {
        l->languages_broken = true;
        fail(l, n, "'languages' must list 1 to %d language codes, not %zu",
             DECK_MAX_LANGUAGES, n->count);
        return;
    }
    for (size_t i = 0; i < n->count; i++) {
        const ydoc_node *code = n->items[i];
        if (!is_language_code(code)) {
            l->languages_broken = true;
            fail(l, code, "'%.40s' is not a language code (like nl or en)",
                 code->kind == YDOC_SCALAR ? code->text : "?");
            continue;
        }
        if (deck_language_index(d, code->text) >= 0) {
            fail(l, code, "language '%s' is listed twice", code->text);
            continue;
        }
        d->languages[d->language_count] = copy_bytes(l, code->text, code->length);
        if (d->languages[d->language_count])
            d->language_count++;
    }
}

static void read_id(loader *l, const ydoc_node *map, const char *key,
                    const char *context, char **out)
{
    const ydoc_node *n = need(l, map, key, context);
    if (!n)
        return;
    if (!is_identifier(n)) {
        fail(l, n, "'%s' in %s must be 1 to %d of a-z, 0-9 and '-', not '%.40s'",
             key, context, DECK_MAX_ID_BYTES,
             n->kind == YDOC_SCALAR ? n->text : ydoc_kind_name(n->kind));
        return;
    }
    *out = copy_bytes(l, n->text, n->length);
}

static void read_roles(loader *l, const ydoc_node *root)
{
    const ydoc_node *n = need(l, root, "roles", "the deck");
    if (!n || !expect_kind(l, n, YDOC_MAPPING, "roles", "the deck"))
        return;
    static const char *const keys[] = { "professional", "client", NULL };
    ydoc_check_keys(l->doc, n, keys, "'roles'", l->errors);
    read_text(l, n, "professional", true,
              &l->d->role_name[DECK_ROLE_PROFESSIONAL], "'roles'");
    read_text(l, n, "client", true, &l->d->role_name[DECK_ROLE_CLIENT],
              "'roles'");
}

static void read_dimensions(loader *l, const ydoc_node *root)
{
    deck *d = l->d;
    const ydoc_node *n = need(l, root, "dimensions", "the deck");
    l->dimensions_broken = true; /* until the list itself is read */
    if (!n || !expect_kind(l, n, YDOC_SEQUENCE, "dimensions", "the deck"))
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
    static const char *const keys[] = { "key", "name", "description",
                                        "polarity", NULL };
    for (size_t i = 0; i < n->count; i++) {
        const ydoc_node *m = n->items[i];
        char context[128];
        snprintf(context, sizeof context, "dimension %zu", i + 1);
        if (!expect_kind(l, m, YDOC_MAPPING, "each dimension", "'dimensions'")) {
            l->dimensions_broken = true;
            continue;
        }
        deck_dimension *dim = &d->dimensions[d->dimension_count++];
        read_id(l, m, "key", context, &dim->key);
        l->dimensions_broken |= dim->key == NULL;
        if (dim->key) {
            snprintf(context, sizeof context, "dimension '%s'", dim->key);
            for (size_t j = 0; j + 1 < d->dimension_count; j++)
                if (d->dimensions[j].key && strcmp(d->dimensions[j].key, dim->key) == 0)
                    fail(l, ydoc_get(m, "key"), "dimension '%s' is declared twice",
                         dim->key);
        }
        ydoc_check_keys(l->doc, m, keys, context, l->errors);
        read_text(l, m, "name", true, &dim->name, context);
        read_text(l, m, "description", true, &dim->description, context);
        const ydoc_node *p = need(l, m, "polarity", context);
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

static void read_scale(loader *l, const ydoc_node *root)
{
    deck *d = l->d;
    const ydoc_node *n = need(l, root, "scale", "the deck");
    if (!n || !expect_kind(l, n, YDOC_SEQUENCE, "scale", "the deck"))
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
        if (!expect_kind(l, m, YDOC_MAPPING, "each option", "'scale'"))
            continue;
        deck_option *opt = &d->options[d->option_count++];
        ydoc_check_keys(l->doc, m, keys, context, l->errors);
        const ydoc_node *v = need(l, m, "value", context);
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
        read_text(l, m, "label", true, &opt->label, context);
        const ydoc_node *icon = ydoc_get(m, "icon");
        if (icon) {
            if (!is_identifier(icon))
                fail(l, icon, "'icon' in %s must be an icon name of a-z, 0-9 "
                              "and '-'", context);
            else {
                opt->icon = copy_bytes(l, icon->text, icon->length);
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
static void check_duplicate_cards(loader *l, const ydoc_node *seq,
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

static void read_cards(loader *l, const ydoc_node *root)
{
    deck *d = l->d;
    const ydoc_node *n = need(l, root, "cards", "the deck");
    l->card_ids_broken = true; /* until the list itself is read */
    if (!n || !expect_kind(l, n, YDOC_SEQUENCE, "cards", "the deck"))
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
    static const char *const keys[] = { "id", "dimension", "client",
                                        "professional", "talk", NULL };
    for (size_t i = 0; i < n->count; i++) {
        const ydoc_node *m = n->items[i];
        char context[128];
        snprintf(context, sizeof context, "card %zu", i + 1);
        if (!expect_kind(l, m, YDOC_MAPPING, "each card", "'cards'")) {
            l->card_ids_broken = true;
            continue;
        }
        deck_card *card = &d->cards[d->card_count++];
        card->line = m->line;
        read_id(l, m, "id", context, &card->id);
        if (card->id) { /* read_id found it */
            const ydoc_node *id = ydoc_get(m, "id");
            ids[d->card_count - 1] = (position){ id->line, id->column };
        }
        l->card_ids_broken |= card->id == NULL;
        if (card->id)
            snprintf(context, sizeof context, "card '%s'", card->id);
        ydoc_check_keys(l->doc, m, keys, context, l->errors);
        const ydoc_node *dim = need(l, m, "dimension", context);
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
        read_text(l, m, "client", true, &card->client, context);
        read_text(l, m, "professional", true, &card->professional, context);
        read_text(l, m, "talk", false, &card->talk, context);
    }
    check_duplicate_cards(l, n, ids);
    free(ids);
}

static void read_quick(loader *l, const ydoc_node *root)
{
    deck *d = l->d;
    const ydoc_node *n = ydoc_get(root, "quick");
    if (!n || !expect_kind(l, n, YDOC_SEQUENCE, "quick", "the deck"))
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

static void read_deck(loader *l, const ydoc_node *root)
{
    deck *d = l->d;
    if (root->kind != YDOC_MAPPING) {
        fail(l, root, "a deck must be a mapping with keys such as format, id "
                      "and cards, not %s", ydoc_kind_name(root->kind));
        return;
    }
    static const char *const keys[] = { "format", "id", "title", "description",
                                        "languages", "roles", "dimensions",
                                        "scale", "cards", "quick", NULL };
    ydoc_check_keys(l->doc, root, keys, "the deck", l->errors);
    const ydoc_node *format = need(l, root, "format", "the deck");
    if (format && (format->kind != YDOC_SCALAR ||
                   strcmp(format->text, DECK_FORMAT_1) != 0)) {
        fail(l, format, "'format' must be %s, not '%.40s'", DECK_FORMAT_1,
             format->kind == YDOC_SCALAR ? format->text : ydoc_kind_name(format->kind));
        return; /* another format: the rest would only add noise */
    }
    read_languages(l, root);
    if (d->language_count == 0)
        return; /* every text depends on the languages */
    read_id(l, root, "id", "the deck", &d->id);
    read_text(l, root, "title", true, &d->title, "the deck");
    read_text(l, root, "description", false, &d->description, "the deck");
    read_roles(l, root);
    read_dimensions(l, root);
    read_scale(l, root);
    read_cards(l, root);
    read_quick(l, root);
}

bool deck_load_buffer(const char *name, const char *data, size_t size,
                      deck *out, error_list *errors)
{
    memset(out, 0, sizeof *out);
    ydoc doc;
    if (!ydoc_parse(name, data, size, DECK_MAX_FILE_BYTES, &doc, errors))
        return false;
    loader l = { .doc = &doc, .errors = errors, .d = out };
    size_t before = errors->count + errors->dropped;
    out->path = copy_bytes(&l, name, strlen(name));
    read_deck(&l, doc.root);
    ydoc_free(&doc);
    /* Any diagnostic at all refuses the deck, whoever added it. */
    if (errors->count + errors->dropped != before) {
        deck_free(out);
        return false;
    }
    out->format = 1;
    if (!deck_roles_from_sides(out)) {
        error_add(errors, name, 0, 0, "out of memory");
        deck_free(out);
        return false;
    }
    return true;
}

bool deck_load(const char *path, deck *out, error_list *errors)
{
    memset(out, 0, sizeof *out);
    char *data;
    size_t size;
    if (!ydoc_read_file(path, DECK_MAX_FILE_BYTES, &data, &size, errors))
        return false;
    bool ok = deck_load_buffer(path, data, size, out, errors);
    free(data);
    return ok;
}

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
            char id[DECK_MAX_ID_BYTES + 1];
            size_t len = (size_t)(end - p);
            int index = -1;
            if (len <= DECK_MAX_ID_BYTES) {
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
