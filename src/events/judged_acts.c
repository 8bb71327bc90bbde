/* Step e' of the events stage (see coder.c): the author of an act that a clause judges.
 * "Biden condemned the attack", "the EU welcomed the arrest": the object is an act, not an
 * actor, and the judgement is aimed at whoever did it. That is the "by" agent of the act's
 * phrase when it has one ("the shooting of protesters by soldiers"), else the source of the
 * latest event of that kind the article coded before, or of the latest act of that kind said with
 * no target ("called for an inquiry"); never an actor named further on in the
 * clause ("condemned the arrest of Imamoglu" is not aimed at Imamoglu). */
#include "coding.h"
#include "judged_acts.h"
#include "../actors/codes.h"
#include "../chunk/syntax.h"
#include "../lexicon/lexicon.h"
#include "../tag/pos.h"
#include <stdint.h>
#include <string.h>
#include <strings.h>

/* What kinds of event an act noun can refer back to, by CAMEO code prefix: force (repression of
 * crowds, 175, and 18x-20x), coercion (17x, and 18x for killings), restrictive measures (16x,
 * and 172 for bans and curfews; not 175, so "sanctions" never refers back to a crackdown),
 * violations (of an embassy, a ceasefire: any coercion or force), concessions (08x), agreements
 * (signed, 057; to act, 03x; to cease fire, 087x), and what was said: appeals and demands, threats,
 * accusations (or a legal charge), offers. */
typedef struct {
    enum dyad_word_class nouns;
    const char *codes[5];
    int said; /* a thing said, whose author may follow "from" ("calls from Britain") */
    /* an agreement is judged ("welcomed the deal") but done to no one: no act phrase of
     * dyad_is_act_phrase, which may stand in a pattern's actor slot ("alarmed by the arrest") */
    int judged_only;
} act_kind;

static const act_kind act_kinds[] = {
    {DYAD_WC_ATTACK_NOUN, {"175", "18", "19", "20", NULL}, 0, 0},
    {DYAD_WC_COERCION_NOUN, {"17", "18", NULL}, 0, 0},
    {DYAD_WC_RESTRICTION_NOUN, {"16", "172", NULL}, 0, 0},
    {DYAD_WC_VIOLATION_NOUN, {"17", "18", "19", "20", NULL}, 0, 0},
    {DYAD_WC_APPEAL_NOUN, {"02", "10", NULL}, 1, 0},
    {DYAD_WC_THREAT_NOUN, {"13", NULL}, 1, 0},
    {DYAD_WC_ACCUSATION_NOUN, {"11", "173", NULL}, 1, 0},
    {DYAD_WC_OFFER_NOUN, {"03", NULL}, 1, 0},
    {DYAD_WC_CONCESSION_NOUN, {"08", NULL}, 0, 0},
    {DYAD_WC_AGREEMENT_NOUN, {"057", "087", NULL}, 0, 1},
};

static const act_kind *kind_of_act(const dyad_token *head)
{
    for (size_t i = 0; i < sizeof act_kinds / sizeof act_kinds[0]; i++)
        if (head->lemma_classes & DYAD_WC_MASK(act_kinds[i].nouns)) return &act_kinds[i];
    return NULL;
}

int dyad_is_act_phrase(const dyad_document *doc, uint32_t np)
{
    const act_kind *kind = kind_of_act(&doc->tokens[doc->chunks[np].head]);
    return kind && !kind->judged_only;
}

static int is_of_kind(const act_kind *kind, const char *code)
{
    for (size_t i = 0; kind->codes[i]; i++)
        if (strncmp(code, kind->codes[i], strlen(kind->codes[i])) == 0) return 1;
    return 0;
}

/* "the shooting of protesters by Nigerian soldiers", "the crackdown on protesters in Minsk by
 * police", "the sanctions imposed by China", "the proposal from Washington": the act's agent,
 * after the other phrases that complete the act's noun or the participle that tells it. */
static uint32_t agent_of_act(const dyad_document *doc, uint32_t act, const act_kind *kind)
{
    enum { MAX_COMPLEMENTS = 3 };
    uint32_t pp = act + 1, clause = doc->chunks[act].clause;
    if (pp < doc->n_chunks && dyad_is_bare_participle(doc, pp))
        clause = doc->chunks[pp++].clause; /* the participle may open a clause of its own */
    for (int n = 0; n <= MAX_COMPLEMENTS && pp + 1 < doc->n_chunks; n++, pp += 2) {
        if (doc->chunks[pp].type != DYAD_CHUNK_PP || doc->chunks[pp + 1].type != DYAD_CHUNK_NP
            || doc->chunks[pp + 1].clause != clause)
            break;
        const char *prep = doc->tokens[doc->chunks[pp].head].text;
        if (strcasecmp(prep, "by") == 0 || (kind->said && strcasecmp(prep, "from") == 0)) return pp + 1;
    }
    return DYAD_NO_CHUNK;
}

/* The index of the latest event of list that is of the act's kind and whose source has a country,
 * SIZE_MAX if none. */
static size_t latest_of_kind(const dyad_event_list *list, const act_kind *kind)
{
    size_t i = list->n;
    while (i-- > 0 && !(is_of_kind(kind, list->items[i].code) && dyad_code_has_country(list->items[i].source.code)))
        ;
    return i;
}

