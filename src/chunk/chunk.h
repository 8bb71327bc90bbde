/* Stage 3: chunks (noun, verb and prepositional phrases) and clauses over tagged tokens. */
#ifndef DYAD_CHUNK_H
#define DYAD_CHUNK_H
#include "../core/document.h"

enum dyad_chunk_type { DYAD_CHUNK_NP, DYAD_CHUNK_VP, DYAD_CHUNK_PP, DYAD_CHUNK_ADJP, DYAD_CHUNK_ADVP,
                       DYAD_CHUNK_SBAR, DYAD_CHUNK_O };

enum dyad_chunk_flag {
    /* verb phrases */
    DYAD_VP_NEGATED = 1 << 0, DYAD_VP_PASSIVE = 1 << 1, DYAD_VP_MODAL = 1 << 2, DYAD_VP_INFINITIVE = 1 << 3,
    DYAD_VP_PROGRESSIVE = 1 << 4, DYAD_VP_PERFECT = 1 << 5, DYAD_VP_FUTURE = 1 << 6,
    /* noun phrases */
    DYAD_NP_PROPER = 1 << 8, DYAD_NP_POSSESSIVE = 1 << 9, DYAD_NP_PRONOUN = 1 << 10,
    DYAD_NP_TIME = 1 << 11, /* says when: "late Sunday", "next week", "yesterday" */
};

/* How a chunk attaches to the chunk named by `link`. */
enum dyad_chunk_relation { DYAD_REL_NONE, DYAD_REL_COORDINATE, DYAD_REL_APPOSITION, DYAD_REL_PP_OBJECT,
                           DYAD_REL_INFINITIVE_OF };

struct dyad_chunk {
    uint8_t type;      /* enum dyad_chunk_type */
    uint8_t relation;  /* enum dyad_chunk_relation */
    uint16_t flags;    /* enum dyad_chunk_flag */
    uint32_t first, end; /* token range [first, end), document-wide */
    uint32_t head;     /* head token: last noun of an NP, main verb of a VP, the preposition of a PP */
    uint32_t link;     /* chunk this one relates to (see relation); UINT32_MAX if none */
    uint32_t clause;   /* clause containing the chunk, document-wide index */
};

enum dyad_clause_kind { DYAD_CLAUSE_MAIN, DYAD_CLAUSE_REPORTING, DYAD_CLAUSE_REPORTED, DYAD_CLAUSE_RELATIVE,
                        DYAD_CLAUSE_SUBORDINATE, DYAD_CLAUSE_COORDINATE };

#define DYAD_NO_CHUNK UINT32_MAX

struct dyad_clause {
    uint8_t kind;        /* enum dyad_clause_kind */
    uint32_t first_chunk, end_chunk; /* chunk range, document-wide */
    uint32_t parent;     /* governing clause (for reported, relative, subordinate), or UINT32_MAX */
    uint32_t subject, verb, object; /* chunk indices, DYAD_NO_CHUNK when absent */
};

/* Fills doc->chunks and doc->clauses (and token chunk labels) for every sentence. */
void dyad_find_chunks(dyad_document *doc);

const char *dyad_chunk_type_name(enum dyad_chunk_type t);
const char *dyad_clause_kind_name(enum dyad_clause_kind k);
/* The noun phrase that stands for chunk c in a role: the first conjunct or the anchor of an apposition. */
uint32_t dyad_np_anchor(const dyad_document *doc, uint32_t c);
#endif
