/* Factuality (see factuality.h): the stance of a clause from its verb group, the clauses above
 * it and its sentence, and the CAMEO codes of intending, demanding and refusing an act. */
#include "factuality.h"
#include "../chunk/syntax.h"
#include "../lexicon/lexicon.h"
#include "../tag/wordclass.h"
#include "../tag/pos.h"
#include "../core/strcopy.h"
#include <stdio.h>
#include <string.h>

const char *dyad_factuality_name(enum dyad_factuality f)
{
    static const char *const names[] = {"asserted", "reported", "intended", "hypothetical"};
    return (unsigned)f <= DYAD_HYPOTHETICAL ? names[f] : "asserted";
}

/* ---- the verb group ---- */

/* The modal verbs, the verb "be" and "need"/"have" + "to" of a verb group and the group before
 * it in the same clause ("will be able to", "has to"). */
typedef struct {
    int future, possibility, obligation, perfect;
} verb_group_mood;

static void read_group(const dyad_document *doc, uint32_t vc, verb_group_mood *m)
{
    const dyad_chunk *vp = &doc->chunks[vc];
    for (uint32_t t = vp->first; t < vp->end; t++) {
        const dyad_token *tok = &doc->tokens[t];
        if (tok->pos == DYAD_POS_MD) {
            dyad_word_mask classes = tok->lemma_classes | tok->text_classes;
            m->future |= (classes & DYAD_WC_MASK(DYAD_WC_FUTURE_MODAL)) != 0;
            m->possibility |= (classes & DYAD_WC_MASK(DYAD_WC_POSSIBILITY_MODAL)) != 0;
            m->obligation |= (classes & DYAD_WC_MASK(DYAD_WC_OBLIGATION_MODAL)) != 0;
        }
    }
    m->perfect |= (vp->flags & DYAD_VP_PERFECT) != 0;
    m->future |= (vp->flags & DYAD_VP_FUTURE) != 0; /* also a headline's "X to visit Y" */
}

/* "needs to withdraw", "has to stop": the governing verb is need or have with an infinitive. */
static int is_obligation_verb(const dyad_document *doc, uint32_t vc)
{
    return dyad_lemma_is(&doc->tokens[doc->chunks[vc].head], DYAD_WC_OBLIGATION_VERB);
}

/* A predicate between "be" and an infinitive ("is ready to"): the word after the verb group. */
static const dyad_token *predicate_after(const dyad_document *doc, uint32_t vc)
{
    const dyad_chunk *vp = &doc->chunks[vc];
    if (strcmp(doc->tokens[vp->head].lemma, "be") != 0 || vp->end >= doc->n_tokens) return NULL;
    return &doc->tokens[vp->end];
}

int dyad_is_intention_verb(const dyad_document *doc, uint32_t vc)
{
    const dyad_chunk *vp = &doc->chunks[vc];
    const dyad_token *head = &doc->tokens[vp->head];
    if (dyad_lemma_is(head, DYAD_WC_INTENTION_VERB) || dyad_lemma_is(head, DYAD_WC_CONSENT_VERB)) return 1;
    /* "is set to", "is due to", "was poised to" read as a passive or progressive verb group */
    if (dyad_text_is(head, DYAD_WC_INTENTION_PREDICATE) && (vp->flags & (DYAD_VP_PASSIVE | DYAD_VP_PROGRESSIVE)))
        return 1;
    const dyad_token *pred = predicate_after(doc, vc);
    return pred && dyad_lemma_is(pred, DYAD_WC_INTENTION_PREDICATE);
}

int dyad_is_wanting_verb(const dyad_document *doc, uint32_t vc)
{
    return dyad_lemma_is(&doc->tokens[doc->chunks[vc].head], DYAD_WC_WANTING_VERB);
}

static int is_hedge(const dyad_document *doc, uint32_t vc)
{
    const dyad_chunk *vp = &doc->chunks[vc];
    const dyad_token *head = &doc->tokens[vp->head];
    /* "is expected to visit", "is believed to have killed"; not "expects Sweden to extradite" */
    if (dyad_lemma_is(head, DYAD_WC_HEDGING_PREDICATE) && (vp->flags & DYAD_VP_PASSIVE)) return 1;
    if (strcmp(head->lemma, "seem") == 0 || strcmp(head->lemma, "appear") == 0) return 1;
    const dyad_token *pred = predicate_after(doc, vc);
    return pred && dyad_lemma_is(pred, DYAD_WC_HEDGING_PREDICATE);
}