/* Is event a told in a later clause than event b? */
static int is_later(const dyad_event *a, const dyad_event *b)
{
    return a->sentence != b->sentence ? a->sentence > b->sentence : a->clause > b->clause;
}

/* How many events of list[from, to) are of the act's kind with this source. */
static size_t count_of_source(const dyad_event_list *list, size_t from, size_t to, const act_kind *kind,
                              const char *source)
{
    size_t n = 0;
    for (size_t j = from; j < to; j++)
        n += is_of_kind(kind, list->items[j].code) && strcmp(list->items[j].source.code, source) == 0;
    return n;
}

/* "Russia invaded Ukraine ... Ukrainian forces fought back ... NATO condemned the attack": the act
 * a story judges is its main one of that kind, done by the source the story tells doing it most
 * often, not the latest skirmish; on a tie, the latest. The index of that source's latest event
 * of the kind, SIZE_MAX if none. */
static size_t main_of_kind(const dyad_event_list *list, const act_kind *kind)
{
    size_t best = SIZE_MAX, best_count = 0;
    for (size_t j = list->n; j-- > 0;) {
        const dyad_event *e = &list->items[j];
        if (!is_of_kind(kind, e->code) || !dyad_code_has_country(e->source.code)
            || count_of_source(list, j + 1, list->n, kind, e->source.code))
            continue;
        size_t count = count_of_source(list, 0, j + 1, kind, e->source.code);
        if (count > best_count) {
            best = j;
            best_count = count;
        }
    }
    return best;
}

/* "US and British jets struck Houthi targets. Iran condemned the strikes", "Britain called for an
 * inquiry. Colombo rejected the calls": the sources of the clause that coded the story's main
 * event of the act's kind (main_of_kind), or of the latest act of that kind said with no target
 * when that is later, each once; a source with no country says nothing of who did it. Returns how
 * many were written to doers. */
static size_t latest_doers(const dyad_event_list *so_far, const dyad_event_list *untargeted, const act_kind *kind,
                           dyad_role_actor *doers, size_t max)
{
    size_t i = main_of_kind(so_far, kind), u = latest_of_kind(untargeted, kind);
    if (u != SIZE_MAX && (i == SIZE_MAX || is_later(&untargeted->items[u], &so_far->items[i]))) {
        so_far = untargeted;
        i = u;
    }
    if (i == SIZE_MAX) return 0;
    size_t n = 0;
    const dyad_event *latest = &so_far->items[i];
    for (size_t j = i + 1; j-- > 0 && n < max;) {
        const dyad_event *e = &so_far->items[j];
        if (e->sentence != latest->sentence || e->clause != latest->clause) break;
        int seen = 0;
        for (size_t d = 0; d < n; d++) seen |= strcmp(doers[d].m.code, e->source.code) == 0;
        if (seen || !is_of_kind(kind, e->code) || !dyad_code_has_country(e->source.code)) continue;
        doers[n++] = (dyad_role_actor){e->source, DYAD_NO_CHUNK};
    }
    return n;
}

enum dyad_judged_act dyad_judged_act(dyad_coding *k, uint32_t ci, const dyad_clause_reading *rd,
                                     const dyad_event_list *so_far, uint32_t *target_np, dyad_role_actor *doers,
                                     size_t max, size_t *n_doers)
{
    const dyad_document *doc = k->doc;
    /* "the arrest was condemned by Germany": in the passive the act is the subject */
    int passive = (doc->chunks[rd->verb_chunk].flags & DYAD_VP_PASSIVE) != 0;
    uint32_t act = passive ? doc->clauses[ci].subject : doc->clauses[ci].object, slot = rd->match.target_chunk;
    dyad_actor_match m;
    /* the act is what the pattern's target slot holds when that names no actor ("the sanctions
     * were illegal"), else the object; a slot after the object ("- * +" skipping "the attack" to
     * "the embassy") is no answer */
    if (slot != DYAD_NO_CHUNK && !dyad_actor_of(&k->actors, slot, &m)) act = slot;
    if (!k->readings->judged_acts || rd->verb_chunk != doc->clauses[ci].verb || act == DYAD_NO_CHUNK
        || (slot != DYAD_NO_CHUNK && slot < act) || !dyad_event_code_is(rd->code, DYAD_WC_JUDGEMENT_CODE))
        return DYAD_NOT_A_JUDGED_ACT;
    const act_kind *kind = kind_of_act(&doc->tokens[doc->chunks[act].head]);
    /* an actor in the act's phrase did it ("Russia's attack"), except the one a coercive act was
     * done to ("Imamoglu's arrest") */
    uint32_t parties[2];
    if (!kind || (kind->nouns != DYAD_WC_COERCION_NOUN && dyad_actor_of(&k->actors, act, &m))
        || dyad_between_phrases(doc, act, parties, 2)) /* "the pact between A and B": its parties */
        return DYAD_NOT_A_JUDGED_ACT;
    uint32_t agent = agent_of_act(doc, act, kind);
    if (agent != DYAD_NO_CHUNK && dyad_actor_of(&k->actors, agent, &m)) {
        *target_np = agent;
        return DYAD_JUDGED_ACT_BY;
    }
    *n_doers = latest_doers(so_far, &k->untargeted, kind, doers, max);
    return *n_doers ? DYAD_JUDGED_ACT_EARLIER : DYAD_JUDGED_ACT_UNKNOWN;
}
