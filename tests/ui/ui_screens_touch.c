/* ui_screens_touch: the screens as a finger meets them, for the
 * screenshot command: the start screen's hint after a tap, the pair's
 * code on the screen's keys, a team named on the screen's letters, the
 * place screen's hint, and a show of hands' counts on the keypad. */
#include <stdio.h>

#include "keypad.h"
#include "layout_workshop.h"
#include "ui_driver.h"
#include "ui_screens.h"

int ui_screens_touch(const char *dir, int w, int h)
{
    char size[32], win[32];
    snprintf(size, sizeof size, "%dx%d", w, h);
    snprintf(win, sizeof win, "%dx%d", w, h);
    ui_forget_round();
    const char *args[] = {"--lang", "nl", "--window", win};
    app *a = ui_open(4, args, false);
    if (a == NULL)
        return 1;
    ui_step(a);
    layout_start ls;
    layout_start_make(&a->frame, &ls);
    ui_tap(a, ls.row[2].next);
    ui_tap(a, ls.row[2].prev);
    ui_screens_shot(a, dir, size, "t01-start-tapped");
    ui_tap(a, ls.row[3].value);
    layout_code lc;
    layout_code_make(&a->frame, &lc);
    keypad_layout k;
    keypad_make(&a->frame, KEYPAD_LETTERS, lc.keys, &k);
    ui_tap(a, k.key[12]); /* W */
    ui_tap(a, k.key[1]);  /* 2 */
    ui_screens_shot(a, dir, size, "t02-pair-code");
    ui_tap(a, lc.back);
    app_close(a);

    const char *teams[] = {"--lang", "nl", "--mode", "workshop", "--window",
                           win};
    a = ui_open(6, teams, false);
    if (a == NULL)
        return 1;
    ui_step(a);
    layout_start_make(&a->frame, &ls);
    ui_tap(a, ls.start);
    layout_teams lt;
    layout_teams_make(&a->frame, 2, &lt);
    ui_tap(a, lt.add);
    layout_teams_make(&a->frame, 3, &lt);
    keypad_make(&a->frame, KEYPAD_LETTERS, lt.keyboard, &k);
    ui_tap(a, k.key[10 + 9 + 1]); /* S */
    ui_tap(a, k.key[10 + 2]);     /* e */
    ui_screens_shot(a, dir, size, "t03-team-letters");
    app_close(a);

    const char *table[] = {"--lang", "nl", "--domain", "algemeen",
                           "--cards", "quick", "--window", win};
    a = ui_open(8, table, false);
    if (a == NULL)
        return 1;
    ui_step(a);
    ui_tap(a, (layout_rect){w / 2, h / 2, 1, 1}); /* the deal */
    layout_place lp;
    layout_place_make(&a->frame, app_session(a)->deck->option_count, &lp);
    ui_tap(a, lp.token[3]);
    ui_screens_shot(a, dir, size, "t04-place-tapped");
    app_close(a);

    const char *hands[] = {"--lang", "nl", "--mode", "workshop", "--hands",
                           "--domain", "reclassering", "--cards", "quick",
                           "--window", win};
    a = ui_open(11, hands, false);
    if (a == NULL)
        return 1;
    ui_step(a);
    ui_tap(a, (layout_rect){w / 2, h / 2, 1, 1}); /* the deal */
    layout_workshop l;
    layout_hands_make(&a->frame, app_session(a)->deck->option_count, 4, &l);
    keypad_make(&a->frame, KEYPAD_DIGITS, l.side[1].box, &k);
    ui_tap(a, k.key[2]);  /* 3 */
    ui_tap(a, k.key[11]); /* OK */
    ui_tap(a, k.key[0]);  /* 1 */
    ui_tap(a, k.key[1]);  /* 2 */
    ui_screens_shot(a, dir, size, "t05-hands-keypad");
    app_close(a);
    return 0;
}
