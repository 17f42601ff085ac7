/* scene_place: the player whose turn it is reads the card in their own
 * wording and chooses a token; Enter places it face down. A seat that
 * guesses (training, "guess the other") comes back here once more: it
 * reads the other side's wording and lays its guess of their answer. */
#include "scene.h"

#include <stdio.h>

#include "buttons.h"
#include "draw.h"
#include "flow.h"
#include "i18n.h"
#include "report.h"

/* The scene's own state: nobody else writes it (scene.h reads it out). */
static struct {
    int selected; /* option index being considered, -1 none */
    int player;   /* whose turn this screen is for */
    bool guessing; /* the seat guesses the other side's answer */
} place = {-1, 0, false};

int scene_place_seat(void)
{
    return place.player;
}

int scene_place_chosen(void)
{
    return place.selected;
}

void scene_place_enter(app *a)
{
    place.selected = -1;
    int p = session_next_to_place(app_session(a));
    place.player = p < 0 ? 0 : p;
    place.guessing = flow_now(app_session(a), app_session_mode(a)).answers ==
                     MODE_ANSWER_PREDICT;
    /* this seat reads the card, and the screen around it, in its own
     * language (a client who reads English better: --seat-lang) */
    const session *s = app_session(a);
    app_use_language(a, s->deck->languages[s->seat_language[place.player]]);
}

bool scene_place_guessing(void)
{
    return place.guessing;
}

static void scene_place_confirm(app *a)
{
    if (place.selected < 0)
        return;
    session_action act = {
        .type = place.guessing ? SESSION_ACTION_PREDICT : SESSION_ACTION_PLACE,
        .player = (size_t)place.player,
        .option = (size_t)place.selected};
    play_apply(&a->play, act, a->wall);
}

/* The side whose statement the card shows: one's own, or on a guess the
 * other side's, in their words. */
static deck_role scene_place_shown(const session *s)
{
    deck_role role = s->players[place.player];
    if (!place.guessing)
        return role;
    return role == DECK_ROLE_CLIENT ? DECK_ROLE_PROFESSIONAL : DECK_ROLE_CLIENT;
}

/* The "?": the theme as this card names it, in the seat's language. */
static void scene_place_explain(app *a)
{
    const session *s = app_session(a);
    scene_explain_card_as(a, s->current, scene_place_shown(s),
                          s->seat_language[place.player]);
}

/* The place screen's buttons in Tab order (the tokens are chosen with
 * digits and arrows). */
enum { PLACE_HELP, PLACE_SKIP, PLACE_PLACE };

/* The screen's buttons, in Tab order: the card's "?" (the card draws
 * it), skip, and place (the main step once a token is chosen; its words
 * are the drawing's). */
static void scene_place_buttons(const app *a, const char *place_words,
                                buttons_table *t)
{
    layout_place l;
    layout_place_make(&a->frame, app_session(a)->deck->option_count, &l);
    t->count = 0;
    buttons_add_help(t, l.card_help)->ring_only = true;
    buttons_add(t, l.skip, _("Skip card"), "S", false);
    buttons_add(t, l.place, place_words, "Enter", place.selected >= 0);
}

static void scene_place_press(app *a, int button)
{
    if (button == PLACE_HELP)
        scene_place_explain(a);
    else if (button == PLACE_SKIP)
        scene_skip_card(a);
    else
        scene_place_confirm(a);
}

void scene_place_handle(app *a, const input_event *ev)
{
    const deck *d = app_session(a)->deck;
    int k = (int)d->option_count;
    layout_place l;
    layout_place_make(&a->frame, d->option_count, &l);
    buttons_table t;
    scene_place_buttons(a, "", &t);
    if (scene_facilitator_key(a, ev) || buttons_focus_move(a, &t, ev))
        return;
    int pressed = buttons_pressed(a, &t, ev, PLACE_PLACE);
    if (pressed >= 0) {
        scene_place_press(a, pressed);
        return;
    }
    switch (ev->type) {
    case INPUT_DIGIT:
        if (ev->digit >= 1 && ev->digit <= k)
            place.selected = ev->digit - 1;
        break;
    case INPUT_LEFT:
        place.selected = place.selected <= 0 ? 0 : place.selected - 1;
        break;
    case INPUT_RIGHT:
        place.selected = place.selected < 0 ? 0
                            : place.selected + 1 >= k ? k - 1
                                                          : place.selected + 1;
        break;
    case INPUT_BACK:
        place.selected = -1;
        break;
    case INPUT_SKIP:
        scene_skip_card(a);
        break;
    case INPUT_HELP:
        scene_place_explain(a);
        break;
    case INPUT_POINTER:
        for (int i = 0; i < k; i++)
            if (layout_contains(l.token[i], ev->x, ev->y) ||
                layout_contains(l.label[i], ev->x, ev->y))
                place.selected = i;
        break;
    default:
        break;
    }
}

