/* Output of the coder: one event per line, as JSON Lines or tab-separated values. */
#ifndef DYAD_EVENTS_OUT_H
#define DYAD_EVENTS_OUT_H
#include "../post/claims.h"
#include "../post/post.h"
#include <stdio.h>

enum dyad_event_format { DYAD_EVENTS_JSONL, DYAD_EVENTS_TSV };

void dyad_events_write_header(FILE *out, enum dyad_event_format f);
/* --scheme plover: JSON records get a "plover" field (plover.h), null when the code has no
 * PLOVER type. */
void dyad_events_set_plover(int on);
/* The --scheme option: 0 for cameo (CAMEO only), 1 for plover (CAMEO and PLOVER), -1 otherwise. */
int dyad_scheme_parse(const char *s);
/* published is the article's date (yyyymmdd, 0 if unknown); each event's date is resolved from
 * the date expressions of its sentence ("yesterday", "on Thursday") against it. */
void dyad_events_write(FILE *out, enum dyad_event_format f, const dyad_dictset *c, const dyad_document *doc,
                       const dyad_event_list *events, int32_t published);
/* The same with each event's claims (post/claims.h; claims may be NULL): status, claimed_by,
 * disputed_by, disputes and casualties as new JSON fields after "explain" and new TSV columns
 * at the end. With records set, the article's quotes ("record": "quote") and the casualty
 * figures of sentences without a violent event ("record": "casualties") follow its events
 * (JSON Lines only). */
void dyad_events_write_claims(FILE *out, enum dyad_event_format f, const dyad_dictset *c, const dyad_document *doc,
                              const dyad_event_list *events, const dyad_claims *claims, int records, int32_t published);
#endif
