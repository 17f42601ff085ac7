/* board_guess: the board's block "How well do you know your client?" in a
 * round where guesses were made: for every guessing seat how many guesses
 * were right or one step off, and per theme, in words, whether it read
 * the alliance as better or worse than the other side said. A small dot
 * per guess shows the spread (green right, orange one step, red more):
 * the numbers are for the student, never a grade. */
#include "board.h"

#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "i18n.h"
#include "predict.h"
#include "report.h"

size_t board_guess_lines(const session *s)
{
    /* a line per theme and guesser, and a line of counts per guesser when
     * there are several (one guesser's counts stand beside the heading) */
    size_t guessers = 0;
    for (size_t p = 0; p < s->player_count; p++)
        guessers += s->predicts[p];
    if (guessers == 0)
        return 0;
    return guessers * s->deck->dimension_count + (guessers > 1 ? guessers : 0);
}

/* A dot per compared guess of seat on theme dim, coloured by how far it
 * lay off; returns the width used. */
static int board_guess_dots(const app *a, const session *s, size_t seat,
                            size_t dim, layout_rect r)
{
    int d = r.h * 6 / 10;
    int x = r.x;
    for (size_t i = 0; i < s->round_count; i++) {
        if (s->deck->cards[s->rounds[i].card].dimension != dim)
            continue;
        int off = predict_card_distance(s, i, seat);
        if (off < 0)
            continue;
        if (x + d > r.x + r.w)
            break;
        gfx_color c = off == 0 ? DRAW_ALIGNED : off == 1 ? DRAW_CLOSE
                                                         : DRAW_APART;
        gfx_disc(a->gfx, (layout_rect){x, r.y + (r.h - d) / 2, d, d}, c);
        x += d + d / 3;
    }
    return x - r.x;
}

void board_guess_block(const app *a, const layout_rect *lines, size_t count,
                       layout_rect title)
{
    const session *s = app_session(a);
    const deck *d = s->deck;
    const layout_frame *f = &a->frame;
    size_t guessers = 0;
    for (size_t p = 0; p < s->player_count; p++)
        guessers += s->predicts[p];
    /* training asks the student about the client; at the table both
     * sides guessed each other */
    const char *heading = guessers > 1 ? _("How well did you guess each other?")
                                       : _("How well do you know your client?");
    layout_rect used = draw_text(a, heading, title, f->font_body, true,
                                 draw_ground_heading(a), GFX_ALIGN_LEFT,
                                 true);
    size_t at = 0;
    for (size_t p = 0; p < s->player_count && at < count; p++) {
        predict_score score;
        if (!predict_score_seat(s, p, &score))
            continue;
        char who[128], other[128], counts[256], line[640];
        report_player_the(s, p, who, sizeof who);
        report_predict_other(s, p, other, sizeof other);
        report_predict_counts(&score.overall, counts, sizeof counts);
        if (who[0] >= 'a' && who[0] <= 'z')
            who[0] = (char)(who[0] - 'a' + 'A');
        if (guessers == 1) {
            /* one student: the counts beside the heading, a line saved */
            int x = used.x + used.w + f->gap;
            layout_rect beside = {x, title.y, title.x + title.w - x, title.h};
            draw_text(a, counts, beside, f->font_small, true,
                      draw_ground_ink(a), GFX_ALIGN_LEFT, true);
        } else {
            snprintf(line, sizeof line, "%s: %s", who, counts);
            draw_text(a, line, layout_inset(lines[at++], 2), f->font_small,
                      true, draw_ground_ink(a), GFX_ALIGN_LEFT, true);
        }
        for (size_t i = 0; i < d->dimension_count && at < count; i++) {
            if (score.theme[i].count == 0)
                continue;
            layout_rect r = layout_inset(lines[at++], 2);
            /* room for about five dots: a theme has a few cards a round */
            layout_rect dots = {r.x + f->gap, r.y, r.h * 4, r.h};
            board_guess_dots(a, s, p, i, dots);
            report_predict_reading(&score.theme[i],
                                   deck_text(d, &d->dimensions[i].name,
                                             s->language),
                                   other, line, sizeof line);
            layout_rect words = {dots.x + dots.w + f->gap, r.y,
                                 r.x + r.w - (dots.x + dots.w + f->gap), r.h};
            draw_text(a, line, words, f->font_small, false,
                      draw_ground_ink(a), GFX_ALIGN_LEFT, true);
        }
    }
}
