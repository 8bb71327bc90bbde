/* PostgreSQL backend through libpq, for teams sharing one database. Statements are prepared once
 * per connection (named by position in a cache) and rows are streamed one at a time, so an
 * export of millions of events does not sit in memory. */
#include "backend.h"
#include "../core/xalloc.h"
#include <errno.h>
#include <libpq-fe.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CACHE_SIZE 64
#define MAX_PARAMS 32

typedef struct {
    PGconn *pg;
    char *cache[CACHE_SIZE];
    int n_cached;
    int pending;    /* commands sent whose results are not read yet */
    int timeout_ms; /* longest wait for any answer from the server */
    int broken;     /* the server stopped answering: nothing more is sent */
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
        if (strcmp(c->cache[i], sql) == 0) {
            snprintf(name, 16, "dyad%d", i);
            return 0;
        }
    if (c->n_cached < CACHE_SIZE)
        snprintf(name, 16, "dyad%d", c->n_cached);
    else
        name[0] = '\0';
    if (!PQsendPrepare(c->pg, name, sql, 0, NULL)) {
        set_error(s, "preparing a statement", PQerrorMessage(c->pg));
        return -1;
    }
    c->pending++;
    if (name[0]) c->cache[c->n_cached++] = dyad_xstrdup(sql);
    return 0;
}

/* Waits until a result can be read without blocking, for at most timeout_ms without a byte
 * from the server: libpq alone would wait for ever on a server that accepted the connection and
 * stopped answering. */
static int wait_result(dyad_store *s)
{
    pg_conn *c = s->conn;
    while (PQisBusy(c->pg)) {
        struct pollfd p = {PQsocket(c->pg), POLLIN, 0};
        int ready = poll(&p, 1, c->timeout_ms);
        if (ready < 0 && errno == EINTR) continue;
        if (ready <= 0) {
            char msg[96];
            snprintf(msg, sizeof msg, "no answer from the server in %d s", c->timeout_ms / 1000);
            set_error(s, "reading from the server", ready == 0 ? msg : strerror(errno));
            c->broken = 1;
            return -1;
        }
        if (!PQconsumeInput(c->pg)) {
            set_error(s, "reading from the server", PQerrorMessage(c->pg));
            c->broken = 1;
            return -1;
        }
    }
    return 0;
}

/* A deadlock or serialization failure: the transaction can be run again. */
static int is_transient(const PGresult *r)
{
    const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
    return state && (strcmp(state, "40P01") == 0 || strcmp(state, "40001") == 0);
}

/* Reads the results of one command, passing rows to fn until it asks to stop; keeps the first
 * error. */
static int read_command(dyad_store *s, dyad_row_fn fn, void *ctx, int *stopped, int *failed)
{
    pg_conn *c = s->conn;
    PGresult *r;
    while (wait_result(s) == 0 && (r = PQgetResult(c->pg))) {
        ExecStatusType st = PQresultStatus(r);
        if (st == PGRES_SINGLE_TUPLE || st == PGRES_TUPLES_OK) {
            const char *cells[64];
            int n = PQnfields(r) < 64 ? PQnfields(r) : 64;
            for (int row = 0; fn && row < PQntuples(r) && !*stopped; row++) {
                for (int i = 0; i < n; i++) cells[i] = PQgetisnull(r, row, i) ? NULL : PQgetvalue(r, row, i);
                *stopped = fn(ctx, n, cells);
            }
        } else if (st != PGRES_COMMAND_OK && !*failed) {
            set_error(s, "running a statement",
                      st == PGRES_PIPELINE_ABORTED ? "aborted by an earlier error" : PQresultErrorMessage(r));
            s->transient = is_transient(r);
            *failed = 1;
        }
        PQclear(r);
    }
    if (c->broken) *failed = 1;
    return 0;
}

/* Ends the pipeline and reads every pending result; the last command's rows go to fn. */
static int sync_pipeline(dyad_store *s, dyad_row_fn fn, void *ctx)
{
    pg_conn *c = s->conn;
    int stopped = 0, failed = 0;
    if (c->broken) return -1;
    if (!PQpipelineSync(c->pg)) {
        set_error(s, "sending to the server", PQerrorMessage(c->pg));
        return -1;
    }
    for (; c->pending > 0 && !c->broken; c->pending--) {
        if (c->pending == 1 && fn) PQsetSingleRowMode(c->pg);
        read_command(s, c->pending == 1 ? fn : NULL, ctx, &stopped, &failed);
    }
    if (c->broken) return -1;
    PGresult *r = wait_result(s) == 0 ? PQgetResult(c->pg) : NULL;
    if (c->broken) return -1;
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
    if (c->broken) return -1; /* s->error still tells why */
    if (n > MAX_PARAMS) {
        snprintf(s->error, sizeof s->error, "%s: too many parameters", s->name);
        return -1;
    }
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
    if (c->pg && PQstatus(c->pg) == CONNECTION_OK && !c->broken)
        pg_flush(s); /* statements outside a transaction take effect */
    for (int i = 0; i < c->n_cached; i++) free(c->cache[i]);
    PQfinish(c->pg);
    free(c);
    s->conn = NULL;
}

static const dyad_sql_ops pg_ops = {pg_run, pg_flush, pg_close};

