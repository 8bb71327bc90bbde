/* Part-of-speech tags and lemmas on sentences written for these tests. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include "helpers.h"
#include "tag/pos.h"

static void assert_tag(const dyad_document *doc, const char *word, const char *tag)
{
    long i = find_token(doc, word);
    assert_true(i >= 0);
    if (strcmp(dyad_pos_name(doc->tokens[i].pos), tag) != 0)
        fail_msg("'%s' tagged %s, expected %s", word, dyad_pos_name(doc->tokens[i].pos), tag);
}

static void assert_lemma(const dyad_document *doc, const char *word, const char *lemma)
{
    long i = find_token(doc, word);
    assert_true(i >= 0);
    if (strcmp(doc->tokens[i].lemma, lemma) != 0)
        fail_msg("lemma of '%s' is '%s', expected '%s'", word, doc->tokens[i].lemma, lemma);
}

static void tags_a_news_sentence(void **state)
{
    (void)state;
    dyad_document *doc =
        analyze("The defence minister rejected the proposal and warned that troops would stay in the region.");
    assert_string_equal(sentence_tags(doc, 0), "DT NN NN VBD DT NN CC VBD IN NNS MD VB IN DT NN .");
}

static void tags_unknown_names_and_numbers(void **state)
{
    (void)state;
    dyad_document *doc = analyze("Volodymyr Zelenskiy met Kaja Kallas in Brussels on 14 March 2025.");
    assert_tag(doc, "Zelenskiy", "NNP");
    assert_tag(doc, "Kallas", "NNP");
    assert_tag(doc, "met", "VBD");
    assert_tag(doc, "14", "CD");
    assert_tag(doc, "2025", "CD");
    doc = analyze("The self-styled militia had re-armed, and 23rd brigade forces counterattacked.");
    assert_tag(doc, "self-styled", "JJ");
    assert_tag(doc, "counterattacked", "VBD");
}

static void verb_noun_ambiguity(void **state)
{
    (void)state;
    dyad_document *doc = analyze("Protesters attack police. The attack killed two.");
    assert_int_equal(doc->tokens[1].pos, DYAD_POS_VBP);
    assert_int_equal(doc->tokens[5].pos, DYAD_POS_NN);
    doc = analyze("Officials said the talks will resume.");
    assert_tag(doc, "talks", "NNS");
    assert_tag(doc, "resume", "VB");
}

static void present_tense_headlines_get_their_verb(void **state)
{
    (void)state;
    dyad_document *doc = analyze("Police fire tear gas at protesters");
    assert_string_equal(sentence_tags(doc, 0), "NNS VBP NN NN IN NNS");
    doc = analyze("Kenyan police fire tear gas as protesters march on parliament.");
    assert_tag(doc, "fire", "VBP");
    assert_tag(doc, "gas", "NN");
    assert_tag(doc, "march", "VBP");
    doc = analyze("Talks collapse as both sides trade blame");
    assert_tag(doc, "Talks", "NNS");
    assert_tag(doc, "collapse", "VBP");
    doc = analyze("Rebels seize airport in eastern town");
    assert_tag(doc, "seize", "VBP");
    assert_tag(doc, "airport", "NN");
    doc = analyze("Minister resigns over bribery scandal");
    assert_tag(doc, "resigns", "VBZ");
    doc = analyze("Ruto vows crackdown after deadly protests");
    assert_string_equal(sentence_tags(doc, 0), "NNP VBZ NN IN JJ NNS");
    /* after a name, a word in -s whose object cannot be a verb is the verb; a compound whose
     * next word can be the verb keeps its noun */
    doc = analyze("Gondor shells Rohirric positions near the ford");
    assert_tag(doc, "shells", "VBZ");
    doc = analyze("Arnor court convicts Boromir of treason");
    assert_tag(doc, "convicts", "VBZ");
    doc = analyze("Gondor talks resume in Minas Tirith");
    assert_tag(doc, "talks", "NNS");
    assert_tag(doc, "resume", "VBP");
    doc = analyze("Gondor troops fire on marchers in Osgiliath");
    assert_tag(doc, "troops", "NNS");
    assert_tag(doc, "fire", "VBP");
    /* a headline joins clauses with a comma: the verb after it leaves the first clause its own */
    doc = analyze("Riot police storm opposition offices, dozens detained");
    assert_tag(doc, "storm", "VBP");
    doc = analyze("Rebel army seizes power, says the king is safe");
    assert_tag(doc, "seizes", "VBZ");
    /* not in a sentence with its full stop, where the comma may close a fronted phrase */
    doc = analyze("Riot police storm damage, officials said.");
    assert_tag(doc, "storm", "NN");
}

static void subordinate_clauses_get_their_verb(void **state)
{
    (void)state;
    dyad_document *doc = analyze("Talks collapse as both sides trade blame");
    assert_tag(doc, "trade", "VBP");
    assert_tag(doc, "blame", "NN");
    doc = analyze("Leaders met while rebel groups plan attacks.");
    assert_tag(doc, "plan", "VBP");
    assert_tag(doc, "attacks", "NNS");
    doc = analyze("The minister resigned because party members demand change.");
    assert_tag(doc, "demand", "VBP");
    assert_tag(doc, "change", "NN");
}

