/* cli_workbook: the workbooks the command line writes (--format xlsx,
 * and --export's): a first sheet that says what the workbook is, in the
 * language of --lang, then a sheet per table with the CSV's columns
 * (xlsx.h does the typing, the safety and the file). */
#include <stdlib.h>
#include <string.h>

#include "cli_private.h"
#include "datadir.h"
#include "i18n.h"
#include "result.h"
#include "os.h"

safe_file_placing cli_workbook_out(const cli_options *o)
{
    return o->yes ? SAFE_FILE_REPLACE : SAFE_FILE_NEW;
}

bool cli_workbook_open(cli_workbook *w, const cli_options *o,
                       const char *data_dir, const char *path,
                       safe_file_placing how, const char *lang, FILE *err)
{
    memset(w, 0, sizeof *w);
    /* The workbook's cells stay on the heap while --class reads file
     * after file; glibc then gives each file's memory back to the system
     * and takes it again (brk, page faults): 0.25 s of a 1,000-file
     * class's 0.5. A higher threshold keeps it (docs/performance.md). */
    os_keep_freed_memory(8 << 20);
    /* the first sheet's words follow --lang, else the results' language */
    bool ok = cli_language(o, data_dir, lang, err);
    error_list errors;
    error_list_init(&errors);
    w->book = ok ? xlsx_open(path, how, &errors) : NULL;
    if (w->book)
        w->about = xlsx_sheet_add(w->book, _("About this file"));
    error_print(&errors, err);
    error_list_free(&errors);
    if (!w->book && ok && how == SAFE_FILE_NEW && os_exists(path))
        fprintf(err, "alliantiespel: --yes replaces it\n");
    if (!w->book)
        i18n_shutdown();
    return w->book != NULL;
}

table_sink *cli_workbook_table(cli_workbook *w, const char *name,
                               const char *about, const char *const *columns,
                               size_t count)
{
    for (size_t i = 0; i < w->sheet_count; i++)
        if (strcmp(w->sheets[i].name, name) == 0)
            return w->sheets[i].sink;
    if (w->sheet_count == CLI_WORKBOOK_MAX_SHEETS)
        return NULL;
    xlsx_sheet *sheet = xlsx_sheet_add(w->book, name);
    table_sink *sink = xlsx_sheet_table(sheet);
    if (!sink || !sink->header(sink, columns, count))
        return NULL;
    cli_workbook_sheet *s = &w->sheets[w->sheet_count++];
    s->sheet = sheet;
    snprintf(s->name, sizeof s->name, "%s", name);
    snprintf(s->about, sizeof s->about, "%s", about);
    s->sink = sink;
    return sink;
}

void cli_workbook_note(cli_workbook *w, const char *label, table_cell value)
{
    if (value.kind != TABLE_EMPTY) /* no pair, no group: no line */
        xlsx_note(w->about, label, value);
}

void cli_workbook_title(cli_workbook *w, const char *title, const char *what)
{
    xlsx_title(w->about, title);
    xlsx_note(w->about, _("What"), table_text(what));
}

void cli_workbook_deck(cli_workbook *w, const deck *d)
{
    char text[512], count[64];
    xlsx_gap(w->about);
    cli_workbook_note(w, _("Deck"), table_text(deck_text(d, &d->title, 0)));
    i18n_count(count, sizeof count, "%s answer option", "%s answer options",
               d->option_count);
    cli_workbook_note(w, _("Scale"), table_text(count));
    for (size_t i = 0; i < d->option_count; i++) {
        char position[24];
        snprintf(position, sizeof position, "%zu", i + 1);
        cli_workbook_note(w, position,
                          table_text(deck_text(d, &d->options[i].label, 0)));
    }
    xlsx_gap(w->about);
    cli_workbook_note(w, _("Theme"), table_text(_("The good end of the scale")));
    for (size_t i = 0; i < d->dimension_count; i++) {
        const deck_dimension *dim = &d->dimensions[i];
        char last[24];
        snprintf(last, sizeof last, "%zu", d->option_count);
        if (dim->negative)
            i18n_format(text, sizeof text, _("low: 1 (%s)"),
                        deck_text(d, &d->options[0].label, 0), NULL);
        else
            i18n_format(text, sizeof text, _("high: %s (%s)"), last,
                        deck_text(d, &d->options[d->option_count - 1].label, 0));
        cli_workbook_note(w, deck_text(d, &dim->name, 0), table_text(text));
    }
}

