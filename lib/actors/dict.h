/*
 * dict.h - the compiled coding dictionaries (TABARI and PETRARCH formats).
 *
 * One sr_dict holds everything a project's dictionary files define: actors
 * with their date-restricted codes, agents, nouns and adjectives, verbs with
 * their forms and patterns, synsets, time-shift phrases, discards, issues
 * and the TABARI options.  It is built once by sr_dict_load() and is
 * immutable afterwards, so any number of coding threads share it read-only.
 *
 * Words are stored upper-cased (TABARI's normalization) in one string pool.
 * Every phrase that can start a match in a sentence (actor, agent, noun,
 * adjective, verb form, time phrase) sits in one index keyed by its first
 * word; within a key, phrases are sorted longest first, as TABARI tries
 * them.  A sentence token finds its candidates with one hash probe per
 * possible key: the token itself, the token less a regular ending, and each
 * prefix whose length some stem has (a 64-bit mask says which lengths).
 * Discards and issues have an index of their own: they are searched for
 * anywhere, not competed for.  Every distinct word also gets an integer id
 * (wordids.c): the coder works on ids, and finds phrases by the id of
 * their first word.
 *
 * The files are read by actors_read.c (actors, agents), ../events/
 * verbs_read.c (verbs, synsets, time), ../events/options_read.c (options,
 * discards, issues) and dict.c (the project file, dispatch, the index).
 */
#ifndef SR_ACTORS_DICT_H
#define SR_ACTORS_DICT_H

#include <sitrep/sitrep.h>
#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"
#include "util/buf.h"

/* How a dictionary word matches a sentence token. */
enum sr_word_mode {
    SR_W_STEM = 0,    /* TABARI word without '_': any token starting with it */
    SR_W_ENDINGS = 1, /* word_: the word itself or with a regular ending (S 'S ED ES EN ING) */
    SR_W_EXACT = 2    /* word=: the word itself only */
};

#define SR_WM_ALL ((1u << SR_W_STEM) | (1u << SR_W_ENDINGS) | (1u << SR_W_EXACT))

typedef struct sr_dword {
    const char *text; /* upper case, NUL-terminated, in the pool */
    uint16_t len;
    uint8_t mode;     /* sr_word_mode */
    uint8_t gap;      /* 1: other words may stand between this word and the next (a blank in TABARI) */
    uint32_t id;      /* the word's id (wordids.c): equal texts, equal ids */
} sr_dword;

enum sr_phrase_kind {
    SR_PK_ACTOR = 1,
    SR_PK_AGENT,
    SR_PK_NOUN,
    SR_PK_ADJECTIVE,
    SR_PK_VERB,
    SR_PK_TIME,
    SR_PK_DISCARD,
    SR_PK_ISSUE
};

typedef struct sr_phrase {
    const sr_dword *words;
    uint16_t n_words;
    uint16_t weight;  /* letters and digits: TABARI tries heavier phrases first */
    uint8_t kind;     /* sr_phrase_kind */
    uint8_t flag;     /* discards: 1 = story-level ('+') */
    uint16_t file;    /* index into sr_dict.files */
    uint32_t line;
    uint32_t payload; /* actor, agent, verb root, time shift or issue index */
    uint32_t order;   /* load order, the last tie-breaker */
} sr_phrase;

/* One code of an actor, valid from..to (YYYYMMDD, inclusive; 0 = open). */
typedef struct sr_actor_code {
    const char *code;  /* "USAGOV", "ELR/GAL" (a coded compound), "---", "###", "+++" */
    int32_t from, to;
} sr_actor_code;

typedef struct sr_actor {
    uint32_t first_code, n_codes; /* into sr_dict.actor_codes; restricted codes first, default last */
    const char *name;             /* the entry's first phrase as written, for records */
} sr_actor;

typedef struct sr_agent {
    const char *code;  /* without the '~' */
    uint8_t prefix;    /* 1: "NGO~": the agent code goes before the actor's */
} sr_agent;

/* An event code as written in a verbs file: "064", "032:033", "023?", "111!". */
typedef struct sr_evcode {
    const char *code;   /* "" when none; "---" null, "###" discard, "+++" complex */
    const char *paired; /* the code of the reversed event for "a:b", else NULL */
    uint8_t flags;      /* sr_evcode_flags */
} sr_evcode;

