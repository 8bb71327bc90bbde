/* Step g of coder.c: an event refined by what its actors and phrases are, and the events that are
 * not kept. Each rule here encodes one fact about how news names actors or about how CAMEO codes an
 * act ("a state that protests complains officially", "killing by an army is military force"); the
 * readings (core/readings.h) switch them off for PETRARCH's behaviour. */
#include "coding.h"
#include "../actors/codes.h"
#include "../chunk/syntax.h"
#include "../lexicon/lexicon.h"
#include "../tag/pos.h"
#include "../tag/wordclass.h"
#include <string.h>
#include <strings.h>

/* Does noun phrase np name the country itself ("Beltria", "it"), not people of it ("residents of
 * Beltria")? Its head is then part of the match, or a pronoun standing for it. */
static int names_the_country(const dyad_coding *k, uint32_t np, const dyad_actor_match *m)
{
    if (np == DYAD_NO_CHUNK) return 1;
    const dyad_chunk *ch = &k->doc->chunks[np];
    if (np >= 2 && dyad_of_np_after(k->doc, np - 2) == np) return 0; /* "residents of Beltria" */
    return (ch->flags & DYAD_NP_PRONOUN) || (ch->head >= m->first && ch->head < m->end);
}

/* An act of state to state (data/lexicon/addressed-act-codes.txt) between np, which names a country
 * itself, and an actor of another country: "Ethiopia refused to withdraw its troops" is no act
 * between Ethiopia's government and its army. */
static int is_between_states(const dyad_coding *k, const dyad_event *e, uint32_t np, const dyad_actor_match *m)
{
    return dyad_event_code_is(e->code, DYAD_WC_ADDRESSED_ACT_CODE) && strncmp(e->source.code, e->target.code, 3) != 0
           && names_the_country(k, np, m);
}

/* "Japan recalled its ambassador", "Canada imposed sanctions", "Iran denied the report": a bare
 * country that performs an act only governments perform, or an act of state to state
 * (data/lexicon/addressed-act-codes.txt), acts through its government, and one that performs an
 * act only armed forces perform through its military. */
static void source_as_state_organ(const dyad_coding *k, dyad_event *e, uint32_t source_np)
{
    char *code = e->source.code;
    if (!k->readings->state_acts_by_government || !dyad_code_is_bare_country(code)) return;
    if (dyad_event_code_is(e->code, DYAD_WC_STATE_ACT_CODE) || is_between_states(k, e, source_np, &e->source))
        memcpy(code + 3, "GOV", 4);
    else if (dyad_event_code_is(e->code, DYAD_WC_MILITARY_ACT_CODE))
        memcpy(code + 3, "MIL", 4); /* "China fired missiles around Taiwan": its armed forces */
}

/* "Indonesia and the rebels signed a peace deal": a reciprocal state act (057) is the same act
 * from each side, so a bare country is its government as its target too.
 * "The US urged Turkey to show restraint": an appeal, demand, criticism, rejection, threat or cut
 * in relations is addressed to a state's government (data/lexicon/addressed-act-codes.txt). */
static void target_as_state_organ(const dyad_coding *k, dyad_event *e, uint32_t target_np)
{
    char *code = e->target.code;
    if (!k->readings->state_acts_by_government || !dyad_code_is_bare_country(code)) return;
    if ((k->readings->reciprocal_acts && dyad_event_code_is(e->code, DYAD_WC_STATE_ACT_CODE)
         && dyad_event_code_is(e->code, DYAD_WC_RECIPROCAL_CODE))
        || is_between_states(k, e, target_np, &e->target))
        memcpy(code + 3, "GOV", 4);
}

/* "Pakistan will release the pilot, Prime Minister Imran Khan said": a bare country whose own
 * government, armed forces or police report what it does acts through them (PAKGOV). */
