/* Actors in context (see context.h): the dictionary reading of each noun phrase, refined by what
 * the article said before it. News names an actor once in full and shortly after ("Sharif", "the
 * bank", "the army"), and refers back with pronouns and possessives. */
#include "context.h"
#include "codes.h"
#include "../chunk/syntax.h"
#include "../core/xalloc.h"
#include "../lexicon/lexicon.h"
#include "../post/gazetteer.h"
#include "../tag/pos.h"
#include "../tag/wordclass.h"
#include "../text/utf8.h"
#include "../core/strcopy.h"
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* SURNAME: "Sharif" after "Prime Minister Shehbaz Sharif". INSTITUTION: "the bank" after "the
 * World Bank". AGENT_HEAD: "the army" after "Sudan's army". */
enum short_name_kind { SURNAME, INSTITUTION, AGENT_HEAD };

struct dyad_short_name {
    char word[48];
    uint8_t kind;
    dyad_actor_match actor;
};

enum np_state { NOT_RESOLVED, FOUND, NONE };

void dyad_actor_context_init(dyad_actor_context *x, dyad_actor_dicts dicts, const dyad_document *doc, int32_t date,
                             const uint8_t *left_out)
{
    memset(x, 0, sizeof *x);
    x->dicts = dicts;
    x->doc = doc;
    x->date = date;
    x->left_out = left_out;
    dyad_token_keys_build(&x->keys, doc, 0, (uint32_t)doc->n_tokens);
    size_t n = doc->n_chunks ? doc->n_chunks : 1;
    x->np_actor = dyad_xmalloc(n * sizeof *x->np_actor);
    x->np_state = dyad_xcalloc(n, 1);
}

void dyad_actor_context_free(dyad_actor_context *x)
{
    dyad_token_keys_free(&x->keys);
    free(x->short_names);
    free(x->np_actor);
    free(x->np_state);
}

int dyad_actor_in_tokens(const dyad_actor_context *x, uint32_t first, uint32_t end, dyad_actor_match *m)
{
    return dyad_resolve_actor_in(&x->dicts, &x->keys, first, end, x->date, m);
}

/* ---- names across "of" and "-backed" ---- */

/* The phrase of d that runs through the "of" between two noun phrases, or NULL: the first one
 * found in both begins in the first and ends in the second ("International Committee of the Red
 * Cross", though "the Red Cross" alone names the same entry). */
static const dyad_actor_entry *phrase_across(const dyad_phrase_dict *d, const dyad_token_keys *keys,
                                             const dyad_chunk *np, const dyad_chunk *of_np)
{
    uint32_t at, past;
    const dyad_actor_entry *e = dyad_find_phrase_span_in(d, keys, np->first, of_np->end, &at, &past);
    return e && at < np->end && past > of_np->first ? e : NULL;
}

/* "the Sea of [Japan]": chunk ends a name across "of" that the dictionary codes [---], a known
 * non-actor, so it names no one itself. */
static int ends_non_actor_name(const dyad_actor_context *x, uint32_t chunk)
{
    const dyad_document *doc = x->doc;
    if (chunk < 2 || dyad_of_np_after(doc, chunk - 2) != chunk) return 0;
    const dyad_actor_entry *e = phrase_across(x->dicts.actors, &x->keys, &doc->chunks[chunk - 2], &doc->chunks[chunk]);
    const char *code = e ? dyad_actor_code(x->dicts.actors, e, x->date) : NULL;
    return code && strcmp(code, "---") == 0;
}

/* "the Prince of Dol Amroth", "the Bank of England", "the Ministry of Silly Walks": an actor or
 * agent name that runs through "of" into the next noun phrase; both phrases are one actor. */
static int actor_across_of(const dyad_actor_context *x, uint32_t chunk, dyad_actor_match *m)
{
    const dyad_document *doc = x->doc;
    if (!dyad_name_runs_across_of(x, chunk)) return 0;
    return dyad_actor_in_tokens(x, doc->chunks[chunk].first, doc->chunks[dyad_of_np_after(doc, chunk)].end, m);
}

int dyad_name_runs_across_of(const dyad_actor_context *x, uint32_t chunk)
{
    uint32_t after = dyad_of_np_after(x->doc, chunk);
    return after != DYAD_NO_CHUNK
           && (phrase_across(x->dicts.actors, &x->keys, &x->doc->chunks[chunk], &x->doc->chunks[after])
               || phrase_across(x->dicts.agents, &x->keys, &x->doc->chunks[chunk], &x->doc->chunks[after]));
}

/* The actor before the backer suffix of token t ("U.S." of "U.S.-backed") into m; leads: the
 * suffix says the actor leads or runs what is named ("-led", "-run": value 1 in the lexicon). */
