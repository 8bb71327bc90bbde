/* Chunks (noun, verb, prepositional phrases) and clauses on sentences written for these tests. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include "helpers.h"
#include "chunk/chunk.h"

static const dyad_clause *clause(const dyad_document *doc, size_t k)
{
    assert_true(k < doc->n_clauses);
    return &doc->clauses[k];
}

static void assert_roles(const dyad_document *doc, size_t k, const char *subject, const char *verb, const char *object)
{
    const dyad_clause *cl = clause(doc, k);
    char s[256], v[256];
    strcpy(s, chunk_text(doc, cl->subject));
    strcpy(v, chunk_text(doc, cl->verb));
    assert_string_equal(s, subject);
    assert_string_equal(v, verb);
    assert_string_equal(chunk_text(doc, cl->object), object);
}

static void titles_and_names_form_one_noun_phrase(void **state)
{
    (void)state;
    dyad_document *doc = analyze("French President Emmanuel Macron telephoned Chinese leader Xi Jinping.");
    assert_roles(doc, 0, "French President Emmanuel Macron", "telephoned", "Chinese leader Xi Jinping");
}

static void possessives_and_appositions(void **state)
{
    (void)state;
    dyad_document *doc = analyze("Andriy Sybiha, Ukraine's foreign minister, criticised the decision.");
    assert_roles(doc, 0, "Andriy Sybiha", "criticised", "the decision");
    long i = find_token(doc, "Ukraine");
    const dyad_chunk *np = &doc->chunks[doc->tokens[i].chunk_index];
    assert_int_equal(np->relation, DYAD_REL_APPOSITION);
    assert_true(np->flags & DYAD_NP_POSSESSIVE);
    assert_string_equal(doc->tokens[np->head].text, "minister");
}

static void coordination(void **state)
{
    (void)state;
    dyad_document *doc = analyze("Armenia and Azerbaijan signed a border deal.");
    long az = find_token(doc, "Azerbaijan");
    const dyad_chunk *np = &doc->chunks[doc->tokens[az].chunk_index];
    assert_int_equal(np->relation, DYAD_REL_COORDINATE);
    assert_string_equal(chunk_text(doc, np->link), "Armenia");
    assert_roles(doc, 0, "Armenia", "signed", "a border deal");
}

static void verb_groups(void **state)
{
    (void)state;
    dyad_document *doc =
        analyze("The convoy was attacked by militants. Israel did not reject the plan. Iran will meet the envoys.");
    const dyad_chunk *vp = &doc->chunks[clause(doc, 0)->verb];
    assert_true(vp->flags & DYAD_VP_PASSIVE);
    assert_string_equal(doc->tokens[vp->head].lemma, "attack");
    vp = &doc->chunks[clause(doc, 1)->verb];
    assert_true(vp->flags & DYAD_VP_NEGATED);
    assert_false(vp->flags & DYAD_VP_PASSIVE);
    assert_string_equal(doc->tokens[vp->head].lemma, "reject");
    vp = &doc->chunks[clause(doc, 2)->verb];
    assert_true(vp->flags & DYAD_VP_FUTURE);
    assert_string_equal(doc->tokens[vp->head].lemma, "meet");
}

static void infinitival_complements(void **state)
{
    (void)state;
    dyad_document *doc = analyze("Tehran vowed to retaliate against Israel.");
    long r = find_token(doc, "retaliate");
    const dyad_chunk *inf = &doc->chunks[doc->tokens[r].chunk_index];
    assert_true(inf->flags & DYAD_VP_INFINITIVE);
    assert_int_equal(inf->relation, DYAD_REL_INFINITIVE_OF);
    assert_string_equal(chunk_text(doc, inf->link), "vowed");
    long on = find_token(doc, "Israel");
    assert_int_equal(doc->chunks[doc->tokens[on].chunk_index].relation, DYAD_REL_PP_OBJECT);
}

static void reporting_clauses(void **state)
{
    (void)state;
    dyad_document *doc = analyze("Rebels shelled the airport overnight, the army said.");
    assert_int_equal(doc->n_clauses, 2);
    assert_int_equal(clause(doc, 0)->kind, DYAD_CLAUSE_REPORTING);
    assert_roles(doc, 0, "the army", "said", "-");
    assert_int_equal(clause(doc, 1)->kind, DYAD_CLAUSE_REPORTED);
    assert_int_equal(clause(doc, 1)->parent, 0);
    assert_roles(doc, 1, "Rebels", "shelled", "the airport");

    doc = analyze("The ministry said Serbian police detained two activists.");
    assert_int_equal(doc->n_clauses, 2);
    assert_roles(doc, 0, "The ministry", "said", "-");
    assert_int_equal(clause(doc, 1)->kind, DYAD_CLAUSE_REPORTED);
    assert_roles(doc, 1, "Serbian police", "detained", "two activists");

    doc = analyze("\"We will not negotiate under threats,\" Iran's foreign minister told reporters, adding that Tehran "
                  "was ready.");
    assert_int_equal(clause(doc, 0)->kind, DYAD_CLAUSE_REPORTING);
    assert_roles(doc, 0, "Iran 's foreign minister", "told", "reporters");
    assert_int_equal(clause(doc, 1)->kind, DYAD_CLAUSE_REPORTED);
    assert_roles(doc, 1, "We", "will not negotiate", "-");

    doc = analyze("Local officials said at least five people were killed.");
    assert_int_equal(clause(doc, 1)->kind, DYAD_CLAUSE_REPORTED);
    assert_roles(doc, 1, "five people", "were killed", "-");

    doc = analyze("Officials claimed that drones hit a refinery.");
    assert_int_equal(clause(doc, 1)->kind, DYAD_CLAUSE_REPORTED);
    assert_roles(doc, 1, "drones", "hit", "a refinery");
}

static void relative_and_subordinate_clauses(void **state)
{
    (void)state;
    dyad_document *doc = analyze("The alliance, which has deployed jets to Poland, condemned the attack.");
    assert_roles(doc, 0, "The alliance", "condemned", "the attack");
    assert_int_equal(clause(doc, 1)->kind, DYAD_CLAUSE_RELATIVE);
    assert_roles(doc, 1, "The alliance", "has deployed", "jets");

    doc = analyze("After the talks collapsed, Pakistan expelled the diplomats.");
    assert_int_equal(clause(doc, 1)->kind, DYAD_CLAUSE_SUBORDINATE);
    assert_roles(doc, 1, "the talks", "collapsed", "-");
    assert_roles(doc, 0, "Pakistan", "expelled", "the diplomats");
}

static void coordinate_clauses_share_the_subject(void **state)
{
    (void)state;
    dyad_document *doc = analyze("The gunmen stormed a school and abducted forty pupils.");
    assert_int_equal(doc->n_clauses, 2);
    assert_int_equal(clause(doc, 1)->kind, DYAD_CLAUSE_COORDINATE);
    assert_roles(doc, 1, "The gunmen", "abducted", "forty pupils");
}

static void fragments_without_a_verb_have_no_subject(void **state)
{
    (void)state;
    /* a dateline: its place and date are the setting, not a subject; the place stays the first
     * noun phrase, before a comma, for the coder to find the story's country */
    dyad_document *doc = analyze("BAMAKO, March 9 (Dyad) -\n\nSoldiers patrolled the market.");
    assert_int_equal(doc->n_sentences, 2);
    assert_roles(doc, 0, "-", "-", "-");
    const dyad_chunk *place = &doc->chunks[doc->sentences[0].first_chunk];
    assert_int_equal(place->type, DYAD_CHUNK_NP);
    assert_string_equal(chunk_text(doc, doc->sentences[0].first_chunk), "BAMAKO");
    assert_string_equal(doc->tokens[place->end].text, ",");
    assert_roles(doc, doc->sentences[1].first_clause, "Soldiers", "patrolled", "the market");

    doc = analyze("Fresh clashes in Gao on Sunday.");
    assert_roles(doc, 0, "-", "-", "-");

    /* a verbless clause beside another one does not take a date for its subject */
    doc = analyze("March 9, when the rebels attacked Gao.");
    assert_roles(doc, 0, "-", "-", "-");
    assert_roles(doc, 1, "the rebels", "attacked", "Gao");

    /* with a verb, a date can be the subject */
    doc = analyze("March 9 saw heavy fighting.");
    assert_roles(doc, 0, "March 9", "saw", "heavy fighting");
}

