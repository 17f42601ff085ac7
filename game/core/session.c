/* session: the rules of one game. Every action is checked first and
 * changes nothing when it is refused. */
#include "session.h"
#include "session_private.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

session_status session_new_seats(session *s, const deck *d, size_t language,
                                 const size_t *cards, size_t card_count,
                                 const session_seat *seats, size_t seat_count,
                                 const char *mode, int64_t now)
{
    memset(s, 0, sizeof *s);
    if (!d || card_count == 0 || language >= d->language_count ||
        seat_count < 1 || seat_count > SESSION_MAX_PLAYERS || mode == NULL ||
        mode[0] == '\0' || strlen(mode) >= sizeof s->mode)
        return SESSION_ERR_BAD_SETUP;
    for (size_t i = 0; i < seat_count; i++)
        if ((seats[i].side != DECK_ROLE_PROFESSIONAL &&
             seats[i].side != DECK_ROLE_CLIENT) ||
            seats[i].role >= d->role_count ||
            d->roles[seats[i].role].side != seats[i].side)
            return SESSION_ERR_BAD_SETUP;
    for (size_t i = 0; i < card_count; i++)
        if (cards[i] >= d->card_count)
            return SESSION_ERR_BAD_SETUP;
    s->rounds = calloc(card_count, sizeof *s->rounds);
    if (!s->rounds)
        return SESSION_ERR_NO_MEMORY;
    for (size_t i = 0; i < card_count; i++) {
        s->rounds[i].card = cards[i];
        s->rounds[i].state = SESSION_CARD_OPEN;
        for (size_t p = 0; p < SESSION_MAX_PLAYERS; p++) {
            s->rounds[i].answer[p] = SESSION_NO_ANSWER;
            s->rounds[i].predict[p] = SESSION_NO_ANSWER;
        }
    }
    s->deck = d;
    s->language = language;
    for (size_t i = 0; i < seat_count; i++) {
        s->players[i] = seats[i].side;
        s->roles[i] = seats[i].role;
        s->predicts[i] = seats[i].predicts;
        s->hands[i] = seats[i].hands;
        s->seat_language[i] = language;
    }
    s->player_count = seat_count;
    for (size_t i = 0; i < seat_count; i++)
        if (seats[i].team[0] && !session_set_team(s, i, seats[i].team)) {
            session_free(s);
            return SESSION_ERR_BAD_SETUP;
        }
    snprintf(s->mode, sizeof s->mode, "%s", mode);
    s->round_count = card_count;
    s->current = 0;
    s->started_at = now;
    return SESSION_OK;
}

void session_free(session *s)
{
    free(s->rounds);
    memset(s, 0, sizeof *s);
}

bool session_finished(const session *s)
{
    return s->current >= s->round_count;
}

const session_round *session_current(const session *s)
{
    return session_finished(s) ? NULL : &s->rounds[s->current];
}

session_round *session_round_now(session *s)
{
    return session_finished(s) ? NULL : &s->rounds[s->current];
}

/* The seat has given all it gives on this card. */
static bool seat_done(const session *s, const session_round *r, size_t p)
{
    if (s->hands[p])
        return r->counted[p];
    return r->answer[p] != SESSION_NO_ANSWER &&
           (!s->predicts[p] || r->predict[p] != SESSION_NO_ANSWER);
}

void session_clear_answers(session_round *r)
{
    for (size_t p = 0; p < SESSION_MAX_PLAYERS; p++) {
        r->answer[p] = SESSION_NO_ANSWER;
        r->predict[p] = SESSION_NO_ANSWER;
        r->counted[p] = false;
    }
    memset(r->counts, 0, sizeof r->counts);
    memset(r->typed, 0, sizeof r->typed);
    r->early = false;
}

bool session_all_placed(const session *s)
{
    const session_round *r = session_current(s);
    if (!r)
        return false;
    for (size_t p = 0; p < s->player_count; p++)
        if (!seat_done(s, r, p))
            return false;
    return true;
}

int session_next_to_place(const session *s)
{
    const session_round *r = session_current(s);
    if (!r || r->state != SESSION_CARD_OPEN)
        return -1;
    for (size_t p = 0; p < s->player_count; p++)
        if (!seat_done(s, r, p))
            return (int)p;
    return -1;
}

bool session_has_predictions(const session *s)
{
    for (size_t p = 0; p < s->player_count; p++)
        if (s->predicts[p])
            return true;
    return false;
}

static bool label_valid(const char *text, size_t max, bool upper)
{
    size_t n = strlen(text);
    if (n == 0 || n > max)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = text[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
              (upper && c >= 'A' && c <= 'Z')))
            return false;
    }
    return true;
}

bool session_group_valid(const char *code)
{
    return code && label_valid(code, SESSION_GROUP_MAX - 1, true);
}

bool session_team_valid(const char *name)
{
    size_t n = name ? strlen(name) : 0;
    return n > 0 && n < SESSION_TEAM_MAX && utf8_one_line(name, n) &&
           name[0] != ' ' && name[n - 1] != ' ';
}

