/* Training, headless, with the keyboard: two students role-play a case
 * (each reads their side of it first; the professional answers and then
 * guesses the client's answer on every card), and one student practises
 * alone (the case answers and says why). The result keeps the case, the
 * group code and every guess; the board shows how well the student knew
 * the client. */
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "menu.h"
#include "predict.h"
#include "result.h"
#include "ui_driver.h"

static char home[] = "/tmp/alliantiespel-training-XXXXXX";

static bool read_result(const char *path, deck *d, session *s)
{
    error_list errors;
    error_list_init(&errors);
    bool ok = result_read(path, d, s, &errors);
    if (!ok)
        error_print(&errors, stderr);
    error_list_free(&errors);
    return ok;
}

static void test_role_play(void)
{
    char save[600];
    snprintf(save, sizeof save, "%s/training.yaml", home);
    const char *args[] = {"--mode", "training", "--case", "reclassering-marco",
                          "--group", "klas-2B", "--lang", "nl", "--cards",
                          "richting-doel,binding-respect,stroefheid-ja-nee",
                          "--save", save, "--window", "1280x800"};
    app *a = ui_open(14, args, true);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    ui_step(a);
    CHECK_STR(app_session(a)->mode, "training");
    CHECK_STR(app_session(a)->case_id, "reclassering-marco");
    /* the client's student first, out of the other's sight */
    CHECK_STR(app_scene_name(a->scene), "case");
    CHECK(ui_frame_says(a, "Geef het scherm aan de student die de cliënt speelt"));
    ui_key(a, SDLK_RETURN);
    CHECK(ui_frame_says(a, "Hoe je je voelt"));
    ui_key(a, SDLK_RETURN);
    CHECK(ui_frame_says(a, "de reclasseringswerker"));
    ui_key(a, SDLK_RETURN);
    CHECK(ui_frame_says(a, "Wat het dossier zegt"));
    ui_key(a, SDLK_RETURN);
    CHECK_STR(app_scene_name(a->scene), "deal");
    /* client, professional's own answer, professional's guess */
    const int plays[3][3] = {{2, 4, 3}, {3, 3, 3}, {5, 2, 1}};
    for (int c = 0; c < 3; c++) {
        ui_key(a, SDLK_RETURN); /* the deal */
        CHECK_STR(app_scene_name(a->scene), "place");
        ui_key(a, SDLK_0 + plays[c][0]);
        ui_key(a, SDLK_RETURN);
        CHECK_STR(app_scene_name(a->scene), "handover");
        ui_key(a, SDLK_RETURN);
        CHECK_STR(app_scene_name(a->scene), "place");
        ui_key(a, SDLK_0 + plays[c][1]);
        ui_key(a, SDLK_RETURN);
        /* the same student guesses next, without a hand-over */
        CHECK_STR(app_scene_name(a->scene), "place");
        CHECK(scene_place_guessing());
        if (c == 0)
            CHECK(ui_frame_says(a, "Wat antwoordt de cliënt?"));
        ui_key(a, SDLK_0 + plays[c][2]);
        ui_key(a, SDLK_RETURN);
        CHECK_STR(app_scene_name(a->scene), "handover");
        ui_key(a, SDLK_RETURN); /* turn */
        ui_step_ms(a, 1000);
        CHECK_STR(app_scene_name(a->scene), "reveal");
        if (c == 0)
            CHECK(ui_frame_says(a, "Reclasseringswerker gokte: 1 stap ernaast"));
        if (c == 1)
            CHECK(ui_frame_says(a, "gokte: precies goed"));
        ui_key(a, SDLK_RETURN);
    }
    CHECK_STR(app_scene_name(a->scene), "summary");
    ui_step(a);
    CHECK(ui_frame_says(a, "Hoe goed ken je je cliënt?"));
    CHECK(ui_frame_says(a, "1 van de 3 gokken precies goed"));
    app_close(a);

    deck d;
    session s;
    CHECK(read_result(save, &d, &s));
    CHECK_STR(s.case_id, "reclassering-marco");
    CHECK_STR(s.group, "klas-2B");
    CHECK(!s.predicts[0] && s.predicts[1]);
    for (size_t r = 0; r < 3 && r < s.round_count; r++) {
        CHECK_INT(s.rounds[r].answer[0], plays[r][0] - 1);
        CHECK_INT(s.rounds[r].answer[1], plays[r][1] - 1);
        CHECK_INT(s.rounds[r].predict[1], plays[r][2] - 1);
        CHECK_INT(s.rounds[r].predict[0], SESSION_NO_ANSWER);
    }
    predict_score p;
    CHECK(predict_score_seat(&s, 1, &p));
    CHECK_INT(p.overall.exact, 1);
    CHECK_INT(p.overall.within_one, 2);
    CHECK_INT(p.overall.distance_sum, 1 + 0 + 4);
    session_free(&s);
    deck_free(&d);
}

