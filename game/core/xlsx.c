/* xlsx: see xlsx.h. libxlsxwriter keeps the sheets in memory and writes
 * the zip at workbook_close; its temporary files go into our private
 * folder too, so no answer passes through a shared /tmp. */
#include "xlsx.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xlsxwriter.h>

#include "safe_file.h"
#include "os.h"

#define XLSX_MAX_SHEETS 40
#define XLSX_MAX_COLUMNS 64
#define XLSX_MAX_WIDTH 60.0
#define XLSX_NAME_MAX 31 /* characters in a sheet's name, Excel's limit */

struct xlsx_sheet {
    table_sink sink; /* first: the sink's callbacks find the sheet */
    xlsx_book *book;
    lxw_worksheet *ws;
    char name[4 * XLSX_NAME_MAX + 1];
    lxw_row_t rows;  /* rows written, the header included */
    size_t columns;  /* a table's header's; 0 for notes */
    double width[XLSX_MAX_COLUMNS];
};

struct xlsx_book {
    lxw_workbook *wb;
    char *path;
    safe_file_placing how;
    char dir[4096];  /* the private folder beside path */
    char file[4200]; /* the workbook libxlsxwriter writes in it */
    lxw_error failure; /* the first, LXW_NO_ERROR while none */
    const char *failed; /* what was being done then */
    lxw_format *bold, *heading, *date, *real;
    xlsx_sheet *sheets[XLSX_MAX_SHEETS];
    size_t sheet_count;
};

/* Keeps the first failure; the rest follow from it. */
static bool xlsx_check(xlsx_book *b, lxw_error e, const char *what)
{
    if (e != LXW_NO_ERROR && b->failure == LXW_NO_ERROR) {
        b->failure = e;
        b->failed = what;
    }
    return e == LXW_NO_ERROR;
}

static lxw_format *xlsx_format(xlsx_book *b, bool bold, double size,
                               const char *number)
{
    lxw_format *f = workbook_add_format(b->wb);
    if (!f) {
        xlsx_check(b, LXW_ERROR_MEMORY_MALLOC_FAILED, "make a format");
        return NULL;
    }
    if (bold)
        format_set_bold(f);
    if (size > 0)
        format_set_font_size(f, size);
    if (number)
        format_set_num_format(f, number);
    return f;
}

static void xlsx_cleanup(xlsx_book *b)
{
    if (b->file[0])
        (void)os_remove(b->file); /* gone once placed; else a failed try */
    if (b->dir[0])
        (void)os_remove_folder(b->dir);
    for (size_t i = 0; i < b->sheet_count; i++)
        free(b->sheets[i]);
    free(b->path);
    free(b);
}

xlsx_book *xlsx_open(const char *path, safe_file_placing how,
                     error_list *errors)
{
    if (how != SAFE_FILE_NUMBERED &&
        !safe_file_may_write(path, how == SAFE_FILE_REPLACE, errors))
        return NULL;
    xlsx_book *b = calloc(1, sizeof *b);
    if (!b || !(b->path = strdup(path))) {
        free(b);
        error_add(errors, path, 0, 0, "out of memory");
        return NULL;
    }
    b->how = how;
    if (!safe_file_private_dir(path, b->dir, sizeof b->dir, errors)) {
        b->dir[0] = '\0';
        xlsx_cleanup(b);
        return NULL;
    }
    snprintf(b->file, sizeof b->file, "%s/workbook.xlsx", b->dir);
    lxw_workbook_options options = { .constant_memory = LXW_FALSE,
                                     .tmpdir = b->dir,
                                     .use_zip64 = LXW_FALSE };
    b->wb = workbook_new_opt(b->file, &options);
    if (!b->wb) {
        error_add(errors, path, 0, 0, "cannot start the workbook: out of memory");
        xlsx_cleanup(b);
        return NULL;
    }
    b->bold = xlsx_format(b, true, 0, NULL);
    b->heading = xlsx_format(b, true, 14, NULL);
    b->date = xlsx_format(b, false, 0, "yyyy-mm-dd hh:mm");
    b->real = xlsx_format(b, false, 0, "0.00");
    return b;
}

/* Excel's rules for a sheet's name: 1 to 31 characters, none of
 * []:*?/\, not starting or ending with an apostrophe. */
static void xlsx_sheet_name(const char *name, char *out, size_t size)
{
    size_t n = 0, chars = 0;
    for (const char *p = name; *p && n + 5 < size; p++) {
        unsigned char c = (unsigned char)*p;
        bool starts = (c & 0xc0) != 0x80;
        if (starts && chars == XLSX_NAME_MAX)
            break;
        chars += starts;
        out[n++] = strchr("[]:*?/\\", c) ? '-' : (char)c;
    }
    out[n] = '\0';
    if (n == 0)
        snprintf(out, size, "-");
    if (out[0] == '\'')
        out[0] = '-';
    if (out[strlen(out) - 1] == '\'')
        out[strlen(out) - 1] = '-';
}

