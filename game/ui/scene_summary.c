/* scene_summary: the board. One row per dimension with each player's mean
 * on a bar along the scale, the gap and a plain sentence; below it the
 * cards to talk about. Save as PNG, save the result file, new round. */
#include "scene.h"

#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "i18n.h"
#include "report.h"
#include "result.h"

static void scene_summary_save_cli(app *a)
{
    if (a->save_path[0] == '\0' || a->summary.saved_cli)
        return;
    error_list errors;
    error_list_init(&errors);
    a->summary.saved_cli = true;
    if (result_write(a->save_path, &a->session, &errors)) {
        draw_format(a->summary.status, sizeof a->summary.status,
                    _("Saved: %s"), a->save_path, NULL);
    } else {
        error_print(&errors, stderr);
        draw_format(a->summary.status, sizeof a->summary.status,
                    _("Could not save: %s"), a->save_path, NULL);
        a->exit_code = CLI_EXIT_FAILURE;
    }
    error_list_free(&errors);
}

void scene_summary_enter(app *a)
{
    a->summary.status[0] = '\0';
    a->summary.have_summary = score_compute(&a->session, &a->summary.summary);
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
    char path[APP_PATH_MAX], err[512];
    if (!app_user_file(a, "board", "png", path, sizeof path)) {
        snprintf(a->summary.status, sizeof a->summary.status, "%s",
                 _("There is no folder to save in."));
        return;
    }
    /* the board without the status line */
    a->summary.status[0] = '\0';
    app_draw(a);
    if (app_save_png(a, path, err, sizeof err))
        draw_format(a->summary.status, sizeof a->summary.status,
                    _("Saved: %s"), path, NULL);
    else
        draw_format(a->summary.status, sizeof a->summary.status,
                    _("Could not save: %s"), err, NULL);
}

static void scene_summary_save_result(app *a)
{
    char path[APP_PATH_MAX];
    if (!app_user_file(a, "result", "yaml", path,
                       sizeof path)) {
        snprintf(a->summary.status, sizeof a->summary.status, "%s",
                 _("There is no folder to save in."));
        return;
    }
    error_list errors;
    error_list_init(&errors);
    if (result_write(path, &a->session, &errors)) {
        draw_format(a->summary.status, sizeof a->summary.status,
                    _("Saved: %s"), path, NULL);
    } else {
        char msg[512];
        error_format_first(&errors, msg, sizeof msg);
        draw_format(a->summary.status, sizeof a->summary.status,
                    _("Could not save: %s"), msg, NULL);
    }
    error_list_free(&errors);
}

void scene_summary_handle(app *a, const input_event *ev)
{
    layout_summary l;
    size_t topics = a->summary.have_summary ? a->summary.summary.topic_count
                                            : 0;
    layout_summary_make(&a->frame, a->session.deck->dimension_count, topics,
                        &l);
    switch (ev->type) {
    case INPUT_SAVE_PNG:
        scene_summary_save_png(a);
        break;
    case INPUT_SAVE_RESULT:
        scene_summary_save_result(a);
        break;
    case INPUT_NEW_ROUND:
        app_back_to_start(a);
        break;
    case INPUT_POINTER:
        if (layout_contains(l.save_png, ev->x, ev->y))
            scene_summary_save_png(a);
        else if (layout_contains(l.save_result, ev->x, ev->y))
            scene_summary_save_result(a);
        else if (layout_contains(l.new_round, ev->x, ev->y))
            app_back_to_start(a);
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
        draw_disc(a, layout_inset(r, -2), DRAW_PAPER);
        draw_disc(a, r, DRAW_CLIENT);
    } else {
        draw_round_rect(a, layout_inset(r, -2), r.w / 5, DRAW_PAPER);
        draw_round_rect(a, r, r.w / 6, DRAW_PRO);
    }
    if (number) {
        char n[24];
        snprintf(n, sizeof n, "%zu", number);
        draw_text(a, n, r, r.h * 7 / 10, true,
                  role == DECK_ROLE_CLIENT ? DRAW_PAPER : DRAW_INK,
                  TEXT_ALIGN_CENTER, true);
    }
}

