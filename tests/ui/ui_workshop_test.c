/* A workshop, headless, with the keyboard as a facilitator would use it:
 * a show of hands typed per side (a count corrected with Backspace, a
 * fourth digit refused, a side taken back), the spread turned, hidden
 * and shown, a revote whose shift is told, the talk clock that lets the
 * loop sleep while paused, back a card, and the board; teams named on
 * the start screen, a team's turn by name, a card turned before the last
 * team answered. On a projector every text is read from the back of the
 * room: each traced text's capitals are at least 1/40 of the screen's
 * height, the card's 1/20. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "result.h"
#include "layout_workshop.h"
#include "theme.h"
#include "timer.h"
#include "ui_driver.h"
#include "ui_driver_env.h"
#include "ui_hands.h"

static char home[512];

/* A count the frame says in a form Dutch does not use: "1 stappen",
 * "1 mensen", "(1,0 stappen)", "0,5 stappen" (below one it is "0,5
 * stap", as report_spread_steps says it). The first text that does, or
 * NULL. */
static const char *wrong_count(app *a)
{
    static const char *const nouns[] = {" stappen", " mensen", " kaarten",
                                        " rondes", " teams", NULL};
    app_draw(a);
    for (size_t i = 0; i < ui_trace.count; i++) {
        const char *t = ui_trace.items[i].text;
        if (ui_trace.items[i].kind != GFX_MARK_TEXT)
            continue;
        for (size_t k = 0; nouns[k]; k++)
            for (const char *at = strstr(t, nouns[k]); at;
                 at = strstr(at + 1, nouns[k])) {
                const char *num = at;
                while (num > t && (isdigit((unsigned char)num[-1]) ||
                                   num[-1] == ','))
                    num--;
                size_t len = (size_t)(at - num);
                bool one = len == 1 && num[0] == '1';
                bool whole = len > 2 && at[-2] == ',' && at[-1] == '0';
                bool below = len > 2 && num[0] == '0' && num[1] == ',';
                if (one || whole || below)
                    return t;
            }
    }
    return NULL;
}

/* Every text of the frame readable from the back of the room. */
static void check_projector_text(app *a, const char *where, bool has_card)
{
    int h = a->out_h;
    size_t small = 0;
    bool card = false;
    for (size_t i = 0; i < ui_trace.count; i++) {
        const trace_item *t = &ui_trace.items[i];
        if (t->kind != GFX_MARK_TEXT)
            continue;
        if ((float)t->size * LAYOUT_CAP_HEIGHT + 0.5f < (float)h / 40.0f) {
            fprintf(stderr, "%s: '%s' at %d px\n", where, t->text, t->size);
            small++;
        }
        card |= (float)t->size * LAYOUT_CAP_HEIGHT + 0.5f >= (float)h / 20.0f;
    }
    CHECK_INT(small, 0);
    CHECK(card == has_card); /* the card's words, at the card's size */
}

static uint32_t pixel_at(app *a, int x, int y)
{
    SDL_Surface *s = ui_frame(a);
    if (s == NULL)
        return 0;
    const uint32_t *row = (const uint32_t *)((const uint8_t *)s->pixels +
                                             y * s->pitch);
    uint32_t p = row[x] & 0xFFFFFFu;
    SDL_FreeSurface(s);
    return p;
}

/* Read back from the frame: the clients' tallest bar in their colour,
 * where nobody chose the bar's ground. */
static void check_bars(app *a, size_t tallest, size_t empty)
{
    layout_workshop l;
    layout_spread_make(&a->frame, 2, 5, 4, &l);
    const theme *t = theme_get(app_settings(a)->light);
    layout_rect bar = l.side[0].column[tallest];
    layout_rect none = l.side[0].column[empty];
    CHECK_INT(pixel_at(a, bar.x + bar.w / 2, bar.y + bar.h - 3),
              ui_hands_rgb(t->client));
    CHECK_INT(pixel_at(a, none.x + none.w / 2, none.y + none.h / 2),
              ui_hands_rgb(t->panel));
}

