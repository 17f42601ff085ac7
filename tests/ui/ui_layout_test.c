/* ui_layout_test: the layout is pure arithmetic; at the smallest and the
 * largest window every rectangle lies inside the window and nothing that
 * can be tapped overlaps. No SDL video needed. */
#include "check.h"
#include "keypad.h"
#include "layout.h"
#include "layout_workshop.h"

static layout_rect win;

static void inside(layout_rect r, const char *what, int w, int h)
{
    CHECK_MSG(layout_inside(r, win) && r.w > 0 && r.h > 0,
              "%s at %dx%d: {%d,%d,%d,%d}", what, w, h, r.x, r.y, r.w, r.h);
}

static void apart(layout_rect a, layout_rect b, const char *what, int w,
                  int h)
{
    CHECK_MSG(!layout_overlap(a, b), "%s overlap at %dx%d", what, w, h);
}

/* A tap meant for the screen before (a double tap, the next person's
 * tap) lands on this screen's main button, never on one that throws
 * answers away. */
static void main_kept(layout_rect before, layout_rect now, const char *what,
                      int w, int h)
{
    CHECK_MSG(layout_contains(now, before.x + before.w / 2,
                              before.y + before.h / 2),
              "%s: main button moved at %dx%d", what, w, h);
}

static void not_under(layout_rect destructive, layout_rect before,
                      const char *what, int w, int h)
{
    CHECK_MSG(!layout_overlap(destructive, before),
              "%s lies under the main button before at %dx%d", what, w, h);
}

static void main_buttons_test(const layout_frame *f, int w, int h)
{
    layout_place p;
    layout_place_make(f, 5, &p);
    layout_reveal r;
    layout_reveal_make(f, 2, &r);
    for (size_t n = 1; n <= 8; n++) {
        layout_handover ho;
        layout_handover_make(f, n, &ho);
        main_kept(p.place, ho.go, "place -> hand-over", w, h);
        main_kept(ho.go, p.place, "hand-over -> place", w, h);
        main_kept(ho.go, r.next, "ready -> turned card", w, h);
        not_under(ho.skip, p.place, "hand-over's skip", w, h);
        not_under(ho.take_back, p.place, "hand-over's take back", w, h);
        not_under(p.skip, ho.go, "place's skip", w, h);
        not_under(p.skip, r.next, "place's skip", w, h);
    }
}

/* Keys on the screen: inside their ground, apart, and each at least as
 * big as a fingertip needs (about 7 mm: 36 pixels on a 10-inch tablet
 * of 1280 x 800, and a share of the smaller window's side). */
static void keys_test(const layout_frame *f, keypad_kind kind,
                      layout_rect area, const char *what, int w, int h)
{
    keypad_layout k;
    keypad_make(f, kind, area, &k);
    CHECK_INT((int)k.count, kind == KEYPAD_DIGITS ? 12 : 40);
    int least = (w < h ? w : h) * 36 / 800;
    for (size_t i = 0; i < k.count; i++) {
        inside(k.key[i], what, w, h);
        CHECK_MSG(layout_inside(k.key[i], k.panel), "%s key %zu off its "
                  "ground at %dx%d", what, i, w, h);
        CHECK_MSG(k.key[i].w >= least && k.key[i].h >= least,
                  "%s key %zu is %dx%d at %dx%d, under %d", what, i,
                  k.key[i].w, k.key[i].h, w, h, least);
        for (size_t j = 0; j < i; j++)
            apart(k.key[i], k.key[j], what, w, h);
        input_event ev;
        CHECK(keypad_hit(&k, k.key[i].x + k.key[i].w / 2,
                         k.key[i].y + k.key[i].h / 2, false, &ev));
    }
    input_event ev;
    CHECK(!keypad_hit(&k, -1, -1, false, &ev));
}

/* What a finger types with: the pair's code, a team's name, a show of
 * hands' counts (over the other side's panel). */
