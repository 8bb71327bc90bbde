/* Step e of the events stage (see coder.c): which noun phrases are a clause's source and target
 * (pattern slots, subject, passive agent, object or prepositional object, the subject of a
 * complement, mutual action), and the actors that fill them; and which verb group carries the
 * clause's event (its infinitive or -ing complement). */
#include "coding.h"
#include "judged_acts.h"
#include "../actors/codes.h"
#include "../chunk/syntax.h"
#include "../lexicon/lexicon.h"
#include "../tag/wordclass.h"
#include "../tag/pos.h"
#include <string.h>
#include <strings.h>

int dyad_is_speech_verb(const dyad_token *t) { return dyad_lemma_is(t, DYAD_WC_SPEECH_VERB); }

/* Verbs whose plural subject acts together, each on the others ("A and B met"). */
static int is_reciprocal_verb(const dyad_token *verb) { return dyad_lemma_is(verb, DYAD_WC_RECIPROCAL_VERB); }

/* "Gondor and Osgiliath downplayed their meeting": the subjects' joint undertaking as object. */
static int object_is_theirs(const dyad_document *doc, const dyad_clause *cl)
{
    if (cl->object == DYAD_NO_CHUNK) return 0;
    const dyad_chunk *o = &doc->chunks[cl->object];
    return strcasecmp(doc->tokens[o->first].text, "their") == 0
           && dyad_lemma_is(&doc->tokens[o->head], DYAD_WC_JOINT_NOUN);
}

/* "A and B held joint exercises", "began joint patrols": what is joint is done together. */
static int object_is_joint(const dyad_document *doc, const dyad_clause *cl)
{
    if (cl->object == DYAD_NO_CHUNK) return 0;
    const dyad_chunk *o = &doc->chunks[cl->object];
    uint32_t t = o->first;
    if (t + 1 < o->end && doc->tokens[t].pos == DYAD_POS_DT) t++;
    return strcasecmp(doc->tokens[t].text, "joint") == 0;
}

/* "accused each other", "met one another": the reciprocal pronoun as object makes any verb mutual. */
static int object_is_each_other(const dyad_document *doc, const dyad_clause *cl)
{
    if (cl->object == DYAD_NO_CHUNK) return 0;
    const dyad_chunk *o = &doc->chunks[cl->object];
    /* "one another" may come as two phrases, "one" a number and "another" a determiner */
    if (o->end - o->first == 1 && cl->object + 1 < doc->n_chunks && doc->chunks[cl->object + 1].first == o->end)
        return strcasecmp(doc->tokens[o->first].text, "one") == 0
               && strcasecmp(doc->tokens[o->end].text, "another") == 0;
    if (o->end - o->first != 2) return 0;
    const char *first = doc->tokens[o->first].text, *second = doc->tokens[o->first + 1].text;
    /* "each side accused the other" */
    return ((strcasecmp(first, "each") == 0 || strcasecmp(first, "the") == 0) && strcasecmp(second, "other") == 0)
           || (strcasecmp(first, "one") == 0 && strcasecmp(second, "another") == 0);
}

/* The target of a verb with no pattern slot. A reporting verb's target is whoever is addressed
 * ("told Kyiv"), never an audience ("told a news conference") nor what the rest of the clause
 * mentions ("said ... had fled Sudan"); other verbs take the object or a prepositional object,
 * preferring a phrase with a country ("Taiwan") to a bare agent ("military drills"). */
enum target_kinds {
    TARGET_PLACES = 1 << 0,            /* "shelled Kharkiv": a place where it happened may be the target */
    TARGET_PARTICIPLE_AGENTS = 1 << 1, /* "welcomed memos sent by X": a participle's agent may be */
};
static uint32_t target_after_verb(dyad_coding *k, uint32_t verb_chunk, uint32_t clause_index, uint32_t s_end_chunk,
                                  uint32_t source_np, unsigned kinds);

/* The value data/lexicon/subordinators.txt gives the word opening subordinate clause cl, 0 if
 * none. */
