/*
 * stage.h - how the pipeline, the record and the store reach the places
 * stage (the analysis itself is in places.h).
 *
 * For the event coder: after sr_places_run(), a->impl->places (an
 * sr_places, places.h) holds the article's toponyms in text order;
 * sr_places_event_location() gives an event its place from its clause,
 * else its sentence, else the dateline, and sr_place_write_json() writes
 * it as the record contract's "place" object.  Dates: time/dates.h.
 */
#ifndef SR_PLACES_STAGE_H
#define SR_PLACES_STAGE_H

#include <sitrep/sitrep.h>

#include "places/places.h"
#include "util/buf.h"

/* The context's gazetteer, mapped on first use; NULL when places are off
 * or the file is missing (reported once through the diagnostics). */
const sr_gazetteer *sr_context_gazetteer(const sr_context *ctx);
/* Unmaps it (sr_context_free calls this). */
void sr_context_close_gazetteer(sr_context *ctx);

/* Finds the article's places (needs the text stage); a no-op without a
 * gazetteer.  Returns SR_ERR_NOMEM when the arena cannot allocate. */
sr_status sr_places_run(const sr_context *ctx, sr_article *a);

/* {"text","name","country","lat","lon","geonameid","feature","sentence","span"[,"dateline"]} */
void sr_place_write_json(sr_buf *b, const sr_places *p, const sr_place_mention *m, const char *body);
/* The record's "places": the resolved toponyms, demonyms left out. */
void sr_places_write_json(sr_buf *b, const sr_article *a);
/* The record's "country_mentions": demonyms as country references. */
void sr_places_write_country_mentions_json(sr_buf *b, const sr_article *a);

#endif
