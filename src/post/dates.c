#include "dates.h"
#include "../core/calendar.h"
#include "../core/diag.h"
#include "../lexicon/lexicon.h"
#include "../tag/wordclass.h"
#include <assert.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int dyad_date_is_valid(int32_t d)
{
    if (d < 10101 || d > 99991231) return 0;
    long m = d / 100 % 100, day = d % 100;
    if (m < 1 || m > 12 || day < 1 || day > 31) return 0;
    /* a day that does not exist comes back as another date from the day count */
    return dyad_date_from_days(dyad_days_from_date(d)) == d;
}

static int word_is(const dyad_token *t, const char *w) { return strcasecmp(t->text, w) == 0; }

/* Four digits: "2025" after "Nov. 28," (not "said", which also has four letters). */
static int is_year(const char *s)
{
    for (int i = 0; i < 4; i++)
        if (!isdigit((unsigned char)s[i])) return 0;
    return s[4] == '\0';
}

static int day_number(const char *s)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (end == s || (*end && strcmp(end, "st") && strcmp(end, "nd") && strcmp(end, "rd") && strcmp(end, "th")))
        return -1;
    return v >= 1 && v <= 31 ? (int)v : -1;
}

static dyad_time at(int32_t date, enum dyad_date_precision p) { return (dyad_time){date, (uint8_t)p}; }

/* The year written in a four-digit token ("0000" is year 0, which no output can write), else -1. */
static int year_of(const dyad_token *t) { return is_year(t->text) ? atoi(t->text) : -1; }

/* "Nov. 28", "November 28, 2025", "28 November", "24 February 2022", "in March", "March 2014":
 * a month name (capitalised) with its day and year when they are written. A month later than
 * publication with no year is last year's. */
static dyad_time month_expression(const dyad_token *t, uint32_t i, uint32_t n, int32_t published)
{
    int month = dyad_text_value(&t[i], DYAD_WC_MONTH);
    if (month <= 0 || !(t[i].flags & DYAD_TOK_CAPITALIZED)) return at(0, 0);
    int day = i + 1 < n ? day_number(t[i + 1].text) : -1, year = -1;
    if (day > 0)
        year = i + 3 < n && strcmp(t[i + 2].text, ",") == 0 ? year_of(&t[i + 3]) : i + 2 < n ? year_of(&t[i + 2]) : -1;
    else if (i > 0 && (day = day_number(t[i - 1].text)) > 0)
        year = i + 1 < n ? year_of(&t[i + 1]) : -1;
    else if (i + 1 < n)
        year = year_of(&t[i + 1]);
    /* a month alone is a time only after "in", "last", "since", ...: "May" is also a verb */
    if (day <= 0 && year < 0
        && !(i > 0 && (dyad_text_is(&t[i - 1], DYAD_WC_YEAR_PREPOSITION) || word_is(&t[i - 1], "last"))))
        return at(0, 0);
    if (year < 0) year = published / 10000 - (month > published / 100 % 100);
    return day > 0 ? at(year * 10000 + month * 100 + day, DYAD_DATE_DAY)
                   : at(year * 10000 + month * 100 + 1, DYAD_DATE_MONTH);
}

/* "three years ago", "two weeks ago", "a month ago". */
static dyad_time ago_expression(const dyad_token *t, uint32_t i, uint32_t n, int32_t published)
{
    if (i + 2 >= n || !word_is(&t[i + 2], "ago")) return at(0, 0);
    int count = isdigit((unsigned char)t[i].text[0]) ? atoi(t[i].text) : dyad_text_value(&t[i], DYAD_WC_NUMBER_WORD);
    char unit[16];
    snprintf(unit, sizeof unit, "%s", t[i + 1].lemma ? t[i + 1].lemma : t[i + 1].text);
    if (count <= 0 || count > 200) return at(0, 0);
    long today = dyad_days_from_date(published);
    int y = published / 10000, m = published / 100 % 100;
    if (strcmp(unit, "day") == 0) return at(dyad_date_from_days(today - count), DYAD_DATE_DAY);
    if (strcmp(unit, "week") == 0) return at(dyad_date_from_days(today - 7L * count), DYAD_DATE_DAY);
    if (strcmp(unit, "month") == 0) {
        int months = y * 12 + (m - 1) - count;
        return at((months / 12) * 10000 + (months % 12 + 1) * 100 + 1, DYAD_DATE_MONTH);
    }
    if (strcmp(unit, "year") == 0) return at((y - count) * 10000 + 101, DYAD_DATE_YEAR);
    return at(0, 0);
}

/* "last week", "last month", "last year", "this year", "earlier this month". */
static dyad_time span_expression(const dyad_token *t, uint32_t i, uint32_t n, int32_t published)
{
    if (i + 1 >= n || !(word_is(&t[i], "last") || word_is(&t[i], "this"))) return at(0, 0);
    int last = word_is(&t[i], "last"), y = published / 10000, m = published / 100 % 100;
    if (word_is(&t[i + 1], "week"))
        return at(dyad_date_from_days(dyad_days_from_date(published) - 7 * last), DYAD_DATE_DAY);
    if (word_is(&t[i + 1], "month")) {
        int months = y * 12 + (m - 1) - last;
        return at((months / 12) * 10000 + (months % 12 + 1) * 100 + 1, DYAD_DATE_MONTH);
    }
    if (word_is(&t[i + 1], "year")) return at((y - last) * 10000 + 101, DYAD_DATE_YEAR);
    return at(0, 0);
}

