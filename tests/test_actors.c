/* Actor and agent dictionaries (PETRARCH formats) and actor codes of noun phrases. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include "actors/actors.h"
#include "chunk/chunk.h"
#include "core/diag.h"
#include "helpers.h"

static const char actors_text[] = "# test actors\n"
                                  "GONDOR [GON]  # a country\n"
                                  "+GONDORIAN\n"
                                  "+GONDORIANS\n"
                                  "MINAS_TIRITH_ [GONGOV]\n"
                                  "ARAGORN_ELESSAR  # king from 3019\n"
                                  "+ARAGORN\n"
                                  "    [GONREB 180101-190325]\n"
                                  "    [GONGOV >190325]\n"
                                  "    [GONELI]\n"
                                  "ELYSEE_PALACE [FRAGOV]\n"
                                  "COUNCIL_OF_ELROND [IGOELR <30190101]  # an assembly that has ended\n"
                                  "ROHAN [ROH]\n"
                                  "ROHAN RADIO [ROHRAD]  # a space: other words may come between\n"
                                  "ROHAN_GAP [---]  # a known non-actor\n"
                                  "BLACK_RIDERS [MORINS]  # an armed group\n"
                                  "KIM_JONG_UN [NUMGOV]  # written with a hyphen in news\n"
                                  "+DOL-AMROTH_PRINCE\n"
                                  "; a TABARI-style comment line\n"
                                  "BROKEN_ENTRY [GON 1901-02]\n"
                                  "+ORPHAN_BEFORE_NOTHING\n";

static const char agents_text[] = "!PERSON! = MAN, MEN, WOMAN, WOMEN\n"
                                  "TROOP [~MIL]\n"
                                  "FORCE [~MIL]\n"
                                  "SPOKES!PERSON! [~GOV]\n"
                                  "FOREIGN_MINISTER [~GOV]\n"
                                  "POLICE {} [~COP]\n"
                                  "MILITIA {MILITIAS MILITIAMEN} [~REB]\n"
                                  "PROTESTER [~OPP]\n"
                                  "AGENCY [~GOV]\n"
                                  "RELIEF_GROUP [NGO~]\n"
                                  "NO_CODE_HERE\n";

static dyad_phrase_dict actors, agents;
static dyad_actor_dicts dicts = {&actors, &agents};

static int setup(void **state)
{
    (void)state;
    dyad_warnings_quiet(1);
    dyad_phrase_dict_init(&actors);
    dyad_phrase_dict_init(&agents);
    size_t before = dyad_warning_count();
    assert_int_equal(dyad_load_actors_text(&actors, "test.actors", actors_text, strlen(actors_text)), 11);
    assert_int_equal(dyad_warning_count() - before,
                     1); /* the malformed date; the orphan synonym belongs to BROKEN_ENTRY */
    before = dyad_warning_count();
    assert_int_equal(dyad_load_agents_text(&agents, "test.agents", agents_text, strlen(agents_text)), 9);
    assert_int_equal(dyad_warning_count() - before, 1); /* the agent without a code */
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    dyad_phrase_dict_free(&actors);
    dyad_phrase_dict_free(&agents);
    return 0;
}

static const char *code_of(const char *text, const char *phrase, int32_t date)
{
    static dyad_actor_match m;
    dyad_document *doc = analyze(text);
    long i = find_token(doc, phrase);
    assert_true(i >= 0);
    const dyad_chunk *np = &doc->chunks[doc->tokens[i].chunk_index];
    return dyad_resolve_actor(&dicts, doc, np->first, np->end, date, &m) ? m.code : "";
}

static void dated_codes(void **state)
{
    (void)state;
    const dyad_actor_entry *e = dyad_phrase_lookup(&actors, "ARAGORN", 7);
    assert_non_null(e);
    assert_string_equal(e->name, "ARAGORN ELESSAR");
    assert_int_equal(e->line, 6);
    assert_string_equal(dyad_actor_code(&actors, e, 20180601), "GONREB");
    assert_string_equal(dyad_actor_code(&actors, e, 20250101), "GONGOV");
    assert_string_equal(dyad_actor_code(&actors, e, 20100101), "GONELI");
    /* with no date, a name whose codes have all ended still has its last one */
    const dyad_actor_entry *ended = dyad_phrase_lookup(&actors, "COUNCIL OF ELROND", 17);
    assert_non_null(ended);
    assert_string_equal(dyad_actor_code(&actors, ended, 0), "IGOELR");
    assert_null(dyad_actor_code(&actors, ended, 30200101));
    assert_int_equal(dyad_parse_dict_date("190325", 6), 20190325);
    assert_int_equal(dyad_parse_dict_date("19991231", 8), 19991231);
    assert_int_equal(dyad_parse_dict_date("991231", 6), 19991231);
    assert_int_equal(dyad_parse_dict_date("1913", 4), -1);
    assert_int_equal(dyad_parse_dict_date("191332", 6), -1);
}

