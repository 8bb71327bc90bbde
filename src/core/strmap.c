#include "strmap.h"
#include "xalloc.h"
#include <assert.h>
#include <stdlib.h>
#include <string.h>

/* Eight bytes a step, not FNV's one: `dyad code` looks up some 400 words a sentence. Each word is
 * multiplied in and the high bits are folded down at the end, so that the low bits, which pick
 * the slot, depend on every byte. */
static inline uint64_t hash_bytes(const char *s, size_t n)
{
    const uint64_t k = 0x9E3779B97F4A7C15ULL;
    uint64_t h = (uint64_t)n * k;
    uint64_t w;
    for (; n >= 8; s += 8, n -= 8) {
        memcpy(&w, s, 8);
        h = (h ^ w) * k;
        h ^= h >> 29;
    }
    if (n >= 4) { /* the last 4-7 bytes as two 4-byte reads that may overlap (the length is in h) */
        uint32_t lo, hi;
        memcpy(&lo, s, 4);
        memcpy(&hi, s + n - 4, 4);
        h = (h ^ ((uint64_t)hi << 32 | lo)) * k;
    } else if (n) {
        w = (uint64_t)(unsigned char)s[0] | (uint64_t)(unsigned char)s[n / 2] << 8
            | (uint64_t)(unsigned char)s[n - 1] << 16;
        h = (h ^ w) * k;
    }
    h ^= h >> 32;
    h *= 0xD6E8FEB86659FD93ULL;
    return h ^ (h >> 32);
}

void dyad_strmap_init(dyad_strmap *m) { memset(m, 0, sizeof *m); }

void dyad_strmap_free(dyad_strmap *m)
{
    free(m->slots);
    while (m->key_store) {
        char *next;
        memcpy(&next, m->key_store, sizeof next);
        free(m->key_store);
        m->key_store = next;
    }
    memset(m, 0, sizeof *m);
}

/* Are the n bytes at a and b the same, for n at most 16 (nearly every key is such a word)? Two
 * reads a side that may overlap, never past the end, without calling memcmp, which cost more
 * than the comparison. */
static inline int same_short_bytes(const char *a, const char *b, size_t n)
{
    if (n >= 8) {
        uint64_t a1, a2, b1, b2;
        memcpy(&a1, a, 8);
        memcpy(&b1, b, 8);
        memcpy(&a2, a + n - 8, 8);
        memcpy(&b2, b + n - 8, 8);
        return ((a1 ^ b1) | (a2 ^ b2)) == 0;
    }
    if (n >= 4) {
        uint32_t a1, a2, b1, b2;
        memcpy(&a1, a, 4);
        memcpy(&b1, b, 4);
        memcpy(&a2, a + n - 4, 4);
        memcpy(&b2, b + n - 4, 4);
        return ((a1 ^ b1) | (a2 ^ b2)) == 0;
    }
    return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
}

enum { SHORT_KEY = 16 };

static int same_bytes(const char *a, const char *b, size_t n)
{
    return n <= SHORT_KEY ? same_short_bytes(a, b, n) : memcmp(a, b, n) == 0;
}

static dyad_strmap_slot *find_slot(dyad_strmap_slot *slots, size_t cap, uint32_t hash, const char *key, size_t len)
{
    size_t i = hash & (cap - 1);
    for (;;) {
        dyad_strmap_slot *s = &slots[i];
        if (!s->key || (s->hash == hash && s->key_len == len && same_bytes(s->key, key, len))) return s;
        i = (i + 1) & (cap - 1);
    }
}

static void rehash(dyad_strmap *m, size_t cap)
{
    dyad_strmap_slot *slots = dyad_xcalloc(cap, sizeof *slots);
    for (size_t i = 0; i < m->capacity; i++)
        if (m->slots[i].key)
            *find_slot(slots, cap, m->slots[i].hash, m->slots[i].key, m->slots[i].key_len) = m->slots[i];
    free(m->slots);
    m->slots = slots;
    m->capacity = cap;
}

