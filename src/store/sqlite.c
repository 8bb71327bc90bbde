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
    struct {
        char *sql;
        sqlite3_stmt *stmt;
    } cache[CACHE_SIZE];
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
    if (sqlite3_prepare_v2(c->db, sql, -1, &st, NULL) != SQLITE_OK) {
        set_error(s, "preparing a statement");
        return NULL;
    }
    if (c->n_cached == CACHE_SIZE) {
        *owned = 1;
        return st;
    }
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
        if (rc != SQLITE_OK) {
            set_error(s, "binding a parameter");
            return -1;
        }
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
    if (rc != SQLITE_DONE) {
        set_error(s, "running a statement");
        return -1;
    }
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
static int sqlite_flush(dyad_store *s)
{
    (void)s;
    return 0;
}

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

/* WAL keeps readers working during an ingest; a killed process loses at most the open batch. */
static const char *const sqlite_writer_setup[] = {"PRAGMA journal_mode = WAL", NULL};

static const dyad_sql_dialect sqlite_dialect = {
    .id_type = "INTEGER PRIMARY KEY",
    .code_collate = "",
    .begin = "BEGIN IMMEDIATE", /* takes the write lock at once: no other writer can come between */
    .schema_lock = NULL,
    .writer_setup = sqlite_writer_setup,
    /* damage in pages an ingest does not touch would otherwise go unnoticed, and the file be
     * written to; about 6 ms per MB */
    .writer_check = "PRAGMA quick_check(1)",
    .table_exists = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $1",
    .foreign_tables = "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                      "AND NOT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'dyad_meta')",
    .fts_schema = sqlite_fts_schema,
    .fts_v2 = NULL,
    .fts_match_v1 = NULL,
    .fts_add = "INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE article_id = $1 AND "
               "sentence_index = $2",
    .fts_match = "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH $%d",
    .fts_query = sqlite_fts_query,
    .place_ids = "e.place IN (SELECT 'geonames:' || value FROM json_each('[' || $%d || ']'))",
};

/* "file:" URI of path for sqlite3_open_v2, with query parameters (e.g. "mode=ro"). */
static char *file_uri(const char *path, const char *query)
{
    char *uri = dyad_xmalloc(strlen(path) * 3 + strlen(query) + 8), *o = uri;
    o += sprintf(o, "file:");
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if (*p == '%' || *p == '?' || *p == '#' || *p < 0x20 || *p >= 0x7F)
            o += sprintf(o, "%%%02X", *p);
        else
            *o++ = (char)*p;
    }
    sprintf(o, "?%s", query);
    return uri;
}

static int open_file(dyad_store *s, const char *path, int create, const char *ro_query)
{
    sqlite_conn *c = s->conn;
    int flags = create ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
    char *uri = create ? NULL : file_uri(path, ro_query);
    int rc = sqlite3_open_v2(create ? path : uri, &c->db, flags, NULL);
    free(uri);
    if (rc != SQLITE_OK) {
        snprintf(s->error, sizeof s->error, "%s: cannot open the database: %s", path,
                 c->db ? sqlite3_errmsg(c->db) : "out of memory");
        return -1;
    }
    sqlite3_busy_timeout(c->db, 30000);
    static const char *const setup[] = {"PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
                                        "PRAGMA cache_size = -131072", "SELECT count(*) FROM sqlite_master"};
    for (size_t i = 0; i < sizeof setup / sizeof *setup; i++)
        if (sqlite_run(s, setup[i], 0, NULL, NULL, NULL) != 0) return -1;
    return 0;
}

/* A reader in a folder it cannot write to cannot create the -shm file that WAL reading needs;
 * such a file can only be read as immutable, which is right when no -wal file with writes not
 * yet in the database is there (dyad leaves none when it ends normally). */
static int wal_pending(const char *path)
{
    char wal[4200];
    snprintf(wal, sizeof wal, "%s-wal", path);
    FILE *f = fopen(wal, "rb");
    if (!f) return 0;
    int pending = fgetc(f) != EOF;
    fclose(f);
    return pending;
}

int dyad_sqlite_open(dyad_store *s, const char *path, int create)
{
    sqlite_conn *c = dyad_xcalloc(1, sizeof *c);
    s->conn = c;
    s->ops = &sqlite_ops;
    s->dialect = &sqlite_dialect;
    snprintf(s->name, sizeof s->name, "%s", path);
    if (open_file(s, path, create, "mode=ro") == 0) return 0;
    int code = c->db ? sqlite3_errcode(c->db) & 0xFF : SQLITE_NOMEM;
    if (create || (code != SQLITE_CANTOPEN && code != SQLITE_READONLY) || wal_pending(path)) return -1;
    sqlite_close(s);
    c = dyad_xcalloc(1, sizeof *c);
    s->conn = c;
    return open_file(s, path, 0, "immutable=1");
}
