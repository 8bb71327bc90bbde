/* The verb-pattern reader on small dictionaries written for these tests: which patterns it keeps,
 * where each block comes from, each file's dialect, and nested synsets. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/diag.h"
#include "dict/verbs.h"

static size_t warnings_loading(dyad_verb_dict *d, const char *name, const char *text)
{
    size_t before = dyad_warning_count();
    dyad_load_verbs_text(d, name, text, strlen(text));
    return dyad_warning_count() - before;
}

static uint32_t word_id(const dyad_verb_dict *d, const char *w)
{
    const uint32_t *id = dyad_strmap_get(&d->words, w, strlen(w));
    assert_non_null(id);
    return *id;
}

/* Synset of the file loaded last. */
static uint32_t synset_named(const dyad_verb_dict *d, const char *name)
{
    const uint32_t *id = dyad_strmap_get(&d->synset_names, name, strlen(name));
    assert_non_null(id);
    return *id;
}

/* The coder walks a pattern outwards from its `*`: one without it read past the pattern's end. */
static void patterns_need_one_verb(void **state)
{
    (void)state;
    dyad_verb_dict d;
    dyad_verb_dict_init(&d);
    size_t warned = warnings_loading(&d, "one.verbs",
                                     "--- TALK [043] ---\nTALK\n"
                                     "- TALKS [043]\n"     /* no verb */
                                     "- [010]\n"           /* empty */
                                     "- * TALKS * [043]\n" /* two verbs */
                                     "- *TALKS [043]\n"    /* a word, not the verb */
                                     "- * [040]\n"         /* the verb alone: kept */
                                     "- * WITH + [043]\n");
    assert_int_equal(warned, 3); /* one per kind, and the count of the three without `*` */
    assert_int_equal(d.n_patterns, 2);
    assert_int_equal(d.blocks[0].n_patterns, 2);
    assert_int_equal(d.patterns[0].line, 7);
    assert_int_equal(d.patterns[1].line, 8);
    for (size_t p = 0; p < d.n_patterns; p++) {
        size_t verbs = 0;
        for (uint32_t i = 0; i < d.patterns[p].n_items; i++)
            verbs += d.items[d.patterns[p].first_item + i].kind == DYAD_PI_VERB;
        assert_int_equal(verbs, 1);
    }
    assert_int_equal(d.patterns[1].first_item + d.patterns[1].n_items, d.n_items); /* rejected items are dropped */
    dyad_verb_dict_free(&d);
}

static const char tabari_file[] = "--- VISIT [042:043] ---\nVISIT\n- * + [042:043]\n";
static const char petrarch2_file[] = "--- FAULT [111] ---\nFAULT\n- * (OVER) + [111]\n";
static const char passive_only_file[] = "--- PRAISE [051] ---\nPRAISE\n- * + [:051]\n";

static void blocks_know_their_file(void **state)
{
    (void)state;
    dyad_verb_dict d;
    dyad_verb_dict_init(&d);
    dyad_load_verbs_text(&d, "a.verbs", tabari_file, strlen(tabari_file));
    dyad_load_verbs_text(&d, "b.verbs", petrarch2_file, strlen(petrarch2_file));
    assert_int_equal(d.n_blocks, 2);
    assert_string_equal(dyad_verb_block_file(&d, &d.blocks[0]), "a.verbs");
    assert_string_equal(dyad_verb_block_file(&d, &d.blocks[1]), "b.verbs");
    assert_string_equal(dyad_verb_block_file(&d, &d.blocks[d.patterns[1].block]), "b.verbs");
    dyad_verb_dict_free(&d);
}

/* Each file is read in its own dialect, whatever the order and whatever the other files are. */
static void dialect_per_file(void **state)
{
    (void)state;
    dyad_verb_dict d;
    dyad_verb_dict_init(&d);
    dyad_load_verbs_text(&d, "groups.verbs", petrarch2_file, strlen(petrarch2_file));
    dyad_load_verbs_text(&d, "tabari.verbs", tabari_file, strlen(tabari_file));
    dyad_load_verbs_text(&d, "passive.verbs", passive_only_file, strlen(passive_only_file));
    assert_true(dyad_verb_block_petrarch2(&d, &d.blocks[0]));
    assert_false(dyad_verb_block_petrarch2(&d, &d.blocks[1]));
    assert_true(dyad_verb_block_petrarch2(&d, &d.blocks[2]));
    assert_int_equal(d.files[0].petrarch2_line, 3);
    assert_int_equal(d.files[2].petrarch2_line, 3);
    dyad_verb_dict_free(&d);
}

/* A chain of n synsets, each listing the next, parents written before their children, and a
 * pattern that uses the first. */
