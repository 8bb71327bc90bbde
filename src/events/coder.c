/* The events stage: an orchestrator over the modules that do the work.
 *
 * Order of processing, per document (dyad_code_document):
 *   1. discards      a story-level discard phrase anywhere drops the article (dict/dictset.h)
 *   2. readings      PETRARCH's comma rule marks the tokens left out (comma.h; off by default)
 *   3. words         the document's words as pattern-word ids (patterns.h)
 *   4. actors        every noun phrase of every kept sentence resolved in order, learning the
 *                    article's names as it goes; then the dateline's country (actors/context.h)
 *   5. clauses       sentence by sentence (a sentence with a discard phrase is skipped), clause
 *                    by clause, code_clause:
 *        a. subject     a main clause's subject is noted for later pronouns
 *        b. verb        its dictionary entry, else that of its -ing or infinitive complement
 *        c. pattern     the best pattern of its blocks, and the code it gives (voice, dialect)
 *        d. negation    a negated verb is not coded unless the pattern spells the negation out
 *        e. roles       source and target noun phrases: pattern slots, subject, passive agent,
 *                       object or prepositional object, complement subject, mutual action;
 *                       the author of an act a judgement is about (judged_acts.c)
 *        f. actors      the actors of each role (actors/roles.h), countries completed
 *        g. events      one per source and target, intent for modal verbs, who reports it,
 *                       each refined by what its actors are and left out when it cannot be
 *                       right (refine.c); TABARI's paired events
 *   6. transforms    PETRARCH-2's `~` rules rewrite events that another verb governs
 *                    (apply_transforms.h)
 * Tracing (--explain) only reads: every answer it prints was fixed by steps 1-4. */
#include "coding.h"
#include "apply_transforms.h"
#include "comma.h"
#include "factuality.h"
#include "patterns.h"
#include "../actors/codes.h"
#include "../actors/context.h"
#include "../actors/roles.h"
#include "../chunk/chunk.h"
#include "../chunk/syntax.h"
#include "../core/xalloc.h"
#include "../lexicon/lexicon.h"
#include "../tag/pos.h"
#include "../tag/wordclass.h"
#include "../core/strcopy.h"
#include <assert.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
void dyad_coding_trace(const dyad_coding *k, const char *fmt, ...)
{
    if (!k->trace) return;
    va_list ap;
    va_start(ap, fmt);
    vfprintf(k->trace, fmt, ap);
    va_end(ap);
}

/* ---- b, c, d: verb, pattern, code ---- */

/* The clause's verb in the dictionary. "Arnor is about to restore ties", "has begun to question":
 * a verb not in the dictionary hands its event to its -ing or infinitive complement, past one
 * object ("approved a loan to support" is still approving). */
static int choose_verb(const dyad_coding *k, const dyad_clause *cl, dyad_clause_reading *rd)
{
    rd->governing_chunk = rd->verb_chunk = cl->verb;
    rd->asked_np = DYAD_NO_CHUNK;
    rd->verb = dyad_lookup_verb(&k->words, cl->verb);
    rd->head = k->doc->chunks[cl->verb].head;
    if (!rd->verb && !dyad_hand_to_gerund(k, cl->verb, cl->end_chunk, rd)) dyad_hand_to_infinitive(k, cl, rd, 1);
    return rd->verb != NULL;
}

/* A verb whose own patterns did not match hands its event to its complement when it codes
 * nothing alone ("tried to march" is the march; its "tried to kill" patterns come first), and when
 * it is a verb of intention or wanting ("plans to impose sanctions" is intended sanctions, not the
 * plan's default 030). */
static int complement_act(const dyad_coding *k, const dyad_clause *cl, dyad_clause_reading *rd)
{
    if (rd->pattern || rd->verb_chunk != cl->verb) return 0;
    if (dyad_codes_nothing_alone(&k->dicts->verbs, rd->verb))
        return dyad_hand_to_gerund(k, cl->verb, cl->end_chunk, rd) || dyad_hand_to_infinitive(k, cl, rd, 0);
    if (!k->readings->factuality) return 0;
    int wanting = dyad_is_wanting_verb(k->doc, cl->verb);
    return (wanting || dyad_is_intention_verb(k->doc, cl->verb)) && dyad_hand_to_infinitive(k, cl, rd, wanting);
}

/* Where the clause's patterns may look. A complement clause's patterns may begin in the clause
 * that governs it ("INDICATED *" for "Ethiopia indicated it deplored Libya"); pattern words may
 * reach into the verb's complement clauses, but a reporting verb's stay in its own clause,
 * because what is reported is coded on its own. */