/* ---- the clause in its sentence ---- */

/* The word that opens clause cl as a condition or an open question ("if", "unless", "whether":
 * data/lexicon/conditional-openers.txt), or NULL. */
static const dyad_token *condition_opener(const dyad_document *doc, const dyad_clause *cl)
{
    const dyad_chunk *first = &doc->chunks[cl->first_chunk];
    const dyad_token *head = &doc->tokens[first->head];
    return first->type == DYAD_CHUNK_SBAR && dyad_lemma_is(head, DYAD_WC_CONDITIONAL_OPENER) ? head : NULL;
}

/* Is the clause, or a clause it depends on, a condition or an open question ("if Israel
 * strikes", "whether Putin will travel"), or what a demand asks for ("demanded that Turkey
 * release")? The chain stops at the main line of the sentence. */
static int under_condition(const dyad_document *doc, uint32_t clause)
{
    for (int depth = 0; depth < 8 && clause != UINT32_MAX; depth++) {
        const dyad_clause *cl = &doc->clauses[clause];
        if (cl->kind == DYAD_CLAUSE_MAIN || cl->kind == DYAD_CLAUSE_REPORTING || cl->kind == DYAD_CLAUSE_COORDINATE)
            return 0;
        if (condition_opener(doc, cl)) return 1;
        const dyad_clause *parent = cl->parent != UINT32_MAX ? &doc->clauses[cl->parent] : NULL;
        if (parent && parent->verb != DYAD_NO_CHUNK && dyad_is_complement_of(doc, clause, cl->parent)
            && dyad_lemma_is(&doc->tokens[doc->chunks[parent->verb].head], DYAD_WC_DIRECTIVE_VERB))
            return 1;
        clause = cl->parent;
    }
    return 0;
}

int dyad_sets_demand_condition(const dyad_document *doc, uint32_t clause)
{
    for (uint32_t c = clause + 1; c < doc->n_clauses && doc->clauses[c].parent != UINT32_MAX; c++) {
        const dyad_clause *sub = &doc->clauses[c];
        const dyad_token *opener =
            sub->parent == clause && sub->kind == DYAD_CLAUSE_SUBORDINATE ? condition_opener(doc, sub) : NULL;
        if (opener && dyad_lemma_value(opener, DYAD_WC_CONDITIONAL_OPENER) == 1) return 1;
    }
    return 0;
}

/* Does the clause's sentence end with a question mark? */
static int is_question(const dyad_document *doc, uint32_t clause)
{
    const dyad_chunk *ch = &doc->chunks[doc->clauses[clause].first_chunk];
    for (size_t si = 0; si < doc->n_sentences; si++) {
        const dyad_sentence *s = &doc->sentences[si];
        if (ch->first < s->first_token || ch->first >= s->first_token + s->n_tokens) continue;
        for (uint32_t t = s->first_token + s->n_tokens; t-- > s->first_token;) {
            const char *w = doc->tokens[t].text;
            if (strcmp(w, "?") == 0) return 1;
            if (strcmp(w, "''") && strcmp(w, "\"") && strcmp(w, ")")) return 0; /* closing quotes may follow */
        }
    }
    return 0;
}

/* "the Houthis, who control most of the north", "the Brotherhood, which backs Mursi": a relative
 * clause in the simple present (one verb, no auxiliary) tells what its noun is, a standing state,
 * not what happened; so does one that tells what its noun wanted ("people who wanted to overthrow
 * the government"), whatever its tense. */
static int describes_a_state(const dyad_document *doc, uint32_t clause, uint32_t verb_chunk)
{
    const dyad_chunk *vp = &doc->chunks[verb_chunk];
    int pos = doc->tokens[vp->head].pos;
    if (doc->clauses[clause].kind != DYAD_CLAUSE_RELATIVE) return 0;
    return (vp->first == vp->head && (pos == DYAD_POS_VBZ || pos == DYAD_POS_VBP))
           || dyad_is_wanting_verb(doc, verb_chunk);
}

/* "denied reports that it had supplied drones", "rejected charges that it had caved in": a clause
 * that tells the content of a claim or accusation is alleged, not asserted. */
