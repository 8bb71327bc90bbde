/* dyad ingest: code articles and keep them, their sentences and events in the event store. */
#include "commands.h"
#include "../core/xalloc.h"
#include "../post/claims.h"
#include "../post/post.h"
#include "../pipeline.h"
#include "../store/store.h"
#include "../post/dates.h"
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static void ingest_usage(FILE *out)
{
    fputs("usage: dyad ingest --db PATH|postgresql://... [--date YYYY-MM-DD] [dictionary options]\n"
          "                   [--input-format auto|text|jsonl] [--batch N] [FILE...|-]\n\n"
          "Codes CAMEO events in news articles and stores the articles, their sentences and events.\n"
          "An article already stored (same id, or same text) is skipped, so rerunning an interrupted\n"
          "ingest finishes the job. Malformed records are reported with input and line, and skipped.\n\n"
          "options:\n"
          "  --db DB           SQLite file (created when missing) or postgresql:// URL\n"
          "  --date D          publication date for articles that carry none (YYYY-MM-DD)\n"
          "  --input-format F  auto (default), text or jsonl\n"
          "  --batch N         articles per transaction (default 500; a batch is also written once it\n"
          "                    is a second old, so a slow feed loses at most a second's articles)\n"
          "Progress goes to standard error: a bar on a terminal, otherwise a line every few seconds.\n\n",
          out);
    fputs(dyad_dict_options_help, out);
}

static double now_seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Progress counts articles read against an estimate of the total: the non-blank lines of JSON
 * Lines files (one article each), one per other input. Standard input has no estimate. */
typedef struct {
    int tty;
    double start, last;
    long long total, read, stored, duplicates, events, malformed;
} progress;

static long long estimate_articles(const char *path)
{
    struct stat st;
    FILE *f = strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISREG(st.st_mode) ? fopen(path, "rb") : NULL;
    if (!f) return 0;
    static char buf[1 << 16];
    long long lines = 0;
    size_t n;
    int first = 1, json = 0, blank = 1;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
        for (size_t i = 0; i < n; i++) {
            char c = buf[i];
            if (c == '\n') {
                lines += !blank;
                blank = 1;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r') continue;
            if (first) {
                json = c == '{';
                first = 0;
            }
            blank = 0;
        }
        if (!json && !first) break;
    }
    lines += !blank;
    fclose(f);
    return json ? lines : 1;
}

static void progress_show(progress *p, int final)
{
    double t = now_seconds(), elapsed = t - p->start;
    if (!final && t - p->last < (p->tty ? 0.1 : 5.0)) return;
    p->last = t;
    double rate = elapsed > 0 ? (double)p->read / elapsed : 0;
    if (!p->tty) {
        fprintf(stderr,
                "dyad ingest: progress articles=%lld total=%lld stored=%lld duplicates=%lld mentions=%lld "
                "elapsed=%.1fs rate=%.0f/s%s\n",
                p->read, p->total, p->stored, p->duplicates, p->events, elapsed, rate, final ? " done" : "");
        return;
    }
    double frac = p->total > 0 ? (double)p->read / (double)p->total : 0;
    if (frac > 1 || final) frac = 1;
    char bar[31];
    int filled = (int)(frac * 30);
    for (int i = 0; i < 30; i++) bar[i] = i < filled ? '#' : '.';
    bar[30] = '\0';
    char eta[32] = "--";
    if (rate > 0 && p->total > p->read) snprintf(eta, sizeof eta, "%.0fs", (double)(p->total - p->read) / rate);
    fprintf(stderr, "\r[%s] %3.0f%% %lld articles, %lld mentions, %.0f articles/s, ETA %s \033[K%s", bar, frac * 100,
            p->read, p->events, rate, eta, final ? "\n" : "");
}

typedef struct {
    dyad_dictset coder;
    dyad_readings readings;
    dyad_tagger *tagger;
    dyad_store *store;
    int32_t default_date;
    long batch, in_batch;
    double batch_start;
    dyad_event_record *records;
    size_t cap_records;
    dyad_claims claims; /* who claims each event, quotes, figures (post/claims.h) */
    dyad_store_quote *quotes;
    size_t cap_quotes;
    dyad_store_figures *loose;
    size_t cap_loose;
} ingest_state;