static void noun_phrases_after_prepositions_keep_their_nouns(void **state)
{
    (void)state;
    /* "after" and "before" as prepositions: no verb to find, whatever readings the words have */
    dyad_document *doc = analyze("The army withdrew before the vote.");
    assert_tag(doc, "vote", "NN");
    doc = analyze("Shares rose after the trade talks in Geneva.");
    assert_tag(doc, "trade", "NN");
    assert_tag(doc, "talks", "NNS");
    /* "last" can be a verb, but here it is read as the adjective of "last week" */
    doc = analyze("Prices rose after the talks last week.");
    assert_string_equal(sentence_tags(doc, 0), "NNS VBD IN DT NNS JJ NN .");
}

static void verbless_fragments_keep_their_nouns(void **state)
{
    (void)state;
    dyad_document *doc = analyze("Oil prices");
    assert_tag(doc, "prices", "NNS");
    doc = analyze("Peace talks in Geneva.");
    assert_tag(doc, "talks", "NNS");
    doc = analyze("Second day of talks in Geneva");
    assert_string_equal(sentence_tags(doc, 0), "JJ NN IN NNS IN NNP");
    /* a past tense with the form of a noun, right after the subject of a verbless sentence */
    doc = analyze("China cut ties with Lithuania.");
    assert_tag(doc, "cut", "VBD");
    doc = analyze("The government cut fuel subsidies.");
    assert_tag(doc, "cut", "VBD");
    /* a possessive is not a verb, and a subject with a participle already has its verb */
    doc = analyze("Sanchez's aides argued that the court had no say.");
    assert_tag(doc, "'s", "POS");
    assert_tag(doc, "argued", "VBD");
}

static void infinitives_after_to(void **state)
{
    (void)state;
    /* verbs that take an infinitive: any word that can be a verb is one */
    dyad_document *doc = analyze("Farmers who vowed to storm parliament blocked roads.");
    assert_tag(doc, "storm", "VB");
    assert_tag(doc, "parliament", "NN");
    assert_tag(doc, "blocked", "VBD");
    doc = analyze("Hundreds of students who tried to storm the ministry were detained.");
    assert_tag(doc, "storm", "VB");
    doc = analyze("The general vowed to fire commanders.");
    assert_tag(doc, "fire", "VB");
    doc = analyze("The president is expected to visit Kyiv.");
    assert_tag(doc, "visit", "VB");
    /* other verbs: only a word the lexicon has seen more often as a verb than as a noun */
    doc = analyze("Rescuers rushed to free survivors from the rubble.");
    assert_tag(doc, "free", "VB");
    doc = analyze("Troops went to war in 2003.");
    assert_tag(doc, "war", "NN");
    doc = analyze("The party returned to power after the vote.");
    assert_tag(doc, "power", "NN");
    /* "to" as a preposition before names, determiners and plural nouns */
    doc = analyze("The delegation flew to Moscow and both sides returned to the talks.");
    assert_tag(doc, "Moscow", "NNP");
    assert_tag(doc, "the", "DT");
    doc = analyze("The envoy talked to reporters.");
    assert_tag(doc, "reporters", "NNS");
}

static void overnight_after_a_verb_is_an_adverb(void **state)
{
    (void)state;
    dyad_document *doc = analyze("Three people were killed in Bree overnight.");
    assert_tag(doc, "overnight", "RB");
    doc = analyze("Soldiers shelled the village overnight, residents said.");
    assert_tag(doc, "overnight", "RB");
    doc = analyze("An overnight curfew was imposed on Bree.");
    assert_tag(doc, "overnight", "JJ");
}

static void no_two_finite_verbs_side_by_side(void **state)
{
    (void)state;
    dyad_document *doc = analyze("Security forces used tear gas against the marchers.");
    assert_tag(doc, "forces", "NNS");
    doc = analyze("Rohan has used force against Isengard.");
    assert_tag(doc, "has", "VBZ");
    /* a form of "be" is an auxiliary, never a plural noun */
    doc = analyze("Gondor is interested in buying grain from Rohan.");
    assert_tag(doc, "is", "VBZ");
    assert_tag(doc, "interested", "VBN");
    /* after a relative pronoun, a word in -s with an object is the relative clause's verb */
    doc = analyze("Rohan, which borders both kingdoms, offered to host talks.");
    assert_tag(doc, "borders", "VBZ");
    doc = analyze("Nobody knows which forces will cross the river.");
    assert_tag(doc, "forces", "NNS");
    /* a sentence needs a finite verb: past adverbs, and past a "by" that gives a margin */
    doc = analyze("The Council of the Realms also imposed sanctions on Mordor.");
    assert_tag(doc, "imposed", "VBD");
    doc = analyze("Lawmakers voted by 98 to 12 to remove the steward.");
    assert_tag(doc, "voted", "VBD");
    doc = analyze("Villages burned by the orcs.");
    assert_tag(doc, "burned", "VBN");
    /* after a modal and its adverbs comes a verb in its base form */
    doc = analyze("Gondor said it would no longer deal with Mordor.");
    assert_tag(doc, "deal", "VB");
    doc = analyze("The council will never accept the offer.");
    assert_tag(doc, "accept", "VB");
    /* a headline's plural subject takes a present verb the lexicon knows only as a noun */
    doc = analyze("Protesters storm parliament in Bree over tax bill");
    assert_tag(doc, "storm", "VBP");
}

