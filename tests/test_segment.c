/* Sentence splitting and tokenisation on hard cases, with byte offsets. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include "core/diag.h"
#include "helpers.h"
#include "text/segment.h"

static void expect_sentences(const char *text, size_t n, ...)
{
    dyad_document *doc = analyze(text);
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n && i < doc->n_sentences; i++)
        assert_string_equal(sentence_tokens(doc, i), va_arg(ap, const char *));
    va_end(ap);
    assert_int_equal(doc->n_sentences, n);
}

static void abbreviations_do_not_split(void **state)
{
    (void)state;
    expect_sentences("Mr. Sanchez met Gen. Okafor in the U.S. capital on Feb. 12. Talks resumed.", 2,
                     "Mr. Sanchez met Gen. Okafor in the U.S. capital on Feb. 12 .", "Talks resumed .");
    expect_sentences("The vote was held under Resolution No. 2231 last year.", 1,
                     "The vote was held under Resolution No. 2231 last year .");
}

static void abbreviation_at_sentence_end(void **state)
{
    (void)state;
    expect_sentences("Troops arrived in the U.S. The next day they left.", 2, "Troops arrived in the U.S.",
                     "The next day they left .");
}

static void initials_and_decimals(void **state)
{
    (void)state;
    expect_sentences("J. R. Ortega said output fell 3.5 percent. Prices rose.", 2,
                     "J. R. Ortega said output fell 3.5 percent .", "Prices rose .");
}

static void quotations_that_end_sentences(void **state)
{
    (void)state;
    expect_sentences("She said: \"We will not retreat.\" The army then advanced.", 2,
                     "She said : `` We will not retreat . ''", "The army then advanced .");
    expect_sentences("\"Will they come?\" he asked.", 1, "`` Will they come ? '' he asked .");
    expect_sentences("\xE2\x80\x9CWe are ready,\xE2\x80\x9D the envoy said.", 1,
                     "`` We are ready , '' the envoy said .");
}

static void ellipses(void **state)
{
    (void)state;
    expect_sentences("The talks ... were delayed. Nobody knows why\xE2\x80\xA6 Officials declined to comment.", 3,
                     "The talks ... were delayed .", "Nobody knows why ...", "Officials declined to comment .");
}

static void headlines_datelines_bullets(void **state)
{
    (void)state;
    expect_sentences("Rebels Seize Border Town\n\nGOMA, Congo (Dyad) - Rebels took the town on Sunday.", 3,
                     "Rebels Seize Border Town", "GOMA , Congo ( Dyad ) --", "Rebels took the town on Sunday .");
    expect_sentences("Key points:\n* Aid convoy reached Gaza\n* Talks set for Monday", 3,
                     "Key points :", "* Aid convoy reached Gaza", "* Talks set for Monday");
    /* a hard-wrapped line continues the sentence */
    expect_sentences("The minister said the\ngovernment would respond.", 1,
                     "The minister said the government would respond .");
}

