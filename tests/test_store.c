/* The event store through its library interface, on records made up for these tests. Runs on a
 * temporary SQLite file, or on PostgreSQL when DYAD_TEST_PG_URL is set (tests/with-postgres.sh). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "store_fixture.h"

static dyad_store_article article(const char *id, const char *source, const char *text)
{
    dyad_store_article a = {id, source, "https://example.org/a", "title", 20250310, "input.jsonl", text, strlen(text)};
    return a;
}

static int add(dyad_store *s, const char *id, const char *source, const char *text, const dyad_event_record *r,
               size_t n)
{
    dyad_store_article a = article(id, source, text);
    return dyad_store_add(s, &a, r, n);
}

static dyad_store_counts counts(dyad_store *s)
{
    dyad_store_counts c;
    assert_int_equal(dyad_store_counts_get(s, &c), 0);
    return c;
}

/* Collects query results as "SOURCE>TARGET:CODE m/s/a" lines. */
static int collect(void *ctx, const dyad_stored_event *e)
{
    char *out = ctx;
    size_t len = strlen(out);
    snprintf(out + len, 4096 - len, "%s>%s:%s %lld/%lld/%lld\n", e->source, e->target, e->code, e->mentions, e->sources,
             e->articles);
    return 0;
}

static const char *query(dyad_store *s, const dyad_store_filter *f) { return query_with(s, f, collect); }

static void schema_created_and_versioned(void **state)
{
    (void)state;
    dyad_store *s = open_store();
    dyad_store_counts c = counts(s);
    assert_int_equal(c.articles + c.events + c.mentions + c.sentences, 0);
    dyad_store_close(s);
    s = open_store(); /* reopening finds the schema at the current version */
    exec(s, "UPDATE dyad_meta SET value = '99' WHERE key = 'schema_version'");
    dyad_store_close(s);
    char err[1024];
    assert_null(dyad_store_open(db, 1, err, sizeof err));
    assert_non_null(strstr(err, "schema version 99"));
}

/* A database of schema version 1 is read as it is (a read-only one can still be queried, its
 * search as before) and upgraded by the next writer. */
static void older_schema_is_read_then_upgraded(void **state)
{
    (void)state;
    dyad_store *s = open_store();
    dyad_event_record r = record(0, "Rusland troops attacked Ukraina.", 20250309, "RUSMIL", "UKR", "190", &attack);
    assert_int_equal(add(s, "a1", "wire", "text", &r, 1), 1);
    /* a version 1 database: without what versions 3 to 5 added (version 2 changed only an index) */
    static const char *const undo_v3[] = {"ALTER TABLE events DROP COLUMN factuality",
                                          "ALTER TABLE events DROP COLUMN date_precision",
                                          "ALTER TABLE events DROP COLUMN background",
                                          "ALTER TABLE events DROP COLUMN place_name",
                                          "ALTER TABLE events DROP COLUMN place_geonames_id",
                                          "ALTER TABLE events DROP COLUMN place_country",
                                          "ALTER TABLE events DROP COLUMN place_country3",
                                          "ALTER TABLE events DROP COLUMN place_admin1",
                                          "ALTER TABLE events DROP COLUMN place_admin1_name",
                                          "ALTER TABLE events DROP COLUMN place_lat",
                                          "ALTER TABLE events DROP COLUMN place_lon",
                                          "ALTER TABLE events DROP COLUMN place_precision",
                                          "ALTER TABLE mentions DROP COLUMN source_offset",
                                          "ALTER TABLE mentions DROP COLUMN target_offset",
                                          "ALTER TABLE articles DROP COLUMN dict_version",
                                          "DROP TABLE casualties",
                                          "DROP TABLE quotes",
                                          "DROP INDEX mentions_status",
                                          "DROP INDEX mentions_claimed_by",
                                          "ALTER TABLE mentions DROP COLUMN status",
                                          "ALTER TABLE mentions DROP COLUMN claimed_by",
                                          "ALTER TABLE mentions DROP COLUMN disputed_by",
                                          "ALTER TABLE mentions DROP COLUMN disputed_in",
                                          "ALTER TABLE mentions DROP COLUMN event_index"};
    for (size_t i = 0; i < sizeof undo_v3 / sizeof *undo_v3; i++) exec(s, undo_v3[i]);
    exec(s, "UPDATE dyad_meta SET value = '1' WHERE key = 'schema_version'");
    dyad_store_close(s);
    char err[1024] = "";
    s = dyad_store_open(db, 0, err, sizeof err);
    if (!s) fail_msg("a version 1 database is refused: %s", err);
    dyad_store_filter f = {.text = "troops"};
    assert_string_equal(query(s, &f), "RUSMIL>UKR:190 1/1/1\n");
    dyad_store_close(s);
    s = open_store();
    long long version = 0;
    assert_int_equal(s->ops->run(s, "SELECT CAST(value AS INTEGER) FROM dyad_meta WHERE key = 'schema_version'", 0,
                                 NULL, dyad_first_int, &version),
                     0);
    assert_int_equal(version, DYAD_STORE_SCHEMA_VERSION);
    assert_string_equal(query(s, &f), "RUSMIL>UKR:190 1/1/1\n");
    dyad_store_close(s);
}