enum sr_evcode_flags {
    SR_EV_NULL = 1 << 0,
    SR_EV_DISCARD = 1 << 1,
    SR_EV_COMPLEX = 1 << 2,
    SR_EV_SUBORDINATE = 1 << 3, /* '?': used only when nothing else is coded */
    SR_EV_DOMINANT = 1 << 4     /* '!': wins over the other events of the sentence */
};

/* An element of a verb pattern. */
enum sr_pel_kind {
    SR_PEL_WORD = 1,
    SR_PEL_SYNSET, /* &NAME */
    SR_PEL_VERB,   /* *  */
    SR_PEL_SOURCE, /* $  */
    SR_PEL_TARGET, /* +  */
    SR_PEL_COMPOUND, /* % */
    SR_PEL_SKIP    /* ^  */
};

typedef struct sr_pel {
    uint8_t kind;
    uint8_t gap;      /* 1: other words may stand between this element and the next */
    uint16_t synset;  /* SR_PEL_SYNSET */
    sr_dword word;    /* SR_PEL_WORD */
} sr_pel;

typedef struct sr_pattern {
    const sr_pel *lower; /* the elements before '*', nearest the verb first */
    const sr_pel *upper; /* the elements after '*', in order */
    uint16_t n_lower, n_upper;
    uint16_t weight;
    uint8_t verb_gap_before; /* the element just before '*' may be separated from it */
    uint8_t verb_gap_after;  /* '*' may be separated from the first upper element */
    sr_evcode code;
    uint16_t file;
    uint32_t line;
    const char *text;    /* the pattern as written, for the record's "rule" */
    const uint32_t *need; /* ids of the literal words it needs (wordids.c) */
    uint16_t n_need;
} sr_pattern;

typedef struct sr_verb {
    const char *name;    /* the root as written */
    sr_evcode code;      /* the root's own code */
    uint32_t first_pattern, n_patterns; /* into sr_dict.patterns, heaviest first */
    uint16_t file;
    uint32_t line;
    uint32_t next_same; /* PETRARCH: the next verb entry with the same form, or UINT32_MAX */
} sr_verb;

/* A synset member: a short run of elements (words or earlier synsets). */
typedef struct sr_synset {
    const char *name;          /* "&CURRENCY" */
    uint32_t first_member, n_members; /* into sr_dict.synset_members */
} sr_synset;

typedef struct sr_synmember {
    const sr_pel *els;
    uint16_t n_els;
} sr_synmember;

/* sr_dict.time_shifts values that are not shifts: none, [###], [+++] */
#define SR_TIME_NONE INT32_MIN
#define SR_TIME_DISCARD (INT32_MIN + 1)
#define SR_TIME_COMPLEX (INT32_MIN + 2)

typedef struct sr_issue {
    const char *code;
    const char *category;
} sr_issue;

enum sr_code_by { SR_CODE_BY_CLAUSE = 0, SR_CODE_BY_SENTENCE, SR_CODE_ALL };

/* What a TABARI .options file sets; defaults as TABARI's. */
typedef struct sr_tabari_options {
    int code_by;            /* sr_code_by */
    int complex_verbs;      /* COMPLEX: VERBS[n]; 0 = off */
    int complex_conj;       /* COMPLEX: CONJ[n]; 0 = off */
    int complex_noactprior; /* COMPLEX: ... NOACTPRIOR */
    int comma_off;
    int comma_min, comma_max, comma_emin, comma_emax, comma_bmin, comma_bmax;
    int convert_agents;
    int time_shift;         /* -1: set by the presence of <TIME> phrases */
    int yyyy;               /* 4-digit years in date restrictions */
    int minimum_words;
    const char *default_source, *default_target; /* DEFAULT: codes, or NULL */
    int default_source_prior, default_target_after;
} sr_tabari_options;

/* A row of a CAMEO -> PLOVER table (data/verbs/cameo_plover.tsv): the
 * PLOVER type, mode, context and implied modality of a CAMEO code; NULL
 * where the table says "-". */
