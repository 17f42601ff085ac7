/* report_history: what changed on a theme since the pair's round before,
 * in words for people (the history screen and --history). */
#include <stdio.h>
#include <string.h>

#include "history.h"
#include "i18n.h"
#include "report.h"

size_t report_history_change(unsigned flags, const char *theme,
                             const char *client, const char *professional,
                             char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    const char *templates[4] = {
        flags & HISTORY_WIDER ? _("The gap on %s is wider than last time.") : NULL,
        flags & HISTORY_CLOSER ? _("On %s you are closer than last time.") : NULL,
        flags & HISTORY_DROP_CLIENT ? _("%s sees %s as worse than last time.") : NULL,
        flags & HISTORY_DROP_PRO ? _("%s sees %s as worse than last time.") : NULL,
    };
    const char *who[4] = {theme, theme, client, professional};
    const char *what[4] = {NULL, NULL, theme, theme};
    size_t n = 0;
    for (int i = 0; i < 4; i++) {
        if (!templates[i] || used + 2 >= size)
            continue;
        char line[512];
        i18n_format(line, sizeof line, templates[i], who[i], what[i]);
        if (line[0] >= 'a' && line[0] <= 'z')
            line[0] = (char)(line[0] - 'a' + 'A');
        int w = snprintf(buf + used, size - used, "%s%s", used ? " " : "", line);
        used += w > 0 ? (size_t)w : 0;
        if (used >= size)
            used = size - 1;
        n++;
    }
    return n;
}