static int backer_at(const dyad_actor_context *x, uint32_t t, dyad_actor_match *m, int *leads)
{
    const char *w = x->doc->tokens[t].text, *suffix = strrchr(w, '-');
    if (!suffix || suffix == w || !dyad_word_is(suffix, DYAD_WC_BACKER_SUFFIX)) return 0;
    char key[128];
    size_t kl = dyad_utf8_upper_fold(w, (size_t)(suffix - w), key, sizeof key);
    const dyad_actor_entry *e = dyad_phrase_lookup(x->dicts.actors, key, kl);
    const char *code = e ? dyad_actor_code(x->dicts.actors, e, x->date) : NULL;
    if (!code || !code[0]) return 0; /* unknown, or no code in force on the article's date */
    memset(m, 0, sizeof *m);
    snprintf(m->code, sizeof m->code, "%s", code);
    m->actor = e;
    m->first = t;
    m->end = t + 1;
    *leads = dyad_word_value(suffix, DYAD_WC_BACKER_SUFFIX) == 1;
    return 1;
}

/* "a U.S.-backed proposal", "the Saudi-led coalition": whoever backs or leads the thing named,
 * unless the phrase is only the frame of an act ("in a China-brokered deal",
 * data/lexicon/frame-prepositions.txt). */
static int backer_of(const dyad_actor_context *x, uint32_t chunk, dyad_actor_match *m)
{
    const dyad_document *doc = x->doc;
    const dyad_chunk *np = &doc->chunks[chunk];
    if (np->relation == DYAD_REL_PP_OBJECT && np->link != DYAD_NO_CHUNK
        && dyad_lemma_is(&doc->tokens[doc->chunks[np->link].head], DYAD_WC_FRAME_PREPOSITION))
        return 0;
    int leads;
    for (uint32_t t = x->doc->chunks[chunk].first; t < x->doc->chunks[chunk].end; t++)
        if (backer_at(x, t, m, &leads)) return 1;
    return 0;
}

int dyad_actor_is_backer(dyad_actor_context *x, uint32_t chunk)
{
    dyad_actor_match m, backer;
    int leads;
    return dyad_actor_of(x, chunk, &m) && m.first < x->doc->n_tokens && backer_at(x, m.first, &backer, &leads);
}

/* "US-led forces", "Hamas-led fighters": an agent with no country that an actor leads or runs is
 * that actor's: a state's forces (USAMIL), or a group itself (Hamas). A backer ("Russian-backed
 * separatists") is not the agent's own. */
static void give_leader(const dyad_actor_context *x, uint32_t chunk, dyad_actor_match *m)
{
    if (dyad_code_has_country(m->code) || !m->agent) return;
    for (uint32_t t = x->doc->chunks[chunk].first; t < m->first; t++) {
        dyad_actor_match leader;
        int leads;
        if (!backer_at(x, t, &leader, &leads) || !leads || !dyad_code_has_country(leader.code)) continue;
        if (dyad_code_is_state(leader.code))
            dyad_code_set_country(m->code, leader.code);
        else
            memcpy(m->code, leader.code, sizeof m->code);
        return;
    }
}

/* ---- pronouns and possessives ---- */

/* "he", "him", "she", "her" stand for a person: never for a bare group agent ("police"). */
static int is_personal_pronoun(const dyad_token *t) { return dyad_text_is(t, DYAD_WC_PERSONAL_PRONOUN); }

static int can_stand_for(const dyad_token *pronoun, const dyad_actor_match *m)
{
    return !is_personal_pronoun(pronoun) || strncmp(m->code, "---", 3) != 0;
}

/* The chunk before c in c's sentence, DYAD_NO_CHUNK at the sentence's first: antecedents are
 * looked for in the pronoun's sentence, not the one before. */
static uint32_t chunk_before_in_sentence(const dyad_document *doc, uint32_t c)
{
    return c > 0 && !(doc->tokens[doc->chunks[c].first].flags & DYAD_TOK_SENTENCE_START) ? c - 1 : DYAD_NO_CHUNK;
}

/* Is chunk c a noun phrase headed by a plural ("West African leaders")? */
static int is_plural_phrase(const dyad_document *doc, uint32_t c)
{
    int pos = doc->tokens[doc->chunks[c].head].pos;
    return pos == DYAD_POS_NNS || pos == DYAD_POS_NNPS;
}

/* Was the actor matched in a phrase headed by a plural? */
static int names_plural(const dyad_document *doc, const dyad_actor_match *m)
{
    uint32_t c = m->first < doc->n_tokens ? doc->tokens[m->first].chunk_index : UINT32_MAX;
    return c != UINT32_MAX && is_plural_phrase(doc, c);
}

/* Is chunk c a noun phrase, not itself a pronoun, whose actor (into m) can stand for pronoun? A
 * person's pronoun ("he", "her") never stands for a plural. */
