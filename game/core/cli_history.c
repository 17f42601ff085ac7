/* cli_history: a pair over time on the command line: --history (a table,
 * or CSV with one row per round, theme and side), --forget, and the
 * answers part of --export. The pair's files are in the user's folder. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli_private.h"
#include "datadir.h"
#include "forget.h"
#include "history.h"
#include "i18n.h"
#include "report.h"
#include "result.h"
#include "safe_file.h"
#include "os.h"

/* The pair's rounds; files set aside are told on err. CLI_EXIT_OK, or
 * the exit status (also when the pair has no rounds: h is then empty). */
static int cli_history_load(const cli_options *o, history *h, FILE *err)
{
    char folder[4096];
    memset(h, 0, sizeof *h);
    if (!history_user_folder(folder, sizeof folder)) {
        fprintf(err, "alliantiespel: cannot find your folder (HOME is not set)\n");
        return CLI_EXIT_FAILURE;
    }
    error_list errors;
    error_list_init(&errors);
    bool ok = os_kind_of(folder) == OS_MISSING ||
              history_load(folder, o->pair, h, &errors);
    error_print(&errors, err);
    char line[4400];
    for (size_t i = 0; i < h->set_aside_count; i++) {
        i18n_format(line, sizeof line,
                    _("set aside as %s; the other rounds are shown"),
                    h->set_aside[i], NULL);
        fprintf(err, "alliantiespel: %s\n", line);
    }
    error_list_free(&errors);
    if (!ok)
        history_free(h);
    if (ok && h->count == 0) {
        i18n_format(line, sizeof line, _("no rounds are stored for pair %s"),
                    o->pair, NULL);
        fprintf(err, "alliantiespel: %s\n", line);
        history_free(h);
        return CLI_EXIT_FAILURE;
    }
    return ok ? CLI_EXIT_OK : CLI_EXIT_FAILURE;
}

const char *const cli_history_columns[CLI_HISTORY_COLUMNS] = {
    "date", "deck", "mode", "dimension", "side", "mean", "gap"
};

bool cli_history_rows(table_sink *sink, const history *h, const char **keys,
                      size_t themes)
{
    for (size_t r = 0; r < h->count; r++) {
        const session *s = &h->rounds[r].session;
        for (size_t t = 0; t < themes; t++) {
            history_point p;
            if (!history_point_of(s, keys[t], &p))
                continue;
            for (int side = DECK_ROLE_CLIENT; side >= DECK_ROLE_PROFESSIONAL; side--) {
                if (!p.has[side])
                    continue;
                table_cell row[CLI_HISTORY_COLUMNS] = {
                    table_time(s->started_at), table_text(s->deck->id),
                    table_text(s->mode), table_text(keys[t]),
                    table_text(side == DECK_ROLE_CLIENT ? "client" : "professional"),
                    table_real(p.mean[side]),
                    p.has[0] && p.has[1] ? table_real(p.gap) : table_empty()
                };
                if (!sink->row(sink, row, CLI_HISTORY_COLUMNS))
                    return false;
            }
        }
    }
    return true;
}

/* A theme's name in the words' language, from the round's own deck. */
static const char *cli_theme_name(const deck *d, const char *key,
                                  const char *name)
{
    for (size_t i = 0; i < d->dimension_count; i++)
        if (strcmp(d->dimensions[i].key, key) == 0)
            return deck_text(d, &d->dimensions[i].name, cli_deck_language(d));
    return name;
}

