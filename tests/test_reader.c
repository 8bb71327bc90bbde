/* Input: plain text parts, JSON Lines records and malformed lines. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/diag.h"
#include "input/reader.h"

static void jsonl_records_and_metadata(void **state)
{
    (void)state;
    const char *data = "{\"id\":\"r1\",\"date\":\"2025-06-01\",\"source\":\"wire\",\"url\":\"http://127.0.0.1/"
                       "a\",\"title\":\"T\",\"text\":\"Hello.\"}\n"
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
    const char *data =
        "{\"text\":\"One.\"}\n{\"text\": \"unterminated\n[1,2]\n{\"id\":\"x\"}\n{\"text\":42}\n{\"text\":\"Two.\"}";
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

/* The ids of every record of a JSON Lines input, joined by spaces; warnings counted in *warnings. */
static const char *ids_of(const char *data, size_t size, enum dyad_input_format format, size_t *warnings)
{
    static char ids[512];
    dyad_warnings_quiet(1);
    size_t before = dyad_warning_count();
    dyad_document doc;
    dyad_document_init(&doc);
    dyad_reader *r = dyad_reader_open_memory("c.jsonl", data, size, format);
    ids[0] = '\0';
    while (dyad_reader_next(r, &doc)) {
        if (ids[0]) strcat(ids, " ");
        strncat(ids, doc.id, 100);
        strcat(ids, "=");
        strncat(ids, doc.text, doc.length < 20 ? doc.length : 20);
    }
    dyad_reader_close(r);
    dyad_document_free(&doc);
    *warnings = dyad_warning_count() - before;
    return ids;
}

/* Records were lost without a word: CR-only line ends kept only the first record, and a second
   object on a line was ignored. CR, LF and CR LF all end a line now (CR LF once), and every object
   on a line is read; text after the last one is warned about. */
static void every_record_on_every_kind_of_line(void **state)
{
    (void)state;
    size_t w;
    const char cr[] = "{\"id\":\"a\",\"text\":\"A.\"}\r{\"id\":\"b\",\"text\":\"B.\"}\r\r{\"text\":\"C.\"}\r";
    assert_string_equal(ids_of(cr, sizeof cr - 1, DYAD_INPUT_AUTO, &w), "a=A. b=B. line4=C.");
    assert_int_equal(w, 0);
    const char crlf[] = "{\"text\":\"A.\"}\r\n{\"text\":\"B.\"}\r\n\r\n{\"text\":\"C.\"}";
    assert_string_equal(ids_of(crlf, sizeof crlf - 1, DYAD_INPUT_AUTO, &w), "line1=A. line2=B. line4=C.");
    const char two[] =
        "{\"id\":\"a\",\"text\":\"A.\"} {\"id\":\"b\",\"text\":\"B.\"}{\"text\":\"X.\"}\n{\"text\":\"C.\"}\n";
    assert_string_equal(ids_of(two, sizeof two - 1, DYAD_INPUT_JSONL, &w), "a=A. b=B. line1=X. line2=C.");
    assert_int_equal(w, 0);
    const char junk[] = "{\"text\":\"A.\"} junk\n{\"text\":\"B.\"}";
    assert_string_equal(ids_of(junk, sizeof junk - 1, DYAD_INPUT_JSONL, &w), "line1=A. line2=B.");
    assert_int_equal(w, 1);
    /* CR LF split across two reads of the input: still one line end */
    size_t n = (1u << 16) + 64;
    char *split = malloc(n + 1);
    memset(split, ' ', n);
    memcpy(split, "{\"text\":\"A.\"}", 13);
    split[(1u << 16) - 1] = '\r';
    split[1u << 16] = '\n';
    memcpy(split + (1u << 16) + 1, "{\"text\":\"B.\"}", 13);
    assert_string_equal(ids_of(split, n, DYAD_INPUT_JSONL, &w), "line1=A. line2=B.");
    free(split);
}

/* A UTF-8 byte order mark made JSON input read as prose, or lost its first record. */
static void byte_order_mark_is_skipped(void **state)
{
    (void)state;
    size_t w;
    const char json[] = "\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"A.\"}\n{\"id\":\"b\",\"text\":\"B.\"}\n";
    assert_string_equal(ids_of(json, sizeof json - 1, DYAD_INPUT_AUTO, &w), "a=A. b=B.");
    assert_string_equal(ids_of(json, sizeof json - 1, DYAD_INPUT_JSONL, &w), "a=A. b=B.");
    assert_int_equal(w, 0);
    const char text[] = "\xEF\xBB\xBFRebels attacked.";
    dyad_document doc;
    dyad_document_init(&doc);
    dyad_reader *r = dyad_reader_open_memory("bom.txt", text, sizeof text - 1, DYAD_INPUT_AUTO);
    assert_true(dyad_reader_next(r, &doc));
    assert_int_equal(doc.length, sizeof text - 4);
    assert_int_equal(doc.base_offset, 3); /* byte offsets still count the mark */
    assert_memory_equal(doc.text, "Rebels", 6);
    dyad_reader_close(r);
    dyad_document_free(&doc);
}

