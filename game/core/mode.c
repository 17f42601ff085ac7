/* mode: the table of ways to play (see mode.h). A new way to play is a
 * new row here and the widgets its kinds ask for, not a copy of a scene. */
#include "mode.h"

#include <stdio.h>
#include <string.h>

#include "i18n.h"

/* A seat filled by somebody at the table, placed face down. */
#define MODE_PERSON(side, lo, hi, answers) \
    {(side), (lo), (hi), (answers), MODE_SOURCE_PERSON, true, false}
#define MODE_BOTH_GUESS (MODE_ANSWER_OWN | MODE_ANSWER_PREDICT)
#define MODE_TABLE_CONTROLS (MODE_CONTROL_SKIP | MODE_CONTROL_TAKE_BACK)
#define MODE_WORKSHOP_CONTROLS                                              \
    (MODE_CONTROL_SKIP | MODE_CONTROL_TAKE_BACK | MODE_CONTROL_BACK |       \
     MODE_CONTROL_REVEAL_NOW | MODE_CONTROL_TIMER | MODE_CONTROL_REVOTE)

/* In the order of the start screen's "who plays" row. */
static const mode_def mode_table[] = {
    {
        .id = "table",
        .name = "At the table: a professional and a client",
        .label = N_("%s person"),
        .label_many = N_("%s people"),
        .listed = true,
        .available = true,
        /* the game before there were other ways to play */
        .implied = true,
        .seats = {MODE_PERSON(DECK_ROLE_CLIENT, 1, 1, MODE_ANSWER_OWN),
                  MODE_PERSON(DECK_ROLE_PROFESSIONAL, 1, 1, MODE_ANSWER_OWN)},
        .seat_kinds = 2,
        .reveal = MODE_REVEAL_PAIR,
        .scoring = MODE_SCORING_ALIGNMENT,
        .controls = MODE_TABLE_CONTROLS,
        .layout = MODE_LAYOUT_TABLE,
    },
    {
        .id = "family",
        .name = "A family: 2 to 4 people on the client side",
        .label = N_("%s person"),
        .label_many = N_("%s people"),
        .listed = true,
        .available = true,
        .seats = {MODE_PERSON(DECK_ROLE_CLIENT, 2, 4, MODE_ANSWER_OWN),
                  MODE_PERSON(DECK_ROLE_PROFESSIONAL, 1, 1, MODE_ANSWER_OWN)},
        .seat_kinds = 2,
        .reveal = MODE_REVEAL_GAPS,
        .scoring = MODE_SCORING_ALIGNMENT,
        .controls = MODE_TABLE_CONTROLS,
        .layout = MODE_LAYOUT_TABLE,
    },
    {
        .id = "training",
        .name = "Training: two students role-play a case (--case)",
        .label = N_("Training: two students"),
        .listed = true,
        .available = true,
        .needs_case = true,
        .seats = {MODE_PERSON(DECK_ROLE_CLIENT, 1, 1, MODE_ANSWER_OWN),
                  MODE_PERSON(DECK_ROLE_PROFESSIONAL, 1, 1, MODE_BOTH_GUESS)},
        .seat_kinds = 2,
        .reveal = MODE_REVEAL_PREDICTION,
        .scoring = MODE_SCORING_PREDICTION,
        .controls = MODE_TABLE_CONTROLS,
        .layout = MODE_LAYOUT_TABLE,
    },
    {
        .id = "solo",
        .name = "Training alone: the case answers for the client",
        .label = N_("Training: practise alone"),
        .flag = "solo",
        .base = "training",
        .listed = true,
        .available = true,
        .needs_case = true,
        .seats = {{DECK_ROLE_CLIENT, 1, 1, MODE_ANSWER_OWN, MODE_SOURCE_CASE,
                   false, false},
                  MODE_PERSON(DECK_ROLE_PROFESSIONAL, 1, 1, MODE_BOTH_GUESS)},
        .seat_kinds = 2,
        .reveal = MODE_REVEAL_PREDICTION,
        .scoring = MODE_SCORING_PREDICTION,
        .controls = MODE_TABLE_CONTROLS,
        .layout = MODE_LAYOUT_TABLE,
    },
    {
        /* "raad de ander": stored as the table game, whose seats say
         * that they guessed */
        .id = "guess",
        .stored = "table",
        .name = "At the table, each side also guessing the other",
        .label = N_("1 person; you guess each other"),
        .flag = "guess",
        .base = "table",
        .listed = true,
        .available = true,
        .seats = {MODE_PERSON(DECK_ROLE_CLIENT, 1, 1, MODE_BOTH_GUESS),
                  MODE_PERSON(DECK_ROLE_PROFESSIONAL, 1, 1, MODE_BOTH_GUESS)},
        .seat_kinds = 2,
        .reveal = MODE_REVEAL_PAIR,
        .scoring = MODE_SCORING_ALIGNMENT,
        .controls = MODE_TABLE_CONTROLS,
        .layout = MODE_LAYOUT_TABLE,
    },
    {
        /* a family guessing each other: the command line's only */
        .id = "family-guess",
        .stored = "family",
        .name = "A family, each side also guessing the other",
        .flag = "guess",
        .base = "family",
        .available = true,
        .seats = {MODE_PERSON(DECK_ROLE_CLIENT, 2, 4, MODE_BOTH_GUESS),
                  MODE_PERSON(DECK_ROLE_PROFESSIONAL, 1, 1, MODE_BOTH_GUESS)},
        .seat_kinds = 2,
        .reveal = MODE_REVEAL_GAPS,
        .scoring = MODE_SCORING_ALIGNMENT,
        .controls = MODE_TABLE_CONTROLS,
        .layout = MODE_LAYOUT_TABLE,
    },
    {
        /* teams of a workshop, each placing its token in turn */
        .id = "workshop",
        .name = "Workshop: 2 to 8 teams and a projector (--teams)",
        .label = N_("Workshop: teams"),
        .listed = true,
        .available = true,
        .seats = {{DECK_ROLE_CLIENT, 0, 7, MODE_ANSWER_OWN,
                   MODE_SOURCE_PERSON, true, true},
                  {DECK_ROLE_PROFESSIONAL, 0, 8, MODE_ANSWER_OWN,
                   MODE_SOURCE_PERSON, true, true}},
        .seat_kinds = 2,
        .min_seats = 2,
        .reveal = MODE_REVEAL_SPREAD,
        .scoring = MODE_SCORING_DISTRIBUTION,
        .controls = MODE_WORKSHOP_CONTROLS,
        .layout = MODE_LAYOUT_PROJECTOR,
    },
    {
        /* a room's show of hands, per side, typed by the facilitator */
        .id = "workshop-hands",
        .name = "Workshop: a show of hands, typed per side",
        .label = N_("Workshop: show of hands"),
        .flag = "hands",
        .base = "workshop",
        .listed = true,
        .available = true,
        .seats = {{DECK_ROLE_CLIENT, 1, 1, MODE_ANSWER_COUNT,
                   MODE_SOURCE_FACILITATOR, false, false},
                  {DECK_ROLE_PROFESSIONAL, 1, 1, MODE_ANSWER_COUNT,
                   MODE_SOURCE_FACILITATOR, false, false}},
        .seat_kinds = 2,
        .reveal = MODE_REVEAL_SPREAD,
        .scoring = MODE_SCORING_DISTRIBUTION,
        .controls = MODE_WORKSHOP_CONTROLS,
        .layout = MODE_LAYOUT_PROJECTOR,
    },
};