static void cli_history_table(FILE *out, const history *h, const char **keys,
                              const char **names, size_t themes)
{
    char count[64];
    i18n_count(count, sizeof count, "%s round", "%s rounds", h->count);
    fprintf(out, "%s %s: %s\n", _("Pair"), h->count ? h->rounds[0].session.pair : "",
            count);
    for (size_t r = 0; r < h->count; r++) {
        const session *s = &h->rounds[r].session;
        const deck *d = s->deck;
        char date[64], cards[64];
        report_date(s->started_at, date, sizeof date);
        i18n_count(cards, sizeof cards, "%s card", "%s cards", s->round_count);
        size_t lang = cli_deck_language(d);
        fprintf(out, "\n%s  %s  %s  %s\n", date, deck_text(d, &d->title, lang),
                s->mode, cards);
        const char *client = deck_text(d, &d->roles[deck_side_role(d, DECK_ROLE_CLIENT)].the, lang);
        const char *pro = deck_text(d, &d->roles[deck_side_role(d, DECK_ROLE_PROFESSIONAL)].the, lang);
        for (size_t t = 0; t < themes; t++) {
            const char *name = cli_theme_name(d, keys[t], names[t]);
            history_point p, before;
            if (!history_point_of(s, keys[t], &p))
                continue;
            char c[16] = "-", q[16] = "-", g[16] = "-";
            if (p.has[DECK_ROLE_CLIENT])
                snprintf(c, sizeof c, "%.2f", p.mean[DECK_ROLE_CLIENT]);
            if (p.has[DECK_ROLE_PROFESSIONAL])
                snprintf(q, sizeof q, "%.2f", p.mean[DECK_ROLE_PROFESSIONAL]);
            if (p.has[0] && p.has[1])
                snprintf(g, sizeof g, "%.2f", p.gap);
            fprintf(out, "  %-20s %s %5s  %s %5s  %s %5s\n", name,
                    _("client"), c, _("professional"), q, _("gap"), g);
            if (r > 0 && history_point_of(&h->rounds[r - 1].session, keys[t], &before)) {
                char words[1024];
                if (report_history_change(history_change(&before, &p), name,
                                          client, pro, words, sizeof words))
                    fprintf(out, "    %s\n", words);
            }
        }
    }
}

int cli_history(const cli_options *o, const char *data_dir, FILE *out,
                FILE *err)
{
    history h;
    /* the words follow --lang, else the latest round's language */
    if (!cli_language(o, data_dir, NULL, err))
        return CLI_EXIT_INVALID;
    int status = cli_history_load(o, &h, err);
    if (status == CLI_EXIT_OK && !o->language) {
        const session *last = &h.rounds[h.count - 1].session;
        cli_language(o, data_dir, last->deck->languages[last->language], err);
    }
    if (status != CLI_EXIT_OK) {
        i18n_shutdown();
        return status;
    }
    if (o->xlsx) {
        status = cli_workbook_pair(o, data_dir, &h, o->out_path,
                                   cli_workbook_out(o), false, out, err);
        history_free(&h);
        return status;
    }
    const char *keys[DECK_MAX_DIMENSIONS], *names[DECK_MAX_DIMENSIONS];
    size_t themes = history_themes(&h, keys, names, DECK_MAX_DIMENSIONS);
    if (o->csv) {
        result_csv_sink csv;
        result_csv_sink_init(&csv, out);
        if (csv.sink.header(&csv.sink, cli_history_columns, CLI_HISTORY_COLUMNS))
            cli_history_rows(&csv.sink, &h, keys, themes);
    } else {
        cli_history_table(out, &h, keys, names, themes);
    }
    history_free(&h);
    i18n_shutdown();
    return ferror(out) ? CLI_EXIT_FAILURE : CLI_EXIT_OK;
}

/* What forgetting cannot delete itself: copies exported elsewhere, and
 * pictures that do not say whose they are. */
static void cli_forget_elsewhere(const forget_report *r, const char *code,
                                 const char *folder, FILE *out)
{
    char line[8400], pictures[64];
    for (size_t i = 0; i < r->export_count; i++) {
        i18n_format(line, sizeof line,
                    _("Pair %s was exported to %s: the files there are "
                      "yours to delete."), code, r->exports[i]);
        fprintf(out, "%s (%s-*)\n", line, code);
    }
    if (r->unknown_pictures) {
        i18n_count(pictures, sizeof pictures, "%s board picture",
                   "%s board pictures", r->unknown_pictures);
        i18n_format(line, sizeof line,
                    _n("%s dates from before pictures were named for their "
                       "pair: look at it, and delete it yourself if it is "
                       "pair %s's.",
                       "%s date from before pictures were named for their "
                       "pair: look at them, and delete those of pair %s "
                       "yourself.", r->unknown_pictures),
                    pictures, code);
        fprintf(out, "%s (%s/board-DATE-*.png)\n", line, folder);
    }
}

/* Asks before deleting n files; true when the answer is yes. */
static bool cli_forget_ask(const cli_options *o, size_t n, const char *folder,
                           FILE *in, FILE *out)
{
    char files[64], line[4400];
    i18n_count(files, sizeof files, "%s file", "%s files", n);
    i18n_format(line, sizeof line, _("Delete %s of pair %s?"), files, o->pair);
    fprintf(out, "%s (%s) %s ", line, folder,
            _("This cannot be undone. [y/N]"));
    fflush(out);
    char answer[16];
    return fgets(answer, sizeof answer, in) &&
           (answer[0] == 'y' || answer[0] == 'Y' || answer[0] == 'j' ||
            answer[0] == 'J');
}

