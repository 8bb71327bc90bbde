#include "coder.h"
#include <ctype.h>
#include "../chunk/chunk.h"
#include "../tag/wordclass.h"
#include "../core/xalloc.h"
#include "../tag/pos.h"
#include "../text/utf8.h"
#include "../dict/dictfile.h"
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void dyad_coder_init(dyad_coder *c)
{
    dyad_phrase_dict_init(&c->actors);
    dyad_phrase_dict_init(&c->agents);
    dyad_phrase_dict_init(&c->discards);
    dyad_verb_dict_init(&c->verbs);
    dyad_cameo_init(&c->cameo);
    c->options = (dyad_coder_options){.require_dyad = 1, .modal_intent = 1, .infer_countries = 1};
}

void dyad_coder_free(dyad_coder *c)
{
    dyad_phrase_dict_free(&c->actors);
    dyad_phrase_dict_free(&c->agents);
    dyad_phrase_dict_free(&c->discards);
    dyad_verb_dict_free(&c->verbs);
    dyad_cameo_free(&c->cameo);
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Codes outside the CAMEO table (TABARI's "075A", typing slips) are coded as written but have
 * no Goldstein value or quad class: say so once, with the first place that uses one. */
static void report_codes_outside_cameo(const dyad_coder *c)
{
    dyad_dict_report rep;
    dyad_report_init(&rep, c->verbs.file);
    static const char what[] = "event code not in the CAMEO table; coded as written, without Goldstein value or quad class";
    for (size_t i = 0; i < c->verbs.n_patterns; i++) {
        const dyad_verb_pattern *p = &c->verbs.patterns[i];
        if (p->code[0] && !dyad_cameo_lookup(&c->cameo, p->code)) dyad_report(&rep, p->line, what, "%s", p->code);
        if (p->second_code[0] && !dyad_cameo_lookup(&c->cameo, p->second_code)) dyad_report(&rep, p->line, what, "%s", p->second_code);
    }
    for (size_t i = 0; i < c->verbs.n_blocks; i++)
        if (c->verbs.blocks[i].code[0] && !dyad_cameo_lookup(&c->cameo, c->verbs.blocks[i].code))
            dyad_report(&rep, c->verbs.blocks[i].line, what, "%s", c->verbs.blocks[i].code);
    dyad_report_finish(&rep);
}

void dyad_path_list_add(dyad_path_list *l, const char *path)
{
    l->paths = dyad_xrealloc(l->paths, (l->n + 1) * sizeof *l->paths);
    l->paths[l->n++] = dyad_xstrdup(path);
}

void dyad_path_list_clear(dyad_path_list *l)
{
    for (size_t i = 0; i < l->n; i++) free(l->paths[i]);
    free(l->paths);
    l->paths = NULL;
    l->n = 0;
}

void dyad_dict_files_free(dyad_dict_files *f)
{
    dyad_path_list_clear(&f->actors);
    dyad_path_list_clear(&f->agents);
    dyad_path_list_clear(&f->verbs);
    dyad_path_list_clear(&f->discards);
    dyad_path_list_clear(&f->cameo);
}

/* The kind of dictionary a file name says it is, or NULL. */
static dyad_path_list *kind_of(dyad_dict_files *f, const char *name)
{
    if (!ends_with(name, ".txt")) return NULL;
    if (ends_with(name, ".actors.txt")) return &f->actors;
    if (strcmp(name, "agents.txt") == 0 || ends_with(name, ".agents.txt")) return &f->agents;
    if (strcmp(name, "discards.txt") == 0 || ends_with(name, ".discards.txt")) return &f->discards;
    if (strcmp(name, "cameo-codes.txt") == 0) return &f->cameo;
    if (strstr(name, "verbs")) return &f->verbs;
    return NULL;
}

int dyad_dict_files_from_dir(dyad_dict_files *f, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) { fprintf(stderr, "dyad: %s: cannot open dictionary directory: %s\n", dir, strerror(errno)); return -1; }
    char **names = NULL;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!ends_with(e->d_name, ".txt")) continue;
        names = dyad_xrealloc(names, (n + 1) * sizeof *names);
        names[n++] = dyad_xstrdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, by_name); /* a stable order: the first listing of a name wins */
    for (size_t i = 0; i < n; i++) {
        dyad_path_list *kind = kind_of(f, names[i]);
        if (kind) {
            char path[4096];
            snprintf(path, sizeof path, "%s/%s", dir, names[i]);
            dyad_path_list_add(kind, path);
        }
        free(names[i]);
    }
    free(names);
    return 0;
}

int dyad_coder_load(dyad_coder *c, const dyad_dict_files *f)
{
    const struct { const dyad_path_list *files; const char *what; } required[] = {
        {&f->actors, "actor dictionary (*.actors.txt, --actors)"}, {&f->agents, "agent dictionary (agents.txt, --agents)"},
        {&f->verbs, "verb dictionary (*verbs*.txt, --verbs)"}, {&f->cameo, "CAMEO code table (cameo-codes.txt, --cameo)"}};
    int failed = 0;
    for (size_t i = 0; i < sizeof required / sizeof *required; i++)
        if (!required[i].files->n) { fprintf(stderr, "dyad: no %s given\n", required[i].what); failed = 1; }
    if (failed) return -1;
    for (size_t i = 0; i < f->actors.n; i++) failed |= dyad_load_actors(&c->actors, f->actors.paths[i]) < 0;
    for (size_t i = 0; i < f->agents.n; i++) failed |= dyad_load_agents(&c->agents, f->agents.paths[i]) < 0;
    for (size_t i = 0; i < f->discards.n; i++) failed |= dyad_load_discards(&c->discards, f->discards.paths[i]) < 0;
    for (size_t i = 0; i < f->verbs.n; i++) failed |= dyad_load_verbs(&c->verbs, f->verbs.paths[i]) < 0;
    for (size_t i = 0; i < f->cameo.n; i++) failed |= dyad_cameo_load(&c->cameo, f->cameo.paths[i]) < 0;
    if (!failed) report_codes_outside_cameo(c);
    return failed ? -1 : 0;
}

int dyad_coder_load_dir(dyad_coder *c, const char *dir)
{
    dyad_dict_files f = {0};
    int r = dyad_dict_files_from_dir(&f, dir) == 0 ? dyad_coder_load(c, &f) : -1;
    dyad_dict_files_free(&f);
    return r;
}

/* ---- helpers over the analysed document ---- */

typedef struct {
    const dyad_coder *c;
    const dyad_document *doc;
    int32_t date;
    dyad_actor_match last_actor; /* for pronouns: the most recent actor named as a subject */
    int have_last;
    FILE *trace;
    /* per token of the document: the pattern-word ids of its upper-case lemma and form
     * (UINT32_MAX when no pattern uses the word), so that matching compares integers */
    uint32_t *lemma_word, *form_word;
    uint8_t *token_traits; /* per token: enum token_trait bits, found once per document */
    char setting[4];       /* country of the article's dateline ("KHARTOUM, May 2 -"), "" if none */
    /* words that name an actor met earlier in the article (enum short_name_kind) */
    struct short_name { char word[48]; uint8_t kind; dyad_actor_match actor; } *short_names;
    size_t n_short_names, cap_short_names;
    /* synset phrases found in the document ("swiss francs"): for token t, those starting there are
     * phrases[phrase_first[t] .. phrase_first[t + 1]), longest first */
    struct member_phrase { uint32_t length, word; } *phrases;
    uint32_t *phrase_first;
    /* per chunk: the dictionary actor of the noun phrase, looked up once (patterns ask often) */
    dyad_actor_match *np_actor;
    uint8_t *np_state; /* 0 not looked up, 1 actor found, 2 none */
} coding;

static int resolve_np(coding *k, uint32_t chunk, dyad_actor_match *m);
/* "---" stands where an actor code has no country ("---GOV", "NGO---") */
static int has_country(const char *code) { return strstr(code, "---") == NULL; }

/* IS_NEGATION: a pattern that spells out a negation it matched ("- &NEGATVAUXVRB * OVER") codes
 * the negated verb itself. LEFT_OUT: by the comma rule. */
enum token_trait { STARTS_MEMBER_PHRASE = 1, IS_NEGATION = 2, LEFT_OUT = 4 };

/* The noun phrase right after "of" after noun phrase np ("the Prince of [Dol Amroth]"), or
 * DYAD_NO_CHUNK. */
static uint32_t of_np_after(const dyad_document *doc, uint32_t np)
{
    if (np + 2 >= doc->n_chunks || doc->chunks[np + 1].type != DYAD_CHUNK_PP || doc->chunks[np + 2].type != DYAD_CHUNK_NP
        || strcmp(doc->tokens[doc->chunks[np + 1].head].lemma, "of") != 0)
        return DYAD_NO_CHUNK;
    return np + 2;
}

/* The phrase of d that runs through the "of" between two noun phrases, or NULL: the first one
 * found in both must not fit in either alone. */
static const dyad_actor_entry *phrase_across(const dyad_phrase_dict *d, const dyad_document *doc, const dyad_chunk *np,
                                             const dyad_chunk *of_np)
{
    const dyad_actor_entry *e = dyad_find_phrase(d, doc, np->first, of_np->end);
    return e && dyad_find_phrase(d, doc, np->first, np->end) != e && dyad_find_phrase(d, doc, of_np->first, of_np->end) != e
        ? e : NULL;
}

/* "the Sea of [Japan]": chunk ends a name across "of" that the dictionary codes [---], a known
 * non-actor, so it names no one itself. */
static int ends_non_actor_name(coding *k, uint32_t chunk)
{
    const dyad_document *doc = k->doc;
    if (chunk < 2 || of_np_after(doc, chunk - 2) != chunk) return 0;
    const dyad_actor_entry *e = phrase_across(&k->c->actors, doc, &doc->chunks[chunk - 2], &doc->chunks[chunk]);
    const char *code = e ? dyad_actor_code(&k->c->actors, e, k->date) : NULL;
    return code && strcmp(code, "---") == 0;
}

/* "the Prince of Dol Amroth", "the Bank of England", "the Ministry of Silly Walks": an actor or
 * agent name that runs through "of" into the next noun phrase; both phrases are one actor. */
static int actor_across_of(coding *k, uint32_t chunk, dyad_actor_match *m)
{
    const dyad_document *doc = k->doc;
    uint32_t after = of_np_after(doc, chunk);
    if (after == DYAD_NO_CHUNK) return 0;
    const dyad_chunk *np = &doc->chunks[chunk], *of_np = &doc->chunks[after];
    if (!phrase_across(&k->c->actors, doc, np, of_np) && !phrase_across(&k->c->agents, doc, np, of_np)) return 0;
    dyad_actor_dicts d = {&k->c->actors, &k->c->agents};
    return dyad_resolve_actor(&d, doc, np->first, of_np->end, k->date, m);
}

