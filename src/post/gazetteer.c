/* Reading the gazetteer index (format in gazetteer.h). Fields are read with memcpy so that an
 * index at any alignment (a fuzzer's buffer) reads the same as the one compiled in. */
#include "gazetteer.h"
#include "../text/utf8.h"
#include <stdio.h>
#include <string.h>

static uint32_t u32(const unsigned char *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}
static int32_t i32(const unsigned char *p)
{
    int32_t v;
    memcpy(&v, p, 4);
    return v;
}
static uint16_t u16(const unsigned char *p)
{
    uint16_t v;
    memcpy(&v, p, 2);
    return v;
}

static int fail(char *err, size_t n, size_t offset, const char *what)
{
    snprintf(err, n, "gazetteer index, byte %zu: expected %s", offset, what);
    return -1;
}

/* Is [off, off + count * width) inside the index? */
static int section_fits(size_t size, uint32_t off, uint32_t count, size_t width)
{
    return off <= size && (size - off) / width >= count;
}

static int check_records(const dyad_gazetteer *g, char *err, size_t n)
{
    for (uint32_t i = 0; i < g->n_places; i++) {
        const unsigned char *p = g->base + g->places + (size_t)i * DYAD_GAZ_PLACE;
        for (int f = 16; f <= 24; f += 4)
            if (u32(p + f) >= g->pool_len)
                return fail(err, n, (size_t)(p + f - g->base), "a string offset inside the pool");
        uint16_t c = u16(p + 28);
        if (c != DYAD_GAZ_NO_COUNTRY && c >= g->n_countries)
            return fail(err, n, (size_t)(p + 28 - g->base), "a country index");
        if (p[30] > DYAD_PLACE_NAMED) return fail(err, n, (size_t)(p + 30 - g->base), "a place kind (0-3)");
    }
    for (uint32_t i = 0; i < g->n_names; i++) {
        const unsigned char *p = g->base + g->names + (size_t)i * DYAD_GAZ_NAME;
        if (u32(p) >= g->pool_len) return fail(err, n, (size_t)(p - g->base), "a name key inside the pool");
        if ((u32(p + 4) & ~DYAD_GAZ_ALTERNATE) >= g->n_places)
            return fail(err, n, (size_t)(p + 4 - g->base), "a place index");
        if (i
            && strcmp((const char *)g->base + g->pool + u32(p - DYAD_GAZ_NAME),
                      (const char *)g->base + g->pool + u32(p))
                   > 0)
            return fail(err, n, (size_t)(p - g->base), "names sorted by key");
    }
    for (uint32_t i = 0; i < g->n_countries; i++) {
        const unsigned char *p = g->base + g->countries + (size_t)i * DYAD_GAZ_COUNTRY;
        if (u32(p + 8) >= g->n_places) return fail(err, n, (size_t)(p + 8 - g->base), "a country's place index");
    }
    return 0;
}

/* The slot of a three-letter upper-case code in by_cameo, SIZE_MAX for any other. */
static size_t cameo_slot(const char *code)
{
    size_t slot = 0;
    for (int i = 0; i < 3; i++) {
        if (code[i] < 'A' || code[i] > 'Z') return SIZE_MAX;
        slot = slot * 26 + (size_t)(code[i] - 'A');
    }
    return slot;
}

int dyad_gazetteer_open(dyad_gazetteer *g, const void *data, size_t size, char *err, size_t err_size)
{
    const unsigned char *b = data;
    memset(g, 0, sizeof *g);
    if (size < DYAD_GAZ_HEADER || memcmp(b, DYAD_GAZ_MAGIC, 8) != 0)
        return fail(err, err_size, 0, "the header \"" DYAD_GAZ_MAGIC "\"");
    g->base = b;
    g->size = size;
    g->n_places = u32(b + 8), g->n_names = u32(b + 12), g->n_countries = u32(b + 16);
    g->places = u32(b + 20), g->names = u32(b + 24), g->countries = u32(b + 28);
    g->pool = u32(b + 32), g->pool_len = u32(b + 36);
    uint32_t meta = u32(b + 40);
    if (!section_fits(size, g->places, g->n_places, DYAD_GAZ_PLACE))
        return fail(err, err_size, 20, "places inside the index");
    if (!section_fits(size, g->names, g->n_names, DYAD_GAZ_NAME))
        return fail(err, err_size, 24, "names inside the index");
    if (!section_fits(size, g->countries, g->n_countries, DYAD_GAZ_COUNTRY) || g->n_countries >= DYAD_GAZ_NO_COUNTRY)
        return fail(err, err_size, 28, "countries inside the index");
    if (!section_fits(size, g->pool, g->pool_len, 1) || g->pool_len == 0 || b[g->pool + g->pool_len - 1] != '\0')
        return fail(err, err_size, 32, "a string pool inside the index, ending in NUL");
    if (meta >= g->pool_len) return fail(err, err_size, 40, "the description inside the pool");
    g->meta = (const char *)b + g->pool + meta;
    if (check_records(g, err, err_size) != 0) return -1;
    for (uint32_t i = g->n_countries; i-- > 0;) { /* backwards, so the first country with a code wins */
        size_t slot = cameo_slot((const char *)g->base + g->countries + (size_t)i * DYAD_GAZ_COUNTRY + 5);
        if (slot != SIZE_MAX) g->by_cameo[slot] = (uint16_t)(i + 1);
    }
    return 0;
}

