/*
 * test_dict.c - the dictionary readers: TABARI and PETRARCH actors,
 * agents, verbs, options, discards, issues and project files, the index
 * the coder probes, date-restricted codes, and load errors.  Every
 * dictionary here is written for the test (Freedonia and Sylvania are
 * from Duck Soup).
 */
#include "testutil.h"

#include "actors/dict.h"
#include "events/events.h"

static char dir[256];

static const char *put(const char *name, const char *text)
{
    static char paths[16][512];
    static int next;
    char *p = paths[next++ % 16];
    snprintf(p, 512, "%s/%s", dir, name);
    test_write_file(p, text, strlen(text));
    return p;
}

static sr_dict *load1(const char *path, unsigned flags, char *err, size_t errlen)
{
    sr_dict *d = NULL;
    sr_dict_load_flags(&path, 1, flags, &d, err, errlen);
    return d;
}

/* Loading `text` as the file `name` fails with a message that names
 * `needle` and, when given, `needle2`. */
static void assert_load_fails(const char *name, const char *text, unsigned flags, const char *needle,
                              const char *needle2)
{
    char err[512] = "";
    sr_dict *d = load1(put(name, text), flags, err, sizeof err);
    assert_null(d);
    assert_non_null(strstr(err, needle));
    if (needle2)
        assert_non_null(strstr(err, needle2));
}

/* The payloads of the phrases that match `word` as their first word. */
typedef struct hits {
    int kinds[16];
    uint32_t payloads[16];
    int n;
} hits;

static int collect(void *ud, const sr_phrase *p)
{
    hits *h = ud;
    if (h->n < 16) {
        h->kinds[h->n] = p->kind;
        h->payloads[h->n] = p->payload;
        h->n++;
    }
    return 0;
}

static hits lookup(const sr_dict *d, const char *word)
{
    hits h = {{0}, {0}, 0};
    sr_index_each(d, &d->index, word, strlen(word), collect, &h);
    return h;
}

/* Does token `tok` carry word `text`'s id with mode `mode` allowed? */
static int token_can_be(const sr_dict *d, const char *tok, const char *text, int mode)
{
    sr_tokid ids[32];
    size_t n = sr_dict_token_ids(d, tok, strlen(tok), ids, 32);
    for (size_t i = 0; i < d->phrases.n; i++)
        for (uint16_t k = 0; k < d->phrases.v[i].n_words; k++) {
            const sr_dword *w = &d->phrases.v[i].words[k];
            if (strcmp(w->text, text) != 0)
                continue;
            for (size_t j = 0; j < n; j++)
                if (ids[j].id == w->id)
                    return ids[j].modes >> mode & 1;
            return 0;
        }
    return -1; /* no such dictionary word */
}

/* Word ids: a token lists the dictionary words it can be, with the modes
 * under which it is each; hyphens in phrases join two adjacent words. */
static void test_word_ids(void **state)
{
    (void)state;
    char err[512];
    sr_dict *d = load1(put("w.actors", "SIGN [AAA]\nSYLVANIA_ [SYL]\nMOUSE= [MOU]\nDEPLORE_ [DEP]\n"
                                       "HIGH-LANDS [HLD]\n"), 0, err, sizeof err);
    assert_non_null(d);
    assert_int_equal(token_can_be(d, "SIGNED", "SIGN", SR_W_STEM), 1);
    assert_int_equal(token_can_be(d, "SIGN", "SIGN", SR_W_EXACT), 1);
    assert_int_equal(token_can_be(d, "SYLVANIA'S", "SYLVANIA", SR_W_ENDINGS), 1);
    assert_int_equal(token_can_be(d, "SYLVANIAN", "SYLVANIA", SR_W_ENDINGS), 0); /* N is no regular ending */
    assert_int_equal(token_can_be(d, "MOUSES", "MOUSE", SR_W_EXACT), 0);
    assert_int_equal(token_can_be(d, "MOUSE", "MOUSE", SR_W_EXACT), 1);
    assert_int_equal(token_can_be(d, "DEPLORED", "DEPLORE", SR_W_ENDINGS), 1);
    /* HIGH-LANDS is the two words HIGH and LANDS, next to each other */
    hits h = lookup(d, "HIGH");
    assert_int_equal(h.n, 1);
    assert_int_equal(token_can_be(d, "LANDS", "LANDS", SR_W_EXACT), 1);
    /* and HIGH, not the last word of its phrase, takes no ending */
    assert_int_equal(token_can_be(d, "HIGHS", "HIGH", SR_W_EXACT), 0);
    sr_dict_free(d);
}