static void test_clock(void)
{
    timer t;
    timer_init(&t, 120000);
    CHECK_INT(timer_seconds(&t, 0), 120);
    CHECK_INT(timer_wait(&t, 0), TIMER_NEVER); /* paused: sleep on */
    timer_start(&t, 1000);
    CHECK_INT(timer_seconds(&t, 1500), 120);
    CHECK_INT(timer_wait(&t, 1500), 500);       /* the next second */
    CHECK(timer_changed(&t, 2100));
    CHECK(!timer_changed(&t, 2200));            /* one redraw a second */
    timer_pause(&t, 61000);
    CHECK_INT(timer_seconds(&t, 99999), 60);
    char text[16];
    timer_text(&t, 0, text, sizeof text);
    CHECK_STR(text, "1:00");
    timer_start(&t, 100000);
    CHECK(timer_over(&t, 170000));
    CHECK_INT(timer_wait(&t, 170000), TIMER_NEVER);
    timer_reset(&t);
    CHECK_INT(timer_seconds(&t, 0), 120);
    CHECK(!t.shown);
}

static void test_show_of_hands(void)
{
    char save[600];
    snprintf(save, sizeof save, "%s/hands.yaml", home);
    const char *args[] = {"--mode", "workshop", "--hands", "--domain",
                          "reclassering", "--lang", "nl", "--cards", "quick",
                          "--save", save, "--window", "1920x1080"};
    app *a = ui_open(13, args, true);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    ui_step(a);
    CHECK_STR(app_session(a)->mode, "workshop-hands");
    ui_key(a, SDLK_RETURN); /* the deal */
    CHECK_STR(app_scene_name(a->scene), "hands");
    CHECK(ui_frame_says(a, "Typ hoeveel mensen"));
    check_projector_text(a, "hands", true);
    /* 3 on the first option; 123 corrected to 12 on the second; a fourth
     * digit is no count */
    ui_hands_count(a, 3);
    ui_key(a, SDLK_1);
    ui_key(a, SDLK_2);
    ui_key(a, SDLK_3);
    ui_key(a, SDLK_BACKSPACE);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_9);
    ui_key(a, SDLK_9);
    ui_key(a, SDLK_9);
    ui_key(a, SDLK_9);
    ui_key(a, SDLK_RETURN);
    ui_hands_count(a, 0);
    ui_hands_count(a, 1);
    const session_round *r = &app_session(a)->rounds[0];
    CHECK(r->counted[0]);
    CHECK_INT(r->counts[0][1], 12);
    CHECK_INT(r->counts[0][2], 999);
    CHECK_INT(session_count_total(r, 0), 1015);
    /* Backspace on the other side's empty first count: the clients' side
     * comes back, its last count in focus */
    ui_key(a, SDLK_BACKSPACE);
    CHECK(!r->counted[0]);
    CHECK_INT(scene_hands_seat(), 0);
    CHECK_INT(scene_hands_option(), 4);
    ui_key(a, SDLK_BACKSPACE);
    ui_hands_count(a, 2);
    CHECK_INT(r->counts[0][4], 2);
    const int pros[5] = {0, 1, 6, 9, 2};
    ui_hands_side(a, pros);
    /* straight to the turned card: no "everyone has placed a token"
     * between, which a show of hands never did */
    CHECK_STR(app_scene_name(a->scene), "spread");
    CHECK(ui_frame_says(a, "Cliënten: 1016 mensen"));
    CHECK(ui_frame_says(a, "Het grootste verschil tussen de kanten"));
    check_projector_text(a, "spread", true);
    check_bars(a, 2, 3); /* 999 on the third answer, nobody on the fourth */
    /* hidden while the room talks, then shown */
    ui_key(a, SDLK_v);
    CHECK(scene_spread_hidden());
    CHECK(ui_frame_says(a, "Verborgen"));
    CHECK(!ui_frame_says(a, "midden")); /* nothing of the result shows */
    ui_key(a, SDLK_v);
    CHECK(!scene_spread_hidden());
    /* the clock: asleep while paused, a wake a second while it runs */
    CHECK_INT(app_wait_ms(a), 60000);
    ui_key(a, SDLK_t);
    CHECK(a->talk_timer.running);
    CHECK(app_wait_ms(a) <= 1000);
    CHECK(ui_frame_says(a, "Praten:"));
    ui_key(a, SDLK_t);
    CHECK_INT(app_wait_ms(a), 60000);
    /* once time is up, T (as a tap on the clock) sets it back to the full
     * time, ready to start again */
    ui_key(a, SDLK_t);
    ui_step_ms(a, (uint32_t)app_settings(a)->timer_seconds * 1000u + 1000u);
    CHECK(timer_over(&a->talk_timer, a->now));
    ui_key(a, SDLK_t);
    CHECK(!timer_over(&a->talk_timer, a->now));
    CHECK(!a->talk_timer.running);
    CHECK_INT(timer_seconds(&a->talk_timer, a->now),
              app_settings(a)->timer_seconds);
    /* vote again after the talk: the first vote is kept */
    ui_key(a, SDLK_o);
    CHECK(r->revoted);
    ui_key(a, SDLK_RETURN); /* the deal */
    const int clients2[5] = {0, 1, 7, 3, 0}, pros2[5] = {0, 2, 8, 4, 0};
    ui_hands_side(a, clients2);
    ui_hands_side(a, pros2);
    CHECK_STR(app_scene_name(a->scene), "spread");
    CHECK(ui_frame_says(a, "Na het gesprek"));
    CHECK_MSG(wrong_count(a) == NULL, "the revote says '%s'", wrong_count(a));
    CHECK_INT(r->first.counts[1][3], 9);
    CHECK_INT(r->counts[1][3], 4);
    /* on to the next card and back: the first is still turned */
    ui_key(a, SDLK_RETURN);
    CHECK_INT(app_session(a)->current, 1);
    ui_key(a, SDLK_PAGEUP);
    CHECK_INT(app_session(a)->current, 0);
    CHECK_STR(app_scene_name(a->scene), "spread");
    ui_key(a, SDLK_RETURN);
    /* the rest: card 2 turned with the clients' count only (show now) */
    ui_key(a, SDLK_RETURN);
    ui_hands_side(a, clients2);
    ui_key(a, SDLK_d);
    CHECK_STR(app_scene_name(a->scene), "spread");
    CHECK(app_session(a)->rounds[1].early);
    CHECK(ui_frame_says(a, "Niemand van deze kant gaf antwoord"));
    for (size_t c = 2; c < app_session(a)->round_count; c++) {
        ui_key(a, SDLK_RETURN);
        ui_key(a, SDLK_RETURN);
        ui_hands_side(a, clients2);
        ui_hands_side(a, pros2);
        ui_key(a, SDLK_RETURN);
    }
    ui_key(a, SDLK_RETURN);
    CHECK_STR(app_scene_name(a->scene), "summary");
    CHECK(ui_frame_says(a, "Hoe ziet de groep de samenwerking?"));
    CHECK(ui_frame_says(a, "afstand"));
    CHECK(ui_frame_says(a, "De kaarten waarover de groep het meest verdeeld"));
    CHECK_MSG(wrong_count(a) == NULL, "the board says '%s'", wrong_count(a));
    check_projector_text(a, "board", false);
    /* what was kept: every count, the revote and the early turn */
    app_close(a);
    deck d;
    session s;
    error_list errors;
    error_list_init(&errors);
    CHECK(result_read(save, &d, &s, &errors));
    error_list_free(&errors);
    if (s.rounds) {
        CHECK(s.hands[0] && s.hands[1]);
        CHECK(s.rounds[0].revoted);
        CHECK_INT(s.rounds[0].first.counts[0][2], 999);
        CHECK_INT(s.rounds[0].counts[0][2], 7);
        CHECK(s.rounds[1].early && !s.rounds[1].counted[1]);
        session_free(&s);
        deck_free(&d);
    }
}

