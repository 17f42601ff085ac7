/* speech_text: see speech_text.h. One pass over the UTF-8 text; at each
 * place the first rule that recognises a trap writes it out, anything
 * else is copied as it is. */
#include "speech_text.h"

#include <stdio.h>
#include <string.h>

/* An abbreviation and what is said for it. */
typedef struct {
    const char *written;
    const char *said;
} speech_text_word;

/* Only what a deck or the game's own words could hold; the voice reads
 * the rest well. A match must stand as a word of its own. */
static const speech_text_word speech_text_nl[] = {
    {"bijv.", "bijvoorbeeld"},   {"bv.", "bijvoorbeeld"},
    {"d.w.z.", "dat wil zeggen"}, {"o.a.", "onder andere"},
    {"enz.", "enzovoort"},       {"m.b.t.", "met betrekking tot"},
    {"i.p.v.", "in plaats van"}, {"t.z.t.", "te zijner tijd"},
    {"z.s.m.", "zo snel mogelijk"}, {"evt.", "eventueel"},
    {"ca.", "ongeveer"},         {"nr.", "nummer"},
    {"t/m", "tot en met"},       {"a.u.b.", "alsjeblieft"},
    {"m.a.w.", "met andere woorden"}, {"e.d.", "en dergelijke"},
    {"incl.", "inclusief"},      {"excl.", "exclusief"},
};

static const speech_text_word speech_text_en[] = {
    {"e.g.", "for example"}, {"i.e.", "that is"},  {"etc.", "and so on"},
    {"approx.", "about"},    {"incl.", "including"}, {"vs.", "versus"},
};

/* The words a rule needs in one language. */
typedef struct {
    const char *code;
    const char *or_word;     /* "(semi-)gedwongen", "hij/zij" */
    const char *decimal;     /* said between a number's whole and its part */
    char group;              /* the thousands separator: "1.000" */
    const char *to;          /* "1–5" */
    const char *and_word;    /* "&" */
    const char *percent;
    const char *about;       /* "±" */
    const speech_text_word *words;
    size_t word_count;
} speech_text_language;

static const speech_text_language speech_text_languages[] = {
    {"nl", "of", "komma", '.', "tot", "en", "procent", "ongeveer",
     speech_text_nl, sizeof speech_text_nl / sizeof speech_text_nl[0]},
    {"en", "or", "point", ',', "to", "and", "percent", "about",
     speech_text_en, sizeof speech_text_en / sizeof speech_text_en[0]},
};

static const speech_text_language *speech_text_words(const speech_text *t)
{
    for (size_t i = 0;
         i < sizeof speech_text_languages / sizeof speech_text_languages[0];
         i++)
        if (strcmp(t->lang, speech_text_languages[i].code) == 0)
            return &speech_text_languages[i];
    return NULL;
}

/* A letter of a word: ASCII letters and every byte of a multi-byte
 * character (ë, é, ü are letters; the punctuation we care about is
 * recognised before this is asked). */
static bool speech_text_letter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static bool speech_text_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static bool speech_text_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v';
}

/* Copies n bytes; what does not fit whole is left out and the text is
 * marked full, so a character is never cut in half. */
static void speech_text_put(speech_text *t, const char *s, size_t n)
{
    if (t->full)
        return;
    if (n >= t->size - t->len) {
        t->full = true;
        return;
    }
    memcpy(t->buf + t->len, s, n);
    t->len += n;
    t->buf[t->len] = '\0';
}

/* One space, never two, and none at the start of a piece. */
static void speech_text_space_once(speech_text *t, size_t piece)
{
    if (t->len > piece && t->buf[t->len - 1] != ' ')
        speech_text_put(t, " ", 1);
}

/* Writes words with their spaces kept single and no space before a
 * comma or full stop. */
