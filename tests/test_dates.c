/* Event dates from relative and absolute date expressions, against a publication date. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "helpers.h"
#include "core/diag.h"
#include "post/dates.h"
#include <string.h>

static int32_t date_of(const char *text, int32_t published)
{
    dyad_document *doc = analyze(text);
    return dyad_event_time(doc, 0, UINT32_MAX, published).date;
}

static void calendar_arithmetic(void **state)
{
    (void)state;
    assert_int_equal(dyad_days_from_date(19700101), 0);
    assert_int_equal(dyad_date_from_days(dyad_days_from_date(20240229) + 1), 20240301);
    assert_int_equal(dyad_date_from_days(dyad_days_from_date(20250101) - 1), 20241231);
}

static void iso_dates(void **state)
{
    (void)state;
    assert_int_equal(dyad_parse_iso_date("2025-03-14"), 20250314);
    assert_int_equal(dyad_parse_iso_date("2025-03-14T10:00:00Z"), 20250314);
    assert_int_equal(dyad_parse_iso_date("2024-02-29"), 20240229);
    assert_int_equal(dyad_parse_iso_date("2025-02-29"), 0);
    assert_int_equal(dyad_parse_iso_date("2025-04-31"), 0);
    assert_int_equal(dyad_parse_iso_date("2025-13-01"), 0);
    assert_int_equal(dyad_parse_iso_date("14/03/2025"), 0);
    assert_int_equal(dyad_parse_iso_date("2025-3-14"), 0);
    assert_int_equal(dyad_parse_iso_date(NULL), 0);
}

static void relative_expressions(void **state)
{
    (void)state;
    const int32_t friday = 20251128;
    assert_int_equal(date_of("Rebels shelled the town yesterday.", friday), 20251127);
    assert_int_equal(date_of("Rebels shelled the town on Tuesday.", friday), 20251125);
    assert_int_equal(date_of("Rebels shelled the town on Friday.", friday), 20251128);
    assert_int_equal(date_of("Rebels shelled the town on Saturday.", friday), 20251122);
    assert_int_equal(date_of("Rebels shelled the town last week.", friday), 20251121);
    assert_int_equal(date_of("Rebels shelled the town.", friday), friday);
    assert_int_equal(date_of("Rebels shelled the town on Tuesday.", 0), 0);
}

static void absolute_expressions(void **state)
{
    (void)state;
    assert_int_equal(date_of("Talks were held on Nov. 3 in Doha.", 20251128), 20251103);
    assert_int_equal(date_of("Talks were held on 3 November in Doha.", 20251128), 20251103);
    assert_int_equal(date_of("Talks were held on Dec. 30 in Doha.", 20250105), 20241230);
    assert_int_equal(date_of("Talks were held on March 14, 2023 in Doha.", 20251128), 20230314);
    assert_int_equal(date_of("Officials may meet again.", 20251128), 20251128);
}

/* Months and weekdays come from the lexicon: abbreviated weekdays are days, and a word that only
 * begins like a month is none ("30 Marines" was March 30 when months matched by three letters). */
static void lexicon_months_and_weekdays(void **state)
{
    (void)state;
    const int32_t friday = 20251128;
    assert_int_equal(date_of("Rebels shelled the town late Tues. and withdrew.", friday), 20251125);
    assert_int_equal(date_of("Talks were held on Sept. 3 in Doha.", friday), 20250903);
    assert_int_equal(date_of("Talks were held on Jan 5 in Doha.", friday), 20250105);
    assert_int_equal(date_of("An attack wounded 30 Marines at the base.", friday), friday);
    assert_int_equal(date_of("Talks will resume tomorrow.", friday), friday);
}

/* Dates that name no day of the calendar are never produced: "Feb. 30" once gave 2025-02-30, and
   "yesterday" before year 1 gave year -1, written as 0000--87--69. */
