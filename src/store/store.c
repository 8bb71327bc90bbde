/* The store's logic, shared by both backends: schema and migrations, idempotent ingest with
 * event deduplication, queries and statistics. Every statement is written once, in SQL that
 * SQLite and PostgreSQL both accept (see backend.h). */
#include "backend.h"
#include "background.h"
#include "claims_store.h"
#include "../core/xalloc.h"
#include "../post/dates.h"
#include "../post/places.h"
#include "../text/utf8.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define V_INT  dyad_v_int
#define V_TEXT dyad_v_text

static int run(dyad_store *s, const char *sql, int n, const dyad_sql_value *p, dyad_row_fn fn, void *ctx)
{
    return s->ops->run(s, sql, n, p, fn, ctx);
}

int dyad_run_now(dyad_store *s, const char *sql)
{
    int rc = run(s, sql, 0, NULL, NULL, NULL);
    int flushed = s->ops->flush(s);
    return rc == 0 && flushed == 0 ? 0 : -1;
}

int dyad_first_int(void *ctx, int n, const char *const *cells)
{
    *(long long *)ctx = n > 0 && cells[0] ? atoll(cells[0]) : -1;
    return 1;
}

/* ---- schema ---- */

/* Schema version 1. "@ID" and "@C" stand for the dialect's key column type and code collation.
 * Events are unique on (event_date, source, target, code, place): the deduplication key. place
 * is the place's key (post/places.h: "geonames:703448", "UA.05", "UA"), '' when none. */
static const char *const schema_v1[] = {
    "CREATE TABLE IF NOT EXISTS articles (id @ID, doc_id TEXT UNIQUE, content_hash TEXT NOT NULL UNIQUE, "
    "source TEXT NOT NULL, url TEXT, title TEXT, published INTEGER NOT NULL, input TEXT NOT NULL, added TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS sentences (id @ID, article_id BIGINT NOT NULL REFERENCES articles (id), "
    "sentence_index INTEGER NOT NULL, text TEXT NOT NULL, UNIQUE (article_id, sentence_index))",
    "CREATE TABLE IF NOT EXISTS events (id @ID, event_date INTEGER NOT NULL, source TEXT@C NOT NULL, target TEXT@C NOT "
    "NULL, "
    "code TEXT@C NOT NULL, place TEXT NOT NULL DEFAULT '', root TEXT NOT NULL, quad_class INTEGER, "
    "goldstein DOUBLE PRECISION, num_mentions INTEGER NOT NULL DEFAULT 0, num_sources INTEGER NOT NULL DEFAULT 0, "
    "num_articles INTEGER NOT NULL DEFAULT 0, added TEXT NOT NULL, UNIQUE (event_date, source, target, code, place))",
    "CREATE INDEX IF NOT EXISTS events_source ON events (source)",
    "CREATE INDEX IF NOT EXISTS events_target ON events (target)",
    "CREATE INDEX IF NOT EXISTS events_code ON events (code)",
    "CREATE INDEX IF NOT EXISTS events_root ON events (root)",
    "CREATE TABLE IF NOT EXISTS mentions (id @ID, event_id BIGINT NOT NULL REFERENCES events (id), "
    "article_id BIGINT NOT NULL REFERENCES articles (id), sentence_id BIGINT NOT NULL REFERENCES sentences (id), "
    "source_text TEXT, target_text TEXT, source_actor_entry TEXT, source_agent_entry TEXT, "
    "target_actor_entry TEXT, target_agent_entry TEXT, reported_by TEXT NOT NULL, verb TEXT NOT NULL, "
    "verb_pattern TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS mentions_event ON mentions (event_id, id)", /* also answers "first mention of an event"
                                                                             */
    "CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_id)",
    "CREATE INDEX IF NOT EXISTS mentions_sentence ON mentions (sentence_id)",
    NULL};

/* Schema version 2 changes only the dialect's full-text index (fts_v2). */
static const char *const schema_v2[] = {NULL};

