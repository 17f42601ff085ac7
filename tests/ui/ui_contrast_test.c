/* ui_contrast_test: WCAG 2 contrast, measured on the rendered pixels of
 * every screen of a round at 1280x800 (start, place, hand-over, the turned
 * card, the summary board). Every text, the key hints on buttons included,
 * needs 4.5:1 against what lies under it; the "close" icon and the player
 * markers on the board, pictures that carry meaning, need 3:1 (WCAG 1.4.3
 * and 1.4.11). The colours are read back from the frame, not taken from
 * the code, so a colour changed anywhere on the way (a shade, a blend, an
 * icon file) is measured as the players see it. */
#include <math.h>
#include <stdint.h>

#include "check.h"
#include "draw.h"
#include "ui_driver.h"

#define MIN_TEXT 4.5
#define MIN_GRAPHIC 3.0

static char home[1024];

/* The lowest ratio seen per kind of thing, for the closing report. */
typedef enum { KIND_TEXT, KIND_KEY, KIND_CLOSE_ICON, KIND_MARKER, KIND_COUNT } kind;
static const char *const kind_name[KIND_COUNT] = {"text", "key hint", "close icon",
                                                  "player marker"};
static double kind_min[KIND_COUNT] = {1e9, 1e9, 1e9, 1e9};
static int kind_seen[KIND_COUNT];

/* WCAG 2 relative luminance of an sRGB colour. */
static double channel(uint32_t c8)
{
    double c = (double)c8 / 255.0;
    return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

static double luminance(uint32_t argb)
{
    return 0.2126 * channel((argb >> 16) & 0xff) +
           0.7152 * channel((argb >> 8) & 0xff) + 0.0722 * channel(argb & 0xff);
}

static double ratio(uint32_t a, uint32_t b)
{
    double la = luminance(a), lb = luminance(b);
    return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

static uint32_t rgb(gfx_color c)
{
    return 0xff000000u | (uint32_t)c.r << 16 | (uint32_t)c.g << 8 | c.b;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

static int cmp_double_desc(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x < y) - (x > y);
}

/* The pixels of r (clipped to the frame), opaque; n receives the count. */
static uint32_t *pixels_of(SDL_Surface *s, layout_rect r, size_t *n)
{
    *n = 0;
    int x0 = r.x < 0 ? 0 : r.x, y0 = r.y < 0 ? 0 : r.y;
    int x1 = r.x + r.w > s->w ? s->w : r.x + r.w;
    int y1 = r.y + r.h > s->h ? s->h : r.y + r.h;
    if (x1 <= x0 || y1 <= y0)
        return NULL;
    uint32_t *p = malloc(sizeof *p * (size_t)(x1 - x0) * (size_t)(y1 - y0));
    if (p == NULL)
        return NULL;
    for (int y = y0; y < y1; y++) {
        const uint32_t *row =
            (const uint32_t *)((const uint8_t *)s->pixels + (size_t)y * (size_t)s->pitch);
        for (int x = x0; x < x1; x++)
            p[(*n)++] = row[x] | 0xff000000u;
    }
    return p;
}

/* What the text or picture lies on: the box's most common colour (thin
 * strokes cover less of their box than the ground does). Colours are
 * counted in bins of 8 levels a channel, so the felt's grain, a few levels
 * of noise, counts as one ground; the ground is the mean of its bin. */
static uint32_t bin_of(uint32_t c)
{
    return c & 0xf8f8f8u;
}

static uint32_t most_common(const uint32_t *p, size_t n)
{
    uint32_t *sorted = malloc(sizeof *sorted * n);
    if (sorted == NULL)
        return 0;
    for (size_t i = 0; i < n; i++)
        sorted[i] = bin_of(p[i]);
    qsort(sorted, n, sizeof *sorted, cmp_u32);
    uint32_t best = sorted[0];
    size_t best_run = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && sorted[j] == sorted[i])
            j++;
        if (j - i > best_run) {
            best_run = j - i;
            best = sorted[i];
        }
        i = j;
    }
    free(sorted);
    uint64_t sum[3] = {0, 0, 0};
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        if (bin_of(p[i]) == best) {
            sum[0] += (p[i] >> 16) & 0xff;
            sum[1] += (p[i] >> 8) & 0xff;
            sum[2] += p[i] & 0xff;
            count++;
        }
    return 0xff000000u | (uint32_t)((sum[0] + count / 2) / count) << 16 |
           (uint32_t)((sum[1] + count / 2) / count) << 8 |
           (uint32_t)((sum[2] + count / 2) / count);
}