static void impossible_dates(void **state)
{
    (void)state;
    assert_int_equal(dyad_parse_iso_date("0000-01-01"), 0);
    assert_int_equal(dyad_parse_iso_date("0001-01-01"), 10101);
    assert_int_equal(dyad_parse_iso_date("9999-12-31"), 99991231);
    assert_false(dyad_date_is_valid(20250230));
    assert_false(dyad_date_is_valid(-8769));
    assert_false(dyad_date_is_valid(100000101));
    assert_true(dyad_date_is_valid(20240229));
    size_t warnings = dyad_warning_count();
    assert_int_equal(date_of("Talks were held on Feb. 30 in Doha.", 20250310), 20250310);
    assert_int_equal(date_of("Talks were held on Feb. 30 and on March 2 in Doha.", 20250310), 20250302);
    assert_int_equal(date_of("Talks were held on March 14, 0000 in Doha.", 20250310), 20250310);
    assert_int_equal(date_of("Rebels shelled the town yesterday.", 10101), 10101);
    assert_int_equal(date_of("Rebels shelled the town on Tuesday.", 10101), 10101);
    assert_int_equal(dyad_warning_count() - warnings, 5);
}

/* The time of an event of the sentence's first clause whose verb is given, with its precision. */
static dyad_time time_of_verb(const char *text, const char *verb, int32_t published)
{
    dyad_document *doc = analyze(text);
    for (size_t c = 0; c < doc->n_clauses; c++) {
        uint32_t v = doc->clauses[c].verb;
        if (v != DYAD_NO_CHUNK && strcmp(doc->tokens[doc->chunks[v].head].text, verb) == 0)
            return dyad_event_time(doc, 0, (uint32_t)c, published);
    }
    fail_msg("no clause with the verb %s", verb);
    return (dyad_time){0, 0};
}

/* Times further back than the week (issue 10): each clause keeps its own, with its precision,
   and events a month or more before publication are background. */
static void times_of_clauses(void **state)
{
    (void)state;
    const int32_t pub = 20250718;
    dyad_time t = time_of_verb("Russia invaded Ukraine on 24 February 2022.", "invaded", pub);
    assert_int_equal(t.date, 20220224);
    assert_int_equal(t.precision, DYAD_DATE_DAY);
    assert_true(dyad_time_is_background(t, pub));
    t = time_of_verb("Kyiv said on Tuesday that Russian forces had seized the town last month.", "seized", pub);
    assert_int_equal(t.date, 20250601);
    assert_int_equal(t.precision, DYAD_DATE_MONTH);
    t = time_of_verb("Kyiv said on Tuesday that Russian forces had seized the town last month.", "said", pub);
    assert_int_equal(t.date, 20250715);
    assert_int_equal(time_of_verb("The rebels have held the city since 2022.", "held", pub).date, 20220101);
    assert_int_equal(time_of_verb("The rebels have held the city since 2022.", "held", pub).precision, DYAD_DATE_YEAR);
    assert_int_equal(time_of_verb("Protesters stormed parliament two years ago.", "stormed", pub).date, 20230101);
    assert_int_equal(time_of_verb("The talks collapsed in March.", "collapsed", pub).date, 20250301);
    assert_int_equal(time_of_verb("The talks collapsed in September.", "collapsed", pub).date, 20240901);
    assert_int_equal(time_of_verb("The talks collapsed in March 2014.", "collapsed", pub).date, 20140301);
    assert_int_equal(time_of_verb("The army shelled the town last year.", "shelled", pub).date, 20240101);
    t = time_of_verb("The army shelled the town on Monday.", "shelled", pub);
    assert_int_equal(t.date, 20250714);
    assert_false(dyad_time_is_background(t, pub));
    /* "may" is a month only where a time is written: not the verb */
    assert_int_equal(time_of_verb("May attacks continue, officials said.", "said", pub).date, pub);
    assert_string_equal(dyad_date_precision_name(DYAD_DATE_MONTH), "month");
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(calendar_arithmetic),
                                       cmocka_unit_test(iso_dates),
                                       cmocka_unit_test(relative_expressions),
                                       cmocka_unit_test(absolute_expressions),
                                       cmocka_unit_test(lexicon_months_and_weekdays),
                                       cmocka_unit_test(impossible_dates),
                                       cmocka_unit_test(times_of_clauses)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
