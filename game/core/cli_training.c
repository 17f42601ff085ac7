/* cli_training: the command-line side of training: checking a case,
 * listing the cases, and --class, the guesses of every result a class
 * handed in, per theme, for a teacher. */
#include <stdlib.h>
#include <string.h>

#include "casefile.h"
#include "cli_private.h"
#include "csv.h"
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
    if (status == CLI_EXIT_OK) {
        fprintf(out, "%-30s %-24s %-16s %s\n", "ID", "DECK", "ALLIANCE",
                "TITLE");
        for (size_t i = 0; i < book.count; i++) {
            const casefile *c = &book.cases[i];
            fprintf(out, "%-30s %-24s %-16s %s%s\n", c->id, c->deck->id,
                    casefile_alliance_id(c->alliance),
                    deck_text(c->deck, &c->title, 0),
                    c->has_answers ? "" : "  (no answers: not alone)");
        }
        if (book.count == 0)
            fprintf(err, "alliantiespel: there are no cases in %s\n", folder);
        casebook_free(&book);
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

static void print_row(FILE *out, bool csv, const char *file,
                      const session *s, const char *who, const char *theme,
                      const predict_tally *t)
{
    char mean[32];
    snprintf(mean, sizeof mean, "%.2f", predict_mean_distance(t));
    const char *reading = report_predict_token(predict_read(t));
    if (csv) {
        /* a file's name, a case and a group are typed by people: cells
         * a spreadsheet would run are made plain text (csv.h) */
        const char *cells[] = {file, s ? s->case_id : "", s ? s->group : "",
                               who, theme};
        csv_texts(out, cells, sizeof cells / sizeof cells[0]);
        fprintf(out, "%zu,%zu,%zu,%s,%.2f,%s\n", t->count, t->exact,
                t->within_one, mean, predict_mean_lean(t), reading);
    } else {
        char shown[256];
        utf8_escape(file, shown, sizeof shown);
        fprintf(out, "%-34.34s %-26.26s %-8.8s %-13.13s %-11.11s %5zu %6zu "
                     "%9zu %9s  %s\n",
                shown, s ? s->case_id : "", s ? s->group : "", who, theme,
                t->count, t->exact, t->within_one, mean, reading);
    }
}

/* One result file: a row per guessing seat and theme, and its overall
 * row; added to the class. False when it holds no guesses. */
static bool class_result(FILE *out, bool csv, const char *name,
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
            print_row(out, csv, name, s, who, d->dimensions[i].key, &p.theme[i]);
            predict_tally *t = class_theme_of(totals, d->dimensions[i].key);
            if (t)
                predict_tally_add(t, &p.theme[i]);
        }
        print_row(out, csv, name, s, who, "all", &p.overall);
        predict_tally_add(&totals->overall, &p.overall);
    }
    return any;
}

int cli_class(const cli_options *o, const char *data_dir, FILE *out,
              FILE *err)
{
    (void)data_dir;
    char **names;
    size_t count;
    error_list errors;
    error_list_init(&errors);
    if (!catalog_list_yaml(o->class_dir, &names, &count, &errors)) {
        error_print(&errors, err);
        error_list_free(&errors);
        return CLI_EXIT_INVALID;
    }
    if (o->csv)
        fputs("file,case,group,guesser,dimension,guesses,exact,within_one,"
              "mean_distance,mean_lean,reading\n", out);
    else
        fprintf(out, "%-34s %-26s %-8s %-13s %-11s %5s %6s %9s %9s  %s\n",
                "FILE", "CASE", "GROUP", "GUESSER", "THEME", "GUESS", "EXACT",
                "WITHIN-1", "MEAN-OFF", "READING");
    class_totals totals = { .count = 0 };
    size_t counted = 0, unreadable = 0, without = 0;
    for (size_t i = 0; i < count; i++) {
        char path[4096];
        deck d;
        session s;
        error_list_clear(&errors);
        if (!datadir_join(path, sizeof path, o->class_dir, names[i]) ||
            !result_read(path, &d, &s, &errors)) {
            /* one broken file does not spoil the class: named, left out */
            error_print(&errors, err);
            unreadable++;
            continue;
        }
        if (class_result(out, o->csv, names[i], &s, &totals))
            counted++;
        else {
            fprintf(err, "alliantiespel: %s: no guesses in this result (not "
                         "played in training or with --guess); left out\n", path);
            without++;
        }
        session_free(&s);
        deck_free(&d);
    }
    char label[64];
    snprintf(label, sizeof label, "class (%zu)", counted);
    for (size_t i = 0; i < totals.count; i++)
        print_row(out, o->csv, label, NULL, "all", totals.themes[i].key,
                  &totals.themes[i].tally);
    if (counted)
        print_row(out, o->csv, label, NULL, "all", "all", &totals.overall);
    if (unreadable || without)
        fprintf(err, "alliantiespel: %zu of %zu files counted; %zu could not be "
                     "read, %zu had no guesses\n", counted, count, unreadable,
                without);
    catalog_names_free(names, count);
    error_list_free(&errors);
    return counted ? CLI_EXIT_OK : CLI_EXIT_INVALID;
}
