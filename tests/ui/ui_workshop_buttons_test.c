/* The facilitator's buttons on a workshop's two screens, by a finger:
 * each is drawn, with its words, where the layout says a tap goes, and a
 * tap on it does what its words say. The show of hands: Next moves to
 * the next option, Show now and Skip card ask first while a side is half
 * typed, Previous goes back a card. The spread: Hide hides the bars and
 * becomes Show, Vote again lets the room vote once more, Next deals the
 * next card, Previous goes back a card. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "layout_workshop.h"
#include "ui_driver.h"
#include "ui_driver_env.h"
#include "ui_hands.h"

static char home[512];

/* The facilitator's buttons along a workshop screen's bottom. */
#define WORKSHOP_BUTTONS 4

/* The button rectangles of the screen on now, as its layout makes them. */
static void workshop_layout(app *a, layout_workshop *l)
{
    size_t options = app_session(a)->deck->option_count;
    if (a->scene == APP_SCENE_HANDS)
        layout_hands_make(&a->frame, options, WORKSHOP_BUTTONS, l);
    else
        layout_spread_make(&a->frame, 2, options, WORKSHOP_BUTTONS, l);
}

/* Taps button i of the screen on now, which the frame must draw there as
 * a button with words in it: a finger taps what it sees. */
static void tap_button(app *a, size_t i, const char *words)
{
    layout_workshop l;
    workshop_layout(a, &l);
    layout_rect r = l.button[i];
    int cx = r.x + r.w / 2, cy = r.y + r.h / 2;
    app_draw(a);
    bool shown = false, said = false;
    for (size_t k = 0; k < ui_trace.count; k++) {
        const trace_item *it = &ui_trace.items[k];
        shown = shown || (it->kind == GFX_MARK_BUTTON &&
                          layout_contains(it->rect, cx, cy));
        said = said || (it->kind == GFX_MARK_TEXT &&
                        strcmp(it->text, words) == 0 &&
                        layout_contains(r, it->container.x +
                                               it->container.w / 2,
                                        it->container.y +
                                            it->container.h / 2));
    }
    CHECK_MSG(shown, "%s: button %zu '%s' not drawn where the finger goes",
              app_scene_name(a->scene), i, words);
    CHECK_MSG(said, "%s: button %zu does not say '%s'",
              app_scene_name(a->scene), i, words);
    ui_tap(a, r);
}

/* The show of hands' buttons, from the first count of the first card to
 * the second card and back. */
static void test_hands_buttons(app *a)
{
    const session_round *r = &app_session(a)->rounds[0];
    ui_key(a, SDLK_3);
    tap_button(a, 3, "Volgende");
    CHECK_INT(scene_hands_option(), 1);
    CHECK_INT(r->counts[0][0], 3);
    tap_button(a, 2, "Nu laten zien");
    CHECK(app_asking(a, "now"));
    ui_key(a, SDLK_1); /* no: type on */
    CHECK_STR(app_scene_name(a->scene), "hands");
    tap_button(a, 1, "Kaart overslaan");
    CHECK(app_asking(a, "skip"));
    ui_key(a, SDLK_2); /* yes: skip it */
    CHECK_INT(app_session(a)->current, 1);
    CHECK_INT(r->state, SESSION_CARD_SKIPPED);
    ui_key(a, SDLK_RETURN); /* the next card's deal */
    CHECK_STR(app_scene_name(a->scene), "hands");
    tap_button(a, 0, "Vorige"); /* nothing typed here: nothing asked */
    CHECK_INT(app_session(a)->current, 0);
}

/* The spread's buttons: the first card counted and turned, then the
 * second. */
static void test_spread_buttons(app *a)
{
    const int clients[5] = {0, 1, 4, 5, 1}, pros[5] = {0, 1, 6, 9, 2};
    if (a->scene == APP_SCENE_DEAL)
        ui_key(a, SDLK_RETURN);
    ui_hands_side(a, clients);
    ui_hands_side(a, pros);
    CHECK_STR(app_scene_name(a->scene), "spread");
    const session_round *r = &app_session(a)->rounds[0];
    tap_button(a, 2, "Verbergen");
    CHECK(scene_spread_hidden());
    tap_button(a, 2, "Laten zien"); /* the same button, now to show */
    CHECK(!scene_spread_hidden());
    tap_button(a, 1, "Opnieuw stemmen");
    CHECK(r->revoted);
    CHECK(!r->counted[0]);
    ui_key(a, SDLK_RETURN); /* the deal */
    ui_hands_side(a, clients);
    ui_hands_side(a, pros);
    CHECK_STR(app_scene_name(a->scene), "spread");
    tap_button(a, 3, "Volgende");
    CHECK_INT(app_session(a)->current, 1);
    ui_key(a, SDLK_RETURN); /* the deal */
    ui_hands_side(a, clients);
    ui_hands_side(a, pros);
    CHECK_STR(app_scene_name(a->scene), "spread");
    tap_button(a, 0, "Vorige"); /* a turned card keeps its counts */
    CHECK(!app_asking(a, "back"));
    CHECK_INT(app_session(a)->current, 0);
}

int main(void)
{
    if (!ui_env_private(home, sizeof home, "workshop-buttons"))
        return 1;
    app *a = ui_hands_first_count("1280x720");
    if (a != NULL) {
        test_hands_buttons(a);
        test_spread_buttons(a);
        app_close(a);
    }
    if (!ui_remove_tree(home))
        fprintf(stderr, "could not remove %s\n", home);
    return check_report();
}
