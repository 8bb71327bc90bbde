#include "pos.h"
#include <string.h>
#include <strings.h>

static const char *const penn[DYAD_POS_COUNT] = {
    "NONE", "CC",    "CD",  "DT",  "EX", "FW", "IN",  "JJ",  "JJR", "JJS", "-LRB-", "LS",   "MD", "NN",  "NNP",
    "NNPS", "NNS",   "PDT", "POS", ".",  ",",  "$",   "``",  "''",  ":",   "PRP",   "PRP$", "RB", "RBR", "RBS",
    "RP",   "-RRB-", "SYM", "TO",  "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ",   "WDT",  "WP", "WP$", "WRB"};

/* Lingua::EN::Tagger's names for the tags whose Penn names are punctuation. */
static const char *const lingua[DYAD_POS_COUNT] = {
    [DYAD_POS_DT] = "det",    [DYAD_POS_LRB] = "lrb",    [DYAD_POS_RRB] = "rrb",        [DYAD_POS_SENT] = "pp",
    [DYAD_POS_COMMA] = "ppc", [DYAD_POS_DOLLAR] = "ppd", [DYAD_POS_OPEN_QUOTE] = "ppl", [DYAD_POS_CLOSE_QUOTE] = "ppr",
    [DYAD_POS_COLON] = "pps", [DYAD_POS_PRPS] = "prps",  [DYAD_POS_WPS] = "wps"};

const char *dyad_pos_name(enum dyad_pos pos) { return (unsigned)pos < DYAD_POS_COUNT ? penn[pos] : "NONE"; }

enum dyad_pos dyad_pos_parse(const char *name, int len)
{
    for (int i = 1; i < DYAD_POS_COUNT; i++) {
        if (lingua[i] && (int)strlen(lingua[i]) == len && strncmp(lingua[i], name, (size_t)len) == 0) return i;
        if ((int)strlen(penn[i]) == len && strncasecmp(penn[i], name, (size_t)len) == 0) return i;
    }
    return DYAD_POS_NONE;
}