static void agents_with_macros_and_plurals(void **state)
{
    (void)state;
    assert_non_null(dyad_phrase_lookup(&agents, "SPOKESWOMEN", 11));
    assert_non_null(dyad_phrase_lookup(&agents, "TROOPS", 6));
    assert_non_null(dyad_phrase_lookup(&agents, "AGENCIES", 8));
    assert_non_null(dyad_phrase_lookup(&agents, "MILITIAMEN", 10));
    assert_null(dyad_phrase_lookup(&agents, "POLICES", 7));
    assert_non_null(dyad_phrase_lookup(&agents, "FOREIGN MINISTERS", 17));
}

/* A fuzzer found a file whose macro named itself; expansion must stay bounded. */
static void hostile_macros_stay_bounded(void **state)
{
    (void)state;
    static const char text[] = "!P! = MAN, ME!P!N\n"
                               "!Q! = A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P\n"
                               "!Q!!Q!!Q!!Q!!Q!!Q!!Q!!Q! [~GOV]\n"
                               "SPOKES!P! [~GOV]\n";
    dyad_phrase_dict d;
    dyad_phrase_dict_init(&d);
    dyad_warnings_quiet(1);
    size_t warnings = dyad_warning_count();
    assert_int_equal(dyad_load_agents_text(&d, "hostile.agents", text, sizeof text - 1), 2);
    dyad_warnings_quiet(0);
    assert_int_equal(dyad_warning_count() - warnings, 2);              /* the self-naming macro, the 8-macro agent */
    assert_non_null(dyad_phrase_lookup(&d, "AAA!Q!!Q!!Q!!Q!!Q!", 18)); /* three expanded, the rest as written */
    assert_null(dyad_phrase_lookup(&d, "SPOKESMAN", 9));               /* !P! was refused, so it is not expanded */
    assert_true(d.n_entries == 2);
    dyad_phrase_dict_free(&d);
}

/* A macro expands to nouns that still take plurals: the entry's `{...}` list, or the regular plural
   unless the macro lists it (PETRARCH's files do). Without braces the expansion once read a null
   plural list (UBSan: zero offset applied to a null pointer) and made no plural at all. */
static void macro_agents_keep_their_plurals(void **state)
{
    (void)state;
    static const char text[] = "!MINIST! = MINISTER, MINISTRY\n"
                               "FOREIGN_!MINIST! [~GOV]\n"
                               "!ENVOY! = ENVOY, ENVOYS\n"
                               "PEACE_!ENVOY! [~GOV]\n"
                               "!PERSON! = MAN, WOMAN\n"
                               "SPOKES!PERSON! {SPOKESPEOPLE} [~GOV]\n"
                               "POLICE!PERSON! {} [~COP]\n";
    dyad_phrase_dict d;
    dyad_phrase_dict_init(&d);
    assert_int_equal(dyad_load_agents_text(&d, "macro.agents", text, sizeof text - 1), 4);
    const char *present[] = {"FOREIGN MINISTER", "FOREIGN MINISTERS", "FOREIGN MINISTRY", "FOREIGN MINISTRIES",
                             "PEACE ENVOY",      "PEACE ENVOYS",      "SPOKESMAN",        "SPOKESWOMAN",
                             "SPOKESPEOPLE",     "POLICEMAN"};
    const char *absent[] = {"PEACE ENVOYSES", "SPOKESMANS", "POLICEMANS"};
    for (size_t i = 0; i < sizeof present / sizeof *present; i++)
        if (!dyad_phrase_lookup(&d, present[i], strlen(present[i]))) fail_msg("%s missing", present[i]);
    for (size_t i = 0; i < sizeof absent / sizeof *absent; i++)
        if (dyad_phrase_lookup(&d, absent[i], strlen(absent[i]))) fail_msg("%s generated", absent[i]);
    dyad_actor_dicts with_macros = {&actors, &d};
    dyad_document *doc = analyze("Gondor's foreign ministers met.");
    const dyad_chunk *np = &doc->chunks[doc->tokens[find_token(doc, "ministers")].chunk_index];
    dyad_actor_match m;
    assert_true(dyad_resolve_actor(&with_macros, doc, np->first, np->end, 0, &m));
    assert_string_equal(m.code, "GONGOV");
    dyad_phrase_dict_free(&d);
}