static char *synset_chain(int n)
{
    size_t cap = (size_t)n * 40 + 64, len = 0;
    char *text = malloc(cap);
    assert_non_null(text);
    for (int i = 0; i < n; i++) {
        len += (size_t)snprintf(text + len, cap - len, "&S%d\n+W%d\n", i, i);
        if (i + 1 < n) len += (size_t)snprintf(text + len, cap - len, "+&S%d\n", i + 1);
    }
    snprintf(text + len, cap - len, "--- TALK [043] ---\nTALK\n- * &S0 [043]\n");
    return text;
}

/* 2,000 nested synsets: the first has every word. Expanded pass after pass over all members,
 * this took minutes. */
static void deeply_nested_synsets(void **state)
{
    (void)state;
    enum { N = 2000 };
    char *text = synset_chain(N);
    dyad_verb_dict d;
    dyad_verb_dict_init(&d);
    assert_int_equal(warnings_loading(&d, "deep.verbs", text), 0);
    free(text);
    assert_int_equal(d.n_synset_words, (size_t)N * (N + 1) / 2);
    assert_true(dyad_synset_has_word(&d, synset_named(&d, "&S0"), word_id(&d, "W1999")));
    assert_true(dyad_synset_has_word(&d, synset_named(&d, "&S1998"), word_id(&d, "W1999")));
    assert_false(dyad_synset_has_word(&d, synset_named(&d, "&S1999"), word_id(&d, "W1998")));
    dyad_verb_dict_free(&d);
}

/* Expanded lists grow with the square of the depth: a hostile file is capped, with a warning. */
static void nesting_is_capped(void **state)
{
    (void)state;
    enum { N = 3000 };
    char *text = synset_chain(N);
    dyad_verb_dict d;
    dyad_verb_dict_init(&d);
    assert_int_equal(warnings_loading(&d, "deeper.verbs", text), 1);
    free(text);
    assert_true(d.n_synset_words < (size_t)N * (N + 1) / 2);
    assert_true(dyad_synset_has_word(&d, synset_named(&d, "&S2999"), word_id(&d, "W2999")));
    dyad_verb_dict_free(&d);
}

/* A synset that leads back to itself is reported at the member that closes the cycle (two
 * cycles: the first, and the count). */
static void synset_cycles(void **state)
{
    (void)state;
    dyad_verb_dict d;
    dyad_verb_dict_init(&d);
    assert_int_equal(warnings_loading(&d, "cycle.verbs",
                                      "&A\n+ALPHA\n+&B\n&B\n+BETA\n+&A\n&C\n+&C\n+GAMMA\n"
                                      "--- TALK [043] ---\nTALK\n- * &A [043]\n- * &C [043]\n"),
                     2);
    uint32_t a = synset_named(&d, "&A"), b = synset_named(&d, "&B");
    assert_true(dyad_synset_has_word(&d, a, word_id(&d, "BETA")));
    assert_true(dyad_synset_has_word(&d, a, word_id(&d, "ALPHA")));
    assert_true(dyad_synset_has_word(&d, b, word_id(&d, "BETA")));
    assert_true(dyad_synset_has_word(&d, synset_named(&d, "&C"), word_id(&d, "GAMMA")));
    dyad_verb_dict_free(&d);
}

/* A file's patterns use its own synsets: another file's synset of the same name neither fills
 * in for a missing one nor adds members. */
static void synsets_per_file(void **state)
{
    (void)state;
    dyad_verb_dict d;
    dyad_verb_dict_init(&d);
    assert_int_equal(warnings_loading(&d, "a.verbs", "&T\n+TALKS\n--- HOLD [043] ---\nHOLD\n- * &T [043]\n"), 0);
    assert_int_equal(warnings_loading(&d, "b.verbs", "--- START [043] ---\nSTART\n- * &T [043]\n&U\n+PARLEY\n"), 1);
    assert_int_equal(warnings_loading(&d, "c.verbs", "&T\n+PARLEY\n--- END [043] ---\nEND\n- * &T [043]\n"), 0);
    uint32_t in_a = d.items[d.patterns[0].first_item + 1].ref, in_c = d.items[d.patterns[2].first_item + 1].ref;
    assert_int_not_equal(in_a, in_c);
    assert_false(dyad_synset_has_word(&d, in_a, word_id(&d, "PARLEY")));
    assert_true(dyad_synset_has_word(&d, in_c, word_id(&d, "PARLEY")));
    assert_true(dyad_synset_has_word(&d, in_a, word_id(&d, "TALKS")));
    dyad_verb_dict_free(&d);
}

int main(void)
{
    dyad_warnings_quiet(1);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(patterns_need_one_verb), cmocka_unit_test(blocks_know_their_file),
        cmocka_unit_test(dialect_per_file),       cmocka_unit_test(deeply_nested_synsets),
        cmocka_unit_test(nesting_is_capped),      cmocka_unit_test(synset_cycles),
        cmocka_unit_test(synsets_per_file),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