/* Schema version 4: the event's place as the first mention found it (name, country, region,
 * coordinates), so that exports can write GDELT's ActionGeo columns without the gazetteer; each
 * mention's actor byte offsets in its article; and the dictionary set that coded the article. */
static const char *const schema_v4[] = {"ALTER TABLE events ADD COLUMN place_name TEXT",
                                        "ALTER TABLE events ADD COLUMN place_geonames_id BIGINT",
                                        "ALTER TABLE events ADD COLUMN place_country TEXT",
                                        "ALTER TABLE events ADD COLUMN place_country3 TEXT",
                                        "ALTER TABLE events ADD COLUMN place_admin1 TEXT",
                                        "ALTER TABLE events ADD COLUMN place_admin1_name TEXT",
                                        "ALTER TABLE events ADD COLUMN place_lat DOUBLE PRECISION",
                                        "ALTER TABLE events ADD COLUMN place_lon DOUBLE PRECISION",
                                        "ALTER TABLE events ADD COLUMN place_precision TEXT",
                                        "ALTER TABLE mentions ADD COLUMN source_offset INTEGER",
                                        "ALTER TABLE mentions ADD COLUMN target_offset INTEGER",
                                        "ALTER TABLE articles ADD COLUMN dict_version TEXT",
                                        NULL};

/* migrations[v] brings a database from schema version v to v + 1. */
static const char *const *const migrations[DYAD_STORE_SCHEMA_VERSION] = {schema_v1, schema_v2, dyad_schema_v3_claims,
                                                                         schema_v4, dyad_schema_v5};

/* sql with "@ID" and "@C" replaced by the dialect's words (free() it). */
static char *expand(const dyad_sql_dialect *d, const char *sql)
{
    size_t cap = strlen(sql) * 2 + 256, o = 0;
    char *out = dyad_xmalloc(cap);
    for (const char *p = sql; *p;) {
        const char *word = NULL;
        if (strncmp(p, "@ID", 3) == 0) {
            word = d->id_type;
            p += 3;
        } else if (strncmp(p, "@C", 2) == 0) {
            word = d->code_collate;
            p += 2;
        }
        if (word) {
            dyad_grow((void **)&out, &cap, o + strlen(word) + strlen(p) + 1, 1);
            memcpy(out + o, word, strlen(word));
            o += strlen(word);
        } else {
            out[o++] = *p++;
        }
    }
    out[o] = '\0';
    return out;
}

static int run_all(dyad_store *s, const char *const *sqls)
{
    for (; sqls && *sqls; sqls++) {
        char *sql = expand(s->dialect, *sqls);
        int rc = run(s, sql, 0, NULL, NULL, NULL);
        free(sql);
        if (rc != 0) return -1;
    }
    return 0;
}

/* The writer's settings (SQLite's WAL journal). Two writers opening one new file at once: switching
 * the journal needs the file alone for a moment, and SQLite answers "locked" at once instead of
 * waiting, so the setup is tried again for up to five seconds. */
static int writer_setup(dyad_store *s)
{
    for (int attempt = 0;; attempt++) {
        if (run_all(s, s->dialect->writer_setup) == 0) return 0;
        if (attempt == 500) return -1;
        struct timespec pause = {0, 10 * 1000 * 1000};
        nanosleep(&pause, NULL);
    }
}

/* The schema version, 0 when the database has no dyad_meta table. */
static int schema_version(dyad_store *s, long long *version)
{
    long long exists = 0;
    *version = 0;
    dyad_sql_value name = V_TEXT("dyad_meta"), key = V_TEXT("schema_version");
    if (run(s, s->dialect->table_exists, 1, &name, dyad_first_int, &exists) != 0) return -1;
    return exists > 0 ? run(s, "SELECT value FROM dyad_meta WHERE key = $1", 1, &key, dyad_first_int, version) : 0;
}

