/* What the store needs from a database: run one SQL statement with typed parameters and read its
 * rows as text. store.c writes every statement once, in the SQL that SQLite and PostgreSQL share
 * ($1-style parameters, ON CONFLICT, RETURNING); the few dialect differences are the fields of
 * dyad_sql_dialect. */
#ifndef DYAD_STORE_BACKEND_H
#define DYAD_STORE_BACKEND_H
#include "store.h"

typedef struct {
    enum { DYAD_SQL_NULL, DYAD_SQL_INT, DYAD_SQL_REAL, DYAD_SQL_TEXT } type;
    long long i;
    double d;
    const char *s;
} dyad_sql_value;

static inline dyad_sql_value dyad_v_null(void)
{
    dyad_sql_value v = {DYAD_SQL_NULL, 0, 0, NULL};
    return v;
}
static inline dyad_sql_value dyad_v_int(long long i)
{
    dyad_sql_value v = {DYAD_SQL_INT, i, 0, NULL};
    return v;
}
static inline dyad_sql_value dyad_v_real(double d)
{
    dyad_sql_value v = {DYAD_SQL_REAL, 0, d, NULL};
    return v;
}
static inline dyad_sql_value dyad_v_text(const char *s)
{
    dyad_sql_value v = {s ? DYAD_SQL_TEXT : DYAD_SQL_NULL, 0, 0, s};
    return v;
}

/* Called per result row with the row's cells as text (NULL for SQL NULL); non-zero stops. */
typedef int (*dyad_row_fn)(void *ctx, int n, const char *const *cells);

typedef struct {
    const char *id_type;             /* an auto-numbered primary key column */
    const char *code_collate;        /* byte-order collation for actor codes, so prefix ranges use the index */
    const char *begin;               /* starts a write transaction */
    const char *schema_lock;         /* serialises schema changes between processes; NULL when begin already does */
    const char *const *writer_setup; /* run once a writer has found the database to be dyad's, NULL-terminated */
    const char *writer_check; /* a check of the whole file whose first row is "ok" when it is intact; NULL for none */
    const char *table_exists; /* counts the tables named $1 */
    /* counts the tables that make a database another program's: any that dyad might take for its
     * own while dyad_meta is missing, in one statement so that a schema another dyad commits
     * meanwhile is seen whole or not at all */
    const char *foreign_tables;
    const char *const *fts_schema; /* full-text index over sentences.text, NULL-terminated */
    const char *const *fts_v2;     /* schema version 2: the index without stop-words, NULL-terminated */
    const char *fts_add;      /* indexes the sentence of article $1, index $2; NULL when the index follows the table */
    const char *fts_match;    /* subquery of the ids of sentences matching the search in parameter $%d */
    const char *fts_match_v1; /* the same in a database of schema version 1; NULL when it is fts_match */
    char *(*fts_query)(const char *words); /* the search parameter for words (free() it) */
    /* e.place is one of the "geonames:ID" keys whose IDs are the comma-separated list in $%d */
    const char *place_ids;
} dyad_sql_dialect;

typedef struct {
    /* Runs one statement; fn (may be NULL) sees each row. Returns 0, or -1 with s->error set.
     * A backend may defer a statement without fn until the next one with fn or the next flush,
     * and report its error there. */
    int (*run)(dyad_store *s, const char *sql, int n, const dyad_sql_value *params, dyad_row_fn fn, void *ctx);
    /* Waits for every deferred statement; 0, or -1 with s->error set. */
    int (*flush)(dyad_store *s);
    void (*close)(dyad_store *s);
} dyad_sql_ops;

typedef struct dyad_batch dyad_batch;

struct dyad_store {
    const dyad_sql_ops *ops;
    const dyad_sql_dialect *dialect;
    void *conn;
    dyad_batch *batch;         /* articles added since dyad_store_begin, written by dyad_store_commit */
    long long late_duplicates; /* articles found stored by another writer when their batch was written */
    long long version;         /* the database's schema version */
    char absent[48];           /* content hash of the last article dyad_store_has did not find, "" for none */
    int transient;             /* the last error was a deadlock or serialization failure: retrying may succeed */
    char name[256];            /* the database, for messages (URL without password) */
    char error[1536];
};

/* store.c: runs a statement and waits for it and everything deferred before it. */
int dyad_run_now(dyad_store *s, const char *sql);
/* store.c: row callback storing the first cell of the first row in a long long (-1 when NULL). */
int dyad_first_int(void *ctx, int n, const char *const *cells);
/* store.c: text for the database (valid UTF-8 without NUL bytes; NULL stays NULL); free() it. */
char *dyad_store_clean(const char *s, size_t n);

/* store.c: a WHERE clause on events e (" WHERE 1 = 1 AND ..."), with its parameters. */
typedef struct {
    char sql[4096];
    dyad_sql_value params[32];
    int n;
    char *owned[16];
    int n_owned; /* parameter strings to free */
} dyad_where;
void dyad_where_build(dyad_where *w, const dyad_store *s, const dyad_store_filter *f);
void dyad_where_free(dyad_where *w);
/* Appends fmt (with one %d, the parameter's number) and its parameter v. */
void dyad_where_add(dyad_where *w, const char *fmt, dyad_sql_value v);
/* Keeps s (malloc'd) until dyad_where_free; returns it. */
const char *dyad_where_own(dyad_where *w, char *s);
/* place_filter.c: the conditions of f->country and f->near on e.place. */
void dyad_where_place(dyad_where *w, const dyad_store *s, const dyad_store_filter *f);

/* ingest.c: the batch, freed by dyad_store_close. */
void dyad_batch_free(dyad_batch *b);

/* Backends: connect (the SQLite file is created only when create is set), or return -1 with
 * s->error set; s->ops is set either way so that dyad_store_close can clean up. */
int dyad_sqlite_open(dyad_store *s, const char *path, int create);
int dyad_postgres_open(dyad_store *s, const char *url);
/* How long a PostgreSQL connection waits for any answer from the server before giving up. */
#define DYAD_PG_READ_TIMEOUT_MS 300000
void dyad_postgres_set_read_timeout(dyad_store *s, int ms);
#endif