static int subordinator_kind(const dyad_document *doc, const dyad_clause *cl)
{
    if (cl->kind != DYAD_CLAUSE_SUBORDINATE || cl->first_chunk >= doc->n_chunks) return 0;
    const dyad_token *t = &doc->tokens[doc->chunks[cl->first_chunk].first];
    return t->pos == DYAD_POS_IN ? dyad_word_value(t->lemma, DYAD_WC_SUBORDINATOR) : 0;
}

/* "traded blame as a truce frayed", "although talks went on": a clause of circumstance or contrast
 * (data/lexicon/subordinators.txt marks their subordinators) is not what the verb is about. */
static int is_circumstance_clause(const dyad_document *doc, const dyad_clause *cl)
{
    return subordinator_kind(doc, cl) == 1;
}

/* "applied for membership after Russia invaded Ukraine": a clause of time or cause (marked "= 2")
 * may say whom a reaction of conflict (CAMEO roots 10 to 20) answers ("protested after troops
 * crossed the border"), never whom an appeal, offer, meeting or aid is for; it is an event of its
 * own (readings: nested_clauses; PETRARCH reads it into the clause above). */
static int is_occasion_of_cooperation(const dyad_coding *k, const dyad_clause *cl, const char *code)
{
    return k->readings->nested_clauses && subordinator_kind(k->doc, cl) == 2 && strncmp(code, "10", 2) < 0;
}

/* "signed an agreement under which Macedonia will change its name", "a deal whose terms ...": a
 * clause opened by a relative word after a noun or preposition describes that noun; it is no
 * complement of the verb. */
static int is_relative_clause(const dyad_document *doc, const dyad_clause *cl)
{
    if (cl->first_chunk >= doc->n_chunks) return 0;
    uint32_t t = doc->chunks[cl->first_chunk].first;
    int pos = doc->tokens[t].pos;
    return (pos == DYAD_POS_WDT || pos == DYAD_POS_WP || pos == DYAD_POS_WPS) && t > 0
           && !dyad_pos_is_verb(doc->tokens[t - 1].pos);
}

/* "Arnor believes Dagolath can cope", "Russia warned that Ukraine would pay": with no object, the
 * target of a verb is the subject of its complement clause. Not for plain reporting verbs
 * ("X said Y attacked Z"): what is reported is coded as its own event, with reported_by X. */
static uint32_t complement_subject(dyad_coding *k, uint32_t ci, uint32_t head, const char *code, const dyad_sentence *s,
                                   uint32_t source_np)
{
    if (dyad_is_speech_verb(&k->doc->tokens[head])) return DYAD_NO_CHUNK;
    dyad_actor_match m, source;
    int have_source = source_np != DYAD_NO_CHUNK && dyad_actor_of(&k->actors, source_np, &source)
                      && dyad_code_has_country(source.code) && dyad_code_is_state(source.code);
    for (uint32_t c = s->first_clause; c < s->first_clause + s->n_clauses; c++) {
        const dyad_clause *child = &k->doc->clauses[c];
        if (child->parent != ci || (child->kind != DYAD_CLAUSE_REPORTED && child->kind != DYAD_CLAUSE_SUBORDINATE)
            || is_circumstance_clause(k->doc, child) || is_occasion_of_cooperation(k, child, code)
            || is_relative_clause(k->doc, child))
            continue;
        if (child->subject == DYAD_NO_CHUNK || k->doc->chunks[child->subject].first <= head) continue;
        /* "began to question whether he has a future with the Orcs": a pronoun subject is the
         * speaker again, and "the Kremlin denied that Russian troops shelled the town" speaks for
         * the source's own state; the actor the complement is about comes after its verb */
        int own = have_source && dyad_actor_of(&k->actors, child->subject, &m) && dyad_code_is_state(m.code)
                  && strncmp(m.code, source.code, 3) == 0;
        if ((k->doc->chunks[child->subject].flags & DYAD_NP_PRONOUN) || own)
            return child->verb == DYAD_NO_CHUNK
                       ? DYAD_NO_CHUNK
                       : target_after_verb(k, child->verb, c, s->first_chunk + s->n_chunks, child->subject,
                                           TARGET_PLACES | TARGET_PARTICIPLE_AGENTS);
        if (dyad_actor_of(&k->actors, child->subject, &m)) return child->subject;
    }
    return DYAD_NO_CHUNK;
}

