#include "dates.h"
#include "../lexicon/lexicon.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Civil-calendar conversion (proleptic Gregorian), after the well-known days-from-civil method. */
long dyad_days_from_date(int32_t d)
{
    long y = d / 10000, m = d / 100 % 100, day = d % 100;
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int32_t dyad_date_from_days(long z)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400, doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153, d = doy - (153 * mp + 2) / 5 + 1, m = mp + (mp < 10 ? 3 : -9);
    return (int32_t)((y + (m <= 2)) * 10000 + m * 100 + d);
}

static int word_is(const dyad_token *t, const char *w) { return strcasecmp(t->text, w) == 0; }

static int day_number(const char *s)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (end == s || (*end && strcmp(end, "st") && strcmp(end, "nd") && strcmp(end, "rd") && strcmp(end, "th"))) return -1;
    return v >= 1 && v <= 31 ? (int)v : -1;
}

int32_t dyad_event_date(const dyad_document *doc, uint32_t si, int32_t published)
{
    if (!published) return 0;
    const dyad_sentence *s = &doc->sentences[si];
    const dyad_token *t = doc->tokens + s->first_token;
    long today = dyad_days_from_date(published);
    for (uint32_t i = 0; i < s->n_tokens; i++) {
        if (dyad_word_is(t[i].text, DYAD_WC_RELATIVE_DAY)) {
            /* "yesterday", "today"; a day ahead ("tomorrow") is when something is planned, not
             * when it was said, so the story's date stands for it */
            int offset = dyad_word_value(t[i].text, DYAD_WC_RELATIVE_DAY);
            if (offset <= 0) return dyad_date_from_days(today + offset);
        }
        if (i + 1 < s->n_tokens && word_is(&t[i], "last") && word_is(&t[i + 1], "week")) return dyad_date_from_days(today - 7);
        int wd = dyad_word_value(t[i].text, DYAD_WC_WEEKDAY) - 1; /* Monday is 0 */
        if (wd >= 0) {
            /* news tells of the past week: the latest such weekday on or before publication
             * (1970-01-01 was a Thursday, index 3) */
            int pub_wd = (int)(((today % 7) + 7 + 3) % 7);
            return dyad_date_from_days(today - (pub_wd - wd + 7) % 7);
        }
        int month = dyad_word_value(t[i].text, DYAD_WC_MONTH);
        if (month > 0 && (t[i].flags & DYAD_TOK_CAPITALIZED)) {
            /* "Nov. 28", "November 28, 2025" or "28 November" */
            int day = i + 1 < s->n_tokens ? day_number(t[i + 1].text) : -1;
            if (day < 0 && i > 0) day = day_number(t[i - 1].text);
            if (day < 0) continue;
            int year = published / 10000;
            if (i + 3 < s->n_tokens && strcmp(t[i + 2].text, ",") == 0 && strlen(t[i + 3].text) == 4) year = atoi(t[i + 3].text);
            else if (month > published / 100 % 100) year--; /* a later month than publication is last year's */
            return year * 10000 + month * 100 + day;
        }
    }
    return published;
}

int32_t dyad_parse_iso_date(const char *s)
{
    if (!s || strlen(s) < 10) return 0;
    for (int i = 0; i < 10; i++)
        if (i == 4 || i == 7 ? s[i] != '-' : !isdigit((unsigned char)s[i])) return 0;
    int32_t y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
    if (m < 1 || m > 12 || d < 1) return 0;
    int32_t date = y * 10000 + m * 100 + d;
    /* a day that does not exist comes back as another date from the day count */
    return dyad_date_from_days(dyad_days_from_date(date)) == date ? date : 0;
}
