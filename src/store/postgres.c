/* PostgreSQL backend through libpq, for teams sharing one database. Statements are prepared once
 * per connection (named by position in a cache) and rows are streamed one at a time, so an
 * export of millions of events does not sit in memory. */
#include "backend.h"
#include "../core/xalloc.h"
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CACHE_SIZE 64
#define MAX_PARAMS 32

typedef struct {
    PGconn *pg;
    char *cache[CACHE_SIZE];
    int n_cached;
    int pending; /* commands sent whose results are not read yet */
} pg_conn;

static void set_error(dyad_store *s, const char *what, const char *detail)
{
    char msg[900];
    snprintf(msg, sizeof msg, "%s", detail);
    size_t n = strlen(msg);
    while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' ')) msg[--n] = '\0';
    snprintf(s->error, sizeof s->error, "%s: %s: %s", s->name, what, msg);
}

/* The connection is in pipeline mode: statements whose rows nobody reads are sent without
 * waiting, and their results are read at the next synchronisation point (a statement with rows,
 * a commit, or a full queue). Ingesting thus waits for the server once per article, not once
 * per statement. */
#define MAX_PENDING 1024

/* Sends the preparation of sql on first use and sets its name; "" (the unnamed statement) once
 * the cache is full. */
static int prepare(dyad_store *s, const char *sql, char name[16])
{
    pg_conn *c = s->conn;
    for (int i = 0; i < c->n_cached; i++)
        if (strcmp(c->cache[i], sql) == 0) { snprintf(name, 16, "dyad%d", i); return 0; }
    if (c->n_cached < CACHE_SIZE) snprintf(name, 16, "dyad%d", c->n_cached);
    else name[0] = '\0';
    if (!PQsendPrepare(c->pg, name, sql, 0, NULL)) { set_error(s, "preparing a statement", PQerrorMessage(c->pg)); return -1; }
    c->pending++;
    if (name[0]) c->cache[c->n_cached++] = dyad_xstrdup(sql);
    return 0;
}

/* Reads the results of one command, passing rows to fn until it asks to stop; keeps the first
 * error. */
static int read_command(dyad_store *s, dyad_row_fn fn, void *ctx, int *stopped, int *failed)
{
    pg_conn *c = s->conn;
    PGresult *r;
    while ((r = PQgetResult(c->pg))) {
        ExecStatusType st = PQresultStatus(r);
        if (st == PGRES_SINGLE_TUPLE || st == PGRES_TUPLES_OK) {
            const char *cells[64];
            int n = PQnfields(r) < 64 ? PQnfields(r) : 64;
            for (int row = 0; fn && row < PQntuples(r) && !*stopped; row++) {
                for (int i = 0; i < n; i++) cells[i] = PQgetisnull(r, row, i) ? NULL : PQgetvalue(r, row, i);
                *stopped = fn(ctx, n, cells);
            }
        } else if (st != PGRES_COMMAND_OK && !*failed) {
            set_error(s, "running a statement", st == PGRES_PIPELINE_ABORTED ? "aborted by an earlier error" : PQresultErrorMessage(r));
            *failed = 1;
        }
        PQclear(r);
    }
    return 0;
}

/* Ends the pipeline and reads every pending result; the last command's rows go to fn. */
static int sync_pipeline(dyad_store *s, dyad_row_fn fn, void *ctx)
{
    pg_conn *c = s->conn;
    int stopped = 0, failed = 0;
    if (!PQpipelineSync(c->pg)) { set_error(s, "sending to the server", PQerrorMessage(c->pg)); return -1; }
    for (; c->pending > 0; c->pending--) {
        if (c->pending == 1 && fn) PQsetSingleRowMode(c->pg);
        read_command(s, c->pending == 1 ? fn : NULL, ctx, &stopped, &failed);
    }
    PGresult *r = PQgetResult(c->pg);
    if (PQresultStatus(r) != PGRES_PIPELINE_SYNC && !failed) {
        set_error(s, "reading from the server", PQerrorMessage(c->pg));
        failed = 1;
    }
    PQclear(r);
    return failed ? -1 : 0;
}

