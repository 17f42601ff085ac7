/* ui_screens: what the screenshot command's files share. */
#ifndef ALLIANTIESPEL_UI_SCREENS_H
#define ALLIANTIESPEL_UI_SCREENS_H

#include "app.h"

/* Writes DIR/NAME-SIZE.png of the frame and counts it. */
void ui_screens_shot(app *a, const char *dir, const char *size,
                     const char *name);
/* The training screens at w x h; 0, or 1 when the game did not start. */
int ui_screens_training(const char *dir, int w, int h);
/* A pair over time at w x h (ui_screens_time.c). */
int ui_screens_time(const char *dir, int w, int h);
/* The screens as a finger meets them (ui_screens_touch.c). */
int ui_screens_touch(const char *dir, int w, int h);
/* A round in two languages (ui_screens_lang.c). */
int ui_screens_lang(const char *dir, int w, int h);
/* A workshop at w x h (ui_screens_workshop.c). */
int ui_screens_workshop(const char *dir, int w, int h);

#endif