static int antecedent_at(dyad_actor_context *x, uint32_t c, const dyad_token *pronoun, dyad_actor_match *m)
{
    const dyad_chunk *ch = &x->doc->chunks[c];
    return ch->type == DYAD_CHUNK_NP && !(ch->flags & DYAD_NP_PRONOUN)
           && !(is_personal_pronoun(pronoun) && is_plural_phrase(x->doc, c)) && dyad_actor_of(x, c, m)
           && can_stand_for(pronoun, m);
}

/* The actor of the nearest subject of another clause before chunk in its sentence ("Ethiopia
 * indicated it would act"; not "police arrested him"). A possessive may also refer to the
 * subject of its own clause ("Israel recalled its negotiators"). A relative clause's own subject
 * is a side remark ("Uganda, whose troops serve there, said it would ..."), not an antecedent. */
static int earlier_subject_actor(dyad_actor_context *x, uint32_t chunk, int same_clause, uint32_t excluded,
                                 dyad_actor_match *m)
{
    const dyad_document *doc = x->doc;
    const dyad_token *pronoun = &doc->tokens[doc->chunks[chunk].first];
    for (uint32_t c = chunk; (c = chunk_before_in_sentence(doc, c)) != DYAD_NO_CHUNK;) {
        const dyad_clause *cl = &doc->clauses[doc->chunks[c].clause];
        if (c != excluded && cl->subject == c && cl->kind != DYAD_CLAUSE_RELATIVE
            && (same_clause || doc->chunks[c].clause != doc->chunks[chunk].clause) && antecedent_at(x, c, pronoun, m))
            return 1;
    }
    return 0;
}

/* "Erdogan spoke with Putin and urged him": a pronoun object never stands for the subject of
 * its own clause (that would be "himself", and a coordinate clause shares its subject). It stands
 * for the subject of another clause before it, else for the nearest other actor named before it
 * in the sentence, not a place. Returns -1 when the pronoun is no object (it is the subject, or its
 * clause has none), else whether such an actor was found. */
static int object_pronoun_actor(dyad_actor_context *x, uint32_t chunk, dyad_actor_match *m)
{
    const dyad_document *doc = x->doc;
    uint32_t subject = doc->clauses[doc->chunks[chunk].clause].subject;
    dyad_actor_match own;
    if (subject == DYAD_NO_CHUNK || subject >= chunk || !dyad_actor_of(x, subject, &own)) return -1;
    if (earlier_subject_actor(x, chunk, 0, subject, m) && strcmp(m->code, own.code) != 0) return 1;
    const dyad_token *pronoun = &doc->tokens[doc->chunks[chunk].first];
    int singular = strcasecmp(pronoun->text, "it") == 0; /* "it" is not "civilians" */
    for (uint32_t c = chunk; (c = chunk_before_in_sentence(doc, c)) != DYAD_NO_CHUNK;)
        if (c != subject && !dyad_is_place_phrase(doc, c)
            && !(singular && doc->tokens[doc->chunks[c].head].pos == DYAD_POS_NNS) && antecedent_at(x, c, pronoun, m)
            && strcmp(m->code, own.code) != 0)
            return 1;
    return 0;
}

/* "its forces", "their troops": an agent after a possessive pronoun belongs to whoever the
 * pronoun stands for. A state lends its country (Russia's ministry said its troops -> RUSMIL); a
 * group or organisation is the actor itself (the RSF said its forces -> the RSF). */
static void give_possessor_country(dyad_actor_context *x, uint32_t chunk, dyad_actor_match *m)
{
    const dyad_document *doc = x->doc;
    if (dyad_code_has_country(m->code) || doc->tokens[doc->chunks[chunk].first].pos != DYAD_POS_PRPS) return;
    dyad_actor_match owner;
    if (!earlier_subject_actor(x, chunk, 1, DYAD_NO_CHUNK, &owner) || !dyad_code_has_country(owner.code)) return;
    /* "Australia and New Zealand said they would evacuate their citizens": several owners, each
     * its own; the phrase names no one country */
    uint32_t owner_np = doc->tokens[owner.first].chunk_index;
    if (owner_np != UINT32_MAX && dyad_has_conjuncts(doc, owner_np)) return;
    char agent[sizeof m->code];
    dyad_copy_str(agent, sizeof agent, dyad_code_agent(m->code));
    if (dyad_code_is_state(owner.code))
        snprintf(m->code, sizeof m->code, "%.3s%.40s", owner.code, agent);
    else
        memcpy(m->code, owner.code, sizeof m->code);
}

/* "a spokesman for the Sudanese army", "an official from the foreign ministry": an agent with no
 * country that speaks or works for the actor of the phrase after it is that actor's (SDNMIL: the
 * spokesman speaks for the army), or that country's agent when the phrase names a bare country
 * ("an envoy from Qatar", QATGOV). Owners after "of" ("the ministers of A, B and C") are the
 * roles stage's, which shares them out over a list. */