/* "id": "" was taken as a real id, so ingest skipped every later record with an empty id as a
   duplicate; an impossible "date" was dropped without a word. */
static void empty_ids_and_impossible_dates(void **state)
{
    (void)state;
    size_t w;
    const char ids[] = "{\"id\":\"\",\"text\":\"A.\"}\n{\"id\":\"\",\"text\":\"B.\"}\n{\"id\":\" \",\"text\":\"C.\"}\n"
                       "{\"id\":[1],\"text\":\"D.\"}\n{\"id\":7,\"text\":\"E.\"}\n";
    assert_string_equal(ids_of(ids, sizeof ids - 1, DYAD_INPUT_JSONL, &w), "line1=A. line2=B. line3=C. line4=D. 7=E.");
    assert_int_equal(w, 4);
    const char dates[] =
        "{\"date\":\"2025-02-30\",\"text\":\"A.\"}\n{\"date\":\"0000-01-01\",\"text\":\"B.\"}\n"
        "{\"date\":\"2024-02-29\",\"text\":\"C.\"}\n{\"date\":null,\"text\":\"D.\"}\n{\"date\":5,\"text\":\"E.\"}\n";
    dyad_warnings_quiet(1);
    size_t before = dyad_warning_count();
    dyad_document doc;
    dyad_document_init(&doc);
    dyad_reader *r = dyad_reader_open_memory("d.jsonl", dates, sizeof dates - 1, DYAD_INPUT_JSONL);
    const char *expected[] = {NULL, NULL, "2024-02-29", NULL, NULL};
    for (int i = 0; i < 5; i++) {
        assert_true(dyad_reader_next(r, &doc));
        if (expected[i])
            assert_string_equal(doc.date, expected[i]);
        else
            assert_null(doc.date);
    }
    assert_int_equal(dyad_warning_count() - before, 3);
    dyad_reader_close(r);
    dyad_document_free(&doc);
}

/* One JSON record of 100 MB needed 4.4 GB: a record longer than a text part is handed out in parts
   cut as plain text is, the later ones named ID#2, ... */
static void long_records_come_in_parts(void **state)
{
    (void)state;
    size_t n = DYAD_TEXT_PART_MAX + 5000;
    char *data = malloc(n + 64);
    int head = sprintf(data, "{\"id\":\"p\",\"text\":\"");
    for (size_t i = 0; i < n; i++) data[head + i] = (i % 100 == 99) ? ' ' : 'w';
    strcpy(data + head + n, "\"}\n{\"text\":\"After.\"}\n");
    dyad_warnings_quiet(1);
    size_t before = dyad_warning_count();
    dyad_document doc;
    dyad_document_init(&doc);
    dyad_reader *r = dyad_reader_open_memory("p.jsonl", data, strlen(data), DYAD_INPUT_JSONL);
    assert_true(dyad_reader_next(r, &doc));
    assert_string_equal(doc.id, "p");
    size_t first = doc.length;
    assert_true(first <= DYAD_TEXT_PART_MAX && first > DYAD_TEXT_PART_MAX / 2);
    assert_true(dyad_reader_next(r, &doc));
    assert_string_equal(doc.id, "p#2");
    assert_int_equal(doc.base_offset, first);
    assert_int_equal(first + doc.length, n);
    assert_true(dyad_reader_next(r, &doc));
    assert_string_equal(doc.id, "line2");
    assert_false(dyad_reader_next(r, &doc));
    assert_int_equal(dyad_warning_count() - before, 1);
    dyad_reader_close(r);
    dyad_document_free(&doc);
    free(data);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(jsonl_records_and_metadata),   cmocka_unit_test(broken_lines_are_skipped_and_counted),
        cmocka_unit_test(text_with_nul_in_json_string), cmocka_unit_test(large_text_is_cut_at_paragraphs),
        cmocka_unit_test(auto_detects_plain_text),      cmocka_unit_test(every_record_on_every_kind_of_line),
        cmocka_unit_test(byte_order_mark_is_skipped),   cmocka_unit_test(empty_ids_and_impossible_dates),
        cmocka_unit_test(long_records_come_in_parts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
