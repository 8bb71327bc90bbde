/* Actor-code parts (see codes.h). The agent classes are CAMEO's three-letter role codes. */
#include "codes.h"
#include <string.h>

/* Is the three-letter code at agent one of the list's (each of three letters)? Asked of every
 * actor resolved: the bytes are compared inline, not by a strncmp call per entry; a byte that
 * differs (a NUL in a shorter agent) ends the comparison, as strncmp's would. */
static int agent_in(const char *agent, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (agent[0] == list[i][0] && agent[1] == list[i][1] && agent[2] == list[i][2]) return 1;
    return 0;
}

/* No "---" anywhere in the code. Asked of every actor resolved: a loop over a code of a few
 * bytes costs a fraction of strstr's call. */
int dyad_code_has_country(const char *code)
{
    for (const char *p = code; *p; p++)
        if (p[0] == '-' && p[1] == '-' && p[2] == '-') return 0;
    return 1;
}

int dyad_code_is_organisation(const char *code) { return strncmp(code, "IGO", 3) == 0 || strncmp(code, "NGO", 3) == 0; }

int dyad_code_has_agent(const char *code) { return strlen(code) >= 6; }

int dyad_code_is_bare_country(const char *code)
{
    return strlen(code) == 3 && dyad_code_has_country(code) && !dyad_code_is_organisation(code);
}

const char *dyad_code_agent(const char *code) { return strlen(code) >= 3 ? code + 3 : ""; }

int dyad_code_is_state(const char *code)
{
    static const char *const non_state[] = {"IGO", "NGO", "MNC", NULL};
    static const char *const groups[] = {"REB", "INS", "SEP", "OPP", "PTY", NULL};
    return !agent_in(code, non_state) && !(dyad_code_has_agent(code) && agent_in(code + 3, groups));
}

void dyad_code_set_country(char *code, const char *from) { memcpy(code, from, 3); }

int dyad_codes_are_one_actor(const char *source, const char *target)
{
    if (strcmp(source, target) == 0) return 1;
    int source_known = dyad_code_has_country(source), target_known = dyad_code_has_country(target);
    if (!source_known && !target_known) return 1;
    if (!source_known || !target_known || dyad_code_is_organisation(source) || strncmp(source, target, 3) != 0)
        return 0;
    /* a country's rebels, separatists or opposition are not the country ("Chechen rebels ambushed
     * a Russian convoy"); its forces and ministries are */
    if (!dyad_code_is_state(source) || !dyad_code_is_state(target)) return 0;
    return !dyad_code_has_agent(source) || !dyad_code_has_agent(target);
}

int dyad_agent_is_domestic(const char *agent)
{
    static const char *const domestic[] = {"OPP", "LAB", "CVL", "EDU", "BUS", "MED", "REL", "JUD",
                                           "LEG", "COP", "GOV", "PTY", "REB", "INS", "SEP", NULL};
    return agent_in(agent, domestic);
}

int dyad_agent_is_home(const char *agent)
{
    static const char *const home[] = {"OPP", "LAB", "CVL", "EDU", "REL", "JUD", "LEG",
                                       "COP", "GOV", "PTY", "AGR", "HLH", NULL};
    return agent_in(agent, home);
}

int dyad_agent_is_state_power(const char *agent)
{
    static const char *const state[] = {"COP", "MIL", "GOV", "JUD", "LEG", NULL};
    return strlen(agent) >= 3 && agent_in(agent, state);
}

int dyad_agent_is_security_force(const char *agent)
{
    static const char *const force[] = {"MIL", "COP", NULL};
    return agent_in(agent, force);
}

int dyad_agent_is_armed(const char *agent)
{
    static const char *const armed[] = {"MIL", "UAF", "REB", "INS", NULL};
    return agent_in(agent, armed);
}

int dyad_agent_is_armed_group(const char *agent) { return dyad_agent_is_armed(agent) && strncmp(agent, "MIL", 3) != 0; }

int dyad_code_is_audience(const char *code)
{
    return strncmp(code, "---", 3) == 0 || strstr(dyad_code_agent(code), "MED") != NULL;
}
