/* result_read_seats: who sat at the table in a result file: format 1's
 * two side names and its players by side, format 2's roles, seats
 * ({side, role}) and way to play. */
#include <stdlib.h>
#include <string.h>

#include "result_reader.h"

/* Format 1: the two sides' names; the roles are made from them once the
 * file is read. */
void result_read_side_names(reader *r, const ydoc_node *root)
{
    deck *d = r->d;
    const ydoc_node *roles = result_reader_need(r, root, "roles", YDOC_MAPPING, "the result file");
    if (!roles)
        return;
    static const char *const role_keys[] = { "professional", "client", NULL };
    ydoc_check_keys(r->doc, roles, role_keys, "'roles'", r->errors);
    d->role_name[DECK_ROLE_PROFESSIONAL].text[0] =
        result_reader_need_text(r, roles, "professional", "'roles'");
    d->role_name[DECK_ROLE_CLIENT].text[0] = result_reader_need_text(r, roles, "client", "'roles'");
}

/* [a-z0-9-], 1 to max bytes: role ids and the way to play. */
static bool result_reader_is_id(const ydoc_node *n, size_t max)
{
    if (!n || n->kind != YDOC_SCALAR || n->length == 0 || n->length > max)
        return false;
    for (size_t i = 0; i < n->length; i++)
        if (!strchr("abcdefghijklmnopqrstuvwxyz0123456789-", n->text[i]) ||
            n->text[i] == '\0')
            return false;
    return true;
}

static const char *const side_role[DECK_ROLE_COUNT] = { "professional", "client" };

/* One item of a format 2 'roles' list into the file's own deck. */
static void read_result_role(reader *r, const ydoc_node *m)
{
    deck *d = r->d;
    if (m->kind != YDOC_MAPPING) {
        fail(r, m, "each role must be a mapping like {id: client, side: client, "
                   "name: ..., the: ...}");
        return;
    }
    static const char *const keys[] = { "id", "side", "name", "the", NULL };
    ydoc_check_keys(r->doc, m, keys, "a role", r->errors);
    const ydoc_node *id = result_reader_need(r, m, "id", YDOC_SCALAR, "a role");
    const ydoc_node *side = result_reader_need(r, m, "side", YDOC_SCALAR, "a role");
    if (!id || !side)
        return;
    if (!result_reader_is_id(id, 64)) {
        fail(r, id, "a role id must be 1 to 64 of a-z, 0-9 and '-'");
        return;
    }
    if (deck_role_index(d, id->text) >= 0) {
        fail(r, id, "role '%s' is listed twice", id->text);
        return;
    }
    deck_role s = result_reader_scalar_is(side, "client") ? DECK_ROLE_CLIENT : DECK_ROLE_PROFESSIONAL;
    if (!result_reader_scalar_is(side, "client") && !result_reader_scalar_is(side, "professional")) {
        fail(r, side, "'side' of role '%s' must be client or professional", id->text);
        return;
    }
    size_t at = d->role_count;
    if (strcmp(id->text, side_role[s]) == 0)
        at = s; /* a side's own role, where a deck keeps it */
    else if (strcmp(id->text, side_role[!s]) == 0) {
        fail(r, side, "role '%s' must be on side %s", id->text, side_role[!s]);
        return;
    } else if (d->role_count == DECK_MAX_ROLES) {
        fail(r, m, "a result file names at most %d roles", DECK_MAX_ROLES);
        return;
    } else
        d->role_count++;
    deck_role_info *role = &d->roles[at];
    role->side = s;
    role->id = result_reader_need_text(r, m, "id", "a role");
    role->name.text[0] = result_reader_need_text(r, m, "name", "a role");
    role->the.text[0] = result_reader_need_text(r, m, "the", "a role");
}

/* Format 2: the roles the seats play and the sides' own two, which go
 * first (in the order of deck_role), as in a deck. */
void result_read_role_list(reader *r, const ydoc_node *root)
{
    deck *d = r->d;
    const ydoc_node *n = result_reader_need(r, root, "roles", YDOC_SEQUENCE, "the result file");
    if (!n)
        return;
    if (n->count < DECK_ROLE_COUNT || n->count > DECK_MAX_ROLES) {
        fail(r, n, "'roles' must list %d to %d roles", DECK_ROLE_COUNT, DECK_MAX_ROLES);
        return;
    }
    d->role_count = DECK_ROLE_COUNT;
    for (size_t i = 0; i < n->count; i++)
        read_result_role(r, n->items[i]);
    for (size_t s = 0; s < DECK_ROLE_COUNT && !result_reader_failed(r); s++) {
        const char *name = d->roles[s].name.text[0];
        if (!d->roles[s].id)
            fail(r, n, "'roles' must list the role '%s' (side %s)", side_role[s],
                 side_role[s]);
        else if ((d->role_name[s].text[0] = malloc(strlen(name) + 1)) != NULL)
            strcpy(d->role_name[s].text[0], name);
        else
            fail(r, n, "out of memory");
    }
}

