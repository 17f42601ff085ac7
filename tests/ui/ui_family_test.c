/* A whole family round, headless, with the keyboard contract of the table
 * game: a young person and two parents with the youth worker. Each person
 * is named by role on the hand-over screen, the turned card shows every
 * token and both distances, and the result file keeps the seats, their
 * roles, the mode and every answer. */
#include <unistd.h>

#include "check.h"
#include "result.h"
#include "ui_driver.h"

static char home[] = "/tmp/alliantiespel-family-XXXXXX";

static void test_family_round(void)
{
    char save[600];
    snprintf(save, sizeof save, "%s/family.yaml", home);
    const char *args[] = {"--domain", "jeugdbescherming", "--lang", "nl",
                          "--seats", "jongere,ouder,ouder", "--cards", "quick",
                          "--save", save, "--window", "1280x800"};
    app *a = ui_open(12, args, true);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    CHECK_STR(app_session(a)->mode, "family");
    CHECK_INT(app_session(a)->player_count, 4);
    ui_step(a);
    const int answers[5][4] = {{4, 2, 3, 4}, {5, 4, 4, 3}, {2, 4, 5, 3},
                               {3, 3, 3, 3}, {1, 2, 4, 2}};
    for (int c = 0; c < 5; c++) {
        ui_key(a, SDLK_RETURN); /* the deal */
        for (int p = 0; p < 4; p++) {
            if (p > 0) {
                CHECK_STR(app_scene_name(a->scene), "handover");
                if (c == 0 && p == 1)
                    CHECK(ui_frame_says(a, "Geef het scherm aan de ouder (1)"));
                if (c == 0 && p == 2)
                    CHECK(ui_frame_says(a, "Geef het scherm aan de ouder (2)"));
                ui_key(a, SDLK_RETURN);
            }
            CHECK_STR(app_scene_name(a->scene), "place");
            /* the young person reads the card in their own words */
            if (c == 0 && p == 0)
                CHECK(ui_frame_says(a, "Ik weet wat ik nodig heb om thuis"));
            ui_key(a, SDLK_0 + answers[c][p]);
            ui_key(a, SDLK_RETURN);
        }
        CHECK_STR(app_scene_name(a->scene), "handover");
        ui_key(a, SDLK_RETURN); /* turn */
        ui_step(a);
        CHECK_STR(app_scene_name(a->scene), "reveal");
        if (c == 0) {
            CHECK_INT(ui_frame_count(a, GFX_MARK_TOKEN), 4);
            CHECK(ui_frame_says(a, "Binnen het gezin"));
            /* the sentences the young person and the parents read,
             * never the family's wording nobody saw */
            CHECK(ui_frame_says(a, "Jongere: Ik weet wat ik nodig heb"));
            CHECK(ui_frame_says(a, "Ouder: Ik weet wat mijn kind nodig"));
            CHECK(!ui_frame_says(a, "Ik weet wat er nodig is voor een"));
        }
        ui_key(a, SDLK_RETURN);
    }
    CHECK_STR(app_scene_name(a->scene), "summary");
    app_close(a);

    deck d;
    session s;
    error_list errors;
    error_list_init(&errors);
    bool ok = result_read(save, &d, &s, &errors);
    CHECK(ok);
    if (!ok) {
        error_print(&errors, stderr);
        error_list_free(&errors);
        return;
    }
    error_list_free(&errors);
    CHECK_STR(s.mode, "family");
    CHECK_INT(s.player_count, 4);
    const char *roles[4] = {"jongere", "ouder", "ouder", "professional"};
    for (size_t p = 0; p < 4 && p < s.player_count; p++) {
        CHECK_STR(d.roles[s.roles[p]].id, roles[p]);
        CHECK_INT(s.players[p], p < 3 ? DECK_ROLE_CLIENT
                                      : DECK_ROLE_PROFESSIONAL);
    }
    for (size_t r = 0; r < 5 && r < s.round_count; r++)
        for (size_t p = 0; p < 4; p++)
            CHECK_INT(s.rounds[r].answer[p], answers[r][p] - 1);
    session_free(&s);
    deck_free(&d);
}

/* A young person who reads English better plays in English while the
 * parent and the youth worker read Dutch: each sees the card in their
 * own language, and the result keeps the seat's language. */
