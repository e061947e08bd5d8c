/*
 * speakers.h - the bridge from quotation speakers to office-holders.
 */
#ifndef SR_PIPELINE_SPEAKERS_H
#define SR_PIPELINE_SPEAKERS_H

#include "core/core.h"
#include "quotes/quotes.h"

/* Fills a resolver backed by the context's office-holders; returns 0 (and
 * leaves *out alone) when they are not available. */
int sr_speaker_resolver_for(const sr_context *ctx, sr_speaker_resolver *out);
/* Names the actors of the article's coded events after the people they
 * are on its date: "the NATO Secretary General" on 2025-03-01 is Mark Rutte,
 * "Russian Foreign Minister Sergey Lavrov" is Sergey Lavrov.  Codes stay
 * as the dictionaries gave them. */
void sr_name_event_actors(const sr_context *ctx, sr_article *a);
void sr_context_close_roles(sr_context *ctx);

#endif
