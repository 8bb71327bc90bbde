/* Stage 5, factuality: what a clause says of its event. News mixes what happened with what is
 * reported, wanted, planned, feared, demanded, refused and supposed; only some of it is an event,
 * and some of it is a different event than its verb names:
 *   "Russia shelled Kherson"                 asserted        the verb's code
 *   "..., the ministry said" / "according to" reported        the verb's code
 *   "Biden will visit Japan", "plans to impose sanctions"
 *                                           intended        intent or threat (03x, 13x)
 *   "Macron said Russia must withdraw", "Turkey wants Sweden to extradite"
 *                                           a demand        10x from the one who says or wants it
 *   "Russia did not release the prisoners", "will not withdraw"
 *                                           a refusal       12x (negated cooperation only)
 *   "may have used", "could close ... if", "it is uncertain whether", questions
 *                                           hypothetical    not coded
 * The mapping from an act's code to the intent, demand or refusal of that act follows the CAMEO
 * codebook's parallel sub-codes (087 de-escalate -> 0356, 1056, 1246). */
#ifndef DYAD_FACTUALITY_H
#define DYAD_FACTUALITY_H
#include "../core/document.h"

enum dyad_factuality { DYAD_ASSERTED, DYAD_REPORTED, DYAD_INTENDED, DYAD_HYPOTHETICAL };

/* How the clause presents its act. */
enum dyad_stance {
    DYAD_STANCE_FACT,      /* the act itself */
    DYAD_STANCE_INTENT,    /* the act is intended, planned or threatened */
    DYAD_STANCE_DEMAND,    /* someone else demands the act of the clause's actor */
    DYAD_STANCE_UNCERTAIN, /* supposed, possible, conditional or asked: not an event */
    DYAD_STANCE_STATE,     /* a standing state that a relative clause describes: not an event */
};

const char *dyad_factuality_name(enum dyad_factuality f);

/* The stance of the clause whose event verb is verb_chunk; governing_chunk is the clause's own
 * verb when the event verb is its infinitive complement ("plans to impose"), else verb_chunk. */
enum dyad_stance dyad_clause_stance(const dyad_document *doc, uint32_t clause, uint32_t governing_chunk,
                                    uint32_t verb_chunk);
/* Does the clause's verb group with the governing verb hand its event to an infinitive complement
 * as something intended ("plans to", "vowed to", "is ready to", "is set to")? */
int dyad_is_intention_verb(const dyad_document *doc, uint32_t verb_chunk);
/* "wants Sweden to extradite": a verb of wanting whose object is asked to act. */
int dyad_is_wanting_verb(const dyad_document *doc, uint32_t verb_chunk);

/* The CAMEO code for intending, demanding or refusing the act coded `code`; "" when CAMEO has
 * none (an intended statement is no event). out has 8 bytes. */
void dyad_intent_code(const char *code, char out[8]);
/* The code of intending the act code of the verb group verb_chunk, which the verb group governing
 * governs: dyad_intent_code, except that an act of conflict consented to ("agreed to impose
 * sanctions", "agreed to suspend aid") is that act, decided, armed force renounced ("pledged not to use
 * force", dyad_renounces_force) is intent to de-escalate (0356), and a measure announced in the
 * future tense ("will expel 23 diplomats", data/lexicon/announced-measure-codes.txt) is that
 * measure. */
void dyad_intended_code(const dyad_document *doc, uint32_t governing, uint32_t verb_chunk, const char *code,
                        char out[8]);
/* "would storm the building unless he resigned": does a clause of clause ci set a condition that
 * is a demand (data/lexicon/conditional-openers.txt, "= 1")? A threat so qualified is an
 * ultimatum (139). */
int dyad_sets_demand_condition(const dyad_document *doc, uint32_t clause);
/* Do a pattern's words, matched up to token reach, reach into the verb's infinitive complement
 * starting at token complement_first (UINT32_MAX: none), and is it negated? ("vowed not to
 * cooperate with" matched by "* TO COOPERATE WITH +") */
int dyad_reaches_negated_infinitive(const dyad_document *doc, uint32_t complement_first, uint32_t reach);
/* Does an intention verb group governing renounce the military act code of its negated infinitive
 * verb_chunk ("vowed not to attack")? Not when it is negated itself ("did not pledge to attack"). */
int dyad_renounces_force(const dyad_document *doc, uint32_t governing, uint32_t verb_chunk, const char *code);
void dyad_demand_code(const char *code, char out[8]);
void dyad_refusal_code(const char *code, char out[8]);
/* The code of appealing for an act ("urged Russia to release", 0841 -> 0253; to meet, 04 -> 026),
 * CAMEO's 021-028 for the cooperation of roots 04 to 08; "" when it has none. */
void dyad_appeal_code(const char *code, char out[8]);
#endif
