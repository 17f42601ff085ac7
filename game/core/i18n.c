/* i18n: reads a gettext .po catalogue into a sorted table. */
#include "i18n.h"

#include <stdlib.h>
#include <string.h>

#include "datadir.h"
#include "ydoc.h"

#define I18N_MAX_FILE_BYTES ((size_t)1024 * 1024)
/* Every plural rule we know (see read_plural_forms) has at most two forms. */
#define I18N_MAX_FORMS 2

/* The plural rules of the languages we can expect; gettext's general C
 * expression would need an evaluator, and these cover Dutch, English,
 * German, French and languages without plurals. */
typedef enum {
    I18N_RULE_ENGLISH,    /* plural=(n != 1): the source language's rule */
    I18N_RULE_ABOVE_ONE,  /* plural=(n > 1): 0 and 1 are singular */
    I18N_RULE_ONE_FORM    /* plural=0: one form for every n */
} i18n_rule;

typedef struct {
    char *id;
    char *text[I18N_MAX_FORMS]; /* text[0] is the only form of a plain entry */
    size_t forms;               /* 0 for a plain entry */
} i18n_entry;

/* A catalogue read from one file. A screen shown in two languages (a
 * seat that reads another one, --seat-lang) switches back and forth
 * within a frame, so each catalogue read stays until i18n_shutdown and
 * switching back to it costs nothing; the texts _() gave stay valid. */
#define I18N_MAX_LOADED 4
typedef struct {
    char path[4096];
    char code[16];
    i18n_entry *entries;
    size_t count;
    i18n_rule rule;
} i18n_catalog;

static i18n_catalog loaded[I18N_MAX_LOADED];
static size_t loaded_count;
/* The language in use; English, the source, has no catalogue. */
static i18n_entry *entries;
static size_t entry_count;
static i18n_rule rule = I18N_RULE_ENGLISH;
static char language[16] = "en";

static void entry_free(i18n_entry *e)
{
    free(e->id);
    for (size_t i = 0; i < I18N_MAX_FORMS; i++)
        free(e->text[i]);
    memset(e, 0, sizeof *e);
}

static void clear(i18n_entry *list, size_t count)
{
    for (size_t i = 0; i < count; i++)
        entry_free(&list[i]);
    free(list);
}

/* English again, the catalogues kept. */
static void use_english(void)
{
    entries = NULL;
    entry_count = 0;
    rule = I18N_RULE_ENGLISH;
    strcpy(language, "en");
}

static void use_catalog(const i18n_catalog *c)
{
    entries = c->entries;
    entry_count = c->count;
    rule = c->rule;
    strcpy(language, c->code);
}

void i18n_shutdown(void)
{
    for (size_t i = 0; i < loaded_count; i++)
        clear(loaded[i].entries, loaded[i].count);
    memset(loaded, 0, sizeof loaded);
    loaded_count = 0;
    use_english();
}

static int compare_entries(const void *a, const void *b)
{
    return strcmp(((const i18n_entry *)a)->id, ((const i18n_entry *)b)->id);
}

/* A string being read, with its length so appending stays linear. */
typedef struct {
    char *s;
    size_t len;
} po_string;

/* Appends the C-escaped string starting at the quote *p. Returns false on
 * a malformed string or when memory runs out. */
static bool append_quoted(const char **p, po_string *out)
{
    const char *s = *p;
    if (*s != '"')
        return false;
    s++;
    while (*s && *s != '"') {
        char c = *s++;
        if (c == '\\') {
            switch (*s++) {
            case 'n': c = '\n'; break;
            case 't': c = '\t'; break;
            case '"': c = '"'; break;
            case '\\': c = '\\'; break;
            default: return false;
            }
        }
        char *grown = realloc(out->s, out->len + 2);
        if (!grown)
            return false;
        out->s = grown;
        out->s[out->len++] = c;
        out->s[out->len] = '\0';
    }
    if (*s != '"')
        return false;
    *p = s + 1;
    return true;
}

static void string_clear(po_string *str)
{
    free(str->s);
    str->s = NULL;
    str->len = 0;
}

