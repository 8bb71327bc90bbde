#include "validate.h"
#include "../core/xalloc.h"
#include "../pipeline.h"
#include <stdlib.h>
#include <string.h>

typedef struct {
    char text[128]; /* "SOURCE>TARGET:CODE" */
    int matched;
} coding;

static void format_coding(char out[128], const char *source, const char *target, const char *code)
{
    snprintf(out, 128, "%s>%s:%s", source, target, code);
}

/* The record's events as distinct codings; returns how many (at most max). */
static size_t produced_codings(const dyad_event_list *events, coding *out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < events->n && n < max; i++) {
        char c[128];
        format_coding(c, events->items[i].source.code, events->items[i].target.code, events->items[i].code);
        size_t j = 0;
        while (j < n && strcmp(out[j].text, c) != 0) j++;
        if (j == n) {
            memcpy(out[n].text, c, sizeof c);
            out[n++].matched = 0;
        }
    }
    return n;
}

static void print_codings(FILE *out, const coding *c, size_t n)
{
    if (!n) fputs(" (none)", out);
    for (size_t i = 0; i < n; i++) fprintf(out, " %s", c[i].text);
}

int dyad_validate_record(const dyad_dictset *coder, const dyad_tagger *tagger, const dyad_record *r, FILE *out,
                         FILE *trace, dyad_validation_totals *totals)
{
    dyad_document doc;
    dyad_document_init(&doc);
    dyad_document_reset(&doc, r->text, strlen(r->text));
    doc.id = doc.input_name = r->id;
    dyad_analyze(tagger, &doc);
    dyad_event_list events = {0};
    /* PETRARCH's semantics for this record: patterns, not verb mood, give intent codes, pattern
     * words match as written, and agents get no country the text does not give them */
    dyad_readings readings = dyad_readings_petrarch();
    readings.require_dyad = r->config.require_dyad;
    readings.new_actor_length = r->config.new_actor_length;
    readings.comma = r->config.comma;
    if (trace) fprintf(trace, "record %s (line %ld)\n", r->id, r->line);
    dyad_code_document(coder, &readings, &doc, r->date, &events, trace);

    enum { MAX_CODINGS = 64 };
    coding produced[MAX_CODINGS], expected[MAX_CODINGS];
    size_t n_produced = produced_codings(&events, produced, MAX_CODINGS), n_expected = 0;
    for (size_t i = 0; i < r->n_events && n_expected < MAX_CODINGS; i++) {
        format_coding(expected[n_expected].text, r->events[i].source, r->events[i].target, r->events[i].code);
        expected[n_expected++].matched = 0;
    }
    size_t found = 0;
    for (size_t i = 0; i < n_expected; i++)
        for (size_t j = 0; j < n_produced && !expected[i].matched; j++)
            if (!produced[j].matched && strcmp(expected[i].text, produced[j].text) == 0) {
                expected[i].matched = produced[j].matched = 1;
                found++;
            }
    int passed = found == n_expected && found == n_produced;
    totals->expected += n_expected;
    totals->expected_found += found;
    totals->produced += n_produced;
    totals->produced_unexpected += n_produced - found;
    if (passed)
        totals->records_passed++;
    else
        totals->records_failed++;

    fprintf(out, "%s %s (line %ld, %s): expected", passed ? "PASS" : "FAIL", r->id, r->line, r->category);
    if (r->expect == DYAD_EXPECT_ERROR)
        fprintf(out, " an error (%s), no events", r->error_kind);
    else
        print_codings(out, expected, n_expected);
    fputs(" | produced", out);
    print_codings(out, produced, n_produced);
    fputc('\n', out);
    if (!passed) fprintf(out, "    text: %s\n", r->text);
    if (!passed && r->parse_differs)
        fprintf(out,
                "    note: its <Parse> has other words than its <Text> (%s); its expectations may follow the parse\n",
                r->parse_differs);
    free(events.items);
    dyad_document_free(&doc);
    return passed;
}

static double percent(size_t a, size_t b) { return b ? 100.0 * (double)a / (double)b : 0.0; }

void dyad_validation_summary(const dyad_validation_totals *t, FILE *out)
{
    fprintf(out, "records: %zu passed, %zu failed", t->records_passed, t->records_failed);
    if (t->records_skipped) fprintf(out, " (%zu skipped: category not in <Include>)", t->records_skipped);
    if (t->records_not_applicable)
        fprintf(out, " (%zu not applicable: they test the <Parse>)", t->records_not_applicable);
    fputc('\n', out);
    fprintf(out, "codings: %zu passed, %zu failed (expected codings produced: %.1f%%)\n", t->expected_found,
            t->expected - t->expected_found, percent(t->expected_found, t->expected));
    fprintf(out, "unexpected codings: %zu of %zu produced (%.1f%%)\n", t->produced_unexpected, t->produced,
            percent(t->produced_unexpected, t->produced));
}
