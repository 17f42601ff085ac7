/* Training cases: every shipped case loads against its deck, the set
 * covers every domain twice and every kind of alliance, and a broken case
 * is told at its file, line and column, like a deck. */
#include <string.h>

#include "casefile.h"
#include "catalog.h"
#include "check.h"

static const char *const domains[] = {
    "reclassering", "jeugdbescherming", "schuldhulpverlening",
    "arbeidsintegratie", "maatschappelijke-opvang",
};

static void test_shipped_cases(const catalog *decks)
{
    casebook book;
    error_list errors;
    error_list_init(&errors);
    CHECK(casebook_load(TEST_SOURCE_DIR "/decks/cases", decks, &book, &errors));
    error_print(&errors, stderr);
    CHECK_INT(errors.count, 0);
    CHECK_INT(book.broken, 0);
    CHECK(book.count >= 10);
    unsigned kinds = 0;
    for (size_t k = 0; k < sizeof domains / sizeof domains[0]; k++) {
        size_t n = 0;
        for (size_t i = 0; i < book.count; i++)
            n += strcmp(book.cases[i].deck->id, domains[k]) == 0;
        CHECK_MSG(n >= 2, "%s has %zu cases; every domain needs two", domains[k], n);
    }
    bool family = false;
    for (size_t i = 0; i < book.count; i++) {
        const casefile *c = &book.cases[i];
        kinds |= 1u << c->alliance;
        family |= c->role != deck_side_role(c->deck, DECK_ROLE_CLIENT);
        /* practising alone needs the persona on every card, with a why */
        CHECK_MSG(c->has_answers, "%s has no answers", c->id);
        for (size_t card = 0; c->has_answers && card < c->deck->card_count; card++) {
            CHECK(casefile_answer(c, card) >= 0);
            for (size_t l = 0; l < c->deck->language_count; l++)
                CHECK_MSG(casefile_why(c, card, l)[0] != '\0', "%s: no why", c->id);
        }
        for (size_t l = 0; l < c->deck->language_count; l++) {
            CHECK(deck_text(c->deck, &c->inside, l)[0] != '\0');
            CHECK(deck_text(c->deck, &c->outside, l)[0] != '\0');
        }
    }
    CHECK_MSG(kinds == (1u << CASEFILE_ALLIANCE_COUNT) - 1,
              "not every kind of alliance has a case (%#x)", kinds);
    CHECK_MSG(family, "no case has a family member's role");
    CHECK(casebook_find(&book, "no-such-case") == NULL);
    if (book.count)
        CHECK(casebook_find(&book, book.cases[0].id) == &book.cases[0]);
    casebook_free(&book);
    error_list_free(&errors);
}

static const char good_case[] =
    "format: alliantiespel-case/1\n"
    "id: test-sam\n"
    "deck: reclassering\n"
    "alliance: friction\n"
    "title: {nl: Sam, en: Sam}\n"
    "outside: {nl: Buiten, en: Outside}\n"
    "inside: {nl: Binnen, en: Inside}\n";

/* A case with one line changed, and the message it must give. */
static void expect_error(const catalog *decks, const char *find,
                         const char *replace, const char *message)
{
    char text[4096];
    const char *at = strstr(good_case, find);
    CHECK(at != NULL);
    if (!at)
        return;
    snprintf(text, sizeof text, "%.*s%s%s", (int)(at - good_case), good_case,
             replace, at + strlen(find));
    casefile c;
    error_list errors;
    error_list_init(&errors);
    CHECK(!casefile_load_buffer("case.yaml", text, strlen(text), decks, &c, &errors));
    CHECK(errors.count >= 1);
    if (errors.count >= 1) {
        CHECK_MSG(strstr(errors.items[0].message, message) != NULL,
                  "'%s' does not say '%s'", errors.items[0].message, message);
        CHECK(errors.items[0].line > 0 && errors.items[0].column > 0);
    }
    casefile_free(&c);
    error_list_free(&errors);
}

static void test_broken_cases(const catalog *decks)
{
    casefile c;
    error_list errors;
    error_list_init(&errors);
    CHECK(casefile_load_buffer("case.yaml", good_case, strlen(good_case), decks,
                               &c, &errors));
    CHECK(!c.has_answers);
    CHECK_INT(casefile_answer(&c, 0), -1);
    CHECK_STR(casefile_why(&c, 0, 0), "");
    casefile_free(&c);
    CHECK(casefile_is_case(good_case, strlen(good_case)));
    CHECK(!casefile_is_case("format: alliantiespel-deck/2\n", 29));
    expect_error(decks, "deck: reclassering", "deck: nergens",
                 "unknown deck 'nergens'");
    expect_error(decks, "alliance: friction", "alliance: fine",
                 "'alliance' in the case must be one of");
    expect_error(decks, "inside: {nl: Binnen, en: Inside}",
                 "inside: {nl: Binnen}", "missing the 'en' text of 'inside'");
    expect_error(decks, "id: test-sam", "id: Test Sam", "'id' in the case");
    expect_error(decks, "alliance: friction",
                 "alliance: friction\nrole: professional",
                 "client-side");
    expect_error(decks, "alliance: friction", "alliance: friction\nnickname: x",
                 "unknown key 'nickname'");
    expect_error(decks, "alliance: friction",
                 "alliance: friction\nanswers:\n"
                 "  - {card: richting-doel, answer: 7, why: {nl: a, en: b}}",
                 "must be a value of deck 'reclassering''s scale");
    expect_error(decks, "alliance: friction",
                 "alliance: friction\nanswers:\n"
                 "  - {card: richting-doel, answer: 3, why: {nl: a, en: b}}",
                 "must answer every card");
    expect_error(decks, "alliance: friction",
                 "alliance: friction\nanswers:\n"
                 "  - {card: niet-bestaand, answer: 3, why: {nl: a, en: b}}",
                 "unknown card 'niet-bestaand'");
    expect_error(decks, "format: alliantiespel-case/1", "format: alliantiespel-case/9",
                 "'format' must be alliantiespel-case/1");
    /* a story may be longer than a card, but not without bound */
    char long_inside[2600];
    memset(long_inside, 'a', 2100);
    strcpy(long_inside + 2100, ", en: b}");
    char replace[2700];
    snprintf(replace, sizeof replace, "inside: {nl: %s", long_inside);
    expect_error(decks, "inside: {nl: Binnen, en: Inside}", replace,
                 "too long (2100 bytes; the limit is 2000)");
    error_list_free(&errors);
}

int main(void)
{
    catalog decks;
    error_list errors;
    error_list_init(&errors);
    CHECK(catalog_load(TEST_SOURCE_DIR "/decks", &decks, &errors));
    error_list_free(&errors);
    test_shipped_cases(&decks);
    test_broken_cases(&decks);
    catalog_free(&decks);
    return check_report();
}