static void give_principal(dyad_actor_context *x, uint32_t chunk, dyad_actor_match *m)
{
    const dyad_document *doc = x->doc;
    uint32_t np = dyad_speaker_np_after(doc, chunk);
    dyad_actor_match principal;
    if (dyad_code_has_country(m->code) || !m->agent || m->end != doc->chunks[chunk].end || np == DYAD_NO_CHUNK
        || dyad_head_is(doc, np - 1, "of") || !dyad_actor_of(x, np, &principal)
        || !dyad_code_has_country(principal.code))
        return;
    if (dyad_code_has_agent(principal.code))
        memcpy(m->code, principal.code, sizeof m->code);
    else
        dyad_code_set_country(m->code, principal.code);
}

/* "soldiers loyal to President Nkurunziza", "fighters loyal to Machar": an agent with no country
 * that is loyal to an actor serves it: a state organ's country (BDIMIL), or the group of anyone
 * else (SSDREB for an opposition leader's fighters). */
static void give_allegiance(dyad_actor_context *x, uint32_t chunk, dyad_actor_match *m)
{
    const dyad_document *doc = x->doc;
    uint32_t end = doc->chunks[chunk].end;
    dyad_actor_match lord;
    if (dyad_code_has_country(m->code) || !m->agent || m->end != end || end + 2 >= doc->n_tokens
        || strcmp(doc->tokens[end].lemma, "loyal") != 0 || strcmp(doc->tokens[end + 1].lemma, "to") != 0)
        return;
    uint32_t np = doc->tokens[end + 2].chunk_index;
    if (np == UINT32_MAX || doc->chunks[np].type != DYAD_CHUNK_NP || !dyad_actor_of(x, np, &lord)
        || !dyad_code_has_country(lord.code))
        return;
    if (!dyad_code_has_agent(lord.code) || dyad_agent_is_state_power(dyad_code_agent(lord.code)))
        dyad_code_set_country(m->code, lord.code);
    else
        memcpy(m->code, lord.code, sizeof m->code);
}

/* ---- the article's memory of short names ---- */

static void remember(dyad_actor_context *x, const char *word, enum short_name_kind kind, const dyad_actor_match *m)
{
    if (strlen(word) < 3 || strlen(word) >= sizeof x->short_names[0].word) return;
    for (size_t i = 0; i < x->n_short_names; i++)
        if (x->short_names[i].kind == kind && strcmp(x->short_names[i].word, word) == 0) {
            x->short_names[i].actor = *m; /* the latest one of that name */
            return;
        }
    dyad_grow((void **)&x->short_names, &x->cap_short_names, x->n_short_names + 1, sizeof *x->short_names);
    dyad_short_name *n = &x->short_names[x->n_short_names++];
    dyad_copy_str(n->word, sizeof n->word, word);
    n->kind = (uint8_t)kind;
    n->actor = *m;
}

/* "Wang Yi", then "Wang": the first word of a person's name where the family name comes first
 * (data/lexicon/family-name-first-countries.txt). Only the name's own words: a first word that is
 * a generic or institution word ("PEOPLES", "BANK") starts no person's name. */
static void learn_family_name_first(dyad_actor_context *x, const dyad_actor_match *m)
{
    char country[4], first[32];
    const char *name = m->actor->name, *space = strchr(name, ' ');
    snprintf(country, sizeof country, "%.3s", m->code);
    if (!space || (size_t)(space - name) >= sizeof first || !dyad_word_is(country, DYAD_WC_FAMILY_NAME_FIRST_COUNTRY))
        return;
    snprintf(first, sizeof first, "%.*s", (int)(space - name), name);
    if (!dyad_word_is(first, DYAD_WC_GENERIC_NAME_WORD) && !dyad_word_is(first, DYAD_WC_INSTITUTION_NOUN))
        remember(x, first, SURNAME, m);
}

/* The last word of an entry named with several words. People end in surnames ("SHEHBAZ
 * SHARIF"); institutions end in nouns that "the bank", "the court" refer back with ("WORLD
 * BANK"); other names (armies, parties, governments, places) in neither. */
static void learn_entry_name(dyad_actor_context *x, const dyad_actor_match *m)
{
    if (!m->actor || !m->actor->name) return;
    /* "the group" after "Hamas", "the RSF" or "Amnesty International": a named organisation or
     * armed group that is no state's; "the bloc" after the European Union, ECOWAS or ASEAN, a
     * grouping of states other than the UN. Only the organisation itself ("ECOWAS leaders" are not
     * the bloc). */
    if (!m->agent && dyad_code_has_country(m->code) && !dyad_code_is_state(m->code)) {
        int igo = strncmp(m->code, "IGO", 3) == 0;
        if (!igo)
            remember(x, "GROUP", INSTITUTION, m);
        else if (strncmp(m->code, "IGOUNO", 6) != 0)
            remember(x, "BLOC", INSTITUTION, m);
    }
    const char *space = strrchr(m->actor->name, ' ');
    if (!space || dyad_word_is(space + 1, DYAD_WC_GENERIC_NAME_WORD)) return;
    remember(x, space + 1, dyad_word_is(space + 1, DYAD_WC_INSTITUTION_NOUN) ? INSTITUTION : SURNAME, m);
    learn_family_name_first(x, m);
}

