/* play: the midend (see play.h). Every write to the round being played
 * is here: what the UI's screens read is this struct's, through
 * play_session. */
#include "play.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void play_init(play *p)
{
    memset(p, 0, sizeof *p);
    settings_defaults(&p->settings);
}

void play_free(play *p)
{
    play_end(p);
    settings_free(&p->settings);
    casebook_free(&p->cases);
}

const settings *play_settings(const play *p)
{
    return &p->settings;
}

void play_settings_load(play *p, const char *path)
{
    settings_free(&p->settings); /* settings_load starts from the defaults */
    (void)settings_load(path, &p->settings);
}

/* The fields are fixed arrays: a longer choice is cut, as it always was
 * (the settings file keeps only what is valid). */
#define PLAY_COPY(field, text) \
    snprintf(p->settings.field, sizeof p->settings.field, "%s", (text))

void play_choose_deck(play *p, const char *deck_id, const char *language)
{
    PLAY_COPY(deck, deck_id);
    if (language)
        PLAY_COPY(language, language);
}

void play_choose_mode(play *p, const char *mode_id)
{
    PLAY_COPY(mode, mode_id);
}

void play_choose_clients(play *p, int clients)
{
    p->settings.clients = clients;
}

void play_choose_cards(play *p, settings_cards cards)
{
    p->settings.cards = cards;
}

bool play_choose_picked(play *p, const char *ids)
{
    return settings_set_picked(&p->settings, ids);
}

void play_choose_seats(play *p, const char *role_ids)
{
    PLAY_COPY(seats, role_ids);
}

void play_choose_teams(play *p, const char *teams)
{
    PLAY_COPY(teams, teams);
}

void play_choose_timer(play *p, int seconds)
{
    p->settings.timer_seconds = seconds;
}

void play_choose_light(play *p, bool light)
{
    p->settings.light = light;
}
#undef PLAY_COPY

void play_offer_decks(play *p, const deck *const *decks, size_t count)
{
    p->decks = decks;
    p->deck_count = count;
    p->deck_choice = 0;
    p->language = 0;
}

const deck *play_deck(const play *p)
{
    if (p->have_session)
        return p->session.deck;
    return p->deck_choice < p->deck_count ? p->decks[p->deck_choice] : NULL;
}

size_t play_language(const play *p)
{
    return p->language;
}

void play_choose_deck_at(play *p, size_t index)
{
    if (index < p->deck_count)
        p->deck_choice = index;
}

void play_choose_language(play *p, size_t language)
{
    const deck *d = p->deck_choice < p->deck_count ? p->decks[p->deck_choice]
                                                   : NULL;
    p->language = d && language < d->language_count ? language : 0;
}

/* Another deck in the language chosen now, when it has it: the players
 * read in one language whichever deck they look at. */
static void play_switch_deck(play *p, size_t index)
{
    const deck *was = play_deck(p);
    char code[SETTINGS_MAX_ID] = "";
    if (was && p->language < was->language_count)
        snprintf(code, sizeof code, "%s", was->languages[p->language]);
    play_choose_deck_at(p, index);
    int li = deck_language_index(p->decks[p->deck_choice], code);
    p->language = li < 0 ? 0 : (size_t)li;
}

/* i moved delta places round n (n > 0). */
static size_t play_around(size_t i, int delta, size_t n)
{
    return (i + n + (size_t)(delta % (int)n + (int)n)) % n;
}

void play_step_deck(play *p, int delta)
{
    if (p->deck_count > 0)
        play_switch_deck(p, play_around(p->deck_choice, delta,
                                        p->deck_count));
}

void play_load_cases(play *p, const char *folder, const catalog *decks,
                     error_list *errors)
{
    casebook_free(&p->cases);
    if (!casebook_load(folder, decks, &p->cases, errors))
        casebook_free(&p->cases);
}

const casebook *play_cases(const play *p)
{
    return &p->cases;
}

const mode_def *play_mode(const play *p)
{
    return mode_for_people(p->settings.mode, p->settings.clients);
}

