/* i18n: the UI's own strings in the chosen language. Strings are written
 * in English in the source, marked with _() so xgettext finds them; the
 * translations live in assets/po/LANG.po (gettext's format). We read the .po file
 * ourselves so the language can follow the deck at run time without
 * depending on the system's installed locales. */
#ifndef ALLIANTIESPEL_I18N_H
#define ALLIANTIESPEL_I18N_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

/* Loads po_dir/CODE.po; "en" (the source language) needs no file. On
 * failure the previous language stays and errors says why. */
bool i18n_set_language(const char *po_dir, const char *code,
                       error_list *errors);
const char *i18n_language(void);
/* The translation of msgid, or msgid itself when there is none. */
const char *i18n_get(const char *msgid);
/* The form of a text that goes with the number n, from a plural entry
 * (msgid, msgid_plural, msgstr[0], msgstr[1]) under the Plural-Forms rule
 * of the .po file's header; without a translation the English form
 * (n == 1 ? singular : plural). */
const char *i18n_plural(const char *singular, const char *plural,
                        unsigned long n);
/* Fills in a translated template: each %s takes the next of a1, a2 (NULL
 * is ""), %% is '%'. Anything else is copied as it is, so a translation
 * can never make it read memory it should not (unlike printf). */
void i18n_format(char *out, size_t size, const char *tmpl, const char *a1,
                 const char *a2);
/* n in the plural form that goes with it: i18n_count(buf, size, "%s card",
 * "%s cards", 2) gives "2 cards" (or "2 kaarten" in Dutch). */
void i18n_count(char *out, size_t size, const char *singular,
                const char *plural, unsigned long n);
void i18n_shutdown(void);

#define _(msgid) i18n_get(msgid)
#define _n(singular, plural, n) i18n_plural((singular), (plural), (n))
#define N_(msgid) (msgid)

#endif
