/* Ingest: articles are copied into a batch in memory and written to the database in one short
 * transaction at dyad_store_commit. Nothing is locked while dyad codes articles or waits for
 * input, so other writers are never kept waiting for longer than a batch takes to write. In the
 * transaction, events are upserted in one fixed order (their key, sorted) so that two writers
 * never wait for each other in a cycle; should the server still report a deadlock or
 * serialization failure (an article stored by both in different orders), the batch is written
 * again, a bounded number of times. */
#include "backend.h"
#include "background.h"
#include "claims_store.h"
#include "../post/places.h"
#include "../core/xalloc.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_ATTEMPTS 8

typedef struct {
    uint32_t sentence_index;
    char *sentence; /* NULL when an earlier event of the article has the same sentence */
    int32_t date;
    char *source, *target, *code;
    char root[3];
    int has_cameo, quad_class;
    double goldstein;
    char *texts[9]; /* the mention's columns source_text ... verb_pattern */
    char place[64]; /* the place's key (post/places.h), "" when none: part of the event's key */
    char *status, *claimed_by, *disputed_by; /* the mention's claim columns (post/claims.h) */
    long long disputed_in, event_index;      /* -1 when none */
    /* the place's details (schema version 4): name, admin1, admin1_name, precision; name NULL when none */
    char *place_texts[4];
    char iso2[3], iso3[4];
    uint32_t geonames_id;
    double lat, lon;
    long long source_offset, target_offset; /* the actors' byte offsets in the article, -1 when none */
    char *factuality, *date_precision;      /* schema version 5; NULL when unknown */
    int background;
} batch_event;

typedef struct {
    char *doc_id, *source, *url, *title, *input, *dict_version;
    char hash[48], added[16];
    int32_t published;
    batch_event *events;
    size_t n_events;
    dyad_article_claims claims;
} batch_article;

struct dyad_batch {
    batch_article *articles;
    size_t n, cap;
};

static char *clean_str(const char *s) { return s ? dyad_store_clean(s, strlen(s)) : NULL; }

static char *entry_text(dyad_entry_ref e)
{
    if (!e.file) return NULL;
    char buf[4200];
    snprintf(buf, sizeof buf, "%s:%u", e.file, e.line);
    return clean_str(buf);
}

/* The content hash that makes the same article under another id a duplicate: 64-bit FNV-1a of
 * the text, with the length to make accidental collisions rarer still. */
static void content_hash(const char *text, size_t n, char out[48])
{
    unsigned long long h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)text[i];
        h *= 0x100000001b3ULL;
    }
    snprintf(out, 48, "fnv1a64:%016llx:%zu", h, n);
}

static void timestamp(char out[16])
{
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(out, 16, "%Y%m%d%H%M%S", &tm);
}

/* Dates reach the store from the coder's date arithmetic; one that is not a day of the calendar
 * (2025-02-30, or year 0 with negative months) is dropped with a warning, and its event kept. */
static int32_t checked_date(int32_t d, const char *doc_id, const char *what, long sentence)
{
    if (d == 0 || dyad_store_date_valid(d)) return d;
    char where[48] = "";
    if (sentence >= 0) snprintf(where, sizeof where, ", sentence %ld", sentence + 1);
    fprintf(stderr, "dyad: warning: article %s%s: %s %d is not a date of the calendar; stored without a date\n",
            doc_id ? doc_id : "(no id)", where, what, (int)d);
    return 0;
}

static void place_copy(batch_event *e, const dyad_event_place *p)
{
    if (!p->name) return;
    e->place_texts[0] = clean_str(p->name);
    e->place_texts[1] = clean_str(p->admin1[0] ? p->admin1 : NULL);
    e->place_texts[2] = clean_str(p->admin1_name[0] ? p->admin1_name : NULL);
    e->place_texts[3] = clean_str(p->precision);
    memcpy(e->iso2, p->iso2, sizeof e->iso2);
    memcpy(e->iso3, p->iso3, sizeof e->iso3);
    e->geonames_id = p->geonames_id;
    e->lat = p->lat;
    e->lon = p->lon;
}

