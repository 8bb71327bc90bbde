/* The event coder on a small dictionary written for these tests. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "core/diag.h"
#include "events/coder.h"
#include "actors/codes.h"
#include "helpers.h"

static const char test_actors[] = "ARDANIA [ARD]\n+ARDANIAN\n+ARDANIANS\n"
                                  "BELTRIA [BLT]\n+BELTRIAN\n"
                                  "CORVIA [COR]\n+CORVIAN\n"
                                  "MIRA_VOSS [ARDGOV]  # president\n"
                                  "NORTHERN_RESERVE_BANK [IGOBNK]\n"
                                  "SEA_OF_CORVIA [---]  # names no actor\n"
                                  "FRANCE [FRA]\n+FRENCH\nGERMANY [DEU]\n+GERMAN\n";
static const char test_agents[] =
    "TROOP [~MIL]\nFORCE [~MIL]\nPOLICE {} [~COP]\nMINISTRY {MINISTRIES} [~GOV]\nHOSPITAL [~HLH]\n"
    "AMBASSADOR [~GOV]\nGOVERNMENT [~GOV]\nMINISTRY_OF_TRUTH [~MED]\nBANK [~BUS]\nPROTESTER [~OPP]\n";
static const char test_verbs[] =
    "&TALKS\n+TALKS\n+NEGOTIATIONS\n\n"
    "--- ATTACK [190] ---\nATTACK\nSHELL\nADVANCE\n- * + [190]  # X attacked Y\n- * ON + [193]\n\n"
    "--- MEET [040] ---\nMEET {MET}\n- * WITH + [040]\n\n"
    "--- HOLD [---] ---\nHOLD {HELD}\n- * &TALKS WITH + [043]\n\n"
    "--- ACCUSE [112] ---\nACCUSE\n- * + OF SHELLING [115]\n\n"
    "--- EXCHANGE [---] ---\nEXCHANGE\n- * PRISONERS [0631]\n- * PRISONERS WITH + [0631]\n\n"
    "--- CELEBRATE [---] ---\nCELEBRATE\n- * FEAST IN ^ + [046]  # ^ skips the place\n- * THEIR ^ WITH + [043]\n\n"
    "--- SEIZE [1711] ---\nSEIZE\nWIRE_+TAP\n\n"
    "--- REGRET [---] ---\nREGRET\n- NOTED + * [115]\n\n"
    "--- PASS [---] ---\nPASS\n- * RESOLUTION [102]\n\n"
    "--- URGE [020] ---\nURGE\n- * + TO [020]\n\n"
    "--- PROTEST [141] ---\nPROTEST\nMARCH\n- * AGAINST + [141]\n\n"
    "--- SAY [010] ---\nSAY {SAID}\n";
static const char test_codes[] =
    "190\t4\t-10\tConventional force\n193\t4\t-10\tSmall arms\n040\t1\t1\tConsult\n036\t1\t4\tIntend to "
    "meet\n043\t1\t2.8\tTalks\n"
    "112\t3\t-2\tAccuse\n046\t1\t7\tNegotiate\n102\t1\t3.8\tDemand policy support\n115\t3\t-2\tBring "
    "lawsuit\n1711\t4\t-9.2\tConfiscate property\n137\t3\t-7\tThreaten\n0631\t2\t6\tExchange "
    "prisoners\n138\t3\t-7\tThreaten force\n010\t1\t0\tStatement\n020\t1\t3\tAppeal\n141\t4\t-6.5\tDemonstrate\n";

static const char test_discards[] = "# sentence-level and story-level\nALL_RIGHTS_RESERVED\n+FOOTBALL_MATCH\n";

static dyad_dictset coder;
static dyad_readings readings;
static char dir[64];

static void write_file(const char *name, const char *text)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static int setup(void **state)
{
    (void)state;
    dyad_warnings_quiet(1);
    strcpy(dir, "/tmp/dyad-test-XXXXXX");
    if (!mkdtemp(dir)) return -1;
    write_file("test.actors.txt", test_actors);
    write_file("agents.txt", test_agents);
    write_file("test.verbs.txt", test_verbs);
    write_file("cameo-codes.txt", test_codes);
    write_file("discards.txt", test_discards);
    dyad_dictset_init(&coder);
    readings = dyad_readings_default();
    return dyad_dictset_load_dir(&coder, dir);
}

static int teardown(void **state)
{
    (void)state;
    dyad_dictset_free(&coder);
    const char *files[] = {"test.actors.txt", "agents.txt", "test.verbs.txt", "cameo-codes.txt", "discards.txt"};
    for (size_t i = 0; i < 5; i++) {
        char path[256];
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        unlink(path);
    }
    rmdir(dir);
    return 0;
}

/* Codes text and returns "SRC>TGT:CODE[@REPORTER]" for every event, space-separated; the
 * coder's trace goes to trace (or nowhere when NULL). */
