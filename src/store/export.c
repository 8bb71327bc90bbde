/* Writing stored events: a table, CSV, JSON Lines, or the GDELT 2.0 event table. */
#include "store.h"
#include "../post/dates.h"
#include "../output/plover.h"
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
    "\"num_sources\",\"num_articles\",\"doc_id\",\"url\",\"source_text\",\"target_text\",\"sentence\","
    "\"sentence_index\",\"source_start\",\"target_start\",\"reported_by\",\"verb\",\"verb_pattern\","
    "\"source_actor_entry\",\"source_agent_entry\",\"target_actor_entry\",\"target_agent_entry\",\"title\","
    "\"article_source\",\"dict_version\",\"status\",\"claimed_by\",\"disputed_by\",\"killed\",\"wounded\","
    "\"missing\",\"detained\",\"displaced\",\"place_name\",\"place_geonames_id\",\"place_country\","
    "\"place_country3\",\"place_admin1\",\"place_admin1_name\",\"place_lat\",\"place_lon\",\"place_precision\","
    "\"factuality\",\"date_precision\",\"background\"\n";

/* A number column: empty when unknown (negative), unquoted otherwise. */
static void write_csv_number(FILE *out, long long v)
{
    fputc(',', out);
    if (v >= 0) fprintf(out, "%lld", v);
}

/* The columns after the sentence: the first mention's provenance, the claims and the place. */
static void write_csv_provenance(FILE *out, const dyad_stored_event *e)
{
    write_csv_number(out, e->sentence_index);
    write_csv_number(out, e->source_text ? e->source_offset : -1);
    write_csv_number(out, e->target_text ? e->target_offset : -1);
    const char *texts[] = {e->reported_by && *e->reported_by ? e->reported_by : NULL,
                           e->verb,
                           e->verb_pattern,
                           e->source_actor_entry,
                           e->source_agent_entry,
                           e->target_actor_entry,
                           e->target_agent_entry,
                           e->title,
                           e->article_source,
                           e->dict_version,
                           e->status,
                           e->claimed_by,
                           e->disputed_by};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        fputc(',', out);
        write_csv_field(out, texts[i]);
    }
    for (int k = 0; k < DYAD_RECORD_CASUALTY_KINDS; k++) write_csv_number(out, e->casualties[k]);
    const char *place[] = {e->place_name,     e->place_geonames_id, e->place_country,
                           e->place_country3, e->place_admin1,      e->place_admin1_name,
                           e->place_lat,      e->place_lon,         e->place_precision};
    for (size_t i = 0; i < sizeof place / sizeof *place; i++) {
        fputc(',', out);
        if (i == 1 || i == 6 || i == 7) /* numbers */
            fputs(place[i] ? place[i] : "", out);
        else
            write_csv_field(out, place[i]);
    }
    fputc(',', out);
    write_csv_field(out, e->factuality);
    fputc(',', out);
    write_csv_field(out, e->date_precision);
    write_csv_number(out, e->background);
}

static int with_plover; /* --scheme plover */

void dyad_stored_events_set_plover(int on) { with_plover = on; }

/* The event in PLOVER's terms; type NULL when its code has none. */
static dyad_plover_event plover_of(const dyad_stored_event *e)
{
    dyad_plover_event p = {0};
    const dyad_plover_table *t = dyad_plover_builtin();
    if (t) dyad_plover_map(t, e->code, e->source, e->target, &p);
    return p;
}

static void write_csv_plover(FILE *out, const dyad_stored_event *e)
{
    dyad_plover_event p = plover_of(e);
    const char *texts[] = {p.type, p.mode, p.context};
    for (int i = 0; i < 3; i++) {
        fputc(',', out);
        write_csv_field(out, texts[i]);
    }
    fputc(',', out);
    if (p.type) fprintf(out, "%g", p.intensity);
    const char *actors[] = {p.actor_country[0] ? p.actor_country : NULL, p.actor_sector,
                            p.recipient_country[0] ? p.recipient_country : NULL, p.recipient_sector};
    for (int i = 0; i < 4; i++) {
        fputc(',', out);
        write_csv_field(out, p.type ? actors[i] : NULL);
    }
}

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
    write_csv_provenance(out, e);
    if (with_plover) write_csv_plover(out, e);
    fputc('\n', out);
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