typedef struct sr_plover_row {
    const char *cameo, *type, *mode, *context, *modality;
} sr_plover_row;

/* Pieces of growable arrays used while loading, then frozen. */
#define SR_VEC(T) struct { T *v; size_t n, cap; }

typedef struct sr_index_slot {
    uint64_t hash;
    uint32_t first, n; /* range of sr_dict.sorted (phrase indices) */
    const char *key;
    uint16_t key_len;
} sr_index_slot;

typedef struct sr_index {
    sr_index_slot *slots; /* open addressing, power of two */
    size_t mask;          /* slots - 1 */
    uint32_t *sorted;     /* phrase indices grouped by first word, heaviest first */
    size_t n_sorted;
    uint64_t stem_lengths; /* bit l: some stem key has length l (bit 63: 63 and more) */
    uint64_t key_lengths;  /* bit l: some key has length l */
} sr_index;

/* The dictionary's distinct words (wordids.c). */
typedef struct sr_wordtab_slot {
    const char *text;
    uint32_t len, id;
    uint64_t hash;
} sr_wordtab_slot;

typedef struct sr_wordtab {
    sr_wordtab_slot *slots; /* open addressing, power of two */
    size_t mask;
    uint32_t n_ids;
    uint64_t stem_lengths;  /* bit l: some stem has length l (bit 63: 63 and more) */
} sr_wordtab;

/* A dictionary word a sentence token can be, and the word modes under which
 * it is (bit 1 << sr_word_mode). */
typedef struct sr_tokid {
    uint32_t id;
    uint8_t modes;
} sr_tokid;

/* One "cannot use" note, counted and reported once in the summary. */
typedef struct sr_unusable {
    const char *what; /* static text */
    const char *first_where; /* file:line of the first one */
    unsigned long count;
} sr_unusable;

struct sr_dict {
    sr_arena pool;                 /* every string and frozen array */
    SR_VEC(const char *) files;    /* paths as given */
    SR_VEC(sr_phrase) phrases;     /* actors, agents, nouns, adjectives, verb forms, time */
    SR_VEC(sr_phrase) filters;     /* discards and issues */
    SR_VEC(sr_actor) actors;
    SR_VEC(sr_actor_code) actor_codes;
    SR_VEC(sr_agent) agents;
    SR_VEC(int32_t) time_shifts;
    SR_VEC(sr_verb) verbs;
    SR_VEC(sr_pattern) patterns;
    SR_VEC(sr_synset) synsets;
    SR_VEC(sr_synmember) synset_members;
    SR_VEC(sr_issue) issues;
    SR_VEC(sr_unusable) unusable;
    SR_VEC(sr_plover_row) plover;  /* a CAMEO -> PLOVER table, when one was loaded */
    sr_tabari_options options;
    int has_options;
    int petrarch;                  /* some file is in PETRARCH's format */
    sr_index index;        /* over phrases */
    sr_index filter_index; /* over filters */
    sr_wordtab words;      /* wordids.c */
    uint32_t *by_first;    /* phrase indices grouped by first word id, heaviest first */
    uint32_t *by_first_start; /* words.n_ids + 1 offsets into by_first */
    unsigned long n_duplicates;
    SR_VEC(const char *) warnings; /* the first few skipped lines, "FILE:LINE: what" */
    unsigned long n_warnings;
    int strict;                    /* SR_DICT_STRICT: a malformed line fails the load */
    sr_buf summary;
};

/* ---- shared by the readers ---- */

/* A file being read: its text, split into lines as we go. */
typedef struct sr_dict_file {
    struct sr_dict *dict;
    uint16_t file_index;
    const char *path;
    char *data;
    size_t len, pos;
    unsigned long line_no;   /* of the line last returned */
    int petrarch;            /* PETRARCH conventions: '#' comments, no stems */
    int fatal;               /* the last error concerns the whole file */
    char *err;
    size_t errlen;
} sr_dict_file;

/* Next line without its end of line (CR LF or LF), or NULL at the end.  The
 * line is NUL-terminated in place. */
