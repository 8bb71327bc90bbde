/* Where an event happened: the rules are in places.h. Names are looked up in the gazetteer as
 * the longest run of words, starting at a capitalised word, that some place is called; a name
 * several places share is scored by the countries around the event (its actors, the other
 * places named with it, the dateline), capitals and population. */
#include "places.h"
#include "gazetteer.h"
#include "../core/xalloc.h"
#include "../lexicon/lexicon.h"
#include "../tag/wordclass.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_HOMONYMS   64
#define MAX_MATCHES    16
#define MAX_COUNTRIES  12
#define MAX_NAME_WORDS 6

typedef struct {
    uint32_t first, end;           /* tokens of the name, and of "region" after it */
    uint32_t places[MAX_HOMONYMS]; /* DYAD_GAZ_ALTERNATE set when an alternate name matched */
    size_t n;
    const char *actor_code; /* the actor dictionaries' code for the words, NULL if none */
    uint32_t actor_country; /* its country, DYAD_GAZ_NO_COUNTRY when none */
    int institution;        /* coded with a role ("USAGOV") but naming no capital */
    int region;             /* followed by "region", "oblast", ...: a first-level region */
} match;

typedef struct {
    const dyad_gazetteer *g;
    const dyad_phrase_dict *actors;
    const dyad_document *doc;
    uint32_t countries[MAX_COUNTRIES];
    double weight[MAX_COUNTRIES];
    size_t n_countries;
    FILE *trace;
} finder;

/* The classes of a token's lemma (of its text when it has none), kept on the token. */
static dyad_word_mask word_classes(const dyad_token *t) { return t->lemma ? t->lemma_classes : t->text_classes; }

/* "the town of Pokrovsk", "Donetsk region": nouns for a kind of place or region. */
static int is_place_noun(const dyad_token *t)
{
    return (word_classes(t) & (DYAD_WC_MASK(DYAD_WC_LOCATION_NOUN) | DYAD_WC_MASK(DYAD_WC_REGION_WORD))) != 0;
}

/* "in", "near", "into": prepositions whose object is where the event happened. */
static int is_locative(const dyad_token *t)
{
    return (word_classes(t) & (DYAD_WC_MASK(DYAD_WC_PLACE_PREPOSITION) | DYAD_WC_MASK(DYAD_WC_ENTRY_PREPOSITION))) != 0;
}

static int can_start_name(const dyad_token *t)
{
    return (t->flags & DYAD_TOK_CAPITALIZED) && !dyad_text_is(t, DYAD_WC_MONTH) && !dyad_text_is(t, DYAD_WC_WEEKDAY)
           && strcmp(t->text, "I") != 0;
}

/* A place's name is a whole run of capitalised words: "Rapid" in "Rapid Support Forces" is not
 * Rapid City, nor "Support" a place. A region word may follow ("Kharkiv Oblast"). */
static int whole_name(const dyad_document *doc, uint32_t first, uint32_t end, uint32_t stop)
{
    const dyad_token *t = doc->tokens;
    if (first > 0 && (t[first - 1].flags & DYAD_TOK_CAPITALIZED) && !(t[first - 1].flags & DYAD_TOK_SENTENCE_START)
        && !(t[first].flags & DYAD_TOK_NEWLINE_BEFORE))
        return 0;
    return end >= stop || !(t[end].flags & DYAD_TOK_CAPITALIZED) || dyad_text_is(&t[end], DYAD_WC_REGION_WORD);
}

/* What the actor dictionaries say of the words, worked out once per name: their country, and
 * whether they name an institution (a role code such as USAGOV, but no capital of that country). */
static void read_dictionary(const finder *f, match *m)
{
    const dyad_actor_entry *a = f->actors ? dyad_find_phrase(f->actors, f->doc, m->first, m->end) : NULL;
    m->actor_code = a && a->n_codes ? f->actors->codes[a->first_code].code : NULL;
    m->actor_country = DYAD_GAZ_NO_COUNTRY;
    m->institution = 0;
    if (!m->actor_code || strlen(m->actor_code) < 3) return;
    m->actor_country = dyad_gazetteer_country_by_cameo(f->g, m->actor_code);
    int capital = 0;
    for (size_t i = 0; i < m->n && !capital; i++) {
        dyad_gaz_place q;
        dyad_gazetteer_place(f->g, m->places[i] & ~DYAD_GAZ_ALTERNATE, &q);
        capital = (q.flags & DYAD_GAZ_CAPITAL) && q.country == m->actor_country;
    }
    m->institution = strlen(m->actor_code) > 3 && !capital;
}

