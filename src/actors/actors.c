#include "actors.h"
#include "../tag/pos.h"
#include "../text/utf8.h"
#include <stdio.h>
#include <string.h>

#define MAX_PHRASE_TOKENS 64

/* The upper-case key of tokens [first, end) joined by spaces, with where each token starts. */
typedef struct {
    char text[1024];
    size_t start[MAX_PHRASE_TOKENS + 1];
    size_t n_tokens;
} phrase_key;

static void build_key(const dyad_document *doc, uint32_t first, uint32_t end, phrase_key *k)
{
    size_t o = 0;
    k->n_tokens = 0;
    for (uint32_t i = first; i < end && k->n_tokens < MAX_PHRASE_TOKENS; i++) {
        const char *t = doc->tokens[i].text;
        size_t n = strlen(t);
        if (o + n + 2 >= sizeof k->text) break;
        if (o) k->text[o++] = ' ';
        k->start[k->n_tokens++] = o;
        size_t folded = dyad_utf8_upper_fold(t, n, k->text + o, sizeof k->text - o);
        /* "Dol_Amroth", written with the dictionaries' own joiner, is those words */
        for (size_t j = o; j < o + folded; j++)
            if (k->text[j] == '_') k->text[j] = ' ';
        o += folded;
    }
    k->start[k->n_tokens] = o + 1; /* as if a space followed the last token */
    k->text[o] = '\0';
}

typedef struct {
    const dyad_actor_entry *entry;
    const char *code;
    size_t token; /* first token of the match, relative to the phrase */
    size_t n_tokens;
} match;

/* Whether a gapped phrase matches from token i of the key: its words in order, with other tokens
   allowed between them where the dictionary wrote a space. Sets the tokens covered. */
static int gapped_match(const dyad_gapped_phrase *g, const phrase_key *k, size_t i, size_t *n_tokens)
{
    const char *w = g->key;
    size_t t = i;
    for (uint32_t word = 0; word < g->n_words; word++) {
        size_t wl = strcspn(w, " ");
        int may_skip = word > 0 && word - 1 < 64 && (g->gaps >> (word - 1) & 1);
        for (;; t++) {
            if (t >= k->n_tokens) return 0;
            size_t from = k->start[t], len = k->start[t + 1] - 1 - from;
            if (len == wl && memcmp(k->text + from, w, wl) == 0) break;
            if (!may_skip) return 0;
        }
        t++;
        w += wl + (w[wl] == ' ');
    }
    *n_tokens = t - i;
    return 1;
}

/* Longest dictionary phrase that starts at token i of the key, counted in dictionary words as
   PETRARCH does: a gapped phrase of three words beats a consecutive one of two. */
static int longest_at(const dyad_phrase_dict *d, const phrase_key *k, size_t i, int32_t date, match *m)
{
    int found = 0;
    size_t best_words = 0;
    size_t max = d->longest < k->n_tokens - i ? d->longest : k->n_tokens - i;
    for (size_t len = 1; len <= max; len++) {
        size_t from = k->start[i], to = k->start[i + len] - 1;
        const dyad_actor_entry *e = dyad_phrase_lookup(d, k->text + from, to - from);
        if (e) {
            const char *code = dyad_actor_code(d, e, date);
            if (code) { *m = (match){e, code, i, len}; found = 1; best_words = len; }
        }
        if (!dyad_phrase_is_prefix(d, k->text + from, to - from)) break;
    }
    if (!d->n_gapped) return found;
    size_t from = k->start[i], first_len = k->start[i + 1] - 1 - from, n_tokens;
    for (const dyad_gapped_phrase *g = dyad_gapped_first(d, k->text + from, first_len); g; g = dyad_gapped_next(d, g)) {
        if (g->n_words <= best_words || !gapped_match(g, k, i, &n_tokens)) continue;
        const char *code = dyad_actor_code(d, &d->entries[g->entry], date);
        if (!code) continue;
        *m = (match){&d->entries[g->entry], code, i, n_tokens};
        found = 1;
        best_words = g->n_words;
    }
    return found;
}

