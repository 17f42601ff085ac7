/* workshop_draw: see workshop_draw.h. */
#include "workshop_draw.h"

#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "i18n.h"
#include "scene.h"
#include "score.h"

const theme *workshop_theme(const app *a)
{
    return theme_get(app_settings(a)->light);
}

deck_role workshop_shown_side(const session *s)
{
    for (size_t p = 0; p < s->player_count; p++)
        if (s->players[p] == DECK_ROLE_CLIENT)
            return DECK_ROLE_CLIENT;
    return DECK_ROLE_PROFESSIONAL;
}

void workshop_draw_frame(const app *a, const layout_workshop *l)
{
    const theme *t = workshop_theme(a);
    const layout_frame *f = &a->frame;
    const session *s = app_session(a);
    gfx_fill(a->gfx, (layout_rect){0, 0, a->out_w, a->out_h}, t->background);
    gfx_fill(a->gfx, f->top_bar, t->panel);
    char progress[128];
    scene_progress(a, progress, sizeof progress);
    draw_text(a, progress, f->progress, f->font_body, true, t->ink,
              GFX_ALIGN_LEFT, true);
    {
        /* the talk clock, always in sight: T (or a click) starts it */
        char clock[32], line[96];
        timer_text(&a->talk_timer, a->now, clock, sizeof clock);
        draw_format(line, sizeof line,
                    timer_over(&a->talk_timer, a->now) ? _("Time is up %s")
                    : a->talk_timer.running            ? _("Talk: %s")
                    : a->talk_timer.shown              ? _("Talk: %s (paused)")
                    : a->pointer_input                 ? _("Clock %s: tap here")
                                                       : _("Clock %s: press T"),
                    clock, NULL);
        /* in ink when time is up too: the words say it, at 7:1 */
        draw_text(a, line, l->timer, f->font_body, true, t->ink,
                  GFX_ALIGN_RIGHT, true);
    }
    layout_rect m = f->menu_button;
    draw_button(a, m, _("Menu"), NULL, false, false);
    if (session_current(s) == NULL)
        return;
    gfx_round_rect(a->gfx, l->card, f->radius, t->panel);
    const char *text = scene_card_text(a, s->current, workshop_shown_side(s));
    draw_text(a, text, l->card_text, f->font_card, true, t->ink,
              GFX_ALIGN_CENTER, true);
}

void workshop_draw_heading(const app *a, layout_rect r, deck_role side,
                           unsigned people, bool counted, int median)
{
    const theme *t = workshop_theme(a);
    char line[240], head[160], n[24];
    snprintf(n, sizeof n, "%u", people);
    const char *name = side == DECK_ROLE_CLIENT ? _("Clients")
                       : side == DECK_ROLE_PROFESSIONAL ? _("Professionals")
                                                        : _("Teams");
    if (!counted)
        snprintf(head, sizeof head, "%s", name);
    else if (side == DECK_ROLE_COUNT)
        draw_format(head, sizeof head, _("%s: %s"), name, n);
    else
        draw_format(head, sizeof head,
                    people == 1 ? _("%s: 1 person") : _("%s: %s people"),
                    name, n);
    if (median >= 0) {
        char mid[24];
        snprintf(mid, sizeof mid, "%d", median + 1);
        draw_format(line, sizeof line, _("%s \u00b7 middle: %s"), head, mid);
    } else {
        snprintf(line, sizeof line, "%s", head);
    }
    if (side != DECK_ROLE_COUNT)
        gfx_fill(a->gfx, (layout_rect){r.x, r.y + r.h - 4, r.w, 4},
                 theme_side(t, side));
    draw_text(a, line, r, a->frame.font_body, true, t->ink, GFX_ALIGN_LEFT,
              true);
}

#define WORKSHOP_ELLIPSIS "\xe2\x80\xa6"

/* True when text at size takes one line of r, wrapped as draw_text
 * wraps it. */
static bool workshop_one_line(const app *a, const char *text, layout_rect r,
                              int size)
{
    int w = 0, h = 0, one_w = 0, one_h = 0;
    return gfx_text_measure(a->gfx, text, size, false, r.w, &w, &h) &&
           gfx_text_measure(a->gfx, "M", size, false, 0, &one_w, &one_h) &&
           h <= one_h;
}