static void source_by_its_speaker(const dyad_coding *k, dyad_event *e)
{
    const char *reporter = e->reported_by, *agent = dyad_code_agent(reporter);
    if (!k->readings->state_acts_by_government || !dyad_code_is_bare_country(e->source.code) || strlen(reporter) != 6
        || dyad_code_is_organisation(reporter) || strncmp(reporter, e->source.code, 3) != 0
        || (strcmp(agent, "GOV") != 0 && !dyad_agent_is_security_force(agent)))
        return;
    memcpy(e->source.code + 3, agent, 4);
}

/* "protesters", "the crowd", places named by a crowd ("protest camps"), and people a protest
 * participle tells ("people protesting against the result", "students demonstrating outside
 * parliament") */
static int is_crowd(const dyad_document *doc, uint32_t np)
{
    if (np == DYAD_NO_CHUNK) return 0;
    uint32_t head = doc->chunks[np].head;
    if (doc->tokens[head].lemma_classes & DYAD_WC_MASK(DYAD_WC_CROWD_WORD)) return 1;
    /* "the protest camps", "a protest site": a place named by the crowd it holds */
    if (head > doc->chunks[np].first && dyad_lemma_is(&doc->tokens[head], DYAD_WC_CROWD_PLACE_NOUN)
        && dyad_lemma_is(&doc->tokens[head - 1], DYAD_WC_CROWD_WORD))
        return 1;
    const dyad_chunk *next = np + 1 < doc->n_chunks ? &doc->chunks[np + 1] : NULL;
    return next && next->type == DYAD_CHUNK_VP && doc->tokens[next->head].pos == DYAD_POS_VBG
           && (doc->tokens[next->head].lemma_classes & DYAD_WC_MASK(DYAD_WC_CROWD_WORD));
}

/* "The Thai army said six jets struck Cambodian positions": forces with no country that a state's
 * own spokesman reports on are that state's, unless they acted on it (then they are the enemy's:
 * "Ukraine said drones attacked Kyiv"). */
static void forces_of_the_reporter(const dyad_coding *k, dyad_event *e)
{
    const char *reporter = e->reported_by, *agent = dyad_code_agent(e->source.code);
    if (!k->readings->infer_countries || dyad_code_has_country(e->source.code) || !dyad_agent_is_security_force(agent)
        || !reporter[0] || !dyad_code_has_country(reporter) || !dyad_code_is_state(reporter)
        || strncmp(e->target.code, reporter, 3) == 0)
        return;
    dyad_code_set_country(e->source.code, reporter);
}

/* "Israeli air strikes killed 30 people", "Russian shelling hit Kharkiv": an attack named with a
 * country's adjective was carried out by that country's forces. */
static void attack_by_forces(const dyad_coding *k, uint32_t source_np, dyad_actor_match *m)
{
    if (!k->readings->repression_of_crowds || source_np == DYAD_NO_CHUNK || !dyad_code_is_bare_country(m->code)
        || !dyad_lemma_is(&k->doc->tokens[k->doc->chunks[source_np].head], DYAD_WC_ATTACK_NOUN))
        return;
    memcpy(m->code + 3, "MIL", 4);
}

/* "US sanctions hit Iran's oil exports": a measure named as the subject of a verb of force does
 * not use force; the verb tells what the measure did, which is no event of its own. */
static int is_measure_as_force(const dyad_coding *k, const dyad_event *e, uint32_t source_np)
{
    return k->readings->repression_of_crowds && source_np != DYAD_NO_CHUNK
           && (strncmp(e->code, "18", 2) == 0 || strncmp(e->code, "19", 2) == 0 || strncmp(e->code, "20", 2) == 0)
           && dyad_lemma_is(&k->doc->tokens[k->doc->chunks[source_np].head], DYAD_WC_RESTRICTION_NOUN);
}

/* "Kenyans", "thousands of Israelis": a country named by the plural of its people's name, not by
 * its own name nor after "the" ("the Philippines", "the Palestinians"), is its people: KENCVL, so
 * that "the president called on Kenyans" is the government appealing to them. */
