/*
 * quotes_internal.h - what quotes.c (quotations, attribution) and names.c
 * (mentions, people) share inside lib/quotes.  Everything here lives for
 * one article, in its arena.
 */
#ifndef SR_QUOTES_INTERNAL_H
#define SR_QUOTES_INTERNAL_H

#include "quotes/lexicon.h"
#include "quotes/quotes.h"

#define QX_WORD_MAX 24 /* longer words are in no list */

typedef enum qx_mention_kind {
    QM_OTHER = 0, /* days, places, demonyms: no speaker */
    QM_PERSON,
    QM_ROLE,      /* a run ending in a title: "NATO Secretary General" */
    QM_ORG,
    QM_UNKNOWN    /* one capitalized word, not (yet) known as a person */
} qx_mention_kind;

typedef struct qx_mention {
    uint32_t first, end;   /* tokens [first, end) of the run, title included */
    uint32_t name_first;   /* first token of the name part (after the title) */
    uint8_t kind;          /* qx_mention_kind */
    int32_t person;        /* index into people, or -1 */
} qx_mention;

typedef struct qx_person {
    uint32_t key_tok;              /* a token holding the last word of the name */
    uint32_t name_first, name_end; /* the fullest name seen */
    uint32_t role_first, role_end; /* the role introduced with the name (0,0: none) */
    uint32_t first_tok;            /* first mention */
    uint32_t n_mentions;
    const char *name, *code;       /* resolved once, on first use */
} qx_person;

/* The extraction state of one article. */
typedef struct qx {
    const char *body;
    const sr_text *text;
    const sr_token *tok;
    size_t n_tok;
    const char *date;
    const sr_speaker_resolver *resolver;
    sr_arena *arena;
    uint8_t *in_quote;    /* per token: inside a top-level quotation, marks included */
    int32_t *mention_at;  /* per token: the mention holding it, or -1 */
    uint8_t *cue_kind;    /* per token: QC_* flags of the cue it starts (cached), or NULL */
    uint8_t *cue_len;     /* per token: tokens in that cue */
    /* per token: its word was looked up (lex_known) and the lists that
     * hold it, one bit per sr_qlex (lex_in); the look-arounds test the
     * same tokens many times */
    uint8_t *lex_known;
    uint32_t *lex_in;
    qx_mention *mentions;
    size_t n_mentions, cap_mentions;
    qx_person *people;
    size_t n_people;
} qx;

/* Cue kinds, as flags. */
enum {
    QC_NONE = 0,
    QC_SAY = 1 << 0,       /* said, added, warned, ... */
    QC_ACCORDING = 1 << 1, /* according to */
    QC_TELL = 1 << 2,      /* told: an addressee follows */
    QC_WEAK = 1 << 3,      /* believes, shows: only with "that" */
    QC_OUTLET = 1 << 4,    /* informs, reports: may be a news-source tag */
    QC_FRAME = 1 << 5,     /* fumed, laughed, posted: frames a quotation, reports nothing alone */
    QC_OBJECT = 1 << 6,    /* accused, endorsed, wants, called for: the content is the object,
                            * a noun phrase or infinitive; never frames a quotation */
    QC_NAMING = 1 << 7     /* "called X “…”", "what X called “…”": the content is the
                            * object and the quoted name given it, and ends with that quote */
};

/* Lowercase ASCII copy of token i; 0 when it has other bytes or is too long. */
size_t qx_lower(const qx *x, uint32_t i, char out[QX_WORD_MAX]);
/* Token i is a word of the list. */
int qx_in(const qx *x, uint32_t i, sr_qlex list);
/* Token i is this word (case-insensitive). */
int qx_is(const qx *x, uint32_t i, const char *word);
/* Token i is this one-character punctuation. */
int qx_punct(const qx *x, uint32_t i, char c);
/* The cue starting at token i (QC_* flags), and the token after it. */
int qx_cue_at(const qx *x, uint32_t i, uint32_t *end);
/* The sentence holding token tok. */
size_t qx_sentence_of(const qx *x, uint32_t tok);

/* Finds mentions and people (names.c); needs in_quote. */
int qx_build_mentions(qx *x);
/* Adds (or finds, by last word) the person named by tokens [first, end). */
int qx_add_person(qx *x, uint32_t name_first, uint32_t name_end);
/* The person whose last name word is token tok's text, or -1. */
int qx_person_of_key(const qx *x, uint32_t tok);
/* The person introduced earlier than before_tok with a role that shares
 * the most office words with tokens [a, b), or -1. */
int qx_person_for_role(const qx *x, uint32_t a, uint32_t b, uint32_t before_tok);
/* The most mentioned person, or -1. */
int qx_protagonist(const qx *x);

#endif