static const char tabari_actors[] =
    "<NOUN>\n"
    "WIDGETS\n"
    "</NOUN>\n"
    "<ADJECTIVE>\n"
    "SHINY\n"
    "</ADJECTIVE>\n"
    "FREEDONIA [FRD] ;mm 1933\n"
    "SYLVANIA_ [SYL]\n"
    "RUFUS_T_FIREFLY ; synonyms and codes on their own lines\n"
    "+FIREFLY_\n"
    "\t[FRDGOV 330101-341231]\n"
    "\t[FRDELI]\n"
    "TRENTINO [SYLGOV <331231] [SYLELI]\n"
    "MARX_BROTHERS [HRP/CHC/GRC]\n"
    "MOUSE= [MUS]\n"
    "#COMMENTED_OUT [XXX]\n"
    "~FINISH\n"
    "AFTER_FINISH [ZZZ]\n";

static void test_tabari_actors(void **state)
{
    (void)state;
    char err[512] = "";
    sr_dict *d = load1(put("t.actors", tabari_actors), SR_DICT_STRICT, err, sizeof err);
    assert_non_null(d);
    assert_string_equal(err, "");
    /* FREEDONIA is a stem (no '_'): FREEDONIAN matches; SYLVANIA_ takes only regular endings */
    hits h = lookup(d, "FREEDONIAN");
    assert_int_equal(h.n, 1);
    assert_int_equal(h.kinds[0], SR_PK_ACTOR);
    assert_string_equal(sr_actor_code_at(d, h.payloads[0], 0), "FRD");
    assert_int_equal(lookup(d, "SYLVANIAN").n, 0);
    assert_int_equal(lookup(d, "SYLVANIA'S").n, 1);
    assert_int_equal(lookup(d, "SYLVANIAS").n, 1);
    /* MOUSE= matches only itself */
    assert_int_equal(lookup(d, "MOUSE").n, 1);
    assert_int_equal(lookup(d, "MOUSES").n, 0);
    /* nouns, adjectives; comments and lines after ~FINISH are not read */
    h = lookup(d, "WIDGETS");
    assert_int_equal(h.n, 1);
    assert_int_equal(h.kinds[0], SR_PK_NOUN);
    assert_int_equal(lookup(d, "SHINY").kinds[0], SR_PK_ADJECTIVE);
    assert_int_equal(lookup(d, "COMMENTED").n, 0);
    assert_int_equal(lookup(d, "AFTER").n, 0);
    /* synonyms share the codes of their entry; dates pick the code */
    h = lookup(d, "FIREFLY");
    assert_int_equal(h.n, 1);
    uint32_t firefly = h.payloads[0];
    assert_int_equal(lookup(d, "RUFUS").payloads[0], firefly);
    assert_string_equal(sr_actor_code_at(d, firefly, 19330601), "FRDGOV");
    assert_string_equal(sr_actor_code_at(d, firefly, 19341231), "FRDGOV");
    assert_string_equal(sr_actor_code_at(d, firefly, 19350101), "FRDELI");
    assert_string_equal(sr_actor_code_at(d, firefly, 0), "FRDELI");
    uint32_t trentino = lookup(d, "TRENTINO").payloads[0];
    assert_string_equal(sr_actor_code_at(d, trentino, 19331231), "SYLGOV");
    assert_string_equal(sr_actor_code_at(d, trentino, 19340101), "SYLELI");
    /* a coded compound stays one code string; the coder splits it */
    assert_string_equal(sr_actor_code_at(d, lookup(d, "MARX").payloads[0], 0), "HRP/CHC/GRC");
    sr_dict_free(d);
}

static void test_two_digit_years_pivot_at_30(void **state)
{
    (void)state;
    assert_int_equal(sr_dict_parse_yymmdd("300101", 6, 0), 20300101);
    assert_int_equal(sr_dict_parse_yymmdd("310101", 6, 0), 19310101);
    assert_int_equal(sr_dict_parse_yymmdd("19310101", 8, 0), 19310101);
    assert_int_equal(sr_dict_parse_yymmdd("311301", 6, 0), 0);
    assert_int_equal(sr_dict_parse_yymmdd("3101", 4, 0), 0);
}

