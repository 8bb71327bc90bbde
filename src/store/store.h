/* The event store: coded articles, their sentences and deduplicated events in SQLite (a file
 * path) or PostgreSQL (a postgresql:// or postgres:// URL). dyad creates and migrates the schema
 * itself. An event is one (date, source, target, code, place) with GDELT-style counts; every
 * sentence that reported it is a mention linked to its article and dictionary provenance. */
#ifndef DYAD_STORE_H
#define DYAD_STORE_H
#include "../post/record.h"
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef struct dyad_store dyad_store;

/* Schema version written by this dyad; older databases are migrated on open. Version 2: the
 * PostgreSQL full-text index keeps stop-words, as SQLite's does. Version 3: claims (status,
 * claimant and disputant of each mention), casualty figures and quotes. Version 4: the event's
 * place details, the mention's actor byte offsets, the article's dictionary version. Version 5:
 * the event's factuality, date precision and whether it is background (background.c). */
#define DYAD_STORE_SCHEMA_VERSION 5

/* Opens the database named by db. With create set (dyad ingest) the SQLite file and the schema are
 * created or migrated; without it (query, stats, export) the database must already hold dyad's
 * schema and is opened read-only (a file in a read-only folder can be read). A database that
 * holds other tables than dyad's is refused, and left as it was. Returns NULL and writes the
 * reason to err when it cannot. */
dyad_store *dyad_store_open(const char *db, int create, char *err, size_t err_size);
void dyad_store_close(dyad_store *s);
/* The last error of a failed call, naming the database and the statement's purpose. */
const char *dyad_store_error(const dyad_store *s);

/* Batches: articles added between begin and commit are kept in memory and written at commit in
 * one short transaction, all or nothing (retried after a deadlock), so that no lock is held while
 * articles are coded or input is awaited. */
int dyad_store_begin(dyad_store *s);
int dyad_store_commit(dyad_store *s);

/* A quotation (post/claims.h) as the store keeps it; speaker "" when unknown. */
typedef struct {
    uint32_t sentence_index, start, end;
    const char *text;
    size_t text_len;
    const char *speaker;
    const char *speaker_text;
    size_t speaker_text_len; /* NULL when there is no speaker */
} dyad_store_quote;

/* Casualty figures of a sentence without a violent event, against the conflict named. */
typedef struct {
    uint32_t sentence_index;
    int32_t date;
    const char *source, *target;
    dyad_record_figure casualties[DYAD_RECORD_CASUALTY_KINDS];
} dyad_store_figures;

typedef struct {
    const char *id, *source, *url, *title; /* any may be NULL */
    int32_t published;                     /* yyyymmdd, 0 when unknown */
    const char *input;                     /* input name, for provenance */
    const char *text;
    size_t length; /* the article's text, for its content hash */
} dyad_store_article;

/* What an article holds besides its events (post/claims.h). */
typedef struct {
    const dyad_store_quote *quotes;
    size_t n_quotes;
    const dyad_store_figures *loose;
    size_t n_loose;
} dyad_store_extras;

/* Whether an article with the same id or the same text is stored (or waits in the batch): 1 yes,
 * 0 no, -1 on a database error. Ingest asks before coding an article. */
int dyad_store_has(dyad_store *s, const dyad_store_article *a);
/* Adds an article and its events (records from dyad_event_record_fill). Returns 1 when stored
 * (in a batch: when it will be, at commit), 0 when an article with the same id or the same text
 * is already stored or in the batch (nothing changes), -1 on a database error. Dates that are not
 * days of the calendar are dropped with a warning on standard error; the event is kept. */
int dyad_store_add(dyad_store *s, const dyad_store_article *a, const dyad_event_record *events, size_t n_events);
/* The same with the article's quotes and casualty figures without an event (x may be NULL). */
int dyad_store_add_extras(dyad_store *s, const dyad_store_article *a, const dyad_event_record *events, size_t n_events,
                          const dyad_store_extras *x);