/* ---- JSON Lines: the event record of docs/event-record.schema.json ----
 * The fields `dyad code` writes, with the values the store keeps (null where it keeps none: the
 * place's words; the date's precision, factuality and background of events stored before schema
 * version 5), and the store's counts and id. */

static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }

static json_t *int_or_null(const char *s) { return s ? json_integer(atoll(s)) : json_null(); }

static json_t *actor_json(const char *code, const char *text, long long offset, const char *actor_entry,
                          const char *agent_entry)
{
    return json_pack("{s:s, s:o, s:o, s:o, s:o}", "code", code ? code : "", "text", str_or_null(text), "start",
                     offset >= 0 && text ? json_integer(offset) : json_null(), "actor_entry", str_or_null(actor_entry),
                     "agent_entry", str_or_null(agent_entry));
}

static json_t *place_json(const dyad_stored_event *e)
{
    if (!e->place_name) return json_null();
    json_t *country =
        json_pack("{s:o, s:o}", "alpha2", str_or_null(e->place_country), "alpha3", str_or_null(e->place_country3));
    return json_pack("{s:s, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:n, s:n, s:n, s:n}", "name", e->place_name,
                     "geonames_id", int_or_null(e->place_geonames_id), "country", country, "admin1",
                     str_or_null(e->place_admin1), "admin1_name", str_or_null(e->place_admin1_name), "lat",
                     e->place_lat ? json_real(strtod(e->place_lat, NULL)) : json_null(), "lon",
                     e->place_lon ? json_real(strtod(e->place_lon, NULL)) : json_null(), "precision",
                     str_or_null(e->place_precision), "source", "text", "start", "end");
}

/* The claims: claimant and disputant by code (the store keeps their words per mention only),
 * casualty figures as the highest lower bound. */
static void add_claims(json_t *o, const dyad_stored_event *e)
{
    static const char *const kinds[] = {"killed", "wounded", "missing", "detained", "displaced"};
    json_object_set_new(o, "status", json_string(e->status ? e->status : "asserted"));
    json_object_set_new(o, "claimed_by",
                        e->claimed_by ? json_pack("{s:s, s:n}", "code", e->claimed_by, "text") : json_null());
    json_object_set_new(o, "disputed_by",
                        e->disputed_by ? json_pack("{s:s, s:n, s:n, s:n}", "code", e->disputed_by, "text",
                                                   "sentence_index", "event_index")
                                       : json_null());
    json_t *c = json_object();
    for (int k = 0; k < DYAD_RECORD_CASUALTY_KINDS; k++)
        if (e->casualties[k] >= 0)
            json_object_set_new(
                c, kinds[k],
                json_pack("{s:I, s:n, s:n, s:n}", "min", (json_int_t)e->casualties[k], "max", "text", "reported_by"));
    json_object_set_new(o, "casualties", c);
}

static json_t *plover_json(const dyad_stored_event *e)
{
    dyad_plover_event p = plover_of(e);
    if (!p.type) return json_null();
    return json_pack("{s:s, s:o, s:o, s:f, s:o, s:o, s:o, s:o}", "event_type", p.type, "mode", str_or_null(p.mode),
                     "context", str_or_null(p.context), "intensity", p.intensity, "actor_country",
                     str_or_null(p.actor_country[0] ? p.actor_country : NULL), "actor_sector",
                     str_or_null(p.actor_sector), "recipient_country",
                     str_or_null(p.recipient_country[0] ? p.recipient_country : NULL), "recipient_sector",
                     str_or_null(p.recipient_sector));
}