static void same_event_is_one_record(void **state)
{
    (void)state;
    dyad_store *s = open_store();
    dyad_event_record r[3] = {
        record(0, "Rusland troops attacked Ukraina.", 20250309, "RUSMIL", "UKR", "190", &attack),
        record(2, "Again, Rusland troops attacked Ukraina.", 20250309, "RUSMIL", "UKR", "190", &attack),
        record(2, "Again, Rusland troops attacked Ukraina.", 20250309, "UKR", "RUSMIL", "040", &meet)};
    assert_int_equal(dyad_store_begin(s), 0);
    assert_int_equal(add(s, "a1", "wire", "text one", r, 3), 1);
    assert_int_equal(add(s, "a2", "wire", "text two", r, 1), 1);        /* same source: sources stays 1 */
    assert_int_equal(add(s, "a3", "paper", "text three", r + 1, 1), 1); /* another source */
    assert_int_equal(dyad_store_commit(s), 0);
    dyad_store_filter all = {0};
    assert_string_equal(query(s, &all), "RUSMIL>UKR:190 4/2/3\nUKR>RUSMIL:040 1/1/1\n");
    dyad_store_counts c = counts(s);
    assert_int_equal(c.articles, 3);
    assert_int_equal(c.sentences, 4); /* a1 has two sentences with events, a2 and a3 one each */
    assert_int_equal(c.events, 2);
    assert_int_equal(c.mentions, 5);
    dyad_store_close(s);
}

static void duplicates_are_skipped(void **state)
{
    (void)state;
    dyad_store *s = open_store();
    dyad_event_record r = record(0, "Rusland troops attacked Ukraina.", 20250309, "RUSMIL", "UKR", "190", &attack);
    assert_int_equal(add(s, "a1", "wire", "the text", &r, 1), 1);
    assert_int_equal(add(s, "a1", "wire", "other text, same id", &r, 1), 0);
    assert_int_equal(add(s, "a9", "paper", "the text", &r, 1), 0);
    assert_int_equal(add(s, NULL, "paper", "the text", &r, 1), 0);
    assert_int_equal(add(s, NULL, "paper", "no id, new text", &r, 1), 1);
    dyad_store_filter all = {0};
    assert_string_equal(query(s, &all), "RUSMIL>UKR:190 2/2/2\n");
    dyad_store_close(s);
}

/* An uncommitted batch, as when dyad is killed, leaves no trace. */
static void uncommitted_batch_leaves_nothing(void **state)
{
    (void)state;
    dyad_store *s = open_store();
    dyad_event_record r = record(0, "Rusland troops attacked Ukraina.", 20250309, "RUSMIL", "UKR", "190", &attack);
    assert_int_equal(add(s, "a1", "wire", "committed", &r, 1), 1);
    assert_int_equal(dyad_store_begin(s), 0);
    assert_int_equal(add(s, "a2", "wire", "never committed", &r, 1), 1);
    dyad_store_close(s);
    s = open_store();
    dyad_store_counts c = counts(s);
    assert_int_equal(c.articles, 1);
    assert_int_equal(c.mentions, 1);
    dyad_store_filter all = {0};
    assert_string_equal(query(s, &all), "RUSMIL>UKR:190 1/1/1\n");
    dyad_store_close(s);
}

