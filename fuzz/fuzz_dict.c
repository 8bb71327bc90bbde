/* libFuzzer target: arbitrary bytes as an actor, agent, discard, verb-pattern and CAMEO code file. */
#include "core/diag.h"
#include "dict/actors.h"
#include "dict/verbs.h"
#include "dict/cameo.h"
#include <stdint.h>
#include <stdlib.h>

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
    dyad_load_verbs_text(&v, "fuzz.verbs", (const char *)data, size);
    for (size_t i = 0; i < v.n_patterns; i++)
        if (v.patterns[i].first_item + v.patterns[i].n_items > v.n_items || v.patterns[i].block >= v.n_blocks) abort();
    dyad_verb_dict_free(&v);

    dyad_cameo_table t;
    dyad_cameo_init(&t);
    dyad_cameo_load_text(&t, "fuzz.codes", (const char *)data, size);
    dyad_cameo_free(&t);
    return 0;
}
