/* scene_summary: the board. One row per dimension with each player's mean
 * on a bar along the scale, the gap and a plain sentence; below it the
 * cards to talk about. Its files (picture, --save, downloads): summary_files.c. */
#include "scene.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "autosave.h"
#include "board.h"
#include "board_spread.h"
#include "buttons.h"
#include "draw.h"
#include "i18n.h"
#include "menu.h"
#include "report.h"
#include "result.h"
#include "summary_files.h"

/* The board's own state: nobody else writes it (scene.h reads it out). */
static struct {
    score_summary summary;
    bool have_summary;
    bool picture;       /* drawing the picture to save: no banner, no buttons */
    int open_round;     /* a card looked at again from the board, or -1 */
    size_t topic_page;  /* the page of cards to talk about */
    bool guesses;       /* the guesses shown where the cards to talk
                           about are (G switches) */
    summary_banner banner; /* the line under the board */
} summary = {.open_round = -1};

const score_summary *scene_summary_scores(void)
{
    return summary.have_summary ? &summary.summary : NULL;
}

const char *scene_summary_status(bool *failed)
{
    if (failed)
        *failed = summary.banner.failed;
    return summary.banner.text;
}

int scene_summary_open_round(void)
{
    return summary.open_round;
}

size_t scene_summary_topic_page(void)
{
    return summary.topic_page;
}

void scene_summary_enter(app *a)
{
    summary.banner.text[0] = '\0';
    summary.open_round = -1;
    summary.topic_page = 0;
    /* a training round opens on how well the student knew the client */
    summary.guesses = board_guess_lines(app_session(a)) > 0 &&
                      app_session_mode(a)->reveal == MODE_REVEAL_PREDICTION;
    summary.have_summary = score_compute(app_session(a), &summary.summary);
    autosave_update(a); /* stores the round (once), also when picked up */
    summary_files_tell_stored(a, &summary.banner);
    summary_files_save_cli(a, &summary.banner);
}

void scene_summary_leave(app *a)
{
    (void)a;
    if (summary.have_summary)
        score_free(&summary.summary);
    summary.have_summary = false;
}

bool scene_summary_picture(app *a, bool paper, char *path, size_t size,
                           error_list *errors)
{
    /* the board alone: no lasting notice above it, no menu over it */
    int w = a->out_w, h = a->out_h;
    gfx_frame_begin(a->gfx, &w, &h);
    app_set_size(a, w, h);
    bool notice = a->frame.notice_shown;
    if (notice)
        layout_frame_make(a->out_w, a->out_h, &a->frame);
    a->frame.paper = paper;
    if (paper) /* a page to print: white, not the felt */
        gfx_fill(a->gfx, (layout_rect){0, 0, a->out_w, a->out_h},
                 (gfx_color){255, 255, 255, 255});
    else
        gfx_clear(a->gfx);
    summary.picture = true;
    scene_summary_draw(a);
    summary.picture = false;
    a->frame.paper = false;
    bool ok = gfx_save_png(a->gfx, path, size, errors);
    if (notice)
        layout_frame_notice(&a->frame);
    a->dirty = true; /* the screen is drawn again as it is */
    return ok;
}

/* The stored answers deleted, when the players said so. */
static void scene_summary_discard_answered(app *a, const app_question *q,
                                           app_answer answer)
{
    (void)q;
    if (answer == APP_ANSWER_GO && autosave_discard_stored(a)) {
        app_back_to_start(a);
        snprintf(a->message, sizeof a->message, "%s",
                 _("The answers of that round were thrown away."));
    }
}

static const app_question scene_summary_discard = {
    "discard", N_("Keep them"), N_("Throw it away"),
    scene_summary_discard_answered};

/* Throwing the stored answers away asks first. */
static void scene_summary_ask_discard(app *a)
{
    if (autosave_stored_path(a)[0])
        app_ask(a, &scene_summary_discard,
                _("Throw the answers of this round away? They are deleted "
                  "from this computer."));
}

