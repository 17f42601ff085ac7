/* keypad: see keypad.h. */
#include "keypad.h"

#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "i18n.h"

/* The letters' rows as a Dutch tablet shows them (QWERTY); the last row
 * is Backspace, space and OK. */
static const char *const keypad_rows[] = {"1234567890", "QWERTYUIOP",
                                          "ASDFGHJKL", "ZXCVBNM-"};
#define KEYPAD_LETTER_ROWS 4
#define KEYPAD_COLUMNS 10

/* The special keys' codes in a key's place of keypad_chars. */
enum { KEYPAD_BACK = 1, KEYPAD_OK = 2, KEYPAD_SPACE = ' ' };

static const char keypad_digit_chars[12] = {'1', '2', '3', '4', '5', '6',
                                            '7', '8', '9', KEYPAD_BACK,
                                            '0', KEYPAD_OK};

/* What key i of k types. */
static char keypad_char(const keypad_layout *k, size_t i)
{
    if (k->kind == KEYPAD_DIGITS)
        return i < 12 ? keypad_digit_chars[i] : 0;
    for (size_t r = 0; r < KEYPAD_LETTER_ROWS; r++) {
        size_t n = strlen(keypad_rows[r]);
        if (i < n)
            return keypad_rows[r][i];
        i -= n;
    }
    static const char last[3] = {KEYPAD_BACK, KEYPAD_SPACE, KEYPAD_OK};
    return i < 3 ? last[i] : 0;
}

static layout_rect keypad_rect(int x, int y, int w, int h)
{
    return (layout_rect){x, y, w < 0 ? 0 : w, h < 0 ? 0 : h};
}

static void keypad_make_digits(const layout_frame *f, layout_rect area,
                               keypad_layout *out)
{
    int gap = f->gap / 2 + 1;
    int kh = (area.h - 5 * gap) / 4;
    /* keys about half as wide again as high, never wider than the area */
    int kw = (area.w - 4 * gap) / 3;
    if (kw > kh * 3 / 2)
        kw = kh * 3 / 2;
    int w = 3 * kw + 2 * gap, h = 4 * kh + 3 * gap;
    int x = area.x + (area.w - w) / 2, y = area.y + (area.h - h) / 2;
    /* the ground covers the whole area: nothing half hidden beside it */
    out->panel = area;
    for (int i = 0; i < 12; i++)
        out->key[i] = keypad_rect(x + (i % 3) * (kw + gap),
                                  y + (i / 3) * (kh + gap), kw, kh);
    out->count = 12;
}

static void keypad_make_letters(const layout_frame *f, layout_rect area,
                                keypad_layout *out)
{
    int gap = f->gap / 3 + 1;
    out->panel = area;
    int pad = f->gap / 2;
    /* the field a row high on top, then five rows of keys */
    int rows = KEYPAD_LETTER_ROWS + 2;
    int kh = (area.h - 2 * pad - (rows - 1) * gap) / rows;
    int kw = (area.w - 2 * pad - (KEYPAD_COLUMNS - 1) * gap) / KEYPAD_COLUMNS;
    if (kw > kh * 2)
        kw = kh * 2;
    if (kh > kw * 5 / 4)
        kh = kw * 5 / 4; /* upright: keys no taller than a finger needs */
    int w = KEYPAD_COLUMNS * kw + (KEYPAD_COLUMNS - 1) * gap;
    int x0 = area.x + (area.w - w) / 2;
    int y = area.y + (area.h - rows * kh - (rows - 1) * gap) / 2;
    out->field = keypad_rect(x0, y, w, kh);
    size_t n = 0;
    for (int r = 0; r < KEYPAD_LETTER_ROWS; r++) {
        y += kh + gap;
        int keys = (int)strlen(keypad_rows[r]);
        /* a shorter row sits in the middle, as on a tablet */
        int x = x0 + (KEYPAD_COLUMNS - keys) * (kw + gap) / 2;
        for (int c = 0; c < keys; c++)
            out->key[n++] = keypad_rect(x + c * (kw + gap), y, kw, kh);
    }
    y += kh + gap;
    /* Backspace and OK two keys wide, space the six between */
    int wide = 2 * kw + gap;
    out->key[n++] = keypad_rect(x0, y, wide, kh);
    out->key[n++] = keypad_rect(x0 + wide + gap, y, 6 * kw + 5 * gap, kh);
    out->key[n++] = keypad_rect(x0 + w - wide, y, wide, kh);
    out->count = n;
    /* the ground around the keys, not the whole area when it is tall */
    out->panel = keypad_rect(area.x, out->field.y - pad, area.w,
                             y + kh + pad - (out->field.y - pad));
}

void keypad_make(const layout_frame *f, keypad_kind kind, layout_rect area,
                 keypad_layout *out)
{
    memset(out, 0, sizeof *out);
    out->kind = kind;
    if (kind == KEYPAD_DIGITS)
        keypad_make_digits(f, area, out);
    else
        keypad_make_letters(f, area, out);
}

bool keypad_hit(const keypad_layout *k, int x, int y, bool upper,
                input_event *out)
{
    memset(out, 0, sizeof *out);
    for (size_t i = 0; i < k->count; i++) {
        if (!layout_contains(k->key[i], x, y))
            continue;
        char c = keypad_char(k, i);
        if (c == KEYPAD_BACK) {
            out->type = INPUT_BACK;
        } else if (c == KEYPAD_OK) {
            out->type = INPUT_CONFIRM;
        } else if (k->kind == KEYPAD_DIGITS) {
            out->type = INPUT_DIGIT;
            out->digit = c - '0';
        } else {
            out->type = INPUT_CHAR;
            out->digit = (!upper && c >= 'A' && c <= 'Z') ? c - 'A' + 'a'
                                                          : c;
        }
        return true;
    }
    return false;
}

void keypad_draw(const app *a, const keypad_layout *k, bool upper,
                 const char *text)
{
    const layout_frame *f = &a->frame;
    draw_shadow(a, k->panel, f->radius);
    gfx_round_rect(a->gfx, k->panel, f->radius, DRAW_FELT_DARK);
    if (k->kind == KEYPAD_LETTERS) {
        gfx_round_rect(a->gfx, k->field, f->radius / 2, DRAW_PAPER);
        char shown[128];
        snprintf(shown, sizeof shown, "%s_", text ? text : "");
        draw_text(a, shown, layout_inset(k->field, f->gap / 2), f->font_body,
                  true, DRAW_INK, GFX_ALIGN_LEFT, true);
    }
    for (size_t i = 0; i < k->count; i++) {
        char c = keypad_char(k, i);
        char label[8] = {c, '\0'};
        const char *word = label;
        if (c == KEYPAD_BACK)
            word = "\xe2\x8c\xab"; /* ⌫, erase to the left */
        else if (c == KEYPAD_OK)
            word = _("OK");
        else if (c == KEYPAD_SPACE)
            word = _("space");
        else if (!upper && c >= 'A' && c <= 'Z')
            label[0] = (char)(c - 'A' + 'a');
        layout_rect r = k->key[i];
        draw_mark(a, GFX_MARK_BUTTON, r, r);
        gfx_round_rect(a->gfx, r, r.h / 4,
                       c == KEYPAD_OK ? DRAW_PRIMARY : DRAW_BUTTON);
        draw_text(a, word, layout_inset(r, 2), f->font_body, true, DRAW_INK,
                  GFX_ALIGN_CENTER, true);
    }
}
