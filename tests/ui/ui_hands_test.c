/* A show of hands half typed, headless, as a facilitator meets it: a
 * crash mid-typing brings every number back, and D (turn now), S (skip)
 * or the "Show now" button while a side is half typed asks first; typing
 * on keeps every number and the digit in hand. The arrows move between
 * the options, Tab rings the buttons. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "draw.h"
#include "layout_workshop.h"
#include "ui_driver.h"
#include "ui_driver_env.h"
#include "ui_hands.h"

static char home[512];

/* A crash while a side's counts are half typed: every number typed
 * comes back with the round, the focus on the next one to type. */
static void test_hands_crash_mid_typing(void)
{
    ui_forget_round();
    const char *args[] = {"--mode", "workshop", "--hands", "--domain",
                          "reclassering", "--lang", "nl", "--cards", "quick"};
    app *a = ui_open(9, args, false);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    ui_step(a);
    ui_key(a, SDLK_RETURN); /* the deal */
    CHECK_STR(app_scene_name(a->scene), "hands");
    ui_hands_count(a, 7);
    ui_key(a, SDLK_1);
    ui_key(a, SDLK_2); /* 12 on the second option, not yet Enter */
    CHECK_INT(app_session(a)->rounds[0].typed[0], 2);
    app_close(a); /* the laptop's battery runs out */
    a = ui_reopen(0, NULL, SDLK_1); /* go on */
    CHECK(a != NULL);
    if (a == NULL)
        return;
    CHECK_STR(app_scene_name(a->scene), "hands");
    const session_round *r = &app_session(a)->rounds[0];
    CHECK(!r->counted[0]);
    CHECK_INT(r->typed[0], 2);
    CHECK_INT(r->counts[0][0], 7);
    CHECK_INT(r->counts[0][1], 12);
    CHECK_INT(scene_hands_seat(), 0);
    CHECK_INT(scene_hands_option(), 2);
    /* D, S or PgUp while a side is half typed would drop its numbers:
     * each asks, and typing on keeps every number */
    SDL_Keycode drops[] = {SDLK_d, SDLK_s};
    for (size_t i = 0; i < 2; i++) {
        ui_key(a, drops[i]);
        CHECK(app_asking(a, "now") ||
              app_asking(a, "skip"));
        ui_key(a, SDLK_1); /* no: type on */
        CHECK_STR(app_scene_name(a->scene), "hands");
        CHECK_INT(r->state, SESSION_CARD_OPEN);
        CHECK_INT(r->typed[0], 2);
        CHECK_INT(r->counts[0][1], 12);
    }
    ui_hands_count(a, 3);
    ui_hands_count(a, 0);
    ui_hands_count(a, 1);
    CHECK(r->counted[0]);
    CHECK_INT(session_count_total(r, 0), 23);
    ui_key(a, SDLK_ESCAPE);
    ui_key(a, SDLK_3); /* back to the start */
    ui_key(a, SDLK_2); /* stop this round */
    app_close(a);
}

/* D (or the button "Show now") while the second side's counts are half
 * typed, in one sitting: the facilitator is asked first; "type on" keeps
 * every number and the digit in hand (a 1 typed, then 5, is 15); "show
 * now" turns the card with the finished side only. */
static void test_hands_now_half_typed(void)
{
    app *a = ui_hands_first_count("1920x1080");
    if (a == NULL)
        return;
    const int clients[5] = {1, 2, 3, 4, 5};
    ui_hands_side(a, clients);
    const session_round *r = &app_session(a)->rounds[0];
    CHECK(r->counted[0]);
    ui_hands_count(a, 4);
    ui_key(a, SDLK_1); /* the second count half typed */
    ui_key(a, SDLK_d);
    CHECK(app_asking(a, "now"));
    CHECK(ui_frame_says(a, "Kaart nu laten zien?"));
    ui_key(a, SDLK_1); /* no: type on */
    CHECK_INT(a->menu, APP_MENU_CLOSED);
    CHECK_STR(app_scene_name(a->scene), "hands");
    CHECK_INT(r->state, SESSION_CARD_OPEN);
    CHECK_INT(scene_hands_seat(), 1);
    CHECK_INT(scene_hands_option(), 1);
    ui_key(a, SDLK_5);
    ui_key(a, SDLK_RETURN);
    CHECK_INT(r->counts[1][0], 4);
    CHECK_INT(r->counts[1][1], 15);
    /* the button asks the same, by a click */
    layout_rect now = {0, 0, 0, 0};
    CHECK(ui_text_box(a, "Nu laten zien", &now));
    ui_click(a, now);
    CHECK(app_asking(a, "now"));
    ui_key(a, SDLK_2); /* yes: show now */
    CHECK_STR(app_scene_name(a->scene), "spread");
    CHECK(r->early && r->counted[0] && !r->counted[1]);
    CHECK_INT(session_count_total(r, 0), 15);
    ui_key(a, SDLK_ESCAPE);
    ui_key(a, SDLK_3); /* back to the start */
    ui_key(a, SDLK_2); /* stop this round */
    app_close(a);
}