static dyad_pattern_span clause_span(const dyad_coding *k, const dyad_sentence *s, uint32_t ci,
                                     const dyad_clause_reading *rd)
{
    const dyad_document *doc = k->doc;
    const dyad_clause *cl = &doc->clauses[ci];
    dyad_pattern_span sp = {.head = rd->head,
                            .passive = (doc->chunks[rd->verb_chunk].flags & DYAD_VP_PASSIVE) != 0,
                            .c_first = doc->chunks[cl->first_chunk].first,
                            .c_end = doc->chunks[cl->end_chunk - 1].end,
                            .s_first = s->first_token};
    if (cl->parent != UINT32_MAX && dyad_is_complement_of(doc, ci, cl->parent))
        sp.c_first = doc->chunks[doc->clauses[cl->parent].first_chunk].first;
    sp.s_end = dyad_is_speech_verb(&doc->tokens[rd->head]) ? sp.c_end : dyad_complement_end(doc, ci, sp.c_end);
    uint32_t infinitive = dyad_infinitive_after(doc, rd->verb_chunk, s->first_chunk + s->n_chunks, 0);
    sp.complement_first = infinitive != DYAD_NO_CHUNK ? doc->chunks[infinitive].first : UINT32_MAX;
    return sp;
}

/* The code of the best pattern, else the verb's, else its block's. "[A:B]": in PETRARCH-2 files
 * B is for the verb in the passive voice; in TABARI files it is a paired event from the target
 * back to the source. */
static void choose_code(dyad_coding *k, const dyad_pattern_span *sp, dyad_clause_reading *rd)
{
    const dyad_verb_dict *verbs = &k->dicts->verbs;
    uint32_t n_tried;
    rd->block = &verbs->blocks[rd->verb->block];
    rd->pattern = dyad_best_pattern(&k->words, &k->actors, rd->verb, sp, &rd->match, &n_tried);
    rd->complement_first = sp->complement_first;
    const dyad_verb_pattern *p = rd->pattern;
    rd->code = p ? p->code : dyad_verb_default_code(verbs, rd->verb);
    const char *second = p ? p->second_code : rd->verb->has_code ? rd->verb->second_code : rd->block->second_code;
    rd->paired_code = "";
    if (!dyad_verb_block_petrarch2(verbs, p ? &verbs->blocks[p->block] : rd->block))
        rd->paired_code = second;
    else if (*second && sp->passive)
        rd->code = second;
    dyad_coding_trace(k, " -> block %s (%s:%u), %u pattern(s) tried", rd->block->name,
                      dyad_verb_block_file(verbs, rd->block), rd->block->line, n_tried);
    if (p)
        dyad_coding_trace(k, ", best at line %u", p->line);
    else
        dyad_coding_trace(k, ", none matched: block default");
    dyad_coding_trace(k, ", code %s", *rd->code ? rd->code : "[---]");
}

/* "urged Russia to ease the tension", "appealed to the king to free the prisoners": an appeal that
 * its pattern said no more of than 020 is an appeal for the act its infinitive names, which
 * CAMEO tells apart (021-028). The clause keeps its verb, roles and pattern; only the code
 * changes, and only when the act has an appeal code (factuality.h). */
static void appealed_act(dyad_coding *k, const dyad_sentence *s, uint32_t ci, dyad_clause_reading *rd)
{
    const dyad_clause *cl = &k->doc->clauses[ci];
    dyad_clause_reading act = *rd;
    if (!k->readings->factuality || strcmp(rd->code, "020") != 0 || rd->verb_chunk != cl->verb
        || !dyad_hand_to_infinitive(k, cl, &act, 1))
        return;
    /* "advised Russians not to travel there": what is asked not to be done has no appeal code */
    const dyad_chunk *before = &k->doc->chunks[act.verb_chunk - 1];
    if ((k->doc->chunks[act.verb_chunk].flags & DYAD_VP_NEGATED)
        || (before->type == DYAD_CHUNK_ADVP && dyad_is_negation(&k->doc->tokens[before->head])))
        return;
    if (dyad_codes_nothing_alone(&k->dicts->verbs, act.verb))
        dyad_hand_to_gerund(k, act.verb_chunk, cl->end_chunk, &act);
    dyad_coding_trace(k, "; the act appealed for: verb %s", k->doc->tokens[act.head].text);
    dyad_pattern_span span = clause_span(k, s, ci, &act);
    choose_code(k, &span, &act);
    dyad_appeal_code(act.code, rd->appeal_code);
    /* "to respect the Line of Control and settle their differences": the act that has a code */
    if (!*rd->appeal_code && dyad_hand_to_coordinated_infinitive(k, cl->end_chunk, &act)) {
        dyad_coding_trace(k, "; and: verb %s", k->doc->tokens[act.head].text);
        span = clause_span(k, s, ci, &act);
        choose_code(k, &span, &act);
        dyad_appeal_code(act.code, rd->appeal_code);
    }
    if (!*rd->appeal_code) return;
    rd->code = rd->appeal_code;
    dyad_coding_trace(k, "; appeal for it: %s", rd->code);
}

