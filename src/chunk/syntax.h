/* Questions later stages ask of the chunks and clauses: which noun phrase starts or ends at a
 * token, the conjuncts of a phrase, the objects of a preposition, the parties after "between",
 * the agent after "by", an infinitive complement, and which clauses are complements of which.
 * They read only the document; answers are chunk indices, DYAD_NO_CHUNK when there is none. */
#ifndef DYAD_SYNTAX_H
#define DYAD_SYNTAX_H
#include "../core/document.h"

/* The noun phrase that stands for chunk c in a role: the first conjunct or the anchor of an apposition. */
uint32_t dyad_np_anchor(const dyad_document *doc, uint32_t c);
/* Is chunk c's head word (the preposition of a PP) the lemma given? */
int dyad_head_is(const dyad_document *doc, uint32_t c, const char *lemma);
/* Is chunk c a past participle with no auxiliary, one that describes a noun ("a truce brokered by
 * Qatar", "the sanctions imposed by China"), not a passive verb ("was condemned by")? */
int dyad_is_bare_participle(const dyad_document *doc, uint32_t c);

/* The noun phrase that starts at token pos, or (unless exact) the first one after it before end. */
uint32_t dyad_np_from(const dyad_document *doc, uint32_t pos, uint32_t end, int exact);
/* The noun phrase that ends right before token pos, or (unless exact) the last one before it;
 * it must start at or after token first. */
uint32_t dyad_np_before(const dyad_document *doc, uint32_t pos, uint32_t first, int exact);
/* The noun phrase right after "of" after noun phrase np ("the Prince of [Dol Amroth]"). */
uint32_t dyad_of_np_after(const dyad_document *doc, uint32_t np);
/* The noun phrase of a speaker's preposition right after np ("a spokesman for the army", "a
 * statement from the ministry", "the ministers of A"), or DYAD_NO_CHUNK. */
uint32_t dyad_speaker_np_after(const dyad_document *doc, uint32_t np);

/* np and the phrases coordinated with it in sentence s ("Russia and Ukraine"); returns how many. */
size_t dyad_conjuncts(const dyad_document *doc, uint32_t np, const dyad_sentence *s, uint32_t *out, size_t max);
/* Does noun phrase np have phrases coordinated with it in its clause ("Saudi Arabia and Bahrain")? */
int dyad_has_conjuncts(const dyad_document *doc, uint32_t np);
/* "the ambassadors of Arnor and Gondor", "lawmakers in Fornost", "soldiers from Gondor": the
 * noun phrases after "of", "in" or "from" right after np. */
size_t dyad_owner_phrases(const dyad_document *doc, uint32_t np, uint32_t *out, size_t max);
/* Is owner one of np's owner phrases? */
int dyad_is_owner_phrase_of(const dyad_document *doc, uint32_t np, uint32_t owner);
/* "talks between Arnor and Gondor", "resumption of ties between A and B": the parties after
 * "between", through at most one "of" phrase; ", and C and D" starts another pair and is left out. */
size_t dyad_between_phrases(const dyad_document *doc, uint32_t np, uint32_t *out, size_t max);
/* "signed the deal, with Secretary of State Rubio presiding": is noun phrase np, or the phrase
 * whose "of" phrase it is, the subject of an absolute "with" phrase (a participle follows it and
 * its "of" phrases), which tells the circumstances, not a party? */
int dyad_is_absolute_with(const dyad_document *doc, uint32_t np);
/* "in Doha", "at the border", "the streets of Caracas": a noun phrase that says where, not with or
 * to whom. */
int dyad_is_place_phrase(const dyad_document *doc, uint32_t np);

/* Is chunk c the two-word preposition "according to"? */
int dyad_is_according_to(const dyad_document *doc, uint32_t c);
/* "According to the army, ...": the noun phrase after "according to" in sentence s. */
uint32_t dyad_according_to(const dyad_document *doc, const dyad_sentence *s);
/* The agent of a passive verb: the noun phrase after "by" before the next finite verb, else an
 * attack phrase after "in" or "during" ("killed in Israeli shelling"). */
uint32_t dyad_by_agent(const dyad_document *doc, uint32_t verb_chunk, uint32_t s_end_chunk);
/* An infinitive verb group after a verb group within the clause ("wants to restore"), adverbs
 * allowed between, the predicate of "be" ("is ready to resume"), and one object when
 * may_skip_object ("will be hosting Osgiliath to celebrate"). */
uint32_t dyad_infinitive_after(const dyad_document *doc, uint32_t verb_chunk, uint32_t end_chunk, int may_skip_object);
/* Is clause c a complement of clause ci, directly or through other complements: reported speech
 * or a "that" / "whether" clause? */
int dyad_is_complement_of(const dyad_document *doc, uint32_t c, uint32_t ci);
/* The token where the complements right after clause ci end (c_end when there are none). */
uint32_t dyad_complement_end(const dyad_document *doc, uint32_t ci, uint32_t c_end);
#endif