static void touch_test(const layout_frame *f, int w, int h)
{
    layout_code c;
    layout_code_make(f, &c);
    keys_test(f, KEYPAD_LETTERS, c.keys, "code key", w, h);
    inside(c.back, "code back", w, h);
    inside(c.done, "code done", w, h);
    apart(c.keys, c.done, "code keys/done", w, h);
    apart(c.back, c.history, "code back/history", w, h);
    apart(c.history, c.done, "code history/done", w, h);
    layout_teams t;
    layout_teams_make(f, LAYOUT_MAX_TEAMS, &t);
    keys_test(f, KEYPAD_LETTERS, t.keyboard, "team key", w, h);
    for (int i = 0; i < 2; i++)
        apart(t.name[i], t.keyboard, "team name/letters", w, h);
    for (int i = 0; i < LAYOUT_MAX_TEAMS; i++) {
        inside(t.remove[i], "remove a team", w, h);
        apart(t.remove[i], t.name[i], "team name/remove", w, h);
        apart(t.side[i], t.name[i], "team side/name", w, h);
    }
    layout_frame pf = *f;
    layout_frame_projector(&pf);
    layout_workshop hands;
    layout_hands_make(&pf, 5, 4, &hands);
    keys_test(&pf, KEYPAD_DIGITS, hands.side[1].box, "count key", w, h);
}

