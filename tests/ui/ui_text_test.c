/* Every text on the screens a round and a workshop show, at a small
 * laptop's size, a smaller one and a tablet upright: none is drawn
 * smaller than the floor (LAYOUT_TEXT_FLOOR), and none is cut off by its
 * box: measured again, unclipped, at the size it was drawn, it fits (a
 * text too long wraps, or ends in "…"). */
#include "check.h"
#include "layout.h"
#include "ui_driver.h"
#include "ui_hands.h"

static char home[] = "/tmp/alliantiespel-text-XXXXXX";
static int frames;

/* Whether the text t lies on a button of the frame traced. */
static bool on_button(const trace_item *t)
{
    for (size_t i = 0; i < ui_trace.count; i++)
        if (ui_trace.items[i].kind == GFX_MARK_BUTTON &&
            layout_inside(t->rect, ui_trace.items[i].rect))
            return true;
    return false;
}

/* Checks every text of the frame now on screen; where names the frame.
 * A button's words are never shortened: "Kaart…" says nothing to press
 * (a board's line about a card, "• ...", may be: a tap opens the card,
 * which shows it whole). */
static void texts_fit(app *a, const char *where)
{
    app_draw(a);
    frames++;
    for (size_t i = 0; i < ui_trace.count; i++) {
        const trace_item *t = &ui_trace.items[i];
        if (t->kind != GFX_MARK_TEXT)
            continue;
        CHECK_MSG(!strstr(t->text, "\u2026") ||
                      strncmp(t->text, "\u2022", 3) == 0 || !on_button(t),
                  "%s %dx%d: a button says '%s'", where, a->frame.w,
                  a->frame.h, t->text);
        CHECK_MSG(t->size >= LAYOUT_TEXT_FLOOR, "%s %dx%d: '%s' at %d px",
                  where, a->frame.w, a->frame.h, t->text, t->size);
        if (strlen(t->text) + 1 >= sizeof t->text)
            continue; /* the trace keeps a long text's start only */
        int w = 0, h = 0;
        CHECK(gfx_text_measure(a->gfx, t->text, t->size, t->bold,
                               t->container.w, &w, &h));
        CHECK_MSG(w <= t->container.w && h <= t->container.h,
                  "%s %dx%d: '%s' at %d px needs %dx%d, has %dx%d", where,
                  a->frame.w, a->frame.h, t->text, t->size, w, h,
                  t->container.w, t->container.h);
    }
}

static void round_texts(const char *win)
{
    ui_forget_round();
    const char *args[] = {"--lang", "nl", "--domain", "algemeen", "--cards",
                          "quick", "--window", win};
    app *a = ui_open(8, args, true);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    ui_step(a);
    texts_fit(a, "deal");
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_4);
    texts_fit(a, "place");
    ui_key(a, SDLK_RETURN);
    texts_fit(a, "handover");
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_2);
    ui_key(a, SDLK_RETURN);
    texts_fit(a, "ready");
    ui_key(a, SDLK_RETURN);
    ui_step(a);
    texts_fit(a, "reveal");
    for (int c = 0; c < 4; c++) {
        ui_key(a, SDLK_RETURN);
        ui_step(a);
        ui_answer_card(a, c % 2 ? SDLK_1 : SDLK_3, SDLK_5);
        ui_step(a);
    }
    ui_key(a, SDLK_RETURN);
    ui_step(a);
    texts_fit(a, "board");
    ui_key(a, SDLK_ESCAPE);
    texts_fit(a, "menu");
    app_close(a);
}

static void start_texts(const char *win)
{
    const char *args[] = {"--lang", "nl", "--window", win};
    app *a = ui_open(4, args, true);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    ui_step(a);
    texts_fit(a, "start");
    layout_start ls;
    layout_start_make(&a->frame, &ls);
    ui_click(a, ls.choose);
    texts_fit(a, "cards");
    app_close(a);
}

static void workshop_texts(const char *win)
{
    ui_forget_round();
    app *a = ui_hands_app(win);
    CHECK(a != NULL);
    if (a == NULL)
        return;
    ui_key(a, SDLK_RETURN); /* the deal */
    texts_fit(a, "hands");
    app_close(a);
}

int main(void)
{
    if (!mkdtemp(home))
        return 1;
    ui_env(home);
    const char *sizes[] = {"1024x600", "800x480", "600x1000"};
    for (size_t i = 0; i < 3; i++) {
        start_texts(sizes[i]);
        round_texts(sizes[i]);
        workshop_texts(sizes[i]);
    }
    CHECK_INT(frames, 3 * 10);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", home);
    if (system(cmd) != 0)
        return 1;
    return check_report();
}