static json_t *event_json(const dyad_stored_event *e, const char *date)
{
    json_t *explain = json_pack("{s:o, s:o, s:o, s:o}", "verb", str_or_null(e->verb), "verb_pattern",
                                str_or_null(e->verb_pattern), "source_entry", str_or_null(e->source_actor_entry),
                                "target_entry", str_or_null(e->target_actor_entry));
    json_t *o = json_pack(
        "{s:I, s:I, s:I, s:I, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:s, s:s, s:o, s:o, s:b, s:o, s:o, s:o}",
        "id", (json_int_t)e->id, "num_mentions", (json_int_t)e->mentions, "num_sources", (json_int_t)e->sources,
        "num_articles", (json_int_t)e->articles, "doc_id", str_or_null(e->doc_id), "dict_version",
        str_or_null(e->dict_version), "sentence_index",
        e->sentence_index >= 0 ? json_integer(e->sentence_index) : json_null(), "sentence", str_or_null(e->sentence),
        "date", str_or_null(date), "date_precision", str_or_null(e->date_precision), "background",
        e->background >= 0 ? json_boolean(e->background) : json_null(), "source",
        actor_json(e->source, e->source_text, e->source_offset, e->source_actor_entry, e->source_agent_entry), "target",
        actor_json(e->target, e->target_text, e->target_offset, e->target_actor_entry, e->target_agent_entry), "code",
        e->code, "root", e->root, "quad_class", e->quad_class ? json_integer(e->quad_class) : json_null(), "goldstein",
        e->quad_class ? json_real(e->goldstein) : json_null(), "negated", 0, "reported_by",
        str_or_null(e->reported_by && *e->reported_by ? e->reported_by : NULL), "factuality",
        str_or_null(e->factuality), "explain", explain);
    if (!o) return NULL;
    json_object_set_new(o, "place", place_json(e));
    add_claims(o, e);
    json_object_set_new(o, "url", str_or_null(e->url));
    json_object_set_new(o, "title", str_or_null(e->title));
    json_object_set_new(o, "article_source", str_or_null(e->article_source));
    if (with_plover) json_object_set_new(o, "plover", plover_json(e));
    return o;
}

static void write_jsonl(FILE *out, const dyad_stored_event *e)
{
    char date[16] = "";
    if (valid_date(e->date))
        snprintf(date, sizeof date, "%04d-%02d-%02d", e->date / 10000, e->date / 100 % 100, e->date % 100);
    json_t *o = event_json(e, date[0] ? date : NULL);
    if (!o) {
        fprintf(stderr, "dyad: could not encode event %lld as JSON\n", e->id);
        return;
    }
    json_dumpf(o, out, JSON_COMPACT);
    fputc('\n', out);
    json_decref(o);
}

static const char table_header[] = "id\tdate\tsource\ttarget\tcode\tquad\tgoldstein\tmentions\tsources\tarticles\t"
                                   "factuality\tdate_precision\tbackground\tsentence\n";

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
    fprintf(out, "%s\t%s\t", e->factuality ? e->factuality : "", e->date_precision ? e->date_precision : "");
    if (e->background >= 0) fprintf(out, "%d", e->background);
    fputc('\t', out);
    write_plain(out, e->sentence, 160);
    fputc('\n', out);
}

void dyad_stored_events_write_header(FILE *out, enum dyad_export_format f)
{
    if (f == DYAD_EXPORT_TABLE) fputs(table_header, out);
    if (f == DYAD_EXPORT_CSV) {
        fwrite(csv_header, 1, sizeof csv_header - 2, out); /* without its line break */
        if (with_plover)
            fputs(",\"plover_event_type\",\"plover_mode\",\"plover_context\",\"plover_intensity\",\"plover_actor_"
                  "country\","
                  "\"plover_actor_sector\",\"plover_recipient_country\",\"plover_recipient_sector\"",
                  out);
        fputc('\n', out);
    }
}

void dyad_stored_event_write(FILE *out, enum dyad_export_format f, const dyad_stored_event *e)
{
    static void (*const writers[])(FILE *, const dyad_stored_event *) = {[DYAD_EXPORT_TABLE] = write_table,
                                                                         [DYAD_EXPORT_JSONL] = write_jsonl,
                                                                         [DYAD_EXPORT_CSV] = write_csv,
                                                                         [DYAD_EXPORT_GDELT] = dyad_gdelt_write_event};
    writers[f](out, e);
}
