/* The shipped decks as a client reads them: every deck loads; every theme
 * has a name for clients in every language; every text a client reads
 * (the client wording, each client-side role's own wording, the theme's
 * client name and description, the talk prompt) reads easily — reading
 * ease 60 or more (Flesch-Douma for Dutch, Flesch for English) and at
 * most 12 words a sentence — and holds none of the words the issue
 * names as jargon for clients, nor words that count the people at the
 * table as two ("allebei", "both": a family of three plays every deck);
 * each talk prompt is one question, to everyone ("jullie", "you"), never
 * about the client in the third person.
 *
 * The measure follows the team's readability tool (shared/tools/
 * readability.py), so the figures here and there agree: words are runs
 * of letters (ASCII and Latin-1), apostrophes and hyphens; sentences end
 * at '.', '!' or '?'; syllables are groups of vowels (a e i o u y and
 * their accented forms), so Dutch aa ee oo uu ie oe eu ui ij ei ou au
 * count once; a trema starts a new syllable (cli-ënt); in English a
 * silent final e does not count (not after e, i or l: "free", "tie",
 * "table").
 *
 * Every sentence of every theme's theory (what students read in training)
 * stands word for word in docs/research.md, beside the source text it
 * rests on, so no claim reaches a student without a source.
 *
 * ALLIANTIESPEL_EASE=1 in the environment prints every measured text with
 * its figures, to compare with the tool. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "check.h"
#include "deck.h"

static const char *const shipped[] = { "algemeen", "arbeidsintegratie",
                                       "jeugdbescherming", "maatschappelijke-opvang",
                                       "reclassering", "schuldhulpverlening" };
#define SHIPPED_COUNT (sizeof shipped / sizeof shipped[0])

#define MIN_EASE 60.0
#define MAX_WORDS_PER_SENTENCE 12
#define MAX_CARDS 24
#define MAX_QUICK 6

/* Words a client should not meet (issue 14), matched at the start of a
 * word, case-insensitively, so inflected forms count too. */
static const char *const jargon_nl[] = {
    "ondertoezichtstelling", "dagbesteding", "traject", "vrijuit", "naartoe",
    "opzien", "zie op tegen", "ziet op tegen", "zien op tegen", "afloop",
    "afloopt", "inzet", "zet zich", "zich inzet", "vastzit", "vast zit",
    "meldplicht", "reactance", "stroefheid", "binding", "kader",
    /* issue 25: the plain-language pass the score misses */
    "stroef", "toezicht", "toepass", "toegepast",
    NULL };
static const char *const jargon_en[] = {
    "in jail", "jail", "supervision order", "programme", "trajectory",
    "frame", "friction", "bond", "reporting duty", "duty to report",
    "work towards", "debt help", "watching over", "supervision", NULL };

/* Words that count the people at the table as two: a family of three or
 * more plays every deck, and "jullie allebei" is then not so. */
static const char *const two_nl[] = { "allebei", "beiden", "jullie twee",
                                      "wij twee", NULL };
static const char *const two_en[] = { "both", "you two", "the two of you",
                                      NULL };

/* ---- the measure -------------------------------------------------------- */

