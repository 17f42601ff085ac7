/* deck_load: the strict loader of deck files, alliantiespel-deck/2 and
 * /1 (still read exactly as before). It walks the YAML tree, reports every
 * problem it can find with its line and column, and builds plain structs
 * that the rest of the game reads. This file reads the header, the
 * languages and the roles; deck_load_lists.c the rest. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "deck_load_private.h"
#include "utf8.h"

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
static void read_languages(deck_loader *l, const ydoc_node *root)
{
    deck *d = l->d;
    const ydoc_node *n = deck_load_need(l, root, "languages", "the deck");
    if (!n || !deck_load_expect(l, n, YDOC_SEQUENCE, "languages", "the deck"))
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
        d->languages[d->language_count] = deck_load_copy(l, code->text, code->length);
        if (d->languages[d->language_count])
            d->language_count++;
    }
}

static void read_side_names(deck_loader *l, const ydoc_node *n)
{
    if (!deck_load_expect(l, n, YDOC_MAPPING, "roles", "the deck"))
        return;
    static const char *const keys[] = { "professional", "client", NULL };
    ydoc_check_keys(l->doc, n, keys, "'roles'", l->errors);
    deck_load_text(l, n, "professional", true,
                   &l->d->role_name[DECK_ROLE_PROFESSIONAL], "'roles'");
    deck_load_text(l, n, "client", true, &l->d->role_name[DECK_ROLE_CLIENT],
                   "'roles'");
}

/* A card's wording for a role is written under the role's id beside the
 * card's own keys, so a role cannot take one of those names. */
static const char *const deck_load_card_keys[] = { "id", "dimension", "talk",
                                                   NULL };

static void free_role(deck_role_info *r)
{
    free(r->id);
    deck_string_free(&r->name);
    deck_string_free(&r->the);
    memset(r, 0, sizeof *r);
}

static bool copy_text(deck_loader *l, deck_string *to, const deck_string *from)
{
    for (size_t i = 0; i < DECK_MAX_LANGUAGES; i++)
        if (from->text[i] &&
            !(to->text[i] = deck_load_copy(l, from->text[i], strlen(from->text[i]))))
            return false;
    return true;
}

/* One item of a format 2 'roles' list into *r; false when its id or side
 * cannot be used (the other checks only add their messages). */
static bool read_deck_role(deck_loader *l, const ydoc_node *m, size_t index,
                           deck_role_info *got, size_t count, const ydoc_node **ids)
{
    deck_role_info *r = &got[count];
    char context[128];
    snprintf(context, sizeof context, "role %zu", index + 1);
    static const char *const keys[] = { "id", "side", "name", "the", NULL };
    bool usable = true;
    deck_load_id(l, m, "id", context, &r->id);
    if (r->id) {
        snprintf(context, sizeof context, "role '%s'", r->id);
        for (size_t j = 0; j < count; j++)
            if (got[j].id && strcmp(got[j].id, r->id) == 0) {
                fail(l, ids[count], "role id '%s' is used twice (first at line "
                     "%d, column %d)", r->id, ids[j]->line, ids[j]->column);
                usable = false;
            }
        for (const char *const *k = deck_load_card_keys; *k; k++)
            if (strcmp(*k, r->id) == 0) {
                fail(l, ids[count], "role id '%s' cannot be used: a card "
                     "already has a key '%s'", r->id, *k);
                usable = false;
            }
    }
    usable &= r->id != NULL;
    ydoc_check_keys(l->doc, m, keys, context, l->errors);
    const ydoc_node *side = deck_load_need(l, m, "side", context);
    if (side && side->kind == YDOC_SCALAR && strcmp(side->text, "client") == 0)
        r->side = DECK_ROLE_CLIENT;
    else if (side && side->kind == YDOC_SCALAR &&
             strcmp(side->text, "professional") == 0)
        r->side = DECK_ROLE_PROFESSIONAL;
    else {
        if (side)
            fail(l, side, "'side' in %s must be client or professional, not "
                 "'%.40s'", context, side->kind == YDOC_SCALAR
                                         ? side->text : ydoc_kind_name(side->kind));
        usable = false;
    }
    /* The sides' own roles are named after their side. */
    static const char *const own[DECK_ROLE_COUNT] = { "professional", "client" };
    for (size_t s = 0; usable && s < DECK_ROLE_COUNT; s++)
        if (strcmp(r->id, own[s]) == 0 && r->side != (deck_role)s) {
            fail(l, side, "role '%s' is the %s side's own role: its side must "
                 "be %s", r->id, own[s], own[s]);
            usable = false;
        }
    deck_load_text(l, m, "name", true, &r->name, context);
    deck_load_text(l, m, "the", true, &r->the, context);
    return usable;
}

/* Format 2: a list of roles, each {id, side, name, the}. The sides' own
 * roles go first in d->roles, in the order of deck_role, so a side's
 * number is also its own role's index, as in format 1. */
