/* Schema version 5 of the event store: each event's factuality, date precision and background
 * flag, merged over its mentions; the --background and --factuality filters; and the migration
 * of a version 4 store, whose background flags are computed by the rule dyad code applies.
 * Runs on SQLite, or on PostgreSQL under tests/with-postgres.sh. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "store_fixture.h"
#include "post/dates.h"

static dyad_event_record dated(uint32_t sentence_index, int32_t date, const char *precision, const char *factuality,
                               int32_t published, const char *source, const char *target)
{
    dyad_event_record r =
        record(sentence_index, "Troops attacked the border town.", date, source, target, "190", &attack);
    r.date_precision = precision;
    r.factuality = factuality;
    dyad_time t = {date, 0};
    r.background = dyad_time_is_background(t, published); /* as dyad code sets it */
    return r;
}

static void add_article(dyad_store *s, const char *id, int32_t published, const dyad_event_record *r, size_t n)
{
    dyad_store_article a = {id, "wire", NULL, "title", published, "input.jsonl", id, strlen(id)};
    assert_int_equal(dyad_store_add(s, &a, r, n), 1);
}

/* "SOURCE>TARGET factuality/precision/background" per event, in id order. */
static int collect(void *ctx, const dyad_stored_event *e)
{
    char *out = ctx;
    size_t len = strlen(out);
    snprintf(out + len, 4096 - len, "%s>%s %s/%s/%d\n", e->source, e->target, e->factuality ? e->factuality : "-",
             e->date_precision ? e->date_precision : "-", e->background);
    return 0;
}

static const char *query(dyad_store *s, const dyad_store_filter *f) { return query_with(s, f, collect); }

/* Published 2025-03-10: an event of 2025-02-08 (30 days before) is news, of 2025-02-07 background.
 * Events get their ids in the order of their keys (date first), as ingest upserts them. */
enum { PUBLISHED = 20250310, LATER = 20250601 };

static void fill_store(dyad_store *s)
{
    dyad_event_record a[] = {dated(0, 20250309, "day", "reported", PUBLISHED, "RUS", "UKR"),
                             dated(1, 20250208, "day", "asserted", PUBLISHED, "BLR", "UKR"),
                             dated(2, 20250207, "month", "reported", PUBLISHED, "IRN", "ISR"),
                             dated(3, 20140101, "year", "intended", PUBLISHED, "CHN", "JPN")};
    add_article(s, "a1", PUBLISHED, a, 4);
    /* a later article recalls two of them: background for it, whatever they were before */
    dyad_event_record b[] = {dated(0, 20250309, "day", "asserted", LATER, "RUS", "UKR"),
                             dated(1, 20250207, "day", "asserted", LATER, "IRN", "ISR")};
    add_article(s, "a2", LATER, b, 2);
}

/* An event is background only when every mention says so; its factuality is the most factual
 * and its date's precision the most precise of its mentions'. */
static void mentions_are_merged(void **state)
{
    (void)state;
    dyad_store *s = open_store();
    fill_store(s);
    dyad_store_filter all = {0};
    assert_string_equal(query(s, &all), "CHN>JPN intended/year/1\n"
                                        "IRN>ISR asserted/day/1\n"
                                        "BLR>UKR asserted/day/0\n"
                                        "RUS>UKR asserted/day/0\n");
    /* the same in one batch as in two */
    dyad_store_close(s);
    fresh(NULL);
    s = open_store();
    assert_int_equal(dyad_store_begin(s), 0);
    fill_store(s);
    assert_int_equal(dyad_store_commit(s), 0);
    assert_string_equal(query(s, &all), "CHN>JPN intended/year/1\n"
                                        "IRN>ISR asserted/day/1\n"
                                        "BLR>UKR asserted/day/0\n"
                                        "RUS>UKR asserted/day/0\n");
    dyad_store_close(s);
}

static int count_rows(void *ctx, const char *table, int n, const char *const *columns, const char *const *cells)
{
    (void)table;
    (void)columns;
    if (cells && n > 1) *(long long *)ctx += atoll(cells[1]); /* the events column */
    return 0;
}

static void filters(void **state)
{
    (void)state;
    dyad_store *s = open_store();
    fill_store(s);
    dyad_store_filter f = {.background = DYAD_BACKGROUND_EXCLUDE};
    assert_string_equal(query(s, &f), "BLR>UKR asserted/day/0\nRUS>UKR asserted/day/0\n");
    f.background = DYAD_BACKGROUND_ONLY;
    assert_string_equal(query(s, &f), "CHN>JPN intended/year/1\nIRN>ISR asserted/day/1\n");
    f.factuality = 1u << 2; /* intended */
    assert_string_equal(query(s, &f), "CHN>JPN intended/year/1\n");
    f.background = DYAD_BACKGROUND_INCLUDE;
    assert_int_equal(dyad_store_factuality_parse("asserted, intended", &f.factuality), 0);
    assert_string_equal(
        query(s, &f),
        "CHN>JPN intended/year/1\nIRN>ISR asserted/day/1\nBLR>UKR asserted/day/0\nRUS>UKR asserted/day/0\n");
    assert_int_equal(dyad_store_factuality_parse("reported", &f.factuality), 0);
    assert_string_equal(query(s, &f), "");
    /* statistics count what the filter leaves: the quads table's events column */
    dyad_series_options o = {.table = DYAD_TABLE_QUADS};
    dyad_store_filter g = {.background = DYAD_BACKGROUND_EXCLUDE};
    long long events = 0;
    assert_int_equal(dyad_store_series(s, &g, &o, count_rows, &events), 0);
    assert_int_equal(events, 2);
    dyad_store_close(s);
}

