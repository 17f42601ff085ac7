/* Deck loader: valid decks of each shape load with the right content; each
 * malformed deck is refused with the exact line, column and message a deck
 * writer needs to fix it. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "deck.h"
#include "fixture.h"

/* A valid one-language deck with two dimensions and a 3-option scale.
 * Cases below replace one or two of its lines (1-based). */
static const char *const base[] = {
    "format: alliantiespel-deck/1",                                       /* 1 */
    "id: test",                                                           /* 2 */
    "title: Test",                                                        /* 3 */
    "languages: [nl]",                                                    /* 4 */
    "roles: {professional: begeleider, client: client}",                  /* 5 */
    "dimensions:",                                                        /* 6 */
    "  - {key: goal, name: Doel, description: Het doel, polarity: positive}", /* 7 */
    "  - {key: bond, name: Band, description: De band, polarity: negative}",  /* 8 */
    "scale:",                                                             /* 9 */
    "  - {value: 1, label: Nee, icon: thumb-down}",                       /* 10 */
    "  - {value: 2, label: Soms}",                                        /* 11 */
    "  - {value: 3, label: Ja}",                                          /* 12 */
    "cards:",                                                             /* 13 */
    "  - id: c1",                                                         /* 14 */
    "    dimension: goal",                                                /* 15 */
    "    client: Ik weet het doel.",                                      /* 16 */
    "    professional: Mijn cliënt weet het doel.",                       /* 17 */
    "  - id: c2",                                                         /* 18 */
    "    dimension: bond",                                                /* 19 */
    "    client: Ik voel me gehoord.",                                    /* 20 */
    "    professional: Mijn cliënt voelt zich gehoord.",                  /* 21 */
    "quick: [c1]",                                                        /* 22 */
};
#define BASE_LINES (sizeof base / sizeof base[0])

typedef struct {
    int line_a;          /* line to replace, 0 = none */
    const char *text_a;
    int line_b;
    const char *text_b;
    int want_line;       /* expected position of one of the errors */
    int want_column;
    const char *want;    /* ... and a part of its message */
} bad_case;