char *sr_dict_next_line(sr_dict_file *f, size_t *len);
/* Fills f->err with "PATH:LINE: message" and returns SR_ERR_FORMAT. */
sr_status sr_dict_fail(sr_dict_file *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* After a line failed with SR_ERR_FORMAT: unless loading is strict or the
 * error is about the whole file (f->fatal), keeps the message as a warning
 * and returns SR_OK so reading goes on, as TABARI does; else returns st. */
sr_status sr_dict_recover(sr_dict_file *f, sr_status st);
/* Counts a construct the coder cannot use; one line in the summary. */
void sr_dict_note_unusable(sr_dict_file *f, const char *what);
/* Cuts a comment (';' anywhere, '#' after a blank outside [...]) and trims. */
char *sr_dict_strip_comment(char *s, int petrarch);
char *sr_dict_trim(char *s);
/* PETRARCH's <!-- --> blocks, which may span lines: cuts the comment out of
 * the line (*in_comment says whether one is open), or NULL when the whole
 * line is inside one. */
char *sr_dict_cut_xml_comment(char *line, int *in_comment);

/* Parses a phrase ("AL_GORE", "AL GORE", "SIGN", "MOUSE=") into words,
 * appending to the pool.  `stem_default` says whether a bare word is a stem
 * (TABARI) or exact with regular endings (PETRARCH).  Returns NULL with
 * f->err set when the phrase holds no word. */
sr_dword *sr_dict_parse_words(sr_dict_file *f, const char *s, size_t len, int stem_default,
                              uint16_t *n_words, uint16_t *weight);
/* Adds a phrase (kind, payload) to the index or filter list. */
sr_status sr_dict_add_phrase(sr_dict_file *f, int kind, const char *text, size_t len,
                             uint32_t payload, int stem_default);
/* Parses "[...]" event codes. */
int sr_dict_parse_evcode(struct sr_dict *d, const char *s, size_t len, sr_evcode *out);
/* YYMMDD (or YYYYMMDD with yyyy) -> YYYYMMDD; 0 when invalid.  Years 00-30 are 20xx. */
int32_t sr_dict_parse_yymmdd(const char *s, size_t len, int yyyy);

char *sr_dict_strdup(struct sr_dict *d, const char *s, size_t len);
/* Grows a vector by one; returns a pointer to the new zeroed element or NULL. */
void *sr_vec_push_(void **v, size_t *n, size_t *cap, size_t elem);
#define SR_VEC_PUSH(vec) \
    ((__typeof__((vec).v))sr_vec_push_((void **)&(vec).v, &(vec).n, &(vec).cap, sizeof *(vec).v))

/* The readers, one per format. */
sr_status sr_read_actors(sr_dict_file *f);
sr_status sr_read_agents(sr_dict_file *f);
sr_status sr_read_verbs(sr_dict_file *f);
sr_status sr_read_options(sr_dict_file *f);
sr_status sr_read_discards(sr_dict_file *f);
sr_status sr_read_issues(sr_dict_file *f);
sr_status sr_read_plover_table(sr_dict_file *f); /* ../events/plover_read.c */

/* ---- used by the coder ---- */

/* Calls fn for each phrase whose first word matches token tok[0..len):
 * heaviest first within one key, keys in no particular order.  Returns the
 * first non-zero value fn returned, or 0. */
typedef int (*sr_phrase_fn)(void *ud, const sr_phrase *p);
int sr_index_each(const struct sr_dict *d, const sr_index *ix, const char *tok, size_t len,
                  sr_phrase_fn fn, void *ud);
/* Does a dictionary word match a sentence token? */
int sr_word_matches(const sr_dword *w, const char *tok, size_t len);

/* Gives every word of the loaded phrases, patterns and synsets its id and
 * builds the by-first-word table and the patterns' needed words (wordids.c). */
sr_status sr_dict_build_word_ids(struct sr_dict *d);
void sr_dict_free_word_ids(struct sr_dict *d);
/* The dictionary words token tok[0..len) can be, with their modes; at most
 * cap are written, the count is returned. */
size_t sr_dict_token_ids(const struct sr_dict *d, const char *tok, size_t len, sr_tokid *out, size_t cap);

/* The code of an actor on a date (YYYYMMDD; 0 = unknown: the default code). */
const char *sr_actor_code_at(const struct sr_dict *d, uint32_t actor, int32_t date);

#endif
