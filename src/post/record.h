/* The event record: one event with everything dyad reports about it (its sentence, date, actors
 * with the dictionary entries that named them, code, Goldstein value, who reports it, the verb
 * pattern). Post-processing fills it from the coder's event (post.h); every consumer (JSON Lines, TSV,
 * the event store) reads this one record, so none of them needs the coder. */
#ifndef DYAD_RECORD_H
#define DYAD_RECORD_H
#include "../dict/cameo.h"
#include <stddef.h>
#include <stdint.h>

/* A dictionary entry that matched, as file and line; file is NULL when there was none. The file
 * is named by its name in the dictionary folder ("verbs.txt"), never by the path it was loaded
 * from, so that outputs do not depend on where dyad was built or installed. */
typedef struct {
    const char *file;
    uint32_t line;
} dyad_entry_ref;

typedef struct {
    const char *code; /* CAMEO actor code, "" when none */
    const char *text;
    size_t text_len; /* the words in the document; text NULL when none */
    uint32_t start;  /* the words' byte offset in the document */
    dyad_entry_ref actor_entry, agent_entry;
} dyad_event_actor;

/* Where the event happened (places.h); name is NULL when no place was found. */
typedef struct {
    const char *name;                 /* the gazetteer's name of the place */
    uint32_t geonames_id;             /* 0 when the place has none (regions, countries) */
    char iso2[3], iso3[4];            /* the country, ISO 3166-1 alpha-2 and alpha-3 */
    const char *admin1, *admin1_name; /* first-level region code and name, "" when unknown */
    double lat, lon;
    const char *precision; /* "city", "admin1" or "country" */
    const char *source;    /* "clause", "target" or "dateline" */
    const char *text;
    size_t text_len;     /* the words in the document */
    uint32_t start, end; /* their byte offsets in the document */
} dyad_event_place;

/* A casualty figure (post/claims.h): a range, max -1 when open. */
typedef struct {
    int have;
    int64_t min, max;
    const char *text;
    size_t text_len;         /* the figure's words */
    const char *reported_by; /* actor code, "" for the article's own voice */
} dyad_record_figure;

#define DYAD_RECORD_CASUALTY_KINDS 5 /* killed, wounded, missing, detained, displaced */

/* Points into the dictionaries and the document, which must outlive it, and into itself
 * (struck_country): fill it where it stays, do not copy it. */
typedef struct {
    const char *doc_id;                       /* may be NULL */
    const char *dict_version;                 /* the dictionary set's version (dictset.h) */
    const char *url, *title, *article_source; /* the article's; NULL when it gave none */
    uint32_t sentence_index;
    const char *sentence;
    size_t sentence_len;        /* original bytes, not necessarily valid UTF-8 */
    int32_t date;               /* yyyymmdd, 0 when unknown; the first day when only the month or year is known */
    const char *date_precision; /* "day", "month", "year"; NULL when the date is unknown */
    int background;             /* the event lies more than a month before publication (dates.h) */
    dyad_event_actor source, target;
    const char *code;
    char root[3];
    const dyad_cameo_code *cameo; /* quad class and Goldstein value; NULL when the code is not in the table */
    const char *reported_by;      /* "" when nobody is speaking */
    const char *factuality;       /* "asserted", "reported", "intended" (events/factuality.h) */
    const char *verb;             /* the verb block's name */
    dyad_entry_ref verb_pattern;  /* the pattern, or the block when its default code was used */
    dyad_event_place place;
    char struck_country[4]; /* target.code points here when force hit a capital as a place (post.c) */
    /* Who claims it (post/claims.h); has_claims is 0 when claims were not looked for. */
    int has_claims;
    uint32_t event_index;                     /* its index among the article's events */
    const char *status;                       /* "asserted", "reported", "claimed", "disputed" */
    dyad_event_actor claimed_by, disputed_by; /* code "" when none */
    int32_t disputed_in;                      /* sentence index of the denial, -1 when none */
    int32_t disputed_by_event;                /* event index of the denial, -1 when none was coded */
    const uint32_t *disputes;
    size_t n_disputes; /* event indices this denial disputes */
    dyad_record_figure casualties[DYAD_RECORD_CASUALTY_KINDS];
} dyad_event_record;

#endif
