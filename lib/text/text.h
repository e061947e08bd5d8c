/*
 * text.h - the text stage: sentences and tokens with character offsets.
 *
 * Input is an article body: UTF-8, NFC-normalized, paragraphs separated by
 * a blank line ("\n\n").  Output arrays live in the caller's arena.  Offsets
 * are given twice: in code points (what the record contract and users see)
 * and in bytes (what the coders use to slice the body without rescanning).
 * Spans are half-open: [start, end).
 *
 * A single "\n" inside a paragraph is a soft break (plain whitespace); a
 * blank line, even one holding spaces, or U+2029 starts a paragraph.
 * Every token belongs to exactly one sentence and sentences never cross a
 * paragraph break; a paragraph holding only a URL or only "." is a
 * sentence of its own.  The rules are spelled out at the top of
 * tokenize.c (tokens) and sentences.c (sentence ends).
 */
#ifndef SR_TEXT_TEXT_H
#define SR_TEXT_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"

typedef enum sr_token_kind {
    SR_TOK_WORD = 1,     /* letters, with inner apostrophes/hyphens/periods: NATO, U.S., don't, Rutte-led;
                          * also the clitics split off a word: 's / ’s (Russia + 's) and the bare
                          * possessive ' / ’ (allies + ’) */
    SR_TOK_NUMBER,       /* 1,000  2.5  5th  2%  (the % and ordinal suffix belong to the number) */
    SR_TOK_PUNCT,        /* . , ; : ! ? … - – — ( ) [ ] { } and the like */
    SR_TOK_QUOTE_OPEN,   /* “ « „ ‘ and a straight " or ' judged to open */
    SR_TOK_QUOTE_CLOSE,  /* ” » ’ and a straight " or ' judged to close */
    SR_TOK_SYMBOL,       /* anything else: $ € & / @ # emoji ... */
    SR_TOK_URL           /* http(s)://... www.... e-mail addresses */
} sr_token_kind;

enum sr_token_flags {
    SR_TOKF_CAPITALIZED = 1 << 0,  /* first letter upper case */
    SR_TOKF_ALL_CAPS = 1 << 1,     /* two or more letters, all upper case */
    SR_TOKF_ABBREV = 1 << 2,       /* a known abbreviation ending in '.': Gen. Feb. Mr. No. U.S. */
    SR_TOKF_INITIAL = 1 << 3,      /* single letter + '.': the J. in "J. Stoltenberg" */
    SR_TOKF_PARA_START = 1 << 4,   /* first token of a paragraph */
    SR_TOKF_SPACE_BEFORE = 1 << 5  /* whitespace precedes the token */
};

typedef struct sr_token {
    uint32_t start, end;           /* code points into the body */
    uint32_t byte_start, byte_end; /* bytes into the body */
    uint8_t kind;                  /* sr_token_kind */
    uint8_t flags;                 /* sr_token_flags */
    uint16_t sentence;             /* low 16 bits of the sentence index (a hint; sentences are authoritative) */
} sr_token;

typedef struct sr_sentence {
    uint32_t start, end;           /* code points, trimmed of surrounding whitespace */
    uint32_t byte_start, byte_end;
    uint32_t first_token, n_tokens;
    uint32_t paragraph;            /* 0-based paragraph index */
} sr_sentence;

typedef struct sr_text {
    sr_token *tokens;
    size_t n_tokens;
    sr_sentence *sentences;
    size_t n_sentences;
    size_t n_paragraphs;
    size_t n_chars;                /* code points in the body */
} sr_text;

/* Splits body[0..len) into paragraphs, sentences and tokens.  Returns 0, or
 * -1 when the arena cannot allocate or len does not fit the 32-bit offsets
 * (4 GiB and more).  Never fails on odd input: any byte sequence yields
 * some tokens (invalid UTF-8 bytes count as one code point each and become
 * SR_TOK_SYMBOL).  n_paragraphs counts paragraphs that hold a token. */
int sr_text_analyze(const char *body, size_t len, sr_arena *arena, sr_text *out);

/* Language identification (libexttextcat).  The handle is immutable after
 * open and may be shared between threads only if the caller serializes
 * calls (libexttextcat keeps scratch state in the handle). */
typedef struct sr_langid sr_langid;

/* Opens the fingerprint database: $SITREP_TEXTCAT_DIR/fpdb.conf if set,
 * else the usual data directories (/usr/share/libexttextcat, ...).
 * Returns NULL (and fills err) when the libexttextcat data is missing. */
sr_langid *sr_langid_open(char *err, size_t errlen);
/* Writes an ISO 639-1 code ("en", "ru", "ro", ...; the ISO 639-3 code for
 * the few languages without one, as BCP 47 does) or "und" when the text is
 * too short (under about 24 letters) or unknown.  Only the first 2 KiB are
 * classified.  `lid` may be NULL ("und").  `out` must hold 8 bytes. */
void sr_langid_guess(sr_langid *lid, const char *text, size_t len, char out[8]);
void sr_langid_close(sr_langid *lid);

#endif