static const char *scene_summary_icon(score_alignment al)
{
    return al == SCORE_ALIGNED ? "aligned" : al == SCORE_CLOSE ? "close"
                                                                : "apart";
}

static void scene_summary_row(app *a, const layout_board_row *row,
                              const score_dimension *dim, size_t index)
{
    const session *s = &a->session;
    const deck *d = s->deck;
    const deck_dimension *dd = &d->dimensions[dim->dimension];
    const layout_frame *f = &a->frame;
    if (index % 2 == 1)
        draw_fill(a, (layout_rect){row->name.x - f->gap / 2, row->name.y,
                                   row->sentence.x + row->sentence.w -
                                       row->name.x + f->gap,
                                   row->name.h},
                  (SDL_Color){120, 90, 40, 18});
    /* name, and for a negative dimension: low is good */
    layout_rect nm = row->name;
    int sub_h = dd->negative ? nm.h * 35 / 100 : 0;
    draw_text(a, deck_text(d, &dd->name, s->language),
              (layout_rect){nm.x, nm.y, nm.w, nm.h - sub_h}, f->font_body,
              true, DRAW_INK, TEXT_ALIGN_LEFT, true);
    if (dd->negative)
        draw_text(a, _("(low is good)"),
                  (layout_rect){nm.x, nm.y + nm.h - sub_h - 4, nm.w, sub_h},
                  f->font_small, false, DRAW_INK_SOFT, TEXT_ALIGN_LEFT, false);

    /* the bar along the scale 1..K */
    layout_rect bar = row->bar;
    size_t k = d->option_count;
    int mk = bar.h * 40 / 100;
    if (mk > (int)(f->s * 30))
        mk = (int)(f->s * 30);
    /* the ends of the scale: the first and the last option's icon */
    int end = bar.h * 40 / 100;
    if (end > (int)(f->s * 30))
        end = (int)(f->s * 30);
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
    SDL_Color track = {214, 199, 170, 255};
    draw_round_rect(a, (layout_rect){x0, cy - th / 2, x1 - x0, th}, th / 2,
                    track);
    for (size_t i = 0; i < k && k > 1; i++) {
        int x = x0 + (int)((long)(x1 - x0) * (long)i / (long)(k - 1));
        draw_fill(a, (layout_rect){x - 1, cy - th * 2, 2, th * 4},
                  (SDL_Color){170, 150, 120, 255});
    }
    if (dim->cards == 0) {
        char none[256];
        report_dimension_sentence(dim, none, sizeof none);
        draw_text(a, none, row->sentence, f->font_small, false,
                  DRAW_INK_SOFT, TEXT_ALIGN_LEFT, true);
        return;
    }
    for (size_t p = 0; p < s->player_count; p++) {
        double pos = dim->mean[p]; /* 1..K */
        double frac = k > 1 ? (pos - 1.0) / (double)(k - 1) : 0.5;
        int x = x0 + (int)((double)(x1 - x0) * frac);
        /* clients above the line, the professional below, so equal
         * answers never hide each other */
        int y = s->players[p] == DECK_ROLE_CLIENT ? cy - mk - th / 2 - 1
                                                  : cy + th / 2 + 1;
        size_t num = session_role_number(s, p);
        scene_summary_marker(a, (layout_rect){x - mk / 2, y, mk, mk},
                             s->players[p], num);
    }
    /* alignment and sentence */
    layout_rect sen = row->sentence;
    int icon = f->font_large;
    if (icon > sen.h)
        icon = sen.h;
    draw_icon(a, scene_summary_icon(dim->alignment),
              (layout_rect){sen.x, sen.y + (sen.h - icon) / 2, icon, icon});
    char text[512], gap[32];
    report_dimension_sentence(dim, text, sizeof text);
    snprintf(gap, sizeof gap, "%.1f", dim->mean_gap);
    if (strcmp(i18n_language(), "en") != 0)
        for (char *c = gap; *c; c++)
            if (*c == '.')
                *c = ',';
    char head[256], line[800];
    draw_format(head, sizeof head, _("%s (gap %s)"),
                report_alignment_name(dim->alignment), gap);
    draw_format(line, sizeof line, "%s\n%s", head, text);
    draw_text(a, line,
              (layout_rect){sen.x + icon + f->gap / 2, sen.y,
                            sen.w - icon - f->gap / 2, sen.h},
              f->font_small, false, DRAW_INK, TEXT_ALIGN_LEFT, true);
}

