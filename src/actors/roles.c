/* Role actors (see roles.h): from the noun phrases of a role to the actors that fill it. */
#include "roles.h"
#include "codes.h"
#include "../chunk/syntax.h"
#include "../core/strcopy.h"
#include "../lexicon/lexicon.h"
#include "../tag/pos.h"
#include "../tag/wordclass.h"
#include <stdio.h>
#include <string.h>

int dyad_names_country(dyad_actor_context *x, uint32_t np)
{
    dyad_actor_match m;
    if (dyad_actor_of(x, np, &m)) return dyad_code_has_country(m.code);
    uint32_t parties[1];
    /* "a resumption of ties between Eriador and Osgiliath" names its parties */
    return dyad_between_phrases(x->doc, np, parties, 1) && dyad_actor_of(x, parties[0], &m)
           && dyad_code_has_country(m.code);
}

/* Does clause ci name a country other than country (its first three letters)? Not counting
 * its subject, with all its conjuncts, unless skip_subject is 0. */
static int clause_names_country(dyad_actor_context *x, uint32_t ci, const char *country, int skip_subject)
{
    const dyad_document *doc = x->doc;
    const dyad_clause *cl = &doc->clauses[ci];
    for (uint32_t c = cl->first_chunk; c < cl->end_chunk; c++) {
        dyad_actor_match m;
        if (doc->chunks[c].clause != ci || doc->chunks[c].type != DYAD_CHUNK_NP) continue;
        if (skip_subject && cl->subject != DYAD_NO_CHUNK && dyad_np_anchor(doc, c) == cl->subject) continue;
        if (dyad_actor_of(x, c, &m) && dyad_code_has_country(m.code) && !dyad_code_is_organisation(m.code)
            && strncmp(m.code, country, 3) != 0)
            return 1;
    }
    return 0;
}

/* Does the clause of chunk np (and, for a coordinate clause, the one it continues: "crossed into
 * Israel and killed three soldiers") name a country other than country? Its subject does not
 * count when np is not it: "the United States and Britain urged the army" says whose the army
 * is not. */
static int clause_names_country_other_than(dyad_actor_context *x, uint32_t np, const char *country)
{
    const dyad_document *doc = x->doc;
    uint32_t ci = doc->chunks[np].clause;
    const dyad_clause *cl = &doc->clauses[ci];
    int np_is_subject = cl->subject == dyad_np_anchor(doc, np);
    if (clause_names_country(x, ci, country, !np_is_subject)) return 1;
    /* a coordinate clause continues the clause before it that has its subject */
    return cl->kind == DYAD_CLAUSE_COORDINATE && ci > 0 && cl->subject != DYAD_NO_CHUNK
           && doc->clauses[ci - 1].subject == cl->subject && clause_names_country(x, ci - 1, country, 1);
}

/* Does the clause of chunk np name a country other than the article's dateline country? */
static int clause_names_other_country(dyad_actor_context *x, uint32_t np)
{
    return clause_names_country_other_than(x, np, x->setting);
}

/* "foreign embassies in Kinshasa", "international aid agencies in Darfur": a phrase that says it
 * is from abroad is not of the country where it is ("the foreign minister of Chile" still is of
 * the country that owns it). */
static int says_it_is_foreign(const dyad_document *doc, uint32_t np)
{
    for (uint32_t t = doc->chunks[np].first; t < doc->chunks[np].head; t++)
        if (dyad_lemma_is(&doc->tokens[t], DYAD_WC_FOREIGN_WORD)) return 1;
    return 0;
}

/* A target agent with no country of its own ("a hospital", "the government") takes the country
 * of the place or owner named right after it ("a hospital in Kharkiv", "the government of Mali"),
 * else the source's country ("Serbian protesters demanded the resignation of the government"). */
