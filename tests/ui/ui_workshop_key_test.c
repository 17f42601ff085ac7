/* ui_workshop_key_test: what a room reads off the workshop's charts from
 * the back. The teams' spread, where the blocks of both sides share one
 * panel, says which colour is which side; a revote says which mark is the
 * first vote (the outline) and which the second (the filled bar), in
 * words on the screen, each beside a sample drawn as the bars are; the
 * board's small charts take a quarter of the picture's height together,
 * their bars most of it, and no text on the board is smaller than the
 * projector's least. Read from the trace and from the frame's pixels. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "layout_workshop.h"
#include "theme.h"
#include "ui_driver.h"
#include "ui_driver_env.h"
#include "ui_hands.h"

static char home[512];

static uint32_t pixel_at(SDL_Surface *s, int x, int y)
{
    const uint32_t *row = (const uint32_t *)((const uint8_t *)s->pixels +
                                             y * s->pitch);
    return row[x] & 0xFFFFFFu;
}

/* Capitals at least 1/40 of the screen's height: read from the back. */
static bool readable(const app *a, int size)
{
    return (float)size * LAYOUT_CAP_HEIGHT + 0.5f >= (float)a->out_h / 40.0f;
}

/* The panel r says label, readable, over none of its bars, beside a
 * sample left of the words:
 * filled with color, or (outline) an ink frame around the panel's
 * ground. */
static void check_key(app *a, layout_rect r, const char *label,
                      gfx_color color, bool outline, const char *where)
{
    const theme *t = theme_get(app_settings(a)->light);
    SDL_Surface *frame = ui_frame(a); /* draws the frame, and traces it */
    CHECK(frame != NULL);
    if (frame == NULL)
        return;
    const trace_item *found = NULL;
    for (size_t i = 0; i < ui_trace.count && found == NULL; i++) {
        const trace_item *it = &ui_trace.items[i];
        if (it->kind == GFX_MARK_TEXT && strcmp(it->text, label) == 0 &&
            layout_inside(it->container, r))
            found = it;
    }
    CHECK_MSG(found != NULL, "%s: no '%s' in the key", where, label);
    for (size_t i = 0; i < ui_trace.count && found != NULL; i++) {
        const trace_item *it = &ui_trace.items[i];
        CHECK_MSG(it->kind != GFX_MARK_MARKER ||
                      !layout_overlap(it->rect, found->container),
                  "%s: '%s' over a bar", where, label);
    }
    if (found != NULL) {
        CHECK_MSG(readable(a, found->size), "%s: '%s' at %d px", where,
                  label, found->size);
        /* the sample: a capital high, half a gap left of the words */
        int side = (int)((float)a->frame.font_body * LAYOUT_CAP_HEIGHT *
                         1.2f);
        int x = found->container.x - a->frame.gap / 2 - side;
        int y = found->container.y + found->container.h / 2;
        if (outline) {
            CHECK_MSG(pixel_at(frame, x + 1, y) == ui_hands_rgb(t->ink) &&
                          pixel_at(frame, x + side / 2, y) == ui_hands_rgb(t->panel),
                      "%s: no outline beside '%s'", where, label);
        } else {
            CHECK_MSG(pixel_at(frame, x + side / 4, y) == ui_hands_rgb(color),
                      "%s: '%s' beside %06x, not %06x", where, label,
                      pixel_at(frame, x + side / 4, y), ui_hands_rgb(color));
        }
    }
    SDL_FreeSurface(frame);
}

/* Two teams of professionals on "Klopt niet", the clients' team on
 * "Klopt": one panel, each side's colour named; after a revote the
 * marks named too. */
static void test_teams_key(void)
{
    const char *args[] = {"--mode", "workshop", "--teams",
                          "Noord,Zuid,client:Ervaring", "--domain",
                          "reclassering", "--lang", "nl", "--cards", "quick",
                          "--window", "1280x720"};
    ui_forget_round();
    app *a = ui_open(12, args, true);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    ui_step(a);
    for (int vote = 0; vote < 2; vote++) {
        ui_key(a, SDLK_RETURN); /* the deal */
        const SDL_Keycode answers[3] = {SDLK_4, SDLK_2, SDLK_2};
        for (int team = 0; team < 3; team++) {
            ui_key(a, answers[team] + vote);
            ui_key(a, SDLK_RETURN);
            ui_key(a, SDLK_RETURN); /* the hand-over, or turn */
        }
        ui_step_ms(a, 400);
        CHECK_STR(app_scene_name(a->scene), "spread");
        const theme *t = theme_get(false);
        layout_workshop l;
        layout_spread_make(&a->frame, 1, 5, 4, &l);
        layout_rect key = l.side[0].box;
        check_key(a, key, "Cliënten", t->client, false, "teams");
        check_key(a, key, "Professionals", t->pro, false, "teams");
        /* the blocks stand under the key */
        CHECK_INT(ui_markers_in(a, l.side[0].plot), 2);
        if (vote == 0) {
            CHECK(!ui_frame_says(a, "eerste stem"));
            ui_key(a, SDLK_o); /* vote again */
        } else {
            check_key(a, key, "tweede stem", t->client, false, "teams");
            check_key(a, key, "eerste stem", t->ink, true, "teams");
        }
    }
    app_close(a);
}

