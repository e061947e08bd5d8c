/*
 * test_coder.c - the event coder on sentences and dictionaries written for
 * the test: default source/target rules, agents, compound actors, paired
 * codes, passive voice, patterns with $ + %, date restrictions, pronouns,
 * comma clauses, discards, subordinate codes; and the CAMEO tables.
 */
#include "testutil.h"

#include "events/events.h"

static char dir[256];
static sr_dict *dict;

static const char actors[] =
    "FREEDONIA [FRD]\n"
    "SYLVANIA_ [SYL]\n"
    "TRENTINO_ [SYLGOV <331231] [SYLELI]\n"
    "MARX_BROTHERS [HRP/CHC]\n"
    "FOOTBALL_CLUB [###]\n"
    "HIGH-LANDS [HLD]\n"
    "<ADJECTIVE>\nSHINY\n</ADJECTIVE>\n";
static const char agents[] = "MINISTER_ [~GOV]\nPOLICE_ [~COP]\nPRESIDENT_ [~GOVPRS]\n";
static const char verbs[] =
    "ACCUSE [112]\n"
    "- * OF_SPYING [111]\n"
    "MEET [031:031]\n"
    "VISIT [032:033]\n"
    "ATTACK [190]\n"
    "- + WAS * BY $ [191]\n"
    "CLASH_ [---]\n"
    "- % * [190:190]\n"
    "SAID_ [010?]\n"
    "DECLARE [---]\n"
    "<TIME>\nONCE_UPON_A_TIME [###]\n</TIME>\n";

static sr_coder *coder(void)
{
    sr_coder *c = sr_coder_new(dict);
    assert_non_null(c);
    return c;
}

/* The events as "SRC TGT CODE" in order, "; "-separated. */
static const char *code(sr_coder *c, const char *s, int32_t date, int *status)
{
    static char out[1024];
    sr_code_result r;
    assert_int_equal(sr_coder_code(c, s, strlen(s), date, &r), SR_OK);
    out[0] = '\0';
    for (size_t i = 0; i < r.n_events; i++) {
        size_t n = strlen(out);
        snprintf(out + n, sizeof out - n, "%s%s %s %s", i ? "; " : "", r.events[i].source.code,
                 r.events[i].target.code, r.events[i].code);
    }
    if (status)
        *status = r.status;
    return out;
}

static void test_default_source_and_target(void **state)
{
    (void)state;
    sr_coder *c = coder();
    assert_string_equal(code(c, "Freedonia accused Sylvania on Tuesday of hoarding peanuts.", 0, NULL),
                        "FRD SYL 112");
    /* the pattern beats the verb's own code */
    assert_string_equal(code(c, "Freedonia accused Sylvania of spying.", 0, NULL), "FRD SYL 111");
    /* no actor before the verb: no source, no event */
    assert_string_equal(code(c, "Accused of spying, the man fled.", 0, NULL), "");
    sr_coder_free(c);
}

static void test_agents_compounds_and_paired_codes(void **state)
{
    (void)state;
    sr_coder *c = coder();
    /* agent after the actor, and agent OF actor */
    assert_string_equal(code(c, "The Freedonian minister visited Sylvania.", 0, NULL), "FRDGOV SYL 032; SYL FRDGOV 033");
    assert_string_equal(code(c, "The police of Sylvania accused Freedonia.", 0, NULL), "SYLCOP FRD 112");
    /* a compound target: one event each */
    assert_string_equal(code(c, "Trentino accused Freedonia and Sylvania.", 20200101, NULL),
                        "SYLELI FRD 112; SYLELI SYL 112");
    /* a coded compound in the dictionary */
    assert_string_equal(code(c, "The Marx Brothers accused Sylvania.", 0, NULL), "HRP SYL 112; CHC SYL 112");
    /* % pattern on a compound: both directions */
    assert_string_equal(code(c, "Freedonia and Sylvania clashed at the border.", 0, NULL),
                        "FRD SYL 190; SYL FRD 190");
    sr_coder_free(c);
}

static void test_dates_passive_and_designated_actors(void **state)
{
    (void)state;
    sr_coder *c = coder();
    assert_string_equal(code(c, "Trentino accused Freedonia.", 19330601, NULL), "SYLGOV FRD 112");
    assert_string_equal(code(c, "Trentino accused Freedonia.", 19340101, NULL), "SYLELI FRD 112");
    /* the pattern's + and $ reverse the order of the words */
    assert_string_equal(code(c, "Sylvania was attacked by Freedonia.", 0, NULL), "FRD SYL 191");
    /* passive voice without a pattern */
    assert_string_equal(code(c, "Sylvania was accused by Freedonia.", 0, NULL), "FRD SYL 112");
    sr_coder_free(c);
}