/* "would travel to Khartoum as soon as possible to try to reconcile the two", "will send a delegation
 * to both capitals to mediate": a clause whose purpose infinitive (past "try to") is an act of
 * mediation (045) tells an intent to mediate, not only to meet. */
static int has_mediation_purpose(const dyad_coding *k, const dyad_clause *cl, uint32_t verb_chunk)
{
    const dyad_document *doc = k->doc;
    for (uint32_t c = verb_chunk + 1; c < cl->end_chunk; c++) {
        if (doc->chunks[c].type != DYAD_CHUNK_VP || !(doc->chunks[c].flags & DYAD_VP_INFINITIVE)) continue;
        const dyad_verb_entry *v = dyad_lookup_verb(&k->words, c);
        if (v && dyad_codes_nothing_alone(&k->dicts->verbs, v)) continue; /* "to try to" */
        return v && strcmp(dyad_verb_default_code(&k->dicts->verbs, v), "045") == 0;
    }
    return 0;
}

/* What the clause says of the act decides which code it gets, if any (factuality.h). A negated
 * act of cooperation is a refusal; other negated acts are no event. Returns 0 for no event. */
static int apply_stance(const dyad_coding *k, uint32_t ci, dyad_clause_reading *rd)
{
    const dyad_document *doc = k->doc;
    int negated = ((doc->chunks[rd->verb_chunk].flags | doc->chunks[rd->governing_chunk].flags) & DYAD_VP_NEGATED
                   || (rd->pattern && dyad_reaches_negated_infinitive(doc, rd->complement_first, rd->match.reach)))
                  && !rd->match.covers_negation;
    rd->stance = DYAD_STANCE_FACT;
    if (k->readings->factuality) rd->stance = dyad_clause_stance(doc, ci, rd->governing_chunk, rd->verb_chunk);
    if (rd->asked_np != DYAD_NO_CHUNK && rd->stance != DYAD_STANCE_UNCERTAIN && rd->stance != DYAD_STANCE_STATE)
        rd->stance = DYAD_STANCE_DEMAND;
    if (rd->stance == DYAD_STANCE_UNCERTAIN || rd->stance == DYAD_STANCE_STATE) {
        dyad_coding_trace(k, rd->stance == DYAD_STANCE_STATE ? ": a relative clause describing a state; no event\n"
                                                             : ": supposed, possible or conditional; no event\n");
        return 0;
    }
    if (negated
        && !(rd->stance == DYAD_STANCE_INTENT
             && dyad_renounces_force(doc, rd->governing_chunk, rd->verb_chunk, rd->code))) {
        /* "have not met since 2022" tells a state, not a refusal: only a negated act is one */
        int perfect =
            ((doc->chunks[rd->verb_chunk].flags | doc->chunks[rd->governing_chunk].flags) & DYAD_VP_PERFECT) != 0;
        if (rd->stance != DYAD_STANCE_DEMAND && k->readings->factuality && !perfect)
            dyad_refusal_code(rd->code, rd->stance_code);
        if (!*rd->stance_code) {
            dyad_coding_trace(k, ": negated; not coded as the event\n");
            return 0;
        }
        rd->stance = DYAD_STANCE_FACT;
        rd->code = rd->stance_code;
        dyad_coding_trace(k, ", negated cooperation: refusal %s", rd->code);
        return 1;
    }
    if (rd->stance == DYAD_STANCE_FACT) return 1;
    int intent = rd->stance == DYAD_STANCE_INTENT;
    if (intent) {
        dyad_intended_code(doc, rd->governing_chunk, rd->verb_chunk, rd->code, rd->stance_code);
        if (strcmp(rd->stance_code, "036") == 0 && has_mediation_purpose(k, &doc->clauses[ci], rd->verb_chunk))
            dyad_copy_str(rd->stance_code, sizeof rd->stance_code, "039");
        else if (strncmp(rd->stance_code, "13", 2) == 0 && dyad_sets_demand_condition(doc, ci))
            dyad_copy_str(rd->stance_code, sizeof rd->stance_code, "139");
    } else
        dyad_demand_code(rd->code, rd->stance_code);
    if (!*rd->stance_code) {
        dyad_coding_trace(k, ": %s act that CAMEO has no code for; no event\n", intent ? "an intended" : "a demanded");
        return 0;
    }
    rd->code = rd->stance_code;
    dyad_coding_trace(k, ", %s: %s", intent ? "intended" : "demanded", rd->code);
    return 1;
}

/* ---- g: events ---- */