static void size_test(int w, int h)
{
    win = (layout_rect){0, 0, w, h};
    layout_frame f;
    layout_frame_make(w, h, &f);
    inside(f.top_bar, "top bar", w, h);
    inside(f.menu_button, "menu button", w, h);
    inside(f.progress, "progress", w, h);
    apart(f.progress, f.menu_button, "progress/menu", w, h);

    for (size_t k = 2; k <= 7; k++) {
        layout_place p;
        layout_place_make(&f, k, &p);
        inside(p.card, "place card", w, h);
        inside(p.card_text, "place card text", w, h);
        CHECK(layout_inside(p.card_text, p.card));
        inside(p.place, "place button", w, h);
        inside(p.skip, "skip button", w, h);
        apart(p.place, p.skip, "place/skip", w, h);
        apart(p.hint, p.skip, "hint/skip", w, h);
        apart(p.hint, p.place, "hint/place", w, h);
        apart(p.card, f.top_bar, "card/top bar", w, h);
        for (size_t i = 0; i < k; i++) {
            inside(p.token[i], "token", w, h);
            inside(p.label[i], "token label", w, h);
            apart(p.token[i], p.card, "token/card", w, h);
            apart(p.token[i], p.place, "token/place", w, h);
            apart(p.label[i], p.place, "label/place", w, h);
            CHECK_MSG(p.token[i].w >= (int)(60 * f.s) || k > 5,
                      "token too small: %d", p.token[i].w);
            for (size_t j = i + 1; j < k; j++) {
                apart(p.token[i], p.token[j], "tokens", w, h);
                apart(p.label[i], p.label[j], "labels", w, h);
            }
        }
    }
    for (size_t n = 2; n <= 8; n++) {
        layout_reveal r;
        layout_reveal_make(&f, n, &r);
        inside(r.card, "reveal card", w, h);
        inside(r.talk, "talk", w, h);
        inside(r.note, "note", w, h);
        inside(r.badge, "badge", w, h);
        inside(r.mark, "mark", w, h);
        inside(r.next, "next", w, h);
        apart(r.mark, r.next, "mark/next", w, h);
        apart(r.card, r.talk, "card/talk", w, h);
        apart(r.talk, r.badge, "talk/badge", w, h);
        apart(r.talk_without_note, r.badge, "talk/badge", w, h);
        apart(r.talk_without_note, r.card, "talk/card", w, h);
        for (size_t i = 0; i < n; i++) {
            inside(r.token[i], "reveal token", w, h);
            inside(r.name[i], "reveal name", w, h);
            inside(r.label[i], "reveal label", w, h);
            apart(r.token[i], r.badge, "token/badge", w, h);
            apart(r.token[i], r.card, "token/card", w, h);
            apart(r.token[i], r.talk, "token/talk", w, h);
            apart(r.token[i], r.talk_without_note, "token/talk", w, h);
            for (size_t j = i + 1; j < n; j++)
                apart(r.token[i], r.token[j], "reveal tokens", w, h);
        }
    }
    main_buttons_test(&f, w, h);
    for (size_t n = 1; n <= 8; n++) {
        layout_handover ho;
        layout_handover_make(&f, n, &ho);
        inside(ho.go, "go", w, h);
        inside(ho.panel, "handover panel", w, h);
        CHECK_MSG(layout_inside(ho.take_back, ho.panel) &&
                      layout_inside(ho.skip, ho.panel),
                  "take back/skip outside the panel at %dx%d", w, h);
        apart(ho.go, ho.panel, "go/panel", w, h);
        inside(ho.title, "handover title", w, h);
        inside(ho.take_back, "take back", w, h);
        inside(ho.skip, "skip", w, h);
        apart(ho.take_back, ho.skip, "take back/skip", w, h);
        for (size_t i = 0; i < n; i++) {
            inside(ho.chip[i], "chip", w, h);
            apart(ho.chip[i], ho.go, "chip/go", w, h);
            apart(ho.chip[i], ho.skip, "chip/skip", w, h);
            apart(ho.chip[i], ho.take_back, "chip/take back", w, h);
        }
    }
    for (size_t rows = 1; rows <= 16; rows++) {
        layout_summary s;
        layout_summary_make(&f, rows, 6, &s);
        inside(s.save_png, "save png", w, h);
        inside(s.discard, "save result", w, h);
        inside(s.new_round, "new round", w, h);
        apart(s.save_png, s.discard, "save buttons", w, h);
        apart(s.discard, s.new_round, "save/new", w, h);
        for (size_t i = 0; i < s.row_count; i++) {
            inside(s.row[i].name, "row name", w, h);
            inside(s.row[i].bar, "row bar", w, h);
            inside(s.row[i].sentence, "row sentence", w, h);
            apart(s.row[i].bar, s.row[i].sentence, "bar/sentence", w, h);
        }
        for (size_t i = 0; i < s.topic_count; i++) {
            inside(s.topic[i], "topic", w, h);
            apart(s.topic[i], s.new_round, "topic/buttons", w, h);
        }
        if (rows <= 4)
            CHECK_MSG(s.topic_count >= 3, "only %zu topics fit at %dx%d",
                      s.topic_count, w, h);
    }
    layout_start st;
    layout_start_make(&f, &st);
    inside(st.start, "start", w, h);
    inside(st.choose, "choose", w, h);
    apart(st.start, st.choose, "start/choose", w, h);
    for (int i = 0; i < LAYOUT_START_ROWS; i++) {
        inside(st.row[i].prev, "row prev", w, h);
        inside(st.row[i].next, "row next", w, h);
        apart(st.row[i].prev, st.row[i].next, "prev/next", w, h);
        apart(st.row[i].value, st.start, "row/start", w, h);
        apart(st.row[i].next, f.menu_button, "row/menu", w, h);
    }
    layout_pick pk;
    layout_pick_make(&f, &pk);
    CHECK(pk.per_page >= 10);
    for (size_t i = 0; i < pk.per_page; i++) {
        inside(pk.item[i], "pick item", w, h);
        apart(pk.item[i], pk.done, "item/done", w, h);
        if (i > 0)
            apart(pk.item[i], pk.item[i - 1], "pick items", w, h);
    }
    layout_menu m;
    layout_menu_make(&f, &m);
    for (int i = 0; i < LAYOUT_MENU_ITEMS; i++) {
        inside(m.item[i], "menu item", w, h);
        CHECK(layout_inside(m.item[i], m.panel));
    }
    layout_deal d;
    layout_deal_make(&f, &d);
    inside(d.pile, "pile", w, h);
    inside(d.card, "deal card", w, h);
    touch_test(&f, w, h);
}

int main(void)
{
    const int sizes[][2] = {{1024, 600}, {1280, 800}, {1366, 768},
                            {1920, 1080}, {3840, 2160}, {1024, 768},
                            {800, 600},  {2560, 1080}, {600, 1000},
                            {768, 1024}, {1080, 1920}};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
        size_test(sizes[i][0], sizes[i][1]);
    /* helpers */
    layout_rect a = {0, 0, 10, 10}, b = {10, 0, 10, 10};
    CHECK(!layout_overlap(a, b));
    CHECK(layout_contains(a, 9, 9));
    CHECK(!layout_contains(a, 10, 9));
    layout_rect l = layout_lerp(a, b, 0.5f);
    CHECK_INT(l.x, 5);
    return check_report();
}
