/*
 * test_modality.c - the PLOVER side of the coder, on a dictionary written
 * for the test: a verbs file brings the cameo_plover.tsv of its folder;
 * the table types events and lets some be coded without a target; the
 * coder marks announced, conditional, negated and hedged events and acts
 * inside a condition.  Without a table (TABARI's dictionaries) nothing of
 * this changes which events are coded.
 */
#include "testutil.h"

#include <sys/stat.h>

#include "events/events.h"

static char dir[256];

static const char actors[] = "FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n";
static const char verbs[] = "ATTACK_ [190]\n"
                            "SEND_ [---]\n"
                            "- * TANKS_ TO_ + [072]\n"
                            "AGREE_ [030]\n"
                            "RESIGN_ [0831]\n"
                            "SANCTION_ [163]\n";
static const char table[] = "# a test table\n"
                            "03\tAGREE\t-\tdiplomatic\tasserted\tagree\n"
                            "072\tAID\tmilitary\tmilitary\tasserted\tmilitary aid\n"
                            "0831\tRETREAT\tresign\t-\tasserted\tresign\n"
                            "163\tSANCTION\tsever\t-\tasserted\tsanctions\n"
                            "19\tASSAULT\t-\t-\tasserted\tfight\n";

static sr_dict *load(int with_table)
{
    char pa[512], pv[512], pt[512];
    snprintf(pa, sizeof pa, "%s/t.actors", dir);
    snprintf(pv, sizeof pv, "%s/%s/t.verbs", dir, with_table ? "with" : "without");
    snprintf(pt, sizeof pt, "%s/with/cameo_plover.tsv", dir);
    test_write_file(pa, actors, strlen(actors));
    test_write_file(pv, verbs, strlen(verbs));
    if (with_table)
        test_write_file(pt, table, strlen(table));
    const char *paths[] = {pa, pv};
    char err[512];
    sr_dict *d = NULL;
    if (sr_dict_load_flags(paths, 2, SR_DICT_STRICT, &d, err, sizeof err) != SR_OK)
        fail_msg("%s", err);
    return d;
}

static const sr_coded_event *one_or_none(sr_coder *c, const char *s, size_t *n, int expect)
{
    sr_code_result r;
    assert_int_equal(sr_coder_code(c, s, strlen(s), 0, &r), SR_OK);
    *n = r.n_events;
    if (!r.n_events && expect)
        fail_msg("no event in '%s'", s);
    return r.n_events ? &r.events[0] : NULL;
}

static const sr_coded_event *one(sr_coder *c, const char *s, size_t *n)
{
    return one_or_none(c, s, n, 1);
}

static void test_table_is_read_beside_the_verbs(void **state)
{
    (void)state;
    sr_dict *d = load(1);
    const sr_plover_row *r = sr_plover_lookup(d, "0721");
    assert_non_null(r);
    assert_string_equal(r->type, "AID");
    assert_string_equal(r->mode, "military");
    assert_null(sr_plover_lookup(d, "01"));
    assert_string_equal(sr_plover_lookup(d, "195")->type, "ASSAULT");
    sr_dict_free(d);
    d = load(0);
    assert_null(sr_plover_lookup(d, "072"));
    sr_dict_free(d);
}

static void test_modality_cues(void **state)
{
    (void)state;
    sr_dict *d = load(1);
    sr_coder *c = sr_coder_new(d);
    size_t n;
    const sr_coded_event *e = one(c, "Freedonia will send tanks to Sylvania.", &n);
    assert_int_equal(n, 1);
    assert_int_equal(e->modality, SR_MOD_ANNOUNCED);
    e = one(c, "Freedonia is ready to send tanks to Sylvania.", &n);
    assert_int_equal(e->modality, SR_MOD_ANNOUNCED);
    e = one(c, "Freedonia sends tanks to Sylvania.", &n);
    assert_int_equal(e->modality, SR_MOD_ASSERTED);
    e = one(c, "Freedonia failed to agree with Sylvania.", &n);
    assert_int_equal(e->modality, SR_MOD_NEGATED);
    e = one(c, "Freedonia could attack Sylvania.", &n);
    assert_int_equal(e->hedged, 1);
    e = one(c, "Freedonia would send tanks to Sylvania if Sylvania agreed.", &n);
    assert_int_equal(e->modality, SR_MOD_CONDITIONAL);
    assert_int_equal(e->in_condition, 0);
    assert_string_equal(e->condition_actor.code, "SYL");
    /* the act inside the condition is marked, for the pipeline to drop */
    e = one(c, "If Sylvania attacks Freedonia, Freedonia will sanction Sylvania.", &n);
    assert_true(n >= 1);
    assert_int_equal(e->in_condition, 1);
    sr_coder_free(c);
    sr_dict_free(d);
}

