/* Acts named by a noun (judged_acts.c): what a judgement such as "condemned the attack" can be
 * about. */
#ifndef DYAD_JUDGED_ACTS_H
#define DYAD_JUDGED_ACTS_H
#include "../core/document.h"

/* Does noun phrase np name an act, by its head: an attack, a coercive act or a restrictive
 * measure ("the crackdown", "the arrest", "the sanctions")? */
int dyad_is_act_phrase(const dyad_document *doc, uint32_t np);
#endif
