/* Clauses (see chunk.h): the chunks of a sentence grouped into main, reporting, reported,
 * relative, subordinate and coordinate clauses, each with its subject, verb and object. */
#include "chunk_parts.h"
#include "syntax.h"
#include "../core/xalloc.h"
#include "../lexicon/lexicon.h"
#include "../tag/pos.h"
#include "../tag/wordclass.h"
#include <stdint.h>
#include <string.h>

static uint32_t add_clause(dyad_document *doc, enum dyad_clause_kind kind, size_t first_chunk, uint32_t parent)
{
    dyad_grow((void **)&doc->clauses, &doc->cap_clauses, doc->n_clauses + 1, sizeof *doc->clauses);
    dyad_clause *cl = &doc->clauses[doc->n_clauses];
    cl->kind = (uint8_t)kind;
    cl->first_chunk = cl->end_chunk = (uint32_t)first_chunk;
    cl->parent = parent;
    cl->subject = cl->verb = cl->object = DYAD_NO_CHUNK;
    return (uint32_t)doc->n_clauses++;
}

/* The verb group that heads a clause: a finite one, or a gerund that tells what the subject did
 * ("by launching missiles"), which has no subject of its own. */
/* Is chunk c (before end) a lone "and" or "but" (data/lexicon/clause-conjunctions.txt)? */
static int is_clause_conjunction(const dyad_document *doc, size_t c, size_t end)
{
    return c < end && doc->chunks[c].end - doc->chunks[c].first == 1
           && dyad_text_is(&doc->tokens[doc->chunks[c].first], DYAD_WC_CLAUSE_CONJUNCTION);
}

static int heads_clause(const dyad_document *doc, size_t c)
{
    return dyad_is_finite_vp(doc, c) || (doc->chunks[c].flags & DYAD_VP_GERUND_ACT);
}

static int is_reporting_vp(const dyad_document *doc, size_t c);

/* "facing protests", "backed by allies": a verb group that describes rather than predicates. */
static int is_participle_vp(const dyad_document *doc, size_t c, size_t end)
{
    return dyad_chunk_is(doc, c, end, DYAD_CHUNK_VP) && !(doc->chunks[c].flags & DYAD_VP_INFINITIVE)
           && !dyad_is_finite_vp(doc, c);
}

/* The reporting verb group right before chunk c, past adverbs and prepositional phrases ("said on
 * Friday", "said in a statement"); SIZE_MAX when there is none. */
static size_t reporting_vp_before(const dyad_document *doc, size_t c, size_t from)
{
    size_t k = c;
    while (k > from) {
        const dyad_chunk *prev = &doc->chunks[k - 1];
        if (prev->type == DYAD_CHUNK_ADVP) {
            k--;
            continue;
        }
        if (prev->type == DYAD_CHUNK_NP && k - 1 > from && doc->chunks[k - 2].type == DYAD_CHUNK_PP) {
            k -= 2;
            continue;
        }
        break;
    }
    return k > from && is_reporting_vp(doc, k - 1) ? k - 1 : SIZE_MAX;
}

static int is_reporting_vp(const dyad_document *doc, size_t c)
{
    return dyad_is_finite_vp(doc, c) && dyad_lemma_is(&doc->tokens[doc->chunks[c].head], DYAD_WC_REPORTING_VERB);
}

/* Does a clause (noun phrase then finite verb) start at chunk c, before the next comma? */
static int clause_follows(const dyad_document *doc, size_t c, size_t end)
{
    if (c >= end) return 0;
    size_t k = c;
    if (dyad_chunk_text_is(doc, k, end, ":") || dyad_chunk_text_is(doc, k, end, "``")) k++;
    if (k < end && doc->chunks[k].type == DYAD_CHUNK_ADVP) k++; /* "said at least five people were killed" */
    if (k >= end || doc->chunks[k].type != DYAD_CHUNK_NP) return 0;
    for (; k < end && k < c + 10; k++) {
        if (doc->chunks[k].type == DYAD_CHUNK_SBAR) return 0;
        if (dyad_chunk_text_is(doc, k, end, ",")
            && doc->chunks[k + 1 < end ? k + 1 : k].relation != DYAD_REL_APPOSITION)
            return 0;
        /* "accused the RSF of shelling civilians and vowed to ...": a verb after "and" is the
         * earlier subject's */
        if (dyad_is_conjunction(doc, k, end) && k + 1 < end && dyad_is_finite_vp(doc, k + 1)) return 0;
        if (dyad_is_finite_vp(doc, k)) return 1;
    }
    return 0;
}

