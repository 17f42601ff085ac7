/* The board and the turned card show what people need: every marked card
 * can be reached and opened again with both tokens, markers of players
 * with the same answers never hide each other, no decimal is shown, each
 * theme can be explained, and the turned card shows both statements. */
#include <ctype.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "menu.h"
#include "ui_driver.h"

static char home[] = "/tmp/alliantiespel-board-XXXXXX";

/* A decimal number like "2,8" or "1.5" anywhere in the frame's texts. */
static bool frame_has_decimal(app *a)
{
    app_draw(a);
    for (size_t i = 0; i < ui_trace.count; i++) {
        const char *t = ui_trace.items[i].text;
        for (size_t k = 1; t[k] && t[k + 1]; k++)
            if ((t[k] == ',' || t[k] == '.') && isdigit((unsigned char)t[k - 1]) &&
                isdigit((unsigned char)t[k + 1]))
                return true;
    }
    return false;
}

/* A family: two people on the client side, both answer the same. */
static app *family_round(void)
{
    ui_forget_round();
    const char *args[] = {"--lang", "nl", "--window", "1024x600"};
    app *a = ui_open(4, args, true);
    if (a == NULL)
        return NULL;
    ui_step(a);
    /* start screen: up to the people row, one more person, start */
    ui_key(a, SDLK_UP);
    ui_key(a, SDLK_RIGHT);
    ui_key(a, SDLK_RETURN);
    CHECK_STR(app_deck(a)->id, "algemeen");
    CHECK_INT(app_session(a)->player_count, 3);
    return a;
}

static void play_family_card(app *a, bool mark, bool check_words)
{
    ui_key(a, SDLK_RETURN); /* the deal */
    ui_key(a, SDLK_3);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_3);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_5);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_RETURN); /* turn */
    CHECK_STR(app_scene_name(a->scene), "reveal");
    if (check_words) {
        /* both statements on the turned card */
        CHECK(ui_frame_says(a, "Ik weet waarom ik hier kom."));
        CHECK(ui_frame_says(a, "Mijn cliënt weet waarom we contact hebben."));
        CHECK(ui_frame_most_in_one(a, "uit elkaar") <= 1);
    }
    if (mark)
        ui_key(a, SDLK_b);
    ui_key(a, SDLK_RETURN);
}

/* One direction on every row: the word "good" beside each bar's right
 * end, and an answer at the good end drawn there. The professional
 * answered 5 ("Klopt helemaal") on every card: good on the first three
 * themes, the bad end on stroefheid, so that row's square is on the
 * left, the others' on the right. */
static void check_good_on_the_right(app *a, const layout_summary *l)
{
    app_draw(a);
    for (size_t i = 0; i < l->row_count; i++) {
        const layout_rect *bar = &l->row[i].bar;
        CHECK_MSG(ui_frame_says_in(a, "goed", l->row[i].good),
                  "row %zu does not say where its good end is", i);
        CHECK_MSG(l->row[i].good.x >= bar->x + bar->w,
                  "row %zu says 'goed' left of its bar's right end", i);
        int cy = bar->y + bar->h / 2, mid = bar->x + bar->w / 2;
        size_t found = 0;
        for (size_t t = 0; t < ui_trace.count; t++) {
            const layout_rect *r = &ui_trace.items[t].rect;
            if (ui_trace.items[t].kind != GFX_MARK_MARKER || r->y + r->h / 2 < cy ||
                r->y > bar->y + bar->h || r->y + r->h < bar->y)
                continue; /* not the professional's square on this row */
            found++;
            bool right = r->x + r->w / 2 > mid;
            CHECK_MSG(right == (i + 1 < l->row_count),
                      "row %zu: the professional's 5 is drawn on the %s", i,
                      right ? "right" : "left");
        }
        CHECK_INT(found, 1);
    }
}

/* Every seat answers option good (the good end of the card's theme: 5
 * on the first three themes, 1 on stroefheid); then on. */
static void answer_good(app *a, int good)
{
    for (int seat = 0; seat < 3; seat++) {
        ui_key(a, SDLK_1 + good);
        ui_key(a, SDLK_RETURN);
        ui_key(a, SDLK_RETURN); /* the hand-over, or turn */
    }
    CHECK_STR(app_scene_name(a->scene), "reveal");
    ui_key(a, SDLK_RETURN);
}

/* One direction on every row, for every marker: with every answer at
 * its theme's good end, both clients' markers and the professional's
 * lie on the right half of every row, stroefheid's too, where the row
 * says "goed"; a row turned the wrong way shows up here. */
static void test_board_good_end(void)
{
    ui_forget_round();
    const char *args[] = {"--domain", "algemeen", "--lang", "nl", "--seats",
                          "client,client", "--window", "1024x600"};
    app *a = ui_start(8, args);
    CHECK(a != NULL && app_session(a)->player_count == 3);
    if (a == NULL)
        return;
    ui_play_good_round(a, answer_good);
    CHECK_STR(app_scene_name(a->scene), "summary");
    layout_summary l;
    layout_summary_make(&a->frame, 4, scene_summary_scores()->topic_count, &l);
    app_draw(a);
    CHECK_INT(l.row_count, 4);
    for (size_t i = 0; i < l.row_count; i++) {
        const layout_rect *bar = &l.row[i].bar;
        CHECK_MSG(ui_frame_says_in(a, "goed", l.row[i].good) &&
                      l.row[i].good.x >= bar->x + bar->w / 2,
                  "row %zu does not say 'goed' at its right end", i);
        int half = bar->w / 2;
        size_t left = ui_markers_in(a, (layout_rect){bar->x, bar->y, half,
                                                     bar->h});
        size_t right = ui_markers_in(a, (layout_rect){bar->x + half, bar->y,
                                                      bar->w - half, bar->h});
        CHECK_MSG(right == 3 && left == 0,
                  "row %zu: %zu of 3 answers at the good end drawn left", i,
                  left);
    }
    app_close(a);
}