void scene_summary_draw_board(app *a)
{
    const session *s = &a->session;
    const deck *d = s->deck;
    const layout_frame *f = &a->frame;
    const score_summary *sum = &a->summary.summary;
    size_t topics = a->summary.have_summary ? sum->topic_count : 0;
    layout_summary l;
    layout_summary_make(f, d->dimension_count, topics, &l);

    draw_text(a, _("How is your cooperation going?"), l.title, f->font_large,
              true, DRAW_CREAM, TEXT_ALIGN_LEFT, true);
    /* legend: a circle for the client side, a square for the professional */
    int mk = l.legend.h * 60 / 100;
    char name[128];
    int x = l.legend.x + l.legend.w;
    for (int role = 0; role < DECK_ROLE_COUNT; role++) {
        const char *rn = deck_text(d, &d->role_name[role], s->language);
        snprintf(name, sizeof name, "%s", rn);
        int tw = 0, th = 0;
        text_cache_measure(a->text, name, f->font_small, true, 0, &tw, &th);
        x -= tw;
        layout_rect tr = {x, l.legend.y, tw + 2, l.legend.h};
        draw_text(a, name, tr, f->font_small, true, DRAW_CREAM,
                  TEXT_ALIGN_LEFT, true);
        x -= mk + f->gap / 2;
        scene_summary_marker(a, (layout_rect){x, l.legend.y + (l.legend.h - mk) / 2,
                                              mk, mk},
                             (deck_role)role, 0);
        x -= f->gap * 2;
    }

    draw_shadow(a, l.board, f->radius);
    draw_round_rect(a, layout_inset(l.board, -f->gap / 2), f->radius,
                    DRAW_PAPER);
    if (!a->summary.have_summary)
        return;
    for (size_t i = 0; i < l.row_count && i < sum->dimension_count; i++)
        scene_summary_row(a, &l.row[i], &sum->dimensions[i], i);

    if (l.topic_count > 0) {
        draw_text(a, _("Cards to talk about"), l.topics_title, f->font_body,
                  true, DRAW_GOLD, TEXT_ALIGN_LEFT, true);
        for (size_t i = 0; i < l.topic_count; i++) {
            const score_topic *t = &sum->topics[i];
            char reasons[256], line[1400];
            report_topic_reasons(t, reasons, sizeof reasons);
            draw_format(line, sizeof line, "\u2022 %s  (%s)",
                        scene_card_text(a, t->round, DECK_ROLE_CLIENT),
                        reasons);
            draw_text(a, line, l.topic[i], f->font_small, false, DRAW_CREAM,
                      TEXT_ALIGN_LEFT, true);
        }
    } else if (sum->revealed == 0) {
        layout_rect r = {l.board.x, l.board.y + l.board.h + f->gap, l.board.w,
                         f->font_body * 2};
        draw_text(a, _("No card was turned over."), r, f->font_body, false,
                  DRAW_CREAM, TEXT_ALIGN_LEFT, true);
    }
}

void scene_summary_draw(app *a)
{
    char right[160], n1[24], n2[24];
    const score_summary *sum = &a->summary.summary;
    snprintf(n1, sizeof n1, "%zu", a->summary.have_summary ? sum->revealed : 0);
    snprintf(n2, sizeof n2, "%zu", a->summary.have_summary ? sum->skipped : 0);
    draw_format(right, sizeof right, _("%s cards turned, %s skipped"), n1, n2);
    draw_top_bar(a, _("Summary"), right);
    scene_summary_draw_board(a);
    layout_summary l;
    layout_summary_make(&a->frame, a->session.deck->dimension_count,
                        a->summary.have_summary ? sum->topic_count : 0, &l);
    if (a->summary.status[0])
        draw_text(a, a->summary.status, l.status, a->frame.font_small, false,
                  DRAW_CREAM, TEXT_ALIGN_LEFT, true);
    draw_button(a, l.save_png, _("Save as picture"), "P", false, false);
    draw_button(a, l.save_result, _("Save the answers"), "R", false, false);
    draw_button(a, l.new_round, _("New round"), "N", true, false);
}
