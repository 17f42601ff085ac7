/* ui_pixels_test: every screen rendered at 1024x600 and 1920x1080 and
 * checked: everything drawn lies inside the window, text never straddles
 * the edge of a card or button, card text is really inked inside its card,
 * and a token placed face down looks the same whatever its value. A
 * failed check saves what was seen as a PNG in the build folder. */
#include <stdint.h>

#include "check.h"
#include "draw.h"
#include "i18n.h"
#include "ui_driver.h"

static char home[1024];

static void save_failure(app *a, const char *name, const char *size)
{
    char path[2048];
    snprintf(path, sizeof path, "%.900s/failed-%s-%s.png", TEST_BINARY_DIR,
             name, size);
    if (ui_save(a, path))
        fprintf(stderr, "  saved what was seen: %s\n", path);
}

static bool straddles(layout_rect text, layout_rect box)
{
    return layout_overlap(text, box) && !layout_inside(text, box);
}

/* The drawing trace of the current frame. */
static bool check_trace(app *a, const char *name, const char *size)
{
    int before = check_failed;
    layout_rect win = {0, 0, a->out_w, a->out_h};
    app_draw(a);
    CHECK_MSG(ui_trace.count > 0 && ui_trace.count < TRACE_MAX,
              "%s %s: %zu items traced", name, size, ui_trace.count);
    for (size_t i = 0; i < ui_trace.count; i++) {
        const trace_item *t = &ui_trace.items[i];
        CHECK_MSG(layout_inside(t->rect, win),
                  "%s %s: item %zu (kind %d) outside the window: "
                  "{%d,%d,%d,%d}",
                  name, size, i, (int)t->kind, t->rect.x, t->rect.y,
                  t->rect.w, t->rect.h);
        if (t->kind != GFX_MARK_TEXT)
            continue;
        CHECK_MSG(layout_inside(t->rect, t->container),
                  "%s %s: text outside its box", name, size);
        if (a->menu != APP_MENU_CLOSED)
            continue; /* the menu lies over everything */
        for (size_t j = 0; j < ui_trace.count; j++) {
            const trace_item *c = &ui_trace.items[j];
            if ((c->kind == GFX_MARK_CARD || c->kind == GFX_MARK_BUTTON) &&
                j < i)
                CHECK_MSG(!straddles(t->rect, c->rect),
                          "%s %s: text {%d,%d,%d,%d} crosses the edge of "
                          "{%d,%d,%d,%d}",
                          name, size, t->rect.x, t->rect.y, t->rect.w,
                          t->rect.h, c->rect.x, c->rect.y, c->rect.w,
                          c->rect.h);
        }
    }
    bool ok = check_failed == before;
    if (!ok)
        save_failure(a, name, size);
    return ok;
}

static uint32_t pixel(const SDL_Surface *s, int x, int y)
{
    const uint32_t *row = (const uint32_t *)((const uint8_t *)s->pixels +
                                             y * s->pitch);
    return row[x] & 0xFFFFFFu;
}

static bool dark(uint32_t p)
{
    int r = (p >> 16) & 255, g = (p >> 8) & 255, b = p & 255;
    return r + g + b < 3 * 110;
}

/* Card text is inked inside the card, and nothing dark lies on the card's
 * edge band (text that would run over the edge would). */
static void check_card_ink(app *a, layout_rect card, layout_rect text,
                           const char *name, const char *size)
{
    int before = check_failed;
    SDL_Surface *s = ui_frame(a);
    CHECK(s != NULL);
    if (s == NULL)
        return;
    int ink = 0;
    for (int y = text.y; y < text.y + text.h; y++)
        for (int x = text.x; x < text.x + text.w; x++)
            if (dark(pixel(s, x, y)))
                ink++;
    CHECK_MSG(ink > 200, "%s %s: no card text inked (%d)", name, size, ink);
    int r = a->frame.radius, band = 4;
    int edge_ink = 0;
    for (int x = card.x + r; x < card.x + card.w - r; x++)
        for (int d = 1; d <= band; d++) {
            edge_ink += dark(pixel(s, x, card.y + d));
            edge_ink += dark(pixel(s, x, card.y + card.h - 1 - d));
        }
    for (int y = card.y + r; y < card.y + card.h - r; y++)
        for (int d = 1; d <= band; d++) {
            edge_ink += dark(pixel(s, card.x + d, y));
            edge_ink += dark(pixel(s, card.x + card.w - 1 - d, y));
        }
    CHECK_MSG(edge_ink == 0, "%s %s: ink on the card's edge (%d)", name, size,
              edge_ink);
    SDL_FreeSurface(s);
    if (check_failed != before)
        save_failure(a, name, size);
}