/* "a U.S.-backed proposal", "the Saudi-led coalition": whoever backs or leads the thing named. */
static int backer_of(coding *k, uint32_t chunk, dyad_actor_match *m)
{
    static const char *const suffixes[] = {"-backed", "-led", "-brokered", "-sponsored", "-drafted", "-proposed",
                                           "-funded", "-mediated", "-run", "-controlled", NULL};
    const dyad_document *doc = k->doc;
    for (uint32_t t = doc->chunks[chunk].first; t < doc->chunks[chunk].end; t++) {
        const char *w = doc->tokens[t].text;
        size_t n = strlen(w);
        for (int i = 0; suffixes[i]; i++) {
            size_t sl = strlen(suffixes[i]);
            if (n <= sl || strcasecmp(w + n - sl, suffixes[i]) != 0) continue;
            char key[128];
            size_t kl = dyad_utf8_upper_fold(w, n - sl, key, sizeof key);
            const dyad_actor_entry *e = dyad_phrase_lookup(&k->c->actors, key, kl);
            if (!e) continue;
            memset(m, 0, sizeof *m);
            snprintf(m->code, sizeof m->code, "%s", dyad_actor_code(&k->c->actors, e, k->date));
            m->actor = e;
            m->first = t;
            m->end = t + 1;
            return m->code[0] != '\0';
        }
    }
    return 0;
}

/* "he", "him", "she", "her" stand for a person: never for a bare group agent ("police"). */
static int is_personal_pronoun(const dyad_token *t)
{
    static const char *const persons[] = {"he", "him", "she", "her", NULL};
    for (int i = 0; persons[i]; i++)
        if (strcasecmp(t->text, persons[i]) == 0) return 1;
    return 0;
}

static int can_stand_for(const dyad_token *pronoun, const dyad_actor_match *m)
{
    return !is_personal_pronoun(pronoun) || strncmp(m->code, "---", 3) != 0;
}

/* The actor of the nearest subject of another clause before chunk in its sentence ("Ethiopia
 * indicated it would act"; not "police arrested him"). A possessive may also refer to the
 * subject of its own clause ("Israel recalled its negotiators"). */
static int earlier_subject_actor(coding *k, uint32_t chunk, int same_clause, dyad_actor_match *m)
{
    const dyad_document *doc = k->doc;
    const dyad_token *pronoun = &doc->tokens[doc->chunks[chunk].first];
    /* back to the first chunk of the pronoun's sentence, not into the sentence before */
    for (uint32_t c = chunk; c > 0 && !(doc->tokens[doc->chunks[c].first].flags & DYAD_TOK_SENTENCE_START);) {
        const dyad_chunk *ch = &doc->chunks[--c];
        if (ch->type == DYAD_CHUNK_NP && !(ch->flags & DYAD_NP_PRONOUN) && doc->clauses[ch->clause].subject == c
            && (same_clause || ch->clause != doc->chunks[chunk].clause) && resolve_np(k, c, m) && can_stand_for(pronoun, m))
            return 1;
    }
    return 0;
}

/* "its forces", "their troops": an agent after a possessive pronoun belongs to whoever the
 * pronoun stands for. A state lends its country (Russia's ministry said its troops -> RUSMIL); a
 * group or organisation is the actor itself (the RSF said its forces -> the RSF). */
static void give_possessor_country(coding *k, uint32_t chunk, dyad_actor_match *m)
{
    const dyad_document *doc = k->doc;
    const dyad_chunk *np = &doc->chunks[chunk];
    if (strncmp(m->code, "---", 3) != 0 || doc->tokens[np->first].pos != DYAD_POS_PRPS) return;
    dyad_actor_match owner;
    if (!earlier_subject_actor(k, chunk, 1, &owner) || strncmp(owner.code, "---", 3) == 0) return;
    static const char *const non_state[] = {"IGO", "NGO", "MNC", NULL};
    static const char *const groups[] = {"REB", "INS", "SEP", "OPP", "PTY", NULL};
    int state = 1;
    for (int i = 0; non_state[i]; i++) state &= strncmp(owner.code, non_state[i], 3) != 0;
    for (int i = 0; groups[i] && strlen(owner.code) >= 6; i++) state &= strncmp(owner.code + 3, groups[i], 3) != 0;
    char agent[sizeof m->code];
    snprintf(agent, sizeof agent, "%s", m->code + 3);
    if (state) snprintf(m->code, sizeof m->code, "%.3s%.40s", owner.code, agent);
    else memcpy(m->code, owner.code, sizeof m->code);
}

/* A token's text or lemma in upper case, as dictionaries write words. */
static size_t upper_word(const dyad_token *t, int lemma, char *out, size_t size)
{
    const char *s = lemma && t->lemma ? t->lemma : t->text;
    return dyad_utf8_upper_fold(s, strlen(s), out, size);
}

static int in_word_list(const char *word, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (strcmp(word, list[i]) == 0) return 1;
    return 0;
}

/* Short names for actors met earlier in the article: news names an actor once in full and
 * shortly after. SURNAME: "Sharif" after "Prime Minister Shehbaz Sharif". INSTITUTION: "the bank"
 * after "the World Bank". AGENT_HEAD: "the army" after "Sudan's army". */
enum short_name_kind { SURNAME, INSTITUTION, AGENT_HEAD };

static void remember(coding *k, const char *word, enum short_name_kind kind, const dyad_actor_match *m)
{
    if (strlen(word) < 3 || strlen(word) >= sizeof k->short_names[0].word) return;
    for (size_t i = 0; i < k->n_short_names; i++)
        if (k->short_names[i].kind == kind && strcmp(k->short_names[i].word, word) == 0) {
            k->short_names[i].actor = *m; /* the latest one of that name */
            return;
        }
    dyad_grow((void **)&k->short_names, &k->cap_short_names, k->n_short_names + 1, sizeof *k->short_names);
    struct short_name *n = &k->short_names[k->n_short_names++];
    snprintf(n->word, sizeof n->word, "%s", word);
    n->kind = (uint8_t)kind;
    n->actor = *m;
}

/* The last word of an entry named with several words. People end in surnames ("SHEHBAZ
 * SHARIF"); institutions end in nouns that "the bank", "the court" refer back with ("WORLD
 * BANK"); other names (armies, parties, governments, places) in neither. */
static void remember_entry_name(coding *k, const dyad_actor_match *m)
{
    static const char *const referred_to[] = {"COURT", "BANK", "COUNCIL", "AGENCY", "UNION", "ORGANIZATION",
                                              "ORGANISATION", "FUND", "PROGRAMME", "PROGRAM", "COMMITTEE", "COMMISSION",
                                              "ALLIANCE", "COALITION", "TRIBUNAL", "BLOC", NULL};
    static const char *const neither[] = {
        "PARTY", "ARMY", "FORCE", "FORCES", "MINISTRY", "NATIONS", "STATES", "ASSEMBLY", "PARLIAMENT", "GOVERNMENT",
        "FRONT", "MOVEMENT", "BRIGADE", "BRIGADES", "GUARD", "GUARDS", "POLICE", "SERVICE", "OFFICE", "HOUSE",
        "CONGRESS", "SENATE", "CROSS", "CRESCENT", NULL};
    if (!m->actor || !m->actor->name) return;
    const char *space = strrchr(m->actor->name, ' ');
    if (!space || in_word_list(space + 1, neither)) return;
    remember(k, space + 1, in_word_list(space + 1, referred_to) ? INSTITUTION : SURNAME, m);
}

/* "Sudan's army", "Israeli troops": a country and an agent whose head noun ends the phrase, for
 * a later "the army", "the troops". */
static void remember_agent_head(coding *k, uint32_t chunk, const dyad_actor_match *m)
{
    const dyad_token *head = &k->doc->tokens[k->doc->chunks[chunk].end - 1];
    if (!m->agent || !has_country(m->code) || m->end != k->doc->chunks[chunk].end
        || (head->pos != DYAD_POS_NN && head->pos != DYAD_POS_NNS))
        return;
    char word[48];
    size_t n = upper_word(head, 1, word, sizeof word);
    word[n < sizeof word ? n : sizeof word - 1] = '\0';
    remember(k, word, AGENT_HEAD, m);
}

/* The actor a short name stands for: a proper name alone for SURNAME, "the" and a noun for the
 * others. */
static int actor_by_short_name(coding *k, uint32_t chunk, enum short_name_kind kind, dyad_actor_match *m)
{
    const dyad_document *doc = k->doc;
    const dyad_chunk *np = &doc->chunks[chunk];
    const dyad_token *last = &doc->tokens[np->end - 1];
    int fits = kind == SURNAME ? last->pos == DYAD_POS_NNP
                               : np->end - np->first == 2 && strcasecmp(doc->tokens[np->first].text, "the") == 0
                                     && (last->pos == DYAD_POS_NN || (kind == AGENT_HEAD && last->pos == DYAD_POS_NNS));
    if (!k->n_short_names || !fits) return 0;
    char word[64];
    size_t n = upper_word(last, kind == AGENT_HEAD, word, sizeof word);
    word[n < sizeof word ? n : sizeof word - 1] = '\0';
    for (size_t i = 0; i < k->n_short_names; i++)
        if (k->short_names[i].kind == kind && strcmp(k->short_names[i].word, word) == 0) {
            *m = k->short_names[i].actor;
            m->first = np->first;
            m->end = np->end;
            return 1;
        }
    return 0;
}

static int resolve_np(coding *k, uint32_t chunk, dyad_actor_match *m)
{
    const dyad_chunk *np = &k->doc->chunks[chunk];
    if (k->token_traits[np->first] & LEFT_OUT) return 0;
    if (!k->np_state[chunk]) {
        dyad_actor_dicts d = {&k->c->actors, &k->c->agents};
        /* "the bank" after "the World Bank" is that bank before it is any bank; a surname is
         * looked for only when no dictionary knows the name */
        dyad_actor_match *found = &k->np_actor[chunk];
        if (ends_non_actor_name(k, chunk)) {
            k->np_state[chunk] = 2;
        } else if (actor_by_short_name(k, chunk, INSTITUTION, found)) {
            k->np_state[chunk] = 1;
        } else {
            k->np_state[chunk] = actor_across_of(k, chunk, found) || dyad_resolve_actor(&d, k->doc, np->first, np->end, k->date, found)
                || backer_of(k, chunk, found) ? 1 : 2;
            if (k->np_state[chunk] == 1) {
                /* "the army" after "Sudan's army" is Sudan's */
                if (!has_country(found->code)) actor_by_short_name(k, chunk, AGENT_HEAD, found);
                give_possessor_country(k, chunk, found);
                remember_entry_name(k, found);
                remember_agent_head(k, chunk, found);
            } else if (actor_by_short_name(k, chunk, SURNAME, found)) {
                k->np_state[chunk] = 1;
            }
        }
    }
    if (k->np_state[chunk] == 1) { *m = k->np_actor[chunk]; return 1; }
    if (!(np->flags & DYAD_NP_PRONOUN) || np->end - np->first != 1) return 0;
    /* "he", "they", "it": the nearest subject named earlier in the sentence ("Ethiopia indicated
     * it would act"), else the last one of the article */
    if (earlier_subject_actor(k, chunk, 0, m)) return 1;
    if (k->have_last && can_stand_for(&k->doc->tokens[np->first], &k->last_actor)) { *m = k->last_actor; return 1; }
    return 0;
}