/* "near the Somali border": a word the actor dictionary reads as a country that no place of that
 * country is named is the country's adjective, not a place (Somali Region lies in Ethiopia). */
static int is_demonym(const finder *f, const match *m)
{
    if (m->actor_country == DYAD_GAZ_NO_COUNTRY || m->institution) return 0;
    for (size_t k = 0; k < m->n; k++) {
        dyad_gaz_place q;
        dyad_gazetteer_place(f->g, m->places[k] & ~DYAD_GAZ_ALTERNATE, &q);
        if (q.country == m->actor_country) return 0;
    }
    return 1;
}

/* The longest name starting at token i before end; its end token, or i when there is none. */
static uint32_t match_at(const finder *f, uint32_t i, uint32_t end, match *m)
{
    const dyad_token *tok = f->doc->tokens;
    char key[512];
    uint32_t best = i;
    m->n = 0;
    for (uint32_t j = i + 1; j <= end && j - i <= MAX_NAME_WORDS; j++) {
        if (tok[j - 1].flags & DYAD_TOK_NEWLINE_BEFORE && j - 1 > i) break;
        if (!dyad_place_key(f->doc->text + tok[i].start, tok[j - 1].end - tok[i].start, key, sizeof key)) continue;
        size_t n = dyad_gazetteer_find(f->g, key, m->places, MAX_HOMONYMS);
        if (n && whole_name(f->doc, i, j, end)) {
            best = j;
            m->n = n;
        }
        if (!dyad_gazetteer_has_longer(f->g, key)) break;
    }
    if (best == i) return i; /* m->places keeps the last names found, which are the longest */
    m->first = i;
    m->end = best;
    read_dictionary(f, m);
    m->region = best < end && (word_classes(&tok[best]) & DYAD_WC_MASK(DYAD_WC_REGION_WORD));
    if (best == i + 1 && !m->region && is_demonym(f, m)) return i;
    if (m->region) m->end = best + 1;
    return best;
}

/* Adds every name in tokens [first, end) to out, which holds n; returns the new count (<= max). */
static size_t find_names(const finder *f, uint32_t first, uint32_t end, match *out, size_t n, size_t max)
{
    const dyad_token *t = f->doc->tokens;
    for (uint32_t i = first; i < end && n < max;) {
        /* a name runs on past a phrase the tagger cut short ("in Novi" + "Sad") */
        uint32_t stop = end;
        while (stop < f->doc->n_tokens && (t[stop].flags & DYAD_TOK_CAPITALIZED)
               && !(t[stop].flags & DYAD_TOK_SENTENCE_START) && stop - i < MAX_NAME_WORDS)
            stop++;
        uint32_t next = can_start_name(&t[i]) ? match_at(f, i, stop, &out[n]) : i;
        if (next > i) {
            i = out[n].end;
            n++;
        } else
            i++;
    }
    return n;
}

static void add_country(finder *f, uint32_t country, double weight)
{
    if (country == DYAD_GAZ_NO_COUNTRY) return;
    for (size_t i = 0; i < f->n_countries; i++)
        if (f->countries[i] == country) {
            if (f->weight[i] < weight) f->weight[i] = weight;
            return;
        }
    if (f->n_countries < MAX_COUNTRIES) {
        f->countries[f->n_countries] = country;
        f->weight[f->n_countries++] = weight;
    }
}

static void add_actor_country(finder *f, const char *code)
{
    if (code && strlen(code) >= 3) add_country(f, dyad_gazetteer_country_by_cameo(f->g, code), 4.0);
}

static double country_weight(const finder *f, uint32_t country)
{
    for (size_t i = 0; i < f->n_countries; i++)
        if (f->countries[i] == country) return f->weight[i];
    return 0;
}

/* log10(population + 1), remembered for recent populations: each event scores the candidates of
 * its names, mostly the same places over an article, and log10 costs some ninety instructions.
 * Per thread, for dyad serve. */
