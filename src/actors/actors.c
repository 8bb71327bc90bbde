#include "actors.h"
#include "codes.h"
#include "../dict/dictfile.h"
#include "../lexicon/lexicon.h"
#include "../tag/pos.h"
#include "../tag/wordclass.h"
#include "../text/utf8.h"
#include "../core/strcopy.h"
#include "../core/xalloc.h"
#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A phrase is looked for within at most 64 tokens and MAX_KEY - 1 bytes of key from where it
   starts; a token whose key alone comes near MAX_KEY bytes ends the run. */
#define MAX_PHRASE_TOKENS 64
enum { MAX_KEY = 1024 };

/* Longest UTF-8 a single code point can fold to (8 decomposed parts of 4 bytes): a fold that comes
   this close to the end of its buffer may have been cut short. */
enum { MAX_FOLDED_CODE_POINT = 32 };

/* Writes token t's key to out: its upper-case fold with "Dol_Amroth", written with the
   dictionaries' own joiner, as those words, and so a hyphenated name ("Jong-un" of KIM_JONG_UN),
   and without an apostrophe inside a name ("D'Alema"), as the dictionaries' keys are
   (dyad_hyphen_joins, dyad_apostrophe_joins). Returns the length, or SIZE_MAX when the
   fold is too long for a key; *first_len is the length of its first word. A token that folds to
   nothing (a lone combining mark, a variation selector) is an empty word. */
static size_t write_token_key(const dyad_token *t, char *out, size_t *first_len)
{
    char folded[MAX_KEY];
    const char *s = t->upper;
    size_t n = t->upper_len;
    if (!s || n + 1 > sizeof folded) { /* the fold kept on the token is what folding would write */
        n = dyad_token_upper(t, 0, folded, sizeof folded);
        s = folded;
    }
    if (n + MAX_FOLDED_CODE_POINT >= sizeof folded) return SIZE_MAX;
    *first_len = n;
    static const uint8_t may_join[256] = {[' '] = 1, ['-'] = 1, ['_'] = 1, ['\''] = 1};
    int joiners = 0;
    for (size_t j = 0; j < n; j++) {
        out[j] = s[j];
        joiners |= may_join[(unsigned char)s[j]];
    }
    if (joiners) {
        size_t o = 0;
        for (size_t j = 0; j < n; j++) {
            if (dyad_apostrophe_joins(s, n, j)) continue; /* "D'Alema" is keyed DALEMA */
            out[o++] = s[j] == '_' || dyad_hyphen_joins(s, n, j) ? ' ' : s[j];
        }
        n = o;
        const char *space = memchr(out, ' ', n);
        *first_len = space ? (size_t)(space - out) : n;
    }
    return n;
}

void dyad_token_keys_build(dyad_token_keys *k, const dyad_document *doc, uint32_t first, uint32_t end)
{
    size_t n = end > first ? end - first : 0, size = 1;
    for (size_t i = 0; i < n; i++) {
        const dyad_token *t = &doc->tokens[first + i];
        size += (t->upper ? t->upper_len : MAX_KEY) + 1;
    }
    k->doc = doc;
    k->first = first;
    k->end = first + (uint32_t)n;
    k->text = dyad_xmalloc(size);
    k->start = dyad_xmalloc((n + 1) * sizeof *k->start);
    k->too_long = dyad_xmalloc(n ? n : 1);
    k->first_hash = dyad_xmalloc((n ? n : 1) * sizeof *k->first_hash);
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        size_t first_len;
        const dyad_token *t = &doc->tokens[first + i];
        size_t len = first_len = t->upper_len;
        /* most words: the segmenter saw no joiner in the short ASCII text, so the fold is the key */
        if (t->flags & DYAD_TOK_NO_JOINER)
            memcpy(k->text + o, t->upper, len);
        else
            len = write_token_key(t, k->text + o, &first_len);
        k->start[i] = (uint32_t)o;
        k->too_long[i] = len == SIZE_MAX;
        if (len == SIZE_MAX)
            k->first_hash[i] = 0;
        else if (t->upper && first_len == len && len == t->upper_len)
            k->first_hash[i] = t->upper_hash; /* the token's whole fold (no joiner): the hash it keeps */
        else
            k->first_hash[i] = dyad_strmap_hash(k->text + o, first_len);
        o += (len == SIZE_MAX ? 0 : len) + 1; /* and the space after it */
        k->text[o - 1] = ' ';
    }
    assert(o < size && o <= UINT32_MAX);
    k->start[n] = (uint32_t)o; /* as if a token followed the last one */
}

void dyad_token_keys_free(dyad_token_keys *k)
{
    free(k->text);
    free(k->start);
    free(k->too_long);
    free(k->first_hash);
}