static int pg_flush(dyad_store *s) { return ((pg_conn *)s->conn)->pending ? sync_pipeline(s, NULL, NULL) : 0; }

static int pg_run(dyad_store *s, const char *sql, int n, const dyad_sql_value *params, dyad_row_fn fn, void *ctx)
{
    pg_conn *c = s->conn;
    if (n > MAX_PARAMS) { snprintf(s->error, sizeof s->error, "%s: too many parameters", s->name); return -1; }
    char name[16], numbers[MAX_PARAMS][32];
    const char *values[MAX_PARAMS];
    if (prepare(s, sql, name) != 0) return -1;
    /* Parameters go as text; the server reads them as the types the statement needs. */
    for (int k = 0; k < n; k++) {
        values[k] = numbers[k];
        switch (params[k].type) {
        case DYAD_SQL_NULL: values[k] = NULL; break;
        case DYAD_SQL_INT: snprintf(numbers[k], sizeof numbers[k], "%lld", params[k].i); break;
        case DYAD_SQL_REAL: snprintf(numbers[k], sizeof numbers[k], "%.17g", params[k].d); break;
        case DYAD_SQL_TEXT: values[k] = params[k].s; break;
        }
    }
    if (!PQsendQueryPrepared(c->pg, name, n, values, NULL, NULL, 0)) {
        set_error(s, "sending a statement", PQerrorMessage(c->pg));
        return -1;
    }
    c->pending++;
    return fn || c->pending >= MAX_PENDING ? sync_pipeline(s, fn, ctx) : 0;
}

static void pg_close(dyad_store *s)
{
    pg_conn *c = s->conn;
    if (!c) return;
    if (c->pg && PQstatus(c->pg) == CONNECTION_OK) pg_flush(s); /* statements outside a transaction take effect */
    for (int i = 0; i < c->n_cached; i++) free(c->cache[i]);
    PQfinish(c->pg);
    free(c);
    s->conn = NULL;
}

static const dyad_sql_ops pg_ops = {pg_run, pg_flush, pg_close};

static char *pg_fts_query(const char *words) { return dyad_xstrdup(words); }

static const char *const pg_fts_schema[] = {
    "CREATE INDEX sentences_fts ON sentences USING gin (to_tsvector('english', text))", NULL};

static const dyad_sql_dialect pg_dialect = {
    .id_type = "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
    .code_collate = " COLLATE \"C\"",
    .begin = "BEGIN",
    .table_exists = "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = $1",
    .fts_schema = pg_fts_schema,
    .fts_add = NULL,
    /* plainto_tsquery reads any text as words that must all occur. */
    .fts_match = "SELECT id FROM sentences WHERE to_tsvector('english', text) @@ plainto_tsquery('english', $%d)",
    .fts_query = pg_fts_query,
};

/* "CREATE ... IF NOT EXISTS" notices are not the user's concern. */
static void no_notices(void *arg, const char *message) { (void)arg; (void)message; }

int dyad_postgres_open(dyad_store *s, const char *url)
{
    pg_conn *c = dyad_xcalloc(1, sizeof *c);
    s->conn = c;
    s->ops = &pg_ops;
    s->dialect = &pg_dialect;
    snprintf(s->name, sizeof s->name, "PostgreSQL");
    c->pg = PQconnectdb(url);
    if (!c->pg || PQstatus(c->pg) != CONNECTION_OK) {
        set_error(s, "cannot connect", c->pg ? PQerrorMessage(c->pg) : "out of memory");
        return -1;
    }
    /* The URL may hold a password; messages name the server and database instead. */
    snprintf(s->name, sizeof s->name, "postgresql://%s:%s/%s", PQhost(c->pg), PQport(c->pg), PQdb(c->pg));
    PQsetNoticeProcessor(c->pg, no_notices, NULL);
    if (PQsetClientEncoding(c->pg, "UTF8") != 0) { set_error(s, "setting the encoding", PQerrorMessage(c->pg)); return -1; }
    if (!PQenterPipelineMode(c->pg)) { set_error(s, "entering pipeline mode", PQerrorMessage(c->pg)); return -1; }
    return 0;
}