static void complete_target_country(dyad_actor_context *x, uint32_t target_np, const dyad_actor_match *source,
                                    dyad_actor_match *target)
{
    const dyad_document *doc = x->doc;
    uint32_t pp = target_np + 1;
    dyad_actor_match place;
    if (pp + 1 < doc->n_chunks && doc->chunks[pp].type == DYAD_CHUNK_PP && doc->chunks[pp + 1].type == DYAD_CHUNK_NP
        && doc->chunks[pp + 1].clause == doc->chunks[target_np].clause
        && (dyad_head_is(doc, pp, "of")
            || ((dyad_head_is(doc, pp, "in") || dyad_head_is(doc, pp, "near")) && !says_it_is_foreign(doc, target_np)))
        && dyad_actor_of(x, pp + 1, &place) && dyad_code_has_country(place.code)
        && strncmp(place.code, "IGO", 3) != 0) {
        dyad_code_set_country(target->code, place.code);
        return;
    }
    /* only for domestic sources (protesters, unions, police, courts, government, rebels); armed forces act abroad */
    /* "Hamas freed 33 hostages": captives are not of their captor's country */
    if (says_it_is_foreign(doc, target_np) || !dyad_code_has_country(source->code)
        || dyad_code_is_organisation(source->code)
        || dyad_lemma_is(&doc->tokens[doc->chunks[target_np].head], DYAD_WC_CAPTIVE_NOUN))
        return;
    /* "Hezbollah fighters crossed into Israel and killed three soldiers": a clause that names
     * another country does not say the target is the source's */
    if (clause_names_country_other_than(x, target_np, source->code)) return;
    const char *agent = dyad_code_agent(source->code), *target_agent = dyad_code_agent(target->code);
    /* "Belarus released 18 political prisoners": a state named as a country acts on its own
     * people and institutions */
    if (!*agent) {
        if (dyad_agent_is_home(target_agent)) dyad_code_set_country(target->code, source->code);
        return;
    }
    /* "the army killed 12 militants": armed forces fight the rebels and insurgents of their own
     * country, unless a place or owner after them says otherwise (above) */
    int insurgents = dyad_agent_is_security_force(agent) && dyad_agent_is_armed_group(target_agent);
    if (dyad_agent_is_domestic(agent) || insurgents) dyad_code_set_country(target->code, source->code);
}

/* "Protesters clashed with police in Belgrade": a domestic source agent with no country (rebels,
 * protesters, students) acting against police, forces, courts or government that the place of
 * the clause gave a country is of that country too. */
static void complete_source_country(const dyad_actor_match *target, dyad_actor_match *source)
{
    if (strncmp(source->code, "---", 3) != 0 || !dyad_code_has_agent(source->code)
        || !dyad_agent_is_domestic(dyad_code_agent(source->code)) || !dyad_code_has_agent(target->code)
        || !dyad_code_has_country(target->code) || dyad_code_is_organisation(target->code)
        || !dyad_agent_is_state_power(dyad_code_agent(target->code)))
        return;
    char composed[sizeof source->code];
    snprintf(composed, sizeof composed, "%.3s%s", target->code, source->code + 3);
    memcpy(source->code, composed, sizeof composed);
}

/* "Soldiers opened fire on protesters", in a story datelined LAGOS: state forces with no country
 * acting on the people or institutions of the dateline's country are that country's own, unless
 * their clause names another country (then they may be a foreign army). With no dateline, forces
 * acting on a country's own people ("troops fired on protesters in Kampala") are that country's:
 * a place alone ("drones struck Kyiv") is no sign of whose they are. */
static void complete_state_source_country(dyad_actor_context *x, uint32_t target_np, const dyad_actor_match *target,
                                          dyad_actor_match *source)
{
    const char *agent = dyad_code_agent(target->code);
    int domestic = dyad_code_has_agent(target->code) && dyad_agent_is_domestic(agent);
    /* the capital's name codes the government ("Kyiv" UKRGOV): the state is no sign, only people */
    int people = domestic && !dyad_agent_is_state_power(agent);
    const char *country = x->setting[0] ? x->setting : people ? target->code : NULL;
    if (strncmp(source->code, "---", 3) != 0 || !dyad_agent_is_state_power(dyad_code_agent(source->code)) || !country
        || !dyad_code_has_country(country) || dyad_code_is_organisation(country)
        || strncmp(target->code, country, 3) != 0 || (dyad_code_has_agent(target->code) && !domestic)
        || clause_names_country_other_than(x, target_np, country))
        return;
    dyad_code_set_country(source->code, country);
}

