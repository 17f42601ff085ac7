/* scene_summary: the board. One row per dimension with each player's mean
 * on a bar along the scale, the gap and a plain sentence; below it the
 * cards to talk about. Save as PNG, save the result file, new round. */
#include "scene.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "autosave.h"
#include "draw.h"
#include "i18n.h"
#include "menu.h"
#include "report.h"
#include "result.h"

static void scene_summary_save_cli(app *a)
{
    if (a->save_path[0] == '\0' || a->summary.saved_cli)
        return;
    error_list errors;
    error_list_init(&errors);
    a->summary.saved_cli = true;
    /* on success the banner keeps saying where the game stored the round;
     * the --save file was named by whoever started the game */
    if (!result_write(a->save_path, &a->session, &errors)) {
        error_print(&errors, stderr);
        draw_format(a->summary.status, sizeof a->summary.status,
                    _("Could not save: %s"), a->save_path, NULL);
        a->summary.status_failed = true;
        a->exit_code = CLI_EXIT_FAILURE;
    }
    error_list_free(&errors);
}

/* What the banner says once the board is reached: where the round was
 * stored, or why it was not. */
static void scene_summary_tell_stored(app *a)
{
    const char *stored = autosave_stored_path(a);
    a->summary.status_failed = stored[0] == '\0';
    /* when storing failed, the lasting notice at the top says why */
    if (stored[0])
        draw_format(a->summary.status, sizeof a->summary.status,
                    _("The answers are stored on this computer: %s"), stored,
                    NULL);
}

void scene_summary_enter(app *a)
{
    a->summary.status[0] = '\0';
    a->summary.open_round = -1;
    a->summary.topic_page = 0;
    a->summary.focus = -1;
    a->summary.have_summary = score_compute(&a->session, &a->summary.summary);
    autosave_update(a); /* stores the round (once), also when picked up */
    scene_summary_tell_stored(a);
    scene_summary_save_cli(a);
}

void scene_summary_leave(app *a)
{
    if (a->summary.have_summary)
        score_free(&a->summary.summary);
    a->summary.have_summary = false;
}

static void scene_summary_save_png(app *a)
{
    char path[APP_PATH_MAX];
    if (!app_user_file(a, "board", "png", path, sizeof path)) {
        snprintf(a->summary.status, sizeof a->summary.status, "%s",
                 _("There is no folder to save in."));
        a->summary.status_failed = true;
        return;
    }
    /* the board without the banner and the notice */
    a->summary.picture = true;
    app_draw(a);
    a->summary.picture = false;
    error_list errors;
    error_list_init(&errors);
    if (gfx_save_png(a, path, &errors)) {
        draw_format(a->summary.status, sizeof a->summary.status,
                    _("The picture is saved: %s"), path, NULL);
        a->summary.status_failed = false;
    } else {
        char first[512];
        error_format_first(&errors, first, sizeof first);
        fprintf(stderr, "alliantiespel: %s\n", first);
        draw_format(a->summary.status, sizeof a->summary.status,
                    _("The picture could not be saved: %s."),
                    autosave_reason(errors.os_error), NULL);
        a->summary.status_failed = true;
    }
    error_list_free(&errors);
}

/* Throwing the stored answers away asks first (menu.c does it). */
static void scene_summary_ask_discard(app *a)
{
    if (autosave_stored_path(a)[0])
        app_ask(a, APP_MENU_CONFIRM_DISCARD);
}

/* Everything on the board that can be chosen, in Tab order: the themes'
 * "?", the topics on this page, paging, then the buttons. */
typedef enum {
    SUMMARY_HELP, SUMMARY_TOPIC, SUMMARY_PREV, SUMMARY_NEXT, SUMMARY_PNG,
    SUMMARY_DISCARD, SUMMARY_NEW
} summary_item_kind;

typedef struct {
    summary_item_kind kind;
    size_t index;      /* the theme, or the topic's place in the list */
    layout_rect rect;
} summary_item;