static const bad_case cases[] = {
    { 3, "titel: Test", 0, NULL, 3, 1,
      "unknown key 'titel' in the deck; expected one of: format, id, title" },
    { 3, "titel: Test", 0, NULL, 1, 1, "missing key 'title' in the deck" },
    { 1, "format: alliantiespel-deck/3", 0, NULL, 1, 9,
      "'format' must be alliantiespel-deck/2 (or the older alliantiespel-deck/1), "
      "not 'alliantiespel-deck/3'" },
    { 5, "roles: [{id: client, side: client, name: a, the: de a}]", 0, NULL, 5, 8,
      "'roles' in the deck must be a mapping, not a list" },
    { 1, "# no format", 0, NULL, 2, 1, "missing key 'format' in the deck" },
    { 2, "id: Test_Deck", 0, NULL, 2, 5, "'id' in the deck must be 1 to 64 of a-z" },
    { 4, "languages: nl", 0, NULL, 4, 12, "'languages' in the deck must be a list" },
    { 4, "languages: [n1]", 0, NULL, 4, 13, "'n1' is not a language code" },
    { 4, "languages: [nl, nl]", 0, NULL, 4, 17, "language 'nl' is listed twice" },
    { 5, "roles: {professional: begeleider, client: client, judge: rechter}", 0,
      NULL, 5, 51, "unknown key 'judge' in 'roles'; expected one of: professional, client" },
    { 5, "roles: {professional: begeleider}", 0, NULL, 5, 8,
      "missing key 'client' in 'roles'" },
    { 7, "  - {key: goal, name: Doel, description: Het doel, polarity: upward}", 0,
      NULL, 7, 62, "'polarity' in dimension 'goal' must be positive or negative" },
    { 8, "  - {key: goal, name: Band, description: De band, polarity: negative}", 0,
      NULL, 8, 11, "dimension 'goal' is declared twice" },
    { 8, "  - {key: bond, name: Band, polarity: negative}", 0, NULL, 8, 5,
      "missing key 'description' in dimension 'bond'" },
    { 7, "", 8, "", 6, 12, "'dimensions' in the deck must be a list, not a single value" },
    { 6, "dimensions: []\nold-dimensions:", 0, NULL, 6, 13, "'dimensions' must list 1 to 16" },
    { 11, "", 12, "", 10, 3, "'scale' must have 2 to 7 answer options, not 1" },
    { 11, "  - {value: 1, label: Soms}", 0, NULL, 11, 13,
      "the scale values must go up: 1 in scale option 2 is not more than 1" },
    { 11, "  - {value: two, label: Soms}", 0, NULL, 11, 13,
      "'value' in scale option 2 must be a whole number, not 'two'" },
    { 11, "  - {value: '2', label: Soms}", 0, NULL, 11, 13,
      "'value' in scale option 2 must be a whole number, not '2'" },
    { 12, "  - {value: 3, label: Ja}\n  - {value: 4, label: a}\n  - {value: 5, label: b}\n"
          "  - {value: 6, label: c}\n  - {value: 7, label: d}\n  - {value: 8, label: e}",
      0, NULL, 10, 3, "'scale' must have 2 to 7 answer options, not 8" },
    { 10, "  - {value: 1, label: Nee, icon: Thumb Up}", 0, NULL, 10, 34,
      "'icon' in scale option 1 must be an icon name" },
    { 11, "  - {value: 2}", 0, NULL, 11, 5, "missing key 'label' in scale option 2" },
    { 15, "    dimensoin: goal", 0, NULL, 15, 5,
      "unknown key 'dimensoin' in card 'c1'; expected one of: id, dimension, "
      "client, professional, talk" },
    { 15, "    dimension: trust", 0, NULL, 15, 16,
      "card 'c1' names dimension 'trust', which the deck does not declare; "
      "declared: goal, bond" },
    { 18, "  - id: c1", 0, NULL, 18, 9,
      "card id 'c1' is used twice (first at line 14, column 9)" },
    { 16, "    client: ''", 0, NULL, 16, 13, "'client' in card 'c1' is empty" },
    { 16, "    client: [a, b]", 0, NULL, 16, 13,
      "'client' in card 'c1' must be a text, not a list" },
    { 17, "", 0, NULL, 14, 5, "missing key 'professional' in card 'c1'" },
    { 16, "    client: Ik \xff weet", 0, NULL, 16, 16, "not valid UTF-8" },
    { 16, "    client: \"Ik\\u0001\"", 0, NULL, 16, 13,
      "'client' in card 'c1' is not valid UTF-8 text (or holds control characters)" },
    { 22, "quick: [*c1]", 0, NULL, 22, 9, "aliases (*name) are not allowed" },
    { 14, "  - &first id: c1", 0, NULL, 14, 5, "anchors (&name) are not allowed" },
    { 3, "title: !!str Test", 0, NULL, 3, 8, "tags (!name) are not allowed" },
    { 22, "quick: [c1]\n---\nid: other", 0, NULL, 23, 1,
      "more than one YAML document" },
    { 22, "quick: [c9]", 0, NULL, 22, 9, "'quick' names card 'c9', which is not in the deck" },
    { 22, "quick: [c1, c1]", 0, NULL, 22, 13, "'quick' names card 'c1' twice" },
    { 22, "title: Again", 0, NULL, 22, 1, "duplicate key 'title' (first at line 3)" },
    { 3, "title: [Test", 0, NULL, 4, 10, "not valid YAML" },
    { 3, "title: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
      0, NULL, 3, 39, "nested too deep (the limit is 32 levels)" },
    { 4, "languages: [nl, en]", 0, NULL, 3, 8,
      "'title' in the deck must give a text for every language (nl, en)" },
    { 3, "title: {nl: Test, de: Prüfung}", 0, NULL, 3, 19,
      "unknown language 'de' in 'title' of the deck; the deck declares: nl" },
    { 3, "title: {en: Test}", 0, NULL, 3, 8, "missing the 'nl' text of 'title' in the deck" },
    { 13, "cards: {}\nold-cards:", 0, NULL, 13, 8, "'cards' in the deck must be a list, not a mapping" },
    { 14, "  - id: c1-this-id-is-much-too-long-for-a-card-because-it-goes-on-and-on-and-on", 0,
      NULL, 14, 9, "'id' in card 1 must be 1 to 64 of a-z" },
    { 7, "  - {key: goal, name: Doel, description: Het doel}", 0, NULL, 7, 5,
      "missing key 'polarity' in dimension 'goal'" },
    { 7, "  - {key: goal, name: Doel, description: Het doel, polarity: positive, colour: red}",
      0, NULL, 7, 72, "unknown key 'colour' in dimension 'goal'; expected one of: key, name" },
    { 20, "    client:", 0, NULL, 20, 12, "'client' in card 'c2' is empty" },
    { 16, "    client: Ik weet het doel.\n    talk: 5\n    talk: 6", 0, NULL, 18, 5,
      "duplicate key 'talk' (first at line 17)" },
};

