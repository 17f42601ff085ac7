/* scene_hands: the facilitator types a show of hands. Per side
 * (clients, then professionals) and per option, how many people raised
 * their hand: digits type the count of the option in focus, Enter moves
 * to the next option and, after the last, gives the side's counts to the
 * round; Backspace corrects, and past the first option goes back to the
 * side before. The room sees both columns on the projector. */
#include "scene.h"

#include <stdio.h>
#include <string.h>

#include "buttons.h"
#include "draw.h"
#include "i18n.h"
#include "keypad.h"
#include "workshop_draw.h"

#define HANDS_EMPTY (-1)

/* The scene's own state: nobody else writes it (scene.h reads it out). */
static struct {
    int seat;                          /* the seat being typed */
    int option;                        /* the option in focus */
    int value[DECK_MAX_OPTIONS];       /* typed so far; HANDS_EMPTY none */
    bool keep;                         /* enter keeps value[] (a side
                                          taken back to correct it) */
} hands = {0, 0, {0}, false};

/* The facilitator's buttons, in Tab order along the bottom. */
enum { HANDS_BACK, HANDS_SKIP, HANDS_NOW, HANDS_NEXT, HANDS_BUTTONS };

int scene_hands_seat(void)
{
    return hands.seat;
}

int scene_hands_option(void)
{
    return hands.option;
}

void scene_hands_enter(app *a)
{
    int p = session_next_to_place(app_session(a));
    hands.seat = p < 0 ? 0 : p;
    if (!hands.keep) {
        hands.option = 0;
        for (size_t o = 0; o < DECK_MAX_OPTIONS; o++)
            hands.value[o] = HANDS_EMPTY;
        /* what was typed before a crash (or before another screen) comes
         * back: the round keeps it at every key */
        const session_round *r = session_current(app_session(a));
        size_t typed = r && p >= 0 ? r->typed[p] : 0;
        size_t options = app_session(a)->deck->option_count;
        for (size_t o = 0; o < typed && o < options; o++)
            hands.value[o] = r->counts[p][o];
        if (typed)
            hands.option = (int)(typed < options ? typed : options - 1);
    }
    hands.keep = false;
}

/* Keeps what is typed with the round, so a crash loses no number: the
 * options before the one in focus (an empty one is 0, as when given),
 * and the one in focus when it has a number. */
static void scene_hands_keep(app *a)
{
    size_t n = (size_t)hands.option + (hands.value[hands.option] != HANDS_EMPTY);
    session_action act = {.type = SESSION_ACTION_TYPE_COUNTS,
                          .player = (size_t)hands.seat, .option = n};
    for (size_t o = 0; o < n; o++)
        act.counts[o] = hands.value[o] == HANDS_EMPTY ? 0u
                                                      : (unsigned)hands.value[o];
    play_apply(&a->play, act, a->wall);
}

void scene_hands_leave(app *a)
{
    (void)a;
}

/* The side before this one was given: take it back and type on at its
 * last option with its counts (Backspace past the first option). */
static void scene_hands_back_a_side(app *a)
{
    const session *s = app_session(a);
    const session_round *r = session_current(s);
    for (int p = hands.seat - 1; r && p >= 0; p--) {
        if (!s->hands[p] || !r->counted[p])
            continue;
        size_t options = s->deck->option_count;
        for (size_t o = 0; o < options; o++)
            hands.value[o] = r->counts[p][o];
        hands.option = (int)options - 1;
        hands.keep = true;
        session_action act = {.type = SESSION_ACTION_TAKE_BACK,
                              .player = (size_t)p};
        if (play_apply(&a->play, act, a->wall) != SESSION_OK)
            hands.keep = false;
        return;
    }
}

static void scene_hands_give(app *a)
{
    session_action act = {.type = SESSION_ACTION_COUNT,
                          .player = (size_t)hands.seat};
    for (size_t o = 0; o < app_session(a)->deck->option_count; o++)
        act.counts[o] = hands.value[o] == HANDS_EMPTY ? 0u
                                                     : (unsigned)hands.value[o];
    play_apply(&a->play, act, a->wall);
}

static void scene_hands_enter_key(app *a)
{
    if ((size_t)hands.option + 1 < app_session(a)->deck->option_count) {
        hands.option++;
        scene_hands_keep(a);
    } else {
        scene_hands_give(a);
    }
}

