/* Writers of dyad stats tables and of dyad query's terminal table (stats_out.c). */
#ifndef DYAD_STATS_OUT_H
#define DYAD_STATS_OUT_H
#include "../store/store.h"
#include "term_table.h"

enum table_format { TABLE_TSV, TABLE_CSV, TABLE_ALIGNED };

typedef struct {
    enum table_format format;
    term_table *aligned; /* TABLE_ALIGNED: the rows, printed by table_writer_finish */
} table_writer;

/* A dyad_table_fn: cells NULL is the header. */
int table_writer_row(void *ctx, const char *table, int n, const char *const *columns, const char *const *cells);
/* Prints what an aligned table kept, fitted to the terminal, and frees it. */
void table_writer_finish(table_writer *w, FILE *out);

/* dyad query --format table: events kept and printed at the end, ordered by sort. */
enum event_sort { SORT_DATE, SORT_MENTIONS, SORT_GOLDSTEIN };
term_table *event_table_new(void);
void event_table_add(term_table *t, const dyad_stored_event *e, enum event_sort sort);
#endif