static void headline_on_its_own_line(void **state)
{
    (void)state;
    /* the next line's first word would have fitted after "boycott": the line was broken on purpose */
    expect_sentences(
        "Opposition threatens vote boycott\nOpposition leaders in the northern province said on\n"
        "Monday that they would boycott the vote unless\nElectoral Commission officials agreed to publish the\n"
        "full voter roll before Friday. Talks resumed.",
        3, "Opposition threatens vote boycott",
        "Opposition leaders in the northern province said on Monday that they would boycott the vote unless "
        "Electoral Commission officials agreed to publish the full voter roll before Friday .",
        "Talks resumed .");
    /* a headline before a dateline: the dateline is still split off after it */
    expect_sentences(
        "Kenya raises fuel taxes\nNAIROBI, May 3 (Dyad) - Kenya raised taxes on petrol and diesel on Friday.", 3,
        "Kenya raises fuel taxes", "NAIROBI , May 3 ( Dyad ) --",
        "Kenya raised taxes on petrol and diesel on Friday .");
    /* the next line starts with neither a capital, a digit nor a quotation mark */
    expect_sentences(
        "Kenya raises fuel taxes\n(and cuts spending) as the treasury struggles to pay its debts on time.", 1,
        "Kenya raises fuel taxes ( and cuts spending ) as the treasury struggles to pay its debts on time .");
    /* a title-case headline, and one ending in a number, above a body whose lines are longer */
    expect_sentences(
        "Defence Minister Quits Over Arms Deal\nDefence Minister Aldo Fenwick, who had faced weeks of pressure "
        "from opposition lawmakers over the contract, resigned on Tuesday.",
        2, "Defence Minister Quits Over Arms Deal",
        "Defence Minister Aldo Fenwick , who had faced weeks of pressure from opposition lawmakers over the "
        "contract , resigned on Tuesday .");
    expect_sentences("Floods In Northern Province Kill 40\nHeavy rains swept away bridges and homes in three districts "
                     "of the north over the weekend.",
                     2, "Floods In Northern Province Kill 40",
                     "Heavy rains swept away bridges and homes in three districts of the north over the weekend .");
}

static void hard_wrapped_lines_are_joined(void **state)
{
    (void)state;
    /* wrapped at 36 columns: "Electoral" did not fit after "unless", so the line had to end there */
    expect_sentences(
        "Opposition leaders in the northern\nprovince said on Monday that they\nwould boycott the vote unless\n"
        "Electoral Commission officials\nagreed to publish the full voter\nroll before Friday.",
        1,
        "Opposition leaders in the northern province said on Monday that they would boycott the vote unless "
        "Electoral Commission officials agreed to publish the full voter roll before Friday .");
    /* wrapped at 36 columns after a capitalised word and after a number: "Okonkwo" and "Ruritanian"
     * did not fit, so these are not headlines */
    expect_sentences("Envoys from the two neighbours held\ntalks in the capital with President\n"
                     "Okonkwo about the return of 2,400\nRuritanian refugees from the camps.",
                     1,
                     "Envoys from the two neighbours held talks in the capital with President Okonkwo about the return "
                     "of 2,400 Ruritanian refugees from the camps .");
    /* widths count characters, not bytes: the accented line is no wider than its neighbours */
    expect_sentences("Delegates from S\xC3\xA3o Tom\xC3\xA9 met in the\nnorthern city on Monday, and\n"
                     "Angolan officials joined them.",
                     1,
                     "Delegates from S\xC3\xA3o Tom\xC3\xA9 met in the northern city on Monday , and Angolan officials "
                     "joined them .");
}

static void treebank_tokens(void **state)
{
    (void)state;
    dyad_document *doc = analyze("Kyiv's allies don't think they'll win, and the workers' union can't agree.");
    assert_string_equal(sentence_tokens(doc, 0),
                        "Kyiv 's allies do n't think they 'll win , and the workers ' union ca n't agree .");
    doc = analyze("A Moscow-backed force took 1,200 prisoners and $4.5 billion (about 12%) in a pro-Western area.");
    assert_string_equal(
        sentence_tokens(doc, 0),
        "A Moscow-backed force took 1,200 prisoners and $ 4.5 billion ( about 12 % ) in a pro-Western area .");
    doc = analyze("A U.S.-brokered truce \xE2\x80\x94 the third \xE2\x80\x93 failed. They cannot stay.");
    assert_string_equal(sentence_tokens(doc, 0), "A U.S.-brokered truce -- the third -- failed .");
    assert_string_equal(sentence_tokens(doc, 1), "They can not stay .");
    /* an underscore joins words, as the dictionaries write them; a lone one is a symbol */
    doc = analyze("Envoys of Dol_Amroth left _ quietly.");
    assert_string_equal(sentence_tokens(doc, 0), "Envoys of Dol_Amroth left _ quietly .");
}

