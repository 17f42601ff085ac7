/* draw: see draw.h. */
#include "draw.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"

#define DRAW_DISC_SIZE 256

/* Drawing calls report failure as a value; the first failure of a frame
 * is kept and app_step says it once, the frame goes on. */
static void draw_check(app *a, int rc)
{
    if (rc != 0 && a->draw_error[0] == '\0')
        snprintf(a->draw_error, sizeof a->draw_error, "%s", SDL_GetError());
}

static SDL_Rect draw_sdl(layout_rect r)
{
    SDL_Rect s = {r.x, r.y, r.w, r.h};
    return s;
}

bool draw_init(app *a, char *err, size_t err_size)
{
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(
        0, DRAW_DISC_SIZE, DRAW_DISC_SIZE, 32, SDL_PIXELFORMAT_ARGB8888);
    if (s == NULL) {
        snprintf(err, err_size, "cannot make a drawing surface: %s",
                 SDL_GetError());
        return false;
    }
    if (SDL_LockSurface(s) != 0) {
        SDL_FreeSurface(s);
        snprintf(err, err_size, "cannot lock a surface: %s", SDL_GetError());
        return false;
    }
    float c = DRAW_DISC_SIZE / 2.0f;
    for (int y = 0; y < DRAW_DISC_SIZE; y++) {
        Uint32 *row = (Uint32 *)((Uint8 *)s->pixels + (size_t)y * (size_t)s->pitch);
        for (int x = 0; x < DRAW_DISC_SIZE; x++) {
            float dx = (float)x + 0.5f - c, dy = (float)y + 0.5f - c;
            float d = sqrtf(dx * dx + dy * dy);
            float alpha = c - d + 0.5f; /* one pixel of smooth edge */
            if (alpha < 0.0f)
                alpha = 0.0f;
            if (alpha > 1.0f)
                alpha = 1.0f;
            Uint32 av = (Uint32)(alpha * 255.0f + 0.5f);
            row[x] = (av << 24) | 0x00FFFFFFu;
        }
    }
    SDL_UnlockSurface(s);
    a->disc = SDL_CreateTextureFromSurface(a->renderer, s);
    SDL_FreeSurface(s);
    if (a->disc == NULL) {
        snprintf(err, err_size, "cannot make a texture: %s", SDL_GetError());
        return false;
    }
    draw_check(a, SDL_SetTextureBlendMode(a->disc, SDL_BLENDMODE_BLEND));
    return true;
}

void draw_shutdown(app *a)
{
    if (a->table)
        SDL_DestroyTexture(a->table);
    a->table = NULL;
    if (a->disc)
        SDL_DestroyTexture(a->disc);
    a->disc = NULL;
}

void draw_trace(app *a, app_trace_kind kind, layout_rect rect,
                layout_rect container)
{
    if (!a->trace_on || a->trace_count >= APP_TRACE_MAX)
        return;
    app_trace_item *t = &a->trace[a->trace_count++];
    t->kind = kind;
    t->rect = rect;
    t->container = container;
}

static void draw_color(app *a, SDL_Color c)
{
    draw_check(a, SDL_SetRenderDrawBlendMode(
                      a->renderer, c.a == 255 ? SDL_BLENDMODE_NONE
                                              : SDL_BLENDMODE_BLEND));
    draw_check(a, SDL_SetRenderDrawColor(a->renderer, c.r, c.g, c.b, c.a));
}

void draw_fill(app *a, layout_rect r, SDL_Color c)
{
    if (r.w <= 0 || r.h <= 0)
        return;
    draw_color(a, c);
    SDL_Rect s = draw_sdl(r);
    draw_check(a, SDL_RenderFillRect(a->renderer, &s));
}

/* The felt: lighter in the middle, darker towards the edges, with a
 * faint grain. Computed once per window size into a texture. */
static SDL_Texture *draw_make_table(app *a, int w, int h)
{
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32,
                                                    SDL_PIXELFORMAT_ARGB8888);
    if (s == NULL)
        return NULL;
    if (SDL_LockSurface(s) != 0) {
        SDL_FreeSurface(s);
        return NULL;
    }
    SDL_Color base = DRAW_FELT;
    float cx = (float)w / 2.0f, cy = (float)h / 2.0f;
    float inv = 1.0f / (cx * cx + cy * cy);
    uint32_t seed = 12345u;
    for (int y = 0; y < h; y++) {
        Uint32 *row = (Uint32 *)((Uint8 *)s->pixels + (size_t)y * (size_t)s->pitch);
        float dy = (float)y - cy;
        for (int x = 0; x < w; x++) {
            float dx = (float)x - cx;
            float d = (dx * dx + dy * dy) * inv; /* 0 centre .. 1 corner */
            float light = 1.10f - 0.30f * d;
            seed = seed * 1103515245u + 12345u;
            float grain = (float)((seed >> 16) & 7) - 3.5f;
            int r = (int)((float)base.r * light + grain);
            int g = (int)((float)base.g * light + grain);
            int b = (int)((float)base.b * light + grain);
            r = r < 0 ? 0 : r > 255 ? 255 : r;
            g = g < 0 ? 0 : g > 255 ? 255 : g;
            b = b < 0 ? 0 : b > 255 ? 255 : b;
            row[x] = 0xFF000000u | ((Uint32)r << 16) | ((Uint32)g << 8) |
                     (Uint32)b;
        }
    }
    SDL_UnlockSurface(s);
    SDL_Texture *t = SDL_CreateTextureFromSurface(a->renderer, s);
    SDL_FreeSurface(s);
    return t;
}