size_t mode_count(void)
{
    return sizeof mode_table / sizeof mode_table[0];
}

const mode_def *mode_at(size_t index)
{
    return index < mode_count() ? &mode_table[index] : NULL;
}

const mode_def *mode_find(const char *id)
{
    for (size_t i = 0; id && i < mode_count(); i++)
        if (strcmp(mode_table[i].id, id) == 0)
            return &mode_table[i];
    return NULL;
}

const mode_def *mode_implied(void)
{
    for (size_t i = 0; i < mode_count(); i++)
        if (mode_table[i].implied)
            return &mode_table[i];
    return &mode_table[0]; /* not reached: the table has such a row */
}

const mode_def *mode_for_people(const char *chosen, int clients)
{
    const mode_def *m = mode_find(chosen);
    if (m && m->available)
        return m;
    /* the plain rows: no shortcut, people choosing how many they are;
     * too many people get the largest, too few the smallest */
    const mode_def *plain = NULL, *below = NULL;
    for (size_t i = 0; i < mode_count(); i++) {
        m = &mode_table[i];
        if (!m->available || m->flag || !mode_counts_people(m))
            continue;
        if (plain == NULL)
            plain = m;
        if (clients >= mode_side_min(m, DECK_ROLE_CLIENT)) {
            below = m;
            if (clients <= mode_side_max(m, DECK_ROLE_CLIENT))
                return m;
        }
    }
    return below ? below : plain;
}