static void test_seat_language(void)
{
    char save[600];
    snprintf(save, sizeof save, "%s/seat-lang.yaml", home);
    const char *args[] = {"--domain", "jeugdbescherming", "--lang", "nl",
                          "--seats", "jongere,ouder", "--seat-lang", "jongere=en",
                          "--cards", "richting-veilig", "--save", save};
    app *a = ui_open(12, args, true);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    ui_step(a);
    ui_key(a, SDLK_RETURN); /* the deal */
    CHECK_STR(app_scene_name(a->scene), "place");
    CHECK(ui_frame_says(a, "I know what I need to be safe at home."));
    /* named in the screen's language: no "Jongere" on an English screen */
    CHECK(ui_frame_says(a, "Your turn: Young person"));
    ui_key(a, SDLK_4);
    ui_key(a, SDLK_RETURN);
    /* the hand-over speaks to the one who just placed, in their
     * language; its button to the one who takes the screen, in theirs */
    CHECK_STR(app_scene_name(a->scene), "handover");
    CHECK(ui_frame_says(a, "Give the screen to the parent"));
    CHECK(ui_frame_says(a, "Nobody can see what you chose."));
    CHECK(ui_frame_says(a, "Ik ben de ouder: verder"));
    CHECK(!ui_frame_says(a, "Geef het scherm"));
    ui_key(a, SDLK_RETURN);
    CHECK_STR(app_scene_name(a->scene), "place");
    CHECK(ui_frame_says(a, "Aan de beurt"));
    CHECK(!ui_frame_says(a, "I know what"));
    ui_key(a, SDLK_3);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_2);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_RETURN); /* turn */
    ui_step(a);
    /* the turned card: each seat's statement in its own language,
     * the seats named in the room's (the screen's) */
    CHECK(ui_frame_says(a, "Jongere: I know what I need to be safe"));
    CHECK(ui_frame_says(a, "Ouder: Ik weet wat mijn kind nodig heeft"));
    /* each answer's words in the language its seat chose them in */
    CHECK(ui_frame_says(a, "True"));
    CHECK(ui_frame_says(a, "Een beetje"));
    /* the talk is for everyone: the room's prompt, and the young
     * person's own on a line of its own */
    CHECK(ui_frame_says(a, "Wat is een veilig thuis voor ieder van jullie?"));
    CHECK(ui_frame_says(a, "What does a safe home mean to each of you?"));
    ui_key(a, SDLK_b); /* marked: the board lists it */
    ui_key(a, SDLK_RETURN); /* to the board: stored with --save */
    ui_step(a);
    CHECK_STR(app_scene_name(a->scene), "summary");
    /* the board is the room's: its lines in one language */
    CHECK(ui_frame_says(a, "Jongere: Ik weet wat ik nodig heb"));
    CHECK(!ui_frame_says(a, "I know what"));
    app_close(a);
    deck d;
    session s;
    error_list errors;
    error_list_init(&errors);
    CHECK(result_read(save, &d, &s, &errors));
    error_print(&errors, stderr);
    error_list_free(&errors);
    if (s.deck) {
        CHECK_STR(d.languages[s.language], "nl");
        CHECK_STR(d.languages[s.seat_language[0]], "en");
        CHECK_STR(d.languages[s.seat_language[1]], "nl");
        session_free(&s);
        deck_free(&d);
    }
    /* a language the deck has not is refused at the start */
    const char *bad[] = {"--domain", "jeugdbescherming", "--seat-lang", "client=tr"};
    CHECK(ui_open(4, bad, false) == NULL);
}

/* A role the deck does not have is refused at the start, clearly. */
static void test_unknown_role(void)
{
    const char *args[] = {"--domain", "jeugdbescherming", "--seats",
                          "jongere,buurman"};
    CHECK(ui_open(4, args, false) == NULL);
    const char *table[] = {"--mode", "table", "--domain", "algemeen",
                           "--seats", "client,client"};
    CHECK(ui_open(6, table, false) == NULL);
}

int main(void)
{
    if (!mkdtemp(home))
        return 1;
    ui_env(home);
    test_family_round();
    test_seat_language();
    test_unknown_role();
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", home);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", home);
    return check_report();
}