static void filters(void **state)
{
    (void)state;
    dyad_store *s = open_store();
    dyad_event_record r[4] = {
        record(0, "Rusland troops shelled the harbour of Ukraina.", 20250309, "RUSMIL", "UKR", "190", &attack),
        record(1, "The Rusland government met Ukraina's envoys.", 20250402, "RUSGOV", "UKR", "040", &meet),
        record(2, "Rudovia met Ukraina.", 20250403, "RUD", "UKR", "040", &meet),
        record(3, "Ukraina attacked Rusland.", 20250501, "UKR", "RUS", "1831", NULL)};
    assert_int_equal(add(s, "a1", "wire", "text", r, 4), 1);
    dyad_store_filter f = {.source = "RUS"};
    assert_string_equal(query(s, &f), "RUSMIL>UKR:190 1/1/1\nRUSGOV>UKR:040 1/1/1\n");
    f = (dyad_store_filter){.source = "RUSG"};
    assert_string_equal(query(s, &f), "RUSGOV>UKR:040 1/1/1\n");
    f = (dyad_store_filter){.target = "RUS"};
    assert_string_equal(query(s, &f), "UKR>RUS:1831 1/1/1\n");
    f = (dyad_store_filter){.from = 20250401, .to = 20250430};
    assert_string_equal(query(s, &f), "RUSGOV>UKR:040 1/1/1\nRUD>UKR:040 1/1/1\n");
    f = (dyad_store_filter){.root = "19"};
    assert_string_equal(query(s, &f), "RUSMIL>UKR:190 1/1/1\n");
    f = (dyad_store_filter){.code = "040", .source = "RU", .limit = 1};
    assert_string_equal(query(s, &f), "RUSGOV>UKR:040 1/1/1\n");
    f = (dyad_store_filter){.quad = 4};
    assert_string_equal(query(s, &f), "RUSMIL>UKR:190 1/1/1\n");
    f = (dyad_store_filter){.text = "harbour shelled"};
    assert_string_equal(query(s, &f), "RUSMIL>UKR:190 1/1/1\n");
    f = (dyad_store_filter){.text = "envoys NOT harbour"}; /* search syntax is taken as words */
    assert_string_equal(query(s, &f), "");
    f = (dyad_store_filter){.text = "envoys"};
    assert_string_equal(query(s, &f), "RUSGOV>UKR:040 1/1/1\n");
    dyad_store_close(s);
}

static int collect_row(void *ctx, const char *table, int n, const char *const *columns, const char *const *cells)
{
    char *out = ctx;
    size_t len = strlen(out);
    len += (size_t)snprintf(out + len, 4096 - len, "%s:", table);
    /* the header (cells NULL) as column names; an empty cell as "-" */
    for (int i = 0; i < n; i++) {
        const char *c = cells ? cells[i] : columns[i];
        len += (size_t)snprintf(out + len, 4096 - len, " %s", c && *c ? c : "-");
    }
    snprintf(out + len, 4096 - len, "\n");
    return 0;
}

