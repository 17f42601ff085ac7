/* settings: the start screen's last choices (deck, language, which cards,
 * how many people sit on the client side), kept in a small key=value file
 * in the user's own folder. No names, no answers. A missing or corrupt file
 * gives the defaults; it never stops the game. */
#ifndef ALLIANTIESPEL_SETTINGS_H
#define ALLIANTIESPEL_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "params.h"

#define SETTINGS_MAX_ID 64
#define SETTINGS_MAX_PICKED_BYTES 65536
#define SETTINGS_MIN_CLIENTS 1
#define SETTINGS_MAX_CLIENTS 4
#define SETTINGS_MAX_SEATS PARAMS_LIST_MAX

typedef enum {
    SETTINGS_CARDS_QUICK = 0,
    SETTINGS_CARDS_ALL,
    SETTINGS_CARDS_PICK
} settings_cards;

typedef struct {
    char deck[SETTINGS_MAX_ID];     /* deck id, "" = the first deck */
    char language[SETTINGS_MAX_ID]; /* language code, "" = deck default */
    settings_cards cards;
    char *picked;                   /* malloc'd "id,id,..." or NULL */
    int clients;                    /* people on the client side, 1..4 */
    char mode[SETTINGS_MAX_ID];     /* the way to play, "" = the table */
    char case_id[SETTINGS_MAX_ID];  /* training: the case, "" = the first */
    char seats[SETTINGS_MAX_SEATS]; /* role ids of the client-side seats,
                                       "jongere,ouder"; "" = the deck's
                                       client role for each */
    char teams[SETTINGS_MAX_SEATS]; /* a workshop's teams, "Noord,Zuid,
                                       client:Ervaring"; "" = two teams
                                       named for the sides */
    int timer_seconds;              /* a workshop's talk timer */
    bool light;                     /* the light theme (a bright room) */
} settings;

#define SETTINGS_TIMER_DEFAULT 180
#define SETTINGS_TIMER_MIN PARAMS_TIMER_MIN
#define SETTINGS_TIMER_MAX PARAMS_TIMER_MAX

/* True when text is a list of teams a settings file can keep: UTF-8, no
 * control characters, shorter than SETTINGS_MAX_SEATS. */
bool settings_teams_ok(const char *text);

void settings_defaults(settings *s);
void settings_free(settings *s);

/* Reads path into *s. Starts from the defaults; each key=value line is
 * read through the parameters' codec (params.h); unknown keys and bad
 * values are ignored one by one. Returns false (with *s at the defaults)
 * when the file is missing, unreadable or not a settings file. */
bool settings_load(const char *path, settings *s);

/* Writes *s to path whole or not at all, mode 0600 (see safe_file.h). */
bool settings_save(const char *path, const settings *s, error_list *errors);

/* Replaces the picked list with a copy of ids (NULL or "" clears it). */
bool settings_set_picked(settings *s, const char *ids);

/* True when id is in the picked list. */
bool settings_is_picked(const settings *s, const char *id);

#endif
