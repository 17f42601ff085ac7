/* Plural forms in the translations: the Dutch catalogue says "1 kaart" and
 * "2 kaarten", English without a catalogue "1 card" and "2 cards", and a
 * catalogue with a broken plural entry is refused at the line to fix. The
 * gaps on the board in words, with those plurals. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "i18n.h"
#include "portable.h"
#include "report.h"
#include "result.h"
#include "score.h"

static void check_count(unsigned long n, const char *want)
{
    char buf[64];
    i18n_count(buf, sizeof buf, "%s card", "%s cards", n);
    CHECK_STR(buf, want);
}

/* Switches to a language of assets/po, or says why it could not. */
static void use_shipped(const char *code)
{
    error_list errors;
    error_list_init(&errors);
    char po_dir[512];
    snprintf(po_dir, sizeof po_dir, "%s/assets/po", TEST_SOURCE_DIR);
    CHECK_MSG(i18n_set_language(po_dir, code, &errors), "cannot use %s", code);
    error_print(&errors, stderr);
    error_list_free(&errors);
}

static void test_shipped_plurals(void)
{
    use_shipped("nl");
    check_count(1, "1 kaart");
    check_count(2, "2 kaarten");
    check_count(0, "0 kaarten");
    CHECK_STR(_n("%s card", "%s cards", 1), "%s kaart");
    /* The plain entries still read as before. */
    CHECK_STR(_("On one line"), "Op één lijn");
    /* No translation: English, by its own rule. */
    CHECK_STR(_n("%s apple", "%s apples", 1), "%s apple");
    CHECK_STR(_n("%s apple", "%s apples", 3), "%s apples");
    use_shipped("en");
    check_count(1, "1 card");
    check_count(2, "2 cards");
    i18n_shutdown();
}

/* Writes a catalogue DIR/CODE.po and tries to switch to it. */
static bool try_catalogue(const char *dir, const char *code, const char *text,
                          error_list *errors)
{
    char path[600];
    snprintf(path, sizeof path, "%s/%s.po", dir, code);
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (!f)
        return false;
    CHECK(fputs(text, f) >= 0);
    CHECK(fclose(f) == 0);
    error_list_clear(errors);
    bool ok = i18n_set_language(dir, code, errors);
    CHECK(unlink(path) == 0);
    return ok;
}

#define HEADER(forms)                                                       \
    "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n" \
    "\"Plural-Forms: " forms "\\n\"\n\n"

