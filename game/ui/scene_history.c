/* scene_history: a pair's rounds over time. The rounds listed, and per
 * theme a chart: each side's mean round by round (a circle for the
 * client side, a square for the professional, the good end on top and
 * "good" beside it on every chart), the gap between them shaded, and under it in words what changed since the
 * round before. A file of the pair that could not be read is named; W
 * deletes everything of the pair after asking. */
#include "scene.h"

#include <stdio.h>
#include <string.h>

#include "autosave.h"
#include "buttons.h"
#include "cli.h"
#include "draw.h"
#include "gfx.h"
#include "history.h"
#include "i18n.h"
#include "os.h"
#include "report.h"
#include "safe_file.h"

/* The scene's own state, the pair's rounds as loaded: nobody else
 * writes it. */
static struct {
    history h;
    bool loaded;
    const char *theme_key[LAYOUT_MAX_CHARTS]; /* into h's decks */
    const char *theme_name[LAYOUT_MAX_CHARTS];
    size_t themes;
    char notice[APP_PATH_MAX + 256]; /* a file set aside, or why none load */
} pair_history;

size_t scene_history_rounds(void)
{
    return pair_history.loaded ? pair_history.h.count : 0;
}

void scene_history_open(app *a, const char *code)
{
    if (code == NULL || code[0] == '\0')
        return;
    snprintf(a->history_code, sizeof a->history_code, "%s", code);
    app_goto_over(a, APP_SCENE_HISTORY);
}

void scene_history_enter(app *a)
{
    memset(&pair_history, 0, sizeof pair_history);
    error_list errors;
    error_list_init(&errors);
    pair_history.loaded = a->pref_dir[0] &&
                  history_load(a->pref_dir, a->history_code, &pair_history.h, &errors);
    if (!error_list_empty(&errors))
        error_print(&errors, stderr);
    if (pair_history.h.set_aside_count) {
        char count[128];
        i18n_count(count, sizeof count,
                   "%s file could not be read and was set aside",
                   "%s files could not be read and were set aside",
                   pair_history.h.set_aside_count);
        snprintf(pair_history.notice, sizeof pair_history.notice, "%s: %s", count,
                 pair_history.h.set_aside[0]);
    }
    error_list_free(&errors);
    pair_history.themes =
        history_themes(&pair_history.h, pair_history.theme_key,
                       pair_history.theme_name, LAYOUT_MAX_CHARTS);
}

void scene_history_leave(app *a)
{
    (void)a;
    history_free(&pair_history.h);
    memset(&pair_history, 0, sizeof pair_history);
}

/* Where files are downloads (a browser), the pair's answers as CSV: the
 * file --export writes, made in the user's folder, handed over and
 * removed (the rounds themselves stay). */
static void scene_history_download(app *a)
{
    char prefix[64], path[APP_PATH_MAX];
    snprintf(prefix, sizeof prefix, "%s-answers", a->history_code);
    if (!gfx_offers_files(a->gfx) || pair_history.h.count == 0 ||
        !app_user_file(a, prefix, "csv", path, sizeof path))
        return;
    error_list errors;
    error_list_init(&errors);
    safe_file file;
    bool ok = safe_file_create(&file, path, &errors);
    if (ok && !cli_answers_csv(safe_file_stream(&file), &pair_history.h)) {
        safe_file_abort(&file);
        ok = false;
    } else if (ok) {
        ok = safe_file_commit(&file, &errors);
    }
    if (ok && !gfx_offer_file(a->gfx, path, "text/csv"))
        ok = false;
    if (ok)
        (void)os_remove(path);
    snprintf(pair_history.notice, sizeof pair_history.notice, "%s",
             ok ? _("The answers are downloaded as a CSV file.")
                : _("The answers could not be downloaded."));
    error_list_free(&errors);
    a->dirty = true;
}

/* The download button, in the bottom row between the two others; hidden
 * where files are not downloads or there is nothing to download. */
static layout_rect scene_history_download_at(const app *a,
                                             const layout_history *l)
{
    if (!gfx_offers_files(a->gfx) || pair_history.h.count == 0)
        return BUTTONS_HIDDEN;
    int gap = a->frame.gap;
    bool back_first = l->back.x < l->forget.x;
    layout_rect lo = back_first ? l->back : l->forget;
    layout_rect hi = back_first ? l->forget : l->back;
    int left = lo.x + lo.w + gap, right = hi.x - gap;
    layout_rect r = l->back; /* no room (w <= 0): not shown either */
    r.w = right - left < l->back.w ? right - left : l->back.w;
    r.x = left + (right - left - r.w) / 2;
    return r;
}