static void peoples_as_civilians(const dyad_coding *k, dyad_actor_match *m)
{
    const dyad_document *doc = k->doc;
    if (!k->readings->peoples_as_civilians || !m->actor || !m->actor->name || m->agent || m->end != m->first + 1
        || !dyad_code_is_bare_country(m->code))
        return;
    const dyad_token *t = &doc->tokens[m->first];
    size_t n = strlen(t->text);
    if (n < 4 || t->text[n - 1] != 's' || !(t->flags & DYAD_TOK_CAPITALIZED)
        || (m->first > 0 && strcasecmp(doc->tokens[m->first - 1].text, "the") == 0))
        return;
    const char *name = m->actor->name, *last = name;
    for (const char *c = name; *c; c++)
        if (*c == '_' || *c == ' ') last = c + 1;
    if (strcasecmp(last, t->text) != 0) memcpy(m->code + 3, "CVL", 4);
}

/* "The Philippines protested after a Chinese vessel rammed a supply boat", "Russia protested to
 * Norway": a state that protests complains officially (114); it does not take to the streets
 * (141), which its people do ("thousands of Filipinos protested", see peoples_as_civilians). */
static void protest_by_state(const dyad_coding *k, dyad_event *e)
{
    const char *agent = dyad_code_agent(e->source.code);
    if (k->readings->repression_of_crowds && strcmp(e->code, "141") == 0 && dyad_code_has_country(e->source.code)
        && !dyad_code_is_organisation(e->source.code) && (!*agent || strncmp(agent, "GOV", 3) == 0))
        memcpy(e->code, "114", 4);
}

/* A state's police or armed forces (RUSCOP, ---MIL), not an organisation's. */
static int is_security_force(const char *code)
{
    return dyad_code_has_agent(code) && !dyad_code_is_organisation(code)
           && dyad_agent_is_security_force(dyad_code_agent(code));
}

/* A state's armed forces (UKRMIL), not an organisation's. */
static int is_army(const char *code)
{
    return !dyad_code_is_organisation(code) && strncmp(dyad_code_agent(code), "MIL", 3) == 0;
}

/* Is any agent of code an armed one ("LBYGOVMIL": forces of Libya's government; "---REB")? */
static int is_armed(const char *code)
{
    if (dyad_code_is_organisation(code)) return 0;
    for (const char *a = dyad_code_agent(code); strlen(a) >= 3; a += 3)
        if (dyad_agent_is_armed(a)) return 1;
    return 0;
}

/* Force where a crowd of dissent is on one side is coded as CAMEO keeps it apart from fighting
 * (19x) and unconventional violence (18x): soldiers or police using it on a crowd is repression
 * (175, "opened fire on protesters"), a crowd using it is a violent protest (145, "protesters
 * stormed the embassy"). */
static void force_and_crowds(const dyad_coding *k, dyad_event *e, uint32_t source_np, uint32_t target_np)
{
    if (!k->readings->repression_of_crowds) return;
    /* "the army crushed the Tamil Tigers": repression (175) of an armed group by a state's armed
     * forces is fighting */
    if (strcmp(e->code, "175") == 0 && is_army(e->source.code)
        && dyad_agent_is_armed_group(dyad_code_agent(e->target.code))) {
        snprintf(e->code, sizeof e->code, "190");
        return;
    }
    /* "police stormed the embassy": a violent protest (145) by police or soldiers is coercion,
     * and repression (175) when what they stormed is a crowd's ("stormed the protest camps") */
    if (strcmp(e->code, "145") == 0 && !is_crowd(k->doc, source_np) && is_security_force(e->source.code)) {
        snprintf(e->code, sizeof e->code, is_crowd(k->doc, target_np) ? "175" : "170");
        return;
    }
    if (strncmp(e->code, "18", 2) != 0 && strncmp(e->code, "19", 2) != 0) return;
    if (is_crowd(k->doc, source_np)) {
        snprintf(e->code, sizeof e->code, "145");
    } else if (is_crowd(k->doc, target_np) && is_security_force(e->source.code)) {
        snprintf(e->code, sizeof e->code, "175");
    } else if ((strcmp(e->code, "180") == 0 || strcmp(e->code, "1823") == 0) && is_armed(e->source.code)) {
        /* "troops killed the rebel leader", "rebels opened fire and killed a pilot": killing by
         * armed forces or armed groups, weapons unnamed, is military force (19x, CAMEO's note on
         * 190), not the unconventional violence of 18x */
        snprintf(e->code, sizeof e->code, "190");
    }
}