/* True when the frame drew a button exactly at r. */
static bool button_drawn_at(app *a, layout_rect r)
{
    app_draw(a);
    for (size_t i = 0; i < ui_trace.count; i++) {
        const layout_rect *b = &ui_trace.items[i].rect;
        if (ui_trace.items[i].kind == GFX_MARK_BUTTON && b->x == r.x &&
            b->y == r.y && b->w == r.w && b->h == r.h)
            return true;
    }
    return false;
}

/* Alone on the turned card the way on is a button one sees, and Tab
 * stops only where something is: the card's "?" (Enter explains the
 * theme), then the way on (Enter goes to the next card); never on the
 * hidden buttons for talking together, where Enter did nothing. */
static void check_solo_tab(app *a)
{
    layout_reveal l;
    layout_reveal_make(&a->frame, app_session(a)->player_count, &l);
    CHECK_MSG(button_drawn_at(a, l.next), "alone: no button to go on");
    size_t card = app_session(a)->current;
    ui_key(a, SDLK_TAB);
    ui_key(a, SDLK_RETURN);
    CHECK_INT(a->menu, APP_MENU_EXPLAIN);
    ui_key(a, SDLK_RETURN); /* close the explanation */
    CHECK_INT(a->menu, APP_MENU_CLOSED);
    ui_key(a, SDLK_TAB);
    ui_key(a, SDLK_RETURN);
    CHECK_MSG(app_session(a)->current == card + 1,
              "the second Tab stop on the turned card is not the way on");
}

static void test_solo(void)
{
    char save[600];
    snprintf(save, sizeof save, "%s/solo.yaml", home);
    const char *args[] = {"--solo", "--case", "schuldhulpverlening-kevin",
                          "--lang", "en", "--cards", "quick", "--save", save,
                          "--window", "1024x640"};
    app *a = ui_open(11, args, true);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    ui_step(a);
    CHECK_STR(app_session(a)->mode, "solo");
    /* alone, only the file's side of the case */
    CHECK_STR(app_scene_name(a->scene), "case");
    CHECK(ui_frame_says(a, "What the file says"));
    ui_key(a, SDLK_RETURN);
    size_t cards = app_session(a)->round_count;
    for (size_t c = 0; c < cards; c++) {
        /* the deal: skipped with Enter, or (the first card) left to end by
         * itself, as people mostly do; either way the case answers */
        if (c == 0)
            ui_step_ms(a, 1000);
        else
            ui_key(a, SDLK_RETURN);
        CHECK_STR(app_scene_name(a->scene), "place");
        CHECK(!scene_place_guessing());
        ui_key(a, SDLK_3);
        ui_key(a, SDLK_RETURN);
        CHECK(scene_place_guessing());
        ui_key(a, SDLK_4);
        ui_key(a, SDLK_RETURN);
        /* alone: turned at once, no "look at the screen together" */
        CHECK_STR(app_scene_name(a->scene), "reveal");
        ui_step_ms(a, 1000);
        if (c == 0) {
            /* nor buttons to talk about a card with nobody */
            CHECK(!ui_frame_says(a, "Mark to talk about"));
            CHECK(!ui_frame_says(a, "Only for the talk"));
        }
        if (c == 0) {
            /* the persona's reason, in the round's language */
            CHECK(ui_frame_says(a, "Why the client answered so"));
            CHECK(ui_frame_says(a, "I say"));
            check_solo_tab(a);
            continue; /* Tab and Enter went on to the next card */
        }
        ui_key(a, SDLK_RETURN);
    }
    CHECK_STR(app_scene_name(a->scene), "summary");
    ui_step(a);
    CHECK(ui_frame_says(a, "How well do you know your client?"));
    /* G shows the cards to talk about instead, and back */
    ui_key(a, SDLK_g);
    CHECK(!ui_frame_says(a, "How well do you know your client?"));
    ui_key(a, SDLK_g);
    CHECK(ui_frame_says(a, "How well do you know your client?"));
    /* ... and by touch: the button that does what G does */
    layout_rect other = {0, 0, 0, 0};
    CHECK(ui_text_box(a, "Cards to talk about", &other));
    ui_tap(a, other);
    CHECK(!ui_frame_says(a, "How well do you know your client?"));
    CHECK(ui_text_box(a, "Your guesses", &other));
    ui_tap(a, other);
    CHECK(ui_frame_says(a, "How well do you know your client?"));
    app_close(a);

    deck d;
    session s;
    CHECK(read_result(save, &d, &s));
    CHECK_STR(s.mode, "solo");
    /* the client's answers are the case's own */
    for (size_t r = 0; r < s.round_count; r++) {
        CHECK(s.rounds[r].answer[0] != SESSION_NO_ANSWER);
        CHECK_INT(s.rounds[r].predict[1], 3);
    }
    session_free(&s);
    deck_free(&d);
}