static char *build_from(const char *const *lines, size_t count, const bad_case *c)
{
    size_t size = 1;
    for (size_t i = 0; i < count; i++)
        size += strlen(lines[i]) + 1;
    if (c) {
        if (c->text_a)
            size += strlen(c->text_a);
        if (c->text_b)
            size += strlen(c->text_b);
    }
    char *out = malloc(size);
    out[0] = '\0';
    for (size_t i = 0; i < count; i++) {
        const char *line = lines[i];
        if (c && c->line_a == (int)i + 1)
            line = c->text_a;
        if (c && c->line_b == (int)i + 1)
            line = c->text_b;
        strcat(out, line);
        strcat(out, "\n");
    }
    return out;
}

static char *build(const bad_case *c) { return build_from(base, BASE_LINES, c); }

static bool has_error(const error_list *errors, int line, int column, const char *want)
{
    for (size_t i = 0; i < errors->count; i++) {
        const error_item *e = &errors->items[i];
        if (e->line == line && e->column == column && strstr(e->message, want) &&
            e->file && strcmp(e->file, "bad.yaml") == 0)
            return true;
    }
    return false;
}

static void test_valid_base(void)
{
    char *text = build(NULL);
    error_list errors;
    error_list_init(&errors);
    deck d;
    bool ok = deck_load_buffer("base.yaml", text, strlen(text), &d, &errors);
    CHECK(ok);
    error_print(&errors, stderr);
    if (ok) {
        CHECK_STR(d.id, "test");
        CHECK_INT(d.language_count, 1);
        CHECK_STR(deck_text(&d, &d.title, 0), "Test");
        CHECK_INT(d.dimension_count, 2);
        CHECK(!d.dimensions[0].negative);
        CHECK(d.dimensions[1].negative);
        CHECK_INT(d.option_count, 3);
        CHECK_INT(d.options[2].value, 3);
        CHECK_STR(d.options[0].icon, "thumb-down");
        CHECK(d.options[1].icon == NULL);
        CHECK_INT(d.card_count, 2);
        CHECK_STR(deck_text(&d, &d.cards[1].professional, 0),
                  "Mijn cliënt voelt zich gehoord.");
        CHECK_INT(d.cards[1].dimension, 1);
        CHECK_STR(deck_text(&d, &d.cards[0].talk, 0), "");
        CHECK_STR(deck_text(&d, &d.role_name[DECK_ROLE_CLIENT], 0), "client");
        /* Format 1 as before: the two roles are made from the sides. */
        CHECK_INT(d.format, 1);
        CHECK_INT(d.role_count, 2);
        CHECK_STR(d.roles[DECK_ROLE_CLIENT].id, "client");
        CHECK_STR(d.roles[DECK_ROLE_PROFESSIONAL].id, "professional");
        CHECK_STR(deck_text(&d, &d.roles[DECK_ROLE_PROFESSIONAL].the, 0), "de begeleider");
        CHECK_INT(d.cards[0].wording_count, 0);
        CHECK_STR(deck_card_text(&d, &d.cards[0], DECK_ROLE_CLIENT, 0), "Ik weet het doel.");
        CHECK_INT(d.quick_count, 1);
        CHECK_INT(d.quick[0], 0);
        CHECK_INT(deck_card_index(&d, "c2"), 1);
        CHECK_INT(deck_card_index(&d, "nope"), -1);
        size_t *cards;
        size_t n;
        CHECK(deck_select(&d, "quick", &cards, &n, &errors) && n == 1 && cards[0] == 0);
        free(cards);
        CHECK(deck_select(&d, "all", &cards, &n, &errors) && n == 2);
        free(cards);
        CHECK(deck_select(&d, "c2, c1", &cards, &n, &errors) && n == 2 &&
              cards[0] == 1 && cards[1] == 0);
        free(cards);
        CHECK(!deck_select(&d, "c2,c3", &cards, &n, &errors));
        CHECK(!deck_select(&d, "c1,c1", &cards, &n, &errors));
        CHECK(!deck_select(&d, ",", &cards, &n, &errors));
        deck_free(&d);
    }
    error_list_free(&errors);
    free(text);
}