static void screens(int w, int h)
{
    char size[32], win[32];
    snprintf(size, sizeof size, "%dx%d", w, h);
    snprintf(win, sizeof win, "%dx%d", w, h);
    const char *start_args[] = {"--window", win};
    ui_forget_round();
    app *a = ui_open(2, start_args, true);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    ui_step(a);
    CHECK_INT(a->out_w, w);
    CHECK_INT(a->out_h, h);
    check_trace(a, "start", size);
    ui_key(a, SDLK_ESCAPE);
    check_trace(a, "start-menu", size);
    ui_key(a, SDLK_ESCAPE);
    layout_start ls;
    layout_start_make(&a->frame, &ls);
    ui_click(a, ls.choose);
    CHECK(scene_pick_is_open());
    ui_key(a, SDLK_DOWN);
    ui_key(a, SDLK_SPACE);
    check_trace(a, "choose-cards", size);
    ui_key(a, SDLK_RIGHT);
    check_trace(a, "choose-cards-page-2", size);
    app_close(a);

    const char *args[] = {"--domain", "algemeen", "--lang", "nl", "--cards",
                          "all", "--window", win};
    ui_forget_round();
    a = ui_open(8, args, true);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    ui_step_ms(a, 0);
    ui_step_ms(a, 150);
    CHECK_STR(app_scene_name(a->scene), "deal");
    check_trace(a, "deal", size);
    /* every card of the deck, in both wordings, fits its card */
    layout_place lp;
    layout_place_make(&a->frame, app_session(a)->deck->option_count, &lp);
    for (size_t c = 0; c < app_session(a)->round_count; c++) {
        ui_step(a);
        char name[64];
        snprintf(name, sizeof name, "place-card-%zu", c + 1);
        check_trace(a, name, size);
        check_card_ink(a, lp.card, lp.card_text, name, size);
        ui_key(a, SDLK_3);
        ui_key(a, SDLK_RETURN);
        check_trace(a, "handover", size);
        ui_key(a, SDLK_RETURN);
        ui_key(a, c % 2 ? SDLK_1 : SDLK_5);
        check_trace(a, "place-professional", size);
        check_card_ink(a, lp.card, lp.card_text, "place-professional", size);
        ui_key(a, SDLK_RETURN);
        check_trace(a, "ready", size);
        ui_key(a, SDLK_RETURN);
        ui_step(a);
        check_trace(a, "reveal", size);
        if (c == 0) {
            ui_key(a, SDLK_ESCAPE);
            check_trace(a, "menu", size);
            ui_key(a, SDLK_4);
            check_trace(a, "menu-confirm", size);
            ui_key(a, SDLK_1);
        }
        ui_key(a, SDLK_RETURN);
    }
    ui_step(a);
    CHECK_STR(app_scene_name(a->scene), "summary");
    check_trace(a, "summary", size);
    app_close(a);
}

/* Renders the screens after the client placed `key`: the hand-over
 * screen, the professional's place screen and the ready screen. */
static SDL_Surface *hidden_run(SDL_Keycode key, int w, int h,
                               SDL_Surface **own)
{
    char win[32];
    snprintf(win, sizeof win, "%dx%d", w, h);
    const char *args[] = {"--domain", "algemeen", "--cards", "quick",
                          "--window", win};
    ui_now = 5000;
    ui_forget_round();
    app *a = ui_open(6, args, false);
    if (a == NULL)
        return NULL;
    ui_step(a);
    ui_step(a);
    ui_key(a, key);
    *own = ui_frame(a); /* the client's own screen shows the choice */
    ui_key(a, SDLK_RETURN);
    SDL_Surface *handover = ui_frame(a);
    ui_key(a, SDLK_RETURN);
    SDL_Surface *place = ui_frame(a);
    ui_key(a, SDLK_3);
    ui_key(a, SDLK_RETURN);
    SDL_Surface *ready = ui_frame(a);
    app_close(a);
    /* three frames stacked into one surface */
    SDL_Surface *all = SDL_CreateRGBSurfaceWithFormat(0, w, 3 * h, 32,
                                                      SDL_PIXELFORMAT_ARGB8888);
    SDL_Surface *parts[3] = {handover, place, ready};
    for (int i = 0; i < 3; i++) {
        if (all && parts[i]) {
            SDL_Rect dst = {0, i * h, w, h};
            SDL_SetSurfaceBlendMode(parts[i], SDL_BLENDMODE_NONE);
            SDL_BlitSurface(parts[i], NULL, all, &dst);
        }
        if (parts[i])
            SDL_FreeSurface(parts[i]);
    }
    return all;
}

static bool same(const SDL_Surface *a, const SDL_Surface *b)
{
    if (a->w != b->w || a->h != b->h)
        return false;
    for (int y = 0; y < a->h; y++)
        if (memcmp((const uint8_t *)a->pixels + y * a->pitch,
                   (const uint8_t *)b->pixels + y * b->pitch,
                   (size_t)a->w * 4) != 0)
            return false;
    return true;
}