/* One direction on every chart of the board: the whole room at the good
 * end of every card's theme (the last answer, the first on stroefheid)
 * gives each side's panel one bar, at its right end, beside the word
 * "goed", on stroefheid's row too; a row turned the wrong way shows up
 * here. The panels are no smaller than before "goed" came in. */
static void test_board_good_end(void)
{
    app *a = ui_hands_app("1280x720");
    CHECK(a != NULL);
    if (a == NULL)
        return;
    ui_play_good_round(a, ui_hands_at);
    CHECK_STR(app_scene_name(a->scene), "summary");
    CHECK(ui_frame_says(a, "Stroefheid"));
    layout_summary sum;
    layout_summary_make(&a->frame, 4, 0, &sum);
    layout_group_board l;
    layout_group_board_make(&a->frame, 4, sum.status.y, &l);
    app_draw(a);
    CHECK_INT(l.row_count, 4);
    for (size_t i = 0; i < l.row_count; i++)
        for (int col = 0; col < LAYOUT_WORKSHOP_SIDES; col++) {
            layout_rect bars = l.row[i].bars[col];
            layout_rect good = l.row[i].good[col];
            CHECK_MSG(ui_frame_says_in(a, "goed", good) &&
                          good.x >= bars.x + bars.w &&
                          layout_inside(good, l.row[i].side[col]),
                      "row %zu, side %d: no 'goed' at the right end", i, col);
            /* 1280x720 had panels of 329x34 with "goed" elsewhere; the
             * bars had 313x18 of them */
            CHECK(l.row[i].side[col].w * l.row[i].side[col].h >= 329 * 34);
            CHECK(bars.w * bars.h >= 313 * 18);
            /* the last of five slots, and nothing in the others */
            int last = bars.w * 4 / 5;
            size_t right = ui_markers_in(a, (layout_rect){bars.x + last, bars.y,
                                                          bars.w - last,
                                                          bars.h});
            size_t other = ui_markers_in(a, (layout_rect){bars.x, bars.y, last,
                                                          bars.h});
            CHECK_MSG(right == 1 && other == 0,
                      "row %zu, side %d: the good end's bar not at the right "
                      "(%zu elsewhere)", i, col, other);
        }
    app_close(a);
}

