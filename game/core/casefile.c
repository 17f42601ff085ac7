/* casefile: a training case, read against its deck with the same
 * positioned messages as the deck loader (whose field readers it uses),
 * and what it answers; every case of a folder is casebook.c. */
#include "casefile.h"

#include <stdlib.h>
#include <string.h>

#include "deck_load_private.h"
#include "ydoc.h"

static const char *const alliance_ids[CASEFILE_ALLIANCE_COUNT] = {
    "good", "friction", "polite-mistrust", "wants-more", "worn-out",
};

static const char *const alliance_names[CASEFILE_ALLIANCE_COUNT] = {
    "a good alliance", "stuck in friction", "mistrust behind polite answers",
    "wants more than the frame allows", "the professional is worn out",
};

const char *casefile_alliance_id(casefile_alliance a)
{
    return a < CASEFILE_ALLIANCE_COUNT ? alliance_ids[a] : "?";
}

const char *casefile_alliance_name(casefile_alliance a)
{
    return a < CASEFILE_ALLIANCE_COUNT ? alliance_names[a] : "?";
}

/* The scalar's text for a message, or the node's kind. */
static const char *shown(const ydoc_node *n)
{
    return n->kind == YDOC_SCALAR ? n->text : ydoc_kind_name(n->kind);
}

static void read_deck_ref(deck_loader *l, const ydoc_node *root,
                          const catalog *decks, casefile *c)
{
    const ydoc_node *n = deck_load_need(l, root, "deck", "the case");
    if (!n)
        return;
    int found = n->kind == YDOC_SCALAR && decks ? catalog_find(decks, n->text)
                                                : -1;
    if (found < 0) {
        fail(l, n, "unknown deck '%.40s' in the case; it must be the id of an "
                   "installed deck (see --list-decks)", shown(n));
        return;
    }
    c->deck = &decks->decks[found];
}

static void read_case_role(deck_loader *l, const ydoc_node *root, casefile *c)
{
    const deck *d = c->deck;
    c->role = deck_side_role(d, DECK_ROLE_CLIENT);
    const ydoc_node *n = ydoc_get(root, "role");
    if (!n)
        return;
    int role = n->kind == YDOC_SCALAR ? deck_role_index(d, n->text) : -1;
    if (role < 0 || d->roles[role].side != DECK_ROLE_CLIENT) {
        fail(l, n, "'role' in the case must be one of deck '%s''s client-side "
                   "roles, not '%.40s'", d->id, shown(n));
        return;
    }
    c->role = (size_t)role;
}

static void read_alliance(deck_loader *l, const ydoc_node *root, casefile *c)
{
    const ydoc_node *n = deck_load_need(l, root, "alliance", "the case");
    if (!n)
        return;
    for (size_t i = 0; n->kind == YDOC_SCALAR && i < CASEFILE_ALLIANCE_COUNT; i++)
        if (strcmp(n->text, alliance_ids[i]) == 0) {
            c->alliance = (casefile_alliance)i;
            return;
        }
    fail(l, n, "'alliance' in the case must be one of good, friction, "
               "polite-mistrust, wants-more, worn-out; not '%.40s'", shown(n));
}

static int option_of_value(const deck *d, const ydoc_node *n)
{
    if (n->kind != YDOC_SCALAR || !n->plain)
        return -1;
    char *end;
    long v = strtol(n->text, &end, 10);
    if (end == n->text || *end)
        return -1;
    for (size_t i = 0; i < d->option_count; i++)
        if (d->options[i].value == v)
            return (int)i;
    return -1;
}

static void read_answer(deck_loader *l, const ydoc_node *m, size_t index,
                        casefile *c, const ydoc_node **seen)
{
    const deck *d = c->deck;
    char context[128];
    snprintf(context, sizeof context, "answer %zu", index + 1);
    if (!deck_load_expect(l, m, YDOC_MAPPING, "each answer", "'answers'"))
        return;
    static const char *const keys[] = { "card", "answer", "why", NULL };
    ydoc_check_keys(l->doc, m, keys, context, l->errors);
    const ydoc_node *card = deck_load_need(l, m, "card", context);
    int at = card && card->kind == YDOC_SCALAR ? deck_card_index(d, card->text)
                                               : -1;
    if (card && at < 0) {
        fail(l, card, "unknown card '%.40s' in %s; deck '%s' has no such card",
             shown(card), context, d->id);
        return;
    }
    if (!card)
        return;
    snprintf(context, sizeof context, "the answer to '%s'", card->text);
    if (seen[at]) {
        fail(l, card, "card '%s' is answered twice (first at line %d, column %d)",
             card->text, seen[at]->line, seen[at]->column);
        return;
    }
    seen[at] = card;
    const ydoc_node *value = deck_load_need(l, m, "answer", context);
    if (value) {
        int option = option_of_value(d, value);
        if (option < 0)
            fail(l, value, "'answer' in %s must be a value of deck '%s''s scale "
                           "(%d to %d), not '%.40s'", context, d->id,
                 d->options[0].value, d->options[d->option_count - 1].value,
                 shown(value));
        else
            c->answer[at] = option;
    }
    deck_load_text(l, m, "why", true, &c->why[at], context);
}