/* What the board's items do (buttons_item.action). */
typedef enum {
    SUMMARY_HELP, SUMMARY_TOPIC, SUMMARY_PREV, SUMMARY_NEXT, SUMMARY_SWITCH,
    SUMMARY_HISTORY, SUMMARY_PNG, SUMMARY_FOLDER, SUMMARY_DOWNLOAD,
    SUMMARY_DISCARD, SUMMARY_NEW
} summary_action;

/* The board's layout, and the topics page being shown. */
typedef struct {
    layout_summary l;
    size_t topics;      /* topics in all */
    size_t per_page;
    size_t pages;
    size_t first;       /* the page's first topic */
    size_t on_page;
    int switch_at, history_at; /* their aside slot, or -1 */
    bool download;             /* the picture's slot is shared with it */
    layout_rect download_at;
    layout_rect folder_at;     /* "open the folder", at the banner's right
                                  end once a picture is saved; or empty */
} summary_view;

static void scene_summary_view(const app *a, summary_view *v)
{
    const score_summary *sum = &summary.summary;
    v->topics = summary.have_summary ? sum->topic_count : 0;
    /* the guesses take the topics' place, with room for every line */
    size_t lines = board_guess_lines(app_session(a));
    layout_summary_make(&a->frame, app_session(a)->deck->dimension_count,
                        summary.guesses && lines > v->topics ? lines
                                                             : v->topics,
                        &v->l);
    if (summary.guesses)
        v->topics = 0;
    if (app_session_mode(a)->scoring == MODE_SCORING_DISTRIBUTION) {
        /* a group's board: its spreads, not the pair's rows and topics */
        v->topics = 0;
        v->l.row_count = 0;
    }
    /* buttons for what G and T do, so a finger reaches them too: the
     * right-most first; the title's line gives them room */
    v->switch_at = v->history_at = -1;
    int used = 2;
    if (v->l.topic_count > 0 && app_session(a)->pair[0])
        v->history_at = --used;
    if (v->l.topic_count > 0 && board_guess_lines(app_session(a)) > 0 &&
        app_session_mode(a)->scoring != MODE_SCORING_DISTRIBUTION)
        v->switch_at = --used;
    if (used < 2 && !summary.picture) /* no buttons in a picture */
        v->l.topics_title.w = v->l.aside[used].x - a->frame.gap - v->l.topics_title.x;
    /* where files are downloads, the answers are one too, beside the
     * picture */
    v->download = gfx_offers_files(a->gfx) && autosave_stored_path(a)[0];
    if (v->download) {
        /* four buttons in the three's row, the last still ending where
         * "Nieuwe ronde" ends */
        layout_summary *l = &v->l;
        int gap = a->frame.gap;
        int right = l->new_round.x + l->new_round.w;
        int w = (right - l->save_png.x - 3 * gap) / 4;
        layout_rect *row[4] = {&l->save_png, &v->download_at, &l->discard,
                               &l->new_round};
        for (int i = 0; i < 4; i++) {
            *row[i] = l->save_png;
            row[i]->x = right - (4 - i) * w - (3 - i) * gap;
            row[i]->w = w;
        }
    }
    v->folder_at = (layout_rect){0, 0, 0, 0};
    if (summary.banner.folder[0] && summary.banner.text[0]) {
        const layout_frame *f = &a->frame;
        layout_rect st = v->l.status;
        int h = st.h - f->gap / 2 < f->button_h ? st.h - f->gap / 2
                                                 : f->button_h;
        int w = f->w / 4 < (int)(f->s * 230) ? f->w / 4 : (int)(f->s * 230);
        v->folder_at = (layout_rect){st.x + st.w - f->margin - w,
                                     st.y + (st.h - h) / 2, w, h};
    }
    v->per_page = v->l.topic_count ? v->l.topic_count : 1;
    v->pages = (v->topics + v->per_page - 1) / v->per_page;
    if (v->pages == 0)
        v->pages = 1;
    size_t page = summary.topic_page < v->pages ? summary.topic_page
                                                   : v->pages - 1;
    v->first = page * v->per_page;
    v->on_page = v->topics > v->first ? v->topics - v->first : 0;
    if (v->on_page > v->l.topic_count)
        v->on_page = v->l.topic_count;
}

