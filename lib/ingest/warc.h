/*
 * warc.h - WARC/1.0 and 1.1 record reader (ISO 28500), plain or gzip per record.
 *
 * Iterates the records of a whole file held in memory.  A `.warc.gz` is a
 * sequence of gzip members, one record each; a broken member or record is
 * reported with its byte offset and the reader resynchronizes on the next
 * member / "WARC/" line, so one bad record costs one record.
 */
#ifndef SR_INGEST_WARC_H
#define SR_INGEST_WARC_H

#include <stddef.h>

#include "util/buf.h"

/* Limits; a record over one is reported (sr_warc_next returns -1) and
 * skipped, and reading goes on. */
#define SR_WARC_MAX_BODY ((size_t)256 << 20)   /* record block, and decoded HTTP body */
#define SR_WARC_MAX_HEADER ((size_t)1 << 20)   /* WARC header section */

typedef struct sr_warc_record {
    size_t offset;             /* byte offset of the record (or its gzip member) in the file */
    unsigned index;            /* 1-based record number in the file */
    const char *type;          /* WARC-Type: "response", "resource", "request", "warcinfo", ... */
    const char *target_uri;    /* WARC-Target-URI or NULL */
    const char *warc_date;     /* WARC-Date as written (e.g. 2022-02-11T10:00:00Z) or NULL */
    const char *content_type;  /* Content-Type of the record block ("" when absent) */
    const char *record_id;     /* WARC-Record-ID or NULL */
    /* For response records with an HTTP message (application/http), the HTTP
     * headers are parsed off: http_status, http_content_type (with any
     * charset parameter) and payload = the entity body, de-chunked and
     * decoded from Content-Encoding gzip/deflate when present.  For other
     * records the payload is the whole block. */
    int http_status;           /* 0 when not an HTTP response */
    const char *http_content_type; /* NULL when not an HTTP response, "" when it has none */
    const char *payload;       /* never NULL; NUL-terminated (payload[payload_len] == 0) */
    size_t payload_len;
    /* 1 when the payload is known to be incomplete: the record says
     * WARC-Truncated, or a chunked/gzip body ended early and payload holds
     * what could be recovered. */
    int truncated;
    /* When sr_warc_next returns -1: offset and index name the broken record,
     * and raw/raw_len hold its bytes as stored in the file (the compressed
     * member for .warc.gz), so a caller can keep what it could not read. */
    const unsigned char *raw;
    size_t raw_len;
} sr_warc_record;

typedef struct sr_warc_reader sr_warc_reader;

/* The reader refers to data[0..len) without copying; keep it alive. */
sr_warc_reader *sr_warc_open(const unsigned char *data, size_t len);

/* Returns 1 with *rec filled (valid until the next call), 0 at the end, or -1
 * for a broken record: err says what and where (offset), and the next call
 * goes on after it. */
int sr_warc_next(sr_warc_reader *r, sr_warc_record *rec, char *err, size_t errlen);
void sr_warc_close(sr_warc_reader *r);

/* True when data starts like a WARC file (plain "WARC/1." or a gzip member
 * whose first bytes inflate to it). */
int sr_warc_sniff(const unsigned char *data, size_t len);

#endif
