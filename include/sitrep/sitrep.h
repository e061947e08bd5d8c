/*
 * sitrep.h - the public interface of libsitrep.
 *
 * libsitrep reads news (plain text, JSON Lines, HTML, WARC), normalizes it,
 * splits it into sentences and tokens, and writes source-linked records into a
 * database.  The `sitrep` command-line tool is a thin client of this header:
 * everything it does, another program can do through these functions.
 *
 * Conventions, as in SQLite: every function that can fail returns an
 * sr_status and, where it says so, fills a message; the library never prints
 * and never exits.  Diagnostics about input (a bad file, a bad record) go to
 * the callback set with sr_context_set_diag().  Objects returned by a *_open
 * or *_new function are freed by the matching *_close or *_free.
 *
 * Thread safety: an sr_context is immutable once configured and may be shared
 * read-only; readers, articles and stores belong to one thread at a time.
 */
#ifndef SITREP_SITREP_H
#define SITREP_SITREP_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SITREP_VERSION_STRING "0.1.0"

/* Status codes.  0 is success; the others say which kind of thing failed. */
typedef enum sr_status {
    SR_OK = 0,
    SR_ERR_NOMEM = 1,  /* out of memory */
    SR_ERR_IO = 2,     /* a file or stream could not be read or written */
    SR_ERR_FORMAT = 3, /* input is not in the expected format */
    SR_ERR_DB = 4,     /* the database refused an operation */
    SR_ERR_USAGE = 5,  /* the caller passed something invalid */
    SR_ERR_LIMIT = 6   /* input exceeds a documented limit */
} sr_status;

/* A short English name for a status ("out of memory", ...). */
const char *sr_status_name(sr_status s);

/* ---------------------------------------------------------------- context */

typedef struct sr_context sr_context;

typedef enum sr_severity { SR_DIAG_NOTE, SR_DIAG_WARNING, SR_DIAG_ERROR } sr_severity;

/* One diagnostic about input.  `where` names the file and, when known, the
 * place in it ("news.jsonl:17", "crawl.warc.gz#3 (byte 10234)"). */
typedef struct sr_diag {
    sr_severity severity;
    const char *where;
    const char *message; /* what was wrong */
    const char *hint;    /* what to do about it; may be NULL */
} sr_diag;

typedef void (*sr_diag_fn)(void *userdata, const sr_diag *diag);

/* Creates a context with default settings.  Returns NULL when out of memory. */
sr_context *sr_context_new(void);
void sr_context_free(sr_context *ctx);
/* Sets where diagnostics go (default: nowhere). */
void sr_context_set_diag(sr_context *ctx, sr_diag_fn fn, void *userdata);
/* Enables or disables language identification (default on). */
void sr_context_set_langid(sr_context *ctx, int enabled);
/* Enables or disables quotation extraction (default on). */
void sr_context_set_quotes(sr_context *ctx, int enabled);

/* ---------------------------------------------------------------- articles */

/* An article as ingested: metadata, the normalized body, and (after
 * sr_article_analyze) its sentences.  All strings are UTF-8 and owned by the
 * article; unknown metadata is NULL. */
typedef struct sr_article {
    const char *id;       /* 16 hex digits, from url + normalized body: stable across runs */
    const char *path;     /* input file, plus ":LINE" for JSON Lines, "#N" for WARC records */
    const char *format;   /* "text", "jsonl", "html", "warc", "tabari" */
    const char *url;
    const char *title;
    const char *outlet;
    const char *date;     /* publication date, YYYY-MM-DD */
    const char *language; /* ISO 639-1 ("en"), or "und" */
    const char *body;     /* NFC-normalized text, paragraphs separated by "\n\n" */
    size_t body_len;      /* bytes */
    size_t n_chars;       /* code points; spans in records count these */
    size_t n_sentences;   /* 0 until analyzed */
    struct sr_article_impl *impl; /* private: arena, tokens, sentences */
} sr_article;

