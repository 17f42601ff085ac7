/* cli_training: the command-line side of training: checking a case,
 * listing the cases, and --class, the guesses of every result a class
 * handed in, per theme, for a teacher. */
#include <stdlib.h>
#include <string.h>

#include "casefile.h"
#include "cli_private.h"
#include "utf8.h"
#include "datadir.h"
#include "i18n.h"
#include "predict.h"
#include "report.h"
#include "result.h"

bool cli_check_case(const char *path, const char *data, size_t size,
                    const catalog *decks, FILE *out, FILE *err)
{
    error_list errors;
    error_list_init(&errors);
    casefile c;
    bool ok = casefile_load_buffer(path, data, size, decks, &c, &errors);
    if (ok)
        fprintf(out, "%s: ok: case '%s' for deck '%s', %s, %s\n", path, c.id,
                c.deck->id, casefile_alliance_id(c.alliance),
                c.has_answers ? "with an answer for every card"
                              : "without answers (no practising alone)");
    else
        error_print(&errors, err);
    casefile_free(&c);
    error_list_free(&errors);
    return ok;
}

int cli_list_cases(const cli_options *o, const char *data_dir, FILE *out,
                   FILE *err)
{
    catalog decks;
    int status = cli_load_decks(o, data_dir, &decks, err);
    if (status != CLI_EXIT_OK)
        return status;
    char folder[4096];
    casebook book;
    error_list errors;
    error_list_init(&errors);
    if (!datadir_join(folder, sizeof folder, data_dir, "decks/cases") ||
        !casebook_load(folder, &decks, &book, &errors))
        status = CLI_EXIT_FAILURE;
    error_print(&errors, err);
    error_list_free(&errors);
    if (status == CLI_EXIT_OK && !cli_language(o, data_dir, NULL, err)) {
        casebook_free(&book);
        status = CLI_EXIT_INVALID;
    }
    if (status == CLI_EXIT_OK) {
        /* the ids stay as they are typed (--case ID); the words follow
         * --lang, the titles too */
        fprintf(out, "%-30s %-24s %-16s %s\n", "ID", _("DECK"),
                _("ALLIANCE"), _("TITLE"));
        for (size_t i = 0; i < book.count; i++) {
            const casefile *c = &book.cases[i];
            char none[128] = "";
            if (!c->has_answers)
                snprintf(none, sizeof none, "  (%s)",
                         _("no answers: not alone"));
            fprintf(out, "%-30s %-24s %-16s %s%s\n", c->id, c->deck->id,
                    casefile_alliance_id(c->alliance),
                    deck_text(c->deck, &c->title, cli_deck_language(c->deck)),
                    none);
        }
        char line[4400];
        i18n_format(line, sizeof line, _("there are no cases in %s"), folder,
                    NULL);
        if (book.count == 0)
            fprintf(err, "alliantiespel: %s\n", line);
        casebook_free(&book);
        i18n_shutdown();
    }
    catalog_free(&decks);
    return status;
}

/* --class: one tally per theme key (the decks share richting, binding,
 * vertrouwen, stroefheid), in the order they are first met. */
typedef struct {
    char key[65];
    predict_tally tally;
} class_theme;

typedef struct {
    class_theme themes[DECK_MAX_DIMENSIONS];
    size_t count;
    predict_tally overall;
} class_totals;

static predict_tally *class_theme_of(class_totals *t, const char *key)
{
    for (size_t i = 0; i < t->count; i++)
        if (strcmp(t->themes[i].key, key) == 0)
            return &t->themes[i].tally;
    if (t->count == DECK_MAX_DIMENSIONS)
        return NULL;
    class_theme *th = &t->themes[t->count++];
    snprintf(th->key, sizeof th->key, "%s", key);
    return &th->tally;
}

#define CLASS_COLUMNS 11
static const char *const class_columns[CLASS_COLUMNS] = {
    "file", "case", "group", "guesser", "dimension", "guesses", "exact",
    "within_one", "mean_distance", "mean_lean", "reading"
};

/* Where --class's rows go: the table on out, or a table's writer (the
 * CSV, or a workbook's class sheet and a sheet per theme). */
typedef struct {
    FILE *out;
    table_sink *sink;  /* NULL: the table */
    cli_workbook book; /* with --format xlsx, once a result is read */
    bool xlsx;
    bool kept;         /* the first result's deck is kept (the scale) */
} class_out;

/* A reading's token as a word of the table's language. */
static const char *class_reading_word(const char *token)
{
    static const char *const words[] = {
        N_("none"), N_("close"), N_("better"), N_("worse")};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strcmp(token, words[i]) == 0)
            return _(words[i]);
    return token;
}

