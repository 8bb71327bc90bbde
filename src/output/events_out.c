#include "events_out.h"
#include "../post/dates.h"
#include "../core/xalloc.h"
#include "../text/utf8.h"
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

char *dyad_utf8_clean_copy(const char *s, size_t n, size_t *out_len)
{
    char *clean = dyad_xmalloc(n * 3 + 1);
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        int len, bad;
        uint32_t cp = dyad_utf8_decode((const unsigned char *)s + i, n - i, &len, &bad);
        o += (size_t)dyad_utf8_encode(cp, clean + o);
        i += (size_t)len;
    }
    clean[o] = '\0';
    *out_len = o;
    return clean;
}

/* A JSON string of input text; invalid UTF-8 (already counted and warned about by the
 * tokenizer) becomes U+FFFD so that the event is never lost. */
static json_t *json_text(const char *s, size_t n)
{
    if (!s) return json_null();
    json_t *j = json_stringn(s, n);
    if (j) return j;
    size_t o;
    char *clean = dyad_utf8_clean_copy(s, n, &o);
    j = json_stringn(clean, o);
    free(clean);
    return j ? j : json_string("");
}

static dyad_entry_ref entry_ref(const dyad_phrase_dict *d, const dyad_actor_entry *e)
{
    dyad_entry_ref r = {e ? d->files[e->file] : NULL, e ? e->line : 0};
    return r;
}

static dyad_event_actor event_actor(const dyad_coder *c, const dyad_document *doc, const dyad_actor_match *m)
{
    dyad_event_actor a = {m->code, NULL, 0, entry_ref(&c->actors, m->actor), entry_ref(&c->agents, m->agent)};
    if (m->first < m->end) {
        const dyad_token *first = &doc->tokens[m->first], *last = &doc->tokens[m->end - 1];
        a.text = doc->text + first->start;
        a.text_len = last->end - first->start;
    }
    return a;
}

void dyad_event_record_fill(dyad_event_record *r, const dyad_coder *c, const dyad_document *doc,
                            const dyad_event *e, int32_t published)
{
    const dyad_sentence *s = &doc->sentences[e->sentence];
    r->doc_id = doc->id;
    r->sentence_index = e->sentence;
    r->sentence = doc->text + s->start;
    r->sentence_len = s->end - s->start;
    r->date = dyad_event_date(doc, e->sentence, published);
    r->source = event_actor(c, doc, &e->source);
    r->target = event_actor(c, doc, &e->target);
    r->code = e->code;
    r->root[0] = e->code[0];
    r->root[1] = e->code[1];
    r->root[2] = '\0';
    r->cameo = dyad_cameo_lookup(&c->cameo, e->code);
    r->reported_by = e->reported_by;
    r->verb = e->block->name;
    r->verb_pattern.file = c->verbs.file;
    r->verb_pattern.line = e->pattern ? e->pattern->line : e->block->line;
}

static json_t *provenance(dyad_entry_ref e)
{
    if (!e.file) return json_null();
    char buf[4200];
    snprintf(buf, sizeof buf, "%s:%u", e.file, e.line);
    return json_string(buf);
}

static json_t *actor_json(const dyad_event_actor *a)
{
    return json_pack("{s:s, s:o, s:o, s:o}", "code", a->code, "text", json_text(a->text, a->text_len),
                     "actor_entry", provenance(a->actor_entry), "agent_entry", provenance(a->agent_entry));
}

void dyad_events_write_header(FILE *out, enum dyad_event_format f)
{
    if (f == DYAD_EVENTS_TSV)
        fputs("doc_id\tsentence_index\tdate\tsource\ttarget\tcode\troot\tquad_class\tgoldstein\treported_by\tsentence\n", out);
}

static void write_tsv_text(FILE *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) fputc(s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i], out);
}

static void write_tsv(FILE *out, const dyad_event_record *r, const char *date)
{
    fprintf(out, "%s\t%u\t%s\t%s\t%s\t%s\t%s\t", r->doc_id ? r->doc_id : "", r->sentence_index, date ? date : "",
            r->source.code, r->target.code, r->code, r->root);
    if (r->cameo) fprintf(out, "%d\t%g\t", r->cameo->quad_class, r->cameo->goldstein); else fputs("\t\t", out);
    fprintf(out, "%s\t", r->reported_by);
    write_tsv_text(out, r->sentence, r->sentence_len);
    fputc('\n', out);
}

static void write_json(FILE *out, const dyad_event_record *r, const char *date)
{
    const dyad_cameo_code *cc = r->cameo;
    char verb[4200];
    snprintf(verb, sizeof verb, "%s:%u", r->verb_pattern.file, r->verb_pattern.line);
    json_t *o = json_pack("{s:s?, s:i, s:o, s:s?, s:o, s:o, s:s, s:s, s:o, s:o, s:b, s:o, s:{s:s, s:s, s:o, s:o}}",
        "doc_id", r->doc_id, "sentence_index", (json_int_t)r->sentence_index,
        "sentence", json_text(r->sentence, r->sentence_len), "date", date,
        "source", actor_json(&r->source), "target", actor_json(&r->target),
        "code", r->code, "root", r->root,
        "quad_class", cc ? json_integer(cc->quad_class) : json_null(),
        "goldstein", cc ? json_real(cc->goldstein) : json_null(),
        "negated", 0,
        "reported_by", r->reported_by[0] ? json_string(r->reported_by) : json_null(),
        "explain", "verb", r->verb, "verb_pattern", verb,
        "source_entry", provenance(r->source.actor_entry), "target_entry", provenance(r->target.actor_entry));
    if (!o) { fprintf(stderr, "dyad: could not encode an event of document %s as JSON\n", r->doc_id ? r->doc_id : ""); return; }
    /* one write per event: jansson's stream writer calls fwrite once per token */
    char *line = json_dumps(o, JSON_COMPACT);
    if (line) { fputs(line, out); fputc('\n', out); free(line); }
    json_decref(o);
}

void dyad_events_write(FILE *out, enum dyad_event_format f, const dyad_coder *c, const dyad_document *doc,
                       const dyad_event_list *events, int32_t published)
{
    for (size_t i = 0; i < events->n; i++) {
        dyad_event_record r;
        dyad_event_record_fill(&r, c, doc, &events->items[i], published);
        char date_buf[16];
        snprintf(date_buf, sizeof date_buf, "%04d-%02d-%02d", r.date / 10000, r.date / 100 % 100, r.date % 100);
        const char *date = r.date ? date_buf : NULL;
        if (f == DYAD_EVENTS_TSV) write_tsv(out, &r, date);
        else write_json(out, &r, date);
    }
}