/* The key of tokens [first, end) as far as a phrase may run (MAX_PHRASE_TOKENS): a view into the
   document's keys, where token i's key starts at start[i] and every token's length is
   start[i + 1] - 1 - start[i]. */
typedef struct {
    const char *text;
    const uint32_t *start, *first_hash;
    size_t n_tokens;
} phrase_key;

static void key_view(const dyad_token_keys *keys, uint32_t first, uint32_t end, phrase_key *k)
{
    k->text = keys->text;
    k->start = keys->start;
    k->first_hash = keys->first_hash;
    k->n_tokens = 0;
    if (first >= end) return;
    assert(first >= keys->first && end <= keys->end);
    size_t at = first - keys->first, n = 0;
    k->start = keys->start + at;
    k->first_hash = keys->first_hash + at;
    while (first + n < end && n < MAX_PHRASE_TOKENS && !keys->too_long[at + n]
           && k->start[n + 1] - k->start[0] < MAX_KEY)
        n++;
    k->n_tokens = n;
}

/* Bytes of the key from token i up to (not including) token i + n. */
static size_t key_span(const phrase_key *k, size_t i, size_t n)
{
    assert(i + n <= k->n_tokens && n > 0);
    size_t len = k->start[i + n] - 1 - k->start[i];
    assert(len < MAX_KEY);
    return len;
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
            size_t from = k->start[t], len = key_span(k, t, 1);
            if (len == wl && memcmp(k->text + from, w, wl) == 0) break;
            if (!may_skip) return 0;
        }
        t++;
        w += wl + (w[wl] == ' ');
    }
    *n_tokens = t - i;
    return 1;
}

/* longest_at for a token whose first word may start a phrase of d. */
static int longest_from(const dyad_phrase_dict *d, const phrase_key *k, size_t i, int32_t date, match *m)
{
    int found = 0;
    size_t best_words = 0;
    size_t max = d->longest < k->n_tokens - i ? d->longest : k->n_tokens - i;
    for (size_t len = 1; len <= max; len++) {
        const char *from = k->text + k->start[i];
        size_t bytes = key_span(k, i, len);
        int is_prefix;
        const dyad_actor_entry *e = dyad_phrase_lookup_prefix(d, from, bytes, &is_prefix);
        if (e) {
            const char *code = dyad_actor_code(d, e, date);
            if (code) {
                *m = (match){e, code, i, len};
                found = 1;
                best_words = len;
            }
        }
        if (!is_prefix) break;
    }
    if (!d->n_gapped) return found;
    size_t n_tokens;
    for (const dyad_gapped_phrase *g = dyad_gapped_first(d, k->text + k->start[i], key_span(k, i, 1)); g;
         g = dyad_gapped_next(d, g)) {
        if (g->n_words <= best_words || !gapped_match(g, k, i, &n_tokens)) continue;
        const char *code = dyad_actor_code(d, &d->entries[g->entry], date);
        if (!code) continue;
        *m = (match){&d->entries[g->entry], code, i, n_tokens};
        found = 1;
        best_words = g->n_words;
    }
    return found;
}

/* Longest dictionary phrase that starts at token i of the key, counted in dictionary words as
   PETRARCH does: a gapped phrase of three words beats a consecutive one of two. Most words start
   no phrase: that test is inlined where the tokens are walked, and the search called for the rest. */
static inline int longest_at(const dyad_phrase_dict *d, const phrase_key *k, size_t i, int32_t date, match *m)
{
    return dyad_phrase_may_start(d, k->first_hash[i]) && longest_from(d, k, i, date, m);
}

/* "the West Bank": a name that starts inside the match m and reaches past it ("WEST_BANK" inside
   "THE_WEST" + "Bank") is the phrase's name, nearer its head; m then names nothing. */
static int overlapped_by_longer(const dyad_phrase_dict *d, const phrase_key *k, const match *m, int32_t date)
{
    match later;
    for (size_t j = m->token + 1; j < m->token + m->n_tokens; j++)
        if (longest_at(d, k, j, date, &later) && j + later.n_tokens > m->token + m->n_tokens) return 1;
    return 0;
}

static int is_country_code(const char *code) { return strlen(code) == 3 && code[0] >= 'A' && code[0] <= 'Z'; }

