/* The two sets of readings (see readings.h). */
#include "readings.h"

dyad_readings dyad_readings_default(void)
{
    return (dyad_readings){.require_dyad = 1,
                           .factuality = 1,
                           .infer_countries = 1,
                           .no_self_events = 1,
                           .head_words = 1,
                           .join_over_modifiers = 1,
                           .state_acts_by_government = 1,
                           .places_only_struck = 1,
                           .nested_clauses = 1,
                           .repression_of_crowds = 1,
                           .measures_on_own_people = 1,
                           .protests_against_own_state = 1,
                           .judged_acts = 1,
                           .no_unplaced_parties = 1,
                           .peoples_as_civilians = 1,
                           .statements_by_content = 1,
                           .reciprocal_acts = 1,
                           .one_event_per_action = 1};
}

dyad_readings dyad_readings_petrarch(void)
{
    return (dyad_readings){.require_dyad = 1,
                           .factuality = 0,
                           .new_actor_length = 0,
                           .comma = {2, 8, 0, 0, 2, 8},
                           .written_forms = 1,
                           .infer_countries = 0};
}