static void event_copy(batch_event *e, const dyad_event_record *r, int new_sentence, const char *doc_id)
{
    memset(e, 0, sizeof *e);
    e->sentence_index = r->sentence_index;
    if (new_sentence) e->sentence = dyad_store_clean(r->sentence, r->sentence_len);
    e->date = checked_date(r->date, doc_id, "event date", (long)r->sentence_index);
    e->source = clean_str(r->source.code ? r->source.code : "");
    e->target = clean_str(r->target.code ? r->target.code : "");
    e->code = clean_str(r->code ? r->code : "");
    memcpy(e->root, r->root, sizeof e->root);
    e->root[2] = '\0';
    if (r->cameo) {
        e->has_cameo = 1;
        e->quad_class = r->cameo->quad_class;
        e->goldstein = r->cameo->goldstein;
    }
    char *texts[9] = {dyad_store_clean(r->source.text, r->source.text_len),
                      dyad_store_clean(r->target.text, r->target.text_len),
                      entry_text(r->source.actor_entry),
                      entry_text(r->source.agent_entry),
                      entry_text(r->target.actor_entry),
                      entry_text(r->target.agent_entry),
                      clean_str(r->reported_by),
                      clean_str(r->verb),
                      entry_text(r->verb_pattern)};
    memcpy(e->texts, texts, sizeof texts);
    dyad_event_place_key(&r->place, e->place, sizeof e->place);
    place_copy(e, &r->place);
    e->source_offset = r->source.text ? (long long)r->source.start : -1;
    e->target_offset = r->target.text ? (long long)r->target.start : -1;
    int claims = r->has_claims;
    e->status = clean_str(claims ? r->status : "asserted");
    e->claimed_by = clean_str(claims && r->claimed_by.code ? r->claimed_by.code : "");
    e->disputed_by = clean_str(claims && r->disputed_by.code ? r->disputed_by.code : "");
    e->disputed_in = claims && r->disputed_in >= 0 ? r->disputed_in : -1;
    e->event_index = claims ? (long long)r->event_index : -1;
    e->factuality = clean_str(r->factuality);
    e->date_precision = clean_str(e->date ? r->date_precision : NULL);
    e->background = e->date && r->background; /* a date dropped above is unknown: not background */
}

static int is_new_sentence(const dyad_event_record *events, size_t i)
{
    for (size_t j = 0; j < i; j++)
        if (events[j].sentence_index == events[i].sentence_index) return 0;
    return 1;
}

static void article_copy(batch_article *b, const dyad_store_article *a, const dyad_event_record *events, size_t n,
                         const dyad_store_extras *x)
{
    memset(b, 0, sizeof *b);
    content_hash(a->text, a->length, b->hash);
    timestamp(b->added);
    b->doc_id = clean_str(a->id);
    b->source = clean_str(a->source ? a->source : "");
    b->url = clean_str(a->url);
    b->title = clean_str(a->title);
    b->input = clean_str(a->input ? a->input : "");
    b->dict_version = clean_str(n ? events[0].dict_version : NULL);
    b->published = checked_date(a->published, b->doc_id, "publication date", -1);
    b->events = n ? dyad_xcalloc(n, sizeof *b->events) : NULL;
    b->n_events = n;
    for (size_t i = 0; i < n; i++) event_copy(&b->events[i], &events[i], is_new_sentence(events, i), b->doc_id);
    dyad_store_claims_copy(&b->claims, x, events, n);
}

static void article_free(batch_article *b)
{
    for (size_t i = 0; i < b->n_events; i++) {
        batch_event *e = &b->events[i];
        free(e->sentence);
        free(e->source);
        free(e->target);
        free(e->code);
        for (int k = 0; k < 9; k++) free(e->texts[k]);
        for (int k = 0; k < 4; k++) free(e->place_texts[k]);
        free(e->status);
        free(e->claimed_by);
        free(e->disputed_by);
        free(e->factuality);
        free(e->date_precision);
    }
    dyad_store_claims_free(&b->claims);
    free(b->events);
    free(b->doc_id);
    free(b->source);
    free(b->url);
    free(b->title);
    free(b->input);
    free(b->dict_version);
}

void dyad_batch_free(dyad_batch *b)
{
    if (!b) return;
    for (size_t i = 0; i < b->n; i++) article_free(&b->articles[i]);
    free(b->articles);
    free(b);
}

/* ---- writing a batch ---- */

static int run(dyad_store *s, const char *sql, int n, const dyad_sql_value *p, dyad_row_fn fn, void *ctx)
{
    return s->ops->run(s, sql, n, p, fn, ctx);
}