static buttons_item *scene_summary_add(buttons_table *t, layout_rect r,
                                       const char *label, const char *key,
                                       summary_action action, size_t arg)
{
    buttons_item *b = buttons_add(t, r, label, key, action == SUMMARY_NEW);
    b->action = (int)action;
    b->arg = arg;
    return b;
}

/* Everything on the board that can be chosen, in Tab order: the themes'
 * "?" and the topics on this page (both drawn by the board), paging, then
 * the buttons. */
static void scene_summary_buttons(const app *a, const summary_view *v,
                                  buttons_table *t)
{
    t->count = 0;
    for (size_t i = 0; i < v->l.row_count; i++)
        scene_summary_add(t, v->l.row[i].help, NULL, NULL, SUMMARY_HELP, i)
            ->screen_drawn = true;
    for (size_t i = 0; i < v->on_page; i++)
        scene_summary_add(t, v->l.topic[i], "", NULL, SUMMARY_TOPIC,
                          v->first + i)->screen_drawn = true;
    if (v->pages > 1) {
        scene_summary_add(t, v->l.topics_prev, "\u2039", NULL, SUMMARY_PREV, 0);
        scene_summary_add(t, v->l.topics_next, "\u203a", NULL, SUMMARY_NEXT, 0);
    }
    if (v->switch_at >= 0)
        scene_summary_add(t, v->l.aside[v->switch_at],
                          summary.guesses ? _("Cards to talk about")
                                          : _("Your guesses"),
                          "G", SUMMARY_SWITCH, 0);
    if (v->history_at >= 0)
        scene_summary_add(t, v->l.aside[v->history_at], _("History"), "T",
                          SUMMARY_HISTORY, 0);
    scene_summary_add(t, v->l.save_png,
                      v->download ? _("Picture") : _("Save as picture"), "P",
                      SUMMARY_PNG, 0);
    if (v->folder_at.w > 0)
        scene_summary_add(t, v->folder_at, _("Open the folder"), NULL,
                          SUMMARY_FOLDER, 0);
    if (v->download)
        scene_summary_add(t, v->download_at, _("Answers"), "E",
                          SUMMARY_DOWNLOAD, 0);
    if (autosave_stored_path(a)[0])
        scene_summary_add(t, v->l.discard, _("Throw the answers away"), "W",
                          SUMMARY_DISCARD, 0);
    scene_summary_add(t, v->l.new_round, _("New round"), "N", SUMMARY_NEW, 0);
}

/* The guesses, or the cards to talk about (G, or its button). */
static void scene_summary_switch(app *a)
{
    if (board_guess_lines(app_session(a)) > 0) {
        summary.guesses = !summary.guesses;
        a->button_focus = -1;
    }
}

static void scene_summary_page(const summary_view *v, int delta)
{
    size_t page = summary.topic_page;
    if (delta < 0 && page > 0)
        page--;
    else if (delta > 0 && page + 1 < v->pages)
        page++;
    summary.topic_page = page;
}