static double log_population(uint32_t population)
{
    /* cppcheck does not see the members used through a _Thread_local array */
    static _Thread_local struct {
        uint32_t population; // cppcheck-suppress unusedStructMember
        int known;           // cppcheck-suppress unusedStructMember
        double log;          // cppcheck-suppress unusedStructMember
    } seen[256];
    size_t slot = (size_t)((population * UINT32_C(2654435761)) >> 24);
    if (!seen[slot].known || seen[slot].population != population) {
        seen[slot].population = population;
        seen[slot].known = 1;
        seen[slot].log = log10((double)population + 1);
    }
    return seen[slot].log;
}

/* Higher is likelier: population on a log scale, the countries around, capitals, and the kind
 * the words ask for ("Donetsk region" is the region, "Kharkiv" the city before the region). */
static double score(const finder *f, const dyad_gaz_place *p, int region)
{
    double s = log_population(p->population) + country_weight(f, p->country);
    if (p->flags & DYAD_GAZ_CAPITAL) s += 1;
    if (p->kind == DYAD_PLACE_COUNTRY) s += 3;
    if (p->kind == DYAD_PLACE_ADMIN1) s += region ? 6 : -2;
    if (p->kind == DYAD_PLACE_NAMED) s += 4;
    return s;
}

/* "Asia" [ASA] is no town and "the White House" [USAGOV] an institution, not White House,
 * Tennessee (-1: not this place; capitals, which are also governments, stay places); "Paris"
 * [FRAGOV] leans to France (1) without ruling out Tripoli, Lebanon when "Tripoli" is LBYGOV. */
static int dictionary_view(const match *m, const dyad_gaz_place *p)
{
    if (!m->actor_code || strlen(m->actor_code) < 3) return 0;
    if (m->actor_country == DYAD_GAZ_NO_COUNTRY || (m->institution && p->kind == DYAD_PLACE_CITY)) return -1;
    return m->actor_country == p->country;
}

static uint32_t best_place(const finder *f, const match *m, double *best_score)
{
    uint32_t best = UINT32_MAX;
    *best_score = -1e9;
    for (size_t i = 0; i < m->n; i++) {
        dyad_gaz_place p;
        uint32_t index = m->places[i] & ~DYAD_GAZ_ALTERNATE;
        dyad_gazetteer_place(f->g, index, &p);
        int view = dictionary_view(m, &p);
        if (view < 0) continue;
        /* "Pokrovsk" is the town of that name before Engels, once called Pokrovsk */
        double s = score(f, &p, m->region) + 1.5 * view - (m->places[i] & DYAD_GAZ_ALTERNATE ? 1.5 : 0);
        if (f->trace)
            fprintf(f->trace, "    candidate %s (%.2s%s%s, geonames %u, population %u): score %.2f\n", p.name, p.iso2,
                    p.admin1_name[0] ? ", " : "", p.admin1_name, p.geonames_id, p.population, s);
        if (s > *best_score) {
            *best_score = s;
            best = index;
        }
    }
    return best;
}

/* A name all of whose places lie in one country tells the others where they are. */
static void learn_countries(finder *f, const match *m, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        dyad_gaz_place p, q;
        dyad_gazetteer_place(f->g, m[i].places[0] & ~DYAD_GAZ_ALTERNATE, &p);
        size_t k = 1;
        for (; k < m[i].n; k++) {
            dyad_gazetteer_place(f->g, m[i].places[k] & ~DYAD_GAZ_ALTERNATE, &q);
            if (q.country != p.country) break;
        }
        if (k == m[i].n) add_country(f, p.country, 2.0);
    }
}

static int precision_rank(uint8_t kind)
{
    return kind == DYAD_PLACE_CITY ? 3 : kind == DYAD_PLACE_ADMIN1 ? 2 : kind == DYAD_PLACE_NAMED ? 1 : 0;
}

static void fill(dyad_event_place *out, const finder *f, const match *m, uint32_t place, const char *source)
{
    dyad_gaz_place p;
    dyad_gazetteer_place(f->g, place, &p);
    const dyad_token *tok = f->doc->tokens;
    /* "southern Lebanon", "eastern Ukraine": the direction is part of the words, not of the place */
    uint32_t first = m->first;
    if (first > 0 && dyad_text_is(&tok[first - 1], DYAD_WC_COMPASS_ADJECTIVE)) first--;
    out->name = p.name;
    out->geonames_id = p.geonames_id;
    memcpy(out->iso2, p.iso2, 2), out->iso2[2] = '\0';
    memcpy(out->iso3, p.iso3, 3), out->iso3[3] = '\0';
    out->admin1 = p.admin1, out->admin1_name = p.admin1_name;
    out->lat = p.lat, out->lon = p.lon;
    out->precision = p.kind == DYAD_PLACE_CITY ? "city" : p.kind == DYAD_PLACE_ADMIN1 ? "admin1" : "country";
    out->source = source;
    out->start = tok[first].start, out->end = tok[m->end - 1].end;
    out->text = f->doc->text + out->start, out->text_len = out->end - out->start;
}

