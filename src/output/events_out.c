#include "events_out.h"
#include "plover.h"
#include "../post/claims.h"
#include "../post/dates.h"
#include "../core/bytes8.h"
#include "../core/xalloc.h"
#include "../text/utf8.h"
#include <assert.h>
#include <stdlib.h>
#include <string.h>

/* ---- JSON Lines ----
 * Events are written by hand rather than built as jansson objects and dumped: building and
 * dumping took a fifth of `dyad code`'s time. The output is the same JSON. */

typedef struct {
    char *s;
    size_t n, cap;
} json_line;

static void put(json_line *j, const char *s, size_t n)
{
    /* the line's buffer lives as long as the document's events: it grows a few times, then never */
    if (j->n + n + 1 > j->cap) dyad_grow((void **)&j->s, &j->cap, j->n + n + 1, 1);
    memcpy(j->s + j->n, s, n);
    j->n += n;
}

static inline __attribute__((always_inline)) void put_str(json_line *j, const char *s) { put(j, s, strlen(s)); }

/* Bytes a JSON string holds as they are: printable ASCII but the quote (0x22) and the backslash
 * (0x5c). Every event writes its sentence and names, so the test is one load a byte, not five
 * comparisons. */
static const uint8_t plain_byte[256] = {[0x20 ... 0x21] = 1, [0x23 ... 0x5b] = 1, [0x5d ... 0x7f] = 1};

/* Are the eight bytes at s all plain? A sentence's text is tested a word at a time. */
static int eight_plain(const char *s)
{
    uint64_t w = dyad_bytes8(s);
    return !dyad_bytes8_has_high(w) && !dyad_bytes8_has_below(w, 0x20) && !dyad_bytes8_has(w, '"')
           && !dyad_bytes8_has(w, '\\');
}

/* The inside of a JSON string of n bytes; invalid UTF-8 (already counted and warned about by the
 * tokenizer) becomes U+FFFD so that the event is never lost. */
static void put_escaped(json_line *j, const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (plain_byte[c]) {
            size_t run = i + 1;
            while (run + 8 <= n && eight_plain(s + run)) run += 8;
            while (run < n && plain_byte[(unsigned char)s[run]]) run++;
            put(j, s + i, run - i);
            i = run;
        } else if (c < 0x80) {
            char esc[8];
            const char *named = c == '"'    ? "\\\""
                                : c == '\\' ? "\\\\"
                                : c == '\n' ? "\\n"
                                : c == '\r' ? "\\r"
                                : c == '\t' ? "\\t"
                                : c == '\b' ? "\\b"
                                : c == '\f' ? "\\f"
                                            : NULL;
            if (!named) {
                snprintf(esc, sizeof esc, "\\u%04x", c);
                named = esc;
            }
            put_str(j, named);
            i++;
        } else {
            int len, bad;
            uint32_t cp = dyad_utf8_decode((const unsigned char *)s + i, n - i, &len, &bad);
            char buf[4];
            put(j, buf, (size_t)dyad_utf8_encode(cp, buf)); /* U+FFFD when bad */
            i += (size_t)len;
        }
    }
}

static void put_string(json_line *j, const char *s, size_t n)
{
    put(j, "\"", 1);
    put_escaped(j, s, n);
    put(j, "\"", 1);
}

/* Keys are ASCII names that need no escaping, so they are copied as they are: with the comma
 * before and the quotes and colon around, in one step (an event writes some forty keys). Inlined
 * where it is called with a literal, the key's length and copy are known when compiling. */
static inline __attribute__((always_inline)) void put_key(json_line *j, const char *key)
{
    size_t n = strlen(key);
    if (j->n + n + 5 > j->cap) dyad_grow((void **)&j->s, &j->cap, j->n + n + 5, 1);
    char *p = j->s + j->n;
    if (j->n && j->s[j->n - 1] != '{') *p++ = ',';
    *p++ = '"';
    memcpy(p, key, n);
    p += n;
    *p++ = '"';
    *p++ = ':';
    j->n = (size_t)(p - j->s);
}

