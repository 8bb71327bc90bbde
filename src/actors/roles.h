/* Stage 4, roles: the actors that fill a source or target role, from the noun phrases the events
 * stage chose for it. One phrase may stand for several actors ("Russia and Ukraine", "the
 * ambassadors of Arnor and Gondor", "Ethiopian and Eritrean officials"), for the parties or the
 * owner after it ("talks between A and B", "residents of Kharkiv"), or for an agent whose country
 * the story gives ("police" in a story datelined Manila). */
#ifndef DYAD_ROLES_H
#define DYAD_ROLES_H
#include "context.h"
#include "../core/readings.h"

typedef struct {
    dyad_actor_match m;
    uint32_t chunk; /* the noun phrase, DYAD_NO_CHUNK for the null actor "---" */
} dyad_role_actor;

/* The actors of noun phrases nps[0 .. n_np) (a phrase and its conjuncts); at most max. Without
 * require_dyad, a role none of whose phrases names an actor is the null actor "---". */
size_t dyad_role_actors(dyad_actor_context *x, const dyad_readings *r, size_t n_np, const uint32_t *nps,
                        dyad_role_actor *out, size_t max);
/* Does the noun phrase name an actor with a country or organisation, itself or through the
 * parties after "between" ("artillery fire" does not)? */
int dyad_names_country(dyad_actor_context *x, uint32_t np);
/* Completes the countries of an event's two actors from each other and the target's phrase: "a
 * hospital in Kharkiv" is Ukraine's, Serbian protesters' "government" is Serbia's, protesters
 * who clash with Belgrade's police are Serbian. A country found for either phrase (source_np may be
 * DYAD_NO_CHUNK) stays with it for the rest of the article. */
/* "Thousands of protesters rallied in Tbilisi": people and institutions (home agents) with no
 * country are of the country where their clause happens, when one of its place phrases names it. */
void dyad_give_place_country(dyad_actor_context *x, uint32_t np, dyad_actor_match *m);
void dyad_complete_countries(dyad_actor_context *x, const dyad_readings *r, uint32_t source_np, uint32_t target_np,
                             dyad_actor_match *source, dyad_actor_match *target);
#endif
