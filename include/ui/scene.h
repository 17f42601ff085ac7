/* scene: the game's screens, one file each (app_scene in app.h names
 * them). Each has enter, handle, draw and leave; handle turns an input
 * intent into a session action (sent to play_apply) or a change of scene,
 * draw only reads the session. */
#ifndef ALLIANTIESPEL_SCENE_H
#define ALLIANTIESPEL_SCENE_H

#include "app.h"
#include "input.h"

#define SCENE_DECLARE(name)                                    \
    void scene_##name##_enter(app *a);                         \
    void scene_##name##_handle(app *a, const input_event *ev); \
    void scene_##name##_draw(const app *a);                    \
    void scene_##name##_leave(app *a);

SCENE_DECLARE(start)
SCENE_DECLARE(deal)
SCENE_DECLARE(place)
SCENE_DECLARE(handover)
SCENE_DECLARE(reveal)
SCENE_DECLARE(summary)
SCENE_DECLARE(case)
SCENE_DECLARE(history)
SCENE_DECLARE(hands)
SCENE_DECLARE(spread)

#undef SCENE_DECLARE

/* A scene's functions. Drawing only reads the app; what a scene warms
 * ahead for the screen after it (nothing drawn) is prepare, called after
 * its frame is drawn, NULL where there is nothing to warm. */
typedef struct {
    void (*enter)(app *);
    void (*handle)(app *, const input_event *);
    void (*draw)(const app *);
    void (*leave)(app *);
    void (*prepare)(app *);
} scene_fns;

/* The hand-over screen, once every token lies: the turn's card, prompt
 * and badge made ahead (scene_reveal_prepare). */
void scene_handover_prepare(app *a);

/* The functions of a scene (the table is in scene.c). */
const scene_fns *scene_get(app_scene scene);

/* Shared by the scenes (scene.c). */
/* "Card 3 of 6" for the card being played. */
void scene_progress(const app *a, char *buf, size_t size);
/* The player's name as shown ("cliënt 2"), first letter upper case. */
void scene_player_name(const app *a, size_t player, char *buf, size_t size);
/* The card's text in the wording of this role. */
const char *scene_card_text(const app *a, size_t round, deck_role role);
/* True when Esc closes something of the scene's own (the card picker, a
 * card looked at again) instead of opening the menu. */
bool scene_takes_escape(const app *a);
/* The facilitator's keys where the mode has those controls: D turns the
 * card now, PgUp goes back a card, T starts or pauses the talk timer and
 * R resets it. True when ev was one of them (and done). */
bool scene_facilitator_key(app *a, const input_event *ev);
/* An action on the card in play that names no seat (turn, skip, mark,
 * next, back, vote again, ...), through play_apply. */
void scene_act(app *a, session_action_type type);
/* Skips the card being played (place and hand-over screens); asks first
 * when the card already holds an answer. */
void scene_skip_card(app *a);
/* Back to the card before (a workshop), asking first when this card's
 * answers would go; the card turned now, asking first when a side is
 * half typed (its numbers would not count). */
void scene_back_card(app *a);
void scene_reveal_now(app *a);
/* The name of the card's theme as one side reads it: the client side in
 * the deck's plain words for clients (client_name), the professional in
 * the research's. */
const char *scene_dimension_name(const app *a, size_t round, deck_role side);
/* The same in a seat's own language (session.seat_language). */
const char *scene_dimension_name_in(const app *a, size_t round, deck_role side,
                                    size_t language);
/* Draws the face of a card: dimension name on top with a "?" (in help,
 * when it has a size) that explains it, text in the middle. */
void scene_draw_card_face(const app *a, layout_rect card, layout_rect title,
                          layout_rect text, layout_rect help,
                          const char *dimension, const char *body);
/* Opens the explanation of the theme of a round's card, named as the
 * client side's card names it. */
void scene_explain_card(app *a, size_t round);
/* The same for the card a side reads in a deck language (the place
 * screen's seat). */
void scene_explain_card_as(app *a, size_t round, deck_role side,
                           size_t language);

/* The card picker of the start screen (scene_pick.c): open it, and while
 * a->start.picking it takes the start screen's input and drawing; how
 * many of the deck's cards are chosen by hand. */
void scene_pick_open(app *a);
bool scene_pick_is_open(void);
void scene_pick_close(void);
void scene_pick_handle(app *a, const input_event *ev);
void scene_pick_draw(const app *a);
size_t scene_pick_count(const app *a, const deck *d);

/* How many rounds the history screen shows (0 when none could be read). */
size_t scene_history_rounds(void);
/* Opens a pair's history, coming back to the scene it was opened from. */
void scene_history_open(app *a, const char *code);

/* The place screen's seat and the option it considers (-1: none yet). */
/* A pair's code typed by touch over the start screen (scene_code.c):
 * open it, and while it is open hand it the input and the drawing.
 * scene_code_type is the one rule for a typed character (c < 0: one
 * taken back), for the start screen's row too. */
void scene_code_open(app *a);
/* The same, saying the code typed cannot be used (no letter in it). */
void scene_code_refuse(app *a);
bool scene_code_is_open(void);
void scene_code_close(void);
void scene_code_handle(app *a, const input_event *ev);
void scene_code_draw(const app *a);
void scene_code_type(app *a, int c);

/* A workshop's teams on the start screen (scene_teams.c), over it like
 * the card picker: open it, and while it is open it takes the start
 * screen's input and drawing; START when the facilitator starts. */
typedef enum { SCENE_TEAMS_STAY, SCENE_TEAMS_START } scene_teams_result;
void scene_teams_open(app *a);
bool scene_teams_is_open(void);
void scene_teams_close(void);
scene_teams_result scene_teams_handle(app *a, const input_event *ev);
void scene_teams_draw(const app *a);
/* The show of hands' seat being typed and its option in focus. */
int scene_hands_seat(void);
int scene_hands_option(void);
/* True while the facilitator hides the spread from the room. */
bool scene_spread_hidden(void);
int scene_place_seat(void);
int scene_place_chosen(void);
/* True when the place screen takes a guess of the other side's answer. */
bool scene_place_guessing(void);

/* The board's state, read out: its scores (NULL before it is reached),
 * the banner (and whether it tells of a failure), the card opened again
 * (-1: none) and the page of topics. */
const score_summary *scene_summary_scores(void);
const char *scene_summary_status(bool *failed);
int scene_summary_open_round(void);
size_t scene_summary_topic_page(void);

/* Draws the board as the picture for the client file (no banner, no
 * buttons; whose, what and when on top) and saves it as a PNG at path. */
/* The board as a picture at path, never over another file: path gets
 * the name used (a number added when it was taken). */
/* paper: a page to print (--export): white, dark ink, texts of 9 pt. */
bool scene_summary_picture(app *a, bool paper, char *path, size_t size,
                           error_list *errors);

/* Warms the caches for turning the current card (scene_reveal.c); draws
 * nothing. */
void scene_reveal_prepare(app *a);

/* A turned card: the current one while playing, or (review) one looked
 * at again from the summary board, with a button back to it. */
void scene_reveal_draw_round(const app *a, size_t round, bool review);


#endif