static void test_plural_catalogues(void)
{
    char dir[] = TEST_TMP "/alliantiespel-i18n-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    error_list errors;
    error_list_init(&errors);

    /* French counts 0 as singular: the rule comes from the header. */
    CHECK(try_catalogue(dir, "fr",
                        HEADER("nplurals=2; plural=(n > 1);")
                        "msgid \"%s card\"\nmsgid_plural \"%s cards\"\n"
                        "msgstr[0] \"%s carte\"\nmsgstr[1] \"%s cartes\"\n\n"
                        "msgid \"Yes\"\nmsgstr \"Oui\"\n", &errors));
    error_print(&errors, stderr);
    check_count(0, "0 carte");
    check_count(1, "1 carte");
    check_count(2, "2 cartes");
    CHECK_STR(_("Yes"), "Oui");
    CHECK_STR(_("%s card"), "%s carte");

    /* One form for every number. */
    CHECK(try_catalogue(dir, "ja",
                        HEADER("nplurals=1; plural=0;")
                        "msgid \"%s card\"\nmsgid_plural \"%s cards\"\n"
                        "msgstr[0] \"%s mai\"\n", &errors));
    check_count(1, "1 mai");
    check_count(7, "7 mai");

    /* Broken plural entries: each refused, with the line to fix; the
     * language before stays. */
    static const struct {
        const char *text;
        int line;
        const char *want;
    } broken[] = {
        { HEADER("nplurals=2; plural=(n != 1);")
          "msgid \"%s card\"\nmsgid_plural \"%s cards\"\nmsgstr[0] \"%s kaart\"\n",
          6, "has no msgstr[1]" },
        { HEADER("nplurals=2; plural=(n != 1);")
          "msgid \"%s card\"\nmsgid_plural \"%s cards\"\nmsgstr \"%s kaart\"\n",
          8, "not msgstr" },
        { HEADER("nplurals=2; plural=(n != 1);")
          "msgid \"%s card\"\nmsgid_plural \"%s cards\"\nmsgstr[0] \"a\"\n"
          "msgstr[1] \"b\"\nmsgstr[2] \"c\"\n", 10, "goes past the plural forms" },
        { HEADER("nplurals=2; plural=(n != 1);")
          "msgid \"card\"\nmsgstr[0] \"kaart\"\n", 7, "belongs to a plural entry" },
        { "msgid \"%s card\"\nmsgid_plural \"%s cards\"\nmsgstr[0] \"a\"\n",
          2, "needs a header with Plural-Forms" },
        { HEADER("nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : 1);")
          "msgid \"Yes\"\nmsgstr \"Ja\"\n", 1, "Plural-Forms is not one this game knows" },
        { HEADER("nplurals=2; plural=(n != 1);")
          "msgctxt \"menu\"\nmsgid \"Yes\"\nmsgstr \"Ja\"\n", 6, "does not understand" },
    };
    for (size_t i = 0; i < sizeof broken / sizeof broken[0]; i++) {
        CHECK_MSG(!try_catalogue(dir, "xx", broken[i].text, &errors),
                  "broken catalogue %zu was accepted", i + 1);
        CHECK_MSG(errors.count == 1 && errors.items[0].line == broken[i].line &&
                  strstr(errors.items[0].message, broken[i].want) != NULL,
                  "broken catalogue %zu: want line %d with '%s'", i + 1,
                  broken[i].line, broken[i].want);
        if (errors.count != 1 || errors.items[0].line != broken[i].line)
            error_print(&errors, stderr);
        CHECK_STR(i18n_language(), "ja");
    }
    check_count(7, "7 mai");

    /* A code is a name, never a path: "..\\p\\fr" is FOLDER/p/fr.po on
     * Windows, and a file of that odd name elsewhere. */
    char po[600];
    snprintf(po, sizeof po, "%s/p", dir);
    CHECK(mkdir(po, 0700) == 0);
    CHECK(!try_catalogue(po, "..\\p\\fr", HEADER("nplurals=2; plural=(n > 1);")
                         "msgid \"Yes\"\nmsgstr \"Oui\"\n", &errors));
    CHECK(errors.count == 1 &&
          strstr(errors.items[0].message, "is not a language code") != NULL);
    CHECK(rmdir(po) == 0);
    CHECK_STR(i18n_language(), "ja");

    i18n_shutdown();
    CHECK(rmdir(dir) == 0);
    error_list_free(&errors);
}

/* Filling in a template never reads more than it is given. */
static void test_format(void)
{
    char buf[64];
    i18n_format(buf, sizeof buf, "%s of %s", "2", "5");
    CHECK_STR(buf, "2 of 5");
    i18n_format(buf, sizeof buf, "%s %s %s %d 100%%", "a", NULL);
    CHECK_STR(buf, "a   %d 100%");
    i18n_format(buf, 4, "%s", "longer", NULL);
    CHECK_STR(buf, "lon");
}

static void check_gap(double gap, const char *want)
{
    char buf[128];
    report_gap_words(gap, buf, sizeof buf);
    CHECK_MSG(strcmp(buf, want) == 0, "%.2f: '%s', want '%s'", gap, buf, want);
}

/* The board says a gap in words, to the nearest half step; never "2,8". */
static void test_gap_words(void)
{
    use_shipped("nl");
    check_gap(0.0, "precies gelijk");
    check_gap(0.2, "bijna gelijk");
    check_gap(0.5, "gemiddeld een halve stap uit elkaar");
    check_gap(1.0, "gemiddeld 1 stap uit elkaar");
    check_gap(1.2, "gemiddeld ruim 1 stap uit elkaar");
    check_gap(1.5, "gemiddeld tussen 1 en 2 stappen uit elkaar");
    check_gap(1.8, "gemiddeld bijna 2 stappen uit elkaar");
    check_gap(2.8, "gemiddeld bijna 3 stappen uit elkaar");
    check_gap(3.0, "gemiddeld 3 stappen uit elkaar");
    use_shipped("en");
    check_gap(0.0, "exactly the same");
    check_gap(1.0, "1 step apart on average");
    check_gap(2.8, "on average almost 3 steps apart");
    check_gap(1.25, "on average just over 1 step apart");
    check_gap(2.5, "on average between 2 and 3 steps apart");
    /* one rule: the same words never go with two alignments */
    use_shipped("nl");
    char before[128] = "", words[128];
    score_alignment was = SCORE_ALIGNED;
    for (int hundredth = 0; hundredth <= 400; hundredth++) {
        double gap = hundredth / 100.0;
        report_gap_words(gap, words, sizeof words);
        score_alignment al = score_alignment_of_mean(gap);
        CHECK_MSG(strcmp(words, before) != 0 || al == was,
                  "%.2f: '%s' is %d and %d", gap, words, (int)was, (int)al);
        snprintf(before, sizeof before, "%s", words);
        was = al;
    }
    CHECK_INT(score_alignment_of_mean(1.4), SCORE_APART);
    CHECK_INT(score_alignment_of_mean(1.6), SCORE_APART);
    CHECK_INT(score_alignment_of_mean(1.2), SCORE_CLOSE);
    char num[32];
    report_decimal(2.8, 1, "nl", num, sizeof num);
    CHECK_STR(num, "2,8");
    report_decimal(2.8, 1, "en-GB", num, sizeof num);
    CHECK_STR(num, "2.8");
    i18n_shutdown();
}