/* "former President Pedro Castillo", "Foreign Minister Zivadin Jovanovic": a person no dictionary
 * knows, named after a title, is that title's actor when the surname comes back alone. */
static void learn_titled_name(dyad_actor_context *x, uint32_t chunk, const dyad_actor_match *m)
{
    const dyad_document *doc = x->doc;
    const dyad_chunk *np = &doc->chunks[chunk];
    const dyad_token *last = &doc->tokens[np->end - 1];
    if (m->actor || !m->agent || m->end >= np->end || last->pos != DYAD_POS_NNP || np->end - m->end > 3) return;
    for (uint32_t t = m->end; t < np->end; t++)
        if (doc->tokens[t].pos != DYAD_POS_NNP) return;
    char word[48];
    size_t n = dyad_token_upper(last, 0, word, sizeof word);
    word[n < sizeof word ? n : sizeof word - 1] = '\0';
    remember(x, word, SURNAME, m);
}

/* "Sudan's army", "Israeli troops": a country and an agent whose head noun ends the phrase, for
 * a later "the army", "the troops". */
static void learn_agent_head(dyad_actor_context *x, uint32_t chunk, const dyad_actor_match *m)
{
    const dyad_token *head = &x->doc->tokens[x->doc->chunks[chunk].end - 1];
    if (!m->agent || !dyad_code_has_country(m->code) || m->end != x->doc->chunks[chunk].end
        || (head->pos != DYAD_POS_NN && head->pos != DYAD_POS_NNS))
        return;
    char word[48];
    size_t n = dyad_token_upper(head, 1, word, sizeof word);
    word[n < sizeof word ? n : sizeof word - 1] = '\0';
    remember(x, word, AGENT_HEAD, m);
}

/* The word of a noun phrase that may be a short name: a proper name ending it for SURNAME; for the
 * others the noun after "the", alone ("the bank") or as the owner of what follows ("the court's
 * decision", "the bank's president"). NULL when there is none. */
static const dyad_token *short_name_word(const dyad_document *doc, const dyad_chunk *np, enum short_name_kind kind)
{
    const dyad_token *last = &doc->tokens[np->end - 1];
    if (kind == SURNAME) return last->pos == DYAD_POS_NNP ? last : NULL;
    uint32_t words = np->end - np->first;
    if (words < 2 || strcasecmp(doc->tokens[np->first].text, "the") != 0) return NULL;
    const dyad_token *noun = &doc->tokens[np->first + 1];
    if (words > 2 && !(words >= 4 && doc->tokens[np->first + 2].pos == DYAD_POS_POS)) return NULL;
    return noun->pos == DYAD_POS_NN || (kind == AGENT_HEAD && noun->pos == DYAD_POS_NNS) ? noun : NULL;
}

/* The actor learned for word token name as a short name of that kind (its lemma for AGENT_HEAD). */
static inline int learned_actor(const dyad_actor_context *x, const dyad_token *name, enum short_name_kind kind,
                                dyad_actor_match *m)
{
    if (!x->n_short_names || !name) return 0;
    char word[64];
    size_t n = dyad_token_upper(name, kind == AGENT_HEAD, word, sizeof word);
    word[n < sizeof word ? n : sizeof word - 1] = '\0';
    for (size_t i = 0; i < x->n_short_names; i++)
        if (x->short_names[i].kind == kind && strcmp(x->short_names[i].word, word) == 0) {
            *m = x->short_names[i].actor;
            return 1;
        }
    return 0;
}

/* The actor a short name stands for (short_name_word). */
static int actor_by_short_name(const dyad_actor_context *x, uint32_t chunk, enum short_name_kind kind,
                               dyad_actor_match *m)
{
    const dyad_chunk *np = &x->doc->chunks[chunk];
    if (!learned_actor(x, short_name_word(x->doc, np, kind), kind, m)) return 0;
    m->first = np->first;
    m->end = np->end;
    return 1;
}

/* The actor of a surname the article has named in full before, or 0 when token t is none. */
static int surname_actor(const dyad_actor_context *x, uint32_t t, dyad_actor_match *m)
{
    const dyad_token *tok = &x->doc->tokens[t];
    return tok->pos == DYAD_POS_NNP && learned_actor(x, tok, SURNAME, m);
}

/* "Kan's government", "Gbagbo's forces": an agent with no country owned by a surname the article
 * has already named in full takes that person's country ("Prime Minister Naoto Kan ... Kan's
 * government" is JPNGOV). */