/* The contrast of what is drawn in r against the ground under it: the
 * ground is the most common colour; the ink is the pixel that differs
 * most from it, the third such pixel to be exact, so one stray pixel of
 * something else in the box does not decide. Antialiased edges are lighter
 * than the ink; each glyph's stems hold its full colour. */
static double contrast_in(SDL_Surface *s, layout_rect r, uint32_t *ink,
                          uint32_t *ground)
{
    size_t n = 0;
    uint32_t *p = pixels_of(s, r, &n);
    *ink = *ground = 0;
    if (p == NULL || n == 0) {
        free(p);
        return 0.0;
    }
    *ground = most_common(p, n);
    double *q = malloc(sizeof *q * n);
    if (q == NULL) {
        free(p);
        return 0.0;
    }
    for (size_t i = 0; i < n; i++)
        q[i] = ratio(p[i], *ground);
    qsort(q, n, sizeof *q, cmp_double_desc);
    double third = q[n >= 3 ? 2 : n - 1];
    for (size_t i = 0; i < n; i++)
        if (ratio(p[i], *ground) == third) {
            *ink = p[i];
            break;
        }
    free(q);
    free(p);
    return third;
}

static void record(kind k, const char *screen, layout_rect r, double got,
                   uint32_t ink, uint32_t ground)
{
    double need = k == KIND_TEXT || k == KIND_KEY ? MIN_TEXT : MIN_GRAPHIC;
    kind_seen[k]++;
    if (got < kind_min[k])
        kind_min[k] = got;
    CHECK_MSG(got >= need,
              "%s: %s at {%d,%d,%d,%d}: #%06x on #%06x is %.2f:1, needs %.1f:1",
              screen, kind_name[k], r.x, r.y, r.w, r.h, (unsigned)(ink & 0xffffff),
              (unsigned)(ground & 0xffffff), got, need);
}

/* The key hint of a button: the text in the small cap at the button's
 * right end (draw_button: half the button's height). */
static bool is_key_hint(const trace_item *t)
{
    for (size_t j = 0; j < ui_trace.count; j++) {
        const trace_item *b = &ui_trace.items[j];
        if (b->kind != GFX_MARK_BUTTON || !layout_inside(t->container, b->rect))
            continue;
        int pad = b->rect.h / 4;
        if (t->container.h == b->rect.h / 2 &&
            t->container.x + t->container.w == b->rect.x + b->rect.w - pad)
            return true;
    }
    return false;
}

/* Every text of the current frame; returns how many were measured. */
static int check_texts(SDL_Surface *s, const char *screen)
{
    int measured = 0;
    for (size_t i = 0; i < ui_trace.count; i++) {
        const trace_item *t = &ui_trace.items[i];
        if (t->kind != GFX_MARK_TEXT || t->rect.w <= 0 || t->rect.h <= 0)
            continue;
        uint32_t ink, ground;
        double got = contrast_in(s, t->rect, &ink, &ground);
        record(is_key_hint(t) ? KIND_KEY : KIND_TEXT, screen, t->rect, got, ink,
               ground);
        measured++;
    }
    return measured;
}

