/* The lexicon: closed classes of words that several stages test (verbs of saying, months,
 * subordinators, abbreviations, ...), each defined once in a text file in data/lexicon/ that is
 * compiled into the binary. Stages ask it instead of keeping their own copies, which drifted
 * apart. Lookups fold ASCII case and cost one hash lookup. */
#ifndef DYAD_LEXICON_H
#define DYAD_LEXICON_H
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

enum dyad_word_class {
#define DYAD_WORD_CLASS(id, file) DYAD_WC_##id,
#include "classes.def"
#undef DYAD_WORD_CLASS
    DYAD_WC_COUNT
};
_Static_assert(DYAD_WC_COUNT <= 128, "a dyad_word_mask has one bit per class");

/* A set of classes, one bit each: 128 bits, which gcc and clang keep in two registers, so that
 * testing a class stays one AND. */
typedef unsigned __int128 dyad_word_mask;
#define DYAD_WC_MASK(c) ((dyad_word_mask)1 << (c))

/* The classes of the built-in lexicon that the word (any case) belongs to, as a mask of
 * DYAD_WC_MASK bits; 0 for NULL or an unknown word. The _n form takes a length. */
dyad_word_mask dyad_word_classes(const char *word);
dyad_word_mask dyad_word_classes_n(const char *word, size_t n);
/* The same for a word with no upper-case ASCII letter, which is looked up as it is, with its
 * dyad_strmap_hash (core/strmap.h). */
dyad_word_mask dyad_word_classes_lower(const char *word, size_t n, uint32_t hash);
int dyad_word_is(const char *word, enum dyad_word_class c);
/* The classes that have an entry of several words whose first word (before its first space) is
 * the word, any case: "at" starts the amount bound "at least". */
dyad_word_mask dyad_word_phrase_starts_n(const char *word, size_t n);
/* The number written after the word in its class file ("march = 3"), else 0. */
int dyad_word_value(const char *word, enum dyad_word_class c);
int dyad_word_value_n(const char *word, size_t n, enum dyad_word_class c);
/* Classes of CAMEO event codes list a code for its sub-codes too: is the code ("1621"), or a code
 * it belongs to ("162", "16"), in class c? */
int dyad_event_code_is(const char *code, enum dyad_word_class c);

/* ---- lexicons built from text, for the built-in one, tests and the fuzzer ---- */

typedef struct dyad_lexicon dyad_lexicon;

dyad_lexicon *dyad_lexicon_new(void);
void dyad_lexicon_free(dyad_lexicon *lx);
/* Adds the entries of one class file (name is for messages). Writes each problem to err with
 * name:line (a malformed entry, a word twice in the class, a word in two classes that exclude
 * each other) and returns how many it found. */
size_t dyad_lexicon_add(dyad_lexicon *lx, enum dyad_word_class c, const char *name, const char *text, size_t size,
                        FILE *err);
/* Every class file compiled into the binary; problems as for dyad_lexicon_add, counted in *problems. */
dyad_lexicon *dyad_lexicon_load_builtin(FILE *err, size_t *problems);
dyad_word_mask dyad_lexicon_classes(const dyad_lexicon *lx, const char *word, size_t n);
int dyad_lexicon_value(const dyad_lexicon *lx, const char *word, size_t n, enum dyad_word_class c);
#endif