/* A crash after the guess: the round comes back with the case, the group
 * and the guess, on the screen where everyone had placed. */
static void test_crash_after_the_guess(void)
{
    const char *args[] = {"--mode", "training", "--case", "jeugdbescherming-tess",
                          "--group", "g7", "--lang", "nl", "--cards", "quick"};
    app *a = ui_open(10, args, false);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    ui_step(a);
    for (int i = 0; i < 4; i++)
        ui_key(a, SDLK_RETURN); /* the case, read by both */
    ui_key(a, SDLK_RETURN);     /* the deal */
    ui_key(a, SDLK_2);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_4);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_5);
    ui_key(a, SDLK_RETURN);
    CHECK_STR(app_scene_name(a->scene), "handover");
    app_close(a); /* the crash */

    const char *plain[] = {"--lang", "nl"};
    a = ui_reopen(2, plain, SDLK_1); /* go on */
    CHECK(a != NULL);
    if (a == NULL)
        return;
    CHECK(app_playing(a));
    CHECK_STR(app_session(a)->mode, "training");
    CHECK_STR(app_session(a)->case_id, "jeugdbescherming-tess");
    CHECK_STR(app_session(a)->group, "g7");
    CHECK_INT(app_session(a)->rounds[0].predict[1], 4);
    CHECK_STR(app_scene_name(a->scene), "handover");
    ui_key(a, SDLK_RETURN);
    ui_step_ms(a, 1000);
    CHECK_STR(app_scene_name(a->scene), "reveal");
    /* thrown away: the next test starts clean */
    app_close(a);
    a = ui_open(2, plain, false);
    if (a) {
        ui_step(a);
        ui_key(a, SDLK_2);
        app_close(a);
    }
}

/* "Raad de ander" from the start screen: the mode table's "guess" row,
 * after the families and training; both seats then guess, and the board
 * asks how well they guessed each other. The round is stored as the
 * table game, as before the row was one. */
