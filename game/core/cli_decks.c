/* cli_decks: the decks the command line works with, the installed ones
 * and the user's own (--deck-dir), shared by cli.c and cli_training.c,
 * and the language their words are printed in. */
#include <string.h>

#include "cli_private.h"
#include "datadir.h"
#include "i18n.h"

bool cli_language(const cli_options *o, const char *data_dir,
                  const char *fallback, FILE *err)
{
    const char *code = o->language ? o->language : fallback ? fallback : "en";
    error_list errors;
    error_list_init(&errors);
    char po[4096];
    bool ok = data_dir && datadir_join(po, sizeof po, data_dir, "assets/po") &&
              i18n_set_language(po, code, &errors);
    if (!ok && !o->language) {
        ok = true; /* words we have no translation for: English */
        error_list_clear(&errors);
    }
    if (!ok && error_list_empty(&errors))
        error_add(&errors, code, 0, 0, "no translation for this language");
    error_print(&errors, err);
    error_list_free(&errors);
    return ok;
}

size_t cli_deck_language(const deck *d)
{
    int at = deck_language_index(d, i18n_language());
    return at < 0 ? 0 : (size_t)at;
}

int cli_load_decks(const cli_options *o, const char *data_dir, catalog *c,
                   FILE *err)
{
    char folder[4096];
    memset(c, 0, sizeof *c);
    if (!data_dir || !datadir_join(folder, sizeof folder, data_dir, "decks")) {
        fprintf(err, "alliantiespel: cannot find the deck folder\n");
        return CLI_EXIT_FAILURE;
    }
    error_list errors;
    error_list_init(&errors);
    bool installed = catalog_load(folder, c, &errors);
    /* The user's own folder: one that cannot be read is a wrong argument;
     * its decks are listed even when the installed folder has none. */
    bool own = !o->deck_dir || catalog_add(o->deck_dir, c, &errors);
    error_print(&errors, err);
    error_list_free(&errors);
    if (!own || (!installed && c->count == 0)) {
        catalog_free(c);
        return own ? CLI_EXIT_FAILURE : CLI_EXIT_INVALID;
    }
    return CLI_EXIT_OK;
}
