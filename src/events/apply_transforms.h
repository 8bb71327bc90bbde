/* Stage 5, after coding: PETRARCH-2's transformations (dict/transforms.h) applied to the events
 * of clauses that another verb governs: reported speech ("Russia said its forces attacked
 * Kharkiv") and infinitives ("Iran wants to strike Israel"). */
#ifndef DYAD_APPLY_TRANSFORMS_H
#define DYAD_APPLY_TRANSFORMS_H
#include "coder.h"
#include "patterns.h"

/* Rewrites, in place, every event of events[first, n) that a transformation of the verb dictionary
 * matches; writes what it did to trace when not NULL. */
void dyad_apply_transforms(const dyad_verb_dict *verbs, const dyad_pattern_index *words, dyad_actor_context *actors,
                           dyad_event_list *events, size_t first, FILE *trace);
#endif
