/* Open-addressing hash map from byte strings to 32-bit values. Keys are copied into the map. */
#ifndef DYAD_STRMAP_H
#define DYAD_STRMAP_H
#include <stddef.h>
#include <stdint.h>

typedef struct {
    const char *key;
    uint32_t key_len;
    uint32_t value;
    uint32_t hash; /* compared before the key, so most probes never touch the key's bytes */
} dyad_strmap_slot;

typedef struct {
    dyad_strmap_slot *slots;
    size_t capacity, count;
    char *key_store;
    size_t key_store_used, key_store_cap;
} dyad_strmap;

void dyad_strmap_init(dyad_strmap *m);
void dyad_strmap_free(dyad_strmap *m);
/* Inserts or replaces; returns the slot's value pointer for in-place updates. */
uint32_t *dyad_strmap_put(dyad_strmap *m, const char *key, size_t len, uint32_t value);
/* Returns a pointer to the value, or NULL. */
const uint32_t *dyad_strmap_get(const dyad_strmap *m, const char *key, size_t len);
/* The hash of a key, the same for every map: a key looked up in several maps (a word in each
 * dictionary) is hashed once, and found with dyad_strmap_get_hashed. */
uint32_t dyad_strmap_hash(const char *key, size_t len);
const uint32_t *dyad_strmap_get_hashed(const dyad_strmap *m, const char *key, size_t len, uint32_t hash);
#endif
