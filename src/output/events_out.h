/* Output of the coder: one event per line, as JSON Lines or tab-separated values. */
#ifndef DYAD_EVENTS_OUT_H
#define DYAD_EVENTS_OUT_H
#include "../events/coder.h"
#include <stdio.h>

enum dyad_event_format { DYAD_EVENTS_JSONL, DYAD_EVENTS_TSV };

/* A dictionary entry that matched, as file and line; file is NULL when there was none. */
typedef struct {
    const char *file;
    uint32_t line;
} dyad_entry_ref;

typedef struct {
    const char *code;              /* CAMEO actor code, "" when none */
    const char *text; size_t text_len; /* the words in the document; text NULL when none */
    dyad_entry_ref actor_entry, agent_entry;
} dyad_event_actor;

/* One event with everything `dyad code` prints about it, pointing into the coder and document.
 * Every consumer of events (JSON Lines, TSV, the event store) reads this one record. */
typedef struct {
    const char *doc_id;            /* may be NULL */
    uint32_t sentence_index;
    const char *sentence; size_t sentence_len; /* original bytes, not necessarily valid UTF-8 */
    int32_t date;                  /* yyyymmdd, 0 when unknown */
    dyad_event_actor source, target;
    const char *code;
    char root[3];
    const dyad_cameo_code *cameo;  /* quad class and Goldstein value; NULL when the code is not in the table */
    const char *reported_by;       /* "" when nobody is speaking */
    const char *verb;              /* the verb block's name */
    dyad_entry_ref verb_pattern;   /* the pattern, or the block when its default code was used */
} dyad_event_record;

/* Fills r for event e of doc; published is the article's date (yyyymmdd, 0 if unknown). */
void dyad_event_record_fill(dyad_event_record *r, const dyad_coder *c, const dyad_document *doc,
                            const dyad_event *e, int32_t published);
/* Copies n bytes of text into a new string (free() it) with invalid UTF-8 replaced by U+FFFD. */
char *dyad_utf8_clean_copy(const char *s, size_t n, size_t *out_len);

void dyad_events_write_header(FILE *out, enum dyad_event_format f);
/* published is the article's date (yyyymmdd, 0 if unknown); each event's date is resolved from
 * the date expressions of its sentence ("yesterday", "on Thursday") against it. */
void dyad_events_write(FILE *out, enum dyad_event_format f, const dyad_coder *c, const dyad_document *doc,
                       const dyad_event_list *events, int32_t published);
#endif