const mode_def *play_round_mode(const play *p)
{
    const mode_def *m = p->have_session ? mode_find(p->session.mode) : NULL;
    return m ? m : play_mode(p);
}

const casefile *play_case(const play *p)
{
    if (p->have_session) {
        if (!play_round_mode(p)->needs_case)
            return NULL;
        return casebook_find(&p->cases, p->session.case_id);
    }
    if (!play_mode(p)->needs_case || p->cases.count == 0)
        return NULL;
    /* the case chosen, when it goes with the deck chosen; else the deck's
     * first case; else the first of all (choosing it brings its deck) */
    const casefile *c = casebook_find(&p->cases, p->settings.case_id);
    if (c && c->deck == play_deck(p))
        return c;
    for (size_t i = 0; i < p->cases.count; i++)
        if (p->cases.cases[i].deck == play_deck(p))
            return &p->cases.cases[i];
    return c ? c : &p->cases.cases[0];
}

bool play_choose_case(play *p, const char *case_id)
{
    const casefile *c = casebook_find(&p->cases, case_id);
    if (c == NULL)
        return false;
    snprintf(p->settings.case_id, sizeof p->settings.case_id, "%s", c->id);
    for (size_t i = 0; i < p->deck_count; i++)
        if (p->decks[i] == c->deck)
            play_switch_deck(p, i);
    return true;
}

void play_step_case(play *p, int delta)
{
    size_t n = p->cases.count;
    if (n == 0)
        return;
    const casefile *c = play_case(p);
    size_t at = c ? (size_t)(c - p->cases.cases) : 0;
    play_choose_case(p, p->cases.cases[play_around(at, delta, n)].id);
}

#define PLAY_LABEL(field, text) \
    snprintf(p->field, sizeof p->field, "%s", (text) ? (text) : "")

void play_choose_pair(play *p, const char *code)
{
    PLAY_LABEL(pair, code);
}

void play_choose_group(play *p, const char *group)
{
    PLAY_LABEL(group, group);
}

void play_choose_seat_lang(play *p, const char *spec)
{
    PLAY_LABEL(seat_lang, spec);
}
#undef PLAY_LABEL

void play_choose_no_trace(play *p, bool on)
{
    p->no_trace = on;
}

const char *play_pair(const play *p)
{
    return p->pair;
}

const char *play_seat_lang(const play *p)
{
    return p->seat_lang;
}

bool play_no_trace(const play *p)
{
    return p->no_trace;
}

bool play_type_pair(play *p, int c)
{
    size_t n = strlen(p->pair);
    if (c < 0) {
        if (n > 0)
            p->pair[n - 1] = '\0';
        return false;
    }
    if (c >= 'a' && c <= 'z')
        c = c - 'a' + 'A'; /* codes are kept in capitals */
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
        return false;
    if (n + 1 < sizeof p->pair) {
        p->pair[n] = (char)c;
        p->pair[n + 1] = '\0';
    }
    return true;
}

void play_forget_pair(play *p, const char *code)
{
    if (strcmp(p->pair, code) == 0)
        p->pair[0] = '\0';
}

const session *play_session(const play *p)
{
    return p->have_session ? &p->session : NULL;
}

static void play_forget_previous(play *p)
{
    if (!p->have_previous)
        return;
    free(p->previous.path);
    session_free(&p->previous.session);
    deck_free(&p->previous.deck);
    memset(&p->previous, 0, sizeof p->previous);
    p->have_previous = false;
}

void play_end(play *p)
{
    play_forget_previous(p);
    if (p->have_session && !p->lent)
        session_free(&p->session);
    memset(&p->session, 0, sizeof p->session);
    p->stored[0] = '\0'; /* the next round is stored anew */
    p->have_session = false;
    p->lent = false;
}

/* ROLE=CODE,... applied to the new round's seats; false (the reason in
 * why) when a role or language is not the deck's. */