static int is_country_code(const char *code) { return strlen(code) == 3 && code[0] >= 'A' && code[0] <= 'Z'; }

/* Head nouns that still name the agent's people ("police officers", "army units"). */
static int names_people(const dyad_token *head)
{
    static const char *const heads[] = {"line", "unit", "officer", "member", "personnel", "official", "chief", "head",
                                        "leader", "spokesman", "spokeswoman", "spokesperson", "commander", "force",
                                        "representative", "delegation", "team", "source", "staff", "squad",
                                        "building", "headquarters", "office", "compound", "premises", "base", NULL};
    for (int i = 0; heads[i]; i++)
        if (head->lemma && strcmp(head->lemma, heads[i]) == 0) return 1;
    return 0;
}

/* After the agent: a possessive ("the government's budget cuts") or a phrase ending in a name
 * ("the official news agency WFNA"), so the phrase is still about the agent. */
static int agent_owns_or_names(const dyad_document *doc, uint32_t after, uint32_t end)
{
    if (after >= end) return 0;
    if (doc->tokens[after].pos == DYAD_POS_POS) return 1;
    int last = doc->tokens[end - 1].pos;
    return last == DYAD_POS_NNP || last == DYAD_POS_NNPS;
}

/* A later actor in the phrase that says more about the first one's country ("Lebanese Hezbollah",
   "Russian President Putin"): its code starts with the first one's country and is longer. */
static int refines(const match *first, const match *later)
{
    return is_country_code(first->code) && strlen(later->code) > 3 && strncmp(later->code, first->code, 3) == 0;
}

/* Adds an agent code to an actor code, as PETRARCH composes them: "~MIL" appends, "NGO~" prefixes,
   and an agent whose code is already there (at a multiple of three) adds nothing. */
static void add_agent_code(char *code, size_t size, const char *agent)
{
    size_t al = strlen(agent);
    int prefix = al && agent[al - 1] == '~';
    const char *agc = agent + (agent[0] == '~');
    size_t agl = al - (agent[0] == '~') - (size_t)prefix, cl = strlen(code);
    if (!agl) return;
    for (size_t at = 0; at + agl <= cl; at += 3)
        if (memcmp(code + at, agc, agl) == 0) return;
    if (cl + agl + 1 > size) return;
    if (prefix) {
        memmove(code + agl, code, cl + 1);
        memcpy(code, agc, agl);
    } else {
        memcpy(code + cl, agc, agl);
        code[cl + agl] = '\0';
    }
}

/* "al Shabaab fighters", "Hamas militants": an armed group's own fighters add no second armed
   role to its code (SOMINSSHB, not SOMINSSHBUAF). */
static int is_armed_role_of(const char *agent_code, const char *actor_code)
{
    static const char *const armed[] = {"MIL", "UAF", "REB", "INS", NULL};
    const char *agc = agent_code + (agent_code[0] == '~');
    int agent_armed = 0, actor_armed = 0;
    for (int i = 0; armed[i]; i++) {
        agent_armed |= strncmp(agc, armed[i], 3) == 0;
        for (size_t at = 3; at + 3 <= strlen(actor_code); at += 3) actor_armed |= strncmp(actor_code + at, armed[i], 3) == 0;
    }
    return agent_armed && actor_armed;
}

/* "President Donald Trump", "Prime Minister Netanyahu": a title right before a person or body whose
   entry already gives its role (dated, so a former president stays USAELI) adds nothing. */
static int is_title_of(const match *agent, const match *actor)
{
    return actor->entry && strlen(actor->code) > 3 && agent->token + agent->n_tokens == actor->token;
}

void dyad_give_agent_to(char *code, size_t size, const char *actor_code)
{
    const char *none = strstr(code, "---");
    if (!none) return;
    char composed[48], agent[8];
    snprintf(composed, sizeof composed, "%s", actor_code);
    for (const char *p = none + 3; strlen(p) >= 3; p += 3) {
        snprintf(agent, sizeof agent, "~%.3s", p);
        add_agent_code(composed, sizeof composed, agent);
    }
    /* prefixes in reverse, so the one nearest the actor is prefixed first */
    for (const char *p = none; p - code >= 3; p -= 3) {
        snprintf(agent, sizeof agent, "%.3s~", p - 3);
        add_agent_code(composed, sizeof composed, agent);
    }
    snprintf(code, size, "%s", composed);
}

