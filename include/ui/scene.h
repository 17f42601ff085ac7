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

/* The summary board alone (also what "save as PNG" saves). */
void scene_summary_draw_board(app *a);

#endif