static const char *code_traced(const char *text, FILE *trace)
{
    static char buf[1024];
    static dyad_event_list events;
    dyad_document *doc = analyze(text);
    dyad_code_document(&coder, &readings, doc, 20250601, &events, trace);
    buf[0] = '\0';
    for (size_t i = 0; i < events.n; i++) {
        const dyad_event *e = &events.items[i];
        size_t n = strlen(buf);
        snprintf(buf + n, sizeof buf - n, "%s%s>%s:%s%s%s", i ? " " : "", e->source.code, e->target.code, e->code,
                 e->reported_by[0] ? "@" : "", e->reported_by);
    }
    return buf;
}

static const char *code(const char *text) { return code_traced(text, NULL); }

/* code() under other readings; the test's readings are back before any assertion can fail. */
static const char *code_with(const dyad_readings *other, const char *text)
{
    const dyad_readings own = readings;
    readings = *other;
    const char *coded = code(text);
    readings = own;
    return coded;
}

static void subject_verb_object(void **state)
{
    (void)state;
    assert_string_equal(code("Ardanian troops attacked Beltria on Monday."), "ARDMIL>BLT:190");
    assert_string_equal(code("Mira Voss met with Beltrian police."), "ARDGOV>BLTCOP:040 BLTCOP>ARDGOV:040");
}

static void patterns_with_synsets(void **state)
{
    (void)state;
    assert_string_equal(code("Ardania held negotiations with Corvia."), "ARDGOV>CORGOV:043");
    assert_string_equal(code("Ardania held a parade."), "");
}

/* A pattern reaching into the clause above: "X noted that Y regretted" is X's act towards Y. */
static void target_before_the_verb(void **state)
{
    (void)state;
    assert_string_equal(code("Ardania noted that Beltria regretted the decision."), "ARDGOV>BLTGOV:115@ARD");
}

/* A verb with no entry passes on to its infinitive complement, past its object. */
static void infinitive_complements(void **state)
{
    (void)state;
    assert_string_equal(code("Ardania invited Beltria to meet with Corvia."), "ARDGOV>CORGOV:040 CORGOV>ARDGOV:040");
}

/* "WIRE_+TAP": the verb comes second, whichever word the tagger took for the verb. */
static void two_word_verbs(void **state)
{
    (void)state;
    assert_string_equal(code("Ardanian police wire tapped Beltria."), "ARDCOP>BLT:1711");
    assert_string_equal(code("Ardanian police will wire tap Beltria."), "ARDCOP>BLTGOV:137");
}

/* A preposition after an object that names an actor belongs to the object, not to the verb. */
static void prepositions_after_objects(void **state)
{
    (void)state;
    assert_string_equal(code("Ardanian troops advanced on Beltria."), "ARDMIL>BLT:193");
    assert_string_equal(code("Ardanian troops attacked Beltrian police on the road to Corvia."), "ARDMIL>BLTCOP:190");
}

/* A word after a preposition is in that preposition's object, not further on. */
static void words_after_a_preposition(void **state)
{
    (void)state;
    assert_string_equal(code("Ardania accused Beltria of the shelling."), "ARDGOV>BLTGOV:115");
    assert_string_equal(code("Ardania accused Beltria of a blockade, days after the shelling."), "ARDGOV>BLTGOV:112");
}

static void caret_skips_a_noun_phrase(void **state)
{
    (void)state;
    assert_string_equal(code("Ardania celebrated a feast in Beltria with Corvia."),
                        "ARDGOV>CORGOV:046 CORGOV>ARDGOV:046");
    assert_string_equal(code("Ardania celebrated a feast in Beltria."), "");
    /* after a word inside a noun phrase, ^ skips the rest of that phrase */
    assert_string_equal(code("Ardania celebrated their victory with Corvia."), "ARDGOV>CORGOV:043");
}

static void passive_is_reversed(void **state)
{
    (void)state;
    assert_string_equal(code("Beltrian forces were attacked by Ardanian troops."), "ARDMIL>BLTMIL:190");
}