static void print_row(class_out *c, const char *file, const session *s,
                      const char *who, const char *theme,
                      const predict_tally *t)
{
    const char *reading = report_predict_token(predict_read(t));
    if (c->xlsx && !c->sink)
        return; /* the workbook failed: it says so when it closes */
    if (!c->sink) {
        /* the table for people: its words follow --lang (the CSV keeps
         * the tokens a spreadsheet filters on) */
        char mean[32], shown[256];
        snprintf(mean, sizeof mean, "%.2f", predict_mean_distance(t));
        utf8_escape(file, shown, sizeof shown);
        fprintf(c->out, "%-34.34s %-26.26s %-8.8s %-13.13s %-11.11s %5zu "
                        "%6zu %9zu %9s  %s\n",
                shown, s ? s->case_id : "", s ? s->group : "",
                strcmp(who, "all") == 0 ? _("all") : who,
                strcmp(theme, "all") == 0 ? _("all") : theme, t->count,
                t->exact, t->within_one, mean, class_reading_word(reading));
        return;
    }
    table_cell row[CLASS_COLUMNS] = {
        table_text(file), table_text(s ? s->case_id : NULL),
        table_text(s ? s->group : NULL), table_text(who), table_text(theme),
        table_int((long long)t->count), table_int((long long)t->exact),
        table_int((long long)t->within_one),
        table_real(predict_mean_distance(t)), table_real(predict_mean_lean(t)),
        table_text(reading)
    };
    c->sink->row(c->sink, row, CLASS_COLUMNS); /* a failure: told at the end */
    if (c->xlsx && strcmp(theme, "all") != 0) {
        table_sink *sheet = cli_workbook_table(
            &c->book, theme, _("the rows of this theme: each guesser, and the class"),
            class_columns, CLASS_COLUMNS);
        if (sheet)
            sheet->row(sheet, row, CLASS_COLUMNS);
    }
}

/* One result file: a row per guessing seat and theme, and its overall
 * row; added to the class. False when it holds no guesses. */
static bool class_result(class_out *out, const char *name,
                         const session *s, class_totals *totals)
{
    const deck *d = s->deck;
    bool any = false;
    for (size_t seat = 0; seat < s->player_count; seat++) {
        predict_score p;
        if (!predict_score_seat(s, seat, &p))
            continue;
        any = true;
        const char *who = d->roles[s->roles[seat]].id;
        for (size_t i = 0; i < d->dimension_count; i++) {
            if (p.theme[i].count == 0)
                continue;
            print_row(out, name, s, who, d->dimensions[i].key, &p.theme[i]);
            predict_tally *t = class_theme_of(totals, d->dimensions[i].key);
            if (t)
                predict_tally_add(t, &p.theme[i]);
        }
        print_row(out, name, s, who, "all", &p.overall);
        predict_tally_add(&totals->overall, &p.overall);
    }
    return any;
}

/* What --class counted, for the end's line and the workbook's first
 * sheet. */
typedef struct {
    size_t files, counted, unreadable, without;
    int64_t first, last; /* when the counted results were played */
} class_count;

/* The workbook, started at the first result read (its language is the
 * first sheet's when --lang is not given), with the class's sheet. */
static bool class_workbook(class_out *c, const cli_options *o,
                           const char *data_dir, const session *s, FILE *err)
{
    if (!cli_workbook_open(&c->book, o, data_dir, o->out_path,
                           cli_workbook_out(o),
                           s->deck->languages[s->language], err))
        return false;
    c->sink = cli_workbook_table(
        &c->book, _("Class"),
        _("a row per file, guesser and theme, and the class's rows, as in "
          "--class --format csv"),
        class_columns, CLASS_COLUMNS);
    return true;
}

/* The first sheet, once everything is counted; the first result's deck
 * gives the scale. */
static int class_workbook_close(class_out *c, const cli_options *o,
                                const class_count *n, const deck *d, FILE *out,
                                FILE *err)
{
    cli_workbook *w = &c->book;
    if (!n->counted) {
        cli_workbook_abort(w); /* nothing to show: no workbook */
        return CLI_EXIT_INVALID;
    }
    cli_workbook_title(w, _("Alliantiespel: a class's guesses"),
                       _("How well each student's guesses matched the "
                         "other side's answers, per theme, and for the "
                         "class"));
    cli_workbook_note(w, _("Folder"), table_text(o->class_dir));
    cli_workbook_note(w, _("Files counted"), table_int((long long)n->counted));
    cli_workbook_note(w, _("Files left out"),
                      table_int((long long)(n->files - n->counted)));
    cli_workbook_note(w, _("First played"), table_time(n->first));
    cli_workbook_note(w, _("Last played"), table_time(n->last));
    cli_workbook_note(w, "mean_distance",
                      table_text(_("steps between the guess and the answer; "
                                   "0 is always right")));
    cli_workbook_note(w, "mean_lean",
                      table_text(_("steps the guess lay toward the theme's "
                                   "good end: above 0 the guesser saw it "
                                   "better than the other did")));
    cli_workbook_deck(w, d);
    return cli_workbook_close(w, out, err);
}

