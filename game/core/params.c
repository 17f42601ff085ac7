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
#include "settings.h"
#include "utf8.h"

typedef enum {
    PARAM_TEXT,    /* const char *, pointing at the value */
    PARAM_FLAG,    /* bool, set by the name alone */
    PARAM_SECONDS, /* int, the talk clock's seconds */
    PARAM_WINDOW,  /* two ints, WxH */
    PARAM_PAIR,    /* char[], a pair's code made canonical */
    PARAM_FORMAT   /* table, csv or xlsx */
} param_kind;

typedef struct {
    const char *name;      /* --name, name= */
    param_kind kind;
    size_t field;          /* offsetof(cli_options, ...) */
    bool address;          /* a page's address may set it */
    bool (*ok)(const char *value);
    const char *refused;   /* said when the value is refused */
} param_def;

static bool param_filled(const char *value)
{
    return value[0] != '\0';
}

static bool param_role_code(const char *value)
{
    return strchr(value, '=') != NULL;
}

#define F(field) offsetof(cli_options, field)
static const param_def param_table[] = {
    {"deck", PARAM_TEXT, F(deck_path), false, NULL, NULL},
    {"domain", PARAM_TEXT, F(domain), true, NULL, NULL},
    {"lang", PARAM_TEXT, F(language), true, NULL, NULL},
    {"cards", PARAM_TEXT, F(cards), true, NULL, NULL},
    {"window", PARAM_WINDOW, F(window_width), false, NULL,
     "--window needs a size like 1280x720 (at least 320x240)"},
    {"fullscreen", PARAM_FLAG, F(fullscreen), false, NULL, NULL},
    {"save", PARAM_TEXT, F(save_path), false, NULL, NULL},
    {"mode", PARAM_TEXT, F(play_mode), true, NULL, NULL},
    {"seats", PARAM_TEXT, F(seats), true, NULL, NULL},
    {"deck-dir", PARAM_TEXT, F(deck_dir), false, param_filled,
     "--deck-dir needs a folder"},
    {"case", PARAM_TEXT, F(case_id), true, NULL, NULL},
    {"group", PARAM_TEXT, F(group), true, session_group_valid,
     "--group needs a code of 1 to 16 letters, digits or '-'"},
    {"teams", PARAM_TEXT, F(teams), true, settings_teams_ok,
     "--teams needs names separated by commas"},
    {"timer", PARAM_SECONDS, F(timer_seconds), true, NULL,
     "--timer needs seconds, 10 to 3600"},
    {"light", PARAM_FLAG, F(light), true, NULL, NULL},
    {"pair", PARAM_PAIR, F(pair), true, NULL, "give the pair's code"},
    {"no-trace", PARAM_FLAG, F(no_trace), true, NULL, NULL},
    {"seat-lang", PARAM_TEXT, F(seat_lang), true, param_role_code,
     "--seat-lang needs ROLE=CODE, e.g. client=en"},
    {"out", PARAM_TEXT, F(out_path), false, param_filled,
     "--out needs a file name"},
    {"format", PARAM_FORMAT, 0, false, NULL,
     "--format must be table, csv or xlsx"},
    {"yes", PARAM_FLAG, F(yes), false, NULL, NULL},
    {"verbose", PARAM_FLAG, F(verbose), false, NULL, NULL},
};
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

static const param_def *param_find(const char *name)
{
    for (size_t i = 0; i < PARAM_COUNT; i++)
        if (strcmp(param_table[i].name, name) == 0)
            return &param_table[i];
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
    const param_def *p = param_find(name);
    if (p)
        return p->kind != PARAM_FLAG;
    return param_mode_flag(name) ? 0 : -1;
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

static bool param_seconds(const char *text, int *out)
{
    char *end = NULL;
    long n = strtol(text, &end, 10);
    if (end == text || *end != '\0' || n < SETTINGS_TIMER_MIN ||
        n > SETTINGS_TIMER_MAX)
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

/* Reads value into p's field of o; false when it is refused. */
static bool param_read(cli_options *o, const param_def *p, const char *value)
{
    char *base = (char *)o;
    switch (p->kind) {
    case PARAM_FLAG:
        *(bool *)(base + p->field) = true;
        return true;
    case PARAM_TEXT:
        if (p->ok && !p->ok(value))
            return false;
        *(const char **)(base + p->field) = value;
        return true;
    case PARAM_SECONDS:
        return param_seconds(value, (int *)(base + p->field));
    case PARAM_WINDOW:
        return param_window(value, &o->window_width, &o->window_height);
    case PARAM_PAIR:
        return session_pair_normal(value, o->pair, sizeof o->pair);
    case PARAM_FORMAT:
        return param_format(o, value);
    }
    return false;
}

int params_set(cli_options *o, const char *name, const char *value,
               bool from_address, FILE *err)
{
    const param_def *p = param_find(name);
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
    if (p->kind != PARAM_FLAG && value == NULL)
        return params_usage_error(err, "this option needs a value", shown);
    if (param_read(o, p, value))
        return CLI_EXIT_OK;
    if (p->kind == PARAM_PAIR)
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
    const char *base = (const char *)o;
    if (size == 0)
        return false;
    out[0] = '\0';
    bool ok = true;
    for (size_t i = 0; i < PARAM_COUNT && ok; i++) {
        const param_def *p = &param_table[i];
        char num[16];
        if (!p->address)
            continue;
        if (p->kind == PARAM_FLAG && *(const bool *)(base + p->field))
            ok = param_put(out, size, &used, p->name, NULL);
        else if (p->kind == PARAM_TEXT && *(char *const *)(base + p->field))
            ok = param_put(out, size, &used, p->name,
                           *(char *const *)(base + p->field));
        else if (p->kind == PARAM_SECONDS && o->timer_seconds) {
            snprintf(num, sizeof num, "%d", o->timer_seconds);
            ok = param_put(out, size, &used, p->name, num);
        } else if (p->kind == PARAM_PAIR && o->pair[0])
            ok = param_put(out, size, &used, p->name, o->pair);
    }
    for (size_t i = 0; i < o->mode_flag_count && ok; i++)
        ok = param_put(out, size, &used, o->mode_flags[i], NULL);
    return ok;
}