/* The frame of the current screen with its trace, every text checked. */
static SDL_Surface *screen_check(app *a, const char *screen)
{
    SDL_Surface *s = ui_frame(a);
    CHECK_MSG(s != NULL, "%s: no frame: %s", screen, SDL_GetError());
    if (s == NULL)
        return NULL;
    CHECK_MSG(s->format->format == SDL_PIXELFORMAT_ARGB8888, "%s: pixel format", screen);
    int n = check_texts(s, screen);
    CHECK_MSG(n > 0, "%s: no text traced", screen);
    printf("%-22s %3d texts measured\n", screen, n);
    return s;
}

static void screen_only(app *a, const char *screen)
{
    SDL_Surface *s = screen_check(a, screen);
    if (s)
        SDL_FreeSurface(s);
}

/* The alignment icon on the turned card's badge; it is "close" here. */
static void check_badge_icon(app *a, SDL_Surface *s)
{
    layout_reveal l;
    layout_reveal_make(&a->frame, app_session(a)->player_count, &l);
    bool found = false;
    for (size_t i = 0; i < ui_trace.count; i++) {
        const trace_item *t = &ui_trace.items[i];
        if (t->kind != GFX_MARK_ICON || !layout_inside(t->rect, l.badge_icon))
            continue;
        uint32_t ink, ground;
        double got = contrast_in(s, t->rect, &ink, &ground);
        record(KIND_CLOSE_ICON, "reveal", t->rect, got, ink, ground);
        found = true;
    }
    CHECK_MSG(found, "reveal: no icon on the badge");
}

/* The summary board: the "close" icon of each such row, and the markers
 * on each row's bar against the board under them. */
static void check_board(app *a, SDL_Surface *s)
{
    const score_summary *sum = scene_summary_scores();
    CHECK(sum != NULL);
    if (sum == NULL)
        return;
    layout_summary l;
    layout_summary_make(&a->frame, app_session(a)->deck->dimension_count, sum->topic_count,
                        &l);
    int close_rows = 0;
    uint32_t marker[2] = {rgb(DRAW_CLIENT), rgb(DRAW_PRO)};
    size_t marker_pixels[2] = {0, 0};
    for (size_t r = 0; r < l.row_count && r < sum->dimension_count; r++) {
        if (sum->dimensions[r].alignment == SCORE_CLOSE) {
            for (size_t i = 0; i < ui_trace.count; i++) {
                const trace_item *t = &ui_trace.items[i];
                if (t->kind != GFX_MARK_ICON || !layout_inside(t->rect, l.row[r].sentence))
                    continue;
                uint32_t ink, ground;
                double got = contrast_in(s, t->rect, &ink, &ground);
                record(KIND_CLOSE_ICON, "summary", t->rect, got, ink, ground);
                close_rows++;
            }
        }
        if (sum->dimensions[r].cards == 0)
            continue;
        /* the markers' own colour, as found in the frame, against the
         * most common colour of the bar: the board */
        size_t n = 0;
        uint32_t *p = pixels_of(s, l.row[r].bar, &n);
        if (p == NULL)
            continue;
        uint32_t ground = most_common(p, n);
        for (int m = 0; m < 2; m++) {
            size_t count = 0;
            for (size_t i = 0; i < n; i++)
                count += p[i] == marker[m];
            marker_pixels[m] += count;
            if (count > 0)
                record(KIND_MARKER, m == 0 ? "summary (client marker)"
                                           : "summary (professional marker)",
                       l.row[r].bar, ratio(marker[m], ground), marker[m], ground);
        }
        free(p);
    }
    CHECK_MSG(close_rows > 0, "summary: no row is 'close'; the round must make one");
    CHECK_MSG(marker_pixels[0] > 0 && marker_pixels[1] > 0,
              "summary: markers not found on the board (client %zu, professional %zu "
              "pixels)",
              marker_pixels[0], marker_pixels[1]);
}

/* One card for three people (two on the client side), every screen on the
 * way measured when first is true. */