/* "deployed police officers to Haiti", "sent troops into Congo": where what is sent goes. */
static int is_destination(const dyad_document *doc, uint32_t np)
{
    np = dyad_np_anchor(doc, np);
    if (np == 0 || doc->chunks[np - 1].type != DYAD_CHUNK_PP) return 0;
    const char *prep = doc->tokens[doc->chunks[np - 1].head].lemma;
    return strcmp(prep, "to") == 0 || dyad_word_is(prep, DYAD_WC_ENTRY_PREPOSITION);
}

/* "a ceasefire brokered by Qatar and Egypt", "forces backed by Rwanda": the agent of a participle
 * that describes a noun did that participle's act; it is not what the clause's verb is done to. */
static int is_participle_agent(const dyad_document *doc, uint32_t np, uint32_t verb_chunk)
{
    np = dyad_np_anchor(doc, np);
    return np >= verb_chunk + 3 && doc->chunks[np - 1].type == DYAD_CHUNK_PP && dyad_head_is(doc, np - 1, "by")
           && dyad_is_bare_participle(doc, np - 2);
}

static uint32_t target_after_verb(dyad_coding *k, uint32_t verb_chunk, uint32_t clause_index, uint32_t s_end_chunk,
                                  uint32_t source_np, unsigned kinds)
{
    dyad_actor_match m, source;
    int have_source = source_np != DYAD_NO_CHUNK && dyad_actor_of(&k->actors, source_np, &source);
    uint32_t agent_only = DYAD_NO_CHUNK, unknown = DYAD_NO_CHUNK;
    for (uint32_t c = verb_chunk + 1; c < s_end_chunk; c++) {
        const dyad_chunk *ch = &k->doc->chunks[c];
        if (ch->clause != clause_index || ch->type != DYAD_CHUNK_NP
            || (!(kinds & TARGET_PARTICIPLE_AGENTS) && is_participle_agent(k->doc, c, verb_chunk))
            || dyad_is_absolute_with(k->doc, c))
            continue;
        if (!dyad_actor_of(&k->actors, c, &m)) {
            uint32_t parties[2];
            /* "spur reconciliation between Calenardhon and Gondor": the parties are the target */
            if (agent_only == DYAD_NO_CHUNK && dyad_between_phrases(k->doc, c, parties, 2)) return c;
            if (unknown == DYAD_NO_CHUNK) unknown = c;
            /* "the army toppled Bashir, protesters vow ...": a person's name right after the verb
             * (no article: not "the Strait of Hormuz") that no dictionary knows is the object,
             * someone unknown; the target is not further on */
            if (k->readings->no_self_events && c == verb_chunk + 1 && (ch->flags & DYAD_NP_PROPER)
                && k->doc->tokens[ch->first].pos == DYAD_POS_NNP && !dyad_is_place_phrase(k->doc, c))
                break;
            continue;
        }
        /* "Denmark pledged 1 billion Danish crowns to Ukraine": the source's own currency or people
         * are not the target */
        if (have_source && strcmp(m.code, source.code) == 0) continue;
        /* "attacked a hospital in Kharkiv", "met the ambassadors of Arnor": the place or owner gives
         * the agent its country, it is not the target */
        int place = dyad_is_place_phrase(k->doc, c);
        /* "marched through Nairobi", "talks in Doha": a place named where it happened is no
         * target unless the event is done to a place ("shelled targets in Kharkiv"); people there
         * may be ("an explosion near the Iranian consulate") */
        if (place && !m.agent && agent_only == DYAD_NO_CHUNK && !(kinds & TARGET_PLACES)) continue;
        /* agents with no country sent somewhere ("deployed police officers to Haiti") are the
         * source's own; where they go is the target */
        if (dyad_code_has_country(m.code))
            return agent_only != DYAD_NO_CHUNK && !is_destination(k->doc, c)
                           && (place || dyad_is_owner_phrase_of(k->doc, agent_only, c))
                       ? agent_only
                       : c;
        if (agent_only == DYAD_NO_CHUNK) agent_only = c;
    }
    /* with PETRARCH's new actors, an unknown phrase can be the target too */
    return agent_only != DYAD_NO_CHUNK || k->readings->new_actor_length <= 0 ? agent_only : unknown;
}

