/*
 * ingest.h - the ingest stage's private interfaces: from a file's bytes to
 * articles.  The public entry points (sr_reader_*) are in sitrep.h.
 *
 * Each format parser turns its input into drafts: metadata as found plus a
 * UTF-8 body not yet normalized.  sr_draft_finish() normalizes a draft into an
 * article, the one place where ids, dates and layout are decided.
 */
#ifndef SR_INGEST_INGEST_H
#define SR_INGEST_INGEST_H

#include <stddef.h>

#include "core/core.h"
#include "util/buf.h"

typedef struct sr_draft {
    const char *where;    /* path plus locator */
    const char *format;   /* "text", "jsonl", "html", "warc" */
    const char *url, *title, *outlet, *date, *language; /* any may be NULL; date in any common form */
    const char *body;     /* UTF-8 */
    size_t body_len;
} sr_draft;

/* Normalizes a draft into a new article.  Returns SR_OK, SR_ERR_FORMAT with
 * err set when no text is left ("no article text"), or SR_ERR_NOMEM. */
sr_status sr_draft_finish(const sr_draft *d, sr_article **out, char *err, size_t errlen);

/* Plain text: optional "key: value" header lines and a blank line, or the
 * " date YYYY-MM-DD " prefix; charset from a "charset:" header.  Fills the
 * draft with pointers into `data` or `scratch`.  Returns 0, or -1 with err. */
int sr_plaintext_parse(const unsigned char *data, size_t len, sr_buf *scratch, sr_draft *d,
                       char *err, size_t errlen);

/* HTML page (any charset; `declared_charset` from HTTP may be NULL) to a
 * draft whose strings live in `arena`.  Returns 0, or -1 with err. */
int sr_html_to_draft(const unsigned char *data, size_t len, const char *declared_charset,
                     sr_arena *arena, sr_draft *d, char *err, size_t errlen);

/* One JSON Lines record (one line, without its newline) to a draft whose
 * strings live in `arena`.  Returns 0, or -1 with err (position in the line
 * for invalid JSON, or the missing field). */
int sr_jsonl_to_draft(const char *line, size_t len, sr_arena *arena, sr_draft *d, char *err,
                      size_t errlen);

/* Largest single article body, and largest JSON line, we accept. */
#define SR_ARTICLE_MAX ((size_t)32 << 20)
/* Largest input file (after decompression). */
#define SR_FILE_MAX ((size_t)2 << 30)

#endif
