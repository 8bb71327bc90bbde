/* PETRARCH's comma rule (core/readings.h): the stretches between commas of each sentence whose
 * length in words falls in the configured range are left out of coding. */
#ifndef DYAD_COMMA_H
#define DYAD_COMMA_H
#include "../core/document.h"
#include "../core/readings.h"

/* Sets left_out[t] (one byte per token of doc) for the tokens the rule leaves out. */
void dyad_comma_rule_apply(const dyad_comma_rule *r, const dyad_document *doc, uint8_t *left_out);
/* Does the rule leave anything out at all? */
int dyad_comma_rule_is_on(const dyad_comma_rule *r);
#endif