/* Keys live in chunks that never move, so slot pointers stay valid while the map grows. */
static const char *store_key(dyad_strmap *m, const char *key, size_t len)
{
    if (m->key_store_used + len + 1 > m->key_store_cap || !m->key_store) {
        size_t cap = len + 1 > 256 * 1024 ? len + 1 : 256 * 1024;
        char *chunk = dyad_xmalloc(cap + sizeof(char *));
        /* Chunks are chained through their first bytes so dyad_strmap_free can release them. */
        memcpy(chunk, &m->key_store, sizeof m->key_store);
        m->key_store = chunk;
        m->key_store_used = sizeof(char *);
        m->key_store_cap = cap + sizeof(char *);
    }
    char *p = m->key_store + m->key_store_used;
    memcpy(p, key, len);
    p[len] = '\0';
    m->key_store_used += len + 1;
    return p;
}

uint32_t *dyad_strmap_put(dyad_strmap *m, const char *key, size_t len, uint32_t value)
{
    /* at most half full: most lookups are misses (is this word a prefix of a name?), and a miss
     * ends at the first empty slot */
    /* a key is bytes that exist: a length that wrapped around (a phrase key once did) stops here */
    assert((key || !len) && len <= UINT32_MAX);
    if ((m->count + 1) * 2 >= m->capacity) rehash(m, m->capacity ? m->capacity * 2 : 64);
    uint32_t hash = (uint32_t)hash_bytes(key, len);
    dyad_strmap_slot *s = find_slot(m->slots, m->capacity, hash, key, len);
    if (!s->key) {
        s->key = store_key(m, key, len);
        s->key_len = (uint32_t)len;
        s->hash = hash;
        m->count++;
    }
    s->value = value;
    return &s->value;
}

/* The rest of a lookup whose probe reached slot i, a slot of the same hash and length. */
static inline const uint32_t *probe_from(const dyad_strmap *m, size_t i, uint32_t hash, const char *key, size_t len,
                                         int short_key)
{
    size_t mask = m->capacity - 1;
    for (;; i = (i + 1) & mask) {
        const dyad_strmap_slot *s = &m->slots[i];
        if (!s->key) return NULL;
        if (s->hash == hash && s->key_len == len
            && (short_key ? same_short_bytes(s->key, key, len) : memcmp(s->key, key, len) == 0))
            return &s->value;
    }
}

/* probe_from for a key of at most SHORT_KEY bytes: it calls nothing, so it saves no registers. */
__attribute__((noinline)) static const uint32_t *get_short_from(const dyad_strmap *m, size_t i, uint32_t hash,
                                                                const char *key, size_t len)
{
    return probe_from(m, i, hash, key, len, 1);
}

__attribute__((noinline)) static const uint32_t *get_long_from(const dyad_strmap *m, size_t i, uint32_t hash,
                                                               const char *key, size_t len)
{
    return probe_from(m, i, hash, key, len, 0);
}

uint32_t dyad_strmap_hash(const char *key, size_t len) { return (uint32_t)hash_bytes(key, len); }

const uint32_t *dyad_strmap_get(const dyad_strmap *m, const char *key, size_t len)
{
    return dyad_strmap_get_hashed(m, key, len, (uint32_t)hash_bytes(key, len));
}

const uint32_t *dyad_strmap_get_hashed(const dyad_strmap *m, const char *key, size_t len, uint32_t hash)
{
    assert((key || !len) && len <= UINT32_MAX);
    assert(hash == (uint32_t)hash_bytes(key, len));
    if (!m->capacity) return NULL;
    /* Most lookups end at an empty slot (a miss) or at the first slot of their hash and length:
     * this loop compares no key bytes and calls nothing but get_short_from and get_long_from, so
     * it needs no registers saved and restored, which cost a fifth of a lookup when the comparison
     * was done here. */
    size_t mask = m->capacity - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const dyad_strmap_slot *s = &m->slots[i];
        if (!s->key) return NULL;
        if (s->hash == hash && s->key_len == len)
            return len <= SHORT_KEY ? get_short_from(m, i, hash, key, len) : get_long_from(m, i, hash, key, len);
    }
}