/* Inserts the article row; *id is -1 when an article with the same id or text exists. */
static int insert_article(dyad_store *s, const batch_article *a, long long *id)
{
    dyad_sql_value p[9] = {dyad_v_text(a->doc_id), dyad_v_text(a->hash),  dyad_v_text(a->source),
                           dyad_v_text(a->url),    dyad_v_text(a->title), dyad_v_int(a->published),
                           dyad_v_text(a->input),  dyad_v_text(a->added), dyad_v_text(a->dict_version)};
    *id = -1;
    return run(s,
               "INSERT INTO articles (doc_id, content_hash, source, url, title, published, input, added, dict_version) "
               "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING id",
               9, p, dyad_first_int, id);
}

/* The place columns of an event (schema version 4), NULL when it has no place. */
static void place_values(dyad_sql_value *p, const batch_event *e)
{
    int have = e->place_texts[0] != NULL;
    for (int k = 0; k < 4; k++) p[k] = dyad_v_text(e->place_texts[k]);
    p[4] = dyad_v_text(have ? e->iso2 : NULL);
    p[5] = dyad_v_text(have ? e->iso3 : NULL);
    p[6] = have && e->geonames_id ? dyad_v_int(e->geonames_id) : dyad_v_null();
    p[7] = have ? dyad_v_real(e->lat) : dyad_v_null();
    p[8] = have ? dyad_v_real(e->lon) : dyad_v_null();
}

typedef struct {
    const batch_event *e;
    const char *added;
} event_ref;

static int key_cmp(const batch_event *a, const batch_event *b)
{
    if (a->date != b->date) return a->date < b->date ? -1 : 1;
    int c = strcmp(a->source, b->source);
    if (!c) c = strcmp(a->target, b->target);
    if (!c) c = strcmp(a->code, b->code);
    return c ? c : strcmp(a->place, b->place);
}

static int ref_cmp(const void *x, const void *y)
{
    return key_cmp(((const event_ref *)x)->e, ((const event_ref *)y)->e);
}

/* Creates or counts the events of the stored articles in key order: the one order every writer
 * locks events in. Each mention is its own upsert, so that the database merges the factuality,
 * date precision and background of the mentions of an event (background.c) whether they come in
 * one batch or in several. */
static int upsert_events(dyad_store *s, const dyad_batch *b, const long long *ids)
{
    size_t n = 0, k = 0;
    for (size_t i = 0; i < b->n; i++) n += ids[i] >= 0 ? b->articles[i].n_events : 0;
    event_ref *refs = dyad_xcalloc(n + 1, sizeof *refs);
    for (size_t i = 0; i < b->n; i++)
        for (size_t j = 0; ids[i] >= 0 && j < b->articles[i].n_events; j++)
            refs[k++] = (event_ref){&b->articles[i].events[j], b->articles[i].added};
    qsort(refs, n, sizeof *refs, ref_cmp);
    char merge[2048], sql[3072];
    dyad_store_v5_merge_sql(merge, sizeof merge);
    snprintf(sql, sizeof sql,
             "INSERT INTO events (event_date, source, target, code, root, quad_class, goldstein, num_mentions, added, "
             "place, place_name, place_admin1, place_admin1_name, place_precision, place_country, place_country3, "
             "place_geonames_id, place_lat, place_lon, factuality, date_precision, background) "
             "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, "
             "$22) ON CONFLICT (event_date, source, target, code, place) "
             "DO UPDATE SET num_mentions = events.num_mentions + excluded.num_mentions%s",
             merge);
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        const batch_event *e = refs[i].e;
        dyad_sql_value p[22] = {dyad_v_int(e->date),
                                dyad_v_text(e->source),
                                dyad_v_text(e->target),
                                dyad_v_text(e->code),
                                dyad_v_text(e->root),
                                e->has_cameo ? dyad_v_int(e->quad_class) : dyad_v_null(),
                                e->has_cameo ? dyad_v_real(e->goldstein) : dyad_v_null(),
                                dyad_v_int(1),
                                dyad_v_text(refs[i].added),
                                dyad_v_text(e->place)};
        place_values(p + 10, e);
        p[19] = dyad_v_text(e->factuality);
        p[20] = dyad_v_text(e->date_precision);
        p[21] = dyad_v_int(e->background);
        rc = run(s, sql, 22, p, NULL, NULL);
    }
    free(refs);
    return rc;
}

static int add_sentence(dyad_store *s, long long article, const batch_event *e)
{
    dyad_sql_value p[3] = {dyad_v_int(article), dyad_v_int(e->sentence_index), dyad_v_text(e->sentence)};
    int rc = run(s, "INSERT INTO sentences (article_id, sentence_index, text) VALUES ($1, $2, $3)", 3, p, NULL, NULL);
    if (rc == 0 && s->dialect->fts_add) rc = run(s, s->dialect->fts_add, 2, p, NULL, NULL);
    return rc;
}