/* One file of the class: read, its rows given, counted. False only when
 * the workbook could not be started. */
static bool class_file(class_out *c, const cli_options *o, const char *data_dir,
                       const char *name, class_totals *totals, class_count *n,
                       deck *first, FILE *err)
{
    char path[4096];
    deck d;
    session s;
    error_list errors;
    error_list_init(&errors);
    if (!datadir_join(path, sizeof path, o->class_dir, name) ||
        !result_read(path, &d, &s, &errors)) {
        /* one broken file does not spoil the class: named, left out */
        error_print(&errors, err);
        error_list_free(&errors);
        n->unreadable++;
        return true;
    }
    error_list_free(&errors);
    bool ok = !c->xlsx || c->sink || class_workbook(c, o, data_dir, &s, err);
    if (ok && class_result(c, name, &s, totals)) {
        if (n->counted++ == 0 || s.started_at < n->first)
            n->first = s.started_at;
        if (n->counted == 1 || s.started_at > n->last)
            n->last = s.started_at;
    } else if (ok) {
        fprintf(err, "alliantiespel: %s: no guesses in this result (not "
                     "played in training or with --guess); left out\n", path);
        n->without++;
    }
    session_free(&s);
    if (ok && c->xlsx && !c->kept) {
        *first = d; /* kept for the workbook's scale */
        c->kept = true;
    } else {
        deck_free(&d);
    }
    return ok;
}

int cli_class(const cli_options *o, const char *data_dir, FILE *out,
              FILE *err)
{
    char **names;
    class_count n = { 0 };
    error_list errors;
    error_list_init(&errors);
    bool listed = catalog_list_yaml(o->class_dir, &names, &n.files, &errors);
    error_print(&errors, err);
    error_list_free(&errors);
    if (!listed)
        return CLI_EXIT_INVALID;
    class_out c = { .out = out, .xlsx = o->xlsx };
    result_csv_sink csv;
    if (o->csv) {
        result_csv_sink_init(&csv, out);
        c.sink = &csv.sink;
        c.sink->header(c.sink, class_columns, CLASS_COLUMNS);
    } else if (!o->xlsx) {
        if (!cli_language(o, data_dir, NULL, err)) {
            catalog_names_free(names, n.files);
            return CLI_EXIT_INVALID;
        }
        fprintf(out, "%-34s %-26s %-8s %-13s %-11s %5s %6s %9s %9s  %s\n",
                _("FILE"), _("CASE"), _("GROUP"), _("GUESSER"), _("THEME"),
                _("GUESS"), _("EXACT"), _("WITHIN-1"), _("MEAN-OFF"),
                _("READING"));
    }
    class_totals totals = { .count = 0 };
    deck first = { 0 };
    bool ok = true;
    for (size_t i = 0; i < n.files && ok; i++)
        ok = class_file(&c, o, data_dir, names[i], &totals, &n, &first, err);
    catalog_names_free(names, n.files);
    char label[64], counted[24];
    snprintf(counted, sizeof counted, "%zu", n.counted);
    i18n_format(label, sizeof label, c.sink || c.xlsx ? "class (%s)"
                                                       : _("class (%s)"),
                counted, NULL);
    for (size_t i = 0; ok && i < totals.count; i++)
        print_row(&c, label, NULL, "all", totals.themes[i].key,
                  &totals.themes[i].tally);
    if (ok && n.counted)
        print_row(&c, label, NULL, "all", "all", &totals.overall);
    if (n.unreadable || n.without) {
        char of[24], bad[24], without[24], line[512], rest[256];
        snprintf(of, sizeof of, "%zu", n.files);
        snprintf(bad, sizeof bad, "%zu", n.unreadable);
        snprintf(without, sizeof without, "%zu", n.without);
        i18n_format(line, sizeof line,
                    _n("%s of %s file counted;", "%s of %s files counted;",
                       n.files),
                    counted, of);
        i18n_format(rest, sizeof rest,
                    _("%s could not be read, %s had no guesses"), bad,
                    without);
        fprintf(err, "alliantiespel: %s %s\n", line, rest);
    }
    int status = !ok ? CLI_EXIT_FAILURE
                 : n.counted ? CLI_EXIT_OK : CLI_EXIT_INVALID;
    if (ok && c.xlsx && c.book.book)
        status = class_workbook_close(&c, o, &n, &first, out, err);
    deck_free(&first);
    if (!c.sink && !c.xlsx)
        i18n_shutdown();
    return status;
}