static void read_case_answers(deck_loader *l, const ydoc_node *root, casefile *c)
{
    const ydoc_node *n = ydoc_get(root, "answers");
    if (!n)
        return;
    const deck *d = c->deck;
    c->answer = malloc(d->card_count * sizeof *c->answer);
    c->why = calloc(d->card_count, sizeof *c->why);
    const ydoc_node **seen = calloc(d->card_count, sizeof(const ydoc_node *));
    if (!c->answer || !c->why || !seen) {
        fail(l, n, "out of memory");
        free(seen);
        return;
    }
    for (size_t i = 0; i < d->card_count; i++)
        c->answer[i] = -1;
    if (deck_load_expect(l, n, YDOC_SEQUENCE, "answers", "the case")) {
        for (size_t i = 0; i < n->count; i++)
            read_answer(l, n->items[i], i, c, seen);
        /* Practising alone needs the persona on every card dealt. */
        char missing[256] = "";
        size_t count = 0, used = 0;
        for (size_t i = 0; i < d->card_count; i++) {
            if (seen[i])
                continue;
            if (count++ < 4 && used < sizeof missing) {
                int w = snprintf(missing + used, sizeof missing - used, "%s%s",
                                 used ? ", " : "", d->cards[i].id);
                used += w > 0 ? (size_t)w : 0;
            }
        }
        if (count)
            fail(l, n, "'answers' must answer every card of deck '%s'; %zu "
                       "missing: %s%s", d->id, count, missing,
                 count > 4 ? ", ..." : "");
        c->has_answers = count == 0;
    }
    free(seen);
}

static void read_case(deck_loader *l, const ydoc_node *root,
                      const catalog *decks, casefile *c)
{
    if (root->kind != YDOC_MAPPING) {
        fail(l, root, "a case must be a mapping with keys such as format, id "
                      "and deck, not %s", ydoc_kind_name(root->kind));
        return;
    }
    static const char *const keys[] = { "format", "id", "deck", "role",
                                        "alliance", "title", "outside",
                                        "inside", "answers", NULL };
    ydoc_check_keys(l->doc, root, keys, "the case", l->errors);
    const ydoc_node *format = deck_load_need(l, root, "format", "the case");
    if (!format)
        return;
    if (format->kind != YDOC_SCALAR || strcmp(format->text, CASEFILE_FORMAT) != 0) {
        fail(l, format, "'format' must be %s, not '%.40s'", CASEFILE_FORMAT,
             shown(format));
        return; /* another format: the rest would only add noise */
    }
    deck_load_id(l, root, "id", "the case", &c->id);
    read_deck_ref(l, root, decks, c);
    read_alliance(l, root, c);
    if (!c->deck)
        return; /* every text and answer depends on the deck */
    /* The texts are in the deck's languages: a loader that sees only
     * those (the deck itself stays untouched). */
    deck languages = { .language_count = c->deck->language_count };
    memcpy(languages.languages, c->deck->languages, sizeof languages.languages);
    l->d = &languages;
    read_case_role(l, root, c);
    deck_load_text(l, root, "title", true, &c->title, "the case");
    deck_load_long_text(l, root, "outside", true, CASEFILE_MAX_STORY_BYTES,
                        &c->outside, "the case");
    deck_load_long_text(l, root, "inside", true, CASEFILE_MAX_STORY_BYTES,
                        &c->inside, "the case");
    read_case_answers(l, root, c);
    l->d = NULL;
}

bool casefile_is_case(const char *data, size_t size)
{
    /* Cheap and forgiving: the format line as a case writes it. */
    static const char key[] = "format: " CASEFILE_FORMAT;
    size_t n = sizeof key - 1;
    for (size_t i = 0; i + n <= size; i++)
        if ((i == 0 || data[i - 1] == '\n') && memcmp(data + i, key, n) == 0)
            return true;
    return false;
}

bool casefile_load_buffer(const char *name, const char *data, size_t size,
                          const catalog *decks, casefile *out,
                          error_list *errors)
{
    memset(out, 0, sizeof *out);
    ydoc doc;
    if (!ydoc_parse(name, data, size, CASEFILE_MAX_FILE_BYTES, &doc, errors))
        return false;
    deck_loader l = { .doc = &doc, .errors = errors };
    size_t before = errors->count + errors->dropped;
    out->path = deck_load_copy(&l, name, strlen(name));
    read_case(&l, doc.root, decks, out);
    ydoc_free(&doc);
    if (errors->count + errors->dropped != before) {
        casefile_free(out);
        return false;
    }
    return true;
}

bool casefile_load(const char *path, const catalog *decks, casefile *out,
                   error_list *errors)
{
    memset(out, 0, sizeof *out);
    char *data;
    size_t size;
    if (!ydoc_read_file(path, CASEFILE_MAX_FILE_BYTES, &data, &size, errors))
        return false;
    bool ok = casefile_load_buffer(path, data, size, decks, out, errors);
    free(data);
    return ok;
}

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