/* The country of the place where the clause of chunk np happens ("rallied in Tbilisi", "clashed
 * at the border in Gao"), or NULL: a place phrase of the clause that is a name with a country
 * ("outside the Israeli embassy" names a country's mission, not where the clause is). */
static const char *country_of_clause_place(dyad_actor_context *x, uint32_t np, dyad_actor_match *place)
{
    const dyad_document *doc = x->doc;
    const dyad_clause *cl = &doc->clauses[doc->chunks[np].clause];
    const dyad_sentence *s = &doc->sentences[dyad_sentence_of_token(doc, doc->chunks[np].first)];
    int found = 0;
    for (uint32_t c = cl->first_chunk; c < cl->end_chunk; c++) {
        if (doc->chunks[c].clause != doc->chunks[np].clause || doc->chunks[c].type != DYAD_CHUNK_NP
            || !(doc->chunks[c].flags & DYAD_NP_PROPER) || !dyad_is_place_phrase(doc, c))
            continue;
        /* "marched in Cairo, Athens and Jakarta": places of several countries say no one country */
        uint32_t places[8];
        size_t n = dyad_conjuncts(doc, c, s, places, 8);
        for (size_t i = 0; i < n; i++) {
            dyad_actor_match m;
            if (!dyad_actor_of(x, places[i], &m) || !dyad_code_has_country(m.code) || dyad_code_is_organisation(m.code))
                continue;
            if (!found)
                *place = m;
            else if (strncmp(place->code, m.code, 3) != 0)
                return NULL;
            found = 1;
        }
    }
    return found ? place->code : NULL;
}

void dyad_give_place_country(dyad_actor_context *x, uint32_t np, dyad_actor_match *m)
{
    dyad_actor_match place;
    const char *country;
    if (strncmp(m->code, "---", 3) == 0 && dyad_agent_is_home(dyad_code_agent(m->code))
        && !says_it_is_foreign(x->doc, np) && (country = country_of_clause_place(x, np, &place)))
        dyad_code_set_country(m->code, country);
}

void dyad_complete_countries(dyad_actor_context *x, const dyad_readings *r, uint32_t source_np, uint32_t target_np,
                             dyad_actor_match *source, dyad_actor_match *target)
{
    int named = dyad_names_country(x, target_np);
    if (r->infer_countries) {
        if (!dyad_code_has_country(target->code)) complete_target_country(x, target_np, source, target);
        /* the place of the clause first: "crowds targeted the embassies of Belgium in Kinshasa"
         * are Congolese, whoever owns what they targeted */
        dyad_give_place_country(x, target_np, source);
        if (!named) complete_source_country(target, source);
        dyad_give_place_country(x, target_np, target);
        complete_state_source_country(x, target_np, target, source);
    }
    dyad_actors_keep_inferred_country(x, target_np, target);
    /* "Police arrested him in Dhaka and charged him": the coordinate clause's police too */
    if (source_np != DYAD_NO_CHUNK) dyad_actors_keep_inferred_country(x, source_np, source);
}

/* PETRARCH's new actors: the words of an unknown noun phrase (with an "of" phrase after it),
 * without possessive markers, upper case and quoted, when there are at most new_actor_length. */
static int new_actor(const dyad_actor_context *x, int max_words, uint32_t np, dyad_actor_match *m)
{
    const dyad_document *doc = x->doc;
    if (max_words <= 0) return 0;
    uint32_t of_np = dyad_of_np_after(doc, np);
    uint32_t end = doc->chunks[of_np != DYAD_NO_CHUNK ? of_np : np].end;
    memset(m, 0, sizeof *m);
    size_t len = 0;
    int words = 0;
    m->code[len++] = '"';
    for (uint32_t t = doc->chunks[np].first; t < end; t++) {
        const dyad_token *tok = &doc->tokens[t];
        if (tok->pos == DYAD_POS_POS) continue;
        if (++words > max_words || len + 2 >= sizeof m->code) return 0;
        if (words > 1) m->code[len++] = ' ';
        len += dyad_token_upper(tok, 0, m->code + len, sizeof m->code - len - 1);
    }
    if (!words || len + 2 > sizeof m->code) return 0;
    m->code[len++] = '"';
    m->code[len] = '\0';
    m->first = doc->chunks[np].first;
    m->end = end;
    return 1;
}

