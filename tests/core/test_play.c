/* The midend: a round starts from its choices, the players' actions
 * reach it, a choice that cannot be played starts nothing, and a round
 * lent for a picture comes back as it was. */
#define _DEFAULT_SOURCE /* mkdtemp */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "fixture.h"
#include "play.h"
#include "portable.h"
#include "result.h"

/* The table's seats on d: a client and a professional. */
static size_t table_seats(const deck *d, session_seat *seats)
{
    size_t n = 0;
    char why[256];
    CHECK(mode_make_seats(mode_find("table"), d, "", 1, seats, &n, why,
                          sizeof why));
    return n;
}

/* A new round at the table on d with these cards. */
static play_setup table_setup(const deck *d, session_seat *seats,
                              const size_t *cards, size_t count)
{
    play_setup setup = {.deck = d, .cards = cards, .card_count = count,
                        .seats = seats, .seat_count = table_seats(d, seats),
                        .mode = mode_find("table")};
    return setup;
}

static void test_round(void)
{
    deck d;
    fixture_deck(&d, 5, "pn", 4);
    session_seat seats[SESSION_MAX_PLAYERS];
    size_t cards[] = {0, 1, 2};
    play p;
    memset(&p, 0, sizeof p);
    CHECK(play_session(&p) == NULL); /* nothing played yet */
    play_setup setup = table_setup(&d, seats, cards, 3);
    play_choose_group(&p, "klas-2B");
    play_choose_pair(&p, "k17");
    char why[256] = "";
    CHECK(play_start(&p, &setup, 1000, why, sizeof why));
    const session *s = play_session(&p);
    CHECK(s != NULL);
    if (s == NULL)
        return;
    CHECK_INT(s->round_count, 3);
    CHECK_STR(s->group, "klas-2B");
    CHECK_STR(s->pair, "K17");
    play_number_pair_round(&p, NULL);
    CHECK_INT(s->pair_round, 1); /* the pair's first */
    /* the players' actions reach the round; a refused one changes
     * nothing */
    session_action skip = {.type = SESSION_ACTION_SKIP};
    session_action place = {.type = SESSION_ACTION_PLACE, .player = 0,
                            .option = 2};
    CHECK_INT(play_moves(&p), 0);
    CHECK_INT(play_apply(&p, place, 1002), SESSION_OK);
    CHECK_INT(s->rounds[0].answer[0], 2);
    place.option = 9;
    CHECK(play_apply(&p, place, 1003) != SESSION_OK);
    CHECK_INT(s->rounds[0].answer[0], 2);
    /* the screens send actions, the UI follows the moves: one taken, the
     * refused one not, the latest as sent */
    CHECK_INT(play_moves(&p), 1);
    CHECK_INT(play_last_action(&p)->type, SESSION_ACTION_PLACE);
    CHECK_INT(play_last_action(&p)->option, 2);

    /* a language nobody at the table can read: no round, and why */
    play_choose_seat_lang(&p, "client=en");
    CHECK(!play_start(&p, &setup, 2000, why, sizeof why));
    CHECK(play_session(&p) == NULL);
    CHECK(strstr(why, "--seat-lang") != NULL);

    /* a stored round lent for a picture: shown, never changed, given
     * back whole */
    play other;
    memset(&other, 0, sizeof other);
    CHECK(play_start(&other, &setup, 3000, why, sizeof why));
    session stored = *play_session(&other);
    play_lend(&p, &stored);
    CHECK(play_session(&p) != NULL);
    CHECK(play_apply(&p, skip, 3001) != SESSION_OK);
    play_end(&p);
    CHECK(play_session(&p) == NULL);
    CHECK(stored.rounds != NULL && stored.round_count == 3);
    CHECK(play_session(&other)->rounds == stored.rounds);
    play_end(&other);
    deck_free(&d);
}

/* The start screen's deck row: the players keep reading in the
 * language they chose, whichever deck they step to, as long as that deck
 * has it; a language a deck has not is never chosen. */