static void give_surname_owner(dyad_actor_context *x, uint32_t chunk, dyad_actor_match *m)
{
    const dyad_document *doc = x->doc;
    const dyad_chunk *np = &doc->chunks[chunk];
    if (dyad_code_has_country(m->code)) return;
    dyad_actor_match owner;
    for (uint32_t t = np->first; t + 1 < m->first; t++)
        if (doc->tokens[t + 1].pos == DYAD_POS_POS && surname_actor(x, t, &owner)
            && dyad_code_has_country(owner.code)) {
            dyad_code_set_country(m->code, owner.code);
            return;
        }
}

/* The one country of the region or large city whose name is tokens [first, end), or NULL: the
 * gazetteer's first-level regions and cities of 100,000 people or more, when every such place of
 * that name lies in one country ("Punjab" lies in two and names none). The gazetteer is the
 * places stage's (post/gazetteer.h), read here as data: the dictionary's places file names the
 * common places, the gazetteer every region. */
static const char *country_of_place_name(const dyad_document *doc, uint32_t first, uint32_t end, char code[4])
{
    const dyad_gazetteer *g = dyad_gazetteer_builtin();
    char key[128];
    const dyad_token *from = &doc->tokens[first], *to = &doc->tokens[end - 1];
    uint32_t found[16];
    size_t n_found = 0;
    if (g && dyad_place_key(doc->text + from->start, to->end - from->start, key, sizeof key))
        n_found = dyad_gazetteer_find(g, key, found, 16);
    code[0] = '\0';
    for (size_t i = 0; i < n_found; i++) {
        dyad_gaz_place p;
        dyad_gazetteer_place(g, found[i] & ~DYAD_GAZ_ALTERNATE, &p);
        if (!(p.kind == DYAD_PLACE_ADMIN1 || (p.kind == DYAD_PLACE_CITY && p.population >= 100000))) continue;
        if (code[0] && strncmp(code, p.cameo, 3) != 0) return NULL;
        memcpy(code, p.cameo, 3);
        code[3] = '\0';
    }
    return code[0] && strcmp(code, "---") != 0 ? code : NULL;
}

/* "Aceh rebels", "Kachin insurgents", "Donetsk separatists": an agent with no country whose
 * phrase opens with the proper name of a region or large city is of that place's country. */
static void give_named_place_country(const dyad_actor_context *x, uint32_t chunk, dyad_actor_match *m)
{
    const dyad_document *doc = x->doc;
    uint32_t first = doc->chunks[chunk].first, end = first;
    if (!x->place_countries || dyad_code_has_country(m->code) || !dyad_code_has_agent(m->code)) return;
    if (end < m->first && doc->tokens[end].pos == DYAD_POS_DT) first = ++end;
    while (end < m->first && doc->tokens[end].pos == DYAD_POS_NNP) end++;
    char code[4];
    if (end > first && end == m->first && country_of_place_name(doc, first, end, code))
        dyad_code_set_country(m->code, code);
}

/* ---- resolution ---- */

/* The dictionary's reading of a noun phrase in the light of the names learned so far; learns the
 * names it teaches. "The bank" after "the World Bank" is that bank before it is any bank; a
 * surname is looked for only when no dictionary knows the name. */
/* "the use of force against demonstrators", "took the town by force": bare singular "force", with
 * no determiner or modifier, is violence, not the armed forces its agent entry names ("forces",
 * "the force", "a peacekeeping force" are). */
static int is_force_as_violence(const dyad_document *doc, const dyad_chunk *np)
{
    const dyad_token *t = &doc->tokens[np->first];
    return np->end == np->first + 1 && t->pos == DYAD_POS_NN && strcmp(t->text, "force") == 0;
}

/* "the country", "the Central Asian country", "the South Asian nation": a noun for a country after
 * "the", with only capitalised adjectives before it, is the story's own country, the dateline's.
 * Returns 1 when found has it, -1 when the phrase is such a noun but the story has no dateline
 * (it names no region: "Central Asian" is not the actor), 0 for any other phrase. */
static int story_country(const dyad_actor_context *x, uint32_t chunk, dyad_actor_match *found)
{
    const dyad_document *doc = x->doc;
    const dyad_chunk *np = &doc->chunks[chunk];
    const dyad_token *head = &doc->tokens[np->head];
    if (np->head != np->end - 1 || head->pos != DYAD_POS_NN || !dyad_lemma_is(head, DYAD_WC_COUNTRY_NOUN)
        || strcmp(doc->tokens[np->first].lemma, "the") != 0)
        return 0;
    for (uint32_t t = np->first + 1; t < np->head; t++)
        if (!(doc->tokens[t].flags & DYAD_TOK_CAPITALIZED)) return 0; /* "the neighbouring country" */
    if (!x->setting[0]) return -1;
    memset(found, 0, sizeof *found);
    memcpy(found->code, x->setting, 4);
    found->first = np->first;
    found->end = np->end;
    return 1;
}

