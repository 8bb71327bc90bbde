/* The document that flows through every stage of the pipeline.
 * Stages fill it in order: text (tokens, sentences) -> tag (pos, lemma) -> chunk (chunks, clauses).
 * Strings live in the document's arena; arrays are reused from one document to the next. */
#ifndef DYAD_DOCUMENT_H
#define DYAD_DOCUMENT_H
#include "arena.h"
#include <stddef.h>
#include <stdint.h>

enum dyad_token_flag {
    DYAD_TOK_SPACE_BEFORE = 1 << 0,   /* whitespace precedes the token */
    DYAD_TOK_NEWLINE_BEFORE = 1 << 1, /* a line break precedes the token */
    DYAD_TOK_PARAGRAPH_BEFORE = 1 << 2, /* a blank line precedes the token */
    DYAD_TOK_CAPITALIZED = 1 << 3,    /* first letter is upper case */
    DYAD_TOK_ALL_CAPS = 1 << 4,       /* at least two letters, all upper case */
    DYAD_TOK_HAS_DIGIT = 1 << 5,
    DYAD_TOK_REPLACED = 1 << 6,       /* contains U+FFFD from invalid UTF-8 */
    DYAD_TOK_SENTENCE_START = 1 << 7, /* first word of a sentence (after any opening quote or bracket) */
};

typedef struct {
    const char *text;  /* normalised token text (Penn Treebank conventions), NUL-terminated */
    const char *lemma; /* lower-case base form, set by the tagger */
    uint32_t start, end; /* byte offsets of the token in the document's original text */
    uint16_t flags;    /* enum dyad_token_flag */
    uint8_t pos;       /* enum dyad_pos, set by the tagger */
    uint8_t chunk;     /* index into the sentence's chunks is derived; this is the IOB label (enum dyad_iob) */
    uint32_t chunk_index; /* chunk containing the token, document-wide index, UINT32_MAX if none */
} dyad_token;

typedef struct {
    uint32_t start, end;              /* byte offsets in the original text */
    uint32_t first_token, n_tokens;
    uint32_t first_chunk, n_chunks;
    uint32_t first_clause, n_clauses;
} dyad_sentence;

typedef struct dyad_chunk dyad_chunk;
typedef struct dyad_clause dyad_clause;

typedef struct {
    /* Metadata; any may be NULL. */
    const char *id, *date, *source, *url, *title;
    const char *input_name; /* file name used in warnings */
    const char *text;       /* original bytes (not owned) */
    size_t length;
    size_t base_offset;     /* offset of text within its input, for warnings when a file is split */
    size_t invalid_utf8;    /* bytes replaced because they were not valid UTF-8 */

    dyad_token *tokens; size_t n_tokens, cap_tokens;
    dyad_sentence *sentences; size_t n_sentences, cap_sentences;
    dyad_chunk *chunks; size_t n_chunks, cap_chunks;
    dyad_clause *clauses; size_t n_clauses, cap_clauses;

    dyad_arena arena;
} dyad_document;

void dyad_document_init(dyad_document *doc);
/* Points the document at new text and forgets everything derived from the old one. */
void dyad_document_reset(dyad_document *doc, const char *text, size_t length);
void dyad_document_free(dyad_document *doc);

#endif