/* The article's quotes and figures without an event, as the store takes them. */
static dyad_store_extras extras_of(ingest_state *st, const dyad_document *doc, int32_t published)
{
    const dyad_claims *c = &st->claims;
    dyad_grow((void **)&st->quotes, &st->cap_quotes, c->n_quotes + 1, sizeof *st->quotes);
    dyad_grow((void **)&st->loose, &st->cap_loose, c->n_loose + 1, sizeof *st->loose);
    for (size_t i = 0; i < c->n_quotes; i++) {
        const dyad_quote *q = &c->quotes[i];
        dyad_event_actor sp = dyad_event_actor_of(&st->coder, doc, &q->speaker);
        dyad_store_quote sq = {q->sentence,       q->start, q->end,  doc->text + q->start,
                               q->end - q->start, sp.code,  sp.text, sp.text_len};
        st->quotes[i] = sq;
    }
    for (size_t i = 0; i < c->n_loose; i++) {
        const dyad_casualty_record *r = &c->loose[i];
        dyad_store_figures *f = &st->loose[i];
        f->sentence_index = r->sentence;
        f->date = dyad_event_time(doc, r->sentence, UINT32_MAX, published).date;
        f->source = r->source.code;
        f->target = r->target.code;
        dyad_record_figures(f->casualties, doc, r->casualties);
    }
    dyad_store_extras x = {st->quotes, c->n_quotes, st->loose, c->n_loose};
    return x;
}

/* "lineN": the id the reader gives a JSON record that has none. */
static int is_line_id(const char *id)
{
    if (strncmp(id, "line", 4) != 0 || !id[4]) return 0;
    return id[4 + strspn(id + 4, "0123456789")] == '\0';
}

/* The article as the store keys it. Documents without an id of their own are recognised by their
 * text alone: plain text inputs (the reader names them after the input, which would make every
 * part of a split file, and every stdin, the same article) and JSON records without "id" (named
 * "lineN" by the reader, which would make line 1 of every file the same article). */
static dyad_store_article article_of(const dyad_document *doc, int32_t published)
{
    int own_id = doc->id && doc->id != doc->input_name && !is_line_id(doc->id);
    dyad_store_article a = {own_id ? doc->id : NULL, doc->source, doc->url,   doc->title, published,
                            doc->input_name,         doc->text,   doc->length};
    return a;
}

/* Codes and stores one document; one already stored is not coded again (a rerun after an
 * interruption skips the finished part quickly). Returns 1 stored, 0 duplicate, -1 database
 * error. */
static int ingest_document(ingest_state *st, dyad_document *doc, dyad_event_list *events, progress *p)
{
    int32_t published = dyad_parse_iso_date(doc->date) ? dyad_parse_iso_date(doc->date) : st->default_date;
    dyad_store_article a = article_of(doc, published);
    int rc = dyad_store_has(st->store, &a);
    if (rc == 0) {
        dyad_analyze(st->tagger, doc);
        events->keep_actors = 1;
        dyad_code_document(&st->coder, &st->readings, doc, published, events, NULL);
        dyad_claims_find(&st->claims, &st->coder, doc, events);
        dyad_grow((void **)&st->records, &st->cap_records, events->n + 1, sizeof *st->records);
        dyad_dateline *dateline = dyad_dateline_find(&st->coder.actors, doc);
        for (size_t i = 0; i < events->n; i++) {
            dyad_event_record_fill(&st->records[i], &st->coder, doc, dateline, &events->items[i], published);
            dyad_event_record_add_claims(&st->records[i], &st->coder, doc, &st->claims, i);
        }
        dyad_dateline_free(dateline);
        dyad_store_extras x = extras_of(st, doc, published);
        rc = dyad_store_add_extras(st->store, &a, st->records, events->n, &x);
    } else if (rc == 1) {
        rc = 0;
    }
    p->read++;
    if (rc == 1) {
        p->stored++;
        p->events += (long long)events->n;
    }
    if (rc == 0) p->duplicates++;
    return rc;
}

/* Writes the batch when it is full or a second old; a killed ingest loses only that batch. The
 * batch waits in memory (see dyad_store_begin), so no lock is held meanwhile. */
static int batch_step(ingest_state *st, int stored, progress *p)
{
    st->in_batch += stored;
    double now = now_seconds();
    if (st->in_batch == 0) st->batch_start = now;
    if (st->in_batch == 0 || (st->in_batch < st->batch && now - st->batch_start < 1.0)) return 0;
    st->in_batch = 0;
    st->batch_start = now;
    int rc = dyad_store_commit(st->store) == 0 && dyad_store_begin(st->store) == 0 ? 0 : -1;
    long long late = dyad_store_late_duplicates(st->store);
    p->stored -= late;
    p->duplicates += late;
    return rc;
}

static int ingest_inputs(ingest_state *st, char **inputs, int n_inputs, int format, progress *p, int *failed_inputs)
{
    dyad_document doc;
    dyad_document_init(&doc);
    dyad_event_list events = {0};
    int rc = dyad_store_begin(st->store);
    st->batch_start = now_seconds();
    for (int i = 0; i < n_inputs && rc == 0; i++) {
        dyad_reader *r = dyad_reader_open(inputs[i], (enum dyad_input_format)format);
        if (!r) {
            (*failed_inputs)++;
            continue;
        }
        while (rc == 0 && dyad_reader_next(r, &doc)) {
            int added = ingest_document(st, &doc, &events, p);
            rc = added < 0 ? -1 : batch_step(st, added, p);
            progress_show(p, 0);
        }
        p->malformed += (long long)dyad_reader_skipped(r);
        dyad_reader_close(r);
    }
    if (rc == 0) rc = dyad_store_commit(st->store);
    long long late = dyad_store_late_duplicates(st->store);
    p->stored -= late;
    p->duplicates += late;
    free(events.items);
    free(events.np_actors);
    dyad_document_free(&doc);
    return rc;
}