static size_t xlsx_chars(const char *text)
{
    size_t n = 0;
    for (const char *p = text; *p; p++)
        n += ((unsigned char)*p & 0xc0) != 0x80;
    return n;
}

static void xlsx_widen(xlsx_sheet *s, size_t col, size_t chars)
{
    if (col < XLSX_MAX_COLUMNS && (double)chars > s->width[col])
        s->width[col] = (double)chars;
}

/* A time as a date in local time, as people read their own clock; a
 * time Excel cannot hold (before 1900) as the result file's text. */
static lxw_error xlsx_time(xlsx_sheet *s, lxw_row_t row, lxw_col_t col,
                           int64_t t)
{
    time_t when = (time_t)t;
    struct tm tm;
    if (os_local_time((int64_t)when, &tm) && tm.tm_year >= 0) {
        lxw_datetime dt = { tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                            tm.tm_hour, tm.tm_min, tm.tm_sec };
        xlsx_widen(s, col, 16);
        return worksheet_write_datetime(s->ws, row, col, &dt, s->book->date);
    }
    char text[64] = "";
    if (os_utc_time((int64_t)when, &tm))
        strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
    xlsx_widen(s, col, strlen(text));
    return worksheet_write_string(s->ws, row, col, text, NULL);
}

static lxw_error xlsx_cell(xlsx_sheet *s, lxw_row_t row, lxw_col_t col,
                           const table_cell *c)
{
    char number[64];
    switch (c->kind) {
    case TABLE_TEXT:
        /* a string, never a formula or a number: "=1+1" and "3-4" stay
         * what was typed */
        xlsx_widen(s, col, xlsx_chars(c->text));
        return worksheet_write_string(s->ws, row, col, c->text, NULL);
    case TABLE_INT:
        xlsx_widen(s, col, (size_t)snprintf(number, sizeof number, "%lld",
                                            c->integer));
        return worksheet_write_number(s->ws, row, col, (double)c->integer, NULL);
    case TABLE_REAL:
        /* the value the CSV shows, to the digit */
        xlsx_widen(s, col, (size_t)snprintf(number, sizeof number, "%.2f",
                                            c->real));
        return worksheet_write_number(s->ws, row, col, strtod(number, NULL),
                                      s->book->real);
    case TABLE_BOOL:
        xlsx_widen(s, col, 5);
        return worksheet_write_boolean(s->ws, row, col, (int)c->integer, NULL);
    case TABLE_TIME:
        return xlsx_time(s, row, col, c->time);
    case TABLE_EMPTY:
        break;
    }
    return LXW_NO_ERROR;
}

static bool xlsx_row(table_sink *sink, const table_cell *cells, size_t count)
{
    xlsx_sheet *s = (xlsx_sheet *)sink;
    if (s->rows >= LXW_ROW_MAX)
        return xlsx_check(s->book, LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE,
                          "write a row: the sheet is full");
    bool ok = true;
    for (size_t i = 0; i < count && ok; i++)
        ok = xlsx_check(s->book, xlsx_cell(s, s->rows, (lxw_col_t)i, &cells[i]),
                        "write a cell");
    s->rows++;
    return ok;
}

static bool xlsx_header(table_sink *sink, const char *const *columns,
                        size_t count)
{
    xlsx_sheet *s = (xlsx_sheet *)sink;
    bool ok = true;
    for (size_t i = 0; i < count && ok; i++) {
        xlsx_widen(s, i, xlsx_chars(columns[i]) + 2); /* the filter's arrow */
        ok = xlsx_check(s->book, worksheet_write_string(s->ws, s->rows,
                                                        (lxw_col_t)i, columns[i],
                                                        s->book->bold),
                        "write the header");
    }
    s->columns = count;
    /* the header stays in sight however far down one scrolls */
    worksheet_freeze_panes(s->ws, s->rows + 1, 0);
    s->rows++;
    return ok;
}