int cli_workbook_close(cli_workbook *w, FILE *out, FILE *err)
{
    xlsx_gap(w->about);
    cli_workbook_note(w, _("Sheet"), table_text(_("What it holds")));
    for (size_t i = 0; i < w->sheet_count; i++)
        cli_workbook_note(w, w->sheets[i].name, table_text(w->sheets[i].about));
    xlsx_gap(w->about);
    cli_workbook_note(w, _("Made by"),
                      table_text("alliantiespel " ALLIANTIESPEL_VERSION));
    error_list errors;
    error_list_init(&errors);
    char chosen[4096];
    bool ok = xlsx_close(w->book, chosen, sizeof chosen, &errors);
    w->book = NULL;
    error_print(&errors, err);
    error_list_free(&errors);
    i18n_shutdown();
    if (ok && out)
        fprintf(out, "%s\n", chosen);
    return ok ? CLI_EXIT_OK : CLI_EXIT_FAILURE;
}

void cli_workbook_abort(cli_workbook *w)
{
    xlsx_abort(w->book);
    w->book = NULL;
    i18n_shutdown();
}

int cli_workbook_summary(const cli_options *o, const char *data_dir,
                         const session *s, FILE *out, FILE *err)
{
    cli_workbook w;
    if (!cli_workbook_open(&w, o, data_dir, o->out_path, cli_workbook_out(o),
                           s->deck->languages[s->language], err))
        return CLI_EXIT_FAILURE;
    char cards[64];
    cli_workbook_title(&w, _("Alliantiespel: the answers of one round"),
                       _("Every answer of the round, a row each, as in "
                         "--summary --format csv"));
    cli_workbook_note(&w, _("Played on"), table_time(s->started_at));
    i18n_count(cards, sizeof cards, "%s card", "%s cards", s->round_count);
    cli_workbook_note(&w, _("Cards"), table_text(cards));
    cli_workbook_note(&w, _("Way to play"), table_text(s->mode));
    cli_workbook_note(&w, _("Pair"), table_text(s->pair));
    cli_workbook_note(&w, _("Group"), table_text(s->group));
    cli_workbook_note(&w, _("Case"), table_text(s->case_id));
    cli_workbook_deck(&w, s->deck);
    table_sink *answers = cli_workbook_table(&w, _("Answers"),
                                             _("a row per answer"),
                                             result_csv_columns,
                                             RESULT_CSV_COLUMNS);
    if (answers) /* else, and when a row fails, the book tells at close */
        result_table_rows(s, answers);
    return cli_workbook_close(&w, out, err);
}

/* The sheet's chart: a line of the gap per theme over the rounds. */
static void workbook_chart(cli_workbook *w, const table_sink *sink,
                           const char *title, size_t themes)
{
    size_t gaps[DECK_MAX_DIMENSIONS];
    for (size_t t = 0; t < themes; t++)
        gaps[t] = 2 + 3 * t + 2;
    for (size_t i = 0; i < w->sheet_count; i++)
        if (w->sheets[i].sink == sink)
            xlsx_line_chart(w->sheets[i].sheet, title, 0, gaps, themes);
}

/* A row per round: when, the deck, and per theme each side's mean and
 * the gap, ready for a chart (and one drawn beside it). */