#define SUMMARY_MAX_ITEMS (LAYOUT_MAX_ROWS + LAYOUT_MAX_TOPICS + 5)

/* The board's layout, and the topics page being shown. */
typedef struct {
    layout_summary l;
    size_t topics;      /* topics in all */
    size_t per_page;
    size_t pages;
    size_t first;       /* the page's first topic */
    size_t on_page;
} summary_view;

static void scene_summary_view(const app *a, summary_view *v)
{
    const score_summary *sum = &a->summary.summary;
    v->topics = a->summary.have_summary ? sum->topic_count : 0;
    layout_summary_make(&a->frame, a->session.deck->dimension_count,
                        v->topics, &v->l);
    v->per_page = v->l.topic_count ? v->l.topic_count : 1;
    v->pages = (v->topics + v->per_page - 1) / v->per_page;
    if (v->pages == 0)
        v->pages = 1;
    size_t page = a->summary.topic_page < v->pages ? a->summary.topic_page
                                                   : v->pages - 1;
    v->first = page * v->per_page;
    v->on_page = v->topics > v->first ? v->topics - v->first : 0;
    if (v->on_page > v->l.topic_count)
        v->on_page = v->l.topic_count;
}

static size_t scene_summary_items(const app *a, const summary_view *v,
                                  summary_item *items)
{
    size_t n = 0;
    for (size_t i = 0; i < v->l.row_count; i++)
        items[n++] = (summary_item){SUMMARY_HELP, i, v->l.row[i].help};
    for (size_t i = 0; i < v->on_page; i++)
        items[n++] = (summary_item){SUMMARY_TOPIC, v->first + i, v->l.topic[i]};
    if (v->pages > 1) {
        items[n++] = (summary_item){SUMMARY_PREV, 0, v->l.topics_prev};
        items[n++] = (summary_item){SUMMARY_NEXT, 0, v->l.topics_next};
    }
    items[n++] = (summary_item){SUMMARY_PNG, 0, v->l.save_png};
    if (autosave_stored_path(a)[0])
        items[n++] = (summary_item){SUMMARY_DISCARD, 0, v->l.discard};
    items[n++] = (summary_item){SUMMARY_NEW, 0, v->l.new_round};
    return n;
}

static void scene_summary_page(app *a, const summary_view *v, int delta)
{
    size_t page = a->summary.topic_page;
    if (delta < 0 && page > 0)
        page--;
    else if (delta > 0 && page + 1 < v->pages)
        page++;
    a->summary.topic_page = page;
}

static void scene_summary_choose(app *a, const summary_view *v,
                                 const summary_item *it)
{
    switch (it->kind) {
    case SUMMARY_HELP:
        menu_explain(a, a->summary.summary.dimensions[it->index].dimension);
        break;
    case SUMMARY_TOPIC:
        /* the card again, both tokens shown */
        a->summary.open_round = (int)a->summary.summary.topics[it->index].round;
        break;
    case SUMMARY_PREV:
        scene_summary_page(a, v, -1);
        break;
    case SUMMARY_NEXT:
        scene_summary_page(a, v, 1);
        break;
    case SUMMARY_PNG:
        scene_summary_save_png(a);
        break;
    case SUMMARY_DISCARD:
        scene_summary_ask_discard(a);
        break;
    case SUMMARY_NEW:
        app_back_to_start(a);
        break;
    }
}

/* Looking at a card again: any way back leads to the board. */
static void scene_summary_review_handle(app *a, const input_event *ev)
{
    layout_reveal l;
    layout_reveal_make(&a->frame, a->session.player_count, &l);
    switch (ev->type) {
    case INPUT_CONFIRM:
    case INPUT_TOGGLE:
    case INPUT_BACK:
    case INPUT_MENU:
        a->summary.open_round = -1;
        break;
    case INPUT_HELP:
        scene_explain_card(a, (size_t)a->summary.open_round);
        break;
    case INPUT_POINTER:
        if (layout_contains(l.card_help, ev->x, ev->y))
            scene_explain_card(a, (size_t)a->summary.open_round);
        else if (layout_contains(l.next, ev->x, ev->y))
            a->summary.open_round = -1;
        break;
    default:
        break;
    }
}