/* Does token t name aircraft or an attack from the air ("warplanes", "drone", "air strikes")? */
static int names_aircraft(const dyad_document *doc, uint32_t t)
{
    const dyad_token *tok = &doc->tokens[t];
    if (!dyad_lemma_is(tok, DYAD_WC_AIRCRAFT_WORD)) return 0;
    if (dyad_word_value(tok->lemma, DYAD_WC_AIRCRAFT_WORD) == 0) return 1;
    return t + 1 < doc->n_tokens && dyad_lemma_is(&doc->tokens[t + 1], DYAD_WC_ATTACK_NOUN);
}

static int aircraft_in(const dyad_document *doc, uint32_t first, uint32_t end)
{
    for (uint32_t t = first; t < end; t++)
        if (names_aircraft(doc, t)) return 1;
    return 0;
}

/* "French warplanes pounded rebel positions", "Thailand launched air strikes on Cambodian posts":
 * fighting (190, 193, 194) by aircraft, named in the source's phrase or between the verb and the
 * target, employs aerial weapons (195), which CAMEO puts before the other weapons used with them.
 * Blockades, occupation and ceasefire violations (191, 192, 196) keep their codes. */
static void force_from_the_air(const dyad_coding *k, dyad_event *e, uint32_t source_np, uint32_t target_np)
{
    if (!k->readings->repression_of_crowds
        || (strcmp(e->code, "190") != 0 && strcmp(e->code, "193") != 0 && strcmp(e->code, "194") != 0))
        return;
    const dyad_document *doc = k->doc;
    int by_air =
        source_np != DYAD_NO_CHUNK && aircraft_in(doc, doc->chunks[source_np].first, doc->chunks[source_np].end);
    if (!by_air && target_np != DYAD_NO_CHUNK && doc->chunks[target_np].first > e->verb_token)
        by_air = aircraft_in(doc, e->verb_token, doc->chunks[target_np].first);
    if (by_air) memcpy(e->code, "195", 4);
}

/* "Russian troops seized Crimea", "rebels took over Goma": seizing a place by its name is
 * occupying territory (192), not seizing property (171, "seized the ship"). The place is a proper
 * noun phrase that names a country and nothing more (a region or city stands for its country). */
static void seizure_of_territory(const dyad_coding *k, dyad_event *e, uint32_t target_np)
{
    if (strcmp(e->code, "171") != 0 || target_np == DYAD_NO_CHUNK || !(k->doc->chunks[target_np].flags & DYAD_NP_PROPER)
        || !dyad_code_is_bare_country(e->target.code))
        return;
    memcpy(e->code, "192", 4);
}

/* "pushed the rebels back", "have driven al Shabaab out of Mogadishu": armed forces or groups
 * expelling (174) or driving out (201) an armed force or group fight it (190); CAMEO keeps 174 and
 * 201 for people and populations. */
static void expulsion_of_fighters(const dyad_coding *k, dyad_event *e)
{
    if (k->readings->repression_of_crowds && (strcmp(e->code, "174") == 0 || strcmp(e->code, "201") == 0)
        && is_armed(e->source.code) && is_armed(e->target.code))
        memcpy(e->code, "190", 4);
}

/* "The Taliban took Jalalabad", "rebels shelled the capital": a country's rebels, insurgents or
 * separatists using force on a place of their own country (the bare country) act against the
 * state that holds it. */
