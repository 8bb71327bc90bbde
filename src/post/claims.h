/* Post-processing over one article's coded events: who claims each event, which statements deny
 * or contradict which claims, the casualty figures of violent events, and direct quotations with
 * their speakers. Wartime news is mostly claims; an event that one side claims and the other
 * denies must not be counted as a plain fact.
 *
 * The status of an event (one of):
 *   asserted   told in the article's own voice ("Russian forces shelled Kharkiv")
 *   reported   attributed to someone who is not the acting side, with a plain verb of saying
 *              ("Russian forces shelled Kharkiv, the governor said", "according to police")
 *   claimed    attributed to the acting side itself ("Russia said its forces took X"), or by a
 *              verb or noun of claiming ("Kyiv claimed ...", "Moscow's claim of having captured")
 *   disputed   denied or contradicted in the same article ("Ukraine denied these assertions",
 *              "contradicting Moscow's claim", "fighting continues in X" against a claim of
 *              capturing X, "Russia denied that its troops shelled ..."); claimed_by is kept
 * A denial event (coded as the verb dictionary codes it: 016 deny, 120 reject) lists the events
 * it disputes (their indices in the article's event list); the disputed event names who
 * disputes it, in which sentence, and the denial event's index when one was coded.
 *
 * Order of work (dyad_claims_find): claim nouns with a gerund ("claim of having captured") are
 * coded as events; every event gets its status and claimed_by; denials and contradictions link
 * to the claims they dispute (same sentence first, then the latest claims before it: "these
 * assertions"); casualty figures attach to violent events (casualties.c); quotes (quotes.c). */
#ifndef DYAD_CLAIMS_H
#define DYAD_CLAIMS_H
#include "numbers.h"
#include "record.h"
#include "../events/coder.h"

enum dyad_status { DYAD_STATUS_ASSERTED, DYAD_STATUS_REPORTED, DYAD_STATUS_CLAIMED, DYAD_STATUS_DISPUTED };

/* What happened to the people a casualty figure counts. */
enum dyad_casualty_kind {
    DYAD_KILLED,
    DYAD_WOUNDED,
    DYAD_MISSING,
    DYAD_DETAINED,
    DYAD_DISPLACED,
    DYAD_N_CASUALTY_KINDS
};

typedef struct {
    int have;
    dyad_range range;
    uint32_t first, end;          /* tokens of the figure ("at least 52") */
    dyad_actor_match reported_by; /* code "" when the article's own voice */
} dyad_figure;

#define DYAD_MAX_DISPUTES 8

typedef struct {
    uint8_t status;                       /* enum dyad_status */
    dyad_actor_match claimed_by;          /* code "" when not claimed */
    dyad_actor_match disputed_by;         /* code "" when not disputed */
    int32_t disputed_in;                  /* sentence of the denial, -1 when none */
    int32_t disputed_by_event;            /* index of the denial event, -1 when none was coded */
    uint32_t disputes[DYAD_MAX_DISPUTES]; /* indices of the events this denial disputes */
    uint8_t n_disputes;
    dyad_figure casualties[DYAD_N_CASUALTY_KINDS];
} dyad_event_claim;

/* A direct quotation: the bytes between its quotation marks, which may span sentences. */
typedef struct {
    uint32_t sentence;        /* where it opens */
    uint32_t start, end;      /* byte offsets of the quoted words in the document */
    dyad_actor_match speaker; /* code "" when the actor is unknown; first == end when no speaker */
} dyad_quote;

/* Figures in a sentence without a violent event, recorded against the conflict the article
 * names: the actors of the nearest violent event before the sentence (else after it), else the
 * first two actors the sentence names. */
typedef struct {
    uint32_t sentence;
    dyad_actor_match source, target;
    dyad_figure casualties[DYAD_N_CASUALTY_KINDS];
} dyad_casualty_record;

typedef struct {
    dyad_event_claim *events;
    size_t n_events, cap_events; /* one per event of the list */
    dyad_quote *quotes;
    size_t n_quotes, cap_quotes;
    dyad_casualty_record *loose;
    size_t n_loose, cap_loose;
} dyad_claims;

const char *dyad_status_name(enum dyad_status s);
const char *dyad_casualty_kind_name(enum dyad_casualty_kind k);

/* Fills out for the events of doc (coded with events->keep_actors set). May add events to the
 * list (the event a claim noun's gerund names, a denial whose object is an earlier claim), in
 * sentence order, so indices are final only after this call. */
void dyad_claims_find(dyad_claims *out, const dyad_dictset *d, const dyad_document *doc, dyad_event_list *events);
void dyad_claims_free(dyad_claims *c);

/* Adds the claims of event i to its record (filled by dyad_event_record_fill). */
void dyad_event_record_add_claims(dyad_event_record *r, const dyad_dictset *c, const dyad_document *doc,
                                  const dyad_claims *claims, size_t i);
/* The record form of a set of figures (out has DYAD_RECORD_CASUALTY_KINDS entries). */
void dyad_record_figures(dyad_record_figure *out, const dyad_document *doc, const dyad_figure *figures);
#endif
