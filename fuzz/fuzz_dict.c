/* libFuzzer target: arbitrary bytes as an actor file and as an agent file. */
#include "core/diag.h"
#include "dict/actors.h"
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
    return 0;
}