static void card(app *a, SDL_Keycode c1, SDL_Keycode c2, SDL_Keycode pro, bool first)
{
    ui_step(a); /* the deal animation ends */
    CHECK_STR(app_scene_name(a->scene), "place");
    if (first)
        screen_only(a, "place");
    ui_key(a, c1);
    if (first)
        screen_only(a, "place (chosen)");
    ui_key(a, SDLK_RETURN);
    CHECK_STR(app_scene_name(a->scene), "handover");
    if (first)
        screen_only(a, "handover");
    ui_key(a, SDLK_RETURN);
    ui_key(a, c2);
    ui_key(a, SDLK_RETURN);
    ui_key(a, SDLK_RETURN);
    ui_key(a, pro);
    ui_key(a, SDLK_RETURN);
    CHECK(session_all_placed(app_session(a)));
    if (first)
        screen_only(a, "handover (ready)");
    ui_key(a, SDLK_RETURN);
    CHECK_STR(app_scene_name(a->scene), "reveal");
    ui_step_ms(a, 2000); /* the tokens have turned */
    if (first) {
        SDL_Surface *s = screen_check(a, "reveal");
        if (s) {
            check_badge_icon(a, s);
            SDL_FreeSurface(s);
        }
    }
    ui_key(a, SDLK_RETURN);
}

int main(void)
{
    if (!ui_env_private(home, sizeof home, "contrast"))
        return 1;
    const char *args[] = {"--window", "1280x800"};
    app *a = ui_open(2, args, true);
    CHECK(a != NULL);
    if (a == NULL) {
        ui_remove_tree(home);
        return check_report();
    }
    CHECK_INT(a->out_w, 1280);
    CHECK_INT(a->out_h, 800);
    ui_step(a);
    CHECK_STR(app_scene_name(a->scene), "start");
    screen_only(a, "start");
    /* two people on the client side, so the board shows numbered markers
     * (the keys as in ui_session_test: up three times is the language,
     * two down is the people row) */
    ui_key(a, SDLK_UP);
    ui_key(a, SDLK_UP);
    ui_key(a, SDLK_UP);
    ui_key(a, SDLK_DOWN);
    ui_key(a, SDLK_DOWN);
    ui_key(a, SDLK_RIGHT);
    CHECK_INT(app_settings(a)->clients, 2);
    screen_only(a, "start (people)");
    ui_key(a, SDLK_RETURN);
    CHECK_STR(app_scene_name(a->scene), "deal");
    CHECK_INT(app_session(a)->player_count, 3);
    /* the first card one step apart, so the badge shows "close"; then
     * some alike, some far apart */
    card(a, SDLK_3, SDLK_3, SDLK_4, true);
    static const SDL_Keycode rest[][3] = {
        {SDLK_2, SDLK_2, SDLK_3}, {SDLK_5, SDLK_4, SDLK_4},
        {SDLK_1, SDLK_2, SDLK_5}, {SDLK_4, SDLK_4, SDLK_4}};
    for (size_t i = 0; i < sizeof rest / sizeof rest[0] &&
                       strcmp(app_scene_name(a->scene), "summary") != 0;
         i++)
        card(a, rest[i][0], rest[i][1], rest[i][2], false);
    ui_step(a);
    CHECK_STR(app_scene_name(a->scene), "summary");
    SDL_Surface *s = screen_check(a, "summary");
    if (s) {
        check_board(a, s);
        SDL_FreeSurface(s);
    }
    app_close(a);

    for (int k = 0; k < KIND_COUNT; k++) {
        CHECK_MSG(kind_seen[k] > 0, "no %s measured", kind_name[k]);
        printf("lowest contrast, %-14s %6.2f:1 (%d measured, needs %.1f:1)\n",
               kind_name[k], kind_seen[k] ? kind_min[k] : 0.0, kind_seen[k],
               k == KIND_TEXT || k == KIND_KEY ? MIN_TEXT : MIN_GRAPHIC);
    }
    CHECK(ui_remove_tree(home));
    return check_report();
}
