/* dyad serve's JSON answers for events and their evidence (see api.h). */
#include "api.h"
#include "../core/xalloc.h"
#include "../text/utf8.h"
#include <stdlib.h>
#include <string.h>

json_t *dyad_json_text(const char *s)
{
    if (!s) return json_null();
    json_t *j = json_string(s);
    if (j) return j;
    /* Not UTF-8 (the store cleans what it writes, but the file may come from elsewhere). */
    size_t n = strlen(s), o = 0;
    char *fixed = dyad_xmalloc(n * 3 + 1);
    for (size_t i = 0; i < n;) {
        int len, invalid;
        uint32_t cp = dyad_utf8_decode((const unsigned char *)s + i, n - i, &len, &invalid);
        o += (size_t)dyad_utf8_encode(invalid ? 0xFFFD : cp, fixed + o);
        i += (size_t)len;
    }
    fixed[o] = '\0';
    j = json_string(fixed);
    free(fixed);
    return j ? j : json_null();
}

static json_t *date_json(int32_t d)
{
    if (!d) return json_null();
    char buf[16];
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100);
    return json_string(buf);
}

static json_t *event_json(const dyad_stored_event *e)
{
    json_t *o = json_object();
    json_object_set_new(o, "id", json_integer(e->id));
    json_object_set_new(o, "date", date_json(e->date));
    json_object_set_new(o, "source", dyad_json_text(e->source));
    json_object_set_new(o, "target", dyad_json_text(e->target));
    json_object_set_new(o, "code", dyad_json_text(e->code));
    json_object_set_new(o, "root", dyad_json_text(e->root));
    json_object_set_new(o, "quad_class", e->quad_class ? json_integer(e->quad_class) : json_null());
    json_object_set_new(o, "goldstein", e->quad_class ? json_real(e->goldstein) : json_null());
    json_object_set_new(o, "num_mentions", json_integer(e->mentions));
    json_object_set_new(o, "num_sources", json_integer(e->sources));
    json_object_set_new(o, "num_articles", json_integer(e->articles));
    json_object_set_new(o, "doc_id", dyad_json_text(e->doc_id));
    json_object_set_new(o, "url", dyad_json_text(e->url));
    json_object_set_new(o, "sentence", dyad_json_text(e->sentence));
    json_object_set_new(o, "source_text", dyad_json_text(e->source_text));
    json_object_set_new(o, "target_text", dyad_json_text(e->target_text));
    json_object_set_new(o, "factuality", dyad_json_text(e->factuality));
    json_object_set_new(o, "date_precision", dyad_json_text(e->date_precision));
    json_object_set_new(o, "background", e->background >= 0 ? json_boolean(e->background) : json_null());
    return o;
}

typedef struct {
    json_t *events;
    long long wanted;
    int more;
} page_ctx;

static int page_row(void *ctx, const dyad_stored_event *e)
{
    page_ctx *p = ctx;
    if ((long long)json_array_size(p->events) == p->wanted) {
        p->more = 1;
        return 1;
    }
    json_array_append_new(p->events, event_json(e));
    return 0;
}

/* Without full-text search (or claims) the page's events are found in memory and read by id: a deep page or a
 * broad actor prefix costs the database no more than the first page. */
static int page_from_memory(dyad_stats_cache *c, dyad_store *s, const dyad_store_filter *f, page_ctx *p)
{
    long long ids[DYAD_API_MAX_LIMIT];
    size_t n;
    if (dyad_stats_page(c, s, f, ids, &n, &p->more) != 0) return -1;
    for (size_t i = 0; i < n; i++) {
        dyad_store_filter one = {0};
        one.id = ids[i];
        one.limit = 1;
        if (dyad_store_query(s, &one, page_row, p) != 0) return -1;
    }
    return 0;
}

json_t *dyad_api_events(dyad_stats_cache *c, dyad_store *s, const dyad_store_filter *f)
{
    page_ctx p = {json_array(), f->limit, 0};
    int rc;
    if (!dyad_stats_in_memory(f)) {
        dyad_store_filter g = *f;
        g.limit = f->limit + 1; /* one more tells whether there is a next page */
        rc = dyad_store_query(s, &g, page_row, &p);
    } else {
        rc = page_from_memory(c, s, f, &p);
    }
    if (rc != 0) {
        json_decref(p.events);
        return NULL;
    }
    return json_pack("{sosIsIsb}", "events", p.events, "limit", (json_int_t)f->limit, "offset", (json_int_t)f->offset,
                     "more", p.more);
}

static int one_event(void *ctx, const dyad_stored_event *e)
{
    *(json_t **)ctx = event_json(e);
    return 1;
}

static json_t *span_json(const char *text, dyad_span sp)
{
    return json_pack("{sosIsI}", "text", dyad_json_text(text), "start", (json_int_t)sp.start, "end",
                     (json_int_t)sp.end);
}

typedef struct {
    json_t *mentions;
    const dyad_tagger *tagger;
    int more;
} mentions_ctx;

static json_t *entries_json(const dyad_stored_mention *m)
{
    return json_pack("{sosososososo}", "source_actor", dyad_json_text(m->source_actor_entry), "source_agent",
                     dyad_json_text(m->source_agent_entry), "target_actor", dyad_json_text(m->target_actor_entry),
                     "target_agent", dyad_json_text(m->target_agent_entry), "verb_pattern",
                     dyad_json_text(m->verb_pattern), "verb", dyad_json_text(m->verb));
}

static json_t *article_json(const dyad_stored_mention *m)
{
    return json_pack("{sosososososo}", "doc_id", dyad_json_text(m->doc_id), "url", dyad_json_text(m->url), "title",
                     dyad_json_text(m->title), "source", dyad_json_text(m->article_source), "input",
                     dyad_json_text(m->input), "published", date_json(m->published));
}

static int mention_row(void *ctx, const dyad_stored_mention *m)
{
    mentions_ctx *c = ctx;
    if (json_array_size(c->mentions) == DYAD_API_MAX_MENTIONS) {
        c->more = 1;
        return 1;
    }
    dyad_span sp[3];
    dyad_find_spans(c->tagger, m->sentence, m->source_text, m->target_text, m->verb, sp);
    json_t *o = json_object();
    json_object_set_new(o, "id", json_integer(m->id));
    json_object_set_new(o, "sentence_index", json_integer(m->sentence_index));
    json_object_set_new(o, "sentence", dyad_json_text(m->sentence));
    json_object_set_new(o, "source", span_json(m->source_text, sp[0]));
    json_object_set_new(o, "target", span_json(m->target_text, sp[1]));
    json_object_set_new(o, "verb", span_json(m->verb, sp[2]));
    json_object_set_new(o, "reported_by", dyad_json_text(m->reported_by));
    json_object_set_new(o, "entries", entries_json(m));
    json_object_set_new(o, "article", article_json(m));
    json_array_append_new(c->mentions, o);
    return 0;
}

json_t *dyad_api_event(dyad_store *s, const dyad_tagger *tagger, long long id, int *found)
{
    dyad_store_filter f = {0};
    f.id = id;
    f.limit = 1;
    json_t *event = NULL;
    *found = 0;
    if (dyad_store_query(s, &f, one_event, &event) != 0) return NULL;
    if (!event) return json_object();
    *found = 1;
    mentions_ctx c = {json_array(), tagger, 0};
    if (dyad_store_mentions(s, id, DYAD_API_MAX_MENTIONS + 1, mention_row, &c) != 0) {
        json_decref(event);
        json_decref(c.mentions);
        return NULL;
    }
    return json_pack("{sososb}", "event", event, "mentions", c.mentions, "more", c.more);
}
