/* settings: see settings.h. */
#include "settings.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "safe_file.h"
#include "utf8.h"

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
    size_t n = strlen(text);
    return n < SETTINGS_MAX_SEATS && utf8_one_line(text, n);
}

void settings_free(settings *s)
{
    free(s->picked);
    s->picked = NULL;
}

static bool settings_id_ok(const char *v, size_t max)
{
    size_t n = strlen(v);
    if (n == 0 || n >= max)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = v[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
              c == '_' || (c >= 'A' && c <= 'Z')))
            return false;
    }
    return true;
}

static bool settings_list_ok(const char *v)
{
    for (const char *p = v; *p; p++) {
        char c = *p;
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
              c == ','))
            return false;
    }
    return true;
}

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

static void settings_apply(settings *s, const char *key, const char *value)
{
    if (strcmp(key, "deck") == 0) {
        if (settings_id_ok(value, sizeof s->deck))
            strcpy(s->deck, value);
    } else if (strcmp(key, "language") == 0) {
        if (settings_id_ok(value, sizeof s->language))
            strcpy(s->language, value);
    } else if (strcmp(key, "cards") == 0) {
        if (strcmp(value, "quick") == 0)
            s->cards = SETTINGS_CARDS_QUICK;
        else if (strcmp(value, "all") == 0)
            s->cards = SETTINGS_CARDS_ALL;
        else if (strcmp(value, "pick") == 0)
            s->cards = SETTINGS_CARDS_PICK;
    } else if (strcmp(key, "picked") == 0) {
        if (settings_list_ok(value))
            (void)settings_set_picked(s, value);
    } else if (strcmp(key, "mode") == 0) {
        if (settings_id_ok(value, sizeof s->mode))
            strcpy(s->mode, value);
    } else if (strcmp(key, "case") == 0) {
        if (settings_id_ok(value, sizeof s->case_id))
            strcpy(s->case_id, value);
    } else if (strcmp(key, "seats") == 0) {
        if (strlen(value) < sizeof s->seats && settings_list_ok(value))
            strcpy(s->seats, value);
    } else if (strcmp(key, "teams") == 0) {
        if (settings_teams_ok(value))
            strcpy(s->teams, value);
    } else if (strcmp(key, "light") == 0) {
        s->light = strcmp(value, "yes") == 0;
    } else if (strcmp(key, "timer") == 0) {
        char *end = NULL;
        errno = 0;
        long n = strtol(value, &end, 10);
        if (errno == 0 && end != value && *end == '\0' &&
            n >= SETTINGS_TIMER_MIN && n <= SETTINGS_TIMER_MAX)
            s->timer_seconds = (int)n;
    } else if (strcmp(key, "clients") == 0) {
        char *end = NULL;
        errno = 0;
        long n = strtol(value, &end, 10);
        if (errno == 0 && end != value && *end == '\0' &&
            n >= SETTINGS_MIN_CLIENTS && n <= SETTINGS_MAX_CLIENTS)
            s->clients = (int)n;
    }
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
            settings_apply(s, line, eq + 1);
        }
        line = next;
    }
    free(data);
    return true;
}

static const char *settings_cards_name(settings_cards c)
{
    switch (c) {
    case SETTINGS_CARDS_ALL:
        return "all";
    case SETTINGS_CARDS_PICK:
        return "pick";
    case SETTINGS_CARDS_QUICK:
    default:
        return "quick";
    }
}

bool settings_save(const char *path, const settings *s, error_list *errors)
{
    safe_file file;
    if (!safe_file_create(&file, path, errors))
        return false;
    FILE *f = safe_file_stream(&file);
    int clients = s->clients;
    if (clients < SETTINGS_MIN_CLIENTS || clients > SETTINGS_MAX_CLIENTS)
        clients = 1;
    /* A failed fprintf leaves the stream's error flag set, which
     * safe_file_commit checks: one check for all of them. */
    fprintf(f, "%s\n", SETTINGS_HEADER);
    if (settings_id_ok(s->deck, sizeof s->deck))
        fprintf(f, "deck=%s\n", s->deck);
    if (settings_id_ok(s->language, sizeof s->language))
        fprintf(f, "language=%s\n", s->language);
    fprintf(f, "cards=%s\n", settings_cards_name(s->cards));
    if (s->picked && settings_list_ok(s->picked))
        fprintf(f, "picked=%s\n", s->picked);
    fprintf(f, "clients=%d\n", clients);
    if (s->mode[0])
        fprintf(f, "mode=%s\n", s->mode);
    if (s->seats[0])
        fprintf(f, "seats=%s\n", s->seats);
    if (s->case_id[0])
        fprintf(f, "case=%s\n", s->case_id);
    if (s->teams[0] && settings_teams_ok(s->teams))
        fprintf(f, "teams=%s\n", s->teams);
    if (s->timer_seconds != SETTINGS_TIMER_DEFAULT)
        fprintf(f, "timer=%d\n", s->timer_seconds);
    if (s->light)
        fprintf(f, "light=yes\n");
    return safe_file_commit(&file, errors);
}