static int token_matches(const coding *k, uint32_t t, const dyad_pattern_item *it)
{
    if (k->token_traits[t] & LEFT_OUT) return 0;
    const dyad_verb_dict *v = &k->c->verbs;
    int lemmas = !k->c->options.written_forms;
    if (it->kind == DYAD_PI_WORD) return k->form_word[t] == it->ref || (lemmas && k->lemma_word[t] == it->ref);
    for (int pass = !lemmas; pass < 2; pass++) {
        uint32_t w = pass ? k->form_word[t] : k->lemma_word[t];
        if (w != UINT32_MAX && dyad_synset_has_word(v, it->ref, w)) return 1;
    }
    return 0;
}

/* The synset members of several words that occur in the document, as words or with the last one
 * as its lemma ("swiss francs", "swiss franc"), so that matching compares word ids. */
static void index_member_phrases(coding *k)
{
    const dyad_verb_dict *v = &k->c->verbs;
    size_t n_tokens = k->doc->n_tokens, n = 0, cap = 0;
    k->phrases = NULL;
    k->phrase_first = dyad_xmalloc((n_tokens + 1) * sizeof *k->phrase_first);
    for (size_t t = 0; t < n_tokens; t++) {
        k->phrase_first[t] = (uint32_t)n;
        if (!(k->token_traits[t] & STARTS_MEMBER_PHRASE)) continue;
        for (size_t words = v->longest_member; words >= 2; words--) {
            if (t + words > n_tokens) continue;
            for (int last_lemma = 0; last_lemma < 2; last_lemma++) {
                char phrase[160];
                size_t len = 0;
                for (size_t i = t; i < t + words && len + 50 < sizeof phrase; i++) {
                    if (len) phrase[len++] = ' ';
                    len += upper_word(&k->doc->tokens[i], last_lemma && i + 1 == t + words, phrase + len, 48);
                }
                const uint32_t *id = dyad_strmap_get(&v->words, phrase, len);
                if (!id) continue;
                dyad_grow((void **)&k->phrases, &cap, n + 1, sizeof *k->phrases);
                k->phrases[n++] = (struct member_phrase){(uint32_t)words, *id};
                break;
            }
        }
    }
    k->phrase_first[n_tokens] = (uint32_t)n;
}

/* Looks up every token's lemma and form among the pattern words once per document. */
static void index_pattern_words(coding *k)
{
    const dyad_verb_dict *v = &k->c->verbs;
    size_t n = k->doc->n_tokens ? k->doc->n_tokens : 1;
    k->lemma_word = dyad_xmalloc(n * sizeof *k->lemma_word);
    k->form_word = dyad_xmalloc(n * sizeof *k->form_word);
    k->token_traits = dyad_xmalloc(n);
    for (size_t t = 0; t < k->doc->n_tokens; t++) {
        char buf[128];
        size_t len = upper_word(&k->doc->tokens[t], 1, buf, sizeof buf);
        const uint32_t *id = dyad_strmap_get(&v->words, buf, len);
        k->lemma_word[t] = id ? *id : UINT32_MAX;
        len = upper_word(&k->doc->tokens[t], 0, buf, sizeof buf);
        id = dyad_strmap_get(&v->words, buf, len);
        k->form_word[t] = id ? *id : UINT32_MAX;
        k->token_traits[t] = (uint8_t)((dyad_strmap_get(&v->phrase_starts, buf, len) ? STARTS_MEMBER_PHRASE : 0)
                                       | (dyad_is_negation(&k->doc->tokens[t]) ? IS_NEGATION : 0));
    }
    index_member_phrases(k);
}

/* The NP chunk that starts at or after token pos (and before end), or DYAD_NO_CHUNK. */
static uint32_t np_from(const dyad_document *doc, uint32_t pos, uint32_t end, int exact)
{
    for (uint32_t t = pos; t < end; t++) {
        uint32_t c = doc->tokens[t].chunk_index;
        if (c != UINT32_MAX && doc->chunks[c].type == DYAD_CHUNK_NP && doc->chunks[c].first == t) return c;
        if (exact) break;
    }
    return DYAD_NO_CHUNK;
}

/* The NP chunk that ends at or before token pos (and starts at or after first), or DYAD_NO_CHUNK. */
static uint32_t np_before(const dyad_document *doc, uint32_t pos, uint32_t first, int exact)
{
    for (uint32_t t = pos; t-- > first;) {
        uint32_t c = doc->tokens[t].chunk_index;
        if (c != UINT32_MAX && doc->chunks[c].type == DYAD_CHUNK_NP && doc->chunks[c].end == t + 1)
            return doc->chunks[c].first >= first ? c : DYAD_NO_CHUNK;
        if (exact) break;
    }
    return DYAD_NO_CHUNK;
}

typedef struct {
    int score;
    int covers_negation; /* the pattern spells out a negation it matched */
    uint32_t target_chunk, source_chunk;
} pattern_match;

/* The nearest noun phrase naming an actor that ends at or before token pos (from s_first). */
static uint32_t actor_np_before(coding *k, uint32_t pos, uint32_t s_first)
{
    dyad_actor_match am;
    uint32_t c = np_before(k->doc, pos, s_first, 0);
    while (c != DYAD_NO_CHUNK && !resolve_np(k, c, &am)) c = np_before(k->doc, k->doc->chunks[c].first, s_first, 0);
    return c;
}

/* Does a noun phrase of the verb's own clause that names an actor with a country end within
 * tokens [from, to)? */
static int object_actor_ends_in(coding *k, uint32_t from, uint32_t to, uint32_t verb)
{
    const dyad_document *doc = k->doc;
    uint32_t vc = doc->tokens[verb].chunk_index;
    dyad_actor_match m;
    for (uint32_t t = from; t < to && vc != UINT32_MAX; t++) {
        uint32_t c = doc->tokens[t].chunk_index;
        if (c != UINT32_MAX && doc->chunks[c].type == DYAD_CHUNK_NP && doc->chunks[c].end == t + 1
            && doc->chunks[c].clause == doc->chunks[vc].clause && resolve_np(k, c, &m) && has_country(m.code))
            return 1;
    }
    return 0;
}

/* How many tokens from t the item matches (0 = none): one for a word, one or more for a
 * synset whose members may be phrases. */
static uint32_t item_length_at(const coding *k, uint32_t t, uint32_t end, const dyad_pattern_item *it)
{
    if (it->kind == DYAD_PI_SYNSET)
        for (uint32_t p = k->phrase_first[t]; p < k->phrase_first[t + 1]; p++)
            if (t + k->phrases[p].length <= end && dyad_synset_has_word(&k->c->verbs, it->ref, k->phrases[p].word))
                return k->phrases[p].length;
    return token_matches(k, t, it) ? 1 : 0;
}

/* "- + * BY $" (Y was sanctioned by X): a target before the verb and a source introduced by "by"
 * describe a passive clause; such a pattern never matches an active one ("the court upheld a
 * decision by the authorities"). "- + * FROM $" (Y received money from X) is not passive. */
static int is_passive_pattern(const dyad_verb_dict *v, const dyad_pattern_item *items, uint32_t n, uint32_t verb_at)
{
    int target_before = 0, by_source_after = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (items[i].kind == DYAD_PI_TARGET && i < verb_at) target_before = 1;
        if (items[i].kind == DYAD_PI_SOURCE && i > verb_at + 1 && items[i - 1].kind == DYAD_PI_WORD
            && strcmp(v->word_text[items[i - 1].ref], "BY") == 0)
            by_source_after = 1;
    }
    return target_before && by_source_after;
}

/* Matches a pattern around the verb head: items before `*` in order before the verb (from the
 * clause's first token), items after it in order after the verb. Words after the verb may be
 * found up to the sentence's end ("allowed that + ..."), but an actor slot that no word after
 * the verb has anchored yet stays within the clause. */
