/*
 * test_places.c - the gazetteer and the places stage (lib/places).
 *
 * Name folding and the loader's checks run everywhere.  The recognition
 * tests need the gazetteer the build wrote (GeoNames via npm); without it
 * they skip and say so.  The seed tests read ../shared at run time.
 */
#include "testutil.h"

#include <unistd.h>

#include "places/places.h"

static sr_gazetteer *gaz;

static int open_gazetteer(void **state)
{
    (void)state;
    char err[512];
    gaz = sr_gazetteer_open(sr_gazetteer_default_path(), err, sizeof err);
    if (!gaz)
        printf("note: %s\n", err);
    else if (!sr_gazetteer_has_geonames(gaz))
        printf("note: the gazetteer was built without GeoNames (npm unreachable?)\n");
    return 0;
}

static int close_gazetteer(void **state)
{
    (void)state;
    sr_gazetteer_close(gaz);
    return 0;
}

static int need_geonames(void)
{
    if (!gaz || !sr_gazetteer_has_geonames(gaz)) {
        printf("skipped: no gazetteer with GeoNames places\n");
        return 0;
    }
    return 1;
}

static void assert_key(const char *name, const char *want)
{
    char key[128];
    size_t n = sr_place_key(name, strlen(name), key, sizeof key);
    if (!want) {
        assert_int_equal(n, 0);
        return;
    }
    assert_int_equal(n, strlen(want));
    assert_string_equal(key, want);
}

static void test_keys(void **state)
{
    (void)state;
    assert_key("Constanța", "constanta");
    assert_key("Mihail-Kogălniceanu", "mihail kogalniceanu");
    assert_key("St. Louis", "st louis");
    assert_key("Genève", "geneve");
    assert_key("Łódź", "lodz");
    assert_key("Hawai\xca\xbbi", "hawaii");
    assert_key("  Black   Sea ", "black sea");
    assert_key("Москва", NULL);
    assert_key("Moldova, Republic of", NULL);
    char small[4];
    assert_int_equal(sr_place_key("Bucharest", 9, small, sizeof small), 0);
}

static void test_distance(void **state)
{
    (void)state;
    /* Bucharest to Constanța is about 190 km as the crow flies */
    double d = sr_geo_distance_km(44.43, 26.10, 44.18, 28.63);
    assert_true(d > 195 && d < 210);
    assert_true(sr_geo_distance_km(10, 10, 10, 10) < 1e-6);
}

static void test_bad_files(void **state)
{
    (void)state;
    char err[512], dir[256], path[300];
    assert_null(sr_gazetteer_open("/nonexistent/gazetteer.bin", err, sizeof err));
    assert_non_null(strstr(err, "/nonexistent/gazetteer.bin"));
    assert_non_null(test_temp_dir(dir, sizeof dir));
    snprintf(path, sizeof path, "%s/short.bin", dir);
    test_write_file(path, "SRGAZ", 5);
    assert_null(sr_gazetteer_open(path, err, sizeof err));
    assert_non_null(strstr(err, "too short"));
    static char junk[4096];
    memset(junk, 'x', sizeof junk);
    test_write_file(path, junk, sizeof junk);
    assert_null(sr_gazetteer_open(path, err, sizeof err));
    assert_non_null(strstr(err, "not a sitrep gazetteer"));
    unlink(path);
    rmdir(dir);
}

typedef struct analyzed {
    sr_arena arena;
    sr_text text;
    sr_places places;
    const char *body;
} analyzed;

static void analyze(analyzed *a, const char *body)
{
    sr_arena_init(&a->arena);
    a->body = body;
    assert_int_equal(sr_text_analyze(body, strlen(body), &a->arena, &a->text), 0);
    assert_int_equal(sr_places_analyze(gaz, body, &a->text, &a->arena, &a->places), 0);
}

/* The mention whose text is `text`, or NULL. */
static const sr_place_mention *find(const analyzed *a, const char *text)
{
    for (size_t i = 0; i < a->places.n_mentions; i++) {
        const sr_place_mention *m = &a->places.mentions[i];
        if (m->byte_end - m->byte_start == strlen(text) &&
            !memcmp(a->body + m->byte_start, text, strlen(text)))
            return m;
    }
    return NULL;
}

static void assert_place(const analyzed *a, const char *text, const char *country, double lat,
                         double lon, double km)
{
    const sr_place_mention *m = find(a, text);
    if (!m)
        fail_msg("\"%s\" was not found as a place", text);
    const sr_gaz_place *p = sr_gazetteer_place(gaz, m->place);
    assert_non_null(p);
    assert_string_equal(sr_gazetteer_country3(gaz, p), country);
    double d = sr_geo_distance_km(p->lat, p->lon, lat, lon);
    if (d > km)
        fail_msg("\"%s\" placed at %s (%.2f, %.2f), %.0f km from where it is", text,
                 sr_gazetteer_name(gaz, p), p->lat, p->lon, d);
}

