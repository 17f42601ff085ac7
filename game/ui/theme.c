/* theme: see theme.h. The side colours are Okabe-Ito's blue and reddish
 * purple, lightened on the dark ground and darkened on the light one, so
 * both stay apart for people with colour-blindness. */
#include "theme.h"

#include <math.h>

static const theme theme_dark = {
    .background = {28, 71, 57, 255},  /* the felt's dark shade */
    .panel = {22, 56, 45, 255},
    .ink = {250, 244, 228, 255},
    .ink_soft = {222, 230, 222, 255},
    .client = {86, 180, 233, 255},
    .pro = {214, 140, 184, 255},
    .focus = {255, 226, 120, 255},
    .highlight = {255, 226, 120, 255},
    .on_bar = {17, 17, 17, 255},
};

static const theme theme_light = {
    .background = {255, 255, 255, 255},
    .panel = {240, 240, 236, 255},
    .ink = {17, 17, 17, 255},
    .ink_soft = {52, 52, 52, 255},
    .client = {0, 84, 140, 255},
    .pro = {135, 50, 105, 255},
    .focus = {180, 115, 0, 255},
    .highlight = {255, 214, 102, 255},
    .on_bar = {255, 255, 255, 255},
};

const theme *theme_get(bool light)
{
    return light ? &theme_light : &theme_dark;
}

gfx_color theme_side(const theme *t, deck_role side)
{
    return side == DECK_ROLE_CLIENT ? t->client : t->pro;
}

static double theme_channel(unsigned char c)
{
    double v = c / 255.0;
    return v <= 0.03928 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4);
}

static double theme_luminance(gfx_color c)
{
    return 0.2126 * theme_channel(c.r) + 0.7152 * theme_channel(c.g) +
           0.0722 * theme_channel(c.b);
}

double theme_contrast(gfx_color a, gfx_color b)
{
    double la = theme_luminance(a), lb = theme_luminance(b);
    return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}