/* Head nouns that still name the agent's people ("police officers", "army units"). */
static int names_people(const dyad_token *head)
{
    return head->lemma && dyad_lemma_is(head, DYAD_WC_AGENT_PEOPLE_HEAD);
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
    int actor_armed = 0;
    for (size_t at = 3; at + 3 <= strlen(actor_code); at += 3) actor_armed |= dyad_agent_is_armed(actor_code + at);
    return actor_armed && dyad_agent_is_armed(agent_code + (agent_code[0] == '~'));
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
    dyad_copy_str(composed, sizeof composed, actor_code);
    for (const char *p = none + 3; strlen(p) >= 3; p += 3) {
        snprintf(agent, sizeof agent, "~%.3s", p);
        add_agent_code(composed, sizeof composed, agent);
    }
    /* prefixes in reverse, so the one nearest the actor is prefixed first */
    for (const char *p = none; p - code >= 3; p -= 3) {
        snprintf(agent, sizeof agent, "%.3s~", p - 3);
        add_agent_code(composed, sizeof composed, agent);
    }
    dyad_copy_str(code, size, composed);
}

enum { MAX_AGENTS = 6 };

int dyad_resolve_actor_in(const dyad_actor_dicts *d, const dyad_token_keys *keys, uint32_t first, uint32_t end,
                          int32_t date, dyad_actor_match *out)
{
    const dyad_document *doc = keys->doc;
    phrase_key k;
    key_view(keys, first, end, &k);
    /* PETRARCH's rule: the first actor named is the base, and every agent in the rest of the phrase
       is added in the order found ("an MSF Arnor diplomat" -> NGO + ARN + GOV) */
    match actor = {0}, agents[MAX_AGENTS];
    size_t n_agents = 0;
    for (size_t i = 0; i < k.n_tokens;) {
        match m;
        if (d->actors && longest_at(d->actors, &k, i, date, &m)) {
            if (m.n_tokens > 1 && overlapped_by_longer(d->actors, &k, &m, date)) {
                i++;
                continue;
            }
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
    dyad_copy_str(out->code, sizeof out->code, actor.entry ? actor.code : "---");
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

int dyad_resolve_actor(const dyad_actor_dicts *d, const dyad_document *doc, uint32_t first, uint32_t end, int32_t date,
                       dyad_actor_match *out)
{
    dyad_token_keys keys;
    dyad_token_keys_build(&keys, doc, first, end);
    int found = dyad_resolve_actor_in(d, &keys, first, end, date, out);
    dyad_token_keys_free(&keys);
    return found;
}

const dyad_actor_entry *dyad_find_phrase_span_in(const dyad_phrase_dict *d, const dyad_token_keys *keys, uint32_t first,
                                                 uint32_t end, uint32_t *at, uint32_t *past)
{
    if (!d->n_entries) return NULL;
    phrase_key k;
    for (uint32_t from = first; from < end;) {
        /* overlapping windows, so long sentences are searched whole; a window whose key was cut
           short (long tokens) moves on by half of what it held, and past a token too long to hold */
        uint32_t to = from + MAX_PHRASE_TOKENS < end ? from + MAX_PHRASE_TOKENS : end;
        key_view(keys, from, to, &k);
        for (size_t i = 0; i < k.n_tokens; i++) {
            match m;
            if (!longest_at(d, &k, i, 0, &m)) continue;
            *at = from + (uint32_t)m.token;
            *past = *at + (uint32_t)m.n_tokens;
            return m.entry;
        }
        if (from + k.n_tokens == end) break;
        from += k.n_tokens > 1 ? (uint32_t)k.n_tokens / 2 : 1;
    }
    return NULL;
}

const dyad_actor_entry *dyad_find_phrase_in(const dyad_phrase_dict *d, const dyad_token_keys *keys, uint32_t first,
                                            uint32_t end)
{
    uint32_t at, past;
    return dyad_find_phrase_span_in(d, keys, first, end, &at, &past);
}

const dyad_actor_entry *dyad_find_phrase(const dyad_phrase_dict *d, const dyad_document *doc, uint32_t first,
                                         uint32_t end)
{
    if (!d->n_entries) return NULL;
    dyad_token_keys keys;
    dyad_token_keys_build(&keys, doc, first, end);
    const dyad_actor_entry *e = dyad_find_phrase_in(d, &keys, first, end);
    dyad_token_keys_free(&keys);
    return e;
}

size_t dyad_token_upper(const dyad_token *t, int lemma, char *out, size_t size)
{
    int use_lemma = lemma && t->lemma;
    const char *s = use_lemma ? t->lemma : t->text, *upper = use_lemma ? t->lemma_upper : t->upper;
    size_t n = use_lemma ? t->lemma_upper_len : t->upper_len;
    /* the fold kept on the token is what folding would write when it fits whole */
    if (upper && n + 1 <= size) {
        memcpy(out, upper, n);
        out[n] = '\0';
        return n;
    }
    return dyad_utf8_upper_fold(s, strlen(s), out, size);
}