/* Starts a string so that an empty "" still counts as given. */
static bool start_string(po_string *str)
{
    string_clear(str);
    str->s = calloc(1, 1);
    str->len = 0;
    return str->s != NULL;
}

typedef struct {
    const char *path;
    error_list *errors;
    i18n_entry *list;
    size_t count;
    size_t cap;
    /* The entry being read; a NULL s means "not given". */
    po_string id;
    po_string plural;
    po_string text[I18N_MAX_FORMS];
    int entry_line;    /* where its msgid stands */
    /* From the header's Plural-Forms line; 0 forms until it is read. */
    size_t forms;
    i18n_rule rule;
} po_reader;

static void reader_reset_entry(po_reader *r)
{
    string_clear(&r->id);
    string_clear(&r->plural);
    for (size_t i = 0; i < I18N_MAX_FORMS; i++)
        string_clear(&r->text[i]);
}

/* Reads "Plural-Forms: nplurals=N; plural=EXPR;" from the header. Only
 * the rules in i18n_rule are known; any other is refused rather than
 * guessed, so a translation never shows the wrong form. */
static bool read_plural_forms(po_reader *r, const char *header)
{
    const char *line = strstr(header, "Plural-Forms:");
    if (!line)
        return true;
    const char *np = strstr(line, "nplurals=");
    const char *expr = strstr(line, "plural=");
    if (expr == np + 2) /* "plural=" found inside "nplurals=" */
        expr = strstr(np + 9, "plural=");
    char rule_text[64];
    size_t n = 0;
    if (expr)
        for (const char *p = expr + 7; *p && *p != ';' && *p != '\n' &&
                                       n + 1 < sizeof rule_text; p++)
            if (*p != ' ' && *p != '(' && *p != ')')
                rule_text[n++] = *p;
    rule_text[n] = '\0';
    long forms = np ? strtol(np + 9, NULL, 10) : 0;
    if (forms == 2 && strcmp(rule_text, "n!=1") == 0)
        r->rule = I18N_RULE_ENGLISH;
    else if (forms == 2 && strcmp(rule_text, "n>1") == 0)
        r->rule = I18N_RULE_ABOVE_ONE;
    else if (forms == 1 && strcmp(rule_text, "0") == 0)
        r->rule = I18N_RULE_ONE_FORM;
    else {
        error_add(r->errors, r->path, r->entry_line, 1,
                  "the header's Plural-Forms is not one this game knows "
                  "(nplurals=2; plural=(n != 1), nplurals=2; plural=(n > 1) "
                  "or nplurals=1; plural=0)");
        return false;
    }
    r->forms = (size_t)forms;
    return true;
}

/* Finishes the entry read so far: the header sets the plural rule; a
 * translated entry is kept; an untranslated one is dropped, as gettext
 * does. */
static bool flush_entry(po_reader *r)
{
    if (!r->id.s)
        return true;
    bool ok = true;
    size_t forms = r->plural.s ? r->forms : 0;
    if (r->plural.s) {
        for (size_t i = 0; i < forms && ok; i++)
            if (!r->text[i].s) {
                error_add(r->errors, r->path, r->entry_line, 1,
                          "the plural entry '%.60s' has no msgstr[%zu]; it "
                          "needs msgstr[0] to msgstr[%zu]", r->id.s, i,
                          forms - 1);
                ok = false;
            }
    } else if (!r->text[0].s) {
        error_add(r->errors, r->path, r->entry_line, 1,
                  "msgid '%.60s' has no msgstr", r->id.s);
        ok = false;
    }
    if (ok && r->id.len == 0)
        ok = read_plural_forms(r, r->text[0].s);
    bool translated = ok && r->id.len > 0;
    for (size_t i = 0; i < (forms ? forms : 1); i++)
        translated &= r->text[i].s && r->text[i].len > 0;
    if (translated && r->count == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 64;
        i18n_entry *grown = realloc(r->list, cap * sizeof *grown);
        if (!grown) {
            error_add(r->errors, r->path, 0, 0, "out of memory");
            ok = translated = false;
        } else {
            r->list = grown;
            r->cap = cap;
        }
    }
    if (translated) {
        i18n_entry *e = &r->list[r->count++];
        memset(e, 0, sizeof *e);
        e->id = r->id.s;
        r->id.s = NULL;
        for (size_t i = 0; i < I18N_MAX_FORMS; i++) {
            e->text[i] = r->text[i].s;
            r->text[i].s = NULL;
        }
        e->forms = forms;
    }
    reader_reset_entry(r);
    return ok;
}

