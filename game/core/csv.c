/* csv: see csv.h. */
#include "csv.h"

#include <string.h>

bool csv_is_formula(const char *text)
{
    return text[0] != '\0' && strchr("=+-@\t\r", text[0]) != NULL;
}

void csv_text(FILE *out, const char *text)
{
    bool formula = csv_is_formula(text);
    bool quote = formula || strpbrk(text, ",\"\n\r") != NULL;
    if (!quote) {
        fputs(text, out);
        return;
    }
    fputc('"', out);
    if (formula)
        fputc('\'', out);
    for (const char *p = text; *p; p++) {
        if (*p == '"')
            fputc('"', out);
        fputc(*p, out);
    }
    fputc('"', out);
}

void csv_texts(FILE *out, const char *const *cells, size_t count)
{
    for (size_t c = 0; c < count; c++) {
        csv_text(out, cells[c]);
        fputc(',', out);
    }
}