void scene_summary_handle(app *a, const input_event *ev)
{
    if (autosave_stored_path(a)[0] == '\0') {
        /* not stored yet (a full disk): every move tries again */
        autosave_update(a);
        scene_summary_tell_stored(a);
    }
    if (a->summary.open_round >= 0) {
        scene_summary_review_handle(a, ev);
        return;
    }
    summary_view v;
    scene_summary_view(a, &v);
    summary_item items[SUMMARY_MAX_ITEMS];
    size_t n = scene_summary_items(a, &v, items);
    int focus = a->summary.focus < (int)n ? a->summary.focus : (int)n - 1;
    switch (ev->type) {
    case INPUT_SAVE_PNG:
        scene_summary_save_png(a);
        break;
    case INPUT_DISCARD:
        scene_summary_ask_discard(a);
        break;
    case INPUT_NEW_ROUND:
        app_back_to_start(a);
        break;
    case INPUT_PAGE_UP:
    case INPUT_LEFT:
        scene_summary_page(a, &v, -1);
        break;
    case INPUT_PAGE_DOWN:
    case INPUT_RIGHT:
        scene_summary_page(a, &v, 1);
        break;
    case INPUT_DOWN:
        a->summary.focus = focus < 0 ? 0 : (int)(((size_t)focus + 1) % n);
        break;
    case INPUT_UP:
        a->summary.focus = focus <= 0 ? (int)n - 1 : focus - 1;
        break;
    case INPUT_CONFIRM:
    case INPUT_TOGGLE:
        if (focus >= 0 && (size_t)focus < n)
            scene_summary_choose(a, &v, &items[focus]);
        break;
    case INPUT_POINTER:
        for (size_t i = 0; i < n; i++)
            if (layout_contains(items[i].rect, ev->x, ev->y)) {
                a->summary.focus = (int)i;
                scene_summary_choose(a, &v, &items[i]);
                break;
            }
        break;
    default:
        break;
    }
}

/* A player's marker: a circle for the client side, a square for the
 * professional; the number of a client inside. */
static void scene_summary_marker(app *a, layout_rect r, deck_role role,
                                 size_t number)
{
    if (role == DECK_ROLE_CLIENT) {
        gfx_disc(a, layout_inset(r, -2), DRAW_PAPER);
        gfx_disc(a, r, DRAW_CLIENT);
    } else {
        gfx_round_rect(a, layout_inset(r, -2), r.w / 5, DRAW_PAPER);
        gfx_round_rect(a, r, r.w / 6, DRAW_PRO);
    }
    if (number) {
        char n[24];
        snprintf(n, sizeof n, "%zu", number);
        draw_text(a, n, r, r.h * 7 / 10, true,
                  role == DECK_ROLE_CLIENT ? DRAW_PAPER : DRAW_INK,
                  GFX_ALIGN_CENTER, true);
    }
}

static const char *scene_summary_icon(score_alignment al)
{
    return al == SCORE_ALIGNED ? "aligned" : al == SCORE_CLOSE ? "close"
                                                                : "apart";
}

/* The number a client-side seat wears on the board when the side has
 * several people (1, 2, 3 in placing order; the legend says who is who),
 * else 0. */
static size_t scene_summary_seat_number(const session *s, size_t seat)
{
    size_t clients = 0, number = 0;
    for (size_t p = 0; p < s->player_count; p++)
        if (s->players[p] == DECK_ROLE_CLIENT) {
            clients++;
            if (p == seat)
                number = clients;
        }
    return clients > 1 && s->players[seat] == DECK_ROLE_CLIENT ? number : 0;
}

/* Spreads the markers of one side along the bar so that none hides
 * another: a marker that would overlap the one before moves along, and
 * the row moves back from the end when it runs out of room. */