/* A document of given token texts, for the phrase keys alone (no tags). */
static dyad_document *tokens_doc(const char *const *texts, size_t n)
{
    static dyad_document doc;
    static dyad_token tokens[128];
    assert_true(n <= 128);
    memset(&doc, 0, sizeof doc);
    memset(tokens, 0, sizeof tokens);
    for (size_t i = 0; i < n; i++) tokens[i] = (dyad_token){.text = texts[i], .chunk_index = UINT32_MAX};
    doc.tokens = tokens;
    doc.n_tokens = n;
    return &doc;
}

/* Every sub-range of the tokens, through both lookups: ASan and the key asserts check the rest. */
static void look_up_every_range(const dyad_document *doc)
{
    dyad_actor_match m;
    for (uint32_t a = 0; a < doc->n_tokens; a++)
        for (uint32_t b = a + 1; b <= doc->n_tokens; b++) {
            dyad_find_phrase(&actors, doc, a, b);
            dyad_resolve_actor(&dicts, doc, a, b, 0, &m);
        }
}

/* A phrase that starts with a token folding to nothing (a variation selector, a lone combining
   mark) once skipped the separator after it: the first token's length wrapped around and the
   lookup read far past the key (segfault on news text with emoji, ASan on random bytes). */
static void phrases_starting_with_empty_tokens(void **state)
{
    (void)state;
    const char *const texts[] = {"\xEF\xB8\x8F", "\xCC\x81", "Gondorian", "\xE2\x9A\xA0\xEF\xB8\x8F",
                                 "troops",       "\xCC\x81"};
    const dyad_document *doc = tokens_doc(texts, 6);
    look_up_every_range(doc);
    const dyad_actor_entry *e = dyad_find_phrase(&actors, doc, 0, 6);
    assert_non_null(e);
    assert_string_equal(e->name, "GONDOR");
    dyad_actor_match m;
    assert_true(dyad_resolve_actor(&dicts, doc, 0, 3, 0, &m));
    assert_string_equal(m.code, "GON");
    assert_int_equal(m.first, 2);
    assert_int_equal(m.end, 3);
}

/* Long tokens fill a key before its 64 tokens: the search goes on from where the key was cut,
   instead of skipping to the next fixed window, and a token too long for any key is passed over.
   Invalid bytes fold to three bytes each, so a token's key may be three times its text. */
static void long_tokens_do_not_hide_phrases(void **state)
{
    (void)state;
    static char word[48], invalid[700], huge[1500];
    memset(word, 'W', sizeof word - 1);
    memset(invalid, 0xFF, sizeof invalid - 1);
    memset(huge, 'H', sizeof huge - 1);
    const char *texts[80];
    for (size_t i = 0; i < 80; i++) texts[i] = word;
    texts[25] = "Gondor";
    const dyad_document *doc = tokens_doc(texts, 80);
    const dyad_actor_entry *e = dyad_find_phrase(&actors, doc, 0, 80);
    assert_non_null(e);
    assert_string_equal(e->name, "GONDOR");
    const char *odd[] = {invalid, "Rohan", huge, "Gondor", invalid, invalid, "\xCC\x81"};
    doc = tokens_doc(odd, 7);
    look_up_every_range(doc);
    e = dyad_find_phrase(&actors, doc, 2, 7);
    assert_non_null(e);
    assert_string_equal(e->name, "GONDOR");
}

static void noun_phrase_codes(void **state)
{
    (void)state;
    assert_string_equal(code_of("Gondorian troops crossed the river.", "troops", 0), "GONMIL");
    assert_string_equal(code_of("Gondor's foreign minister spoke.", "minister", 0), "GONGOV");
    assert_string_equal(code_of("Gondorian envoy Aragorn Elessar arrived.", "Aragorn", 20250101), "GONGOV");
    assert_string_equal(code_of("Minas Tirith rejected the plan.", "Minas", 0), "GONGOV");
    assert_string_equal(code_of("The \xC3\x89lys\xC3\xA9"
                                "e Palace said nothing.",
                                "Palace", 0),
                        "FRAGOV");
    assert_string_equal(code_of("Protesters gathered.", "Protesters", 0), "---OPP");
    assert_string_equal(code_of("Some farmers gathered.", "farmers", 0), "");
}

/* PETRARCH's composition: the first actor is the base (unless a later one refines it), every
   agent is added in order, prefixes before and suffixes after, each code once. */
static void composed_codes(void **state)
{
    (void)state;
    assert_string_equal(code_of("Gondorian relief group police arrived.", "police", 0), "NGOGONCOP");
    assert_string_equal(code_of("Rohan's spokesman Aragorn Elessar spoke.", "spokesman", 20250101), "ROHGOV");
    assert_string_equal(code_of("Gondorian foreign minister Aragorn Elessar spoke.", "minister", 20250101), "GONGOV");
    assert_string_equal(code_of("A relief group spokeswoman spoke.", "spokeswoman", 0), "NGO---GOV");
    /* an armed group's own troops add no second armed role; other agents still add theirs */
    assert_string_equal(code_of("Black Riders troops crossed the river.", "troops", 0), "MORINS");
    assert_string_equal(code_of("A Black Riders spokeswoman spoke.", "spokeswoman", 0), "MORINSGOV");
}