static void test_multilingual(void)
{
    const char *text =
        "format: alliantiespel-deck/1\n"
        "id: twee\n"
        "title: {nl: Twee, en: Two}\n"
        "description: {nl: Een test., en: A test.}\n"
        "languages: [nl, en]\n"
        "roles:\n"
        "  professional: {nl: coach, en: coach}\n"
        "  client: {nl: deelnemer, en: participant}\n"
        "dimensions:\n"
        "  - key: goal\n"
        "    name: {nl: Doel, en: Goal}\n"
        "    description: {nl: Het doel, en: The goal}\n"
        "    polarity: positive\n"
        "scale:\n"
        "  - {value: 0, label: {nl: Nee, en: 'No'}}\n"
        "  - {value: 10, label: {nl: Ja, en: 'Yes'}}\n"
        "cards:\n"
        "  - id: a\n"
        "    dimension: goal\n"
        "    client: {nl: Ik weet het., en: I know.}\n"
        "    professional: {nl: Zij weet het., en: She knows.}\n"
        "    talk: {nl: Hoe weet je dat?, en: How do you know?}\n";
    error_list errors;
    error_list_init(&errors);
    deck d;
    bool ok = deck_load_buffer("two.yaml", text, strlen(text), &d, &errors);
    CHECK(ok);
    error_print(&errors, stderr);
    if (ok) {
        CHECK_INT(d.language_count, 2);
        CHECK_INT(deck_language_index(&d, "en"), 1);
        CHECK_STR(deck_text(&d, &d.cards[0].client, 1), "I know.");
        CHECK_STR(deck_text(&d, &d.cards[0].talk, 0), "Hoe weet je dat?");
        CHECK_STR(deck_text(&d, &d.options[0].label, 1), "No");
        CHECK_INT(d.options[1].value, 10);
        CHECK_INT(d.option_count, 2);
        CHECK_INT(d.quick_count, 0);
        size_t *cards;
        size_t n;
        /* Without a quick round, "quick" plays every card. */
        CHECK(deck_select(&d, "quick", &cards, &n, &errors) && n == 1);
        free(cards);
        deck_free(&d);
    }
    error_list_free(&errors);
}

/* Each case, built on the given deck, is refused with its message at its
 * line and column, and leaves nothing behind. */
static void check_cases(const char *what, const char *const *lines, size_t line_count,
                        const bad_case *list, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        char *text = build_from(lines, line_count, &list[i]);
        error_list errors;
        error_list_init(&errors);
        deck d;
        bool ok = deck_load_buffer("bad.yaml", text, strlen(text), &d, &errors);
        CHECK_MSG(!ok, "%s case %zu was accepted", what, i + 1);
        CHECK_MSG(d.cards == NULL && d.id == NULL, "%s case %zu left data behind", what, i + 1);
        bool found = has_error(&errors, list[i].want_line, list[i].want_column,
                               list[i].want);
        CHECK_MSG(found, "%s case %zu: no error at %d:%d with '%s'", what, i + 1,
                  list[i].want_line, list[i].want_column, list[i].want);
        if (!found)
            error_print(&errors, stderr);
        error_list_free(&errors);
        free(text);
    }
}

static void test_malformed(void)
{
    size_t count = sizeof cases / sizeof cases[0];
    CHECK(count >= 30);
    check_cases("format 1", base, BASE_LINES, cases, count);
}

/* The base deck with any lines replaced: texts[i] (may hold several
 * lines, or be "" to drop one) for line lines[i]. */
static char *build_many(const int *lines, const char *const *texts, size_t n)
{
    size_t size = 1;
    for (size_t i = 0; i < BASE_LINES; i++)
        size += strlen(base[i]) + 1;
    for (size_t i = 0; i < n; i++)
        size += strlen(texts[i]);
    char *out = malloc(size);
    out[0] = '\0';
    for (size_t i = 0; i < BASE_LINES; i++) {
        const char *line = base[i];
        for (size_t j = 0; j < n; j++)
            if (lines[j] == (int)i + 1)
                line = texts[j];
        strcat(out, line);
        strcat(out, "\n");
    }
    return out;
}

/* One mistake gives one message: checks that lean on a part already
 * reported broken stay quiet (no "'quick' must list 1 to 0 card ids"
 * after the cards failed). */