/* Does the reporting verb group v have what was said after it: "said he had ...", "told reporters
 * that ...", "said that ..."? */
static int reported_clause_after(const dyad_document *doc, size_t v, size_t end)
{
    size_t k = v + 1;
    if (dyad_chunk_is(doc, k, end, DYAD_CHUNK_NP) && !clause_follows(doc, k, end))
        k++; /* the hearer: "told reporters" */
    return (dyad_chunk_is(doc, k, end, DYAD_CHUNK_SBAR) && strcmp(doc->tokens[doc->chunks[k].head].lemma, "that") == 0)
           || clause_follows(doc, k, end);
}

/* ", as negotiators resumed talks", ", after ...", ", while ...": a clause or phrase that only adds
 * circumstances, which may follow a trailing reporting clause. */
static int starts_circumstance(const dyad_document *doc, size_t k, size_t end)
{
    if (k >= end) return 0;
    if (doc->chunks[k].type == DYAD_CHUNK_SBAR) return 1;
    /* "hours after ...", "days before ..." */
    if (doc->chunks[k].type == DYAD_CHUNK_NP && dyad_lemma_is(&doc->tokens[doc->chunks[k].head], DYAD_WC_TIME_SPAN))
        return starts_circumstance(doc, k + 1, end);
    return (doc->chunks[k].type == DYAD_CHUNK_PP || doc->chunks[k].type == DYAD_CHUNK_O)
           && dyad_lemma_is(&doc->tokens[doc->chunks[k].head], DYAD_WC_CIRCUMSTANCE);
}

/* ", X said." / ", said X." at the end of a sentence: returns the chunk where that clause begins,
 * else 0. */
static size_t trailing_reporting_clause(const dyad_document *doc, size_t first, size_t end)
{
    size_t last = end;
    while (last > first && doc->chunks[last - 1].type == DYAD_CHUNK_O && !dyad_chunk_text_is(doc, last - 1, end, ",")
           && !dyad_chunk_text_is(doc, last - 1, end, "''"))
        last--;
    /* "..., officials said." or "..., officials said, as talks resumed." */
    size_t segment_end = last;
    int passed_circumstance = 0;
    for (size_t i = last; i-- > first + 1;) {
        if (!dyad_chunk_text_is(doc, i, end, ",") && !dyad_chunk_text_is(doc, i, end, "''")) continue;
        size_t k = i + 1;
        while (k < segment_end && (dyad_chunk_text_is(doc, k, end, ",") || dyad_chunk_text_is(doc, k, end, "''"))) k++;
        /* the speaker and the reporting verb: ", officials said", ", said the ministry" - not
         * ", targeting companies it said had ..." */
        for (size_t v = k; v < segment_end && v < k + 6; v++) {
            if (doc->chunks[v].type == DYAD_CHUNK_VP) {
                /* "Macron, who chaired the meeting, said he had ...": a reporting verb followed by
                 * what was said is the main clause's, after a parenthesis about its subject */
                /* only a verb of saying comes before its speaker (", said the ministry"): ", accused
                 * Israel of war crimes" after a parenthesis is the main clause's own verb */
                int inverted = v == k && !dyad_lemma_is(&doc->tokens[doc->chunks[v].head], DYAD_WC_SPEECH_VERB);
                if (is_reporting_vp(doc, v) && !inverted) return reported_clause_after(doc, v, end) ? 0 : k;
                break;
            }
            if (doc->chunks[v].type == DYAD_CHUNK_SBAR) break;
        }
        if (passed_circumstance || !starts_circumstance(doc, k, segment_end)) return 0;
        passed_circumstance = 1;
        segment_end = i;
    }
    return 0;
}

