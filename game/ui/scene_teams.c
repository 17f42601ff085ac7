/* scene_teams: the start screen's list of a workshop's teams, over the
 * start screen like the card picker. Each team has a name the
 * facilitator types and a side (professionals or clients); 2 to 8 of
 * them. Up and Down walk the rows, letters type, Backspace corrects (on
 * an empty name it removes the team), Left and Right switch a team's
 * side, Enter goes on and on the last row starts the round. */
#include "scene.h"

#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "i18n.h"
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
    teams.open = true;
}

/* The teams as a list for the settings and the mode; false (with the
 * reason shown) when they do not make a workshop. */
static bool scene_teams_store(app *a)
{
    char list[SETTINGS_MAX_SEATS] = "";
    size_t used = 0;
    for (size_t i = 0; i < teams.count; i++) {
        int w = snprintf(list + used, sizeof list - used, "%s%s%s",
                         i ? "," : "", teams.client[i] ? "client:" : "",
                         teams.name[i]);
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
    snprintf(a->settings.teams, sizeof a->settings.teams, "%s", list);
    return true;
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
        } else if (teams.count > 2) {
            /* an empty name taken away: the team goes */
            for (size_t i = teams.focus; i + 1 < teams.count; i++) {
                memcpy(teams.name[i], teams.name[i + 1], SESSION_TEAM_MAX);
                teams.client[i] = teams.client[i + 1];
            }
            teams.count--;
            if (teams.focus > 0)
                teams.focus--;
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
    snprintf(teams.name[teams.count], SESSION_TEAM_MAX, "Team %zu",
             teams.count + 1);
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
    case INPUT_POINTER: {
        layout_teams l;
        layout_teams_make(&a->frame, teams.count, &l);
        for (size_t i = 0; i < teams.count; i++) {
            if (layout_contains(l.side[i], ev->x, ev->y)) {
                teams.focus = i;
                teams.client[i] = !teams.client[i];
            } else if (layout_contains(l.name[i], ev->x, ev->y)) {
                teams.focus = i;
            }
        }
        if (teams.count < SESSION_MAX_PLAYERS &&
            layout_contains(l.add, ev->x, ev->y)) {
            teams.focus = teams.count;
            scene_teams_add();
        }
        if (layout_contains(l.cancel, ev->x, ev->y))
            teams.open = false;
        if (layout_contains(l.start, ev->x, ev->y)) {
            teams.focus = last;
            return scene_teams_enter_key(a);
        }
        break;
    }
    default:
        break;
    }
    return SCENE_TEAMS_STAY;
}

void scene_teams_draw(app *a)
{
    const layout_frame *f = &a->frame;
    layout_teams l;
    layout_teams_make(f, teams.count, &l);
    draw_top_bar(a, _("Workshop"), "");
    draw_text(a, _("The teams"), l.title, f->font_title, true, DRAW_CREAM,
              GFX_ALIGN_LEFT, true);
    draw_text(a, _("Type a name. Left/Right: the side. Backspace on an empty "
                   "name: remove the team. Enter: next."),
              l.keys, f->font_small, false, DRAW_CREAM, GFX_ALIGN_LEFT, true);
    for (size_t i = 0; i < teams.count; i++) {
        bool focus = teams.focus == i;
        draw_button(a, l.side[i],
                    teams.client[i] ? _("Clients") : _("Professionals"),
                    focus ? "\xe2\x86\x90 \xe2\x86\x92" : NULL, false, false);
        if (focus)
            gfx_round_rect(a, layout_inset(l.name[i], -4), f->radius / 2,
                           DRAW_GOLD);
        gfx_round_rect(a, l.name[i], f->radius / 2, DRAW_PAPER);
        char shown[SESSION_TEAM_MAX + 8];
        snprintf(shown, sizeof shown, "%s%s", teams.name[i],
                 focus ? "_" : "");
        layout_rect in = l.name[i];
        in.x += f->gap;
        in.w -= 2 * f->gap;
        draw_text(a, shown, in, f->font_body, true, DRAW_INK, GFX_ALIGN_LEFT,
                  true);
    }
    if (teams.count < SESSION_MAX_PLAYERS)
        draw_button(a, l.add, _("Add a team"), "Enter", false,
                    teams.focus == teams.count);
    draw_text(a, teams.message, l.message, f->font_small, true, DRAW_GOLD,
              GFX_ALIGN_CENTER, true);
    draw_button(a, l.cancel, _("Back"), "Esc", false, false);
    draw_button(a, l.start, _("Start"), "Enter", true,
                teams.focus == teams.count + 1);
}
