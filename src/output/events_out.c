#include "events_out.h"
#include "../post/dates.h"
#include "../core/xalloc.h"
#include "../text/utf8.h"
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* A JSON string of input text; invalid UTF-8 (already counted and warned about by the
 * tokenizer) becomes U+FFFD so that the event is never lost. */
static json_t *json_text(const char *s, size_t n)
{
    json_t *j = json_stringn(s, n);
    if (j) return j;
    char *clean = dyad_xmalloc(n * 3 + 1);
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        int len, bad;
        uint32_t cp = dyad_utf8_decode((const unsigned char *)s + i, n - i, &len, &bad);
        o += (size_t)dyad_utf8_encode(cp, clean + o);
        i += (size_t)len;
    }
    j = json_stringn(clean, o);
    free(clean);
    return j ? j : json_string("");
}

static json_t *text_of(const dyad_document *doc, uint32_t first, uint32_t end)
{
    if (first >= end) return json_null();
    const dyad_token *a = &doc->tokens[first], *b = &doc->tokens[end - 1];
    return json_text(doc->text + a->start, b->end - a->start);
}

static json_t *provenance(const dyad_phrase_dict *d, const dyad_actor_entry *e)
{
    if (!e) return json_null();
    char buf[4200];
    snprintf(buf, sizeof buf, "%s:%u", d->files[e->file], e->line);
    return json_string(buf);
}

static json_t *actor_json(const dyad_coder *c, const dyad_document *doc, const dyad_actor_match *m)
{
    return json_pack("{s:s, s:o, s:o, s:o}", "code", m->code, "text", text_of(doc, m->first, m->end),
                     "actor_entry", provenance(&c->actors, m->actor), "agent_entry", provenance(&c->agents, m->agent));
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

void dyad_events_write(FILE *out, enum dyad_event_format f, const dyad_coder *c, const dyad_document *doc,
                       const dyad_event_list *events, int32_t published)
{
    for (size_t i = 0; i < events->n; i++) {
        const dyad_event *e = &events->items[i];
        int32_t day = dyad_event_date(doc, e->sentence, published);
        char date_buf[16];
        snprintf(date_buf, sizeof date_buf, "%04d-%02d-%02d", day / 10000, day / 100 % 100, day % 100);
        const char *date = day ? date_buf : NULL;
        const dyad_sentence *s = &doc->sentences[e->sentence];
        const dyad_cameo_code *cc = dyad_cameo_lookup(&c->cameo, e->code);
        char root[3] = {e->code[0], e->code[1], '\0'};
        if (f == DYAD_EVENTS_TSV) {
            fprintf(out, "%s\t%u\t%s\t%s\t%s\t%s\t%s\t", doc->id ? doc->id : "", e->sentence, date ? date : "", e->source.code,
                    e->target.code, e->code, root);
            if (cc) fprintf(out, "%d\t%g\t", cc->quad_class, cc->goldstein); else fputs("\t\t", out);
            fprintf(out, "%s\t", e->reported_by);
            write_tsv_text(out, doc->text + s->start, s->end - s->start);
            fputc('\n', out);
            continue;
        }
        char verb[4200];
        snprintf(verb, sizeof verb, "%s:%u", c->verbs.file, e->pattern ? e->pattern->line : e->block->line);
        json_t *o = json_pack("{s:s?, s:i, s:o, s:s?, s:o, s:o, s:s, s:s, s:o, s:o, s:b, s:o, s:{s:s, s:s, s:o, s:o}}",
            "doc_id", doc->id, "sentence_index", (json_int_t)e->sentence,
            "sentence", json_text(doc->text + s->start, s->end - s->start), "date", date,
            "source", actor_json(c, doc, &e->source), "target", actor_json(c, doc, &e->target),
            "code", e->code, "root", root,
            "quad_class", cc ? json_integer(cc->quad_class) : json_null(),
            "goldstein", cc ? json_real(cc->goldstein) : json_null(),
            "negated", 0,
            "reported_by", e->reported_by[0] ? json_string(e->reported_by) : json_null(),
            "explain", "verb", e->block->name, "verb_pattern", verb,
            "source_entry", provenance(&c->actors, e->source.actor), "target_entry", provenance(&c->actors, e->target.actor));
        if (!o) { fprintf(stderr, "dyad: could not encode an event of document %s as JSON\n", doc->id ? doc->id : ""); continue; }
        json_dumpf(o, out, JSON_COMPACT);
        fputc('\n', out);
        json_decref(o);
    }
}