static void add_event(dyad_event_list *out, const dyad_event *e)
{
    dyad_grow((void **)&out->items, &out->cap, out->n + 1, sizeof *out->items);
    out->items[out->n++] = *e;
}

/* The same actors and code from the same sentence are one event: "between Arnor and Gondor, and
 * Gondor and Dagolath" names Gondor twice, "police arrested him and charged him" tells one 173 in
 * two clauses (PETRARCH also keeps one event per sentence). */
static int already_coded(const dyad_event_list *out, const dyad_event *e)
{
    for (size_t i = out->n; i-- > 0 && out->items[i].sentence == e->sentence;) {
        const dyad_event *o = &out->items[i];
        if (strcmp(o->code, e->code) == 0 && strcmp(o->source.code, e->source.code) == 0
            && strcmp(o->target.code, e->target.code) == 0)
            return 1;
    }
    return 0;
}

/* The same clause read from the target's side, with code: TABARI's paired codes ("LEFT
 * [032:033]"), and, once only, acts reciprocal by nature ("Blinken met Wang": the same code back). */
static void add_reverse_event(dyad_coding *k, dyad_event_list *out, const dyad_event *e, const char *code,
                              int reciprocal)
{
    dyad_event back = *e;
    back.source = e->target;
    back.target = e->source;
    dyad_copy_str(back.code, sizeof back.code, code);
    if (reciprocal && already_coded(out, &back)) return;
    add_event(out, &back);
    dyad_coding_trace(k, reciprocal ? ", and back %s -> %s %s" : ", paired %s -> %s %s", back.source.code,
                      back.target.code, back.code);
}

/* "allegedly", "reportedly": the clause passes on what others say. */
static int is_hedged(const dyad_document *doc, const dyad_clause *cl)
{
    for (uint32_t t = doc->chunks[cl->first_chunk].first; t < doc->chunks[cl->end_chunk - 1].end; t++)
        if (doc->tokens[t].pos == DYAD_POS_RB && dyad_lemma_is(&doc->tokens[t], DYAD_WC_HEDGE_ADVERB)) return 1;
    return 0;
}

/* Who speaks in a reporting clause (dyad_speaker_np). */
static int speaker_of(dyad_coding *k, uint32_t subject, dyad_actor_match *m)
{
    return dyad_actor_of(&k->actors, dyad_speaker_np(k, subject), m);
}

/* The event every source and target pair shares: code (intent for future and modal verbs),
 * provenance, and who reports it (the subject of the reporting clause above). */
static dyad_event event_of_clause(dyad_coding *k, uint32_t si, uint32_t ci, const dyad_clause_reading *rd)
{
    const dyad_document *doc = k->doc;
    const dyad_clause *cl = &doc->clauses[ci];
    dyad_event e;
    memset(&e, 0, sizeof e);
    e.sentence = si;
    e.clause = ci;
    e.block = rd->block;
    e.pattern = rd->pattern;
    e.verb_token = rd->head;
    dyad_copy_str(e.code, sizeof e.code, rd->code);
    dyad_actor_match rm;
    uint32_t according = dyad_according_to(doc, &doc->sentences[si]);
    if (cl->kind == DYAD_CLAUSE_REPORTED && cl->parent != UINT32_MAX
        && doc->clauses[cl->parent].subject != DYAD_NO_CHUNK && speaker_of(k, doc->clauses[cl->parent].subject, &rm))
        dyad_copy_str(e.reported_by, sizeof e.reported_by, rm.code);
    else if (according != DYAD_NO_CHUNK && dyad_actor_of(&k->actors, according, &rm))
        dyad_copy_str(e.reported_by, sizeof e.reported_by, rm.code); /* "according to the army, ..." */
    e.factuality = rd->stance == DYAD_STANCE_INTENT                                                 ? DYAD_INTENDED
                   : rd->stance == DYAD_STANCE_DEMAND || (!e.reported_by[0] && !is_hedged(doc, cl)) ? DYAD_ASSERTED
                                                                                                    : DYAD_REPORTED;
    return e;
}

/* The parties of a dispute ("clashed", "accused") or of a mutual event ("met", "signed") are
 * "both sides" for what follows; a third party appealing to them is not one of them. */
static void note_sides(dyad_coding *k, const dyad_event_list *out, size_t from, int mutual)
{
    for (size_t i = from; i < out->n; i++)
        if (mutual || strncmp(out->items[i].code, "11", 2) >= 0
            || dyad_event_code_is(out->items[i].code, DYAD_WC_RECIPROCAL_CODE))
            dyad_actors_note_sides(&k->actors, out->items[i].source.code, out->items[i].target.code);
}

/* Is noun phrase np one of the actors of a role? "Arnor and Gondor met" has its targets among
 * its sources: the event is coded from each of them already. */
