/* scene_teams: the start screen's list of a workshop's teams, over the
 * start screen like the card picker. Each team has a name the
 * facilitator types and a side (professionals or clients); 2 to 8 of
 * them. Up and Down walk the rows, letters type, Backspace corrects (on
 * an empty name it removes the team), Left and Right switch a team's
 * side, Enter goes on and on the last row starts the round. By touch:
 * a tap on a name brings up letters on the screen (OK is Enter), a tap
 * on the side switches it, the cross removes the team. A new team's
 * name starts empty; left empty it is called "Team N". */
#include "scene.h"

#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "i18n.h"
#include "keypad.h"
#include "layout_workshop.h"

/* The overlay's own state: nobody else writes it. */
static struct {
    bool open;
    char name[SESSION_MAX_PLAYERS][SESSION_TEAM_MAX];
    bool client[SESSION_MAX_PLAYERS];
    size_t count;
    size_t focus;        /* a team's row, count: add a team, count + 1:
                            start */
    char message[256];
} teams;

bool scene_teams_is_open(void)
{
    return teams.open;
}

void scene_teams_close(void)
{
    teams.open = false;
}

void scene_teams_open(app *a)
{
    char list[SETTINGS_MAX_SEATS];
    app_teams(a, list, sizeof list);
    memset(&teams, 0, sizeof teams);
    const char *p = list;
    deck_role side;
    while (teams.count < SESSION_MAX_PLAYERS &&
           mode_next_team(&p, teams.name[teams.count], SESSION_TEAM_MAX,
                          &side))
        teams.client[teams.count++] = side == DECK_ROLE_CLIENT;
    /* opened by a tap: no letters over the list until a name is tapped */
    teams.focus = a->pointer_input ? teams.count + 1 : 0;
    teams.open = true;
}

/* The teams as a list for the settings and the mode; false (with the
 * reason shown) when they do not make a workshop. */
/* Team i's name, or what an empty one is called: "Team 3". */
static const char *scene_teams_name(size_t i, char *out, size_t size)
{
    if (teams.name[i][0])
        return teams.name[i];
    snprintf(out, size, "Team %zu", i + 1);
    return out;
}

static bool scene_teams_store(app *a)
{
    char list[SETTINGS_MAX_SEATS] = "";
    size_t used = 0;
    for (size_t i = 0; i < teams.count; i++) {
        char empty[SESSION_TEAM_MAX];
        int w = snprintf(list + used, sizeof list - used, "%s%s%s",
                         i ? "," : "", teams.client[i] ? "client:" : "",
                         scene_teams_name(i, empty, sizeof empty));
        if (w < 0 || (size_t)w >= sizeof list - used)
            return false;
        used += (size_t)w;
    }
    session_seat seats[SESSION_MAX_PLAYERS];
    size_t n = 0;
    char why[256];
    if (!mode_make_teams(app_mode(a), app_deck(a), list, seats, &n, why,
                         sizeof why)) {
        snprintf(teams.message, sizeof teams.message, "%s",
                 _("Give every team its own name; 2 to 8 teams."));
        return false;
    }
    play_choose_teams(&a->play, list);
    return true;
}

/* Team i goes; the focus stays on the row it was on, or the one above. */
static void scene_teams_remove(size_t i)
{
    if (teams.count <= 2 || i >= teams.count)
        return;
    for (size_t j = i; j + 1 < teams.count; j++) {
        memcpy(teams.name[j], teams.name[j + 1], SESSION_TEAM_MAX);
        teams.client[j] = teams.client[j + 1];
    }
    teams.count--;
    if (teams.focus > i || (teams.focus == i && i == teams.count &&
                            teams.focus > 0))
        teams.focus--;
}