/* The mention finds its event and sentence by their keys rather than by ids read back from the
 * database, so that no statement of an article waits for the result of another. */
static int add_mention(dyad_store *s, long long article, const batch_event *e)
{
    dyad_sql_value p[23] = {dyad_v_int(article),    dyad_v_int(e->sentence_index), dyad_v_int(e->date),
                            dyad_v_text(e->source), dyad_v_text(e->target),        dyad_v_text(e->code)};
    for (int i = 0; i < 9; i++) p[6 + i] = dyad_v_text(e->texts[i]);
    p[15] = dyad_v_text(e->status);
    p[16] = dyad_v_text(e->claimed_by);
    p[17] = dyad_v_text(e->disputed_by);
    p[18] = e->disputed_in >= 0 ? dyad_v_int(e->disputed_in) : dyad_v_null();
    p[19] = e->event_index >= 0 ? dyad_v_int(e->event_index) : dyad_v_null();
    p[20] = dyad_v_text(e->place);
    p[21] = e->source_offset >= 0 ? dyad_v_int(e->source_offset) : dyad_v_null();
    p[22] = e->target_offset >= 0 ? dyad_v_int(e->target_offset) : dyad_v_null();
    return run(
        s,
        "INSERT INTO mentions (event_id, article_id, sentence_id, source_text, target_text, "
        "source_actor_entry, source_agent_entry, target_actor_entry, target_agent_entry, reported_by, verb, "
        "verb_pattern, "
        "status, claimed_by, disputed_by, disputed_in, event_index, source_offset, target_offset) "
        "SELECT e.id, s.article_id, s.id, CAST($7 AS TEXT), CAST($8 AS TEXT), CAST($9 AS TEXT), CAST($10 AS TEXT), "
        "CAST($11 AS TEXT), CAST($12 AS TEXT), CAST($13 AS TEXT), CAST($14 AS TEXT), CAST($15 AS TEXT), "
        "CAST($16 AS TEXT), CAST($17 AS TEXT), CAST($18 AS TEXT), CAST($19 AS INTEGER), CAST($20 AS INTEGER), "
        "CAST($22 AS INTEGER), CAST($23 AS INTEGER) "
        "FROM events e, sentences s WHERE e.event_date = $3 AND e.source = $4 AND e.target = $5 AND e.code = $6 "
        "AND e.place = CAST($21 AS TEXT) AND s.article_id = $1 AND s.sentence_index = $2",
        23, p, NULL, NULL);
}

/* After an article's mentions are in: each event it mentions has one more article, and its
 * sources counted again. Counting an event's own mentions (an index range) keeps the cost per
 * event; the earlier "no other article of this source" test let PostgreSQL plan a scan of all
 * the source's articles, which made ingest quadratic (19 s instead of 4 for 5,000 articles). */
static int count_article(dyad_store *s, long long article)
{
    dyad_sql_value p[1] = {dyad_v_int(article)};
    return run(s,
               "UPDATE events SET num_articles = num_articles + 1, num_sources = (SELECT count(DISTINCT a.source) "
               "FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = events.id) "
               "WHERE id IN (SELECT event_id FROM mentions WHERE article_id = $1)",
               1, p, NULL, NULL);
}

static int add_mentions(dyad_store *s, long long id, const batch_article *a)
{
    int rc = 0;
    for (size_t j = 0; j < a->n_events && rc == 0; j++) {
        if (a->events[j].sentence) rc = add_sentence(s, id, &a->events[j]);
        if (rc == 0) rc = add_mention(s, id, &a->events[j]);
    }
    if (rc == 0 && a->n_events) rc = count_article(s, id);
    return rc == 0 ? dyad_store_add_claims(s, id, &a->claims) : rc;
}

/* One attempt at writing the batch in one transaction; *skipped counts the articles that turned
 * out to be stored already. */