/* "told reporters", "told a news conference", "said on state television": who hears a statement
 * is not its target. */
static int is_audience(dyad_coding *k, uint32_t np)
{
    dyad_actor_match m;
    return dyad_actor_of(&k->actors, np, &m) && dyad_code_is_audience(m.code);
}

/* The target of a clause whose pattern placed none. */
static uint32_t unplaced_target(dyad_coding *k, const dyad_sentence *s, uint32_t ci, const dyad_clause_reading *rd,
                                uint32_t source_np)
{
    const dyad_document *doc = k->doc;
    const dyad_clause *cl = &doc->clauses[ci];
    const dyad_token *head = &doc->tokens[rd->head];
    uint32_t target_np;
    if (dyad_is_speech_verb(head))
        target_np = strcmp(head->lemma, "tell") == 0 && cl->object != DYAD_NO_CHUNK && !is_audience(k, cl->object)
                            && dyad_names_country(&k->actors, cl->object)
                        ? cl->object
                        : DYAD_NO_CHUNK;
    else {
        unsigned kinds = 0;
        if (!k->readings->places_only_struck || dyad_event_code_is(rd->code, DYAD_WC_PLACE_EVENT_CODE))
            kinds |= TARGET_PLACES;
        if (!k->readings->judged_acts || dyad_event_code_is(rd->code, DYAD_WC_JUDGEMENT_CODE))
            kinds |= TARGET_PARTICIPLE_AGENTS;
        /* "sanctions were imposed on Iran by the EU": a passive's other party comes before its
         * agent; what follows the agent ("by X, who chairs the bloc of Y, and Z") is the agent's */
        uint32_t end = s->first_chunk + s->n_chunks;
        if ((doc->chunks[rd->verb_chunk].flags & DYAD_VP_PASSIVE) && source_np != DYAD_NO_CHUNK
            && source_np > rd->verb_chunk && source_np < end)
            end = source_np;
        target_np = target_after_verb(k, rd->verb_chunk, ci, end, source_np, kinds);
    }
    return target_np != DYAD_NO_CHUNK ? target_np : complement_subject(k, ci, rd->head, rd->code, s, source_np);
}

uint32_t dyad_speaker_np(dyad_coding *k, uint32_t subject)
{
    dyad_actor_match m;
    if (dyad_actor_of(&k->actors, subject, &m)) return subject;
    uint32_t np = dyad_speaker_np_after(k->doc, subject);
    return np != DYAD_NO_CHUNK && dyad_actor_of(&k->actors, np, &m) ? np : subject;
}

/* "94 people were killed when government forces pushed into Benghazi": the subject of the
 * "when" clause of a passive with no agent is who did it, or DYAD_NO_CHUNK. */
static uint32_t when_clause_subject(const dyad_document *doc, uint32_t ci)
{
    for (uint32_t c = ci + 1; c < doc->n_clauses && doc->clauses[c].parent != UINT32_MAX; c++) {
        const dyad_clause *sub = &doc->clauses[c];
        if (sub->parent != ci || sub->kind != DYAD_CLAUSE_SUBORDINATE) continue;
        if (doc->chunks[sub->first_chunk].type == DYAD_CHUNK_SBAR && dyad_head_is(doc, sub->first_chunk, "when"))
            return sub->subject;
    }
    return DYAD_NO_CHUNK;
}