/* One code point from UTF-8 (the loader has checked the text); advances *p. */
static uint32_t next_cp(const char **p)
{
    const unsigned char *s = (const unsigned char *)*p;
    uint32_t c = s[0];
    int n = 1;
    if (c >= 0xF0) {
        c = ((c & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
        n = 4;
    } else if (c >= 0xE0) {
        c = ((c & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
        n = 3;
    } else if (c >= 0xC0) {
        c = ((c & 0x1Fu) << 6) | (s[1] & 0x3Fu);
        n = 2;
    }
    *p += n;
    return c;
}

static uint32_t lower_cp(uint32_t c)
{
    if (c < 0x80)
        return (uint32_t)tolower((int)c);
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
        return c + 0x20;
    return c;
}

/* A letter of a word, as the tool's [A-Za-zÀ-ÿ'’-] has it. */
static bool word_cp(uint32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0xFF) ||
           c == '\'' || c == 0x2019 || c == '-';
}

static bool vowel_cp(uint32_t c)
{
    static const uint32_t accented[] = { 0xE0, 0xE1, 0xE2, 0xE4, 0xE8, 0xE9, 0xEA, 0xEB,
                                         0xEC, 0xED, 0xEE, 0xEF, 0xF2, 0xF3, 0xF4, 0xF6,
                                         0xF9, 0xFA, 0xFB, 0xFC };
    if (c < 0x80)
        return strchr("aeiouy", (int)c) != NULL && c != 0;
    for (size_t i = 0; i < sizeof accented / sizeof accented[0]; i++)
        if (accented[i] == c)
            return true;
    return false;
}

static bool trema_cp(uint32_t c)
{
    return c == 0xE4 || c == 0xEB || c == 0xEF || c == 0xF6 || c == 0xFC;
}

/* Syllables of one word, its code points already lower case. */
static int syllables(const uint32_t *w, size_t n, bool english)
{
    int groups = 0;
    bool in_group = false;
    for (size_t i = 0; i < n; i++) {
        bool v = vowel_cp(w[i]);
        if (v && (!in_group || trema_cp(w[i])))
            groups++; /* a new group; a trema after a vowel starts one too */
        in_group = v;
    }
    if (english && groups > 1 && n >= 2 && w[n - 1] == 'e' && w[n - 2] != 'e' &&
        w[n - 2] != 'i' && w[n - 2] != 'l' && w[0] >= 'a' && w[0] <= 'z')
        groups--;
    return groups > 0 ? groups : 1;
}

typedef struct {
    int words;
    int sentences;
    int syllables;
    int longest;  /* words in the longest sentence */
    double ease;
} measure;

static bool sentence_end(uint32_t c) { return c == '.' || c == '!' || c == '?'; }

static measure measure_text(const char *text, bool english)
{
    measure m = { 0, 0, 0, 0, 0.0 };
    uint32_t word[256];
    size_t len = 0;
    int in_sentence = 0;   /* words in the current sentence */
    bool has_content = false; /* the sentence holds more than white space */
    const char *p = text;
    for (;;) {
        uint32_t c = *p ? next_cp(&p) : 0;
        if (c && word_cp(c)) {
            if (len < sizeof word / sizeof word[0])
                word[len++] = lower_cp(c);
            has_content = true;
            continue;
        }
        if (len) {
            m.words++;
            in_sentence++;
            m.syllables += syllables(word, len, english);
            len = 0;
        }
        if (c && !sentence_end(c) && !isspace((int)(c < 0x80 ? c : 'x')))
            has_content = true;
        if (!c || sentence_end(c)) {
            if (has_content)
                m.sentences++;
            if (in_sentence > m.longest)
                m.longest = in_sentence;
            in_sentence = 0;
            has_content = false;
        }
        if (!c)
            break;
    }
    if (m.words == 0)
        return m;
    double wps = (double)m.words / (m.sentences ? m.sentences : 1);
    double spw = (double)m.syllables / m.words;
    m.ease = english ? 206.835 - 1.015 * wps - 84.6 * spw   /* Flesch */
                     : 206.835 - 0.93 * wps - 77.0 * spw;   /* Flesch-Douma */
    return m;
}

/* ---- the checks --------------------------------------------------------- */

static bool verbose;

/* True when needle starts a word in text, ignoring ASCII case; with
 * whole, it also ends one ("both", not "bothers"). */
static bool has_word_at(const char *text, const char *needle, bool whole)
{
    size_t n = strlen(needle);
    for (const char *p = text; *p; p++) {
        if (p > text && (isalnum((unsigned char)p[-1]) || (unsigned char)p[-1] >= 0x80))
            continue;
        if (strncasecmp(p, needle, n) == 0 &&
            (!whole || (!isalnum((unsigned char)p[n]) && (unsigned char)p[n] < 0x80)))
            return true;
    }
    return false;
}

static bool has_word_start(const char *text, const char *needle)
{
    return has_word_at(text, needle, false);
}

static void check_client_text(const deck *d, size_t lang, const char *text, const char *where)
{
    const char *code = d->languages[lang];
    bool english = strcmp(code, "en") == 0;
    measure m = measure_text(text, english);
    if (verbose)
        printf("%s [%s] %s: ease %.1f, %d words, %d sentences, %d syllables: %s\n", d->id, code,
               where, m.ease, m.words, m.sentences, m.syllables, text);
    CHECK_MSG(m.words > 0, "%s [%s] %s: no words", d->id, code, where);
    CHECK_MSG(m.ease >= MIN_EASE, "%s [%s] %s reads too hard (ease %.1f < %.0f): %s", d->id,
              code, where, m.ease, MIN_EASE, text);
    CHECK_MSG(m.longest <= MAX_WORDS_PER_SENTENCE, "%s [%s] %s has a sentence of %d words: %s",
              d->id, code, where, m.longest, text);
    const char *const *jargon = english ? jargon_en : strcmp(code, "nl") == 0 ? jargon_nl : NULL;
    for (size_t j = 0; jargon && jargon[j]; j++)
        CHECK_MSG(!has_word_start(text, jargon[j]), "%s [%s] %s says '%s' to clients: %s",
                  d->id, code, where, jargon[j], text);
    const char *const *two = english ? two_en : strcmp(code, "nl") == 0 ? two_nl : NULL;
    for (size_t j = 0; two && two[j]; j++)
        CHECK_MSG(!has_word_at(text, two[j], true),
                  "%s [%s] %s says '%s', untrue for a family of three: %s", d->id, code,
                  where, two[j], text);
}

/* One question, to everyone at the table, about no one in the third
 * person. */
static void check_talk(const deck *d, size_t lang, const char *text, const char *where)
{
    const char *code = d->languages[lang];
    size_t n = strlen(text);
    int ends = 0;
    for (const char *p = text; *p; p++)
        ends += *p == '.' || *p == '!' || *p == '?';
    CHECK_MSG(ends == 1 && n > 0 && text[n - 1] == '?', "%s [%s] %s is not one question: %s",
              d->id, code, where, text);
    if (strcmp(code, "nl") == 0)
        CHECK_MSG(has_word_start(text, "jullie"), "%s [nl] %s does not ask 'jullie': %s", d->id,
                  where, text);
    if (strcmp(code, "en") == 0)
        CHECK_MSG(has_word_start(text, "you"), "%s [en] %s does not ask 'you': %s", d->id,
                  where, text);
    CHECK_MSG(!strstr(text, "en waarom") && !strstr(text, "and why"),
              "%s [%s] %s asks why after the question: %s", d->id, code, where, text);
    for (size_t r = 0; r < d->role_count; r++) {
        if (d->roles[r].side != DECK_ROLE_CLIENT)
            continue;
        const char *the = deck_text(d, &d->roles[r].the, lang);
        CHECK_MSG(!strstr(text, the), "%s [%s] %s speaks of '%s' in the third person: %s",
                  d->id, code, where, the, text);
    }
}

/* docs/research.md, read once: the sources of the theory texts. */
static char *research;

static char *read_research(void)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/docs/research.md", TEST_SOURCE_DIR);
    FILE *f = fopen(path, "rb");
    CHECK_MSG(f != NULL, "%s cannot be read", path);
    if (f == NULL)
        return NULL;
    char *text = NULL;
    size_t size = 0, cap = 0, n;
    char chunk[4096];
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (size + n + 1 > cap) {
            cap = (size + n + 1) * 2;
            char *bigger = realloc(text, cap);
            if (bigger == NULL)
                break;
            text = bigger;
        }
        memcpy(text + size, chunk, n);
        size += n;
    }
    fclose(f);
    if (text)
        text[size] = '\0';
    return text;
}

/* Each sentence of a theory text (ended by ". " or the text's end) is
 * found word for word in docs/research.md. */
static void check_theory(const deck *d, size_t lang, const deck_dimension *dim)
{
    const char *text = dim->theory.text[lang];
    if (text == NULL || research == NULL)
        return;
    const char *p = text;
    while (*p) {
        const char *end = strstr(p, ". ");
        size_t n = end ? (size_t)(end - p) + 1 : strlen(p);
        char sentence[1024];
        snprintf(sentence, sizeof sentence, "%.*s", (int)n, p);
        CHECK_MSG(strstr(research, sentence) != NULL,
                  "%s [%s] theory of '%s' has a sentence docs/research.md does not source: %s",
                  d->id, d->languages[lang], dim->key, sentence);
        p += n;
        while (*p == ' ')
            p++;
    }
}

static void check_deck(const char *id)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/decks/%s.yaml", TEST_SOURCE_DIR, id);
    deck d;
    error_list errors;
    error_list_init(&errors);
    bool ok = deck_load(path, &d, &errors);
    error_print(&errors, stderr);
    error_list_free(&errors);
    CHECK_MSG(ok, "%s does not load", path);
    if (!ok)
        return;
    CHECK_MSG(d.card_count <= MAX_CARDS, "%s: %zu cards (at most %d)", id, d.card_count,
              MAX_CARDS);
    CHECK_MSG(d.quick_count >= 1 && d.quick_count <= MAX_QUICK, "%s: quick round of %zu", id,
              d.quick_count);
    char where[160];
    for (size_t lang = 0; lang < d.language_count; lang++) {
        for (size_t k = 0; k < d.dimension_count; k++) {
            const deck_dimension *dim = &d.dimensions[k];
            CHECK_MSG(dim->client_name.text[lang] != NULL, "%s: theme '%s' has no client_name.%s",
                      id, dim->key, d.languages[lang]);
            if (dim->client_name.text[lang]) {
                snprintf(where, sizeof where, "client_name of '%s'", dim->key);
                check_client_text(&d, lang, dim->client_name.text[lang], where);
            }
            snprintf(where, sizeof where, "description of '%s'", dim->key);
            check_client_text(&d, lang, deck_text(&d, &dim->description, lang), where);
            CHECK_MSG(dim->theory.text[lang] != NULL, "%s: theme '%s' has no theory.%s", id,
                      dim->key, d.languages[lang]);
            check_theory(&d, lang, dim);
        }
        for (size_t i = 0; i < d.card_count; i++) {
            const deck_card *c = &d.cards[i];
            snprintf(where, sizeof where, "card '%s' client", c->id);
            check_client_text(&d, lang, deck_text(&d, &c->client, lang), where);
            for (size_t w = 0; w < c->wording_count; w++) {
                snprintf(where, sizeof where, "card '%s' %s", c->id,
                         d.roles[c->wordings[w].role].id);
                check_client_text(&d, lang, deck_text(&d, &c->wordings[w].text, lang), where);
            }
            CHECK_MSG(c->talk.text[lang] != NULL, "%s: card '%s' has no talk prompt", id,
                      c->id);
            if (c->talk.text[lang]) {
                snprintf(where, sizeof where, "card '%s' talk", c->id);
                check_client_text(&d, lang, c->talk.text[lang], where);
                check_talk(&d, lang, c->talk.text[lang], where);
            }
        }
    }
    deck_free(&d);
}