static void test_board(void)
{
    app *a = family_round();
    CHECK(a != NULL);
    if (a == NULL)
        return;
    for (int c = 0; c < 5; c++)
        play_family_card(a, true, c == 0);
    CHECK_STR(app_scene_name(a->scene), "summary");

    /* markers: the two clients answered alike, yet both are seen */
    app_draw(a);
    size_t markers = 0;
    for (size_t i = 0; i < ui_trace.count; i++) {
        if (ui_trace.items[i].kind != GFX_MARK_MARKER)
            continue;
        markers++;
        for (size_t j = i + 1; j < ui_trace.count; j++)
            if (ui_trace.items[j].kind == GFX_MARK_MARKER)
                CHECK_MSG(!layout_overlap(ui_trace.items[i].rect, ui_trace.items[j].rect),
                          "markers %zu and %zu overlap", i, j);
    }
    CHECK_INT(markers, 4 * 3);
    CHECK(!frame_has_decimal(a));
    CHECK(ui_frame_says(a, "gemiddeld 2 stappen uit elkaar"));
    CHECK_INT(ui_frame_most_in_one(a, "uit elkaar"), 1); /* said once */

    /* every marked card can be reached, a page at a time */
    layout_summary l;
    layout_summary_make(&a->frame, 4, 5, &l);
    CHECK_STR(app_deck(a)->dimensions[3].key, "stroefheid");
    check_good_on_the_right(a, &l);
    CHECK_INT(scene_summary_scores()->topic_count, 5);
    size_t per = l.topic_count;
    CHECK(per > 0 && per < 5);
    CHECK(ui_frame_says(a, "en nog"));
    size_t pages = (5 + per - 1) / per;
    for (size_t p = 1; p < pages + 2; p++)
        ui_key(a, SDLK_PAGEDOWN);
    CHECK_INT(scene_summary_topic_page(), pages - 1);
    size_t first = (pages - 1) * per;
    ui_click(a, l.topic[0]);
    CHECK_INT(scene_summary_open_round(), (int)scene_summary_scores()->topics[first].round);
    CHECK_INT(ui_frame_count(a, GFX_MARK_TOKEN), 3); /* every token shown */
    ui_key(a, SDLK_ESCAPE);
    CHECK_INT(scene_summary_open_round(), -1);
    CHECK_INT(a->menu, APP_MENU_CLOSED);

    /* "?" by a theme's name explains it in plain words */
    ui_click(a, l.row[0].help);
    CHECK_INT(a->menu, APP_MENU_EXPLAIN);
    CHECK(ui_frame_says(a, "Weten we wat het doel is"));
    /* ... under the name the card showed, and the board's */
    CHECK(ui_frame_says(a, "Doel en regels"));
    ui_key(a, SDLK_RETURN);
    CHECK_INT(a->menu, APP_MENU_CLOSED);

    /* the keyboard reaches every button: the last in Tab order starts a
     * new round */
    ui_key(a, SDLK_UP);
    ui_key(a, SDLK_RETURN);
    CHECK_STR(app_scene_name(a->scene), "start");
    app_close(a);
}

/* The "?" on a card names what the card names, in the card's language:
 * the client's card (English, --seat-lang) says "Goals and rules", the
 * professional's "Richting en kader"; the explanation said "Doel en
 * regels" in Dutch over both. */
static void test_help_names_the_card(void)
{
    ui_forget_round();
    const char *args[] = {"--domain", "algemeen", "--lang", "nl", "--seats",
                          "client", "--seat-lang", "client=en", "--window",
                          "1024x600"};
    app *a = ui_start(10, args);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    ui_key(a, SDLK_RETURN); /* the deal */
    CHECK_STR(app_scene_name(a->scene), "place");
    CHECK_STR(app_deck(a)->dimensions[0].key, "richting");
    layout_menu m;
    layout_menu_make(&a->frame, &m);
    const char *names[2] = {"Goals and rules", "Richting en kader"};
    for (int seat = 0; seat < 2; seat++) {
        CHECK_MSG(ui_frame_says(a, names[seat]), "the card does not say %s",
                  names[seat]);
        ui_key(a, SDLK_h);
        CHECK_INT(a->menu, APP_MENU_EXPLAIN);
        CHECK_MSG(ui_frame_says_in(a, names[seat], m.title),
                  "the help of the card named '%s' names another",
                  names[seat]);
        ui_key(a, SDLK_RETURN); /* close the explanation */
        ui_key(a, SDLK_3);
        ui_key(a, SDLK_RETURN);
        if (seat == 0)
            ui_key(a, SDLK_RETURN); /* the hand-over */
    }
    app_close(a);
}

int main(void)
{
    if (!mkdtemp(home))
        return 1;
    ui_env(home);
    test_board();
    test_board_good_end();
    test_help_names_the_card();
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", home);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", home);
    return check_report();
}