/* Articles of committed batches that another writer stored first (add counted them as stored),
 * since the last call. */
long long dyad_store_late_duplicates(dyad_store *s);

/* Whether yyyymmdd is a day of the calendar in years 1-9999. */
int dyad_store_date_valid(int32_t yyyymmdd);

/* Totals, for tests and the end-of-run summary. */
typedef struct {
    long long articles, sentences, events, mentions;
} dyad_store_counts;
int dyad_store_counts_get(dyad_store *s, dyad_store_counts *c);

/* Background events (post/dates.h: more than a month before the articles that report them) are
 * told again, not news. Statistics leave them out by default; a listing keeps them. */
enum dyad_background_filter {
    DYAD_BACKGROUND_INCLUDE, /* all events (the zero value: no filter) */
    DYAD_BACKGROUND_EXCLUDE, /* only events that are not background */
    DYAD_BACKGROUND_ONLY     /* only background events */
};
/* "include", "exclude" or "only" -> its value; -1 for anything else. */
int dyad_store_background_parse(const char *s);
/* A comma-separated list of factualities ("asserted,reported") -> a mask of bits 1 << enum
 * dyad_factuality: 0, or -1 (and *mask untouched) when a name is not one or the list is empty. */
int dyad_store_factuality_parse(const char *list, unsigned *mask);
#define DYAD_STORE_FACTUALITY_NAMES "asserted, reported, intended, hypothetical"

/* Which events a query, export or statistics run covers; zero / NULL fields do not filter.
 * Actor codes match by prefix ("RUS" matches RUSGOV); text matches sentences by full-text search. */
typedef struct {
    int32_t from, to;            /* yyyymmdd, inclusive */
    const char *source, *target; /* actor code prefixes */
    const char *code, *root;     /* exact CAMEO event code, root code */
    int quad;                    /* 1-4 */
    const char *text;            /* words that must all occur in a sentence reporting the event */
    const char *status;          /* the event's strongest status over its mentions: disputed, claimed, ... */
    const char *claimed_by;      /* actor code prefix of a claimant of the event */
    long long limit;             /* at most this many events, 0 = all */
    long long offset;            /* with limit: skip this many events first (pages of a listing) */
    long long id;                /* only the event with this id, 0 = any */
    int both;                    /* with source and target: either direction of the dyad */
    const char *country;         /* ISO alpha-2 code (dyad_store_country): events placed in that country */
    int near;                    /* events placed in a city within near_km of (near_lat, near_lon) */
    double near_lat, near_lon, near_km;
    enum dyad_background_filter background;
    unsigned factuality; /* bits 1 << enum dyad_factuality of the events wanted; 0 = any. Events
                          * stored before schema version 5 have no factuality and never match */
} dyad_store_filter;

/* The ISO alpha-2 code of a country given by its alpha-2 or alpha-3 code, any case, in the
 * gazetteer compiled into dyad; 0, or -1 when there is no such country. */
int dyad_store_country(const char *code, char iso2[3]);

/* One event as returned by a query, with its first mention (lowest id). Strings are valid until
 * the callback returns. */