/* The noun phrase that contains the token with this text. */
static const dyad_chunk *chunk_of(const dyad_document *doc, const char *word)
{
    long i = find_token(doc, word);
    assert_true(i >= 0);
    return &doc->chunks[doc->tokens[i].chunk_index];
}

static void assert_time_phrase(const dyad_document *doc, const char *first_word, const char *text)
{
    const dyad_chunk *np = chunk_of(doc, first_word);
    assert_int_equal(np->type, DYAD_CHUNK_NP);
    assert_true(np->flags & DYAD_NP_TIME);
    assert_string_equal(chunk_text(doc, (uint32_t)(np - doc->chunks)), text);
}

static void time_expressions_are_not_part_of_names(void **state)
{
    (void)state;
    dyad_document *doc = analyze("Arnor called on Gondor late Sunday to free the hostages.");
    assert_string_equal(chunk_text(doc, doc->tokens[find_token(doc, "Gondor")].chunk_index), "Gondor");
    assert_time_phrase(doc, "late", "late Sunday");
    assert_roles(doc, 0, "Arnor", "called", "the hostages");

    doc = analyze("Rohan will celebrate May Day with Eriador next week at the border.");
    assert_string_equal(chunk_text(doc, doc->tokens[find_token(doc, "Eriador")].chunk_index), "Eriador");
    assert_time_phrase(doc, "next", "next week");
    assert_roles(doc, 0, "Rohan", "will celebrate", "May Day"); /* a name led by a month stays the object */

    doc = analyze("Rohan troops entered Osgiliath Tuesday night.");
    assert_time_phrase(doc, "Tuesday", "Tuesday night");
    assert_roles(doc, 0, "Rohan troops", "entered", "Osgiliath");

    doc = analyze("The Dunland envoy met Gondor officials yesterday.");
    assert_time_phrase(doc, "yesterday", "yesterday");
    assert_roles(doc, 0, "The Dunland envoy", "met", "Gondor officials");

    doc = analyze("Rohan will meet Gondor early next month.");
    assert_time_phrase(doc, "early", "early next month");

    /* "overnight" after the verb or its object is an adverb phrase, not part of a noun phrase */
    doc = analyze("Three people were killed in Bree overnight.");
    assert_string_equal(chunk_text(doc, doc->tokens[find_token(doc, "Bree")].chunk_index), "Bree");
    assert_int_equal(chunk_of(doc, "overnight")->type, DYAD_CHUNK_ADVP);
    /* a time expression between the subject and its verb is not the subject */
    doc = analyze("Gondor late Sunday rejected the offer.");
    assert_roles(doc, 0, "Gondor", "rejected", "the offer");
}

