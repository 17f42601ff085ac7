/* speak: see speak.h. The platform's table, what was told, and where the
 * button goes; the words each screen reads are speak_screen's. */
#include "speak.h"

#include <stdio.h>

#include "app.h"
#include "i18n.h"

/* The module's own state: nobody else writes it. */
static struct {
    const speak_ops *ops;
    bool told;  /* why read-aloud is off was told */
    bool shown; /* the current screen has the button */
} speak;

void speak_use(app *a, const speak_ops *ops)
{
    (void)a;
    speak.ops = ops;
    speak.told = false;
    speak.shown = false;
}

speak_state speak_state_now(const app *a)
{
    return speak.ops ? speak.ops->state(a) : SPEAK_OFF;
}

bool speak_ready(const app *a)
{
    return speak_state_now(a) == SPEAK_READY;
}

bool speak_speaking(const app *a)
{
    return speak.ops && speak.ops->speaking(a);
}

void speak_changed(app *a)
{
    a->dirty = true;
    speak_state st = speak_state_now(a);
    if (speak.told || (st != SPEAK_NO_SOUND && st != SPEAK_NO_VOICE &&
                       st != SPEAK_NOT_BUILT && st != SPEAK_NO_DEVICE_VOICE))
        return;
    /* told once, on the start screen, where the one who sets the game up
     * looks (the platform has written the details on stderr) */
    speak.told = true;
    if (a->message[0] == '\0')
        snprintf(a->message, sizeof a->message, "%s",
                 st == SPEAK_NO_SOUND
                     ? _("Read aloud is off: this computer has no sound "
                         "device.")
                 : st == SPEAK_NOT_BUILT
                     ? _("Read aloud is not in this version of the game: "
                         "read the cards out to each other.")
                 : st == SPEAK_NO_DEVICE_VOICE
                     ? _("Read aloud is off: this device has no voice of "
                         "its own for it.")
                     : _("Read aloud is off: the voice (espeak-ng) is not "
                         "installed."));
}

bool speak_say(app *a, const char *text, const char *lang)
{
    if (!speak_ready(a))
        return false;
    a->dirty = true;
    return speak.ops->say(a, text, lang);
}

void speak_stop(app *a)
{
    if (speak_speaking(a)) {
        speak.ops->stop(a);
        a->dirty = true;
    }
}

void speak_set_shown(bool shown)
{
    speak.shown = shown && speak.ops != NULL;
}

bool speak_shown(void)
{
    return speak.shown;
}

layout_rect speak_button(const layout_frame *f)
{
    layout_rect m = f->menu_button;
    /* upright, the bar is narrow (a tablet, touched): the icon says it */
    int w = f->portrait ? m.h * 4 / 3 : m.w * 3 / 2;
    return (layout_rect){m.x - f->gap - w, m.y, w, m.h};
}
