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

/* Called per result row with the row's cells as text (NULL for SQL NULL); non-zero stops. */
typedef int (*dyad_row_fn)(void *ctx, int n, const char *const *cells);

typedef struct {
    const char *id_type;      /* an auto-numbered primary key column */
    const char *code_collate; /* byte-order collation for actor codes, so prefix ranges use the index */
    const char *begin;        /* starts a write transaction */
    const char *table_exists; /* counts the tables named $1 */
    const char *const *fts_schema; /* full-text index over sentences.text, NULL-terminated */
    const char *fts_add;      /* indexes the sentence of article $1, index $2; NULL when the index follows the table */
    const char *fts_match;    /* subquery of the ids of sentences matching the search in parameter $%d */
    char *(*fts_query)(const char *words); /* the search parameter for words (free() it) */
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

struct dyad_store {
    const dyad_sql_ops *ops;
    const dyad_sql_dialect *dialect;
    void *conn;
    char name[256];   /* the database, for messages (URL without password) */
    char error[1536];
};

/* Backends: connect (the SQLite file is created only when create is set), or return -1 with
 * s->error set; s->ops is set either way so that dyad_store_close can clean up. */
int dyad_sqlite_open(dyad_store *s, const char *path, int create);
int dyad_postgres_open(dyad_store *s, const char *url);
#endif
