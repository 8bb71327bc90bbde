/* How dyad reads a sentence where dyad's own practice and PETRARCH's differ. dyad code uses
 * dyad_readings_default(); dyad validate reads as PETRARCH does, from the records' <Config>.
 * One value, passed with every call that codes, so that no caller changes a shared coder. */
#ifndef DYAD_READINGS_H
#define DYAD_READINGS_H

/* PETRARCH's comma rule: comma-delimited stretches of a sentence whose length in words lies in a
 * range are left out before coding (initial, internal and final stretches; a max of 0 turns that
 * kind off). */
typedef struct {
    int min, max;   /* internal stretches */
    int bmin, bmax; /* the stretch before the first comma */
    int emin, emax; /* the stretch after the last comma */
} dyad_comma_rule;

typedef struct {
    /* 1 (default): an event needs a known source and target. 0: one of them may be unknown and
     * is coded "---" (PETRARCH's require_dyad = False) */
    int require_dyad;
    /* 1 (default): what a clause says of its event decides how it is coded (events/factuality.h):
     * "will meet" is intent to meet, "must withdraw" a demand, "did not release" a refusal, "may
     * have used" or "if ... attacks" no event. 0: the pattern's code is kept and only negation
     * stops coding, as PETRARCH does (its dictionaries encode such readings in patterns like
     * "- WILL * [036]") */
    int factuality;
    /* > 0: a source or target noun phrase that names no known actor becomes an actor of its own,
     * its upper-case words in quotes ("THE MINISTRY OF MAGIC"), when it has at most this many
     * words (PETRARCH's new_actor_length). 0 (default): such phrases are not actors */
    int new_actor_length;
    /* all off by default: dyad's clauses do that work */
    dyad_comma_rule comma;
    /* 0 (default): a pattern word matches a word as written or its lemma ("* RESOLUTION" matches
     * "resolutions"). 1: only as written, as PETRARCH matches (it does no stemming) */
    int written_forms;
    /* 1 (default): an agent named without a country takes one from the story: the dateline's
     * ("KHARTOUM, May 2 -" for "police"), a place or owner after it ("a hospital in Kharkiv"), or
     * a domestic source's ("Russian police arrested students" -> RUSEDU). 0: it stays "---", as
     * in PETRARCH */
    int infer_countries;
    /* 1 (default): no event of an actor with itself in the wide sense (actors/codes.h: a country
     * and its own agent, "UKRMIL -> UKR"; two actors without a country). 0: only identical codes
     * are left out, as PETRARCH does ("MORMIL -> MOR", "---GOV -> ---" are coded). With it, a
     * country's rebels using force on a place of their own country act on its state ("the
     * Taliban took Jalalabad", AFGINSTAL -> AFGGOV) */
    int no_self_events;
    /* 1 (default): a pattern word that is a noun must be the head of its noun phrase, or be
     * followed there by the pattern's next word ("* WAR" does not match "war crimes"). 0: a word
     * matches wherever it is, as in PETRARCH */
    int head_words;
    /* 1 (default): a pattern item joined with '_' to an actor slot or the verb, or a joined synset,
     * may follow determiners and adverbs ("- * +_&CENSURE" matches "called the vote a sham" and
     * "called the plan deeply irresponsible"). 0: it must come right after, as in PETRARCH */
    int join_over_modifiers;
    /* 1 (default): a bare country as the source of an act only governments perform (recalling an
     * ambassador, sanctions, aid, treaties: data/lexicon/state-act-codes.txt) is its government,
     * "Japan recalled its ambassador" JPNGOV; likewise the source of an act only armed forces
     * perform (force posture, fighting: military-act-codes.txt) is its military, "China fired
     * missiles around Taiwan" CHNMIL; and the source or target of an act of state to state
     * (appeals, demands, criticism, threats, cuts in relations: addressed-act-codes.txt) is its
     * government, "the US urged Turkey" USAGOV -> TURGOV. 0: it stays the country, as in PETRARCH */
    int state_acts_by_government;
    /* 1 (default): a phrase that says where ("talks in Doha", "marched through Nairobi") is the
     * target only of events done to a place (data/lexicon/place-event-codes.txt: force, fighting,
     * visits). 0: it may be the target of any event, as in PETRARCH */
    int places_only_struck;
    /* 1 (default): an adverbial clause is coded on its own also when the clause it belongs to gave
     * an event ("restored ties five years after crowds burned its embassy" gives both), and the
     * subject of a clause of time or cause is no target of cooperation in the clause above. 0:
     * not then, as PETRARCH, which codes the highest verb phrase whose pattern matches and not
     * the clauses inside it */
    int nested_clauses;
    /* 1 (default): force by soldiers or police on a crowd of dissent ("opened fire on protesters",
     * data/lexicon/crowd-words.txt) is repression, 175, and force by such a crowd ("protesters
     * attacked the embassy") a violent protest, 145; killing by a state's armed forces is
     * military force, 190, not the unconventional violence of 18x ("troops killed the rebel
     * leader"), and so is expelling or driving out an armed force or group ("pushed the rebels
     * back", not 174 or 201); a state that protests complains officially ("the Philippines protested", 114,
     * not 141). 0: the verb's code and the actors stand, as in PETRARCH */
    int repression_of_crowds;
    /* 1 (default): a measure a state takes on its own people (curfew, state of emergency:
     * data/lexicon/domestic-measure-codes.txt) with no target named is against the source country's
     * civilians (KENGOV -> KENCVL). 0: no target, no event, as in PETRARCH */
    int measures_on_own_people;
    /* 1 (default): a protest (14) by a country's people, opposition, workers or students with no
     * target named ("thousands poured into the streets of Dhaka") is against that country's
     * government (BGDCVL -> BGDGOV), the state a crowd in the street addresses. 0: no target, no
     * event, as in PETRARCH */
    int protests_against_own_state;
    /* 1 (default): a judgement whose object is an act ("condemned the attack", "welcomed the
     * arrest") is aimed at whoever did it: the act's "by" agent, else the source of the latest
     * such act the article reported, else no event. And only a judgement is aimed at the agent of
     * a participle that describes its object ("welcomed a truce brokered by Qatar"); "agreed to a
     * truce brokered by Qatar" is not aimed at Qatar. 0: the target is any actor after the verb,
     * as in PETRARCH ("condemned the arrest of X" is aimed at X) */
    int judged_acts;
    /* 1 (default): an actor whose country is not known ("---MIL", "---GOV") takes part in no
     * event. An event is a dyad of two parties the data can name; "gunmen killed five" with no
     * country for the gunmen is a reading that did not find whose they were, and a record that
     * cannot be counted for any country. 0: such events are coded, as in PETRARCH */
    int no_unplaced_parties;
    /* 1 (default): a country named by the plural of its people's name ("Kenyans", "thousands of
     * Israelis") is its people (KENCVL), whom their own government may address ("Ruto called on
     * Kenyans to stay calm", KENGOV -> KENCVL). 0: the country, as in PETRARCH */
    int peoples_as_civilians;
    /* 1 (default): a bare statement (CAMEO 010, "make statement", the residual code of saying)
     * is no event: what is said is coded by its content in its own clause (an appeal, a
     * criticism, a denial, a threat), so a 010 would only record that someone spoke ("said",
     * "told him", "wrote to"). 0: coded, as in PETRARCH */
    int statements_by_content;
    /* 1 (default): an act the CAMEO codebook calls reciprocal (consult, telephone, meet, negotiate,
     * sign an agreement: data/lexicon/reciprocal-codes.txt) is coded both ways, so "Blinken met
     * Wang" is also Wang meeting Blinken. 0: one event, from the subject, as in PETRARCH */
    int reciprocal_acts;
    /* 1 (default): one event per source, target and action in a sentence: an action told twice
     * ("warned it would cut ties": the warning 130 and what it says 1313) keeps only its most
     * specific event. 0: every clause's event is kept, as in PETRARCH */
    int one_event_per_action;
} dyad_readings;

/* dyad's own readings. */
dyad_readings dyad_readings_default(void);
/* PETRARCH's readings with PETRARCH's default configuration: modal verbs keep their pattern's
 * code, pattern words match as written, no inferred countries, its default comma rule. */
dyad_readings dyad_readings_petrarch(void);
#endif
