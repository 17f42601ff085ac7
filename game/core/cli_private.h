/* cli_private: what the command line's files share (cli.c parses and
 * runs the deck commands; cli_training.c the training ones). Not for
 * other modules. */
#ifndef ALLIANTIESPEL_CLI_PRIVATE_H
#define ALLIANTIESPEL_CLI_PRIVATE_H

#include <stdbool.h>
#include <stdio.h>

#include "catalog.h"
#include "cli.h"
#include "history.h"
#include "table.h"
#include "xlsx.h"

/* The installed decks and the user's own (--deck-dir); their problems
 * printed to err. CLI_EXIT_OK, or the exit status (c empty). */
int cli_load_decks(const cli_options *o, const char *data_dir, catalog *c,
                   FILE *err);
/* --check of one case file already read; false when it is not valid. */
bool cli_check_case(const char *path, const char *data, size_t size,
                    const catalog *decks, FILE *out, FILE *err);
int cli_list_cases(const cli_options *o, const char *data_dir, FILE *out,
                   FILE *err);
int cli_class(const cli_options *o, const char *data_dir, FILE *out,
              FILE *err);

/* A pair over time (cli_history.c): --history as a table or CSV,
 * --forget (asks on in unless --yes), and --export's answers, as a CSV
 * and a workbook (the pictures are the platform's: main.c). */
int cli_history(const cli_options *o, const char *data_dir, FILE *out,
                FILE *err);
int cli_forget(const cli_options *o, const char *data_dir, FILE *in,
               FILE *out, FILE *err);
int cli_export_answers(const cli_options *o, const char *data_dir, FILE *out,
                       FILE *err);

/* A pair's rounds as --history's table (cli_history.c): a row per round,
 * theme and side; keys are history_themes' */
#define CLI_HISTORY_COLUMNS 7
extern const char *const cli_history_columns[CLI_HISTORY_COLUMNS];
bool cli_history_rows(table_sink *sink, const history *h, const char **keys,
                      size_t themes);

/* A workbook the command line writes (cli_workbook.c): its first sheet
 * (what it is, the deck's scale and good ends, its sheets) and a sheet
 * per table. */
#define CLI_WORKBOOK_MAX_SHEETS (DECK_MAX_DIMENSIONS + 8)
typedef struct {
    char name[128];
    char about[256];
    xlsx_sheet *sheet;
    table_sink *sink;
} cli_workbook_sheet;
typedef struct {
    xlsx_book *book;
    xlsx_sheet *about;
    cli_workbook_sheet sheets[CLI_WORKBOOK_MAX_SHEETS];
    size_t sheet_count;
} cli_workbook;

/* Sets the words printed to --lang, else fallback (the results'
 * language; NULL: English); a fallback without a translation is English.
 * False, told on err, for a --lang with no translation. */
bool cli_language(const cli_options *o, const char *data_dir,
                  const char *fallback, FILE *err);
/* The deck's language the words were set to (cli_language), else its
 * first: a deck's titles and themes on the same line as those words. */
size_t cli_deck_language(const deck *d);

/* Sets the words to --lang (else lang, the results' language; else
 * English) and starts the workbook at path (named as how says) with its
 * first sheet. False, told on err, when it cannot (a file there without
 * --yes; --lang with no translation). For --out: cli_workbook_out. */
bool cli_workbook_open(cli_workbook *w, const cli_options *o,
                       const char *data_dir, const char *path,
                       safe_file_placing how, const char *lang, FILE *err);
/* The sheet named name with its header, added the first time (about says
 * what it holds, on the first sheet); NULL when it cannot be. */
table_sink *cli_workbook_table(cli_workbook *w, const char *name,
                               const char *about, const char *const *columns,
                               size_t count);
/* The first sheet: its title and what the workbook is; a line (none for
 * an empty value); the deck's scale and each theme's good end. */
void cli_workbook_title(cli_workbook *w, const char *title, const char *what);
void cli_workbook_note(cli_workbook *w, const char *label, table_cell value);
void cli_workbook_deck(cli_workbook *w, const deck *d);
/* Lists the sheets on the first, writes the workbook and puts it in
 * place; prints the name it got on out (when not NULL). The exit
 * status. */
int cli_workbook_close(cli_workbook *w, FILE *out, FILE *err);
void cli_workbook_abort(cli_workbook *w);

/* --summary --format xlsx of the round s. */
int cli_workbook_summary(const cli_options *o, const char *data_dir,
                         const session *s, FILE *out, FILE *err);
/* A pair's rounds (--history --format xlsx, and --export's workbook at
 * path): the answers (with_answers), the history's table and each
 * side's mean and the gap per round with a chart of the gap per theme. */
int cli_workbook_pair(const cli_options *o, const char *data_dir,
                      const history *h, const char *path,
                      safe_file_placing how, bool with_answers, FILE *out,
                      FILE *err);
/* How --out's workbook is named: never over a file, unless --yes. */
safe_file_placing cli_workbook_out(const cli_options *o);

#endif