static void test_no_follow_on(void)
{
    static const struct {
        int lines[10];
        const char *texts[10];
        size_t n;
        int want_line, want_column;
        const char *want;
        const char *never;
    } follow_ons[] = {
        { { 13, 14, 15, 16, 17, 18, 19, 20, 21 },
          { "cards: []", "", "", "", "", "", "", "", "" }, 9, 13, 8,
          "'cards' must list 1 to 10000 cards, not 0", "'quick'" },
        { { 14 }, { "  - id: C1" }, 1, 14, 9,
          "'id' in card 1 must be 1 to 64 of a-z", "'quick' names card" },
        { { 7 }, { "  - {key: Goal, name: Doel, description: Het doel, polarity: positive}" },
          1, 7, 11, "'key' in dimension 1 must be 1 to 64 of a-z", "names dimension" },
        { { 3, 4 }, { "title: {nl: Test, e1: Test}", "languages: [nl, e1]" }, 2, 4, 17,
          "'e1' is not a language code", "unknown language" },
        { { 10, 11, 12 },
          { "  - {value: -5, label: Nee}", "  - {value: x, label: Soms}",
            "  - {value: -3, label: Ja}" }, 3, 11, 13,
          "'value' in scale option 2 must be a whole number, not 'x'", "must go up" },
    };
    for (size_t i = 0; i < sizeof follow_ons / sizeof follow_ons[0]; i++) {
        char *text = build_many(follow_ons[i].lines, follow_ons[i].texts, follow_ons[i].n);
        error_list errors;
        error_list_init(&errors);
        deck d;
        CHECK_MSG(!deck_load_buffer("bad.yaml", text, strlen(text), &d, &errors),
                  "follow-on case %zu was accepted", i + 1);
        CHECK_MSG(has_error(&errors, follow_ons[i].want_line, follow_ons[i].want_column, follow_ons[i].want),
                  "follow-on case %zu: no error at %d:%d with '%s'", i + 1,
                  follow_ons[i].want_line, follow_ons[i].want_column, follow_ons[i].want);
        bool follow_on = false;
        for (size_t e = 0; e < errors.count; e++)
            follow_on |= strstr(errors.items[e].message, follow_ons[i].never) != NULL;
        CHECK_MSG(!follow_on && errors.count == 1,
                  "follow-on case %zu: %zu messages, want only the cause", i + 1,
                  errors.count);
        if (follow_on || errors.count != 1)
            error_print(&errors, stderr);
        error_list_free(&errors);
        free(text);
    }
}

static bool only_thumbs(const char *name, void *context)
{
    (void)context;
    return strcmp(name, "thumb-down") == 0 || strcmp(name, "thumb-up") == 0;
}

/* An icon the game does not have is an error at the icon's name; the
 * loader itself needs no data folder to ask. */
static void test_icons(void)
{
    int lines[] = { 12 };
    const char *texts[] = { "  - {value: 3, label: Ja, icon: thumbs-sideways}" };
    char *text = build_many(lines, texts, 1);
    error_list errors;
    error_list_init(&errors);
    deck d;
    CHECK(deck_load_buffer("bad.yaml", text, strlen(text), &d, &errors));
    CHECK(deck_check_icons(&d, only_thumbs, NULL, &errors) == false);
    CHECK_INT(errors.count, 1);
    CHECK(has_error(&errors, 12, 33, "unknown icon 'thumbs-sideways' in scale option 3: "
                                     "the game has no assets/icons/thumbs-sideways.svg"));
    error_list_clear(&errors);
    free(d.options[2].icon);
    d.options[2].icon = NULL;
    CHECK(deck_check_icons(&d, only_thumbs, NULL, &errors));
    CHECK(error_list_empty(&errors));
    deck_free(&d);
    error_list_free(&errors);
    free(text);
}

static void test_limits(void)
{
    /* Over 4 MiB is refused before parsing. */
    size_t size = DECK_MAX_FILE_BYTES + 1;
    char *big = malloc(size);
    memset(big, '#', size);
    error_list errors;
    error_list_init(&errors);
    deck d;
    CHECK(!deck_load_buffer("big.yaml", big, size, &d, &errors));
    CHECK(errors.count == 1 && strstr(errors.items[0].message, "too large"));
    free(big);
    error_list_clear(&errors);

    /* A value over 64 KiB. */
    size = 70000;
    char *huge = malloc(size + 16);
    strcpy(huge, "title: ");
    memset(huge + 7, 'x', size);
    huge[7 + size] = '\0';
    CHECK(!deck_load_buffer("huge.yaml", huge, strlen(huge), &d, &errors));
    CHECK(errors.count >= 1 && strstr(errors.items[0].message, "too long"));
    free(huge);
    error_list_clear(&errors);

    /* An empty file and a file that is not a mapping. */
    CHECK(!deck_load_buffer("empty.yaml", "", 0, &d, &errors));
    CHECK(errors.count == 1 && strstr(errors.items[0].message, "empty") &&
          errors.items[0].line == 1);
    error_list_clear(&errors);
    CHECK(!deck_load_buffer("list.yaml", "- a\n- b\n", 8, &d, &errors));
    CHECK(errors.count == 1 && strstr(errors.items[0].message, "must be a mapping"));
    error_list_clear(&errors);

    /* A missing file names the file. */
    CHECK(!deck_load("/nonexistent/deck.yaml", &d, &errors));
    CHECK(errors.count == 1 && strcmp(errors.items[0].file, "/nonexistent/deck.yaml") == 0);
    error_list_free(&errors);
}