/* "\"We will not negotiate,\" the minister told reporters, adding ...": when a sentence opens with a
 * quotation that a reporting verb follows, returns the chunk after the closing quote, else 0. */
static size_t quotation_reporting_clause(const dyad_document *doc, size_t first, size_t end)
{
    if (!dyad_chunk_text_is(doc, first, end, "``")) return 0;
    for (size_t c = first + 1; c + 1 < end; c++) {
        if (!dyad_chunk_text_is(doc, c, end, "''")) continue;
        if (!(dyad_chunk_text_is(doc, c - 1, end, ",") || dyad_chunk_text_is(doc, c - 1, end, "?")
              || dyad_chunk_text_is(doc, c - 1, end, "!")))
            return 0;
        for (size_t v = c + 1; v < end && v < c + 6; v++) {
            if (is_reporting_vp(doc, v)) return c + 1;
            if (doc->chunks[v].type != DYAD_CHUNK_NP && doc->chunks[v].type != DYAD_CHUNK_ADVP) return 0;
        }
        return 0;
    }
    return 0;
}

/* "Iran, the agency said, fired missiles at Israel": a reporting clause set off by commas between
 * the subject and its verb. Sets [*open, *close) to the chunks from the first comma to after the
 * second and returns 1, else 0. */
static int parenthetical_reporting_clause(const dyad_document *doc, size_t first, size_t end, size_t *open,
                                          size_t *close)
{
    if (first + 5 >= end || doc->chunks[first].type != DYAD_CHUNK_NP || !dyad_chunk_text_is(doc, first + 1, end, ","))
        return 0;
    size_t c = first + 2;
    if (doc->chunks[c].type != DYAD_CHUNK_NP) return 0;
    while (c < end && doc->chunks[c].type == DYAD_CHUNK_NP) c++;
    if (c + 2 >= end || !is_reporting_vp(doc, c)) return 0;
    /* "..., officials said on Monday, ...": when and how it was said may follow the verb */
    size_t comma = c + 1;
    while (comma < end && comma < c + 4
           && (doc->chunks[comma].type == DYAD_CHUNK_PP || doc->chunks[comma].type == DYAD_CHUNK_ADVP
               || (doc->chunks[comma].type == DYAD_CHUNK_NP && (doc->chunks[comma].flags & DYAD_NP_TIME))))
        comma++;
    if (comma + 1 >= end || !dyad_chunk_text_is(doc, comma, end, ",") || !dyad_is_finite_vp(doc, comma + 1)) return 0;
    *open = first + 1;
    *close = comma + 1;
    return 1;
}

/* The chunk that stands for a noun phrase in a role: the first conjunct or the anchor of an apposition. */
/* "June 25", "Friday", "yesterday", "late Sunday": a noun phrase that says when. */
static int is_time_expression(const dyad_document *doc, size_t c)
{
    /* by its first word: "the floods yesterday" names floods, "Friday's attack" an attack */
    const dyad_chunk *ch = &doc->chunks[c];
    return (ch->flags & DYAD_NP_TIME)
           || (!(ch->flags & DYAD_NP_POSSESSIVE)
               && dyad_lemma_in(&doc->tokens[ch->first], DYAD_WC_MASK(DYAD_WC_MONTH) | DYAD_WC_MASK(DYAD_WC_WEEKDAY)
                                                             | DYAD_WC_MASK(DYAD_WC_RELATIVE_DAY)));
}

/* The noun phrase that chunk c stands for when it can fill a role in its clause, else
 * DYAD_NO_CHUNK. Conjuncts of a prepositional object ("of Arnor, Osgiliath and Gondor") are not
 * free either. */
static uint32_t free_np(const dyad_document *doc, size_t c)
{
    if (doc->chunks[c].type != DYAD_CHUNK_NP) return DYAD_NO_CHUNK;
    uint32_t np = dyad_np_anchor(doc, (uint32_t)c);
    return doc->chunks[np].relation == DYAD_REL_PP_OBJECT ? DYAD_NO_CHUNK : np;
}