static void speech_text_emit(speech_text *t, size_t piece, const char *s)
{
    for (; *s && !t->full; s++) {
        if (*s == ' ') {
            speech_text_space_once(t, piece);
        } else {
            if (strchr(",.;:!?", *s) && t->len > piece &&
                t->buf[t->len - 1] == ' ')
                t->buf[--t->len] = '\0';
            speech_text_put(t, s, 1);
        }
    }
}

static size_t speech_text_run(const char *s, size_t i, size_t n,
                              bool (*in)(unsigned char))
{
    size_t j = i;
    while (j < n && in((unsigned char)s[j]))
        j++;
    return j - i;
}

/* "(semi-)gedwongen": the word said both ways, "gedwongen of
 * semi-gedwongen" (the voice would say "semi", pause, "gedwongen"). */
static size_t speech_text_prefix(speech_text *t, size_t piece,
                                 const char *s, size_t i, size_t n)
{
    if (s[i] != '(')
        return 0;
    size_t p = speech_text_run(s, i + 1, n, speech_text_letter);
    size_t j = i + 1 + p;
    if (p == 0 || j + 1 >= n || s[j] != '-' || s[j + 1] != ')')
        return 0;
    size_t w0 = j + 2;
    if (w0 >= n || !speech_text_letter((unsigned char)s[w0]))
        return 0;
    size_t w1 = w0;
    while (w1 < n && (speech_text_letter((unsigned char)s[w1]) || s[w1] == '-'))
        w1++;
    const speech_text_language *l = speech_text_words(t);
    if (l != NULL) {
        speech_text_put(t, s + w0, w1 - w0);
        speech_text_emit(t, piece, " ");
        speech_text_emit(t, piece, l->or_word);
        speech_text_emit(t, piece, " ");
    }
    speech_text_put(t, s + i + 1, p + 1);
    speech_text_put(t, s + w0, w1 - w0);
    return w1 - i;
}

/* "cliënt(en)", "ouder(s)": the longer form is said, it covers both. */
static size_t speech_text_suffix(speech_text *t, const char *s, size_t i,
                                 size_t n)
{
    if (s[i] != '(' || i == 0 || !speech_text_letter((unsigned char)s[i - 1]))
        return 0;
    size_t k = speech_text_run(s, i + 1, n, speech_text_letter);
    size_t j = i + 1 + k;
    if (k == 0 || k > 6 || j >= n || s[j] != ')' ||
        (j + 1 < n && speech_text_letter((unsigned char)s[j + 1])))
        return 0;
    speech_text_put(t, s + i + 1, k);
    return j + 1 - i;
}

/* An abbreviation standing as a word: its words, capitalised as it was;
 * a full stop kept where it also ended a sentence. */
static size_t speech_text_abbreviation(speech_text *t, size_t piece,
                                       const char *s, size_t i, size_t n)
{
    const speech_text_language *l = speech_text_words(t);
    if (l == NULL || (i > 0 && speech_text_letter((unsigned char)s[i - 1])))
        return 0;
    for (size_t w = 0; w < l->word_count; w++) {
        const char *ab = l->words[w].written;
        size_t k = strlen(ab);
        char first = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] - 'A' + 'a')
                                                : s[i];
        if (k > n - i || first != ab[0] ||
            strncmp(s + i + 1, ab + 1, k - 1) != 0)
            continue;
        if (i + k < n && speech_text_letter((unsigned char)s[i + k]))
            continue;
        char said[64];
        snprintf(said, sizeof said, "%s", l->words[w].said);
        if (first != s[i])
            said[0] = (char)(said[0] - 'a' + 'A');
        speech_text_emit(t, piece, said);
        /* "enz. Daarna": the dot also ended a sentence */
        if (ab[k - 1] == '.' && i + k + 1 < n && s[i + k] == ' ' &&
            s[i + k + 1] >= 'A' && s[i + k + 1] <= 'Z')
            speech_text_put(t, ".", 1);
        return k;
    }
    return 0;
}

/* "hij/zij" said "hij of zij", "en/of" said "en of" (the voice says
 * "slash"). Between digits ("24/7") the slash stays. */
