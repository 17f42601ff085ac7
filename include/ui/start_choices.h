/* start_choices: what the start screen's rows hold, and each row's step
 * to its next value (start_choices.c). The start screen draws the rows
 * and sends the steps; the values live in the play module. */
#ifndef ALLIANTIESPEL_START_CHOICES_H
#define ALLIANTIESPEL_START_CHOICES_H

#include <stddef.h>

#include "app.h"

/* The start screen's rows, top to bottom. */
typedef enum {
    START_ROW_DECK,     /* where you work, or the case in training */
    START_ROW_LANGUAGE, /* the deck's language, and the client side's own */
    START_ROW_CARDS,    /* quick round, all, or chosen by hand */
    START_ROW_KEEP,     /* on this computer, with a pair's code, nowhere */
    START_ROW_CLIENTS,  /* who plays: the mode table's listed rows */
    START_ROWS
} start_row;

/* Steps row's value delta steps (-1 back, 1 on). */
void start_choices_step(app *a, start_row row, int delta);
/* The words of the "who plays" row's value now ("3 people"). */
void start_choices_who_words(const app *a, char *out, size_t size);
/* The language the client side reads in when it has one of its own
 * ("client=CODE"), or -1. */
int start_choices_client_language(const app *a, const deck *d);
/* A language's own name ("Deutsch") for its code. */
const char *start_choices_language_name(const char *code);
/* The role of the client side's person i (settings.seats, or the side's
 * own role). */
size_t start_choices_seat_role(const app *a, const deck *d, int i);
/* Person i takes the deck's next client-side role (young person, parent,
 * carer, ...). */
void start_choices_next_role(app *a, int person);

#endif