bool session_set_team(session *s, size_t player, const char *name)
{
    if (player >= s->player_count || !session_team_valid(name))
        return false;
    snprintf(s->team[player], sizeof s->team[player], "%s", name);
    return true;
}

bool session_set_labels(session *s, const char *case_id, const char *group)
{
    bool has_case = case_id && case_id[0];
    bool has_group = group && group[0];
    if ((has_case && !label_valid(case_id, SESSION_CASE_ID_MAX - 1, false)) ||
        (has_group && !session_group_valid(group)))
        return false;
    snprintf(s->case_id, sizeof s->case_id, "%s", has_case ? case_id : "");
    snprintf(s->group, sizeof s->group, "%s", has_group ? group : "");
    return true;
}

session_status session_place(session *s, size_t player, size_t option)
{
    session_round *r = session_round_now(s);
    if (!r)
        return SESSION_ERR_FINISHED;
    if (player >= s->player_count || s->hands[player])
        return SESSION_ERR_BAD_PLAYER;
    if (option >= s->deck->option_count)
        return SESSION_ERR_BAD_OPTION;
    if (r->state != SESSION_CARD_OPEN)
        return SESSION_ERR_REVEALED;
    if (r->answer[player] != SESSION_NO_ANSWER)
        return SESSION_ERR_ALREADY_PLACED;
    r->answer[player] = (int)option;
    return SESSION_OK;
}

session_status session_predict(session *s, size_t player, size_t option)
{
    session_round *r = session_round_now(s);
    if (!r)
        return SESSION_ERR_FINISHED;
    if (player >= s->player_count || !s->predicts[player])
        return SESSION_ERR_BAD_PLAYER;
    if (option >= s->deck->option_count)
        return SESSION_ERR_BAD_OPTION;
    if (r->state != SESSION_CARD_OPEN)
        return SESSION_ERR_REVEALED;
    if (r->predict[player] != SESSION_NO_ANSWER)
        return SESSION_ERR_ALREADY_PLACED;
    r->predict[player] = (int)option;
    return SESSION_OK;
}

session_status session_take_back(session *s, size_t player)
{
    session_round *r = session_round_now(s);
    if (!r)
        return SESSION_ERR_FINISHED;
    if (player >= s->player_count)
        return SESSION_ERR_BAD_PLAYER;
    if (r->state != SESSION_CARD_OPEN)
        return SESSION_ERR_REVEALED;
    if (r->answer[player] == SESSION_NO_ANSWER &&
        r->predict[player] == SESSION_NO_ANSWER && !r->counted[player])
        return SESSION_ERR_NOT_PLACED;
    r->answer[player] = SESSION_NO_ANSWER;
    r->predict[player] = SESSION_NO_ANSWER;
    /* a side's counts taken back to be corrected stay, as typed */
    if (s->hands[player] && r->counted[player])
        r->typed[player] = (uint8_t)s->deck->option_count;
    else
        memset(r->counts[player], 0, sizeof r->counts[player]);
    r->counted[player] = false;
    return SESSION_OK;
}

session_status session_reveal(session *s)
{
    session_round *r = session_round_now(s);
    if (!r)
        return SESSION_ERR_FINISHED;
    if (r->state != SESSION_CARD_OPEN)
        return SESSION_ERR_REVEALED;
    if (!session_all_placed(s))
        return SESSION_ERR_NOT_ALL_PLACED;
    r->state = SESSION_CARD_REVEALED;
    return SESSION_OK;
}

void session_advance(session *s, int64_t now)
{
    s->current++;
    /* a clock set back mid-round does not end it before it started */
    if (session_finished(s))
        s->ended_at = now < s->started_at ? s->started_at : now;
}

session_status session_skip(session *s, int64_t now)
{
    session_round *r = session_round_now(s);
    if (!r)
        return SESSION_ERR_FINISHED;
    if (r->state != SESSION_CARD_OPEN)
        return SESSION_ERR_REVEALED;
    /* A skipped card keeps no answers: nobody's token counts or shows. */
    session_clear_answers(r);
    r->revoted = false;
    r->state = SESSION_CARD_SKIPPED;
    session_advance(s, now);
    return SESSION_OK;
}

session_status session_talked_round(session *s, session_round **out)
{
    session_round *r = session_round_now(s);
    *out = r;
    if (!r)
        return SESSION_ERR_FINISHED;
    if (r->state != SESSION_CARD_REVEALED)
        return SESSION_ERR_NOT_REVEALED;
    return r->kept_out ? SESSION_ERR_KEPT_OUT : SESSION_OK;
}

session_status session_toggle_mark(session *s)
{
    session_round *r;
    session_status st = session_talked_round(s, &r);
    if (st != SESSION_OK)
        return st;
    r->marked = !r->marked;
    return SESSION_OK;
}

session_status session_toggle_kept_out(session *s)
{
    session_round *r = session_round_now(s);
    if (!r)
        return SESSION_ERR_FINISHED;
    if (r->state != SESSION_CARD_REVEALED)
        return SESSION_ERR_NOT_REVEALED;
    r->kept_out = !r->kept_out;
    if (r->kept_out)
        r->marked = false; /* nothing of it goes on the board */
    return SESSION_OK;
}

