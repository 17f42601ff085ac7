/* Every way to play by a finger alone, as on a tablet without a
 * keyboard: from the start screen to the board with nothing but taps at
 * the centres of the buttons and keys the layout reports; not one key
 * event. The pair's code, a show of hands' counts and a team's name are
 * typed on keys on the screen, and what was typed is what the round
 * holds. */
#include "check.h"
#include "keypad.h"
#include "layout_workshop.h"
#include "ui_driver.h"

static char home[4096];

/* The start screen's rows, in layout_start's order. */
enum { ROW_KEEP = 3, ROW_WHO = 4 };
/* The buttons along a workshop screen's bottom (scene_hands.c,
 * scene_spread.c): the last goes on. */
#define WORKSHOP_BUTTONS 4

/* Taps the key of k that types c (a digit, a letter, '\b' Backspace,
 * '\n' OK); false when k has no such key. */
static bool tap_key(app *a, const keypad_layout *k, int c)
{
    for (size_t i = 0; i < k->count; i++) {
        layout_rect r = k->key[i];
        input_event ev;
        if (!keypad_hit(k, r.x + r.w / 2, r.y + r.h / 2, true, &ev))
            continue;
        bool same = (c == '\b' && ev.type == INPUT_BACK) ||
                    (c == '\n' && ev.type == INPUT_CONFIRM) ||
                    (ev.type == INPUT_DIGIT && c == '0' + ev.digit) ||
                    (ev.type == INPUT_CHAR && c == ev.digit);
        if (same)
            return ui_tap(a, r);
    }
    CHECK_MSG(false, "no key on the screen types '%c'", c);
    return false;
}

/* The "who plays" row tapped on until it says want (a mode id, and for
 * the table and a family how many people on the client side). */
static bool tap_who(app *a, const char *mode, int clients)
{
    layout_start l;
    /* the row stops at both ends: all the way one way, then the other */
    for (int i = 0; i < 24; i++) {
        const mode_def *m = app_mode(a);
        if (strcmp(m->id, mode) == 0 &&
            (clients == 0 || app_settings(a)->clients == clients))
            return true;
        layout_start_make(&a->frame, &l);
        ui_tap(a, i < 12 ? l.row[ROW_WHO].next : l.row[ROW_WHO].prev);
    }
    CHECK_MSG(false, "the who-plays row never reached %s", mode);
    return false;
}

/* The count each option gets in a show of hands: option + 1 people (so
 * a two-digit count comes up on the sixth option of a larger scale). */
static void tap_counts(app *a)
{
    layout_workshop l;
    layout_hands_make(&a->frame, app_session(a)->deck->option_count,
                      WORKSHOP_BUTTONS, &l);
    int seat = scene_hands_seat();
    size_t other = app_session(a)->players[seat] == DECK_ROLE_CLIENT ? 1 : 0;
    keypad_layout k;
    keypad_make(&a->frame, KEYPAD_DIGITS, l.side[other].box, &k);
    for (size_t o = 0; o < app_session(a)->deck->option_count; o++) {
        tap_key(a, &k, '1' + (int)o);
        tap_key(a, &k, '\n');
    }
}

/* Taps r, which the last frame must show as a button: a finger taps
 * what it sees, never a place that only the layout knows. */
static bool tap_button(app *a, layout_rect r, const char *what)
{
    int cx = r.x + r.w / 2, cy = r.y + r.h / 2;
    bool shown = false;
    for (size_t i = 0; i < ui_trace.count; i++)
        shown = shown || (ui_trace.items[i].kind == GFX_MARK_BUTTON &&
                          layout_contains(ui_trace.items[i].rect, cx, cy));
    CHECK_MSG(shown, "%s (%s): no button drawn where the finger goes", what,
              app_session_mode(a)->id);
    return ui_tap(a, r);
}

/* One screen of a round, by a tap on what goes on. */
static void tap_on(app *a)
{
    const session *s = app_session(a);
    const layout_frame *f = &a->frame;
    switch (a->scene) {
    case APP_SCENE_DEAL:
        ui_tap(a, (layout_rect){a->out_w / 2, a->out_h / 2, 1, 1});
        break;
    case APP_SCENE_CASE: {
        layout_handover l;
        layout_handover_make(f, 0, &l);
        tap_button(a, l.go, "case");
        break;
    }
    case APP_SCENE_PLACE: {
        layout_place l;
        layout_place_make(f, s->deck->option_count, &l);
        ui_tap(a, l.token[ui_good_option(a)]);
        tap_button(a, l.place, "place");
        break;
    }
    case APP_SCENE_HANDOVER: {
        layout_handover l;
        layout_handover_make(f, s->player_count, &l);
        tap_button(a, l.go, "hand-over");
        break;
    }
    case APP_SCENE_REVEAL: {
        layout_reveal l;
        layout_reveal_make(f, s->player_count, &l);
        tap_button(a, l.next, "turned card");
        break;
    }
    case APP_SCENE_HANDS:
        tap_counts(a);
        break;
    case APP_SCENE_SPREAD: {
        layout_workshop l;
        layout_spread_make(f, 1, s->deck->option_count, WORKSHOP_BUTTONS, &l);
        tap_button(a, l.button[WORKSHOP_BUTTONS - 1], "spread");
        break;
    }
    default:
        ui_step(a);
        break;
    }
}

