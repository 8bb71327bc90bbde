/* The gazetteer: GeoNames places (cities of 500 people or more, first-level regions, countries)
 * in a compact binary index that is built at compile time (gazetteer_build.c) and compiled into
 * the binary. Names are found by a folded key (dyad_place_key), so "Kupyansk", "Kupiansk" and
 * "KUPIANSK" find the same place. The reader checks every offset once when it opens an index,
 * so a damaged or hostile index is refused instead of read out of bounds.
 *
 * Layout (little-endian u32 unless said): header "DYADGAZ1", n_places, n_names, n_countries,
 * places_off, names_off, countries_off, pool_off, pool_len, meta (pool offset); places of 32
 * bytes {id, lat*1e5 (i32), lon*1e5 (i32), population, name, admin1 code, admin1 name,
 * country (u16 index), kind (u8), flags (u8)}; names of 8 bytes {key, place | ALTERNATE}
 * sorted by key;
 * countries of 12 bytes {iso2[2], iso3[3], cameo[3], place}; a pool of NUL-terminated strings. */
#ifndef DYAD_GAZETTEER_H
#define DYAD_GAZETTEER_H
#include <stddef.h>
#include <stdint.h>

enum dyad_place_kind {
    DYAD_PLACE_CITY,
    DYAD_PLACE_ADMIN1,
    DYAD_PLACE_COUNTRY,
    DYAD_PLACE_NAMED /* a name from data/dict/places.actors.txt known only by its country */
};
enum { DYAD_GAZ_CAPITAL = 1 }; /* place flags */
#define DYAD_GAZ_MAGIC      "DYADGAZ1"
#define DYAD_GAZ_HEADER     48
#define DYAD_GAZ_PLACE      32
#define DYAD_GAZ_NAME       8
#define DYAD_GAZ_COUNTRY    12
#define DYAD_GAZ_NO_COUNTRY 0xFFFFu
#define DYAD_GAZ_ALTERNATE  0x80000000u /* in a name's place index: an alternate name, not the main one */

typedef struct {
    const unsigned char *base;
    size_t size;
    uint32_t n_places, n_names, n_countries;
    uint32_t places, names, countries, pool, pool_len;
    const char *meta;
    /* country index + 1 by CAMEO code ("AAA" to "ZZZ"), 0 for none: every event asks for the
     * countries of its actors, and a scan of the countries cost more than placing the event */
    uint16_t by_cameo[26 * 26 * 26];
} dyad_gazetteer;

typedef struct {
    uint32_t index, geonames_id; /* geonames_id 0 when the place has none (regions, countries) */
    double lat, lon;
    uint32_t population;
    const char *name, *admin1, *admin1_name; /* "" when unknown */
    const char *iso2, *iso3, *cameo;         /* 2 and 3 letters, not NUL-terminated: use the lengths */
    uint32_t country;                        /* index of the country, DYAD_GAZ_NO_COUNTRY when none */
    uint8_t kind, flags;
} dyad_gaz_place;

/* Opens an index of size bytes at data (which must outlive g). Returns 0, or -1 with a message
 * naming the byte offset and what was expected in err. */
int dyad_gazetteer_open(dyad_gazetteer *g, const void *data, size_t size, char *err, size_t err_size);
/* The index compiled into dyad, opened once; NULL (after a message on stderr) if it is damaged. */
const dyad_gazetteer *dyad_gazetteer_builtin(void);

/* Folds a name for lookups: upper case, accents stripped (as dictionary names are folded), and
 * every run of ASCII characters other than letters and digits made one space, trimmed. */
size_t dyad_place_key(const char *s, size_t n, char *out, size_t out_size);
/* The places whose name or alternate name has key; up to max indices in out (with
 * DYAD_GAZ_ALTERNATE set for alternate names), returns the count. */
size_t dyad_gazetteer_find(const dyad_gazetteer *g, const char *key, uint32_t *out, size_t max);
/* Is some name longer than key and starting with key and a space? (lets a lookup stop early) */
int dyad_gazetteer_has_longer(const dyad_gazetteer *g, const char *key);
void dyad_gazetteer_place(const dyad_gazetteer *g, uint32_t index, dyad_gaz_place *p);
/* The country whose CAMEO code starts cameo (3 letters); its index or DYAD_GAZ_NO_COUNTRY. */
uint32_t dyad_gazetteer_country_by_cameo(const dyad_gazetteer *g, const char *cameo);
/* The place record of country c (an index from dyad_gaz_place or the function above). */
uint32_t dyad_gazetteer_country_place(const dyad_gazetteer *g, uint32_t c);
#endif
