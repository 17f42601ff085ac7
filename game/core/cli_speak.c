/* cli_speak: the words --speak says (see cli.h). A teacher hears what a
 * client hears, and tests check every card can be said. */
#include <stdio.h>
#include <string.h>

#include "catalog.h"
#include "cli.h"
#include "datadir.h"
#include "deck.h"
#include "error.h"
#include "speech_text.h"

/* A deck named as a file rather than by its id. */
static bool cli_speak_is_file(const char *name)
{
    size_t n = strlen(name);
    /* a path as a Windows user types it too: decks\\mine */
    return strpbrk(name, "/\\") != NULL ||
           (n > 5 && strcmp(name + n - 5, ".yaml") == 0);
}

/* The text of one card of a loaded deck. */
static int cli_speak_card(const cli_options *o, const deck *d, char *text,
                          size_t size, char *lang, size_t lang_size,
                          FILE *err)
{
    int li = 0;
    if (o->language != NULL) {
        li = deck_language_index(d, o->language);
        if (li < 0) {
            fprintf(err, "alliantiespel: the deck \"%s\" has no language "
                    "\"%s\".\n", d->id, o->language);
            return CLI_EXIT_INVALID;
        }
    }
    int ci = deck_card_index(d, o->speak_card);
    if (ci < 0) {
        fprintf(err, "alliantiespel: the deck \"%s\" has no card \"%s\".\n",
                d->id, o->speak_card);
        return CLI_EXIT_INVALID;
    }
    snprintf(lang, lang_size, "%s", d->languages[li]);
    speech_text t;
    speech_text_init(&t, text, size, lang);
    speech_text_add(&t, deck_card_text(d, &d->cards[ci],
                                       deck_side_role(d, DECK_ROLE_CLIENT),
                                       (size_t)li));
    if (t.full) {
        fprintf(err, "alliantiespel: the card \"%s\" is too long to say.\n",
                o->speak_card);
        return CLI_EXIT_INVALID;
    }
    return CLI_EXIT_OK;
}

int cli_speak_text(const cli_options *o, const char *data_dir, char *text,
                   size_t size, char *lang, size_t lang_size, FILE *err)
{
    error_list errors;
    error_list_init(&errors);
    int status;
    if (cli_speak_is_file(o->speak_deck)) {
        deck d;
        if (deck_load(o->speak_deck, &d, &errors))
            status = cli_speak_card(o, &d, text, size, lang, lang_size, err);
        else {
            error_print(&errors, err);
            status = CLI_EXIT_INVALID;
        }
        deck_free(&d);
        error_list_free(&errors);
        return status;
    }
    /* by id: the installed decks and the user's own (--deck-dir); a
     * broken deck elsewhere in the folder is not this command's business */
    char folder[4096];
    catalog c;
    memset(&c, 0, sizeof c);
    if (data_dir == NULL ||
        !datadir_join(folder, sizeof folder, data_dir, "decks")) {
        fprintf(err, "alliantiespel: cannot find the deck folder\n");
        return CLI_EXIT_FAILURE;
    }
    bool loaded = catalog_load(folder, &c, &errors);
    bool own = o->deck_dir == NULL || catalog_add(o->deck_dir, &c, &errors);
    int found = catalog_find(&c, o->speak_deck);
    if (found >= 0) {
        status = cli_speak_card(o, &c.decks[found], text, size, lang,
                                lang_size, err);
    } else if (!own || (!loaded && c.count == 0)) {
        error_print(&errors, err);
        status = CLI_EXIT_FAILURE;
    } else {
        fprintf(err, "alliantiespel: there is no deck with the id \"%s\" "
                "(see --list-decks).\n", o->speak_deck);
        status = CLI_EXIT_INVALID;
    }
    catalog_free(&c);
    error_list_free(&errors);
    return status;
}