static void statistics(void **state)
{
    (void)state;
    dyad_store *s = open_store();
    dyad_event_record r[3] = {
        record(0, "One.", 20250309, "RUSMIL", "UKR", "190", &attack), /* Sunday: week of Monday 3 March */
        record(1, "Two.", 20250310, "RUSGOV", "UKR", "040", &meet),   /* Monday 10 March */
        record(2, "Three.", 20250402, "RUSGOV", "UKR", "040", &meet)};
    assert_int_equal(add(s, "a1", "wire", "text", r, 3), 1);
    char out[4096] = "";
    dyad_store_filter f = {.source = "RUSG"};
    const enum dyad_series_table tables[] = {DYAD_TABLE_PERIODS, DYAD_TABLE_ROOTS, DYAD_TABLE_QUADS,
                                             DYAD_TABLE_ACTORS,  DYAD_TABLE_DYADS, DYAD_TABLE_STATUS};
    for (size_t i = 0; i < sizeof tables / sizeof *tables; i++) {
        dyad_series_options o = {.table = tables[i], .by = DYAD_BY_MONTH};
        assert_int_equal(dyad_store_series(s, &f, &o, collect_row, out), 0);
    }
    assert_string_equal(out, "periods: period events mentions quad1 quad2 quad3 quad4 goldstein goldstein_mean "
                             "goldstein_weighted\n"
                             "periods: 2025-03 1 1 1 0 0 0 1.0 1.00 1.00\nperiods: 2025-04 1 1 1 0 0 0 1.0 1.00 1.00\n"
                             "roots: root events mentions quad1 quad2 quad3 quad4 goldstein goldstein_mean "
                             "goldstein_weighted\n"
                             "roots: 04 2 2 2 0 0 0 2.0 1.00 1.00\n"
                             "quads: quad_class events mentions quad1 quad2 quad3 quad4 goldstein goldstein_mean "
                             "goldstein_weighted\n"
                             "quads: 1 2 2 2 0 0 0 2.0 1.00 1.00\n"
                             "actors: actor events mentions quad1 quad2 quad3 quad4 goldstein goldstein_mean "
                             "goldstein_weighted\n"
                             "actors: RUSGOV 2 2 2 0 0 0 2.0 1.00 1.00\nactors: UKR 2 2 2 0 0 0 2.0 1.00 1.00\n"
                             "dyads: source target events mentions quad1 quad2 quad3 quad4 goldstein goldstein_mean "
                             "goldstein_weighted\n"
                             "dyads: RUSGOV UKR 2 2 2 0 0 0 2.0 1.00 1.00\n"
                             "status: status events mentions\nstatus: asserted 2 2\n");
    out[0] = '\0';
    dyad_store_filter all = {.to = 20250331};
    dyad_series_options weeks = {.table = DYAD_TABLE_PERIODS, .by = DYAD_BY_WEEK};
    assert_int_equal(dyad_store_series(s, &all, &weeks, collect_row, out), 0);
    assert_non_null(strstr(out, "periods: 2025-03-03 1 1 0 0 0 1 -10.0 -10.00 -10.00\n"
                                "periods: 2025-03-10 1 1 1 0 0 0 1.0 1.00 1.00\n"));
    /* months without events between the first and the last are zero rows, means empty */
    out[0] = '\0';
    dyad_store_filter russia = {.source = "RUS"};
    dyad_series_options days = {.table = DYAD_TABLE_PERIODS, .by = DYAD_BY_DAY};
    assert_int_equal(dyad_store_series(s, &russia, &days, collect_row, out), 0);
    assert_non_null(strstr(out, "periods: 2025-03-10 1 1 1 0 0 0 1.0 1.00 1.00\n"
                                "periods: 2025-03-11 0 0 0 0 0 0 0.0 - -\n"));
    dyad_store_close(s);
}

/* PostgreSQL refuses invalid UTF-8 and NUL bytes; the store cleans text so that no event is lost. */
static void untidy_text_is_stored(void **state)
{
    (void)state;
    dyad_store *s = open_store();
    const char sentence[] = "Rusland \xff\xfe attacked\0 Ukraina.";
    dyad_event_record r = record(0, "x", 20250309, "RUS", "UKR", "190", &attack);
    r.sentence = sentence;
    r.sentence_len = sizeof sentence - 1;
    assert_int_equal(add(s,
                         "bad\xff"
                         "id",
                         "wire", "text", &r, 1),
                     1);
    dyad_store_filter f = {.text = "Ukraina"};
    assert_string_equal(query(s, &f), "RUS>UKR:190 1/1/1\n");
    dyad_store_close(s);
}

static void bad_databases_are_reported(void **state)
{
    (void)state;
    char err[1024] = "";
    assert_null(dyad_store_open("/nonexistent-dir/x.db", 1, err, sizeof err));
    assert_non_null(strstr(err, "/nonexistent-dir/x.db"));
    assert_null(dyad_store_open("/tmp/dyad-test-missing.db", 0, err, sizeof err));
    assert_null(dyad_store_open("postgresql://nobody@127.0.0.1:1/none", 1, err, sizeof err));
    assert_non_null(strstr(err, "cannot connect"));
    assert_null(dyad_store_open("", 1, err, sizeof err));
    FILE *f = fopen("/tmp/dyad-test-notadb.db", "w");
    assert_non_null(f);
    fputs("this is not a database, just some text that is long enough to look like a header\n", f);
    fclose(f);
    assert_null(dyad_store_open("/tmp/dyad-test-notadb.db", 1, err, sizeof err));
    assert_non_null(strstr(err, "not a database"));
    unlink("/tmp/dyad-test-notadb.db");
}

