#include "resources.h"

#define DECLARE(name) extern const char dyad_res_##name##_start[], dyad_res_##name##_end[]
DECLARE(words);
DECLARE(tags);
DECLARE(unknown);
DECLARE(noun_exc);
DECLARE(verb_exc);
DECLARE(adj_exc);
DECLARE(noun_lemmas);
DECLARE(verb_lemmas);
DECLARE(adj_lemmas);

dyad_blob dyad_resource(enum dyad_resource_id id)
{
    static const struct {
        const char *start, *end;
    } table[DYAD_RES_COUNT] = {
        [DYAD_RES_TAGGER_WORDS] = {dyad_res_words_start, dyad_res_words_end},
        [DYAD_RES_TAGGER_TAGS] = {dyad_res_tags_start, dyad_res_tags_end},
        [DYAD_RES_TAGGER_UNKNOWN] = {dyad_res_unknown_start, dyad_res_unknown_end},
        [DYAD_RES_WN_NOUN_EXC] = {dyad_res_noun_exc_start, dyad_res_noun_exc_end},
        [DYAD_RES_WN_VERB_EXC] = {dyad_res_verb_exc_start, dyad_res_verb_exc_end},
        [DYAD_RES_WN_ADJ_EXC] = {dyad_res_adj_exc_start, dyad_res_adj_exc_end},
        [DYAD_RES_WN_NOUN_LEMMAS] = {dyad_res_noun_lemmas_start, dyad_res_noun_lemmas_end},
        [DYAD_RES_WN_VERB_LEMMAS] = {dyad_res_verb_lemmas_start, dyad_res_verb_lemmas_end},
        [DYAD_RES_WN_ADJ_LEMMAS] = {dyad_res_adj_lemmas_start, dyad_res_adj_lemmas_end},
    };
    dyad_blob b = {table[id].start, (size_t)(table[id].end - table[id].start)};
    return b;
}
