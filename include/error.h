/* error: a list of diagnostics with file, line, column and message,
 * printed the way a compiler prints them. */
#ifndef ALLIANTIESPEL_ERROR_H
#define ALLIANTIESPEL_ERROR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* printf's checks on a message's arguments; gnu_printf where the C
 * library is mingw's (its own printf, with %zu: __USE_MINGW_ANSI_STDIO) */
#ifdef __MINGW32__
#define ERROR_PRINTF(f, a) __attribute__((format(gnu_printf, f, a)))
#else
#define ERROR_PRINTF(f, a) __attribute__((format(printf, f, a)))
#endif

/* More than this many diagnostics per list are counted but not kept:
 * a garbage file must not make us allocate without bound. */
#define ERROR_MAX_KEPT 200

typedef struct {
    char *file;    /* may be NULL */
    int line;      /* 1-based; 0 when unknown */
    int column;    /* 1-based; 0 when unknown */
    char *message;
} error_item;

typedef struct {
    error_item *items;
    size_t count;      /* kept items */
    size_t dropped;    /* items past ERROR_MAX_KEPT */
    /* The errno of the first operating-system failure added with
     * error_add_os, 0 when none: the UI turns it into words for people
     * (disk full, not allowed, folder missing). */
    int os_error;
} error_list;

void error_list_init(error_list *list);
void error_list_free(error_list *list);
void error_list_clear(error_list *list);
bool error_list_empty(const error_list *list);

/* Adds one diagnostic. Never fails visibly: on out of memory the item is
 * counted as dropped, so the caller still sees that something went wrong. */
void error_add(error_list *list, const char *file, int line, int column,
               const char *format, ...)
    ERROR_PRINTF(5, 6);

/* Adds "MESSAGE: strerror(os_errno)" for file (no position), and keeps
 * os_errno in list->os_error unless an earlier failure set it. */
void error_add_os(error_list *list, const char *file, int os_errno,
                  const char *format, ...)
    ERROR_PRINTF(4, 5);

/* Prints "FILE:LINE:COL: error: MESSAGE" per item (parts left out when
 * unknown) and a count of dropped items. */
void error_print(const error_list *list, FILE *out);

/* The first message formatted as one line into buf (for a window). */
void error_format_first(const error_list *list, char *buf, size_t size);

#endif