/* The source and target noun phrases of the clause. */
void dyad_clause_roles(dyad_coding *k, const dyad_sentence *s, uint32_t ci, const dyad_clause_reading *rd,
                       uint32_t *source_np, uint32_t *target_np)
{
    const dyad_document *doc = k->doc;
    const dyad_clause *cl = &doc->clauses[ci];
    const dyad_pattern_match *m = &rd->match;
    if (rd->stance == DYAD_STANCE_DEMAND) {
        /* "Turkey wants Sweden to extradite": from the one who wants to the one asked; "Macron
         * said Russia must withdraw": from the speaker to the one who must act */
        int asked = rd->asked_np != DYAD_NO_CHUNK;
        *source_np = asked ? cl->subject : doc->clauses[cl->parent].subject;
        *target_np = asked ? rd->asked_np : cl->subject;
        return;
    }
    *source_np = m->source_chunk != DYAD_NO_CHUNK ? m->source_chunk : cl->subject;
    *target_np = m->target_chunk;
    /* "- NOTED + *": X noted that Y regretted ...: a pattern that makes the clause's own subject
     * the target, reaching into the clause above, has that clause's subject as the source */
    if (m->source_chunk == DYAD_NO_CHUNK && *target_np == cl->subject && *target_np != DYAD_NO_CHUNK
        && cl->parent != UINT32_MAX)
        *source_np = doc->clauses[cl->parent].subject;
    if (doc->chunks[rd->verb_chunk].flags & DYAD_VP_PASSIVE) {
        /* "X was attacked by Y": Y is the source, X the target, unless the pattern placed the
         * source ("- + WAS * DEAD IN $", "- * FROM $"): a pattern with `$` is written for the passive */
        int placed = m->source_chunk != DYAD_NO_CHUNK;
        *source_np = placed ? m->source_chunk : dyad_by_agent(doc, rd->verb_chunk, s->first_chunk + s->n_chunks);
        if (*source_np == DYAD_NO_CHUNK) *source_np = when_clause_subject(doc, ci);
        *target_np = placed && m->target_chunk != DYAD_NO_CHUNK ? m->target_chunk : cl->subject;
        /* "Sanctions were imposed on Iran by the EU": a subject that is a thing, not an actor, is
         * what was done; the target is found after the verb, as in the active voice */
        dyad_actor_match subject;
        if (!placed && *target_np != DYAD_NO_CHUNK && *source_np != DYAD_NO_CHUNK
            && !dyad_actor_of(&k->actors, *target_np, &subject)
            && !(dyad_is_act_phrase(doc, *target_np) && dyad_event_code_is(rd->code, DYAD_WC_JUDGEMENT_CODE)))
            *target_np = unplaced_target(k, s, ci, rd, *source_np);
    } else {
        /* "A statement from the foreign ministry accused Eritrea ..." */
        if (m->source_chunk == DYAD_NO_CHUNK && *source_np != DYAD_NO_CHUNK)
            *source_np = dyad_speaker_np(k, *source_np);
        if (*target_np == DYAD_NO_CHUNK) *target_np = unplaced_target(k, s, ci, rd, *source_np);
    }
}

/* "Sudan's army and the RSF battled for control of Khartoum", "Israel and Hamas agree Gaza
 * ceasefire": a bare country that is one of the subjects' own is the ground fought or agreed over,
 * not a party. */
static int is_home_ground(dyad_coding *k, uint32_t target_np, const dyad_role_actor *sources, size_t n_sources)
{
    dyad_actor_match target;
    if (!dyad_actor_of(&k->actors, target_np, &target) || !dyad_code_is_bare_country(target.code)) return 0;
    for (size_t i = 0; i < n_sources; i++)
        if (dyad_code_has_country(sources[i].m.code) && !dyad_code_is_bare_country(sources[i].m.code)
            && strncmp(sources[i].m.code, target.code, 3) == 0)
            return 1;
    return 0;
}

