/* app: the game's state on screen and its session logic: the scene
 * switch, input intents to scenes, what a frame draws, starting and
 * playing a round. Plain C: the window, the loop and the clocks are the
 * platform's (include/platform/platform.h: app_open, app_step, app_close,
 * app_run), reached through an opaque pointer; it sets now and wall. */
#ifndef ALLIANTIESPEL_APP_H
#define ALLIANTIESPEL_APP_H

#include <stdbool.h>
#include <stdint.h>

#include "casefile.h"
#include "catalog.h"
#include "history.h"
#include "cli.h"
#include "deck.h"
#include "gfx.h"
#include "input.h"
#include "layout.h"
#include "mode.h"
#include "play.h"
#include "score.h"
#include "session.h"
#include "timer.h"
#include "settings.h"

#define APP_PATH_MAX 4096
#define APP_ANIM_MS 300
#define APP_MAX_DECKS 64

typedef enum {
    APP_SCENE_START = 0,
    APP_SCENE_DEAL,
    APP_SCENE_PLACE,
    APP_SCENE_HANDOVER,
    APP_SCENE_REVEAL,
    APP_SCENE_SUMMARY,
    APP_SCENE_CASE,      /* training: each student reads their side of
                            the case before the first card */
    APP_SCENE_HISTORY,   /* a pair's rounds over time */
    APP_SCENE_HANDS,     /* a workshop: the facilitator types a show of
                            hands per side */
    APP_SCENE_SPREAD,    /* a workshop: the turned card as bars per side */
    APP_SCENE_COUNT
} app_scene;

typedef enum {
    APP_MENU_CLOSED = 0,
    APP_MENU_OPEN,           /* the Esc menu */
    APP_MENU_EXPLAIN,        /* a theme explained in plain words */
    APP_MENU_QUESTION        /* a question with two answers (app_question) */
} app_menu_state;

struct app;

/* How a question over the screen was answered: its first button (keep
 * what is), its second (go on and do it), or closed with Esc or a tap
 * beside it. */
typedef enum {
    APP_ANSWER_DISMISSED = -1,
    APP_ANSWER_KEEP = 0,
    APP_ANSWER_GO = 1
} app_answer;

/* A question over the screen, as Julius's popups: its two buttons and
 * the function told the answer, defined by the module that asks it. The
 * question's words are made when it is asked (app_ask). */
typedef struct app_question {
    const char *name;       /* which question, for tests: "skip", "resume" */
    const char *keep, *go;  /* the buttons' words, untranslated (N_) */
    void (*answered)(struct app *a, const struct app_question *q,
                     app_answer answer);
} app_question;

/* Where autosave keeps the round (autosave.c is its only writer); what
 * was stored, the result file's name, is play's (play_stored). */
typedef struct {
    bool off;                     /* the folder is not private: store nothing */
    struct os_lock *lock;         /* this window's slot, held while it runs */
    char slot[APP_PATH_MAX];      /* its round in progress, "" when none */
    char notice[512];             /* lasting: why answers are not kept now */
    size_t *asked_cards;          /* a new round asked for while one waits */
    size_t asked_count;
} app_autosave_state;

struct platform; /* the window and what draws in it: the platform's */

typedef struct app {
    struct platform *platform;
    gfx *gfx;                     /* what to draw through: made by the
                                     platform (or a test), freed by
                                     app_free */
    bool stepped;                 /* app_step has run once */
    unsigned long frames_drawn;   /* presents so far (tests: idle draws none) */

    char data_dir[APP_PATH_MAX];
    char po_dir[APP_PATH_MAX];
    char pref_dir[APP_PATH_MAX];  /* "" when there is none */
    char save_path[APP_PATH_MAX]; /* --save, "" when not given */

    catalog catalog;
    deck cli_deck;
    bool have_cli_deck;
    const deck *decks[APP_MAX_DECKS]; /* what the start screen offers */
    size_t deck_count;

    char history_code[SESSION_PAIR_MAX]; /* the pair the history screen
                                            shows (set by who opens it) */
    app_scene back[4];            /* the screens app_go_back returns to, */
    size_t back_count;            /* the last one shown over first */

    play play;                    /* the round being played: play.c is
                                     its only writer; read it through
                                     app_session and app_playing */
    unsigned long moves_seen;     /* play's moves the app has followed
                                     (app_follow_play is its only writer) */
    timer talk_timer;             /* the workshop's talk timer: written
                                     only by app_session.c (set up for a
                                     round, reset on every new card,
                                     app_talk_clock for T, R and a tap) */

    app_scene scene;
    int button_focus;             /* the scene's button Tab is on, or -1 */
    bool pointer_input;           /* the last input was a tap or a click:
                                     hints say "tap", keys on the screen
                                     show (a key hides them again) */
    app_scene next_scene;         /* asked for by app_goto ... */
    bool scene_pending;           /* ... and not taken yet */
    uint32_t now;                 /* the platform's clock, milliseconds */
    int64_t wall;                 /* the wall clock, seconds since 1970:
                                   * set by the platform at every step */
    uint32_t anim_start;
    bool animating;
    bool dirty;
    bool running;
    bool fullscreen;
    int exit_code;

    int out_w, out_h;             /* renderer output size (pixels) */
    layout_frame frame;

    app_menu_state menu;
    int menu_focus;
    const app_question *question; /* the one asked (APP_MENU_QUESTION) */
    char menu_question[1024];     /* its words, made when asked */
    size_t explain_dimension;     /* the theme APP_MENU_EXPLAIN shows */
    deck_role explain_side;       /* ... named as this side's card names it */
    size_t explain_language;      /* ... in this deck language */

    char message[512];            /* what the start screen tells next
                                     (a round set aside, why a round
                                     could not start): written where the
                                     reason is known, shown and cleared
                                     by the start screen */
    app_autosave_state autosave;
} app;

