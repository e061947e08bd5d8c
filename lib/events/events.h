/*
 * events.h - the event coder: TABARI's shallow parse and pattern matching
 * over one sentence, with an sr_dict's actors, agents and verbs.
 *
 * A coder is one thread's scratch space (token arrays, event arrays, grown
 * as needed and reused: no allocation per token or sentence once warm).
 * The dictionary it reads is shared and never written.  Results are valid
 * until the next call on the same coder.
 *
 * Also here: the CAMEO tables (Goldstein score, quad class, PLOVER type)
 * and the validation runners behind `sitrep validate`.
 */
#ifndef SR_EVENTS_EVENTS_H
#define SR_EVENTS_EVENTS_H

#include <sitrep/sitrep.h>
#include <stddef.h>
#include <stdint.h>

#include "actors/dict.h"

/* One side of an event: the actor's code and where it was found. */
typedef struct sr_coded_actor {
    const char *code;   /* "ARNGOV", "ELF"; "" when missing */
    const char *name;   /* the dictionary entry ("AL GORE"), or NULL */
    uint32_t b0, b1;    /* bytes into the sentence text; b0 == b1 when not in the text */
} sr_coded_actor;

typedef struct sr_coded_event {
    sr_coded_actor source, target;
    const char *code;          /* the event code ("064") */
    const sr_verb *verb;       /* the verb whose pattern fired */
    const sr_pattern *pattern; /* NULL when the verb's own code was used */
    uint32_t verb_b0, verb_b1; /* the verb in the sentence */
    uint32_t span_b0, span_b1; /* evidence: from the first to the last word involved */
    uint32_t clause_b0, clause_b1; /* the clause the event was coded in */
    uint8_t flags;             /* sr_evcode_flags of the code */
    uint8_t negated;           /* a negation stood before the verb */
    uint8_t passive;
    /* PLOVER modality cues (the coder finds them; the pipeline decides,
     * TABARI validation ignores them) */
    uint8_t modality;          /* sr_modality */
    uint8_t hedged;            /* a possibility: "could invade", "did not rule out sending" */
    uint8_t in_condition;      /* the verb is inside an if/unless clause */
    sr_coded_actor condition_actor; /* the first actor of the sentence's condition, code "" when none */
    uint8_t condition_negative;     /* the condition is an ultimatum: "unless ...", "if there is no deal" */
} sr_coded_event;

enum sr_modality { SR_MOD_ASSERTED = 0, SR_MOD_ANNOUNCED, SR_MOD_CONDITIONAL, SR_MOD_NEGATED };

enum sr_code_status {
    SR_CODED = 0,       /* events (maybe none) */
    SR_CODE_DISCARD,    /* a discard phrase or code ([###]) */
    SR_CODE_COMPLEX,    /* a complex code ([+++]) or a COMPLEX: condition */
    SR_CODE_TOO_SHORT   /* under SET: MINIMUM WORDS */
};

typedef struct sr_code_result {
    const sr_coded_event *events;
    size_t n_events;
    int status;                   /* sr_code_status */
    const char *why;              /* for DISCARD/COMPLEX: what triggered it */
} sr_code_result;

typedef struct sr_coder sr_coder;

/* A coder over `dict` with the dictionary's own options.  NULL when out of memory. */
sr_coder *sr_coder_new(const sr_dict *dict);
void sr_coder_free(sr_coder *c);
/* The options this coder uses (a copy the caller may change, as the
 * validation records' OPTION lines do). */
sr_tabari_options *sr_coder_options(sr_coder *c);
/* Codes one sentence (UTF-8, any case).  `date` is YYYYMMDD for date-
 * restricted actors (0: unknown, the default codes are used).  Pronouns
 * and "the country" refer back to the previous sentence's first actor
 * unless sr_coder_reset() was called: call it at each new article. */
int sr_coder_code(sr_coder *c, const char *text, size_t len, int32_t date, sr_code_result *out);
void sr_coder_reset(sr_coder *c);
/* What the pipeline knows of stretches of the next sentence from its other
 * stages (lib/quotes): a quotation's content is its own clause (the event
 * of "Stoltenberg said NATO will deploy troops" is NATO's, not the
 * speaker's), "we", "I", "us" in the speaker's own words are the speaker's
 * code, and a pronoun that names a quotation's speaker ("he said") is the
 * speaker.  Bytes are into the sentence text; strings must outlive the
 * sr_coder_code() call, which uses them once and forgets them. */
