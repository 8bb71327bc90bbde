/* Writing stored events: a table, CSV, JSON Lines, or the GDELT 2.0 event table. */
#include "store.h"
#include "../post/dates.h"
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int dyad_store_date_valid(int32_t d)
{
    return d >= 10000101 && d <= 99991231 && dyad_date_from_days(dyad_days_from_date(d)) == d;
}

/* A date that is not a day of the calendar (stored by an older dyad) is written as unknown. */
#define valid_date dyad_store_date_valid

static void write_date(FILE *out, int32_t d, const char *sep)
{
    if (valid_date(d)) fprintf(out, "%04d%s%02d%s%02d", d / 10000, sep, d / 100 % 100, sep, d % 100);
}

/* Text in a tab-separated or table cell: tabs and line breaks become spaces. */
static void write_plain(FILE *out, const char *s, size_t max)
{
    for (size_t i = 0; s && s[i] && i < max; i++) fputc(s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i], out);
}

/* Every text field is quoted (RFC 4180), so that spreadsheets and readers that honour quotes keep
 * codes such as 042 as text; NULL is an empty field without quotes. */
static void write_csv_field(FILE *out, const char *s)
{
    if (!s) return;
    fputc('"', out);
    for (; s && *s; s++) {
        if (*s == '"') fputc('"', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

static const char csv_header[] =
    "\"id\",\"date\",\"source\",\"target\",\"code\",\"root\",\"quad_class\",\"goldstein\",\"num_mentions\","
    "\"num_sources\",\"num_articles\",\"doc_id\",\"url\",\"source_text\",\"target_text\",\"sentence\"\n";

static void write_csv(FILE *out, const dyad_stored_event *e)
{
    fprintf(out, "%lld,", e->id);
    if (valid_date(e->date)) {
        fputc('"', out);
        write_date(out, e->date, "-");
        fputc('"', out);
    }
    const char *codes[] = {e->source, e->target, e->code, e->root};
    for (int i = 0; i < 4; i++) {
        fputc(',', out);
        write_csv_field(out, codes[i]);
    }
    fputc(',', out);
    if (e->quad_class)
        fprintf(out, "%d,%g", e->quad_class, e->goldstein);
    else
        fputc(',', out);
    fprintf(out, ",%lld,%lld,%lld,", e->mentions, e->sources, e->articles);
    const char *texts[] = {e->doc_id, e->url, e->source_text, e->target_text, e->sentence};
    for (int i = 0; i < 5; i++) {
        if (i) fputc(',', out);
        write_csv_field(out, texts[i]);
    }
    fputc('\n', out);
}

/* The claims of a stored event as JSON fields: status, claimed_by, disputed_by, casualties. */
static void add_claims(json_t *o, const dyad_stored_event *e)
{
    static const char *const kinds[] = {"killed", "wounded", "missing", "detained", "displaced"};
    json_object_set_new(o, "status", json_string(e->status ? e->status : "asserted"));
    json_object_set_new(o, "claimed_by", e->claimed_by ? json_string(e->claimed_by) : json_null());
    json_object_set_new(o, "disputed_by", e->disputed_by ? json_string(e->disputed_by) : json_null());
    json_t *c = json_object();
    for (int k = 0; k < DYAD_RECORD_CASUALTY_KINDS; k++)
        if (e->casualties[k] >= 0) json_object_set_new(c, kinds[k], json_integer(e->casualties[k]));
    json_object_set_new(o, "casualties", c);
}

void dyad_stored_claims_write_header(FILE *out)
{
    fputs("GLOBALEVENTID\tstatus\tclaimed_by\tdisputed_by\tkilled\twounded\tmissing\tdetained\tdisplaced\n", out);
}

void dyad_stored_claims_write(FILE *out, const dyad_stored_event *e)
{
    fprintf(out, "%lld\t%s\t%s\t%s", e->id, e->status ? e->status : "asserted", e->claimed_by ? e->claimed_by : "",
            e->disputed_by ? e->disputed_by : "");
    for (int k = 0; k < DYAD_RECORD_CASUALTY_KINDS; k++) {
        if (e->casualties[k] >= 0)
            fprintf(out, "\t%lld", e->casualties[k]);
        else
            fputc('\t', out);
    }
    fputc('\n', out);
}

static void write_jsonl(FILE *out, const dyad_stored_event *e)
{
    char date[16] = "";
    if (valid_date(e->date))
        snprintf(date, sizeof date, "%04d-%02d-%02d", e->date / 10000, e->date / 100 % 100, e->date % 100);
    json_t *o = json_pack(
        "{s:I, s:s?, s:s, s:s, s:s, s:s, s:o, s:o, s:I, s:I, s:I, s:s?, s:s?, s:s?, s:s?, s:s?}", "id",
        (json_int_t)e->id, "date", date[0] ? date : NULL, "source", e->source, "target", e->target, "code", e->code,
        "root", e->root, "quad_class", e->quad_class ? json_integer(e->quad_class) : json_null(), "goldstein",
        e->quad_class ? json_real(e->goldstein) : json_null(), "num_mentions", (json_int_t)e->mentions, "num_sources",
        (json_int_t)e->sources, "num_articles", (json_int_t)e->articles, "doc_id", e->doc_id, "url", e->url,
        "source_text", e->source_text, "target_text", e->target_text, "sentence", e->sentence);
    if (!o) {
        fprintf(stderr, "dyad: could not encode event %lld as JSON\n", e->id);
        return;
    }
    add_claims(o, e);
    json_dumpf(o, out, JSON_COMPACT);
    fputc('\n', out);
    json_decref(o);
}

static const char table_header[] =
    "id\tdate\tsource\ttarget\tcode\tquad\tgoldstein\tmentions\tsources\tarticles\tsentence\n";

static void write_table(FILE *out, const dyad_stored_event *e)
{
    fprintf(out, "%lld\t", e->id);
    write_date(out, e->date, "-");
    fprintf(out, "\t%s\t%s\t%s\t", e->source, e->target, e->code);
    if (e->quad_class)
        fprintf(out, "%d\t%g\t", e->quad_class, e->goldstein);
    else
        fputs("\t\t", out);
    fprintf(out, "%lld\t%lld\t%lld\t", e->mentions, e->sources, e->articles);
    write_plain(out, e->sentence, 160);
    fputc('\n', out);
}

/* The GDELT 2.0 event table, in its documented column order; "" fields are those dyad has no
 * value for (actor attributes, tone, geography). */
static void write_gdelt(FILE *out, const dyad_stored_event *e)
{
    int y = e->date / 10000, m = e->date / 100 % 100, d = e->date % 100;
    fprintf(out, "%lld\t", e->id); /* GLOBALEVENTID */
    if (valid_date(e->date))       /* SQLDATE MonthYear Year FractionDate */
        fprintf(out, "%d\t%d\t%d\t%.4f\t", e->date, e->date / 100, y, y + (m * 30 + d) / 365.0);
    else
        fputs("\t\t\t\t", out);
    const char *names[2] = {e->source_text, e->target_text}, *codes[2] = {e->source, e->target};
    for (int a = 0; a < 2; a++) { /* Actor1*, Actor2*: 10 columns each */
        fprintf(out, "%s\t", codes[a]);
        write_plain(out, names[a], 1000);
        fputs("\t\t\t\t\t\t\t\t\t", out);
    }
    fputc('\t', out);                                          /* IsRootEvent */
    fprintf(out, "%s\t%.3s\t%s\t", e->code, e->code, e->root); /* EventCode EventBaseCode EventRootCode */
    if (e->quad_class)
        fprintf(out, "%d\t%g\t", e->quad_class, e->goldstein);
    else
        fputs("\t\t", out);
    fprintf(out, "%lld\t%lld\t%lld\t\t", e->mentions, e->sources, e->articles); /* ... AvgTone */
    for (int i = 0; i < 24; i++) fputc('\t', out);  /* Actor1Geo, Actor2Geo, ActionGeo: 8 each */
    fprintf(out, "%s\t", e->added ? e->added : ""); /* DATEADDED */
    write_plain(out, e->url, 4096);                 /* SOURCEURL */
    fputc('\n', out);
}

void dyad_stored_events_write_header(FILE *out, enum dyad_export_format f)
{
    if (f == DYAD_EXPORT_TABLE) fputs(table_header, out);
    if (f == DYAD_EXPORT_CSV) fputs(csv_header, out);
}

void dyad_stored_event_write(FILE *out, enum dyad_export_format f, const dyad_stored_event *e)
{
    static void (*const writers[])(FILE *, const dyad_stored_event *) = {[DYAD_EXPORT_TABLE] = write_table,
                                                                         [DYAD_EXPORT_JSONL] = write_jsonl,
                                                                         [DYAD_EXPORT_CSV] = write_csv,
                                                                         [DYAD_EXPORT_GDELT] = write_gdelt};
    writers[f](out, e);
}