/* Options for tests and the screenshot tool; zero means the default. */
typedef struct {
    bool no_vsync;
    const gfx_recorder *recorder; /* told what each frame draws */
    const gfx_ops *gfx; /* a drawing table of the test's own, for app_new
                           (app_open draws with the platform's) */
} app_config;

/* A fresh app with nothing loaded: the defaults, data_dir, the --save
 * path and the folder of the translations. NULL when out of memory. */
app *app_new(const cli_options *options, const char *data_dir,
             const app_config *config);
/* Reads the remembered settings from a->pref_dir (set by the platform). */
void app_load_settings(app *a);
/* Loads the deck folder and the --deck file. Returns 0, or the exit code
 * with the sentence to tell in msg (a deck's own errors, with file, line
 * and column, are printed as they are found). The platform calls it
 * before it makes the window (preload.c). */
int app_load_decks(app *a, const cli_options *options, char *msg,
                   size_t msg_size);
/* The icons the screens and the decks name, to read and check at start:
 * the i-th name, or NULL past the last; *required when it must exist. */
const char *app_icon_name(const app *a, size_t i, bool *required);
/* Once the window is there and the decks are loaded: the start screen,
 * the command line's choices, a round left waiting, or the round the
 * command line starts. False (the sentence told, *exit_code set) when the
 * game cannot start. */
bool app_begin(app *a, const cli_options *options, int *exit_code);
/* The command line's choices over the remembered settings (app_options.c):
 * 1 when a round starts right away (its cards in *cards, to free), 0 for
 * the start screen, -1 when told why not (*exit_code set). --seats
 * without a deck picks a deck that has those roles. */
int app_apply_options(app *a, const cli_options *options, int *exit_code,
                      size_t **cards, size_t *count);
/* Tells why the game cannot start (one sentence on stderr) and sets
 * *exit_code: the one way the UI and the platform say it. */
void app_fail(int *exit_code, int code, const char *sentence);
/* Leaves the scene (when one was entered) and ends the session. */
void app_leave(app *a, bool scene_entered);
/* Frees the app (after app_leave, and after the platform's part is
 * closed); safe on NULL. */
void app_free(app *a);

/* The output size in pixels; true when it changed (then what is cached
 * for a size is stale). */
bool app_set_size(app *a, int w, int h);
/* The platform that shows a, and the drawing handle it made for it (the
 * app's own, a test's, is freed); p NULL when the platform is gone. */
void app_use_platform(app *a, struct platform *p, gfx *g);
/* The window came up in full screen (asked for on the command line). */
void app_came_fullscreen(app *a);
/* The platform's clock at this step: milliseconds since start (for
 * animations and the talk clock) and the wall time in seconds (for what
 * is stored); nothing below the platform reads a clock. */
void app_set_clock(app *a, uint32_t now_ms, int64_t wall);
/* The window must be drawn again (its size or its textures changed). */
void app_invalidate(app *a);
/* The end, asked for by the system (a signal, a log-out): no question,
 * the round in progress stays kept. */
void app_stop(app *a);
/* A frame was presented: counted, and nothing is waiting to be drawn. */
void app_presented(app *a);
/* F11 and the menu's choice: full screen on or off (a->fullscreen
 * follows what the window did). */
void app_toggle_fullscreen(app *a);
/* One input intent: the menu, Esc, the quit button and F11 first, else
 * the current scene's handler. */
void app_input(app *a, const input_event *ev);
/* Moves animations to a->now; true when a frame must be drawn. */
bool app_update(app *a);
/* True while something moves (the loop must not sleep). */
bool app_animating(const app *a);
/* How long the loop may sleep when nothing moves, in milliseconds: until
 * the talk timer's shown second changes, else a minute. */
uint32_t app_wait_ms(const app *a);
/* Draws the current screen through the drawing interface (gfx.h) without
 * presenting it. */
bool app_draw(app *a);

/* Asks for another scene; it is taken (the old one left, the new one
 * entered) by app_switch_pending when the handler that asked returns, so
 * no module below the scenes ever calls into one (app_state.c). */
void app_goto(app *a, app_scene scene);
/* Shows scene over the one shown now, which app_go_back returns to (a
 * back stack, as Julius's windows): the history from the start screen
 * or from the board. */
void app_goto_over(app *a, app_scene scene);
/* Back to the screen the one shown was opened over (the start screen
 * when there is none). */