/* A clause without a verb is what is left of one whose verb went elsewhere ("Macron, who ...,
 * said"): its last free noun phrase stands in as the subject, unless it is a date, which says
 * when, not who. */
static uint32_t verbless_subject(const dyad_document *doc, uint32_t k, size_t first, size_t end)
{
    for (size_t c = end; c-- > first;) {
        if (doc->chunks[c].clause != k) continue;
        uint32_t np = free_np(doc, c);
        if (np != DYAD_NO_CHUNK && !is_time_expression(doc, np)) return np;
    }
    return DYAD_NO_CHUNK;
}

/* Subject, verb and object of a clause from the chunks assigned to it. */
static void clause_roles(dyad_document *doc, uint32_t k, size_t first, size_t end)
{
    dyad_clause *cl = &doc->clauses[k];
    uint32_t last_np = DYAD_NO_CHUNK;
    int in_aside = 0;
    for (size_t c = first; c < end; c++) {
        if (doc->chunks[c].clause != k) continue;
        if (c < cl->first_chunk) cl->first_chunk = (uint32_t)c;
        cl->end_chunk = (uint32_t)c + 1;
        /* "Ruto, facing protests, said ...": a participle phrase between commas describes the
         * subject, so its noun phrases cannot be the subject */
        if (dyad_chunk_text_is(doc, c, end, ","))
            in_aside = cl->verb == DYAD_NO_CHUNK && is_participle_vp(doc, c + 1, end);
        uint32_t np = in_aside ? DYAD_NO_CHUNK : free_np(doc, c);
        /* a time expression says when, so it is a role only when nothing else can be: "Sunday
         * saw heavy fighting", but "Gondor late Sunday rejected ...", "Israel struck Gaza late
         * Sunday". Names led by a month ("May Day") stay objects. */
        int date = np != DYAD_NO_CHUNK && (doc->chunks[np].flags & DYAD_NP_TIME);
        if (cl->verb == DYAD_NO_CHUNK) {
            if (heads_clause(doc, c)) {
                cl->verb = (uint32_t)c;
                cl->subject = last_np;
            } else if (np != DYAD_NO_CHUNK && !(date && last_np != DYAD_NO_CHUNK))
                last_np = np;
        } else if (cl->object == DYAD_NO_CHUNK && np != DYAD_NO_CHUNK && !date) {
            cl->object = np;
        }
    }
    if (cl->verb == DYAD_NO_CHUNK) cl->subject = verbless_subject(doc, k, first, end);
    /* "..., said Russia's foreign ministry": the subject follows the reporting verb */
    if (cl->kind == DYAD_CLAUSE_REPORTING && cl->subject == DYAD_NO_CHUNK) {
        cl->subject = cl->object;
        cl->object = DYAD_NO_CHUNK;
    }
    if (cl->subject != DYAD_NO_CHUNK || cl->parent == UINT32_MAX) return;
    /* "which imposed sanctions": the relative clause's subject is the noun phrase it modifies */
    if (cl->kind == DYAD_CLAUSE_RELATIVE) {
        size_t c = cl->first_chunk;
        while (c > first && (doc->chunks[c - 1].type == DYAD_CHUNK_O || doc->chunks[c - 1].type == DYAD_CHUNK_SBAR))
            c--;
        if (c > first && doc->chunks[c - 1].type == DYAD_CHUNK_NP) cl->subject = dyad_np_anchor(doc, (uint32_t)c - 1);
    }
}

typedef struct {
    uint32_t clause;
    int closes_at_comma; /* a parenthetical clause: ", which ...," or a fronted "After ..., " */
    uint32_t verb;       /* first finite verb group seen in the clause, DYAD_NO_CHUNK until then */
    int gerund;          /* "by launching missiles": ends where a finite verb is coordinated */
} open_clause;

/* "X said Y had made progress but urged Z to ...": after a reported clause whose verb group has an
 * auxiliary, a coordinated bare past-tense verb of speaking or urging continues the reporter's clause,
 * not the report (the report's own continuation would share its auxiliary: "had ... and had urged"). */