void draw_clear(app *a)
{
    int w = a->out_w, h = a->out_h;
    if (a->table == NULL || a->table_w != w || a->table_h != h) {
        if (a->table)
            SDL_DestroyTexture(a->table);
        a->table = draw_make_table(a, w, h);
        a->table_w = w;
        a->table_h = h;
    }
    if (a->table != NULL) {
        draw_check(a, SDL_SetTextureBlendMode(a->table, SDL_BLENDMODE_NONE));
        draw_check(a, SDL_RenderCopy(a->renderer, a->table, NULL, NULL));
        return;
    }
    SDL_Color base = DRAW_FELT;
    draw_check(a, SDL_SetRenderDrawBlendMode(a->renderer, SDL_BLENDMODE_NONE));
    draw_check(a, SDL_SetRenderDrawColor(a->renderer, base.r, base.g, base.b, 255));
    draw_check(a, SDL_RenderClear(a->renderer));
}

static void draw_disc_part(app *a, SDL_Rect src, layout_rect dst)
{
    if (dst.w <= 0 || dst.h <= 0)
        return;
    SDL_Rect d = draw_sdl(dst);
    draw_check(a, SDL_RenderCopy(a->renderer, a->disc, &src, &d));
}

void draw_round_rect(app *a, layout_rect r, int radius, SDL_Color c)
{
    if (r.w <= 0 || r.h <= 0)
        return;
    if (radius * 2 > r.w)
        radius = r.w / 2;
    if (radius * 2 > r.h)
        radius = r.h / 2;
    if (radius <= 0) {
        draw_fill(a, r, c);
        return;
    }
    draw_check(a, SDL_SetTextureColorMod(a->disc, c.r, c.g, c.b));
    draw_check(a, SDL_SetTextureAlphaMod(a->disc, c.a));
    int half = DRAW_DISC_SIZE / 2;
    draw_disc_part(a, (SDL_Rect){0, 0, half, half},
                   (layout_rect){r.x, r.y, radius, radius});
    draw_disc_part(a, (SDL_Rect){half, 0, half, half},
                   (layout_rect){r.x + r.w - radius, r.y, radius, radius});
    draw_disc_part(a, (SDL_Rect){0, half, half, half},
                   (layout_rect){r.x, r.y + r.h - radius, radius, radius});
    draw_disc_part(a, (SDL_Rect){half, half, half, half},
                   (layout_rect){r.x + r.w - radius, r.y + r.h - radius,
                                 radius, radius});
    draw_fill(a, (layout_rect){r.x + radius, r.y, r.w - 2 * radius, r.h}, c);
    draw_fill(a, (layout_rect){r.x, r.y + radius, radius, r.h - 2 * radius},
              c);
    draw_fill(a, (layout_rect){r.x + r.w - radius, r.y + radius, radius,
                               r.h - 2 * radius},
              c);
}

void draw_disc(app *a, layout_rect r, SDL_Color c)
{
    if (r.w <= 0 || r.h <= 0)
        return;
    draw_check(a, SDL_SetTextureColorMod(a->disc, c.r, c.g, c.b));
    draw_check(a, SDL_SetTextureAlphaMod(a->disc, c.a));
    SDL_Rect d = draw_sdl(r);
    draw_check(a, SDL_RenderCopy(a->renderer, a->disc, NULL, &d));
}

void draw_shadow(app *a, layout_rect r, int radius)
{
    int spread = (int)(a->frame.s * 7.0f) + 2;
    int drop = (int)(a->frame.s * 5.0f) + 1;
    for (int i = spread; i >= 1; i -= (spread > 6 ? 2 : 1)) {
        layout_rect s = {r.x - i + drop / 2, r.y - i + drop, r.w + 2 * i,
                         r.h + 2 * i};
        SDL_Color c = {8, 20, 14, (Uint8)(14 + (spread - i) * 3)};
        draw_round_rect(a, s, radius + i, c);
    }
}