static void time_words_inside_noun_phrases_stay(void **state)
{
    (void)state;
    /* a time expression that modifies the noun after it belongs to that noun's phrase */
    dyad_document *doc = analyze("Rohan condemned Sunday's vote.");
    assert_roles(doc, 0, "Rohan", "condemned", "Sunday 's vote");
    doc = analyze("Gondor will host next week's summit.");
    assert_roles(doc, 0, "Gondor", "will host", "next week 's summit");
    /* a weekday that completes a name */
    doc = analyze("Pilgrims gathered in Minas Tirith on Easter Sunday.");
    assert_string_equal(chunk_text(doc, doc->tokens[find_token(doc, "Easter")].chunk_index), "Easter Sunday");
    /* with nothing else before the verb, a weekday is the subject */
    doc = analyze("Sunday saw heavy fighting.");
    assert_roles(doc, 0, "Sunday", "saw", "heavy fighting");
}

static void that_after_a_reporting_verb_opens_the_reported_clause(void **state)
{
    (void)state;
    dyad_document *doc = analyze("The envoy said that police fire tear gas at protesters.");
    assert_int_equal(doc->n_clauses, 2);
    assert_roles(doc, 0, "The envoy", "said", "-");
    assert_int_equal(clause(doc, 1)->kind, DYAD_CLAUSE_REPORTED);
    assert_int_equal(clause(doc, 1)->parent, 0);
    assert_roles(doc, 1, "police", "fire", "tear gas");

    doc = analyze("The general warned again that troops would enter the city.");
    assert_int_equal(clause(doc, 1)->kind, DYAD_CLAUSE_REPORTED);
    assert_roles(doc, 1, "troops", "would enter", "the city");

    /* "that" determining the noun: still a reported clause, with "that report" its subject */
    doc = analyze("The mayor said that report was false.");
    assert_int_equal(clause(doc, 1)->kind, DYAD_CLAUSE_REPORTED);
    assert_roles(doc, 1, "that report", "was", "-");

    doc = analyze("The ministry denied that claim.");
    assert_int_equal(doc->n_clauses, 1);
    assert_roles(doc, 0, "The ministry", "denied", "that claim");
}

