/* web_page: what the game asks of the page it runs in, in the browser
 * build (emscripten; web_page.c, game/platform/web/pre.js). Nothing of it
 * exists in a desktop build. */
#ifndef ALLIANTIESPEL_WEB_PAGE_H
#define ALLIANTIESPEL_WEB_PAGE_H

#ifdef __EMSCRIPTEN__
#include <stdbool.h>
#include <stdio.h>

#include "cli.h"

/* The options from the page's address (?domain=reclassering&cards=quick,
 * ?mode=workshop&hands): the command line's names, through the same
 * codec (params.h), only those a page may set. Returns CLI_EXIT_OK, or
 * the code after telling err why. */
int web_page_options(cli_options *o, FILE *err);

/* The game's window is up and the page's timers run it: what the program
 * writes from now on goes to the browser's console, not over the game. */
void web_page_playing(void);
/* The game has ended (code: the exit code): the page says so, with a way
 * to start again. */
void web_page_closed(int code);
/* Hands the file at path (in the game's file system) to the browser as a
 * download named name; false when it cannot be read. */
bool web_page_download(const char *path, const char *name, const char *type);
/* A frame was shown (the count so far): the page keeps the count, so a
 * test can see that an idle tab draws nothing. */
void web_page_presented(unsigned long frames);
/* Milliseconds since the page began to load (the browser's clock). */
double web_page_since_load_ms(void);
#endif

#endif
