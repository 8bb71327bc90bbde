/* Filling the event record from the coder's event (see record.h). */
#include "post.h"
#include "dates.h"
#include "places.h"
#include "../events/factuality.h"
#include <string.h>

/* A dictionary file by its name in the dictionary folder (record.h). */
static const char *file_name(const char *path)
{
    const char *slash = path ? strrchr(path, '/') : NULL;
    return slash ? slash + 1 : path;
}

static dyad_entry_ref entry_ref(const dyad_phrase_dict *d, const dyad_actor_entry *e)
{
    dyad_entry_ref r = {e ? file_name(d->files[e->file]) : NULL, e ? e->line : 0};
    return r;
}

dyad_event_actor dyad_event_actor_of(const dyad_dictset *c, const dyad_document *doc, const dyad_actor_match *m)
{
    dyad_event_actor a = {m->code, NULL, 0, 0, entry_ref(&c->actors, m->actor), entry_ref(&c->agents, m->agent)};
    if (m->first < m->end) {
        const dyad_token *first = &doc->tokens[m->first], *last = &doc->tokens[m->end - 1];
        a.text = doc->text + first->start;
        a.text_len = last->end - first->start;
        a.start = first->start;
    }
    return a;
}

/* "drone strikes on Kyiv", "shelled Damascus": force used on a capital named as the place it hit
 * hits the country there, not the government the capital stands for when it speaks or is spoken
 * to ("Moscow said", "warned Kyiv"). Only when the target's words are the event's city, and not
 * by the country's own rebels ("Syrian rebels seized Damascus"), who fight its state. */
static void capital_struck_as_place(dyad_event_record *r)
{
    const dyad_event_place *p = &r->place;
    const char *t = r->target.code;
    if (!p->name || strcmp(p->source, "target") != 0 || strcmp(p->precision, "city") != 0) return;
    if (strcmp(r->root, "18") < 0 || strcmp(r->root, "20") > 0) return;
    if (!t || strlen(t) != 6 || strcmp(t + 3, "GOV") != 0 || strncmp(t, p->iso3, 3) != 0) return;
    if (r->source.code && strncmp(r->source.code, t, 3) == 0) return;
    if (r->target.start != p->start || r->target.text_len != p->end - p->start) return;
    memcpy(r->struck_country, t, 3);
    r->struck_country[3] = '\0';
    r->target.code = r->struck_country;
}

void dyad_event_record_fill(dyad_event_record *r, const dyad_dictset *c, const dyad_document *doc,
                            const dyad_dateline *dateline, const dyad_event *e, int32_t published)
{
    const dyad_sentence *s = &doc->sentences[e->sentence];
    memset(r, 0, sizeof *r);
    r->doc_id = doc->id;
    r->dict_version = c->version;
    r->url = doc->url;
    r->title = doc->title;
    r->article_source = doc->source;
    r->sentence_index = e->sentence;
    r->sentence = doc->text + s->start;
    r->sentence_len = s->end - s->start;
    dyad_time t = dyad_event_time(doc, e->sentence, e->clause, published);
    r->date = t.date;
    r->date_precision = dyad_date_precision_name((enum dyad_date_precision)t.precision);
    r->background = dyad_time_is_background(t, published);
    r->source = dyad_event_actor_of(c, doc, &e->source);
    r->target = dyad_event_actor_of(c, doc, &e->target);
    r->code = e->code;
    r->root[0] = e->code[0];
    r->root[1] = e->code[1];
    r->root[2] = '\0';
    r->cameo = dyad_cameo_lookup(&c->cameo, e->code);
    r->reported_by = e->reported_by;
    r->factuality = dyad_factuality_name((enum dyad_factuality)e->factuality);
    r->verb = e->block->name;
    /* the pattern may come from the second block that lists the verb, in another file */
    r->verb_pattern.file =
        file_name(dyad_verb_block_file(&c->verbs, e->pattern ? &c->verbs.blocks[e->pattern->block] : e->block));
    r->verb_pattern.line = e->pattern ? e->pattern->line : e->block->line;
    dyad_event_place_find(&r->place, &c->actors, doc, dateline, e, NULL);
    capital_struck_as_place(r);
}