/* Which string a keyword line starts; NULL (with an error added) when the
 * keyword is unknown or out of place. *p is moved past the keyword. */
static po_string *keyword_target(po_reader *r, const char **p, int line_no,
                                 int column)
{
    const char *s = *p;
    if (strncmp(s, "msgid ", 6) == 0) {
        if (!flush_entry(r))
            return NULL;
        r->entry_line = line_no;
        *p = s + 6;
        return &r->id;
    }
    const char *problem = NULL;
    po_string *target = NULL;
    if (strncmp(s, "msgid_plural ", 13) == 0) {
        if (!r->id.s || r->plural.s || r->text[0].s)
            problem = "msgid_plural must follow a msgid, before its msgstr";
        else if (r->forms == 0)
            problem = "a plural entry needs a header with Plural-Forms "
                      "(like nplurals=2; plural=(n != 1);)";
        *p = s + 13;
        target = &r->plural;
    } else if (strncmp(s, "msgstr ", 7) == 0) {
        if (!r->id.s || r->text[0].s)
            problem = "msgstr must follow a msgid";
        else if (r->plural.s)
            problem = "a plural entry gives msgstr[0], msgstr[1] ..., not msgstr";
        *p = s + 7;
        target = &r->text[0];
    } else if (strncmp(s, "msgstr[", 7) == 0) {
        char *end;
        long i = strtol(s + 7, &end, 10);
        if (end == s + 7 || strncmp(end, "] ", 2) != 0 || i < 0)
            problem = "msgstr[N] needs a number N";
        else if (!r->plural.s)
            problem = "msgstr[N] belongs to a plural entry (after msgid_plural)";
        else if ((size_t)i >= r->forms)
            problem = "msgstr[N] goes past the plural forms the header's "
                      "Plural-Forms gives";
        else if (r->text[i].s)
            problem = "this msgstr[N] is given twice";
        else
            target = &r->text[i];
        *p = problem ? s : end + 2;
    } else {
        problem = "the translation file has a line this game does not "
                  "understand (contexts and obsolete entries are not used)";
    }
    if (problem) {
        error_add(r->errors, r->path, line_no, column, "%s", problem);
        return NULL;
    }
    return target;
}

static bool parse_po(const char *path, char *data, i18n_entry **out,
                     size_t *out_count, i18n_rule *out_rule,
                     error_list *errors)
{
    po_reader r = { 0 };
    r.path = path;
    r.errors = errors;
    r.rule = I18N_RULE_ENGLISH;
    po_string *target = NULL;
    int line_no = 0;
    bool ok = true;
    for (char *line = data; line && ok; ) {
        line_no++;
        char *next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        const char *p = line;
        while (*p == ' ' || *p == '\t' || *p == '\r')
            p++;
        int column = (int)(p - line) + 1;
        if (*p == '\0' || *p == '#') {
            ok = flush_entry(&r);
            target = NULL;
            line = next;
            continue;
        }
        if (*p != '"') {
            target = keyword_target(&r, &p, line_no, column);
            if (!target) {
                ok = false;
                break;
            }
            if (!start_string(target)) {
                error_add(errors, path, line_no, column, "out of memory");
                ok = false;
                break;
            }
        }
        while (*p == ' ' || *p == '\t')
            p++;
        if (!target || !append_quoted(&p, target)) {
            error_add(errors, path, line_no, (int)(p - line) + 1,
                      "a malformed string in the translation file");
            ok = false;
        }
        line = next;
    }
    if (ok)
        ok = flush_entry(&r);
    reader_reset_entry(&r);
    if (!ok) {
        clear(r.list, r.count);
        return false;
    }
    if (r.count)
        qsort(r.list, r.count, sizeof *r.list, compare_entries);
    *out = r.list;
    *out_count = r.count;
    *out_rule = r.rule;
    return true;
}