static void compound_actors(void **state)
{
    (void)state;
    assert_string_equal(code("Ardania and Corvia accused Beltria."), "ARDGOV>BLTGOV:112 CORGOV>BLTGOV:112");
    /* several subjects and no object actor: the event is mutual */
    assert_string_equal(code("Ardania and Corvia exchanged prisoners on Friday."), "ARD>COR:0631 COR>ARD:0631");
}

/* An agent with no country takes the whole code of the actor it belongs to; a name may run
   through "of". */
static void agents_of_actors(void **state)
{
    (void)state;
    assert_string_equal(code("Beltria met with the ambassadors of Corvia."), "BLTGOV>CORGOV:040 CORGOV>BLTGOV:040");
    assert_string_equal(code("The Ardanian Ministry of Truth attacked Beltria."), "ARDMED>BLT:190");
    /* a bare conjunct shares the modifiers of the first ("Ardanian"); one with a determiner does not */
    assert_string_equal(code("Ardanian police and troops attacked Beltria."), "ARDCOP>BLT:190 ARDMIL>BLT:190");
    assert_string_equal(code("Ardanian police and the troops attacked Beltria."), "ARDCOP>BLT:190");
}

/* PETRARCH's readings, which dyad validate selects: pattern words as written, no countries
   inferred from the story. */
static void petrarch_options(void **state)
{
    (void)state;
    assert_string_equal(code("Ardania passed resolutions against Beltria."), "ARDGOV>BLTGOV:102");
    assert_string_equal(code("Corvian police accused the ministry."), "CORCOP>CORGOV:112");
    const dyad_readings dyad_own = readings;
    readings.written_forms = 1;
    readings.infer_countries = 0;
    readings.no_unplaced_parties = 0;
    int plural_matched = code("Ardania passed resolutions against Beltria.")[0] != '\0';
    int singular_matched = strcmp(code("Ardania passed a resolution against Beltria."), "ARDGOV>BLTGOV:102") == 0;
    static char uninferred[64], new_actor[64];
    snprintf(uninferred, sizeof uninferred, "%s", code("Corvian police accused the ministry."));
    readings.new_actor_length = 4;
    snprintf(new_actor, sizeof new_actor, "%s", code("The Order of Magic accused Ardania."));
    readings = dyad_own;
    assert_string_equal(new_actor, "\"THE ORDER OF MAGIC\">ARDGOV:112");
    assert_string_equal(uninferred, "CORCOP>---GOV:112");
    assert_false(plural_matched);
    assert_true(singular_matched);
}

/* A phrase that names no one, followed by "between", stands for the parties; a second pair after
   ", and" is not one of them, and an actor named twice is one event. */
static void parties_between(void **state)
{
    (void)state;
    assert_string_equal(code("Ardania accused the pact between Beltria and Corvia."),
                        "ARDGOV>BLTGOV:112 ARDGOV>CORGOV:112");
    assert_string_equal(code("The rift between Beltria and Corvia accused Ardania."),
                        "BLTGOV>ARDGOV:112 CORGOV>ARDGOV:112");
    assert_string_equal(code("Ardania accused the pact between Beltria and Corvia, and Beltria and Mira Voss."),
                        "ARDGOV>BLTGOV:112 ARDGOV>CORGOV:112");
    assert_string_equal(code("Residents of Beltria accused Ardania."), "BLT>ARDGOV:112");
}

/* "The bank" after "the Northern Reserve Bank" is that bank, "the troops" after "Ardanian troops"
   are Ardania's; with none named before, whose bank is not known and there is no event. */
static void institutions_named_again(void **state)
{
    (void)state;
    assert_string_equal(code("The bank attacked Beltria."), "");
    assert_string_equal(code("The Northern Reserve Bank met with Corvia. The bank accused Beltria."),
                        "IGOBNK>CORGOV:040 CORGOV>IGOBNK:040 IGOBNK>BLTGOV:112");
    /* "the troops" after "Ardanian troops" are Ardania's */
    assert_string_equal(code("The troops attacked Corvia."), "");
    assert_string_equal(code("Ardanian troops attacked Beltria. The troops accused Corvia."),
                        "ARDMIL>BLT:190 ARDMIL>CORGOV:112");
}

/* A name the dictionary codes [---] names no actor, also across "of". */
static void known_non_actors(void **state)
{
    (void)state;
    assert_string_equal(code("Ardanian troops attacked ships near Corvia."), "ARDMIL>COR:190");
    assert_string_equal(code("Ardanian troops attacked ships in the Sea of Corvia."), "");
}

/* "Ethiopian and Eritrean officials met in Nairobi": one actor per coordinated country adjective,
   and meeting in a place is between them. */