/* The time an expression starting at token i names (date 0 when there is none; a date that is no
   day of the calendar is returned as it is, for the caller to refuse). */
static dyad_time expression_time(const dyad_token *t, uint32_t i, uint32_t n, int32_t published)
{
    /* most words start no time expression: one lookup tells */
    const dyad_word_mask starts = DYAD_WC_MASK(DYAD_WC_RELATIVE_DAY) | DYAD_WC_MASK(DYAD_WC_WEEKDAY)
                                  | DYAD_WC_MASK(DYAD_WC_MONTH) | DYAD_WC_MASK(DYAD_WC_NUMBER_WORD)
                                  | DYAD_WC_MASK(DYAD_WC_TIME_MODIFIER);
    if (!isdigit((unsigned char)t[i].text[0]) && !(t[i].text_classes & starts)) return at(0, 0);
    long today = dyad_days_from_date(published);
    if (dyad_text_is(&t[i], DYAD_WC_RELATIVE_DAY)) {
        /* "yesterday", "today"; a day ahead ("tomorrow") is when something is planned, not when
         * it was said, so the story's date stands for it */
        int offset = dyad_text_value(&t[i], DYAD_WC_RELATIVE_DAY);
        return offset <= 0 ? at(dyad_date_from_days(today + offset), DYAD_DATE_DAY) : at(0, 0);
    }
    int wd = dyad_text_value(&t[i], DYAD_WC_WEEKDAY) - 1; /* Monday is 0 */
    if (wd >= 0) {
        /* news tells of the past week: the latest such weekday on or before publication
         * (1970-01-01 was a Thursday, index 3) */
        int pub_wd = (int)(((today % 7) + 7 + 3) % 7);
        return at(dyad_date_from_days(today - (pub_wd - wd + 7) % 7), DYAD_DATE_DAY);
    }
    dyad_time found = month_expression(t, i, n, published);
    if (!found.date) found = ago_expression(t, i, n, published);
    if (!found.date) found = span_expression(t, i, n, published);
    /* "in 2014", "since 2022": a year alone after a preposition of time */
    if (!found.date && i > 0 && year_of(&t[i]) > 0 && dyad_text_is(&t[i - 1], DYAD_WC_YEAR_PREPOSITION)
        && year_of(&t[i]) >= 1900 && year_of(&t[i]) <= published / 10000 + 1)
        found = at(year_of(&t[i]) * 10000 + 101, DYAD_DATE_YEAR);
    return found;
}

/* The time expressions of a sentence, in order, with the clause each is in. */
enum { MAX_TIMES = 16 };
typedef struct {
    dyad_time time[MAX_TIMES];
    uint32_t clause[MAX_TIMES];
    size_t n;
} sentence_times;

static void find_times(const dyad_document *doc, const dyad_sentence *s, int32_t published, sentence_times *out)
{
    const dyad_token *t = doc->tokens + s->first_token;
    out->n = 0;
    for (uint32_t i = 0; i < s->n_tokens && out->n < MAX_TIMES; i++) {
        dyad_time found = expression_time(t, i, s->n_tokens, published);
        if (!found.date) continue;
        if (!dyad_date_is_valid(found.date)) {
            dyad_warn_byte(doc->input_name ? doc->input_name : "<input>", doc->base_offset + t[i].start,
                           "'%s' names no day of the calendar (%d-%02d-%02d); not used as the event's date", t[i].text,
                           found.date / 10000, abs(found.date / 100 % 100), abs(found.date % 100));
            continue;
        }
        uint32_t c = t[i].chunk_index;
        out->time[out->n] = found;
        out->clause[out->n++] = c == UINT32_MAX ? UINT32_MAX : doc->chunks[c].clause;
    }
}

dyad_time dyad_event_time(const dyad_document *doc, uint32_t si, uint32_t ci, int32_t published)
{
    if (!published) return at(0, 0);
    assert(dyad_date_is_valid(published));
    sentence_times found;
    find_times(doc, &doc->sentences[si], published, &found);
    /* the event's own clause first ("said on Tuesday that forces took the town last month"),
     * then the clauses it depends on, then anywhere in the sentence */
    for (int depth = 0; depth < 8 && ci != UINT32_MAX; depth++, ci = doc->clauses[ci].parent)
        for (size_t k = 0; k < found.n; k++)
            if (found.clause[k] == ci) return found.time[k];
    return found.n ? found.time[0] : at(published, DYAD_DATE_DAY);
}

int dyad_time_is_background(dyad_time t, int32_t published)
{
    return t.date && published && dyad_days_from_date(t.date) < dyad_days_from_date(published) - DYAD_BACKGROUND_DAYS;
}

const char *dyad_date_precision_name(enum dyad_date_precision p)
{
    return p == DYAD_DATE_YEAR ? "year" : p == DYAD_DATE_MONTH ? "month" : p == DYAD_DATE_DAY ? "day" : NULL;
}

int32_t dyad_parse_iso_date(const char *s)
{
    if (!s || strlen(s) < 10) return 0;
    for (int i = 0; i < 10; i++)
        if (i == 4 || i == 7 ? s[i] != '-' : !isdigit((unsigned char)s[i])) return 0;
    int32_t date = atoi(s) * 10000 + atoi(s + 5) * 100 + atoi(s + 8);
    return dyad_date_is_valid(date) ? date : 0;
}
