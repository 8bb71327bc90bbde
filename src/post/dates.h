/* Post-processing: the date an event happened, from date expressions in its sentence resolved
 * against the article's publication date ("yesterday", "on Thursday", "last week", "Nov. 28"). */
#ifndef DYAD_DATES_H
#define DYAD_DATES_H
#include "../core/document.h"
#include <stdint.h>

/* yyyymmdd of the event told by sentence s, or published (yyyymmdd) when the sentence names no
 * date; 0 when published is 0. A date expression that names no day of the calendar ("Feb. 30",
 * "yesterday" before year 1) is warned about with the input and byte offset, and not used. */
int32_t dyad_event_date(const dyad_document *doc, uint32_t s, int32_t published);
/* "2025-03-14", or the start of a longer timestamp ("2025-03-14T09:30Z"), to 20250314; 0 when
 * it is not a date of the calendar (2025-02-30 and 0000-01-01 are not). */
int32_t dyad_parse_iso_date(const char *s);
/* Whether yyyymmdd is a day of the (proleptic Gregorian) calendar in the years 1 to 9999, the
 * only dates the outputs can write as YYYY-MM-DD. */
int dyad_date_is_valid(int32_t yyyymmdd);
/* Days since 1970-01-01 and back, for yyyymmdd dates. */
long dyad_days_from_date(int32_t yyyymmdd);
int32_t dyad_date_from_days(long days);
#endif