/* An actor entry may stand for several actors at once ("[FRO/BIL/SAM]" for a group): one role
 * actor each. */
static size_t add_split_codes(dyad_role_actor *out, size_t n, size_t max, const dyad_actor_match *m, uint32_t np)
{
    const char *p = m->code;
    do {
        size_t len = strcspn(p, "/");
        if (len && n < max) {
            out[n] = (dyad_role_actor){*m, np};
            dyad_copy_strn(out[n].m.code, sizeof out[n].m.code, p, len);
            n++;
        }
        p += len;
    } while (*p++ == '/');
    return n;
}

/* "Indian and Pakistani troops": a bare country adjective before "and" shares the agent of the
 * last conjunct (INDMIL, PAKMIL). */
static void share_agent_of_last_conjunct(const dyad_actor_context *x, dyad_role_actor *r, size_t n)
{
    const dyad_document *doc = x->doc;
    /* "Aceh rebels" named by an entry of its own is a group, not a nationality and an agent */
    if (n < 2 || r[n - 1].chunk == DYAD_NO_CHUNK || strlen(r[n - 1].m.code) <= 3
        || !dyad_code_has_country(r[n - 1].m.code) || !r[n - 1].m.agent)
        return;
    /* "US and European Union officials": an organisation's code is no country and agent */
    if (dyad_code_is_organisation(r[n - 1].m.code)) return;
    /* the last conjunct must itself start with a nationality ("Pakistani troops", or "Emirati
     * officials" read as a proper noun) that alone names a country */
    uint32_t lead = doc->chunks[r[n - 1].chunk].first;
    dyad_actor_match nationality;
    if (doc->tokens[lead].pos != DYAD_POS_JJ
        && (doc->tokens[lead].pos != DYAD_POS_NNP || !dyad_actor_in_tokens(x, lead, lead + 1, &nationality)
            || strlen(nationality.code) != 3))
        return;
    const char *agent = r[n - 1].m.code + 3;
    for (size_t i = 0; i + 1 < n; i++) {
        const dyad_chunk *ch = r[i].chunk == DYAD_NO_CHUNK ? NULL : &doc->chunks[r[i].chunk];
        if (!ch || ch->end - ch->first != 1 || strlen(r[i].m.code) != 3) continue;
        snprintf(r[i].m.code + 3, sizeof r[i].m.code - 3, "%.40s", agent);
    }
}

/* "Danish media and government", "the Danish Islamist media and government": a bare agent
 * conjoined to a phrase shares that phrase's modifiers (DNKMED, DNKGOV), as PETRARCH shares the
 * words before a compound. */
static void share_modifiers_of_first_conjunct(const dyad_actor_context *x, dyad_role_actor *r, size_t n)
{
    const dyad_document *doc = x->doc;
    if (n < 2 || r[0].chunk == DYAD_NO_CHUNK || !dyad_code_has_country(r[0].m.code)) return;
    const dyad_chunk *first = &doc->chunks[r[0].chunk];
    uint32_t from = first->first;
    while (from < first->end && (doc->tokens[from].pos == DYAD_POS_DT || doc->tokens[from].pos == DYAD_POS_PRPS))
        from++;
    dyad_actor_match modifiers;
    if (from + 1 >= first->end || !dyad_actor_in_tokens(x, from, first->end - 1, &modifiers)
        || !dyad_code_has_country(modifiers.code))
        return;
    for (size_t i = 1; i < n; i++) {
        if (r[i].chunk == DYAD_NO_CHUNK || dyad_code_has_country(r[i].m.code)) continue;
        const dyad_token *lead = &doc->tokens[doc->chunks[r[i].chunk].first];
        if (lead->pos == DYAD_POS_DT || lead->pos == DYAD_POS_PRPS) continue; /* "the government" is its own */
        dyad_give_agent_to(r[i].m.code, sizeof r[i].m.code, modifiers.code);
    }
}

/* "Ethiopian and Eritrean officials": one noun phrase whose country adjectives are coordinated
 * stands for one actor per country, each with the head's agent (ETHGOV, ERIGOV). Fills two role
 * actors and returns 1, or returns 0. */
