/* Post-processing: when an event happened, from the time expressions of its clause resolved
 * against the article's publication date: "yesterday", "on Thursday", "Nov. 28", "24 February
 * 2022", "in March", "last month", "two years ago", "in 2014", "since 2022". */
#ifndef DYAD_DATES_H
#define DYAD_DATES_H
#include "../core/calendar.h"
#include "../core/document.h"
#include <stdint.h>

enum dyad_date_precision { DYAD_DATE_DAY = 1, DYAD_DATE_MONTH, DYAD_DATE_YEAR };

/* A time: yyyymmdd (the first day of the month or year when that is all that is known) and how
 * precise it is; date 0 when unknown. */
typedef struct {
    int32_t date;
    uint8_t precision; /* enum dyad_date_precision */
} dyad_time;

/* Events more than this many days before publication are background: told again, not new. */
#define DYAD_BACKGROUND_DAYS 30

/* The time of the event of clause ci (document-wide; UINT32_MAX for the sentence) in sentence si:
 * the first time expression of its own clause, else of the clauses it depends on ("said on
 * Tuesday that ..."), else of the sentence, else the publication date (yyyymmdd; date 0 when it
 * is 0). An expression that names no day of the calendar ("Feb. 30", "yesterday" before year 1)
 * is warned about with the input and byte offset, and not used. */
dyad_time dyad_event_time(const dyad_document *doc, uint32_t si, uint32_t ci, int32_t published);
/* Does the time lie more than DYAD_BACKGROUND_DAYS before publication? */
int dyad_time_is_background(dyad_time t, int32_t published);
/* "day", "month", "year", or NULL when the precision is unknown. */
const char *dyad_date_precision_name(enum dyad_date_precision p);
/* "2025-03-14", or the start of a longer timestamp ("2025-03-14T09:30Z"), to 20250314; 0 when
 * it is not a date of the calendar (2025-02-30 and 0000-01-01 are not). */
int32_t dyad_parse_iso_date(const char *s);
/* Whether yyyymmdd is a day of the (proleptic Gregorian) calendar in the years 1 to 9999, the
 * only dates the outputs can write as YYYY-MM-DD. */
int dyad_date_is_valid(int32_t yyyymmdd);
#endif