/* The search words become the backend's query text; quotes and operators stay words. */
static void search_words(void **state)
{
    (void)state;
    dyad_store *s = open_store();
    static const char *const inputs[] = {"\"", "\"\"\"", "a", " a  b ", "NEAR(x y)", "\" OR \"", "x*", "", "\t"};
    for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
        char *q = s->dialect->fts_query(inputs[i]);
        assert_true(strlen(q) <= 4 * strlen(inputs[i]) + 2);
        free(q);
    }
    if (!pg_url) {
        char *q = s->dialect->fts_query(" say \"no\"  now ");
        assert_string_equal(q, "\"say\" \"\"\"no\"\"\" \"now\"");
        free(q);
    }
    dyad_store_filter f = {.text = "\" NEAR( * OR -x ^"};
    assert_string_equal(query(s, &f), "");
    dyad_store_close(s);
}

static int collect_dated(void *ctx, const dyad_stored_event *e)
{
    char *out = ctx;
    size_t len = strlen(out);
    snprintf(out + len, 4096 - len, "%d %s>%s:%s\n", (int)e->date, e->source, e->target, e->code);
    return 0;
}

/* Dates that are not days of the calendar never reach the database; their events do. */
static void impossible_dates_are_dropped(void **state)
{
    (void)state;
    dyad_store *s = open_store();
    dyad_event_record r[3] = {record(0, "One.", 20250230, "RUS", "UKR", "190", &attack),
                              record(1, "Two.", -8769, "UKR", "RUS", "190", &attack), /* printed 0000--87--69 */
                              record(2, "Three.", 20240229, "RUS", "UKR", "040", &meet)};
    dyad_store_article a = article("a1", "wire", "text");
    a.published = 20251301;
    assert_int_equal(dyad_store_add(s, &a, r, 3), 1);
    char out[4096] = "";
    dyad_store_filter all = {0};
    assert_int_equal(dyad_store_query(s, &all, collect_dated, out), 0);
    assert_string_equal(out, "0 RUS>UKR:190\n0 UKR>RUS:190\n20240229 RUS>UKR:040\n");
    long long published = -2;
    assert_int_equal(s->ops->run(s, "SELECT published FROM articles", 0, NULL, dyad_first_int, &published), 0);
    assert_int_equal(published, 0);
    dyad_store_close(s);
}

/* Prefixes are compared as characters, the same in both backends, and '%' and '_' are only
 * characters; a prefix whose last character is the last of a UTF-8 length class (U+07FF, U+FFFF)
 * or not UTF-8 at all used to make PostgreSQL fail where SQLite answered. */
static void prefixes_are_characters(void **state)
{
    (void)state;
    dyad_store *s = open_store();
    static const char *const codes[] = {"\xc3\x89TAT",
                                        "\xc3\x89TATGOV",
                                        "\xc3\x8aX",
                                        "\xdf\xbf"
                                        "A",
                                        "\xe0\xa0\x80"
                                        "B",
                                        "\xef\xbf\xbf"
                                        "C",
                                        "\xf4\x8f\xbf\xbf"
                                        "D",
                                        "X%Y",
                                        "X_Y",
                                        "XAY",
                                        "\xef\xbf\xbd"
                                        "Q"};
    enum { N = sizeof codes / sizeof *codes };
    dyad_event_record r[N];
    for (int i = 0; i < N; i++)
        r[i] = record((uint32_t)i, "Something happened.", 20250309, codes[i], "UKR", "190", &attack);
    assert_int_equal(add(s, "a1", "wire", "text", r, N), 1);
    static const struct {
        const char *prefix, *expect;
    } cases[] = {
        {"\xc3\x89", "\xc3\x89TAT>UKR:190 1/1/1\n\xc3\x89TATGOV>UKR:190 1/1/1\n"},
        {"\xc3\x89TATG", "\xc3\x89TATGOV>UKR:190 1/1/1\n"},
        {"\xdf\xbf", "\xdf\xbf"
                     "A>UKR:190 1/1/1\n"},
        {"\xef\xbf\xbf", "\xef\xbf\xbf"
                         "C>UKR:190 1/1/1\n"},
        {"\xf4\x8f\xbf\xbf", "\xf4\x8f\xbf\xbf"
                             "D>UKR:190 1/1/1\n"},
        {"X%", "X%Y>UKR:190 1/1/1\n"},
        {"X_", "X_Y>UKR:190 1/1/1\n"},
        {"%", ""},
        {"_", ""},
        {"\xff", "\xef\xbf\xbd"
                 "Q>UKR:190 1/1/1\n"}, /* not UTF-8: read as U+FFFD, as stored text is */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        dyad_store_filter f = {.source = cases[i].prefix};
        assert_string_equal(query(s, &f), cases[i].expect);
    }
    dyad_store_close(s);
}