static void test_error_format(void)
{
    error_list errors;
    error_list_init(&errors);
    error_add(&errors, "decks/x.yaml", 3, 7, "unknown key '%s'", "dimensoin");
    error_add(&errors, "decks/x.yaml", 0, 0, "cannot open");
    char buf[256];
    error_format_first(&errors, buf, sizeof buf);
    CHECK_STR(buf, "decks/x.yaml:3:7: error: unknown key 'dimensoin'");
    FILE *f = tmpfile();
    error_print(&errors, f);
    rewind(f);
    char line[256];
    CHECK(fgets(line, sizeof line, f) && strcmp(line, "decks/x.yaml:3:7: error: unknown key 'dimensoin'\n") == 0);
    CHECK(fgets(line, sizeof line, f) && strcmp(line, "decks/x.yaml: error: cannot open\n") == 0);
    fclose(f);
    for (int i = 0; i < ERROR_MAX_KEPT + 5; i++)
        error_add(&errors, NULL, 1, 1, "flood");
    CHECK_INT(errors.count, ERROR_MAX_KEPT);
    CHECK_INT(errors.dropped, 7);
    error_list_free(&errors);
}

/* A valid format 2 deck: a family's roles, and a card worded for one of
 * them. Cases below replace its lines (1-based). */
static const char *const base2[] = {
    "format: alliantiespel-deck/2",                                          /* 1 */
    "id: gezin",                                                             /* 2 */
    "title: {nl: Gezin, en: Family}",                                        /* 3 */
    "languages: [nl, en]",                                                   /* 4 */
    "roles:",                                                                /* 5 */
    "  - {id: client, side: client, name: {nl: gezin, en: family}, the: {nl: het gezin, en: the family}}",
    "  - {id: jongere, side: client, name: {nl: jongere, en: young person}, "
    "the: {nl: de jongere, en: the young person}}",                          /* 7 */
    "  - {id: ouder, side: client, name: {nl: ouder, en: parent}, the: {nl: de ouder, en: the parent}}",
    "  - {id: professional, side: professional, name: {nl: jeugdbeschermer, en: worker}, "
    "the: {nl: de jeugdbeschermer, en: the worker}}",                        /* 9 */
    "dimensions:",                                                           /* 10 */
    "  - {key: goal, name: {nl: Doel, en: Goal}, description: {nl: Het doel, en: The goal}, "
    "polarity: positive}",                                                   /* 11 */
    "scale:",                                                                /* 12 */
    "  - {value: 1, label: {nl: Nee, en: 'No'}}",                            /* 13 */
    "  - {value: 2, label: {nl: Ja, en: 'Yes'}}",                            /* 14 */
    "cards:",                                                                /* 15 */
    "  - id: c1",                                                            /* 16 */
    "    dimension: goal",                                                   /* 17 */
    "    client: {nl: Ik weet het doel., en: I know the goal.}",             /* 18 */
    "    professional: {nl: Het gezin weet het doel., en: The family knows the goal.}",
    "    jongere: {nl: Ik weet wat er met mij gebeurt., en: I know what happens to me.}",
    "  - id: c2",                                                            /* 21 */
    "    dimension: goal",                                                   /* 22 */
    "    client: {nl: Ik voel me gehoord., en: I feel heard.}",              /* 23 */
    "    professional: {nl: Het gezin voelt zich gehoord., en: The family feels heard.}",
    "quick: [c1]",                                                           /* 25 */
};
#define BASE2_LINES (sizeof base2 / sizeof base2[0])