static int continues_reporter(const dyad_document *doc, const open_clause *top, size_t next)
{
    if (doc->clauses[top->clause].kind != DYAD_CLAUSE_REPORTED || top->verb == DYAD_NO_CHUNK) return 0;
    const dyad_chunk *said = &doc->chunks[top->verb], *next_vp = &doc->chunks[next];
    if (!dyad_is_aux_lemma(doc->tokens[said->first].lemma) && doc->tokens[said->first].pos != DYAD_POS_MD) return 0;
    if (next_vp->type != DYAD_CHUNK_VP || next_vp->first != next_vp->head) return 0;
    const dyad_token *verb = &doc->tokens[next_vp->head];
    return verb->pos == DYAD_POS_VBD
           && (dyad_lemma_is(verb, DYAD_WC_REPORTING_VERB) || dyad_lemma_is(verb, DYAD_WC_DIRECTIVE_VERB));
}

/* Assigns the chunks in [from, to) to clauses, opening nested and coordinate clauses under root. */
static void walk_clauses(dyad_document *doc, size_t end, size_t from, size_t to, uint32_t root)
{
    open_clause stack[32];
    int depth = 0;
    stack[0] = (open_clause){root, 0, DYAD_NO_CHUNK, 0};
    for (size_t c = from; c < to; c++) {
        dyad_chunk *ch = &doc->chunks[c];
        open_clause *top = &stack[depth];
        int after_comma = c > from && dyad_chunk_text_is(doc, c - 1, end, ",");
        if (dyad_chunk_text_is(doc, c, end, ",") && top->closes_at_comma && top->verb != DYAD_NO_CHUNK && depth > 0) {
            depth--;
        } else if (ch->type == DYAD_CHUNK_SBAR && depth < 31) {
            const dyad_token *w = &doc->tokens[ch->head];
            int wh = w->pos == DYAD_POS_WDT || w->pos == DYAD_POS_WP || w->pos == DYAD_POS_WPS;
            int is_that = strcmp(w->lemma, "that") == 0;
            size_t prev = after_comma ? c - 2 : c - 1;
            int after_np = c > from + (after_comma ? 1 : 0) && doc->chunks[prev].type == DYAD_CHUNK_NP;
            size_t v = reporting_vp_before(doc, c, from);
            int after_report =
                v != SIZE_MAX
                || (c > from + 1 && is_reporting_vp(doc, c - 2) && doc->chunks[c - 1].type == DYAD_CHUNK_NP);
            enum dyad_clause_kind kind = is_that && after_report       ? DYAD_CLAUSE_REPORTED
                                         : (wh || is_that) && after_np ? DYAD_CLAUSE_RELATIVE
                                                                       : DYAD_CLAUSE_SUBORDINATE;
            int fronted = top->verb == DYAD_NO_CHUNK && kind == DYAD_CLAUSE_SUBORDINATE;
            stack[++depth] = (open_clause){add_clause(doc, kind, c, top->clause),
                                           (kind == DYAD_CLAUSE_RELATIVE && after_comma) || fronted, DYAD_NO_CHUNK, 0};
        } else if (c > from && top->verb != DYAD_NO_CHUNK && top->verb == reporting_vp_before(doc, c, from)
                   && clause_follows(doc, c, to) && depth < 31) {
            /* "X said Y attacked Z", "X said on Friday it had ...": the reported clause follows the verb */
            stack[++depth] = (open_clause){add_clause(doc, DYAD_CLAUSE_REPORTED, c, top->clause), 0, DYAD_NO_CHUNK, 0};
        } else if (top->verb != DYAD_NO_CHUNK && c + 1 < to && (doc->chunks[c + 1].flags & DYAD_VP_GERUND_ACT)
                   && depth < 31) {
            /* "responded by launching missiles": the gerund's clause, inside the clause, shares its subject */
            uint32_t previous = top->clause;
            stack[++depth] =
                (open_clause){add_clause(doc, DYAD_CLAUSE_COORDINATE, c, top->clause), 1, DYAD_NO_CHUNK, 1};
            doc->clauses[stack[depth].clause].subject = previous; /* remembered until roles are found */
        } else if (top->verb != DYAD_NO_CHUNK && c + 1 < to
                   && (dyad_chunk_text_is(doc, c, end, ";")
                       || (is_clause_conjunction(doc, c, end)
                           && (dyad_is_finite_vp(doc, c + 1) || clause_follows(doc, c + 1, to)))
                       /* "Putin hosts Modi in Moscow, praises ties": in a headline a verb after a comma
                        * shares the subject */
                       || (dyad_chunk_text_is(doc, c, end, ",") && depth == 0 && dyad_chunks_end_headline(doc, end)
                           && dyad_is_finite_vp(doc, c + 1)
                           && !dyad_is_aux_lemma(doc->tokens[doc->chunks[c + 1].head].lemma)))) {
            if (depth > 0 && top->gerund) top = &stack[--depth];
            if (depth > 0 && continues_reporter(doc, top, c + 1)) top = &stack[--depth];
            uint32_t parent = doc->clauses[top->clause].parent;
            uint32_t previous = top->clause;
            *top = (open_clause){add_clause(doc, DYAD_CLAUSE_COORDINATE, c, parent), 0, DYAD_NO_CHUNK, 0};
            doc->clauses[top->clause].subject = previous; /* remembered until roles are found */
        }
        top = &stack[depth];
        ch->clause = top->clause;
        if (top->verb == DYAD_NO_CHUNK && heads_clause(doc, c)) top->verb = (uint32_t)c;
    }
}