static int write_once(dyad_store *s, const dyad_batch *b, long long *ids, long long *skipped)
{
    *skipped = 0;
    if (run(s, s->dialect->begin, 0, NULL, NULL, NULL) != 0) return -1;
    int rc = 0;
    for (size_t i = 0; i < b->n && rc == 0; i++) {
        rc = insert_article(s, &b->articles[i], &ids[i]);
        *skipped += ids[i] < 0;
    }
    if (rc == 0) rc = upsert_events(s, b, ids);
    for (size_t i = 0; i < b->n && rc == 0; i++)
        if (ids[i] >= 0) rc = add_mentions(s, ids[i], &b->articles[i]);
    if (rc == 0 && dyad_run_now(s, "COMMIT") == 0) return 0;
    char saved[sizeof s->error];
    int transient = s->transient;
    memcpy(saved, s->error, sizeof saved);
    dyad_run_now(s, "ROLLBACK");
    memcpy(s->error, saved, sizeof saved);
    s->transient = transient;
    return -1;
}

/* Writes the batch, again after a deadlock or serialization failure, waiting a little longer
 * each time (with some randomness, so that the writers do not meet again). */
static int write_batch(dyad_store *s, const dyad_batch *b, long long *skipped)
{
    long long *ids = dyad_xcalloc(b->n + 1, sizeof *ids);
    int rc = -1;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        s->transient = 0;
        if ((rc = write_once(s, b, ids, skipped)) == 0 || !s->transient) break;
        struct timespec pause = {0, (long)(attempt * 20 + rand() % 50) * 1000000L};
        nanosleep(&pause, NULL);
    }
    free(ids);
    return rc;
}

/* ---- the interface ---- */

static int pending(const dyad_batch *b, const char *doc_id, const char *hash)
{
    for (size_t i = 0; b && i < b->n; i++)
        if (strcmp(b->articles[i].hash, hash) == 0
            || (doc_id && b->articles[i].doc_id && strcmp(b->articles[i].doc_id, doc_id) == 0))
            return 1;
    return 0;
}

int dyad_store_has(dyad_store *s, const dyad_store_article *a)
{
    char hash[48];
    content_hash(a->text, a->length, hash);
    char *doc_id = clean_str(a->id);
    long long found = 0;
    int rc = 0;
    if (pending(s->batch, doc_id, hash))
        found = 1;
    else {
        dyad_sql_value p[2] = {dyad_v_text(doc_id), dyad_v_text(hash)};
        rc = run(s,
                 "SELECT (SELECT count(*) FROM articles WHERE doc_id = $1) + (SELECT count(*) FROM articles WHERE "
                 "content_hash = $2)",
                 2, p, dyad_first_int, &found);
    }
    free(doc_id);
    /* dyad_store_add right after this of the same text skips a second look-up (a round trip to
     * PostgreSQL); were its id another and stored, the write would find it (ON CONFLICT) and
     * count a late duplicate */
    snprintf(s->absent, sizeof s->absent, "%s", rc == 0 && found == 0 ? hash : "");
    return rc != 0 ? -1 : found > 0;
}

int dyad_store_begin(dyad_store *s)
{
    if (!s->batch) s->batch = dyad_xcalloc(1, sizeof *s->batch);
    return 0;
}

int dyad_store_commit(dyad_store *s)
{
    dyad_batch *b = s->batch;
    s->batch = NULL;
    long long skipped = 0;
    int rc = b && b->n ? write_batch(s, b, &skipped) : 0;
    s->late_duplicates += skipped;
    dyad_batch_free(b);
    return rc;
}

long long dyad_store_late_duplicates(dyad_store *s)
{
    long long n = s->late_duplicates;
    s->late_duplicates = 0;
    return n;
}

int dyad_store_add(dyad_store *s, const dyad_store_article *a, const dyad_event_record *events, size_t n_events)
{
    return dyad_store_add_extras(s, a, events, n_events, NULL);
}

int dyad_store_add_extras(dyad_store *s, const dyad_store_article *a, const dyad_event_record *events, size_t n_events,
                          const dyad_store_extras *x)
{
    char hash[48];
    content_hash(a->text, a->length, hash);
    int stored = s->absent[0] && strcmp(s->absent, hash) == 0 ? 0 : dyad_store_has(s, a);
    s->absent[0] = '\0';
    if (stored != 0) return stored < 0 ? -1 : 0;
    int alone = !s->batch;
    dyad_store_begin(s);
    dyad_batch *b = s->batch;
    dyad_grow((void **)&b->articles, &b->cap, b->n + 1, sizeof *b->articles);
    article_copy(&b->articles[b->n++], a, events, n_events, x);
    if (!alone) return 1;
    long long before = s->late_duplicates;
    if (dyad_store_commit(s) != 0) return -1;
    return s->late_duplicates > before ? (s->late_duplicates = before, 0) : 1;
}