typedef enum sr_coder_span_kind {
    SR_SPAN_SPEECH = 1, /* reported or quoted content */
    SR_SPAN_SPEAKER     /* the mention of the content's speaker */
} sr_coder_span_kind;
typedef struct sr_coder_span {
    uint32_t b0, b1;
    uint8_t kind;        /* sr_coder_span_kind */
    uint8_t own_words;   /* SPEECH: the speaker's words (quoted), so first person is the speaker */
    uint8_t reported;    /* SPEECH: reported ("said that ..."), so it brings its own subject */
    const char *speaker; /* the speaker's actor code, or NULL when unknown */
    const char *addressee; /* SPEECH in own words: who "you" is (the one the speaker is with), or NULL */
    const char *speaker_name; /* the speaker's name, for events he makes by speaking, or NULL */
} sr_coder_span;
/* Spans for the next sr_coder_code() call only (at most 16 are used). */
void sr_coder_set_spans(sr_coder *c, const sr_coder_span *spans, size_t n);
/* The actors of the sentence last coded, in text order, after agents,
 * compounds, pronouns and spans ("he" as the actor it stands for): what
 * the nominal events (nominal.c) read.  Valid until the next call. */
typedef struct sr_coder_mention {
    const char *const *codes; /* n_codes actor codes (a compound has several) */
    uint8_t n_codes;
    const char *name;
    uint32_t b0, b1;          /* the mention's bytes in the sentence */
    uint8_t place;            /* named as where something happened ("in Constanta") */
} sr_coder_mention;
size_t sr_coder_mentions(const sr_coder *c, sr_coder_mention *out, size_t cap);
/* Events reported by a noun ("a meeting with X", "the deployment of X's
 * troops in Y", "X's offer to send troops"), from a sentence's text and
 * the mentions the coder found in it (nominal.c).  Codes and names point
 * into the mentions.  Returns how many were written to out. */
typedef struct sr_nominal_event {
    sr_coded_event ev;   /* verb and pattern NULL */
    const char *rule;    /* "NOMINAL: meeting with +" */
    char code[16];       /* a code made here ("RUSMIL" for "Russian units"), when ev.source.code points to it */
} sr_nominal_event;
size_t sr_nominal_events(const char *text, size_t len, const sr_coder_mention *m, size_t nm,
                         sr_nominal_event *out, size_t cap);
struct sr_buf;
/* Appends the last sentence's words with their classes, for debugging. */
void sr_coder_dump(const sr_coder *c, struct sr_buf *b);

/* Applies one options line ("COMPLEX: VERBS[5]", "SET: CODE ALL", ...) to o;
 * strings are copied into d's pool when d is not NULL.  0 when applied,
 * 1 when understood but not about coding, -1 when unknown. */
int sr_tabari_option_apply(struct sr_dict *d, sr_tabari_options *o, const char *line);

/* CAMEO facts: the Goldstein (1992) score of an event code, its quad class
 * (GDELT's: 1 verbal cooperation 01-04, 2 material cooperation 05-08,
 * 3 verbal conflict 09-13, 4 material conflict 14-20; 0 unknown) and PLOVER event type (NULL unknown).
 * Codes are looked up by their longest known prefix ("0311" -> "031"). */
int sr_cameo_lookup(const char *code, double *goldstein, int *quad, const char **plover);
/* The row of the dictionary's CAMEO -> PLOVER table (plover_read.c) for a
 * code, by its longest listed prefix; NULL when no table was loaded or no
 * row fits. */
const sr_plover_row *sr_plover_lookup(const sr_dict *d, const char *code);

/* ---- events of an analyzed article (lib/events/article_events.c) ---- */

/* One event as the record and the store see it; strings in the article's arena. */
typedef struct sr_article_event {
    const char *type;      /* PLOVER type, or NULL when the code has none */
    const char *mode;      /* PLOVER mode, "" when none */
    const char *context;   /* PLOVER context, "" when none */
    const char *modality;  /* "asserted", "announced", "conditional", "negated" */
    const char *cameo;
    double goldstein;
    int quad_class;
    const char *date;      /* the date the sentence states, else the article's */
    const char *date_source; /* "stated", "publication", or NULL when there is no date */
    const struct sr_place_mention *place; /* where: from lib/places, or NULL */
    const char *place_source; /* "clause", "sentence", "dateline" */
    const char *source_text, *source_name, *source_code, *source_country;
    const char *target_text, *target_name, *target_code, *target_country;
    size_t sentence;
    size_t start, end;     /* code points into the body */
    const char *evidence;  /* the text of the span */
    const char *rule;      /* "VERB [code]" or "VERB: - pattern [code] (file:line)" */
} sr_article_event;

typedef struct sr_events {
    sr_article_event *v;
    size_t n;
} sr_events;

struct sr_buf;
/* Codes the events of an analyzed article with the context's dictionaries. */
sr_status sr_events_code_article(const sr_context *ctx, sr_article *a);
/* The article's events (none when not coded). */
const sr_events *sr_article_events(const sr_article *a);
/* Appends the "events" array of the record contract. */
/* The record's "events" array; negated events only when include_negated. */
void sr_events_write_json(struct sr_buf *b, const sr_article *a, int include_negated);

#endif