static void offsets_point_into_the_input(void **state)
{
    (void)state;
    const char *text = "  \xE2\x80\x9CNo,\xE2\x80\x9D said Kyiv\xE2\x80\x99s envoy.";
    dyad_document *doc = analyze(text);
    for (size_t i = 0; i < doc->n_tokens; i++) {
        const dyad_token *t = &doc->tokens[i];
        assert_true(t->start < t->end && t->end <= strlen(text));
    }
    long kyiv = find_token(doc, "Kyiv");
    assert_true(kyiv >= 0);
    assert_int_equal(doc->tokens[kyiv].start, strstr(text, "Kyiv") - text);
    long s = find_token(doc, "'s"); /* typographic apostrophe folded, offsets cover its 3 bytes */
    assert_int_equal(doc->tokens[s].end - doc->tokens[s].start, 4);
    assert_int_equal(doc->sentences[0].start, 2);
    assert_int_equal(doc->sentences[0].end, strlen(text));
}

static void invalid_utf8_is_replaced_and_counted(void **state)
{
    (void)state;
    const char text[] = "Troops \xFF\xFEmoved north.\x00 Then they stopped.";
    dyad_document *doc = analyze(text);
    assert_int_equal(doc->invalid_utf8, 2);
    assert_true(doc->n_sentences >= 1);
}

static void long_runs_are_split(void **state)
{
    (void)state;
    static char text[20000];
    for (size_t i = 0; i + 2 < sizeof text; i += 2) {
        text[i] = 'w';
        text[i + 1] = ' ';
    }
    dyad_document *doc = analyze(text);
    for (size_t i = 0; i < doc->n_sentences; i++) assert_true(doc->sentences[i].n_tokens <= 400);
    assert_int_equal(doc->n_tokens, sizeof text / 2 - 1);
}

/* A line of clauses without a full stop was cut only at 400 tokens: 2 KB sentences, each repeated
   with every one of its dozens of events, made `dyad code` write 380 times its input. Sentences
   now end by DYAD_SENTENCE_MAX_BYTES too, after a comma in their second half when there is one. */
static void long_sentences_are_split_by_bytes(void **state)
{
    (void)state;
    static char text[8192];
    text[0] = '\0';
    while (strlen(text) + 40 < sizeof text) strcat(text, "Russia attacked Ukraine and Kenya accused Sudan, ");
    size_t before = dyad_warning_count();
    dyad_document *doc = analyze(text);
    assert_int_equal(dyad_warning_count() - before, 1); /* once per document */
    assert_true(doc->n_sentences >= sizeof text / DYAD_SENTENCE_MAX_BYTES);
    for (size_t i = 0; i < doc->n_sentences; i++) {
        const dyad_sentence *st = &doc->sentences[i];
        assert_true(st->end - st->start <= DYAD_SENTENCE_MAX_BYTES);
        if (i + 1 < doc->n_sentences) assert_string_equal(doc->tokens[st->first_token + st->n_tokens - 1].text, ",");
    }
    /* a single token longer than the maximum is a sentence of its own */
    static char word[2000];
    memset(word, 'a', sizeof word - 1);
    char with_word[2100];
    snprintf(with_word, sizeof with_word, "Rebels fled %s and police came.", word);
    doc = analyze(with_word);
    assert_int_equal(doc->n_sentences, 3);
    assert_int_equal(doc->sentences[1].n_tokens, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(abbreviations_do_not_split),
        cmocka_unit_test(abbreviation_at_sentence_end),
        cmocka_unit_test(initials_and_decimals),
        cmocka_unit_test(quotations_that_end_sentences),
        cmocka_unit_test(ellipses),
        cmocka_unit_test(headlines_datelines_bullets),
        cmocka_unit_test(headline_on_its_own_line),
        cmocka_unit_test(hard_wrapped_lines_are_joined),
        cmocka_unit_test(treebank_tokens),
        cmocka_unit_test(offsets_point_into_the_input),
        cmocka_unit_test(invalid_utf8_is_replaced_and_counted),
        cmocka_unit_test(long_runs_are_split),
        cmocka_unit_test(long_sentences_are_split_by_bytes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