/* Picks the most precise place among the matches, the earliest on a tie; 1 when one was found. */
static int choose(dyad_event_place *out, finder *f, const match *m, size_t n, const char *source)
{
    learn_countries(f, m, n);
    int best_rank = -1;
    size_t best_i = 0;
    uint32_t best = UINT32_MAX;
    for (size_t i = 0; i < n; i++) {
        double s;
        if (f->trace)
            fprintf(f->trace, "  place %s: \"%.*s\"\n", source,
                    (int)(f->doc->tokens[m[i].end - 1].end - f->doc->tokens[m[i].first].start),
                    f->doc->text + f->doc->tokens[m[i].first].start);
        uint32_t p = best_place(f, &m[i], &s);
        if (p == UINT32_MAX) continue;
        dyad_gaz_place gp;
        dyad_gazetteer_place(f->g, p, &gp);
        if (precision_rank(gp.kind) > best_rank) {
            best_rank = precision_rank(gp.kind);
            best = p;
            best_i = i;
        }
    }
    if (best == UINT32_MAX) return 0;
    fill(out, f, &m[best_i], best, source);
    if (f->trace)
        fprintf(f->trace,
                "  place: %s %s (%s, %s) from \"%.*s\": the most precise name in the %s, then the best score\n",
                out->precision, out->name, out->iso2, out->iso3, (int)out->text_len, out->text, source);
    return 1;
}

/* The tokens of noun phrase np, with "of" and the phrase after it when np's head is a place
 * noun ("the town of Pokrovsk", "the outskirts of Kherson"); returns the end token. */
static uint32_t place_phrase_end(const dyad_document *doc, uint32_t np, uint32_t end_chunk)
{
    const dyad_chunk *c = &doc->chunks[np];
    const dyad_token *head = &doc->tokens[c->head < c->end ? c->head : c->end - 1];
    if (np + 2 < end_chunk && is_place_noun(head) && doc->chunks[np + 1].type == DYAD_CHUNK_PP
        && strcasecmp(doc->tokens[doc->chunks[np + 1].head].text, "of") == 0
        && doc->chunks[np + 2].type == DYAD_CHUNK_NP)
        return doc->chunks[np + 2].end;
    return c->end;
}

/* Names in the locative phrases of the event's clause ("in", "at", "near" ... and a noun phrase). */
static size_t clause_names(const finder *f, const dyad_event *e, match *m)
{
    const dyad_document *doc = f->doc;
    const dyad_sentence *s = &doc->sentences[e->sentence];
    uint32_t end_chunk = s->first_chunk + s->n_chunks;
    size_t n = 0;
    for (uint32_t c = s->first_chunk; c + 1 < end_chunk; c++) {
        const dyad_chunk *pp = &doc->chunks[c];
        if (pp->type != DYAD_CHUNK_PP || pp->clause != e->clause || doc->chunks[c + 1].type != DYAD_CHUNK_NP) continue;
        const dyad_token *prep = &doc->tokens[pp->head];
        if (!is_locative(prep)) continue;
        n = find_names(f, doc->chunks[c + 1].first, place_phrase_end(doc, c + 1, end_chunk), m, n, MAX_MATCHES);
    }
    return n;
}

/* Names in the event's target when the event is done to a place. */
static size_t target_names(const finder *f, const dyad_event *e, match *m)
{
    const dyad_actor_match *t = &e->target;
    /* a target named by a title or role ("former President Pedro Castillo", then "Castillo")
     * is people, whatever places share its name */
    if (t->first >= t->end || t->agent || !dyad_event_code_is(e->code, DYAD_WC_PLACE_EVENT_CODE)) return 0;
    const dyad_document *doc = f->doc;
    uint32_t end = t->end, np = doc->tokens[t->end - 1].chunk_index;
    const dyad_sentence *s = &doc->sentences[e->sentence];
    if (np != DYAD_NO_CHUNK && doc->chunks[np].type == DYAD_CHUNK_NP) /* "the Ukrainian city of Kharkiv" */
        end = place_phrase_end(doc, np, s->first_chunk + s->n_chunks);
    return find_names(f, t->first, end, m, 0, MAX_MATCHES);
}