static int is_among(uint32_t np, const dyad_role_actor *actors, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (np != DYAD_NO_CHUNK && actors[i].chunk == np) return 1;
    return 0;
}

/* "Russia, which invaded Ukraine in 2022, and Belarus held drills": a relative clause whose
 * subject is the phrase before it describes that phrase, not the conjuncts after the clause. */
static size_t described_by_relative(const dyad_clause *cl, uint32_t source_np, dyad_role_actor *a, size_t n)
{
    if (cl->kind != DYAD_CLAUSE_RELATIVE || source_np == DYAD_NO_CHUNK || source_np >= cl->first_chunk) return n;
    size_t kept = 0;
    for (size_t i = 0; i < n; i++)
        if (a[i].chunk == DYAD_NO_CHUNK || a[i].chunk < cl->first_chunk) a[kept++] = a[i];
    return kept ? kept : n;
}

/* One event per source and target actor, never an actor against itself (actors/codes.h), nor a
 * statement to the press, nor a party left unplaced. */
static int add_events(dyad_coding *k, dyad_event *e, const dyad_role_actor *src, size_t n_src,
                      const dyad_role_actor *tgt, size_t n_tgt, const char *paired_code, dyad_event_list *out)
{
    int coded = 0;
    for (size_t a = 0; a < n_src; a++)
        for (size_t b = 0; b < n_tgt; b++) {
            e->source = src[a].m;
            e->target = tgt[b].m;
            dyad_refine_event(k, e, src[a].chunk, tgt[b].chunk);
            if (dyad_event_is_left_out(k, e, src[a].chunk, &tgt[b]) || already_coded(out, e)) continue;
            add_event(out, e);
            coded++;
            dyad_coding_trace(k, "%s %s -> %s %s", coded > 1 ? "," : ":", e->source.code, e->target.code, e->code);
            if (*paired_code)
                add_reverse_event(k, out, e, paired_code, 0);
            else if (k->readings->reciprocal_acts && dyad_event_code_is(e->code, DYAD_WC_RECIPROCAL_CODE)
                     && !is_among(tgt[b].chunk, src, n_src))
                add_reverse_event(k, out, e, e->code, 1);
        }
    return coded;
}

/* No target phrase, or one that names no actor ("resigned after weeks of protests"). */
static int names_no_actor(dyad_coding *k, uint32_t np)
{
    dyad_actor_match m;
    return np == DYAD_NO_CHUNK || !dyad_actor_of(&k->actors, np, &m);
}

/* "staged a strike against the port operator": the clause says whom it is against. */
static int names_an_opponent(const dyad_document *doc, const dyad_clause *cl)
{
    for (uint32_t c = cl->first_chunk; c < cl->end_chunk; c++)
        if (doc->chunks[c].type == DYAD_CHUNK_PP && dyad_head_is(doc, c, "against")) return 1;
    return 0;
}

/* The side of its own country that a clause with no target is aimed at, if the readings give one:
 * "The government declared a state of emergency", a measure a state takes on its own people, is
 * against the source country's civilians (dyad_readings.measures_on_own_people); "thousands of
 * people poured into the streets of Dhaka", a protest by a country's people, opposition, workers
 * or students with no one named, is against that country's government
 * (dyad_readings.protests_against_own_state); "the army seized power", coercion that takes the
 * state's power (data/lexicon/coup-nouns.txt), is against that government (with
 * dyad_readings.measures_on_own_people). */
enum own_side { OWN_NONE, OWN_PEOPLE, OWN_STATE, OWN_GOVERNMENT };

/* "power", "a coup": a phrase naming the state power that is taken (data/lexicon/coup-nouns.txt). */
static int is_coup_phrase(const dyad_document *doc, uint32_t np)
{
    return np != DYAD_NO_CHUNK && dyad_lemma_is(&doc->tokens[doc->chunks[np].head], DYAD_WC_COUP_NOUN);
}

/* "seized power", "staged a coup": the clause names the state power that is taken. */
static int names_seized_power(const dyad_document *doc, const dyad_clause *cl)
{
    for (uint32_t c = cl->first_chunk; c < cl->end_chunk; c++)
        if (doc->chunks[c].type == DYAD_CHUNK_NP && is_coup_phrase(doc, c)) return 1;
    return 0;
}

static enum own_side own_side_aimed_at(const dyad_coding *k, const dyad_clause *cl, const char *code,
                                       uint32_t target_np)
{
    if (k->readings->measures_on_own_people && dyad_event_code_is(code, DYAD_WC_DOMESTIC_MEASURE_CODE))
        return OWN_PEOPLE;
    if (k->readings->protests_against_own_state && strncmp(code, "14", 2) == 0 && target_np == DYAD_NO_CHUNK
        && !names_an_opponent(k->doc, cl))
        return OWN_STATE;
    if (k->readings->measures_on_own_people && strncmp(code, "17", 2) == 0
        && (target_np == DYAD_NO_CHUNK || is_coup_phrase(k->doc, target_np)) && names_seized_power(k->doc, cl))
        return OWN_GOVERNMENT;
    return OWN_NONE;
}

