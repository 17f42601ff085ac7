/* layout: where everything goes for a window size. Pure arithmetic, no
 * SDL, so it is tested headless. Every size scales with the window: the
 * unit s is 1.0 at 1024x600 and grows with the shorter side. */
#ifndef ALLIANTIESPEL_LAYOUT_H
#define ALLIANTIESPEL_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>

#define LAYOUT_MAX_TOKENS 8    /* options on a scale (deck allows 7) */
#define LAYOUT_MAX_PLAYERS 8   /* SESSION_MAX_PLAYERS */
#define LAYOUT_MAX_ROWS 16     /* dimensions on the summary board */
#define LAYOUT_MAX_TOPICS 6
#define LAYOUT_MAX_PICK 60     /* items on one page of the card picker */
#define LAYOUT_START_ROWS 5
#define LAYOUT_MENU_ITEMS 4

typedef struct {
    int x, y, w, h;
} layout_rect;

/* What every screen shares: sizes and the top bar. */
typedef struct {
    int w, h;
    float s;             /* scale unit */
    bool portrait;       /* taller than wide: screens stack their parts */
    int margin, gap;
    int font_small, font_body, font_large, font_card, font_title;
    int button_h;
    int radius;          /* corner radius of cards and buttons */
    layout_rect top_bar;
    layout_rect progress;     /* "card 3 of 6" */
    layout_rect turn;         /* whose turn, right of the progress */
    layout_rect menu_button;
    layout_rect notice;       /* a lasting notice, full width under the bar */
    bool notice_shown;        /* ... and the screens laid out below it */
    bool projector;           /* the projector's profile: texts read from
                                 the back of a room */
    int min_text, min_card;   /* ... the smallest text and card text it
                                 allows (0 at the table) */
    bool paper;               /* a printed page (--export): dark ink on
                                 white, no felt, texts of 9 pt at least */
} layout_frame;

/* The height of a capital of the game's font (DejaVu Sans: 1493 of 2048
 * units) as a share of the size texts are asked in. */
#define LAYOUT_CAP_HEIGHT 0.729f

/* The projector's profile on a frame: every text's capitals at least
 * 1/40 of the screen's height, a card's at least 1/20 (seen from the
 * back of a room). */
void layout_frame_projector(layout_frame *f);
/* No text is drawn smaller than this many pixels, at any window size:
 * DejaVu's small letters are then 6 px high, what a client reads at arm's
 * length on a small laptop. A text that does not fit at it wraps, or ends
 * in "…" (draw_text). */
#define LAYOUT_TEXT_FLOOR 12
/* On a printed page no text is smaller than 9 pt: 19 px on --export's
 * A4 page at 150 dots per inch. */
#define LAYOUT_PAPER_FLOOR 19
/* The smallest size a text asked at size may shrink to in this frame. */
int layout_min_text(const layout_frame *f, int size);
/* The size a text asked at size starts from in this frame: never under
 * its least (the projector lifts small texts). */
int layout_text_size(const layout_frame *f, int size);

typedef struct {
    layout_rect card, card_text, card_title;
    layout_rect card_help;                 /* "?": the theme explained */
    layout_rect token[LAYOUT_MAX_TOKENS];  /* square: the chip's box */
    layout_rect label[LAYOUT_MAX_TOKENS];  /* short label under a chip */
    size_t token_count;
    layout_rect hint;                      /* "press 1-5, then Enter" */
    layout_rect skip, place;
} layout_place;

typedef struct {
    layout_rect panel;
    layout_rect title, subtitle;
    layout_rect chip[LAYOUT_MAX_PLAYERS];  /* face-down tokens on the table */
    size_t chip_count;
    layout_rect go;                        /* the big "continue" button */
    layout_rect take_back, skip;
} layout_handover;

typedef struct {
    layout_rect card, card_text, card_title;
    layout_rect card_help;                 /* "?": the theme explained */
    layout_rect card_other;                /* the professional's wording */
    layout_rect note;                      /* the good answer, on negative
                                              cards: "Here ‘Not true’ is
                                              good." */
    layout_rect talk;                      /* the talk prompt */
    layout_rect talk_without_note;         /* ... where no note is needed */
    layout_rect token[LAYOUT_MAX_PLAYERS];
    layout_rect name[LAYOUT_MAX_PLAYERS];
    layout_rect label[LAYOUT_MAX_PLAYERS];
    size_t player_count;
    layout_rect badge, badge_icon, badge_text;
    layout_rect mark, next;
    layout_rect keep_out;                  /* "alleen voor het gesprek" */
} layout_reveal;

