/* The CAMEO to PLOVER crosswalk (output/plover.h): one case per CAMEO root, the fallback from a
 * code to its root, actors' countries and sectors, and the parser's errors. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "output/plover.h"
#include <string.h>

static const dyad_plover_table *table(void)
{
    const dyad_plover_table *t = dyad_plover_builtin();
    assert_non_null(t);
    return t;
}

static void expect(const char *code, const char *type, const char *mode, const char *context)
{
    dyad_plover_event p;
    dyad_plover_map(table(), code, "USA", "CHN", &p);
    if (!type) {
        if (p.type) fail_msg("%s: PLOVER %s, expected none", code, p.type);
        return;
    }
    if (!p.type || strcmp(p.type, type) != 0) fail_msg("%s: PLOVER %s, expected %s", code, p.type, type);
    if (mode ? !p.mode || strcmp(p.mode, mode) != 0 : p.mode != NULL)
        fail_msg("%s: mode %s, expected %s", code, p.mode ? p.mode : "none", mode ? mode : "none");
    if (context ? !p.context || strcmp(p.context, context) != 0 : p.context != NULL)
        fail_msg("%s: context %s, expected %s", code, p.context ? p.context : "none", context ? context : "none");
    assert_true(p.intensity >= -10 && p.intensity <= 10);
}

/* One code or more of each of CAMEO's twenty roots, as PLOVER's 2021 crosswalk places them. */
static void every_root(void **state)
{
    (void)state;
    expect("010", NULL, NULL, NULL); /* 01 statements: no PLOVER event */
    expect("019", NULL, NULL, NULL);
    expect("023", NULL, NULL, NULL);            /* 02 appeals: none either */
    expect("036", "AGREE", NULL, "diplomatic"); /* 03 express intent to cooperate */
    expect("0334", "AGREE", NULL, "peacekeeping");
    expect("042", "CONSULT", "visit", NULL);                    /* 04 consult */
    expect("057", "SUPPORT", NULL, "diplomatic");               /* 05 diplomatic cooperation */
    expect("064", "COOPERATE", NULL, "intelligence");           /* 06 material cooperation */
    expect("073", "AID", NULL, "humanitarian");                 /* 07 provide aid */
    expect("0871", "RETREAT", "ceasefire", "military");         /* 08 yield: retreat ... */
    expect("0832", "CONCEDE", NULL, "executive");               /* ... or concede */
    expect("091", "ACCUSE", "investigate", "crime;corruption"); /* 09 investigate */
    expect("1053", "DEMAND", "yield", "legal");                 /* 10 demand */
    expect("1123", "ACCUSE", "disapprove", "military");         /* 11 disapprove */
    expect("1243", "REJECT", "yield", "legal");                 /* 12 reject */
    expect("1385", "THREATEN", "violence", "cbrn");             /* 13 threaten */
    expect("145", "PROTEST", "riot", NULL);                     /* 14 protest */
    expect("1459", "PROTEST", "riot", NULL);                    /* an unlisted code takes its parent's row */
    expect("154", "MOBILIZE", "troops", "military");            /* 15 exhibit force posture */
    expect("163", "COERCE", "restrict", "diplomatic");          /* 16 reduce relations: embargo coerces */
    expect("166", "SANCTION", "expel", "diplomatic");
    expect("173", "COERCE", "arrest", "legal"); /* 17 coerce */
    expect("1712", "ASSAULT", "destroy", "legal");
    expect("183", "ASSAULT", "suicide-attack", NULL);      /* 18 assault */
    expect("195", "ASSAULT", "heavy-weapons", "military"); /* 19 fight */
    expect("192", "COERCE", "confiscate", "military");
    expect("2042", "ASSAULT", "unconventional", "cbrn"); /* 20 mass violence */
}

static void actors(void **state)
{
    (void)state;
    dyad_plover_event p;
    dyad_plover_map(table(), "190", "RUSMIL", "IGOUNO", &p);
    assert_string_equal(p.actor_country, "RUS");
    assert_string_equal(p.actor_sector, "military");
    assert_string_equal(p.recipient_country, "");
    assert_string_equal(p.recipient_sector, "igo");
    dyad_plover_map(table(), "042", "UKRGOV", "", &p);
    assert_string_equal(p.actor_country, "UKR");
    assert_string_equal(p.actor_sector, "government");
    assert_null(p.recipient_sector);
    assert_true(p.intensity > 0);
}

static void parse_errors(void **state)
{
    (void)state;
    static const struct {
        const char *text, *error;
    } cases[] = {{"# c\nevent\t1\tAGREE\t-\t-\t1\n", ":2: expected a CAMEO code of 2-4 digits"},
                 {"event\t01\tAGREED\t-\t-\t1\n", ":1: expected one of PLOVER's sixteen event types"},
                 {"event\t01\tAGREE\t-\t-\t11\n", ":1: expected an intensity from -10 to 10"},
                 {"event\t01\tAGREE\t-\t\t1\n", ":1: expected a context, or - for none"},
                 {"event\t01\tAGREE\t-\t1\n", ":1: expected event CODE TYPE MODE CONTEXT INTENSITY"},
                 {"sector\tgov\tgovernment\n", ":1: expected sector AGENT SECTOR"},
                 {"\nfoo\n", ":2: expected a line of kind event or sector"}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        dyad_plover_table t;
        char err[256] = "";
        assert_int_equal(dyad_plover_parse(&t, cases[i].text, strlen(cases[i].text), err, sizeof err), -1);
        if (!strstr(err, cases[i].error)) fail_msg("case %zu: %s", i, err);
        dyad_plover_free(&t);
    }
    dyad_plover_table t;
    char err[256];
    const char good[] = "event\t01\tAGREE\t-\tdiplomatic\t1\nsector\tGOV\tgovernment";
    assert_int_equal(dyad_plover_parse(&t, good, sizeof good - 1, err, sizeof err), 0);
    assert_int_equal(t.n_rows, 1);
    assert_int_equal(t.n_sectors, 1);
    dyad_plover_free(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(every_root), cmocka_unit_test(actors),
                                       cmocka_unit_test(parse_errors)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
