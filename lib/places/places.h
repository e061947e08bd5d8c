/*
 * places.h - the places stage: toponyms in an article's text resolved to
 * gazetteer places (GeoNames id, country, coordinates), country references
 * made by demonyms ("Romanian"), the article's dateline place, and the
 * location of an event from the place its sentence or clause names.
 *
 * Results live in the article's arena; the gazetteer is shared read-only.
 * Every resolved place can be traced to the words that named it: an event
 * is never placed by a guess.
 */
#ifndef SR_PLACES_PLACES_H
#define SR_PLACES_PLACES_H

#include <stddef.h>
#include <stdint.h>

#include "places/gazetteer.h"
#include "text/text.h"
#include "util/arena.h"

/* How a mention was resolved, for the record and for debugging. */
typedef enum sr_place_how {
    SR_PLACE_ONLY = 1,      /* the name has one place */
    SR_PLACE_RANKED = 2,    /* importance: feature type and population */
    SR_PLACE_CONTEXT = 3,   /* the article's other places or main country decided */
    SR_PLACE_QUALIFIED = 4, /* "Alexandria, La.", "Constanta county": the text says which */
    SR_PLACE_NAMED_AFTER = 5 /* a name the gazetteer lacks, around one it has: "Hamilton
                              * Township", "Port of Los Angeles" are placed at Hamilton, Los Angeles */
} sr_place_how;

typedef struct sr_place_mention {
    uint32_t start, end;           /* code points into the body ("Constanta county") */
    uint32_t byte_start, byte_end;
    uint32_t sentence;
    uint32_t place;                /* gazetteer index; SR_GAZ_NONE when no candidate fit */
    uint8_t kind;                  /* the place's sr_place_kind; SR_PLACE_DEMONYM = a country reference */
    uint8_t how;                   /* sr_place_how */
    uint8_t dateline;              /* 1 for the article's dateline ("BUCHAREST, Feb 11 -") */
    uint8_t after_locative;        /* preceded by in/at/near/from/outside/... */
} sr_place_mention;

typedef struct sr_places {
    sr_place_mention *mentions;    /* in text order: toponyms and demonyms */
    size_t n_mentions;
    const sr_gazetteer *gazetteer;
    int32_t dateline;              /* index into mentions, or -1 */
    uint16_t main_country;         /* gazetteer country index, 0xffff when none */
    uint16_t outlet_country;       /* the outlet's, from its national web domain; 0xffff none */
    uint8_t english;               /* the article is in English: names as English readers know
                                    * them (sr_gazetteer_english_name); set by the caller */
} sr_places;

/* The name a place goes by in this article's record and store: the
 * English one for an English article, else GeoNames'. */
const char *sr_places_name(const sr_places *p, const sr_gaz_place *pl);

/* Finds and resolves the toponyms and demonyms of an analyzed text.
 * Returns 0, or -1 when the arena cannot allocate. */
int sr_places_analyze(const sr_gazetteer *g, const char *body, const sr_text *t, sr_arena *arena,
                      sr_places *out);
/* The same, knowing where the article comes from: `source` is its URL or
 * its outlet's host name (NULL when unknown); a national domain votes for
 * the article's country as one more country named in the text would
 * (sr_places_outlet_country).  sr_places_analyze passes NULL. */
int sr_places_analyze_from(const sr_gazetteer *g, const char *body, const sr_text *t,
                           const char *source, sr_arena *arena, sr_places *out);

/* The country of the national top-level domain of a URL or host name
 * ("https://www.independent.ie/...", "lfpress.ca", "dailystar.com.lb"),
 * as a gazetteer country index; 0xffff for a generic domain (.com, .org,
 * .net), a national one sold worldwide for its letters (.tv, .io, .co),
 * an outlet's name that is no host ("The Irish Times"), or NULL. */
uint16_t sr_places_outlet_country(const sr_gazetteer *g, const char *source);
/* The ISO 3166 alpha-2 code ("IE"; "GB" for .uk) of the same domain in
 * code; returns 0 (code "") when it names no country. */
int sr_outlet_tld(const char *source, char code[3]);

/* Resolves given spans (byte offsets [start, end) into body) as toponyms,
 * with the same disambiguation: for evaluating resolution on gold
 * toponyms.  The toponyms recognition finds outside the spans are context
 * too, as they are for sr_places_analyze.  A span the gazetteer does not
 * know is placed at the place a generic word goes with ("Hamilton
 * Township", SR_PLACE_NAMED_AFTER) when that place is in the article's
 * main country; else it gets place SR_GAZ_NONE.  mentions[i] answers
 * spans[i]. */
int sr_places_resolve_spans(const sr_gazetteer *g, const char *body, const sr_text *t,
                            const uint32_t (*byte_spans)[2], size_t n, sr_arena *arena,
                            sr_places *out);
/* The same with the article's URL or outlet host (see sr_places_analyze_from). */
int sr_places_resolve_spans_from(const sr_gazetteer *g, const char *body, const sr_text *t,
                                 const uint32_t (*byte_spans)[2], size_t n, const char *source,
                                 sr_arena *arena, sr_places *out);

/* The resolved toponyms (not demonyms) that lie inside the code-point span
 * [start, end): their mention indices go to idx (up to cap); returns how
 * many there are (which may exceed cap). */
size_t sr_places_for_span(const sr_places *p, uint32_t start, uint32_t end, uint32_t *idx,
                          size_t cap);

/* Where an event happened, for the event coder.  In order: a place after a
 * locative ("in", "at", "near", ...) in the event's clause [clause_start,
 * clause_end) (code points), then one in its sentence, then any place in
 * the clause, then any in the sentence, then the article's dateline, else
 * none (NULL): never a guess.  *from says which ("clause", "sentence",
 * "dateline").  Among several, the most specific (a city over a region over
 * a country) wins, then the nearest to the clause. */
const sr_place_mention *sr_places_event_location(const sr_places *p, const sr_text *t,
                                                 uint32_t sentence, uint32_t clause_start,
                                                 uint32_t clause_end, const char **from);

/* 1 when the built-in word tables are in the order lookups assume (for
 * the tests). */
int sr_places_tables_ok(void);

#endif