typedef struct {
    layout_rect name, bar, sentence;
    layout_rect good;                      /* "good", right of the bar: the
                                              good end is on the right on
                                              every row */
    layout_rect help;                      /* "?": the theme explained */
} layout_board_row;

typedef struct {
    layout_rect title, legend;
    layout_rect board;
    layout_board_row row[LAYOUT_MAX_ROWS];
    size_t row_count;
    layout_rect topics_title;
    layout_rect topics_prev, topics_next;  /* paging, on the title's line */
    layout_rect aside[2];                  /* ... and left of it, buttons for
                                              what keys also do (T, G) */
    layout_rect topic[LAYOUT_MAX_TOPICS];
    size_t topic_count;                    /* lines that fit: a page */
    layout_rect status;
    layout_rect save_png, discard, new_round;
} layout_summary;

typedef struct {
    layout_rect label, prev, value, next;
} layout_start_row;

#define LAYOUT_MAX_SEAT_CHIPS 4

typedef struct {
    layout_rect title, subtitle;
    layout_start_row row[LAYOUT_START_ROWS];
    layout_rect seat[LAYOUT_MAX_SEAT_CHIPS]; /* a family's people by role */
    layout_rect description;
    layout_rect choose;    /* "choose cards" */
    layout_rect start;
    layout_rect message;
    layout_rect message_high;  /* the same from the seat chips' line down,
                                  when no chips are shown */
    layout_rect notice;    /* a lasting notice: over the title and the
                              subtitle, so nothing moves when it comes */
} layout_start;

typedef struct {
    layout_rect title;
    layout_rect keys;      /* which keys do what */
    layout_rect item[LAYOUT_MAX_PICK];
    size_t per_page;
    layout_rect prev, page, next, done;
} layout_pick;

typedef struct {
    layout_rect pile, card;
} layout_deal;

typedef struct {
    layout_rect shade, panel, title;
    layout_rect item[LAYOUT_MENU_ITEMS];
} layout_menu;

#define LAYOUT_MAX_CHARTS 4       /* themes on the history screen */
#define LAYOUT_MAX_HISTORY_LINES 24

typedef struct {
    layout_rect box, title, plot, words;
    layout_rect span;  /* in plot: from the good end (its top edge) to the
                          bad end (its bottom edge), the lines drawn there */
    layout_rect good;  /* "good", left of the plot beside span's top edge */
} layout_history_chart;

typedef struct {
    layout_rect title, legend;
    layout_rect line[LAYOUT_MAX_HISTORY_LINES]; /* the rounds, one a line */
    size_t list_count;
    layout_history_chart chart[LAYOUT_MAX_CHARTS];
    size_t chart_count;
    layout_rect back, forget;
} layout_history;

/* The pair's code typed by touch (layout_code.c): the letters and digits
 * go in keys (keypad.h), the code in their field. */
typedef struct {
    layout_rect title, note, keys;
    layout_rect back, history, done;
} layout_code;

void layout_frame_make(int w, int h, layout_frame *f);
/* Makes room for the lasting notice: the top bar takes its height too, so
 * every screen lays itself out below it and the notice hides nothing. */
void layout_frame_notice(layout_frame *f);
void layout_place_make(const layout_frame *f, size_t options,
                       layout_place *out);
void layout_handover_make(const layout_frame *f, size_t chips,
                          layout_handover *out);
void layout_reveal_make(const layout_frame *f, size_t players,
                        layout_reveal *out);
void layout_summary_make(const layout_frame *f, size_t rows, size_t topics,
                         layout_summary *out);
void layout_start_make(const layout_frame *f, layout_start *out);
void layout_pick_make(const layout_frame *f, layout_pick *out);
void layout_deal_make(const layout_frame *f, layout_deal *out);
void layout_menu_make(const layout_frame *f, layout_menu *out);
void layout_code_make(const layout_frame *f, layout_code *out);
/* A pair's history (layout_history.c) with charts themes. */
void layout_history_make(const layout_frame *f, size_t charts,
                         layout_history *out);

bool layout_contains(layout_rect r, int x, int y);
bool layout_inside(layout_rect inner, layout_rect outer);
bool layout_overlap(layout_rect a, layout_rect b);
layout_rect layout_inset(layout_rect r, int d);
/* a rect between two others, linearly: t = 0 gives a, 1 gives b */
layout_rect layout_lerp(layout_rect a, layout_rect b, float t);

#endif
