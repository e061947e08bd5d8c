/*
 * quotes.h - the statements stage: quotations and who said them.
 *
 * Input is an article body and its text stage (tokens and sentences, see
 * text/text.h); output is an array of quotations in the article's arena.
 * A quotation is
 *   direct    the speaker's words between quotation marks, in any quote
 *             style, nested quotes inside, possibly running over several
 *             paragraphs (each reopened with a quote mark) and possibly
 *             interrupted once by its attribution ("…,” she said. “…”);
 *   indirect  reported speech: "Stoltenberg said that NATO would …",
 *             "According to the Secretary General, …", "…, he warned.";
 *   mixed     reported speech holding quoted words: "he said the presence
 *             sends an 'unwavering and ironclad message'".
 * Spans are half-open code-point offsets into the body.  A direct span
 * covers the quote marks; an indirect one runs from "that" (when present)
 * or the first word of the content to its last word, without the
 * sentence's final period unless it sits inside a closing quote.
 *
 * Speakers are found with the stage's own person-name recognition (runs
 * of capitalized words, titles such as "NATO Secretary General", role
 * phrases, appositives "X, the NATO chief, said"), pronouns resolved to
 * the most recent person in subject position, organizations ("the
 * ministry said"), and news-source tags ("…, Agerpres informs") that are
 * not speakers when someone else is.  Until the actor dictionaries are
 * wired in through sr_speaker_resolver, a speaker's name is the fullest
 * name the article gives that person, and its code is NULL.
 *
 * Everything is one pass over sentences with small local look-arounds;
 * lexicons are sorted static tables searched by bisection.
 */
#ifndef SR_QUOTES_QUOTES_H
#define SR_QUOTES_QUOTES_H

#include <stddef.h>
#include <stdint.h>

#include "text/text.h"
#include "util/arena.h"
#include "util/buf.h"

typedef enum sr_quote_kind {
    SR_QUOTE_DIRECT = 0,
    SR_QUOTE_INDIRECT = 1,
    SR_QUOTE_MIXED = 2
} sr_quote_kind;

/* What kind of phrase names the speaker. */
typedef enum sr_speaker_kind {
    SR_SPEAKER_NONE = 0,    /* no speaker found */
    SR_SPEAKER_PERSON,      /* a name: "Stoltenberg", "NATO Secretary General Jens Stoltenberg" */
    SR_SPEAKER_PRONOUN,     /* "he", "she", "they" */
    SR_SPEAKER_ROLE,        /* a title without a name: "the NATO Secretary General" */
    SR_SPEAKER_ORG,         /* "the ministry", "NATO", "the Kremlin" */
    SR_SPEAKER_GENERIC      /* "officials", "a source", "polls" */
} sr_speaker_kind;

typedef struct sr_quote {
    sr_quote_kind kind;
    uint32_t start, end;             /* content span, code points */
    uint32_t byte_start, byte_end;   /* the same in bytes */
    uint32_t sentence;               /* sentence holding the start */
    const char *text;                /* the content, NUL-terminated */
    const char *cue;                 /* "said", "according to", ...; NULL when the quote
                                      * stands alone and inherits the running speaker */
    uint32_t cue_start, cue_end;     /* code points; 0,0 when no cue */
    sr_speaker_kind speaker_kind;
    const char *speaker_text;        /* the mention as written ("he", "the NATO head"), or NULL */
    uint32_t speaker_start, speaker_end; /* code points; 0,0 when none */
    const char *speaker_name;        /* canonical or fullest name, or NULL */
    const char *speaker_code;        /* actor code from the dictionaries, or NULL */
} sr_quote;

typedef struct sr_quotes {
    sr_quote *items;
    size_t n;
    const char **people;             /* person names found, fullest form, first-mention order */
    size_t n_people;
} sr_quotes;

/* The hook through which the actor dictionaries give a mention its
 * canonical name and code.  `kind` is SR_SPEAKER_PERSON (mention is the
 * fullest name the article gives), SR_SPEAKER_ROLE (mention is a role
 * phrase such as "the NATO Secretary General") or SR_SPEAKER_ORG; `date`
 * is the article's date (YYYY-MM-DD) or NULL.  Returns 1 and sets *name
 * (and *code, which may stay NULL) when it knows the mention; the strings
 * must outlive the article (dictionary memory) or be copied by the
 * resolver into `arena`.  Returns 0 when it does not know it: the stage
 * then falls back on the article's own names. */
typedef struct sr_speaker_resolver {
    int (*resolve)(void *userdata, sr_speaker_kind kind, const char *mention, const char *date,
                   sr_arena *arena, const char **name, const char **code);
    void *userdata;
} sr_speaker_resolver;

/* Finds the quotations of body[0..len) given its text stage.  `date` may be
 * NULL; `resolver` may be NULL.  Returns 0, or -1 when the arena cannot
 * allocate.  Never fails on odd input. */
int sr_quotes_extract(const char *body, size_t len, const sr_text *text, const char *date,
                      const sr_speaker_resolver *resolver, sr_arena *arena, sr_quotes *out);

/* Appends the record's "quotes" array (MISSION.md record contract):
 * [{"text","kind","span":[s,e],"cue","speaker":{"text","name","code","span"}}]. */
void sr_quotes_write_json(sr_buf *b, const sr_quotes *q);
/* Appends the record's "people" array of names. */
void sr_quotes_write_people_json(sr_buf *b, const sr_quotes *q);

/* "direct", "indirect", "mixed". */
const char *sr_quote_kind_name(sr_quote_kind k);

#endif