typedef struct {
    long long id;
    int32_t date;
    const char *source, *target, *code, *root, *place;
    int quad_class;
    double goldstein; /* quad_class 0 when unknown */
    long long mentions, sources, articles;
    const char *added; /* YYYYMMDDHHMMSS (UTC) when the event was first stored */
    const char *doc_id, *url, *sentence, *source_text, *target_text; /* of the first mention; may be NULL */
    const char *status;                   /* strongest over the mentions: disputed, claimed, reported, asserted */
    const char *claimed_by, *disputed_by; /* a claimant and a disputant among the mentions; NULL when none */
    long long casualties[DYAD_RECORD_CASUALTY_KINDS]; /* highest lower bound of each kind, -1 when none */
    /* The first mention's provenance (NULL when unknown): its sentence, speaker, verb and the
     * dictionary entries (file:line) that coded it, the actors' byte offsets in the article (-1
     * when unknown), the article's title, source and dictionary version. */
    int sentence_index; /* -1 when unknown */
    const char *reported_by, *verb, *verb_pattern;
    const char *source_actor_entry, *source_agent_entry, *target_actor_entry, *target_agent_entry;
    long long source_offset, target_offset;
    const char *title, *article_source, *dict_version;
    /* The event's place (schema version 4; place_name NULL when none or unknown). */
    const char *place_name, *place_geonames_id, *place_country, *place_country3, *place_admin1, *place_admin1_name;
    const char *place_lat, *place_lon, *place_precision;
    /* Schema version 5, over the event's mentions: the most factual of their factualities and
     * the most precise of their dates' precisions (NULL when unknown: stored before version 5),
     * and background (1 when every mention's article appeared more than a month after the
     * event, 0 when not, -1 when the store cannot tell: a database older than version 5). */
    const char *factuality, *date_precision;
    int background;
} dyad_stored_event;

typedef int (*dyad_event_fn)(void *ctx, const dyad_stored_event *e); /* non-zero stops */
/* Calls fn for every matching event in id order. Returns 0, or -1 on a database error. */
int dyad_store_query(dyad_store *s, const dyad_store_filter *f, dyad_event_fn fn, void *ctx);

/* Output formats for stored events. table: tab-separated with a header and the first mention's
 * sentence; csv: RFC 4180 with a header, every text field quoted (codes such as 042 stay text);
 * jsonl: one object per event; gdelt: the GDELT 2.0 event table, its 61 tab-separated columns in
 * the documented order, empty where dyad has no value (actor attributes, IsRootEvent, AvgTone,
 * geography). */
enum dyad_export_format {
    DYAD_EXPORT_TABLE,
    DYAD_EXPORT_JSONL,
    DYAD_EXPORT_CSV,
    DYAD_EXPORT_GDELT,
    DYAD_EXPORT_GDELT_MENTIONS
};
/* The header line of formats that have one. */
void dyad_stored_events_write_header(FILE *out, enum dyad_export_format f);
/* --scheme plover: jsonl records get a "plover" field and csv rows eight plover_ columns
 * (output/plover.h). Set before the header is written. */
void dyad_stored_events_set_plover(int on);
void dyad_stored_event_write(FILE *out, enum dyad_export_format f, const dyad_stored_event *e);
/* The claim columns GDELT has no place for, for a separate file beside a GDELT export:
 * GLOBALEVENTID, status, claimed_by, disputed_by and the five casualty counts. */
void dyad_stored_claims_write_header(FILE *out);
void dyad_stored_claims_write(FILE *out, const dyad_stored_event *e);

/* One mention for the GDELT 2.0 mentions table (gdelt.c). Strings may be NULL and are valid until
 * the callback returns. */
typedef struct {
    long long event_id;
    const char *event_added, *article_added; /* YYYYMMDDHHMMSS */
    const char *article_source, *url, *doc_id;
    int sentence_index;
    long long source_offset, target_offset; /* bytes in the article, -1 when unknown */
    long long doc_length;                   /* the article's length in bytes, -1 when unknown */
    const char *dict_version;               /* of the dictionaries that coded the article; may be NULL */
} dyad_mention_row;

typedef int (*dyad_mention_row_fn)(void *ctx, const dyad_mention_row *m); /* non-zero stops */
/* Calls fn for every mention of the events that match f (limit and offset do not apply), by
 * event then mention. 0, or -1 on a database error. */
int dyad_store_mention_rows(dyad_store *s, const dyad_store_filter *f, dyad_mention_row_fn fn, void *ctx);

/* The GDELT 2.0 tables (gdelt.c): the header line (GDELT's files have none; --header asks for
 * it), an event row of 61 columns, a mentions row of 16. */
