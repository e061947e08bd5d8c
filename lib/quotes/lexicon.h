/*
 * lexicon.h - word lists of the statements stage (lexicon.c), private to
 * lib/quotes.
 */
#ifndef SR_QUOTES_LEXICON_H
#define SR_QUOTES_LEXICON_H

#include <stdint.h>

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

/* The lists that hold `lower`, one bit per sr_qlex (1u << list). */
uint32_t sr_qlex_lists_of(const char *lower);
/* 0 when every list is sorted and the lookup table can hold them all;
 * else -1 - the index of the first unsorted list (-1 - QL_COUNT: too many
 * words or lists for the table). */
int sr_quotes_self_check(void);

#endif
