/* Output of the coder: one event per line, as JSON Lines or tab-separated values. */
#ifndef DYAD_EVENTS_OUT_H
#define DYAD_EVENTS_OUT_H
#include "../events/coder.h"
#include <stdio.h>

enum dyad_event_format { DYAD_EVENTS_JSONL, DYAD_EVENTS_TSV };

void dyad_events_write_header(FILE *out, enum dyad_event_format f);
/* date is the event date as YYYY-MM-DD (or NULL). */
void dyad_events_write(FILE *out, enum dyad_event_format f, const dyad_coder *c, const dyad_document *doc,
                       const dyad_event_list *events, const char *date);
#endif
