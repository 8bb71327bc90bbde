/* The terminal table's cutting: at whole words, with an ellipsis, never inside a UTF-8
 * character, widths in terminal columns. */
#include "../src/cli/term_table.h"
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

static void expect_cut(const char *s, size_t max, const char *want)
{
    char *got = term_cut(s, max);
    assert_string_equal(got, want);
    assert_true(term_text_width(got) <= max || term_text_width(s) <= max);
    free(got);
}

static void cuts_at_words(void **state)
{
    (void)state;
    expect_cut("Russian troops attacked Kharkiv", 100, "Russian troops attacked Kharkiv");
    expect_cut("Russian troops attacked Kharkiv", 20, "Russian troops…");
    expect_cut("Russian troops attacked Kharkiv", 24, "Russian troops attacked…");
    expect_cut("Russian troops  attacked", 17, "Russian troops…"); /* no space before the ellipsis */
    expect_cut("Antidisestablishmentarianism", 8, "Antidis…");     /* one long word: cut inside it */
}

static void never_inside_a_character(void **state)
{
    (void)state;
    /* "Ålesund" has a two-byte first letter; Chinese characters are two columns wide */
    expect_cut("Ålesund Ålesund", 10, "Ålesund…");
    expect_cut("ÅÅÅÅÅÅÅÅÅÅ", 4, "ÅÅÅ…");
    assert_int_equal(term_text_width("北京"), 4);
    expect_cut("北京北京北京", 6, "北京…");
    expect_cut("北京北京北京", 5, "北京…");
}

static void aligned_rows(void **state)
{
    (void)state;
    const char *cols[] = {"name", "n"};
    term_table *t = term_table_new(2, cols, NULL);
    const char *a[] = {"Kyiv", "12"}, *b[] = {"Kharkiv", "3"};
    term_table_add(t, a, 2);
    term_table_add(t, b, 1);
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    term_table_print(out, t, 80, 1);
    fclose(out);
    assert_string_equal(buf, "name      n\nKharkiv   3\nKyiv     12\n");
    free(buf);
    term_table_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(cuts_at_words), cmocka_unit_test(never_inside_a_character),
                                       cmocka_unit_test(aligned_rows)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