/* Both backends stem English words and keep every word, stop-words included. */
static void search_keeps_stop_words(void **state)
{
    (void)state;
    dyad_store *s = open_store();
    dyad_event_record r[3] = {record(0, "The war of attrition went on.", 20250309, "AAA", "UKR", "190", &attack),
                              record(1, "War and attrition.", 20250309, "BBB", "UKR", "190", &attack),
                              record(2, "They did not attack.", 20250309, "CCC", "UKR", "190", &attack)};
    assert_int_equal(add(s, "a1", "wire", "text", r, 3), 1);
    static const struct {
        const char *text, *expect;
    } cases[] = {
        {"war of attrition", "AAA>UKR:190 1/1/1\n"},
        {"war attrition", "AAA>UKR:190 1/1/1\nBBB>UKR:190 1/1/1\n"},
        {"the", "AAA>UKR:190 1/1/1\n"},
        {"not", "CCC>UKR:190 1/1/1\n"},
        {"attacks", "CCC>UKR:190 1/1/1\n"},
        {"and OR not", ""},
        {"text:war", ""},
        {"\"war\"", "AAA>UKR:190 1/1/1\nBBB>UKR:190 1/1/1\n"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        dyad_store_filter f = {.text = cases[i].text};
        assert_string_equal(query(s, &f), cases[i].expect);
    }
    dyad_store_close(s);
}

/* In a batch, articles wait in memory: has() sees them, and nothing is in the database (no lock
 * is held) until commit. */
static void batch_waits_in_memory(void **state)
{
    (void)state;
    dyad_store *s = open_store();
    dyad_event_record r = record(0, "Rusland troops attacked Ukraina.", 20250309, "RUSMIL", "UKR", "190", &attack);
    dyad_store_article a = article("a1", "wire", "text");
    assert_int_equal(dyad_store_has(s, &a), 0);
    assert_int_equal(dyad_store_begin(s), 0);
    assert_int_equal(dyad_store_add(s, &a, &r, 1), 1);
    assert_int_equal(dyad_store_has(s, &a), 1);
    assert_int_equal(add(s, "a1", "wire", "other text", &r, 1), 0);
    assert_int_equal(counts(s).articles, 0);
    dyad_store *other = open_store(); /* another writer is not kept waiting */
    assert_int_equal(add(other, "b1", "wire", "text of b1", &r, 1), 1);
    dyad_store_close(other);
    assert_int_equal(dyad_store_commit(s), 0);
    assert_int_equal(dyad_store_has(s, &a), 1);
    assert_int_equal(counts(s).articles, 2);
    dyad_store_filter all = {0};
    assert_string_equal(query(s, &all), "RUSMIL>UKR:190 2/1/2\n");
    dyad_store_close(s);
}

/* A database with tables of another program is refused before anything is written to it. */
static void foreign_database_is_refused(void **state)
{
    (void)state;
    dyad_store *s = open_store();
    exec(s, "DROP TABLE casualties");
    exec(s, "DROP TABLE quotes");
    exec(s, "DROP TABLE mentions");
    exec(s, "DROP TABLE sentences");
    exec(s, "DROP TABLE events");
    exec(s, "DROP TABLE articles");
    exec(s, "DROP TABLE dyad_meta");
    exec(s, pg_url ? "CREATE TABLE events (x INTEGER)" : "CREATE TABLE other (x INTEGER)");
    dyad_store_close(s);
    char err[1024] = "";
    assert_null(dyad_store_open(db, 1, err, sizeof err));
    assert_non_null(strstr(err, "not a dyad event store"));
    assert_null(dyad_store_open(db, 0, err, sizeof err));
    assert_non_null(strstr(err, "no dyad event store"));
}

/* A PostgreSQL server that stops answering in the middle of a session (its process stopped) is
 * given up after the read timeout instead of being waited for for ever. */
static void silent_server_times_out(void **state)
{
    (void)state;
    if (!pg_url) { skip(); }
    dyad_store *s = open_store();
    long long pid = -1;
    assert_int_equal(s->ops->run(s, "SELECT pg_backend_pid()", 0, NULL, dyad_first_int, &pid), 0);
    if (kill((pid_t)pid, SIGSTOP) != 0) {
        printf("# skipped: cannot stop the server process %lld (not root?)\n", pid);
        dyad_store_close(s);
        skip();
    }
    dyad_postgres_set_read_timeout(s, 1000);
    time_t start = time(NULL);
    dyad_store_counts c;
    int rc = dyad_store_counts_get(s, &c);
    time_t took = time(NULL) - start;
    kill((pid_t)pid, SIGCONT);
    assert_int_equal(rc, -1);
    assert_non_null(strstr(dyad_store_error(s), "no answer from the server"));
    assert_true(took <= 5);
    dyad_store_close(s);
}

/* A GDELT row has 61 columns in the documented order, empty where dyad has no value. */
static void gdelt_rows(void **state)
{
    (void)state;
    dyad_stored_event e = {.id = 42,
                           .date = 20250309,
                           .source = "RUSMIL",
                           .target = "UKR",
                           .code = "1123",
                           .root = "11",
                           .place = "",
                           .quad_class = 3,
                           .goldstein = -2,
                           .mentions = 4,
                           .sources = 2,
                           .articles = 3,
                           .added = "20251129070000",
                           .url = "https://example.org/a\tb",
                           .source_text = "Rusland\ntroops",
                           .target_text = NULL};
    char *row = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&row, &size);
    assert_non_null(out);
    dyad_stored_event_write(out, DYAD_EXPORT_GDELT, &e);
    fclose(out);
    const char *columns[62];
    int n = 0;
    for (char *p = row, *tab; n < 62; p = tab + 1) {
        columns[n++] = p;
        if (!(tab = strpbrk(p, "\t\n"))) break;
        *tab = '\0';
    }
    assert_int_equal(n, 62); /* 61 columns, then what follows the newline */
    assert_string_equal(columns[61], "");
    assert_string_equal(columns[0], "42");
    assert_string_equal(columns[1], "20250309");
    assert_string_equal(columns[2], "202503");
    assert_string_equal(columns[3], "2025");
    assert_string_equal(columns[4], "2025.1863"); /* 2025 + 68 / 365: 9 March is day 68 */
    assert_string_equal(columns[5], "RUSMIL");
    assert_string_equal(columns[6], "Rusland troops");
    assert_string_equal(columns[15], "UKR");
    assert_string_equal(columns[16], "");
    assert_string_equal(columns[26], "1123");
    assert_string_equal(columns[27], "112");
    assert_string_equal(columns[28], "11");
    assert_string_equal(columns[29], "3");
    assert_string_equal(columns[30], "-2");
    assert_string_equal(columns[31], "4");
    assert_string_equal(columns[32], "2");
    assert_string_equal(columns[33], "3");
    assert_string_equal(columns[59], "20251129070000");
    assert_string_equal(columns[60], "https://example.org/a b");
    free(row);
}