static int match_pattern(coding *k, const dyad_verb_pattern *p, uint32_t head, int passive, uint32_t c_first, uint32_t c_end,
                         uint32_t s_first, uint32_t s_end, pattern_match *m)
{
    const dyad_verb_dict *v = &k->c->verbs;
    const dyad_pattern_item *items = v->items + p->first_item;
    uint32_t verb_at = p->n_items;
    for (uint32_t i = 0; i < p->n_items; i++)
        if (items[i].kind == DYAD_PI_VERB) { verb_at = i; break; }
    if (!passive && is_passive_pattern(v, items, p->n_items, verb_at)) return 0;
    m->score = 0;
    m->covers_negation = 0;
    m->target_chunk = m->source_chunk = DYAD_NO_CHUNK;
    /* before the verb, matched backwards from it; once an item has matched within the clause,
     * further ones may come from earlier in the sentence ("INDICATED WOULD *", "NOTED + *") */
    uint32_t pos = head, limit = c_first;
    for (uint32_t i = verb_at; i-- > 0;) {
        if (items[i].kind == DYAD_PI_TARGET || items[i].kind == DYAD_PI_SOURCE) {
            uint32_t c = actor_np_before(k, pos, limit);
            if (c == DYAD_NO_CHUNK) return 0;
            if (items[i].kind == DYAD_PI_TARGET) m->target_chunk = c; else m->source_chunk = c;
            pos = k->doc->chunks[c].first;
            limit = s_first;
            m->score += 1;
            continue;
        }
        if (items[i].kind == DYAD_PI_SKIP) {
            uint32_t c = np_before(k->doc, pos, limit, items[i + 1].joined);
            if (c == DYAD_NO_CHUNK) return 0;
            pos = k->doc->chunks[c].first;
            continue;
        }
        /* "DEATH_TOTAL *": an item joined to the next must end right where the next one starts */
        int touching = items[i + 1].joined;
        uint32_t len = 0, touch_at = pos;
        while (!len && pos > limit && (!touching || pos == touch_at)) {
            pos--;
            /* a phrase that ends here: try it from where it would start */
            uint32_t longest = v->longest_member > 1 ? (uint32_t)v->longest_member : 1; /* 0 without synsets */
            for (uint32_t start = pos + 1 >= longest ? pos + 1 - longest : 0;
                 start <= pos && !len; start++)
                if (start >= limit && item_length_at(k, start, pos + 1, &items[i]) == pos + 1 - start) len = pos + 1 - start;
        }
        if (!len) return 0;
        pos = pos + 1 - len;
        limit = s_first;
        for (uint32_t t = pos; t < pos + len; t++) m->covers_negation |= (k->token_traits[t] & IS_NEGATION) != 0;
        m->score += 2;
    }
    pos = head + 1;
    int anchored = 0;
    for (uint32_t i = verb_at + 1; i < p->n_items; i++) {
        const dyad_pattern_item *it = &items[i];
        if (it->kind == DYAD_PI_TARGET || it->kind == DYAD_PI_SOURCE) {
            uint32_t end = anchored ? s_end : c_end;
            /* the rest of a phrasal verb ("carried out") is part of the verb, not a gap */
            while (pos < end && k->doc->tokens[pos].pos == DYAD_POS_RP) pos++;
            uint32_t c = np_from(k->doc, pos, end, it->joined);
            dyad_actor_match am;
            while (c != DYAD_NO_CHUNK && !resolve_np(k, c, &am)) c = np_from(k->doc, k->doc->chunks[c].end, end, 0);
            if (c == DYAD_NO_CHUNK) return 0;
            /* "- * +" is the verb's object (or in it: "struck the port of Hodeidah"); "met in
             * Nairobi" has none */
            if (i == verb_at + 1 && c >= 2 && k->doc->chunks[c - 1].type == DYAD_CHUNK_PP
                && k->doc->chunks[c - 2].type == DYAD_CHUNK_VP)
                return 0;
            if (it->kind == DYAD_PI_TARGET) m->target_chunk = c; else m->source_chunk = c;
            pos = k->doc->chunks[c].end;
            m->score += 1;
            continue;
        }
        if (it->kind == DYAD_PI_SKIP) {
            while (pos < s_end && k->doc->tokens[pos].pos == DYAD_POS_RP) pos++;
            /* "THEIR ^": the rest of a noun phrase a word has matched into */
            uint32_t inside = pos < s_end ? k->doc->tokens[pos].chunk_index : UINT32_MAX;
            uint32_t c = inside != UINT32_MAX && k->doc->chunks[inside].type == DYAD_CHUNK_NP && k->doc->chunks[inside].first < pos
                             ? inside : np_from(k->doc, pos, s_end, it->joined);
            if (c == DYAD_NO_CHUNK) return 0;
            pos = k->doc->chunks[c].end;
            continue;
        }
        uint32_t len = 0;
        uint32_t searched_from = pos;
        for (; pos < s_end; pos++) {
            if ((len = item_length_at(k, pos, s_end, it))) break;
            if (it->joined) break;
        }
        if (!len) return 0;
        /* "repelled RSF assault on El Fasher" is not "- * ON +": a preposition after an object of
         * the clause that names an actor belongs to that object, not to the verb ("rejected a
         * European plan to deploy peacekeepers" still matches "* PEACEKEEPER") */
        if (!anchored && k->doc->tokens[pos].pos == DYAD_POS_IN && object_actor_ends_in(k, searched_from, pos, head)) return 0;
        pos += len;
        anchored = 1;
        m->score += 2;
    }
    return 1;
}

/* Future and modal verbs express intent or threat (CAMEO 03 and 13), not the act itself. */
static void intent_code(const char *code, char out[8])
{
    static const struct { const char *root, *intent; } map[] = {
        {"04", "036"}, {"05", "032"}, {"06", "031"}, {"07", "033"}, {"08", "030"},
        {"16", "131"}, {"17", "137"}, {"18", "138"}, {"19", "138"}, {"20", "138"}};
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (strncmp(code, map[i].root, 2) == 0) { snprintf(out, 8, "%s", map[i].intent); return; }
    snprintf(out, 8, "%s", code);
}

/* The chunks of an NP and its coordinated conjuncts ("Russia and Ukraine"). */
static size_t conjuncts(const dyad_document *doc, uint32_t np, const dyad_sentence *s, uint32_t *out, size_t max)
{
    size_t n = 0;
    out[n++] = np;
    for (uint32_t c = s->first_chunk; c < s->first_chunk + s->n_chunks && n < max; c++)
        if (doc->chunks[c].relation == DYAD_REL_COORDINATE && doc->chunks[c].link == np) out[n++] = c;
    return n;
}

static uint32_t by_agent(const dyad_document *doc, uint32_t verb_chunk, uint32_t s_end_chunk)
{
    for (uint32_t c = verb_chunk + 1; c + 1 < s_end_chunk; c++) {
        const dyad_chunk *ch = &doc->chunks[c];
        if (ch->type == DYAD_CHUNK_PP && strcmp(doc->tokens[ch->head].lemma, "by") == 0
            && doc->chunks[c + 1].type == DYAD_CHUNK_NP)
            return c + 1;
        if (ch->type == DYAD_CHUNK_VP && !(ch->flags & DYAD_VP_INFINITIVE)) break;
    }
    return DYAD_NO_CHUNK;
}


/* Is clause c a complement of clause ci, directly or through other complements: reported speech
 * or a "that" / "whether" clause ("allowed that Mordor isn't ...")? */
static int is_complement_of(const dyad_document *doc, uint32_t c, uint32_t ci)
{
    for (int depth = 0; depth < 8 && c != UINT32_MAX; depth++) {
        const dyad_clause *cl = &doc->clauses[c];
        if (c == ci) return depth > 0;
        int that_clause = cl->kind == DYAD_CLAUSE_SUBORDINATE && doc->chunks[cl->first_chunk].type == DYAD_CHUNK_SBAR
            && (strcmp(doc->tokens[doc->chunks[cl->first_chunk].head].lemma, "that") == 0
                || strcmp(doc->tokens[doc->chunks[cl->first_chunk].head].lemma, "whether") == 0);
        if (cl->kind != DYAD_CLAUSE_REPORTED && !that_clause) return 0;
        c = cl->parent;
    }
    return 0;
}

/* Where the complements right after clause ci end (its own end when there are none). */
static uint32_t complement_end(const dyad_document *doc, uint32_t ci, uint32_t c_end)
{
    uint32_t end = c_end;
    for (uint32_t ch = doc->clauses[ci].end_chunk; ch < doc->n_chunks; ch++) {
        uint32_t owner = doc->chunks[ch].clause;
        if (owner != ci && !is_complement_of(doc, owner, ci)) break;
        end = doc->chunks[ch].end;
    }
    return end;
}

/* Verbs that only introduce what someone says ("said", "told"): what they report is coded in its
 * own clause. Narrower than the chunker's dyad_is_reporting_verb, whose "warned", "denied" or
 * "accused" are events of their own. */
static int is_plain_reporting_verb(const dyad_token *t)
{
    static const char *const reporting[] = {"say", "tell", "add", "report", "state", "write", "quote", "argue",
                                            "claim", "note", "explain", "comment", "announce", NULL};
    for (int i = 0; reporting[i]; i++)
        if (strcmp(t->lemma, reporting[i]) == 0) return 1;
    return 0;
}

/* "told reporters", "told a news conference", "said on state television": who hears a statement
 * is not its target. */
static int is_audience(coding *k, uint32_t np)
{
    dyad_actor_match m;
    return resolve_np(k, np, &m) && (strncmp(m.code, "---", 3) == 0 || strstr(m.code + 3, "MED") != NULL);
}

/* "Arnor believes Dagolath can cope", "Russia warned that Ukraine would pay": with no object, the
 * target of a verb is the subject of its complement clause. Not for plain reporting verbs
 * ("X said Y attacked Z"): what is reported is coded as its own event, with reported_by X. */
static uint32_t target_after_verb(coding *k, uint32_t verb_chunk, uint32_t clause_index, uint32_t s_end_chunk, uint32_t source_np);

static uint32_t complement_subject(coding *k, uint32_t ci, uint32_t head, const dyad_sentence *s)
{
    if (is_plain_reporting_verb(&k->doc->tokens[head])) return DYAD_NO_CHUNK;
    dyad_actor_match m;
    for (uint32_t c = s->first_clause; c < s->first_clause + s->n_clauses; c++) {
        const dyad_clause *child = &k->doc->clauses[c];
        if (child->parent != ci || (child->kind != DYAD_CLAUSE_REPORTED && child->kind != DYAD_CLAUSE_SUBORDINATE)) continue;
        if (child->subject == DYAD_NO_CHUNK || k->doc->chunks[child->subject].first <= head) continue;
        /* "began to question whether he has a future with the Orcs": a pronoun subject is the
         * speaker again; the actor the complement is about comes after its verb */
        if (k->doc->chunks[child->subject].flags & DYAD_NP_PRONOUN)
            return child->verb == DYAD_NO_CHUNK ? DYAD_NO_CHUNK
                                                : target_after_verb(k, child->verb, c, s->first_chunk + s->n_chunks, child->subject);
        if (resolve_np(k, child->subject, &m)) return child->subject;
    }
    return DYAD_NO_CHUNK;
}

/* Verbs whose plural subject acts together, each on the others ("A and B met"). */
static int is_reciprocal_verb(const dyad_token *verb)
{
    static const char *const reciprocal[] = {
        "meet", "talk", "negotiate", "discuss", "confer", "consult", "agree", "sign", "conclude", "exchange",
        "swap", "trade", "clash", "fight", "skirmish", "battle", "spar", "feud", "quarrel", "argue", "dispute",
        "cooperate", "collaborate", "reconcile", "normalize", "normalise", "restore", "resume", "establish",
        "hold", "reach", "forge", "form", "seal", "strike", "ink", "finalize", "finalise", "welcome", "pledge",
        "vow", "promise", "exercise", "drill", "train", "patrol", "join", "ally", "unite", "merge", "share",
        "cut", "sever", "break", "end", "settle", "work", "coordinate", "deepen", "strengthen", "expand", "boost",
        "launch", "stage", "conduct", "renew", "delay", "postpone", "suspend", "freeze", "cancel", "reschedule",
        "upgrade", "downgrade", "reopen", "improve", "mend", "repair", NULL};
    for (int i = 0; reciprocal[i]; i++)
        if (strcmp(verb->lemma, reciprocal[i]) == 0) return 1;
    return 0;
}