void dyad_gdelt_write_header(FILE *out, int mentions);
void dyad_gdelt_write_event(FILE *out, const dyad_stored_event *e);
void dyad_gdelt_write_mention(FILE *out, const dyad_mention_row *m);

/* An event's fields that aggregates need, without its first mention: cheap enough to read every
 * event of a large store. Strings are valid until the callback returns. */
typedef struct {
    long long id;
    int32_t date;
    const char *source, *target, *code;
    int quad_class;
    double goldstein; /* quad_class 0 when unknown */
    long long mentions;
    int background; /* as in dyad_stored_event; 0 when unknown */
} dyad_event_brief;

typedef int (*dyad_brief_fn)(void *ctx, const dyad_event_brief *e); /* non-zero stops */
/* Calls fn for every matching event in id order (limit and offset do not apply). 0, or -1 on a
 * database error. */
int dyad_store_scan(dyad_store *s, const dyad_store_filter *f, dyad_brief_fn fn, void *ctx);

/* One sentence that reported an event, with its article and the dictionary entries (file:line)
 * that coded it. Strings may be NULL and are valid until the callback returns. */
typedef struct {
    long long id;
    const char *doc_id, *url, *title, *article_source, *input;
    int32_t published; /* yyyymmdd, 0 when unknown */
    int sentence_index;
    const char *sentence, *source_text, *target_text, *reported_by, *verb;
    const char *source_actor_entry, *source_agent_entry, *target_actor_entry, *target_agent_entry, *verb_pattern;
} dyad_stored_mention;

typedef int (*dyad_mention_fn)(void *ctx, const dyad_stored_mention *m); /* non-zero stops */
/* Calls fn for the first limit mentions (by id; 0 = all) of event event_id. 0, or -1 on a
 * database error. */
int dyad_store_mentions(dyad_store *s, long long event_id, long long limit, dyad_mention_fn fn, void *ctx);

/* A number that grows whenever anything is stored (the highest mention id; 0 when empty), so a
 * reader can tell cheaply whether what it computed from the store is still current. */
int dyad_store_generation(dyad_store *s, long long *generation);

enum dyad_store_period { DYAD_BY_DAY, DYAD_BY_WEEK, DYAD_BY_MONTH };

/* One row of a statistics table: the table's name, its n column names and the row's cells as
 * text (NULL for no value). Non-zero stops. */
typedef int (*dyad_table_fn)(void *ctx, const char *table, int n, const char *const *columns, const char *const *cells);

/* dyad stats: one table at a time (series.c). periods: per day, week or month, gaps between
 * the first and last period filled with zero rows; roots, quads: per CAMEO root code and quad
 * class; actors (each event counts for its source and its target) and dyads, most events first;
 * status, casualties (per period) and casualty_dyads (the ten dyads with most): the claims
 * tables (claims_store.c). Every table but these three has
 * the columns events, mentions, quad1-4, goldstein (sum), goldstein_mean (over events) and
 * goldstein_weighted (by mentions); a mean with no value is empty. */
enum dyad_series_table {
    DYAD_TABLE_PERIODS,
    DYAD_TABLE_ROOTS,
    DYAD_TABLE_QUADS,
    DYAD_TABLE_ACTORS,
    DYAD_TABLE_DYADS,
    DYAD_TABLE_STATUS,
    DYAD_TABLE_CASUALTIES,
    DYAD_TABLE_CASUALTY_DYADS
};
typedef struct {
    enum dyad_series_table table;
    enum dyad_store_period by;
    int by_country; /* actors and dyads: codes cut to their country part (first three letters) */
    long long top;  /* actors and dyads: at most this many rows, 0 = all */
} dyad_series_options;
/* fn is called first with cells NULL: the header, even when no row follows. */
int dyad_store_series(dyad_store *s, const dyad_store_filter *f, const dyad_series_options *o, dyad_table_fn fn,
                      void *ctx);

#endif
