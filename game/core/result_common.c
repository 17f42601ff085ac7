/* result_common: what writing, reading and the CSV export of result
 * files share: time stamps and the names of states and sides. */
#include <stdio.h>
#include <string.h>

#include "result_private.h"

/* ---- time stamps: ISO 8601 in UTC, without the locale or TZ ---- */

static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

void result_format_time(int64_t t, char *buf, size_t size)
{
    int64_t days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
    int64_t secs = t - days * 86400;
    /* civil_from_days */
    int64_t z = days + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t y = (int64_t)yoe + era * 400;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    unsigned d = doy - (153 * mp + 2) / 5 + 1;
    unsigned m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    snprintf(buf, size, "%04lld-%02u-%02uT%02d:%02d:%02dZ", (long long)y, m, d,
             (int)(secs / 3600), (int)(secs / 60 % 60), (int)(secs % 60));
}

bool result_parse_time(const char *s, int64_t *out)
{
    int y, mo, d, h, mi, se;
    char z;
    if (sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &se, &z) != 7 ||
        z != 'Z' || strlen(s) != 20 || mo < 1 || mo > 12 || d < 1 || d > 31 ||
        h > 23 || mi > 59 || se > 60 || y < 1970 || h < 0 || mi < 0 || se < 0)
        return false;
    *out = days_from_civil(y, (unsigned)mo, (unsigned)d) * 86400 +
           (int64_t)h * 3600 + (int64_t)mi * 60 + se;
    return true;
}

const char *result_state_name(const session_round *round)
{
    if (round->kept_out)
        return "kept-out"; /* its answers are never written */
    switch (round->state) {
    case SESSION_CARD_OPEN: return "open";
    case SESSION_CARD_REVEALED: return "revealed";
    case SESSION_CARD_SKIPPED: return "skipped";
    }
    return "open";
}


const char *result_side_key(deck_role role)
{
    return role == DECK_ROLE_PROFESSIONAL ? "professional" : "client";
}

int result_hands_seat(const session *s, deck_role side)
{
    for (size_t p = 0; p < s->player_count; p++)
        if (s->hands[p] && s->players[p] == side)
            return (int)p;
    return -1;
}

bool result_hands_fit(const session *s)
{
    for (size_t p = 0; p < s->player_count; p++)
        if (s->hands[p] && result_hands_seat(s, s->players[p]) != (int)p)
            return false;
    return true;
}