static void test_pronouns_commas_discards_subordinates(void **state)
{
    (void)state;
    sr_coder *c = coder();
    int status;
    /* "he" is the first actor of the sentence */
    assert_string_equal(code(c, "Freedonia said he accused Sylvania.", 0, NULL), "FRD SYL 112");
    /* a pronoun that opens a sentence refers to the previous sentence's first actor */
    code(c, "Freedonia is angry.", 0, NULL);
    assert_string_equal(code(c, "It accused Sylvania.", 0, NULL), "FRD SYL 112");
    sr_coder_reset(c);
    assert_string_equal(code(c, "It accused Sylvania.", 0, NULL), "");
    /* a nonrestrictive clause between commas is dropped: its actor is not the target */
    assert_string_equal(code(c, "Freedonia, whose leader is a friend of Trentino, accused Sylvania.", 0, NULL),
                        "FRD SYL 112");
    /* a subordinate code is used only when nothing else was coded */
    assert_string_equal(code(c, "Freedonia said Sylvania was rude.", 0, NULL), "FRD SYL 010");
    /* discards */
    code(c, "Freedonia accused the football club of Sylvania.", 0, &status);
    assert_int_equal(status, SR_CODE_DISCARD);
    sr_coder_free(c);
}

/* TABARI's semantics as its manual and validation suite describe them */
static void test_tabari_details(void **state)
{
    (void)state;
    sr_coder *c = coder();
    int status;
    /* a hyphen in a dictionary phrase joins two adjacent words; in the text it is a blank */
    assert_string_equal(code(c, "Freedonia accused the High-Lands on Friday.", 0, NULL), "FRD HLD 112");
    /* actor, agent, actor: one person, the agent on the first actor */
    assert_string_equal(code(c, "Sylvania President Trentino visited Freedonia.", 20200101, NULL),
                        "SYLGOVPRS FRD 032; FRD SYLGOVPRS 033");
    /* FORMER makes the agent an elite */
    assert_string_equal(code(c, "A former minister of Sylvania accused Freedonia.", 0, NULL), "SYLELI FRD 112");
    /* a pronoun opening a sentence is the previous sentence's first actor, without its agent */
    code(c, "The Freedonian minister visited Sylvania.", 0, NULL);
    assert_string_equal(code(c, "He accused Trentino.", 0, NULL), "FRD SYLELI 112");
    sr_coder_reset(c);
    /* the phrase right after a dropped comma clause stays, however short */
    assert_string_equal(code(c, "Freedonia, in remarks on Monday, accused Sylvania of hoarding peanuts.", 0, NULL),
                        "FRD SYL 112");
    /* a time phrase coded [###] discards the sentence */
    code(c, "Once upon a time Freedonia accused Sylvania.", 0, &status);
    assert_int_equal(status, SR_CODE_DISCARD);
    sr_coder_free(c);
}

static void test_cameo_tables(void **state)
{
    (void)state;
    double g;
    int quad;
    const char *plover;
    assert_int_equal(sr_cameo_lookup("036", &g, &quad, &plover), 1);
    assert_true(g > 3.9 && g < 4.1);
    assert_int_equal(quad, 1);
    assert_string_equal(plover, "AGREE");
    assert_int_equal(sr_cameo_lookup("0311", &g, &quad, &plover), 1); /* by its parent 031 */
    assert_true(g > 5.1 && g < 5.3);
    assert_int_equal(sr_cameo_lookup("190", &g, &quad, &plover), 1);
    assert_true(g < -9.9);
    assert_int_equal(quad, 4);
    assert_string_equal(plover, "ASSAULT");
    assert_int_equal(sr_cameo_lookup("163", &g, &quad, &plover), 1);
    assert_string_equal(plover, "SANCTION");
    assert_int_equal(sr_cameo_lookup("042", &g, &quad, &plover), 1);
    assert_string_equal(plover, "CONSULT");
    assert_int_equal(sr_cameo_lookup("XYZ", &g, &quad, &plover), 0);
    assert_int_equal(sr_cameo_lookup("", &g, &quad, &plover), 0);
}

static int setup(void **state)
{
    (void)state;
    if (!test_temp_dir(dir, sizeof dir))
        return -1;
    char pa[512], pg[512], pv[512];
    snprintf(pa, sizeof pa, "%s/t.actors", dir);
    snprintf(pg, sizeof pg, "%s/t.agents", dir);
    snprintf(pv, sizeof pv, "%s/t.verbs", dir);
    test_write_file(pa, actors, strlen(actors));
    test_write_file(pg, agents, strlen(agents));
    test_write_file(pv, verbs, strlen(verbs));
    const char *paths[] = {pa, pg, pv};
    char err[512];
    return sr_dict_load_flags(paths, 3, SR_DICT_STRICT, &dict, err, sizeof err) == SR_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    sr_dict_free(dict);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_default_source_and_target),
        cmocka_unit_test(test_agents_compounds_and_paired_codes),
        cmocka_unit_test(test_dates_passive_and_designated_actors),
        cmocka_unit_test(test_pronouns_commas_discards_subordinates),
        cmocka_unit_test(test_tabari_details),
        cmocka_unit_test(test_cameo_tables),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