static size_t slash_name(const finder *f, uint32_t token, const char *slash, match *m)
{
    const dyad_token *t = &f->doc->tokens[token];
    char key[512];
    if (!dyad_place_key(t->text, (size_t)(slash - t->text), key, sizeof key)) return 0;
    m->n = dyad_gazetteer_find(f->g, key, m->places, MAX_HOMONYMS);
    m->first = token, m->end = token + 1, m->region = 0;
    read_dictionary(f, m);
    return m->n ? 1 : 0;
}

/* The dateline: words in capitals that open one of the first sentences, before a comma
 * ("KYIV, July 18 (Dyad Wire) -"). */
static size_t dateline_names(const finder *f, match *m)
{
    const dyad_document *doc = f->doc;
    for (size_t si = 0; si < doc->n_sentences && si < 3; si++) {
        const dyad_sentence *s = &doc->sentences[si];
        uint32_t i = s->first_token, end = s->first_token + s->n_tokens;
        while (i < end && (doc->tokens[i].flags & DYAD_TOK_ALL_CAPS)) i++;
        if (i == s->first_token || i >= end || strcmp(doc->tokens[i].text, ",") != 0) continue;
        /* "JERUSALEM/DOHA": the first place named */
        const char *slash = strchr(doc->tokens[s->first_token].text, '/');
        if (slash && i == s->first_token + 1) return slash_name(f, s->first_token, slash, m);
        return find_names(f, s->first_token, i, m, 0, 1);
    }
    return 0;
}

struct dyad_dateline {
    size_t n; /* 0 or 1 */
    match name;
};

dyad_dateline *dyad_dateline_find(const dyad_phrase_dict *actors, const dyad_document *doc)
{
    dyad_dateline *d = dyad_xcalloc(1, sizeof *d);
    finder f = {.g = dyad_gazetteer_builtin(), .actors = actors, .doc = doc};
    if (f.g) d->n = dateline_names(&f, &d->name);
    return d;
}

void dyad_dateline_free(dyad_dateline *d) { free(d); }

void dyad_event_place_find(dyad_event_place *p, const dyad_phrase_dict *actors, const dyad_document *doc,
                           const dyad_dateline *found, const dyad_event *e, FILE *trace)
{
    memset(p, 0, sizeof *p);
    finder f = {.g = dyad_gazetteer_builtin(), .actors = actors, .doc = doc, .trace = trace};
    if (!f.g) return;
    match m[MAX_MATCHES];
    add_actor_country(&f, e->source.code);
    add_actor_country(&f, e->target.code);
    dyad_dateline own;
    if (!found) {
        own.n = dateline_names(&f, &own.name);
        found = &own;
    }
    const match *dateline = &found->name;
    size_t nd = found->n;
    if (nd) {
        double s;
        FILE *quiet = f.trace;
        f.trace = NULL;
        uint32_t d = best_place(&f, dateline, &s);
        f.trace = quiet;
        dyad_gaz_place dp;
        if (d != UINT32_MAX) dyad_gazetteer_place(f.g, d, &dp), add_country(&f, dp.country, 1.5);
    }
    size_t n = clause_names(&f, e, m);
    if (n && choose(p, &f, m, n, "clause")) return;
    if ((n = target_names(&f, e, m)) && choose(p, &f, m, n, "target")) return;
    if (nd)
        choose(p, &f, dateline, 1, "dateline");
    else if (trace)
        fputs("  place: none (no locative phrase, place target or dateline)\n", trace);
}

void dyad_event_place_key(const dyad_event_place *p, char *out, size_t size)
{
    if (!p->name)
        snprintf(out, size, "%s", "");
    else if (p->geonames_id)
        snprintf(out, size, "geonames:%u", p->geonames_id);
    else if (strcmp(p->precision, "admin1") == 0)
        snprintf(out, size, "%s.%s", p->iso2, p->admin1);
    else
        snprintf(out, size, "%s", p->iso2);
}