static void rebels_against_the_state(const dyad_coding *k, dyad_event *e)
{
    const char *agent = dyad_code_agent(e->source.code);
    if (!k->readings->no_self_events || strncmp(e->code, "17", 2) < 0 || !dyad_code_has_country(e->source.code)
        || dyad_code_is_organisation(e->source.code) || !dyad_agent_is_armed_group(agent)
        || !dyad_code_is_bare_country(e->target.code) || strncmp(e->source.code, e->target.code, 3) != 0)
        return;
    memcpy(e->target.code + 3, "GOV", 4);
}

/* Is code a political party of a country (NPLPTY), not a governing one (BGDGOVPTY)? */
static int is_party(const char *code)
{
    return strlen(code) == 6 && dyad_code_has_country(code) && strcmp(dyad_code_agent(code), "PTY") == 0;
}

/* "the king accused the country's political parties", "security forces arrested ten prominent
 * politicians", "the Popular Party accused the government": a party in conflict (CAMEO roots 10 to
 * 20) with its own state's government, forces, police or courts is in opposition to it. */
static void parties_in_opposition(const dyad_coding *k, dyad_event *e)
{
    if (!k->readings->no_self_events || strncmp(e->code, "10", 2) < 0
        || strncmp(e->source.code, e->target.code, 3) != 0)
        return;
    dyad_actor_match *party = is_party(e->source.code) ? &e->source : is_party(e->target.code) ? &e->target : NULL;
    const dyad_actor_match *state = party == &e->source ? &e->target : &e->source;
    if (party && dyad_code_has_agent(state->code) && dyad_code_is_state(state->code)
        && dyad_agent_is_state_power(dyad_code_agent(state->code)))
        memcpy(party->code + 3, "OPP", 4);
}

/* "declared a state of emergency across the country", "declares emergency in Lima": a measure a
 * state takes on its own country, or on a place of it (a capital stands for the government
 * elsewhere), is taken on its people (as with no target named, see code_against_own_people). */
static void measure_on_own_country(const dyad_coding *k, dyad_event *e, uint32_t target_np)
{
    int own_ground = dyad_code_is_bare_country(e->target.code)
                     || (target_np != DYAD_NO_CHUNK && dyad_is_place_phrase(k->doc, target_np));
    if (k->readings->measures_on_own_people && own_ground && strncmp(e->source.code, e->target.code, 3) == 0
        && dyad_code_is_state(e->source.code) && dyad_event_code_is(e->code, DYAD_WC_DOMESTIC_MEASURE_CODE))
        memcpy(e->target.code + 3, "CVL", 4);
}

/* "spoke to reporters", "briefed journalists": talking to the press is how statements are made,
 * not a consultation with the media (CAMEO 01x, 04x to a MED agent). */
static int is_press_contact(const dyad_event *e)
{
    return (strncmp(e->code, "01", 2) == 0 || strncmp(e->code, "04", 2) == 0)
           && strncmp(dyad_code_agent(e->target.code), "MED", 3) == 0;
}

/* "The presidents of Lithuania and Poland offered to mediate between the government and the
 * opposition": a state mediates between others, never between its own country's parties, so a
 * target of its own country was given the wrong country. */
static int mediates_at_home(const dyad_event *e)
{
    return (strcmp(e->code, "039") == 0 || strncmp(e->code, "045", 3) == 0) && dyad_code_has_country(e->source.code)
           && dyad_code_is_state(e->source.code) && strncmp(e->source.code, e->target.code, 3) == 0;
}

/* "---GOV -> IRN: 111", "---MIL -> BFA: 190": a party with no known country (see
 * dyad_readings.no_unplaced_parties). */
static int has_unplaced_party(const dyad_coding *k, const dyad_event *e)
{
    return k->readings->no_unplaced_parties
           && (!dyad_code_has_country(e->target.code) || !dyad_code_has_country(e->source.code));
}

/* "Zelensky visited Kharkiv", "the opposition leader returned to Caracas": a visit (042) within
 * one's own country is travel, not an event between two actors. */
static int is_travel_at_home(const dyad_event *e)
{
    return strcmp(e->code, "042") == 0 && dyad_code_has_country(e->source.code)
           && !dyad_code_is_organisation(e->source.code) && strncmp(e->source.code, e->target.code, 3) == 0;
}