xlsx_sheet *xlsx_sheet_add(xlsx_book *b, const char *name)
{
    if (b->sheet_count == XLSX_MAX_SHEETS) {
        xlsx_check(b, LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, "add a sheet");
        return NULL;
    }
    xlsx_sheet *s = calloc(1, sizeof *s);
    if (!s) {
        xlsx_check(b, LXW_ERROR_MEMORY_MALLOC_FAILED, "add a sheet");
        return NULL;
    }
    xlsx_sheet_name(name, s->name, sizeof s->name);
    lxw_error e = workbook_validate_sheet_name(b->wb, s->name);
    if (!xlsx_check(b, e, "name a sheet") ||
        !(s->ws = workbook_add_worksheet(b->wb, s->name))) {
        xlsx_check(b, LXW_ERROR_MEMORY_MALLOC_FAILED, "add a sheet");
        free(s);
        return NULL;
    }
    s->book = b;
    s->sink.header = xlsx_header;
    s->sink.row = xlsx_row;
    b->sheets[b->sheet_count++] = s;
    return s;
}

table_sink *xlsx_sheet_table(xlsx_sheet *s)
{
    return s ? &s->sink : NULL;
}

void xlsx_title(xlsx_sheet *s, const char *text)
{
    if (!s)
        return;
    xlsx_check(s->book, worksheet_write_string(s->ws, s->rows, 0, text,
                                               s->book->heading),
               "write the title");
    s->rows += 2;
}

void xlsx_note(xlsx_sheet *s, const char *label, table_cell value)
{
    if (!s)
        return;
    xlsx_widen(s, 0, xlsx_chars(label));
    if (xlsx_check(s->book, worksheet_write_string(s->ws, s->rows, 0, label,
                                                   s->book->bold),
                   "write a note"))
        xlsx_check(s->book, xlsx_cell(s, s->rows, 1, &value), "write a note");
    s->rows++;
}

void xlsx_gap(xlsx_sheet *s)
{
    if (s)
        s->rows++;
}

void xlsx_line_chart(xlsx_sheet *s, const char *title, size_t category,
                     const size_t *columns, size_t count)
{
    if (!s || s->rows < 2 || count == 0)
        return;
    lxw_chart *chart = workbook_add_chart(s->book->wb, LXW_CHART_LINE);
    if (!chart) {
        xlsx_check(s->book, LXW_ERROR_MEMORY_MALLOC_FAILED, "make a chart");
        return;
    }
    chart_title_set_name(chart, title);
    lxw_row_t last = s->rows - 1;
    for (size_t i = 0; i < count; i++) {
        lxw_chart_series *line = chart_add_series(chart, NULL, NULL);
        if (!line) {
            xlsx_check(s->book, LXW_ERROR_MEMORY_MALLOC_FAILED, "make a chart");
            return;
        }
        lxw_col_t c = (lxw_col_t)columns[i], x = (lxw_col_t)category;
        chart_series_set_categories(line, s->name, 1, x, last, x);
        chart_series_set_values(line, s->name, 1, c, last, c);
        chart_series_set_name_range(line, s->name, 0, c);
        chart_series_set_marker_type(line, LXW_CHART_MARKER_CIRCLE);
    }
    xlsx_check(s->book, worksheet_insert_chart(s->ws, 1, (lxw_col_t)(s->columns + 1),
                                               chart),
               "place a chart");
}

/* Widths that fit what was written (to a limit), and a table's filter. */
static void xlsx_finish(xlsx_sheet *s)
{
    for (size_t c = 0; c < XLSX_MAX_COLUMNS; c++) {
        if (s->width[c] <= 0)
            continue;
        double w = s->width[c] < XLSX_MAX_WIDTH ? s->width[c] : XLSX_MAX_WIDTH;
        xlsx_check(s->book, worksheet_set_column(s->ws, (lxw_col_t)c,
                                                 (lxw_col_t)c, w + 2, NULL),
                   "size a column");
    }
    if (s->columns > 0)
        xlsx_check(s->book, worksheet_autofilter(s->ws, 0, 0, s->rows - 1,
                                                 (lxw_col_t)(s->columns - 1)),
                   "put a filter on the header");
}

bool xlsx_close(xlsx_book *b, char *chosen, size_t size, error_list *errors)
{
    for (size_t i = 0; i < b->sheet_count; i++)
        xlsx_finish(b->sheets[i]);
    xlsx_check(b, workbook_close(b->wb), "write the workbook");
    b->wb = NULL;
    bool ok = b->failure == LXW_NO_ERROR;
    if (!ok)
        error_add(errors, b->path, 0, 0, "cannot write the workbook: %s: %s",
                  b->failed, lxw_strerror(b->failure));
    ok = ok && safe_file_place(b->file, b->path, b->how, chosen, size, errors);
    xlsx_cleanup(b);
    return ok;
}

void xlsx_abort(xlsx_book *b)
{
    if (!b)
        return;
    lxw_workbook_free(b->wb);
    xlsx_cleanup(b);
}