static void test_optional_target_only_with_a_table(void **state)
{
    (void)state;
    sr_dict *d = load(1);
    sr_coder *c = sr_coder_new(d);
    size_t n;
    const sr_coded_event *e = one(c, "Freedonia resigned.", &n);
    assert_int_equal(n, 1);
    assert_string_equal(e->target.code, "");
    /* AGREE needs someone to agree with */
    one_or_none(c, "Freedonia agreed.", &n, 0);
    assert_int_equal(n, 0);
    sr_coder_free(c);
    sr_dict_free(d);
    d = load(0);
    c = sr_coder_new(d);
    one_or_none(c, "Freedonia resigned.", &n, 0);
    assert_int_equal(n, 0);
    sr_coder_free(c);
    sr_dict_free(d);
}

/* The PLOVER grammar rules (lib/events/coder.c, "2b"): places, venues,
 * mutual acts, troops arriving, leading conditions, "no sign that",
 * attitudes, crowds, joined agents, "a possible attack". */
static const char g_actors[] = "FREEDONIA_ [FRD]\n+FREEDONIAN_\nSYLVANIA_ [SYL]\n+SYLVANIAN_\n"
                               "MARVELIA_ [MRV]\nZENDA_ [SYLGOV]\nSTRELSAU_ [SYL]\n";
static const char g_agents[] = "TROOP_ [~MIL]\nPOLICE_ [~COP]\nDRONE_ [~MIL]\nMISSILE_ [~MIL]\n"
                               "GUNMEN_ [~UAF]\nREFUGEE_ [~REF]\nOFFICIAL_ [~GOV]\n";
static const char g_verbs[] = "ATTACK_ [190]\nSHELLED_ [194]\nMEET_ [040]\n{MET_}\nARRIVE_ [042]\n"
                              "DEPLOY_ [154]\nSANCTION_ [163]\nPROTEST_ [141]\nLAUNCH_ [195]\n"
                              "AGREE_ [030]\nCOOPERATE_ [060]\nSHELTER_ [075]\n";
static const char g_table[] = "030\tAGREE\t-\t-\tasserted\tagree\n"
                              "04\tCONSULT\t-\t-\tasserted\tconsult\n"
                              "042\tCONSULT\tvisit\t-\tasserted\tvisit\n"
                              "06\tCOOPERATE\t-\t-\tasserted\tcooperate\n"
                              "075\tAID\tasylum\t-\tasserted\tasylum\n"
                              "14\tPROTEST\tdemo\t-\tasserted\tprotest\n"
                              "154\tMOBILIZE\ttroops\t-\tasserted\tdeploy\n"
                              "163\tSANCTION\tsever\t-\tasserted\tsanctions\n"
                              "19\tASSAULT\t-\t-\tasserted\tfight\n";

static sr_dict *load_grammar(int with_table)
{
    char pa[512], pg[512], pv[512], pt[512];
    snprintf(pa, sizeof pa, "%s/g.actors", dir);
    snprintf(pg, sizeof pg, "%s/g.agents", dir);
    snprintf(pv, sizeof pv, "%s/%s/g.verbs", dir, with_table ? "gwith" : "gwithout");
    snprintf(pt, sizeof pt, "%s/gwith/cameo_plover.tsv", dir);
    test_write_file(pa, g_actors, strlen(g_actors));
    test_write_file(pg, g_agents, strlen(g_agents));
    test_write_file(pv, g_verbs, strlen(g_verbs));
    if (with_table)
        test_write_file(pt, g_table, strlen(g_table));
    const char *paths[] = {pa, pg, pv};
    char err[512];
    sr_dict *d = NULL;
    if (sr_dict_load_flags(paths, 3, SR_DICT_STRICT, &d, err, sizeof err) != SR_OK)
        fail_msg("%s", err);
    return d;
}

/* Is there an event source -> target with this code? */
static int has_event(sr_coder *c, const char *s, const char *code, const char *src, const char *tgt, size_t *n)
{
    sr_code_result r;
    assert_int_equal(sr_coder_code(c, s, strlen(s), 0, &r), SR_OK);
    *n = r.n_events;
    for (size_t k = 0; k < r.n_events; k++)
        if (!strcmp(r.events[k].code, code) && !strcmp(r.events[k].source.code, src) &&
            !strcmp(r.events[k].target.code, tgt) && !r.events[k].in_condition && !r.events[k].hedged)
            return 1;
    return 0;
}

