/* SQLite backend: one file, no setup. Prepared statements are cached by their SQL text because
 * ingesting runs the same few statements for every event. */
#include "backend.h"
#include "../core/xalloc.h"
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CACHE_SIZE 48

typedef struct {
    sqlite3 *db;
    struct { char *sql; sqlite3_stmt *stmt; } cache[CACHE_SIZE];
    int n_cached;
} sqlite_conn;

static void set_error(dyad_store *s, const char *what)
{
    sqlite_conn *c = s->conn;
    snprintf(s->error, sizeof s->error, "%s: %s: %s", s->name, what, c->db ? sqlite3_errmsg(c->db) : "out of memory");
}

/* The cached statement for sql, preparing it on first use; *owned is set when it could not be
 * cached and must be finalized by the caller. */
static sqlite3_stmt *statement(dyad_store *s, const char *sql, int *owned)
{
    sqlite_conn *c = s->conn;
    *owned = 0;
    for (int i = 0; i < c->n_cached; i++)
        if (strcmp(c->cache[i].sql, sql) == 0) return c->cache[i].stmt;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(c->db, sql, -1, &st, NULL) != SQLITE_OK) { set_error(s, "preparing a statement"); return NULL; }
    if (c->n_cached == CACHE_SIZE) { *owned = 1; return st; }
    c->cache[c->n_cached].sql = dyad_xstrdup(sql);
    c->cache[c->n_cached++].stmt = st;
    return st;
}

static int bind(dyad_store *s, sqlite3_stmt *st, int n, const dyad_sql_value *p)
{
    for (int k = 0; k < n; k++) {
        char name[16];
        snprintf(name, sizeof name, "$%d", k + 1);
        int i = sqlite3_bind_parameter_index(st, name), rc = SQLITE_OK;
        if (i == 0) continue; /* a parameter the statement does not use */
        switch (p[k].type) {
        case DYAD_SQL_NULL: rc = sqlite3_bind_null(st, i); break;
        case DYAD_SQL_INT: rc = sqlite3_bind_int64(st, i, p[k].i); break;
        case DYAD_SQL_REAL: rc = sqlite3_bind_double(st, i, p[k].d); break;
        case DYAD_SQL_TEXT: rc = sqlite3_bind_text(st, i, p[k].s, -1, SQLITE_STATIC); break;
        }
        if (rc != SQLITE_OK) { set_error(s, "binding a parameter"); return -1; }
    }
    return 0;
}

static int rows(dyad_store *s, sqlite3_stmt *st, dyad_row_fn fn, void *ctx)
{
    const char *cells[64];
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (!fn) continue;
        int n = sqlite3_column_count(st);
        if (n > 64) n = 64;
        for (int i = 0; i < n; i++) cells[i] = (const char *)sqlite3_column_text(st, i);
        if (fn(ctx, n, cells)) return 0;
    }
    if (rc != SQLITE_DONE) { set_error(s, "running a statement"); return -1; }
    return 0;
}

static int sqlite_run(dyad_store *s, const char *sql, int n, const dyad_sql_value *params, dyad_row_fn fn, void *ctx)
{
    int owned;
    sqlite3_stmt *st = statement(s, sql, &owned);
    if (!st) return -1;
    int rc = bind(s, st, n, params) == 0 ? rows(s, st, fn, ctx) : -1;
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (owned) sqlite3_finalize(st);
    return rc;
}

static void sqlite_close(dyad_store *s)
{
    sqlite_conn *c = s->conn;
    if (!c) return;
    for (int i = 0; i < c->n_cached; i++) {
        sqlite3_finalize(c->cache[i].stmt);
        free(c->cache[i].sql);
    }
    sqlite3_close(c->db);
    free(c);
    s->conn = NULL;
}

/* SQLite runs every statement at once: there is nothing to wait for. */
static int sqlite_flush(dyad_store *s) { (void)s; return 0; }

static const dyad_sql_ops sqlite_ops = {sqlite_run, sqlite_flush, sqlite_close};

/* FTS5 query syntax gives meaning to quotes, '*', ':', AND/OR/NOT; each word is quoted so that
 * the user's words are only ever words, and all of them must occur. */
static char *sqlite_fts_query(const char *words)
{
    /* Each byte is written at most twice, each word adds two quotes and at most one space, and
     * words are at least one byte long: 4n + 3 bytes always suffice. */
    char *q = dyad_xmalloc(strlen(words) * 4 + 3), *o = q;
    for (const char *p = words; *p;) {
        while (*p == ' ' || *p == '\t') p++;
        if (!*p) break;
        if (o > q) *o++ = ' ';
        *o++ = '"';
        for (; *p && *p != ' ' && *p != '\t'; p++) {
            if (*p == '"') *o++ = '"';
            *o++ = *p;
        }
        *o++ = '"';
    }
    *o = '\0';
    return q;
}

static const char *const sqlite_fts_schema[] = {
    "CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id', "
    "tokenize='porter unicode61')",
    NULL};

static const dyad_sql_dialect sqlite_dialect = {
    .id_type = "INTEGER PRIMARY KEY",
    .code_collate = "",
    .begin = "BEGIN IMMEDIATE",
    .table_exists = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $1",
    .fts_schema = sqlite_fts_schema,
    .fts_add = "INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE article_id = $1 AND sentence_index = $2",
    .fts_match = "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH $%d",
    .fts_query = sqlite_fts_query,
};

int dyad_sqlite_open(dyad_store *s, const char *path, int create)
{
    sqlite_conn *c = dyad_xcalloc(1, sizeof *c);
    s->conn = c;
    s->ops = &sqlite_ops;
    s->dialect = &sqlite_dialect;
    snprintf(s->name, sizeof s->name, "%s", path);
    int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
    if (sqlite3_open_v2(path, &c->db, flags, NULL) != SQLITE_OK) {
        snprintf(s->error, sizeof s->error, "%s: cannot open the database: %s", path,
                 c->db ? sqlite3_errmsg(c->db) : "out of memory");
        return -1;
    }
    sqlite3_busy_timeout(c->db, 30000);
    /* WAL keeps readers working during an ingest; a killed process loses at most the open batch. */
    static const char *const setup[] = {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
                                        "PRAGMA cache_size = -131072"};
    for (size_t i = 0; i < sizeof setup / sizeof *setup; i++)
        if (sqlite_run(s, setup[i], 0, NULL, NULL, NULL) != 0) return -1;
    return 0;
}