static void scene_summary_choose(app *a, const summary_view *v,
                                 const buttons_item *it)
{
    switch ((summary_action)it->action) {
    case SUMMARY_HELP:
        menu_explain(a, summary.summary.dimensions[it->arg].dimension);
        break;
    case SUMMARY_TOPIC:
        /* the card again, both tokens shown */
        summary.open_round = (int)summary.summary.topics[it->arg].round;
        break;
    case SUMMARY_PREV:
        scene_summary_page(v, -1);
        break;
    case SUMMARY_NEXT:
        scene_summary_page(v, 1);
        break;
    case SUMMARY_SWITCH:
        scene_summary_switch(a);
        break;
    case SUMMARY_HISTORY:
        scene_history_open(a, app_session(a)->pair);
        break;
    case SUMMARY_PNG:
        summary_files_save_png(a, &summary.banner);
        break;
    case SUMMARY_FOLDER:
        summary_files_open_folder(a, &summary.banner);
        break;
    case SUMMARY_DOWNLOAD:
        summary_files_download(a, &summary.banner);
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
    layout_reveal_make(&a->frame, app_session(a)->player_count, &l);
    switch (ev->type) {
    case INPUT_CONFIRM:
    case INPUT_TOGGLE:
    case INPUT_BACK:
    case INPUT_MENU:
        summary.open_round = -1;
        break;
    case INPUT_HELP:
        scene_explain_card(a, (size_t)summary.open_round);
        break;
    case INPUT_POINTER:
        if (layout_contains(l.card_help, ev->x, ev->y))
            scene_explain_card(a, (size_t)summary.open_round);
        else if (layout_contains(l.next, ev->x, ev->y))
            summary.open_round = -1;
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
        summary_files_tell_stored(a, &summary.banner);
    }
    if (summary.open_round >= 0) {
        scene_summary_review_handle(a, ev);
        return;
    }
    summary_view v;
    scene_summary_view(a, &v);
    buttons_table t;
    scene_summary_buttons(a, &v, &t);
    switch (ev->type) {
    case INPUT_SAVE_PNG:
        summary_files_save_png(a, &summary.banner);
        break;
    case INPUT_DOWNLOAD:
        summary_files_download(a, &summary.banner);
        break;
    case INPUT_DISCARD:
        scene_summary_ask_discard(a);
        break;
    case INPUT_NEW_ROUND:
        app_back_to_start(a);
        break;
    case INPUT_TIMELINE:
        scene_history_open(a, app_session(a)->pair);
        break;
    case INPUT_GUESSES:
        scene_summary_switch(a);
        break;
    case INPUT_PAGE_UP:
    case INPUT_LEFT:
        scene_summary_page(&v, -1);
        break;
    case INPUT_PAGE_DOWN:
    case INPUT_RIGHT:
        scene_summary_page(&v, 1);
        break;
    default: {
        if (buttons_focus_move(a, &t, ev))
            break;
        int b = buttons_pressed(a, &t, ev, -1);
        if (b < 0)
            break;
        if (ev->type == INPUT_POINTER)
            a->button_focus = b; /* Tab goes on from what was tapped */
        scene_summary_choose(a, &v, &t.item[b]);
        break;
    }
    }
}

/* The cards to talk about: the marked ones first, a page at a time, each
 * one opens again when chosen. */
static void scene_summary_topics(const app *a, const summary_view *v, int focus)
{
    const layout_frame *f = &a->frame;
    const score_summary *sum = &summary.summary;
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
    draw_text(a, title, l->topics_title, f->font_body, true,
              draw_ground_heading(a), GFX_ALIGN_LEFT, true);
    for (size_t i = 0; i < v->on_page; i++) {
        const score_topic *t = &sum->topics[v->first + i];
        char reasons[256], line[1400], read[1100];
        report_topic_reasons(app_session(a), t, reasons, sizeof reasons);
        /* the sentence each person read, never the deck's plain client
         * wording when nobody read that; in the room's language, as the
         * reasons beside it */
        report_card_statements(app_session(a), t->round, DECK_ROLE_CLIENT,
                               app_session(a)->language, " / ", read,
                               sizeof read);
        draw_format(line, sizeof line, "\u2022 %s  (%s)", read, reasons);
        layout_rect r = l->topic[i];
        if (focus == (int)i && !summary.picture)
            gfx_round_rect(a->gfx, r, r.h / 4, (gfx_color){255, 255, 255, 40});
        draw_text(a, line, layout_inset(r, 2), f->font_small, false,
                  draw_ground_ink(a), GFX_ALIGN_LEFT, true);
        draw_mark(a, GFX_MARK_BUTTON, r, r);
    }
}

/* The arg of the focused item when it does action, or -1. */
static int scene_summary_focused(const app *a, const buttons_table *t,
                                 summary_action action)
{
    int f = a->button_focus;
    return buttons_shown(t, f) && t->item[f].action == (int)action
               ? (int)t->item[f].arg
               : -1;
}

/* The board itself: title, legend, a row per theme, the cards to talk
 * about (the view and the focus are the frame's, worked out once). */
static void scene_summary_board(const app *a, const summary_view *v,
                                int help_focus, int topic_focus)
{
    const layout_frame *f = &a->frame;
    const score_summary *sum = &summary.summary;
    const layout_summary *l = &v->l;

    draw_text(a, _("How is your cooperation going?"), l->title, f->font_large,
              true, draw_ground_ink(a), GFX_ALIGN_LEFT, true);
    board_legend(a, l->legend);
    layout_rect paper = layout_inset(l->board, -f->gap / 2);
    if (f->paper) {
        /* printed: a thin grey edge on the white page, no shadow */
        gfx_round_rect(a->gfx, paper, f->radius, (gfx_color){150, 150, 150, 255});
        gfx_round_rect(a->gfx, layout_inset(paper, 2), f->radius - 2,
                       (gfx_color){255, 255, 255, 255});
    } else {
        draw_shadow(a, l->board, f->radius);
        gfx_round_rect(a->gfx, paper, f->radius, DRAW_PAPER);
    }
    if (!summary.have_summary)
        return;
    for (size_t i = 0; i < l->row_count && i < sum->dimension_count; i++)
        board_row(a, &l->row[i], &sum->dimensions[i], i,
                  help_focus == (int)i, summary.picture);

    if (summary.guesses) {
        board_guess_block(a, l->topic, l->topic_count, l->topics_title);
    } else if (l->topic_count > 0 && v->topics > 0) {
        scene_summary_topics(a, v, topic_focus);
    } else if (sum->revealed == 0) {
        layout_rect r = {l->board.x, l->board.y + l->board.h + f->gap,
                         l->board.w, f->font_body * 2};
        draw_text(a, _("No card was turned over."), r, f->font_body, false,
                  draw_ground_ink(a), GFX_ALIGN_LEFT, true);
    }
}

void scene_summary_draw(const app *a)
{
    if (summary.open_round >= 0) {
        scene_reveal_draw_round(a, (size_t)summary.open_round, true);
        return;
    }
    char right[512], turned[96], skipped[96];
    const score_summary *sum = &summary.summary;
    i18n_count(turned, sizeof turned, "%s card turned", "%s cards turned",
               summary.have_summary ? sum->revealed : 0);
    i18n_count(skipped, sizeof skipped, "%s skipped", "%s skipped",
               summary.have_summary ? sum->skipped : 0);
    snprintf(right, sizeof right, "%s, %s", turned, skipped);
    if (summary.have_summary && sum->kept_out) {
        char kept[96];
        i18n_count(kept, sizeof kept, "%s only for the talk",
                   "%s only for the talk", sum->kept_out);
        size_t n = strlen(right);
        snprintf(right + n, sizeof right - n, ", %s", kept);
    }
    char left[256];
    snprintf(left, sizeof left, "%s", _("Summary"));
    if (summary.picture) {
        /* for the client file: what, when and whose, never a name */
        char date[64], dated[sizeof right + sizeof date + 8];
        report_date(app_session(a)->started_at, date, sizeof date);
        const deck *d = app_session(a)->deck;
        snprintf(left, sizeof left, "%s%s%s", app_session(a)->pair,
                 app_session(a)->pair[0] ? " \u00b7 " : "",
                 deck_text(d, &d->title, app_session(a)->language));
        snprintf(dated, sizeof dated, "%s \u00b7 %s", date, right);
        draw_title_bar(a, left, dated);
    } else {
        draw_top_bar(a, left, right);
    }
    summary_view v;
    scene_summary_view(a, &v);
    buttons_table t;
    scene_summary_buttons(a, &v, &t);
    int help_focus = scene_summary_focused(a, &t, SUMMARY_HELP);
    int topic_focus = scene_summary_focused(a, &t, SUMMARY_TOPIC);
    if (topic_focus >= 0)
        topic_focus -= (int)v.first; /* its line on this page */
    if (app_session_mode(a)->scoring == MODE_SCORING_DISTRIBUTION)
        board_spread_draw(a, summary.banner.text[0] && !summary.picture
                                 ? v.l.status.y
                                 : v.l.save_png.y);
    else
        scene_summary_board(a, &v, help_focus, topic_focus);
    if (summary.banner.text[0] && !summary.picture)
        draw_banner_beside(a, v.l.status, summary.banner.text,
                           summary.banner.failed,
                           v.folder_at.w ? v.folder_at.w + a->frame.gap : 0);
    if (summary.picture)
        return; /* a picture for the client file: no buttons */
    buttons_draw(a, &t, -1);
}