bool session_set_seat_language(session *s, const char *role_id,
                               const char *code)
{
    int lang = deck_language_index(s->deck, code);
    if (lang < 0 || role_id == NULL)
        return false;
    int role = deck_role_index(s->deck, role_id);
    bool any = false;
    for (size_t p = 0; p < s->player_count; p++) {
        /* a side's own role names the whole side: "client" is the family */
        bool side = role >= 0 && (size_t)role == deck_side_role(s->deck, s->players[p]);
        if (role >= 0 && (s->roles[p] == (size_t)role || side)) {
            s->seat_language[p] = (size_t)lang;
            any = true;
        }
    }
    return any;
}

bool session_round_counts(const session_round *r)
{
    return r->state == SESSION_CARD_REVEALED && !r->kept_out;
}

bool session_round_has_answers(const session_round *r, size_t players)
{
    if (r == NULL || r->state != SESSION_CARD_OPEN)
        return false;
    for (size_t p = 0; p < players && p < SESSION_MAX_PLAYERS; p++)
        if (r->answer[p] != SESSION_NO_ANSWER ||
            r->predict[p] != SESSION_NO_ANSWER || r->counted[p] ||
            r->typed[p] > 0)
            return true;
    return false;
}

bool session_pair_normal(const char *code, char *out, size_t size)
{
    size_t n = 0;
    if (code == NULL || size == 0)
        return false;
    /* spaces around are forgiven; letters become capitals, so k17 and
     * K17 are one pair */
    while (*code == ' ')
        code++;
    for (; *code && *code != ' '; code++) {
        char c = *code;
        if (c >= 'a' && c <= 'z')
            c = (char)(c - 'a' + 'A');
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) ||
            n + 1 >= size || n >= SESSION_PAIR_MAX - 1)
            return false;
        out[n++] = c;
    }
    while (*code == ' ')
        code++;
    out[n] = '\0';
    /* at least one letter: a code of digits alone could be taken for the
     * date in a result file's name (result-20261130-...) */
    return n > 0 && *code == '\0' && strspn(out, "0123456789") < n;
}

bool session_set_pair(session *s, const char *code)
{
    char normal[SESSION_PAIR_MAX];
    if (code == NULL || code[0] == '\0') {
        s->pair[0] = '\0';
        return true;
    }
    if (!session_pair_normal(code, normal, sizeof normal))
        return false;
    memcpy(s->pair, normal, sizeof s->pair);
    return true;
}

session_status session_next(session *s, int64_t now)
{
    session_round *r = session_round_now(s);
    if (!r)
        return SESSION_ERR_FINISHED;
    if (r->state != SESSION_CARD_REVEALED)
        return SESSION_ERR_NOT_REVEALED;
    session_advance(s, now);
    return SESSION_OK;
}

int session_visible_answer(const session *s, size_t round, size_t player)
{
    if (round >= s->round_count || player >= s->player_count)
        return SESSION_NO_ANSWER;
    const session_round *r = &s->rounds[round];
    return r->state == SESSION_CARD_REVEALED ? r->answer[player]
                                              : SESSION_NO_ANSWER;
}

size_t session_role_number(const session *s, size_t player)
{
    if (player >= s->player_count)
        return 0;
    size_t same = 0;
    size_t number = 0;
    for (size_t p = 0; p < s->player_count; p++) {
        if (s->players[p] != s->players[player] ||
            s->roles[p] != s->roles[player])
            continue;
        same++;
        if (p == player)
            number = same;
    }
    return same > 1 ? number : 0;
}

size_t session_revealed_count(const session *s)
{
    size_t n = 0;
    for (size_t i = 0; i < s->round_count; i++)
        n += s->rounds[i].state == SESSION_CARD_REVEALED;
    return n;
}

const char *session_status_message(session_status status)
{
    switch (status) {
    case SESSION_OK: return "ok";
    case SESSION_ERR_NO_MEMORY: return "out of memory";
    case SESSION_ERR_BAD_SETUP: return "the session cannot start like this";
    case SESSION_ERR_FINISHED: return "the session is finished";
    case SESSION_ERR_BAD_PLAYER: return "no such player";
    case SESSION_ERR_BAD_OPTION: return "no such answer option";
    case SESSION_ERR_ALREADY_PLACED: return "this player has already placed a token";
    case SESSION_ERR_NOT_PLACED: return "this player has not placed a token";
    case SESSION_ERR_NOT_ALL_PLACED: return "not everyone has placed a token yet";
    case SESSION_ERR_REVEALED: return "the card is already turned";
    case SESSION_ERR_NOT_REVEALED: return "the card is not turned yet";
    case SESSION_ERR_KEPT_OUT: return "this card is only for the talk: it is not kept";
    case SESSION_ERR_BAD_COUNT: return "a count must be 0 to 999, for a show of hands";
    case SESSION_ERR_NO_EARLIER: return "there is no card to go back to";
    }
    return "unknown";
}