static void test_format_2(void)
{
    char *text = build_from(base2, BASE2_LINES, NULL);
    error_list errors;
    error_list_init(&errors);
    deck d;
    bool ok = deck_load_buffer("family.yaml", text, strlen(text), &d, &errors);
    CHECK(ok);
    error_print(&errors, stderr);
    if (ok) {
        CHECK_INT(d.format, 2);
        CHECK_INT(d.role_count, 4);
        /* The sides' own roles first, whatever the order written. */
        CHECK_STR(d.roles[DECK_ROLE_PROFESSIONAL].id, "professional");
        CHECK_STR(d.roles[DECK_ROLE_CLIENT].id, "client");
        CHECK_STR(d.roles[2].id, "jongere");
        CHECK_STR(d.roles[3].id, "ouder");
        CHECK_INT(d.roles[3].side, DECK_ROLE_CLIENT);
        CHECK_STR(deck_text(&d, &d.roles[3].the, 1), "the parent");
        CHECK_STR(deck_text(&d, &d.role_name[DECK_ROLE_CLIENT], 0), "gezin");
        CHECK_STR(deck_text(&d, &d.role_name[DECK_ROLE_PROFESSIONAL], 1), "worker");
        CHECK_INT(deck_role_index(&d, "ouder"), 3);
        CHECK_INT(deck_side_role(&d, DECK_ROLE_CLIENT), DECK_ROLE_CLIENT);
        CHECK_INT(d.cards[0].wording_count, 1);
        CHECK_INT(d.cards[1].wording_count, 0);
        /* The role's own wording, else its side's. */
        CHECK_STR(deck_card_text(&d, &d.cards[0], 2, 1), "I know what happens to me.");
        CHECK_STR(deck_card_text(&d, &d.cards[0], 2, 0), "Ik weet wat er met mij gebeurt.");
        CHECK_STR(deck_card_text(&d, &d.cards[0], 3, 0), "Ik weet het doel.");
        CHECK_STR(deck_card_text(&d, &d.cards[0], DECK_ROLE_PROFESSIONAL, 0),
                  "Het gezin weet het doel.");
        CHECK_STR(deck_card_text(&d, &d.cards[1], 2, 1), "I feel heard.");
        deck_free(&d);
    }
    free(text);
    error_list_free(&errors);

    static const bad_case cases2[] = {
        { 8, "  - {id: jongere, side: client, name: {nl: o, en: p}, the: {nl: de o, en: the p}}",
          0, NULL, 8, 10, "role id 'jongere' is used twice (first at line 7, column 10)" },
        { 8, "  - {id: ouder, side: parent, name: {nl: o, en: p}, the: {nl: de o, en: the p}}",
          0, NULL, 8, 23, "'side' in role 'ouder' must be client or professional, not 'parent'" },
        { 8, "  - {id: ouder, side: client, name: {nl: ouder, en: parent}}", 0, NULL, 8, 5,
          "missing key 'the' in role 'ouder'" },
        { 8, "  - {id: ouder, side: client, name: {nl: o, en: p}, the: {nl: de o}}", 0, NULL,
          8, 58, "missing the 'en' text of 'the' in role 'ouder'" },
        { 8, "  - {id: ouder, side: client, name: {nl: o, en: p}, the: {nl: de o, en: p}, age: 9}",
          0, NULL, 8, 77, "unknown key 'age' in role 'ouder'; expected one of: id, side, name, the" },
        { 8, "  - {id: Ouder, side: client, name: {nl: o, en: p}, the: {nl: de o, en: the p}}",
          0, NULL, 8, 10, "'id' in role 3 must be 1 to 64 of a-z" },
        { 8, "  - {id: talk, side: client, name: {nl: o, en: p}, the: {nl: de o, en: the p}}",
          0, NULL, 8, 10, "role id 'talk' cannot be used: a card already has a key 'talk'" },
        { 6, "  - {id: gezin, side: client, name: {nl: g, en: f}, the: {nl: het g, en: the f}}",
          0, NULL, 6, 3, "'roles' must have a role with id 'client' (side client)" },
        { 6, "  - {id: client, side: professional, name: {nl: g, en: f}, the: {nl: g, en: f}}",
          0, NULL, 6, 24, "role 'client' is the client side's own role: its side must be client" },
        { 5, "roles: {professional: a, client: b}\nold-roles:", 0, NULL, 5, 8,
          "'roles' in the deck must be a list of roles, each with id, side, name and the" },
        { 7, "  - 12", 0, NULL, 7, 5, "'each role' in 'roles' must be a mapping" },
        { 8, "  - {id: mentor, side: professional, name: {nl: m, en: m}, the: {nl: de m, en: the m}}",
          20, "    mentor: {nl: Zij weet het., en: She knows.}", 20, 5,
          "card 'c1' words its question for 'mentor', a role on the professional side" },
        { 20, "    jongre: {nl: a, en: b}", 0, NULL, 20, 5,
          "unknown key 'jongre' in card 'c1'; expected one of: id, dimension, client, "
          "professional, talk, jongere, ouder" },
        { 20, "    jongere: {nl: Ik weet wat er met mij gebeurt.}", 0, NULL, 20, 14,
          "missing the 'en' text of 'jongere' in card 'c1'" },
        { 20, "    jongere: ''", 0, NULL, 20, 14, "'jongere' in card 'c1' must give a text for every language" },
    };
    check_cases("format 2", base2, BASE2_LINES, cases2, sizeof cases2 / sizeof cases2[0]);
}

/* A theme's name for the client (format 2, optional): stored per language,
 * all NULL when absent; every language like any text; unknown in format 1,
 * which is read exactly as before. */
