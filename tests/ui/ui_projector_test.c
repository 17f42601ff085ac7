/* ui_projector_test: the projector's profile, in arithmetic. At 1280x720,
 * 1920x1080 and 3840x2160 (16:9) every text's capitals are at least 1/40
 * of the screen's height and a card's at least 1/20, however much a text
 * is shrunk to fit; the workshop's screens lie inside the window with
 * nothing tappable overlapping and room for two lines of card text; and
 * both themes keep text at 7:1 and bars at 3:1 against what they lie on;
 * a spread's key lies over its bars, and the board's charts take a
 * quarter of the screen's height together.
 * No SDL video needed. */
#include "check.h"
#include "draw.h"
#include "layout.h"
#include "layout_workshop.h"
#include "theme.h"

static layout_rect win;

static void inside(layout_rect r, const char *what, int w, int h)
{
    CHECK_MSG(layout_inside(r, win) && r.w > 0 && r.h > 0,
              "%s at %dx%d: {%d,%d,%d,%d}", what, w, h, r.x, r.y, r.w, r.h);
}

/* Capitals of a text at size, in pixels, against a share of h. */
static bool tall_enough(int size, int h, int share)
{
    return (float)size * LAYOUT_CAP_HEIGHT + 0.5f >= (float)h / (float)share;
}

static void text_heights(const layout_frame *f, int w, int h)
{
    const int sizes[] = {f->font_small, f->font_body, f->font_large,
                         f->font_title, 6, 12};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
        CHECK_MSG(tall_enough(layout_min_text(f, sizes[i]), h, 40),
                  "a text asked at %d may shrink to %d at %dx%d", sizes[i],
                  layout_min_text(f, sizes[i]), w, h);
    CHECK_MSG(tall_enough(f->font_card, h, 20) &&
                  tall_enough(layout_min_text(f, f->font_card), h, 20),
              "a card's text at %d (at least %d) at %dx%d", f->font_card,
              layout_min_text(f, f->font_card), w, h);
    /* the table's own sizes are left as they were: shrunk to 55 %, never
     * below the floor of every screen */
    layout_frame table;
    layout_frame_make(w, h, &table);
    CHECK_INT(layout_min_text(&table, 20), LAYOUT_TEXT_FLOOR);
    CHECK_INT(layout_min_text(&table, 40), 22);
}

static void buttons_apart(const layout_workshop *l, int w, int h)
{
    for (size_t i = 0; i < l->buttons; i++) {
        inside(l->button[i], "button", w, h);
        CHECK(!layout_overlap(l->button[i], l->words));
        for (size_t j = i + 1; j < l->buttons; j++)
            CHECK_MSG(!layout_overlap(l->button[i], l->button[j]),
                      "buttons %zu and %zu at %dx%d", i, j, w, h);
    }
}