/* "on the Caribbean island", "on the border": "on" with a noun for a kind of place says where the
 * act happened; elsewhere "on" may name whom an act is aimed at ("massed troops on Ukraine's
 * border", "sanctions on Iran"). */
static int is_on_location(const dyad_document *doc, uint32_t np)
{
    return np > 0 && doc->chunks[np - 1].type == DYAD_CHUNK_PP && dyad_head_is(doc, np - 1, "on")
           && dyad_lemma_is(&doc->tokens[doc->chunks[np].head], DYAD_WC_LOCATION_NOUN);
}

/* "Venezuela and Guyana pledged not to use force", "the two armies pulled back": de-escalation
 * (087, and its intent 0356) that several parties undertake together is between them. */
static int is_de_escalation(const char *code) { return strncmp(code, "087", 3) == 0 || strcmp(code, "0356") == 0; }

/* "Russia and Ukraine exchanged prisoners", "A and B signed a deal in Doha", "A and B accused each
 * other", "A and B held joint drills", "the deal was signed by A and B": with several subject (or
 * passive agent) actors, a verb of joint action or a reciprocal or joint object, and no object
 * actor, the event is between them, both ways;
 * never for an act that goes one way ("promised aid", data/lexicon/one-way-codes.txt). */
int dyad_clause_is_mutual(dyad_coding *k, uint32_t ci, const dyad_clause_reading *rd, const dyad_role_actor *sources,
                          size_t n_sources, uint32_t target_np)
{
    const dyad_document *doc = k->doc;
    return n_sources >= 2 && !dyad_event_code_is(rd->code, DYAD_WC_ONE_WAY_CODE)
           && rd->match.target_chunk == DYAD_NO_CHUNK
           && (is_reciprocal_verb(&doc->tokens[rd->head]) || object_is_theirs(doc, &doc->clauses[ci])
               || object_is_each_other(doc, &doc->clauses[ci]) || object_is_joint(doc, &doc->clauses[ci])
               || is_de_escalation(rd->code))
           && (target_np == DYAD_NO_CHUNK || dyad_is_place_phrase(doc, target_np) || is_on_location(doc, target_np)
               || !dyad_names_country(&k->actors, target_np)
               || is_home_ground(k, target_np, sources, n_sources)
               /* "Serbia and Kosovo agree EU-brokered deal": the broker is a third party */
               || dyad_actor_is_backer(&k->actors, target_np));
}

/* "Saudi Arabia and Bahrain said they would withdraw": the noun phrase a plural pronoun stands
 * for, when it has conjuncts, else DYAD_NO_CHUNK. */
static uint32_t coordinated_antecedent(dyad_coding *k, uint32_t np)
{
    const dyad_document *doc = k->doc;
    const dyad_chunk *ch = &doc->chunks[np];
    dyad_actor_match m;
    if (!(ch->flags & DYAD_NP_PRONOUN) || ch->end != ch->first + 1
        || !dyad_text_is(&doc->tokens[ch->first], DYAD_WC_PLURAL_PRONOUN) || !dyad_actor_of(&k->actors, np, &m)
        || m.first >= doc->n_tokens)
        return DYAD_NO_CHUNK;
    uint32_t antecedent = doc->tokens[m.first].chunk_index;
    return antecedent != UINT32_MAX && antecedent != np && dyad_has_conjuncts(doc, antecedent) ? antecedent
                                                                                               : DYAD_NO_CHUNK;
}

/* The actors of a role: its noun phrase and the phrases coordinated with it (with those of the
 * antecedent of a plural pronoun). */
