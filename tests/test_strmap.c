/* The hash map under the lexicon and the dictionaries. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include "core/arena.h"
#include "core/strmap.h"

static void put_get_replace_and_grow(void **state)
{
    (void)state;
    dyad_strmap m;
    dyad_strmap_init(&m);
    char key[32];
    for (uint32_t i = 0; i < 50000; i++) {
        int n = snprintf(key, sizeof key, "key%u", i);
        dyad_strmap_put(&m, key, (size_t)n, i);
    }
    assert_int_equal(m.count, 50000);
    for (uint32_t i = 0; i < 50000; i += 997) {
        int n = snprintf(key, sizeof key, "key%u", i);
        const uint32_t *v = dyad_strmap_get(&m, key, (size_t)n);
        assert_non_null(v);
        assert_int_equal(*v, i);
    }
    assert_null(dyad_strmap_get(&m, "key50000", 8));
    assert_null(dyad_strmap_get(&m, "key1", 3)); /* prefix is not a match */
    dyad_strmap_put(&m, "key7", 4, 99);
    assert_int_equal(*dyad_strmap_get(&m, "key7", 4), 99);
    assert_int_equal(m.count, 50000);
    dyad_strmap_free(&m);
}

static void arena_alignment_and_reset(void **state)
{
    (void)state;
    dyad_arena a;
    dyad_arena_init(&a, 1024);
    for (int i = 0; i < 100; i++) {
        void *p = dyad_arena_alloc(&a, (size_t)i * 7 + 1);
        assert_int_equal((uintptr_t)p % _Alignof(max_align_t), 0);
    }
    char *big = dyad_arena_alloc(&a, 1 << 20); /* larger than a block */
    memset(big, 1, 1 << 20);
    dyad_arena_reset(&a);
    char *s = dyad_arena_strndup(&a, "Kyiv", 4);
    assert_string_equal(s, "Kyiv");
    dyad_arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(put_get_replace_and_grow),
                                       cmocka_unit_test(arena_alignment_and_reset)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