static int is_alleged(const dyad_document *doc, uint32_t clause)
{
    uint32_t first = doc->clauses[clause].first_chunk;
    if (first == 0 || first >= doc->n_chunks || doc->chunks[first].type != DYAD_CHUNK_SBAR
        || !dyad_head_is(doc, first, "that"))
        return 0;
    const dyad_chunk *noun = &doc->chunks[first - 1];
    const dyad_word_mask claims = DYAD_WC_MASK(DYAD_WC_CLAIM_NOUN) | DYAD_WC_MASK(DYAD_WC_ACCUSATION_NOUN);
    return noun->type == DYAD_CHUNK_NP && (doc->tokens[noun->head].lemma_classes & claims);
}

enum dyad_stance dyad_clause_stance(const dyad_document *doc, uint32_t clause, uint32_t governing, uint32_t verb_chunk)
{
    if (describes_a_state(doc, clause, governing)) return DYAD_STANCE_STATE;
    if (is_alleged(doc, clause)) return DYAD_STANCE_UNCERTAIN;
    verb_group_mood m = {0};
    read_group(doc, verb_chunk, &m);
    if (governing != verb_chunk) read_group(doc, governing, &m);
    if (under_condition(doc, clause) || is_question(doc, clause) || m.possibility || is_hedge(doc, governing))
        return DYAD_STANCE_UNCERTAIN;
    if (m.obligation || (governing != verb_chunk && is_obligation_verb(doc, governing))) {
        /* a demand needs someone who makes it: the speaker of reported speech */
        const dyad_clause *cl = &doc->clauses[clause];
        return cl->kind == DYAD_CLAUSE_REPORTED && cl->parent != UINT32_MAX ? DYAD_STANCE_DEMAND
                                                                            : DYAD_STANCE_UNCERTAIN;
    }
    if (m.future || (governing != verb_chunk && dyad_is_intention_verb(doc, governing))) return DYAD_STANCE_INTENT;
    return DYAD_STANCE_FACT;
}

/* ---- codes of intending, demanding and refusing an act ----
 * Each row maps the code of an act (by its longest matching prefix) to the code of intending,
 * demanding or refusing it. An act none of whose prefixes is listed has none. */
typedef struct {
    const char *act, *code;
} code_map;

static void map_code(const code_map *map, const char *code, char out[8])
{
    size_t best = 0;
    const char *found = "";
    for (const code_map *m = map; m->act; m++) {
        size_t n = strlen(m->act);
        if (n > best && strncmp(code, m->act, n) == 0) {
            best = n;
            found = m->code;
        }
    }
    dyad_copy_str(out, 8, found);
}

/* Intend (03x) the cooperation of roots 04 to 08; threaten (13x) the coercion of 16 to 20. */
static const code_map intents[] = {{"03", ""}, /* already an intent: kept as coded (see dyad_intent_code) */
                                   {"04", "036"},   {"05", "032"},   {"06", "031"},   {"061", "0311"}, {"062", "0312"},
                                   {"063", "0313"}, {"064", "0314"}, {"07", "033"},   {"071", "0331"}, {"072", "0332"},
                                   {"073", "0333"}, {"074", "0334"}, {"08", "035"},   {"081", "0351"}, {"082", "0352"},
                                   {"084", "0353"}, {"085", "0354"}, {"086", "0355"}, {"087", "0356"}, {"14", "133"},
                                   {"16", "131"},   {"161", "1313"}, {"162", "1311"}, {"163", "1312"}, {"17", "137"},
                                   {"18", "138"},   {"19", "138"},   {"191", "1381"}, {"192", "1382"}, {"193", "1384"},
                                   {"194", "1384"}, {"195", "1384"}, {"20", "138"},   {"204", "1385"}, {NULL, NULL}};

/* Demand (10x) of another the act of roots 03 to 08. */
static const code_map demands[] = {{"03", "100"},   {"04", "106"},   {"05", "102"},   {"06", "101"},   {"061", "1011"},
                                   {"062", "1012"}, {"063", "1013"}, {"064", "1014"}, {"07", "103"},   {"071", "1031"},
                                   {"072", "1032"}, {"073", "1033"}, {"074", "1034"}, {"08", "105"},   {"081", "1051"},
                                   {"082", "1052"}, {"083", "104"},  {"084", "1053"}, {"085", "1054"}, {"086", "1055"},
                                   {"087", "1056"}, {NULL, NULL}};

/* Appeal (02x) for the cooperation of roots 04 to 08. */
/* Settling a dispute and accepting mediation have no act codes of their own outside intent (037,
 * 038, which the verb dictionary writes for "settled the dispute"): appeals for them are 027, 028. */