static void test_errors_name_file_and_line(void **state)
{
    (void)state;
    char err[512] = "";
    const char *p = put("bad.actors", "FREEDONIA [FRD]\nSYLVANIA [SYL\nTRENTINO [SYLGOV]\n");
    sr_dict *d = load1(p, SR_DICT_STRICT, err, sizeof err);
    assert_null(d);
    assert_non_null(strstr(err, "bad.actors:2:"));
    assert_non_null(strstr(err, "missing ']'"));
    /* by default the line is skipped, as TABARI does, and the summary says where */
    d = load1(p, 0, err, sizeof err);
    assert_non_null(d);
    assert_non_null(strstr(sr_dict_summary(d), "1 malformed lines skipped"));
    assert_non_null(strstr(sr_dict_summary(d), "bad.actors:2:"));
    assert_int_equal(lookup(d, "TRENTINO").n, 1);
    sr_dict_free(d);
    /* an unclosed section is an error about the whole file, even by default */
    assert_load_fails("open.actors", "FREEDONIA [FRD]\n<NOUN>\nWIDGETS\n", 0, "open.actors:2:",
                      "never closed");
    /* a date restriction with no code */
    assert_load_fails("nocode.actors", "GROUCHO [991201-010114]\n", SR_DICT_STRICT, "nocode.actors:1:",
                      NULL);
    /* an agent without its '~' */
    assert_load_fails("bad.agents", "MINISTER_ [GOV]\n", SR_DICT_STRICT, "bad.agents:1:", "'~'");
    /* a missing file */
    const char *missing = "/nonexistent/sitrep/x.actors";
    assert_int_equal(sr_dict_load(&missing, 1, &d, err, sizeof err), SR_ERR_IO);
    assert_non_null(strstr(err, "x.actors"));
}

static void test_petrarch_agents_substitutions_and_plurals(void **state)
{
    (void)state;
    char err[512] = "";
    sr_dict *d = load1(put("p.agents.txt", "# PETRARCH agents\n"
                                           "!PERSON! = MAN, MEN, WOMAN\n"
                                           "TRAWLER!PERSON! [~FSH] # fishers\n"
                                           "AMBASSADOR {AMBASSADORES} [~GOV]\n"
                                           "RIGHTS_GROUP [NGO~]\n"
                                           "<!-- a comment\n  over lines [~XXX] -->\n"),
                       SR_DICT_STRICT, err, sizeof err);
    assert_non_null(d);
    assert_int_equal(lookup(d, "TRAWLERMEN").n, 1);
    assert_int_equal(lookup(d, "TRAWLERWOMAN").n, 1);
    assert_int_equal(lookup(d, "TRAWLERPERSON").n, 0);
    /* found twice: as AMBASSADOR + ES and as the plural written in {...}; one agent */
    hits h = lookup(d, "AMBASSADORES");
    assert_int_equal(h.n, 2);
    assert_int_equal(h.payloads[0], h.payloads[1]);
    assert_string_equal(d->agents.v[h.payloads[0]].code, "GOV");
    assert_int_equal(d->agents.v[h.payloads[0]].prefix, 0);
    h = lookup(d, "RIGHTS");
    assert_int_equal(h.n, 1);
    assert_int_equal(d->agents.v[h.payloads[0]].prefix, 1);
    assert_int_equal(d->agents.n, 3);
    sr_dict_free(d);
}

