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

static void expect(const char *code, const char *type, const char *mode)
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
    assert_true(p.intensity >= -10 && p.intensity <= 10);
}

/* One code of each of CAMEO's twenty roots. */
static void every_root(void **state)
{
    (void)state;
    expect("010", NULL, NULL); /* 01: plain statements are no PLOVER events */
    expect("019", "AGREE", NULL);
    expect("023", "REQUEST", "aid");    /* 02 appeal */
    expect("036", "AGREE", "consult");  /* 03 express intent to cooperate */
    expect("042", "CONSULT", "visit");  /* 04 consult */
    expect("051", "SUPPORT", "praise"); /* 05 diplomatic cooperation */
    expect("057", "AGREE", "sign");
    expect("061", "COOPERATE", "economic"); /* 06 material cooperation */
    expect("073", "AID", "humanitarian");   /* 07 provide aid */
    expect("0871", "RETREAT", "ceasefire"); /* 08 yield */
    expect("081", "CONCEDE", "policy");
    expect("090", "ACCUSE", "investigate");  /* 09 investigate */
    expect("100", "REQUEST", "demand");      /* 10 demand */
    expect("1121", "ACCUSE", "allege");      /* 11 disapprove: 1121 falls back to 112 */
    expect("120", "REJECT", NULL);           /* 12 reject */
    expect("138", "THREATEN", "force");      /* 13 threaten */
    expect("145", "PROTEST", "riot");        /* 14 protest */
    expect("141", "PROTEST", "demonstrate"); /* ... falls back to the root's mode */
    expect("152", "MOBILIZE", "military");   /* 15 exhibit force posture */
    expect("163", "SANCTION", "embargo");    /* 16 reduce relations */
    expect("173", "COERCE", "arrest");       /* 17 coerce */
    expect("183", "ASSAULT", "explosives");  /* 18 assault */
    expect("195", "ASSAULT", "aerial");      /* 19 fight */
    expect("192", "COERCE", "occupy");
    expect("200", "ASSAULT", "mass-violence"); /* 20 mass violence */
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
    } cases[] = {{"# c\nevent\t1\tAGREE\t-\t1\n", ":2: expected a CAMEO code of 2-4 digits"},
                 {"event\t01\tAGREED\t-\t1\n", ":1: expected one of PLOVER's sixteen event types"},
                 {"event\t01\tAGREE\t-\t11\n", ":1: expected an intensity from -10 to 10"},
                 {"event\t01\tAGREE\n", ":1: expected event CODE TYPE MODE INTENSITY"},
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
    const char good[] = "event\t01\tAGREE\t-\t1\nsector\tGOV\tgovernment";
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
