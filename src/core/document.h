/* The document that flows through every stage of the pipeline.
 * Stages fill it in order: text (tokens, sentences) -> tag (pos, lemma) -> chunk (chunks, clauses).
 * Strings live in the document's arena; arrays are reused from one document to the next. */
#ifndef DYAD_DOCUMENT_H
#define DYAD_DOCUMENT_H
#include "../lexicon/lexicon.h"
#include "arena.h"
#include "words.h"
#include <stddef.h>
#include <stdint.h>
#include <string.h>

enum dyad_token_flag {
    DYAD_TOK_SPACE_BEFORE = 1 << 0,     /* whitespace precedes the token */
    DYAD_TOK_NEWLINE_BEFORE = 1 << 1,   /* a line break precedes the token */
    DYAD_TOK_PARAGRAPH_BEFORE = 1 << 2, /* a blank line precedes the token */
    DYAD_TOK_CAPITALIZED = 1 << 3,      /* first letter is upper case */
    DYAD_TOK_ALL_CAPS = 1 << 4,         /* at least two letters, all upper case */
    DYAD_TOK_HAS_DIGIT = 1 << 5,
    DYAD_TOK_REPLACED = 1 << 6,       /* contains U+FFFD from invalid UTF-8 */
    DYAD_TOK_SENTENCE_START = 1 << 7, /* first word of a sentence (after any opening quote or bracket) */
    /* the text is ASCII and holds no hyphen, underscore, apostrophe or space: its fold is its
     * dictionary key as it is (actors/actors.c), with no byte to test for a joiner */
    DYAD_TOK_NO_JOINER = 1 << 8,
};

typedef struct {
    const char *text;  /* normalised token text (Penn Treebank conventions), NUL-terminated */
    const char *lemma; /* lower-case base form, set by the tagger */
    /* the lexicon's classes (dyad_word_mask, lexicon/lexicon.h) of text, found when the token is
     * made, and of lemma, found when it is tagged: stages test them some ten times a token */
    dyad_word_mask text_classes, lemma_classes;
    /* text and lemma upper-cased without accents (dyad_utf8_upper_fold), as dictionary keys are,
     * made with them: NULL for a token longer than DYAD_UPPER_COPY_MAX bytes or one not made by
     * the segmenter and tagger (dyad_token_upper folds those itself) */
    const char *upper, *lemma_upper;
    uint32_t upper_len, lemma_upper_len;
    /* text in lower case as dyad_utf8_lower writes it, made with the token when its text is ASCII
     * and no longer than DYAD_UPPER_COPY_MAX bytes, else NULL: the tagger lowers every word, some
     * several times, to look it up and lemmatise it */
    const char *lower;
    uint32_t lower_len;
    /* dyad_strmap_hash (core/strmap.h) of text, upper and lower, made with them when the token
     * keeps its lower case (ASCII text) and upper whenever it keeps that: the tagger, the
     * lexicon and the dictionaries each look the same token up, and hashed it each time */
    uint32_t text_hash, upper_hash, lower_hash;
    /* id of text in the document's word table (core/words.h), 0 for a token not in it */
    uint32_t word;
    uint32_t start, end;  /* byte offsets of the token in the document's original text */
    uint16_t flags;       /* enum dyad_token_flag */
    uint8_t pos;          /* enum dyad_pos, set by the tagger */
    uint8_t chunk;        /* index into the sentence's chunks is derived; this is the IOB label (enum dyad_iob) */
    uint32_t chunk_index; /* chunk containing the token, document-wide index, UINT32_MAX if none */
} dyad_token;

/* The length of a token's text, kept as its lower case's when it has one (an ASCII text has the
 * same length in lower case): stages ask it of every token. */
static inline size_t dyad_token_text_len(const dyad_token *t) { return t->lower ? t->lower_len : strlen(t->text); }

typedef struct {
    uint32_t start, end; /* byte offsets in the original text */
    uint32_t first_token, n_tokens;
    uint32_t first_chunk, n_chunks;
    uint32_t first_clause, n_clauses;
} dyad_sentence;