static void test_commune_and_county(void **state)
{
    (void)state;
    if (!need_geonames())
        return;
    analyzed a;
    analyze(&a, "Allied aircraft landed at the air base in Mihail Kogalniceanu, Constanta county, "
                "where Romanian officials welcomed them.");
    assert_place(&a, "Mihail Kogalniceanu", "ROU", 44.37, 28.46, 10);
    assert_place(&a, "Constanta county", "ROU", 44.2, 28.4, 80);
    /* the demonym is a country reference, not a place */
    const sr_place_mention *r = find(&a, "Romanian");
    assert_non_null(r);
    assert_int_equal(r->kind, SR_PLACE_DEMONYM);
    uint32_t idx[8];
    assert_int_equal(sr_places_for_span(&a.places, 0, 200, idx, 8), 2);
    const char *from;
    const sr_place_mention *loc = sr_places_event_location(&a.places, &a.text, 0, 0, 21, &from);
    assert_non_null(loc);
    assert_string_equal(from, "sentence");
    assert_ptr_equal(loc, find(&a, "Mihail Kogalniceanu"));
    sr_arena_free(&a.arena);
}

static void test_cities_abroad(void **state)
{
    (void)state;
    if (!need_geonames())
        return;
    analyzed a;
    analyze(&a, "Diplomats from Washington and Moscow met in Geneva last month. "
                "The talks will go on in Brussels and Vienna, officials in Kyiv said.");
    assert_place(&a, "Geneva", "CHE", 46.20, 6.15, 20);
    assert_place(&a, "Brussels", "BEL", 50.85, 4.35, 20);
    assert_place(&a, "Vienna", "AUT", 48.21, 16.37, 20);
    assert_place(&a, "Moscow", "RUS", 55.75, 37.62, 20);
    assert_place(&a, "Kyiv", "UKR", 50.45, 30.52, 20);
    sr_arena_free(&a.arena);
}

static void test_local_context(void **state)
{
    (void)state;
    if (!need_geonames())
        return;
    analyzed a;
    /* Paris and Dublin next to Texas places are the Texas towns */
    analyze(&a, "The storm hit Paris, Texas, on Monday. Roads near Tyler and Longview were "
                "closed, and shelters opened in Paris and Sulphur Springs.");
    assert_place(&a, "Paris", "USA", 33.66, -95.56, 30);
    sr_arena_free(&a.arena);
    analyze(&a, "The mayor of Alexandria, La., said crews from Pineville helped.");
    assert_place(&a, "Alexandria", "USA", 31.31, -92.45, 30);
    sr_arena_free(&a.arena);
}

static void test_own_namesakes(void **state)
{
    (void)state;
    if (!need_geonames())
        return;
    analyzed a;
    /* Geneva's small US namesakes must not vote the article American on
     * their own: Moscow and Washington are no evidence for a US Geneva */
    analyze(&a, "Talks in Geneva went on. Delegates from Moscow and Washington met in Geneva.");
    assert_place(&a, "Geneva", "CHE", 46.20, 6.15, 20);
    assert_place(&a, "Moscow", "RUS", 55.75, 37.62, 20);
    sr_arena_free(&a.arena);
}

/* Resolves the spans of body that equal the given texts, as the benchmark
 * does with gold toponyms; out[i] answers texts[i]. */
static void resolve_texts(const char *body, const char *const *texts, size_t n, sr_places *out,
                          sr_arena *arena, sr_text *t)
{
    uint32_t spans[8][2];
    assert_true(n <= 8);
    assert_int_equal(sr_text_analyze(body, strlen(body), arena, t), 0);
    for (size_t i = 0; i < n; i++) {
        const char *at = strstr(body, texts[i]);
        assert_non_null(at);
        spans[i][0] = (uint32_t)(at - body);
        spans[i][1] = spans[i][0] + (uint32_t)strlen(texts[i]);
    }
    assert_int_equal(sr_places_resolve_spans(gaz, body, t, (const uint32_t(*)[2])spans, n, arena, out), 0);
}