static inline __attribute__((always_inline)) void put_string_or_null(json_line *j, const char *key, const char *s)
{
    put_key(j, key);
    if (s)
        put_string(j, s, strlen(s));
    else
        put_str(j, "null");
}

/* Most numbers are small integers (indices, counts, quad classes, line numbers): written without
 * printf. Returns the length. */
static size_t format_integer(char *buf, long long n)
{
    char digits[24];
    int k = 0;
    unsigned long long u = n < 0 ? 0ULL - (unsigned long long)n : (unsigned long long)n;
    do digits[k++] = (char)('0' + u % 10);
    while (u /= 10);
    size_t o = 0;
    if (n < 0) buf[o++] = '-';
    while (k) buf[o++] = digits[--k];
    buf[o] = '\0';
    return o;
}

/* The shortest form of a real that reads back as the same double; reals always show a point. */
static void format_real(char *buf, size_t size, double v)
{
    snprintf(buf, size, "%.15g", v);
    if (strtod(buf, NULL) != v) snprintf(buf, size, "%.17g", v);
    if (!strpbrk(buf, ".eEni")) strcat(buf, ".0");
}

/* The reals written are few distinct values (Goldstein scores, the coordinates of the places an
 * article names) and formatting one with printf and strtod costs thousands of instructions, so
 * recent ones are remembered by their bits (which tell -0.0 from 0.0), per thread for dyad serve. */
static const char *real_text(double v)
{
    /* cppcheck does not see the members used through a _Thread_local array */
    static _Thread_local struct {
        uint64_t bits; // cppcheck-suppress unusedStructMember
        char text[40]; // cppcheck-suppress unusedStructMember
    } seen[256];
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    size_t slot = (size_t)((bits * 0x9E3779B97F4A7C15ULL) >> 56);
    if (seen[slot].bits != bits || !seen[slot].text[0]) {
        seen[slot].bits = bits;
        format_real(seen[slot].text, sizeof seen[slot].text, v);
    }
    return seen[slot].text;
}

/* Inlined, as put_key is, where it is called with a literal key (and put_provenance too). */
static inline __attribute__((always_inline)) void put_number(json_line *j, const char *key, double v, int integral)
{
    char buf[40];
    const char *text = buf;
    if (integral && v > -1e15 && v < 1e15) {
        format_integer(buf, (long long)v);
    } else if (integral) {
        snprintf(buf, sizeof buf, "%.0f", v);
    } else {
        text = real_text(v);
    }
    if (key) put_key(j, key);
    put_str(j, text);
}

static inline __attribute__((always_inline)) void put_provenance(json_line *j, const char *key, dyad_entry_ref e)
{
    put_key(j, key);
    if (!e.file) {
        put_str(j, "null");
        return;
    }
    char line[24];
    line[0] = ':';
    size_t n = format_integer(line + 1, e.line) + 1;
    put(j, "\"", 1);
    put_escaped(j, e.file, strlen(e.file));
    put(j, line, n);
    put(j, "\"", 1);
}

static void put_actor(json_line *j, const char *key, const dyad_event_actor *a)
{
    put_key(j, key);
    put(j, "{", 1);
    put_string_or_null(j, "code", a->code);
    put_key(j, "text");
    if (a->text)
        put_string(j, a->text, a->text_len);
    else
        put_str(j, "null");
    put_key(j, "start");
    if (a->text)
        put_number(j, NULL, a->start, 1);
    else
        put_str(j, "null");
    put_provenance(j, "actor_entry", a->actor_entry);
    put_provenance(j, "agent_entry", a->agent_entry);
    put(j, "}", 1);
}