/* Sentence i of an analyzed article as a code-point span [*start, *end).
 * Returns SR_ERR_USAGE when i is out of range. */
sr_status sr_article_sentence(const sr_article *a, size_t i, size_t *start, size_t *end);
/* Runs the text stage (sentences, tokens, language id when unknown). */
sr_status sr_article_analyze(const sr_context *ctx, sr_article *a);
void sr_article_free(sr_article *a);

/* ---------------------------------------------------------------- ingest */

/* A rejected input item: what it was, where it came from and why it was
 * refused.  The raw bytes are kept so nothing is lost. */
typedef struct sr_reject {
    const char *where;       /* file plus place, as in sr_diag */
    const char *path;        /* the file alone */
    long long offset;        /* byte offset of the item in the file, or -1 */
    long line;               /* 1-based line for line-based formats, or 0 */
    const char *reason;      /* what was wrong */
    const unsigned char *raw;/* the item's bytes (may be cut at SR_REJECT_RAW_MAX) */
    size_t raw_len;
} sr_reject;

/* Bytes of one rejected item kept at most (SQLite stores up to 1e9 in a value). */
#define SR_REJECT_RAW_MAX ((size_t)512 << 20)

typedef struct sr_reader sr_reader;

typedef enum sr_item {
    SR_ITEM_END = 0,     /* no more input */
    SR_ITEM_ARTICLE = 1, /* *article is set: the caller owns it */
    SR_ITEM_REJECT = 2   /* *reject is set: valid until the next call */
} sr_item;

/* Opens a reader over files, folders (read recursively, in name order) and
 * "-" for standard input.  Formats are detected by content.  Paths are
 * checked lazily: an unreadable path becomes a reject, not a failure here. */
sr_status sr_reader_open(const sr_context *ctx, const char *const *paths, size_t n_paths,
                         sr_reader **out);
/* Reads the next item.  Never fails on bad input: bad input is a reject. */
sr_item sr_reader_next(sr_reader *r, sr_article **article, sr_reject *reject);
/* Bytes of input consumed so far, for progress and throughput. */
unsigned long long sr_reader_bytes_read(const sr_reader *r);
/* Items passed over because they are not articles (WARC request, warcinfo
 * and metadata records, non-200 responses, images), so counts add up. */
unsigned long long sr_reader_skipped(const sr_reader *r);
void sr_reader_close(sr_reader *r);

/* Builds an article from a body of text and optional metadata (any may be
 * NULL), normalizing it as ingest does.  For programs that bring their own
 * reader (a crawler, a benchmark). */
sr_status sr_article_from_text(const char *body, size_t len, const char *path,
                               const char *url, const char *title, const char *outlet,
                               const char *date, sr_article **out);

/* ---------------------------------------------------------------- records */

enum sr_record_flags {
    SR_RECORD_WITH_BODY = 1 << 0,     /* add "body" */
    SR_RECORD_WITH_SENTENCES = 1 << 1, /* add "sentences": [[start, end], ...] */
    /* keep events whose modality is "negated" ("did not agree"): they did
     * not happen, so the record leaves them out unless asked */
    SR_RECORD_WITH_NEGATED = 1 << 2
};

/* Writes the article's record (MISSION.md's record contract) as one JSON
 * line to `out`.  Returns SR_ERR_IO when the write fails. */
sr_status sr_record_write_json(const sr_article *a, unsigned flags, FILE *out);

/* ---------------------------------------------------------------- store */

typedef struct sr_store sr_store;

/* Opens (creating when needed) a store.  `target` is a SQLite file path.
 * On failure *out is NULL and err holds the reason. */
sr_status sr_store_open(const char *target, sr_store **out, char *err, size_t errlen);
void sr_store_close(sr_store *s);
/* The last database error message, for the caller's report. */
const char *sr_store_errmsg(const sr_store *s);

