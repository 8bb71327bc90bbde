/* The claims of an event in its record (record.h), which every output reads. */
#include "claims.h"
#include "post.h"
#include <string.h>

_Static_assert(DYAD_N_CASUALTY_KINDS == DYAD_RECORD_CASUALTY_KINDS, "record.h has one figure per casualty kind");

static dyad_event_actor who(const dyad_dictset *c, const dyad_document *doc, const dyad_actor_match *m)
{
    return dyad_event_actor_of(c, doc, m);
}

void dyad_record_figures(dyad_record_figure *out, const dyad_document *doc, const dyad_figure *figures)
{
    for (int k = 0; k < DYAD_N_CASUALTY_KINDS; k++) {
        const dyad_figure *f = &figures[k];
        dyad_record_figure *r = &out[k];
        memset(r, 0, sizeof *r);
        if (!f->have) continue;
        r->have = 1;
        r->min = f->range.min;
        r->max = f->range.max;
        r->text = doc->text + doc->tokens[f->first].start;
        r->text_len = doc->tokens[f->end - 1].end - doc->tokens[f->first].start;
        r->reported_by = f->reported_by.code;
    }
}

void dyad_event_record_add_claims(dyad_event_record *r, const dyad_dictset *c, const dyad_document *doc,
                                  const dyad_claims *claims, size_t i)
{
    const dyad_event_claim *ec = &claims->events[i];
    r->has_claims = 1;
    r->event_index = (uint32_t)i;
    r->status = dyad_status_name((enum dyad_status)ec->status);
    r->claimed_by = who(c, doc, &ec->claimed_by);
    r->disputed_by = who(c, doc, &ec->disputed_by);
    r->disputed_in = ec->disputed_in;
    r->disputed_by_event = ec->disputed_by_event;
    r->disputes = ec->disputes;
    r->n_disputes = ec->n_disputes;
    dyad_record_figures(r->casualties, doc, ec->casualties);
}