/* "place": {...} or null; geonames_id is null for regions and countries, which have none here. */
static void put_place(json_line *j, const dyad_event_place *p)
{
    put_key(j, "place");
    if (!p->name) {
        put_str(j, "null");
        return;
    }
    put(j, "{", 1);
    put_string_or_null(j, "name", p->name);
    put_key(j, "geonames_id");
    if (p->geonames_id)
        put_number(j, NULL, p->geonames_id, 1);
    else
        put_str(j, "null");
    put_key(j, "country");
    put(j, "{", 1);
    put_string_or_null(j, "alpha2", p->iso2);
    put_string_or_null(j, "alpha3", p->iso3);
    put(j, "}", 1);
    put_string_or_null(j, "admin1", p->admin1[0] ? p->admin1 : NULL);
    put_string_or_null(j, "admin1_name", p->admin1_name[0] ? p->admin1_name : NULL);
    put_number(j, "lat", p->lat, 0);
    put_number(j, "lon", p->lon, 0);
    put_string_or_null(j, "precision", p->precision);
    put_string_or_null(j, "source", p->source);
    put_key(j, "text");
    put_string(j, p->text, p->text_len);
    put_number(j, "start", p->start, 1);
    put_number(j, "end", p->end, 1);
    put(j, "}", 1);
}

static int with_plover; /* --scheme plover */

void dyad_events_set_plover(int on) { with_plover = on; }

int dyad_scheme_parse(const char *s) { return strcmp(s, "cameo") == 0 ? 0 : strcmp(s, "plover") == 0 ? 1 : -1; }

static void put_plover(json_line *j, const dyad_event_record *r)
{
    const dyad_plover_table *t = dyad_plover_builtin();
    dyad_plover_event p = {0};
    if (t) dyad_plover_map(t, r->code, r->source.code, r->target.code, &p);
    put_key(j, "plover");
    if (!p.type) {
        put_str(j, "null");
        return;
    }
    put(j, "{", 1);
    put_string_or_null(j, "event_type", p.type);
    put_string_or_null(j, "mode", p.mode);
    put_string_or_null(j, "context", p.context);
    put_number(j, "intensity", p.intensity, 0);
    put_string_or_null(j, "actor_country", p.actor_country[0] ? p.actor_country : NULL);
    put_string_or_null(j, "actor_sector", p.actor_sector);
    put_string_or_null(j, "recipient_country", p.recipient_country[0] ? p.recipient_country : NULL);
    put_string_or_null(j, "recipient_sector", p.recipient_sector);
    put(j, "}", 1);
}

void dyad_events_write_header(FILE *out, enum dyad_event_format f)
{
    if (f == DYAD_EVENTS_TSV)
        fputs("doc_id\tsentence_index\tdate\tsource\ttarget\tcode\troot\tquad_class\tgoldstein\treported_"
              "by\tsentence\tfactuality"
              "\tdate_precision\tbackground\tstatus\tclaimed_by\tdisputed_by\tdisputes\tcasualties"
              "\tplace_name\tplace_geonames_id\tplace_country\tplace_country3\tplace_admin1\tplace_lat\tplace_lon"
              "\tplace_precision\tplace_source\tplace_text\tplace_start\tplace_end\tdict_version\n",
              out);
}

/* ---- claims (post/claims.h) ---- */

static void put_actor_short(json_line *j, const char *key, const dyad_event_actor *a)
{
    put_key(j, key);
    if (!a->code[0] && !a->text) {
        put_str(j, "null");
        return;
    }
    put(j, "{", 1);
    put_string_or_null(j, "code", a->code[0] ? a->code : NULL);
    put_key(j, "text");
    if (a->text)
        put_string(j, a->text, a->text_len);
    else
        put_str(j, "null");
    put(j, "}", 1);
}

