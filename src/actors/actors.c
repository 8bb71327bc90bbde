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
        o += dyad_utf8_upper_fold(t, n, k->text + o, sizeof k->text - o);
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

/* Longest dictionary phrase that starts at token i of the key. */
static int longest_at(const dyad_phrase_dict *d, const phrase_key *k, size_t i, int32_t date, match *m)
{
    int found = 0;
    size_t max = d->longest < k->n_tokens - i ? d->longest : k->n_tokens - i;
    for (size_t len = 1; len <= max; len++) {
        size_t from = k->start[i], to = k->start[i + len] - 1;
        const dyad_actor_entry *e = dyad_phrase_lookup(d, k->text + from, to - from);
        if (e) {
            const char *code = dyad_actor_code(d, e, date);
            if (code) { *m = (match){e, code, i, len}; found = 1; }
        }
        if (!dyad_phrase_is_prefix(d, k->text + from, to - from)) break;
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

int dyad_resolve_actor(const dyad_actor_dicts *d, const dyad_document *doc, uint32_t first, uint32_t end,
                       int32_t date, dyad_actor_match *out)
{
    phrase_key k;
    build_key(doc, first, end, &k);
    match actor = {0}, specific = {0}, agent = {0};
    for (size_t i = 0; i < k.n_tokens;) {
        match m;
        if (d->actors && longest_at(d->actors, &k, i, date, &m)) {
            actor = m;
            /* a person or organisation code (RUSGOV, IGOUNO) is more specific than a country */
            if (!is_country_code(m.code)) specific = m;
            i += m.n_tokens;
            continue;
        }
        if (d->agents && longest_at(d->agents, &k, i, date, &m)) {
            agent = m;
            i += m.n_tokens;
            continue;
        }
        i++;
    }
    memset(out, 0, sizeof *out);
    const match *used_actor = specific.entry ? &specific : actor.entry ? &actor : NULL;
    if (!used_actor && !agent.entry) return 0;
    /* "media freedom", "police reform": an agent that only modifies the head noun names no one */
    if (!used_actor && agent.token + agent.n_tokens < k.n_tokens && !names_people(&doc->tokens[end - 1])
        && !agent_owns_or_names(doc, first + (uint32_t)(agent.token + agent.n_tokens), end))
        return 0;
    const char *agent_code = agent.entry ? agent.code : NULL;
    if (used_actor && (!agent_code || !is_country_code(used_actor->code) || specific.entry)) {
        snprintf(out->code, sizeof out->code, "%s", used_actor->code);
        agent.entry = NULL;
    } else if (used_actor) {
        /* country + agent: "~MIL" appends, "MIL~" prefixes */
        size_t al = strlen(agent_code);
        if (agent_code[0] == '~') snprintf(out->code, sizeof out->code, "%s%s", used_actor->code, agent_code + 1);
        else if (al && agent_code[al - 1] == '~') snprintf(out->code, sizeof out->code, "%.*s%s", (int)(al - 1), agent_code, used_actor->code);
        else snprintf(out->code, sizeof out->code, "%s%s", used_actor->code, agent_code);
    } else {
        /* an agent with no country ("protesters"): CAMEO's unknown-country prefix */
        snprintf(out->code, sizeof out->code, "---%s", agent_code + (agent_code[0] == '~'));
        size_t n = strlen(out->code);
        if (n && out->code[n - 1] == '~') out->code[n - 1] = '\0';
    }
    out->actor = used_actor ? used_actor->entry : NULL;
    out->agent = agent.entry;
    size_t lo = used_actor ? used_actor->token : agent.token, hi = used_actor ? used_actor->token + used_actor->n_tokens : 0;
    if (agent.entry) {
        if (agent.token < lo) lo = agent.token;
        if (agent.token + agent.n_tokens > hi) hi = agent.token + agent.n_tokens;
    }
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