static void scene_teams_type(int c)
{
    if (teams.focus >= teams.count)
        return;
    char *name = teams.name[teams.focus];
    size_t n = strlen(name);
    if (c < 0) {
        if (n > 0) {
            /* a whole letter goes, "ë" with both its bytes */
            while (n > 1 && ((unsigned char)name[n - 1] & 0xC0) == 0x80)
                n--;
            name[n - 1] = '\0';
        } else {
            scene_teams_remove(teams.focus); /* an empty name taken away */
        }
        return;
    }
    if ((n == 0 && c == ' ') || n + 1 >= SESSION_TEAM_MAX)
        return;
    name[n] = (char)c;
    name[n + 1] = '\0';
}

static void scene_teams_add(void)
{
    if (teams.count >= SESSION_MAX_PLAYERS)
        return;
    teams.name[teams.count][0] = '\0'; /* typed over nothing */
    teams.client[teams.count] = false;
    teams.focus = teams.count++;
}

/* Enter on a row: on to the next, add a team, or start. */
static scene_teams_result scene_teams_enter_key(app *a)
{
    if (teams.focus < teams.count) {
        /* after the last name Enter goes to start, not to a new team */
        teams.focus = teams.focus + 1 < teams.count ? teams.focus + 1
                                                    : teams.count + 1;
        return SCENE_TEAMS_STAY;
    }
    if (teams.focus == teams.count && teams.count < SESSION_MAX_PLAYERS) {
        scene_teams_add();
        return SCENE_TEAMS_STAY;
    }
    /* still open: the start screen starts the round and then closes it */
    return scene_teams_store(a) ? SCENE_TEAMS_START : SCENE_TEAMS_STAY;
}

/* The letters on the screen: once a tap or a click was the last input,
 * while a name has the focus (a key hides them). */
static bool scene_teams_keyboard(const app *a, const layout_teams *l,
                                 keypad_layout *k)
{
    if (!a->pointer_input || teams.focus >= teams.count)
        return false;
    keypad_make(&a->frame, KEYPAD_LETTERS, l->keyboard, k);
    return true;
}

/* A name starts with a capital, and so does each word after a space. */
static bool scene_teams_upper(void)
{
    if (teams.focus >= teams.count)
        return true;
    size_t n = strlen(teams.name[teams.focus]);
    return n == 0 || teams.name[teams.focus][n - 1] == ' ';
}

static scene_teams_result scene_teams_pointer(app *a, int x, int y)
{
    layout_teams l;
    layout_teams_make(&a->frame, teams.count, &l);
    keypad_layout k;
    if (scene_teams_keyboard(a, &l, &k)) {
        input_event key;
        if (keypad_hit(&k, x, y, scene_teams_upper(), &key))
            return scene_teams_handle(a, &key);
        if (layout_contains(k.panel, x, y))
            return SCENE_TEAMS_STAY; /* between the keys */
    }
    for (size_t i = 0; i < teams.count; i++) {
        if (layout_contains(l.side[i], x, y)) {
            teams.focus = i;
            teams.client[i] = !teams.client[i];
        } else if (layout_contains(l.name[i], x, y)) {
            teams.focus = i;
        } else if (teams.count > 2 && layout_contains(l.remove[i], x, y)) {
            teams.focus = i;
            scene_teams_remove(i);
            teams.focus = teams.count + 1; /* no letters over the list */
            return SCENE_TEAMS_STAY;
        }
    }
    if (teams.count < SESSION_MAX_PLAYERS && layout_contains(l.add, x, y)) {
        teams.focus = teams.count;
        scene_teams_add();
    }
    if (layout_contains(l.cancel, x, y))
        teams.open = false;
    if (layout_contains(l.start, x, y)) {
        teams.focus = teams.count + 1;
        return scene_teams_enter_key(a);
    }
    return SCENE_TEAMS_STAY;
}