static void test_deck_and_language(void)
{
    deck one, two, three;
    fixture_deck(&one, 5, "pn", 4); /* Dutch only */
    CHECK(fixture_shipped_deck(&two, "algemeen"));
    CHECK(fixture_shipped_deck(&three, "reclassering"));
    const deck *offer[] = {&one, &two, &three};
    play p;
    play_init(&p);
    CHECK(play_deck(&p) == NULL); /* nothing offered yet */
    play_offer_decks(&p, offer, 3);
    CHECK(play_deck(&p) == &one);
    play_choose_deck_at(&p, 1);
    play_choose_language(&p, 1);
    CHECK_STR(play_deck(&p)->languages[play_language(&p)], "en");
    play_step_deck(&p, 1);
    CHECK(play_deck(&p) == &three);
    CHECK_STR(play_deck(&p)->languages[play_language(&p)], "en");
    play_step_deck(&p, 1); /* round the end, to a deck without English */
    CHECK(play_deck(&p) == &one);
    CHECK_INT(play_language(&p), 0);
    play_step_deck(&p, -1);
    CHECK(play_deck(&p) == &three);
    CHECK_STR(play_deck(&p)->languages[play_language(&p)], "nl");
    play_choose_language(&p, 7); /* not the deck's: its first */
    CHECK_INT(play_language(&p), 0);
    play_choose_deck_at(&p, 3); /* not on offer: nothing changes */
    CHECK(play_deck(&p) == &three);
    play_free(&p);
    deck_free(&one);
    deck_free(&two);
    deck_free(&three);
}

/* A training case: chosen, it brings its deck in the language the
 * players read; another deck chosen brings that deck's first case; a
 * case that is not there changes nothing; a way to play without cases
 * has none. */
static void test_case(void)
{
    char folder[1024];
    error_list errors;
    error_list_init(&errors);
    catalog decks;
    memset(&decks, 0, sizeof decks);
    snprintf(folder, sizeof folder, "%s/decks", TEST_SOURCE_DIR);
    CHECK(catalog_load(folder, &decks, &errors));
    const deck *offer[16];
    size_t n = 0;
    for (size_t i = 0; i < decks.count && n < 16; i++)
        offer[n++] = &decks.decks[i];
    play p;
    play_init(&p);
    play_offer_decks(&p, offer, n);
    snprintf(folder, sizeof folder, "%s/decks/cases", TEST_SOURCE_DIR);
    play_load_cases(&p, folder, &decks, &errors);
    CHECK(error_list_empty(&errors));
    CHECK(play_cases(&p)->count > 1);
    CHECK(play_case(&p) == NULL); /* the table plays without a case */
    play_choose_mode(&p, "training");
    play_choose_language(&p, 1); /* English */
    CHECK(play_choose_case(&p, "reclassering-marco"));
    CHECK_STR(play_case(&p)->id, "reclassering-marco");
    CHECK_STR(play_deck(&p)->id, "reclassering");
    CHECK_STR(play_deck(&p)->languages[play_language(&p)], "en");
    CHECK(!play_choose_case(&p, "nobody"));
    CHECK_STR(play_case(&p)->id, "reclassering-marco");
    play_step_case(&p, 1); /* the next in --list-cases' order */
    CHECK_STR(play_case(&p)->id, "schuldhulpverlening-kevin");
    CHECK_STR(play_deck(&p)->id, "schuldhulpverlening");
    CHECK(play_choose_case(&p, "arbeidsintegratie-jesse")); /* the first */
    play_step_case(&p, -1); /* round the end */
    CHECK(play_case(&p) == &play_cases(&p)->cases[play_cases(&p)->count - 1]);
    for (size_t i = 0; i < n; i++)
        if (strcmp(offer[i]->id, "jeugdbescherming") == 0)
            play_choose_deck_at(&p, i);
    CHECK_STR(play_case(&p)->id, "jeugdbescherming-naima");
    play_free(&p);
    catalog_free(&decks);
    error_list_free(&errors);
}

/* The pair's code as typed on the start screen: capitals, letters and
 * digits only, no longer than a code may be; with no trace the round
 * has no pair whatever was typed; a pair whose rounds were deleted is
 * chosen no more. */
