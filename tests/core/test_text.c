/* Text: UTF-8 checks, line breaking for the cards, and the translations
 * read from the .po catalogue. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "fixture.h"
#include "i18n.h"
#include "portable.h"
#include "score.h"
#include "utf8.h"

/* Every code point is 1 unit wide: easy to reason about in a test. */
static int measure_chars(const char *s, size_t len, void *context)
{
    (void)context;
    int n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

static void check_lines(const char *text, int width, const char *const *want, size_t count)
{
    utf8_line lines[16];
    size_t n = utf8_wrap(text, width, measure_chars, NULL, lines, 16);
    CHECK_MSG(n == count, "'%s' at %d: %zu lines, want %zu", text, width, n, count);
    for (size_t i = 0; i < n && i < count; i++) {
        char buf[128];
        snprintf(buf, sizeof buf, "%.*s", (int)lines[i].length, text + lines[i].start);
        CHECK_STR(buf, want[i]);
    }
}

static void test_utf8(void)
{
    CHECK(utf8_valid("cliënt één", strlen("cliënt één")));
    CHECK(!utf8_valid("\xff", 1));
    CHECK(!utf8_valid("\xc3", 1));              /* cut short */
    CHECK(!utf8_valid("\xc0\xaf", 2));          /* overlong */
    CHECK(!utf8_valid("\xed\xa0\x80", 3));      /* surrogate */
    CHECK(!utf8_valid("a\0b", 3));
    CHECK(!utf8_valid("a\x01", 2));
    CHECK(utf8_valid("a\tb\nc", 5));
    CHECK_INT(utf8_length("cliënt"), 6);
    CHECK_INT(utf8_next("ëa", 0), 2);
    /* a terminal is shown what was typed, not told to change colour or
     * turn the text round */
    char shown[64];
    utf8_escape("K\x1b[2J\xe2\x80\xae\xff\xc3\xab", shown, sizeof shown);
    CHECK_STR(shown, "K\\u{1B}[2J\\u{202E}\\xFF\xc3\xab");

    check_lines("Ik weet wat ik moet doen.", 10,
                (const char *const[]){ "Ik weet", "wat ik", "moet doen." }, 3);
    check_lines("Ik weet", 20, (const char *const[]){ "Ik weet" }, 1);
    check_lines("één twee", 4, (const char *const[]){ "één", "twee" }, 2);
    /* A word wider than the line is cut, never drawn past the card. */
    check_lines("reclasseringswerker", 8,
                (const char *const[]){ "reclasse", "ringswer", "ker" }, 3);
    check_lines("a\n\nb", 8, (const char *const[]){ "a", "", "b" }, 3);
    check_lines("  spaced   out  ", 6, (const char *const[]){ "spaced", "out" }, 2);
    utf8_line one;
    CHECK_INT(utf8_wrap("", 10, measure_chars, NULL, &one, 1), 0);
    /* More lines than room: the count still tells how many are needed. */
    CHECK_INT(utf8_wrap("a b c d", 1, measure_chars, NULL, &one, 1), 4);
}

static void test_translations(void)
{
    error_list errors;
    error_list_init(&errors);
    char po_dir[512];
    snprintf(po_dir, sizeof po_dir, "%s/assets/po", TEST_SOURCE_DIR);
    CHECK(i18n_set_language(po_dir, "nl", &errors));
    CHECK_STR(i18n_language(), "nl");
    CHECK_STR(_("On one line"), "Op één lijn");
    CHECK_STR(_("Not translated at all"), "Not translated at all");
    CHECK(!i18n_set_language(po_dir, "xx", &errors));
    CHECK_STR(i18n_language(), "nl"); /* a failed switch keeps the old one */
    CHECK(i18n_set_language(po_dir, "en", &errors));
    CHECK_STR(_("On one line"), "On one line");

    /* A hand-written catalogue: continued strings, escapes, comments. */
    char dir[] = TEST_TMP "/alliantiespel-po-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[600];
    snprintf(path, sizeof path, "%s/fr.po", dir);
    FILE *f = fopen(path, "w");
    fputs("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
          "# a comment\nmsgid \"Two \"\n\"parts\"\nmsgstr \"Deux \"\n\"parties\"\n\n"
          "msgid \"Say \\\"hi\\\"\"\nmsgstr \"Dis \\\"salut\\\"\"\n"
          "msgid \"untranslated\"\nmsgstr \"\"\n", f);
    fclose(f);
    CHECK(i18n_set_language(dir, "fr", &errors));
    error_print(&errors, stderr);
    CHECK_STR(_("Two parts"), "Deux parties");
    CHECK_STR(_("Say \"hi\""), "Dis \"salut\"");
    CHECK_STR(_("untranslated"), "untranslated");
    CHECK_STR(_(""), "");
    /* A broken catalogue is refused with its line. */
    snprintf(path, sizeof path, "%s/de.po", dir);
    f = fopen(path, "w");
    fputs("msgid \"a\"\nmsgstr \"b\n", f);
    fclose(f);
    error_list_clear(&errors);
    CHECK(!i18n_set_language(dir, "de", &errors));
    CHECK(errors.count == 1 && errors.items[0].line == 2);
    CHECK_STR(_("Two parts"), "Deux parties");
    i18n_shutdown();
    unlink(path);
    snprintf(path, sizeof path, "%s/fr.po", dir);
    unlink(path);
    rmdir(dir);
    error_list_free(&errors);
}

/* Each card's gap per theme, so the board can draw one mark per card. */
static void test_dimension_gaps(void)
{
    deck d;
    fixture_deck(&d, 5, "pp", 4); /* cards c0..c3 in themes d0, d1, d0, d1 */
    size_t cards[] = { 0, 1, 2, 3 };
    const deck_role players[] = { DECK_ROLE_CLIENT, DECK_ROLE_PROFESSIONAL };
    session s;
    CHECK_INT(session_new(&s, &d, 0, cards, 4, players, 2, 1000), SESSION_OK);
    const int answers[3][2] = { { 0, 0 }, { 0, 4 }, { 1, 3 } };
    for (size_t r = 0; r < 3; r++) {
        CHECK_INT(session_place(&s, 0, (size_t)answers[r][0]), SESSION_OK);
        CHECK_INT(session_place(&s, 1, (size_t)answers[r][1]), SESSION_OK);
        CHECK_INT(session_reveal(&s), SESSION_OK);
        CHECK_INT(session_next(&s, 1000), SESSION_OK);
    }
    CHECK_INT(session_skip(&s, 1000), SESSION_OK);
    int gaps[4] = { -9, -9, -9, -9 };
    CHECK_INT(score_dimension_gaps(&s, 0, gaps, 4), 2);
    CHECK(gaps[0] == 0 && gaps[1] == 2 && gaps[2] == -9);
    CHECK_INT(score_dimension_gaps(&s, 1, gaps, 4), 1); /* the skipped card is left out */
    CHECK_INT(gaps[0], 4);
    gaps[1] = -9;
    CHECK_INT(score_dimension_gaps(&s, 0, gaps, 1), 2); /* counts past max, writes max */
    CHECK(gaps[0] == 0 && gaps[1] == -9);
    score_summary sum;
    CHECK(score_compute(&s, &sum));
    CHECK_INT(sum.dimensions[0].alignment_cards[SCORE_ALIGNED], 1);
    CHECK_INT(sum.dimensions[0].alignment_cards[SCORE_CLOSE], 0);
    CHECK_INT(sum.dimensions[0].alignment_cards[SCORE_APART], 1);
    CHECK_INT(sum.dimensions[1].alignment_cards[SCORE_APART], 1);
    score_free(&sum);
    session_free(&s);
    deck_free(&d);
}

int main(void)
{
    test_utf8();
    test_translations();
    test_dimension_gaps();
    return check_report();
}
