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

/* Is name (len bytes) the tag's name, in any case when any_case? Loading the tagger's model parses
 * some 55,000 tag names: the first byte, compared first (folded, so that no match is missed),
 * rules out most tags before their names are measured and compared. */
static int is_name_of(const char *tag, const char *name, int len, int any_case)
{
    if (!tag || len <= 0 || (tag[0] | 0x20) != (name[0] | 0x20) || (int)strlen(tag) != len) return 0;
    return any_case ? strncasecmp(tag, name, (size_t)len) == 0 : strncmp(tag, name, (size_t)len) == 0;
}

enum dyad_pos dyad_pos_parse(const char *name, int len)
{
    for (int i = 1; i < DYAD_POS_COUNT; i++)
        if (is_name_of(lingua[i], name, len, 0) || is_name_of(penn[i], name, len, 1)) return i;
    return DYAD_POS_NONE;
}