/* Every file of the pair deleted, when the player said so. */
static void scene_history_forget_answered(app *a, const app_question *q,
                                          app_answer answer)
{
    (void)q;
    if (answer == APP_ANSWER_GO) {
        autosave_forget_pair(a, a->history_code);
        app_back_to_start(a);
    }
}

static const app_question scene_history_forget = {
    "forget", N_("Keep them"), N_("Throw it away"),
    scene_history_forget_answered};

static void scene_history_ask_forget(app *a)
{
    char words[1024];
    draw_format(words, sizeof words,
                _("Delete every round of pair %s from this computer? This "
                  "cannot be undone."),
                a->history_code, NULL);
    app_ask(a, &scene_history_forget, words);
}

/* The screen's buttons, in Tab order (buttons.h). */
enum { HISTORY_BACK, HISTORY_DOWNLOAD, HISTORY_FORGET };

/* The screen's table, from its layout: Back (Enter), the answers as a
 * download where files are downloads, and deleting the pair's rounds
 * when there are any. forget_words holds the last one's words. */
static void scene_history_buttons(const app *a, const layout_history *l,
                                  char *forget_words, size_t size,
                                  buttons_table *t)
{
    t->count = 0;
    buttons_add(t, l->back, _("Back"), "Enter", true);
    buttons_add(t, scene_history_download_at(a, l), _("Download"), "E",
                false);
    draw_format(forget_words, size, _("Delete all of %s"), a->history_code,
                NULL);
    bool any = pair_history.h.count || pair_history.h.set_aside_count;
    buttons_add(t, any ? l->forget : BUTTONS_HIDDEN, forget_words, "W",
                false);
}

static void scene_history_press(app *a, int button)
{
    if (button == HISTORY_DOWNLOAD)
        scene_history_download(a);
    else if (button == HISTORY_FORGET)
        scene_history_ask_forget(a);
    else
        app_go_back(a);
}

void scene_history_handle(app *a, const input_event *ev)
{
    layout_history l;
    layout_history_make(&a->frame, pair_history.themes, &l);
    buttons_table t;
    char forget[128];
    scene_history_buttons(a, &l, forget, sizeof forget, &t);
    if (buttons_focus_move(a, &t, ev))
        return;
    int pressed = buttons_pressed(a, &t, ev, HISTORY_BACK);
    if (pressed >= 0) {
        scene_history_press(a, pressed);
        return;
    }
    switch (ev->type) {
    case INPUT_BACK:
    case INPUT_TIMELINE:
        app_go_back(a);
        break;
    case INPUT_DISCARD:
        if (buttons_shown(&t, HISTORY_FORGET))
            scene_history_ask_forget(a);
        break;
    case INPUT_DOWNLOAD:
        scene_history_download(a);
        break;
    default:
        break;
    }
}

/* y of a mean on the chart: the theme's good end at span's top, where
 * the chart says "good". */
static int scene_history_y(layout_rect span, const history_point *p, int side,
                           size_t options)
{
    double t = score_toward_good(p->mean[side], options, p->negative);
    return span.y + (int)((1.0 - t) * span.h + 0.5);
}

/* A line between two points as thin strips, and the gap between two
 * lines shaded, a few pixels a column (no lines in gfx). */
static void scene_history_segment(const app *a, int x0, int y0, int x1, int y1,
                                  int o0, int o1, gfx_color line, bool shade)
{
    int step = a->frame.s > 1.5f ? 3 : 2;
    int thick = (int)(a->frame.s * 3.0f + 0.5f);
    for (int x = x0; x < x1; x += step) {
        double t = x1 > x0 ? (double)(x - x0) / (x1 - x0) : 0.0;
        int y = y0 + (int)((y1 - y0) * t);
        if (shade) {
            int o = o0 + (int)((o1 - o0) * t);
            int lo = y < o ? y : o, hi = y < o ? o : y;
            gfx_fill(a->gfx, (layout_rect){x, lo, step, hi - lo},
                     (gfx_color){213, 94, 0, 46});
        }
        gfx_fill(a->gfx, (layout_rect){x, y - thick / 2, step, thick}, line);
    }
}