/* Does the source act on that side of its own country: a state on its people, a crowd on its state? */
static int acts_on_own_side(const char *code, enum own_side side)
{
    if (!dyad_code_has_country(code)) return 0;
    if (side == OWN_PEOPLE) return dyad_code_is_state(code);
    const char *agent = dyad_code_agent(code);
    if (side == OWN_GOVERNMENT) return strcmp(agent, "GOV") != 0;
    return !dyad_code_is_organisation(code) && dyad_code_has_agent(code) && dyad_agent_is_domestic(agent)
           && !dyad_agent_is_state_power(agent);
}

/* The events of a clause aimed at a side of each source's own country. Returns the events added. */
static int code_against_own_side(dyad_coding *k, dyad_event *e, dyad_role_actor *src, size_t n_src, enum own_side side,
                                 dyad_event_list *out)
{
    int coded = 0;
    for (size_t a = 0; a < n_src; a++) {
        /* a crowd with no country is of the country where it protests */
        if (side == OWN_STATE && src[a].chunk != DYAD_NO_CHUNK)
            dyad_give_place_country(&k->actors, src[a].chunk, &src[a].m);
        if (!acts_on_own_side(src[a].m.code, side)) continue;
        dyad_role_actor own = {.chunk = DYAD_NO_CHUNK};
        snprintf(own.m.code, sizeof own.m.code, "%.3s%s", src[a].m.code, side == OWN_PEOPLE ? "CVL" : "GOV");
        coded += add_events(k, e, &src[a], 1, &own, 1, "", out);
    }
    return coded;
}

/* "Britain called for an inquiry": an act with no target still has an author, at whom a later
 * "rejected the calls" is aimed (judged_acts.c). */
static void note_untargeted(dyad_coding *k, uint32_t si, uint32_t ci, const dyad_clause_reading *rd,
                            const dyad_role_actor *src, size_t n_src)
{
    dyad_event e = {.sentence = si, .clause = ci}; /* only who said what kind of act, and where */
    dyad_copy_str(e.code, sizeof e.code, rd->code);
    for (size_t a = 0; a < n_src; a++) {
        if (!dyad_code_has_country(src[a].m.code)) continue;
        e.source = src[a].m;
        add_event(&k->untargeted, &e);
    }
}

/* ---- a clause ---- */

/* Codes clause ci; returns the number of events it gave. parent_coded: the clause it belongs to
 * gave events (PETRARCH then codes no adverbial clause inside it, see dyad_readings). */