static void scene_hands_type(int digit)
{
    int *v = &hands.value[hands.option];
    int next = *v == HANDS_EMPTY ? digit : *v * 10 + digit;
    if (next <= SESSION_MAX_COUNT)
        *v = next; /* a fourth digit is no count: it is not taken */
}

static void scene_hands_backspace(app *a)
{
    int *v = &hands.value[hands.option];
    if (*v >= 10)
        *v /= 10;
    else if (*v != HANDS_EMPTY)
        *v = HANDS_EMPTY;
    else if (hands.option > 0)
        hands.option--;
    else {
        scene_hands_back_a_side(a);
        return;
    }
    scene_hands_keep(a);
}

static void scene_hands_button(app *a, int which)
{
    switch (which) {
    case HANDS_BACK: scene_back_card(a); break;
    case HANDS_SKIP: scene_skip_card(a); break;
    case HANDS_NOW: scene_reveal_now(a); break;
    case HANDS_NEXT: scene_hands_enter_key(a); break;
    default: break;
    }
}

static void scene_hands_layout(const app *a, layout_workshop *l)
{
    layout_hands_make(&a->frame, app_session(a)->deck->option_count, HANDS_BUTTONS,
                      l);
}

/* The screen's buttons, in Tab order, where the layout puts them. */
static void scene_hands_buttons(const app *a, buttons_table *t)
{
    layout_workshop l;
    scene_hands_layout(a, &l);
    t->count = 0;
    buttons_add(t, l.button[HANDS_BACK], _("Previous"), "PgUp", false);
    buttons_add(t, l.button[HANDS_SKIP], _("Skip card"), "S", false);
    buttons_add(t, l.button[HANDS_NOW], _("Show now"), "D", false);
    buttons_add(t, l.button[HANDS_NEXT], _("Next"), "Enter", true);
}

/* The panel of the layout a seat's side is drawn in. */
static size_t scene_hands_panel(const session *s, size_t seat)
{
    return s->players[seat] == DECK_ROLE_CLIENT ? 0 : 1;
}

/* The keys a finger types the counts with, over the other side's panel:
 * shown once a tap or a click was the last input (a key hides them). */
static bool scene_hands_keypad(const app *a, const layout_workshop *l,
                               keypad_layout *k)
{
    if (!a->pointer_input)
        return false;
    size_t other = 1 - scene_hands_panel(app_session(a), (size_t)hands.seat);
    keypad_make(&a->frame, KEYPAD_DIGITS, l->side[other].box, k);
    return true;
}

/* A tap on the keys on the screen, typed as the key it shows; false
 * when it hit none (or they are not shown). */
static bool scene_hands_tap_keys(app *a, const input_event *ev)
{
    layout_workshop l;
    scene_hands_layout(a, &l);
    keypad_layout k;
    input_event key;
    if (!scene_hands_keypad(a, &l, &k) ||
        !keypad_hit(&k, ev->x, ev->y, false, &key))
        return false;
    a->button_focus = -1; /* OK is Enter on the counts */
    scene_hands_handle(a, &key);
    return true;
}

/* A tap on the clock, which starts or pauses it, or on an option's row,
 * which brings it into focus. */
static void scene_hands_tap(app *a, const input_event *ev)
{
    layout_workshop l;
    scene_hands_layout(a, &l);
    if (workshop_clock_tap(a, &l, ev))
        return;
    const layout_workshop_side *side =
        &l.side[scene_hands_panel(app_session(a), (size_t)hands.seat)];
    for (size_t o = 0; o < l.options; o++)
        if (layout_contains(side->field[o], ev->x, ev->y) ||
            layout_contains(side->label[o], ev->x, ev->y))
            hands.option = (int)o;
}

/* Up and Down move between the options (the facilitator types a count
 * into the one in focus); the focus leaves the buttons, so Enter is the
 * counts' Enter again. */
static void scene_hands_step(app *a, int step)
{
    int next = hands.option + step;
    if (next >= 0 && (size_t)next < app_session(a)->deck->option_count)
        hands.option = next;
    a->button_focus = -1;
}