static void gapped_phrases(void **state)
{
    (void)state;
    assert_string_equal(code_of("Rohan radio reported it.", "radio", 0), "ROHRAD");
    assert_string_equal(code_of("Rohan state-run radio reported it.", "radio", 0), "ROHRAD");
    assert_string_equal(code_of("Rohan officials spoke on the radio.", "officials", 0), "ROH");
    assert_string_equal(code_of("Riders crossed the Rohan Gap.", "Gap", 0), ""); /* [---]: not Rohan */
    assert_string_equal(code_of("Minas_Tirith rejected it.", "Minas_Tirith", 0),
                        "GONGOV"); /* the dictionaries' joiner */
    assert_non_null(dyad_phrase_lookup(&actors, "ROHAN RADIO", 11));
    assert_null(dyad_gapped_first(&actors, "GONDOR", 6)); /* no space in its names */
}

/* A hyphen between letters is a boundary of consecutive words in names and text alike: "Kim
 * Jong-un" matched no entry KIM_JONG_UN, and "Dol Amroth" none written DOL-AMROTH. */
static void hyphenated_names(void **state)
{
    (void)state;
    assert_string_equal(code_of("Kim Jong-un threatened Rohan.", "Kim", 0), "NUMGOV");
    assert_string_equal(code_of("Kim Jong un threatened Rohan.", "Kim", 0), "NUMGOV");
    assert_string_equal(code_of("The Dol Amroth prince spoke.", "prince", 0), "NUMGOV");
    assert_string_equal(code_of("The Dol-Amroth prince spoke.", "prince", 0), "NUMGOV");
    assert_string_equal(code_of("Rohan state-run radio reported it.", "radio", 0), "ROHRAD"); /* still one word's gap */
}

static void default_dictionaries_load(void **state)
{
    (void)state;
    dyad_phrase_dict a, g;
    dyad_phrase_dict_init(&a);
    dyad_phrase_dict_init(&g);
    const char *files[] = {DYAD_SOURCE_DIR "/data/dict/countries.actors.txt",
                           DYAD_SOURCE_DIR "/data/dict/organizations.actors.txt",
                           DYAD_SOURCE_DIR "/data/dict/leaders.actors.txt"};
    for (size_t i = 0; i < 3; i++) assert_true(dyad_load_actors(&a, files[i]) > 300);
    assert_true(dyad_load_agents(&g, DYAD_SOURCE_DIR "/data/dict/agents.txt") >= 150);
    dyad_actor_dicts d = {&a, &g};
    struct {
        const char *text, *word, *code;
        int32_t date;
    } cases[] = {
        {"Russian forces shelled the town.", "forces", "RUSMIL", 20250601},
        {"The Kremlin denied it.", "Kremlin", "RUSGOV", 20250601},
        {"Ukraine's foreign ministry protested.", "ministry", "UKRGOV", 20250601},
        {"President Donald Trump spoke.", "Trump", "USAGOV", 20250601},
        {"President Donald Trump spoke.", "Trump", "USAELI", 20230601},
        {"NATO members met.", "NATO", "IGOWSTNAT", 20250601},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        dyad_document *doc = analyze(cases[i].text);
        long t = find_token(doc, cases[i].word);
        const dyad_chunk *np = &doc->chunks[doc->tokens[t].chunk_index];
        dyad_actor_match m;
        assert_true(dyad_resolve_actor(&d, doc, np->first, np->end, cases[i].date, &m));
        if (strcmp(m.code, cases[i].code) != 0)
            fail_msg("%s: got %s, expected %s", cases[i].text, m.code, cases[i].code);
    }
    dyad_phrase_dict_free(&a);
    dyad_phrase_dict_free(&g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dated_codes),
        cmocka_unit_test(agents_with_macros_and_plurals),
        cmocka_unit_test(hostile_macros_stay_bounded),
        cmocka_unit_test(noun_phrase_codes),
        cmocka_unit_test(composed_codes),
        cmocka_unit_test(gapped_phrases),
        cmocka_unit_test(hyphenated_names),
        cmocka_unit_test(default_dictionaries_load),
        cmocka_unit_test(macro_agents_keep_their_plurals),
        cmocka_unit_test(phrases_starting_with_empty_tokens),
        cmocka_unit_test(long_tokens_do_not_hide_phrases),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