static void put_figures(json_line *j, const dyad_record_figure *figures)
{
    put_key(j, "casualties");
    put(j, "{", 1);
    for (int k = 0; k < DYAD_RECORD_CASUALTY_KINDS; k++) {
        const dyad_record_figure *f = &figures[k];
        if (!f->have) continue;
        put_key(j, dyad_casualty_kind_name((enum dyad_casualty_kind)k));
        put(j, "{", 1);
        put_number(j, "min", (double)f->min, 1);
        put_key(j, "max");
        if (f->max == DYAD_AMOUNT_OPEN)
            put_str(j, "null");
        else
            put_number(j, NULL, (double)f->max, 1);
        put_key(j, "text");
        put_string(j, f->text, f->text_len);
        put_string_or_null(j, "reported_by", f->reported_by[0] ? f->reported_by : NULL);
        put(j, "}", 1);
    }
    put(j, "}", 1);
}

static void put_claims(json_line *j, const dyad_event_record *r)
{
    put_number(j, "event_index", r->event_index, 1);
    put_string_or_null(j, "status", r->status);
    put_actor_short(j, "claimed_by", &r->claimed_by);
    put_key(j, "disputed_by");
    if (r->disputed_in < 0)
        put_str(j, "null");
    else {
        put(j, "{", 1);
        put_string_or_null(j, "code", r->disputed_by.code[0] ? r->disputed_by.code : NULL);
        put_key(j, "text");
        if (r->disputed_by.text)
            put_string(j, r->disputed_by.text, r->disputed_by.text_len);
        else
            put_str(j, "null");
        put_number(j, "sentence_index", r->disputed_in, 1);
        put_key(j, "event_index");
        if (r->disputed_by_event < 0)
            put_str(j, "null");
        else
            put_number(j, NULL, r->disputed_by_event, 1);
        put(j, "}", 1);
    }
    put_key(j, "disputes");
    put(j, "[", 1);
    for (size_t k = 0; k < r->n_disputes; k++) {
        char buf[16];
        put(j, buf, (size_t)snprintf(buf, sizeof buf, k ? ",%u" : "%u", r->disputes[k]));
    }
    put(j, "]", 1);
    put_figures(j, r->casualties);
}

static void write_tsv_text(FILE *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) fputc(s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i], out);
}

/* The claim columns at the end of a TSV row: status, claimed_by, disputed_by (CODE@sentence),
 * disputes (event indices), casualties (kind=min-max;..., max empty when open). */
static void write_tsv_claims(FILE *out, const dyad_event_record *r)
{
    if (!r->has_claims) {
        fputs("\t\t\t\t", out);
        return;
    }
    fprintf(out, "%s\t%s\t", r->status, r->claimed_by.code);
    if (r->disputed_in >= 0) fprintf(out, "%s@%d", r->disputed_by.code, r->disputed_in);
    fputc('\t', out);
    for (size_t k = 0; k < r->n_disputes; k++) fprintf(out, k ? ",%u" : "%u", r->disputes[k]);
    fputc('\t', out);
    const char *sep = "";
    for (int k = 0; k < DYAD_RECORD_CASUALTY_KINDS; k++) {
        const dyad_record_figure *f = &r->casualties[k];
        if (!f->have) continue;
        fprintf(out, "%s%s=%lld-", sep, dyad_casualty_kind_name((enum dyad_casualty_kind)k), (long long)f->min);
        if (f->max != DYAD_AMOUNT_OPEN) fprintf(out, "%lld", (long long)f->max);
        sep = ";";
    }
}

/* The place's twelve columns, after the others (tools read the columns before by position). */
static void write_tsv_place(FILE *out, const dyad_event_place *p)
{
    if (!p->name) {
        fputs("\t\t\t\t\t\t\t\t\t\t\t\t", out);
        return;
    }
    fputc('\t', out);
    write_tsv_text(out, p->name, strlen(p->name));
    if (p->geonames_id)
        fprintf(out, "\t%u", p->geonames_id);
    else
        fputc('\t', out);
    fprintf(out, "\t%s\t%s\t%s\t%.5f\t%.5f\t%s\t%s\t", p->iso2, p->iso3, p->admin1, p->lat, p->lon, p->precision,
            p->source);
    write_tsv_text(out, p->text, p->text_len);
    fprintf(out, "\t%u\t%u", p->start, p->end);
}