enum { MAX_AGENTS = 6 };

int dyad_resolve_actor(const dyad_actor_dicts *d, const dyad_document *doc, uint32_t first, uint32_t end,
                       int32_t date, dyad_actor_match *out)
{
    phrase_key k;
    build_key(doc, first, end, &k);
    /* PETRARCH's rule: the first actor named is the base, and every agent in the rest of the phrase
       is added in the order found ("an MSF Arnor diplomat" -> NGO + ARN + GOV) */
    match actor = {0}, agents[MAX_AGENTS];
    size_t n_agents = 0;
    for (size_t i = 0; i < k.n_tokens;) {
        match m;
        if (d->actors && longest_at(d->actors, &k, i, date, &m)) {
            /* a name coded [---] is known to name no actor ("the South China Sea"): its words are
               not read as one ("China") */
            if (strcmp(m.code, "---") != 0 && (!actor.entry || refines(&actor, &m))) actor = m;
            i += m.n_tokens;
            continue;
        }
        if (d->agents && longest_at(d->agents, &k, i, date, &m)) {
            if (n_agents < MAX_AGENTS) agents[n_agents++] = m;
            i += m.n_tokens;
            continue;
        }
        i++;
    }
    memset(out, 0, sizeof *out);
    if (!actor.entry && !n_agents) return 0;
    const match *last_agent = n_agents ? &agents[n_agents - 1] : NULL;
    /* "media freedom", "police reform": an agent that only modifies the head noun names no one */
    if (!actor.entry && last_agent->token + last_agent->n_tokens < k.n_tokens && !names_people(&doc->tokens[end - 1])
        && !agent_owns_or_names(doc, first + (uint32_t)(last_agent->token + last_agent->n_tokens), end))
        return 0;
    /* an agent with no country ("protesters") has CAMEO's unknown-country code */
    snprintf(out->code, sizeof out->code, "%s", actor.entry ? actor.code : "---");
    size_t lo = actor.entry ? actor.token : k.n_tokens, hi = actor.entry ? actor.token + actor.n_tokens : 0;
    for (size_t a = 0; a < n_agents; a++) {
        if (!is_title_of(&agents[a], &actor) && !is_armed_role_of(agents[a].code, out->code))
            add_agent_code(out->code, sizeof out->code, agents[a].code);
        if (agents[a].token < lo) lo = agents[a].token;
        if (agents[a].token + agents[a].n_tokens > hi) hi = agents[a].token + agents[a].n_tokens;
    }
    out->actor = actor.entry;
    out->agent = n_agents ? agents[0].entry : NULL;
    out->first = first + (uint32_t)lo;
    out->end = first + (uint32_t)hi;
    return 1;
}

const dyad_actor_entry *dyad_find_phrase(const dyad_phrase_dict *d, const dyad_document *doc, uint32_t first, uint32_t end)
{
    if (!d->n_entries) return NULL;
    phrase_key k;
    for (uint32_t from = first; from < end; from += MAX_PHRASE_TOKENS / 2) {
        /* overlapping windows, so long sentences are searched whole */
        uint32_t to = from + MAX_PHRASE_TOKENS < end ? from + MAX_PHRASE_TOKENS : end;
        build_key(doc, from, to, &k);
        for (size_t i = 0; i < k.n_tokens; i++) {
            match m;
            if (longest_at(d, &k, i, 0, &m)) return m.entry;
        }
        if (to == end) break;
    }
    return NULL;
}

size_t dyad_token_upper(const dyad_token *t, int lemma, char *out, size_t size)
{
    const char *s = lemma && t->lemma ? t->lemma : t->text;
    return dyad_utf8_upper_fold(s, strlen(s), out, size);
}
