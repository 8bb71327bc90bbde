/* Days and calendar dates: yyyymmdd dates of the proleptic Gregorian calendar counted as days
 * since 1970-01-01, for date arithmetic in any stage (dictionary terms of office, relative dates,
 * series). */
#ifndef DYAD_CALENDAR_H
#define DYAD_CALENDAR_H
#include <stdint.h>

/* Days since 1970-01-01 and back, for yyyymmdd dates. */
long dyad_days_from_date(int32_t yyyymmdd);
int32_t dyad_date_from_days(long days);
#endif