static int too_new(dyad_store *s, long long version)
{
    if (version <= DYAD_STORE_SCHEMA_VERSION) return 0;
    snprintf(s->error, sizeof s->error, "%s: the database has schema version %lld; this dyad knows versions up to %d",
             s->name, version, DYAD_STORE_SCHEMA_VERSION);
    return -1;
}

/* A database without dyad_meta is dyad's to create only when it holds no tables that dyad would
 * mistake for its own (or, in an SQLite file, no tables at all): dyad never writes into another
 * program's database. */
static int foreign(dyad_store *s, long long version)
{
    long long tables = 0;
    if (version > 0) return 0;
    if (run(s, s->dialect->foreign_tables, 0, NULL, dyad_first_int, &tables) != 0) return -1;
    if (tables <= 0) return 0;
    snprintf(s->error, sizeof s->error,
             "%s: not a dyad event store: it holds tables that dyad did not create; "
             "give dyad a new file or an empty database",
             s->name);
    return -1;
}

static int first_text(void *ctx, int n, const char *const *cells)
{
    snprintf(ctx, 512, "%s", n > 0 && cells[0] ? cells[0] : "");
    return 1;
}

/* A writer does not write to a damaged database: the file stays as it is for recovery. */
static int intact(dyad_store *s)
{
    char result[512] = "";
    if (!s->dialect->writer_check) return 0;
    if (run(s, s->dialect->writer_check, 0, NULL, first_text, result) != 0) return -1;
    if (strcmp(result, "ok") == 0) return 0;
    snprintf(s->error, sizeof s->error, "%s: the database is damaged (%s); dyad does not write to it", s->name, result);
    return -1;
}

/* Creates or migrates the schema in one write transaction, so that a database is never half
 * migrated. Writers that start at once on an empty database wait for each other (schema_lock)
 * and read the version again inside the transaction, so that only the first creates tables. */