void draw_card(app *a, layout_rect r, bool face_up)
{
    int radius = a->frame.radius;
    draw_shadow(a, r, radius);
    draw_trace(a, APP_TRACE_CARD, r, r);
    if (face_up) {
        draw_round_rect(a, r, radius, DRAW_PAPER_EDGE);
        draw_round_rect(a, layout_inset(r, 2), radius - 2, DRAW_PAPER);
        return;
    }
    draw_round_rect(a, r, radius, DRAW_CREAM);
    int b = (r.w < r.h ? r.w : r.h) / 14 + 2;
    layout_rect inner = layout_inset(r, b);
    draw_round_rect(a, inner, radius - b / 2, DRAW_BACK);
    /* a calm pattern: rows of small light dots */
    int step = inner.w / 7 + 1;
    int dot = step / 4 + 1;
    SDL_Color c = {255, 235, 210, 60};
    for (int y = inner.y + step / 2; y + dot < inner.y + inner.h; y += step)
        for (int x = inner.x + step / 2; x + dot < inner.x + inner.w;
             x += step)
            draw_disc(a, (layout_rect){x - dot / 2, y - dot / 2, dot, dot},
                      c);
    int lw = inner.w / 2;
    if (lw > inner.h / 2)
        lw = inner.h / 2;
    draw_icon(a, "logo", (layout_rect){inner.x + (inner.w - lw) / 2,
                                       inner.y + (inner.h - lw) / 2, lw, lw});
}

layout_rect draw_text(app *a, const char *text, layout_rect box, int size,
                      bool bold, SDL_Color color, text_align align,
                      bool middle)
{
    layout_rect used = {box.x, box.y, 0, 0};
    if (text == NULL || text[0] == '\0' || box.w <= 0 || box.h <= 0)
        return used;
    int min = size * 55 / 100;
    if (min < 8)
        min = 8;
    int fit = text_cache_fit(a->text, text, size, min, bold, box.w, box.h);
    text_image img;
    if (!text_cache_get(a->text, text, fit, bold, color, box.w, align,
                        &img) ||
        img.texture == NULL)
        return used;
    int w = img.w, h = img.h;
    SDL_Rect src = {0, 0, w, h};
    if (w > box.w) { /* only when even min_size does not fit: clip */
        w = box.w;
        src.w = w;
    }
    if (h > box.h) {
        h = box.h;
        src.h = h;
    }
    int x = box.x;
    if (align == TEXT_ALIGN_CENTER)
        x = box.x + (box.w - w) / 2;
    else if (align == TEXT_ALIGN_RIGHT)
        x = box.x + box.w - w;
    int y = middle ? box.y + (box.h - h) / 2 : box.y;
    SDL_Rect dst = {x, y, w, h};
    draw_check(a, SDL_RenderCopy(a->renderer, img.texture, &src, &dst));
    used = (layout_rect){x, y, w, h};
    draw_trace(a, APP_TRACE_TEXT, used, box);
    return used;
}

void draw_button(app *a, layout_rect r, const char *label, const char *key,
                 bool primary, bool focused)
{
    int radius = r.h / 3;
    draw_shadow(a, r, radius);
    draw_trace(a, APP_TRACE_BUTTON, r, r);
    if (focused)
        draw_round_rect(a, layout_inset(r, -(int)(a->frame.s * 4) - 1),
                        radius + 4, DRAW_GOLD);
    draw_round_rect(a, r, radius, primary ? DRAW_PRIMARY : DRAW_BUTTON);
    int pad = r.h / 4;
    layout_rect text = {r.x + pad, r.y + 2, r.w - 2 * pad, r.h - 4};
    if (key != NULL && key[0] != '\0') {
        int ks = a->frame.font_small * 8 / 10;
        int tw = 0, th = 0;
        text_cache_measure(a->text, key, ks, false, 0, &tw, &th);
        int kh = r.h / 2;
        int kw = tw + kh * 2 / 3;
        if (kw < kh)
            kw = kh;
        layout_rect kr = {r.x + r.w - pad - kw, r.y + (r.h - kh) / 2, kw, kh};
        SDL_Color kc = {0, 0, 0, 28};
        draw_round_rect(a, kr, kh / 4, kc);
        draw_text(a, key, kr, ks, false, DRAW_INK_SOFT, TEXT_ALIGN_CENTER, true);
        text.w = kr.x - pad / 2 - text.x;
    }
    draw_text(a, label, text, a->frame.font_body * 9 / 10, true, DRAW_INK,
              TEXT_ALIGN_CENTER, true);
}