/* A show of hands voted again: each side's panel names the outline as the
 * first vote and its filled bars, in its colour, as the second. */
static void test_revote_key(void)
{
    app *a = ui_hands_first_count("1920x1080");
    if (a == NULL)
        return;
    const int clients[5] = {0, 1, 4, 5, 1}, pros[5] = {0, 1, 6, 9, 2};
    ui_hands_side(a, clients);
    ui_hands_side(a, pros);
    CHECK_STR(app_scene_name(a->scene), "spread");
    /* one vote: nothing to tell apart, the bars keep their height */
    CHECK(!ui_frame_says(a, "eerste stem"));
    CHECK(!ui_frame_says(a, "tweede stem"));
    ui_key(a, SDLK_o);
    ui_key(a, SDLK_RETURN); /* the deal */
    const int clients2[5] = {0, 1, 7, 3, 0}, pros2[5] = {0, 2, 8, 4, 0};
    ui_hands_side(a, clients2);
    ui_hands_side(a, pros2);
    CHECK_STR(app_scene_name(a->scene), "spread");
    const theme *t = theme_get(false);
    layout_workshop l;
    layout_spread_make(&a->frame, 2, 5, 4, &l);
    const gfx_color colors[2] = {t->client, t->pro};
    for (size_t s = 0; s < 2; s++) {
        const char *where = s ? "professionals" : "clients";
        check_key(a, l.side[s].box, "tweede stem", colors[s], false, where);
        check_key(a, l.side[s].box, "eerste stem", t->ink, true, where);
    }
    /* hidden: neither the bars nor their key */
    ui_key(a, SDLK_v);
    CHECK(!ui_frame_says(a, "tweede stem"));
    app_close(a);
}

static void test_board_charts(const char *window)
{
    const char *args[] = {"--mode", "workshop", "--hands", "--domain",
                          "reclassering", "--lang", "nl", "--cards", "quick",
                          "--window", window};
    ui_forget_round();
    app *a = ui_start(11, args);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    ui_play_good_round(a, ui_hands_at);
    CHECK_STR(app_scene_name(a->scene), "summary");
    app_draw(a);
    /* each side's chart per theme, as drawn: the bars' scale (each bar's
     * container) and the panel it lies in */
    layout_summary sum;
    layout_summary_make(&a->frame, 4, 0, &sum);
    layout_group_board l;
    layout_group_board_make(&a->frame, 4, sum.status.y, &l);
    CHECK_INT(l.row_count, 4);
    int charts = 0, bars = 0;
    for (size_t i = 0; i < l.row_count; i++) {
        charts += l.row[i].side[0].h;
        bars += l.row[i].bars[0].h;
        size_t drawn = 0;
        for (size_t k = 0; k < ui_trace.count; k++) {
            const trace_item *it = &ui_trace.items[k];
            drawn += it->kind == GFX_MARK_MARKER &&
                     it->container.h == l.row[i].bars[0].h &&
                     layout_inside(it->container, l.row[i].side[0]);
        }
        CHECK_MSG(drawn == 1, "%s: theme %zu's chart not drawn as laid out",
                  window, i);
    }
    /* 1280x720 had charts of 4 x 34 px (19 %), bars of 18 px */
    CHECK_MSG(charts * 4 >= a->out_h, "%s: the charts take %d of %d px",
              window, charts, a->out_h);
    CHECK_MSG(bars * 5 >= charts * 4, "%s: bars of %d px in charts of %d",
              window, bars, charts);
    for (size_t i = 0; i < ui_trace.count; i++) {
        const trace_item *it = &ui_trace.items[i];
        if (it->kind == GFX_MARK_TEXT)
            CHECK_MSG(readable(a, it->size), "%s: '%s' at %d px", window,
                      it->text, it->size);
    }
    /* the cards that divided the room still have a line each */
    for (size_t i = 0; i < LAYOUT_MAX_PICKS; i++)
        CHECK(l.pick[i].h >= a->frame.font_small &&
              l.pick[i].y + l.pick[i].h <= sum.status.y);
    app_close(a);
}

int main(void)
{
    if (!ui_env_private(home, sizeof home, "workshop-key"))
        return 1;
    test_teams_key();
    test_revote_key();
    test_board_charts("1280x720");
    test_board_charts("1920x1080");
    if (!ui_remove_tree(home))
        fprintf(stderr, "could not remove %s\n", home);
    return check_report();
}