static void assert_resolved(const sr_places *p, size_t i, const char *country, double lat, double lon,
                            double km)
{
    assert_true(p->mentions[i].place != SR_GAZ_NONE);
    const sr_gaz_place *pl = sr_gazetteer_place(gaz, p->mentions[i].place);
    assert_string_equal(sr_gazetteer_country3(gaz, pl), country);
    double d = sr_geo_distance_km(pl->lat, pl->lon, lat, lon);
    if (d > km)
        fail_msg("span %zu placed at %s, %.0f km off", i, sr_gazetteer_name(gaz, pl), d);
}

static void test_spans_people_and_abbreviations(void **state)
{
    (void)state;
    if (!need_geonames())
        return;
    /* a toponym written as its people, or as a dotted abbreviation, is
     * still the place: what "on the gold toponyms" needs */
    const char *body = "Ontarians and Dagestani fans flew from B.C. to L.A. for the final.";
    const char *texts[] = {"Ontarians", "Dagestani", "B.C.", "L.A."};
    sr_arena arena;
    sr_arena_init(&arena);
    sr_text t;
    sr_places p;
    resolve_texts(body, texts, 4, &p, &arena, &t);
    assert_resolved(&p, 0, "CAN", 50.0, -85.0, 800); /* Ontario: a province's centre is loose */
    assert_resolved(&p, 1, "RUS", 42.5, 47.0, 300);  /* Dagestan */
    assert_resolved(&p, 2, "CAN", 53.7, -127.6, 600); /* British Columbia */
    assert_resolved(&p, 3, "USA", 34.05, -118.24, 30); /* Los Angeles */
    sr_arena_free(&arena);
    /* an unknown word keeps no answer: the endings only reach regions and big places */
    const char *body2 = "The Zorblatians arrived.";
    const char *texts2[] = {"Zorblatians"};
    sr_arena_init(&arena);
    resolve_texts(body2, texts2, 1, &p, &arena, &t);
    assert_int_equal(p.mentions[0].place, SR_GAZ_NONE);
    sr_arena_free(&arena);
}

static void test_co_mentions(void **state)
{
    (void)state;
    if (!need_geonames())
        return;
    analyzed a;
    /* two local names and nothing else: the Tennessee town and its county,
     * not the French capital */
    analyze(&a, "Volunteers from Paris and Henry County cleared the roads. The Paris fire "
                "department thanked Henry County deputies.");
    assert_place(&a, "Paris", "USA", 36.30, -88.33, 30);
    sr_arena_free(&a.arena);
    /* the same name in world news stays the capital */
    analyze(&a, "Ministers met in Paris and Berlin before flying to Warsaw.");
    assert_place(&a, "Paris", "FRA", 48.86, 2.35, 20);
    sr_arena_free(&a.arena);
    /* a country under the name we use, whatever ISO calls it now */
    analyze(&a, "Troops from Turkey and Greece joined the exercise.");
    assert_place(&a, "Turkey", "TUR", 39.0, 35.0, 300);
    sr_arena_free(&a.arena);
}

static void test_word_tables(void **state)
{
    (void)state;
    assert_true(sr_places_tables_ok());
}

static void test_not_places(void **state)
{
    (void)state;
    if (!need_geonames())
        return;
    analyzed a;
    analyze(&a, "Speaking on Friday, NATO Secretary General Jens Stoltenberg and President "
                "Jackson said May would be decisive.");
    for (size_t i = 0; i < a.places.n_mentions; i++) {
        const sr_place_mention *m = &a.places.mentions[i];
        fail_msg("unexpected place \"%.*s\"", (int)(m->byte_end - m->byte_start), a.body + m->byte_start);
    }
    sr_arena_free(&a.arena);
}

static void test_dateline(void **state)
{
    (void)state;
    if (!gaz)
        return;
    analyzed a;
    analyze(&a, "BUCHAREST, Feb 11 - Defence ministers will meet next week.\n\nThey will discuss "
                "the battle groups.");
    assert_int_equal(a.places.dateline, 0);
    const char *from;
    const sr_place_mention *loc = sr_places_event_location(&a.places, &a.text, 1, 60, 70, &from);
    assert_non_null(loc);
    assert_string_equal(from, "dateline");
    assert_place(&a, "BUCHAREST", "ROU", 44.43, 26.10, 20);
    sr_arena_free(&a.arena);
    /* no place in the sentence and no dateline: no location, never a guess */
    analyze(&a, "Ministers will meet next week.");
    assert_null(sr_places_event_location(&a.places, &a.text, 0, 0, 10, &from));
    assert_null(from);
    sr_arena_free(&a.arena);
}