/* "Gondor and Osgiliath downplayed their meeting": the subjects' joint undertaking as object. */
static int object_is_theirs(const dyad_document *doc, const dyad_clause *cl)
{
    static const char *const joint[] = {"meeting", "talk", "tie", "relation", "relationship", "agreement", "deal",
                                        "summit", "cooperation", "dispute", "difference", "negotiation", "alliance",
                                        "partnership", "treaty", "accord", "rivalry", "feud", "conflict", NULL};
    if (cl->object == DYAD_NO_CHUNK) return 0;
    const dyad_chunk *o = &doc->chunks[cl->object];
    if (strcasecmp(doc->tokens[o->first].text, "their") != 0) return 0;
    for (int i = 0; joint[i]; i++)
        if (strcmp(doc->tokens[o->head].lemma, joint[i]) == 0) return 1;
    return 0;
}

/* The noun phrase after preposition chunk pp and the phrases coordinated with it in np's clause
 * ("of Arnor and Gondor"). With pairs_only, ", and X and Y" after them starts another pair and is
 * left out ("between A and B, and C and D"). */
static size_t pp_objects(const dyad_document *doc, uint32_t np, uint32_t pp, int pairs_only, uint32_t *out, size_t max)
{
    size_t n = 0;
    out[n++] = pp + 1;
    for (uint32_t c = pp + 2; c < doc->n_chunks && n < max && doc->chunks[c].clause == doc->chunks[np].clause; c++) {
        if (doc->chunks[c].relation != DYAD_REL_COORDINATE || doc->chunks[c].link != pp + 1) continue;
        uint32_t before = doc->chunks[c].first;
        if (pairs_only && before >= 2 && doc->tokens[before - 1].pos == DYAD_POS_CC && strcmp(doc->tokens[before - 2].text, ",") == 0)
            break;
        out[n++] = c;
    }
    return n;
}

/* "the ambassadors of Arnor and Gondor", "lawmakers in Fornost", "soldiers from Gondor": the
 * noun phrases after the preposition. */
static size_t of_phrases(const dyad_document *doc, uint32_t np, uint32_t *out, size_t max)
{
    uint32_t pp = np + 1;
    if (pp + 1 >= doc->n_chunks || doc->chunks[pp].type != DYAD_CHUNK_PP || doc->chunks[pp + 1].type != DYAD_CHUNK_NP)
        return 0;
    static const char *const owners[] = {"of", "in", "from", NULL};
    if (!in_word_list(doc->tokens[doc->chunks[pp].head].lemma, owners)) return 0;
    return pp_objects(doc, np, pp, 0, out, max);
}

/* "talks between Arnor and Gondor", "resumption of ties between Arnor and Gondor": the noun
 * phrases after "between", through at most one "of" phrase. */
static size_t between_phrases(const dyad_document *doc, uint32_t np, uint32_t *out, size_t max)
{
    uint32_t pp = np + 1;
    for (int hop = 0; hop < 2 && pp + 1 < doc->n_chunks; hop++, pp += 2) {
        if (doc->chunks[pp].type != DYAD_CHUNK_PP || doc->chunks[pp + 1].type != DYAD_CHUNK_NP
            || doc->chunks[pp].clause != doc->chunks[np].clause)
            return 0;
        const char *prep = doc->tokens[doc->chunks[pp].head].lemma;
        if (strcmp(prep, "between") == 0) break;
        if (strcmp(prep, "of") != 0 || hop == 1) return 0;
    }
    if (pp + 1 >= doc->n_chunks || strcmp(doc->tokens[doc->chunks[pp].head].lemma, "between") != 0) return 0;
    return pp_objects(doc, np, pp, 1, out, max);
}

/* Does the noun phrase name an actor with a country or organisation ("artillery fire" does not)? */
static int names_country(coding *k, uint32_t np)
{
    dyad_actor_match m;
    if (resolve_np(k, np, &m)) return has_country(m.code);
    uint32_t parties[1];
    /* "a resumption of ties between Eriador and Osgiliath" names its parties */
    return between_phrases(k->doc, np, parties, 1) && resolve_np(k, parties[0], &m) && has_country(m.code);
}

/* "in Doha", "at the border": a noun phrase that says where, not with or to whom. */
static int is_place_phrase(const dyad_document *doc, uint32_t np)
{
    if (np == 0 || doc->chunks[np - 1].type != DYAD_CHUNK_PP) return 0;
    static const char *const places[] = {"in", "at", "near", "inside", "outside", "across", "from", NULL};
    return in_word_list(doc->tokens[doc->chunks[np - 1].head].lemma, places);
}

/* Is of_np one of the "of", "in" or "from" phrases after np ("the ambassadors of Arnor")? */
static int is_of_phrase_of(const dyad_document *doc, uint32_t np, uint32_t of_np)
{
    uint32_t owners[8];
    size_t n = of_phrases(doc, np, owners, 8);
    for (size_t i = 0; i < n; i++)
        if (owners[i] == of_np) return 1;
    return 0;
}

/* The noun phrase after the verb in the clause that names the target: the object, then
 * prepositional objects; a phrase with a country or organisation ("Taiwan") is preferred to a
 * bare agent ("military drills", "the government"). */
static uint32_t target_after_verb(coding *k, uint32_t verb_chunk, uint32_t clause_index, uint32_t s_end_chunk, uint32_t source_np)
{
    dyad_actor_match m, source;
    int have_source = source_np != DYAD_NO_CHUNK && resolve_np(k, source_np, &source);
    uint32_t agent_only = DYAD_NO_CHUNK, unknown = DYAD_NO_CHUNK;
    for (uint32_t c = verb_chunk + 1; c < s_end_chunk; c++) {
        const dyad_chunk *ch = &k->doc->chunks[c];
        if (ch->clause != clause_index || ch->type != DYAD_CHUNK_NP) continue;
        if (!resolve_np(k, c, &m)) {
            uint32_t parties[2];
            /* "spur reconciliation between Calenardhon and Gondor": the parties are the target */
            if (agent_only == DYAD_NO_CHUNK && between_phrases(k->doc, c, parties, 2)) return c;
            if (unknown == DYAD_NO_CHUNK) unknown = c;
            continue;
        }
        /* "Denmark pledged 1 billion Danish crowns to Ukraine": the source's own currency or people
         * are not the target */
        if (have_source && strcmp(m.code, source.code) == 0) continue;
        /* "attacked a hospital in Kharkiv", "met the ambassadors of Arnor": the place or owner gives
         * the agent its country, it is not the target */
        if (has_country(m.code))
            return agent_only != DYAD_NO_CHUNK && (is_place_phrase(k->doc, c) || is_of_phrase_of(k->doc, agent_only, c)) ? agent_only : c;
        if (agent_only == DYAD_NO_CHUNK) agent_only = c;
    }
    /* with PETRARCH's new actors, an unknown phrase can be the target too */
    return agent_only != DYAD_NO_CHUNK || k->c->options.new_actor_length <= 0 ? agent_only : unknown;
}

/* Agents that act at home: protesters, unions, civilians, police, courts, government, parties,
 * rebels. Armed forces are left out: they often act abroad. */
static int is_domestic_agent(const char *agent)
{
    static const char *const domestic[] = {"OPP", "LAB", "CVL", "EDU", "BUS", "MED", "REL", "JUD", "LEG", "COP", "GOV",
                                           "PTY", "REB", "INS", "SEP", NULL};
    for (int i = 0; domestic[i]; i++)
        if (strncmp(agent, domestic[i], 3) == 0) return 1;
    return 0;
}

/* Agents a dateline gives its country: people and institutions of the place, not banks, media
 * or armed groups, which stories name from anywhere. */
static int is_home_agent(const char *agent)
{
    static const char *const home[] = {"OPP", "LAB", "CVL", "EDU", "REL", "JUD", "LEG", "COP", "GOV", "PTY", NULL};
    for (int i = 0; home[i]; i++)
        if (strncmp(agent, home[i], 3) == 0) return 1;
    return 0;
}

/* Does the clause of chunk np name a country other than the article's dateline country? */
static int clause_names_other_country(coding *k, uint32_t np)
{
    const dyad_document *doc = k->doc;
    const dyad_clause *cl = &doc->clauses[doc->chunks[np].clause];
    for (uint32_t c = cl->first_chunk; c < cl->end_chunk; c++) {
        dyad_actor_match m;
        if (doc->chunks[c].clause == doc->chunks[np].clause && doc->chunks[c].type == DYAD_CHUNK_NP && resolve_np(k, c, &m)
            && has_country(m.code) && strncmp(m.code, "IGO", 3) != 0 && strncmp(m.code, "NGO", 3) != 0
            && strncmp(m.code, k->setting, 3) != 0)
            return 1;
    }
    return 0;
}

/* A target agent with no country of its own ("a hospital", "the government") takes the country
 * of the place or owner named right after it ("a hospital in Kharkiv", "the government of Mali"),
 * else the source's country ("Serbian protesters demanded the resignation of the government"). */
static void complete_target_country(coding *k, uint32_t target_np, const dyad_actor_match *source, dyad_actor_match *target)
{
    if (has_country(target->code) || !k->c->options.infer_countries) return;
    const dyad_document *doc = k->doc;
    uint32_t pp = target_np + 1;
    dyad_actor_match place;
    if (pp + 1 < doc->n_chunks && doc->chunks[pp].type == DYAD_CHUNK_PP && doc->chunks[pp + 1].type == DYAD_CHUNK_NP
        && doc->chunks[pp + 1].clause == doc->chunks[target_np].clause) {
        const char *prep = doc->tokens[doc->chunks[pp].head].lemma;
        if ((strcmp(prep, "in") == 0 || strcmp(prep, "of") == 0 || strcmp(prep, "near") == 0)
            && resolve_np(k, pp + 1, &place) && has_country(place.code) && strncmp(place.code, "IGO", 3) != 0) {
            memcpy(target->code, place.code, 3);
            return;
        }
    }
    /* only for domestic sources (protesters, unions, police, courts, government, rebels); armed forces act abroad */
    if (!has_country(source->code) || strlen(source->code) < 6 || strncmp(source->code, "IGO", 3) == 0
        || strncmp(source->code, "NGO", 3) == 0)
        return;
    if (is_domestic_agent(source->code + 3)) memcpy(target->code, source->code, 3);
}

/* "Police in Nairobi arrested 30 protesters who demanded ...": a country inferred for a noun
 * phrase holds wherever the sentence uses it again (the relative clause's subject is Kenyan too). */
static void keep_inferred_country(coding *k, uint32_t chunk, const dyad_actor_match *inferred)
{
    dyad_actor_match *cached = &k->np_actor[chunk];
    if (k->np_state[chunk] == 1 && strncmp(cached->code, "---", 3) == 0 && has_country(inferred->code)
        && strlen(inferred->code) >= 3 && strcmp(cached->code + 3, inferred->code + 3) == 0)
        memcpy(cached->code, inferred->code, 3);
}

/* "Protesters clashed with police in Belgrade": a domestic source agent with no country (rebels,
 * protesters, students) acting against police, forces, courts or government that the place of
 * the clause gave a country is of that country too. */
