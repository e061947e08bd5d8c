/*
 * lexicon.h - word lists of the statements stage (lexicon.c), private to
 * lib/quotes.
 */
#ifndef SR_QUOTES_LEXICON_H
#define SR_QUOTES_LEXICON_H

typedef enum sr_qlex {
    QL_CUE,             /* said, told, added, warned, ... */
    QL_WEAK_CUE,        /* cues that need a "that" clause: believes, shows, found */
    QL_TELL_CUE,        /* told, tells: an addressee follows */
    QL_OUTLET_CUE,      /* informs, reports: news-source tags */
    QL_SKIP_BEFORE,     /* also, has, would: between speaker and cue */
    QL_NP_BOUNDARY,     /* that, and, while: a speaker phrase never crosses them */
    QL_DETERMINER,
    QL_PRONOUN,
    QL_TITLE,
    QL_ORG,
    QL_GENERIC,
    QL_NOT_PERSON,
    QL_CAP_STOP,
    QL_CONNECTOR,
    QL_ADVERBIAL_AFTER,
    QL_FRAME_CUE,       /* fumed, laughed, posted: only next to a quotation */
    QL_OBJECT_CUE,      /* accused, criticized, wants: content is the object */
    QL_INTENT_CUE,      /* plans, refused, hopes: with "to", the intention is the content */
    QL_COUNT
} sr_qlex;

/* 1 when `lower` (lowercase ASCII) is in the list. */
int sr_qlex_has(sr_qlex list, const char *lower);

/* Where each initial letter's words begin in every list, so that a lookup
 * bisects only the words sharing the looked-up word's first letter.  A
 * stage fills one per article (a few thousand instructions, against tens
 * of thousands of lookups) rather than keeping a global. */
typedef struct sr_qlex_index {
    unsigned short first[QL_COUNT][27]; /* [c]: first word starting at or after 'a' + c */
} sr_qlex_index;

void sr_qlex_index_init(sr_qlex_index *ix);
/* sr_qlex_has through the index. */
int sr_qlex_has_in(const sr_qlex_index *ix, sr_qlex list, const char *lower);
/* 0 when every list is sorted; else -1 - the index of the first unsorted list. */
int sr_quotes_self_check(void);

#endif
