/* settings: see settings.h. */
#include "settings.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "params.h"
#include "safe_file.h"

#define SETTINGS_HEADER "# alliantiespel-settings/1"
#define SETTINGS_MAX_FILE_BYTES (SETTINGS_MAX_PICKED_BYTES + 4096)

void settings_defaults(settings *s)
{
    memset(s, 0, sizeof *s);
    s->cards = SETTINGS_CARDS_QUICK;
    s->clients = 1;
    s->timer_seconds = SETTINGS_TIMER_DEFAULT;
}

bool settings_teams_ok(const char *text)
{
    return params_one_line(text, SETTINGS_MAX_SEATS);
}

void settings_free(settings *s)
{
    free(s->picked);
    s->picked = NULL;
}

/* The file's keys, in the order they are written, read and printed by
 * the parameters' codec. The names are a promise: older versions read
 * these keys and ignore any other. */
static const char *const settings_cards_names[] = {"quick", "all", "pick",
                                                   NULL};
_Static_assert(sizeof(settings_cards) == sizeof(int),
               "cards is read as an int");
#define F(field) offsetof(settings, field)
#define Z(field) sizeof(((settings *)0)->field)
#define ID(name, field) \
    {name, PARAMS_ID, F(field), Z(field), 0, 0, 0, false, false, NULL, NULL, \
     NULL}
static const params_def settings_table[] = {
    ID("deck", deck),
    ID("language", language),
    {"cards", PARAMS_CHOICE, F(cards), 0, 0, 0, SETTINGS_CARDS_QUICK, true,
     false, NULL, settings_cards_names, NULL},
    {"picked", PARAMS_OWNED, F(picked), SETTINGS_MAX_PICKED_BYTES, 0, 0, 0,
     false, false, NULL, NULL, NULL},
    {"clients", PARAMS_NUMBER, F(clients), 0, SETTINGS_MIN_CLIENTS,
     SETTINGS_MAX_CLIENTS, 1, true, false, NULL, NULL, NULL},
    ID("mode", mode),
    {"seats", PARAMS_LIST, F(seats), Z(seats), 0, 0, 0, false, false, NULL,
     NULL, NULL},
    ID("case", case_id),
    {"teams", PARAMS_LINE, F(teams), Z(teams), 0, 0, 0, false, false, NULL,
     NULL, NULL},
    {"timer", PARAMS_NUMBER, F(timer_seconds), 0, SETTINGS_TIMER_MIN,
     SETTINGS_TIMER_MAX, SETTINGS_TIMER_DEFAULT, false, false, NULL, NULL,
     NULL},
    {"light", PARAMS_FLAG, F(light), 0, 0, 0, 0, false, false, NULL, NULL,
     NULL},
};
#undef ID
#undef Z
#undef F
#define SETTINGS_KEYS (sizeof settings_table / sizeof settings_table[0])

bool settings_set_picked(settings *s, const char *ids)
{
    free(s->picked);
    s->picked = NULL;
    if (ids == NULL || ids[0] == '\0')
        return true;
    size_t n = strlen(ids);
    if (n >= SETTINGS_MAX_PICKED_BYTES)
        return false;
    s->picked = malloc(n + 1);
    if (s->picked == NULL)
        return false;
    memcpy(s->picked, ids, n + 1);
    return true;
}

bool settings_is_picked(const settings *s, const char *id)
{
    if (s->picked == NULL || id == NULL || id[0] == '\0')
        return false;
    size_t n = strlen(id);
    const char *p = s->picked;
    while (*p) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (len == n && strncmp(p, id, n) == 0)
            return true;
        if (end == NULL)
            break;
        p = end + 1;
    }
    return false;
}

bool settings_load(const char *path, settings *s)
{
    settings_defaults(s);
    /* A missing or strange file only means the defaults: the reason is
     * not shown, but a FIFO must not hang the start screen. */
    error_list ignored;
    error_list_init(&ignored);
    FILE *f = safe_file_open_regular(path, NULL, &ignored);
    error_list_free(&ignored);
    if (f == NULL)
        return false;
    char *data = malloc(SETTINGS_MAX_FILE_BYTES + 1);
    if (data == NULL) {
        fclose(f);
        return false;
    }
    size_t n = fread(data, 1, SETTINGS_MAX_FILE_BYTES + 1, f);
    bool read_error = ferror(f) != 0;
    fclose(f);
    if (read_error || n > SETTINGS_MAX_FILE_BYTES ||
        memchr(data, '\0', n) != NULL) {
        free(data);
        return false;
    }
    data[n] = '\0';
    size_t header = strlen(SETTINGS_HEADER);
    if (strncmp(data, SETTINGS_HEADER, header) != 0 ||
        (data[header] != '\n' && data[header] != '\r')) {
        free(data);
        return false;
    }
    char *line = data;
    while (line && *line) {
        char *next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        size_t len = strlen(line);
        if (len && line[len - 1] == '\r')
            line[--len] = '\0';
        char *eq = strchr(line, '=');
        if (line[0] != '#' && eq != NULL) {
            *eq = '\0';
            const params_def *p = params_find(settings_table, SETTINGS_KEYS,
                                              line);
            if (p) /* a bad value keeps the default */
                (void)params_read(s, p, eq + 1);
        }
        line = next;
    }
    free(data);
    return true;
}

bool settings_save(const char *path, const settings *s, error_list *errors)
{
    /* room for the longest value: the cards picked */
    char *value = malloc(SETTINGS_MAX_PICKED_BYTES);
    if (value == NULL) {
        error_add(errors, path, 0, 0, "out of memory");
        return false;
    }
    safe_file file;
    if (!safe_file_create(&file, path, errors)) {
        free(value);
        return false;
    }
    FILE *f = safe_file_stream(&file);
    /* A failed fprintf leaves the stream's error flag set, which
     * safe_file_commit checks: one check for all of them. */
    fprintf(f, "%s\n", SETTINGS_HEADER);
    for (size_t i = 0; i < SETTINGS_KEYS; i++)
        if (params_value(s, &settings_table[i], value,
                         SETTINGS_MAX_PICKED_BYTES))
            fprintf(f, "%s=%s\n", settings_table[i].name, value);
    free(value);
    return safe_file_commit(&file, errors);
}
