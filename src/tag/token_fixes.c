/* Tagging fixes that read only the tokens and their tags (token_fixes.h). */
#include "token_fixes.h"
#include "pos.h"
#include "wordclass.h"
#include "../lexicon/lexicon.h"
#include <strings.h>

/* "General Secretary To Lam", "Ho Chi Minh City": a capitalised word between two proper nouns, in
 * the middle of a sentence, belongs to the name, whatever the lexicon says it usually is. */
void dyad_fix_names(dyad_token *toks, size_t n)
{
    for (size_t i = 1; i + 1 < n; i++)
        if ((toks[i].flags & DYAD_TOK_CAPITALIZED) && !(toks[i].flags & DYAD_TOK_SENTENCE_START)
            && toks[i].pos != DYAD_POS_NNP && toks[i - 1].pos == DYAD_POS_NNP && toks[i + 1].pos == DYAD_POS_NNP
            && (toks[i + 1].flags & DYAD_TOK_CAPITALIZED))
            toks[i].pos = DYAD_POS_NNP;
}

/* "killed in Gaza overnight", "shelled the village overnight": after a verb or its object,
 * "overnight" says when; it is an adjective only before the noun it describes ("an overnight
 * curfew", "overnight Russian strikes"). */
void dyad_fix_overnight(dyad_token *toks, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((toks[i].text[0] | 0x20) == 'o' && strcasecmp(toks[i].text, "overnight") == 0
            && !(i + 1 < n && (dyad_pos_is_noun(toks[i + 1].pos) || dyad_pos_is_adj(toks[i + 1].pos))))
            toks[i].pos = DYAD_POS_RB;
}

/* "Osama bin Laden", "Ursula von der Leyen": a run of name particles (data/lexicon/name-particles.txt)
 * between a capitalised word and a capitalised word that is not a sentence's first belongs to
 * the name, and so does the word after it ("Laden" is no adjective). */
int dyad_constrain_name_particles(const dyad_token *toks, size_t n, uint8_t *forced)
{
    int found = 0;
    for (size_t i = 1; i + 1 < n; i++) {
        if (!(toks[i - 1].flags & DYAD_TOK_CAPITALIZED) || !dyad_text_is(&toks[i], DYAD_WC_NAME_PARTICLE)
            || (toks[i].flags & DYAD_TOK_CAPITALIZED))
            continue;
        size_t end = i;
        while (end + 1 < n && dyad_text_is(&toks[end], DYAD_WC_NAME_PARTICLE)
               && !(toks[end].flags & DYAD_TOK_CAPITALIZED))
            end++;
        if (!(toks[end].flags & DYAD_TOK_CAPITALIZED) || (toks[end].flags & DYAD_TOK_SENTENCE_START)) continue;
        for (size_t k = i; k <= end; k++) forced[k] = DYAD_POS_NNP;
        found = 1;
        i = end;
    }
    return found;
}