void workshop_draw_line(const app *a, const char *text, layout_rect r, int size,
                        gfx_color color)
{
    /* room for the "..." that may take a short last word's place */
    char line[1400];
    snprintf(line, sizeof line - 4, "%s", text);
    /* whole words off the end, "..." after the rest, until one line */
    while (!workshop_one_line(a, line, r, size)) {
        char *dots = strstr(line, WORKSHOP_ELLIPSIS);
        if (dots)
            *dots = '\0';
        char *space = strrchr(line, ' ');
        if (space == NULL)
            break;
        memcpy(space, WORKSHOP_ELLIPSIS, sizeof WORKSHOP_ELLIPSIS);
    }
    draw_text(a, line, r, size, false, color, GFX_ALIGN_LEFT, true);
}

void workshop_draw_legend(const app *a, layout_rect r, bool negative)
{
    const deck *d = app_session(a)->deck;
    char line[1024] = "";
    size_t used = 0;
    for (size_t at = 0; at < d->option_count; at++) {
        /* in the bars' order: the theme's bad end first */
        size_t o = score_step_toward_good(at, d->option_count, negative);
        int w = snprintf(line + used, sizeof line - used, "%s%zu %s",
                         at ? "  \xc2\xb7  " : "", o + 1,
                         deck_text(d, &d->options[o].label, app_language(a)));
        if (w < 0 || (size_t)w >= sizeof line - used)
            break;
        used += (size_t)w;
    }
    draw_text(a, line, r, a->frame.font_small, false, workshop_theme(a)->ink,
              GFX_ALIGN_CENTER, true);
}

void workshop_draw_outline(const app *a, layout_rect r, bool closed)
{
    gfx_color ink = workshop_theme(a)->ink;
    int t = r.w < 24 ? 3 : 4;
    gfx_fill(a->gfx, (layout_rect){r.x, r.y, r.w, t}, ink);
    gfx_fill(a->gfx, (layout_rect){r.x, r.y, t, r.h}, ink);
    gfx_fill(a->gfx, (layout_rect){r.x + r.w - t, r.y, t, r.h}, ink);
    if (closed)
        gfx_fill(a->gfx, (layout_rect){r.x, r.y + r.h - t, r.w, t}, ink);
}

void workshop_draw_key(const app *a, layout_rect r,
                       const workshop_key_item *items, size_t count)
{
    const layout_frame *f = &a->frame;
    const theme *t = workshop_theme(a);
    int size = f->font_body;
    int sample = (int)((float)size * LAYOUT_CAP_HEIGHT * 1.2f);
    int words[WORKSHOP_KEY_MAX] = {0}, total = 0;
    if (count > WORKSHOP_KEY_MAX)
        count = WORKSHOP_KEY_MAX;
    for (size_t i = 0; i < count; i++) {
        int h = 0;
        if (!gfx_text_measure(a->gfx, items[i].label, size, true, 0,
                              &words[i], &h))
            words[i] = r.w / (int)count;
        total += sample + f->gap / 2 + words[i] + (i ? f->gap * 2 : 0);
    }
    /* too wide (a narrow panel): each entry an equal share, its words
     * shrunk or shortened by draw_text */
    bool share = total > r.w;
    int x = r.x;
    for (size_t i = 0; i < count; i++) {
        const workshop_key_item *it = &items[i];
        layout_rect s = {x, r.y + (r.h - sample) / 2, sample, sample};
        if (it->outline) {
            workshop_draw_outline(a, s, true);
        } else {
            gfx_fill(a->gfx, s, it->color);
            gfx_fill(a->gfx, (layout_rect){s.x + s.w / 2, s.y, s.w - s.w / 2,
                                           s.h},
                     it->half);
        }
        int w = share ? r.w / (int)count - sample - f->gap
                      : words[i] + 2;
        layout_rect box = {s.x + sample + f->gap / 2, r.y, w, r.h};
        draw_text(a, it->label, box, size, true, t->ink, GFX_ALIGN_LEFT,
                  true);
        x = box.x + (share ? w + f->gap / 2 : words[i] + f->gap * 2);
    }
}

bool workshop_clock_tap(app *a, const layout_workshop *l,
                        const input_event *ev)
{
    if (ev->type != INPUT_POINTER || !layout_contains(l->timer, ev->x, ev->y))
        return false;
    app_talk_clock(a, false); /* as T on the keyboard */
    return true;
}
