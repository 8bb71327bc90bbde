/* The events stage's state while it codes one document, shared by its files (coder.c, the
 * orchestrator, and clause_roles.c): not part of the stage's interface, which is coder.h. */
#ifndef DYAD_CODING_H
#define DYAD_CODING_H
#include "coder.h"
#include "factuality.h"
#include "patterns.h"
#include "../actors/context.h"
#include "../actors/roles.h"

typedef struct {
    const dyad_dictset *dicts;
    const dyad_readings *readings;
    const dyad_document *doc;
    dyad_actor_context actors;
    dyad_pattern_index words;
    const dyad_actor_entry **discards; /* per sentence: its discard phrase, or NULL */
    /* acts said with no target ("Britain called for an inquiry"), with each source that has a
     * country, in order: whom a later judgement of them is aimed at ("rejected the calls") */
    dyad_event_list untargeted;
    FILE *trace;
} dyad_coding;

/* What a clause's verb and pattern decided. */
typedef struct {
    uint32_t governing_chunk;  /* the clause's own verb group */
    uint32_t verb_chunk, head; /* the event's verb: the clause's, or its infinitive complement's */
    const dyad_verb_entry *verb;
    const dyad_verb_block *block;
    const dyad_verb_pattern *pattern; /* NULL: the verb's or block's own code */
    dyad_pattern_match match;
    uint32_t complement_first;      /* the span's: first token of the verb's infinitive, UINT32_MAX */
    const char *code, *paired_code; /* "" paired_code: no paired event */
    enum dyad_stance stance;        /* what the clause says of the act (factuality.h) */
    char stance_code[8];            /* the code of intending, demanding or refusing the act */
    uint32_t asked_np;              /* "wants Sweden to extradite": who is asked to act */
    char appeal_code[8];            /* "urged Y to release": the appeal for the act it names */
} dyad_clause_reading;

/* Writes to the trace (--explain) when there is one. */
#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
void dyad_coding_trace(const dyad_coding *k, const char *fmt, ...);

/* Verbs that only introduce what someone says ("said", "told"): what they report is coded in its
 * own clause. Narrower than the chunker's dyad_is_reporting_verb, whose "warned", "denied" or
 * "accused" are events of their own. */
int dyad_is_speech_verb(const dyad_token *t);

/* Who a subject speaks or acts for: the subject when it names an actor, else the actor of its
 * speaker phrase ("a statement from the army", "a spokesman for the ministry"); else the subject. */
uint32_t dyad_speaker_np(dyad_coding *k, uint32_t subject);
/* Step e of coder.c: the source and target noun phrases of clause ci, whose verb and pattern rd
 * holds (clause_roles.c). */
void dyad_clause_roles(dyad_coding *k, const dyad_sentence *s, uint32_t ci, const dyad_clause_reading *rd,
                       uint32_t *source_np, uint32_t *target_np);
/* "Russia and Ukraine exchanged prisoners": with several subject actors, a verb of joint action and
 * no object actor, the event is between the subjects, both ways. */
int dyad_clause_is_mutual(dyad_coding *k, uint32_t ci, const dyad_clause_reading *rd, const dyad_role_actor *sources,
                          size_t n_sources, uint32_t target_np);
/* Step e': "condemned the attack": when a judgement's object is an act with no actor of its own,
 * whom it is aimed at (judged_acts.c). */
enum dyad_judged_act {
    DYAD_NOT_A_JUDGED_ACT,   /* roles stand as found */
    DYAD_JUDGED_ACT_BY,      /* the act's "by" agent: *target_np is set to it */
    DYAD_JUDGED_ACT_EARLIER, /* the sources of the latest events of that kind: doers[0 .. *n_doers) */
    DYAD_JUDGED_ACT_UNKNOWN  /* whoever did it is not known: no event */
};
enum dyad_judged_act dyad_judged_act(dyad_coding *k, uint32_t ci, const dyad_clause_reading *rd,
                                     const dyad_event_list *so_far, uint32_t *target_np, dyad_role_actor *doers,
                                     size_t max, size_t *n_doers);
/* Where the event's verb is (clause_roles.c). A verb whose own code is "do not code" ("BEGIN
 * [---]"), though its patterns may still code: */
int dyad_codes_nothing_alone(const dyad_verb_dict *verbs, const dyad_verb_entry *verb);
/* The event moves to the clause's infinitive complement ("plans to impose", "wants Sweden to
 * extradite") when its verb is known; past one object when may_skip_object. */
int dyad_hand_to_infinitive(const dyad_coding *k, const dyad_clause *cl, dyad_clause_reading *rd, int may_skip_object);
/* ... or from that infinitive to a bare infinitive coordinated with it ("urged both sides to
 * respect the line and settle their differences"), the next verb group of the clause, before
 * end_chunk, when it follows "and" and its verb is known. */
int dyad_hand_to_coordinated_infinitive(const dyad_coding *k, uint32_t end_chunk, dyad_clause_reading *rd);
/* ... or to the -ing complement right after verb group vc of an aspect verb ("began bombing",
 * "urged them to keep talking"), when that verb is known. */
int dyad_hand_to_gerund(const dyad_coding *k, uint32_t vc, uint32_t end_chunk, dyad_clause_reading *rd);
/* Step f: the actors of a role, its noun phrase and the phrases coordinated with it. */
size_t dyad_actors_of_role(dyad_coding *k, const dyad_sentence *s, uint32_t np, dyad_role_actor *out, size_t max);
/* Step g: the event of a source and a target refined by what its actors and phrases are
 * (refine.c): countries completed, agents told apart, codes made specific. */
void dyad_refine_event(dyad_coding *k, dyad_event *e, uint32_t source_np, uint32_t target_np);
/* "Turkey warned it would cut ties with Israel": the warning (130) and what it says (1313) are one
 * action of one source on one target, told twice; of the events of one sentence with the same
 * root between the same two actors (actors/codes.h: one actor), only the most specific is kept. */
void dyad_drop_restated_events(const dyad_coding *k, dyad_event_list *out);
/* Events that are not kept: an actor against itself, a statement to the press, a party with no
 * country outside conflict, and others (refine.c); target is the target's phrase and its actor as
 * that phrase named it. */
int dyad_event_is_left_out(const dyad_coding *k, const dyad_event *e, uint32_t source_np,
                           const dyad_role_actor *target);
#endif
