/*
 * gazetteer.h - the compiled gazetteer: GeoNames places, countries, first-
 * level divisions, US counties and our own seas, straits and regions, in one
 * binary file that is mapped into memory and used in place.
 *
 * The file is written at build time by tools/gazetteer_build.c (see
 * scripts/build-gazetteer.sh) and never fetched at run time.  Loading is an
 * mmap plus a header check, so it costs well under a millisecond; pages are
 * read on first touch.  The handle is immutable and may be shared between
 * threads.
 *
 * Layout (native endianness; the magic holds a byte-order probe):
 *   header | places[n_places] | countries[n_countries] | slots[n_slots] |
 *   postings[n_postings] | tags[n_slots] | strings
 * Names are looked up by a folded key (sr_place_key): lower case, Latin
 * diacritics removed, hyphens as spaces, apostrophes and periods dropped.
 * The key table is open addressing on the key's 64-bit hash; the key text
 * itself is not stored (two keys colliding on 64 bits is ~1e-8 for a
 * million keys, and would only add candidates that disambiguation weighs).
 * Beside the slots, one byte a slot holds a tag of the hash (0 = empty):
 * most lookups are of capitalized words that are no place, and the tags
 * (half a megabyte, where the slots are eight) answer those from cache.
 */
#ifndef SR_PLACES_GAZETTEER_H
#define SR_PLACES_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

#define SR_GAZ_MAGIC "SRGAZ\0\0\x01"
#define SR_GAZ_VERSION 4u
#define SR_GAZ_BYTE_ORDER 0x01020304u
#define SR_GAZ_NONE 0xffffffffu

/* What a place is, coarsely; disambiguation weighs these. */
typedef enum sr_place_kind {
    SR_PLACE_CITY = 1,    /* GeoNames feature class P: a populated place */
    SR_PLACE_COUNTRY = 2, /* an independent country or dependency */
    SR_PLACE_ADM1 = 3,    /* first-level division: state, province, county of Romania */
    SR_PLACE_ADM2 = 4,    /* second-level division (US counties) */
    SR_PLACE_FEATURE = 5, /* sea, strait, river, peninsula, region (data/places) */
    SR_PLACE_CAPITAL = 6, /* a country's capital (GeoNames PPLC) */
    SR_PLACE_DEMONYM = 7  /* not a place: "Romanian", a reference to its country */
} sr_place_kind;

typedef struct sr_gaz_header {
    char magic[8];
    uint32_t version, byte_order;
    uint32_t n_places, n_countries, n_slots, n_postings;
    uint64_t strings_size;
    uint64_t off_places, off_countries, off_slots, off_postings, off_tags, off_strings;
    uint64_t file_size;
    uint32_t has_geonames; /* 1 when the GeoNames cities were available at build time */
    uint32_t reserved;
} sr_gaz_header;

typedef struct sr_gaz_place {
    int32_t geonameid; /* 0 when the place has none (some of our own features) */
    float lat, lon;
    float prior;       /* sr_place_prior(), stored so resolution computes no logarithms */
    uint32_t population;
    uint32_t name;     /* offset into strings: the display name, NUL-terminated */
    uint32_t admin1;   /* place index of its first-level division, or SR_GAZ_NONE */
    uint16_t country;  /* index into countries, or 0xffff */
    uint8_t kind;      /* sr_place_kind */
    uint8_t flags;     /* SR_GAZ_ENGLISH */
    char fcode[8];     /* GeoNames feature code (PPL, PPLA2, ADM1, SEA, ...) */
} sr_gaz_place;

/* The place has an English conventional name beside GeoNames' own
 * ("Geneva" beside "Genève"), stored right after the name. */
#define SR_GAZ_ENGLISH 1u

typedef struct sr_gaz_country {
    char iso2[3], iso3[4]; /* NUL-terminated */
    uint8_t reserved;
    uint32_t place;        /* its place index, or SR_GAZ_NONE */
} sr_gaz_country;

/* A slot's tag: from bits of the hash the slot index does not use. */
static inline uint8_t sr_gaz_tag(uint64_t hash)
{
    return (uint8_t)((hash >> 57) + 1);
}

/* How big a key's first (likeliest) place is, for recognition's filters,
 * which then need not touch the postings of names they drop. */
enum { SR_GAZ_TOP_SMALL = 0, /* population under 20,000 */
       SR_GAZ_TOP_MID = 1,   /* under 100,000 */
       SR_GAZ_TOP_BIG = 2,   /* 100,000 and more */
       SR_GAZ_TOP_SIZE = 3,  /* the mask of the three above */
       /* a longer name starts with this key and a space ("san" of "san
        * jose"): recognition reads a run of words forward and stops where
        * no name goes on.  A key that only starts longer names has a slot
        * with no postings. */
       SR_GAZ_LONGER = 0x80 };

