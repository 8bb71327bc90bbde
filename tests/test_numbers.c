/* Amounts as ranges (post/numbers.h): digits and words, scales, bounds and vague plurals. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "post/numbers.h"

/* The range of text and how many bytes it used; min -2 when it is no amount. */
static dyad_range range_of(const char *text, size_t *used)
{
    dyad_range r = {-2, -2};
    size_t n = dyad_parse_amount(text, strlen(text), &r);
    if (used) *used = n;
    if (!n) r.min = r.max = -2;
    return r;
}

#define assert_range(text, lo, hi)                                                                                     \
    do {                                                                                                               \
        dyad_range r_ = range_of(text, NULL);                                                                          \
        if (r_.min != (lo) || r_.max != (hi))                                                                          \
            fail_msg("'%s': [%lld, %lld], expected [%lld, %lld]", text, (long long)r_.min, (long long)r_.max,          \
                     (long long)(lo), (long long)(hi));                                                                \
    } while (0)

static void exact_numbers(void **state)
{
    (void)state;
    assert_range("52 people", 52, 52);
    assert_range("2,500 were", 2500, 2500);
    assert_range("1.2 million people", 1200000, 1200000);
    assert_range("three soldiers", 3, 3);
    assert_range("Three soldiers", 3, 3);
    assert_range("twenty-five", 25, 25);
    assert_range("twenty five civilians", 25, 25);
    assert_range("three hundred", 300, 300);
    assert_range("a dozen", 12, 12);
    assert_range("a hundred", 100, 100);
    assert_range("two million", 2000000, 2000000);
    assert_range("12,", 12, 12);
    assert_range("14,000.", 14000, 14000);
}

static void bounds(void **state)
{
    (void)state;
    assert_range("at least 52", 52, DYAD_AMOUNT_OPEN);
    assert_range("more than 14,000", 14001, DYAD_AMOUNT_OPEN);
    assert_range("over 100", 101, DYAD_AMOUNT_OPEN);
    assert_range("about 300", 270, 330);
    assert_range("some 300", 270, 330);
    assert_range("nearly 100", 90, 100);
    assert_range("up to 20", 0, 20);
    assert_range("fewer than 10", 0, 9);
    assert_range("50 or more", 50, DYAD_AMOUNT_OPEN);
    assert_range("between 10 and 20", 10, 20);
    assert_range("10 to 20", 10, 20);
    assert_range("10-20", 10, 20);
}

static void vague_amounts(void **state)
{
    (void)state;
    assert_range("dozens", 24, 99);
    assert_range("Dozens of people", 24, 99);
    assert_range("tens of thousands", 20000, 90000);
    assert_range("hundreds", 200, 900);
    assert_range("hundreds of thousands", 200000, 900000);
    assert_range("thousands", 2000, 9000);
    assert_range("several hundred", 300, 900);
    assert_range("a few thousand", 2000, 5000);
    assert_range("several people", 3, 9);
}

static void not_amounts(void **state)
{
    (void)state;
    assert_range("people", -2, -2);
    assert_range("", -2, -2);
    assert_range("some people", -2, -2);
    assert_range("a village", -2, -2);
    assert_range("tens", 20, 90);
    size_t used;
    range_of("at least 52 people", &used);
    assert_int_equal(used, strlen("at least 52"));
    range_of("999999999999999999999999 dead", &used);
    assert_int_equal(range_of("999999999999999999999999", NULL).min, 1000000000000000LL);
}

/* Bytes with nothing after them, so that the sanitizer build catches a read past the end: a lone
 * space once made the parser read the first byte of an empty word (found by fuzz_numbers). */
static void exact_buffers(void **state)
{
    (void)state;
    static const char *const inputs[] = {" ", "-", "a", "twenty-", "10-", "between 10 and", "at least"};
    for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
        size_t n = strlen(inputs[i]);
        char *copy = malloc(n);
        memcpy(copy, inputs[i], n);
        dyad_range r;
        size_t used = dyad_parse_amount(copy, n, &r);
        assert_true(used <= n);
        free(copy);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(exact_numbers), cmocka_unit_test(bounds),        cmocka_unit_test(vague_amounts),
        cmocka_unit_test(not_amounts),   cmocka_unit_test(exact_buffers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