static void clauses_around_relatives_and_reports(void **state)
{
    (void)state;
    /* "whose" opens a relative clause that closes at its comma */
    dyad_document *doc = analyze("Rohan, whose riders guard the fords, said it would send help.");
    assert_int_equal(clause(doc, 1)->kind, DYAD_CLAUSE_RELATIVE);
    assert_roles(doc, 0, "Rohan", "said", "-");

    /* a bare past verb of urging after a perfect report continues the reporter's clause */
    doc = analyze("The council said Bree had made progress but urged the mayor to cut taxes.");
    assert_int_equal(clause(doc, 2)->kind, DYAD_CLAUSE_COORDINATE);
    assert_int_equal(clause(doc, 2)->parent, UINT32_MAX);
    assert_roles(doc, 2, "The council", "urged", "the mayor");
    /* "According to ...," at the start of a sentence is a preposition, not a participle clause */
    doc = analyze("According to Rohan, orcs burned the village.");
    assert_int_equal(doc->chunks[doc->tokens[0].chunk_index].type, DYAD_CHUNK_PP);
    assert_roles(doc, 0, "orcs", "burned", "the village");

    /* the report's own continuation shares its tense: "said Bree built roads and paved them" */
    doc = analyze("The council said Bree built new roads and paved the square.");
    assert_int_equal(clause(doc, 2)->parent, 0);
    assert_roles(doc, 2, "Bree", "paved", "the square");
}

static void parentheses_about_the_speaker_keep_the_main_clause(void **state)
{
    (void)state;
    dyad_document *doc = analyze("Aragorn, who chaired the council, said he had spoken to Faramir.");
    assert_int_equal(doc->n_clauses, 3);
    assert_int_equal(clause(doc, 0)->kind, DYAD_CLAUSE_MAIN);
    assert_roles(doc, 0, "Aragorn", "said", "-");
    assert_int_equal(clause(doc, 1)->kind, DYAD_CLAUSE_RELATIVE);
    assert_int_equal(clause(doc, 1)->parent, 0);
    assert_roles(doc, 1, "Aragorn", "chaired", "the council");
    assert_int_equal(clause(doc, 2)->kind, DYAD_CLAUSE_REPORTED);
    assert_int_equal(clause(doc, 2)->parent, 0);
    assert_roles(doc, 2, "he", "had spoken", "-");

    doc = analyze("The envoy, who landed in Bree on Monday, told reporters that talks would resume.");
    assert_int_equal(clause(doc, 0)->kind, DYAD_CLAUSE_MAIN);
    assert_roles(doc, 0, "The envoy", "told", "reporters");
    assert_int_equal(clause(doc, 2)->kind, DYAD_CLAUSE_REPORTED);
    assert_roles(doc, 2, "talks", "would resume", "-");

    doc = analyze("Denethor, facing protests, said the tax would be dropped.");
    assert_int_equal(doc->n_clauses, 2);
    assert_int_equal(clause(doc, 0)->kind, DYAD_CLAUSE_MAIN);
    assert_roles(doc, 0, "Denethor", "said", "-");
    assert_roles(doc, 1, "the tax", "would be dropped", "-");

    doc = analyze("The governor, backed by his allies, said the strike had ended.");
    assert_roles(doc, 0, "The governor", "said", "-");
    assert_roles(doc, 1, "the strike", "had ended", "-");

    /* a reporting clause at the end of the sentence is still one */
    doc = analyze("The talks failed, the envoy said on Sunday.");
    assert_int_equal(clause(doc, 0)->kind, DYAD_CLAUSE_REPORTING);
    assert_roles(doc, 0, "the envoy", "said", "-");
    assert_roles(doc, 1, "The talks", "failed", "-");
    doc = analyze("Troops crossed the river, said the ministry.");
    assert_int_equal(clause(doc, 0)->kind, DYAD_CLAUSE_REPORTING);
    assert_roles(doc, 0, "the ministry", "said", "-");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(titles_and_names_form_one_noun_phrase),
        cmocka_unit_test(possessives_and_appositions),
        cmocka_unit_test(coordination),
        cmocka_unit_test(verb_groups),
        cmocka_unit_test(infinitival_complements),
        cmocka_unit_test(reporting_clauses),
        cmocka_unit_test(relative_and_subordinate_clauses),
        cmocka_unit_test(coordinate_clauses_share_the_subject),
        cmocka_unit_test(fragments_without_a_verb_have_no_subject),
        cmocka_unit_test(time_expressions_are_not_part_of_names),
        cmocka_unit_test(time_words_inside_noun_phrases_stay),
        cmocka_unit_test(that_after_a_reporting_verb_opens_the_reported_clause),
        cmocka_unit_test(parentheses_about_the_speaker_keep_the_main_clause),
        cmocka_unit_test(clauses_around_relatives_and_reports),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