static const code_map appeals[] = {
    {"037", "027"},  {"038", "028"},   {"04", "026"},    {"045", "028"},   {"05", "022"},    {"06", "021"},
    {"061", "0211"}, {"062", "0212"},  {"063", "0213"},  {"064", "0214"},  {"07", "023"},    {"071", "0231"},
    {"072", "0232"}, {"073", "0233"},  {"074", "0234"},  {"08", "025"},    {"081", "0251"},  {"082", "0252"},
    {"083", "024"},  {"0831", "0241"}, {"0832", "0242"}, {"0833", "0243"}, {"0834", "0244"}, {"084", "0253"},
    {"085", "0254"}, {"086", "0255"},  {"087", "0256"},  {NULL, NULL}};

/* Refuse (12x) the cooperation of roots 04 to 08. */
static const code_map refusals[] = {{"04", "125"},   {"05", "120"},   {"057", "127"},  {"06", "121"},   {"061", "1211"},
                                    {"062", "1212"}, {"063", "1213"}, {"07", "122"},   {"071", "1221"}, {"072", "1222"},
                                    {"073", "1223"}, {"074", "1224"}, {"08", "124"},   {"081", "1241"}, {"082", "1242"},
                                    {"084", "1243"}, {"085", "1244"}, {"086", "1245"}, {"087", "1246"}, {NULL, NULL}};

void dyad_intent_code(const char *code, char out[8])
{
    if (strncmp(code, "03", 2) == 0 || strncmp(code, "13", 2) == 0) {
        dyad_copy_str(out, 8, code);
        return;
    }
    map_code(intents, code, out);
}

void dyad_demand_code(const char *code, char out[8]) { map_code(demands, code, out); }

void dyad_refusal_code(const char *code, char out[8]) { map_code(refusals, code, out); }

void dyad_appeal_code(const char *code, char out[8]) { map_code(appeals, code, out); }

int dyad_renounces_force(const dyad_document *doc, uint32_t governing, uint32_t verb_chunk, const char *code)
{
    return governing != verb_chunk && (doc->chunks[verb_chunk].flags & DYAD_VP_NEGATED)
           && !(doc->chunks[governing].flags & DYAD_VP_NEGATED) && dyad_event_code_is(code, DYAD_WC_MILITARY_ACT_CODE);
}

/* "Turkey warned it would cut ties": is the clause of verb group verb_chunk told by a clause whose
 * verb is not a plain verb of saying (data/lexicon/speech-verbs.txt), so that it may be a warning? */
static int is_warned(const dyad_document *doc, uint32_t verb_chunk)
{
    const dyad_clause *cl = &doc->clauses[doc->chunks[verb_chunk].clause];
    if (cl->kind != DYAD_CLAUSE_REPORTED || cl->parent == UINT32_MAX) return 0;
    uint32_t parent_verb = doc->clauses[cl->parent].verb;
    return parent_verb != DYAD_NO_CHUNK
           && !dyad_lemma_is(&doc->tokens[doc->chunks[parent_verb].head], DYAD_WC_SPEECH_VERB);
}

void dyad_intended_code(const dyad_document *doc, uint32_t governing, uint32_t verb_chunk, const char *code,
                        char out[8])
{
    if (dyad_renounces_force(doc, governing, verb_chunk, code))
        dyad_copy_str(out, 8, "0356");
    else if (governing != verb_chunk && strncmp(code, "10", 2) >= 0
             && dyad_lemma_is(&doc->tokens[doc->chunks[governing].head], DYAD_WC_CONSENT_VERB))
        dyad_copy_str(out, 8, code); /* what is agreed to is decided, never threatened */
    else if (governing == verb_chunk && dyad_event_code_is(code, DYAD_WC_ANNOUNCED_MEASURE_CODE)
             && !is_warned(doc, verb_chunk) && !dyad_sets_demand_condition(doc, doc->chunks[verb_chunk].clause))
        dyad_copy_str(out, 8, code); /* "Britain will expel 23 diplomats": announced, not threatened */
    else
        dyad_intent_code(code, out);
}

int dyad_reaches_negated_infinitive(const dyad_document *doc, uint32_t complement_first, uint32_t reach)
{
    return complement_first != UINT32_MAX && reach > complement_first
           && (doc->chunks[doc->tokens[complement_first].chunk_index].flags & DYAD_VP_NEGATED);
}
