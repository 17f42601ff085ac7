/* params: the game's parameters as one table (see params.h). The
 * command line (cli.c) and a page's address read through it, so a
 * parameter is named, checked and refused in the same words whichever
 * way it comes. */
#include "params.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "mode.h"
#include "session.h"
#include "utf8.h"

static bool param_filled(const char *value)
{
    return value[0] != '\0';
}

static bool param_role_code(const char *value)
{
    return strchr(value, '=') != NULL;
}

static bool param_teams(const char *value)
{
    return params_one_line(value, PARAMS_LIST_MAX);
}

/* The command line's parameters, over cli_options. */
#define F(field) offsetof(cli_options, field)
#define TEXT(name, field, address) \
    {name, PARAMS_TEXT, F(field), 0, 0, 0, 0, false, address, NULL, NULL, \
     NULL}
#define CHECKED(name, field, address, ok, refused) \
    {name, PARAMS_TEXT, F(field), 0, 0, 0, 0, false, address, ok, NULL, \
     refused}
#define FLAG(name, field, address) \
    {name, PARAMS_FLAG, F(field), 0, 0, 0, 0, false, address, NULL, NULL, \
     NULL}
static const params_def param_table[] = {
    TEXT("deck", deck_path, false),
    TEXT("domain", domain, true),
    TEXT("lang", language, true),
    TEXT("cards", cards, true),
    {"window", PARAMS_WINDOW, F(window_width), 0, 0, 0, 0, false, false,
     NULL, NULL, "--window needs a size like 1280x720 (at least 320x240)"},
    FLAG("fullscreen", fullscreen, false),
    TEXT("save", save_path, false),
    TEXT("mode", play_mode, true),
    TEXT("seats", seats, true),
    CHECKED("deck-dir", deck_dir, false, param_filled,
            "--deck-dir needs a folder"),
    TEXT("case", case_id, true),
    CHECKED("group", group, true, session_group_valid,
            "--group needs a code of 1 to 16 letters, digits or '-'"),
    CHECKED("teams", teams, true, param_teams,
            "--teams needs names separated by commas"),
    {"timer", PARAMS_NUMBER, F(timer_seconds), 0, PARAMS_TIMER_MIN,
     PARAMS_TIMER_MAX, 0, false, true, NULL, NULL,
     "--timer needs seconds, 10 to 3600"},
    FLAG("light", light, true),
    {"pair", PARAMS_PAIR, F(pair), sizeof(((cli_options *)0)->pair), 0, 0, 0,
     false, true, NULL, NULL, "give the pair's code"},
    FLAG("no-trace", no_trace, true),
    CHECKED("seat-lang", seat_lang, true, param_role_code,
            "--seat-lang needs ROLE=CODE, e.g. client=en"),
    CHECKED("out", out_path, false, param_filled, "--out needs a file name"),
    {"format", PARAMS_FORMAT, 0, 0, 0, 0, 0, false, false, NULL, NULL,
     "--format must be table, csv or xlsx"},
    FLAG("yes", yes, false),
    FLAG("verbose", verbose, false),
};
#undef FLAG
#undef CHECKED
#undef TEXT
#undef F

#define PARAM_COUNT (sizeof param_table / sizeof param_table[0])

int params_usage_error(FILE *err, const char *message, const char *detail)
{
    /* what was typed is shown with its control characters written out:
     * a terminal must not run an escape sequence somebody typed */
    char shown[1024];
    utf8_escape(detail ? detail : "", shown, sizeof shown);
    fprintf(err, "alliantiespel: %s%s%s\n", message, detail ? ": " : "",
            shown);
    fprintf(err, "Try 'alliantiespel --help' for more information.\n");
    return CLI_EXIT_INVALID;
}

const params_def *params_find(const params_def *table, size_t n,
                              const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(table[i].name, name) == 0)
            return &table[i];
    return NULL;
}

/* The way to play's shortcut of that name ("solo"), or NULL. */
static const char *param_mode_flag(const char *name)
{
    for (size_t i = 0; i < mode_count(); i++) {
        const mode_def *m = mode_at(i);
        if (m->available && m->flag && strcmp(m->flag, name) == 0)
            return m->flag;
    }
    return NULL;
}

int params_takes_value(const char *name)
{
    const params_def *p = params_find(param_table, PARAM_COUNT, name);
    if (p)
        return p->kind != PARAMS_FLAG;
    return param_mode_flag(name) ? 0 : -1;
}

