/* Penn Treebank part-of-speech tags. */
#ifndef DYAD_POS_H
#define DYAD_POS_H

enum dyad_pos {
    DYAD_POS_NONE,
    DYAD_POS_CC,
    DYAD_POS_CD,
    DYAD_POS_DT,
    DYAD_POS_EX,
    DYAD_POS_FW,
    DYAD_POS_IN,
    DYAD_POS_JJ,
    DYAD_POS_JJR,
    DYAD_POS_JJS,
    DYAD_POS_LRB,
    DYAD_POS_LS,
    DYAD_POS_MD,
    DYAD_POS_NN,
    DYAD_POS_NNP,
    DYAD_POS_NNPS,
    DYAD_POS_NNS,
    DYAD_POS_PDT,
    DYAD_POS_POS,
    DYAD_POS_SENT,
    DYAD_POS_COMMA,
    DYAD_POS_DOLLAR,
    DYAD_POS_OPEN_QUOTE,
    DYAD_POS_CLOSE_QUOTE,
    DYAD_POS_COLON,
    DYAD_POS_PRP,
    DYAD_POS_PRPS,
    DYAD_POS_RB,
    DYAD_POS_RBR,
    DYAD_POS_RBS,
    DYAD_POS_RP,
    DYAD_POS_RRB,
    DYAD_POS_SYM,
    DYAD_POS_TO,
    DYAD_POS_UH,
    DYAD_POS_VB,
    DYAD_POS_VBD,
    DYAD_POS_VBG,
    DYAD_POS_VBN,
    DYAD_POS_VBP,
    DYAD_POS_VBZ,
    DYAD_POS_WDT,
    DYAD_POS_WP,
    DYAD_POS_WPS,
    DYAD_POS_WRB,
    DYAD_POS_COUNT
};

/* Penn name ("NNP", "PRP$", ",", "-LRB-"). */
const char *dyad_pos_name(enum dyad_pos pos);
/* Parses a Penn name or a Lingua::EN::Tagger name ("nnp", "prps", "ppc"); DYAD_POS_NONE if unknown. */
enum dyad_pos dyad_pos_parse(const char *name, int len);

static inline int dyad_pos_is_noun(int p) { return p >= DYAD_POS_NN && p <= DYAD_POS_NNS; }
static inline int dyad_pos_is_proper(int p) { return p == DYAD_POS_NNP || p == DYAD_POS_NNPS; }
static inline int dyad_pos_is_verb(int p) { return p >= DYAD_POS_VB && p <= DYAD_POS_VBZ; }
static inline int dyad_pos_is_adj(int p) { return p >= DYAD_POS_JJ && p <= DYAD_POS_JJS; }
static inline int dyad_pos_is_adverb(int p) { return p >= DYAD_POS_RB && p <= DYAD_POS_RBS; }
#endif