const char *mode_stored_id(const mode_def *m)
{
    return m->stored ? m->stored : m->id;
}

/* The mode's kind of seat on the client side, or NULL. */
static const mode_seat *mode_client_kind(const mode_def *m)
{
    for (size_t k = 0; m && k < m->seat_kinds; k++)
        if (m->seats[k].side == DECK_ROLE_CLIENT)
            return &m->seats[k];
    return NULL;
}

bool mode_counts_people(const mode_def *m)
{
    const mode_seat *k = mode_client_kind(m);
    return k && !m->needs_case && k->source == MODE_SOURCE_PERSON &&
           !k->named;
}

bool mode_case_answers(const mode_def *m)
{
    for (size_t k = 0; m && k < m->seat_kinds; k++)
        if (m->seats[k].source == MODE_SOURCE_CASE)
            return true;
    return false;
}

static int mode_side_sum(const mode_def *m, deck_role side, bool max)
{
    int n = 0;
    for (size_t k = 0; k < m->seat_kinds; k++)
        if (m->seats[k].side == side)
            n += max ? m->seats[k].max : m->seats[k].min;
    return n;
}

int mode_side_min(const mode_def *m, deck_role side)
{
    return mode_side_sum(m, side, false);
}

int mode_side_max(const mode_def *m, deck_role side)
{
    return mode_side_sum(m, side, true);
}

bool mode_check_seats(const mode_def *m, const session_seat *seats,
                      size_t count, char *why, size_t why_size)
{
    /* the seats come kind by kind, each kind within its min and max */
    size_t at = 0;
    for (size_t k = 0; k < m->seat_kinds; k++) {
        const mode_seat *kind = &m->seats[k];
        int n = 0;
        while (at < count && seats[at].side == kind->side && n < kind->max) {
            at++;
            n++;
        }
        if (at < count && seats[at].side == kind->side) {
            snprintf(why, why_size, "%s has room for at most %d %s on the "
                     "%s side", m->id, kind->max,
                     kind->max == 1 ? "person" : "people",
                     kind->side == DECK_ROLE_CLIENT ? "client"
                                                    : "professional");
            return false;
        }
        if (n < kind->min) {
            snprintf(why, why_size, "%s needs %d to %d %s", m->id, kind->min,
                     kind->max,
                     kind->side == DECK_ROLE_CLIENT
                         ? "people on the client side"
                         : "people on the professional side");
            return false;
        }
    }
    if ((int)count < m->min_seats) {
        snprintf(why, why_size, "%s needs at least %d teams", m->id,
                 m->min_seats);
        return false;
    }
    if (at != count) {
        snprintf(why, why_size, "%s has room for %d people on the client "
                 "side and %d on the professional side, in that order",
                 m->id, mode_side_max(m, DECK_ROLE_CLIENT),
                 mode_side_max(m, DECK_ROLE_PROFESSIONAL));
        return false;
    }
    return true;
}

