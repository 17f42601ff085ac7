/* ui_hands: a show of hands typed by a facilitator's keyboard, and the
 * colours a workshop's screens are checked against, for the workshop's
 * UI tests. Include after ui_driver.h. */
#ifndef ALLIANTIESPEL_UI_HANDS_H
#define ALLIANTIESPEL_UI_HANDS_H

#include <stdint.h>
#include <stdio.h>

#include "check.h"
#include "gfx.h"

/* A count typed and given (Enter). */
static inline void ui_hands_count(app *a, int n)
{
    char digits[8];
    snprintf(digits, sizeof digits, "%d", n);
    for (const char *c = digits; *c; c++)
        ui_key(a, SDLK_0 + (*c - '0'));
    ui_key(a, SDLK_RETURN);
}

/* A side's five counts, the first option's first. */
static inline void ui_hands_side(app *a, const int counts[5])
{
    for (int o = 0; o < 5; o++)
        ui_hands_count(a, counts[o]);
}

/* Both sides' whole room, 7 people, on option good; turned, then on
 * (for ui_play_good_round). */
static inline void ui_hands_at(app *a, int good)
{
    int counts[5] = {0};
    counts[good] = 7;
    ui_hands_side(a, counts);
    ui_hands_side(a, counts); /* turned at once */
    ui_key(a, SDLK_RETURN);   /* on */
}

/* A show of hands on the quick reclassering cards in Dutch, in a window
 * of this size, traced and at its first screen. */
static inline app *ui_hands_app(const char *window)
{
    const char *args[] = {"--mode", "workshop", "--hands", "--domain",
                          "reclassering", "--lang", "nl", "--cards", "quick",
                          "--window", window};
    return ui_start(11, args);
}

/* A new show of hands (the round before forgotten) at its first count:
 * opened as ui_hands_app, its first card dealt; NULL, with a failed
 * check, when it does not open. */
static inline app *ui_hands_first_count(const char *window)
{
    ui_forget_round();
    app *a = ui_hands_app(window);
    CHECK(a != NULL);
    if (a == NULL)
        return NULL;
    ui_key(a, SDLK_RETURN); /* the deal */
    CHECK_STR(app_scene_name(a->scene), "hands");
    return a;
}

/* A colour as a frame's pixel reads, without its alpha. */
static inline uint32_t ui_hands_rgb(gfx_color c)
{
    return (uint32_t)c.r << 16 | (uint32_t)c.g << 8 | c.b;
}

#endif
