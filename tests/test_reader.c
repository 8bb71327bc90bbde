/* Input: plain text parts, JSON Lines records and malformed lines. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include "core/diag.h"
#include "input/reader.h"

static void jsonl_records_and_metadata(void **state)
{
    (void)state;
    const char *data =
        "{\"id\":\"r1\",\"date\":\"2025-06-01\",\"source\":\"wire\",\"url\":\"http://127.0.0.1/a\",\"title\":\"T\",\"text\":\"Hello.\"}\n"
        "\n"
        "{\"text\":\"Only text.\"}\n";
    dyad_document doc;
    dyad_document_init(&doc);
    dyad_reader *r = dyad_reader_open_memory("a.jsonl", data, strlen(data), DYAD_INPUT_AUTO);
    assert_true(dyad_reader_next(r, &doc));
    assert_string_equal(doc.id, "r1");
    assert_string_equal(doc.date, "2025-06-01");
    assert_string_equal(doc.source, "wire");
    assert_string_equal(doc.title, "T");
    assert_int_equal(doc.length, 6);
    assert_true(dyad_reader_next(r, &doc));
    assert_string_equal(doc.id, "line3"); /* no id: named after its line */
    assert_null(doc.date);
    assert_false(dyad_reader_next(r, &doc));
    assert_int_equal(dyad_reader_skipped(r), 0);
    dyad_reader_close(r);
    dyad_document_free(&doc);
}

static void broken_lines_are_skipped_and_counted(void **state)
{
    (void)state;
    const char *data = "{\"text\":\"One.\"}\n{\"text\": \"unterminated\n[1,2]\n{\"id\":\"x\"}\n{\"text\":42}\n{\"text\":\"Two.\"}";
    dyad_warnings_quiet(1);
    size_t before = dyad_warning_count();
    dyad_document doc;
    dyad_document_init(&doc);
    dyad_reader *r = dyad_reader_open_memory("b.jsonl", data, strlen(data), DYAD_INPUT_JSONL);
    int n = 0;
    while (dyad_reader_next(r, &doc)) n++;
    assert_int_equal(n, 2);
    assert_int_equal(dyad_reader_skipped(r), 4);
    assert_int_equal(dyad_warning_count() - before, 4);
    dyad_reader_close(r);
    dyad_document_free(&doc);
}

static void text_with_nul_in_json_string(void **state)
{
    (void)state;
    const char *data = "{\"text\":\"a\\u0000b\"}\n";
    dyad_document doc;
    dyad_document_init(&doc);
    dyad_reader *r = dyad_reader_open_memory("c.jsonl", data, strlen(data), DYAD_INPUT_JSONL);
    assert_true(dyad_reader_next(r, &doc));
    assert_int_equal(doc.length, 3);
    dyad_reader_close(r);
    dyad_document_free(&doc);
}

static void large_text_is_cut_at_paragraphs(void **state)
{
    (void)state;
    size_t para = 1000, n = DYAD_TEXT_PART_MAX * 2 + 123;
    char *data = malloc(n);
    for (size_t i = 0; i < n; i++) data[i] = (i % para == para - 1 || i % para == para - 2) ? '\n' : 'x';
    dyad_document doc;
    dyad_document_init(&doc);
    dyad_reader *r = dyad_reader_open_memory("big.txt", data, n, DYAD_INPUT_TEXT);
    size_t total = 0, parts = 0;
    while (dyad_reader_next(r, &doc)) {
        assert_int_equal(doc.base_offset, total);
        assert_true(doc.length <= DYAD_TEXT_PART_MAX);
        assert_true(doc.base_offset + doc.length == n || doc.text[doc.length - 1] == '\n');
        total += doc.length;
        parts++;
    }
    assert_int_equal(total, n); /* nothing lost */
    assert_int_equal(parts, 3);
    dyad_reader_close(r);
    dyad_document_free(&doc);
    free(data);
}

static void auto_detects_plain_text(void **state)
{
    (void)state;
    const char *data = "  Plain text {not json}.";
    dyad_document doc;
    dyad_document_init(&doc);
    dyad_reader *r = dyad_reader_open_memory("notes", data, strlen(data), DYAD_INPUT_AUTO);
    assert_true(dyad_reader_next(r, &doc));
    assert_int_equal(doc.length, strlen(data));
    assert_memory_equal(doc.text, data, strlen(data));
    assert_false(dyad_reader_next(r, &doc));
    dyad_reader_close(r);
    dyad_document_free(&doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(jsonl_records_and_metadata), cmocka_unit_test(broken_lines_are_skipped_and_counted),
        cmocka_unit_test(text_with_nul_in_json_string), cmocka_unit_test(large_text_is_cut_at_paragraphs),
        cmocka_unit_test(auto_detects_plain_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