/* Groups writes into one transaction: everything put between begin and
 * commit is durable together or not at all. */
sr_status sr_store_begin(sr_store *s);
sr_status sr_store_commit(sr_store *s);
sr_status sr_store_rollback(sr_store *s);

/* Stores an analyzed article with its sentences; *added is 1 when it was new,
 * 0 when an article with the same id was already there. */
sr_status sr_store_put_article(sr_store *s, const sr_article *a, int *added);
/* Stores a reject; *added is 0 when the same item was already rejected. */
sr_status sr_store_put_reject(sr_store *s, const sr_reject *r, int *added);

/* Rows of a query: names and values are valid only during the call; a value
 * may be NULL (SQL NULL); numeric[i] is 1 when the database holds the value
 * as a number (so "042", a CAMEO code, stays text).  Return non-zero to stop
 * early. */
typedef int (*sr_row_fn)(void *userdata, int n_cols, const char *const *names,
                         const char *const *values, const int *numeric);

typedef struct sr_article_filter {
    const char *since;  /* YYYY-MM-DD, inclusive, or NULL */
    const char *until;  /* YYYY-MM-DD, inclusive, or NULL */
    const char *outlet; /* exact outlet, or NULL */
    long limit;         /* 0 = no limit */
} sr_article_filter;

/* Articles, newest first: id, date, outlet, language, sentences, title, url, path. */
sr_status sr_store_list_articles(sr_store *s, const sr_article_filter *f, sr_row_fn fn, void *ud);
/* Full-text search (FTS5 query syntax) over titles and bodies, best first:
 * id, date, outlet, title, snippet. */
sr_status sr_store_search(sr_store *s, const char *query, long limit, sr_row_fn fn, void *ud);
/* Counts: articles, sentences, rejects, events, quotes, places; by format and language. */
sr_status sr_store_stats(sr_store *s, sr_row_fn fn, void *ud);
/* Rejects: where, reason, bytes kept. */
sr_status sr_store_list_rejects(sr_store *s, long limit, sr_row_fn fn, void *ud);

/* ---------------------------------------------------------------- statements (lib/quotes) */

/* Which stored quotations to list; NULL or 0 fields do not filter. */
typedef struct sr_quote_filter {
    const char *speaker; /* part of the speaker's name or mention, any case: "Stoltenberg" */
    const char *since;   /* article date YYYY-MM-DD, inclusive */
    const char *until;   /* article date YYYY-MM-DD, inclusive */
    const char *search;  /* words that must all occur in the quotation, any case */
    const char *kind;    /* "direct", "indirect" or "mixed" */
    long limit;          /* 0 = no limit */
} sr_quote_filter;

/* Quotations, newest article first, in text order within one: date, outlet,
 * speaker, kind, cue, quote, article, start, end.  SR_ERR_LIMIT when
 * `search` holds more than 16 words. */
sr_status sr_store_list_quotes(sr_store *s, const sr_quote_filter *f, sr_row_fn fn, void *ud);

/* ---------------------------------------------------------------- stored events (lib/events) */

/* Which stored events to list; NULL or 0 fields do not filter. */
typedef struct sr_event_filter {
    const char *actor;    /* part of the source's or target's code, name or mention, any case */
    const char *type;     /* a PLOVER type ("ASSAULT") or the start of a CAMEO code ("19") */
    const char *modality; /* "asserted", "announced", "conditional" or "negated" */
    const char *since;    /* the event's date YYYY-MM-DD, inclusive */
    const char *until;    /* the event's date YYYY-MM-DD, inclusive */
    const char *place;    /* part of the place's name, or its country code ("ROU") */
    int with_negated;     /* list events that did not happen too (modality "negated") */
    long limit;           /* 0 = no limit */
} sr_event_filter;