typedef struct sr_gaz_slot {
    uint64_t hash;       /* 0 marks an empty slot (a real key hashing to 0 is stored as 1) */
    uint32_t postings;   /* index of the first posting */
    uint16_t n_postings; /* a key's places beyond 65535 are dropped (the least likely) */
    uint8_t top_kind;    /* the first posting's sr_place_kind */
    uint8_t top_size;    /* SR_GAZ_TOP_* of the first posting's population, | SR_GAZ_LONGER */
} sr_gaz_slot;

/* A posting: place index in the low 31 bits; the top bit says the name is
 * one of the place's alternate names, not its own.  A key's postings are in
 * decreasing order of prior minus the alternate-name penalty
 * (sr_place_posting_prior), so the first is the name's likeliest place
 * before any context. */
#define SR_GAZ_ALTERNATE 0x80000000u

/* How likely a place is to be meant before any context: its kind (a
 * country over a first-level division over a city) and its population.
 * The builder stores it in sr_gaz_place.prior. */
double sr_place_prior(const sr_gaz_place *p);

/* The prior of a place as reached by one posting: an alternate name is a
 * weaker claim ("Kan" is also Ganzhou, "Berea" Aleppo), except for a
 * place of 100,000 or more ("Geneva" is Genève's English name); a
 * division's alternate names are weaker whatever its population ("Delta"
 * of Delta State, beside the town). */
double sr_place_posting_prior(const sr_gaz_place *p, uint32_t posting);

typedef struct sr_gazetteer sr_gazetteer;

/* Maps the gazetteer file at `path`.  Returns NULL and fills err (what was
 * wrong and what to do) when it is missing, truncated or of another
 * version. */
sr_gazetteer *sr_gazetteer_open(const char *path, char *err, size_t errlen);
void sr_gazetteer_close(sr_gazetteer *g);

/* The path the library uses: $SITREP_GAZETTEER, else the file the build
 * wrote (compiled in). */
const char *sr_gazetteer_default_path(void);

size_t sr_gazetteer_size(const sr_gazetteer *g);
int sr_gazetteer_has_geonames(const sr_gazetteer *g);
const sr_gaz_place *sr_gazetteer_place(const sr_gazetteer *g, uint32_t index);
const char *sr_gazetteer_name(const sr_gazetteer *g, const sr_gaz_place *p);
/* The name an English-language reader knows: the English conventional
 * name where GeoNames gives the local one ("Geneva", "Cologne"), else the
 * name. */
const char *sr_gazetteer_english_name(const sr_gazetteer *g, const sr_gaz_place *p);
/* The ISO 3166 alpha-3 ("ROU") and alpha-2 ("RO") codes of a place's
 * country, or "" when it has none. */
const char *sr_gazetteer_country3(const sr_gazetteer *g, const sr_gaz_place *p);
const char *sr_gazetteer_country2(const sr_gazetteer *g, const sr_gaz_place *p);
/* The country's own place (for a demonym), or NULL. */
const sr_gaz_place *sr_gazetteer_country_place(const sr_gazetteer *g, uint16_t country);
/* The country index of an ISO 3166 alpha-2 code in either case ("IE",
 * "ie"), or 0xffff when the gazetteer has no such country. */
uint16_t sr_gazetteer_country_by_iso2(const sr_gazetteer *g, const char *code);

/* Postings for a folded key (see sr_place_key); *n is set to their count.
 * NULL when the name is unknown. */
const uint32_t *sr_gazetteer_lookup(const sr_gazetteer *g, const char *key, size_t key_len,
                                    uint32_t *n);

/* The slot of a folded key, or NULL when the name is unknown; its
 * postings come from sr_gazetteer_postings (NULL for a key that only
 * starts longer names). */
const sr_gaz_slot *sr_gazetteer_find(const sr_gazetteer *g, const char *key, size_t key_len);
const uint32_t *sr_gazetteer_postings(const sr_gazetteer *g, const sr_gaz_slot *s, uint32_t *n);

/* Folds a name to its lookup key in out (capacity cap).  Returns the key's
 * length, or 0 when the name holds characters no key can have (non-Latin
 * letters, most punctuation) or does not fit. */
size_t sr_place_key(const char *name, size_t len, char *out, size_t cap);

/* Hash of a key as the table stores it (never 0). */
uint64_t sr_place_key_hash(const char *key, size_t len);

/* Great-circle distance in kilometres. */
double sr_geo_distance_km(double lat1, double lon1, double lat2, double lon2);

#endif