static void coordinated_country_adjectives(void **state)
{
    (void)state;
    assert_string_equal(code("French and German troops met in Corvia."), "FRAMIL>DEUMIL:040 DEUMIL>FRAMIL:040");
    assert_string_equal(code("The awful and cruel French troops attacked Beltria."), "FRAMIL>BLT:190");
}

static void negation_is_not_the_event(void **state)
{
    (void)state;
    assert_string_equal(code("Ardania did not attack Beltria."), "");
}

static void future_is_intent(void **state)
{
    (void)state;
    assert_string_equal(code("Ardania will meet with Corvia."), "ARDGOV>CORGOV:036");
}

static void reported_speech(void **state)
{
    (void)state;
    assert_string_equal(code("Corvia said Ardanian troops shelled Beltria."), "ARDMIL>BLT:190@COR");
    assert_string_equal(code("Ardanian troops shelled Beltria, the Corvian ministry said."), "ARDMIL>BLT:190@CORGOV");
}

static void pronouns_take_the_last_actor(void **state)
{
    (void)state;
    assert_string_equal(code("Mira Voss arrived. She accused Corvia."), "ARDGOV>CORGOV:112");
    /* a person's pronoun never stands for a plural */
    assert_string_equal(code("Ardanian ministers arrived. She accused Corvia."), "");
}

static void countries_of_bare_agents(void **state)
{
    (void)state;
    /* the place named after the target, else the source's country for domestic sources only */
    assert_string_equal(code("Ardanian troops attacked a hospital in Beltria."), "ARDMIL>BLTHLH:190");
    assert_string_equal(code("Corvian police accused the ministry."), "CORCOP>CORGOV:112");
    /* with neither, whose hospital is not known: no event */
    assert_string_equal(code("Ardanian troops attacked a hospital."), "");
    /* protesters against police that the place gave a country are of that country; not against a
     * foreign state's police named as such (then whose protesters is not known); their force is a
     * violent protest (145) */
    assert_string_equal(code("Protesters attacked police in Beltria."), "BLTOPP>BLTCOP:145");
    assert_string_equal(code("Protesters attacked Beltrian police."), "");
    /* a country inferred for a phrase holds when the sentence uses it again; police force on
     * protesters is repression (175) */
    assert_string_equal(code("Corvian police attacked protesters who accused the ministry."),
                        "CORCOP>COROPP:175 COROPP>CORGOV:112");
}

/* "both sides", "the two countries": the parties of the latest dispute or mutual event; a third
 * party's appeal to them does not make it one of them, and before any dispute they are no one. */
static void both_sides(void **state)
{
    (void)state;
    assert_string_equal(code("Ardania attacked Beltria. Corvia urged both sides to stop. The two countries met."),
                        "ARDMIL>BLT:190 CORGOV>ARDGOV:020 CORGOV>BLTGOV:020 ARDGOV>BLTGOV:040 BLTGOV>ARDGOV:040");
    assert_string_equal(code("Corvia urged both sides to stop."), "");
    assert_string_equal(code("Ardania attacked Beltria. Corvia urged both governments to stop."),
                        "ARDMIL>BLT:190 CORGOV>ARDGOV:020 CORGOV>BLTGOV:020");
}

/* --explain only observes: the trace used to resolve a sentence's noun phrases before coding it,
 * which taught the article's memory of names in another order ("the troops said" came out
 * ---MIL without the trace and ARDMIL with it). */
static void tracing_only_observes(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Ardanian troops attacked Beltria on Monday, the troops said.",
        "Mira Voss met with Beltrian police. Voss accused Corvia.",
        "The Northern Reserve Bank accused Corvia. The bank attacked Beltria, the ministry said."};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        char plain[1024];
        snprintf(plain, sizeof plain, "%s", code(texts[i]));
        FILE *sink = fopen("/dev/null", "w");
        assert_non_null(sink);
        assert_string_equal(code_traced(texts[i], sink), plain);
        fclose(sink);
    }
    assert_string_equal(code(texts[0]), "ARDMIL>BLT:190@ARDMIL");
}

/* A pattern word names the head of its phrase: "prisoners' letters" are letters (issue 10's "war
 * crimes" for "* WAR"); under PETRARCH's readings a word matches wherever it is. */
static void pattern_words_name_heads(void **state)
{
    (void)state;
    assert_string_equal(code("Ardania exchanged prisoners with Beltria."), "ARD>BLT:0631");
    assert_string_equal(code("Ardania exchanged prisoners' letters with Beltria."), "");
    dyad_readings petrarch = readings;
    petrarch.head_words = 0;
    assert_string_equal(code_with(&petrarch, "Ardania exchanged prisoners' letters with Beltria."), "ARD>BLT:0631");
}