static void scene_summary_spread(int *x, const size_t *order, size_t n,
                                 int min_x, int max_x, int step)
{
    if (n == 0)
        return; /* no one on this side */
    for (size_t i = 1; i < n; i++)
        if (x[order[i]] < x[order[i - 1]] + step)
            x[order[i]] = x[order[i - 1]] + step;
    if (x[order[n - 1]] > max_x)
        x[order[n - 1]] = max_x;
    for (size_t i = n - 1; i > 0; i--)
        if (x[order[i - 1]] > x[order[i]] - step)
            x[order[i - 1]] = x[order[i]] - step;
    if (x[order[0]] < min_x)
        x[order[0]] = min_x;
}

static void scene_summary_markers(app *a, const score_dimension *dim,
                                  int x0, int x1, int cy, int mk, int th)
{
    const session *s = &a->session;
    size_t k = s->deck->option_count;
    int x[SESSION_MAX_PLAYERS] = {0};
    size_t seats = s->player_count < SESSION_MAX_PLAYERS ? s->player_count
                                                         : SESSION_MAX_PLAYERS;
    for (size_t p = 0; p < seats; p++) {
        double frac = k > 1 ? (dim->mean[p] - 1.0) / (double)(k - 1) : 0.5;
        x[p] = x0 + (int)((double)(x1 - x0) * frac);
    }
    for (int side = 0; side < DECK_ROLE_COUNT; side++) {
        size_t order[SESSION_MAX_PLAYERS] = {0}, n = 0;
        for (size_t p = 0; p < seats; p++)
            if ((int)s->players[p] == side) {
                size_t at = n++;
                while (at > 0 && x[order[at - 1]] > x[p]) {
                    order[at] = order[at - 1];
                    at--;
                }
                order[at] = p;
            }
        scene_summary_spread(x, order, n, x0 - mk / 2, x1 + mk / 2, mk + 2);
    }
    for (size_t p = 0; p < seats; p++) {
        /* clients above the line, the professional below */
        int y = s->players[p] == DECK_ROLE_CLIENT ? cy - mk - th / 2 - 1
                                                  : cy + th / 2 + 1;
        layout_rect r = {x[p] - mk / 2, y, mk, mk};
        scene_summary_marker(a, r, s->players[p], scene_summary_seat_number(s, p));
        draw_trace(a, APP_TRACE_MARKER, r, r);
    }
}

/* The words on a theme: the overall alignment's icon, each card's gap as
 * a small mark (so the words and the marks tell one story), the mean gap
 * in words, never a decimal, and a plain sentence. */
static void scene_summary_words(app *a, const layout_board_row *row,
                                const score_dimension *dim)
{
    const layout_frame *f = &a->frame;
    layout_rect sen = row->sentence;
    int icon = f->font_large;
    if (icon > sen.h)
        icon = sen.h;
    bool gaps_apart = app_session_mode(a)->reveal == MODE_REVEAL_GAPS;
    /* with two distances the icon tells the one between the sides */
    score_alignment shown =
        gaps_apart ? score_alignment_of_gap((int)(dim->between_gap + 0.5))
                   : dim->alignment;
    draw_icon(a, scene_summary_icon(shown),
              (layout_rect){sen.x, sen.y + (sen.h - icon) / 2, icon, icon});
    int x = sen.x + icon + f->gap / 2;
    int w = sen.x + sen.w - x;
    int line = f->font_small * 13 / 10;
    int mark = f->font_small;
    char gap[160], head[640], text[512];
    report_gap_words(dim->mean_gap, gap, sizeof gap);
    draw_format(head, sizeof head, "%s: %s",
                report_alignment_name(dim->alignment), gap);
    if (gaps_apart) {
        /* a family: the gap among them and the gap to the professional,
         * kept apart, as the turned cards showed them; the whole cell,
         * since one mark per card could only tell the widest gap */
        char among[200], across[200], g1[100], g2[100];
        scene_sides_words(a, among, sizeof among, across, sizeof across);
        report_gap_words(dim->within_gap, g1, sizeof g1);
        report_gap_words(dim->between_gap, g2, sizeof g2);
        snprintf(head, sizeof head, "%s: %s\n%s: %s", among, g1, across, g2);
        draw_text(a, head, (layout_rect){x, sen.y, w, sen.h}, f->font_small,
                  true, DRAW_INK, GFX_ALIGN_LEFT, true);
        return;
    }
    int gaps[64];
    size_t n = score_dimension_gaps(&a->session, dim->dimension, gaps, 64);
    int mx = x;
    for (size_t i = 0; i < n && i < 64 && mx + mark <= x + w / 3; i++) {
        score_alignment al = score_alignment_of_gap(gaps[i]);
        draw_icon(a, scene_summary_icon(al),
                  (layout_rect){mx, sen.y + (line - mark) / 2, mark, mark});
        mx += mark + 2;
    }
    int hx = mx + (mx > x ? f->gap / 2 : 0);
    draw_text(a, head, (layout_rect){hx, sen.y, x + w - hx, line},
              f->font_small, true, DRAW_INK, GFX_ALIGN_LEFT, true);
    report_dimension_sentence(dim, text, sizeof text);
    draw_text(a, text, (layout_rect){x, sen.y + line, w, sen.h - line},
              f->font_small, false, DRAW_INK, GFX_ALIGN_LEFT, true);
}

