/* Schema version 5 (background.c): the event's factuality, date precision and background flag,
 * for store.c, ingest.c and the query code that call in. */
#ifndef DYAD_STORE_BACKGROUND_H
#define DYAD_STORE_BACKGROUND_H
#include "backend.h"

/* The statements that bring a version 4 database to version 5, NULL-terminated. */
extern const char *const dyad_schema_v5[];
/* After them, in the same transaction: marks the stored events that are background by the rule
 * of dyad_time_is_background, from each event's date and its articles' publication dates.
 * Factuality and date precision stay NULL: the store never kept them. 0, or -1 on an error. */
int dyad_store_v5_backfill(dyad_store *s);
/* The ON CONFLICT assignments that merge a new mention's values into a stored event's (see
 * background.c), starting with ", ". */
void dyad_store_v5_merge_sql(char *out, size_t size);
/* The conditions of f->background and f->factuality on events e. */
void dyad_where_background(dyad_where *w, const dyad_store *s, const dyad_store_filter *f);
#endif