/* "Washington could provide surveillance drones", "was ready to send troops", "promised to send
 * troops": forces with no country of their own that a state gives, sends or deploys (an act that
 * goes one way, data/lexicon/one-way-codes.txt) or shares (06) are its own, what it gives and not
 * whom to, whatever country was inferred for them; named is the target as its phrase named it,
 * before that inference. */
static int gives_own_forces(const dyad_event *e, const dyad_actor_match *named)
{
    return !dyad_code_has_country(named->code) && dyad_agent_is_security_force(dyad_code_agent(named->code))
           && (dyad_event_code_is(e->code, DYAD_WC_ONE_WAY_CODE) || strncmp(e->code, "06", 2) == 0);
}

/* "Clinton met Maehara in New York": a meeting at a third location (044) is one in neither
 * party's country; a place of the clause that is one party's makes it a meeting (040). */
static void meeting_at_home(dyad_coding *k, dyad_event *e)
{
    if (strcmp(e->code, "044") != 0) return;
    const dyad_document *doc = k->doc;
    const dyad_clause *cl = &doc->clauses[e->clause];
    for (uint32_t c = cl->first_chunk; c < cl->end_chunk; c++) {
        dyad_actor_match place;
        if (doc->chunks[c].type != DYAD_CHUNK_NP || !dyad_is_place_phrase(doc, c)
            || !dyad_actor_of(&k->actors, c, &place) || !dyad_code_has_country(place.code))
            continue;
        if (strncmp(place.code, e->source.code, 3) == 0 || strncmp(place.code, e->target.code, 3) == 0) {
            memcpy(e->code, "040", 4);
            return;
        }
    }
}

/* "government troops", "Assad's forces": a government's armed forces or police are those forces
 * (SYRMIL, not SYRGOVMIL), as the Phoenix agents and event coders write them. The actor stage keeps
 * GOVMIL until here, as it says the forces are at home (their victims are of their country). */
static void government_forces(const dyad_coding *k, dyad_actor_match *m)
{
    if (k->readings->no_self_events && strlen(m->code) == 9 && strncmp(m->code + 3, "GOV", 3) == 0
        && dyad_agent_is_security_force(m->code + 6))
        memmove(m->code + 3, m->code + 6, 4);
}

void dyad_refine_event(dyad_coding *k, dyad_event *e, uint32_t source_np, uint32_t target_np)
{
    attack_by_forces(k, source_np, &e->source);
    peoples_as_civilians(k, &e->source);
    peoples_as_civilians(k, &e->target);
    protest_by_state(k, e);
    if (target_np != DYAD_NO_CHUNK)
        dyad_complete_countries(&k->actors, k->readings, source_np, target_np, &e->source, &e->target);
    forces_of_the_reporter(k, e);
    source_as_state_organ(k, e, source_np);
    target_as_state_organ(k, e, target_np);
    source_by_its_speaker(k, e);
    force_and_crowds(k, e, source_np, target_np);
    force_from_the_air(k, e, source_np, target_np);
    seizure_of_territory(k, e, target_np);
    expulsion_of_fighters(k, e);
    rebels_against_the_state(k, e);
    parties_in_opposition(k, e);
    measure_on_own_country(k, e, target_np);
    meeting_at_home(k, e);
    government_forces(k, &e->source);
    government_forces(k, &e->target);
}

/* "Maduro ordered the state oil company to issue licences": a state organ's command to an agent
 * of its own country (data/lexicon/command-verbs.txt) is no demand between actors: like an actor
 * against itself, it is left out under no_self_events. */
static int is_command_at_home(const dyad_coding *k, const dyad_event *e)
{
    return strncmp(e->code, "10", 2) == 0 && dyad_code_has_country(e->source.code) && dyad_code_is_state(e->source.code)
           && !dyad_code_is_organisation(e->source.code) && strncmp(e->source.code, e->target.code, 3) == 0
           && dyad_code_has_agent(e->target.code)
           && dyad_lemma_is(&k->doc->tokens[e->verb_token], DYAD_WC_COMMAND_VERB);
}

