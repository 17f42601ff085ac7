/* scene: the six screens of the game. Each has enter, handle, draw and
 * leave; handle turns an input intent into a session action (through
 * app_apply) or a change of scene, draw only reads the session. */
#ifndef ALLIANTIESPEL_SCENE_H
#define ALLIANTIESPEL_SCENE_H

#include "app.h"
#include "input.h"

#define SCENE_DECLARE(name)                                    \
    void scene_##name##_enter(app *a);                         \
    void scene_##name##_handle(app *a, const input_event *ev); \
    void scene_##name##_draw(app *a);                          \
    void scene_##name##_leave(app *a);

SCENE_DECLARE(start)
SCENE_DECLARE(deal)
SCENE_DECLARE(place)
SCENE_DECLARE(handover)
SCENE_DECLARE(reveal)
SCENE_DECLARE(summary)

#undef SCENE_DECLARE

/* A scene's four functions. */
typedef struct {
    void (*enter)(app *);
    void (*handle)(app *, const input_event *);
    void (*draw)(app *);
    void (*leave)(app *);
} scene_fns;

/* The functions of a scene (the table is in scene.c). */
const scene_fns *scene_get(app_scene scene);

/* Shared by the scenes (scene.c). */
/* "Card 3 of 6" for the card being played. */
void scene_progress(const app *a, char *buf, size_t size);
/* The player's name as shown ("cliënt 2"), first letter upper case. */
void scene_player_name(const app *a, size_t player, char *buf, size_t size);
/* The card's text in the wording of this role. */
const char *scene_card_text(const app *a, size_t round, deck_role role);
/* Skips the card being played (place and hand-over screens). */
void scene_skip_card(app *a);
/* The name of the card's dimension. */
const char *scene_dimension_name(const app *a, size_t round);
/* Draws the face of a card: dimension name on top, text in the middle. */
void scene_draw_card_face(app *a, layout_rect card, layout_rect title,
                          layout_rect text, const char *dimension,
                          const char *body);

/* Warms the caches for turning the current card (scene_reveal.c); draws
 * nothing. */
void scene_reveal_prepare(app *a);

/* The summary board alone (also what "save as PNG" saves). */
void scene_summary_draw_board(app *a);

#endif