static void complete_source_country(coding *k, const dyad_actor_match *target, dyad_actor_match *source)
{
    static const char *const state_agents[] = {"COP", "MIL", "GOV", "JUD", "LEG", NULL};
    if (!k->c->options.infer_countries || strncmp(source->code, "---", 3) != 0 || strlen(source->code) < 6
        || !is_domestic_agent(source->code + 3) || strlen(target->code) < 6 || !has_country(target->code)
        || strncmp(target->code, "IGO", 3) == 0 || strncmp(target->code, "NGO", 3) == 0)
        return;
    char agent[4];
    snprintf(agent, sizeof agent, "%.3s", target->code + 3);
    if (!in_word_list(agent, state_agents)) return;
    char composed[sizeof source->code];
    snprintf(composed, sizeof composed, "%.3s%s", target->code, source->code + 3);
    memcpy(source->code, composed, sizeof composed);
}

typedef struct {
    dyad_actor_match m;
    uint32_t chunk; /* the noun phrase, DYAD_NO_CHUNK for the null actor */
} role_actor;

/* PETRARCH's new actors: the words of an unknown noun phrase (with an "of" phrase after it),
 * without possessive markers, upper case and quoted, when there are at most new_actor_length. */
static int new_actor(coding *k, uint32_t np, dyad_actor_match *m)
{
    const dyad_document *doc = k->doc;
    if (k->c->options.new_actor_length <= 0) return 0;
    uint32_t of_np = of_np_after(doc, np);
    uint32_t end = doc->chunks[of_np != DYAD_NO_CHUNK ? of_np : np].end;
    memset(m, 0, sizeof *m);
    size_t len = 0;
    int words = 0;
    m->code[len++] = '"';
    for (uint32_t t = doc->chunks[np].first; t < end; t++) {
        const dyad_token *tok = &doc->tokens[t];
        if (tok->pos == DYAD_POS_POS) continue;
        if (++words > k->c->options.new_actor_length || len + 2 >= sizeof m->code) return 0;
        if (words > 1) m->code[len++] = ' ';
        len += upper_word(tok, 0, m->code + len, sizeof m->code - len - 1);
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
static size_t add_split_codes(role_actor *out, size_t n, size_t max, const dyad_actor_match *m, uint32_t np)
{
    const char *p = m->code;
    do {
        size_t len = strcspn(p, "/");
        if (len && n < max) {
            out[n] = (role_actor){*m, np};
            snprintf(out[n].m.code, sizeof out[n].m.code, "%.*s", (int)len, p);
            n++;
        }
        p += len;
    } while (*p++ == '/');
    return n;
}

/* "Indian and Pakistani troops": a bare country adjective before "and" shares the agent of the
 * last conjunct (INDMIL, PAKMIL). */
static void share_agent_of_last_conjunct(const dyad_document *doc, role_actor *r, size_t n)
{
    if (n < 2 || r[n - 1].chunk == DYAD_NO_CHUNK || strlen(r[n - 1].m.code) <= 3 || !has_country(r[n - 1].m.code)) return;
    /* the last conjunct must itself start with the adjective ("Pakistani troops"); taggers often
     * read the first adjective as a proper noun ("Indian") */
    if (doc->tokens[doc->chunks[r[n - 1].chunk].first].pos != DYAD_POS_JJ) return;
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
static void share_modifiers_of_first_conjunct(coding *k, role_actor *r, size_t n)
{
    const dyad_document *doc = k->doc;
    if (n < 2 || r[0].chunk == DYAD_NO_CHUNK || !has_country(r[0].m.code)) return;
    const dyad_chunk *first = &doc->chunks[r[0].chunk];
    uint32_t from = first->first;
    while (from < first->end && (doc->tokens[from].pos == DYAD_POS_DT || doc->tokens[from].pos == DYAD_POS_PRPS)) from++;
    dyad_actor_dicts d = {&k->c->actors, &k->c->agents};
    dyad_actor_match modifiers;
    if (from + 1 >= first->end || !dyad_resolve_actor(&d, doc, from, first->end - 1, k->date, &modifiers)
        || !has_country(modifiers.code))
        return;
    for (size_t i = 1; i < n; i++) {
        if (r[i].chunk == DYAD_NO_CHUNK || has_country(r[i].m.code)) continue;
        const dyad_token *lead = &doc->tokens[doc->chunks[r[i].chunk].first];
        if (lead->pos == DYAD_POS_DT || lead->pos == DYAD_POS_PRPS) continue; /* "the government" is its own */
        dyad_give_agent_to(r[i].m.code, sizeof r[i].m.code, modifiers.code);
    }
}

/* "Ethiopian and Eritrean officials": one noun phrase whose country adjectives are coordinated
 * stands for one actor per country, each with the head's agent (ETHGOV, ERIGOV). Fills two role
 * actors and returns 1, or returns 0. */
static int split_coordinated_modifiers(coding *k, uint32_t np, role_actor *out)
{
    const dyad_document *doc = k->doc;
    const dyad_chunk *ch = &doc->chunks[np];
    uint32_t cc = ch->first + 1;
    while (cc + 1 < ch->end && doc->tokens[cc].pos != DYAD_POS_CC) cc++;
    if (cc + 1 >= ch->end) return 0;
    /* a single word on each side of "and", each a country ("Ethiopian", "Eritrean"); "awful and
     * evil minister Calimehtar" is one actor */
    uint32_t first = ch->first;
    if (doc->tokens[first].pos == DYAD_POS_DT) first++;
    dyad_actor_dicts d = {&k->c->actors, &k->c->agents};
    dyad_actor_match left, right, right_word;
    if (first + 1 != cc || !dyad_resolve_actor(&d, doc, first, cc, k->date, &left)
        || !dyad_resolve_actor(&d, doc, cc + 1, cc + 2, k->date, &right_word)
        || !dyad_resolve_actor(&d, doc, cc + 1, ch->end, k->date, &right) || strlen(left.code) != 3
        || strlen(right_word.code) != 3 || !has_country(left.code) || !has_country(right_word.code)
        || strncmp(left.code, right.code, 3) == 0)
        return 0;
    snprintf(left.code + 3, sizeof left.code - 3, "%.40s", right.code + 3);
    out[0] = (role_actor){left, np};
    out[1] = (role_actor){right, np};
    return 1;
}

/* The actors of the source or target noun phrases (a phrase and its conjuncts). An agent with no
 * country takes the countries of an "of" phrase after it, one actor each ("the ambassadors of
 * Arnor and Gondor" -> ARNGOV, GONGOV). Without require_dyad, a role none of whose phrases names
 * an actor is the null actor "---". */
static size_t role_actors(coding *k, size_t n_np, const uint32_t *nps, role_actor *out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < n_np && n < max; i++) {
        dyad_actor_match m;
        if (nps[i] == DYAD_NO_CHUNK) continue;
        if (!resolve_np(k, nps[i], &m)) {
            /* "talks between Arnor and Gondor", "goats of Gondor": a phrase that names no one
             * stands for the parties or the owner named after it */
            uint32_t parties[8];
            size_t n_parties = between_phrases(k->doc, nps[i], parties, 8);
            if (!n_parties && of_np_after(k->doc, nps[i]) != DYAD_NO_CHUNK) n_parties = of_phrases(k->doc, nps[i], parties, 8);
            size_t before = n;
            for (size_t p = 0; p < n_parties && n < max; p++)
                if (resolve_np(k, parties[p], &m)) out[n++] = (role_actor){m, parties[p]};
            if (n == before && new_actor(k, nps[i], &m) && n < max) out[n++] = (role_actor){m, nps[i]};
            continue;
        }
        if (n + 2 <= max && split_coordinated_modifiers(k, nps[i], &out[n])) {
            n += 2;
            continue;
        }
        uint32_t owners[8];
        /* "lawmakers and officials in Fornost and Gondor": the phrase after the last conjunct
         * belongs to every one */
        size_t n_owners = has_country(m.code) ? 0 : of_phrases(k->doc, nps[i], owners, 8);
        if (!n_owners && !has_country(m.code) && i + 1 < n_np) n_owners = of_phrases(k->doc, nps[n_np - 1], owners, 8);
        size_t added = 0;
        for (size_t o = 0; o < n_owners && n < max; o++) {
            dyad_actor_match owner;
            if (!resolve_np(k, owners[o], &owner) || !has_country(owner.code) || strlen(owner.code) > 6) continue;
            role_actor r = {m, nps[i]};
            dyad_give_agent_to(r.m.code, sizeof r.m.code, owner.code);
            out[n++] = r;
            added++;
        }
        if (!added) n = add_split_codes(out, n, max, &m, nps[i]);
    }
    share_agent_of_last_conjunct(k->doc, out, n);
    share_modifiers_of_first_conjunct(k, out, n);
    /* "police arrested him", in a story datelined MANILA: the police are the Philippines', unless
     * their clause is about another country */
    for (size_t i = 0; i < n && k->setting[0] && n_np && nps[0] != DYAD_NO_CHUNK; i++)
        if (strncmp(out[i].m.code, "---", 3) == 0 && is_home_agent(out[i].m.code + 3)
            && !clause_names_other_country(k, nps[0]))
            memcpy(out[i].m.code, k->setting, 3);
    if (!n && !k->c->options.require_dyad && max) {
        memset(&out[0], 0, sizeof out[0]);
        strcpy(out[0].m.code, "---");
        out[0].chunk = DYAD_NO_CHUNK;
        n = 1;
    }
    return n;
}

static void add_event(dyad_event_list *out, const dyad_event *e)
{
    dyad_grow((void **)&out->items, &out->cap, out->n + 1, sizeof *out->items);
    out->items[out->n++] = *e;
}

/* The same actors and code from the same clause ("between Arnor and Gondor, and Gondor and
 * Dagolath" names Gondor twice) are one event. */
static int already_coded(const dyad_event_list *out, const dyad_event *e)
{
    for (size_t i = out->n; i-- > 0 && out->items[i].clause == e->clause && out->items[i].sentence == e->sentence;) {
        const dyad_event *o = &out->items[i];
        if (strcmp(o->code, e->code) == 0 && strcmp(o->source.code, e->source.code) == 0
            && strcmp(o->target.code, e->target.code) == 0)
            return 1;
    }
    return 0;
}

/* TABARI's paired codes: the same clause read from the target's side ("LEFT [032:033]"). */
static void add_paired_event(coding *k, dyad_event_list *out, const dyad_event *e, const char *code)
{
    dyad_event back = *e;
    back.source = e->target;
    back.target = e->source;
    snprintf(back.code, sizeof back.code, "%s", code);
    add_event(out, &back);
    if (k->trace) fprintf(k->trace, ", paired %s -> %s %s", back.source.code, back.target.code, back.code);
}

/* The dictionary entry of a verb group's head: "LEMMA PARTICLE" ("carried out"), then the word
 * as written (dictionaries that list "SHOT" or "RISEN" as verbs), then the lemma. */
static const dyad_verb_entry *lookup_verb(const coding *k, uint32_t verb_chunk)
{
    const dyad_document *doc = k->doc;
    const dyad_chunk *vp = &doc->chunks[verb_chunk];
    const dyad_token *head = &doc->tokens[vp->head];
    char key[160];
    size_t kl = upper_word(head, 1, key, sizeof key - 40);
    const dyad_verb_entry *verb = NULL;
    if (vp->head + 1 < vp->end && doc->tokens[vp->head + 1].pos == DYAD_POS_RP) {
        key[kl] = ' ';
        size_t pl = upper_word(&doc->tokens[vp->head + 1], 0, key + kl + 1, 40);
        verb = dyad_verb_lookup(&k->c->verbs, key, kl + 1 + pl);
    }
    /* "wire tapped": the word before the verb and the verb ("WIRE_+TAP"); or the verb group's
     * head is that word and the verb was read as a noun after it ("will not wire tap") */
    for (int read_as_noun = 0; !verb && k->c->verbs.has_verb_last && read_as_noun < 2; read_as_noun++) {
        uint32_t second = vp->head + (uint32_t)read_as_noun;
        if (second == 0 || second >= doc->n_tokens) continue;
        char pair[200];
        size_t pl = upper_word(&doc->tokens[second - 1], 0, pair, 80);
        pair[pl++] = ' ';
        for (int lemma = 1; lemma >= 0 && !verb; lemma--)
            verb = dyad_verb_lookup(&k->c->verbs, pair, pl + upper_word(&doc->tokens[second], lemma, pair + pl, 80));
    }
    /* a form the dictionary lists itself wins over the lemma ("LEFT [032:033]" beside "LEAVE") */
    char form[160];
    if (!verb) verb = dyad_verb_lookup(&k->c->verbs, form, upper_word(head, 0, form, sizeof form));
    if (!verb) verb = dyad_verb_lookup(&k->c->verbs, key, kl);
    return verb;
}

/* A verb whose own code is "do not code" ("BEGIN [---]"); its patterns may still code. */
static int codes_nothing_alone(const coding *k, const dyad_verb_entry *verb)
{
    const char *code = verb->has_code ? verb->code : k->c->verbs.blocks[verb->block].code;
    return !*code;
}

/* An infinitive verb group after a verb group within the clause ("wants to restore"), adverbs
 * allowed between ("is about to restore"), and one object when may_skip_object ("will be hosting
 * Osgiliath to celebrate"). */
static uint32_t infinitive_after(const dyad_document *doc, uint32_t verb_chunk, uint32_t end_chunk, int may_skip_object)
{
    int objects = 0;
    for (uint32_t c = verb_chunk + 1; c < end_chunk; c++) {
        const dyad_chunk *ch = &doc->chunks[c];
        if (ch->type == DYAD_CHUNK_ADVP) continue;
        if (ch->type == DYAD_CHUNK_NP && may_skip_object && !objects++) continue;
        return ch->type == DYAD_CHUNK_VP && (ch->flags & DYAD_VP_INFINITIVE) ? c : DYAD_NO_CHUNK;
    }
    return DYAD_NO_CHUNK;
}

static void code_clause(coding *k, uint32_t si, uint32_t ci, dyad_event_list *out)
{
    const dyad_document *doc = k->doc;
    const dyad_sentence *s = &doc->sentences[si];
    const dyad_clause *cl = &doc->clauses[ci];
    /* the subject of a main clause is remembered for later pronouns, whether or not its clause is coded */
    dyad_actor_match subject_actor;
    int main_line = cl->kind == DYAD_CLAUSE_MAIN || cl->kind == DYAD_CLAUSE_REPORTING || cl->kind == DYAD_CLAUSE_COORDINATE;
    if (main_line && cl->subject != DYAD_NO_CHUNK && !(doc->chunks[cl->subject].flags & DYAD_NP_PRONOUN)
        && resolve_np(k, cl->subject, &subject_actor)) {
        k->last_actor = subject_actor;
        k->have_last = 1;
    }
    if (cl->verb == DYAD_NO_CHUNK) return;
    uint32_t verb_chunk = cl->verb;
    const dyad_verb_entry *verb = lookup_verb(k, verb_chunk);
    if (!verb || codes_nothing_alone(k, verb)) {
        /* "Arnor is about to restore ties", "has begun to question": when the verb itself codes
         * nothing, its infinitive complement may; past the object only for a verb with no
         * patterns of its own ("approved a loan to support" is still approving) */
        uint32_t inf = infinitive_after(doc, verb_chunk, cl->end_chunk, !verb);
        const dyad_verb_entry *inner = inf == DYAD_NO_CHUNK ? NULL : lookup_verb(k, inf);
        if (inner) { verb_chunk = inf; verb = inner; }
    }
    const dyad_chunk *vp = &doc->chunks[verb_chunk];
    uint32_t head = vp->head;
    if (k->token_traits[head] & LEFT_OUT) {
        if (k->trace) fprintf(k->trace, "  clause %u: left out by the comma rule\n", ci - s->first_clause + 1);
        return;
    }
    if (k->trace) fprintf(k->trace, "  clause %u (%s): verb %s", ci - s->first_clause + 1, dyad_clause_kind_name(cl->kind), doc->tokens[head].text);
    if (!verb) { if (k->trace) fprintf(k->trace, ": not in the verb dictionary; no event\n"); return; }
    const dyad_verb_block *block = &k->c->verbs.blocks[verb->block];

    uint32_t c_first = doc->chunks[cl->first_chunk].first, c_end = doc->chunks[cl->end_chunk - 1].end;
    /* a complement clause's patterns may begin in the clause that governs it ("INDICATED *" for
     * "Ethiopia indicated it deplored Libya") */
    if (cl->parent != UINT32_MAX && is_complement_of(doc, ci, cl->parent))
        c_first = doc->chunks[doc->clauses[cl->parent].first_chunk].first;
    uint32_t s_first = s->first_token;
    /* pattern words may reach into the verb's complement clauses; a reporting verb's stay in its
     * own clause, because what is reported is coded on its own */
    uint32_t reach = is_plain_reporting_verb(&doc->tokens[head]) ? c_end : complement_end(doc, ci, c_end);
    const dyad_verb_pattern *best = NULL;
    pattern_match best_m = {0, 0, DYAD_NO_CHUNK, DYAD_NO_CHUNK};
    uint32_t n_tried = 0;
    for (int b = 0; b < 2; b++) {
        uint32_t bi = b ? verb->also_block : verb->block;
        if (bi == UINT32_MAX) continue;
        const dyad_verb_block *pb = &k->c->verbs.blocks[bi];
        for (uint32_t p = 0; p < pb->n_patterns; p++) {
            const dyad_verb_pattern *pt = &k->c->verbs.patterns[pb->first_pattern + p];
            pattern_match m;
            if (match_pattern(k, pt, head, (vp->flags & DYAD_VP_PASSIVE) != 0, c_first, c_end, s_first, reach, &m)
                && (!best || m.score > best_m.score)) {
                best = pt;
                best_m = m;
            }
        }
        n_tried += pb->n_patterns;
    }
    const char *code = best ? best->code : verb->has_code ? verb->code : block->code;
    /* "[A:B]": in PETRARCH-2 files B is for the verb in the passive voice; in TABARI files it
     * is a paired event from the target back to the source */
    const char *second_code = best ? best->second_code : verb->has_code ? verb->second_code : block->second_code;
    const char *paired_code = "";
    if (!k->c->verbs.petrarch2) paired_code = second_code;
    else if (*second_code && (vp->flags & DYAD_VP_PASSIVE)) code = second_code;
    if (k->trace) {
        fprintf(k->trace, " -> block %s (%s:%u), %u pattern(s) tried", block->name, k->c->verbs.file, block->line, n_tried);
        if (best) fprintf(k->trace, ", best at line %u", best->line);
        else fputs(", none matched: block default", k->trace);
        fprintf(k->trace, ", code %s", *code ? code : "[---]");
    }
    if (!*code) { if (k->trace) fprintf(k->trace, ": pattern says do not code\n"); return; }
    if ((vp->flags & DYAD_VP_NEGATED) && !best_m.covers_negation) {
        if (k->trace) fprintf(k->trace, ": negated; not coded as the event\n");
        return;
    }

    /* roles */
    uint32_t source_np = best_m.source_chunk != DYAD_NO_CHUNK ? best_m.source_chunk : cl->subject;
    uint32_t target_np = best_m.target_chunk;
    /* "- NOTED + *": X noted that Y regretted ...: a pattern that makes the clause's own subject
     * the target, reaching into the clause above, has that clause's subject as the source */
    if (best_m.source_chunk == DYAD_NO_CHUNK && target_np == cl->subject && target_np != DYAD_NO_CHUNK
        && cl->parent != UINT32_MAX)
        source_np = doc->clauses[cl->parent].subject;
    uint32_t s_end_chunk = s->first_chunk + s->n_chunks;
    if (vp->flags & DYAD_VP_PASSIVE) {
        /* "X was attacked by Y": Y is the source, X the target, unless the pattern placed the
         * source ("- + WAS * DEAD IN $", "- * FROM $") */
        int placed = best_m.source_chunk != DYAD_NO_CHUNK; /* a pattern with `$` is written for the passive */
        source_np = placed ? best_m.source_chunk : by_agent(doc, verb_chunk, s_end_chunk);
        target_np = placed && best_m.target_chunk != DYAD_NO_CHUNK ? best_m.target_chunk : cl->subject;
    } else if (target_np == DYAD_NO_CHUNK) {
        /* a reporting verb's target is whoever is addressed ("told Kyiv"), never an audience ("told a
         * news conference") nor what the rest of the clause mentions ("said ... had fled Sudan") */
        if (is_plain_reporting_verb(&doc->tokens[head]))
            target_np = strcmp(doc->tokens[head].lemma, "tell") == 0 && cl->object != DYAD_NO_CHUNK
                        && !is_audience(k, cl->object) && names_country(k, cl->object) ? cl->object : DYAD_NO_CHUNK;
        else
            target_np = target_after_verb(k, verb_chunk, ci, s_end_chunk, source_np);
        if (target_np == DYAD_NO_CHUNK) target_np = complement_subject(k, ci, head, s);
    }
    uint32_t sources[8], targets[8];
    size_t ns = 1;
    sources[0] = DYAD_NO_CHUNK;
    if (source_np != DYAD_NO_CHUNK) ns = conjuncts(doc, dyad_np_anchor(doc, source_np), s, sources, 8);
    /* "Russia and Ukraine exchanged prisoners", "A and B signed a deal in Doha": with several
     * subject actors, a verb of joint action and no object actor, the event is between the
     * subjects, both ways */
    role_actor src[16], tgt[16];
    size_t n_src = role_actors(k, ns, sources, src, 16);
    int mutual = n_src >= 2 && !(vp->flags & DYAD_VP_PASSIVE) && best_m.target_chunk == DYAD_NO_CHUNK
        && (is_reciprocal_verb(&doc->tokens[head]) || object_is_theirs(doc, cl))
        && (target_np == DYAD_NO_CHUNK || is_place_phrase(doc, target_np) || !names_country(k, target_np));
    if (mutual) target_np = source_np;
    if ((source_np == DYAD_NO_CHUNK || target_np == DYAD_NO_CHUNK) && (k->c->options.require_dyad || source_np == target_np)) {
        if (k->trace) fprintf(k->trace, ": %s missing; no event\n", source_np == DYAD_NO_CHUNK ? "source" : "target");
        return;
    }
    dyad_event e;
    memset(&e, 0, sizeof e);
    e.sentence = si;
    e.clause = ci;
    e.block = block;
    e.pattern = best;
    e.verb_token = head;
    if (k->c->options.modal_intent && (vp->flags & (DYAD_VP_FUTURE | DYAD_VP_MODAL))) intent_code(code, e.code);
    else snprintf(e.code, sizeof e.code, "%s", code);
    /* who says so */
    if (cl->kind == DYAD_CLAUSE_REPORTED && cl->parent != UINT32_MAX) {
        const dyad_clause *rep = &doc->clauses[cl->parent];
        dyad_actor_match rm;
        if (rep->subject != DYAD_NO_CHUNK && resolve_np(k, rep->subject, &rm)) snprintf(e.reported_by, sizeof e.reported_by, "%s", rm.code);
    }
    size_t nt = 1;
    targets[0] = DYAD_NO_CHUNK;
    if (target_np != DYAD_NO_CHUNK) nt = conjuncts(doc, dyad_np_anchor(doc, target_np), s, targets, 8);
    size_t n_tgt = role_actors(k, nt, targets, tgt, 16);
    int coded = 0;
    for (size_t a = 0; a < n_src; a++) {
        e.source = src[a].m;
        for (size_t b = 0; b < n_tgt; b++) {
            e.target = tgt[b].m;
            e.source = src[a].m;
            if (tgt[b].chunk != DYAD_NO_CHUNK) {
                int named = names_country(k, tgt[b].chunk);
                complete_target_country(k, tgt[b].chunk, &e.source, &e.target);
                if (!named) complete_source_country(k, &e.target, &e.source);
                keep_inferred_country(k, tgt[b].chunk, &e.target);
            }
            if (strcmp(e.source.code, e.target.code) == 0 || already_coded(out, &e)) continue;
            add_event(out, &e);
            coded++;
            if (k->trace) fprintf(k->trace, "%s %s -> %s %s", coded > 1 ? "," : ":", e.source.code, e.target.code, e.code);
            if (*paired_code) add_paired_event(k, out, &e, paired_code);
        }
    }
    if (k->trace) fprintf(k->trace, coded ? "\n" : ": source or target is not a known actor; no event\n");
}

static int in_range(int n, int min, int max) { return max > 0 && n >= min && n <= max; }

/* Words (not punctuation) in tokens [first, end). */
static int count_words(const dyad_document *doc, uint32_t first, uint32_t end)
{
    int n = 0;
    for (uint32_t t = first; t < end; t++) n += isalnum((unsigned char)doc->tokens[t].text[0]) != 0;
    return n;
}

static void leave_out(coding *k, uint32_t first, uint32_t end)
{
    for (uint32_t t = first; t < end; t++) k->token_traits[t] |= LEFT_OUT;
}

/* Is tokens [first, end) an item of a list ("Mordor, the awful Fornost, and Gondor")? PETRARCH's
 * rule works on its parse tree, where list items are not comma-delimited phrases. */
static int is_list_item(const dyad_document *doc, uint32_t first, uint32_t end)
{
    for (uint32_t t = first; t < end; t++) {
        uint32_t c = doc->tokens[t].chunk_index;
        if (c != UINT32_MAX && doc->chunks[c].relation == DYAD_REL_COORDINATE) return 1;
    }
    const char *next = end + 1 < doc->n_tokens ? doc->tokens[end + 1].text : "";
    return strcmp(next, "and") == 0 || strcmp(next, "or") == 0;
}

/* Does tokens [first, end) hold the verb of a main clause? Such a stretch is the sentence itself. */
static int holds_main_verb(const dyad_document *doc, uint32_t first, uint32_t end)
{
    for (uint32_t t = first; t < end; t++) {
        uint32_t c = doc->tokens[t].chunk_index;
        if (c == UINT32_MAX) continue;
        const dyad_clause *cl = &doc->clauses[doc->chunks[c].clause];
        if (cl->verb == c && (cl->kind == DYAD_CLAUSE_MAIN || cl->kind == DYAD_CLAUSE_REPORTED)) return 1;
    }
    return 0;
}

/* PETRARCH's comma rule (see dyad_comma_rule): the stretches between commas of each sentence whose
 * length falls in the configured range are left out of coding. */
static void apply_comma_rule(coding *k)
{
    const dyad_comma_rule *r = &k->c->options.comma;
    const dyad_document *doc = k->doc;
    if (!r->max && !r->bmax && !r->emax) return;
    for (size_t si = 0; si < doc->n_sentences; si++) {
        uint32_t first = doc->sentences[si].first_token, end = first + doc->sentences[si].n_tokens;
        while (end > first && !isalnum((unsigned char)doc->tokens[end - 1].text[0])) end--; /* final punctuation */
        uint32_t start = first;
        int initial = 1;
        for (uint32_t t = first; t <= end; t++) {
            int comma = t < end && strcmp(doc->tokens[t].text, ",") == 0;
            if (!comma && t < end) continue;
            int words = count_words(doc, start, t), final = t == end;
            if (initial && final) break; /* no comma at all */
            int fits = initial ? in_range(words, r->bmin, r->bmax) : final ? in_range(words, r->emin, r->emax)
                                                                     : in_range(words, r->min, r->max);
            if (fits && !is_list_item(doc, start, t) && (final || !holds_main_verb(doc, start, t))) leave_out(k, start, t);
            initial = 0;
            start = t + 1;
        }
    }
}

/* The dateline: an article whose first or second sentence (after a headline) opens with a place
 * in capitals ("KHARTOUM, May 2 (Agency) -") is set in that place's country. */
static void find_setting(coding *k)
{
    const dyad_document *doc = k->doc;
    k->setting[0] = '\0';
    if (!k->c->options.infer_countries) return;
    for (size_t si = 0; si < doc->n_sentences && si < 2; si++) {
        const dyad_sentence *s = &doc->sentences[si];
        if (!s->n_chunks) continue;
        uint32_t c = s->first_chunk;
        const dyad_chunk *ch = &doc->chunks[c];
        dyad_actor_match m;
        if (ch->type != DYAD_CHUNK_NP || !(doc->tokens[ch->first].flags & DYAD_TOK_ALL_CAPS)) continue;
        if (ch->end >= s->first_token + s->n_tokens || strcmp(doc->tokens[ch->end].text, ",") != 0) continue;
        if (!resolve_np(k, c, &m) || !has_country(m.code) || strncmp(m.code, "IGO", 3) == 0 || strncmp(m.code, "NGO", 3) == 0)
            return;
        memcpy(k->setting, m.code, 3);
        k->setting[3] = '\0';
        return;
    }
}

/* --explain: every noun phrase of the sentence with the actor it names. */
static void trace_noun_phrases(coding *k, const dyad_sentence *s)
{
    fputs("  noun phrases:", k->trace);
    for (uint32_t c = s->first_chunk; c < s->first_chunk + s->n_chunks; c++) {
        const dyad_chunk *ch = &k->doc->chunks[c];
        if (ch->type != DYAD_CHUNK_NP) continue;
        const dyad_token *a = &k->doc->tokens[ch->first], *b = &k->doc->tokens[ch->end - 1];
        dyad_actor_match m;
        int found = resolve_np(k, c, &m);
        fprintf(k->trace, " [%.*s]=%s", (int)(b->end - a->start), k->doc->text + a->start, found ? m.code : "-");
    }
    fputc('\n', k->trace);
}

void dyad_code_document(const dyad_coder *c, const dyad_document *doc, int32_t date, dyad_event_list *out, FILE *trace)
{
    coding k = {.c = c, .doc = doc, .date = date, .trace = trace};
    out->n = 0;
    index_pattern_words(&k);
    k.np_actor = dyad_xmalloc((doc->n_chunks ? doc->n_chunks : 1) * sizeof *k.np_actor);
    k.np_state = dyad_xcalloc(doc->n_chunks ? doc->n_chunks : 1, 1);
    apply_comma_rule(&k);
    find_setting(&k);
    if (trace && k.setting[0]) fprintf(trace, "dateline country: %s (given to unplaced domestic agents)\n", k.setting);
    /* boilerplate and off-topic stories: a story-level discard phrase anywhere drops the article */
    int story_discarded = 0;
    for (uint32_t si = 0; si < doc->n_sentences; si++) {
        const dyad_sentence *s = &doc->sentences[si];
        const dyad_actor_entry *e = dyad_find_phrase(&c->discards, doc, s->first_token, s->first_token + s->n_tokens);
        if (e && strcmp(c->discards.codes[e->first_code].code, "STORY") == 0) {
            story_discarded = 1;
            if (trace) fprintf(trace, "story discarded: '%s' (%s:%u) in sentence %u\n", e->name, c->discards.files[e->file], e->line, si + 1);
            break;
        }
    }
    for (uint32_t si = 0; si < doc->n_sentences && !story_discarded; si++) {
        const dyad_sentence *s = &doc->sentences[si];
        if (trace) fprintf(trace, "sentence %u: %.*s\n", si + 1, (int)(s->end - s->start), doc->text + s->start);
        const dyad_actor_entry *e = dyad_find_phrase(&c->discards, doc, s->first_token, s->first_token + s->n_tokens);
        if (e) {
            if (trace) fprintf(trace, "  discarded: '%s' (%s:%u)\n", e->name, c->discards.files[e->file], e->line);
            continue;
        }
        if (trace) trace_noun_phrases(&k, s);
        for (uint32_t ci = s->first_clause; ci < s->first_clause + s->n_clauses; ci++) code_clause(&k, si, ci, out);
    }
    free(k.lemma_word);
    free(k.token_traits);
    free(k.short_names);
    free(k.phrases);
    free(k.phrase_first);
    free(k.form_word);
    free(k.np_actor);
    free(k.np_state);
}