static void test_guess_from_start(void)
{
    const char *args[] = {"--lang", "nl", "--cards", "quick"};
    app *a = ui_open(4, args, true);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    ui_step(a);
    ui_key(a, SDLK_UP); /* from the start button to the people row */
    for (int i = 0; i < 6; i++)
        ui_key(a, SDLK_RIGHT); /* past the families and training */
    CHECK_STR(app_mode(a)->id, "guess");
    CHECK(ui_frame_says(a, "jullie raden elkaar"));
    ui_key(a, SDLK_RETURN);
    CHECK(app_playing(a));
    CHECK_STR(app_session(a)->mode, "table");
    CHECK(app_session(a)->predicts[0] && app_session(a)->predicts[1]);
    size_t cards = app_session(a)->round_count;
    for (size_t c = 0; c < cards; c++) {
        ui_key(a, SDLK_RETURN);
        ui_key(a, SDLK_3);
        ui_key(a, SDLK_RETURN);
        CHECK(scene_place_guessing()); /* the client guesses too */
        ui_key(a, SDLK_4);
        ui_key(a, SDLK_RETURN);
        ui_key(a, SDLK_RETURN); /* hand-over */
        ui_key(a, SDLK_4);
        ui_key(a, SDLK_RETURN);
        ui_key(a, SDLK_3);
        ui_key(a, SDLK_RETURN);
        ui_key(a, SDLK_RETURN); /* turn */
        ui_key(a, SDLK_RETURN);
    }
    CHECK_STR(app_scene_name(a->scene), "summary");
    ui_key(a, SDLK_g);
    CHECK(ui_frame_says(a, "Hoe goed raadden jullie elkaar?"));
    app_close(a);
}

/* A case that is not there, or that belongs to another deck, is refused
 * at the start with a clear sentence. */
static void test_bad_case(void)
{
    const char *none[] = {"--case", "niemand"};
    CHECK(ui_open(2, none, false) == NULL);
    const char *other[] = {"--case", "reclassering-marco", "--domain",
                           "algemeen"};
    CHECK(ui_open(4, other, false) == NULL);
}

/* A theme explained to students, with its theory (up to some 600
 * letters), in every deck and both languages, on a small screen and a
 * large one: every text of the dialog is drawn whole. A text that did
 * not fit, even at its smallest size, is cut at its box's edge, so its
 * trace is exactly as tall as its box; a whole one is shorter. */
static void test_explain_whole(void)
{
    const char *cases[] = {"arbeidsintegratie-jesse", "jeugdbescherming-tess",
                           "maatschappelijke-opvang-dana",
                           "reclassering-marco", "schuldhulpverlening-kevin"};
    const char *langs[] = {"nl", "en"};
    const char *sizes[] = {"1024x600", "1920x1080"};
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++)
        for (size_t g = 0; g < 2; g++)
            for (size_t z = 0; z < 2; z++) {
                const char *args[] = {"--mode", "training", "--case", cases[c],
                                      "--lang", langs[g], "--window",
                                      sizes[z]};
                ui_forget_round();
                app *a = ui_start(8, args);
                CHECK(a != NULL);
                if (a == NULL)
                    continue;
                layout_menu m;
                layout_menu_make(&a->frame, &m);
                for (size_t d = 0; d < app_deck(a)->dimension_count; d++) {
                    menu_explain(a, d);
                    ui_step(a);
                    CHECK_INT(a->menu, APP_MENU_EXPLAIN);
                    CHECK(ui_frame_says(a, langs[g][0] == 'n' ? "Theorie: "
                                                             : "Theory: "));
                    for (size_t i = 0; i < ui_trace.count; i++) {
                        const trace_item *t = &ui_trace.items[i];
                        if (t->kind != GFX_MARK_TEXT ||
                            !layout_inside(t->container, m.panel))
                            continue;
                        CHECK_MSG(t->rect.h < t->container.h,
                                  "%s %s %s theme %zu: '%.40s' is cut",
                                  cases[c], langs[g], sizes[z], d, t->text);
                    }
                    ui_key(a, SDLK_RETURN);
                    CHECK_INT(a->menu, APP_MENU_CLOSED);
                }
                app_close(a);
            }
}

int main(void)
{
    if (!mkdtemp(home))
        return 1;
    ui_env(home);
    test_role_play();
    test_solo();
    test_crash_after_the_guess();
    test_guess_from_start();
    test_bad_case();
    test_explain_whole();
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", home);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", home);
    return check_report();
}