/* How often needle stands in text. */
static size_t occurrences(const char *text, const char *needle)
{
    size_t n = 0;
    for (const char *at = strstr(text, needle); at; at = strstr(at + 1, needle))
        n++;
    return n;
}

/* The board's sentence per theme (--summary's "Wat zegt het?") tells the
 * rows apart: a family's round whose four themes are 2,60, 2,50, 2,25 and
 * 3,25 steps apart read "Dit gaat redelijk. Het kan nog beter. Jullie
 * zien het anders. Vraag elkaar waarom." four times. Two themes whose
 * gaps read differently never share a sentence; the sentence says the
 * gap as the gap's words do (one rule), and says "uit elkaar" once. */
static void test_sentences_differ(void)
{
    use_shipped("nl");
    char path[512];
    snprintf(path, sizeof path, "%s/tests/data/results/"
             "jeugdbescherming-family.yaml", TEST_SOURCE_DIR);
    deck d;
    session s;
    error_list errors;
    error_list_init(&errors);
    bool read = result_read(path, &d, &s, &errors);
    error_print(&errors, stderr);
    error_list_free(&errors);
    CHECK(read);
    score_summary sum;
    if (!read || !score_compute(&s, &sum)) {
        i18n_shutdown();
        return;
    }
    char sentence[4][512], gap[4][128];
    CHECK_INT(sum.dimension_count, 4);
    for (size_t i = 0; i < sum.dimension_count && i < 4; i++) {
        report_dimension_sentence(&s, &sum.dimensions[i], sentence[i],
                                  sizeof sentence[i]);
        report_gap_words(sum.dimensions[i].mean_gap, gap[i], sizeof gap[i]);
        CHECK_MSG(strstr(sentence[i], gap[i]) != NULL,
                  "theme %zu: '%s' does not say '%s'", i, sentence[i], gap[i]);
        CHECK_MSG(occurrences(sentence[i], "uit elkaar") <= 1,
                  "theme %zu: '%s'", i, sentence[i]);
        for (size_t j = 0; j < i; j++)
            CHECK_MSG(strcmp(gap[i], gap[j]) == 0 ||
                          strcmp(sentence[i], sentence[j]) != 0,
                      "themes %zu and %zu (%s, %s) both read '%s'", j, i,
                      gap[j], gap[i], sentence[i]);
    }
    /* "allebei" for two people only: this family is three */
    score_dimension all = sum.dimensions[0];
    all.reading = SCORE_READING_GOOD;
    report_dimension_sentence(&s, &all, sentence[0], sizeof sentence[0]);
    CHECK_MSG(strstr(sentence[0], "Dit gaat voor jullie allemaal goed.") &&
                  !strstr(sentence[0], "allebei"), "%s", sentence[0]);
    all.reading = SCORE_READING_CONCERN;
    for (size_t p = 0; p < s.player_count; p++)
        all.bad_end[p] = true;
    report_dimension_sentence(&s, &all, sentence[0], sizeof sentence[0]);
    CHECK_MSG(strstr(sentence[0], "Jullie vinden dit allemaal lastig.") &&
                  !strstr(sentence[0], "allebei"), "%s", sentence[0]);
    score_free(&sum);
    session_free(&s);
    deck_free(&d);
    i18n_shutdown();
}

int main(void)
{
    test_shipped_plurals();
    test_plural_catalogues();
    test_format();
    test_gap_words();
    test_sentences_differ();
    return check_report();
}