/* Format 2: the way to play ("table", "family", ...). */
void result_read_mode(reader *r, const ydoc_node *root)
{
    const ydoc_node *n = result_reader_need(r, root, "mode", YDOC_SCALAR, "the result file");
    if (n && !result_reader_is_id(n, SESSION_MODE_ID_MAX - 1))
        fail(r, n, "'mode' must be 1 to %d of a-z, 0-9 and '-'", SESSION_MODE_ID_MAX - 1);
    else if (n)
        memcpy(r->s->mode, n->text, n->length + 1);
}

/* Format 2, optional: the training case, the group code and the pair's
 * code. */
void result_read_labels(reader *r, const ydoc_node *root)
{
    const ydoc_node *c = ydoc_get(root, "case");
    const ydoc_node *g = ydoc_get(root, "group");
    if (c && !result_reader_is_id(c, SESSION_CASE_ID_MAX - 1))
        fail(r, c, "'case' must be a case id: 1 to %d of a-z, 0-9 and '-'",
             SESSION_CASE_ID_MAX - 1);
    else if (c)
        memcpy(r->s->case_id, c->text, c->length + 1);
    if (g && (g->kind != YDOC_SCALAR || !session_group_valid(g->text)))
        fail(r, g, "'group' must be a code of 1 to %d letters, digits or '-'",
             SESSION_GROUP_MAX - 1);
    else if (g)
        memcpy(r->s->group, g->text, g->length + 1);
    const ydoc_node *pair = ydoc_get(root, "pair");
    char code[SESSION_PAIR_MAX];
    if (pair && (pair->kind != YDOC_SCALAR ||
                 !session_pair_normal(pair->text, code, sizeof code) ||
                 strcmp(code, pair->text) != 0))
        fail(r, pair, "'pair' must be a code of 1 to %d capital letters and "
                      "digits", SESSION_PAIR_MAX - 1);
    else if (pair)
        memcpy(r->s->pair, pair->text, pair->length + 1);
    /* the pair's round in the order played (added to format 2 later: a
     * file without it is ordered by its date) */
    const ydoc_node *nth = ydoc_get(root, "pair-round");
    char *end = NULL;
    unsigned long n = nth && nth->kind == YDOC_SCALAR
                          ? strtoul(nth->text, &end, 10)
                          : 0;
    if (nth && (!pair || n == 0 || n > SESSION_PAIR_ROUND_MAX || !end ||
                *end != '\0' || nth->text[0] < '1' || nth->text[0] > '9'))
        fail(r, nth, "'pair-round' must be a number from 1 to %u, with "
                     "'pair'", SESSION_PAIR_ROUND_MAX);
    else if (nth)
        r->s->pair_round = (unsigned)n;
}

void result_read_players(reader *r, const ydoc_node *root)
{
    session *s = r->s;
    const ydoc_node *n = result_reader_need(r, root, "players", YDOC_SEQUENCE, "the result file");
    if (!n)
        return;
    size_t professionals = 0;
    if (n->count < 2 || n->count > SESSION_MAX_PLAYERS) {
        fail(r, n, "'players' must list 2 to %d players", SESSION_MAX_PLAYERS);
        return;
    }
    for (size_t i = 0; i < n->count; i++) {
        if (result_reader_scalar_is(n->items[i], "professional")) {
            s->players[i] = DECK_ROLE_PROFESSIONAL;
            professionals++;
        } else if (result_reader_scalar_is(n->items[i], "client")) {
            s->players[i] = DECK_ROLE_CLIENT;
        } else {
            fail(r, n->items[i], "a player must be professional or client");
        }
    }
    if (professionals != 1)
        fail(r, n, "'players' must hold exactly one professional");
    s->player_count = n->count;
}

/* A seat that read in another language than the round ({..., language:
 * en}): the file's deck gets that code too (without texts of its own, so
 * its texts are the round's), and the seat reads in it. */