static char *pg_fts_query(const char *words) { return dyad_xstrdup(words); }

static const char *const pg_fts_schema[] = {
    "CREATE INDEX IF NOT EXISTS sentences_fts ON sentences USING gin (to_tsvector('english', text))", NULL};

/* The 'english' configuration drops stop-words ("the", "of", "not") from text and searches,
 * while SQLite's index keeps every word: a search for "war of attrition" found sentences without
 * "of" only in PostgreSQL, and one for "not" found nothing. dyad_english stems English words
 * the same way but keeps every word. */
static const char *const pg_fts_v2[] = {
    "DROP INDEX IF EXISTS sentences_fts",
    "DO $$ BEGIN "
    "IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_ts_dict WHERE dictname = 'dyad_english_stem' "
    "AND dictnamespace = current_schema()::regnamespace) THEN "
    "CREATE TEXT SEARCH DICTIONARY dyad_english_stem (TEMPLATE = pg_catalog.snowball, LANGUAGE = english); END IF; "
    "IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_ts_config WHERE cfgname = 'dyad_english' "
    "AND cfgnamespace = current_schema()::regnamespace) THEN "
    "CREATE TEXT SEARCH CONFIGURATION dyad_english (COPY = pg_catalog.english); "
    "ALTER TEXT SEARCH CONFIGURATION dyad_english ALTER MAPPING REPLACE english_stem WITH dyad_english_stem; END IF; "
    "END $$",
    "CREATE INDEX IF NOT EXISTS sentences_fts2 ON sentences USING gin (to_tsvector('dyad_english', text))", NULL};

/* Writers that find an empty database at once take turns creating the schema: CREATE TABLE IF
 * NOT EXISTS alone is not safe when two sessions run it at the same moment. The key is an
 * arbitrary constant of dyad's ("dyad" in ASCII). */
static const char pg_schema_lock[] = "SELECT pg_advisory_xact_lock(1685676388)";

static const dyad_sql_dialect pg_dialect = {
    .id_type = "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
    .code_collate = " COLLATE \"C\"",
    .begin = "BEGIN",
    .schema_lock = pg_schema_lock,
    .writer_setup = NULL,
    .writer_check = NULL,
    .table_exists = "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = $1",
    .foreign_tables =
        "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
        "AND tablename IN ('articles', 'sentences', 'events', 'mentions') AND NOT EXISTS "
        "(SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = 'dyad_meta')",
    .fts_schema = pg_fts_schema,
    .fts_v2 = pg_fts_v2,
    .fts_add = NULL,
    /* plainto_tsquery reads any text as words that must all occur. */
    .fts_match =
        "SELECT id FROM sentences WHERE to_tsvector('dyad_english', text) @@ plainto_tsquery('dyad_english', $%d)",
    .fts_match_v1 = "SELECT id FROM sentences WHERE to_tsvector('english', text) @@ plainto_tsquery('english', $%d)",
    .fts_query = pg_fts_query,
    .place_ids = "e.place IN (SELECT 'geonames:' || x FROM unnest(string_to_array(CAST($%d AS TEXT), ',')) AS t(x))",
};

/* "CREATE ... IF NOT EXISTS" notices are not the user's concern. */
static void no_notices(void *arg, const char *message)
{
    (void)arg;
    (void)message;
}

void dyad_postgres_set_read_timeout(dyad_store *s, int ms) { ((pg_conn *)s->conn)->timeout_ms = ms; }

/* Connects with a connect_timeout of 10 s unless the URL or PGCONNECT_TIMEOUT sets one: without
 * it, a server that accepts the connection and never answers keeps dyad waiting for ever. The
 * URL's own value wins because it is expanded after ours. */
static PGconn *connect_with_timeout(const char *url)
{
    const char *keys[] = {"connect_timeout", "dbname", NULL}, *values[] = {"10", url, NULL};
    const char *env = getenv("PGCONNECT_TIMEOUT");
    int first = env && *env ? 1 : 0;
    return PQconnectdbParams(keys + first, values + first, 1);
}

int dyad_postgres_open(dyad_store *s, const char *url)
{
    pg_conn *c = dyad_xcalloc(1, sizeof *c);
    c->timeout_ms = DYAD_PG_READ_TIMEOUT_MS;
    s->conn = c;
    s->ops = &pg_ops;
    s->dialect = &pg_dialect;
    snprintf(s->name, sizeof s->name, "PostgreSQL");
    c->pg = connect_with_timeout(url);
    if (!c->pg || PQstatus(c->pg) != CONNECTION_OK) {
        set_error(s, "cannot connect", c->pg ? PQerrorMessage(c->pg) : "out of memory");
        return -1;
    }
    /* The URL may hold a password; messages name the server and database instead. */
    snprintf(s->name, sizeof s->name, "postgresql://%s:%s/%s", PQhost(c->pg), PQport(c->pg), PQdb(c->pg));
    PQsetNoticeProcessor(c->pg, no_notices, NULL);
    if (PQsetClientEncoding(c->pg, "UTF8") != 0) {
        set_error(s, "setting the encoding", PQerrorMessage(c->pg));
        return -1;
    }
    if (!PQenterPipelineMode(c->pg)) {
        set_error(s, "entering pipeline mode", PQerrorMessage(c->pg));
        return -1;
    }
    return 0;
}