void dyad_segment_clauses(dyad_document *doc, dyad_sentence *s)
{
    size_t first = s->first_chunk, end = first + s->n_chunks;
    s->first_clause = (uint32_t)doc->n_clauses;
    /* The reporting clause comes first in the clause list: "X said" governs what was said. */
    size_t report_at = quotation_reporting_clause(doc, first, end), open, close;
    if (!report_at) report_at = trailing_reporting_clause(doc, first, end);
    if (!report_at && parenthetical_reporting_clause(doc, first, end, &open, &close)) {
        uint32_t reporting = add_clause(doc, DYAD_CLAUSE_REPORTING, open, UINT32_MAX);
        uint32_t reported = add_clause(doc, DYAD_CLAUSE_REPORTED, first, reporting);
        walk_clauses(doc, end, first, open, reported);
        walk_clauses(doc, end, open, close, reporting);
        walk_clauses(doc, end, close, end, reported);
    } else if (report_at) {
        uint32_t reporting = add_clause(doc, DYAD_CLAUSE_REPORTING, report_at, UINT32_MAX);
        uint32_t reported = add_clause(doc, DYAD_CLAUSE_REPORTED, first, reporting);
        walk_clauses(doc, end, report_at, end, reporting);
        walk_clauses(doc, end, first, report_at, reported);
    } else {
        walk_clauses(doc, end, first, end, add_clause(doc, DYAD_CLAUSE_MAIN, first, UINT32_MAX));
    }
    s->n_clauses = (uint32_t)(doc->n_clauses - s->first_clause);
    for (uint32_t k = s->first_clause; k < doc->n_clauses; k++) {
        dyad_clause *cl = &doc->clauses[k];
        uint32_t previous = cl->kind == DYAD_CLAUSE_COORDINATE ? cl->subject : DYAD_NO_CHUNK;
        cl->subject = DYAD_NO_CHUNK;
        cl->first_chunk = (uint32_t)end;
        clause_roles(doc, k, first, end);
        /* A sentence without a verb ("NAIROBI, June 25 (Reuters) -", "Fresh clashes in Gao")
         * predicates nothing of its noun phrases, so none of them is its subject. */
        if (s->n_clauses == 1 && cl->verb == DYAD_NO_CHUNK) cl->subject = DYAD_NO_CHUNK;
        /* "... damaged buildings and killed civilians": a coordinate clause shares the subject */
        if (cl->subject == DYAD_NO_CHUNK && previous != DYAD_NO_CHUNK) cl->subject = doc->clauses[previous].subject;
    }
}