static void test_tabari_verbs(void **state)
{
    (void)state;
    char err[512] = "";
    sr_dict *d = load1(put("t.verbs", "<SYNSETS>\n"
                                      "&FRUIT\n"
                                      "+APPLE\n"
                                      "+DRIED_FIG\n"
                                      "</SYNSETS>\n"
                                      "PROMISE [050]\n"
                                      "{ PROMISED_ PROMISING_ }\n"
                                      "- * AID [051] ; short\n"
                                      "- * { FOOD | WATER } TO + [073]\n"
                                      "- * BASKET_OF_&FRUIT [052]\n"
                                      "MEET [031:031]\n"
                                      "SCOLD [122?]\n"
                                      "- NOT * [---]\n"),
                       SR_DICT_STRICT, err, sizeof err);
    assert_non_null(d);
    assert_string_equal(err, "");
    assert_int_equal(d->verbs.n, 3);
    const sr_verb *promise = &d->verbs.v[0];
    assert_string_equal(promise->code.code, "050");
    /* alternatives become two patterns; heaviest first: BASKETOF (8) > WATERTO (7) > FOODTO (6) > AID (3) */
    assert_int_equal(promise->n_patterns, 4);
    const sr_pattern *p = &d->patterns.v[promise->first_pattern];
    assert_string_equal(p[0].code.code, "052");
    assert_int_equal(p[0].upper[p[0].n_upper - 1].kind, SR_PEL_SYNSET);
    assert_string_equal(p[1].code.code, "073");
    assert_string_equal(p[1].upper[0].word.text, "WATER");
    assert_int_equal(p[1].upper[p[1].n_upper - 1].kind, SR_PEL_TARGET);
    assert_string_equal(p[2].upper[0].word.text, "FOOD");
    assert_string_equal(p[3].code.code, "051");
    /* irregular forms lead to the root */
    hits h = lookup(d, "PROMISING");
    assert_int_equal(h.n >= 1, 1);
    assert_int_equal(h.kinds[0], SR_PK_VERB);
    assert_int_equal(h.payloads[0], 0);
    /* paired, subordinate and null codes */
    assert_string_equal(d->verbs.v[1].code.code, "031");
    assert_string_equal(d->verbs.v[1].code.paired, "031");
    assert_true(d->verbs.v[2].code.flags & SR_EV_SUBORDINATE);
    const sr_pattern *not_p = &d->patterns.v[d->verbs.v[2].first_pattern];
    assert_true(not_p->code.flags & SR_EV_NULL);
    assert_int_equal(not_p->n_lower, 1);
    assert_string_equal(not_p->lower[0].word.text, "NOT");
    /* the synset's members */
    assert_int_equal(d->synsets.n, 1);
    assert_int_equal(d->synsets.v[0].n_members, 2);
    sr_dict_free(d);
    /* a pattern without '*' and an unknown synset are errors with their line */
    assert_load_fails("bad.verbs", "PROMISE [050]\n- AID [051]\n", SR_DICT_STRICT, "bad.verbs:2:", NULL);
    assert_load_fails("bad2.verbs", "PROMISE [050]\n- * &NOPE [051]\n", SR_DICT_STRICT, "&NOPE", NULL);
}

static void test_petrarch_verbs_blocks_and_unusable_summary(void **state)
{
    (void)state;
    char err[512] = "";
    sr_dict *d = load1(put("p.verbs.txt", "<!-- PETRARCH verbs -->\n"
                                          "--- GIVE [070] ---\n"
                                          "GIVE {GAVE GIVEN GIVING}\n"
                                          "DONATE\n"
                                          "HAND_+OVER [071]\n"
                                          "- * &FRUIT [073] # a synset defined below\n"
                                          "- * {FOOD AID} (TO PEOPLE) [074]\n"
                                          "- * (FOR FREE) [075]\n"
                                          "\n"
                                          "&FRUIT\n"
                                          "+APPLE\n"
                                          "+PEAR\n"),
                       SR_DICT_STRICT, err, sizeof err);
    assert_non_null(d);
    assert_string_equal(err, "");
    assert_int_equal(d->verbs.n, 3);
    /* the block's verbs share its code and patterns; HAND OVER has its own code */
    assert_string_equal(d->verbs.v[1].code.code, "070");
    assert_string_equal(d->verbs.v[2].code.code, "071");
    assert_int_equal(d->verbs.v[0].n_patterns, 3);
    assert_int_equal(d->verbs.v[1].first_pattern, d->verbs.v[0].first_pattern);
    /* PETRARCH's regular forms: DONATED, DONATING through DONAT */
    assert_int_equal(lookup(d, "DONATING").n >= 1, 1);
    assert_int_equal(lookup(d, "GAVE").n, 1);
    /* parse-tree markers: read as words, and said once in the summary with a count */
    const char *sum = sr_dict_summary(d);
    const char *u = strstr(sum, "PETRARCH-2 phrase markers");
    assert_non_null(u);
    assert_non_null(strstr(u, ": 2 (first at"));
    assert_null(strstr(u + 1, "PETRARCH-2 phrase markers"));
    sr_dict_free(d);
}

