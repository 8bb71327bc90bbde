/* The parts of a CAMEO actor code, so that no stage compares code prefixes by hand. A code is a
 * country or organisation part of three letters ("RUS", "IGO", "NGO", "---" for none), then agent
 * parts of three letters each ("RUSMIL", "NGOARNGOV", "---OPP"). */
#ifndef DYAD_ACTOR_CODES_H
#define DYAD_ACTOR_CODES_H

/* Does the code name a country or organisation ("---" stands where it has none)? */
int dyad_code_has_country(const char *code);
/* An intergovernmental or non-governmental organisation (IGO..., NGO...). */
int dyad_code_is_organisation(const char *code);
/* Does the code have an agent part after its country ("RUSMIL", not "RUS")? */
int dyad_code_has_agent(const char *code);
/* A country and nothing more ("RUS"; not "RUSMIL", "IGO", "---"). */
int dyad_code_is_bare_country(const char *code);
/* The agent parts after the country ("MIL" of "RUSMIL"), "" when there are none. */
const char *dyad_code_agent(const char *code);
/* A state acts through it: not an organisation or company, nor a rebel, insurgent, separatist,
 * opposition or party actor of a country. */
int dyad_code_is_state(const char *code);
/* Writes the country part of from (three letters) over code's. */
void dyad_code_set_country(char *code, const char *from);

/* Would an event from source to target be an actor acting on itself? The same code; a country
 * and one of its own state agents ("Ukraine's military said its forces advanced" is not UKRMIL
 * against UKR; its rebels or opposition are others, RUSSEP against RUS); or two actors neither of
 * which has a country, whose event says nothing of who. */
int dyad_codes_are_one_actor(const char *source, const char *target);
/* Agents that act at home: protesters, unions, civilians, police, courts, government, parties,
 * rebels. Armed forces are left out: they often act abroad. */
int dyad_agent_is_domestic(const char *agent);
/* Agents a dateline gives its country: people and institutions of the place, not banks, media or
 * armed groups, which stories name from anywhere. */
int dyad_agent_is_home(const char *agent);
/* Agents of the state's own power: police, armed forces, government, courts, legislature. */
int dyad_agent_is_state_power(const char *agent);
/* A state's forces of order: armed forces and police. */
int dyad_agent_is_security_force(const char *agent);
/* Armed roles: military, armed groups, rebels, insurgents. */
int dyad_agent_is_armed(const char *agent);
/* Armed, but no state's forces: rebels, insurgents, gunmen. */
int dyad_agent_is_armed_group(const char *agent);
/* Media, or no agent we know: who hears a statement ("told reporters") rather than its target. */
int dyad_code_is_audience(const char *code);
#endif