/* Parses the options into st, dict and the other arguments; -1 to go on, else the exit status. */
static int parse_options(int argc, char **argv, ingest_state *st, dyad_dict_options *dict, const char **db, int *format)
{
    static const struct option own_options[] = {{"db", required_argument, NULL, 'b'},
                                                {"date", required_argument, NULL, 'd'},
                                                {"input-format", required_argument, NULL, 'f'},
                                                {"batch", required_argument, NULL, 'n'},
                                                {"help", no_argument, NULL, 'h'},
                                                {NULL, 0, NULL, 0}};
    struct option *options = dyad_with_dict_options(own_options);
    int c, status = -1;
    optind = 1;
    while (status < 0 && (c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        if (dyad_dict_option(dict, c, optarg)) continue;
        switch (c) {
        case 'b': *db = optarg; break;
        case 'd':
            if (!(st->default_date = dyad_parse_iso_date(optarg))) {
                fprintf(stderr, "dyad ingest: --date must be YYYY-MM-DD, not '%s'\n", optarg);
                status = 2;
            }
            break;
        case 'f':
            if ((*format = dyad_parse_input_format(optarg)) < 0) {
                fprintf(stderr, "dyad ingest: --input-format must be auto, text or jsonl, not '%s'\n", optarg);
                status = 2;
            }
            break;
        case 'n':
            if ((st->batch = atol(optarg)) < 1) {
                fprintf(stderr, "dyad ingest: --batch must be a positive number\n");
                status = 2;
            }
            break;
        case 'h':
            ingest_usage(stdout);
            status = 0;
            break;
        default:
            ingest_usage(stderr);
            status = 2;
            break;
        }
    }
    free(options);
    if (status < 0 && !*db) {
        fprintf(stderr, "dyad ingest: --db PATH or --db postgresql://... is required\n");
        status = 2;
    }
    return status;
}

static int ingest(ingest_state *st, const dyad_dict_options *dict, const char *db, int format, int argc, char **argv)
{
    char err[1024];
    if (!(st->store = dyad_store_open(db, 1, err, sizeof err))) {
        fprintf(stderr, "dyad ingest: %s\n", err);
        return 1;
    }
    dyad_dictset_init(&st->coder);
    st->readings = dyad_readings_default();
    if (dyad_dict_options_load(dict, &st->coder) != 0) {
        dyad_dictset_free(&st->coder);
        dyad_store_close(st->store);
        return 1;
    }
    st->tagger = dyad_tagger_new();
    char *stdin_only[] = {"-"};
    char **inputs = argc > 0 ? argv : stdin_only;
    int n_inputs = argc > 0 ? argc : 1, failed_inputs = 0;
    progress p = {.tty = isatty(STDERR_FILENO), .start = now_seconds()};
    p.last = p.start;
    for (int i = 0; i < n_inputs; i++) p.total += estimate_articles(inputs[i]);
    int rc = ingest_inputs(st, inputs, n_inputs, format, &p, &failed_inputs);
    progress_show(&p, 1);
    dyad_store_counts counts;
    if (rc != 0)
        fprintf(stderr, "dyad ingest: %s; the last batch was not stored\n", dyad_store_error(st->store));
    else if (dyad_store_counts_get(st->store, &counts) == 0)
        fprintf(stderr,
                "dyad ingest: %lld articles stored, %lld already stored, %lld malformed records skipped; "
                "database: %lld articles, %lld sentences, %lld events, %lld mentions\n",
                p.stored, p.duplicates, p.malformed, counts.articles, counts.sentences, counts.events, counts.mentions);
    free(st->records);
    free(st->quotes);
    free(st->loose);
    dyad_claims_free(&st->claims);
    dyad_tagger_free(st->tagger);
    dyad_dictset_free(&st->coder);
    dyad_store_close(st->store);
    return rc != 0 || failed_inputs ? 1 : 0;
}

int dyad_cmd_ingest(int argc, char **argv)
{
    ingest_state st = {.batch = 500};
    dyad_dict_options dict;
    dyad_dict_options_init(&dict);
    const char *db = NULL;
    int format = DYAD_INPUT_AUTO;
    int status = parse_options(argc, argv, &st, &dict, &db, &format);
    if (status < 0) status = ingest(&st, &dict, db, format, argc - optind, argv + optind);
    dyad_dict_options_free(&dict);
    return status;
}
