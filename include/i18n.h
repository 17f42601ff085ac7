/* i18n: the UI's own strings in the chosen language. Strings are written
 * in English in the source, marked with _() so xgettext finds them; the
 * translations live in assets/po/LANG.po (gettext's format). We read the .po file
 * ourselves so the language can follow the deck at run time without
 * depending on the system's installed locales. */
#ifndef ALLIANTIESPEL_I18N_H
#define ALLIANTIESPEL_I18N_H

#include <stdbool.h>

#include "error.h"

/* Loads po_dir/CODE.po; "en" (the source language) needs no file. On
 * failure the previous language stays and errors says why. */
bool i18n_set_language(const char *po_dir, const char *code,
                       error_list *errors);
const char *i18n_language(void);
/* The translation of msgid, or msgid itself when there is none. */
const char *i18n_get(const char *msgid);
void i18n_shutdown(void);

#define _(msgid) i18n_get(msgid)
#define N_(msgid) (msgid)

#endif