static void write_tsv(FILE *out, const dyad_event_record *r, const char *date)
{
    fprintf(out, "%s\t%u\t%s\t%s\t%s\t%s\t%s\t", r->doc_id ? r->doc_id : "", r->sentence_index, date ? date : "",
            r->source.code, r->target.code, r->code, r->root);
    if (r->cameo)
        fprintf(out, "%d\t%g\t", r->cameo->quad_class, r->cameo->goldstein);
    else
        fputs("\t\t", out);
    fprintf(out, "%s\t", r->reported_by);
    write_tsv_text(out, r->sentence, r->sentence_len);
    fprintf(out, "\t%s\t%s\t%d\t", r->factuality, r->date_precision ? r->date_precision : "", r->background);
    write_tsv_claims(out, r);
    write_tsv_place(out, &r->place);
    fprintf(out, "\t%s\n", r->dict_version ? r->dict_version : ""); /* the last column */
}

static void write_json(FILE *out, json_line *j, const dyad_event_record *r, const char *date)
{
    const dyad_cameo_code *cc = r->cameo;
    j->n = 0;
    put(j, "{", 1);
    put_string_or_null(j, "doc_id", r->doc_id);
    put_string_or_null(j, "dict_version", r->dict_version);
    put_number(j, "sentence_index", r->sentence_index, 1);
    put_key(j, "sentence");
    put_string(j, r->sentence, r->sentence_len);
    put_string_or_null(j, "date", date);
    put_string_or_null(j, "date_precision", r->date_precision);
    put_key(j, "background");
    put_str(j, r->background ? "true" : "false");
    put_actor(j, "source", &r->source);
    put_actor(j, "target", &r->target);
    put_string_or_null(j, "code", r->code);
    put_string_or_null(j, "root", r->root);
    if (cc) {
        put_number(j, "quad_class", cc->quad_class, 1);
        put_number(j, "goldstein", cc->goldstein, 0);
    } else {
        put_key(j, "quad_class");
        put_str(j, "null");
        put_key(j, "goldstein");
        put_str(j, "null");
    }
    put_key(j, "negated");
    put_str(j, "false");
    put_string_or_null(j, "reported_by", r->reported_by[0] ? r->reported_by : NULL);
    put_string_or_null(j, "factuality", r->factuality);
    put_key(j, "explain");
    put(j, "{", 1);
    put_string_or_null(j, "verb", r->verb);
    put_provenance(j, "verb_pattern", r->verb_pattern);
    put_provenance(j, "source_entry", r->source.actor_entry);
    put_provenance(j, "target_entry", r->target.actor_entry);
    put(j, "}", 1);
    put_place(j, &r->place);
    if (r->has_claims) put_claims(j, r);
    put_string_or_null(j, "url", r->url);
    put_string_or_null(j, "title", r->title);
    put_string_or_null(j, "article_source", r->article_source);
    if (with_plover) put_plover(j, r);
    put(j, "}\n", 2);
    fwrite(j->s, 1, j->n, out);
}

void dyad_events_write(FILE *out, enum dyad_event_format f, const dyad_dictset *c, const dyad_document *doc,
                       const dyad_event_list *events, int32_t published)
{
    dyad_events_write_claims(out, f, c, doc, events, NULL, 0, published);
}

/* YYYYMMDD as YYYY-MM-DD in buf (16 bytes), NULL for 0 (no date). Every date has eight digits or
 * fewer, so each part fits its width and the digits are written without printf, once an event. */