static void test_places_venues_and_mutual_acts(void **state)
{
    (void)state;
    sr_dict *d = load_grammar(1);
    sr_coder *c = sr_coder_new(d);
    size_t n;
    /* where a blow fell is whom it hit; a capital named as a place is its country */
    assert_true(has_event(c, "Freedonia shelled a station in Strelsau.", "194", "FRD", "SYL", &n));
    assert_true(has_event(c, "Freedonia shelled a station in Zenda.", "194", "FRD", "SYL", &n));
    assert_int_equal(n, 1);
    /* where talks were held is only the venue; both met each other */
    assert_true(has_event(c, "Freedonia and Marvelia met in Zenda.", "040", "FRD", "MRV", &n));
    assert_true(has_event(c, "Freedonia and Marvelia met in Zenda.", "040", "MRV", "FRD", &n));
    assert_int_equal(n, 2);
    assert_true(has_event(c, "Freedonia and Marvelia will cooperate.", "060", "MRV", "FRD", &n));
    assert_int_equal(n, 2);
    /* a place does not act: gunmen with no country fired near Zenda */
    has_event(c, "Gunmen attacked a crowd near Zenda.", "190", "", "", &n);
    assert_int_equal(n, 0);
    /* police in the capital are the country's police */
    assert_true(has_event(c, "Police in Zenda attacked Freedonia.", "190", "SYLCOP", "FRD", &n));
    /* troops arriving are deployed; troops deployed in a country are the sender's */
    assert_true(has_event(c, "Freedonian troops arrived in Sylvania.", "154", "FRDMIL", "SYL", &n));
    assert_true(has_event(c, "Freedonia deployed troops in Sylvania.", "154", "FRD", "SYL", &n));
    /* refugees from a country are its refugees, officials from it are not */
    assert_true(has_event(c, "Marvelia sheltered refugees from Sylvania.", "075", "MRV", "SYLREF", &n));
    sr_coder_free(c);
    sr_dict_free(d);
    /* without a table TABARI's rules are unchanged: Zenda is the government */
    d = load_grammar(0);
    c = sr_coder_new(d);
    assert_true(has_event(c, "Freedonia shelled a station in Zenda.", "194", "FRD", "SYLGOV", &n));
    sr_coder_free(c);
    sr_dict_free(d);
}

static void test_plover_clause_rules(void **state)
{
    (void)state;
    sr_dict *d = load_grammar(1);
    sr_coder *c = sr_coder_new(d);
    size_t n;
    /* the main clause after a leading condition is coded, and is not dropped
     * as a comma clause */
    assert_true(has_event(c, "If Sylvania does not agree to the plan within a week, Freedonia will sanction Sylvania.",
                          "163", "FRD", "SYL", &n));
    /* an opening phrase with no actor or verb introduces the main clause */
    assert_true(has_event(c, "Later that night, Freedonia shelled Strelsau.", "194", "FRD", "SYL", &n));
    /* "it is ... to": IT is no actor, and not the previous sentence's */
    one(c, "Freedonia shelled Strelsau.", &n);
    assert_false(has_event(c, "So, it is in our interest to sanction Sylvania.", "163", "FRD", "SYL", &n));
    /* "no sign that": nothing is reported */
    has_event(c, "There is no sign that Freedonia is preparing to attack Sylvania.", "190", "FRD", "SYL", &n);
    assert_true(n <= 1);
    assert_false(has_event(c, "There is no sign that Freedonia is preparing to attack Sylvania.", "190", "FRD", "SYL",
                           &n));
    /* "pro-Sylvanian" names an attitude, not Sylvania */
    assert_false(has_event(c, "Freedonia sanctioned a pro-Sylvanian party.", "163", "FRD", "SYL", &n));
    /* thousands of Sylvanians are people */
    assert_true(has_event(c, "Thousands of Sylvanians protested against Freedonia.", "141", "SYLCVL", "FRD", &n));
    /* drones and missiles are one object, not two clauses */
    assert_true(has_event(c, "Freedonia launched drones and missiles at Sylvania.", "195", "FRD", "SYL", &n));
    /* a possible attack is a noun, not an attack */
    has_event(c, "Sylvania feared a possible attack by Freedonia.", "190", "", "", &n);
    assert_int_equal(n, 0);
    sr_coder_free(c);
    sr_dict_free(d);
}

static int setup(void **state)
{
    (void)state;
    if (!test_temp_dir(dir, sizeof dir))
        return -1;
    char sub[512];
    snprintf(sub, sizeof sub, "%s/with", dir);
    mkdir(sub, 0700);
    snprintf(sub, sizeof sub, "%s/without", dir);
    mkdir(sub, 0700);
    snprintf(sub, sizeof sub, "%s/gwith", dir);
    mkdir(sub, 0700);
    snprintf(sub, sizeof sub, "%s/gwithout", dir);
    mkdir(sub, 0700);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table_is_read_beside_the_verbs),
        cmocka_unit_test(test_modality_cues),
        cmocka_unit_test(test_optional_target_only_with_a_table),
        cmocka_unit_test(test_places_venues_and_mutual_acts),
        cmocka_unit_test(test_plover_clause_rules),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
