/* xlsx: a workbook (.xlsx, for Excel and LibreOffice) written through
 * libxlsxwriter, the way every file of the game is written: readable by
 * the owner only, whole or not at all, and never over a file already
 * there unless the caller says so. libxlsxwriter writes to a name, so it
 * writes into a private folder beside the target (safe_file), whose file
 * is moved into place once it is whole.
 *
 * A sheet is a table (its header row bold, frozen and with a filter, the
 * cells typed: text stays text, "=1+1" too; numbers are numbers; a time
 * is a date in local time) or notes (a title, then label and value
 * lines). Every library failure is kept, the first one said when the
 * workbook is closed, naming the file. */
#ifndef ALLIANTIESPEL_XLSX_H
#define ALLIANTIESPEL_XLSX_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "safe_file.h"
#include "table.h"

typedef struct xlsx_book xlsx_book;
typedef struct xlsx_sheet xlsx_sheet;

/* Starts the workbook that will be path, named at close the way how says
 * (safe_file_place); a file at path that would stop it is refused now
 * already. NULL with the reason in errors. */
xlsx_book *xlsx_open(const char *path, safe_file_placing how,
                     error_list *errors);

/* A sheet, named name (made a valid sheet name: at most 31 characters,
 * none of []:*?/\). NULL when it cannot be made; the book says why at
 * xlsx_close. Sheets are in the order they are added. */
xlsx_sheet *xlsx_sheet_add(xlsx_book *b, const char *name);

/* The sheet as a table's writer: the header row, then the rows. */
table_sink *xlsx_sheet_table(xlsx_sheet *s);

/* Notes: a title in large bold, then a line of a bold label and its value
 * (any cell; a time is a date), and an empty line. */
void xlsx_title(xlsx_sheet *s, const char *text);
void xlsx_note(xlsx_sheet *s, const char *label, table_cell value);
void xlsx_gap(xlsx_sheet *s);

/* A line chart beside a table sheet's rows so far: the categories from
 * column category (a date), a line per column in columns, named by its
 * header. */
void xlsx_line_chart(xlsx_sheet *s, const char *title, size_t category,
                     const size_t *columns, size_t count);

/* Writes the workbook and puts it at its path, or the name it got into
 * chosen; false with the reason in errors (nothing written then). Frees
 * b either way. */
bool xlsx_close(xlsx_book *b, char *chosen, size_t size, error_list *errors);

/* Drops the workbook: nothing is written; frees b. Safe on NULL. */
void xlsx_abort(xlsx_book *b);

#endif