bool draw_icon(app *a, const char *name, layout_rect r)
{
    if (r.w <= 0 || r.h <= 0)
        return false;
    int size = r.w < r.h ? r.w : r.h;
    SDL_Texture *t = assets_icon(a->assets, name, size);
    if (t == NULL)
        return false;
    SDL_Rect d = {r.x + (r.w - size) / 2, r.y + (r.h - size) / 2, size, size};
    draw_check(a, SDL_RenderCopy(a->renderer, t, NULL, &d));
    draw_trace(a, APP_TRACE_ICON, r, r);
    return true;
}

void draw_token(app *a, layout_rect r, const deck *d, size_t option,
                bool selected, bool face_down)
{
    draw_trace(a, APP_TRACE_TOKEN, r, r);
    int drop = r.w / 24 + 1;
    draw_disc(a, (layout_rect){r.x + drop / 2, r.y + drop * 2, r.w, r.h},
              (SDL_Color){8, 20, 14, 70});
    if (selected) {
        int g = r.w / 14 + 2;
        draw_disc(a, layout_inset(r, -g), DRAW_GOLD);
    }
    if (face_down) {
        draw_disc(a, r, DRAW_CREAM);
        layout_rect in = layout_inset(r, r.w / 12 + 1);
        draw_disc(a, in, DRAW_BACK);
        layout_rect in2 = layout_inset(in, in.w / 6);
        draw_disc(a, in2, (SDL_Color){255, 235, 210, 50});
        int lw = in2.w * 7 / 10;
        draw_icon(a, "logo", (layout_rect){in2.x + (in2.w - lw) / 2,
                                           in2.y + (in2.h - lw) / 2, lw, lw});
        return;
    }
    draw_disc(a, r, DRAW_PAPER_EDGE);
    layout_rect face = layout_inset(r, r.w / 16 + 1);
    draw_disc(a, face, DRAW_PAPER);
    layout_rect icon = layout_inset(face, face.w / 7);
    const char *name = (d && option < d->option_count) ? d->options[option].icon
                                                        : NULL;
    if (name == NULL || !draw_icon(a, name, icon)) {
        char num[16];
        int value = (d && option < d->option_count) ? d->options[option].value
                                                     : (int)option + 1;
        snprintf(num, sizeof num, "%d", value);
        draw_text(a, num, icon, icon.h * 7 / 10, true, DRAW_INK,
                  TEXT_ALIGN_CENTER, true);
    }
}

/* One line of text, made smaller until it fits the box's width. */
static void draw_text_line(app *a, const char *text, layout_rect box,
                           int size, bool bold, SDL_Color color,
                           text_align align)
{
    if (text == NULL || text[0] == '\0' || box.w <= 0)
        return;
    int tw = 0, th = 0;
    if (text_cache_measure(a->text, text, size, bold, 0, &tw, &th) &&
        tw > box.w && tw > 0) {
        size = (int)((long)size * box.w / tw);
        if (size < 6)
            size = 6;
    }
    draw_text(a, text, box, size, bold, color, align, true);
}

void draw_top_bar(app *a, const char *left, const char *right)
{
    const layout_frame *f = &a->frame;
    if (left != NULL || right != NULL)
        draw_fill(a, f->top_bar, (SDL_Color){12, 36, 27, 90});
    draw_text_line(a, left, f->progress, f->font_body, true, DRAW_CREAM,
                   TEXT_ALIGN_LEFT);
    draw_text_line(a, right, f->turn, f->font_body, false, DRAW_CREAM,
                   TEXT_ALIGN_RIGHT);
    layout_rect m = f->menu_button;
    draw_round_rect(a, m, m.h / 3, (SDL_Color){255, 255, 255, 40});
    draw_text(a, _("Menu"), layout_inset(m, 4), f->font_small, true,
              DRAW_CREAM, TEXT_ALIGN_CENTER, true);
    draw_trace(a, APP_TRACE_BUTTON, m, m);
}

void draw_shade(app *a, Uint8 alpha)
{
    draw_fill(a, (layout_rect){0, 0, a->out_w, a->out_h},
              (SDL_Color){10, 20, 16, alpha});
}

void draw_format(char *out, size_t size, const char *tmpl, const char *a1,
                 const char *a2)
{
    if (size == 0)
        return;
    const char *args[2] = {a1 ? a1 : "", a2 ? a2 : ""};
    int next = 0;
    size_t o = 0;
    for (const char *p = tmpl; *p && o + 1 < size; p++) {
        if (p[0] == '%' && p[1] == 's') {
            const char *arg = next < 2 ? args[next] : "";
            next++;
            for (; *arg && o + 1 < size; arg++)
                out[o++] = *arg;
            p++;
        } else if (p[0] == '%' && p[1] == '%') {
            out[o++] = '%';
            p++;
        } else {
            out[o++] = *p;
        }
    }
    out[o] = '\0';
}