static void test_labels(void)
{
    deck d;
    fixture_deck(&d, 5, "pn", 4);
    session_seat seats[SESSION_MAX_PLAYERS];
    size_t cards[] = {0, 1};
    play_setup setup = table_setup(&d, seats, cards, 2);
    play p;
    play_init(&p);
    CHECK(play_type_pair(&p, 'k'));
    CHECK(!play_type_pair(&p, '-')); /* not a code's character */
    CHECK(play_type_pair(&p, '1'));
    CHECK(play_type_pair(&p, '7'));
    CHECK_STR(play_pair(&p), "K17");
    CHECK(!play_type_pair(&p, -1)); /* back: the last one goes */
    CHECK_STR(play_pair(&p), "K1");
    for (int i = 0; i < 40; i++)
        (void)play_type_pair(&p, 'A');
    CHECK_INT(strlen(play_pair(&p)), SESSION_PAIR_MAX - 1);
    play_choose_pair(&p, "K17");
    char why[256] = "";
    CHECK(play_start(&p, &setup, 1000, why, sizeof why));
    CHECK_STR(play_session(&p)->pair, "K17");
    play_choose_no_trace(&p, true);
    CHECK(play_start(&p, &setup, 2000, why, sizeof why));
    CHECK_STR(play_session(&p)->pair, ""); /* stored under no code */
    CHECK_STR(play_pair(&p), "K17");       /* as typed, for the screen */
    play_forget_pair(&p, "K18");
    CHECK_STR(play_pair(&p), "K17");
    play_forget_pair(&p, "K17");
    CHECK_STR(play_pair(&p), "");
    play_free(&p);
    deck_free(&d);
}

/* Last time: a pair's next round reads what each side answered on the
 * same card in the round before (in its own folder); a round without
 * the pair's code, or ended, has no last time. */
static void test_previous(void)
{
    char folder[] = TEST_TMP "/alliantiespel-play-XXXXXX";
    CHECK(mkdtemp(folder) != NULL);
    deck d;
    fixture_deck(&d, 5, "pn", 4);
    session_seat seats[SESSION_MAX_PLAYERS];
    size_t cards[] = {0, 1, 2};
    play_setup setup = table_setup(&d, seats, cards, 3);
    play p;
    play_init(&p);
    play_choose_pair(&p, "K17");
    char why[256] = "", path[700];
    CHECK(play_start(&p, &setup, 1000, why, sizeof why));
    session_action place = {.type = SESSION_ACTION_PLACE, .player = 0,
                            .option = 3};
    CHECK_INT(play_apply(&p, place, 1001), SESSION_OK);
    place.player = 1;
    place.option = 1;
    CHECK_INT(play_apply(&p, place, 1002), SESSION_OK);
    session_action reveal = {.type = SESSION_ACTION_REVEAL};
    (void)play_apply(&p, reveal, 1003); /* turned, when not at once */
    CHECK_INT(play_session(&p)->rounds[0].state, SESSION_CARD_REVEALED);
    snprintf(path, sizeof path, "%s/result-K17-20260101-100000.yaml", folder);
    error_list errors;
    error_list_init(&errors);
    CHECK(result_write(path, play_session(&p), &errors));
    /* the next round: card 0 comes second now */
    size_t later[] = {2, 0};
    setup.cards = later;
    setup.card_count = 2;
    CHECK(play_start(&p, &setup, 2000, why, sizeof why));
    CHECK(play_previous(&p) == NULL); /* not read yet */
    CHECK(play_load_previous(&p, folder, NULL, &errors));
    CHECK(error_list_empty(&errors));
    deck_role client = play_session(&p)->players[0];
    deck_role other = play_session(&p)->players[1];
    CHECK_INT(play_previous_answer(&p, 1, client), 3);
    CHECK_INT(play_previous_answer(&p, 1, other), 1);
    CHECK_INT(play_previous_answer(&p, 0, client), SESSION_NO_ANSWER);
    /* passing over the round's own file: there is none before it */
    CHECK(!play_load_previous(&p, folder, path, &errors));
    CHECK(play_load_previous(&p, folder, NULL, &errors));
    play_end(&p);
    CHECK(play_previous(&p) == NULL); /* it went with the round */
    play_choose_pair(&p, "");
    CHECK(play_start(&p, &setup, 3000, why, sizeof why));
    CHECK(!play_load_previous(&p, folder, NULL, &errors)); /* no code */
    play_free(&p);
    error_list_free(&errors);
    deck_free(&d);
    if (check_failed == 0) /* kept to look at when something failed */
        CHECK(remove_tree(folder) == 0);
}