static int code_clause(dyad_coding *k, uint32_t si, uint32_t ci, int parent_coded, dyad_event_list *out)
{
    const dyad_document *doc = k->doc;
    const dyad_sentence *s = &doc->sentences[si];
    const dyad_clause *cl = &doc->clauses[ci];
    dyad_actors_note_subject(&k->actors, ci);
    if (cl->verb == DYAD_NO_CHUNK) return 0;
    if (parent_coded && cl->kind == DYAD_CLAUSE_SUBORDINATE && !k->readings->nested_clauses) {
        dyad_coding_trace(k, "  clause %u: inside a coded clause, not coded (PETRARCH)\n", ci - s->first_clause + 1);
        return 0;
    }
    dyad_clause_reading rd = {0};
    int known = choose_verb(k, cl, &rd);
    if (k->actors.left_out && k->actors.left_out[rd.head]) {
        dyad_coding_trace(k, "  clause %u: left out by the comma rule\n", ci - s->first_clause + 1);
        return 0;
    }
    dyad_coding_trace(k, "  clause %u (%s): verb %s", ci - s->first_clause + 1, dyad_clause_kind_name(cl->kind),
                      doc->tokens[rd.head].text);
    if (!known) {
        dyad_coding_trace(k, ": not in the verb dictionary; no event\n");
        return 0;
    }
    dyad_pattern_span span = clause_span(k, s, ci, &rd);
    choose_code(k, &span, &rd);
    if (complement_act(k, cl, &rd)) {
        dyad_coding_trace(k, "; the act of its complement: verb %s", doc->tokens[rd.head].text);
        span = clause_span(k, s, ci, &rd);
        choose_code(k, &span, &rd);
    }
    appealed_act(k, s, ci, &rd);
    if (!*rd.code) {
        dyad_coding_trace(k, ": pattern says do not code\n");
        return 0;
    }
    if (!apply_stance(k, ci, &rd)) return 0;
    uint32_t source_np, target_np;
    dyad_clause_roles(k, s, ci, &rd, &source_np, &target_np);
    dyad_role_actor src[16], tgt[16];
    size_t n_tgt = 0;
    size_t n_src =
        described_by_relative(&k->doc->clauses[ci], source_np, src, dyad_actors_of_role(k, s, source_np, src, 16));
    /* "traded accusations": the parties of a mutual event judge no earlier act */
    int mutual = dyad_clause_is_mutual(k, ci, &rd, src, n_src, target_np);
    enum dyad_judged_act judged =
        mutual ? DYAD_NOT_A_JUDGED_ACT : dyad_judged_act(k, ci, &rd, out, &target_np, tgt, 16, &n_tgt);
    if (judged == DYAD_JUDGED_ACT_UNKNOWN) {
        dyad_coding_trace(k, ": the act it judges has no known author; no event\n");
        return 0;
    }
    if (mutual) target_np = source_np;
    /* "took power in a coup": the coup is the act, not its target */
    enum own_side side = (names_no_actor(k, target_np) || is_coup_phrase(doc, target_np))
                                 && judged == DYAD_NOT_A_JUDGED_ACT && source_np != DYAD_NO_CHUNK
                             ? own_side_aimed_at(k, cl, rd.code, target_np)
                             : OWN_NONE;
    if (side != OWN_NONE) {
        dyad_event e = event_of_clause(k, si, ci, &rd);
        int coded = code_against_own_side(k, &e, src, n_src, side, out);
        dyad_coding_trace(k, !coded               ? ": target missing; no event\n"
                             : side == OWN_PEOPLE ? " (against its own people)\n"
                                                  : " (against its own state)\n");
        return coded;
    }
    if ((source_np == DYAD_NO_CHUNK || (target_np == DYAD_NO_CHUNK && judged != DYAD_JUDGED_ACT_EARLIER))
        && (k->readings->require_dyad || source_np == target_np)) {
        dyad_coding_trace(k, ": %s missing; no event\n", source_np == DYAD_NO_CHUNK ? "source" : "target");
        if (source_np != DYAD_NO_CHUNK) note_untargeted(k, si, ci, &rd, src, n_src);
        return 0;
    }
    dyad_event e = event_of_clause(k, si, ci, &rd);
    if (judged != DYAD_JUDGED_ACT_EARLIER) n_tgt = dyad_actors_of_role(k, s, target_np, tgt, 16);
    size_t before = out->n;
    int coded = add_events(k, &e, src, n_src, tgt, n_tgt, rd.paired_code, out);
    note_sides(k, out, before, target_np == source_np);
    dyad_coding_trace(k, coded ? "\n" : ": source or target is not a known actor; no event\n");
    return coded;
}

/* ---- the document ---- */

/* The discard phrase of every sentence, found once (in the document's keys, which the actors'
 * context holds). */
static const dyad_actor_entry **find_discards(const dyad_dictset *d, const dyad_token_keys *keys)
{
    const dyad_document *doc = keys->doc;
    const dyad_actor_entry **found = dyad_xcalloc(doc->n_sentences ? doc->n_sentences : 1, sizeof *found);
    for (size_t si = 0; si < doc->n_sentences; si++) {
        const dyad_sentence *s = &doc->sentences[si];
        found[si] = dyad_find_phrase_in(&d->discards, keys, s->first_token, s->first_token + s->n_tokens);
    }
    return found;
}

static const dyad_actor_entry *discard_in(const dyad_coding *k, uint32_t si) { return k->discards[si]; }

/* Boilerplate and off-topic stories: a story-level discard phrase anywhere drops the article. */
static int story_discarded(const dyad_coding *k)
{
    const dyad_phrase_dict *d = &k->dicts->discards;
    for (uint32_t si = 0; si < k->doc->n_sentences; si++) {
        const dyad_actor_entry *e = discard_in(k, si);
        if (e && strcmp(d->codes[e->first_code].code, "STORY") == 0) {
            dyad_coding_trace(k, "story discarded: '%s' (%s:%u) in sentence %u\n", e->name, d->files[e->file], e->line,
                              si + 1);
            return 1;
        }
    }
    return 0;
}

/* --explain: every noun phrase of the sentence with the actor it names. */
static void trace_noun_phrases(dyad_coding *k, const dyad_sentence *s)
{
    fputs("  noun phrases:", k->trace);
    for (uint32_t c = s->first_chunk; c < s->first_chunk + s->n_chunks; c++) {
        const dyad_chunk *ch = &k->doc->chunks[c];
        if (ch->type != DYAD_CHUNK_NP) continue;
        const dyad_token *a = &k->doc->tokens[ch->first], *b = &k->doc->tokens[ch->end - 1];
        dyad_actor_match m;
        int found = dyad_actor_of(&k->actors, c, &m);
        fprintf(k->trace, " [%.*s]=%s", (int)(b->end - a->start), k->doc->text + a->start, found ? m.code : "-");
    }
    fputc('\n', k->trace);
}