bool i18n_set_language(const char *po_dir, const char *code, error_list *errors)
{
    /* a name, never a path: Windows also reads '\\' and "C:" as one */
    if (strlen(code) >= sizeof language || strpbrk(code, "/\\:")) {
        error_add(errors, NULL, 0, 0, "'%s' is not a language code", code);
        return false;
    }
    if (strcmp(code, "en") == 0) {
        use_english();
        return true;
    }
    char name[32];
    char path[4096];
    snprintf(name, sizeof name, "%s.po", code);
    if (!datadir_join(path, sizeof path, po_dir, name)) {
        error_add(errors, NULL, 0, 0, "the path to the translations is too long");
        return false;
    }
    for (size_t i = 0; i < loaded_count; i++)
        if (strcmp(loaded[i].path, path) == 0) {
            use_catalog(&loaded[i]); /* read before: costs nothing */
            return true;
        }
    char *data;
    size_t size;
    if (!ydoc_read_file(path, I18N_MAX_FILE_BYTES, &data, &size, errors))
        return false;
    i18n_entry *list = NULL;
    size_t count = 0;
    i18n_rule list_rule = I18N_RULE_ENGLISH;
    bool ok = parse_po(path, data, &list, &count, &list_rule, errors);
    free(data);
    if (!ok)
        return false;
    if (loaded_count == I18N_MAX_LOADED)
        i18n_shutdown(); /* more languages than a round has: start over */
    i18n_catalog *c = &loaded[loaded_count++];
    snprintf(c->path, sizeof c->path, "%s", path);
    snprintf(c->code, sizeof c->code, "%s", code);
    c->entries = list;
    c->count = count;
    c->rule = list_rule;
    use_catalog(c);
    return true;
}

const char *i18n_language(void)
{
    return language;
}

static const i18n_entry *find(const char *msgid)
{
    if (!entry_count)
        return NULL;
    i18n_entry key = { (char *)msgid, { NULL }, 0 };
    return bsearch(&key, entries, entry_count, sizeof *entries,
                   compare_entries);
}

const char *i18n_get(const char *msgid)
{
    const i18n_entry *e = find(msgid);
    return e ? e->text[0] : msgid;
}

const char *i18n_plural(const char *singular, const char *plural,
                        unsigned long n)
{
    const i18n_entry *e = find(singular);
    if (!e || e->forms == 0)
        return n == 1 ? singular : plural;
    size_t form = 0;
    switch (rule) {
    case I18N_RULE_ENGLISH: form = n != 1; break;
    case I18N_RULE_ABOVE_ONE: form = n > 1; break;
    case I18N_RULE_ONE_FORM: form = 0; break;
    }
    return form < e->forms ? e->text[form] : e->text[0];
}

void i18n_format(char *out, size_t size, const char *tmpl, const char *a1,
                 const char *a2)
{
    if (size == 0)
        return;
    const char *args[2] = { a1 ? a1 : "", a2 ? a2 : "" };
    size_t next = 0;
    size_t o = 0;
    for (const char *p = tmpl; *p && o + 1 < size; p++) {
        if (p[0] == '%' && (p[1] == 's' || p[1] == '%')) {
            const char *arg = p[1] == '%' ? "%" : next < 2 ? args[next++] : "";
            for (; *arg && o + 1 < size; arg++)
                out[o++] = *arg;
            p++;
        } else {
            out[o++] = *p;
        }
    }
    out[o] = '\0';
}

void i18n_count(char *out, size_t size, const char *singular,
                const char *plural, unsigned long n)
{
    char number[24];
    snprintf(number, sizeof number, "%lu", n);
    i18n_format(out, size, i18n_plural(singular, plural, n), number, NULL);
}