static void scene_summary_row(app *a, const layout_board_row *row,
                              const score_dimension *dim, size_t index,
                              bool help_focus)
{
    const session *s = &a->session;
    const deck *d = s->deck;
    const deck_dimension *dd = &d->dimensions[dim->dimension];
    const layout_frame *f = &a->frame;
    if (index % 2 == 1)
        gfx_fill(a, (layout_rect){row->name.x - f->gap / 2, row->name.y,
                                   row->sentence.x + row->sentence.w -
                                       row->name.x + f->gap,
                                   row->name.h},
                  (gfx_color){120, 90, 40, 18});
    /* name, and for a negative dimension: low is good */
    layout_rect nm = row->name;
    int sub_h = dd->negative ? nm.h * 35 / 100 : 0;
    draw_text(a, deck_text(d, &dd->name, s->language),
              (layout_rect){nm.x, nm.y, nm.w, nm.h - sub_h}, f->font_body,
              true, DRAW_INK, GFX_ALIGN_LEFT, true);
    if (dd->negative)
        draw_text(a, _("(low is good)"),
                  (layout_rect){nm.x, nm.y + nm.h - sub_h - 4, nm.w, sub_h},
                  f->font_small, false, DRAW_INK_SOFT, GFX_ALIGN_LEFT, false);
    if (!a->summary.picture) {
        draw_help_button(a, row->help, help_focus);
    }

    /* the bar along the scale 1..K */
    layout_rect bar = row->bar;
    size_t k = d->option_count;
    int mk = bar.h * 40 / 100;
    if (mk > (int)(f->s * 30))
        mk = (int)(f->s * 30);
    /* the ends of the scale: the first and the last option's icon */
    int end = mk;
    int cy = bar.y + bar.h / 2;
    layout_rect lo = {bar.x, cy - end / 2, end, end};
    layout_rect hi = {bar.x + bar.w - end, cy - end / 2, end, end};
    if (k > 0 && d->options[0].icon)
        draw_icon(a, d->options[0].icon, lo);
    if (k > 0 && d->options[k - 1].icon)
        draw_icon(a, d->options[k - 1].icon, hi);
    int x0 = bar.x + end + f->gap / 2 + mk / 2;
    int x1 = bar.x + bar.w - end - f->gap / 2 - mk / 2;
    int th = f->s * 6 > 3 ? (int)(f->s * 6) : 3;
    gfx_color track = {214, 199, 170, 255};
    gfx_round_rect(a, (layout_rect){x0, cy - th / 2, x1 - x0, th}, th / 2,
                    track);
    for (size_t i = 0; i < k && k > 1; i++) {
        int x = x0 + (int)((long)(x1 - x0) * (long)i / (long)(k - 1));
        gfx_fill(a, (layout_rect){x - 1, cy - th * 2, 2, th * 4},
                  (gfx_color){170, 150, 120, 255});
    }
    if (dim->cards == 0) {
        char none[256];
        report_dimension_sentence(dim, none, sizeof none);
        draw_text(a, none, row->sentence, f->font_small, false,
                  DRAW_INK_SOFT, GFX_ALIGN_LEFT, true);
        return;
    }
    scene_summary_markers(a, dim, x0, x1, cy, mk, th);
    scene_summary_words(a, row, dim);
}