scene_teams_result scene_teams_handle(app *a, const input_event *ev)
{
    size_t last = teams.count + 1; /* the start row */
    teams.message[0] = '\0';
    switch (ev->type) {
    case INPUT_CHAR: scene_teams_type(ev->digit); break;
    case INPUT_BACK: scene_teams_type(-1); break;
    case INPUT_UP:
        if (teams.focus > 0)
            teams.focus--;
        if (teams.focus == teams.count && teams.count >= SESSION_MAX_PLAYERS)
            teams.focus--;
        break;
    case INPUT_DOWN:
        if (teams.focus < last)
            teams.focus++;
        if (teams.focus == teams.count && teams.count >= SESSION_MAX_PLAYERS)
            teams.focus++;
        break;
    case INPUT_LEFT:
    case INPUT_RIGHT:
        if (teams.focus < teams.count)
            teams.client[teams.focus] = !teams.client[teams.focus];
        break;
    case INPUT_CONFIRM: return scene_teams_enter_key(a);
    case INPUT_MENU: teams.open = false; break;
    case INPUT_POINTER: return scene_teams_pointer(a, ev->x, ev->y);
    default:
        break;
    }
    return SCENE_TEAMS_STAY;
}

/* Team i's row: its side, its name (an empty one greyed as what it will
 * be called) and, while there are more than two, the cross. */
static void scene_teams_draw_row(const app *a, const layout_teams *l, size_t i)
{
    const layout_frame *f = &a->frame;
    bool focus = teams.focus == i;
    draw_button(a, l->side[i],
                teams.client[i] ? _("Clients") : _("Professionals"),
                focus ? "\xe2\x86\x90 \xe2\x86\x92" : NULL, false, false);
    if (focus)
        gfx_round_rect(a->gfx, layout_inset(l->name[i], -4), f->radius / 2,
                       DRAW_GOLD);
    gfx_round_rect(a->gfx, l->name[i], f->radius / 2, DRAW_PAPER);
    char shown[SESSION_TEAM_MAX + 8], empty[SESSION_TEAM_MAX];
    bool named = teams.name[i][0] != '\0';
    snprintf(shown, sizeof shown, "%s%s",
             named || focus ? teams.name[i]
                            : scene_teams_name(i, empty, sizeof empty),
             focus ? "_" : "");
    layout_rect in = layout_inset(l->name[i], f->gap);
    in.y = l->name[i].y;
    in.h = l->name[i].h;
    draw_text(a, shown, in, f->font_body, true,
              named || focus ? DRAW_INK : DRAW_INK_SOFT, GFX_ALIGN_LEFT,
              true);
    draw_mark(a, GFX_MARK_BUTTON, l->name[i], l->name[i]);
    if (teams.count > 2)
        draw_button(a, l->remove[i], "\xc3\x97", NULL, false, false); /* × */
}

void scene_teams_draw(const app *a)
{
    const layout_frame *f = &a->frame;
    layout_teams l;
    layout_teams_make(f, teams.count, &l);
    draw_top_bar(a, _("Workshop"), "");
    draw_text(a, _("The teams"), l.title, f->font_title, true, DRAW_CREAM,
              GFX_ALIGN_LEFT, true);
    draw_text(a, a->pointer_input
                     ? _("Tap a name to type it. Tap the side to change "
                         "it. \xc3\x97: remove the team.")
                     : _("Type a name. Left/Right: the side. Backspace on an "
                         "empty name: remove the team. Enter: next."),
              l.keys, f->font_small, false, DRAW_CREAM, GFX_ALIGN_LEFT, true);
    for (size_t i = 0; i < teams.count; i++)
        scene_teams_draw_row(a, &l, i);
    if (teams.count < SESSION_MAX_PLAYERS)
        draw_button(a, l.add, _("Add a team"), "Enter", false,
                    teams.focus == teams.count);
    draw_text(a, teams.message, l.message, f->font_small, true, DRAW_GOLD,
              GFX_ALIGN_CENTER, true);
    draw_button(a, l.cancel, _("Back"), "Esc", false, false);
    draw_button(a, l.start, _("Start"), "Enter", true,
                teams.focus == teams.count + 1);
    keypad_layout k;
    if (scene_teams_keyboard(a, &l, &k))
        keypad_draw(a, &k, scene_teams_upper(), teams.name[teams.focus]);
}