/* No actor acts on itself: a country and its own agent, or two actors with no country. */
static void no_self_events(void **state)
{
    (void)state;
    assert_string_equal(code("Ardanian troops attacked Ardania."), "");
    /* a country's opposition or rebels are not the country */
    assert_string_equal(code("Ardanian protesters attacked Ardania."), "ARDOPP>ARD:145");
    assert_string_equal(code("Police attacked protesters."), "");
    assert_string_equal(code("Ardanian police attacked Ardanian protesters."), "ARDCOP>ARDOPP:175");
    assert_true(dyad_codes_are_one_actor("UKRMIL", "UKR"));
    assert_true(dyad_codes_are_one_actor("USA", "USAGOV"));
    assert_false(dyad_codes_are_one_actor("RUSGOV", "RUSMIL"));
    assert_false(dyad_codes_are_one_actor("IGOUNO", "IGOWSTNAT"));
    assert_false(dyad_codes_are_one_actor("---MIL", "UKR"));
}

/* A party whose country is unknown takes part in no event: unnamed troops attacking, an unnamed
 * ministry accusing or unnamed troops attacked are readings that failed to find whose. */
static void unplaced_parties(void **state)
{
    (void)state;
    assert_string_equal(code("Troops attacked Beltria."), "");
    assert_string_equal(code("The ministry accused Beltria."), "");
    assert_string_equal(code("Beltria accused the troops."), "");
    assert_string_equal(code("Beltria attacked the troops."), "");
    assert_string_equal(code("The Beltrian ministry accused Corvia."), "BLTGOV>CORGOV:112");
    assert_string_equal(code("Beltrian troops attacked Corvia."), "BLTMIL>COR:190");
    dyad_readings petrarch = readings;
    petrarch.no_unplaced_parties = 0;
    assert_string_equal(code_with(&petrarch, "The ministry accused Beltria."), "---GOV>BLTGOV:112");
    assert_string_equal(code_with(&petrarch, "Troops attacked Beltria."), "---MIL>BLT:190");
}

/* A crowd protesting with no one named is against its own state; not when it names whom it is
 * against, and not with PETRARCH's readings. */
static void protests_against_own_state(void **state)
{
    (void)state;
    assert_string_equal(code("Beltrian protesters marched on Sunday."), "BLTOPP>BLTGOV:141");
    assert_string_equal(code("Beltrian protesters marched against the new tuition fees."), "");
    assert_string_equal(code("Beltria marched on Sunday."), "");
    dyad_readings petrarch = readings;
    petrarch.protests_against_own_state = 0;
    assert_string_equal(code_with(&petrarch, "Beltrian protesters marched on Sunday."), "");
}

static void discards(void **state)
{
    (void)state;
    assert_string_equal(code("Ardania attacked Beltria. Ardania attacked Corvia, all rights reserved."),
                        "ARDMIL>BLT:190");
    assert_string_equal(code("Ardania attacked Beltria before the football match."), "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(subject_verb_object),
        cmocka_unit_test(patterns_with_synsets),
        cmocka_unit_test(words_after_a_preposition),
        cmocka_unit_test(caret_skips_a_noun_phrase),
        cmocka_unit_test(target_before_the_verb),
        cmocka_unit_test(infinitive_complements),
        cmocka_unit_test(two_word_verbs),
        cmocka_unit_test(prepositions_after_objects),
        cmocka_unit_test(passive_is_reversed),
        cmocka_unit_test(compound_actors),
        cmocka_unit_test(agents_of_actors),
        cmocka_unit_test(petrarch_options),
        cmocka_unit_test(parties_between),
        cmocka_unit_test(institutions_named_again),
        cmocka_unit_test(known_non_actors),
        cmocka_unit_test(coordinated_country_adjectives),
        cmocka_unit_test(negation_is_not_the_event),
        cmocka_unit_test(future_is_intent),
        cmocka_unit_test(reported_speech),
        cmocka_unit_test(pronouns_take_the_last_actor),
        cmocka_unit_test(discards),
        cmocka_unit_test(tracing_only_observes),
        cmocka_unit_test(no_self_events),
        cmocka_unit_test(unplaced_parties),
        cmocka_unit_test(protests_against_own_state),
        cmocka_unit_test(pattern_words_name_heads),
        cmocka_unit_test(countries_of_bare_agents),
        cmocka_unit_test(both_sides),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