static void screens(const layout_frame *f, int w, int h)
{
    for (size_t sides = 1; sides <= 2; sides++)
        for (size_t k = 2; k <= 7; k++) {
            layout_workshop l;
            layout_spread_make(f, sides, k, 5, &l);
            inside(l.card, "card strip", w, h);
            CHECK(l.card_text.h >= 2 * f->font_card); /* two lines */
            inside(l.words, "words", w, h);
            inside(l.legend, "legend", w, h);
            CHECK(!layout_overlap(l.legend, l.words));
            buttons_apart(&l, w, h);
            for (size_t s = 0; s < l.sides; s++) {
                inside(l.side[s].box, "side", w, h);
                CHECK(!layout_overlap(l.side[s].box, l.card));
                CHECK(!layout_overlap(l.side[s].box, l.legend));
                /* "good" in the panel, right of every bar and number */
                layout_rect good = l.side[s].good;
                CHECK(layout_inside(good, l.side[s].box));
                CHECK(good.w >= f->font_body * 2);
                for (size_t o = 0; o < k; o++) {
                    CHECK(layout_inside(l.side[s].column[o], l.side[s].box));
                    CHECK(layout_inside(l.side[s].label[o], l.side[s].box));
                    CHECK(good.x >= l.side[s].column[o].x +
                                        l.side[s].column[o].w);
                    CHECK(!layout_overlap(good, l.side[s].label[o]));
                }
            }
            if (l.sides == 2)
                CHECK(!layout_overlap(l.side[0].box, l.side[1].box));
            /* a key over the bars: in the panel, a line of body text,
             * the bars under it with their bottom kept */
            layout_workshop keyed = l;
            layout_spread_key(f, &keyed);
            for (size_t s = 0; s < keyed.sides; s++) {
                const layout_workshop_side *ks = &keyed.side[s];
                CHECK(layout_inside(ks->key, ks->box));
                CHECK(ks->key.h >= f->font_body);
                CHECK(!layout_overlap(ks->key, ks->heading));
                for (size_t o = 0; o < k; o++) {
                    CHECK(!layout_overlap(ks->key, ks->column[o]));
                    CHECK_INT(ks->column[o].y + ks->column[o].h,
                              l.side[s].column[o].y + l.side[s].column[o].h);
                    CHECK(ks->column[o].h >= f->font_body * 3);
                }
            }
        }
    for (size_t k = 2; k <= 7; k++) {
        layout_workshop l;
        layout_hands_make(f, k, 4, &l);
        buttons_apart(&l, w, h);
        for (size_t s = 0; s < l.sides; s++)
            for (size_t o = 0; o < k; o++) {
                inside(l.side[s].field[o], "count field", w, h);
                CHECK(l.side[s].field[o].h >= f->font_body); /* one count */
                CHECK(!layout_overlap(l.side[s].field[o], l.side[s].label[o]));
                if (o + 1 < k)
                    CHECK(!layout_overlap(l.side[s].field[o],
                                          l.side[s].field[o + 1]));
            }
    }
    /* the board above the summary's stored line and buttons */
    layout_summary sum;
    layout_summary_make(f, 4, 0, &sum);
    layout_group_board b;
    layout_group_board_make(f, 4, sum.status.y, &b);
    int charts = 0; /* read from the back: a quarter of the picture */
    for (size_t i = 0; i < b.row_count; i++) {
        charts += b.row[i].side[0].h;
        inside(b.row[i].name, "theme", w, h);
        CHECK(b.row[i].name.h >= f->font_body); /* a theme's line */
        CHECK(!layout_overlap(b.row[i].side[0], b.row[i].side[1]));
        CHECK(!layout_overlap(b.row[i].name, b.picks_title));
    }
    CHECK_MSG(charts * 4 >= h, "the board's charts take %d px at %dx%d",
              charts, w, h);
    for (size_t i = 0; i < LAYOUT_MAX_PICKS; i++) {
        inside(b.pick[i], "pick", w, h);
        CHECK(b.pick[i].h >= f->font_small); /* a line each */
    }
}

static void contrast(void)
{
    for (int light = 0; light < 2; light++) {
        const theme *t = theme_get(light);
        const gfx_color grounds[] = {t->background, t->panel};
        for (size_t g = 0; g < 2; g++) {
            CHECK(theme_contrast(t->ink, grounds[g]) >= 7.0);
            CHECK(theme_contrast(t->ink_soft, grounds[g]) >= 7.0);
            CHECK(theme_contrast(t->client, grounds[g]) >= 3.0);
            CHECK(theme_contrast(t->pro, grounds[g]) >= 3.0);
            CHECK(theme_contrast(t->focus, grounds[g]) >= 3.0);
        }
        /* a team's name on its bar, a number on the highlighted option */
        CHECK(theme_contrast(t->on_bar, t->client) >= 7.0);
        CHECK(theme_contrast(t->on_bar, t->pro) >= 7.0);
        CHECK(theme_contrast(THEME_ON_HIGHLIGHT, t->highlight) >= 7.0);
    }
    /* the buttons' words, the same in both themes */
    CHECK(theme_contrast(DRAW_INK, DRAW_BUTTON) >= 7.0);
    CHECK(theme_contrast(DRAW_INK, DRAW_PRIMARY) >= 7.0);
    CHECK(theme_contrast((gfx_color){0, 0, 0, 255},
                         (gfx_color){255, 255, 255, 255}) > 20.9);
}

int main(void)
{
    const int sizes[][2] = {{1280, 720}, {1920, 1080}, {3840, 2160}};
    for (size_t i = 0; i < 3; i++) {
        int w = sizes[i][0], h = sizes[i][1];
        win = (layout_rect){0, 0, w, h};
        layout_frame f;
        layout_frame_make(w, h, &f);
        layout_frame_projector(&f);
        text_heights(&f, w, h);
        screens(&f, w, h);
    }
    contrast();
    return check_report();
}