bool params_one_line(const char *text, size_t size)
{
    size_t n = strlen(text);
    return n < size && utf8_one_line(text, n);
}

/* An id, a file's name part or a language code: what a settings file
 * and a result keep of one, never a path. */
static bool param_id_ok(const char *v, size_t size)
{
    size_t n = strlen(v);
    if (n == 0 || n >= size)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = v[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
              c == '_' || (c >= 'A' && c <= 'Z')))
            return false;
    }
    return true;
}

/* Ids separated by commas: the cards picked, the seats' roles. */
static bool param_list_ok(const char *v, size_t size)
{
    if (strlen(v) >= size)
        return false;
    for (const char *p = v; *p; p++) {
        char c = *p;
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
              c == ','))
            return false;
    }
    return true;
}

static bool param_window(const char *text, int *w, int *h)
{
    char *end;
    long a = strtol(text, &end, 10);
    if (end == text || (*end != 'x' && *end != 'X'))
        return false;
    const char *rest = end + 1;
    long b = strtol(rest, &end, 10);
    if (end == rest || *end || a < 320 || b < 240 || a > 16384 || b > 16384)
        return false;
    *w = (int)a;
    *h = (int)b;
    return true;
}

static bool param_number(const char *text, int min, int max, int *out)
{
    char *end = NULL;
    long n = strtol(text, &end, 10);
    if (end == text || *end != '\0' || n < min || n > max)
        return false;
    *out = (int)n;
    return true;
}

static bool param_format(cli_options *o, const char *value)
{
    o->format_given = true;
    o->csv = strcmp(value, "csv") == 0;
    o->xlsx = strcmp(value, "xlsx") == 0;
    return o->csv || o->xlsx || strcmp(value, "table") == 0;
}

static bool param_copy(char *field, size_t size, const char *value, bool ok)
{
    if (!ok)
        return false;
    snprintf(field, size, "%s", value);
    return true;
}

/* A malloc'd list: replaced by a copy of value, NULL for "". */
static bool param_own(char **field, size_t size, const char *value)
{
    if (!param_list_ok(value, size))
        return false;
    char *copy = NULL;
    if (value[0]) {
        size_t n = strlen(value) + 1;
        copy = malloc(n);
        if (copy == NULL)
            return false;
        memcpy(copy, value, n);
    }
    free(*field);
    *field = copy;
    return true;
}

static bool param_choice(const char *const *choices, const char *value,
                         int *out)
{
    for (int i = 0; choices[i]; i++)
        if (strcmp(choices[i], value) == 0) {
            *out = i;
            return true;
        }
    return false;
}

bool params_read(void *base, const params_def *p, const char *value)
{
    char *at = (char *)base + p->field;
    if (value == NULL && p->kind != PARAMS_FLAG)
        return false;
    switch (p->kind) {
    case PARAMS_FLAG:
        /* the name alone sets it; a file says yes or anything else */
        *(bool *)at = value == NULL || strcmp(value, "yes") == 0;
        return true;
    case PARAMS_TEXT:
        if (p->ok && !p->ok(value))
            return false;
        *(const char **)at = value;
        return true;
    case PARAMS_NUMBER:
        return param_number(value, p->min, p->max, (int *)at);
    case PARAMS_WINDOW:
        return param_window(value, &((cli_options *)base)->window_width,
                            &((cli_options *)base)->window_height);
    case PARAMS_PAIR:
        return session_pair_normal(value, at, p->size);
    case PARAMS_FORMAT:
        return param_format(base, value);
    case PARAMS_ID:
        return param_copy(at, p->size, value, param_id_ok(value, p->size));
    case PARAMS_LIST:
        return param_copy(at, p->size, value, param_list_ok(value, p->size));
    case PARAMS_LINE:
        return param_copy(at, p->size, value,
                          params_one_line(value, p->size));
    case PARAMS_OWNED:
        return param_own((char **)at, p->size, value);
    case PARAMS_CHOICE:
        return param_choice(p->choices, value, (int *)at);
    }
    return false;
}

/* A number or a choice: out of range reads as the quiet value, which is
 * said only when the parameter is always said. */