static const char *format_date(char *buf, int32_t d)
{
    if (!d) return NULL;
    if (d < 0 || d > 99999999) {
        snprintf(buf, 16, "%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100);
        return buf;
    }
    int32_t parts[3] = {d / 10000, d / 100 % 100, d % 100};
    static const int widths[3] = {4, 2, 2};
    char *o = buf;
    for (int p = 0; p < 3; p++) {
        if (p) *o++ = '-';
        for (int k = widths[p] - 1; k >= 0; k--, parts[p] /= 10) o[k] = (char)('0' + parts[p] % 10);
        o += widths[p];
    }
    *o = '\0';
    return buf;
}

/* ---- quote and casualty records ---- */

static void write_quote(FILE *out, json_line *j, const dyad_dictset *c, const dyad_document *doc, const dyad_quote *q)
{
    j->n = 0;
    put(j, "{", 1);
    put_string_or_null(j, "record", "quote");
    put_string_or_null(j, "doc_id", doc->id);
    put_number(j, "sentence_index", q->sentence, 1);
    put_number(j, "start", q->start, 1);
    put_number(j, "end", q->end, 1);
    put_key(j, "text");
    put_string(j, doc->text + q->start, q->end - q->start);
    dyad_event_actor sp = dyad_event_actor_of(c, doc, &q->speaker);
    put_actor_short(j, "speaker", &sp);
    put(j, "}\n", 2);
    fwrite(j->s, 1, j->n, out);
}

static void write_casualty_record(FILE *out, json_line *j, const dyad_dictset *c, const dyad_document *doc,
                                  const dyad_casualty_record *cr, const char *date)
{
    dyad_record_figure figures[DYAD_RECORD_CASUALTY_KINDS];
    dyad_record_figures(figures, doc, cr->casualties);
    const dyad_sentence *s = &doc->sentences[cr->sentence];
    j->n = 0;
    put(j, "{", 1);
    put_string_or_null(j, "record", "casualties");
    put_string_or_null(j, "doc_id", doc->id);
    put_number(j, "sentence_index", cr->sentence, 1);
    put_key(j, "sentence");
    put_string(j, doc->text + s->start, s->end - s->start);
    put_string_or_null(j, "date", date);
    dyad_event_actor a = dyad_event_actor_of(c, doc, &cr->source), b = dyad_event_actor_of(c, doc, &cr->target);
    put_actor_short(j, "source", &a);
    put_actor_short(j, "target", &b);
    put_figures(j, figures);
    put(j, "}\n", 2);
    fwrite(j->s, 1, j->n, out);
}

static void write_records(FILE *out, json_line *j, const dyad_dictset *c, const dyad_document *doc,
                          const dyad_claims *claims, int32_t published)
{
    for (size_t i = 0; i < claims->n_quotes; i++) write_quote(out, j, c, doc, &claims->quotes[i]);
    for (size_t i = 0; i < claims->n_loose; i++) {
        char date_buf[16];
        int32_t d = dyad_event_time(doc, claims->loose[i].sentence, UINT32_MAX, published).date;
        write_casualty_record(out, j, c, doc, &claims->loose[i], format_date(date_buf, d));
    }
}

void dyad_events_write_claims(FILE *out, enum dyad_event_format f, const dyad_dictset *c, const dyad_document *doc,
                              const dyad_event_list *events, const dyad_claims *claims, int records, int32_t published)
{
    json_line line = {NULL, 0, 0};
    dyad_dateline *dateline = events->n ? dyad_dateline_find(&c->actors, doc) : NULL;
    for (size_t i = 0; i < events->n; i++) {
        dyad_event_record r;
        dyad_event_record_fill(&r, c, doc, dateline, &events->items[i], published);
        if (claims && i < claims->n_events) dyad_event_record_add_claims(&r, c, doc, claims, i);
        assert(!r.date || dyad_date_is_valid(r.date)); /* YYYY-MM-DD: 0000--87--69 was written once */
        char date_buf[16];
        const char *date = format_date(date_buf, r.date);
        if (f == DYAD_EVENTS_TSV)
            write_tsv(out, &r, date);
        else
            write_json(out, &line, &r, date);
    }
    if (claims && records && f == DYAD_EVENTS_JSONL) write_records(out, &line, c, doc, claims, published);
    dyad_dateline_free(dateline);
    free(line.s);
}