void scene_place_draw(const app *a)
{
    const session *s = app_session(a);
    const deck *d = s->deck;
    char progress[128], name[128], turn[256], other[128];
    scene_progress(a, progress, sizeof progress);
    /* named in the language of this screen: the seat's own */
    report_player_name_in(s, (size_t)place.player,
                          s->seat_language[place.player], name, sizeof name);
    if (name[0] >= 'a' && name[0] <= 'z')
        name[0] = (char)(name[0] - 'a' + 'A');
    draw_format(turn, sizeof turn,
                place.guessing ? _("Your guess: %s") : _("Your turn: %s"),
                name, NULL);
    draw_top_bar(a, progress, turn);

    layout_place l;
    layout_place_make(&a->frame, d->option_count, &l);
    /* a guess is about the other side's statement, in their words */
    deck_role shown = scene_place_shown(s);
    report_predict_other(s, (size_t)place.player, other, sizeof other);
    char title[256];
    if (place.guessing)
        draw_format(title, sizeof title, _("What does %s answer?"), other,
                    NULL);
    /* one's own answer to the card as one's role reads it ("... over
     * mij" for a young person); a guess to the other side's wording */
    const deck_card *card = &d->cards[s->rounds[s->current].card];
    size_t lang = s->seat_language[place.player];
    const char *text =
        place.guessing
            ? deck_text(d, shown == DECK_ROLE_CLIENT ? &card->client
                                                     : &card->professional,
                        lang)
            : deck_card_text(d, card, s->roles[place.player], lang);
    scene_draw_card_face(a, l.card, l.card_title, l.card_text, l.card_help,
                         place.guessing ? title
                                        : scene_dimension_name_in(a, s->current,
                                                                  shown, lang),
                         text);
    for (size_t i = 0; i < l.token_count; i++) {
        bool sel = (int)i == place.selected;
        draw_token(a, l.token[i], d, i, sel, false);
        char label[256];
        char num[24];
        snprintf(num, sizeof num, "%zu", i + 1);
        draw_format(label, sizeof label, "%s  %s", num,
                    deck_text(d, &d->options[i].label, lang));
        draw_text(a, label, l.label[i], a->frame.font_small, sel,
                  sel ? DRAW_GOLD : DRAW_CREAM, GFX_ALIGN_CENTER, false);
    }
    char hint[256], kmax[24];
    snprintf(kmax, sizeof kmax, "%zu", d->option_count);
    /* the hint speaks to the hand in use: a finger taps, a hand on the
     * keyboard presses */
    bool tap = a->pointer_input;
    const char *button = _("Place face down");
    if (place.guessing)
        draw_format(hint, sizeof hint,
                    place.selected < 0
                        ? (tap ? _("Guess the answer of %s: tap a token.")
                               : _("Guess the answer of %s: press 1 to %s."))
                        : (tap ? _("Tap \u2018%s\u2019 to lay your guess face "
                                   "down.")
                               : _("Press Enter to lay your guess face down.")),
                    place.selected < 0 ? other : button, kmax);
    else
        draw_format(hint, sizeof hint,
                    place.selected < 0
                        ? (tap ? _("Choose a token: tap it.")
                               : _("Choose a token: tap it or press 1 to %s."))
                        : (tap ? _("Tap \u2018%s\u2019 to place it face down.")
                               : _("Press Enter to place it face down.")),
                    place.selected < 0 ? kmax : button, NULL);
    draw_text(a, hint, l.hint, a->frame.font_small, false, DRAW_CREAM,
              GFX_ALIGN_CENTER, true);
    buttons_table t;
    scene_place_buttons(a, button, &t);
    buttons_draw(a, &t, -1);
}

void scene_place_leave(app *a)
{
    app_follow_language(a); /* the round's language again */
}
