/* The gazetteer index: names found by folded keys, homonyms, regions and countries, and
 * damaged indexes refused with the byte offset at fault. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "post/gazetteer.h"
#include <stdlib.h>
#include <string.h>

static void keys_fold_case_accents_and_punctuation(void **state)
{
    (void)state;
    char key[64];
    dyad_place_key("Kup'yansk", 9, key, sizeof key);
    assert_string_equal(key, "KUP YANSK");
    dyad_place_key("Ivano-Frankivsk", 15, key, sizeof key);
    assert_string_equal(key, "IVANO FRANKIVSK");
    dyad_place_key("  Bogotá ", 9, key, sizeof key);
    assert_string_equal(key, "BOGOTA");
    dyad_place_key("St. Petersburg", 14, key, sizeof key);
    assert_string_equal(key, "ST PETERSBURG");
    /* letters with a stroke, which Unicode does not decompose, fold to their Latin letter */
    dyad_place_key("Łódź", strlen("Łódź"), key, sizeof key);
    assert_string_equal(key, "LODZ");
    dyad_place_key("Đakovo", strlen("Đakovo"), key, sizeof key);
    assert_string_equal(key, "DAKOVO");
    dyad_place_key("Tromsø", strlen("Tromsø"), key, sizeof key);
    assert_string_equal(key, "TROMSO");
}

/* The first place with key in country iso2 and kind, or NULL. */
static int find_in(const dyad_gazetteer *g, const char *key, const char *iso2, int kind, dyad_gaz_place *out)
{
    uint32_t found[64];
    size_t n = dyad_gazetteer_find(g, key, found, 64);
    for (size_t i = 0; i < n; i++) {
        dyad_gazetteer_place(g, found[i] & ~DYAD_GAZ_ALTERNATE, out);
        if (memcmp(out->iso2, iso2, 2) == 0 && out->kind == kind) return 1;
    }
    return 0;
}

static void builtin_index_finds_places(void **state)
{
    (void)state;
    const dyad_gazetteer *g = dyad_gazetteer_builtin();
    assert_non_null(g);
    assert_true(g->n_places > 100000);
    assert_non_null(strstr(g->meta, "CC BY 4.0"));
    dyad_gaz_place p;
    assert_true(find_in(g, "KUPYANSK", "UA", DYAD_PLACE_CITY, &p)); /* an alternate name */
    assert_true(find_in(g, "KUPIANSK", "UA", DYAD_PLACE_CITY, &p));
    assert_int_equal(p.geonames_id, 703656);
    assert_true(find_in(g, "POKROVSK", "UA", DYAD_PLACE_CITY, &p)); /* and another in Russia */
    assert_true(find_in(g, "POKROVSK", "RU", DYAD_PLACE_CITY, &p));
    assert_true(find_in(g, "DONETSK", "UA", DYAD_PLACE_ADMIN1, &p));
    assert_string_equal(p.admin1, "05");
    assert_true(find_in(g, "UKRAINE", "UA", DYAD_PLACE_COUNTRY, &p));
    assert_memory_equal(p.iso3, "UKR", 3);
    assert_memory_equal(p.cameo, "UKR", 3);
    assert_true(find_in(g, "KOSOVO", "XK", DYAD_PLACE_COUNTRY, &p));
    assert_memory_equal(p.cameo, "KSV", 3);
    assert_true(find_in(g, "MOSCOW", "RU", DYAD_PLACE_CITY, &p));
    assert_true(p.flags & DYAD_GAZ_CAPITAL);
    assert_true(p.lat > 55 && p.lat < 56.5 && p.lon > 37 && p.lon < 38.5);
    assert_true(dyad_gazetteer_has_longer(g, "NOVI")); /* Novi Sad */
    assert_int_not_equal(dyad_gazetteer_country_by_cameo(g, "UKR"), DYAD_GAZ_NO_COUNTRY);
    assert_int_equal(dyad_gazetteer_country_by_cameo(g, "IGO"), DYAD_GAZ_NO_COUNTRY);
}

static void set32(unsigned char *b, size_t at, uint32_t v) { memcpy(b + at, &v, 4); }

/* A copy of the built-in index, damaged by damage(), must be refused with a message. */
static void refused(void (*damage)(unsigned char *, size_t *), const char *expected)
{
    const dyad_gazetteer *g = dyad_gazetteer_builtin();
    size_t size = g->size;
    unsigned char *copy = malloc(size);
    memcpy(copy, g->base, size);
    damage(copy, &size);
    dyad_gazetteer bad;
    char err[160] = "";
    assert_int_equal(dyad_gazetteer_open(&bad, copy, size, err, sizeof err), -1);
    assert_non_null(strstr(err, expected));
    free(copy);
}

static void truncate_it(unsigned char *b, size_t *size)
{
    (void)b;
    *size /= 2;
}
static void bad_magic(unsigned char *b, size_t *size)
{
    (void)size;
    b[0] = 'X';
}
static void huge_count(unsigned char *b, size_t *size)
{
    (void)size;
    set32(b, 8, 0x7fffffff);
}
static void name_past_pool(unsigned char *b, size_t *size)
{
    (void)size;
    uint32_t places;
    memcpy(&places, b + 20, 4);
    set32(b, places + 16, 0xfffffff0u);
}
static void unsorted(unsigned char *b, size_t *size)
{
    (void)size;
    uint32_t names;
    memcpy(&names, b + 24, 4);
    unsigned char tmp[8];
    memcpy(tmp, b + names, 8);
    memcpy(b + names, b + names + 8 * 1000, 8);
    memcpy(b + names + 8 * 1000, tmp, 8);
}

static void damaged_indexes_are_refused(void **state)
{
    (void)state;
    refused(bad_magic, "byte 0: expected the header");
    refused(truncate_it, "expected");
    refused(huge_count, "byte 20: expected places inside the index");
    refused(name_past_pool, "expected a string offset inside the pool");
    refused(unsorted, "expected names sorted by key");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(keys_fold_case_accents_and_punctuation),
        cmocka_unit_test(builtin_index_finds_places),
        cmocka_unit_test(damaged_indexes_are_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