/* Reads a seed article from ../shared, after its " date ..." line. */
static char *read_seed(const char *prefix)
{
    const char *shared = getenv("SITREP_SHARED");
    char path[1024];
    snprintf(path, sizeof path, "%s/seeds", shared && *shared ? shared : "../shared");
    char cmd[1200];
    snprintf(cmd, sizeof cmd, "ls %s/%s_*.txt 2>/dev/null", path, prefix);
    FILE *ls = popen(cmd, "r");
    if (!ls)
        return NULL;
    char file[1024] = "";
    if (!fgets(file, sizeof file, ls))
        file[0] = '\0';
    pclose(ls);
    file[strcspn(file, "\n")] = '\0';
    FILE *f = *file ? fopen(file, "rb") : NULL;
    if (!f)
        return NULL;
    char *buf = calloc(1, 1 << 16);
    size_t n = fread(buf, 1, (1 << 16) - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

static void test_seeds(void **state)
{
    (void)state;
    if (!need_geonames())
        return;
    char *s0 = read_seed("000"), *s4 = read_seed("004");
    if (!s0 || !s4) {
        printf("skipped: seeds not found under $SITREP_SHARED/seeds\n");
        free(s0);
        free(s4);
        return;
    }
    analyzed a;
    analyze(&a, s0);
    assert_place(&a, "Mihail Kogalniceanu", "ROU", 44.36, 28.46, 10);
    assert_place(&a, "Constanta county", "ROU", 44.2, 28.4, 80);
    /* the first sentence's events happen at the base */
    const sr_place_mention *m = find(&a, "Mihail Kogalniceanu");
    const char *from;
    const sr_place_mention *loc = sr_places_event_location(&a.places, &a.text, m->sentence,
                                                           a.text.sentences[m->sentence].start,
                                                           a.text.sentences[m->sentence].start + 40, &from);
    if (loc != m)
        fail_msg("the first sentence's events placed at \"%.*s\" (from the %s)",
                 loc ? (int)(loc->byte_end - loc->byte_start) : 4, loc ? a.body + loc->byte_start : "none",
                 from ? from : "-");
    sr_arena_free(&a.arena);
    analyze(&a, s4);
    assert_place(&a, "Geneva", "CHE", 46.20, 6.15, 20);
    assert_place(&a, "Vienna", "AUT", 48.21, 16.37, 20);
    assert_place(&a, "Brussels", "BEL", 50.85, 4.35, 20);
    /* the talks' sentence names all three */
    const sr_place_mention *g = find(&a, "Geneva");
    const sr_sentence *sen = &a.text.sentences[g->sentence];
    uint32_t idx[16];
    size_t n = sr_places_for_span(&a.places, sen->start, sen->end, idx, 16);
    assert_true(n >= 2);
    sr_arena_free(&a.arena);
    free(s0);
    free(s4);
}

static void test_divisions_by_their_towns(void **state)
{
    (void)state;
    if (!need_geonames())
        return;
    analyzed a;
    /* English counties, an Afghan province and an Irish county: divisions
     * GeoNames files its towns under by code, named by the build from the
     * divisions' own lists of towns */
    analyze(&a, "Flooding closed roads across Cambridgeshire and Lancashire on Tuesday.");
    assert_place(&a, "Cambridgeshire", "GBR", 52.3, 0.05, 161);
    assert_place(&a, "Lancashire", "GBR", 53.8, -2.6, 100);
    sr_arena_free(&a.arena);
    analyze(&a, "Fighting went on in Helmand, officials in Kabul said.");
    assert_place(&a, "Helmand", "AFG", 31.0, 64.0, 250);
    sr_arena_free(&a.arena);
    const char *body = "Farmers in Mayo County and County Mayo's coast towns met in Dublin.";
    const char *texts[] = {"Mayo County", "County Mayo"};
    sr_arena arena;
    sr_arena_init(&arena);
    sr_text t;
    sr_places p;
    resolve_texts(body, texts, 2, &p, &arena, &t);
    assert_resolved(&p, 0, "IRL", 53.9, -9.3, 80);
    assert_resolved(&p, 1, "IRL", 53.9, -9.3, 80);
    sr_arena_free(&arena);
}

static void test_division_below_its_town(void **state)
{
    (void)state;
    if (!need_geonames())
        return;
    analyzed a;
    /* "Alexandria Governorate" does not make "Alexandria" a division, nor
     * does a Barbados parish outweigh St. Thomas beside London, Ontario */
    analyze(&a, "Ferries from Alexandria and Port Said were delayed.");
    const sr_place_mention *m = find(&a, "Alexandria");
    assert_non_null(m);
    assert_int_equal(m->kind == SR_PLACE_ADM1, 0);
    assert_place(&a, "Alexandria", "EGY", 31.2, 29.9, 30);
    sr_arena_free(&a.arena);
    const char *body = "Snow closed schools in London, Woodstock and St. Thomas, and Ontario "
                       "police asked drivers to stay home.";
    const char *texts[] = {"London", "St. Thomas", "Ontario"};
    sr_arena arena;
    sr_arena_init(&arena);
    sr_text t;
    sr_places p;
    resolve_texts(body, texts, 3, &p, &arena, &t);
    assert_resolved(&p, 1, "CAN", 42.78, -81.19, 30);
    sr_arena_free(&arena);
}

static void test_named_after(void **state)
{
    (void)state;
    if (!need_geonames())
        return;
    /* a name the gazetteer lacks around one it has: the place it is named
     * for, in the country the article's other places are in */
    const char *body = "Cargo ships left the Port of Los Angeles as crews in Long Beach and "
                       "Santa Monica watched; fires burned on the West Side of Chicago.";
    const char *texts[] = {"Port of Los Angeles", "West Side", "Long Beach", "Chicago"};
    sr_arena arena;
    sr_arena_init(&arena);
    sr_text t;
    sr_places p;
    resolve_texts(body, texts, 4, &p, &arena, &t);
    assert_resolved(&p, 0, "USA", 34.05, -118.24, 40);
    assert_int_equal(p.mentions[0].how, SR_PLACE_NAMED_AFTER);
    /* "Side" is a town in Turkey: not in this article's country, no answer */
    assert_int_equal(p.mentions[1].place, SR_GAZ_NONE);
    sr_arena_free(&arena);
    /* "Platte Co." is Platte County; "Texan" is Texas */
    const char *body2 = "A Texan rancher bought land in Platte Co., Nebraska, near Columbus.";
    const char *texts2[] = {"Texan", "Platte Co.", "Nebraska", "Columbus"};
    sr_arena_init(&arena);
    resolve_texts(body2, texts2, 4, &p, &arena, &t);
    assert_resolved(&p, 0, "USA", 31.5, -99.0, 500);
    assert_resolved(&p, 1, "USA", 41.55, -97.5, 60);
    sr_arena_free(&arena);
}

static void test_features_and_saints(void **state)
{
    (void)state;
    if (!need_geonames())
        return;
    analyzed a;
    /* well-known water and land features from our own list */
    analyze(&a, "Oil drifted across the Gulf of Mexico toward the Mississippi River delta, "
                "and ships waited in the Caribbean.");
    assert_place(&a, "Gulf of Mexico", "", 25.0, -90.0, 200);
    assert_place(&a, "Mississippi River", "USA", 29.15, -89.25, 100);
    assert_place(&a, "Caribbean", "", 15.0, -75.0, 300);
    sr_arena_free(&a.arena);
    /* "St." and "Saint" are one word in names */
    const char *body = "Leaders of St. Kitts and Nevis and Saint Lucia met in Castries.";
    const char *texts[] = {"St. Kitts and Nevis", "Saint Lucia"};
    sr_arena arena;
    sr_arena_init(&arena);
    sr_text t;
    sr_places p;
    resolve_texts(body, texts, 2, &p, &arena, &t);
    assert_resolved(&p, 0, "KNA", 17.3, -62.75, 60);
    assert_resolved(&p, 1, "LCA", 13.9, -61.0, 60);
    sr_arena_free(&arena);
}

static void test_context_beyond_spans(void **state)
{
    (void)state;
    if (!need_geonames())
        return;
    /* only "Dublin" is asked about, but the article also names Columbus
     * and Ohio: the Ohio city, not the Irish capital */
    const char *body = "The Dublin city council met on Monday. Commuters to Columbus, Ohio, "
                       "complained about the new toll; Dublin will answer next week.";
    const char *texts[] = {"Dublin"};
    sr_arena arena;
    sr_arena_init(&arena);
    sr_text t;
    sr_places p;
    resolve_texts(body, texts, 1, &p, &arena, &t);
    assert_int_equal(p.n_mentions, 1);
    assert_resolved(&p, 0, "USA", 40.10, -83.11, 40);
    sr_arena_free(&arena);
}

static void test_division_vote_leaves_one_out(void **state)
{
    (void)state;
    if (!need_geonames())
        return;
    analyzed a;
    /* "Washington" names a state too, and its own candidates make that
     * state the article's main division: they must not decide it alone */
    analyze(&a, "Officials in Washington and Moscow traded accusations over the treaty.");
    assert_place(&a, "Washington", "USA", 38.9, -77.04, 30);
    assert_place(&a, "Moscow", "RUS", 55.75, 37.62, 20);
    sr_arena_free(&a.arena);
}

static void test_capital_beats_small_namesake(void **state)
{
    (void)state;
    if (!need_geonames())
        return;
    analyzed a;
    /* a Washington dateline makes the article American, but national and
     * world news: Moscow is Russia's capital, not the Idaho town */
    analyze(&a, "WASHINGTON — The United States warned on Tuesday that new sanctions were ready. "
                "Officials in Moscow rejected the warning, and the Kremlin said talks would go on.");
    assert_int_equal(a.places.dateline, 0);
    assert_place(&a, "Moscow", "RUS", 55.75, 37.62, 20);
    sr_arena_free(&a.arena);
    /* local context is strong: the Idaho town beside its neighbours */
    analyze(&a, "Students from Moscow and Pullman crowded the stadium on Saturday. Latah County "
                "deputies closed the highway between Moscow and Troy.");
    assert_place(&a, "Moscow", "USA", 46.73, -117.0, 30);
    sr_arena_free(&a.arena);
    /* a state named in the article is local context too */
    analyze(&a, "The Dublin city council approved the budget on Monday, the largest in Ohio's "
                "suburbs, and Dublin will hire ten officers.");
    assert_place(&a, "Dublin", "USA", 40.10, -83.11, 40);
    sr_arena_free(&a.arena);
}

static void test_local_news_cues(void **state)
{
    (void)state;
    if (!need_geonames())
        return;
    analyzed a;
    /* no other place: the sheriff's deputies, the troopers, a street
     * address in AP form and a phone number say the Paris is an American
     * town */
    analyze(&a, "Sheriff's deputies and state troopers searched a house at 412 Oak St. in Paris on "
                "Tuesday. Anyone with information should call 903-555-0100.");
    const sr_place_mention *m = find(&a, "Paris");
    assert_non_null(m);
    assert_string_equal(sr_gazetteer_country3(gaz, sr_gazetteer_place(gaz, m->place)), "USA");
    sr_arena_free(&a.arena);
    /* without them it is France's capital */
    analyze(&a, "Police searched a house in Paris on Tuesday. Anyone with information should "
                "call the police.");
    assert_place(&a, "Paris", "FRA", 48.85, 2.35, 20);
    sr_arena_free(&a.arena);
    /* a party and state after a congressman's name is American (national,
     * not local: enough for a town, not against a capital) */
    analyze(&a, "Rep. Tim Ryan (D-Ohio) toured a steel plant in Mansfield on Friday.");
    m = find(&a, "Mansfield");
    assert_non_null(m);
    assert_string_equal(sr_gazetteer_country3(gaz, sr_gazetteer_place(gaz, m->place)), "USA");
    sr_arena_free(&a.arena);
    analyze(&a, "The minister toured a steel plant in Mansfield on Friday.");
    assert_place(&a, "Mansfield", "GBR", 53.14, -1.2, 20);
    sr_arena_free(&a.arena);
    /* "Ont." after a town is the province, as "La." is the state */
    analyze(&a, "The MPP for the riding told reporters in London, Ont. that the plant would stay "
                "open, and London council agreed.");
    assert_place(&a, "London", "CAN", 42.98, -81.23, 30);
    sr_arena_free(&a.arena);
}

static void test_alternate_names_of_others(void **state)
{
    (void)state;
    if (!need_geonames())
        return;
    analyzed a;
    /* Philadelphia is an old name of Amman, and Victoria a name of Hong
     * Kong's centre: the cities that bear them as their own come first */
    analyze(&a, "The shipment left Philadelphia on Monday.");
    assert_place(&a, "Philadelphia", "USA", 39.95, -75.16, 20);
    sr_arena_free(&a.arena);
    /* a short form of a place's own name is still that place's */
    analyze(&a, "Fans in Newcastle and Sunderland celebrated the derby.");
    assert_place(&a, "Newcastle", "GBR", 54.97, -1.61, 30);
    sr_arena_free(&a.arena);
}

static void test_post_towns(void **state)
{
    (void)state;
    if (!need_geonames())
        return;
    analyzed a;
    /* Harwinton is too small for cities-500: the US post offices' list
     * has it, placed in its state */
    analyze(&a, "The fire started in a barn in Harwinton, Conn., on Sunday night.");
    const sr_place_mention *m = find(&a, "Harwinton");
    if (!m || m->place == SR_GAZ_NONE) {
        printf("skipped: the gazetteer was built without the zipcodes package\n");
        sr_arena_free(&a.arena);
        return;
    }
    assert_place(&a, "Harwinton", "USA", 41.77, -73.06, 15);
    sr_arena_free(&a.arena);
    /* such a name is a place only when the text says so: here a person */
    analyze(&a, "Amber told the council that the budget was late.");
    assert_null(find(&a, "Amber"));
    sr_arena_free(&a.arena);
}

static void test_state_abbreviation_without_period(void **state)
{
    (void)state;
    if (!need_geonames())
        return;
    /* the span stops before the sentence's period: "Calif" is California */
    const char *body = "The company moved its offices to San Jose, Calif. Workers followed.";
    const char *texts[] = {"Calif"};
    sr_arena arena;
    sr_arena_init(&arena);
    sr_text t;
    sr_places p;
    resolve_texts(body, texts, 1, &p, &arena, &t);
    assert_resolved(&p, 0, "USA", 37.2, -119.6, 300);
    assert_int_equal(p.mentions[0].kind, SR_PLACE_ADM1);
    sr_arena_free(&arena);
}

static void test_english_names(void **state)
{
    (void)state;
    if (!need_geonames())
        return;
    analyzed a;
    analyze(&a, "Diplomats met in Geneva, then in Cologne; officials in Munich and Kyiv said so.");
    const struct {
        const char *text, *english;
    } want[] = {{"Geneva", "Geneva"}, {"Cologne", "Cologne"}, {"Munich", "Munich"}, {"Kyiv", "Kyiv"}};
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        const sr_place_mention *m = find(&a, want[i].text);
        assert_non_null(m);
        const sr_gaz_place *p = sr_gazetteer_place(gaz, m->place);
        assert_string_equal(sr_gazetteer_english_name(gaz, p), want[i].english);
    }
    /* GeoNames' own name stays: Genève */
    assert_string_equal(sr_gazetteer_name(gaz, sr_gazetteer_place(gaz, find(&a, "Geneva")->place)),
                        "Gen\xc3\xa8ve");
    sr_arena_free(&a.arena);
}

/* The national web domain of an article's URL or outlet host. */
static void test_outlet_domain(void **state)
{
    (void)state;
    char code[3];
    assert_int_equal(sr_outlet_tld("http://www.independent.ie/national-news/a-1.html?r=RSS", code), 1);
    assert_string_equal(code, "IE");
    assert_int_equal(sr_outlet_tld("lfpress.ca", code), 1);
    assert_string_equal(code, "CA");
    assert_int_equal(sr_outlet_tld("https://www.dailystar.com.lb/News/x", code), 1);
    assert_string_equal(code, "LB");
    /* the United Kingdom's domain is .uk, its ISO code GB */
    assert_int_equal(sr_outlet_tld("https://news.example.co.uk:8080/story", code), 1);
    assert_string_equal(code, "GB");
    assert_int_equal(sr_outlet_tld("\n   http://user@WWW.EXAMPLE.DE./a  ", code), 1);
    assert_string_equal(code, "DE");
    /* the generic domains, the national ones sold for their letters, an
     * outlet's name and nothing say nothing */
    assert_int_equal(sr_outlet_tld("http://www.thetowntalk.com/article/1", code), 0);
    assert_string_equal(code, "");
    assert_int_equal(sr_outlet_tld("example.org", code), 0);
    assert_int_equal(sr_outlet_tld("https://news.example.tv/", code), 0);
    assert_int_equal(sr_outlet_tld("https://example.io", code), 0);
    assert_int_equal(sr_outlet_tld("https://example.eu", code), 0);
    assert_int_equal(sr_outlet_tld("The Irish Times", code), 0);
    assert_int_equal(sr_outlet_tld("localhost", code), 0);
    assert_int_equal(sr_outlet_tld(NULL, code), 0);
    if (!gaz)
        return;
    uint16_t ie = sr_places_outlet_country(gaz, "https://www.independent.ie/x");
    assert_int_not_equal(ie, 0xffff);
    assert_string_equal(sr_gazetteer_country3(gaz, sr_gazetteer_country_place(gaz, ie)), "IRL");
    assert_int_equal(sr_places_outlet_country(gaz, "example.com"), 0xffff);
    assert_int_equal(sr_gazetteer_country_by_iso2(gaz, "zz"), 0xffff);
    assert_int_equal(sr_gazetteer_country_by_iso2(gaz, "i"), 0xffff);
}

static void analyze_from(analyzed *a, const char *body, const char *source)
{
    sr_arena_init(&a->arena);
    a->body = body;
    assert_int_equal(sr_text_analyze(body, strlen(body), &a->arena, &a->text), 0);
    assert_int_equal(sr_places_analyze_from(gaz, body, &a->text, source, &a->arena, &a->places), 0);
}

/* The outlet's country votes as a country the text names would: it
 * decides a name the text leaves open, never one the text marks. */
static void test_outlet_evidence(void **state)
{
    (void)state;
    if (!need_geonames())
        return;
    analyzed a;
    const char *body = "The council in Richmond approved the plan on Tuesday.";
    analyze_from(&a, body, NULL);
    assert_place(&a, "Richmond", "USA", 37.55, -77.46, 30); /* Virginia's capital */
    sr_arena_free(&a.arena);
    analyze_from(&a, body, "http://www.example.com/news/1");
    assert_place(&a, "Richmond", "USA", 37.55, -77.46, 30);
    sr_arena_free(&a.arena);
    analyze_from(&a, body, "https://www.example.co.uk/news/1");
    assert_int_equal(a.places.outlet_country, sr_gazetteer_country_by_iso2(gaz, "GB"));
    assert_place(&a, "Richmond", "GBR", 51.46, -0.30, 30);
    sr_arena_free(&a.arena);
    analyze_from(&a, "The council in Hamilton approved the plan on Tuesday.", "example.ca");
    assert_place(&a, "Hamilton", "CAN", 43.25, -79.85, 30);
    sr_arena_free(&a.arena);
    /* the text's own word wins */
    analyze_from(&a, "The council in Richmond, Va., approved the plan on Tuesday.",
                 "https://www.example.co.uk/news/1");
    assert_place(&a, "Richmond", "USA", 37.55, -77.46, 30);
    sr_arena_free(&a.arena);
    /* a capital keeps its name: an Irish outlet's Paris is still France's */
    analyze_from(&a, "Ministers met in Paris on Tuesday.", "example.ie");
    assert_place(&a, "Paris", "FRA", 48.85, 2.35, 20);
    sr_arena_free(&a.arena);
}

/* A kinship noun before a name makes it a person's, as a title does, and
 * the name is that person's throughout the article unless the text marks
 * the place. */
static void test_kinship_names(void **state)
{
    (void)state;
    if (!need_geonames())
        return;
    analyzed a;
    analyze(&a, "She has a teenage son Adrian who lives with his father in Cork.");
    assert_null(find(&a, "Adrian"));
    assert_place(&a, "Cork", "IRL", 51.9, -8.47, 20);
    sr_arena_free(&a.arena);
    analyze(&a, "Her daughter Elizabeth was born in 2000. Elizabeth would always be with the family, "
                "she said.");
    assert_int_equal(a.places.n_mentions, 0);
    sr_arena_free(&a.arena);
    analyze(&a, "Her daughter Elizabeth moved to Elizabeth, N.J., last year.");
    assert_place(&a, "Elizabeth", "USA", 40.66, -74.21, 20);
    assert_true(find(&a, "Elizabeth")->byte_start > 20);
    sr_arena_free(&a.arena);
    /* without the kinship noun the name stays a place */
    analyze(&a, "The plant in Elizabeth, N.J., will close. Elizabeth has lost three plants.");
    assert_int_equal(a.places.n_mentions, 2); /* both ("N.J." qualifies the first) */
    assert_place(&a, "Elizabeth", "USA", 40.66, -74.21, 20);
    sr_arena_free(&a.arena);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keys),
        cmocka_unit_test(test_distance),
        cmocka_unit_test(test_bad_files),
        cmocka_unit_test(test_commune_and_county),
        cmocka_unit_test(test_cities_abroad),
        cmocka_unit_test(test_local_context),
        cmocka_unit_test(test_own_namesakes),
        cmocka_unit_test(test_spans_people_and_abbreviations),
        cmocka_unit_test(test_co_mentions),
        cmocka_unit_test(test_word_tables),
        cmocka_unit_test(test_not_places),
        cmocka_unit_test(test_dateline),
        cmocka_unit_test(test_seeds),
        cmocka_unit_test(test_divisions_by_their_towns),
        cmocka_unit_test(test_division_below_its_town),
        cmocka_unit_test(test_named_after),
        cmocka_unit_test(test_features_and_saints),
        cmocka_unit_test(test_context_beyond_spans),
        cmocka_unit_test(test_division_vote_leaves_one_out),
        cmocka_unit_test(test_capital_beats_small_namesake),
        cmocka_unit_test(test_local_news_cues),
        cmocka_unit_test(test_alternate_names_of_others),
        cmocka_unit_test(test_post_towns),
        cmocka_unit_test(test_state_abbreviation_without_period),
        cmocka_unit_test(test_english_names),
        cmocka_unit_test(test_outlet_domain),
        cmocka_unit_test(test_outlet_evidence),
        cmocka_unit_test(test_kinship_names),
    };
    return cmocka_run_group_tests(tests, open_gazetteer, close_gazetteer);
}