/* The turned card the way every board goes: a show of hands where the
 * whole room chose the good end of the card's theme (ui_good_option: "Klopt
 * helemaal" on a positive theme, "Klopt helemaal niet" on stroefheid)
 * has each side's one bar in the panel's right column, "goed" right of
 * the bars, the good end's number under that column and its words last in
 * the legend. A card drawn in its own scale order puts stroefheid's bar
 * on the left. */
static void check_spread_good_end(app *a, bool negative)
{
    const char *where = negative ? "stroefheid" : "positive";
    const deck *d = app_session(a)->deck;
    int good = ui_good_option(a);
    layout_workshop l;
    layout_spread_make(&a->frame, 2, 5, 4, &l);
    app_draw(a);
    CHECK_STR(app_scene_name(a->scene), "spread");
    for (size_t s = 0; s < l.sides; s++) {
        const layout_workshop_side *p = &l.side[s];
        layout_rect last = p->column[4];
        CHECK_MSG(ui_markers_in(a, last) == 1 &&
                      ui_markers_in(a, p->plot) == 1,
                  "%s, side %zu: the tallest bar is not on the right", where,
                  s);
        CHECK_MSG(ui_frame_says_in(a, "goed", p->good) &&
                      p->good.x >= p->plot.x + p->plot.w &&
                      p->good.x >= last.x + last.w,
                  "%s, side %zu: no 'goed' right of the bars", where, s);
        char num[16];
        snprintf(num, sizeof num, "%d", good + 1);
        CHECK_MSG(ui_frame_says_in(a, num, layout_inset(p->label[4], 2)),
                  "%s, side %zu: the good end's number not under the right "
                  "column", where, s);
    }
    /* the legend in the bars' order: the good end's words last */
    const char *words = negative ? "Klopt helemaal niet" : "Klopt helemaal";
    CHECK_STR(deck_text(d, &d->options[good].label, app_language(a)), words);
    char tail[64];
    snprintf(tail, sizeof tail, "\xc2\xb7  %d %s", good + 1, words);
    bool ends = false;
    for (size_t i = 0; i < ui_trace.count; i++) {
        const char *t = ui_trace.items[i].text;
        size_t n = strlen(t), m = strlen(tail);
        ends |= ui_trace.items[i].kind == GFX_MARK_TEXT && n > m &&
                strcmp(t + n - m, tail) == 0;
    }
    CHECK_MSG(ends, "%s: the legend does not end with '%s'", where, tail);
}