/* "Zelaya's residence", "the president's palace": a home or office named by its owner stands for
 * the owner, at whom force or coercion against it is aimed. */
static int owner_of_dwelling(const dyad_actor_context *x, uint32_t chunk, dyad_actor_match *found)
{
    const dyad_document *doc = x->doc;
    const dyad_chunk *np = &doc->chunks[chunk];
    uint32_t head = np->head;
    if (head < np->first + 2 || doc->tokens[head - 1].pos != DYAD_POS_POS
        || !dyad_lemma_is(&doc->tokens[head], DYAD_WC_DWELLING_NOUN))
        return 0;
    if (dyad_actor_in_tokens(x, np->first, head - 1, found)) return 1;
    if (!surname_actor(x, head - 2, found)) return 0;
    found->first = np->first;
    found->end = np->end;
    return 1;
}

/* The country of an actor found with none, from what the article says around its phrase. Each
 * way returns at once when one before it has given a country; most actors have their own, and
 * are not asked. */
static void give_country(dyad_actor_context *x, uint32_t chunk, dyad_actor_match *found)
{
    /* "the army" after "Sudan's army" is Sudan's */
    actor_by_short_name(x, chunk, AGENT_HEAD, found);
    give_possessor_country(x, chunk, found);
    give_surname_owner(x, chunk, found);
    give_leader(x, chunk, found);
    give_principal(x, chunk, found);
    give_allegiance(x, chunk, found);
    give_named_place_country(x, chunk, found);
}

static enum np_state resolve_and_learn(dyad_actor_context *x, uint32_t chunk, dyad_actor_match *found)
{
    const dyad_chunk *np = &x->doc->chunks[chunk];
    if (ends_non_actor_name(x, chunk) || is_force_as_violence(x->doc, np)) return NONE;
    int own = story_country(x, chunk, found);
    if (own) return own > 0 ? FOUND : NONE;
    if (actor_by_short_name(x, chunk, INSTITUTION, found)) return FOUND;
    if (actor_across_of(x, chunk, found) || dyad_actor_in_tokens(x, np->first, np->end, found)
        || backer_of(x, chunk, found)) {
        if (!dyad_code_has_country(found->code)) give_country(x, chunk, found);
        learn_entry_name(x, found);
        learn_titled_name(x, chunk, found);
        learn_agent_head(x, chunk, found);
        return FOUND;
    }
    if (actor_by_short_name(x, chunk, SURNAME, found)) return FOUND;
    return owner_of_dwelling(x, chunk, found) ? FOUND : NONE;
}

static int is_left_out(const dyad_actor_context *x, uint32_t token) { return x->left_out && x->left_out[token]; }

int dyad_actor_of(dyad_actor_context *x, uint32_t chunk, dyad_actor_match *m)
{
    assert(chunk < x->doc->n_chunks && x->doc->chunks[chunk].type == DYAD_CHUNK_NP);
    const dyad_chunk *np = &x->doc->chunks[chunk];
    if (is_left_out(x, np->first)) return 0;
    if (x->np_state[chunk] == NOT_RESOLVED)
        x->np_state[chunk] = (uint8_t)resolve_and_learn(x, chunk, &x->np_actor[chunk]);
    if (x->np_state[chunk] == FOUND) {
        *m = x->np_actor[chunk];
        return 1;
    }
    if (!(np->flags & DYAD_NP_PRONOUN) || np->end - np->first != 1) return 0;
    int object = object_pronoun_actor(x, chunk, m);
    if (object >= 0) return object;
    /* "he", "they", "it": the nearest subject named earlier in the sentence ("Ethiopia indicated
     * it would act"), else the last one of the article */
    if (earlier_subject_actor(x, chunk, 0, DYAD_NO_CHUNK, m)) return 1;
    const dyad_token *pronoun = &x->doc->tokens[np->first];
    if (x->have_last_subject && can_stand_for(pronoun, &x->last_subject)
        && !(is_personal_pronoun(pronoun) && names_plural(x->doc, &x->last_subject))) {
        *m = x->last_subject;
        return 1;
    }
    return 0;
}

void dyad_actors_learn_sentence(dyad_actor_context *x, uint32_t si)
{
    const dyad_sentence *s = &x->doc->sentences[si];
    dyad_actor_match m;
    for (uint32_t c = s->first_chunk; c < s->first_chunk + s->n_chunks; c++)
        if (x->doc->chunks[c].type == DYAD_CHUNK_NP) dyad_actor_of(x, c, &m);
}

void dyad_actors_note_subject(dyad_actor_context *x, uint32_t clause)
{
    const dyad_document *doc = x->doc;
    const dyad_clause *cl = &doc->clauses[clause];
    int main_line =
        cl->kind == DYAD_CLAUSE_MAIN || cl->kind == DYAD_CLAUSE_REPORTING || cl->kind == DYAD_CLAUSE_COORDINATE;
    dyad_actor_match m;
    if (main_line && cl->subject != DYAD_NO_CHUNK && !(doc->chunks[cl->subject].flags & DYAD_NP_PRONOUN)
        && dyad_actor_of(x, cl->subject, &m)) {
        x->last_subject = m;
        x->have_last_subject = 1;
    }
}

