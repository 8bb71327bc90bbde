/* Output of the coder: one event per line, as JSON Lines or tab-separated values. */
#ifndef DYAD_EVENTS_OUT_H
#define DYAD_EVENTS_OUT_H
#include "../post/post.h"
#include <stdio.h>

enum dyad_event_format { DYAD_EVENTS_JSONL, DYAD_EVENTS_TSV };

void dyad_events_write_header(FILE *out, enum dyad_event_format f);
/* published is the article's date (yyyymmdd, 0 if unknown); each event's date is resolved from
 * the date expressions of its sentence ("yesterday", "on Thursday") against it. */
void dyad_events_write(FILE *out, enum dyad_event_format f, const dyad_dictset *c, const dyad_document *doc,
                       const dyad_event_list *events, int32_t published);
#endif