/* Events, newest first, in text order within one article: date, type,
 * mode, modality, source, source_code, target, target_code, place,
 * place_country, cameo, goldstein, evidence, article, start, end,
 * date_source, place_source.  Negated events only when asked for, as in
 * the record. */
sr_status sr_store_list_events(sr_store *s, const sr_event_filter *f, sr_row_fn fn, void *ud);

/* ---------------------------------------------------------------- dictionaries and event coding
 * (lib/actors, lib/events: TABARI and PETRARCH dictionaries, the coder) */

/* A compiled set of coding dictionaries: actors, agents, verbs and their
 * patterns, options, discards, issues.  Immutable once loaded: share one
 * between any number of threads. */
typedef struct sr_dict sr_dict;

/* Loads dictionary files: TABARI .actors/.agents/.verbs/.options/.project
 * (a project file names the others), PETRARCH actors/agents/verbs/discards/
 * issues files, or folders of them (files whose names say what they are).
 * The kind is found from the name, else from the content.  On failure *out
 * is NULL and err holds "FILE:LINE: what is wrong". */
sr_status sr_dict_load(const char *const *paths, size_t n_paths, sr_dict **out, char *err,
                       size_t errlen);
/* The same with flags: SR_DICT_STRICT fails on the first malformed line.
 * By default, as TABARI does, a malformed line is skipped and reported in
 * sr_dict_summary() with its file and line; errors about a whole file (an
 * unclosed section, a file that is not a dictionary) always fail. */
enum { SR_DICT_STRICT = 1 };
sr_status sr_dict_load_flags(const char *const *paths, size_t n_paths, unsigned flags, sr_dict **out,
                             char *err, size_t errlen);
/* sitrep's own dictionaries, current to 2026 (data/README.md): the actors,
 * agents and office-holders of data/actors and the PLOVER verbs of
 * data/verbs/plover.verbs with their CAMEO<->PLOVER table, read from
 * sr_data_dir().  What `sitrep code` and `sitrep ingest` use unless told
 * otherwise. */
sr_status sr_dict_load_default(sr_dict **out, char *err, size_t errlen);
/* The folder holding sitrep's data: $SITREP_DATA_DIR when set, else the
 * source tree's data/ the library was built from. */
const char *sr_data_dir(void);
void sr_dict_free(sr_dict *d);
/* What was loaded, and one line for each kind of entry the coder cannot use. */
const char *sr_dict_summary(const sr_dict *d);
/* Codes events in sr_article_analyze() with these dictionaries (NULL: no
 * event coding).  The context does not own them: free them after it. */
void sr_context_set_dictionaries(sr_context *ctx, const sr_dict *d);

/* One checked record of a validation suite. */
typedef struct sr_validation_record {
    const char *id;
    const char *text;     /* the sentence */
    const char *expected; /* "ARN GON 064; GON ARN 033", or a special outcome */
    const char *got;
    int passed;
} sr_validation_record;

typedef void (*sr_validation_fn)(void *userdata, const sr_validation_record *r);

/* Runs a validation suite: a TABARI validation text (its dictionaries from
 * the .project beside it that names it, or from `dicts`), or a PETRARCH
 * unit-test XML (the dictionaries its <Environment> names).  Calls fn for
 * each record and counts them. */
sr_status sr_validate_file(const char *path, const char *const *dicts, size_t n_dicts,
                           sr_validation_fn fn, void *userdata, unsigned long *passed,
                           unsigned long *failed, char *err, size_t errlen);

/* ---------------------------------------------------------------- places (lib/places, lib/time) */

/* Enables or disables the places stage (default on): toponyms resolved to
 * GeoNames places in the record's "places", demonyms in "country_mentions".
 * The gazetteer is the file the build wrote, or $SITREP_GAZETTEER; it is
 * mapped on the first analyzed article, and its absence is reported once
 * through the diagnostics (the articles then have no places). */
void sr_context_set_places(sr_context *ctx, int enabled);

#ifdef __cplusplus
}
#endif

#endif
