/* Applying PETRARCH-2's transformations (see apply_transforms.h and dict/transforms.h). */
#include "apply_transforms.h"
#include "../actors/codes.h"
#include "../dict/transforms.h"
#include "../core/strcopy.h"
#include <string.h>

/* Who governs an event: the verb group and the speaker (its subject) of the clause above a
 * reported clause, or of the event's own clause when the event is its verb's infinitive. */
typedef struct {
    uint32_t verb_chunk, subject;
    int infinitive; /* the event is the governing verb's infinitive: its source is not written */
} governor;

static int governor_of(const dyad_document *doc, const dyad_event *e, governor *g)
{
    const dyad_clause *cl = &doc->clauses[e->clause];
    uint32_t event_verb = doc->tokens[e->verb_token].chunk_index;
    if (cl->verb != DYAD_NO_CHUNK && event_verb != cl->verb) {
        *g = (governor){cl->verb, cl->subject, 1};
        return 1;
    }
    if (cl->kind != DYAD_CLAUSE_REPORTED || cl->parent == UINT32_MAX || doc->clauses[cl->parent].verb == DYAD_NO_CHUNK)
        return 0;
    *g = (governor){doc->clauses[cl->parent].verb, doc->clauses[cl->parent].subject, 0};
    return 1;
}

/* The actors bound to variables while matching, by letter. */
typedef struct {
    char name[4];
    const dyad_actor_match *actor[4];
    int n;
} bindings;

static const dyad_actor_match *value_of(const bindings *b, char v)
{
    for (int i = 0; i < b->n; i++)
        if (b->name[i] == v) return b->actor[i];
    return NULL;
}

/* Matches a variable of the inner event to its actor: a bound one must be the same actor, a
 * country and its own agents counting as one ("Russia said its forces attacked": a is both). */
static int bind(bindings *b, char v, const dyad_actor_match *actor)
{
    if (v == '.') return 1;
    const dyad_actor_match *known = value_of(b, v);
    if (known) return dyad_codes_are_one_actor(known->code, actor->code);
    if (b->n == 4) return 0;
    b->name[b->n] = v;
    b->actor[b->n++] = actor;
    return 1;
}

static int matches(const dyad_verb_transform *t, const dyad_event *e, uint32_t event_block,
                   const dyad_verb_entry *governing, const governor *g, const dyad_actor_match *speaker, bindings *b)
{
    if (t->governing_block != governing->block && t->governing_block != governing->also_block) return 0;
    if (t->inner_block != DYAD_ANY_BLOCK && t->inner_block != event_block) return 0;
    b->n = 0;
    bind(b, t->speaker, speaker);
    /* "_": no source written, the governing verb's infinitive, whose actor is the speaker */
    if (t->inner_source == '_' ? !g->infinitive : !bind(b, t->inner_source, &e->source)) return 0;
    return bind(b, t->inner_target, &e->target);
}

void dyad_apply_transforms(const dyad_verb_dict *verbs, const dyad_pattern_index *words, dyad_actor_context *actors,
                           dyad_event_list *events, size_t first, FILE *trace)
{
    const dyad_document *doc = words->doc;
    for (size_t i = first; i < events->n; i++) {
        dyad_event *e = &events->items[i];
        governor g;
        dyad_actor_match speaker;
        if (!governor_of(doc, e, &g) || g.subject == DYAD_NO_CHUNK || !dyad_actor_of(actors, g.subject, &speaker))
            continue;
        const dyad_verb_entry *governing = dyad_lookup_verb(words, g.verb_chunk);
        if (!governing) continue;
        uint32_t event_block = (uint32_t)(e->block - verbs->blocks);
        for (size_t r = 0; r < verbs->n_transforms; r++) {
            const dyad_verb_transform *t = &verbs->transforms[r];
            bindings b;
            if (!matches(t, e, event_block, governing, &g, &speaker, &b)) continue;
            const dyad_actor_match *source = value_of(&b, t->out_source), *target = value_of(&b, t->out_target);
            if (dyad_codes_are_one_actor(source->code, target->code)) continue;
            if (trace)
                fprintf(trace, "  transformation (%s:%u): %s -> %s %s becomes %s -> %s %s\n",
                        verbs->files[t->file].name, t->line, e->source.code, e->target.code, e->code, source->code,
                        target->code, t->code[0] ? t->code : e->code);
            dyad_event changed = *e;
            changed.source = *source;
            changed.target = *target;
            if (t->code[0]) dyad_copy_str(changed.code, sizeof changed.code, t->code);
            *e = changed;
            break;
        }
    }
}
