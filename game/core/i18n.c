/* i18n: reads a gettext .po catalogue into a sorted table. */
#include "i18n.h"

#include <stdlib.h>
#include <string.h>

#include "datadir.h"
#include "ydoc.h"

#define I18N_MAX_FILE_BYTES ((size_t)1024 * 1024)

typedef struct {
    char *id;
    char *text;
} i18n_entry;

static i18n_entry *entries;
static size_t entry_count;
static char language[16] = "en";

static void clear(i18n_entry *list, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        free(list[i].id);
        free(list[i].text);
    }
    free(list);
}

void i18n_shutdown(void)
{
    clear(entries, entry_count);
    entries = NULL;
    entry_count = 0;
    strcpy(language, "en");
}

static int compare_entries(const void *a, const void *b)
{
    return strcmp(((const i18n_entry *)a)->id, ((const i18n_entry *)b)->id);
}

/* Appends the C-escaped string starting at the quote *p to a growing
 * buffer. Returns false on a malformed string. */
static bool append_quoted(const char **p, char **buf, size_t *len)
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
        char *grown = realloc(*buf, *len + 2);
        if (!grown)
            return false;
        *buf = grown;
        (*buf)[(*len)++] = c;
        (*buf)[*len] = '\0';
    }
    if (*s != '"')
        return false;
    *p = s + 1;
    return true;
}

typedef struct {
    i18n_entry *list;
    size_t count;
    size_t cap;
    char *id;      /* the entry being read */
    char *text;
    size_t id_len;
    size_t text_len;
} po_reader;

/* Keeps the entry read so far if it has a translation; the header entry
 * (empty msgid) and untranslated ones are dropped. */
static bool flush_entry(po_reader *r)
{
    bool ok = true;
    if (r->id && r->text && *r->id && *r->text) {
        if (r->count == r->cap) {
            size_t cap = r->cap ? r->cap * 2 : 64;
            i18n_entry *grown = realloc(r->list, cap * sizeof *grown);
            if (grown) {
                r->list = grown;
                r->cap = cap;
            }
        }
        if (r->count < r->cap) {
            r->list[r->count].id = r->id;
            r->list[r->count].text = r->text;
            r->count++;
            r->id = r->text = NULL;
        } else {
            ok = false;
        }
    }
    free(r->id);
    free(r->text);
    r->id = r->text = NULL;
    return ok;
}

static bool parse_po(const char *path, char *data, i18n_entry **out,
                     size_t *out_count, error_list *errors)
{
    po_reader r = { 0 };
    char **target = NULL;
    size_t *target_len = NULL;
    int line_no = 0;
    bool ok = true;
    for (char *line = data; line && ok;) {
        line_no++;
        char *next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        const char *p = line;
        while (*p == ' ' || *p == '\t' || *p == '\r')
            p++;
        if (strncmp(p, "msgid ", 6) == 0) {
            ok = flush_entry(&r);
            r.id = calloc(1, 1);
            r.id_len = 0;
            target = &r.id;
            target_len = &r.id_len;
            p += 6;
        } else if (strncmp(p, "msgstr ", 7) == 0 && r.id && !r.text) {
            r.text = calloc(1, 1);
            r.text_len = 0;
            target = &r.text;
            target_len = &r.text_len;
            p += 7;
        } else if (*p == '\0' || *p == '#') {
            ok = flush_entry(&r);
            target = NULL;
            line = next;
            continue;
        } else if (*p != '"') {
            error_add(errors, path, line_no, (int)(p - line) + 1,
                      "the translation file has a line this game does not "
                      "understand (plural forms and contexts are not used)");
            ok = false;
            break;
        }
        while (*p == ' ' || *p == '\t')
            p++;
        if (!target || !*target || !append_quoted(&p, target, target_len)) {
            error_add(errors, path, line_no, (int)(p - line) + 1,
                      "a malformed string in the translation file");
            ok = false;
        }
        line = next;
    }
    if (ok)
        ok = flush_entry(&r);
    free(r.id);
    free(r.text);
    if (!ok) {
        clear(r.list, r.count);
        if (error_list_empty(errors))
            error_add(errors, path, 0, 0, "out of memory");
        return false;
    }
    if (r.count)
        qsort(r.list, r.count, sizeof *r.list, compare_entries);
    *out = r.list;
    *out_count = r.count;
    return true;
}

bool i18n_set_language(const char *po_dir, const char *code, error_list *errors)
{
    if (strlen(code) >= sizeof language || strchr(code, '/')) {
        error_add(errors, NULL, 0, 0, "'%s' is not a language code", code);
        return false;
    }
    if (strcmp(code, "en") == 0) {
        i18n_shutdown();
        return true;
    }
    char name[32];
    char path[4096];
    snprintf(name, sizeof name, "%s.po", code);
    if (!datadir_join(path, sizeof path, po_dir, name)) {
        error_add(errors, NULL, 0, 0, "the path to the translations is too long");
        return false;
    }
    char *data;
    size_t size;
    if (!ydoc_read_file(path, I18N_MAX_FILE_BYTES, &data, &size, errors))
        return false;
    i18n_entry *list;
    size_t count;
    bool ok = parse_po(path, data, &list, &count, errors);
    free(data);
    if (!ok)
        return false;
    i18n_shutdown();
    entries = list;
    entry_count = count;
    strcpy(language, code);
    return true;
}

const char *i18n_language(void)
{
    return language;
}

const char *i18n_get(const char *msgid)
{
    if (!entry_count)
        return msgid;
    i18n_entry key = { (char *)msgid, NULL };
    const i18n_entry *e = bsearch(&key, entries, entry_count, sizeof *entries,
                                  compare_entries);
    return e ? e->text : msgid;
}
