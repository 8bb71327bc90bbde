/* libFuzzer target: arbitrary bytes as an actor, agent, discard, verb-pattern and CAMEO code file;
 * every verb pattern loaded is walked as the coder walks it. */
#include "core/diag.h"
#include "dict/actors.h"
#include "dict/verbs.h"
#include "dict/cameo.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static volatile unsigned sink; /* keeps the walk's reads */

/* What a pattern item refers to exists, and the only `*` is the verb's (a second one would be
 * matched as a synset). */
static unsigned check_item(const dyad_verb_dict *v, const dyad_pattern_item *it, int after_verb)
{
    if (it->kind == DYAD_PI_VERB && after_verb) abort();
    if (it->kind == DYAD_PI_WORD && it->ref >= v->n_words) abort();
    if (it->kind == DYAD_PI_SYNSET && it->ref >= v->n_synsets) abort();
    return it->kind == DYAD_PI_SYNSET ? (unsigned)dyad_synset_has_word(v, it->ref, 0) : it->joined;
}

/* Walks a pattern's items as the coder's matcher does: backwards from the `*` (each item and
 * whether the next is joined to it), then forwards after it. The items are copied to a block of
 * their own size, so that reading past the pattern is a heap overflow under ASan. */
static void walk_pattern(const dyad_verb_dict *v, const dyad_verb_pattern *p)
{
    dyad_pattern_item *items = malloc((p->n_items ? p->n_items : 1) * sizeof *items);
    if (!items) abort();
    memcpy(items, v->items + p->first_item, p->n_items * sizeof *items);
    uint32_t verb_at = p->n_items;
    for (uint32_t i = 0; i < p->n_items; i++)
        if (items[i].kind == DYAD_PI_VERB) {
            verb_at = i;
            break;
        }
    for (uint32_t i = verb_at; i-- > 0;) sink += check_item(v, &items[i], 0) + items[i + 1].joined;
    for (uint32_t i = verb_at + 1; i < p->n_items; i++) sink += check_item(v, &items[i], 1);
    free(items);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dyad_warnings_quiet(1);
    dyad_phrase_dict d;
    dyad_phrase_dict_init(&d);
    dyad_load_actors_text(&d, "fuzz.actors", (const char *)data, size);
    for (size_t i = 0; i < d.n_entries; i++) {
        dyad_actor_code(&d, &d.entries[i], 20250101);
        if (d.entries[i].first_code + d.entries[i].n_codes > d.n_codes) abort();
    }
    dyad_phrase_dict_free(&d);
    dyad_phrase_dict_init(&d);
    dyad_load_agents_text(&d, "fuzz.agents", (const char *)data, size);
    dyad_phrase_dict_free(&d);
    dyad_phrase_dict_init(&d);
    dyad_load_discards_text(&d, "fuzz.discards", (const char *)data, size);
    dyad_phrase_dict_free(&d);

    dyad_verb_dict v;
    dyad_verb_dict_init(&v);
    /* the whole input, then its second half as a second file (files share words and verbs) */
    dyad_load_verbs_text(&v, "fuzz.verbs", (const char *)data, size);
    dyad_load_verbs_text(&v, "fuzz2.verbs", (const char *)data + size / 2, size - size / 2);
    for (size_t i = 0; i < v.n_patterns; i++) {
        if (v.patterns[i].first_item + v.patterns[i].n_items > v.n_items || v.patterns[i].block >= v.n_blocks) abort();
        walk_pattern(&v, &v.patterns[i]);
    }
    for (size_t i = 0; i < v.n_blocks; i++)
        if (v.blocks[i].file >= v.n_files || !dyad_verb_block_file(&v, &v.blocks[i])
            || dyad_verb_block_petrarch2(&v, &v.blocks[i]) > 1)
            abort();
    dyad_verb_dict_free(&v);

    dyad_cameo_table t;
    dyad_cameo_init(&t);
    dyad_cameo_load_text(&t, "fuzz.codes", (const char *)data, size);
    dyad_cameo_free(&t);
    return 0;
}