void scene_hands_handle(app *a, const input_event *ev)
{
    /* the keys on the screen lie over the other side's panel: a tap on
     * them is a key, whatever lies under it */
    if (ev->type == INPUT_POINTER && scene_hands_tap_keys(a, ev))
        return;
    buttons_table t;
    scene_hands_buttons(a, &t);
    /* Tab walks the buttons; the arrows are the options' own */
    if ((ev->tab && buttons_focus_move(a, &t, ev)) ||
        scene_facilitator_key(a, ev))
        return;
    /* Enter with no button in focus goes on, as Next; Space presses only
     * a button in focus */
    int pressed = buttons_pressed(a, &t, ev,
                                  ev->type == INPUT_CONFIRM ? HANDS_NEXT : -1);
    if (pressed >= 0) {
        scene_hands_button(a, pressed);
        return;
    }
    switch (ev->type) {
    case INPUT_DIGIT:
        /* typing again after Tab: Enter gives the count, not the button
         * that was ringed (Skip would drop what was typed) */
        a->button_focus = -1;
        scene_hands_type(ev->digit);
        scene_hands_keep(a);
        break;
    case INPUT_BACK: scene_hands_backspace(a); break;
    case INPUT_UP: scene_hands_step(a, -1); break;
    case INPUT_DOWN: scene_hands_step(a, 1); break;
    case INPUT_SKIP: scene_hands_button(a, HANDS_SKIP); break;
    case INPUT_POINTER: scene_hands_tap(a, ev); break;
    default:
        break;
    }
}

/* One side's column of counts: typed (the side in focus), given (the
 * round's), or still to come. */
static void scene_hands_draw_side(const app *a, const layout_workshop_side *side,
                                  size_t seat, bool typing)
{
    const session *s = app_session(a);
    const session_round *r = session_current(s);
    const deck *d = s->deck;
    const theme *t = workshop_theme(a);
    const layout_frame *f = &a->frame;
    bool given = r->counted[seat];
    unsigned total = 0;
    for (size_t o = 0; o < d->option_count; o++)
        total += typing ? (unsigned)(hands.value[o] < 0 ? 0 : hands.value[o])
                        : r->counts[seat][o];
    gfx_round_rect(a->gfx, side->box, f->radius, t->panel);
    workshop_draw_heading(a, side->heading, s->players[seat], total,
                          typing || given, -1);
    for (size_t o = 0; o < d->option_count; o++) {
        char label[256], num[24];
        snprintf(num, sizeof num, "%zu", o + 1);
        draw_format(label, sizeof label, "%s  %s", num,
                    deck_text(d, &d->options[o].label, app_language(a)));
        draw_text(a, label, side->label[o], f->font_body, false, t->ink,
                  GFX_ALIGN_LEFT, true);
        bool focus = typing && (int)o == hands.option;
        layout_rect field = side->field[o];
        if (focus)
            gfx_round_rect(a->gfx, layout_inset(field, -4), f->radius / 2,
                           t->focus);
        gfx_round_rect(a->gfx, field, f->radius / 2, t->background);
        char count[16] = "";
        if (typing && hands.value[o] != HANDS_EMPTY)
            snprintf(count, sizeof count, "%d", hands.value[o]);
        else if (!typing && given)
            snprintf(count, sizeof count, "%u", r->counts[seat][o]);
        else if (typing)
            snprintf(count, sizeof count, "%s", focus ? "_" : "");
        else
            snprintf(count, sizeof count, "%s", "\xe2\x80\x94"); /* to come */
        /* the field's whole height: a projector's least text needs it
         * on a small screen */
        layout_rect inside = {field.x + f->gap / 2, field.y,
                              field.w - f->gap, field.h};
        draw_text(a, count, inside, f->font_body, true, t->ink,
                  GFX_ALIGN_RIGHT, true);
    }
}

void scene_hands_draw(const app *a)
{
    const session *s = app_session(a);
    if (session_current(s) == NULL)
        return;
    layout_workshop l;
    scene_hands_layout(a, &l);
    workshop_draw_frame(a, &l);
    for (size_t p = 0; p < s->player_count; p++)
        if (s->hands[p])
            scene_hands_draw_side(a, &l.side[scene_hands_panel(s, p)], p,
                                  (int)p == hands.seat);
    keypad_layout k;
    if (scene_hands_keypad(a, &l, &k))
        keypad_draw(a, &k, false, NULL);
    const theme *t = workshop_theme(a);
    draw_text(a, a->pointer_input
                     ? _("Tap how many people chose each answer, then OK.")
                     : _("Type how many people chose each answer. Enter: "
                         "next. Backspace: correct."),
              l.words, a->frame.font_body, false, t->ink, GFX_ALIGN_CENTER,
              true);
    buttons_table bt;
    scene_hands_buttons(a, &bt);
    /* ringed only when Tab put the focus there: Enter's own place is the
     * count in focus */
    buttons_draw(a, &bt, -1);
}
