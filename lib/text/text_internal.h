/*
 * text_internal.h - what the text stage's own files share, and nobody else.
 *
 * The stage runs in two passes: tokenize.c turns bytes into tokens (one
 * pass over the body, ASCII fast path, ICU only for non-ASCII character
 * classes), then sentences.c walks the token array and cuts it into
 * sentences.  The second pass needs to look a little at the text again
 * (is this abbreviation one that can end a sentence, is the next word a
 * typical sentence opener), so the word lists of abbrev.c and the small
 * UTF-8 helpers live here for both.
 */
#ifndef SR_TEXT_TEXT_INTERNAL_H
#define SR_TEXT_TEXT_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "text/text.h"

/* How an abbreviation (a token that swallowed its trailing '.') behaves at
 * a possible sentence end. */
typedef enum sr_abbrev_class {
    SR_ABBR_NONE = 0,    /* not in the table */
    SR_ABBR_NEVER_ENDS,  /* titles and Latin connectives: Gen. Mr. Dr. St. e.g. i.e. vs. */
    SR_ABBR_MAY_END,     /* Inc. Ltd. etc. U.S.: ends a sentence only before a
                          * typical sentence opener ("The", "He", ...) */
    SR_ABBR_BEFORE_NUMBER /* Feb. No. Art.: an abbreviation before a number,
                          * a sentence end before a capitalized word */
} sr_abbrev_class;

/* Looks up word[0..len) (without its trailing '.'; inner periods kept, as
 * in "e.g") in the abbreviation table.  Case-sensitive: "Gen" is a title,
 * "gen" is not. */
sr_abbrev_class sr_abbrev_lookup(const char *word, size_t len);

/* True when word[0..len) is a capitalized word that often opens an English
 * sentence ("The", "He", "However", ...).  Used after abbreviations and
 * initials, where a capital letter alone proves nothing ("U.S. Army"). */
int sr_abbrev_is_sentence_opener(const char *word, size_t len);

/* True when word[0..len) is a lowercase reporting verb ("said", "asked"),
 * for '"Why?" Stoltenberg asked.' which stays one sentence. */
int sr_abbrev_is_reporting_verb(const char *word, size_t len);

/* Returns 1 when every word list in abbrev.c is sorted (binary search
 * depends on it); for the tests. */
int sr_abbrev_selfcheck(void);

/* Pass 1: fills out->tokens, n_tokens, n_chars and n_paragraphs.  Each
 * paragraph's first token carries SR_TOKF_PARA_START.  Returns 0 or -1
 * when the arena fails. */
int sr_text_tokenize(const char *body, size_t len, sr_arena *arena, sr_text *out);

/* Pass 2: fills out->sentences and n_sentences from the tokens, and sets
 * each token's sentence hint.  Returns 0 or -1 when the arena fails. */
int sr_text_split_sentences(const char *body, size_t len, sr_arena *arena, sr_text *out);

/* General category of the first code point of s[0..len) as the sentence
 * splitter needs it. */
typedef enum sr_text_case {
    SR_CASE_NONE = 0,  /* not a letter, or a letter without case */
    SR_CASE_UPPER,
    SR_CASE_LOWER
} sr_text_case;

sr_text_case sr_text_first_case(const char *s, size_t len);

#endif
