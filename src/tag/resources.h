/* Model data compiled into the binary at build time from Debian packages:
 * the Lingua::EN::Tagger lexicon and tag bigrams (GPL-3) and WordNet 3.0 word lists (WordNet licence). */
#ifndef DYAD_RESOURCES_H
#define DYAD_RESOURCES_H
#include <stddef.h>

typedef struct {
    const char *data;
    size_t size;
} dyad_blob;

enum dyad_resource_id {
    DYAD_RES_TAGGER_WORDS,
    DYAD_RES_TAGGER_TAGS,
    DYAD_RES_TAGGER_UNKNOWN,
    DYAD_RES_WN_NOUN_EXC,
    DYAD_RES_WN_VERB_EXC,
    DYAD_RES_WN_ADJ_EXC,
    DYAD_RES_WN_NOUN_LEMMAS,
    DYAD_RES_WN_VERB_LEMMAS,
    DYAD_RES_WN_ADJ_LEMMAS,
    DYAD_RES_COUNT
};

dyad_blob dyad_resource(enum dyad_resource_id id);
#endif