/* Chunks and clauses, filled by the chunk stage (chunk/chunk.h). */
enum dyad_chunk_type {
    DYAD_CHUNK_NP,
    DYAD_CHUNK_VP,
    DYAD_CHUNK_PP,
    DYAD_CHUNK_ADJP,
    DYAD_CHUNK_ADVP,
    DYAD_CHUNK_SBAR,
    DYAD_CHUNK_O
};

enum dyad_chunk_flag {
    /* verb phrases */
    DYAD_VP_NEGATED = 1 << 0,
    DYAD_VP_PASSIVE = 1 << 1,
    DYAD_VP_MODAL = 1 << 2,
    DYAD_VP_INFINITIVE = 1 << 3,
    DYAD_VP_PROGRESSIVE = 1 << 4,
    DYAD_VP_PERFECT = 1 << 5,
    DYAD_VP_FUTURE = 1 << 6,
    /* a gerund after "by" or "in" that tells what the subject did ("responded by launching
     * missiles", "joined France in condemning the attack"): it heads a clause of its own */
    DYAD_VP_GERUND_ACT = 1 << 7,
    /* noun phrases */
    DYAD_NP_PROPER = 1 << 8,
    DYAD_NP_POSSESSIVE = 1 << 9,
    DYAD_NP_PRONOUN = 1 << 10,
    DYAD_NP_TIME = 1 << 11, /* says when: "late Sunday", "next week", "yesterday" */
};

/* How a chunk attaches to the chunk named by `link`. */
enum dyad_chunk_relation {
    DYAD_REL_NONE,
    DYAD_REL_COORDINATE,
    DYAD_REL_APPOSITION,
    DYAD_REL_PP_OBJECT,
    DYAD_REL_INFINITIVE_OF
};

struct dyad_chunk {
    uint8_t type;        /* enum dyad_chunk_type */
    uint8_t relation;    /* enum dyad_chunk_relation */
    uint16_t flags;      /* enum dyad_chunk_flag */
    uint32_t first, end; /* token range [first, end), document-wide */
    uint32_t head;       /* head token: last noun of an NP, main verb of a VP, the preposition of a PP */
    uint32_t link;       /* chunk this one relates to (see relation); UINT32_MAX if none */
    uint32_t clause;     /* clause containing the chunk, document-wide index */
};

enum dyad_clause_kind {
    DYAD_CLAUSE_MAIN,
    DYAD_CLAUSE_REPORTING,
    DYAD_CLAUSE_REPORTED,
    DYAD_CLAUSE_RELATIVE,
    DYAD_CLAUSE_SUBORDINATE,
    DYAD_CLAUSE_COORDINATE
};

#define DYAD_NO_CHUNK UINT32_MAX

struct dyad_clause {
    uint8_t kind;                    /* enum dyad_clause_kind */
    uint32_t first_chunk, end_chunk; /* chunk range, document-wide */
    uint32_t parent;                 /* governing clause (for reported, relative, subordinate), or UINT32_MAX */
    uint32_t subject, verb, object;  /* chunk indices, DYAD_NO_CHUNK when absent */
};

typedef struct dyad_chunk dyad_chunk;
typedef struct dyad_clause dyad_clause;

typedef struct {
    /* Metadata; any may be NULL. */
    const char *id, *date, *source, *url, *title;
    const char *input_name; /* file name used in warnings */
    const char *text;       /* original bytes (not owned) */
    size_t length;
    size_t base_offset;  /* offset of text within its input, for warnings when a file is split */
    size_t invalid_utf8; /* bytes replaced because they were not valid UTF-8 */

    dyad_token *tokens;
    size_t n_tokens, cap_tokens;
    dyad_sentence *sentences;
    size_t n_sentences, cap_sentences;
    dyad_chunk *chunks;
    size_t n_chunks, cap_chunks;
    dyad_clause *clauses;
    size_t n_clauses, cap_clauses;
    dyad_word_table words; /* the tokens' distinct texts, filled by the segmenter */

    dyad_arena arena;
} dyad_document;

void dyad_document_init(dyad_document *doc);
/* Points the document at new text and forgets everything derived from the old one. */
void dyad_document_reset(dyad_document *doc, const char *text, size_t length);
void dyad_document_free(dyad_document *doc);
/* The index of the sentence that holds token t (the last one when t is past them all). */
uint32_t dyad_sentence_of_token(const dyad_document *doc, uint32_t t);

#endif