static size_t speech_text_slash(speech_text *t, size_t piece, const char *s,
                                size_t i, size_t n)
{
    if (s[i] != '/' || i == 0 || i + 1 >= n ||
        !speech_text_letter((unsigned char)s[i - 1]) ||
        !speech_text_letter((unsigned char)s[i + 1]))
        return 0;
    const speech_text_language *l = speech_text_words(t);
    size_t next = speech_text_run(s, i + 1, n, speech_text_letter);
    bool said_or = l != NULL && next == strlen(l->or_word) &&
                   strncmp(s + i + 1, l->or_word, next) == 0;
    speech_text_emit(t, piece, " ");
    if (l != NULL && !said_or) {
        speech_text_emit(t, piece, l->or_word);
        speech_text_emit(t, piece, " ");
    }
    return 1;
}

/* A number with a decimal part or thousands: "2,5" and "2.5" said "2
 * komma 5" in Dutch ("2.5" would be "twee vijf"), "1.000" said 1000. */
static size_t speech_text_number(speech_text *t, size_t piece, const char *s,
                                 size_t i, size_t n)
{
    const speech_text_language *l = speech_text_words(t);
    if (l == NULL || !speech_text_digit((unsigned char)s[i]) ||
        (i > 0 && (speech_text_digit((unsigned char)s[i - 1]) ||
                   speech_text_letter((unsigned char)s[i - 1]))))
        return 0;
    size_t j = i + speech_text_run(s, i, n, speech_text_digit);
    speech_text_put(t, s + i, j - i);
    while (j + 1 < n && (s[j] == '.' || s[j] == ',') &&
           speech_text_digit((unsigned char)s[j + 1])) {
        size_t d = speech_text_run(s, j + 1, n, speech_text_digit);
        if (s[j] == l->group && d == 3) {
            speech_text_put(t, s + j + 1, d);
            j += 1 + d;
            continue;
        }
        speech_text_emit(t, piece, " ");
        speech_text_emit(t, piece, l->decimal);
        speech_text_emit(t, piece, " ");
        speech_text_put(t, s + j + 1, d);
        j += 1 + d;
        break;
    }
    return j - i;
}

/* Punctuation and signs the voice reads badly or aloud. */
static size_t speech_text_sign(speech_text *t, size_t piece, const char *s,
                               size_t i, size_t n)
{
    static const struct {
        const char *sign;
        const char *said; /* NULL: the language's word, see below */
    } signs[] = {
        {"\xe2\x80\xa6", ". "},  /* … */
        {"\xc2\xb7", ", "},      /* · between parts of a line */
        {"\xe2\x80\x9c", ""},    /* “ */
        {"\xe2\x80\x9d", ""},    /* ” */
        {"\xe2\x80\x9e", ""},    /* „ */
        {"\"", ""},
        {"\xe2\x80\x98", ""},    /* ‘ */
        {"\xe2\x80\x99", "'"},   /* ’ as an apostrophe: judge’s, zo’n */
        {"\xc2\xad", ""},        /* soft hyphen */
        {"\xc2\xa0", " "},       /* no-break space */
        {"\xe2\x9c\x93", ""},    /* ✓ */
        {"\xe2\x80\x93", NULL},  /* – */
        {"\xe2\x80\x94", NULL},  /* — */
        {"%", NULL},
        {"&", NULL},
        {"\xc2\xb1", NULL},      /* ± */
    };
    const speech_text_language *l = speech_text_words(t);
    for (size_t k = 0; k < sizeof signs / sizeof signs[0]; k++) {
        size_t len = strlen(signs[k].sign);
        if (len > n - i || memcmp(s + i, signs[k].sign, len) != 0)
            continue;
        const char *said = signs[k].said;
        char buf[64];
        if (said == NULL) {
            if (s[i] == '%' || s[i] == '&' || s[i + 1] == '\xb1') {
                if (l == NULL)
                    return 0;
                said = s[i] == '%' ? l->percent
                       : s[i] == '&' ? l->and_word : l->about;
            } else {
                /* a dash: "1–5" is a range, else a pause */
                bool range = i > 0 && i + len < n &&
                             speech_text_digit((unsigned char)s[i - 1]) &&
                             speech_text_digit((unsigned char)s[i + len]);
                said = range && l != NULL ? l->to : ",";
            }
            snprintf(buf, sizeof buf, " %s ", said);
            said = buf;
        }
        speech_text_emit(t, piece, said);
        return len;
    }
    return 0;
}