size_t dyad_place_key(const char *s, size_t n, char *out, size_t out_size)
{
    char folded[512];
    size_t f = dyad_utf8_upper_fold(s, n, folded, sizeof folded), o = 0;
    int space = 0;
    for (size_t i = 0; i < f && o + 2 < out_size; i++) {
        unsigned char c = (unsigned char)folded[i];
        if (c < 0x80 && !((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
            space = o > 0;
            continue;
        }
        if (space) out[o++] = ' ';
        space = 0;
        out[o++] = (char)c;
    }
    if (out_size) out[o] = '\0';
    return o;
}

static const char *name_key(const dyad_gazetteer *g, uint32_t i)
{
    return (const char *)g->base + g->pool + u32(g->base + g->names + (size_t)i * DYAD_GAZ_NAME);
}

/* The first name whose key is not below key. */
static uint32_t lower_bound(const dyad_gazetteer *g, const char *key)
{
    uint32_t lo = 0, hi = g->n_names;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (strcmp(name_key(g, mid), key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

size_t dyad_gazetteer_find(const dyad_gazetteer *g, const char *key, uint32_t *out, size_t max)
{
    size_t n = 0;
    for (uint32_t i = lower_bound(g, key); i < g->n_names && n < max && strcmp(name_key(g, i), key) == 0; i++) {
        uint32_t place = u32(g->base + g->names + (size_t)i * DYAD_GAZ_NAME + 4);
        if (!n || (out[n - 1] & ~DYAD_GAZ_ALTERNATE) != (place & ~DYAD_GAZ_ALTERNATE)) out[n++] = place;
    }
    return n;
}

int dyad_gazetteer_has_longer(const dyad_gazetteer *g, const char *key)
{
    char prefix[520];
    size_t len = strlen(key) + 1; /* the key and a space */
    if (len >= sizeof prefix) return 0;
    memcpy(prefix, key, len - 1);
    prefix[len - 1] = ' ';
    prefix[len] = '\0';
    uint32_t i = lower_bound(g, prefix);
    return i < g->n_names && strncmp(name_key(g, i), prefix, len) == 0;
}

void dyad_gazetteer_place(const dyad_gazetteer *g, uint32_t index, dyad_gaz_place *p)
{
    const unsigned char *r = g->base + g->places + (size_t)index * DYAD_GAZ_PLACE;
    const char *pool = (const char *)g->base + g->pool;
    p->index = index;
    p->geonames_id = u32(r);
    p->lat = i32(r + 4) / 1e5;
    p->lon = i32(r + 8) / 1e5;
    p->population = u32(r + 12);
    p->name = pool + u32(r + 16);
    p->admin1 = pool + u32(r + 20);
    p->admin1_name = pool + u32(r + 24);
    p->country = u16(r + 28);
    p->kind = r[30];
    p->flags = r[31];
    const char *c = p->country == DYAD_GAZ_NO_COUNTRY
                        ? "\0\0\0\0\0\0\0\0"
                        : (const char *)g->base + g->countries + (size_t)p->country * DYAD_GAZ_COUNTRY;
    p->iso2 = c, p->iso3 = c + 2, p->cameo = c + 5;
}

uint32_t dyad_gazetteer_country_by_cameo(const dyad_gazetteer *g, const char *cameo)
{
    size_t slot = cameo_slot(cameo);
    if (slot != SIZE_MAX) return g->by_cameo[slot] ? g->by_cameo[slot] - 1u : DYAD_GAZ_NO_COUNTRY;
    for (uint32_t i = 0; i < g->n_countries; i++)
        if (memcmp(g->base + g->countries + (size_t)i * DYAD_GAZ_COUNTRY + 5, cameo, 3) == 0) return i;
    return DYAD_GAZ_NO_COUNTRY;
}

uint32_t dyad_gazetteer_country_place(const dyad_gazetteer *g, uint32_t c)
{
    return u32(g->base + g->countries + (size_t)c * DYAD_GAZ_COUNTRY + 8);
}