static void test_options_discards_issues_project(void **state)
{
    (void)state;
    char err[512] = "";
    put("p.actors", "FREEDONIA_ [FRD]\n");
    put("p.verbs", "MEET [031]\n");
    put("p.options", "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR\n"
                     "SET: CODE BY SENTENCE\n"
                     "COMMA: MIN = 3 MAX = 8 EMIN = 1 EMAX = 9\n"
                     "DEFAULT: SOURCE [SRC] PRIOR\n"
                     "LABEL: 031=MEET\n"
                     "// a comment\n");
    const char *proj = put("p.project", "A test project\n<actorsfile> p.actors\n<verbsfile> p.verbs\n"
                                        "<optionsfile> p.options\n<textfile> p.text\n");
    sr_dict *d = load1(proj, SR_DICT_STRICT, err, sizeof err);
    assert_non_null(d);
    assert_int_equal(d->files.n, 4);
    const sr_tabari_options *o = &d->options;
    assert_int_equal(o->complex_verbs, 5);
    assert_int_equal(o->complex_conj, 4);
    assert_int_equal(o->complex_noactprior, 1);
    assert_int_equal(o->code_by, SR_CODE_BY_SENTENCE);
    assert_int_equal(o->comma_min, 3);
    assert_int_equal(o->comma_max, 8);
    assert_int_equal(o->comma_emin, 1);
    assert_int_equal(o->comma_emax, 9);
    assert_string_equal(o->default_source, "SRC");
    assert_int_equal(o->default_source_prior, 1);
    assert_null(o->default_target);
    sr_dict_free(d);
    /* a project naming a missing file says which */
    proj = put("q.project", "<actorsfile> nowhere.actors\n");
    d = load1(proj, 0, err, sizeof err);
    assert_null(d);
    assert_non_null(strstr(err, "q.project:1:"));
    assert_non_null(strstr(err, "nowhere.actors"));
    /* discards and issues go to the filter index */
    const char *paths[] = {put("x.discards.txt", "# sports\nFOOTBALL_MATCH\n+WEATHER REPORT\n"),
                           put("x.issues.txt", "<ISSUE CATEGORY=\"FARMS\" TYPE=\"ALL\">\n"
                                               "n:tractor [MACHINES]\ncrop+rotation [METHODS]\n~toy tractor\n"
                                               "</ISSUE>\n")};
    assert_int_equal(sr_dict_load(paths, 2, &d, err, sizeof err), SR_OK);
    assert_int_equal(d->filters.n, 4);
    assert_int_equal(d->filters.v[1].flag, 1); /* story-level */
    assert_int_equal(d->issues.n, 2);
    assert_string_equal(d->issues.v[0].category, "FARMS");
    assert_non_null(strstr(sr_dict_summary(d), "issue exclusions (~phrase): 1"));
    sr_dict_free(d);
}

static void test_shared_peers_load(void **state)
{
    (void)state;
    const char *shared = getenv("SITREP_SHARED");
    char path[1024];
    snprintf(path, sizeof path, "%s/peers/phoenix", shared && *shared ? shared : "../shared");
    FILE *f = fopen(path, "r");
    if (!f) {
        printf("skipped: %s is absent\n", path);
        return;
    }
    fclose(f);
    const char *p = path;
    sr_dict *d = NULL;
    char err[1024];
    assert_int_equal(sr_dict_load(&p, 1, &d, err, sizeof err), SR_OK);
    /* the production dictionaries are large: tens of thousands of actor phrases */
    assert_true(d->actors.n > 20000);
    assert_true(d->verbs.n > 1000);
    assert_non_null(strstr(sr_dict_summary(d), "PETRARCH-2 phrase markers"));
    sr_dict_free(d);
}

static int setup(void **state)
{
    (void)state;
    return test_temp_dir(dir, sizeof dir) ? 0 : -1;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tabari_actors),
        cmocka_unit_test(test_word_ids),
        cmocka_unit_test(test_two_digit_years_pivot_at_30),
        cmocka_unit_test(test_errors_name_file_and_line),
        cmocka_unit_test(test_petrarch_agents_substitutions_and_plurals),
        cmocka_unit_test(test_tabari_verbs),
        cmocka_unit_test(test_petrarch_verbs_blocks_and_unusable_summary),
        cmocka_unit_test(test_options_discards_issues_project),
        cmocka_unit_test(test_shared_peers_load),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