static void scene_history_chart(const app *a, const layout_history_chart *k,
                                size_t theme_at)
{
    const layout_frame *f = &a->frame;
    gfx_round_rect(a->gfx, k->box, f->radius, DRAW_PAPER);
    draw_text(a, pair_history.theme_name[theme_at], k->title, f->font_body,
              true, DRAW_INK, GFX_ALIGN_LEFT, true);
    layout_rect plot = k->plot, span = k->span;
    gfx_fill(a->gfx, (layout_rect){span.x, span.y, span.w, 1}, DRAW_PAPER_EDGE);
    gfx_fill(a->gfx, (layout_rect){span.x, span.y + span.h, span.w, 1},
             DRAW_PAPER_EDGE);
    draw_good_end(a, k->good, f->font_small, DRAW_INK_SOFT, GFX_ALIGN_RIGHT);
    size_t n = pair_history.h.count;
    int px[LAYOUT_MAX_HISTORY_LINES], py[2][LAYOUT_MAX_HISTORY_LINES];
    bool has[LAYOUT_MAX_HISTORY_LINES];
    /* the latest rounds that fit, evenly spread */
    size_t first = n > LAYOUT_MAX_HISTORY_LINES ? n - LAYOUT_MAX_HISTORY_LINES : 0;
    size_t shown = n - first;
    int d = (int)(f->s * 14.0f + 0.5f);
    for (size_t i = 0; i < shown; i++) {
        const session *s = &pair_history.h.rounds[first + i].session;
        history_point p;
        has[i] = history_point_of(s, pair_history.theme_key[theme_at], &p) && p.has[0] &&
                 p.has[1];
        px[i] = shown > 1 ? plot.x + d + (int)((plot.w - 2 * d) * i / (shown - 1))
                          : plot.x + plot.w / 2;
        for (int side = 0; has[i] && side < 2; side++)
            py[side][i] = scene_history_y(span, &p, side, s->deck->option_count);
    }
    for (size_t i = 0; i + 1 < shown; i++) {
        if (!has[i] || !has[i + 1])
            continue;
        scene_history_segment(a, px[i], py[DECK_ROLE_CLIENT][i], px[i + 1],
                              py[DECK_ROLE_CLIENT][i + 1],
                              py[DECK_ROLE_PROFESSIONAL][i],
                              py[DECK_ROLE_PROFESSIONAL][i + 1], DRAW_CLIENT, true);
        scene_history_segment(a, px[i], py[DECK_ROLE_PROFESSIONAL][i], px[i + 1],
                              py[DECK_ROLE_PROFESSIONAL][i + 1], 0, 0, DRAW_PRO,
                              false);
    }
    for (size_t i = 0; i < shown; i++) {
        if (!has[i])
            continue;
        layout_rect c = {px[i] - d / 2, py[DECK_ROLE_CLIENT][i] - d / 2, d, d};
        layout_rect q = {px[i] - d / 2, py[DECK_ROLE_PROFESSIONAL][i] - d / 2, d, d};
        gfx_round_rect(a->gfx, q, d / 6, DRAW_PRO);
        gfx_disc(a->gfx, c, DRAW_CLIENT);
        draw_mark(a, GFX_MARK_MARKER, q, span);
        draw_mark(a, GFX_MARK_MARKER, c, span);
    }
    /* what changed since the round before, in words */
    char words[1024] = "";
    history_point before, now;
    const history_round *rounds = pair_history.h.rounds;
    const char *key = pair_history.theme_key[theme_at];
    if (n >= 2 && history_point_of(&rounds[n - 2].session, key, &before) &&
        history_point_of(&rounds[n - 1].session, key, &now)) {
        const deck *dk = &rounds[n - 1].deck;
        const char *client = deck_text(
            dk, &dk->roles[deck_side_role(dk, DECK_ROLE_CLIENT)].the, 0);
        const char *pro = deck_text(
            dk, &dk->roles[deck_side_role(dk, DECK_ROLE_PROFESSIONAL)].the, 0);
        if (!report_history_change(history_change(&before, &now),
                                   pair_history.theme_name[theme_at], client,
                                   pro, words, sizeof words))
            snprintf(words, sizeof words, "%s", _("About as last time."));
    } else {
        snprintf(words, sizeof words, "%s",
                 n < 2 ? _("One round so far.") : _("Not on this theme last time."));
    }
    draw_text(a, words, k->words, f->font_small, true, DRAW_INK, GFX_ALIGN_LEFT,
              true);
}