static void code_sentence(dyad_coding *k, uint32_t si, dyad_event_list *out)
{
    const dyad_document *doc = k->doc;
    const dyad_sentence *s = &doc->sentences[si];
    dyad_coding_trace(k, "sentence %u: %.*s\n", si + 1, (int)(s->end - s->start), doc->text + s->start);
    const dyad_actor_entry *e = discard_in(k, si);
    if (e) {
        dyad_coding_trace(k, "  discarded: '%s' (%s:%u)\n", e->name, k->dicts->discards.files[e->file], e->line);
        return;
    }
    if (k->trace) trace_noun_phrases(k, s);
    uint64_t coded = 0; /* which of the sentence's first 64 clauses gave events */
    for (uint32_t ci = s->first_clause; ci < s->first_clause + s->n_clauses; ci++) {
        uint32_t parent = doc->clauses[ci].parent;
        int parent_coded =
            parent != UINT32_MAX && parent - s->first_clause < 64 && (coded >> (parent - s->first_clause) & 1);
        if (code_clause(k, si, ci, parent_coded, out) && ci - s->first_clause < 64)
            coded |= (uint64_t)1 << (ci - s->first_clause);
    }
}

/* The actors the noun phrases named, for post-processing (coder.h). */
/* Under statements_by_content (core/readings.h) a bare statement (010) is no event. It is left
 * out only here, after PETRARCH-2's transformations, which may rewrite a statement that governs
 * another event ("X said it attacked Y" is a claim of responsibility). */
static void drop_bare_statements(dyad_coding *k, dyad_event_list *out)
{
    size_t kept = 0;
    for (size_t i = 0; i < out->n; i++) {
        if (strcmp(out->items[i].code, "010") == 0) {
            dyad_coding_trace(k, "sentence %u: %s -> %s 010 left out: a bare statement\n", out->items[i].sentence + 1,
                              out->items[i].source.code, out->items[i].target.code);
            continue;
        }
        out->items[kept++] = out->items[i];
    }
    out->n = kept;
}

static void keep_np_actors(const dyad_actor_context *x, dyad_event_list *out)
{
    size_t n = x->doc->n_chunks;
    dyad_grow((void **)&out->np_actors, &out->np_cap, n ? n : 1, sizeof *out->np_actors);
    for (size_t c = 0; c < n; c++) {
        if (x->np_state[c] == 1)
            out->np_actors[c] = x->np_actor[c];
        else
            memset(&out->np_actors[c], 0, sizeof out->np_actors[c]);
    }
}

void dyad_code_document(const dyad_dictset *d, const dyad_readings *r, const dyad_document *doc, int32_t date,
                        dyad_event_list *out, FILE *trace_out)
{
    assert(d && r && doc && out);
    out->n = 0;
    dyad_coding k = {.dicts = d, .readings = r, .doc = doc, .trace = trace_out};
    uint8_t *left_out = NULL;
    if (dyad_comma_rule_is_on(&r->comma)) {
        left_out = dyad_xcalloc(doc->n_tokens ? doc->n_tokens : 1, 1);
        dyad_comma_rule_apply(&r->comma, doc, left_out);
    }
    dyad_pattern_index_build(&k.words, &d->verbs, doc, r, left_out);
    dyad_actor_context_init(&k.actors, (dyad_actor_dicts){&d->actors, &d->agents}, doc, date, left_out);
    k.actors.place_countries = r->infer_countries;
    k.discards = find_discards(d, &k.actors.keys);
    if (!story_discarded(&k)) {
        /* the dateline first: "the country" refers to it wherever the story says so */
        if (r->infer_countries) dyad_actors_find_setting(&k.actors);
        for (uint32_t si = 0; si < doc->n_sentences; si++)
            if (!discard_in(&k, si)) dyad_actors_learn_sentence(&k.actors, si);
        if (k.actors.setting[0])
            dyad_coding_trace(&k, "dateline country: %s (given to unplaced domestic agents)\n", k.actors.setting);
        for (uint32_t si = 0; si < doc->n_sentences; si++) code_sentence(&k, si, out);
        if (d->verbs.n_transforms) dyad_apply_transforms(&d->verbs, &k.words, &k.actors, out, 0, trace_out);
        if (r->statements_by_content) drop_bare_statements(&k, out);
        if (r->one_event_per_action) dyad_drop_restated_events(&k, out);
    }
    if (out->keep_actors) keep_np_actors(&k.actors, out);
    dyad_actor_context_free(&k.actors);
    dyad_pattern_index_free(&k.words);
    free(k.discards);
    free(k.untargeted.items);
    free(left_out);
}
