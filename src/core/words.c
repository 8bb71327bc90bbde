#include "words.h"
#include "xalloc.h"
#include <stdlib.h>
#include <string.h>

void dyad_words_clear(dyad_word_table *w)
{
    w->n_words = 1;
    if (w->slots) memset(w->slots, 0, w->cap_slots * sizeof *w->slots);
}

void dyad_words_free(dyad_word_table *w)
{
    free(w->words);
    free(w->slots);
    memset(w, 0, sizeof *w);
}

uint32_t dyad_words_find(const dyad_word_table *w, const char *text, size_t len, uint32_t hash)
{
    if (!w->cap_slots) return 0;
    size_t mask = w->cap_slots - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        uint32_t id = w->slots[i];
        if (!id) return 0;
        const dyad_word *word = &w->words[id];
        if (word->hash == hash && word->len == len && memcmp(word->text, text, len) == 0) return id;
    }
}

static void place(dyad_word_table *w, uint32_t id)
{
    size_t mask = w->cap_slots - 1, i = w->words[id].hash & mask;
    while (w->slots[i]) i = (i + 1) & mask;
    w->slots[i] = id;
}

/* Keeps the slots at most half full, so that probes stay short. */
static void grow_slots(dyad_word_table *w)
{
    free(w->slots);
    w->cap_slots = w->cap_slots ? 2 * w->cap_slots : 1024;
    w->slots = dyad_xcalloc(w->cap_slots, sizeof *w->slots);
    for (uint32_t id = 1; id < w->n_words; id++) place(w, id);
}

uint32_t dyad_words_add(dyad_word_table *w, const char *text, size_t len, uint32_t hash, uint32_t first_token)
{
    if (!w->n_words) w->n_words = 1;
    dyad_grow((void **)&w->words, &w->cap_words, w->n_words + 1, sizeof *w->words);
    uint32_t id = (uint32_t)w->n_words++;
    w->words[id] = (dyad_word){.text = text, .len = (uint32_t)len, .hash = hash, .first_token = first_token};
    if (2 * w->n_words > w->cap_slots)
        grow_slots(w);
    else
        place(w, id);
    return id;
}