int cli_forget(const cli_options *o, const char *data_dir, FILE *in,
               FILE *out, FILE *err)
{
    char folder[4096], line[512], files[64];
    if (!history_user_folder(folder, sizeof folder)) {
        fprintf(err, "alliantiespel: cannot find your folder (HOME is not set)\n");
        return CLI_EXIT_FAILURE;
    }
    if (!cli_language(o, data_dir, NULL, err))
        return CLI_EXIT_INVALID;
    size_t n = forget_count(folder, o->pair);
    if (n == 0 || (!o->yes && !cli_forget_ask(o, n, folder, in, out))) {
        i18n_format(line, sizeof line,
                    n ? _("Nothing was deleted.")
                      : _("Nothing is stored for pair %s."), o->pair, NULL);
        fprintf(out, "%s\n", line);
        i18n_shutdown();
        return CLI_EXIT_OK;
    }
    error_list errors;
    error_list_init(&errors);
    forget_report r;
    bool ok = forget_pair(folder, o->pair, &r, &errors);
    error_print(&errors, err);
    error_list_free(&errors);
    char left[64];
    i18n_count(files, sizeof files, "%s file", "%s files", r.removed);
    snprintf(left, sizeof left, "%zu", r.left);
    i18n_format(line, sizeof line, _("Deleted %s of pair %s;"), files, o->pair);
    char rest[128];
    i18n_format(rest, sizeof rest, _("%s left."), left, NULL);
    fprintf(out, "%s %s\n", line, rest);
    cli_forget_elsewhere(&r, o->pair, folder, out);
    i18n_shutdown();
    return ok ? CLI_EXIT_OK : CLI_EXIT_FAILURE;
}

bool cli_answers_csv(FILE *out, const history *h)
{
    result_csv_sink csv;
    result_csv_sink_init(&csv, out);
    bool ok = csv.sink.header(&csv.sink, result_csv_columns,
                              RESULT_CSV_COLUMNS);
    for (size_t r = 0; r < h->count && ok; r++)
        ok = result_table_rows(&h->rounds[r].session, &csv.sink);
    return ok && !ferror(out);
}

/* The same answers as a workbook beside the CSV, named as the CSV was
 * (K17-answers-1.xlsx beside K17-answers-1.csv): an earlier export stays
 * here too, this one numbered. */
static bool cli_export_workbook(const cli_options *o, const char *data_dir,
                                const history *h, const char *csv, FILE *out,
                                FILE *err)
{
    char path[4096];
    size_t n = strlen(csv);
    if (n < 4 || strcmp(csv + n - 4, ".csv") != 0 ||
        snprintf(path, sizeof path, "%.*s.xlsx", (int)(n - 4), csv) >=
            (int)sizeof path)
        return false;
    return cli_workbook_pair(o, data_dir, h, path, SAFE_FILE_NUMBERED, true,
                             out, err) == CLI_EXIT_OK;
}

int cli_export_answers(const cli_options *o, const char *data_dir, FILE *out,
                       FILE *err)
{
    history h;
    int status = cli_history_load(o, &h, err);
    if (status != CLI_EXIT_OK)
        return status;
    int made = os_make_folder(o->export_dir);
    if (made != 0 && made != EEXIST) {
        fprintf(err, "alliantiespel: %s: cannot make the folder: %s\n",
                o->export_dir, strerror(made));
        history_free(&h);
        return CLI_EXIT_FAILURE;
    }
    char name[64], path[4096], chosen[4096] = "";
    snprintf(name, sizeof name, "%s-answers.csv", o->pair);
    error_list errors;
    error_list_init(&errors);
    safe_file file;
    bool ok = datadir_join(path, sizeof path, o->export_dir, name) &&
              safe_file_create(&file, path, &errors);
    if (ok && !cli_answers_csv(safe_file_stream(&file), &h)) {
        safe_file_abort(&file);
        error_add(&errors, path, 0, 0, "could not write the answers");
        ok = false;
    } else if (ok) {
        /* an earlier export stays: this one gets a number added */
        ok = safe_file_commit_new(&file, chosen, sizeof chosen, &errors);
    }
    /* remembered, so that forgetting the pair can say where it went */
    char folder[4096];
    if (ok && history_user_folder(folder, sizeof folder))
        forget_note_export(folder, o->pair, o->export_dir, &errors);
    error_print(&errors, err);
    error_list_free(&errors);
    if (ok)
        fprintf(out, "%s\n", chosen);
    ok = ok && cli_export_workbook(o, data_dir, &h, chosen, out, err);
    history_free(&h);
    return ok ? CLI_EXIT_OK : CLI_EXIT_FAILURE;
}