size_t dyad_actors_of_role(dyad_coding *k, const dyad_sentence *s, uint32_t np, dyad_role_actor *out, size_t max)
{
    uint32_t nps[8] = {DYAD_NO_CHUNK};
    size_t n = 1;
    if (np != DYAD_NO_CHUNK) {
        uint32_t anchor = dyad_np_anchor(k->doc, np), antecedent = coordinated_antecedent(k, anchor);
        if (antecedent != DYAD_NO_CHUNK)
            n = dyad_conjuncts(k->doc, antecedent,
                               &k->doc->sentences[dyad_sentence_of_token(k->doc, k->doc->chunks[antecedent].first)],
                               nps, 8);
        else
            n = dyad_conjuncts(k->doc, anchor, s, nps, 8);
    }
    return dyad_role_actors(&k->actors, k->readings, n, nps, out, max);
}

/* A verb whose own code is "do not code" ("BEGIN [---]"); its patterns may still code. */
int dyad_codes_nothing_alone(const dyad_verb_dict *verbs, const dyad_verb_entry *verb)
{
    return !*dyad_verb_default_code(verbs, verb);
}

/* The event's verb becomes verb group c, whose verb the dictionary lists as inner. */
static void move_event_verb(const dyad_document *doc, dyad_clause_reading *rd, uint32_t c, const dyad_verb_entry *inner)
{
    rd->verb_chunk = c;
    rd->verb = inner;
    rd->head = doc->chunks[c].head;
}

/* The event moves to the clause's infinitive complement ("plans to impose", "wants Sweden to
 * extradite") when its verb is known; past one object when may_skip_object. */
int dyad_hand_to_infinitive(const dyad_coding *k, const dyad_clause *cl, dyad_clause_reading *rd, int may_skip_object)
{
    uint32_t inf = dyad_infinitive_after(k->doc, cl->verb, cl->end_chunk, may_skip_object);
    const dyad_verb_entry *inner = inf == DYAD_NO_CHUNK ? NULL : dyad_lookup_verb(&k->words, inf);
    if (!inner) return 0;
    move_event_verb(k->doc, rd, inf, inner);
    if (inf > cl->verb + 1 && k->doc->chunks[cl->verb + 1].type == DYAD_CHUNK_NP
        && dyad_is_wanting_verb(k->doc, cl->verb))
        rd->asked_np = cl->verb + 1;
    return 1;
}

int dyad_hand_to_coordinated_infinitive(const dyad_coding *k, uint32_t end_chunk, dyad_clause_reading *rd)
{
    const dyad_document *doc = k->doc;
    for (uint32_t c = rd->verb_chunk + 1; c < end_chunk; c++) {
        const dyad_chunk *ch = &doc->chunks[c];
        if (ch->type == DYAD_CHUNK_SBAR) return 0;
        if (ch->type != DYAD_CHUNK_VP) continue;
        const dyad_token *before = &doc->tokens[ch->first - 1];
        if (doc->tokens[ch->head].pos != DYAD_POS_VB || before->pos != DYAD_POS_CC
            || !dyad_lemma_is(before, DYAD_WC_CLAUSE_CONJUNCTION))
            return 0;
        const dyad_verb_entry *inner = dyad_lookup_verb(&k->words, c);
        if (!inner) return 0;
        move_event_verb(doc, rd, c, inner);
        return 1;
    }
    return 0;
}

/* "began bombing Yugoslavia", "continued shelling the city", "urged them to keep talking": a verb
 * group vc that says an act starts or goes on hands the event to its -ing complement right after
 * it, when that verb is known. */
int dyad_hand_to_gerund(const dyad_coding *k, uint32_t vc, uint32_t end_chunk, dyad_clause_reading *rd)
{
    const dyad_document *doc = k->doc;
    uint32_t g = vc + 1;
    if (g >= end_chunk || doc->chunks[g].type != DYAD_CHUNK_VP || doc->tokens[doc->chunks[g].head].pos != DYAD_POS_VBG
        || !dyad_lemma_is(&doc->tokens[doc->chunks[vc].head], DYAD_WC_ASPECT_VERB))
        return 0;
    const dyad_verb_entry *inner = dyad_lookup_verb(&k->words, g);
    if (!inner) return 0;
    move_event_verb(doc, rd, g, inner);
    return 1;
}