static int upgrade(dyad_store *s)
{
    long long version;
    if (run(s, s->dialect->begin, 0, NULL, NULL, NULL) != 0) return -1;
    if ((s->dialect->schema_lock && run(s, s->dialect->schema_lock, 0, NULL, NULL, NULL) != 0)
        || schema_version(s, &version) != 0 || too_new(s, version) != 0 || foreign(s, version) != 0
        || run(s, "CREATE TABLE IF NOT EXISTS dyad_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)", 0, NULL, NULL,
               NULL)
               != 0)
        goto fail;
    for (long long v = version; v < DYAD_STORE_SCHEMA_VERSION; v++) {
        if (run_all(s, migrations[v]) != 0) goto fail;
        if (v == 0 && run_all(s, s->dialect->fts_schema) != 0) goto fail;
        if (v == 1 && run_all(s, s->dialect->fts_v2) != 0) goto fail;
        if (v == 4 && dyad_store_v5_backfill(s) != 0) goto fail;
    }
    dyad_sql_value p[2] = {V_TEXT("schema_version"), V_INT(DYAD_STORE_SCHEMA_VERSION)};
    if (run(s,
            "INSERT INTO dyad_meta (key, value) VALUES ($1, CAST($2 AS TEXT)) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            2, p, NULL, NULL)
        != 0)
        goto fail;
    if (dyad_run_now(s, "COMMIT") == 0) return 0;
fail:;
    char saved[sizeof s->error];
    memcpy(saved, s->error, sizeof saved);
    dyad_run_now(s, "ROLLBACK");
    memcpy(s->error, saved, sizeof saved);
    return -1;
}

/* A database at the current version is only read here: opening it for a query takes no write
 * lock, so queries run while an ingest writes. A reader (create 0) never writes: a database
 * without dyad's tables is refused, so that a query can never race an ingest creating them. A
 * writer checks that the database is dyad's before its first write (writer_setup). */
static int migrate(dyad_store *s, int create)
{
    long long version = 0;
    if (schema_version(s, &version) != 0 || too_new(s, version) != 0) return -1;
    s->version = version;
    if (version > 0 && !create) return 0; /* an older version is read as it is (see fts_match_v1) */
    if (!create) {
        snprintf(s->error, sizeof s->error, "%s: no dyad event store there yet; 'dyad ingest' creates one", s->name);
        return -1;
    }
    if (foreign(s, version) != 0 || (version > 0 && intact(s) != 0) || writer_setup(s) != 0) return -1;
    if (version == DYAD_STORE_SCHEMA_VERSION) return 0;
    s->version = DYAD_STORE_SCHEMA_VERSION;
    return upgrade(s);
}

static int is_postgres_url(const char *db)
{
    return strncmp(db, "postgresql://", 13) == 0 || strncmp(db, "postgres://", 11) == 0;
}

dyad_store *dyad_store_open(const char *db, int create, char *err, size_t err_size)
{
    dyad_store *s = dyad_xcalloc(1, sizeof *s);
    int rc;
    if (!db || !*db) {
        snprintf(s->error, sizeof s->error, "no database given (a file path or a postgresql:// URL)");
        rc = -1;
    } else {
        rc = is_postgres_url(db) ? dyad_postgres_open(s, db) : dyad_sqlite_open(s, db, create);
    }
    if (rc == 0) rc = migrate(s, create);
    if (rc == 0) return s;
    snprintf(err, err_size, "%s", s->error);
    dyad_store_close(s);
    return NULL;
}

void dyad_store_close(dyad_store *s)
{
    if (!s) return;
    if (s->ops) s->ops->close(s);
    dyad_batch_free(s->batch);
    free(s);
}

const char *dyad_store_error(const dyad_store *s) { return s->error; }

/* Text for the database: valid UTF-8 (PostgreSQL refuses anything else) without NUL bytes. */
char *dyad_store_clean(const char *s, size_t n)
{
    if (!s) return NULL;
    size_t len;
    char *c = dyad_utf8_clean_copy(s, n, &len);
    for (size_t i = 0; i < len; i++)
        if (c[i] == '\0') c[i] = ' ';
    return c;
}

static int counts_row(void *ctx, int n, const char *const *cells)
{
    long long *c = ctx;
    for (int i = 0; i < n && i < 4; i++) c[i] = cells[i] ? atoll(cells[i]) : 0;
    return 1;
}

int dyad_store_counts_get(dyad_store *s, dyad_store_counts *c)
{
    long long v[4] = {0, 0, 0, 0};
    int rc = run(s,
                 "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM sentences), "
                 "(SELECT count(*) FROM events), (SELECT count(*) FROM mentions)",
                 0, NULL, counts_row, v);
    c->articles = v[0];
    c->sentences = v[1];
    c->events = v[2];
    c->mentions = v[3];
    return rc;
}

/* ---- queries ---- */

void dyad_where_add(dyad_where *w, const char *fmt, dyad_sql_value v)
{
    w->params[w->n++] = v;
    size_t len = strlen(w->sql);
    snprintf(w->sql + len, sizeof w->sql - len, fmt, w->n);
}

/* The end of the range of strings that start with prefix (valid UTF-8): the prefix with its last
 * character replaced by the next one, so that the bound is valid UTF-8 too (PostgreSQL refuses
 * anything else); characters after U+10FFFF do not exist, so such a last character is dropped
 * and the one before it advanced. NULL when no bound is needed. */
static char *prefix_end(const char *prefix)
{
    char *end = dyad_xmalloc(strlen(prefix) + 5);
    strcpy(end, prefix);
    for (size_t n = strlen(end); n > 0;) {
        size_t start = n - 1;
        while (start > 0 && ((unsigned char)end[start] & 0xC0) == 0x80) start--;
        const unsigned char *p = (const unsigned char *)end + start;
        unsigned cp = p[0] < 0x80   ? p[0]
                      : p[0] < 0xE0 ? (p[0] & 0x1Fu) << 6 | (p[1] & 0x3Fu)
                      : p[0] < 0xF0
                          ? (p[0] & 0x0Fu) << 12 | (p[1] & 0x3Fu) << 6 | (p[2] & 0x3Fu)
                          : (p[0] & 0x07u) << 18 | (p[1] & 0x3Fu) << 12 | (p[2] & 0x3Fu) << 6 | (p[3] & 0x3Fu);
        cp = cp + 1 == 0xD800 ? 0xE000 : cp + 1; /* surrogates are not characters */
        if (cp > 0x10FFFF) {
            n = start;
            continue;
        }
        unsigned char *o = (unsigned char *)end + start;
        if (cp < 0x80)
            *o++ = (unsigned char)cp;
        else if (cp < 0x800) {
            *o++ = (unsigned char)(0xC0 | cp >> 6);
            *o++ = (unsigned char)(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            *o++ = (unsigned char)(0xE0 | cp >> 12);
            *o++ = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
            *o++ = (unsigned char)(0x80 | (cp & 0x3F));
        } else {
            *o++ = (unsigned char)(0xF0 | cp >> 18);
            *o++ = (unsigned char)(0x80 | (cp >> 12 & 0x3F));
            *o++ = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
            *o++ = (unsigned char)(0x80 | (cp & 0x3F));
        }
        *o = '\0';
        return end;
    }
    free(end);
    return NULL;
}

const char *dyad_where_own(dyad_where *w, char *s)
{
    if (s) w->owned[w->n_owned++] = s;
    return s;
}

static void where_text(dyad_where *w, const char *text)
{
    size_t len = strlen(w->sql);
    snprintf(w->sql + len, sizeof w->sql - len, "%s", text);
}

/* Actor codes match by prefix as the range [prefix, prefix_end), which an index answers, and in
 * which '%' and '_' are characters like any other; the collation is byte order in both backends,
 * which for UTF-8 is the order of characters. Invalid UTF-8 in the prefix becomes U+FFFD as it
 * does in stored text, so that both backends see the same string. */
static void prefix_range(dyad_where *w, const char *column, const char *raw)
{
    const char *prefix = dyad_where_own(w, dyad_store_clean(raw, strlen(raw)));
    const char *end = dyad_where_own(w, prefix_end(prefix));
    char fmt[96];
    snprintf(fmt, sizeof fmt, " e.%s >= $%%d", column);
    dyad_where_add(w, fmt, V_TEXT(prefix));
    if (end) {
        snprintf(fmt, sizeof fmt, " AND e.%s < $%%d", column);
        dyad_where_add(w, fmt, V_TEXT(end));
    }
}

static void where_prefix(dyad_where *w, const char *column, const char *raw)
{
    where_text(w, " AND");
    prefix_range(w, column, raw);
}

/* Source and target prefixes; with both, either direction of the dyad. */
static void where_actors(dyad_where *w, const dyad_store_filter *f)
{
    int src = f->source && *f->source, tgt = f->target && *f->target;
    if (f->both && src && tgt) {
        where_text(w, " AND ((");
        prefix_range(w, "source", f->source);
        where_text(w, " AND");
        prefix_range(w, "target", f->target);
        where_text(w, ") OR (");
        prefix_range(w, "source", f->target);
        where_text(w, " AND");
        prefix_range(w, "target", f->source);
        where_text(w, "))");
        return;
    }
    if (src) where_prefix(w, "source", f->source);
    if (tgt) where_prefix(w, "target", f->target);
}

void dyad_where_build(dyad_where *w, const dyad_store *s, const dyad_store_filter *f)
{
    const dyad_sql_dialect *d = s->dialect;
    const char *match = s->version < 2 && d->fts_match_v1 ? d->fts_match_v1 : d->fts_match;
    memset(w, 0, sizeof *w);
    strcpy(w->sql, " WHERE 1 = 1");
    if (f->from) dyad_where_add(w, " AND e.event_date >= $%d", V_INT(f->from));
    if (f->to) dyad_where_add(w, " AND e.event_date <= $%d", V_INT(f->to));
    where_actors(w, f);
    dyad_where_place(w, s, f);
    dyad_where_background(w, s, f);
    if (f->code)
        dyad_where_add(w, " AND e.code = $%d", V_TEXT(dyad_where_own(w, dyad_store_clean(f->code, strlen(f->code)))));
    if (f->root)
        dyad_where_add(w, " AND e.root = $%d", V_TEXT(dyad_where_own(w, dyad_store_clean(f->root, strlen(f->root)))));
    if (f->quad) dyad_where_add(w, " AND e.quad_class = $%d", V_INT(f->quad));
    if (f->id) dyad_where_add(w, " AND e.id = $%d", V_INT(f->id));
    if (f->status) dyad_where_add(w, " AND " DYAD_SQL_EVENT_STATUS " = $%d", V_TEXT(f->status));
    if (f->claimed_by && *f->claimed_by) {
        /* a claimant's code prefix, as an index range over mentions.claimed_by */
        dyad_where sub;
        memset(&sub, 0, sizeof sub);
        sub.n = w->n;
        where_prefix(&sub, "claimed_by", f->claimed_by);
        char fmt[sizeof sub.sql + 96];
        snprintf(fmt, sizeof fmt, " AND e.id IN (SELECT e.event_id FROM mentions e WHERE 1 = 1%s)", sub.sql);
        for (int i = w->n; i < sub.n; i++) w->params[i] = sub.params[i];
        for (int i = 0; i < sub.n_owned; i++) w->owned[w->n_owned++] = sub.owned[i];
        w->n = sub.n;
        size_t len = strlen(w->sql);
        snprintf(w->sql + len, sizeof w->sql - len, "%s", fmt);
    }
    if (f->text) {
        char fmt[512];
        snprintf(fmt, sizeof fmt, " AND e.id IN (SELECT event_id FROM mentions WHERE sentence_id IN (%s))", match);
        char *text = dyad_store_clean(f->text, strlen(f->text));
        dyad_where_add(w, fmt, V_TEXT(dyad_where_own(w, d->fts_query(text))));
        free(text);
    }
}

void dyad_where_free(dyad_where *w)
{
    for (int i = 0; i < w->n_owned; i++) free(w->owned[i]);
}

typedef struct {
    dyad_event_fn fn;
    void *ctx;
} query_ctx;

static int event_row(void *ctx, int n, const char *const *c)
{
    query_ctx *q = ctx;
    if (n < 51) return 1;
    dyad_stored_event e = {.id = atoll(c[0]),
                           .date = atoi(c[1]),
                           .source = c[2],
                           .target = c[3],
                           .code = c[4],
                           .root = c[5],
                           .place = c[6],
                           .quad_class = c[7] ? atoi(c[7]) : 0,
                           .goldstein = c[8] ? strtod(c[8], NULL) : 0,
                           .mentions = atoll(c[9]),
                           .sources = atoll(c[10]),
                           .articles = atoll(c[11]),
                           .added = c[12],
                           .doc_id = c[13],
                           .url = c[14],
                           .sentence = c[15],
                           .source_text = c[16],
                           .target_text = c[17],
                           .status = c[18] ? c[18] : "asserted",
                           .claimed_by = c[19],
                           .disputed_by = c[20]};
    for (int k = 0; k < DYAD_RECORD_CASUALTY_KINDS; k++) e.casualties[k] = c[21 + k] ? atoll(c[21 + k]) : -1;
    e.sentence_index = c[26] ? atoi(c[26]) : -1;
    const char **texts[] = {&e.reported_by,        &e.verb,
                            &e.verb_pattern,       &e.source_actor_entry,
                            &e.source_agent_entry, &e.target_actor_entry,
                            &e.target_agent_entry, &e.title,
                            &e.article_source,     &e.dict_version,
                            &e.place_name,         &e.place_geonames_id,
                            &e.place_country,      &e.place_country3,
                            &e.place_admin1,       &e.place_admin1_name,
                            &e.place_lat,          &e.place_lon,
                            &e.place_precision};
    for (int k = 0; k < 19; k++) *texts[k] = c[27 + k];
    e.source_offset = c[46] ? atoll(c[46]) : -1;
    e.target_offset = c[47] ? atoll(c[47]) : -1;
    e.factuality = c[48];
    e.date_precision = c[49];
    e.background = c[50] ? atoi(c[50]) != 0 : -1;
    return q->fn(q->ctx, &e);
}

int dyad_store_query(dyad_store *s, const dyad_store_filter *f, dyad_event_fn fn, void *ctx)
{
    dyad_where w;
    dyad_where_build(&w, s, f);
    char limit[64] = "";
    if (f->limit > 0) {
        w.params[w.n++] = V_INT(f->limit);
        w.params[w.n++] = V_INT(f->offset > 0 ? f->offset : 0);
        snprintf(limit, sizeof limit, " LIMIT $%d OFFSET $%d", w.n - 1, w.n);
    }
    /* The first mention is looked up per selected event in the inner query; as a join condition
     * PostgreSQL would evaluate it for every pair of events and mentions. */
    /* a database older than schema version 3, read as it is, has no claims: its columns are NULL */
    static const char claims[] = DYAD_SQL_EVENT_STATUS
        " AS status, "
        "(SELECT min(claimed_by) FROM mentions WHERE event_id = e.id AND claimed_by <> '') AS claimed_by, "
        "(SELECT min(disputed_by) FROM mentions WHERE event_id = e.id AND disputed_by <> '') AS disputed_by, "
        "(SELECT max(min_count) FROM casualties WHERE event_id = e.id AND kind = 'killed') AS killed, "
        "(SELECT max(min_count) FROM casualties WHERE event_id = e.id AND kind = 'wounded') AS wounded, "
        "(SELECT max(min_count) FROM casualties WHERE event_id = e.id AND kind = 'missing') AS missing, "
        "(SELECT max(min_count) FROM casualties WHERE event_id = e.id AND kind = 'detained') AS detained, "
        "(SELECT max(min_count) FROM casualties WHERE event_id = e.id AND kind = 'displaced') AS displaced ";
    static const char no_claims[] = "NULL AS status, NULL AS claimed_by, NULL AS disputed_by, NULL AS killed, "
                                    "NULL AS wounded, NULL AS missing, NULL AS detained, NULL AS displaced ";
    /* the columns of schema version 4, NULL in an older database */
    static const char v4[] = "a.dict_version, x.place_name, x.place_geonames_id, x.place_country, x.place_country3, "
                             "x.place_admin1, x.place_admin1_name, x.place_lat, x.place_lon, x.place_precision, "
                             "m.source_offset, m.target_offset";
    static const char no_v4[] = "NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL";
    /* and of version 5 */
    static const char v5[] = "x.factuality, x.date_precision, x.background";
    static const char no_v5[] = "NULL, NULL, NULL";
    char sql[8192];
    snprintf(sql, sizeof sql,
             "SELECT x.id, x.event_date, x.source, x.target, x.code, x.root, x.place, x.quad_class, x.goldstein, "
             "x.num_mentions, x.num_sources, x.num_articles, x.added, a.doc_id, a.url, s.text, m.source_text, "
             "m.target_text, "
             "x.status, x.claimed_by, x.disputed_by, x.killed, x.wounded, x.missing, x.detained, x.displaced, "
             "s.sentence_index, m.reported_by, m.verb, m.verb_pattern, m.source_actor_entry, m.source_agent_entry, "
             "m.target_actor_entry, m.target_agent_entry, a.title, a.source, %s, %s "
             "FROM (SELECT e.*, (SELECT min(id) FROM mentions WHERE event_id = e.id) AS first_mention, %s"
             "FROM events e%s ORDER BY e.id%s) x LEFT JOIN mentions m ON m.id = x.first_mention "
             "LEFT JOIN sentences s ON s.id = m.sentence_id LEFT JOIN articles a ON a.id = m.article_id ORDER BY x.id",
             s->version < 4 ? no_v4 : v4, s->version < 5 ? no_v5 : v5, s->version < 3 ? no_claims : claims, w.sql,
             limit);
    query_ctx q = {fn, ctx};
    int rc = run(s, sql, w.n, w.params, event_row, &q);
    dyad_where_free(&w);
    return rc;
}

typedef struct {
    dyad_mention_row_fn fn;
    void *ctx;
} mention_rows_ctx;

/* The article's length is the last field of its content hash ("fnv1a64:HASH:LENGTH"). */
static int mention_row(void *ctx, int n, const char *const *c)
{
    mention_rows_ctx *q = ctx;
    if (n < 10) return 1;
    const char *length = c[9] ? strrchr(c[9], ':') : NULL;
    dyad_mention_row m = {.event_id = atoll(c[0]),
                          .event_added = c[1],
                          .article_added = c[2],
                          .article_source = c[3],
                          .url = c[4],
                          .doc_id = c[5],
                          .sentence_index = c[6] ? atoi(c[6]) : 0,
                          .source_offset = c[7] ? atoll(c[7]) : -1,
                          .target_offset = c[8] ? atoll(c[8]) : -1,
                          .doc_length = length ? atoll(length + 1) : -1,
                          .dict_version = n > 10 ? c[10] : NULL};
    return q->fn(q->ctx, &m);
}

int dyad_store_mention_rows(dyad_store *s, const dyad_store_filter *f, dyad_mention_row_fn fn, void *ctx)
{
    dyad_where w;
    dyad_where_build(&w, s, f);
    char sql[8192];
    snprintf(sql, sizeof sql,
             "SELECT m.event_id, x.added, a.added, a.source, a.url, a.doc_id, s.sentence_index, %s, a.content_hash, "
             "%s "
             "FROM mentions m JOIN events x ON x.id = m.event_id JOIN sentences s ON s.id = m.sentence_id "
             "JOIN articles a ON a.id = m.article_id WHERE m.event_id IN (SELECT e.id FROM events e%s) "
             "ORDER BY m.event_id, m.id",
             s->version < 4 ? "NULL, NULL" : "m.source_offset, m.target_offset",
             s->version < 4 ? "NULL" : "a.dict_version", w.sql);
    mention_rows_ctx q = {fn, ctx};
    int rc = run(s, sql, w.n, w.params, mention_row, &q);
    dyad_where_free(&w);
    return rc;
}

typedef struct {
    dyad_brief_fn fn;
    void *ctx;
} scan_ctx;

static int brief_row(void *ctx, int n, const char *const *c)
{
    scan_ctx *q = ctx;
    if (n < 9) return 1;
    dyad_event_brief e = {.id = atoll(c[0]),
                          .date = atoi(c[1]),
                          .source = c[2],
                          .target = c[3],
                          .code = c[4],
                          .quad_class = c[5] ? atoi(c[5]) : 0,
                          .goldstein = c[6] ? strtod(c[6], NULL) : 0,
                          .mentions = atoll(c[7]),
                          .background = c[8] && atoi(c[8]) != 0};
    return q->fn(q->ctx, &e);
}

int dyad_store_scan(dyad_store *s, const dyad_store_filter *f, dyad_brief_fn fn, void *ctx)
{
    dyad_where w;
    dyad_where_build(&w, s, f);
    char sql[5120];
    snprintf(sql, sizeof sql,
             "SELECT e.id, e.event_date, e.source, e.target, e.code, e.quad_class, e.goldstein, "
             "e.num_mentions, %s FROM events e%s ORDER BY e.id",
             s->version < 5 ? "0" : "e.background", w.sql);
    scan_ctx q = {fn, ctx};
    int rc = run(s, sql, w.n, w.params, brief_row, &q);
    dyad_where_free(&w);
    return rc;
}
