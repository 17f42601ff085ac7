/* buttons: see buttons.h. */
#include "buttons.h"

#include "draw.h"

buttons_item *buttons_add(buttons_table *t, layout_rect r, const char *label,
                          const char *key, bool primary)
{
    static buttons_item spare; /* past the last: taken, never shown */
    if (t->count >= BUTTONS_MAX)
        return &spare;
    buttons_item *b = &t->item[t->count++];
    *b = (buttons_item){.rect = r, .label = label, .key = key,
                        .primary = primary, .action = t->count - 1};
    return b;
}

buttons_item *buttons_add_help(buttons_table *t, layout_rect r)
{
    return buttons_add(t, r, NULL, NULL, false);
}

bool buttons_shown(const buttons_table *t, int i)
{
    return i >= 0 && i < t->count && t->item[i].rect.w > 0 &&
           t->item[i].rect.h > 0;
}

int buttons_at(const buttons_table *t, int x, int y)
{
    for (int i = 0; i < t->count; i++)
        if (buttons_shown(t, i) && layout_contains(t->item[i].rect, x, y))
            return i;
    return -1;
}

bool buttons_focus_move(app *a, const buttons_table *t, const input_event *ev)
{
    if (ev->type != INPUT_UP && ev->type != INPUT_DOWN)
        return false;
    int step = ev->type == INPUT_DOWN ? 1 : -1;
    int f = a->button_focus;
    if (f < 0 || f >= t->count)
        f = step > 0 ? -1 : t->count;
    for (int tries = 0; tries < t->count; tries++) {
        f = (f + step + t->count) % t->count;
        if (buttons_shown(t, f)) {
            a->button_focus = f;
            return true;
        }
    }
    return t->count > 0; /* nothing shown: the key is still taken */
}

int buttons_pressed(const app *a, const buttons_table *t, const input_event *ev,
                    int fallback)
{
    if (ev->type == INPUT_POINTER)
        return buttons_at(t, ev->x, ev->y);
    if (ev->type != INPUT_CONFIRM && ev->type != INPUT_TOGGLE)
        return -1;
    int b = buttons_shown(t, a->button_focus) ? a->button_focus : fallback;
    return buttons_shown(t, b) ? b : -1;
}

void buttons_draw(const app *a, const buttons_table *t, int fallback)
{
    buttons_draw_ringed(a, t,
                        buttons_shown(t, a->button_focus) ? a->button_focus
                                                          : fallback);
}

void buttons_draw_ringed(const app *a, const buttons_table *t, int ringed)
{
    for (int i = 0; i < t->count; i++) {
        const buttons_item *b = &t->item[i];
        bool ring = ringed == i || b->on;
        if (!buttons_shown(t, i) || b->screen_drawn || (b->ring_only && !ring))
            continue;
        if (b->label == NULL)
            draw_help_button(a, b->rect, ring);
        else
            draw_button(a, b->rect, b->label, b->key, b->primary, ring);
    }
}