/* The id person i has in a list "jongere,ouder" ("" when the list names
 * no role for that place); false when that id is too long. */
static bool mode_role_id_at(const char *role_ids, int i, char *id,
                            size_t size)
{
    const char *p = role_ids ? role_ids : "";
    for (int k = 0; k < i && *p; k++) {
        p = strchr(p, ',');
        p = p ? p + 1 : "";
    }
    size_t n = strcspn(p, ",");
    id[0] = '\0';
    if (n >= size)
        return false;
    memcpy(id, p, n);
    id[n] = '\0';
    return true;
}

/* The deck's client-side role of that id, or -1. */
static int mode_client_role(const deck *d, const char *id)
{
    int r = deck_role_index(d, id);
    return r >= 0 && d->roles[r].side == DECK_ROLE_CLIENT ? r : -1;
}

size_t mode_remembered_role(const deck *d, const char *role_ids, int person)
{
    char id[64];
    int r = mode_role_id_at(role_ids, person, id, sizeof id)
                ? mode_client_role(d, id)
                : -1;
    return r >= 0 ? (size_t)r : deck_side_role(d, DECK_ROLE_CLIENT);
}

bool mode_make_seats(const mode_def *m, const deck *d, const char *role_ids,
                     int clients, session_seat *out, size_t *count,
                     char *why, size_t why_size)
{
    *count = 0;
    if (clients < 0 || clients >= SESSION_MAX_PLAYERS) {
        snprintf(why, why_size, "%d people is too many", clients);
        return false;
    }
    for (int i = 0; i < clients; i++) {
        char id[64];
        if (!mode_role_id_at(role_ids, i, id, sizeof id)) {
            snprintf(why, why_size, "a role id is too long");
            return false;
        }
        size_t role = deck_side_role(d, DECK_ROLE_CLIENT);
        if (id[0]) {
            int r = mode_client_role(d, id);
            if (r < 0) {
                snprintf(why, why_size, "the deck '%s' has no role '%s' on "
                         "the client side", d->id ? d->id : "?", id);
                return false;
            }
            role = (size_t)r;
        }
        out[(*count)++] = (session_seat){.side = DECK_ROLE_CLIENT,
                                         .role = role};
    }
    /* roles named beyond the people are left from a larger family on the
     * start screen: they wait there for the next time */
    for (int i = 0; i < mode_side_min(m, DECK_ROLE_PROFESSIONAL); i++)
        out[(*count)++] = (session_seat){
            .side = DECK_ROLE_PROFESSIONAL,
            .role = deck_side_role(d, DECK_ROLE_PROFESSIONAL)};
    /* a kind that predicts makes every seat of it predict; one that
     * counts makes it a show of hands */
    for (size_t i = 0; i < *count; i++) {
        for (size_t k = 0; k < m->seat_kinds; k++)
            if (m->seats[k].side == out[i].side) {
                out[i].predicts = (m->seats[k].answers & MODE_ANSWER_PREDICT) != 0;
                out[i].hands = (m->seats[k].answers & MODE_ANSWER_COUNT) != 0;
            }
    }
    return mode_check_seats(m, out, *count, why, why_size);
}

void mode_known_roles(const deck *d, const char *role_ids, char *out,
                      size_t size)
{
    char list[512];
    snprintf(list, sizeof list, "%s", role_ids ? role_ids : "");
    size_t used = 0;
    if (size == 0)
        return;
    out[0] = '\0';
    bool first = true;
    /* by hand, not strtok: an empty place must stay a place */
    for (char *p = list;; first = false) {
        char *end = strchr(p, ',');
        if (end)
            *end = '\0';
        const char *keep = mode_client_role(d, p) >= 0 ? p : "";
        int w = snprintf(out + used, size - used, "%s%s", first ? "" : ",", keep);
        if (w < 0 || (size_t)w >= size - used)
            return;
        used += (size_t)w;
        if (end == NULL)
            break;
        p = end + 1;
    }
}