static void result_read_seat_language(reader *r, const ydoc_node *m, size_t seat)
{
    deck *d = r->d;
    const ydoc_node *n = ydoc_get(m, "language");
    r->s->seat_language[seat] = 0;
    if (!n)
        return;
    if (!result_reader_is_id(n, 8)) {
        fail(r, n, "'language' of player %zu must be a language code like en",
             seat + 1);
        return;
    }
    int at = deck_language_index(d, n->text);
    if (at < 0) {
        if (d->language_count >= DECK_MAX_LANGUAGES) {
            fail(r, n, "too many languages in 'players'");
            return;
        }
        d->languages[d->language_count] = malloc(n->length + 1);
        if (d->languages[d->language_count] == NULL) {
            fail(r, n, "out of memory");
            return;
        }
        memcpy(d->languages[d->language_count], n->text, n->length + 1);
        at = (int)d->language_count++;
    }
    r->s->seat_language[seat] = (size_t)at;
}

/* A workshop's seat: its team's name ({..., team: "Noord"}) and whether
 * the facilitator types its side's show of hands ({..., hands: true}). */
static void result_read_workshop_seat(reader *r, const ydoc_node *m, size_t seat)
{
    session *s = r->s;
    const ydoc_node *team = ydoc_get(m, "team");
    if (team && (team->kind != YDOC_SCALAR || strlen(team->text) != team->length ||
                 !session_team_valid(team->text)))
        fail(r, team, "'team' of player %zu must be a team's name: 1 to %d "
                      "bytes of UTF-8, no control characters, no space at "
                      "either end", seat + 1, SESSION_TEAM_MAX - 1);
    else if (team)
        memcpy(s->team[seat], team->text, team->length + 1);
    const ydoc_node *hands = ydoc_get(m, "hands");
    if (hands && !result_reader_scalar_is(hands, "true") &&
        !result_reader_scalar_is(hands, "false")) {
        fail(r, hands, "'hands' of player %zu must be true or false", seat + 1);
        return;
    }
    s->hands[seat] = result_reader_scalar_is(hands, "true");
    if (!s->hands[seat])
        return;
    if (s->predicts[seat])
        fail(r, hands, "player %zu gives a show of hands, so it cannot also "
                       "guess ('predicts')", seat + 1);
    /* the counts are keyed by side: one show of hands per side */
    for (size_t p = 0; p < seat; p++)
        if (s->hands[p] && s->players[p] == s->players[seat]) {
            fail(r, hands, "players %zu and %zu both give the %s side's show "
                           "of hands; a side has at most one", p + 1, seat + 1,
                 result_side_key(s->players[seat]));
            break;
        }
}

/* Format 2: the seats in placing order, each {side, role}. */
void result_read_seats(reader *r, const ydoc_node *root)
{
    session *s = r->s;
    const deck *d = r->d;
    const ydoc_node *n = result_reader_need(r, root, "players", YDOC_SEQUENCE, "the result file");
    if (!n)
        return;
    if (n->count < 1 || n->count > SESSION_MAX_PLAYERS) {
        fail(r, n, "'players' must list 1 to %d players", SESSION_MAX_PLAYERS);
        return;
    }
    static const char *const keys[] = { "side", "role", "predicts", "language",
                                        "team", "hands", NULL };
    for (size_t i = 0; i < n->count; i++) {
        const ydoc_node *m = n->items[i];
        if (m->kind != YDOC_MAPPING) {
            fail(r, m, "each player must be a mapping like {side: client, role: client}");
            continue;
        }
        ydoc_check_keys(r->doc, m, keys, "a player", r->errors);
        const ydoc_node *side = result_reader_need(r, m, "side", YDOC_SCALAR, "a player");
        const ydoc_node *role = result_reader_need(r, m, "role", YDOC_SCALAR, "a player");
        if (!side || !role)
            continue;
        int ri = deck_role_index(d, role->text);
        if (ri < 0) {
            fail(r, role, "player %zu plays role '%.64s', which 'roles' does not "
                 "list", i + 1, role->text);
            continue;
        }
        const char *want = result_side_key(d->roles[ri].side);
        if (!result_reader_scalar_is(side, want)) {
            fail(r, side, "player %zu sits on side '%.40s', but role '%s' is on "
                 "side %s", i + 1, side->text, role->text, want);
            continue;
        }
        s->players[i] = d->roles[ri].side;
        s->roles[i] = (size_t)ri;
        const ydoc_node *predicts = ydoc_get(m, "predicts");
        if (predicts && !result_reader_scalar_is(predicts, "true") &&
            !result_reader_scalar_is(predicts, "false"))
            fail(r, predicts, "'predicts' of player %zu must be true or false",
                 i + 1);
        s->predicts[i] = result_reader_scalar_is(predicts, "true");
        result_read_seat_language(r, m, i);
        result_read_workshop_seat(r, m, i);
    }
    s->player_count = n->count;
}

