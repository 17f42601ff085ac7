/* A show of hands half typed, headless, as a facilitator meets it: a
 * crash mid-typing brings every number back, and D (turn now), S (skip)
 * or the "Show now" button while a side is half typed asks first; typing
 * on keeps every number and the digit in hand. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
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
    ui_forget_round();
    app *a = ui_hands_app("1920x1080");
    CHECK(a != NULL);
    if (a == NULL)
        return;
    ui_key(a, SDLK_RETURN); /* the deal */
    CHECK_STR(app_scene_name(a->scene), "hands");
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

int main(void)
{
    if (!ui_env_private(home, sizeof home, "hands"))
        return 1;
    test_hands_crash_mid_typing();
    test_hands_now_half_typed();
    if (!ui_remove_tree(home))
        fprintf(stderr, "could not remove %s\n", home);
    return check_report();
}