/* Lower-case particles inside a name are part of it, and so is the word after them. */
static void name_particles(void **state)
{
    (void)state;
    dyad_document *doc = analyze("Aragorn bin Arathorn was crowned in Minas Tirith.");
    assert_tag(doc, "bin", "NNP");
    assert_tag(doc, "Arathorn", "NNP");
    doc = analyze("Theoden met Eomer von der Mark in Edoras.");
    assert_tag(doc, "von", "NNP");
    assert_tag(doc, "der", "NNP");
    /* not at a sentence's edge, nor before a lower-case word */
    doc = analyze("Gondor said de facto control was lost.");
    assert_tag(doc, "control", "NN");
}

static void that_after_a_reporting_verb(void **state)
{
    (void)state;
    dyad_document *doc = analyze("The envoy said that police fire tear gas at protesters.");
    assert_tag(doc, "that", "IN");
    assert_tag(doc, "fire", "VBP");
    doc = analyze("The general warned again that troops would enter the city.");
    assert_tag(doc, "that", "IN");
    /* a determiner when it points at a singular noun that ends its phrase */
    doc = analyze("The mayor said that report was false.");
    assert_tag(doc, "that", "DT");
    doc = analyze("The ministry denied that claim.");
    assert_tag(doc, "that", "DT");
    /* and after other verbs */
    doc = analyze("Rohan rejected that proposal.");
    assert_tag(doc, "that", "DT");
    /* the pronoun subject of the reported clause when a finite verb follows */
    doc = analyze("Elrond said that was a mistake.");
    assert_tag(doc, "that", "DT");
    assert_tag(doc, "was", "VBD");
    /* a second reported clause after "and" */
    doc = analyze("Elrond said the siege had ended and that Rohirric riders would stay in Anorien.");
    assert_tag(doc, "that", "IN");
    doc = analyze("Rohan besieged the fort and that town fell.");
    assert_tag(doc, "that", "DT");
}

static void lemmas_of_irregular_and_regular_forms(void **state)
{
    (void)state;
    dyad_document *doc = analyze(
        "Negotiators met and went home after casualties mounted; envoys rejected offers and were seen fleeing.");
    assert_lemma(doc, "met", "meet");
    assert_lemma(doc, "went", "go");
    assert_lemma(doc, "casualties", "casualty");
    assert_lemma(doc, "rejected", "reject");
    assert_lemma(doc, "envoys", "envoy");
    assert_lemma(doc, "were", "be");
    assert_lemma(doc, "seen", "see");
    assert_lemma(doc, "fleeing", "flee");
    assert_lemma(doc, "Negotiators", "negotiator");
    doc = analyze("Both sides have stopped shelling; the women and children fled, and it isn't over.");
    assert_lemma(doc, "stopped", "stop");
    assert_lemma(doc, "women", "woman");
    assert_lemma(doc, "children", "child");
    assert_lemma(doc, "fled", "flee");
    assert_lemma(doc, "n't", "not");
    assert_lemma(doc, "is", "be");
}

static void direct_lemmatizer(void **state)
{
    (void)state;
    char out[64];
    dyad_lemmatize(test_tagger(), "Seized", DYAD_POS_VBD, out, sizeof out);
    assert_string_equal(out, "seize");
    dyad_lemmatize(test_tagger(), "crises", DYAD_POS_NNS, out, sizeof out);
    assert_string_equal(out, "crisis");
    dyad_lemmatize(test_tagger(), "Ukrainians", DYAD_POS_NNPS, out, sizeof out);
    assert_string_equal(out, "ukrainians");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(tags_a_news_sentence),
        cmocka_unit_test(tags_unknown_names_and_numbers),
        cmocka_unit_test(verb_noun_ambiguity),
        cmocka_unit_test(present_tense_headlines_get_their_verb),
        cmocka_unit_test(subordinate_clauses_get_their_verb),
        cmocka_unit_test(noun_phrases_after_prepositions_keep_their_nouns),
        cmocka_unit_test(verbless_fragments_keep_their_nouns),
        cmocka_unit_test(infinitives_after_to),
        cmocka_unit_test(overnight_after_a_verb_is_an_adverb),
        cmocka_unit_test(name_particles),
        cmocka_unit_test(that_after_a_reporting_verb),
        cmocka_unit_test(no_two_finite_verbs_side_by_side),
        cmocka_unit_test(lemmas_of_irregular_and_regular_forms),
        cmocka_unit_test(direct_lemmatizer),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