static void workbook_gaps(cli_workbook *w, const history *h, const char **keys,
                          const char **names, size_t themes)
{
    static const char *const sides[3] = { N_("%s: client"),
                                          N_("%s: professional"),
                                          N_("%s: gap") };
    const char *columns[2 + 3 * DECK_MAX_DIMENSIONS] = { _("Date"), _("Deck") };
    char labels[3 * DECK_MAX_DIMENSIONS][160];
    for (size_t i = 0; i < 3 * themes; i++) {
        i18n_format(labels[i], sizeof labels[i], _(sides[i % 3]), names[i / 3],
                    NULL);
        columns[2 + i] = labels[i];
    }
    table_sink *sink = cli_workbook_table(
        w, _("Gap per round"),
        _("each side's mean and the gap per theme, a row per round, with "
          "a chart of the gap"),
        columns, 2 + 3 * themes);
    for (size_t r = 0; sink && r < h->count; r++) {
        const session *s = &h->rounds[r].session;
        table_cell row[2 + 3 * DECK_MAX_DIMENSIONS] = {
            table_time(s->started_at), table_text(s->deck->id) };
        for (size_t t = 0; t < themes; t++) {
            history_point p;
            bool has = history_point_of(s, keys[t], &p);
            table_cell *c = &row[2 + 3 * t];
            c[0] = has && p.has[DECK_ROLE_CLIENT] ? table_real(p.mean[DECK_ROLE_CLIENT]) : table_empty();
            c[1] = has && p.has[DECK_ROLE_PROFESSIONAL] ? table_real(p.mean[DECK_ROLE_PROFESSIONAL]) : table_empty();
            c[2] = has && p.has[0] && p.has[1] ? table_real(p.gap) : table_empty();
        }
        if (!sink->row(sink, row, 2 + 3 * themes))
            return;
    }
    if (sink)
        workbook_chart(w, sink, _("The gap per theme, round by round"), themes);
}

int cli_workbook_pair(const cli_options *o, const char *data_dir,
                      const history *h, const char *path,
                      safe_file_placing how, bool with_answers, FILE *out,
                      FILE *err)
{
    const session *first = &h->rounds[0].session;
    const session *last = &h->rounds[h->count - 1].session;
    cli_workbook w;
    if (!cli_workbook_open(&w, o, data_dir, path, how,
                           first->deck->languages[first->language], err))
        return CLI_EXIT_FAILURE;
    char rounds[64];
    cli_workbook_title(&w, _("Alliantiespel: a pair's rounds over time"),
                       _("Every round of the pair: per theme each side's mean "
                         "and the gap between them"));
    cli_workbook_note(&w, _("Pair"), table_text(first->pair));
    i18n_count(rounds, sizeof rounds, "%s round", "%s rounds", h->count);
    cli_workbook_note(&w, _("Rounds"), table_text(rounds));
    cli_workbook_note(&w, _("First round"), table_time(first->started_at));
    cli_workbook_note(&w, _("Last round"), table_time(last->started_at));
    cli_workbook_deck(&w, last->deck);
    table_sink *answers = !with_answers ? NULL
        : cli_workbook_table(&w, _("Answers"), _("a row per answer, every round"),
                             result_csv_columns, RESULT_CSV_COLUMNS);
    for (size_t r = 0; answers && r < h->count; r++)
        if (!result_table_rows(&h->rounds[r].session, answers))
            break;
    const char *keys[DECK_MAX_DIMENSIONS], *names[DECK_MAX_DIMENSIONS];
    size_t themes = history_themes(h, keys, names, DECK_MAX_DIMENSIONS);
    table_sink *rows = cli_workbook_table(
        &w, _("History"),
        _("a row per round, theme and side, as in --history --format csv"),
        cli_history_columns, CLI_HISTORY_COLUMNS);
    if (rows)
        cli_history_rows(rows, h, keys, themes);
    workbook_gaps(&w, h, keys, names, themes);
    return cli_workbook_close(&w, out, err);
}