static void test_client_name(void)
{
    static const bad_case named = {
        11, "  - {key: goal, name: {nl: Richting, en: Direction}, client_name: {nl: Doel en "
            "regels, en: Goals and rules}, description: {nl: Het doel, en: The goal}, "
            "polarity: positive}", 0, NULL, 0, 0, NULL };
    char *text = build_from(base2, BASE2_LINES, &named);
    error_list errors;
    error_list_init(&errors);
    deck d;
    bool ok = deck_load_buffer("named.yaml", text, strlen(text), &d, &errors);
    CHECK(ok);
    error_print(&errors, stderr);
    if (ok) {
        CHECK_STR(deck_text(&d, &d.dimensions[0].client_name, 0), "Doel en regels");
        CHECK_STR(deck_text(&d, &d.dimensions[0].client_name, 1), "Goals and rules");
        CHECK_STR(deck_text(&d, &d.dimensions[0].name, 0), "Richting");
        deck_free(&d);
    }
    free(text);

    text = build_from(base2, BASE2_LINES, NULL);
    ok = deck_load_buffer("plain.yaml", text, strlen(text), &d, &errors);
    CHECK(ok);
    if (ok) {
        for (size_t i = 0; i < DECK_MAX_LANGUAGES; i++)
            CHECK(d.dimensions[0].client_name.text[i] == NULL);
        CHECK_STR(deck_text(&d, &d.dimensions[0].client_name, 0), "");
        deck_free(&d);
    }
    free(text);
    error_list_free(&errors);

    static const bad_case cases2[] = {
        { 11, "  - {key: goal, name: {nl: D, en: G}, client_name: {nl: Doel}, "
              "description: {nl: D, en: G}, polarity: positive}", 0, NULL, 11, 52,
          "missing the 'en' text of 'client_name' in dimension 'goal'" },
        { 11, "  - {key: goal, name: {nl: D, en: G}, client_name: Doel, "
              "description: {nl: D, en: G}, polarity: positive}", 0, NULL, 11, 52,
          "'client_name' in dimension 'goal' must give a text for every language" },
        { 11, "  - {key: goal, name: {nl: D, en: G}, client_name: {nl: '', en: G}, "
              "description: {nl: D, en: G}, polarity: positive}", 0, NULL, 11, 57,
          "'client_name.nl' in dimension 'goal' is empty" },
    };
    check_cases("client_name", base2, BASE2_LINES, cases2, sizeof cases2 / sizeof cases2[0]);
    static const bad_case cases1[] = {
        { 7, "  - {key: goal, name: Doel, client_name: Doel, description: Het doel, "
             "polarity: positive}", 0, NULL, 7, 29,
          "unknown key 'client_name' in dimension 'goal'; expected one of: key, name, "
          "description, polarity" },
    };
    check_cases("client_name in format 1", base, BASE_LINES, cases1, 1);
}

/* The youth-protection deck is format 2: a family's roles, and cards
 * worded for the young person and the parent. */
static void test_shipped_family_deck(void)
{
    deck d;
    CHECK(fixture_shipped_deck(&d, "jeugdbescherming"));
    if (d.card_count == 0)
        return;
    CHECK_INT(d.format, 2);
    int jongere = deck_role_index(&d, "jongere");
    int ouder = deck_role_index(&d, "ouder");
    CHECK(jongere >= DECK_ROLE_COUNT && ouder >= DECK_ROLE_COUNT);
    CHECK(deck_role_index(&d, "verzorger") >= DECK_ROLE_COUNT);
    int card = deck_card_index(&d, "richting-rechter");
    CHECK(card >= 0);
    if (card >= 0 && jongere >= 0 && ouder >= 0) {
        const deck_card *c = &d.cards[card];
        CHECK_STR(deck_card_text(&d, c, (size_t)jongere, 0),
                  "Ik weet wat de rechter over mij heeft besloten.");
        CHECK_STR(deck_card_text(&d, c, (size_t)ouder, 1),
                  "I know what the judge decided about my child.");
        CHECK_STR(deck_card_text(&d, c, deck_role_index(&d, "verzorger"), 0),
                  deck_text(&d, &c->client, 0));
    }
    size_t addressed = 0; /* cards with a wording for the young person */
    for (size_t i = 0; i < d.card_count; i++)
        for (size_t w = 0; w < d.cards[i].wording_count; w++)
            addressed += d.cards[i].wordings[w].role == (size_t)jongere;
    CHECK(addressed >= 4);
    deck_free(&d);
}

int main(void)
{
    test_valid_base();
    test_format_2();
    test_client_name();
    test_shipped_family_deck();
    test_multilingual();
    test_malformed();
    test_no_follow_on();
    test_icons();
    test_limits();
    test_error_format();
    return check_report();
}