static int split_coordinated_modifiers(const dyad_actor_context *x, uint32_t np, dyad_role_actor *out)
{
    const dyad_document *doc = x->doc;
    const dyad_chunk *ch = &doc->chunks[np];
    uint32_t cc = ch->first + 1;
    while (cc + 1 < ch->end && doc->tokens[cc].pos != DYAD_POS_CC) cc++;
    if (cc + 1 >= ch->end) return 0;
    /* a single word on each side of "and", each a country ("Ethiopian", "Eritrean"); "awful and
     * evil minister Calimehtar" is one actor */
    uint32_t first = ch->first;
    if (doc->tokens[first].pos == DYAD_POS_DT) first++;
    dyad_actor_match left, right, right_word;
    if (first + 1 != cc || !dyad_actor_in_tokens(x, first, cc, &left)
        || !dyad_actor_in_tokens(x, cc + 1, cc + 2, &right_word) || !dyad_actor_in_tokens(x, cc + 1, ch->end, &right)
        || strlen(left.code) != 3 || strlen(right_word.code) != 3 || !dyad_code_has_country(left.code)
        || !dyad_code_has_country(right_word.code) || strncmp(left.code, right.code, 3) == 0)
        return 0;
    snprintf(left.code + 3, sizeof left.code - 3, "%.40s", right.code + 3);
    out[0] = (dyad_role_actor){left, np};
    out[1] = (dyad_role_actor){right, np};
    return 1;
}

/* The two countries of the article's latest dyad, with the agent the phrase names ("both
 * governments" -> GOV, "both armies" -> MIL). */
static size_t both_sides(dyad_actor_context *x, uint32_t np, dyad_role_actor *out, size_t max)
{
    if (max < 2 || !dyad_names_both_sides(x, np)) return 0;
    dyad_actor_match agent;
    /* "both governments", "the two armies"; "neighbours" or "rivals" are the countries themselves */
    int has_agent = dyad_actor_of(x, np, &agent) && dyad_code_has_agent(agent.code)
                    && dyad_agent_is_state_power(dyad_code_agent(agent.code));
    for (size_t i = 0; i < 2; i++) {
        memset(&out[i], 0, sizeof out[i]);
        out[i].chunk = np;
        out[i].m.first = x->doc->chunks[np].first;
        out[i].m.end = x->doc->chunks[np].end;
        if (strlen(x->sides[i]) == 3 && has_agent)
            snprintf(out[i].m.code, sizeof out[i].m.code, "%s%s", x->sides[i], dyad_code_agent(agent.code));
        else
            snprintf(out[i].m.code, sizeof out[i].m.code, "%s", x->sides[i]);
    }
    return 2;
}

/* "talks between Arnor and Gondor", "goats of Gondor": a phrase that names no one stands for the
 * parties or the owner named after it, else (with PETRARCH's new actors) for itself. */
static size_t stand_ins(dyad_actor_context *x, const dyad_readings *r, uint32_t np, dyad_role_actor *out, size_t max)
{
    uint32_t parties[8];
    size_t n_parties = dyad_between_phrases(x->doc, np, parties, 8), n = 0;
    if (!n_parties && dyad_of_np_after(x->doc, np) != DYAD_NO_CHUNK)
        n_parties = dyad_owner_phrases(x->doc, np, parties, 8);
    dyad_actor_match m;
    for (size_t p = 0; p < n_parties && n < max; p++)
        if (dyad_actor_of(x, parties[p], &m)) out[n++] = (dyad_role_actor){m, parties[p]};
    if (!n && max && new_actor(x, r->new_actor_length, np, &m)) out[n++] = (dyad_role_actor){m, np};
    return n;
}

/* An agent with no country takes the countries of an "of", "in" or "from" phrase after it, one
 * actor each ("the ambassadors of Arnor and Gondor" -> ARNGOV, GONGOV); "lawmakers and officials in Fornost and
 * Gondor": the phrase after the last conjunct belongs to every one. Not after a possessive
 * pronoun, which names the owner itself: "they would withdraw their ambassadors from Honduras". */