static char *gdelt_row(const dyad_stored_event *e)
{
    char *row = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&row, &size);
    assert_non_null(out);
    dyad_stored_event_write(out, DYAD_EXPORT_GDELT, e);
    fclose(out);
    return row;
}

/* FractionDate is the year plus the day of the year over 365, never reaching the next year. */
static void gdelt_fraction_dates(void **state)
{
    (void)state;
    static const struct {
        int32_t date;
        const char *fraction;
    } cases[] = {{19790101, "1979.0027"}, {19790702, "1979.5014"}, {20231230, "2023.9973"},
                 {20231231, "2023.9999"}, {20241231, "2024.9999"}, {20240229, "2024.1644"}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        dyad_stored_event e = {.id = 1, .date = cases[i].date, .source = "", .target = "", .code = "010", .root = "01"};
        char *row = gdelt_row(&e), *col = strchr(strchr(strchr(strchr(row, '\t') + 1, '\t') + 1, '\t') + 1, '\t') + 1;
        assert_memory_equal(col, cases[i].fraction, 9);
        assert_int_equal(col[9], '\t');
        free(row);
    }
}

/* A whole row as GDELT 2.0 writes one: actor attributes from the CAMEO codes, IsRootEvent from the
 * sentence (the lead's third sentence is still the lead), ActionGeo from the place. */
