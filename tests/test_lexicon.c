/* The lexicon of word classes: the shipped files load without a problem, lookups fold case and
 * answer classes and numbers, and problems in a class file are reported with file:line. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lexicon/lexicon.h"

#define MASK(c) DYAD_WC_MASK(DYAD_WC_##c)

static void shipped_files_load_without_problems(void **state)
{
    (void)state;
    char *out = NULL;
    size_t len = 0, problems = 99;
    FILE *err = open_memstream(&out, &len);
    dyad_lexicon *lx = dyad_lexicon_load_builtin(err, &problems);
    fclose(err);
    if (len) fprintf(stderr, "%s", out);
    free(out);
    assert_int_equal(problems, 0);
    assert_int_equal(len, 0);
    assert_true(dyad_lexicon_classes(lx, "march", 5) & MASK(MONTH));
    dyad_lexicon_free(lx);
}

static void lookups_fold_case(void **state)
{
    (void)state;
    assert_true(dyad_word_is("say", DYAD_WC_SPEECH_VERB));
    assert_true(dyad_word_is("SAY", DYAD_WC_REPORTING_VERB)); /* a speech verb is a reporting verb */
    assert_true(dyad_word_is("comment", DYAD_WC_REPORTING_VERB));
    assert_true(dyad_word_is("warn", DYAD_WC_REPORTING_VERB));
    assert_false(dyad_word_is("warn", DYAD_WC_SPEECH_VERB));
    assert_true(dyad_word_is("Jan.", DYAD_WC_MONTH));
    assert_false(dyad_word_is("Jan.", DYAD_WC_ABBREVIATION));
    assert_true(dyad_word_is("Gen.", DYAD_WC_TITLE));
    assert_true(dyad_word_is("Corp.", DYAD_WC_ABBREVIATION));
    assert_true(dyad_word_is("n't", DYAD_WC_NEGATION));
    assert_true(dyad_word_is("-backed", DYAD_WC_BACKER_SUFFIX));
    assert_int_equal(dyad_word_classes("in") & (MASK(OWNER_PREPOSITION) | MASK(PLACE_PREPOSITION)),
                     MASK(OWNER_PREPOSITION) | MASK(PLACE_PREPOSITION));
    assert_int_equal(dyad_word_classes("Arnor"), 0);
    assert_int_equal(dyad_word_classes(""), 0);
    assert_int_equal(dyad_word_classes(NULL), 0);
    assert_int_equal(dyad_word_classes("thisisaverylongwordthatnoclassfileeverholdsinanylineatall"), 0);
    /* by length, not to the NUL; "may" is a month and a modal verb */
    assert_int_equal(dyad_word_classes_n("Mayor", 3), MASK(MONTH) | MASK(POSSIBILITY_MODAL));
}

static void numbers_of_months_weekdays_and_days(void **state)
{
    (void)state;
    assert_int_equal(dyad_word_value("September", DYAD_WC_MONTH), 9);
    assert_int_equal(dyad_word_value("SEPT", DYAD_WC_MONTH), 9);
    assert_int_equal(dyad_word_value("dec.", DYAD_WC_MONTH), 12);
    assert_int_equal(dyad_word_value("Mayor", DYAD_WC_MONTH), 0);
    assert_int_equal(dyad_word_value("Tues.", DYAD_WC_WEEKDAY), 2);
    assert_int_equal(dyad_word_value("sunday", DYAD_WC_WEEKDAY), 7);
    assert_int_equal(dyad_word_value("sunday", DYAD_WC_MONTH), 0);
    assert_int_equal(dyad_word_value("yesterday", DYAD_WC_RELATIVE_DAY), -1);
    assert_int_equal(dyad_word_value("today", DYAD_WC_RELATIVE_DAY), 0);
    assert_true(dyad_word_is("today", DYAD_WC_RELATIVE_DAY));
}

/* Adds text to class c of lx and returns what was reported (static buffer). The text is copied
 * without its NUL, so that a parser reading past the end fails under AddressSanitizer. */
static const char *add(dyad_lexicon *lx, enum dyad_word_class c, const char *name, const char *text, size_t *problems)
{
    static char buf[2048];
    char *out = NULL;
    size_t len = 0;
    FILE *err = open_memstream(&out, &len);
    char *exact = malloc(strlen(text));
    memcpy(exact, text, strlen(text));
    *problems = dyad_lexicon_add(lx, c, name, exact, strlen(text), err);
    free(exact);
    fclose(err);
    snprintf(buf, sizeof buf, "%s", out);
    free(out);
    return buf;
}

static void problems_are_reported_with_file_and_line(void **state)
{
    (void)state;
    dyad_lexicon *lx = dyad_lexicon_new();
    size_t n;
    const char *r = add(lx, DYAD_WC_MONTH, "m.txt",
                        "# months\n\nmarch = 3\r\nMay = 5\nmarch\nsmarch = 300\n = 4\napril = x\njune =", &n);
    assert_int_equal(n, 6);
    assert_non_null(strstr(r, "m.txt:4: \"May\" expected lower case"));
    assert_non_null(strstr(r, "m.txt:5: \"march\" is listed again: already at m.txt:3"));
    assert_non_null(strstr(r, "m.txt:6: \"smarch\" expected a number"));
    assert_non_null(strstr(r, "m.txt:7: \"\" expected a word before '='"));
    assert_non_null(strstr(r, "m.txt:8: \"april\" expected a number"));
    assert_non_null(strstr(r, "m.txt:9: \"june\" expected a number")); /* nothing after '=' */
    assert_int_equal(dyad_lexicon_value(lx, "MARCH", 5, DYAD_WC_MONTH), 3);
    assert_int_equal(dyad_lexicon_classes(lx, "smarch", 6), 0);

    r = add(lx, DYAD_WC_WEEKDAY, "w.txt", "friday\nmarch\n", &n);
    assert_int_equal(n, 1);
    assert_non_null(strstr(r, "w.txt:2: \"march\" contradicts m.txt:3"));

    add(lx, DYAD_WC_SPEECH_VERB, "s.txt", "say\n", &n);
    assert_int_equal(n, 0);
    r = add(lx, DYAD_WC_REPORTING_VERB, "r.txt", "warn\nsay", &n); /* no newline at the end */
    assert_int_equal(n, 1);
    assert_non_null(strstr(r, "r.txt:2: \"say\" is listed again: already at s.txt:1"));
    assert_true(dyad_lexicon_classes(lx, "Warn", 4) & MASK(REPORTING_VERB));

    r = add(lx, DYAD_WC_TITLE, "t.txt", "two  spaces\nnul\001\nabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij\n",
            &n);
    assert_int_equal(n, 3);
    assert_non_null(strstr(r, "t.txt:1: \"two  spaces\" expected one space"));
    assert_non_null(strstr(r, "t.txt:3: "));
    dyad_lexicon_free(lx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(shipped_files_load_without_problems),
        cmocka_unit_test(lookups_fold_case),
        cmocka_unit_test(numbers_of_months_weekdays_and_days),
        cmocka_unit_test(problems_are_reported_with_file_and_line),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