/* A revote on stroefheid after the whole room stood at its good end: the
 * clients now 4 on "Klopt helemaal" (5) and 3 on "Klopt niet" (2), the
 * professionals 7 on "Klopt" (4). What belongs to an option stands in its
 * column, the good end's right: the first vote's outline in the last
 * column, the clients' bar for 5 in the first, the professionals' count
 * 7 over the second, and "4", where the sides differ most, highlighted
 * in the second. */
static void check_spread_revote_turned(app *a)
{
    const theme *t = theme_get(app_settings(a)->light);
    layout_workshop l;
    layout_spread_make(&a->frame, 2, 5, 4, &l);
    CHECK_STR(app_scene_name(a->scene), "spread");
    CHECK(ui_frame_says(a, "midden: 5"));
    const layout_workshop_side *c = &l.side[0], *p = &l.side[1];
    layout_rect good = c->column[4], bad = c->column[0];
    int y = good.y + good.h - 10;
    CHECK_INT(pixel_at(a, good.x - 2, y), ui_hands_rgb(t->ink));
    CHECK(pixel_at(a, bad.x - 2, y) != ui_hands_rgb(t->ink));
    CHECK_INT(pixel_at(a, bad.x + bad.w / 2, bad.y + bad.h - 3),
              ui_hands_rgb(t->client));
    for (size_t s = 0; s < 2; s++) {
        layout_rect label = l.side[s].label[1];
        CHECK_INT(pixel_at(a, label.x + 6, label.y + label.h / 2),
                  ui_hands_rgb(t->highlight));
    }
    bool over = false;
    app_draw(a);
    layout_rect col = p->column[1];
    for (size_t i = 0; i < ui_trace.count; i++) {
        const trace_item *it = &ui_trace.items[i];
        int centre = it->container.x + it->container.w / 2;
        over |= it->kind == GFX_MARK_TEXT && strcmp(it->text, "7") == 0 &&
                abs(centre - (col.x + col.w / 2)) <= 2;
    }
    CHECK_MSG(over, "the professionals' 7 not over the second column");
}

static void test_spread_good_end(void)
{
    const char *args[] = {"--mode", "workshop", "--hands", "--domain",
                          "reclassering", "--lang", "nl", "--cards", "quick",
                          "--window", "1280x720"};
    ui_forget_round();
    app *a = ui_start(11, args);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    bool seen[2] = {false, false};
    for (int c = 0; c < 64 && a->scene != APP_SCENE_SUMMARY; c++) {
        ui_key(a, SDLK_RETURN); /* the deal */
        int good = ui_good_option(a);
        int counts[5] = {0};
        counts[good] = 7;
        ui_hands_side(a, counts);
        ui_hands_side(a, counts); /* turned at once */
        bool negative = good == 0;
        if (!seen[negative]) {
            check_spread_good_end(a, negative);
            seen[negative] = true;
            if (negative) {
                ui_key(a, SDLK_o); /* vote again */
                ui_key(a, SDLK_RETURN); /* the deal */
                const int clients[5] = {0, 3, 0, 0, 4};
                const int pros[5] = {0, 0, 0, 7, 0};
                ui_hands_side(a, clients);
                ui_hands_side(a, pros);
                check_spread_revote_turned(a);
            }
        }
        ui_key(a, SDLK_RETURN); /* on */
    }
    CHECK(seen[0] && seen[1]);
    app_close(a);
}