const mode_seat *mode_seat_of(const mode_def *m, const session *s,
                              size_t seat)
{
    if (m == NULL || seat >= s->player_count)
        return NULL;
    for (size_t k = 0; k < m->seat_kinds; k++)
        if (m->seats[k].side == s->players[seat])
            return &m->seats[k];
    return NULL;
}

static bool mode_any_kind(const mode_def *m, bool named, unsigned answers)
{
    for (size_t k = 0; m && k < m->seat_kinds; k++)
        if ((named && m->seats[k].named) ||
            (answers && (m->seats[k].answers & answers)))
            return true;
    return false;
}

bool mode_named_teams(const mode_def *m)
{
    return mode_any_kind(m, true, 0);
}

bool mode_counts_hands(const mode_def *m)
{
    return mode_any_kind(m, false, MODE_ANSWER_COUNT);
}

bool mode_next_team(const char **list, char *name, size_t size,
                    deck_role *side)
{
    static const char *const client_prefixes[] = {"client:", "cli\xc3\xabnt:"};
    const char *p = *list;
    if (*p == '\0' || size == 0)
        return false;
    size_t len = strcspn(p, ",");
    *side = DECK_ROLE_PROFESSIONAL;
    for (size_t i = 0; i < 2; i++) {
        size_t n = strlen(client_prefixes[i]);
        if (len >= n && strncmp(p, client_prefixes[i], n) == 0) {
            *side = DECK_ROLE_CLIENT;
            p += n;
            len -= n;
            break;
        }
    }
    if (*side == DECK_ROLE_PROFESSIONAL && len >= 13 &&
        strncmp(p, "professional:", 13) == 0) {
        p += 13;
        len -= 13;
    }
    if (len >= size)
        len = size - 1;
    memcpy(name, p, len);
    name[len] = '\0';
    p += strcspn(p, ",");
    *list = *p == ',' ? p + 1 : p;
    return true;
}

bool mode_make_teams(const mode_def *m, const deck *d, const char *names,
                     session_seat *out, size_t *count, char *why,
                     size_t why_size)
{
    session_seat teams[SESSION_MAX_PLAYERS];
    size_t n = 0;
    const char *p = names ? names : "";
    char name[64]; /* longer than a team's: a name too long is refused */
    deck_role side;
    *count = 0;
    while (mode_next_team(&p, name, sizeof name, &side)) {
        if (n == SESSION_MAX_PLAYERS) {
            snprintf(why, why_size, "at most %d teams", SESSION_MAX_PLAYERS);
            return false;
        }
        if (!session_team_valid(name)) {
            snprintf(why, why_size, "'%s' is not a team's name: 1 to %d "
                     "letters, no spaces at either end", name,
                     SESSION_TEAM_MAX - 1);
            return false;
        }
        for (size_t t = 0; t < n; t++)
            if (strcmp(teams[t].team, name) == 0) {
                snprintf(why, why_size, "two teams are called '%s'", name);
                return false;
            }
        teams[n] = (session_seat){.side = side,
                                  .role = deck_side_role(d, side)};
        memcpy(teams[n].team, name, strlen(name) + 1); /* valid: fits */
        n++;
    }
    /* the client side's teams first, each side in the order named */
    for (int pass = 0; pass < 2; pass++)
        for (size_t t = 0; t < n; t++)
            if ((teams[t].side == DECK_ROLE_CLIENT) == (pass == 0))
                out[(*count)++] = teams[t];
    return mode_check_seats(m, out, *count, why, why_size);
}