/* Who is who on the board: a circle for each person on the client side
 * (numbered when there are several, with their role), a square for the
 * professional; right-aligned, smaller when many people share it. */
static void scene_summary_legend(app *a, layout_rect legend)
{
    const session *s = &a->session;
    const layout_frame *f = &a->frame;
    int mk = legend.h * 60 / 100;
    int x = legend.x + legend.w;
    int font = s->player_count > 3 ? f->font_small * 8 / 10 : f->font_small;
    for (size_t i = s->player_count; i-- > 0;) {
        char name[128];
        report_player_name(s, i, name, sizeof name);
        int tw = 0, th = 0;
        gfx_text_measure(a, name, font, true, 0, &tw, &th);
        if (x - tw - mk - f->gap / 2 < legend.x)
            break; /* no room: the board's rows still number everybody */
        x -= tw;
        draw_text(a, name, (layout_rect){x, legend.y, tw + 2, legend.h}, font,
                  true, DRAW_CREAM, GFX_ALIGN_LEFT, true);
        x -= mk + f->gap / 3;
        scene_summary_marker(a, (layout_rect){x, legend.y + (legend.h - mk) / 2,
                                              mk, mk},
                             s->players[i], scene_summary_seat_number(s, i));
        x -= f->gap;
    }
}

/* The cards to talk about: the marked ones first, a page at a time, each
 * one opens again when chosen. */
static void scene_summary_topics(app *a, const summary_view *v, int focus)
{
    const layout_frame *f = &a->frame;
    const score_summary *sum = &a->summary.summary;
    const layout_summary *l = &v->l;
    char title[256];
    snprintf(title, sizeof title, "%s", _("Cards to talk about"));
    if (v->pages > 1) {
        char more[128];
        size_t after = v->topics - v->first - v->on_page;
        if (after > 0)
            i18n_count(more, sizeof more, "and %s more card",
                       "and %s more cards", after);
        else
            snprintf(more, sizeof more, "%s", _("the last ones"));
        size_t len = strlen(title);
        snprintf(title + len, sizeof title - len, " \u2014 %s", more);
    }
    draw_text(a, title, l->topics_title, f->font_body, true, DRAW_GOLD,
              GFX_ALIGN_LEFT, true);
    if (v->pages > 1 && !a->summary.picture) {
        draw_button(a, l->topics_prev, "\u2039", NULL, false,
                    focus == -2);
        draw_button(a, l->topics_next, "\u203a", NULL, false,
                    focus == -3);
    }
    for (size_t i = 0; i < v->on_page; i++) {
        const score_topic *t = &sum->topics[v->first + i];
        char reasons[256], line[1400];
        report_topic_reasons(t, reasons, sizeof reasons);
        draw_format(line, sizeof line, "\u2022 %s  (%s)",
                    scene_card_text(a, t->round, DECK_ROLE_CLIENT), reasons);
        layout_rect r = l->topic[i];
        if (focus == (int)i && !a->summary.picture)
            gfx_round_rect(a, r, r.h / 4, (gfx_color){255, 255, 255, 40});
        draw_text(a, line, layout_inset(r, 2), f->font_small, false,
                  DRAW_CREAM, GFX_ALIGN_LEFT, true);
        draw_trace(a, APP_TRACE_BUTTON, r, r);
    }
}

