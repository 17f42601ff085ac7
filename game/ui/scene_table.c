/* scene_table: the screens by their number, for app.c's switch, and the
 * one question about several of them (does Esc close something of the
 * scene's own?). Above the scenes: it calls them, they never call it. */
#include "scene.h"

static const scene_fns scene_table[APP_SCENE_COUNT] = {
    {scene_start_enter, scene_start_handle, scene_start_draw,
     scene_start_leave, NULL},
    {scene_deal_enter, scene_deal_handle, scene_deal_draw, scene_deal_leave, NULL},
    {scene_place_enter, scene_place_handle, scene_place_draw,
     scene_place_leave, NULL},
    {scene_handover_enter, scene_handover_handle, scene_handover_draw,
     scene_handover_leave, scene_handover_prepare},
    {scene_reveal_enter, scene_reveal_handle, scene_reveal_draw,
     scene_reveal_leave, NULL},
    {scene_summary_enter, scene_summary_handle, scene_summary_draw,
     scene_summary_leave, NULL},
    {scene_case_enter, scene_case_handle, scene_case_draw, scene_case_leave, NULL},
    {scene_history_enter, scene_history_handle, scene_history_draw,
     scene_history_leave, NULL},
    {scene_hands_enter, scene_hands_handle, scene_hands_draw,
     scene_hands_leave, NULL},
    {scene_spread_enter, scene_spread_handle, scene_spread_draw,
     scene_spread_leave, NULL},
};

const scene_fns *scene_get(app_scene scene)
{
    return &scene_table[scene < APP_SCENE_COUNT ? scene : APP_SCENE_START];
}

bool scene_takes_escape(const app *a)
{
    return (a->scene == APP_SCENE_START &&
            (scene_pick_is_open() || scene_teams_is_open() ||
             scene_code_is_open())) ||
           (a->scene == APP_SCENE_SUMMARY && scene_summary_open_round() >= 0);
}