static bool param_value_int(const params_def *p, int v, char *out,
                            size_t size)
{
    int count = 0;
    while (p->choices && p->choices[count])
        count++;
    bool fits = p->kind == PARAMS_CHOICE ? v >= 0 && v < count
                                         : v >= p->min && v <= p->max;
    if (!fits)
        v = p->quiet;
    if (v == p->quiet && !p->always)
        return false;
    int w = p->kind == PARAMS_CHOICE && p->choices
                ? snprintf(out, size, "%s", p->choices[v])
                : snprintf(out, size, "%d", v);
    return w >= 0 && (size_t)w < size;
}

static bool param_value_text(const char *v, bool ok, char *out, size_t size)
{
    if (v == NULL || v[0] == '\0' || !ok)
        return false;
    int w = snprintf(out, size, "%s", v);
    return w >= 0 && (size_t)w < size;
}

bool params_value(const void *base, const params_def *p, char *out,
                  size_t size)
{
    const char *at = (const char *)base + p->field;
    if (size == 0)
        return false;
    out[0] = '\0';
    switch (p->kind) {
    case PARAMS_FLAG:
        return *(const bool *)at && param_value_text("yes", true, out, size);
    case PARAMS_NUMBER:
    case PARAMS_CHOICE:
        return param_value_int(p, *(const int *)at, out, size);
    case PARAMS_TEXT:
        return param_value_text(*(char *const *)at, true, out, size);
    case PARAMS_OWNED: {
        const char *v = *(char *const *)at;
        return param_value_text(v, v && param_list_ok(v, p->size), out, size);
    }
    case PARAMS_PAIR:
        return param_value_text(at, true, out, size);
    case PARAMS_ID:
        return param_value_text(at, param_id_ok(at, p->size), out, size);
    case PARAMS_LIST:
        return param_value_text(at, param_list_ok(at, p->size), out, size);
    case PARAMS_LINE:
        return param_value_text(at, params_one_line(at, p->size), out, size);
    case PARAMS_WINDOW:
    case PARAMS_FORMAT:
        break; /* the command line's alone: never printed */
    }
    return false;
}

int params_set(cli_options *o, const char *name, const char *value,
               bool from_address, FILE *err)
{
    const params_def *p = params_find(param_table, PARAM_COUNT, name);
    const char *flag = p ? NULL : param_mode_flag(name);
    char shown[80];
    snprintf(shown, sizeof shown, "--%s", name);
    if ((p == NULL && flag == NULL) || (p && from_address && !p->address))
        return params_usage_error(err, "unknown option", shown);
    if (flag) {
        if (o->mode_flag_count < sizeof o->mode_flags / sizeof o->mode_flags[0])
            o->mode_flags[o->mode_flag_count++] = flag;
        return CLI_EXIT_OK;
    }
    if (p->kind != PARAMS_FLAG && value == NULL)
        return params_usage_error(err, "this option needs a value", shown);
    if (params_read(o, p, value))
        return CLI_EXIT_OK;
    if (p->kind == PARAMS_PAIR)
        fprintf(err, "alliantiespel: a pair's code is 1 to 16 letters and "
                     "digits, like K17: %s\n", value);
    /* an empty value is named by the sentence alone */
    return params_usage_error(err, p->refused ? p->refused : "bad value",
                              value[0] ? value : NULL);
}

static bool param_projected(const mode_def *m, const char *flag)
{
    (void)flag;
    return m->layout == MODE_LAYOUT_PROJECTOR && !m->flag;
}

/* The way to play from --mode, its shortcuts, --case, --teams and
 * --seats, as the mode table says (mode_pick); play_mode becomes the
 * row's id. */
static int param_pick_mode(cli_options *o, FILE *err)
{
    mode_request q = {.chosen = o->play_mode, .with_case = o->case_id != NULL,
                      .with_teams = o->teams != NULL};
    for (size_t i = 0; i < o->mode_flag_count; i++)
        q.flags[q.flag_count++] = o->mode_flags[i];
    for (const char *c = o->seats; c && *c; c++)
        q.people += c == o->seats || *c == ',';
    const mode_def *m = NULL;
    char why[512];
    if (!mode_pick(&q, &m, why, sizeof why))
        return params_usage_error(err, why, q.chosen && !mode_find(q.chosen)
                                                ? q.chosen
                                                : NULL);
    o->play_mode = m ? m->id : NULL;
    if ((o->timer_seconds || o->light) &&
        !(m && m->layout == MODE_LAYOUT_PROJECTOR)) {
        char ids[256];
        mode_list_ids(param_projected, NULL, ids, sizeof ids);
        snprintf(why, sizeof why, "--timer and --light go with --mode %s",
                 ids);
        return params_usage_error(err, why, NULL);
    }
    return CLI_EXIT_OK;
}

