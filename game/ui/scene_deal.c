/* scene_deal: a card comes off the pile (at most APP_ANIM_MS); any input
 * skips the animation and nothing else. */
#include "scene.h"

#include "draw.h"

void scene_deal_enter(app *a)
{
    a->anim_start = a->now;
    a->animating = true;
}

void scene_deal_handle(app *a, const input_event *ev)
{
    if (scene_facilitator_key(a, ev))
        return;
    switch (ev->type) {
    case INPUT_POINTER:
    case INPUT_DIGIT:
    case INPUT_CONFIRM:
    case INPUT_BACK:
    case INPUT_SKIP:
    case INPUT_MARK:
    case INPUT_TOGGLE:
    case INPUT_OTHER_KEY:
    case INPUT_UP:
    case INPUT_DOWN:
    case INPUT_LEFT:
    case INPUT_RIGHT:
    case INPUT_PAGE_UP:
    case INPUT_PAGE_DOWN:
    case INPUT_SAVE_PNG:
    case INPUT_DISCARD:
    case INPUT_NEW_ROUND:
        app_dealt(a);
        break;
    default:
        break;
    }
}

void scene_deal_draw(const app *a)
{
    char progress[128];
    scene_progress(a, progress, sizeof progress);
    draw_top_bar(a, progress, "");
    layout_deal l;
    layout_deal_make(&a->frame, &l);
    float t = (float)(a->now - a->anim_start) / (float)APP_ANIM_MS;
    if (t > 1.0f)
        t = 1.0f;
    /* the pile: what is left, a few cards offset */
    size_t left = app_session(a)->round_count - app_session(a)->current;
    int shown = left > 4 ? 4 : (int)left;
    int off = (int)(a->frame.s * 4.0f) + 1;
    for (int i = shown - 1; i >= 1; i--) {
        layout_rect r = l.pile;
        r.x += i * off;
        r.y -= i * off;
        draw_card(a, r, false);
    }
    /* the card on its way: it moves for 2/3 of the time, then turns */
    float move = t / 0.66f;
    layout_rect r = layout_lerp(l.pile, l.card, move);
    if (t < 0.66f) {
        draw_card(a, r, false);
        return;
    }
    float turn = (t - 0.66f) / 0.34f; /* 0..1 */
    float wf = turn < 0.5f ? 1.0f - 2.0f * turn : 2.0f * turn - 1.0f;
    int w = (int)((float)l.card.w * wf);
    if (w < 2)
        w = 2;
    layout_rect c = {l.card.x + (l.card.w - w) / 2, l.card.y, w, l.card.h};
    draw_card(a, c, turn >= 0.5f);
}

void scene_deal_leave(app *a)
{
    a->animating = false;
}