static bool play_seat_languages(session *s, const char *spec_in, char *why,
                                size_t why_size)
{
    char spec[256];
    if (spec_in == NULL)
        return true;
    snprintf(spec, sizeof spec, "%s", spec_in);
    char *save = NULL;
    for (char *pair = strtok_r(spec, ",", &save); pair;
         pair = strtok_r(NULL, ",", &save)) {
        char *eq = strchr(pair, '=');
        if (eq == NULL)
            continue;
        *eq = '\0';
        if (!session_set_seat_language(s, pair, eq + 1)) {
            snprintf(why, why_size,
                     "the deck has no language '%s' or nobody plays '%s' "
                     "(--seat-lang)", eq + 1, pair);
            return false;
        }
    }
    return true;
}

bool play_start(play *p, const play_setup *setup, int64_t now, char *why,
                size_t why_size)
{
    play_end(p);
    session s;
    memset(&s, 0, sizeof s); /* freed whole on every failure */
    session_status st = session_new_seats(
        &s, setup->deck, setup->language, setup->cards, setup->card_count,
        setup->seats, setup->seat_count, mode_stored_id(setup->mode), now);
    /* no trace: no pair, so nothing of the round is stored under one */
    if (st == SESSION_OK &&
        (!session_set_labels(&s, setup->case_id, p->group) ||
         !session_set_pair(&s, p->no_trace ? NULL : p->pair)))
        st = SESSION_ERR_BAD_SETUP;
    if (st != SESSION_OK) {
        session_free(&s);
        snprintf(why, why_size, "%s", session_status_message(st));
        return false;
    }
    if (!play_seat_languages(&s, p->seat_lang, why, why_size)) {
        session_free(&s);
        return false;
    }
    p->session = s;
    p->have_session = true;
    return true;
}

session_status play_apply(play *p, session_action action, int64_t now)
{
    if (!p->have_session || p->lent)
        return SESSION_ERR_FINISHED;
    session_status st = session_apply(&p->session, action, now);
    if (st == SESSION_OK) {
        p->moves++;
        p->last = action;
    }
    return st;
}

unsigned long play_moves(const play *p)
{
    return p->moves;
}

const session_action *play_last_action(const play *p)
{
    return &p->last;
}

void play_number_pair_round(play *p, const session *previous)
{
    /* after the pair's round before, in the order played */
    if (p->have_session && !p->lent && p->session.pair[0])
        p->session.pair_round = previous ? previous->pair_round + 1 : 1;
}

bool play_load_previous(play *p, const char *folder, const char *skip,
                        error_list *errors)
{
    play_forget_previous(p);
    if (!p->have_session || p->lent || p->session.pair[0] == '\0' ||
        folder == NULL || folder[0] == '\0')
        return false;
    p->have_previous = history_latest(folder, p->session.pair, skip,
                                      &p->previous, errors);
    return p->have_previous;
}

const session *play_previous(const play *p)
{
    return p->have_previous ? &p->previous.session : NULL;
}

int play_previous_answer(const play *p, size_t round, deck_role side)
{
    const session *last = play_previous(p);
    const session *s = play_session(p);
    /* the same card only in the same deck: ids repeat across decks */
    if (last == NULL || s == NULL || round >= s->round_count ||
        !last->deck->id || !s->deck->id ||
        strcmp(last->deck->id, s->deck->id) != 0)
        return SESSION_NO_ANSWER;
    const char *id = s->deck->cards[s->rounds[round].card].id;
    for (size_t r = 0; r < last->round_count; r++) {
        const session_round *pr = &last->rounds[r];
        if (!session_round_counts(pr) ||
            strcmp(last->deck->cards[pr->card].id, id) != 0)
            continue;
        for (size_t k = 0; k < last->player_count; k++)
            if (last->players[k] == side && pr->answer[k] != SESSION_NO_ANSWER)
                return pr->answer[k];
    }
    return SESSION_NO_ANSWER;
}

void play_take(play *p, session *s)
{
    play_end(p);
    p->session = *s;
    memset(s, 0, sizeof *s);
    p->have_session = true;
}

void play_lend(play *p, const session *s)
{
    play_end(p);
    p->session = *s;
    p->have_session = true;
    p->lent = true;
}
