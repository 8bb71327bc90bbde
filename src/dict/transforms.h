/* PETRARCH-2's transformations, the `~` lines of a verb file:
 *
 *   ~ a (a b ATTACK) SAY = a b 015     a says that a attacked b: a claims responsibility (015)
 *   ~ a (b . ATTACK) SAY = a b 112     a says that b attacked someone: a accuses b
 *   ~ a (_ b ATTACK) WANT = a b 138    a wants to attack b: a threatens b
 *
 * Grammar: `~ SPEAKER ( SOURCE TARGET INNER ) GOVERNING = SOURCE TARGET CODE`. SPEAKER is the
 * subject of the governing verb (SAY, WANT); the parenthesis is the event of the clause it
 * governs, whose verb is INNER. Letters are variables (a, b, ...); in the inner event "." is any
 * actor and "_" none written (the governing verb's infinitive: the speaker's own act). INNER and
 * GOVERNING name verbs and stand for their verb blocks; Q is any verb (as INNER) and the inner
 * event's code (as CODE). The result replaces the inner event. */
#ifndef DYAD_TRANSFORMS_H
#define DYAD_TRANSFORMS_H
#include "dictfile.h"
#include "verbs.h"

#define DYAD_ANY_BLOCK     UINT32_MAX       /* Q: any verb */
#define DYAD_UNKNOWN_BLOCK (UINT32_MAX - 1) /* a verb the dictionary does not list: never applies */

struct dyad_verb_transform {
    char speaker, inner_source, inner_target, out_source, out_target;
    char inner_verb[48], governing_verb[48]; /* as written; "Q" for any inner verb */
    uint32_t inner_block, governing_block;   /* resolved after loading; DYAD_ANY_BLOCK for Q */
    char code[8];                            /* "" for Q: the inner event's code */
    uint32_t file, line;
};
typedef struct dyad_verb_transform dyad_verb_transform;

/* Reads one `~` line into d; a malformed line is reported with its line number and ignored. */
void dyad_add_transform(dyad_verb_dict *d, dyad_span line, size_t lineno, dyad_dict_report *rep);
/* Resolves the verbs named by transformations [first, n_transforms) to their blocks; one naming a
 * verb the dictionary does not list is reported and never applies. */
void dyad_resolve_transforms(dyad_verb_dict *d, size_t first, dyad_dict_report *rep);
#endif