static void hidden(int w, int h)
{
    SDL_Surface *own1 = NULL, *own5 = NULL;
    SDL_Surface *one = hidden_run(SDLK_1, w, h, &own1);
    SDL_Surface *five = hidden_run(SDLK_5, w, h, &own5);
    CHECK(one && five && own1 && own5);
    if (one && five && own1 && own5) {
        /* the check can see a difference: the choice itself differs */
        CHECK(!same(own1, own5));
        bool ok = same(one, five);
        CHECK_MSG(ok, "the face-down token shows its value at %dx%d", w, h);
        if (!ok) {
            char path[2048];
            snprintf(path, sizeof path, "%.900s/failed-hidden-1-%dx%d.png",
                     TEST_BINARY_DIR, w, h);
            ui_write_png(one, path);
            fprintf(stderr, "  saved: %s\n", path);
            snprintf(path, sizeof path, "%.900s/failed-hidden-5-%dx%d.png",
                     TEST_BINARY_DIR, w, h);
            ui_write_png(five, path);
            fprintf(stderr, "  saved: %s\n", path);
        }
    }
    SDL_Surface *all[4] = {one, five, own1, own5};
    for (int i = 0; i < 4; i++)
        if (all[i])
            SDL_FreeSurface(all[i]);
}

/* A deck of our own: a very long card shrinks and wraps inside its card,
 * options without an icon are drawn as their number, the UI speaks the
 * deck's language. */
static void small_deck(int w, int h)
{
    char size[32], win[32];
    snprintf(size, sizeof size, "%dx%d", w, h);
    snprintf(win, sizeof win, "%dx%d", w, h);
    const char *args[] = {"--deck", TEST_SOURCE_DIR "/tests/ui/data/drie.yaml",
                          "--lang", "en", "--cards", "all", "--window", win};
    ui_forget_round();
    app *a = ui_open(8, args, true);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    ui_step(a);
    ui_step(a);
    CHECK_STR(app_scene_name(a->scene), "place");
    CHECK_STR(i18n_language(), "en");
    CHECK_STR(_("Skip card"), "Skip card");
    layout_place lp;
    layout_place_make(&a->frame, 3, &lp);
    check_trace(a, "long-card", size);
    check_card_ink(a, lp.card, lp.card_text, "long-card", size);
    /* the card text was made smaller than the normal card size */
    bool found = false;
    for (size_t i = 0; i < ui_trace.count; i++) {
        const trace_item *t = &ui_trace.items[i];
        if (t->kind == GFX_MARK_TEXT &&
            layout_inside(t->rect, lp.card_text) && t->rect.h > lp.card_text.h / 2)
            found = true;
    }
    CHECK_MSG(found, "the long card text is not in its card at %s", size);
    /* the numbers 1 and 2 stand in for the missing icons; 3 has one */
    int numbers = 0, icons = 0;
    for (size_t i = 0; i < ui_trace.count; i++) {
        const trace_item *t = &ui_trace.items[i];
        for (int k = 0; k < 3; k++)
            if (layout_inside(t->rect, lp.token[k])) {
                numbers += t->kind == GFX_MARK_TEXT;
                icons += t->kind == GFX_MARK_ICON;
            }
    }
    CHECK_INT(numbers, 2);
    CHECK_INT(icons, 1);
    /* the second card is on the friction dimension: the reveal names its
     * good answer in words, with no icon beside them */
    ui_answer_card(a, SDLK_1, SDLK_3);
    ui_step(a);
    check_trace(a, "reveal-long", size);
    ui_key(a, SDLK_RETURN);
    ui_step(a);
    ui_answer_card(a, SDLK_1, SDLK_3);
    ui_step(a);
    CHECK_STR(app_scene_name(a->scene), "reveal");
    check_trace(a, "reveal-friction", size);
    layout_reveal lr;
    layout_reveal_make(&a->frame, app_session(a)->player_count, &lr);
    bool named = false;
    for (size_t i = 0; i < ui_trace.count; i++) {
        const trace_item *t = &ui_trace.items[i];
        if (t->kind == GFX_MARK_TEXT && layout_inside(t->rect, lr.note) &&
            strstr(t->text, "is good") != NULL)
            named = true;
        CHECK_MSG(t->kind != GFX_MARK_ICON || !layout_overlap(t->rect, lr.note),
                  "an icon beside the good answer's words at %s", size);
    }
    CHECK_MSG(named, "the friction card does not name its good answer at %s",
              size);
    ui_key(a, SDLK_RETURN);
    ui_step(a);
    CHECK_STR(app_scene_name(a->scene), "summary");
    check_trace(a, "summary-small-deck", size);
    app_close(a);
}

int main(void)
{
    snprintf(home, sizeof home, "%.900s/ui-pixels-home", TEST_BINARY_DIR);
    ui_env(home);
    screens(1024, 600);
    screens(1920, 1080);
    hidden(1024, 600);
    hidden(1920, 1080);
    small_deck(1024, 600);
    small_deck(3840, 2160);
    return check_report();
}