/* True when path names a file that is there. */
static bool there(const char *path)
{
    FILE *f = fopen(path, "r");
    if (f)
        fclose(f);
    return f != NULL;
}

/* What is stored after each move: the round in progress at every move,
 * a finished round once as the pair's result file (and then no round
 * in progress), a folder that cannot be written told and tried again,
 * the stored file thrown away on request. */
static void test_store(void)
{
    char folder[] = TEST_TMP "/alliantiespel-store-XXXXXX";
    CHECK(mkdtemp(folder) != NULL);
    char slot[700], missing[700], result[700];
    snprintf(slot, sizeof slot, "%s/round-in-progress.yaml", folder);
    snprintf(missing, sizeof missing, "%s/gone/round-in-progress.yaml",
             folder);
    deck d;
    fixture_deck(&d, 5, "pn", 4);
    session_seat seats[SESSION_MAX_PLAYERS];
    size_t cards[] = {0};
    play_setup setup = table_setup(&d, seats, cards, 1);
    play p;
    play_init(&p);
    play_choose_pair(&p, "K17");
    char why[256] = "";
    error_list errors;
    error_list_init(&errors);
    CHECK(play_store(&p, folder, slot, 0, &errors)); /* no round: nothing */
    CHECK(!there(slot));
    CHECK(play_start(&p, &setup, 1000, why, sizeof why));
    session_action place = {.type = SESSION_ACTION_PLACE, .option = 2};
    CHECK_INT(play_apply(&p, place, 1001), SESSION_OK);
    CHECK(play_store(&p, folder, slot, 1001, &errors));
    CHECK(there(slot));
    CHECK_STR(play_stored(&p), ""); /* not finished: no result yet */
    /* a folder gone: told, with the system's reason, and nothing lost */
    CHECK(!play_store(&p, folder, missing, 1001, &errors));
    CHECK(!error_list_empty(&errors));
    CHECK(errors.os_error != 0);
    error_list_clear(&errors);
    place.player = 1;
    CHECK_INT(play_apply(&p, place, 1002), SESSION_OK);
    session_action turn = {.type = SESSION_ACTION_REVEAL};
    session_action next = {.type = SESSION_ACTION_NEXT};
    (void)play_apply(&p, turn, 1003); /* turned, when not at once */
    CHECK_INT(play_apply(&p, next, 1004), SESSION_OK);
    CHECK(session_finished(play_session(&p)));
    CHECK(play_store(&p, folder, slot, 1004, &errors));
    CHECK(!there(slot)); /* the result holds it now */
    CHECK(strstr(play_stored(&p), "/result-K17-") != NULL);
    CHECK(there(play_stored(&p)));
    snprintf(result, sizeof result, "%s", play_stored(&p));
    CHECK(play_store(&p, folder, slot, 1005, &errors)); /* stored once */
    CHECK_STR(play_stored(&p), result);
    CHECK(!there(slot));
    CHECK(play_discard_stored(&p));
    CHECK(!there(result));
    CHECK_STR(play_stored(&p), "");
    CHECK(!play_discard_stored(&p)); /* nothing left to throw away */
    CHECK(error_list_empty(&errors));
    play_free(&p);
    error_list_free(&errors);
    deck_free(&d);
    if (check_failed == 0) /* kept to look at when something failed */
        CHECK(remove_tree(folder) == 0);
}

int main(void)
{
    test_round();
    test_deck_and_language();
    test_case();
    test_labels();
    test_previous();
    test_store();
    return check_report();
}