static size_t owned_agents(dyad_actor_context *x, const dyad_actor_match *m, uint32_t np, uint32_t last_conjunct,
                           dyad_role_actor *out, size_t max)
{
    if (dyad_code_has_country(m->code) || x->doc->tokens[x->doc->chunks[np].first].pos == DYAD_POS_PRPS) return 0;
    uint32_t owners[8];
    size_t n_owners = dyad_owner_phrases(x->doc, np, owners, 8), n = 0;
    if (!n_owners && last_conjunct != np) n_owners = dyad_owner_phrases(x->doc, last_conjunct, owners, 8);
    /* "the ministers of the Democratic Republic of Congo and Rwanda": the owners are the name's last
     * phrase and the phrases coordinated with it */
    if (n_owners == 1 && dyad_name_runs_across_of(x, owners[0]))
        n_owners = dyad_owner_phrases(x->doc, owners[0], owners, 8);
    for (size_t o = 0; o < n_owners && n < max; o++) {
        dyad_actor_match owner;
        if (!dyad_actor_of(x, owners[o], &owner) || !dyad_code_has_country(owner.code)) continue;
        /* "the commander of the FARC rebels", "the leader of the opposition": a member of a
         * group outside the state is the group, whatever his own title's agent */
        if (dyad_code_has_agent(owner.code) && !dyad_code_is_state(owner.code)) {
            out[n++] = (dyad_role_actor){owner, np};
            continue;
        }
        if (strlen(owner.code) > 6) continue;
        /* a place gives its country only: "police in Nairobi" are KENCOP, not the government's */
        if (dyad_is_place_phrase(x->doc, owners[o]) && !dyad_code_is_organisation(owner.code)) {
            if (says_it_is_foreign(x->doc, np)) continue;
            owner.code[3] = '\0';
        }
        out[n] = (dyad_role_actor){*m, np};
        dyad_give_agent_to(out[n].m.code, sizeof out[n].m.code, owner.code);
        n++;
    }
    return n;
}

/* People and institutions of the place (home agents) are the dateline country's; so are armed
 * forces and groups the story names as known to the reader ("the army", "the rebels"), where
 * bare "troops" may be any country's. */
static int is_local(const dyad_document *doc, uint32_t np, const char *agent)
{
    if (dyad_agent_is_home(agent)) return 1;
    return np != DYAD_NO_CHUNK && dyad_agent_is_armed(agent)
           && strcmp(doc->tokens[doc->chunks[np].first].lemma, "the") == 0;
}

size_t dyad_role_actors(dyad_actor_context *x, const dyad_readings *r, size_t n_np, const uint32_t *nps,
                        dyad_role_actor *out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < n_np && n < max; i++) {
        dyad_actor_match m;
        if (nps[i] == DYAD_NO_CHUNK) continue;
        size_t n_sides = both_sides(x, nps[i], out + n, max - n);
        if (n_sides)
            n += n_sides;
        else if (!dyad_actor_of(x, nps[i], &m))
            n += stand_ins(x, r, nps[i], out + n, max - n);
        else if (n + 2 <= max && split_coordinated_modifiers(x, nps[i], &out[n]))
            n += 2;
        else {
            size_t added = owned_agents(x, &m, nps[i], i + 1 < n_np ? nps[n_np - 1] : nps[i], out + n, max - n);
            n = added ? n + added : add_split_codes(out, n, max, &m, nps[i]);
        }
    }
    share_agent_of_last_conjunct(x, out, n);
    share_modifiers_of_first_conjunct(x, out, n);
    /* "police arrested him", in a story datelined MANILA: the police are the Philippines', unless
     * their clause is about another country or the phrase says it is foreign ("foreign lawyers") */
    for (size_t i = 0; i < n && x->setting[0] && n_np && nps[0] != DYAD_NO_CHUNK; i++)
        if (strncmp(out[i].m.code, "---", 3) == 0 && is_local(x->doc, out[i].chunk, out[i].m.code + 3)
            && !clause_names_other_country(x, nps[0])
            && (out[i].chunk == DYAD_NO_CHUNK || !says_it_is_foreign(x->doc, out[i].chunk)))
            dyad_code_set_country(out[i].m.code, x->setting);
    if (!n && !r->require_dyad && max) {
        memset(&out[0], 0, sizeof out[0]);
        strcpy(out[0].m.code, "---");
        out[0].chunk = DYAD_NO_CHUNK;
        n = 1;
    }
    return n;
}