/* A bright room: the light theme's white ground and dark words. */
static void test_light(void)
{
    const char *args[] = {"--mode", "workshop", "--hands", "--light",
                          "--domain", "algemeen", "--lang", "nl", "--window",
                          "1280x720"};
    ui_forget_round();
    app *a = ui_open(10, args, true);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    ui_step(a);
    ui_key(a, SDLK_RETURN);
    CHECK_STR(app_scene_name(a->scene), "hands");
    CHECK_INT(pixel_at(a, 3, a->out_h / 2), 0xFFFFFFu);
    CHECK(a->frame.projector);
    check_projector_text(a, "light", true);
    app_close(a);
}

static void test_teams(void)
{
    /* the start screen: a workshop with teams, named before the round */
    const char *args[] = {"--mode", "workshop", "--domain", "reclassering",
                          "--lang", "nl", "--cards", "quick", "--window",
                          "1280x720"};
    ui_forget_round();
    app *a = ui_open(10, args, true);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    ui_step(a);
    /* --domain starts the round at once, with the teams of last time or
     * the two sides */
    CHECK(app_playing(a));
    CHECK_STR(app_session(a)->team[0], "Cliënten");
    CHECK_STR(app_session(a)->team[1], "Professionals");
    app_back_to_start(a);
    ui_step(a);
    ui_key(a, SDLK_RETURN);
    CHECK(scene_teams_is_open());
    CHECK(ui_frame_says(a, "De teams"));
    /* the first team renamed, a team added on the client side */
    for (int i = 0; i < 8; i++)
        ui_key(a, SDLK_BACKSPACE);
    ui_type(a, "Noord");
    ui_key(a, SDLK_RIGHT); /* to the professionals' side */
    ui_key(a, SDLK_DOWN);
    ui_key(a, SDLK_DOWN);
    ui_key(a, SDLK_RETURN); /* add a team: its name starts empty */
    CHECK(!ui_frame_says(a, "Team 3"));
    ui_type(a, "Ervaring");
    ui_key(a, SDLK_LEFT); /* the clients' side */
    ui_key(a, SDLK_RETURN); /* after the last name: to start */
    ui_key(a, SDLK_RETURN); /* start */
    CHECK(!scene_teams_is_open());
    CHECK(app_playing(a));
    CHECK_INT(app_session(a)->player_count, 3);
    CHECK_STR(app_session(a)->team[0], "Ervaring");
    CHECK_STR(app_session(a)->team[1], "Noord");
    CHECK_STR(app_session(a)->team[2], "Professionals");
    CHECK_STR(app_settings(a)->teams, "Noord,Professionals,client:Ervaring");
    ui_key(a, SDLK_RETURN); /* the deal */
    CHECK_STR(app_scene_name(a->scene), "place");
    CHECK(ui_frame_says(a, "Ervaring"));
    check_projector_text(a, "team's turn", true);
    ui_key(a, SDLK_4);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_RETURN); /* hand-over to the next team */
    CHECK(ui_frame_says(a, "Noord"));
    ui_key(a, SDLK_2);
    ui_key(a, SDLK_RETURN);
    /* the last team still talks: turned now */
    ui_key(a, SDLK_d);
    CHECK_STR(app_scene_name(a->scene), "spread");
    CHECK(app_session(a)->rounds[0].early);
    CHECK(ui_frame_says(a, "Noord"));
    CHECK(ui_frame_says(a, "Ervaring"));
    CHECK(ui_frame_says(a, "Teams: 2"));
    check_projector_text(a, "teams' spread", true);
    app_close(a);
}

int main(void)
{
    if (!ui_env_private(home, sizeof home, "workshop"))
        return 1;
    test_clock();
    test_show_of_hands();
    test_board_good_end();
    test_spread_good_end();
    test_light();
    test_teams();
    if (!ui_remove_tree(home))
        fprintf(stderr, "could not remove %s\n", home);
    return check_report();
}