void app_go_back(app *a);
/* Follows the round's new moves (app_follow_play), then switches to the
 * scene asked for, if any, again while entering one asks for another
 * (app.c: after every input and frame step, and when the app has
 * begun). */
void app_switch_pending(app *a);
/* Picks the round that waits in the user's folder up again and shows it;
 * false (and the start screen says why) when it cannot be. */
bool app_resume(app *a);
/* The workshop's talk clock: started or paused (set back to the full
 * time once it is up), or set back when reset (T, a tap on it; R). */
void app_talk_clock(app *a, bool reset);
/* Asks q over the screen in these (translated) words; q->answered is
 * told the answer once (app_session.c). */
void app_ask(app *a, const app_question *q, const char *words);
/* Asks whether to go on with the round that waits in the user's folder
 * (or throw it away). */
void app_ask_resume(app *a);
/* Whether the question named name is asked now. */
bool app_asking(const app *a, const char *name);
/* Opens the Esc menu (or a theme's explanation) over the screen. */
void app_show_menu(app *a, app_menu_state state);
/* Follows the actions the screens sent to play (play_apply) since it
 * last looked: the round stored, the talk clock reset on a new card,
 * the screen that follows from the new state. Called by
 * app_switch_pending, after every input and frame step, before the next
 * screen is taken. */
void app_follow_play(app *a);
/* Starts a session with the start screen's choices (or the command
 * line's); false with a message in a->start.message when it cannot. */
bool app_start_session(app *a, const size_t *cards, size_t count);
/* Shows the screen that follows from the session's state (the board when
 * all cards are done, the turned card, the hand-over when tokens lie face
 * down, else the deal): one rule for play and for picking a round up. */
void app_show_round(app *a);
/* The way to play the start screen's choices make: the one chosen, or the
 * table for one person on the client side and a family for more. */
const mode_def *app_mode(const app *a);
/* The round being played (play.h's, read only); zeroed when there is
 * none, which app_playing says. */
const session *app_session(const app *a);
/* The choices a new round is made from (play.h's, read only): change
 * them through play_choose_*(&a->play, ...). */
const settings *app_settings(const app *a);
/* True while a round is being played (or lent for a picture). */
bool app_playing(const app *a);
/* Shows the board of a stored round that is not played (--export's
 * pictures), or gives it back when s is NULL: it is only lent. */
void app_show_stored(app *a, const session *s);
/* The way the round being played is played (its session's mode). */
const mode_def *app_session_mode(const app *a);
/* A workshop's teams as a list ("client:Cliënten,Professionals" when
 * none are named yet). */
void app_teams(const app *a, char *out, size_t size);
/* The seats the start screen's choices make for deck d: the teams, or
 * people on the client side in the roles named by role_ids; false with
 * the reason in why. */
bool app_make_seats(const app *a, const deck *d, const char *role_ids,
                    int people, session_seat *seats, size_t *n, char *why,
                    size_t why_size);
/* People on the client side, within what that way to play allows. */
int app_clients(const app *a);
/* Ends the session and shows the start screen. */
void app_back_to_start(app *a);
/* The deck being played or chosen (play.h's: choose through
 * play_choose_deck_at, play_choose_language, play_step_deck). */
const deck *app_deck(const app *a);
/* The place among the decks on offer of the deck with this id, or -1. */
int app_offered_deck(const app *a, const char *id);
/* The chosen deck's language, an index into its languages. */
size_t app_language(const app *a);
/* The training case being played, or chosen on the start screen for a
 * way to play that needs one (play_case); NULL when there is none. */
const casefile *app_case(const app *a);
/* Chooses a case (its deck too, play_choose_case) and follows its
 * language; false when there is no such case. */
bool app_choose_case(app *a, const char *id);
/* The first case after (delta > 0) or before the chosen one, in the
 * order of --list-cases (play_step_case), and its language. */
void app_next_case(app *a, int delta);
/* The pair's round before this one (play_previous): read when a round
 * of a pair starts or is picked up, forgotten when it ends; NULL when
 * there is none. */
const session *app_previous(const app *a);
/* The first answer a side gave on this round's card last time (matched
 * by the card's id), or SESSION_NO_ANSWER. */
int app_previous_answer(const app *a, size_t round, deck_role side);
/* After the deal: a seat a case fills (practising alone) answers, then
 * the screen the flow calls for. */
void app_dealt(app *a);
/* Switches the UI strings to the chosen deck language. */
void app_follow_language(const app *a);
/* Switches the UI strings to the language with this code (a seat's own,
 * on its place screen); app_follow_language switches back. */
void app_use_language(const app *a, const char *code);
/* Saves the start screen's choices to the user's folder. */
void app_save_settings(app *a);
/* The scene's name, for tests and messages. */
const char *app_scene_name(app_scene scene);
/* A file name in the user's folder: PREFIX-DATE-TIME.EXT, the date and
 * time of a->wall. It may be taken: store under it with
 * safe_file_commit_new, which adds a number then. */
bool app_user_file(app *a, const char *prefix, const char *ext, char *out,
                   size_t size);

#endif
