/* table: a table of the command line's exports as typed cells, the one
 * description of its columns that the CSV (result_csv.c) and the
 * workbook (xlsx.c) both write from, so the two cannot drift apart. A
 * producer (the answers, --class, --history) hands a writer, a
 * table_sink, its header once and then each row; the writer decides how
 * a cell looks: "2026-12-07T13:50:38Z" in a CSV, a date in a workbook. */
#ifndef ALLIANTIESPEL_TABLE_H
#define ALLIANTIESPEL_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum {
    TABLE_EMPTY, /* nothing: an empty field, a blank cell */
    TABLE_TEXT,  /* always text, whatever it looks like ("=1+1", "3-4") */
    TABLE_INT,   /* a whole number */
    TABLE_REAL,  /* a number shown with two decimals ("%.2f") */
    TABLE_TIME,  /* seconds since 1970 (UTC); a CSV writes ISO 8601 UTC,
                    a workbook a date in local time */
    TABLE_BOOL   /* "true" or "false" in a CSV */
} table_kind;

typedef struct {
    table_kind kind;
    const char *text;  /* TABLE_TEXT; never NULL there */
    long long integer; /* TABLE_INT; TABLE_BOOL (0 or 1) */
    double real;       /* TABLE_REAL */
    int64_t time;      /* TABLE_TIME */
} table_cell;

/* A table's writer. Both return false when the writer failed (told by
 * the writer, e.g. in a stream's error flag or a workbook's error); the
 * producer stops then. */
typedef struct table_sink {
    bool (*header)(struct table_sink *sink, const char *const *columns,
                   size_t count);
    bool (*row)(struct table_sink *sink, const table_cell *cells,
                size_t count);
} table_sink;

static inline table_cell table_empty(void)
{
    return (table_cell){ .kind = TABLE_EMPTY };
}

/* A text; NULL or "" is an empty cell. */
static inline table_cell table_text(const char *text)
{
    return (table_cell){ .kind = text && text[0] ? TABLE_TEXT : TABLE_EMPTY,
                         .text = text };
}

static inline table_cell table_int(long long n)
{
    return (table_cell){ .kind = TABLE_INT, .integer = n };
}

static inline table_cell table_real(double x)
{
    return (table_cell){ .kind = TABLE_REAL, .real = x };
}

static inline table_cell table_time(int64_t t)
{
    return (table_cell){ .kind = TABLE_TIME, .time = t };
}

static inline table_cell table_bool(bool b)
{
    return (table_cell){ .kind = TABLE_BOOL, .integer = b ? 1 : 0 };
}

#endif
