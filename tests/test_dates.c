/* Event dates from relative and absolute date expressions, against a publication date. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "helpers.h"
#include "post/dates.h"

static int32_t date_of(const char *text, int32_t published)
{
    dyad_document *doc = analyze(text);
    return dyad_event_date(doc, 0, published);
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

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(calendar_arithmetic), cmocka_unit_test(iso_dates),
                                       cmocka_unit_test(relative_expressions),
                                       cmocka_unit_test(absolute_expressions), cmocka_unit_test(lexicon_months_and_weekdays)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
