/* speak_screen: see speak_screen.h. Put together from the session and the
 * scenes' accessors, made speakable by speech_text, handed to speak. */
#include "speak_screen.h"

#include <stdio.h>
#include <string.h>

#include "app.h"
#include "draw.h"
#include "flow.h"
#include "i18n.h"
#include "report.h"
#include "scene.h"
#include "speak.h"
#include "speech_text.h"

/* The round whose card the screen shows, and whether it lies turned. */
static bool speak_screen_round(const app *a, size_t *round, bool *turned)
{
    if (!app_playing(a))
        return false;
    int open;
    switch (a->scene) {
    case APP_SCENE_DEAL:
    case APP_SCENE_PLACE:
    case APP_SCENE_REVEAL:
        *round = app_session(a)->current;
        *turned = a->scene == APP_SCENE_REVEAL;
        break;
    case APP_SCENE_SUMMARY:
        open = scene_summary_open_round();
        if (open < 0)
            return false;
        *round = (size_t)open;
        *turned = true;
        break;
    default:
        return false;
    }
    return *round < app_session(a)->round_count;
}

static bool speak_screen_has_card(const app *a)
{
    size_t round;
    bool turned;
    return speak_screen_round(a, &round, &turned);
}

void speak_screen_frame(app *a)
{
    bool card = speak_screen_has_card(a);
    if (!card)
        speak_stop(a);
    speak_set_shown(card && speak_ready(a));
}

void speak_screen_switch(app *a, app_scene next)
{
    if (!(a->scene == APP_SCENE_DEAL && next == APP_SCENE_PLACE))
        speak_stop(a);
}

/* The seat whose turn it is: on the deal, the one who answers first. */
static size_t speak_screen_seat(const app *a)
{
    if (a->scene == APP_SCENE_PLACE)
        return (size_t)scene_place_seat();
    flow fl = flow_now(app_session(a), app_session_mode(a));
    return fl.step == FLOW_DEAL || fl.step == FLOW_ANSWER ? fl.seat : 0;
}

/* A card not yet turned: its statement as this seat reads it (or, when
 * the seat guesses the other side's answer, the question and the other
 * side's statement, as the place screen shows them), then the tokens to
 * choose from. */
static void speak_screen_open(const app *a, size_t round, speech_text *t)
{
    const session *s = app_session(a);
    const deck *d = s->deck;
    size_t seat = speak_screen_seat(a);
    if (seat >= s->player_count)
        seat = 0;
    if (a->scene == APP_SCENE_PLACE && scene_place_guessing()) {
        char other[128], question[256];
        report_predict_other(s, seat, other, sizeof other);
        draw_format(question, sizeof question, _("What does %s answer?"),
                    other, NULL);
        speech_text_add(t, question);
        speech_text_add(t, scene_card_text(a, round,
                                           s->players[seat] == DECK_ROLE_CLIENT
                                               ? DECK_ROLE_PROFESSIONAL
                                               : DECK_ROLE_CLIENT));
    } else {
        speech_text_add(t, deck_card_text(d, &d->cards[s->rounds[round].card],
                                          s->roles[seat], s->seat_language[seat]));
    }
    const char *labels[DECK_MAX_OPTIONS];
    size_t n = d->option_count < DECK_MAX_OPTIONS ? d->option_count
                                                   : DECK_MAX_OPTIONS;
    for (size_t i = 0; i < n; i++)
        labels[i] = deck_text(d, &d->options[i].label, s->seat_language[seat]);
    speech_text_add_list(t, labels, n);
}

/* A turned card, as it lies: the card in the client's words, what each
 * person chose, on a negative theme's card its good answer named, the
 * talk prompt. */
static void speak_screen_turned(const app *a, size_t round, speech_text *t)
{
    const session *s = app_session(a);
    const deck *d = s->deck;
    const deck_card *card = &d->cards[s->rounds[round].card];
    speech_text_add(t, scene_card_text(a, round, DECK_ROLE_CLIENT));
    for (size_t p = 0; p < s->player_count; p++) {
        int ans = session_visible_answer(s, round, p);
        if (ans < 0 || (size_t)ans >= d->option_count)
            continue;
        char name[128], line[512];
        scene_player_name(a, p, name, sizeof name);
        snprintf(line, sizeof line, "%s: %s", name,
                 deck_text(d, &d->options[ans].label, s->language));
        speech_text_add(t, line);
    }
    if (d->dimensions[card->dimension].negative) {
        char good[256];
        report_good_answer(d, s->language, _("Here \u201c%s\u201d is good."),
                           good, sizeof good);
        speech_text_add(t, good);
    }
    const char *talk = deck_text(d, &card->talk, s->language);
    if (talk == NULL || talk[0] == '\0')
        talk = _("What did you each choose, and why?");
    char prompt[1200];
    snprintf(prompt, sizeof prompt, "%s: %s", _("Talk about it"), talk);
    speech_text_add(t, prompt);
}

bool speak_screen_text(const app *a, char *out, size_t size,
                       const char **lang)
{
    size_t round;
    bool turned;
    if (size > 0)
        out[0] = '\0';
    if (size == 0 || !speak_screen_round(a, &round, &turned))
        return false;
    const session *s = app_session(a);
    /* an open card is read to the seat whose turn it is, in its language */
    size_t seat = speak_screen_seat(a);
    size_t language = !turned && seat < s->player_count ? s->seat_language[seat]
                                                        : s->language;
    *lang = s->deck->languages[language];
    speech_text t;
    speech_text_init(&t, out, size, *lang);
    if (turned)
        speak_screen_turned(a, round, &t);
    else
        speak_screen_open(a, round, &t);
    return out[0] != '\0';
}

bool speak_screen_input(app *a, const input_event *ev)
{
    bool shown = speak_ready(a) && speak_screen_has_card(a);
    bool hit = ev->type == INPUT_POINTER && shown &&
               layout_contains(speak_button(&a->frame), ev->x, ev->y);
    if (ev->type != INPUT_SPEAK && !hit)
        return false;
    if (!shown)
        return true; /* nothing to read here: L does nothing */
    if (speak_speaking(a)) {
        /* the same button stops it: a long card need not be heard out */
        speak_stop(a);
        return true;
    }
    char text[SPEECH_TEXT_MAX];
    const char *lang = "";
    if (speak_screen_text(a, text, sizeof text, &lang) &&
        !speak_say(a, text, lang))
        fprintf(stderr, "alliantiespel: cannot read aloud now\n");
    return true;
}
