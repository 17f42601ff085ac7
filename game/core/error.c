/* error: a list of diagnostics, printed the way a compiler prints them. */
#include "error.h"

#include "utf8.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void error_list_init(error_list *list)
{
    list->items = NULL;
    list->count = 0;
    list->dropped = 0;
    list->os_error = 0;
}

void error_list_clear(error_list *list)
{
    for (size_t i = 0; i < list->count; i++) {
        free(list->items[i].file);
        free(list->items[i].message);
    }
    list->count = 0;
    list->dropped = 0;
    list->os_error = 0;
}

void error_list_free(error_list *list)
{
    error_list_clear(list);
    free(list->items);
    list->items = NULL;
}

bool error_list_empty(const error_list *list)
{
    return list->count == 0 && list->dropped == 0;
}

static char *copy_string(const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s) + 1;
    char *c = malloc(n);
    if (c)
        memcpy(c, s, n);
    return c;
}

void error_add(error_list *list, const char *file, int line, int column,
               const char *format, ...)
{
    if (list->count >= ERROR_MAX_KEPT) {
        list->dropped++;
        return;
    }
    /* Items are allocated in one block up to the cap, the first time. */
    if (!list->items) {
        list->items = calloc(ERROR_MAX_KEPT, sizeof *list->items);
        if (!list->items) {
            list->dropped++;
            return;
        }
    }
    char buf[1024];
    va_list args;
    va_start(args, format);
    vsnprintf(buf, sizeof buf, format, args);
    va_end(args);

    error_item *item = &list->items[list->count];
    item->file = copy_string(file);
    item->message = copy_string(buf);
    if (!item->message || (file && !item->file)) {
        free(item->file);
        free(item->message);
        list->dropped++;
        return;
    }
    item->line = line;
    item->column = column;
    list->count++;
}

void error_add_os(error_list *list, const char *file, int os_errno,
                  const char *format, ...)
{
    if (list->os_error == 0)
        list->os_error = os_errno;
    char buf[768];
    va_list args;
    va_start(args, format);
    vsnprintf(buf, sizeof buf, format, args);
    va_end(args);
    error_add(list, file, 0, 0, "%s: %s", buf, strerror(os_errno));
}

static void format_raw(const error_item *item, char *buf, size_t size)
{
    if (item->file && item->line > 0 && item->column > 0)
        snprintf(buf, size, "%s:%d:%d: error: %s", item->file, item->line,
                 item->column, item->message);
    else if (item->file && item->line > 0)
        snprintf(buf, size, "%s:%d: error: %s", item->file, item->line,
                 item->message);
    else if (item->file)
        snprintf(buf, size, "%s: error: %s", item->file, item->message);
    else
        snprintf(buf, size, "error: %s", item->message);
}

/* A file's name and a message may carry what a person typed or a file
 * held: shown with its control and direction characters written out, so
 * a terminal runs no escape sequence and a window turns no text round. */
static void format_item(const error_item *item, char *out, size_t size)
{
    char buf[2048];
    format_raw(item, buf, sizeof buf);
    utf8_escape(buf, out, size);
}

void error_print(const error_list *list, FILE *out)
{
    char buf[2048];
    for (size_t i = 0; i < list->count; i++) {
        format_item(&list->items[i], buf, sizeof buf);
        fprintf(out, "%s\n", buf);
    }
    if (list->dropped)
        fprintf(out, "(%zu more errors not shown)\n", list->dropped);
}

void error_format_first(const error_list *list, char *buf, size_t size)
{
    if (size == 0)
        return;
    if (list->count)
        format_item(&list->items[0], buf, size);
    else if (list->dropped)
        snprintf(buf, size, "error: out of memory");
    else
        buf[0] = '\0';
}
