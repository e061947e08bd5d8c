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
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table_is_read_beside_the_verbs),
        cmocka_unit_test(test_modality_cues),
        cmocka_unit_test(test_optional_target_only_with_a_table),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