/* A round's deck named in the screen's language, whatever language the
 * round was played in: a stored round keeps its deck's words in that one
 * language only, so the installed deck of that id names it where it is
 * there. */
static const char *scene_history_deck_title(const app *a, const deck *d)
{
    int offered = app_offered_deck(a, d->id);
    if (offered >= 0) {
        const deck *installed = a->decks[offered];
        int lang = deck_language_index(installed, i18n_language());
        if (lang >= 0)
            return deck_text(installed, &installed->title, (size_t)lang);
    }
    int lang = deck_language_index(d, i18n_language());
    return deck_text(d, &d->title, lang < 0 ? 0 : (size_t)lang);
}

void scene_history_draw(const app *a)
{
    const layout_frame *f = &a->frame;
    char left[128], right[96];
    draw_format(left, sizeof left, _("Pair %s"), a->history_code, NULL);
    i18n_count(right, sizeof right, "%s round", "%s rounds",
               pair_history.h.count);
    draw_top_bar(a, left, right);
    layout_history l;
    layout_history_make(f, pair_history.themes, &l);
    bool notice = pair_history.notice[0] != '\0';
    draw_text(a,
              notice ? pair_history.notice
                     : _("How your working together changed"),
              l.title, notice ? f->font_body : f->font_large, true,
              notice ? DRAW_GOLD : DRAW_CREAM, GFX_ALIGN_LEFT, true);
    /* who is who */
    int d = l.legend.h * 6 / 10;
    int x = l.legend.x;
    gfx_disc(a->gfx, (layout_rect){x, l.legend.y + (l.legend.h - d) / 2, d, d}, DRAW_CLIENT);
    layout_rect t = {x + d + 6, l.legend.y, l.legend.w / 4, l.legend.h};
    draw_text(a, _("client"), t, f->font_small, true, DRAW_CREAM, GFX_ALIGN_LEFT, true);
    x += l.legend.w / 4;
    gfx_round_rect(a->gfx, (layout_rect){x, l.legend.y + (l.legend.h - d) / 2, d, d}, d / 6, DRAW_PRO);
    t.x = x + d + 6;
    draw_text(a, _("professional"), t, f->font_small, true, DRAW_CREAM, GFX_ALIGN_LEFT, true);
    x += l.legend.w / 4;
    gfx_fill(a->gfx, (layout_rect){x, l.legend.y + l.legend.h / 4, d * 2, l.legend.h / 2},
             (gfx_color){213, 94, 0, 120});
    t.x = x + 2 * d + 6;
    t.w = l.legend.x + l.legend.w - t.x;
    draw_text(a, _("the gap between you"), t, f->font_small, true, DRAW_CREAM,
              GFX_ALIGN_LEFT, true);
    if (pair_history.h.count == 0) {
        char none[160];
        draw_format(none, sizeof none, _("No rounds are kept for pair %s yet."),
                    a->history_code, NULL);
        draw_text(a, none, l.line[0], f->font_body, true, DRAW_CREAM,
                  GFX_ALIGN_LEFT, true);
    }
    /* the rounds, the latest that fit */
    size_t n = pair_history.h.count, fit = l.list_count;
    size_t first = n > fit ? n - fit : 0;
    for (size_t i = first; i < n; i++) {
        const session *s = &pair_history.h.rounds[i].session;
        char date[64], cards[64], line[256];
        report_date(s->started_at, date, sizeof date);
        i18n_count(cards, sizeof cards, "%s card", "%s cards", s->round_count);
        snprintf(line, sizeof line, "%s \u00b7 %s \u00b7 %s", date,
                 scene_history_deck_title(a, s->deck), cards);
        draw_text(a, line, l.line[i - first], f->font_small, i + 1 == n,
                  DRAW_CREAM, GFX_ALIGN_LEFT, true);
    }
    for (size_t i = 0; i < l.chart_count && n > 0; i++)
        scene_history_chart(a, &l.chart[i], i);
    buttons_table buttons;
    char forget[128];
    scene_history_buttons(a, &l, forget, sizeof forget, &buttons);
    buttons_draw(a, &buttons, -1);
}