/* From the start button to the board; false when it never got there. */
static bool tap_to_board(app *a, const char *mode)
{
    for (int i = 0; i < 400 && a->scene != APP_SCENE_SUMMARY; i++) {
        CHECK_MSG(a->menu == APP_MENU_CLOSED, "%s: a question came up (%d)",
                  mode, (int)a->menu);
        if (a->menu != APP_MENU_CLOSED)
            return false;
        tap_on(a);
    }
    CHECK_MSG(a->scene == APP_SCENE_SUMMARY, "%s: the board never came "
              "(scene %d)", mode, (int)a->scene);
    CHECK_MSG(a->pointer_input, "%s: an input other than a tap", mode);
    return a->scene == APP_SCENE_SUMMARY;
}

static app *open_start(void)
{
    ui_forget_round();
    const char *args[] = {"--lang", "nl", "--cards", "quick"};
    app *a = ui_open(4, args, true);
    if (a != NULL)
        ui_step(a);
    CHECK(a != NULL);
    return a;
}

static void tap_start(app *a)
{
    layout_start l;
    layout_start_make(&a->frame, &l);
    ui_tap(a, l.start);
}

/* The table game with a pair's code typed on the screen's keys. */
static void test_table_with_code(void)
{
    app *a = open_start();
    if (a == NULL)
        return;
    layout_start l;
    layout_start_make(&a->frame, &l);
    ui_tap(a, l.row[ROW_KEEP].value);
    CHECK(scene_code_is_open());
    layout_code lc;
    layout_code_make(&a->frame, &lc);
    keypad_layout k;
    keypad_make(&a->frame, KEYPAD_LETTERS, lc.keys, &k);
    tap_key(a, &k, '4');
    tap_key(a, &k, '7');
    tap_key(a, &k, '\n');
    /* digits alone are no code: it says so and stays */
    CHECK(scene_code_is_open());
    CHECK(ui_frame_says(a, "letter"));
    tap_key(a, &k, '\b');
    tap_key(a, &k, '\b');
    tap_key(a, &k, 'K');
    tap_key(a, &k, '4');
    tap_key(a, &k, '7');
    tap_key(a, &k, '1');
    tap_key(a, &k, '\b');
    CHECK(ui_frame_says(a, "K47"));
    tap_key(a, &k, '\n');
    CHECK(!scene_code_is_open());
    CHECK_STR(play_pair(&a->play), "K47");
    CHECK(ui_frame_says(a, "K47")); /* "Met koppel K47" on the row */
    tap_who(a, "table", 1);
    tap_start(a);
    CHECK_MSG(app_playing(a), "no round: scene %d, menu %d, message %s",
              (int)a->scene, (int)a->menu, a->message);
    CHECK_STR(app_playing(a) ? app_session(a)->pair : "", "K47");
    tap_to_board(a, "table");
    app_close(a);
}

static void test_mode(const char *mode, int clients)
{
    app *a = open_start();
    if (a == NULL)
        return;
    tap_who(a, mode, clients);
    tap_start(a);
    CHECK_MSG(app_playing(a), "%s: no round began", mode);
    if (app_playing(a))
        tap_to_board(a, mode);
    app_close(a);
}

/* A show of hands: every count typed on the keypad is in the round. */
static void test_hands(void)
{
    app *a = open_start();
    if (a == NULL)
        return;
    tap_who(a, "workshop-hands", 0);
    tap_start(a);
    CHECK(app_playing(a));
    if (!app_playing(a) || !tap_to_board(a, "workshop-hands")) {
        app_close(a);
        return;
    }
    const session *s = app_session(a);
    const session_round *r = &s->rounds[0];
    for (size_t p = 0; p < s->player_count; p++)
        for (size_t o = 0; o < s->deck->option_count; o++)
            CHECK_INT((int)r->counts[p][o], (int)o + 1);
    app_close(a);
}

/* Teams: a third added and named on the screen's letters, the second
 * removed by its cross, then played to the board. */
static void test_teams(void)
{
    app *a = open_start();
    if (a == NULL)
        return;
    tap_who(a, "workshop", 0);
    tap_start(a);
    CHECK(scene_teams_is_open());
    layout_teams lt;
    layout_teams_make(&a->frame, 2, &lt);
    ui_tap(a, lt.add);
    CHECK(!ui_frame_says(a, "Team 3_")); /* a new name starts empty */
    layout_teams_make(&a->frame, 3, &lt);
    keypad_layout k;
    keypad_make(&a->frame, KEYPAD_LETTERS, lt.keyboard, &k);
    for (const char *c = "ZUID"; *c; c++)
        tap_key(a, &k, *c);
    tap_key(a, &k, '\n'); /* the last name: on to Start, the letters go */
    ui_tap(a, lt.remove[1]);
    layout_teams_make(&a->frame, 2, &lt);
    CHECK(ui_frame_says(a, "Zuid")); /* a capital, then small letters */
    ui_tap(a, lt.start);
    CHECK(app_playing(a));
    if (!app_playing(a)) {
        app_close(a);
        return;
    }
    CHECK_INT((int)app_session(a)->player_count, 2);
    CHECK_STR(app_session(a)->team[1], "Zuid");
    tap_to_board(a, "workshop");
    app_close(a);
}

int main(void)
{
    if (!ui_env_private(home, sizeof home, "touch"))
        return 1;
    test_table_with_code();
    test_mode("family", 2);
    test_mode("training", 0);
    test_mode("solo", 0);
    test_hands();
    test_teams();
    if (!ui_remove_tree(home))
        fprintf(stderr, "could not remove %s\n", home);
    return check_report();
}