/* The options that only go with another: those said before the way to
 * play (early), and those after it. */
static const char *param_unfit(const cli_options *o, bool early)
{
    cli_mode c = o->mode;
    if (early && o->no_trace && o->pair[0] && c == CLI_MODE_GAME)
        return "--no-trace keeps nothing, so a round cannot join a pair's "
               "history (--pair)";
    if (early && o->yes && c != CLI_MODE_FORGET && !o->xlsx)
        return "--yes goes with --forget, or with --format xlsx to replace "
               "the --out file";
    if (early)
        return NULL;
    if (o->deck_path && o->domain)
        return "give --deck or --domain, not both";
    if (o->format_given && c != CLI_MODE_SUMMARY && c != CLI_MODE_CLASS &&
        c != CLI_MODE_HISTORY)
        return "--format goes with --summary, --class or --history";
    if (o->out_path && c != CLI_MODE_SPEAK && !o->xlsx)
        return "--out goes with --speak or --format xlsx";
    /* a workbook is never poured into a terminal or a pipe */
    if (o->xlsx && !o->out_path)
        return "--format xlsx writes a workbook: give --out FILE.xlsx";
    if (c == CLI_MODE_SPEAK && !o->out_path)
        return "--speak needs --out FILE.wav";
    return NULL;
}

int params_finish(cli_options *o, FILE *err)
{
    const char *no = param_unfit(o, true);
    if (no)
        return params_usage_error(err, no, NULL);
    int status = param_pick_mode(o, err);
    if (status != CLI_EXIT_OK)
        return status;
    no = param_unfit(o, false);
    return no ? params_usage_error(err, no, NULL) : CLI_EXIT_OK;
}

int params_parse_pairs(cli_options *o, const params_pair *pairs, size_t n,
                       FILE *err)
{
    memset(o, 0, sizeof *o);
    o->mode = CLI_MODE_GAME;
    for (size_t i = 0; i < n; i++) {
        const char *v = pairs[i].value;
        /* "hands=" or "light=1" from a form: a flag's value is ignored */
        if (params_takes_value(pairs[i].name) == 0)
            v = NULL;
        int status = params_set(o, pairs[i].name, v, true, err);
        if (status != CLI_EXIT_OK)
            return status;
    }
    return params_finish(o, err);
}

/* Appends "&name" or "&name=value" (the value percent-encoded beyond
 * letters, digits and "-_.,:~") at *used; false when out is full. */
static bool param_put(char *out, size_t size, size_t *used, const char *name,
                      const char *value)
{
    int w = snprintf(out + *used, size - *used, "%s%s%s", *used ? "&" : "",
                     name, value ? "=" : "");
    if (w < 0 || (size_t)w >= size - *used)
        return false;
    *used += (size_t)w;
    for (const unsigned char *c = (const unsigned char *)value; c && *c; c++) {
        bool plain = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
                     (*c >= '0' && *c <= '9') || strchr("-_.,:~", *c);
        w = plain ? snprintf(out + *used, size - *used, "%c", *c)
                  : snprintf(out + *used, size - *used, "%%%02X", *c);
        if (w < 0 || (size_t)w >= size - *used)
            return false;
        *used += (size_t)w;
    }
    return true;
}

bool params_print(const cli_options *o, char *out, size_t size)
{
    size_t used = 0;
    if (size == 0)
        return false;
    out[0] = '\0';
    bool ok = true;
    for (size_t i = 0; i < PARAM_COUNT && ok; i++) {
        const params_def *p = &param_table[i];
        char value[64];
        if (!p->address)
            continue;
        /* a text is the command line's own, of any length */
        const char *v = p->kind == PARAMS_TEXT
                            ? *(char *const *)((const char *)o + p->field)
                        : params_value(o, p, value, sizeof value) ? value
                                                                  : NULL;
        if (v == NULL)
            continue;
        /* a flag is its name alone in an address */
        ok = param_put(out, size, &used, p->name,
                       p->kind == PARAMS_FLAG ? NULL : v);
    }
    for (size_t i = 0; i < o->mode_flag_count && ok; i++)
        ok = param_put(out, size, &used, o->mode_flags[i], NULL);
    return ok;
}