int dyad_names_both_sides(const dyad_actor_context *x, uint32_t np)
{
    const dyad_document *doc = x->doc;
    const dyad_chunk *ch = &doc->chunks[np];
    const dyad_token *t = &doc->tokens[ch->first];
    if (!x->sides[0][0] || ch->end - ch->first < 2
        || !(doc->tokens[ch->head].lemma_classes & DYAD_WC_MASK(DYAD_WC_SIDE_NOUN)))
        return 0;
    /* "each side accused the other" */
    if (strcmp(t->lemma, "each") == 0) return ch->head == ch->first + 1 && doc->tokens[ch->head].pos == DYAD_POS_NN;
    if (doc->tokens[ch->head].pos != DYAD_POS_NNS) return 0;
    if (strcmp(t->lemma, "both") == 0) return ch->head == ch->first + 1;
    if (strcmp(t->lemma, "the") == 0) t++;
    return strcmp(t->lemma, "two") == 0 && ch->head == (uint32_t)(t - doc->tokens) + 1;
}

/* The entry of the pair of sides a and b, either way round; a new one when there is none (the
 * least noted one gives its place when all are taken). */
static struct dyad_side_pair *side_pair(dyad_actor_context *x, const char *a, const char *b)
{
    size_t n = x->n_side_pairs, fewest = 0;
    for (size_t i = 0; i < n; i++) {
        struct dyad_side_pair *p = &x->side_pairs[i];
        if ((strcmp(p->a, a) == 0 && strcmp(p->b, b) == 0) || (strcmp(p->a, b) == 0 && strcmp(p->b, a) == 0)) return p;
        if (p->times < x->side_pairs[fewest].times) fewest = i;
    }
    size_t max = sizeof x->side_pairs / sizeof x->side_pairs[0];
    struct dyad_side_pair *p = &x->side_pairs[n < max ? x->n_side_pairs++ : fewest];
    dyad_copy_str(p->a, sizeof p->a, a);
    dyad_copy_str(p->b, sizeof p->b, b);
    p->times = 0;
    return p;
}

void dyad_actors_note_sides(dyad_actor_context *x, const char *source_code, const char *target_code)
{
    if (!dyad_code_has_country(source_code) || !dyad_code_has_country(target_code)
        || dyad_code_is_organisation(source_code) || dyad_code_is_organisation(target_code)
        || dyad_codes_are_one_actor(source_code, target_code))
        return;
    /* two countries are sides by their countries; two actors of one country ("the army and the
     * RSF") by their own codes */
    int one_country = strncmp(source_code, target_code, 3) == 0;
    char a[24] = "", b[24] = "";
    memcpy(a, source_code, one_country ? strnlen(source_code, 23) : 3);
    memcpy(b, target_code, one_country ? strnlen(target_code, 23) : 3);
    struct dyad_side_pair *p = side_pair(x, a, b);
    if (++p->times < x->sides_times) return;
    memcpy(x->sides[0], p->a, sizeof x->sides[0]);
    memcpy(x->sides[1], p->b, sizeof x->sides[1]);
    x->sides_times = p->times;
}

void dyad_actors_keep_inferred_country(dyad_actor_context *x, uint32_t chunk, const dyad_actor_match *inferred)
{
    dyad_actor_match *cached = &x->np_actor[chunk];
    if (x->np_state[chunk] == FOUND && strncmp(cached->code, "---", 3) == 0 && dyad_code_has_country(inferred->code)
        && strlen(inferred->code) >= 3 && strcmp(cached->code + 3, inferred->code + 3) == 0)
        dyad_code_set_country(cached->code, inferred->code);
}

void dyad_actors_find_setting(dyad_actor_context *x)
{
    const dyad_document *doc = x->doc;
    x->setting[0] = '\0';
    for (size_t si = 0; si < doc->n_sentences && si < 2; si++) {
        const dyad_sentence *s = &doc->sentences[si];
        if (!s->n_chunks) continue;
        uint32_t c = s->first_chunk;
        const dyad_chunk *ch = &doc->chunks[c];
        dyad_actor_match m;
        if (ch->type != DYAD_CHUNK_NP || !(doc->tokens[ch->first].flags & DYAD_TOK_ALL_CAPS)) continue;
        if (ch->end >= s->first_token + s->n_tokens || strcmp(doc->tokens[ch->end].text, ",") != 0) continue;
        if (!dyad_actor_of(x, c, &m) || !dyad_code_has_country(m.code) || dyad_code_is_organisation(m.code)) return;
        memcpy(x->setting, m.code, 3);
        x->setting[3] = '\0';
        return;
    }
}