static void gdelt_row_in_full(void **state)
{
    (void)state;
    dyad_stored_event e = {.id = 7,
                           .date = 20250718,
                           .source = "RUSMIL",
                           .target = "IGOUNO",
                           .code = "190",
                           .root = "19",
                           .quad_class = 4,
                           .goldstein = -10,
                           .mentions = 2,
                           .sources = 1,
                           .articles = 1,
                           .added = "20250718120000",
                           .url = "https://example.org/x",
                           .source_text = "Russian forces",
                           .target_text = "the United Nations",
                           .sentence_index = 2,
                           .place_name = "Kharkiv",
                           .place_geonames_id = "706483",
                           .place_country = "UA",
                           .place_country3 = "UKR",
                           .place_admin1 = "07",
                           .place_admin1_name = "Kharkiv Oblast",
                           .place_lat = "49.98081",
                           .place_lon = "36.25272",
                           .place_precision = "city"};
    char *row = gdelt_row(&e);
    assert_string_equal(row, "7\t20250718\t202507\t2025\t2025.5452\t"
                             "RUSMIL\tRussian forces\tRUS\t\t\t\t\tMIL\t\t\t"
                             "IGOUNO\tthe United Nations\t\tUNO\t\t\t\tIGO\t\t\t"
                             "1\t190\t190\t19\t4\t-10\t2\t1\t1\t\t"
                             "\t\t\t\t\t\t\t\t"
                             "\t\t\t\t\t\t\t\t"
                             "4\tKharkiv, Kharkiv Oblast\tUA\tUA07\t\t49.9808\t36.2527\t706483\t"
                             "20250718120000\thttps://example.org/x\n");
    free(row);
    e.sentence_index = 3;
    e.source = "IMGMOSALQ";
    e.place_name = "Ukraine", e.place_geonames_id = NULL, e.place_admin1 = NULL, e.place_precision = "country";
    row = gdelt_row(&e);
    assert_non_null(strstr(row, "\tIMGMOSALQ\tRussian forces\t\tALQ\t\tMOS\t\tIMG\t\t\t"));
    assert_non_null(strstr(row, "\t0\t190\t190\t19\t"));
    assert_non_null(strstr(row, "\t1\tUkraine\tUA\tUA\t\t49.9808\t36.2527\tUA\t"));
    free(row);
}

int main(void)
{
    store_fixture_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(gdelt_fraction_dates),
        cmocka_unit_test(gdelt_row_in_full),
        cmocka_unit_test_setup_teardown(schema_created_and_versioned, fresh, cleanup),
        cmocka_unit_test_setup_teardown(older_schema_is_read_then_upgraded, fresh, cleanup),
        cmocka_unit_test_setup_teardown(same_event_is_one_record, fresh, cleanup),
        cmocka_unit_test_setup_teardown(duplicates_are_skipped, fresh, cleanup),
        cmocka_unit_test_setup_teardown(uncommitted_batch_leaves_nothing, fresh, cleanup),
        cmocka_unit_test_setup_teardown(filters, fresh, cleanup),
        cmocka_unit_test_setup_teardown(statistics, fresh, cleanup),
        cmocka_unit_test_setup_teardown(untidy_text_is_stored, fresh, cleanup),
        cmocka_unit_test_setup_teardown(search_words, fresh, cleanup),
        cmocka_unit_test_setup_teardown(impossible_dates_are_dropped, fresh, cleanup),
        cmocka_unit_test_setup_teardown(prefixes_are_characters, fresh, cleanup),
        cmocka_unit_test_setup_teardown(search_keeps_stop_words, fresh, cleanup),
        cmocka_unit_test_setup_teardown(batch_waits_in_memory, fresh, cleanup),
        cmocka_unit_test_setup_teardown(foreign_database_is_refused, fresh, cleanup),
        cmocka_unit_test_setup_teardown(silent_server_times_out, fresh, cleanup),
        cmocka_unit_test(bad_databases_are_reported),
        cmocka_unit_test(gdelt_rows),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