/* Which board item has the focus, told in the terms the drawing needs:
 * the theme whose "?" has it, the topic line, or -2/-3 for paging. */
static void scene_summary_focus(const app *a, const summary_view *v,
                                int *help, int *topic, int *button)
{
    summary_item items[SUMMARY_MAX_ITEMS];
    size_t n = scene_summary_items(a, v, items);
    *help = *topic = *button = -1;
    int focus = a->summary.focus;
    if (focus < 0 || (size_t)focus >= n)
        return;
    const summary_item *it = &items[focus];
    if (it->kind == SUMMARY_HELP)
        *help = (int)it->index;
    else if (it->kind == SUMMARY_TOPIC)
        *topic = (int)(it->index - v->first);
    else if (it->kind == SUMMARY_PREV)
        *topic = -2;
    else if (it->kind == SUMMARY_NEXT)
        *topic = -3;
    else
        *button = (int)it->kind;
}

void scene_summary_draw_board(app *a)
{
    const layout_frame *f = &a->frame;
    const score_summary *sum = &a->summary.summary;
    summary_view v;
    scene_summary_view(a, &v);
    const layout_summary *l = &v.l;
    int help_focus, topic_focus, button_focus;
    scene_summary_focus(a, &v, &help_focus, &topic_focus, &button_focus);

    draw_text(a, _("How is your cooperation going?"), l->title, f->font_large,
              true, DRAW_CREAM, GFX_ALIGN_LEFT, true);
    scene_summary_legend(a, l->legend);
    gfx_shadow(a, l->board, f->radius);
    gfx_round_rect(a, layout_inset(l->board, -f->gap / 2), f->radius,
                    DRAW_PAPER);
    if (!a->summary.have_summary)
        return;
    for (size_t i = 0; i < l->row_count && i < sum->dimension_count; i++)
        scene_summary_row(a, &l->row[i], &sum->dimensions[i], i,
                          help_focus == (int)i);

    if (l->topic_count > 0 && v.topics > 0) {
        scene_summary_topics(a, &v, topic_focus);
    } else if (sum->revealed == 0) {
        layout_rect r = {l->board.x, l->board.y + l->board.h + f->gap,
                         l->board.w, f->font_body * 2};
        draw_text(a, _("No card was turned over."), r, f->font_body, false,
                  DRAW_CREAM, GFX_ALIGN_LEFT, true);
    }
}

void scene_summary_draw(app *a)
{
    if (a->summary.open_round >= 0) {
        scene_reveal_draw_round(a, (size_t)a->summary.open_round, true);
        return;
    }
    char right[256], turned[96], skipped[96];
    const score_summary *sum = &a->summary.summary;
    i18n_count(turned, sizeof turned, "%s card turned", "%s cards turned",
               a->summary.have_summary ? sum->revealed : 0);
    i18n_count(skipped, sizeof skipped, "%s skipped", "%s skipped",
               a->summary.have_summary ? sum->skipped : 0);
    snprintf(right, sizeof right, "%s, %s", turned, skipped);
    draw_top_bar(a, _("Summary"), right);
    scene_summary_draw_board(a);
    summary_view v;
    scene_summary_view(a, &v);
    int help_focus, topic_focus, button_focus;
    scene_summary_focus(a, &v, &help_focus, &topic_focus, &button_focus);
    if (a->summary.status[0] && !a->summary.picture)
        draw_banner(a, v.l.status, a->summary.status,
                    a->summary.status_failed);
    if (a->summary.picture)
        return; /* a picture for the client file: no buttons */
    draw_button(a, v.l.save_png, _("Save as picture"), "P", false,
                button_focus == SUMMARY_PNG);
    if (autosave_stored_path(a)[0])
        draw_button(a, v.l.discard, _("Throw the answers away"), "W", false,
                    button_focus == SUMMARY_DISCARD);
    draw_button(a, v.l.new_round, _("New round"), "N", true,
                button_focus == SUMMARY_NEW);
}