/* Shift+Tab, then a step. */
static void key_shift_tab(app *a)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.state = SDL_PRESSED;
    e.key.keysym.sym = SDLK_TAB;
    e.key.keysym.mod = KMOD_LSHIFT;
    SDL_PushEvent(&e);
    ui_step(a);
}

/* The button of the show of hands whose gold focus ring the frame shows
 * (left of it, half way up), -1 when none has it, -2 when more than one
 * has. */
static int ringed_button(app *a)
{
    layout_workshop l;
    layout_hands_make(&a->frame, app_session(a)->deck->option_count, 4, &l);
    SDL_Surface *frame = ui_frame(a);
    CHECK(frame != NULL);
    if (frame == NULL)
        return -1;
    int ringed = -1;
    for (size_t i = 0; i < l.buttons; i++) {
        layout_rect r = l.button[i];
        const uint32_t *row =
            (const uint32_t *)((const uint8_t *)frame->pixels +
                               (r.y + r.h / 2) * frame->pitch);
        if ((row[r.x - 2] & 0xFFFFFFu) == ui_hands_rgb(DRAW_GOLD))
            ringed = ringed == -1 ? (int)i : -2;
    }
    SDL_FreeSurface(frame);
    return ringed;
}

/* The facilitator types counts with the arrows between the options: a
 * digit after Down lands in the next option, after Up in the one before,
 * and no button is ringed. Tab rings the four buttons in turn and round
 * again, Shift+Tab back; Enter presses the ringed one; an arrow or a
 * digit takes the ring off, and Enter is the counts' Enter again. */
static void test_hands_arrows_and_tab(void)
{
    app *a = ui_hands_first_count("1920x1080");
    if (a == NULL)
        return;
    const session_round *r = &app_session(a)->rounds[0];
    ui_key(a, SDLK_DOWN);
    CHECK_INT(scene_hands_option(), 1);
    CHECK_INT(ringed_button(a), -1);
    ui_key(a, SDLK_4);
    CHECK_INT(r->typed[0], 2);
    CHECK_INT(r->counts[0][0], 0);
    CHECK_INT(r->counts[0][1], 4);
    ui_key(a, SDLK_UP);
    CHECK_INT(scene_hands_option(), 0);
    ui_key(a, SDLK_DOWN);
    ui_key(a, SDLK_DOWN);
    CHECK_INT(scene_hands_option(), 2);
    ui_key(a, SDLK_3);
    CHECK_INT(r->counts[0][1], 4);
    CHECK_INT(r->counts[0][2], 3);
    for (int turn = 0; turn < 5; turn++) {
        ui_key(a, SDLK_TAB);
        CHECK_INT(ringed_button(a), turn % 4);
        CHECK_INT(scene_hands_option(), 2); /* the counts stay put */
    }
    key_shift_tab(a);
    CHECK_INT(ringed_button(a), 3);
    key_shift_tab(a);
    CHECK_INT(ringed_button(a), 2); /* "Show now": a side half typed */
    ui_key(a, SDLK_RETURN);
    CHECK(app_asking(a, "now"));
    ui_key(a, SDLK_1); /* no: type on */
    CHECK_STR(app_scene_name(a->scene), "hands");
    ui_key(a, SDLK_DOWN);
    CHECK_INT(ringed_button(a), -1);
    CHECK_INT(scene_hands_option(), 3);
    ui_key(a, SDLK_RETURN); /* the count's Enter: on to the last option */
    CHECK_INT(scene_hands_option(), 4);
    CHECK(!app_asking(a, "now"));
    /* a count typed after Tab: the ring goes, Enter gives the count */
    ui_key(a, SDLK_TAB);
    ui_key(a, SDLK_TAB); /* "Kaart overslaan" */
    ui_key(a, SDLK_2);
    CHECK_INT(ringed_button(a), -1);
    ui_key(a, SDLK_RETURN);
    CHECK_INT(r->counts[0][4], 2);
    CHECK(!app_asking(a, "skip"));
    CHECK_STR(app_scene_name(a->scene), "hands");
    app_close(a);
}

int main(void)
{
    if (!ui_env_private(home, sizeof home, "hands"))
        return 1;
    test_hands_crash_mid_typing();
    test_hands_now_half_typed();
    test_hands_arrows_and_tab();
    if (!ui_remove_tree(home))
        fprintf(stderr, "could not remove %s\n", home);
    return check_report();
}