static void flag_values(void **state)
{
    (void)state;
    assert_int_equal(dyad_store_background_parse("include"), DYAD_BACKGROUND_INCLUDE);
    assert_int_equal(dyad_store_background_parse("exclude"), DYAD_BACKGROUND_EXCLUDE);
    assert_int_equal(dyad_store_background_parse("only"), DYAD_BACKGROUND_ONLY);
    assert_int_equal(dyad_store_background_parse("Only"), -1);
    assert_int_equal(dyad_store_background_parse(""), -1);
    unsigned mask = 99;
    assert_int_equal(dyad_store_factuality_parse("asserted,hypothetical", &mask), 0);
    assert_int_equal(mask, 1u | 1u << 3);
    static const char *const bad[] = {"", ",", "asserted,", "fact", "asserted,,reported", "assertedx"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        mask = 99;
        assert_int_equal(dyad_store_factuality_parse(bad[i], &mask), -1);
        assert_int_equal(mask, 99);
    }
}

static long long schema_version(dyad_store *s)
{
    long long version = 0;
    assert_int_equal(s->ops->run(s, "SELECT CAST(value AS INTEGER) FROM dyad_meta WHERE key = 'schema_version'", 0,
                                 NULL, dyad_first_int, &version),
                     0);
    return version;
}

/* A version 4 store: what dyad wrote before version 5, without the columns version 5 adds. */
static void make_v4(void)
{
    dyad_store *s = open_store();
    fill_store(s);
    /* an article without a publication date: its events are never background */
    dyad_event_record c[] = {dated(0, 20000101, "year", "asserted", 0, "FRA", "DEU")};
    add_article(s, "a3", 0, c, 1);
    exec(s, "ALTER TABLE events DROP COLUMN factuality");
    exec(s, "ALTER TABLE events DROP COLUMN date_precision");
    exec(s, "ALTER TABLE events DROP COLUMN background");
    exec(s, "UPDATE dyad_meta SET value = '4' WHERE key = 'schema_version'");
    dyad_store_close(s);
}

/* A version 4 store is read as it is (nothing is background, nothing has a factuality), and the
 * next writer migrates it: background from each event's date and its articles' publication
 * dates, by dyad code's rule; factuality and precision unknown. */
static void version_4_is_migrated(void **state)
{
    (void)state;
    make_v4();
    char err[1024] = "";
    dyad_store *s = dyad_store_open(db, 0, err, sizeof err);
    if (!s) fail_msg("a version 4 store is refused: %s", err);
    dyad_store_filter f = {.background = DYAD_BACKGROUND_EXCLUDE};
    assert_string_equal(query(s, &f),
                        "CHN>JPN -/-/-1\nIRN>ISR -/-/-1\nBLR>UKR -/-/-1\nRUS>UKR -/-/-1\nFRA>DEU -/-/-1\n");
    f.background = DYAD_BACKGROUND_ONLY;
    assert_string_equal(query(s, &f), "");
    f.background = DYAD_BACKGROUND_INCLUDE;
    f.factuality = 1;
    assert_string_equal(query(s, &f), "");
    dyad_store_close(s);

    s = open_store();
    assert_int_equal(schema_version(s), DYAD_STORE_SCHEMA_VERSION);
    dyad_store_filter all = {0};
    assert_string_equal(query(s, &all), "CHN>JPN -/-/1\nIRN>ISR -/-/1\nBLR>UKR -/-/0\nRUS>UKR -/-/0\nFRA>DEU -/-/0\n");
    /* new mentions fill what was unknown and merge as usual */
    dyad_event_record d[] = {dated(0, 20140101, "month", "reported", LATER, "CHN", "JPN")};
    add_article(s, "a4", LATER, d, 1);
    f.background = DYAD_BACKGROUND_ONLY;
    f.factuality = 0;
    assert_string_equal(query(s, &f), "CHN>JPN reported/month/1\nIRN>ISR -/-/1\n");
    dyad_store_close(s);
    /* opening again migrates nothing more */
    s = open_store();
    assert_string_equal(query(s, &f), "CHN>JPN reported/month/1\nIRN>ISR -/-/1\n");
    dyad_store_close(s);
}

/* A date ingest drops (not a day of the calendar) is unknown, and so not background. */
static void dropped_date_is_not_background(void **state)
{
    (void)state;
    dyad_store *s = open_store();
    dyad_event_record r = dated(0, 20250230, "day", "asserted", PUBLISHED, "RUS", "UKR");
    r.background = 1;
    add_article(s, "a1", PUBLISHED, &r, 1);
    dyad_store_filter all = {0};
    assert_string_equal(query(s, &all), "RUS>UKR asserted/-/0\n");
    dyad_store_close(s);
}

int main(void)
{
    store_fixture_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(flag_values),
        cmocka_unit_test_setup_teardown(mentions_are_merged, fresh, cleanup),
        cmocka_unit_test_setup_teardown(filters, fresh, cleanup),
        cmocka_unit_test_setup_teardown(version_4_is_migrated, fresh, cleanup),
        cmocka_unit_test_setup_teardown(dropped_date_is_not_background, fresh, cleanup),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
