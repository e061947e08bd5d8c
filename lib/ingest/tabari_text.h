/*
 * tabari_text.h - TABARI's text format: records of a "YYMMDD ID" line,
 * the sentence lines, and a blank line.  Each record is one article (or
 * one sentence, for a validation suite) with that date and id.
 */
#ifndef SR_INGEST_TABARI_TEXT_H
#define SR_INGEST_TABARI_TEXT_H

#include <sitrep/sitrep.h>
#include <stddef.h>

#include "util/buf.h"

typedef struct sr_tabari_record {
    char date[9];      /* as written: YYMMDD (or YYYYMMDD) */
    const char *id;    /* the rest of the header line's first word */
    const char *text;  /* the record's lines joined by '\n' (comments kept) */
    unsigned long line;/* 1-based line of the header */
} sr_tabari_record;

/* Return non-zero to stop. */
typedef int (*sr_tabari_record_fn)(void *userdata, const sr_tabari_record *r);

/* Is this TABARI text?  Its first non-blank line that is not a '#' comment
 * is "NNNNNN ID" (six or eight digits, a blank, a word), and a sentence line
 * follows it. */
int sr_tabari_text_detect(const char *data, size_t len);
/* A pull iterator over the records of data[0..len), for the ingest reader:
 *   sr_tabari_iter it; sr_tabari_iter_init(&it, data, len);
 *   while (sr_tabari_text_next(&it, &rec) == 1) ... one article per record:
 *       path FILE#ID, date from sr_tabari_date_iso(rec.date), body rec.text
 *   sr_tabari_iter_free(&it);
 * A record is valid until the next call. */
typedef struct sr_tabari_iter {
    const char *data;
    size_t len, pos;
    unsigned long line;
    sr_buf text;
    char id[256];
} sr_tabari_iter;

void sr_tabari_iter_init(sr_tabari_iter *it, const char *data, size_t len);
/* 1: *r holds the next record; 0: no more; -1: out of memory. */
int sr_tabari_text_next(sr_tabari_iter *it, sr_tabari_record *r);
void sr_tabari_iter_free(sr_tabari_iter *it);
/* Calls fn for each record of data[0..len).  Returns SR_ERR_NOMEM or SR_OK. */
sr_status sr_tabari_text_parse(const char *data, size_t len, sr_tabari_record_fn fn, void *userdata);
/* The same for a file. */
sr_status sr_tabari_text_each(const char *path, sr_tabari_record_fn fn, void *userdata, char *err,
                              size_t errlen);
/* "YYMMDD" -> "YYYY-MM-DD" (years 00-30 are 20xx, as TABARI); 0 when invalid. */
int sr_tabari_date_iso(const char *date, char out[11]);

#endif
