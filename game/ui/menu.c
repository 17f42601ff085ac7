/* menu: see menu.h. */
#include "menu.h"

#include "autosave.h"
#include "draw.h"
#include "i18n.h"

enum { MENU_RESUME, MENU_FULLSCREEN, MENU_START, MENU_QUIT };

bool menu_game_running(const app *a)
{
    return a->have_session && a->scene != APP_SCENE_START &&
           a->scene != APP_SCENE_SUMMARY;
}

void menu_open(app *a, app_menu_state state)
{
    a->menu = state;
    a->menu_focus = state == APP_MENU_OPEN ? MENU_RESUME : 0;
    a->dirty = true;
}

static void menu_choose(app *a, int item)
{
    if (a->menu == APP_MENU_OPEN) {
        switch (item) {
        case MENU_RESUME:
            a->menu = APP_MENU_CLOSED;
            break;
        case MENU_FULLSCREEN:
            a->menu = APP_MENU_CLOSED;
            app_toggle_fullscreen(a);
            break;
        case MENU_START:
            if (menu_game_running(a)) {
                menu_open(a, APP_MENU_CONFIRM_START);
            } else {
                a->menu = APP_MENU_CLOSED;
                app_back_to_start(a);
            }
            break;
        case MENU_QUIT:
            if (menu_game_running(a))
                menu_open(a, APP_MENU_CONFIRM_QUIT);
            else
                a->running = false;
            break;
        default:
            break;
        }
        return;
    }
    if (a->menu == APP_MENU_CONFIRM_RESUME) {
        /* 0 = go on with the unfinished round, 1 = throw it away */
        a->menu = APP_MENU_CLOSED;
        if (item == 0)
            autosave_resume(a);
        else if (item == 1)
            autosave_clear(a);
        return;
    }
    /* a confirmation: 0 = keep playing, 1 = stop */
    if (item == 1) {
        autosave_clear(a); /* the players chose to stop: keep no answers */
        if (a->menu == APP_MENU_CONFIRM_QUIT) {
            a->running = false;
        } else {
            a->menu = APP_MENU_CLOSED;
            app_back_to_start(a);
        }
    }
    a->menu = APP_MENU_CLOSED;
}

static int menu_items(const app *a)
{
    return a->menu == APP_MENU_OPEN ? LAYOUT_MENU_ITEMS : 2;
}

void menu_handle(app *a, const input_event *ev)
{
    layout_menu m;
    layout_menu_make(&a->frame, &m);
    int n = menu_items(a);
    a->dirty = true;
    switch (ev->type) {
    case INPUT_MENU:
        a->menu = APP_MENU_CLOSED;
        break;
    case INPUT_UP:
        a->menu_focus = (a->menu_focus + n - 1) % n;
        break;
    case INPUT_DOWN:
        a->menu_focus = (a->menu_focus + 1) % n;
        break;
    case INPUT_CONFIRM:
    case INPUT_TOGGLE:
        menu_choose(a, a->menu_focus);
        break;
    case INPUT_DIGIT:
        if (ev->digit >= 1 && ev->digit <= n)
            menu_choose(a, ev->digit - 1);
        break;
    case INPUT_POINTER: {
        int first = a->menu == APP_MENU_OPEN ? 0 : LAYOUT_MENU_ITEMS - 2;
        for (int i = 0; i < n; i++)
            if (layout_contains(m.item[first + i], ev->x, ev->y)) {
                menu_choose(a, i);
                return;
            }
        if (!layout_contains(m.panel, ev->x, ev->y))
            a->menu = APP_MENU_CLOSED;
        break;
    }
    default:
        break;
    }
}

void menu_draw(app *a)
{
    layout_menu m;
    layout_menu_make(&a->frame, &m);
    draw_shade(a, 150);
    draw_shadow(a, m.panel, a->frame.radius);
    draw_round_rect(a, m.panel, a->frame.radius, DRAW_PAPER);
    if (a->menu == APP_MENU_OPEN) {
        draw_text(a, _("Menu"), m.title, a->frame.font_large, true, DRAW_INK,
                  TEXT_ALIGN_CENTER, true);
        const char *labels[LAYOUT_MENU_ITEMS] = {
            _("Resume"), a->fullscreen ? _("Leave full screen")
                                       : _("Full screen"),
            _("Back to the start"), _("Quit")};
        const char *keys[LAYOUT_MENU_ITEMS] = {"1", "2", "3", "4"};
        for (int i = 0; i < LAYOUT_MENU_ITEMS; i++)
            draw_button(a, m.item[i], labels[i], keys[i], i == 0,
                        a->menu_focus == i);
        return;
    }
    /* the question takes the place of the first two buttons */
    layout_rect q = {m.title.x, m.title.y, m.title.w,
                     m.item[1].y + m.item[1].h - m.title.y};
    const char *question =
        a->menu == APP_MENU_CONFIRM_QUIT
            ? _("Stop the game? The answers of this round are not saved.")
        : a->menu == APP_MENU_CONFIRM_RESUME
            ? _("A round was not finished. Go on with it?")
            : _("Back to the start? The answers of this round are not saved.");
    draw_text(a, question, q, a->frame.font_large, true, DRAW_INK,
              TEXT_ALIGN_CENTER, true);
    bool resume = a->menu == APP_MENU_CONFIRM_RESUME;
    draw_button(a, m.item[2], resume ? _("Go on with it") : _("Keep playing"),
                "1", true, a->menu_focus == 0);
    draw_button(a, m.item[3],
                resume ? _("Throw it away")
                : a->menu == APP_MENU_CONFIRM_QUIT ? _("Stop and quit")
                                                   : _("Stop this round"),
                "2", false, a->menu_focus == 1);
}