void speech_text_init(speech_text *t, char *buf, size_t size,
                      const char *lang)
{
    memset(t, 0, sizeof *t);
    t->buf = buf;
    t->size = size;
    buf[0] = '\0';
    snprintf(t->lang, sizeof t->lang, "%s", lang ? lang : "");
}

/* Copies text in, writing out every trap; returns where the piece began. */
static size_t speech_text_convert(speech_text *t, const char *text)
{
    if (t->len > 0)
        speech_text_space_once(t, 0);
    size_t piece = t->len;
    size_t n = text ? strlen(text) : 0;
    size_t i = 0;
    while (i < n && !t->full) {
        size_t used = speech_text_sign(t, piece, text, i, n);
        if (!used)
            used = speech_text_prefix(t, piece, text, i, n);
        if (!used)
            used = speech_text_suffix(t, text, i, n);
        if (!used)
            used = speech_text_abbreviation(t, piece, text, i, n);
        if (!used)
            used = speech_text_slash(t, piece, text, i, n);
        if (!used)
            used = speech_text_number(t, piece, text, i, n);
        if (used) {
            i += used;
        } else if (speech_text_space((unsigned char)text[i])) {
            speech_text_space_once(t, piece);
            i++;
        } else if ((unsigned char)text[i] < 0x80) {
            char c[2] = {text[i], '\0'};
            speech_text_emit(t, piece, c);
            i++;
        } else {
            /* a character of several bytes goes in whole or not at all */
            unsigned char lead = (unsigned char)text[i];
            size_t k = lead >= 0xf0   ? 4
                       : lead >= 0xe0 ? 3
                       : lead >= 0xc0 ? 2
                                      : 1;
            if (k > n - i)
                k = n - i;
            speech_text_put(t, text + i, k);
            i += k;
        }
    }
    return piece;
}

/* Ends a piece as a sentence: no space at the end, and a full stop where
 * it has no mark of its own (a trailing comma becomes one). */
static void speech_text_end(speech_text *t, size_t piece)
{
    while (t->len > piece && t->buf[t->len - 1] == ' ')
        t->buf[--t->len] = '\0';
    if (t->len == piece) {
        /* nothing said: no space left before the next piece either */
        while (t->len > 0 && t->buf[t->len - 1] == ' ')
            t->buf[--t->len] = '\0';
        return;
    }
    char last = t->buf[t->len - 1];
    if (last == ',')
        t->buf[t->len - 1] = '.';
    else if (!strchr(".!?:;", last))
        speech_text_put(t, ".", 1);
}

void speech_text_add(speech_text *t, const char *text)
{
    speech_text_end(t, speech_text_convert(t, text));
}

void speech_text_add_list(speech_text *t, const char *const *items,
                          size_t count)
{
    if (count == 0)
        return;
    if (t->len > 0)
        speech_text_space_once(t, 0);
    size_t piece = t->len;
    for (size_t k = 0; k < count; k++) {
        char num[32];
        snprintf(num, sizeof num, "%s%zu: ", k ? ", " : "", k + 1);
        speech_text_emit(t, piece, num);
        size_t item = speech_text_convert(t, items[k]);
        /* an item's own full stop would end the list's sentence early */
        while (t->len > item && strchr(". ", t->buf[t->len - 1]))
            t->buf[--t->len] = '\0';
    }
    speech_text_end(t, piece);
}
