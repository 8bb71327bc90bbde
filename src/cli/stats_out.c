/* How dyad stats writes its tables (tab-separated, RFC 4180 CSV, or aligned for a person) and
 * how dyad query fills its aligned table: one header line and one row per line, so that every
 * table loads into pandas or R as it is. */
#include "stats_out.h"
#include <stdio.h>
#include <string.h>

/* A CSV field, quoted when it holds a separator, a quote, a line break or edge spaces. */
static void csv_field(FILE *out, const char *s)
{
    size_t n = strlen(s);
    if (!s[strcspn(s, ",\"\r\n")] && (n == 0 || (s[0] != ' ' && s[n - 1] != ' '))) {
        fputs(s, out);
        return;
    }
    fputc('"', out);
    for (; *s; s++) {
        if (*s == '"') fputc('"', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

/* A TSV field: tabs and line breaks would split the row, and become spaces. */
static void tsv_field(FILE *out, const char *s)
{
    for (; *s; s++) fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, out);
}

int table_writer_row(void *ctx, const char *table, int n, const char *const *columns, const char *const *cells)
{
    table_writer *w = ctx;
    (void)table;
    if (w->format == TABLE_ALIGNED) {
        if (!cells)
            w->aligned = term_table_new(n, columns, NULL);
        else if (w->aligned) {
            term_table_add(w->aligned, cells, 0);
        }
        return 0;
    }
    const char *const *row = cells ? cells : columns;
    for (int i = 0; i < n; i++) {
        if (i) fputc(w->format == TABLE_CSV ? ',' : '\t', stdout);
        (w->format == TABLE_CSV ? csv_field : tsv_field)(stdout, row[i] ? row[i] : "");
    }
    fputc('\n', stdout);
    return ferror(stdout) != 0; /* a closed pipe ends the run */
}

void table_writer_finish(table_writer *w, FILE *out)
{
    if (!w->aligned) return;
    term_table_print(out, w->aligned, term_width(), 0);
    term_table_free(w->aligned);
    w->aligned = NULL;
}

term_table *event_table_new(void)
{
    /* quad class (the code's), status and factuality are left to the other formats: the sentence
     * needs the room */
    static const char *const columns[] = {"date",      "source",   "target", "code",
                                          "goldstein", "mentions", "place",  "first mention"};
    static const int right[] = {0, 0, 0, 0, 1, 1, 0, 0};
    return term_table_new(8, columns, right);
}

/* The date as far as it is known ("2024-03" for some day in March 2024), "(bg)" after it when
 * the event is background: told again, not news. */
static void date_cell(char *out, size_t size, const dyad_stored_event *e)
{
    int y = (int)(e->date / 10000), m = (int)(e->date / 100 % 100), d = (int)(e->date % 100);
    const char *p = e->date_precision ? e->date_precision : "", *bg = e->background > 0 ? " (bg)" : "";
    if (!e->date)
        snprintf(out, size, "unknown");
    else if (strcmp(p, "year") == 0)
        snprintf(out, size, "%04d%s", y, bg);
    else if (strcmp(p, "month") == 0)
        snprintf(out, size, "%04d-%02d%s", y, m, bg);
    else
        snprintf(out, size, "%04d-%02d-%02d%s", y, m, d, bg);
}

void event_table_add(term_table *t, const dyad_stored_event *e, enum event_sort sort)
{
    char date[24], goldstein[16] = "", mentions[24];
    date_cell(date, sizeof date, e);
    if (e->quad_class) snprintf(goldstein, sizeof goldstein, "%.1f", e->goldstein);
    snprintf(mentions, sizeof mentions, "%lld", e->mentions);
    const char *cells[] = {date, e->source, e->target, e->code, goldstein, mentions, e->place, e->sentence};
    /* mentions: most first; goldstein: most conflictual first; events without a value last */
    double key = sort == SORT_MENTIONS    ? -(double)e->mentions
                 : sort == SORT_GOLDSTEIN ? (e->quad_class ? e->goldstein : 1e9)
                                          : (double)e->date;
    term_table_add(t, cells, key);
}