static void read_role_list(deck_loader *l, const ydoc_node *n)
{
    deck *d = l->d;
    l->roles_broken = true;
    if (n->kind != YDOC_SEQUENCE) {
        fail(l, n, "'roles' in the deck must be a list of roles, each with "
             "id, side, name and the, not %s", ydoc_kind_name(n->kind));
        return;
    }
    if (n->count < DECK_ROLE_COUNT || n->count > DECK_MAX_ROLES) {
        fail(l, n, "'roles' must list %d to %d roles, not %zu", DECK_ROLE_COUNT,
             DECK_MAX_ROLES, n->count);
        return;
    }
    size_t before = l->errors->count + l->errors->dropped;
    deck_role_info got[DECK_MAX_ROLES];
    const ydoc_node *ids[DECK_MAX_ROLES];
    memset(got, 0, sizeof got);
    size_t count = 0;
    bool usable = true;
    int own[DECK_ROLE_COUNT] = { -1, -1 };
    for (size_t i = 0; i < n->count; i++) {
        const ydoc_node *m = n->items[i];
        if (!deck_load_expect(l, m, YDOC_MAPPING, "each role", "'roles'")) {
            usable = false;
            continue;
        }
        ids[count] = ydoc_get(m, "id");
        if (read_deck_role(l, m, i, got, count, ids) && got[count].id) {
            if (strcmp(got[count].id, "professional") == 0)
                own[DECK_ROLE_PROFESSIONAL] = (int)count;
            else if (strcmp(got[count].id, "client") == 0)
                own[DECK_ROLE_CLIENT] = (int)count;
        } else {
            usable = false;
        }
        count++;
    }
    static const char *const side_ids[DECK_ROLE_COUNT] = { "professional", "client" };
    for (size_t s = 0; usable && s < DECK_ROLE_COUNT; s++)
        if (own[s] < 0)
            fail(l, n, "'roles' must have a role with id '%s' (side %s): the "
                 "%s side's own role", side_ids[s], side_ids[s], side_ids[s]);
    if (l->errors->count + l->errors->dropped != before) {
        for (size_t i = 0; i < count; i++)
            free_role(&got[i]);
        return;
    }
    d->roles[DECK_ROLE_PROFESSIONAL] = got[own[DECK_ROLE_PROFESSIONAL]];
    d->roles[DECK_ROLE_CLIENT] = got[own[DECK_ROLE_CLIENT]];
    d->role_count = DECK_ROLE_COUNT;
    for (size_t i = 0; i < count; i++)
        if ((int)i != own[DECK_ROLE_PROFESSIONAL] && (int)i != own[DECK_ROLE_CLIENT])
            d->roles[d->role_count++] = got[i];
    /* Where the game speaks of a whole side it uses the side's own role. */
    for (size_t s = 0; s < DECK_ROLE_COUNT; s++)
        if (!copy_text(l, &d->role_name[s], &d->roles[s].name))
            return;
    l->roles_broken = false;
}

static void read_roles(deck_loader *l, const ydoc_node *root)
{
    const ydoc_node *n = deck_load_need(l, root, "roles", "the deck");
    if (!n) {
        l->roles_broken = true;
        return;
    }
    if (l->d->format == 1)
        read_side_names(l, n);
    else
        read_role_list(l, n);
}

static void read_deck(deck_loader *l, const ydoc_node *root)
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
    const ydoc_node *format = deck_load_need(l, root, "format", "the deck");
    if (!format)
        return;
    if (format->kind == YDOC_SCALAR && strcmp(format->text, DECK_FORMAT) == 0)
        d->format = 2;
    else if (format->kind == YDOC_SCALAR && strcmp(format->text, DECK_FORMAT_1) == 0)
        d->format = 1;
    else {
        fail(l, format, "'format' must be %s (or the older %s), not '%.40s'",
             DECK_FORMAT, DECK_FORMAT_1,
             format->kind == YDOC_SCALAR ? format->text : ydoc_kind_name(format->kind));
        return; /* another format: the rest would only add noise */
    }
    read_languages(l, root);
    if (d->language_count == 0)
        return; /* every text depends on the languages */
    deck_load_id(l, root, "id", "the deck", &d->id);
    deck_load_text(l, root, "title", true, &d->title, "the deck");
    deck_load_text(l, root, "description", false, &d->description, "the deck");
    read_roles(l, root);
    deck_load_dimensions(l, root);
    deck_load_scale(l, root);
    deck_load_cards(l, root);
    deck_load_quick(l, root);
}

bool deck_load_buffer(const char *name, const char *data, size_t size,
                      deck *out, error_list *errors)
{
    memset(out, 0, sizeof *out);
    ydoc doc;
    if (!ydoc_parse(name, data, size, DECK_MAX_FILE_BYTES, &doc, errors))
        return false;
    deck_loader l = { .doc = &doc, .errors = errors, .d = out };
    size_t before = errors->count + errors->dropped;
    out->path = deck_load_copy(&l, name, strlen(name));
    read_deck(&l, doc.root);
    ydoc_free(&doc);
    /* Any diagnostic at all refuses the deck, whoever added it. */
    if (errors->count + errors->dropped != before) {
        deck_free(out);
        return false;
    }
    /* A format 1 deck names only its sides: its two roles come from them. */
    if (out->format == 1 && !deck_roles_from_sides(out)) {
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