/* "put its border guards on alert", "called off his fighters' advance": security forces that a
 * possessive pronoun gives to the source's own country are what it acts with, not on; only a
 * judgement ("praised his troops") is aimed at them. */
static int acts_with_own_forces(const dyad_coding *k, const dyad_event *e, uint32_t target_np)
{
    if (target_np == DYAD_NO_CHUNK || dyad_event_code_is(e->code, DYAD_WC_JUDGEMENT_CODE)) return 0;
    const dyad_document *doc = k->doc;
    return doc->tokens[doc->chunks[target_np].first].pos == DYAD_POS_PRPS && dyad_code_has_country(e->source.code)
           && strncmp(e->source.code, e->target.code, 3) == 0
           && dyad_agent_is_security_force(dyad_code_agent(e->target.code));
}

int dyad_event_is_left_out(const dyad_coding *k, const dyad_event *e, uint32_t source_np, const dyad_role_actor *target)
{
    const dyad_actor_match *named_target = &target->m;
    int self = k->readings->no_self_events ? dyad_codes_are_one_actor(e->source.code, e->target.code)
                                           : strcmp(e->source.code, e->target.code) == 0;
    return self || is_press_contact(e) || (k->readings->no_self_events && is_travel_at_home(e))
           || has_unplaced_party(k, e) || mediates_at_home(e) || is_measure_as_force(k, e, source_np)
           || (k->readings->no_self_events && is_command_at_home(k, e))
           || (k->readings->infer_countries && gives_own_forces(e, named_target))
           || (k->readings->no_self_events && acts_with_own_forces(k, e, target->chunk));
}

/* Does event b tell the action of event a again, no less specifically? */
static int restates(const dyad_event *a, const dyad_event *b)
{
    return a->sentence == b->sentence && strncmp(a->code, b->code, 2) == 0 && strlen(b->code) >= strlen(a->code)
           && dyad_codes_are_one_actor(a->source.code, b->source.code)
           && dyad_codes_are_one_actor(a->target.code, b->target.code)
           && strlen(b->source.code) >= strlen(a->source.code) && strlen(b->target.code) >= strlen(a->target.code);
}

/* Does event b say more than a, in its code or its actors? */
static int is_more_specific(const dyad_event *a, const dyad_event *b)
{
    return strlen(b->code) > strlen(a->code) || strlen(b->source.code) > strlen(a->source.code)
           || strlen(b->target.code) > strlen(a->target.code);
}

/* Is event i of list told again by another event of its sentence, [first, end), more
 * specifically, or as specifically and earlier (of two alike, the first is kept)? */
static int is_restated(const dyad_event_list *out, size_t i, size_t first, size_t end)
{
    for (size_t j = first; j < end; j++)
        if (j != i && restates(&out->items[i], &out->items[j])
            && (is_more_specific(&out->items[i], &out->items[j]) || j < i))
            return 1;
    return 0;
}

void dyad_drop_restated_events(const dyad_coding *k, dyad_event_list *out)
{
    /* events come in sentence order: each sentence's events are compared among themselves, all
     * before any is dropped */
    size_t kept = 0;
    for (size_t first = 0, end; first < out->n; first = end) {
        for (end = first + 1; end < out->n && out->items[end].sentence == out->items[first].sentence;) end++;
        uint64_t drop = 0;
        for (size_t i = first; i < end && i - first < 64; i++)
            if (is_restated(out, i, first, end)) drop |= (uint64_t)1 << (i - first);
        for (size_t i = first; i < end; i++) {
            if (i - first < 64 && (drop >> (i - first) & 1)) {
                dyad_coding_trace(k, "sentence %u: %s -> %s %s left out: the same action told more specifically\n",
                                  out->items[i].sentence + 1, out->items[i].source.code, out->items[i].target.code,
                                  out->items[i].code);
                continue;
            }
            out->items[kept++] = out->items[i];
        }
    }
    out->n = kept;
}