/* The measure itself, on texts counted by hand. */
static void test_measure(void)
{
    /* Ik(1) weet(1) waarom(2) ik(1) hier(1) kom(1): 7 syllables, 6 words */
    measure m = measure_text("Ik weet waarom ik hier kom.", false);
    CHECK_INT(m.words, 6);
    CHECK_INT(m.sentences, 1);
    CHECK_INT(m.syllables, 7);
    CHECK(m.ease > 111.4 && m.ease < 111.45); /* 206.835 - 0.93*6 - 77*7/6 */
    /* cli-ënt: the trema starts a syllable; ui, ij, eu, ou once */
    CHECK_INT(measure_text("cliënt", false).syllables, 2);
    CHECK_INT(measure_text("Uit mijn eigen jeugd hou ik", false).syllables, 7);
    /* English: a silent final e, but not in "free" or "table" */
    CHECK_INT(measure_text("make", true).syllables, 1);
    CHECK_INT(measure_text("free", true).syllables, 1);
    CHECK_INT(measure_text("table", true).syllables, 2);
    CHECK_INT(measure_text("the", true).syllables, 1);
    /* sentences and the longest one */
    m = measure_text("Waarom? Zeg het in je eigen woorden.", false);
    CHECK_INT(m.sentences, 2);
    CHECK_INT(m.longest, 6);
    CHECK(has_word_start("Ik zie op tegen de gesprekken.", "zie op tegen"));
    CHECK(!has_word_start("Dat is een hint.", "inzet"));
    CHECK(has_word_start("Hij doet zijn Inzet.", "inzet"));
}

int main(void)
{
    verbose = getenv("ALLIANTIESPEL_EASE") != NULL;
    test_measure();
    research = read_research();
    for (size_t i = 0; i < SHIPPED_COUNT; i++)
        check_deck(shipped[i]);
    free(research);
    return check_report();
}
