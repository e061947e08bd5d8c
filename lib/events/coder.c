/*
 * coder.c - TABARI's shallow parse and event coding of one sentence.
 *
 * The steps follow the TABARI manual (ch. 7, "Summary: Parsing"):
 *   1. filter the text into upper-case words (periods after lower-case
 *      letters, '-', '?' and '!' become blanks; ',' and '"' are words; a
 *      comma inside a number goes; comments between slash-star marks are skipped);
 *   2. classify each word by the longest dictionary phrase starting there
 *      (actors with their code at the article's date, agents, verbs, nouns,
 *      adjectives) and by the built-in classes (determiners, pronouns,
 *      conjunctions, WAS/WERE/BEEN, BY); a verb after THE/A/AN or
 *      capitalized inside the sentence becomes a noun;
 *   3. attach agents to the actor beside them (or after OF/IN);
 *   4. join compound actors (A, B and C), compound nouns and adjectives;
 *   5. resolve pronouns (and "the country") to an actor;
 *   6. drop comma-delimited nonrestrictive clauses by length;
 *   7. split the sentence into clauses at conjunctions outside compounds;
 *   8. in each clause, try each verb's patterns, heaviest first, and code
 *      the first that matches (or the verb's own code), then find source
 *      and target by the default rules, reversing them in passive voice.
 * Codes with '?' (subordinate) are kept only when nothing else is coded;
 * '!' (dominant) codes push out the rest; "a:b" adds the reversed event.
 * Where the manual is silent, TABARI's validation suite decided: an actor,
 * an agent and an actor are one person ("Bree President Romendacil"); the
 * phrase right after a dropped comma clause stays; only HE SHE IT HIM HER
 * THEY THEM THEIR are pronouns; a pronoun before any actor is the previous
 * sentence's first named actor, without its agent (FORWARD:); a compound
 * source's other member is the target when none is found; the source may
 * follow the verb when none precedes it.
 *
 * With PETRARCH's dictionaries (no parse trees here) a few rules follow
 * its suite instead: "DIDN'T" is DID N'T as in TreeBank, agents joined by
 * AND or before OF/IN/FROM a list apply to every member, agents inside an
 * agent phrase apply too, a possessive actor heads its noun phrase, '%'
 * is the source only, possessive pronouns are not actors, ### is a code.
 *
 * Speed: each token is looked up once for the dictionary words it can be
 * (ids, ../actors/wordids.c); phrase lookup and pattern matching then
 * compare integers, and a pattern whose words the sentence lacks (a
 * 1024-bit filter over the sentence's word ids) is not tried at all.
 *
 * Everything lives in the coder's arrays, grown as needed and reused.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "events/events.h"
#include "util/buf.h"
#include "util/utf8.h"

enum tok_type {
    T_NULL = 0,
    T_LITERAL, /* a later word of a phrase that started before */
    T_ACTOR,
    T_AGENT,
    T_VERB,
    T_NOUN,
    T_ADJ,
    T_DETERM,
    T_PRONOUN,
    T_CONJ,
    T_AUXIL,
    T_BY,
    T_COMMA,
    T_TIME,
    T_PREP,    /* OF, IN: agent links */
    T_NEGATION
};

enum tok_flags { TF_CAP = 1, TF_NUMBER = 2, TF_QUOTE = 4, TF_DEAD = 8, TF_COMPOUND_COMMA = 16, TF_IN_COMPOUND = 32 };

typedef struct tok {
    uint32_t s;        /* offset of the word in norm */
    uint16_t len;
    uint8_t type, flags;
    uint32_t b0, b1;   /* bytes in the sentence */
    int32_t act;       /* actor slot (actor heads, resolved pronouns), else -1 */
    uint32_t payload;  /* verb root, agent */
    uint32_t end;      /* first token after the phrase that starts here */
} tok;

enum { MAX_ACT_CODES = 32 };

typedef struct act {
    const char *codes[MAX_ACT_CODES];
    uint8_t n_codes;
    uint8_t compound;  /* more than one actor joined */
    uint8_t agent_only;
    uint8_t forwarded;  /* a pronoun standing for the previous sentence's actor */
    uint8_t place;      /* named as where something happened ("in Mariupol"): PLOVER rules */
    const char *name;
    const char *base;   /* the dictionary code before agents were added */
    uint32_t b0, b1;
    uint32_t first, last; /* tokens */
} act;

struct sr_coder {
    const sr_dict *d;
    sr_tabari_options opt;
    char *norm;
    size_t norm_cap;
    tok *toks;
    size_t n_toks, toks_cap;
    act *acts;
    size_t n_acts, acts_cap;
    sr_coded_event *events;
    size_t n_events, events_cap;
    sr_arena scratch; /* combined actor+agent codes, freed at each sentence */
    int32_t date;
    /* the previous sentence's first actor, for pronouns at the start of the next */
    /* the previous sentence's first actor (its dictionary code, without
     * agents), for a pronoun that opens the next sentence (TABARI's FORWARD) */
    char prev_code[32];
    char topic_igo[32];   /* PLOVER rules: the organization the article last named ("the Secretary General") */
    uint8_t prev_n_codes; /* 0 or 1 */
    uint32_t clause_b0, clause_b1; /* bytes of the clause being coded */
    /* the dictionary words each token can be (wordids.c): token i's are
     * tids[tid_start[i] .. tid_start[i + 1]) */
    sr_tokid *tids;
    size_t n_tids, tids_cap;
    uint32_t *tid_start;
    size_t tid_start_cap;
    uint64_t bloom[16]; /* bit (id & 1023): some token can be word id */
    int excluded[4]; /* actors a pattern's ^ passed over, during the default searches */
    int n_excluded;
    int avoid_places; /* the default searches pass over places (PLOVER rules) */
    size_t cond_verb; /* PLOVER rules: 1 + the verb whose default searches pass over
                       * the conditions it is not in; 0 when none */
    /* conditions of the sentence ("if ... ,", "unless ..."): token ranges */
    uint32_t cond_lo[4], cond_hi[4];
    int n_cond;
    /* what other stages know of the sentence (sr_coder_set_spans), for one call */
    sr_coder_span spans[16];
    int n_spans, n_spans_next;
    const char *text; /* the sentence being coded */
};

sr_coder *sr_coder_new(const sr_dict *dict)
{
    sr_coder *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->d = dict;
    c->opt = dict->options;
    sr_arena_init(&c->scratch);
    return c;
}

void sr_coder_free(sr_coder *c)
{
    if (!c)
        return;
    free(c->norm);
    free(c->toks);
    free(c->acts);
    free(c->events);
    free(c->tids);
    free(c->tid_start);
    sr_arena_free(&c->scratch);
    free(c);
}

sr_tabari_options *sr_coder_options(sr_coder *c)
{
    return &c->opt;
}

void sr_coder_reset(sr_coder *c)
{
    c->prev_n_codes = 0;
    c->topic_igo[0] = '\0';
}

void sr_coder_set_spans(sr_coder *c, const sr_coder_span *spans, size_t n)
{
    c->n_spans_next = 0;
    for (size_t i = 0; i < n && c->n_spans_next < 16; i++)
        c->spans[c->n_spans_next++] = spans[i];
}

static int grow(void **v, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return 0;
    size_t nc = *cap ? *cap : 64;
    while (nc < need)
        nc *= 2;
    void *nv = realloc(*v, nc * elem);
    if (!nv)
        return -1;
    *v = nv;
    *cap = nc;
    return 0;
}

/* ------------------------------------------------------------ 1. filter */

/* Latin-1 and Latin Extended-A letters folded to ASCII, upper case (TABARI
 * strips diacritics); 0 for characters that are not letters. */
static char fold_latin(unsigned cp)
{
    static const char latin1[] = /* U+00C0..U+00FF */
        "AAAAAAACEEEEIIII" "DNOOOOO\0OUUUUYTS" "AAAAAAACEEEEIIII" "DNOOOOO\0OUUUUYTY";
    if (cp >= 0xC0 && cp <= 0xFF)
        return latin1[cp - 0xC0];
    if (cp >= 0x100 && cp <= 0x17F) {
        static const char ext[] = "AAAAAACCCCCCCCDDDDEEEEEEEEEEGGGGGGGGHHHHIIIIIIIIIIJJJJKKKLLLLLLLLLLNNNNNNNNNOOOOOOOORRRRRRSSSSSSSSTTTTTTUUUUUUUUUUUUWWYYYZZZZZZS";
        size_t i = cp - 0x100;
        return i < sizeof ext - 1 ? ext[i] : 0;
    }
    return 0;
}

static int push_tok(sr_coder *c, uint32_t s, size_t len, uint32_t b0, uint32_t b1, uint8_t flags)
{
    if (grow((void **)&c->toks, &c->toks_cap, c->n_toks + 1, sizeof *c->toks))
        return -1;
    tok *t = &c->toks[c->n_toks++];
    memset(t, 0, sizeof *t);
    t->s = s;
    t->len = (uint16_t)(len > 65535 ? 65535 : len);
    t->b0 = b0;
    t->b1 = b1;
    t->flags = flags;
    t->act = -1;
    return 0;
}

/* Ends the word norm[start..*o) as a token (bytes b0..b1 of the text).
 * With PETRARCH's dictionaries, written for TreeBank tokens, "DIDN'T" is the
 * two tokens DID and N'T, as their synsets spell it ("+DID N'T"). */
static int split_contraction(sr_coder *c, uint32_t start, size_t *o, uint32_t b0, uint32_t b1, const char *text,
                             uint8_t flags)
{
    size_t n = *o - start;
    if (c->d->petrarch && n > 3 && memcmp(c->norm + *o - 3, "N'T", 3) == 0) {
        uint32_t cut = b1 >= 5 && (unsigned char)text[b1 - 2] >= 0x80 ? b1 - 5 : b1 - 3;
        if (cut <= b0)
            cut = b1;
        memmove(c->norm + *o - 2, c->norm + *o - 3, 3);
        c->norm[*o - 3] = '\0';
        if (push_tok(c, start, n - 3, b0, cut, flags))
            return -1;
        if (push_tok(c, (uint32_t)(*o - 2), 3, cut, b1, 0))
            return -1;
        *o += 1;
        c->norm[(*o)++] = '\0';
        return 0;
    }
    if (push_tok(c, start, n, b0, b1, flags))
        return -1;
    c->norm[(*o)++] = '\0';
    return 0;
}

static int tokenize(sr_coder *c, const char *text, size_t len)
{
    if (grow((void **)&c->norm, &c->norm_cap, len * 2 + 16, 1))
        return -1;
    c->n_toks = 0;
    size_t o = 0, i = 0;
    const unsigned char *p = (const unsigned char *)text;
    uint32_t word_start = 0, word_b0 = 0;
    int in_word = 0, cap = 0;
#define END_WORD()                                                                          \
    do {                                                                                    \
        if (in_word) {                                                                      \
            int num = isdigit((unsigned char)c->norm[word_start]);                          \
            if (split_contraction(c, word_start, &o, word_b0, (uint32_t)i, text, (uint8_t)((cap ? TF_CAP : 0) | (num ? TF_NUMBER : 0)))) \
                return -1;                                                                  \
            in_word = 0;                                                                    \
        }                                                                                   \
    } while (0)
    while (i < len) {
        if (p[i] == '/' && i + 1 < len && p[i + 1] == '*') {
            END_WORD();
            const char *e = NULL;
            for (size_t k = i + 2; k + 1 < len; k++)
                if (p[k] == '*' && p[k + 1] == '/') {
                    e = text + k;
                    break;
                }
            i = e ? (size_t)(e - text) + 2 : len;
            continue;
        }
        size_t next = i;
        unsigned cp = sr_utf8_decode(text, len, &next);
        size_t used = next - i;
        char ch = 0;
        int single = 0;
        if (cp < 0x80) {
            unsigned char a = (unsigned char)cp;
            if (isalnum(a) || a == '\'' || a == '&' || a == '/' || a == '$' || a == '%')
                ch = (char)toupper(a);
            else if (a == '.') {
                /* a period after a lower-case letter ends a word; U.N. keeps its periods */
                if (in_word && !(i > 0 && islower(p[i - 1])))
                    ch = '.';
            } else if (a == ',' || a == ';') {
                /* a comma inside a number goes: 1,500 -> 1500 */
                if (a == ',' && in_word && i + 1 < len && isdigit(p[i + 1]) && isdigit(p[i - 1])) {
                    i += used;
                    continue;
                }
                single = ',';
            } else if (a == '"')
                single = '"';
        } else if (cp == 0x2019 || cp == 0x2018) {
            ch = '\'';
        } else if (cp == 0x201C || cp == 0x201D || cp == 0xAB || cp == 0xBB) {
            single = '"';
        } else {
            ch = fold_latin(cp); /* 0: not a letter, a separator */
        }
        if (ch) {
            if (!in_word) {
                in_word = 1;
                word_start = (uint32_t)o;
                word_b0 = (uint32_t)i;
                cap = isupper(p[i]) || (cp >= 0xC0 && cp < 0xDF);
            }
            c->norm[o++] = ch;
        } else {
            END_WORD();
            if (single) {
                c->norm[o] = (char)single;
                if (push_tok(c, (uint32_t)o, 1, (uint32_t)i, (uint32_t)(i + used), single == '"' ? TF_QUOTE : 0))
                    return -1;
                o += 1;
                c->norm[o++] = '\0';
                c->toks[c->n_toks - 1].type = single == ',' ? T_COMMA : T_NULL;
            }
        }
        i += used;
    }
    END_WORD();
#undef END_WORD
    /* a trailing period after an upper-case word ("... the U.N.") stays part
     * of the word, also after a single capital letter ("... Plan B.") */
    return 0;
}

static const char *tok_text(const sr_coder *c, size_t i)
{
    return c->norm + c->toks[i].s;
}

enum { MAX_TOKEN_IDS = 24 };

/* Which dictionary words each token can be, and the sentence's word bloom. */
static int find_token_ids(sr_coder *c)
{
    memset(c->bloom, 0, sizeof c->bloom);
    c->n_tids = 0;
    if (grow((void **)&c->tid_start, &c->tid_start_cap, c->n_toks + 1, sizeof *c->tid_start))
        return -1;
    for (size_t i = 0; i < c->n_toks; i++) {
        c->tid_start[i] = (uint32_t)c->n_tids;
        const tok *t = &c->toks[i];
        if (t->type == T_COMMA || (t->flags & TF_QUOTE))
            continue;
        if (grow((void **)&c->tids, &c->tids_cap, c->n_tids + MAX_TOKEN_IDS, sizeof *c->tids))
            return -1;
        size_t n = sr_dict_token_ids(c->d, tok_text(c, i), t->len, c->tids + c->n_tids, MAX_TOKEN_IDS);
        for (size_t k = 0; k < n; k++) {
            uint32_t id = c->tids[c->n_tids + k].id;
            c->bloom[(id >> 6) & 15] |= 1ULL << (id & 63);
        }
        c->n_tids += n;
    }
    c->tid_start[c->n_toks] = (uint32_t)c->n_tids;
    return 0;
}

/* Does dictionary word w match token i? */
static inline int tok_matches(const sr_coder *c, size_t i, const sr_dword *w)
{
    for (uint32_t k = c->tid_start[i]; k < c->tid_start[i + 1]; k++)
        if (c->tids[k].id == w->id)
            return c->tids[k].modes >> w->mode & 1;
    return 0;
}

static inline int in_bloom(const sr_coder *c, uint32_t id)
{
    return (int)(c->bloom[(id >> 6) & 15] >> (id & 63) & 1);
}

static int tok_is(const sr_coder *c, size_t i, const char *w)
{
    return i < c->n_toks && tok_text(c, i)[0] == w[0] && strcmp(tok_text(c, i), w) == 0;
}

/* ------------------------------------------------------------ 2. classify */

typedef struct best_match {
    sr_coder *c;
    size_t at;
    const sr_phrase *best;
    size_t best_end;
    uint32_t matched[64];
    size_t n_matched;
} best_match;

enum { MAX_GAP = 6 };

/* Matches the rest of a phrase's words after word 0 at token `at`. */
static int match_rest(sr_coder *c, const sr_phrase *p, size_t at, size_t *end, uint32_t *matched)
{
    size_t pos = at;
    matched[0] = (uint32_t)at;
    for (uint16_t k = 1; k < p->n_words; k++) {
        const sr_dword *w = &p->words[k];
        int gap = p->words[k - 1].gap;
        size_t limit = gap ? pos + 1 + MAX_GAP : pos + 2;
        size_t q = pos + 1;
        int found = 0;
        for (; q < c->n_toks && q < limit; q++) {
            const tok *t = &c->toks[q];
            if (t->type == T_COMMA)
                break;
            if (tok_matches(c, q, w)) {
                found = 1;
                break;
            }
            if (!gap)
                break;
        }
        if (!found)
            return 0;
        matched[k] = (uint32_t)q;
        pos = q;
    }
    *end = pos + 1;
    return 1;
}

static int consider(void *ud, const sr_phrase *p)
{
    best_match *bm = ud;
    if (p->kind == SR_PK_DISCARD || p->kind == SR_PK_ISSUE)
        return 0;
    if (bm->best && (p->weight < bm->best->weight ||
                     (p->weight == bm->best->weight && p->order > bm->best->order)))
        return 0;
    size_t end;
    uint32_t matched[64];
    if (p->n_words > 64 || !match_rest(bm->c, p, bm->at, &end, matched))
        return 0;
    bm->best = p;
    bm->best_end = end;
    bm->n_matched = p->n_words;
    memcpy(bm->matched, matched, p->n_words * sizeof *matched);
    return 0;
}

static const struct {
    const char *w;
    uint8_t type;
} builtins[] = {
    {"THE", T_DETERM}, {"A", T_DETERM},     {"AN", T_DETERM},     {"HE", T_PRONOUN},
    {"SHE", T_PRONOUN}, {"IT", T_PRONOUN},  {"THEY", T_PRONOUN},  {"THEM", T_PRONOUN},
    {"THEIR", T_PRONOUN}, {"HER", T_PRONOUN},
    {"HIM", T_PRONOUN}, {"AND", T_CONJ},    {"BUT", T_CONJ},      {"OR", T_CONJ},
    {"NOR", T_CONJ},    {"WAS", T_AUXIL},   {"WERE", T_AUXIL},    {"BEEN", T_AUXIL},
    {"BY", T_BY},       {"OF", T_PREP},     {"IN", T_PREP},       {"NOT", T_NEGATION},
    {"NEVER", T_NEGATION},
};

static int builtin_type(const char *w)
{
    for (size_t i = 0; i < sizeof builtins / sizeof *builtins; i++)
        if (builtins[i].w[0] == w[0] && strcmp(builtins[i].w, w) == 0)
            return builtins[i].type;
    return 0;
}

static int add_act(sr_coder *c, size_t first, size_t last, const char *codes, const char *name)
{
    if (grow((void **)&c->acts, &c->acts_cap, c->n_acts + 1, sizeof *c->acts))
        return -1;
    act *a = &c->acts[c->n_acts];
    memset(a, 0, sizeof *a);
    /* a coded compound "A/B/C" is several codes */
    const char *p = codes;
    while (*p && a->n_codes < MAX_ACT_CODES) {
        const char *e = strchr(p, '/');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        char *code = sr_arena_strndup(&c->scratch, p, n);
        if (!code)
            return -1;
        a->codes[a->n_codes++] = code;
        if (!e)
            break;
        p = e + 1;
    }
    a->compound = a->n_codes > 1;
    a->base = a->n_codes ? a->codes[0] : "";
    a->name = name;
    a->first = (uint32_t)first;
    a->last = (uint32_t)last;
    a->b0 = c->toks[first].b0;
    a->b1 = c->toks[last].b1;
    return (int)c->n_acts++;
}

/* Returns the sentence's fate: 0 go on, else SR_CODE_DISCARD / SR_CODE_COMPLEX. */
static int classify(sr_coder *c, const char **why)
{
    const sr_dict *d = c->d;
    int all_caps = 1;
    for (size_t i = 0; i < c->n_toks && all_caps; i++)
        if (c->toks[i].len > 1 && !(c->toks[i].flags & TF_CAP) && !(c->toks[i].flags & TF_NUMBER) &&
            c->toks[i].type != T_COMMA && !(c->toks[i].flags & TF_QUOTE))
            all_caps = 0;
    for (size_t i = 0; i < c->n_toks; i++) {
        tok *t = &c->toks[i];
        if (t->type == T_COMMA || t->type == T_LITERAL || (t->flags & TF_QUOTE))
            continue;
        best_match bm;
        bm.c = c;
        bm.at = i;
        bm.best = NULL;
        for (uint32_t k = c->tid_start[i]; k < c->tid_start[i + 1]; k++) {
            const sr_tokid *ti = &c->tids[k];
            for (uint32_t j = d->by_first_start[ti->id]; j < d->by_first_start[ti->id + 1]; j++) {
                const sr_phrase *p = &d->phrases.v[d->by_first[j]];
                if (ti->modes >> p->words[0].mode & 1)
                    consider(&bm, p);
            }
        }
        int bt = t->len <= 5 ? builtin_type(tok_text(c, i)) : 0; /* the built-in words are short */
        if (bm.best && bt && bm.best->n_words == 1)
            bm.best = NULL; /* function words are not stems of dictionary words */
        if (!bm.best) {
            t->type = (uint8_t)(bt ? bt : T_NULL);
            if (!bt && (t->flags & TF_NUMBER))
                t->type = T_NULL;
            continue;
        }
        const sr_phrase *p = bm.best;
        for (size_t k = 1; k < bm.n_matched; k++)
            c->toks[bm.matched[k]].type = T_LITERAL;
        t->end = (uint32_t)bm.best_end;
        switch (p->kind) {
        case SR_PK_ACTOR: {
            const char *code = sr_actor_code_at(d, p->payload, c->date);
            /* "### is not a discard code in PETR": there it is an actor's code */
            if (strcmp(code, "###") == 0 && !d->petrarch) {
                *why = d->actors.v[p->payload].name;
                return SR_CODE_DISCARD;
            }
            if (strcmp(code, "+++") == 0) {
                *why = d->actors.v[p->payload].name;
                return SR_CODE_COMPLEX;
            }
            if (strcmp(code, "---") == 0) {
                t->type = T_NOUN;
                break;
            }
            t->type = T_ACTOR;
            int a = add_act(c, i, bm.matched[bm.n_matched - 1], code, d->actors.v[p->payload].name);
            if (a < 0)
                return -1;
            t->act = a;
            break;
        }
        case SR_PK_AGENT:
            t->type = T_AGENT;
            t->payload = p->payload;
            break;
        case SR_PK_VERB: {
            const sr_verb *v = &d->verbs.v[p->payload];
            t->type = T_VERB;
            t->payload = p->payload;
            /* a verb after a determiner, or capitalized inside a sentence, is a
             * noun, and its discard or complex code no longer counts ("Planetary
             * Cup [+++]" in mid-sentence) */
            if ((i > 0 && c->toks[i - 1].type == T_DETERM) ||
                (i > 0 && (t->flags & TF_CAP) && !all_caps)) {
                t->type = T_NOUN;
                break;
            }
            if (v->code.flags & SR_EV_DISCARD) {
                *why = v->name;
                return SR_CODE_DISCARD;
            }
            if (v->code.flags & SR_EV_COMPLEX) {
                *why = v->name;
                return SR_CODE_COMPLEX;
            }
            if ((v->code.flags & SR_EV_NULL) && v->n_patterns == 0)
                t->type = T_NOUN;
            break;
        }
        case SR_PK_NOUN: t->type = T_NOUN; break;
        case SR_PK_ADJECTIVE: t->type = T_ADJ; break;
        case SR_PK_TIME:
            if (d->time_shifts.v[p->payload] == SR_TIME_DISCARD || d->time_shifts.v[p->payload] == SR_TIME_COMPLEX) {
                *why = p->words[0].text;
                return d->time_shifts.v[p->payload] == SR_TIME_DISCARD ? SR_CODE_DISCARD : SR_CODE_COMPLEX;
            }
            t->type = T_TIME;
            break;
        default: break;
        }
        /* a phrase's later words are taken; continue after its consecutive words */
        if (p->n_words > 1) {
            int consecutive = 1;
            for (size_t k = 1; k < bm.n_matched; k++)
                if (bm.matched[k] != bm.matched[k - 1] + 1)
                    consecutive = 0;
            if (consecutive)
                i = bm.best_end - 1;
        }
    }
    return 0;
}

/* ------------------------------------------------------------ 3. agents */

static const char *combine_codes(sr_coder *c, const char *actor, const sr_agent *ag)
{
    size_t na = strlen(actor), ng = strlen(ag->code);
    /* an agent code already in the actor code (on CAMEO's 3-letter boundaries) is not added */
    for (size_t k = 0; k + ng <= na; k += 3)
        if (memcmp(actor + k, ag->code, ng) == 0)
            return actor;
    char *s = sr_arena_alloc(&c->scratch, na + ng + 1);
    if (!s)
        return actor;
    if (ag->prefix) {
        memcpy(s, ag->code, ng);
        memcpy(s + ng, actor, na + 1);
    } else {
        memcpy(s, actor, na);
        memcpy(s + na, ag->code, ng + 1);
    }
    return s;
}

/* ------------------------------------------------------------ 2b. PLOVER grammar
 *
 * Rules a careful coder applies that TABARI's validation records do not
 * know; they run only when a PLOVER table is loaded (our dictionaries), so
 * TABARI's and PETRARCH's suites code as before. */

static size_t phrase_end(const sr_coder *c, size_t i);
static int military_code(const char *code);

static int is_locative(const sr_coder *c, size_t i)
{
    static const char *const words[] = {"IN",      "AT",     "NEAR",   "AROUND",     "OUTSIDE", "INSIDE",
                                        "INTO",    "ACROSS", "THROUGHOUT", "OVER",   "NEARBY",  NULL};
    for (int k = 0; words[k]; k++)
        if (tok_is(c, i, words[k]))
            return 1;
    return 0;
}

/* "UKRGOV" from a capital or seat of power: three letters and GOV. */
static int is_seat_code(const char *code)
{
    return strlen(code) == 6 && !strcmp(code + 3, "GOV") && strncmp(code, "IGO", 3) != 0;
}

/* A name after a locative preposition names a place: "shelled a hospital in
 * Kyiv", "met in Brussels", "fired on a crowd near Moscow".  A place is
 * never who acted; a capital named as a place is its country, not its
 * government ("in Kyiv", "the Kyiv region", "police in Tbilisi" are UKR,
 * UKR, GEOCOP).  Also: "pro-Russian", "anti-Western" name an attitude, not
 * an actor; "thousands of Georgians" are people (CVL); a gerund after FOR
 * or ABOUT ("the time for warning") is a noun. */
static void plover_grammar(sr_coder *c)
{
    static const sr_agent people = {.code = "CVL", .prefix = 0};
    for (size_t i = 0; i < c->n_toks; i++) {
        tok *t = &c->toks[i];
        if (t->type == T_VERB && i > 0 && (tok_is(c, i - 1, "FOR") || tok_is(c, i - 1, "ABOUT")) && t->len > 4 &&
            !strcmp(tok_text(c, i) + t->len - 3, "ING")) {
            t->type = T_NOUN;
            continue;
        }
        /* "it is in our interest to support Ukraine": IT stands for the
         * clause after TO, not for an actor */
        if (t->type == T_PRONOUN && tok_is(c, i, "IT") && (tok_is(c, i + 1, "IS") || tok_is(c, i + 1, "WAS"))) {
            for (size_t k = i + 2; k < c->n_toks && k < i + 10; k++) {
                if (c->toks[k].type == T_ACTOR || c->toks[k].type == T_COMMA)
                    break;
                if (tok_is(c, k, "TO") && k + 1 < c->n_toks && c->toks[k + 1].type == T_VERB) {
                    t->type = T_NULL;
                    break;
                }
            }
            continue;
        }
        /* "a possible attack", "a new invasion", "an overnight attack": a
         * noun, as after a determiner */
        if (t->type == T_VERB && i > 1 && c->toks[i - 2].type == T_DETERM &&
            (tok_is(c, i - 1, "POSSIBLE") || tok_is(c, i - 1, "POTENTIAL") || tok_is(c, i - 1, "NEW") ||
             tok_is(c, i - 1, "FURTHER") || tok_is(c, i - 1, "FUTURE") || tok_is(c, i - 1, "IMMINENT") ||
             tok_is(c, i - 1, "RENEWED") || tok_is(c, i - 1, "MASSIVE") || tok_is(c, i - 1, "LARGE") ||
             tok_is(c, i - 1, "OVERNIGHT") || tok_is(c, i - 1, "LATEST") || tok_is(c, i - 1, "FRESH"))) {
            t->type = T_NOUN;
            continue;
        }
        if (t->type != T_ACTOR || t->act < 0)
            continue;
        act *a = &c->acts[t->act];
        if (i > 0 && (tok_is(c, i - 1, "PRO") || tok_is(c, i - 1, "ANTI"))) {
            t->type = T_ADJ;
            t->act = -1;
            continue;
        }
        /* "the Washington summit", "the Minsk agreements", "the Istanbul
         * Convention": a place that names an event or a text, not an actor */
        {
            size_t e2 = phrase_end(c, i);
            if (e2 < c->n_toks && (tok_is(c, e2, "SUMMIT") || tok_is(c, e2, "SUMMITS") || tok_is(c, e2, "TREATY") ||
                                   tok_is(c, e2, "CONVENTION") || tok_is(c, e2, "DECLARATION") ||
                                   tok_is(c, e2, "FORMAT") || tok_is(c, e2, "ACCORDS") || tok_is(c, e2, "ACCORD") ||
                                   tok_is(c, e2, "AGREEMENTS") || tok_is(c, e2, "PROTOCOL") ||
                                   tok_is(c, e2, "COMMUNIQUE"))) {
                int seat = 1;
                for (uint8_t k = 0; k < a->n_codes; k++)
                    seat &= is_seat_code(a->codes[k]) || strlen(a->codes[k]) == 3;
                if (seat && strncmp(a->codes[0], "IGO", 3) != 0) {
                    t->type = T_ADJ;
                    t->act = -1;
                    continue;
                }
            }
        }
        /* "the French-led battlegroup", "Russian-occupied ports", "a
         * US-brokered deal": the name qualifies the noun after it; neither
         * an actor nor an act of its own */
        size_t end = phrase_end(c, i);
        if (end < c->n_toks && c->text && c->toks[end].b0 > 0 && c->text[c->toks[end].b0 - 1] == '-' &&
            (tok_is(c, end, "LED") || tok_is(c, end, "BACKED") || tok_is(c, end, "BASED") ||
             tok_is(c, end, "OCCUPIED") || tok_is(c, end, "CONTROLLED") || tok_is(c, end, "HELD") ||
             tok_is(c, end, "SPONSORED") || tok_is(c, end, "BROKERED") || tok_is(c, end, "ALIGNED") ||
             tok_is(c, end, "FRIENDLY") || tok_is(c, end, "MADE") || tok_is(c, end, "ORIENTED"))) {
            t->type = T_ADJ;
            t->act = -1;
            c->toks[end].type = T_ADJ;
            continue;
        }
        size_t before = i;
        while (before > 0 && c->toks[before - 1].type == T_DETERM)
            before--;
        size_t after = phrase_end(c, i);
        int region = tok_is(c, after, "REGION") || tok_is(c, after, "OBLAST") || tok_is(c, after, "PROVINCE") ||
                     tok_is(c, after, "OUTSKIRTS") || tok_is(c, after, "SUBURBS") || tok_is(c, after, "AREA");
        if ((before > 0 && is_locative(c, before - 1)) || region) {
            int seat = 1;
            for (uint8_t k = 0; k < a->n_codes; k++)
                seat &= is_seat_code(a->codes[k]);
            for (uint8_t k = 0; seat && k < a->n_codes; k++) {
                char *country = sr_arena_strndup(&c->scratch, a->codes[k], 3);
                if (country)
                    a->codes[k] = country;
            }
            a->place = (uint8_t)(seat && !region ? 2 : 1); /* 2: a capital as a place */
        }
        /* "thousands of Georgians", "hundreds of Romanians" */
        if (i >= 2 && tok_is(c, i - 1, "OF") &&
            (tok_is(c, i - 2, "THOUSANDS") || tok_is(c, i - 2, "HUNDREDS") || tok_is(c, i - 2, "MILLIONS") ||
             tok_is(c, i - 2, "DOZENS") || (c->toks[i - 2].flags & TF_NUMBER)))
            for (uint8_t k = 0; k < a->n_codes; k++)
                a->codes[k] = combine_codes(c, a->codes[k], &people);
    }
}

/* Is agent token i the object of a verb ("deployed troops in Belarus",
 * "bombed a maternity hospital in Mariupol")?  Its IN does not make it the
 * place's: the troops are the subject's, the hospital is where the blow fell. */
static int object_agent(const sr_coder *c, size_t i)
{
    if (!military_code(c->d->agents.v[c->toks[i].payload].code))
        return 0; /* "to civilians in Gaza", "with police in Tbilisi" are theirs */
    for (size_t k = i, skipped = 0; k-- > 0 && skipped < 3; skipped++) {
        const tok *u = &c->toks[k];
        if (u->type == T_VERB)
            return 1;
        if (u->type != T_DETERM && u->type != T_NULL && u->type != T_ADJ && !tok_is(c, k, "ITS") &&
            !tok_is(c, k, "THEIR"))
            return 0;
    }
    return 0;
}

static void apply_agent(sr_coder *c, act *a, size_t agent_tok)
{
    const sr_agent *ag = &c->d->agents.v[c->toks[agent_tok].payload];
    /* FORMER before the agent or its actor makes the agent an elite (CAMEO's ELI) */
    sr_agent former;
    size_t head = a->first < agent_tok ? a->first : agent_tok;
    if ((head > 0 && tok_is(c, head - 1, "FORMER")) || (agent_tok > 0 && tok_is(c, agent_tok - 1, "FORMER"))) {
        former.code = "ELI";
        former.prefix = ag->prefix;
        ag = &former;
    }
    for (uint8_t k = 0; k < a->n_codes; k++)
        a->codes[k] = combine_codes(c, a->codes[k], ag);
    a->place = 0; /* "police in Tbilisi" act */
    /* PETRARCH also applies the agents inside the agent's phrase: "main
     * opposition group" is MOP, and its "opposition group" OPP */
    if (c->d->petrarch) {
        size_t end = c->toks[agent_tok].end > agent_tok ? c->toks[agent_tok].end : agent_tok + 1;
        for (size_t w = agent_tok + 1; w < end; w++) {
            const sr_dict *d = c->d;
            size_t sub_end = 0;
            const sr_agent *sub = NULL;
            for (uint32_t k = c->tid_start[w]; k < c->tid_start[w + 1] && !sub; k++) {
                const sr_tokid *ti = &c->tids[k];
                for (uint32_t j = d->by_first_start[ti->id]; j < d->by_first_start[ti->id + 1]; j++) {
                    const sr_phrase *p = &d->phrases.v[d->by_first[j]];
                    uint32_t matched[64];
                    if (p->kind == SR_PK_AGENT && (ti->modes >> p->words[0].mode & 1) && p->n_words <= 64 &&
                        match_rest(c, p, w, &sub_end, matched) && sub_end <= end) {
                        sub = &d->agents.v[p->payload];
                        break;
                    }
                }
            }
            if (!sub)
                continue;
            for (uint8_t q = 0; q < a->n_codes; q++)
                a->codes[q] = combine_codes(c, a->codes[q], sub);
            w = sub_end - 1;
        }
    }
    tok *t = &c->toks[agent_tok];
    if (t->b0 < a->b0)
        a->b0 = t->b0;
    if (t->b1 > a->b1)
        a->b1 = t->b1;
    t->type = T_LITERAL;
}

static size_t phrase_end(const sr_coder *c, size_t i)
{
    return c->toks[i].end > i ? c->toks[i].end : i + 1;
}

/* The word between an agent and its actor: OF, IN (TABARI); FROM too in
 * PETRARCH's noun phrases ("soldiers from Gondor"). */
static int agent_link(const sr_coder *c, size_t k)
{
    if (c->toks[k].type == T_PREP || (c->d->petrarch && tok_is(c, k, "FROM")))
        return 1;
    /* PLOVER rules: "refugees from Ukraine" are Ukraine's (but "officials
     * from NATO states" are not NATO's officials) */
    if (!c->d->plover.n || !tok_is(c, k, "FROM"))
        return 0;
    for (size_t j = k; j-- > 0;)
        if (c->toks[j].type == T_AGENT)
            return phrase_end(c, j) == k && !strcmp(c->d->agents.v[c->toks[j].payload].code, "REF");
        else if (c->toks[j].type != T_LITERAL)
            return 0;
    return 0;
}

/* PETRARCH: is agent token i one of several joined by AND ("media and
 * government"), or before OF/IN?  Those wait for agents_after_compounds(). */
static int petrarch_deferred_agent(const sr_coder *c, size_t i)
{
    if (!c->d->petrarch)
        return 0;
    size_t after = phrase_end(c, i);
    if (after + 1 < c->n_toks && c->toks[after].type == T_CONJ && tok_is(c, after, "AND") &&
        c->toks[after + 1].type == T_AGENT)
        return 1;
    if (i >= 2 && c->toks[i - 1].type == T_CONJ && tok_is(c, i - 1, "AND") && c->toks[i - 2].type == T_LITERAL) {
        for (size_t j = i - 1; j-- > 0;) {
            if (c->toks[j].type == T_AGENT)
                return phrase_end(c, j) == i - 1;
            if (c->toks[j].type != T_LITERAL)
                return 0;
        }
    }
    if (after + 1 >= c->n_toks || !agent_link(c, after))
        return 0;
    /* OF/IN an actor that heads a list ("ambassadors of A, B and C") */
    size_t k = after + 1;
    while (k < c->n_toks && c->toks[k].type == T_DETERM)
        k++;
    if (k >= c->n_toks || c->toks[k].type != T_ACTOR)
        return 0;
    size_t e = phrase_end(c, k);
    return e < c->n_toks && (c->toks[e].type == T_COMMA || (c->toks[e].type == T_CONJ && tok_is(c, e, "AND")));
}

/* PETRARCH, after compounds are joined: agents joined by AND and agents
 * before OF/IN apply to every member of the actor they qualify, each agent
 * with each member ("lawmakers and officials in Fornost and Gondor" is
 * FORLEG FORGOV GONLEG GONGOV). */
static void agents_after_compounds(sr_coder *c)
{
    for (size_t i = 0; i < c->n_toks; i++) {
        if (c->toks[i].type != T_AGENT)
            continue;
        size_t group[8], ng = 0, j = i;
        for (;;) {
            group[ng++] = j;
            size_t e = phrase_end(c, j);
            if (ng < 8 && e + 1 < c->n_toks && c->toks[e].type == T_CONJ && tok_is(c, e, "AND") &&
                c->toks[e + 1].type == T_AGENT) {
                j = e + 1;
                continue;
            }
            j = e;
            break;
        }
        int a = -1;
        /* actor right before the group, or OF/IN actor after it */
        for (size_t k = i; k-- > 0;) {
            if (c->toks[k].type == T_LITERAL)
                continue;
            if (c->toks[k].type == T_ACTOR && c->toks[k].act >= 0 && phrase_end(c, k) == i)
                a = c->toks[k].act;
            break;
        }
        if (a < 0 && j + 1 < c->n_toks && agent_link(c, j)) {
            size_t k = j + 1;
            while (k < c->n_toks && c->toks[k].type == T_DETERM)
                k++;
            if (k < c->n_toks && c->toks[k].type == T_ACTOR && c->toks[k].act >= 0)
                a = c->toks[k].act;
        }
        if (a < 0) {
            i = j - 1;
            continue;
        }
        act *x = &c->acts[a];
        if (ng == 1) {
            apply_agent(c, x, i);
            i = j - 1;
            continue;
        }
        const char *base[MAX_ACT_CODES];
        uint8_t nb = x->n_codes;
        memcpy(base, x->codes, nb * sizeof *base);
        x->n_codes = 0;
        for (uint8_t m = 0; m < nb; m++)
            for (size_t g = 0; g < ng && x->n_codes < MAX_ACT_CODES; g++)
                x->codes[x->n_codes++] = combine_codes(c, base[m], &c->d->agents.v[c->toks[group[g]].payload]);
        x->compound = x->n_codes > 1;
        for (size_t g = 0; g < ng; g++) {
            c->toks[group[g]].type = T_LITERAL;
            if (g + 1 < ng)
                c->toks[phrase_end(c, group[g])].flags |= TF_IN_COMPOUND; /* the AND between agents */
        }
        i = j - 1;
    }
}

static void attach_agents(sr_coder *c)
{
    for (size_t i = 0; i < c->n_toks; i++) {
        tok *t = &c->toks[i];
        if (t->type != T_AGENT || petrarch_deferred_agent(c, i))
            continue;
        size_t after = phrase_end(c, i);
        /* agent after an actor: ISRAELI PRESIDENT (the actor's phrase ends right
         * before); an actor right after is the same person and goes into it:
         * "Bree President Romendacil" is BREGOVPRS, once */
        int done = 0, skipped = 0;
        size_t adjacent = i; /* where the actor's phrase must end */
        for (size_t j = i; j-- > 0;) {
            const tok *u = &c->toks[j];
            if (u->type == T_LITERAL)
                continue;
            if (j + 1 == adjacent && tok_is(c, j, "FORMER")) { /* "Arnor former security officials" */
                adjacent = j;
                continue;
            }
            /* PLOVER rules: a model's name between a country and its
             * weapon, "Russian Su-27 fighter jet", "US F-16 jets" */
            if (c->d->plover.n && j + 1 == adjacent && i - j <= 3 && u->type == T_NULL && c->text &&
                (u->flags & TF_NUMBER || (c->text[u->b0] >= 'A' && c->text[u->b0] <= 'Z')) &&
                military_code(c->d->agents.v[t->payload].code)) {
                adjacent = j;
                continue;
            }
            /* PETRARCH: a possessive actor heads its noun phrase across unknown
             * words: "Dagolath's first deputy prime minister Telemar" */
            if (c->d->petrarch && skipped < 4 &&
                ((u->type == T_NULL && !(u->flags & TF_NUMBER)) || u->type == T_ADJ ||
                 (u->type == T_CONJ && tok_is(c, j, "AND")))) {
                skipped++;
                continue;
            }
            if (u->type == T_ACTOR && skipped) {
                size_t last = phrase_end(c, j) - 1;
                if (c->toks[last].len <= 2 || memcmp(tok_text(c, last) + c->toks[last].len - 2, "'S", 2) != 0)
                    break;
            }
            if (u->type == T_ACTOR && (phrase_end(c, j) == adjacent || skipped)) {
                act *a = &c->acts[u->act];
                apply_agent(c, a, i);
                if (after < c->n_toks && c->toks[after].type == T_ACTOR) {
                    tok *v = &c->toks[after];
                    const act *b = &c->acts[v->act];
                    if (b->b1 > a->b1)
                        a->b1 = b->b1;
                    a->last = b->last;
                    c->toks[j].end = (uint32_t)phrase_end(c, after);
                    v->type = T_LITERAL;
                    v->act = -1;
                }
                done = 1;
            }
            break;
        }
        if (done)
            continue;
        /* agent before an actor: PRESIDENT PERES */
        if (after < c->n_toks && c->toks[after].type == T_ACTOR) {
            apply_agent(c, &c->acts[c->toks[after].act], i);
            continue;
        }
        /* agent OF/IN actor: PRESIDENT OF ISRAEL */
        if (after + 1 < c->n_toks && agent_link(c, after)) {
            size_t k = after + 1;
            while (k < c->n_toks && c->toks[k].type == T_DETERM)
                k++;
            if (k < c->n_toks && c->toks[k].type == T_ACTOR && c->toks[k].act >= 0 && c->acts[c->toks[k].act].place &&
                tok_is(c, after, "IN") && object_agent(c, i))
                continue;
            if (k < c->n_toks && c->toks[k].type == T_ACTOR) {
                apply_agent(c, &c->acts[c->toks[k].act], i);
                continue;
            }
        }
        if (c->opt.convert_agents) {
            const sr_agent *ag = &c->d->agents.v[t->payload];
            char code[128];
            snprintf(code, sizeof code, ag->prefix ? "%s~" : "~%s", ag->code);
            int a = add_act(c, i, phrase_end(c, i) - 1, code, NULL);
            if (a >= 0) {
                t->type = T_ACTOR;
                t->act = a;
                c->acts[a].agent_only = 1;
            }
        }
    }
}

/* ------------------------------------------------------------ 4. compounds */

static int skippable_in_np(const sr_coder *c, const tok *t)
{
    /* PETRARCH's noun phrases come from a parse: any word not in the
     * dictionaries may be an adjective there ("the evil awful Gondor") */
    return t->type == T_DETERM || t->type == T_ADJ || t->type == T_LITERAL ||
           (c->d->petrarch && t->type == T_NULL && !(t->flags & TF_NUMBER)) ||
           (c->d->petrarch && t->type == T_PREP && t > c->toks && t[-1].type == T_LITERAL); /* "the government of" */
}

static void join_compounds(sr_coder *c)
{
    /* PLOVER rules: a possessive name right before another actor says
     * whose that actor is ("Bulgaria's Todor Tagarev", "Turkey's Yasar
     * Guler"): one actor, the second, so that "Romania's A, Bulgaria's B
     * and Turkey's C" joins A, B and C */
    for (size_t i = 0; c->d->plover.n && i + 1 < c->n_toks; i++) {
        const tok *t = &c->toks[i];
        size_t next = phrase_end(c, i);
        if (t->type == T_ACTOR && next == i + 1 && next < c->n_toks && c->toks[next].type == T_ACTOR &&
            t->len > 2 && !memcmp(tok_text(c, i) + t->len - 2, "'S", 2)) {
            c->toks[i].type = T_LITERAL;
            c->toks[i].act = -1;
        }
    }
    for (size_t i = 0; i < c->n_toks; i++) {
        if (c->toks[i].type != T_ACTOR)
            continue;
        act *head = &c->acts[c->toks[i].act];
        size_t j = phrase_end(c, i);
        size_t last_member = i;
        int joined = 0;
        for (;;) {
            size_t k = j;
            int saw_conj = 0, saw_comma = 0;
            while (k < c->n_toks && (c->toks[k].type == T_COMMA || c->toks[k].type == T_CONJ)) {
                if (c->toks[k].type == T_CONJ) {
                    /* AND; NOR after NEITHER ("neither Galadriel nor Gollum") */
                    if (!tok_is(c, k, "AND") && !(tok_is(c, k, "NOR") && i > 0 && tok_is(c, i - 1, "NEITHER")))
                        break;
                    saw_conj = 1;
                } else
                    saw_comma = 1;
                k++;
            }
            if (!saw_conj && !saw_comma)
                break;
            if (k < c->n_toks && c->toks[k].type == T_CONJ)
                break;
            size_t m = k;
            while (m < c->n_toks && skippable_in_np(c, &c->toks[m]))
                m++;
            if (m >= c->n_toks || c->toks[m].type != T_ACTOR)
                break;
            /* a comma-list must end in AND: "A, B and C"; a bare comma pair is not a compound */
            if (!saw_conj) {
                size_t probe = phrase_end(c, m);
                int ends_in_and = 0;
                while (probe < c->n_toks) {
                    const tok *u = &c->toks[probe];
                    if (u->type == T_CONJ && tok_is(c, probe, "AND")) {
                        ends_in_and = 1;
                        break;
                    }
                    if (u->type == T_ACTOR || u->type == T_COMMA || skippable_in_np(c, u))
                        probe++;
                    else
                        break;
                }
                if (!ends_in_and)
                    break;
            }
            for (size_t q = j; q < k; q++) {
                c->toks[q].flags |= TF_IN_COMPOUND;
                if (c->toks[q].type == T_COMMA)
                    c->toks[q].flags |= TF_COMPOUND_COMMA;
            }
            act *member = &c->acts[c->toks[m].act];
            for (uint8_t q = 0; q < member->n_codes && head->n_codes < MAX_ACT_CODES; q++)
                head->codes[head->n_codes++] = member->codes[q];
            head->b1 = member->b1;
            head->last = member->last;
            c->toks[m].type = T_LITERAL;
            c->toks[m].act = -1;
            last_member = m;
            joined = 1;
            j = phrase_end(c, m);
            if (saw_conj)
                break;
        }
        if (joined) {
            head->compound = 1;
            c->toks[i].end = (uint32_t)phrase_end(c, last_member);
            i = c->toks[i].end - 1;
        }
    }
    /* compound nouns (noun and adj* noun) and adjectives (adj and adj) keep their AND */
    for (size_t i = 0; i + 2 < c->n_toks; i++) {
        if (c->toks[i + 1].type != T_CONJ)
            continue;
        if (c->toks[i].type == T_NOUN || c->toks[i].type == T_ADJ) {
            size_t k = i + 2;
            while (k < c->n_toks && c->toks[k].type == T_ADJ && c->toks[i].type == T_NOUN)
                k++;
            if (k < c->n_toks && c->toks[k].type == c->toks[i].type)
                c->toks[i + 1].flags |= TF_IN_COMPOUND;
        }
        /* PLOVER rules: "drones and missiles", agents with no actor, are one
         * noun phrase, not two clauses */
        if (c->d->plover.n && c->toks[i].type == T_AGENT && c->toks[i + 2].type == T_AGENT && tok_is(c, i + 1, "AND"))
            c->toks[i + 1].flags |= TF_IN_COMPOUND;
    }
}

/* ------------------------------------------------------------ 5. pronouns */

static int first_actor_between(const sr_coder *c, size_t from, size_t to, int compound_only)
{
    for (size_t i = from; i < to && i < c->n_toks; i++)
        if (c->toks[i].type == T_ACTOR && c->toks[i].act >= 0 && !(c->toks[i].flags & TF_DEAD) &&
            (!compound_only || c->acts[c->toks[i].act].compound))
            return c->toks[i].act;
    return -1;
}

static void resolve_pronouns(sr_coder *c)
{
    for (size_t i = 0; i < c->n_toks; i++) {
        tok *t = &c->toks[i];
        int the_country = 0;
        if (t->type == T_DETERM && tok_is(c, i, "THE") && i + 1 < c->n_toks &&
            c->toks[i + 1].type == T_NULL &&
            (tok_is(c, i + 1, "COUNTRY") || tok_is(c, i + 1, "COUNTRY'S")))
            the_country = 1;
        if (t->type != T_PRONOUN && !the_country)
            continue;
        const char *w = tok_text(c, i);
        /* PETRARCH codes noun phrases: "their meeting" is not an actor */
        if (c->d->petrarch && (!strcmp(w, "THEIR") || !strcmp(w, "HER")))
            continue;
        int a = -1;
        if (the_country || !strcmp(w, "ITS") || !strcmp(w, "HIS") || !strcmp(w, "HER")) {
            for (size_t j = i; j-- > 0;)
                if (c->toks[j].type == T_ACTOR && c->toks[j].act >= 0) {
                    a = c->toks[j].act;
                    break;
                }
        } else if (!strcmp(w, "THEY") || !strcmp(w, "THEM") || !strcmp(w, "THEIR")) {
            a = first_actor_between(c, 0, c->n_toks, 1);
            if (a < 0)
                a = first_actor_between(c, 0, c->n_toks, 0);
        } else {
            /* TABARI: the first actor of the sentence; but one named before the
             * pronoun, or else the previous sentence's, is what "he" means */
            a = first_actor_between(c, 0, i, 0);
            if (a < 0 && !c->prev_n_codes)
                a = first_actor_between(c, 0, c->n_toks, 0);
        }
        /* a pronoun before any actor stands for the previous sentence's first actor */
        if (c->prev_n_codes && t->type == T_PRONOUN && first_actor_between(c, 0, i, 0) < 0 &&
            strcmp(w, "HIM") != 0 && strcmp(w, "HER") != 0)
            a = -1;
        if (a >= 0 && (size_t)a < c->n_acts && c->acts[a].first != i) {
            tok *target = the_country ? &c->toks[i + 1] : t;
            if (the_country)
                t->type = T_LITERAL;
            target->type = T_ACTOR;
            target->act = a;
            target->flags |= TF_QUOTE & 0; /* the actor's own span stays where it was named */
        } else if (a < 0 && c->prev_n_codes && t->type == T_PRONOUN && first_actor_between(c, 0, i, 0) < 0) {
            /* a pronoun before any actor refers to the previous sentence's first actor */
            int na = add_act(c, i, i, c->prev_code, NULL);
            if (na >= 0) {
                c->acts[na].forwarded = 1;
                t->type = T_ACTOR;
                t->act = na;
            }
        }
    }
}

/* The speaker a pronoun or a first-person word stands for, from the
 * quotation spans the pipeline gave: "we", "I", "us" in the
 * speaker's own words are the speaker (NATO's Secretary General's "we" is
 * NATO); a pronoun that is the mention of a speaker ("he said") is that
 * speaker, whatever the previous sentence named. */
static int first_person_word(const sr_coder *c, size_t i)
{
    /* possessives are left out: "it is in our interests to support
     * Ukraine" is an assessment, "our" no one who acts */
    static const char *const words[] = {"WE", "I", "US", "ME", "OURSELVES", NULL};
    const tok *t = &c->toks[i];
    if (t->type != T_NULL && t->type != T_PRONOUN && t->type != T_ACTOR)
        return 0;
    for (int k = 0; words[k]; k++)
        if (tok_is(c, i, words[k])) {
            /* "US" written so is the United States; "us" is the speakers */
            if (!strcmp(words[k], "US"))
                return c->text && c->text[t->b0] == 'u';
            return t->type != T_ACTOR;
        }
    return 0;
}

static void apply_spans(sr_coder *c)
{
    for (int k = 0; k < c->n_spans; k++) {
        const sr_coder_span *sp = &c->spans[k];
        if (!sp->speaker || !sp->speaker[0])
            continue;
        for (size_t i = 0; i < c->n_toks; i++) {
            const tok *t = &c->toks[i];
            if (t->b0 < sp->b0 || t->b1 > sp->b1)
                continue;
            int take = sp->kind == SR_SPAN_SPEAKER ? t->type == T_PRONOUN
                                                   : sp->own_words && first_person_word(c, i);
            /* "You have also signed an agreement": the one the speaker
             * addresses, when the article says whom he is with */
            int addressed = !take && sp->kind == SR_SPAN_SPEECH && sp->own_words && sp->addressee &&
                            sp->addressee[0] && (t->type == T_NULL || t->type == T_PRONOUN) && tok_is(c, i, "YOU");
            if (!take && !addressed)
                continue;
            int a = add_act(c, i, i, addressed ? sp->addressee : sp->speaker, NULL);
            if (a < 0)
                return;
            c->acts[a].forwarded = sp->kind == SR_SPAN_SPEECH; /* "we" is no antecedent for the next "he" */
            c->toks[i].type = T_ACTOR;
            c->toks[i].act = a;
            c->toks[i].end = (uint32_t)(i + 1);
        }
    }
}

/* With a PLOVER table: a verb's form after FOR, or after FOR and a
 * quantifier, is a noun: "we need to be prepared for more attacks" reports
 * no attack ("for X to attack" keeps its verb: X stands between). */
static void nouns_after_for(sr_coder *c)
{
    if (!c->d->plover.n)
        return;
    for (size_t i = 1; i < c->n_toks; i++) {
        tok *t = &c->toks[i];
        if (t->type != T_VERB)
            continue;
        size_t p = i - 1;
        if (p > 0 && (tok_is(c, p, "MORE") || tok_is(c, p, "NEW") || tok_is(c, p, "FURTHER") || tok_is(c, p, "ANY") ||
                      tok_is(c, p, "FUTURE") || tok_is(c, p, "POSSIBLE") || tok_is(c, p, "RENEWED")))
            p--;
        if (tok_is(c, p, "FOR"))
            t->type = T_NOUN;
    }
}

/* With a PLOVER table: "US" written in capitals is the United States (the
 * dictionaries leave "US" out: "us" is a word).  Before agents attach:
 * "US officials" are USAGOV. */
static void us_in_capitals(sr_coder *c, const char *text)
{
    if (!c->d->plover.n)
        return;
    for (size_t i = 0; i < c->n_toks; i++) {
        tok *t = &c->toks[i];
        if (t->type != T_NULL || t->len != 2 || t->b1 - t->b0 != 2 || memcmp(text + t->b0, "US", 2) != 0)
            continue;
        if (text[t->b1] == '-') /* "the US-led bloc": a modifier, not an actor */
            continue;
        int a = add_act(c, i, i, "USA", NULL);
        if (a < 0)
            return;
        t->type = T_ACTOR;
        t->act = a;
        t->end = (uint32_t)(i + 1);
    }
}

/* With a PLOVER table: an agent after a compound of bare names qualifies
 * every member, "Russian and US officials" are RUSGOV and USAGOV; one
 * before OF a compound too, "the leaders of NATO and Romania" (TABARI
 * gives it to the nearest member only). */
static void shared_agents(sr_coder *c)
{
    if (!c->d->plover.n)
        return;
    for (size_t i = 0; i < c->n_toks; i++) {
        const tok *t = &c->toks[i];
        if (t->type != T_ACTOR || t->act < 0 || c->acts[t->act].first != i)
            continue;
        act *a = &c->acts[t->act];
        if (a->n_codes < 2)
            continue;
        size_t of = i;
        while (of > 0 && c->toks[of - 1].type == T_DETERM)
            of--;
        /* the agent may be a phrase of several words ("defence ministers
         * of Romania, Bulgaria and Turkey"): its first token holds it */
        size_t agent_tok = of >= 2 ? of - 2 : 0;
        for (size_t k = agent_tok; of >= 2 && k-- > 0 && of - 2 - k <= 3;)
            if (c->toks[k].type == T_LITERAL && c->toks[k].end == of - 1) {
                agent_tok = k;
                break;
            }
        if (of >= 2 && tok_is(c, of - 1, "OF") && c->toks[agent_tok].type == T_LITERAL &&
            phrase_end(c, agent_tok) == of - 1 && c->toks[agent_tok].payload < c->d->agents.n) {
            const sr_agent *ag = &c->d->agents.v[c->toks[agent_tok].payload];
            const char *first = a->codes[0];
            size_t nf = strlen(first), ng = strlen(ag->code);
            if (!ag->prefix && nf > ng && !strcmp(first + nf - ng, ag->code))
                for (uint8_t k = 1; k < a->n_codes; k++)
                    a->codes[k] = combine_codes(c, a->codes[k], ag);
            continue;
        }
        if (a->last + 1 >= c->n_toks)
            continue;
        const tok *after = &c->toks[a->last + 1];
        const char *last = a->codes[a->n_codes - 1];
        /* the agent came after the last member: apply_agent made it a literal inside the actor's bytes */
        if (after->type != T_LITERAL || after->b1 > a->b1 || strlen(last) != 6)
            continue;
        int bare = 1;
        for (uint8_t k = 0; k + 1 < a->n_codes; k++)
            bare &= strlen(a->codes[k]) == 3 && strncmp(a->codes[k], "IGO", 3) != 0;
        if (!bare)
            continue;
        for (uint8_t k = 0; k + 1 < a->n_codes; k++) {
            char *code = sr_arena_alloc(&c->scratch, 7);
            if (!code)
                return;
            memcpy(code, a->codes[k], 3);
            memcpy(code + 3, last + 3, 4);
            a->codes[k] = code;
        }
    }
}

/* With a PLOVER table: "the alliance", "the bloc", "the organization",
 * "the Allies" name the international organization the sentence (or else
 * the one before) names: in "Stoltenberg said the US-led military bloc
 * will increase its presence" the bloc is NATO.  Nearest before, else
 * first after, else the previous sentence's first actor. */
static void definite_organizations(sr_coder *c)
{
    static const char *const heads[] = {"ALLIANCE", "BLOC", "ORGANIZATION", "ORGANISATION", "ALLIES", NULL};
    if (!c->d->plover.n)
        return;
    for (size_t i = 0; i < c->n_toks; i++) {
        tok *t = &c->toks[i];
        int head = 0;
        for (int k = 0; heads[k] && !head; k++)
            head = tok_is(c, i, heads[k]);
        /* "the (new) Secretary General" with no organization named is the
         * organization's head the article is about */
        int secretary = (tok_is(c, i, "SECRETARY") || tok_is(c, i, "SECRETARY-GENERAL")) && t->type == T_AGENT &&
                        (tok_is(c, i, "SECRETARY-GENERAL") || tok_is(c, i + 1, "GENERAL"));
        if (secretary)
            head = 1;
        else if (!head || t->type != T_NULL || tok_is(c, i + 1, "OF"))
            continue;
        /* bare "allies" ("asked allies to speed up deliveries") are the
         * organization's, unless someone's own ("its allies", "Russia's") */
        int bare = tok_is(c, i, "ALLIES") && !(i > 0 && tok_is(c, i - 1, "THE")) &&
                   !(i > 0 && (c->toks[i - 1].type == T_ACTOR || c->toks[i - 1].type == T_PRONOUN ||
                               tok_is(c, i - 1, "ITS") || tok_is(c, i - 1, "THEIR") || tok_is(c, i - 1, "HIS") ||
                               tok_is(c, i - 1, "HER") || tok_is(c, i - 1, "OUR") || tok_is(c, i - 1, "MY") ||
                               tok_is(c, i - 1, "YOUR") || c->toks[i - 1].type == T_LITERAL));
        if (bare) {
            const char *igo = c->prev_n_codes && !strncmp(c->prev_code, "IGO", 3) ? c->prev_code
                              : c->topic_igo[0]                                    ? c->topic_igo
                                                                                   : NULL;
            int a = igo ? add_act(c, i, i, igo, NULL) : -1;
            if (a >= 0) {
                c->acts[a].forwarded = 1;
                t->type = T_ACTOR;
                t->act = a;
                t->end = (uint32_t)(i + 1);
            }
            continue;
        }
        if (i == 0)
            continue;
        /* THE, then at most three modifiers: "the US-led military bloc" */
        size_t j = i;
        while (j > 0 && i - j < 4 && !tok_is(c, j - 1, "THE") &&
               (c->toks[j - 1].type == T_NULL || c->toks[j - 1].type == T_ADJ || c->toks[j - 1].type == T_LITERAL ||
                c->toks[j - 1].type == T_ACTOR || c->toks[j - 1].type == T_AGENT) &&
               !(c->toks[j - 1].flags & TF_QUOTE))
            j--;
        if (j == 0 || !tok_is(c, j - 1, "THE") || (tok_is(c, i, "ALLIES") && j != i))
            continue;
        int a = -1;
        for (size_t k = i; k-- > 0 && a < 0;)
            if (c->toks[k].type == T_ACTOR && c->toks[k].act >= 0 && !c->acts[c->toks[k].act].compound &&
                strncmp(c->acts[c->toks[k].act].base, "IGO", 3) == 0)
                a = c->toks[k].act;
        for (size_t k = i + 1; k < c->n_toks && a < 0; k++)
            if (c->toks[k].type == T_ACTOR && c->toks[k].act >= 0 && !c->acts[c->toks[k].act].compound &&
                strncmp(c->acts[c->toks[k].act].base, "IGO", 3) == 0)
                a = c->toks[k].act;
        if (a < 0 && c->prev_n_codes && strncmp(c->prev_code, "IGO", 3) == 0) {
            a = add_act(c, i, i, c->prev_code, NULL);
            if (a >= 0)
                c->acts[a].forwarded = 1;
        }
        if (a < 0 && secretary && c->topic_igo[0]) {
            a = add_act(c, i, i, c->topic_igo, NULL);
            if (a >= 0)
                c->acts[a].forwarded = 1;
        }
        if (a < 0)
            continue;
        t->type = T_ACTOR;
        t->act = a;
        t->end = (uint32_t)(i + 1);
        if (secretary && tok_is(c, i + 1, "GENERAL")) {
            c->toks[i + 1].type = T_LITERAL;
            t->end = (uint32_t)(i + 2);
            if (c->acts[a].forwarded && c->acts[a].first == i)
                c->acts[a].b1 = c->toks[i + 1].b1; /* "Secretary General", the words that named it */
        }
    }
}

/* Narrows [lo, hi) to the quotation content that holds the verb: reported
 * or quoted speech is its own clause for the verb's actors.  Returns 0
 * when the verb is in no quotation, 1 in a direct quotation, 2 in reported
 * speech ("Stoltenberg said that the two sides had talks"), quoted words
 * and all. */
static int speech_bounds(const sr_coder *c, size_t verb, size_t *lo, size_t *hi)
{
    const tok *v = &c->toks[verb];
    for (int k = 0; k < c->n_spans; k++) {
        const sr_coder_span *sp = &c->spans[k];
        if (sp->kind != SR_SPAN_SPEECH || v->b0 < sp->b0 || v->b1 > sp->b1)
            continue;
        size_t a = *lo, b = verb;
        while (a < verb && c->toks[a].b0 < sp->b0)
            a++;
        while (b < *hi && c->toks[b].b1 <= sp->b1)
            b++;
        *lo = a;
        *hi = b;
        return sp->reported ? 2 : 1;
    }
    return 0;
}

/* The speaker of the quotation that holds the verb, as an actor, when the
 * verb follows READY, PREPARED or WILLING TO in the speaker's own words
 * with no actor between the quotation's start and the verb; -1 else. */
static int speakers_readiness(sr_coder *c, size_t verb, size_t lo)
{
    static const char *const ready[] = {"READY", "PREPARED", "WILLING", NULL};
    if (verb < lo + 2 || !tok_is(c, verb - 1, "TO"))
        return -1;
    int readiness = 0;
    for (int k = 0; ready[k] && !readiness; k++)
        readiness = tok_is(c, verb - 2, ready[k]);
    if (!readiness)
        return -1;
    for (size_t k = lo; k < verb; k++)
        if (c->toks[k].type == T_ACTOR)
            return -1;
    const tok *v = &c->toks[verb];
    for (int k = 0; k < c->n_spans; k++) {
        const sr_coder_span *sp = &c->spans[k];
        if (sp->kind == SR_SPAN_SPEECH && sp->own_words && sp->speaker && sp->speaker[0] &&
            v->b0 >= sp->b0 && v->b1 <= sp->b1)
            return add_act(c, verb, verb, sp->speaker, NULL);
    }
    return -1;
}

/* ------------------------------------------------------------ 6. commas */

static void mark_dead(sr_coder *c, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        c->toks[i].flags |= TF_DEAD;
}

static int opens_with_condition(const sr_coder *c)
{
    size_t i = 0;
    while (i < c->n_toks && ((c->toks[i].flags & TF_QUOTE) || tok_is(c, i, "BUT") || tok_is(c, i, "AND")))
        i++;
    return tok_is(c, i, "IF") || tok_is(c, i, "UNLESS") || (tok_is(c, i, "PROVIDED") && tok_is(c, i + 1, "THAT")) ||
           (tok_is(c, i, "IN") && tok_is(c, i + 1, "THE") && tok_is(c, i + 2, "EVENT") && tok_is(c, i + 3, "OF"));
}

/* "Later, ...", "On Friday, ...", "In a statement, ...": an opening phrase
 * with no actor and no verb introduces the main clause after its comma. */
static int introductory(const sr_coder *c, size_t comma)
{
    for (size_t k = 0; k < comma; k++)
        if (c->toks[k].type == T_ACTOR || c->toks[k].type == T_VERB || c->toks[k].type == T_AGENT ||
            c->toks[k].type == T_PRONOUN)
            return 0;
    return comma > 0;
}

static void drop_comma_clauses(sr_coder *c)
{
    if (c->opt.comma_off)
        return;
    size_t prev = (size_t)-1; /* the comma that ended the previous phrase */
    int after_drop = 0;
    for (size_t i = 0; i <= c->n_toks; i++) {
        int at_end = i == c->n_toks;
        if (!at_end && (c->toks[i].type != T_COMMA || (c->toks[i].flags & TF_COMPOUND_COMMA)))
            continue;
        size_t from = prev == (size_t)-1 ? 0 : prev + 1;
        size_t words = 0;
        for (size_t k = from; k < i; k++)
            if (!(c->toks[k].flags & TF_QUOTE))
                words++;
        int lo, hi;
        if (prev == (size_t)-1 && !at_end)
            lo = c->opt.comma_bmin, hi = c->opt.comma_bmax;
        else if (prev != (size_t)-1 && at_end)
            lo = c->opt.comma_emin, hi = c->opt.comma_emax;
        else if (prev != (size_t)-1)
            lo = c->opt.comma_min, hi = c->opt.comma_max;
        else
            break; /* no comma at all */
        /* PLOVER rules: a sentence that opens with its condition ("If Moscow
         * does not agree, Washington will impose tariffs") or with an
         * introductory phrase ("Later, ...") keeps the clause after its comma */
        if (prev == (size_t)-1 && !at_end && c->d->plover.n && (opens_with_condition(c) || introductory(c, i))) {
            after_drop = 1;
            prev = i;
            continue;
        }
        /* PLOVER rules: ", but NATO will not make any compromises," is a
         * clause of the sentence, not an aside */
        int contrast = c->d->plover.n && prev != (size_t)-1 && (tok_is(c, prev + 1, "BUT") || tok_is(c, prev + 1, "YET"));
        /* ... nor is ", while remaining committed to finding a political
         * solution": WHILE and a participle, done by the clause's subject */
        if (c->d->plover.n && prev != (size_t)-1 && prev + 2 < i &&
            (tok_is(c, prev + 1, "WHILE") || tok_is(c, prev + 1, "WHILST")) && c->toks[prev + 2].len > 5 &&
            !strcmp(tok_text(c, prev + 2) + c->toks[prev + 2].len - 3, "ING"))
            contrast = 1;
        /* ... nor is ", with North Korean troops fighting alongside Russian
         * troops against Ukraine": WITH, an actor and what it does */
        if (c->d->plover.n && prev != (size_t)-1 && tok_is(c, prev + 1, "WITH") && prev + 2 < i &&
            c->toks[prev + 2].type == T_ACTOR)
            for (size_t k = prev + 2; k < i && !contrast; k++)
                contrast = c->toks[k].type == T_VERB;
        /* the phrase right after one that was dropped stays (TABARI's chaining:
         * "A, short aside, the rest" keeps the rest) */
        if (!after_drop && !contrast && (int)words > lo && (int)words <= hi) {
            mark_dead(c, prev == (size_t)-1 ? 0 : prev, i);
            after_drop = 1;
        } else
            after_drop = 0;
        prev = i;
    }
}

/* ------------------------------------------------------------ 8. patterns */

typedef struct match_state {
    int source, target;         /* actor slots found by $ and + (or -1) */
    int compound;               /* % found: the compound's slot */
    int skipped[4];             /* actors passed over by ^: not for the default searches */
    int n_skipped;
    size_t lo, hi;              /* tokens the match covered */
} match_state;

static int usable(const sr_coder *c, size_t i)
{
    const tok *t = &c->toks[i];
    return !(t->flags & TF_DEAD) && t->type != T_LITERAL && !(t->flags & TF_QUOTE);
}

static int match_synset_at(const sr_coder *c, uint16_t sy, size_t at, int dir, size_t lo, size_t hi,
                           size_t *next, match_state *ms, int depth);

/* Does element e match at token `at`?  Sets *next to the token after (dir +1)
 * or before (dir -1) what it used. */
static int element_at(const sr_coder *c, const sr_pel *e, size_t at, int dir, size_t lo, size_t hi,
                      size_t *next, match_state *ms, int depth)
{
    const tok *t = &c->toks[at];
    switch (e->kind) {
    case SR_PEL_WORD:
        if (!tok_matches(c, at, &e->word))
            return 0;
        *next = dir > 0 ? at + 1 : at - 1;
        return 1;
    case SR_PEL_SYNSET:
        return depth < 4 && match_synset_at(c, e->synset, at, dir, lo, hi, next, ms, depth + 1);
    case SR_PEL_SOURCE:
    case SR_PEL_TARGET:
    case SR_PEL_COMPOUND:
    case SR_PEL_SKIP:
        if (t->type != T_ACTOR || t->act < 0)
            return 0;
        if (e->kind == SR_PEL_COMPOUND && !c->acts[t->act].compound)
            return 0;
        if (e->kind == SR_PEL_SOURCE && ms)
            ms->source = t->act;
        else if (e->kind == SR_PEL_TARGET && ms)
            ms->target = t->act;
        else if (e->kind == SR_PEL_COMPOUND && ms)
            ms->compound = t->act;
        else if (e->kind == SR_PEL_SKIP && ms && ms->n_skipped < 4)
            ms->skipped[ms->n_skipped++] = t->act;
        {
            size_t end = phrase_end(c, at);
            *next = dir > 0 ? end : at - 1;
        }
        return 1;
    default:
        return 0;
    }
}

/* Matches elements els[0..n) going in direction dir from token `from`
 * (the first candidate position), each separated by gaps as allowed. */
static int match_seq(const sr_coder *c, const sr_pel *els, size_t n, size_t from, int dir, int first_gap,
                     size_t lo, size_t hi, match_state *ms, size_t *reach, int depth)
{
    size_t pos = from;
    int gap = first_gap;
    for (size_t k = 0; k < n; k++) {
        const sr_pel *e = &els[k];
        int found = 0;
        size_t next = 0;
        long p = (long)pos;
        while (p >= (long)lo && p < (long)hi) {
            size_t at = (size_t)p;
            if (usable(c, at) && element_at(c, e, at, dir, lo, hi, &next, ms, depth)) {
                found = 1;
                if (reach) {
                    if (dir > 0 && next > *reach)
                        *reach = next;
                    if (dir < 0 && at < *reach)
                        *reach = at;
                }
                break;
            }
            /* dead words (dropped clauses) and literals do not count as intervening */
            if (!gap && usable(c, at) && c->toks[at].type != T_LITERAL)
                break;
            p += dir;
        }
        if (!found)
            return 0;
        pos = next;
        /* for the lower part, the gap that matters is the one after the element
         * (toward the verb) -- stored on the element; for the upper, after it too */
        gap = e->gap;
        if (dir < 0 && k + 1 < n)
            gap = els[k + 1].gap;
    }
    return 1;
}

static int match_synset_at(const sr_coder *c, uint16_t sy, size_t at, int dir, size_t lo, size_t hi,
                           size_t *next, match_state *ms, int depth)
{
    const sr_dict *d = c->d;
    const sr_synset *s = &d->synsets.v[sy];
    for (uint32_t m = 0; m < s->n_members; m++) {
        const sr_synmember *mem = &d->synset_members.v[s->first_member + m];
        if (dir > 0) {
            size_t reach = at;
            if (match_seq(c, mem->els, mem->n_els, at, 1, 0, lo, hi, ms, &reach, depth)) {
                *next = reach;
                return 1;
            }
        } else {
            /* backward: the member's last element sits at `at` */
            sr_pel rev[64];
            size_t n = mem->n_els < 64 ? mem->n_els : 64;
            for (size_t k = 0; k < n; k++)
                rev[k] = mem->els[n - 1 - k];
            size_t reach = at;
            if (match_seq(c, rev, n, at, -1, 0, lo, hi, ms, &reach, depth)) {
                *next = reach - 1;
                return 1;
            }
        }
    }
    return 0;
}

static int try_pattern(const sr_coder *c, const sr_pattern *p, size_t verb, size_t lo, size_t hi, match_state *ms)
{
    ms->source = ms->target = ms->compound = -1;
    ms->n_skipped = 0;
    ms->lo = verb;
    ms->hi = phrase_end(c, verb);
    if (p->n_upper) {
        size_t reach = ms->hi;
        if (!match_seq(c, p->upper, p->n_upper, phrase_end(c, verb), 1, p->verb_gap_after, lo, hi, ms, &reach, 0))
            return 0;
        ms->hi = reach;
    }
    if (p->n_lower) {
        if (verb == 0)
            return 0;
        size_t reach = verb;
        if (!match_seq(c, p->lower, p->n_lower, verb - 1, -1, p->verb_gap_before, lo, hi, ms, &reach, 0))
            return 0;
        ms->lo = reach;
    }
    return 1;
}

/* ------------------------------------------------------------ events */

/* ------------------------------------------------------------ modality
 *
 * PLOVER's modality of an event, from words of its verb group: the words
 * before the verb back to its subject (an actor, a comma, a conjunction).
 * These cues only annotate events: which events to keep is the pipeline's
 * decision (article_events.c), so TABARI validation is unaffected. */

typedef struct modality_cues {
    int modality; /* sr_modality */
    int hedged;
    int in_condition;
    int cond; /* index of the sentence's condition that applies, or -1 */
} modality_cues;

static int tok_starts(const sr_coder *c, size_t i, const char *prefix)
{
    return i < c->n_toks && strncmp(tok_text(c, i), prefix, strlen(prefix)) == 0;
}

/* The sentence's conditions: from IF, UNLESS, "IN THE EVENT OF",
 * "PROVIDED THAT" or "ONCE" to the next comma (the condition leads:
 * "If Russia attacks, ...") or to the end of the sentence (it follows:
 * "... only if Kyiv agrees"). */
static void find_conditions(sr_coder *c)
{
    c->n_cond = 0;
    int has_would = 0;
    for (size_t i = 0; i < c->n_toks; i++)
        has_would |= tok_is(c, i, "WOULD");
    for (size_t i = 0; i < c->n_toks && c->n_cond < 4; i++) {
        size_t start = SIZE_MAX;
        if (tok_is(c, i, "IF") || tok_is(c, i, "UNLESS"))
            start = i;
        else if (tok_is(c, i, "IN") && tok_is(c, i + 1, "THE") && tok_is(c, i + 2, "EVENT") && tok_is(c, i + 3, "OF"))
            start = i;
        else if (tok_is(c, i, "PROVIDED") && tok_is(c, i + 1, "THAT"))
            start = i;
        /* "once" is a condition only beside a WOULD ("would welcome Ukraine
         * once the conditions are met"); else it is a time */
        else if (has_would && tok_is(c, i, "ONCE") && i > 0)
            start = i;

        if (start == SIZE_MAX)
            continue;
        /* "as if", "even if" are not conditions of the event */
        if (i > 0 && (tok_is(c, i - 1, "AS") || tok_is(c, i - 1, "EVEN")))
            continue;
        size_t end = start + 1;
        while (end < c->n_toks && c->toks[end].type != T_COMMA && !(c->toks[end].flags & TF_QUOTE))
            end++;
        c->cond_lo[c->n_cond] = (uint32_t)start;
        c->cond_hi[c->n_cond] = (uint32_t)end;
        c->n_cond++;
        i = end;
    }
}

static modality_cues modality_of(const sr_coder *c, size_t verb, size_t lo)
{
    modality_cues m = {SR_MOD_ASSERTED, 0, 0, -1};
    for (int k = 0; k < c->n_cond; k++)
        if (verb >= c->cond_lo[k] && verb < c->cond_hi[k]) {
            m.in_condition = 1;
            m.cond = k;
        } else if (m.cond < 0)
            m.cond = k;
    int negated = 0, announced = 0;
    /* TABARI's rule: a negation within three words before the verb */
    for (size_t k = verb; k > lo && k + 3 > verb; k--)
        if (c->toks[k - 1].type == T_NEGATION || strstr(tok_text(c, k - 1), "N'T"))
            negated = 1;
    /* the verb group, back to its subject */
    size_t stop = verb > 8 ? verb - 8 : 0;
    for (size_t k = verb; k-- > stop;) {
        const tok *t = &c->toks[k];
        if (t->type == T_ACTOR || t->type == T_COMMA || t->type == T_CONJ || (t->flags & TF_QUOTE))
            break;
        int to_next = tok_is(c, k + 1, "TO");
        if (tok_is(c, k, "WILL") || tok_is(c, k, "SHALL") || tok_is(c, k, "WOULD") || tok_is(c, k, "WON'T") ||
            tok_is(c, k, "'LL"))
            announced = 1;
        else if (to_next && k > 0 && tok_is(c, k - 1, "NO") &&
                 (tok_starts(c, k, "PLAN") || tok_starts(c, k, "INTENTION") || tok_is(c, k, "DESIRE")))
            negated = 1; /* "had no plans to send troops" */
        else if (to_next && (tok_starts(c, k, "PLAN") || tok_starts(c, k, "INTEND") || tok_is(c, k, "READY") ||
                             tok_is(c, k, "WILLING") || tok_is(c, k, "SET") || tok_is(c, k, "EXPECTED") ||
                             tok_is(c, k, "OPEN") || tok_starts(c, k, "OFFER") || tok_starts(c, k, "PLEDG") ||
                             tok_starts(c, k, "PROMIS") || tok_starts(c, k, "VOW") || tok_is(c, k, "GOING") ||
                             tok_is(c, k, "PREPARED") || tok_is(c, k, "DUE") || tok_is(c, k, "SCHEDULED") ||
                             tok_starts(c, k, "PREPARING") || tok_starts(c, k, "AIM") || tok_is(c, k, "POISED") ||
                             (c->d->plover.n && (tok_starts(c, k, "HOPE") || tok_is(c, k, "HOPING") ||
                                                 tok_is(c, k, "COMMITTED") ||
                                                 tok_starts(c, k, "WANT") || tok_starts(c, k, "WISH")))))
            announced = 1;
        else if (to_next && (tok_starts(c, k, "FAIL") || tok_is(c, k, "UNABLE") || tok_is(c, k, "UNWILLING")))
            negated = 1;
        else if (tok_is(c, k, "COULD") || tok_is(c, k, "MIGHT") || tok_is(c, k, "MAY") ||
                 (tok_is(c, k, "OUT") && k > 0 && tok_starts(c, k - 1, "RUL")))
            m.hedged = 1;
        else if (tok_starts(c, k, "DENI") || tok_starts(c, k, "DENY"))
            negated = 1;
    }
    /* "denied that it plans to attack": the denial may stand before the
     * subject of the denied clause */
    for (size_t k = verb; k-- > (verb > 10 ? verb - 10 : 0) && k >= lo;)
        if ((tok_starts(c, k, "DENI") || tok_starts(c, k, "DENY")) && tok_is(c, k + 1, "THAT")) {
            negated = 1;
            break;
        }
    /* PLOVER rules: an act someone is barred or kept from ("bar NATO from
     * deploying troops", "prevent Russia from using") is not done */
    if (c->d->plover.n && verb >= 2 && tok_is(c, verb - 1, "FROM") && c->toks[verb].len > 4 &&
        !strcmp(tok_text(c, verb) + c->toks[verb].len - 3, "ING"))
        for (size_t k = verb - 1; k-- > (verb > 6 ? verb - 6 : 0);)
            if (tok_starts(c, k, "BAR") || tok_starts(c, k, "PREVENT") || tok_starts(c, k, "STOP") ||
                tok_starts(c, k, "BLOCK") || tok_starts(c, k, "BAN") || tok_starts(c, k, "PROHIBIT") ||
                tok_starts(c, k, "DETER") || tok_starts(c, k, "KEEP") || tok_starts(c, k, "KEPT") ||
                tok_starts(c, k, "RESTRAIN") || tok_starts(c, k, "DISSUAD")) {
                m.hedged = 1;
                break;
            }
    /* PLOVER rules: what a future waits for has not happened ("sanctions
     * would stay in place until Russian forces withdrew") */
    if (c->d->plover.n)
        for (size_t k = verb; k-- > (verb > 5 ? verb - 5 : 0);) {
            if (c->toks[k].type == T_COMMA || (c->toks[k].flags & TF_QUOTE))
                break;
            if (tok_is(c, k, "UNTIL")) {
                for (size_t w = k; w-- > 0;)
                    if (tok_is(c, w, "WOULD") || tok_is(c, w, "WILL")) {
                        m.hedged = 1;
                        break;
                    }
                break;
            }
        }
    /* PLOVER rules: what someone demands or urges is not done: "has
     * demanded that the alliance pull back", "urged Moscow to withdraw" */
    if (c->d->plover.n)
        for (size_t k = verb; k-- > (verb > 8 ? verb - 8 : 0);) {
            if (c->toks[k].type == T_COMMA || (c->toks[k].flags & TF_QUOTE) || c->toks[k].type == T_VERB)
                break;
            if ((tok_is(c, k, "THAT") || tok_is(c, k, "TO")) && k > 0) {
                size_t g = k - 1; /* "urged Moscow to": past the one urged */
                while (g > 0 && tok_is(c, k, "TO") && (c->toks[g].type == T_ACTOR || c->toks[g].type == T_LITERAL ||
                                                       c->toks[g].type == T_DETERM) && k - g < 6)
                    g--;
                if (tok_starts(c, g, "DEMAND") || tok_starts(c, g, "URG") || tok_starts(c, g, "INSIST") ||
                    (tok_is(c, k, "TO") && (tok_starts(c, g, "ASK") || tok_starts(c, g, "PRESS") ||
                                            tok_starts(c, g, "PERSUAD") || tok_starts(c, g, "APPEAL"))))
                    m.hedged = 1;
                break;
            }
        }
    /* PLOVER rules: what someone wants or seeks is not done: "Russia
     * wanted talks to begin" */
    if (c->d->plover.n && verb > 0 &&
        (tok_starts(c, verb - 1, "WANT") || tok_is(c, verb - 1, "SEEK") || tok_is(c, verb - 1, "SEEKS") ||
         tok_is(c, verb - 1, "SOUGHT") || tok_is(c, verb - 1, "SEEKING")))
        m.hedged = 1;
    /* PLOVER rules: an open question is no event ("asked whether allies
     * would allow Ukraine to strike targets inside Russia") */
    if (c->d->plover.n)
        for (size_t k = verb; k-- > (verb > 12 ? verb - 12 : 0);) {
            if (c->toks[k].type == T_COMMA || (c->toks[k].flags & TF_QUOTE))
                break;
            if (tok_is(c, k, "WHETHER")) {
                m.hedged = 1;
                break;
            }
        }
    /* PLOVER rules: a verb read as a noun ("into a direct clash", "an
     * attack") takes the hedge of the verb it depends on: "could draw NATO
     * and Russia into a direct clash" */
    if (c->d->plover.n && verb >= 1 &&
        (c->toks[verb - 1].type == T_DETERM || (verb >= 2 && c->toks[verb - 2].type == T_DETERM)))
        for (size_t k = verb - 1; k-- > (verb > 12 ? verb - 12 : 0);) {
            if (c->toks[k].type == T_COMMA || (c->toks[k].flags & TF_QUOTE))
                break;
            if (tok_is(c, k, "COULD") || tok_is(c, k, "MIGHT") || tok_is(c, k, "MAY")) {
                m.hedged = 1;
                break;
            }
        }
    /* "poses no threat", "had no contact" */
    if (tok_is(c, phrase_end(c, verb), "NO"))
        negated = 1;
    /* "there is no sign that Russia is preparing to ...": nothing is reported */
    for (size_t k = verb; k-- > (verb > 12 ? verb - 12 : 0) && k >= lo + 1 && c->d->plover.n;)
        if (tok_is(c, k - 1, "NO") && (tok_starts(c, k, "SIGN") || tok_is(c, k, "INDICATION") ||
                                       tok_is(c, k, "INDICATIONS") || tok_is(c, k, "EVIDENCE") ||
                                       tok_is(c, k, "INFORMATION")))
            m.hedged = 1;
    if (negated)
        m.modality = SR_MOD_NEGATED;
    else if (m.cond >= 0 && !m.in_condition)
        m.modality = SR_MOD_CONDITIONAL;
    else if (announced)
        m.modality = SR_MOD_ANNOUNCED;
    return m;
}

static int find_actor(const sr_coder *c, size_t from, size_t to, int dir, int not_act);

static int emit(sr_coder *c, const act *src, const act *tgt, const char *code, const sr_verb *v,
                const sr_pattern *p, size_t verb, const match_state *ms, uint8_t flags, int passive, int negated,
                const modality_cues *mc)
{
    for (uint8_t i = 0; i < src->n_codes; i++)
        for (uint8_t j = 0; j < tgt->n_codes; j++) {
            if (strcmp(src->codes[i], tgt->codes[j]) == 0)
                continue;
            for (size_t k = 0; k < c->n_events; k++) {
                const sr_coded_event *e = &c->events[k];
                if (!strcmp(e->source.code, src->codes[i]) && !strcmp(e->target.code, tgt->codes[j]) &&
                    !strcmp(e->code, code))
                    goto next;
            }
            if (grow((void **)&c->events, &c->events_cap, c->n_events + 1, sizeof *c->events))
                return -1;
            sr_coded_event *e = &c->events[c->n_events++];
            memset(e, 0, sizeof *e);
            e->source.code = src->codes[i];
            /* a compound's one name is its first member's: the others are
             * shown by the words that name them all */
            e->source.name = src->n_codes > 1 ? NULL : src->name;
            e->source.b0 = src->b0;
            e->source.b1 = src->b1;
            e->target.code = tgt->codes[j];
            e->target.name = tgt->n_codes > 1 ? NULL : tgt->name;
            e->target.b0 = tgt->b0;
            e->target.b1 = tgt->b1;
            e->code = code;
            e->verb = v;
            e->pattern = p;
            e->verb_b0 = c->toks[verb].b0;
            e->verb_b1 = c->toks[phrase_end(c, verb) - 1].b1;
            {
                uint32_t b0 = e->verb_b0, b1 = e->verb_b1;
                if (ms && ms->lo < c->n_toks && c->toks[ms->lo].b0 < b0)
                    b0 = c->toks[ms->lo].b0;
                if (ms && ms->hi > 0 && ms->hi <= c->n_toks && c->toks[ms->hi - 1].b1 > b1)
                    b1 = c->toks[ms->hi - 1].b1;
                if (src->b1 > src->b0 && src->b0 < b0)
                    b0 = src->b0;
                if (tgt->b1 > tgt->b0 && tgt->b1 > b1)
                    b1 = tgt->b1;
                if (src->b1 > b1)
                    b1 = src->b1;
                if (tgt->b1 > tgt->b0 && tgt->b0 < b0)
                    b0 = tgt->b0;
                e->span_b0 = b0;
                e->span_b1 = b1;
            }
            e->clause_b0 = c->clause_b0;
            e->clause_b1 = c->clause_b1;
            e->flags = flags;
            e->passive = (uint8_t)passive;
            e->negated = (uint8_t)negated;
            e->modality = (uint8_t)mc->modality;
            e->hedged = (uint8_t)mc->hedged;
            e->in_condition = (uint8_t)mc->in_condition;
            e->condition_actor.code = "";
            if (mc->cond >= 0 && !mc->in_condition) {
                for (size_t q = c->cond_lo[mc->cond]; q < c->cond_hi[mc->cond]; q++)
                    if (c->toks[q].type == T_NEGATION || tok_is(c, q, "NO") || tok_is(c, q, "UNLESS") ||
                        strstr(tok_text(c, q), "N'T"))
                        e->condition_negative = 1;
                int ca = find_actor(c, c->cond_lo[mc->cond], c->cond_hi[mc->cond], 1, -1);
                if (ca >= 0 && c->acts[ca].n_codes) {
                    e->condition_actor.code = c->acts[ca].codes[0];
                    e->condition_actor.name = c->acts[ca].name;
                    e->condition_actor.b0 = c->acts[ca].b0;
                    e->condition_actor.b1 = c->acts[ca].b1;
                }
            }
        next:;
        }
    return 0;
}

/* Actors ^ passed over are not for the default searches. */
static int excluded(const sr_coder *c, int a)
{
    for (int k = 0; k < c->n_excluded; k++)
        if (c->excluded[k] == a)
            return 1;
    return 0;
}

/* The first usable actor in [from, to) (dir > 0) or the last (dir < 0)
 * whose codes differ from `not`. */
/* PLOVER rules: the subject a clause that coded nothing hands to the next
 * ("Johnson did not rule out that in the event of a Russian invasion,
 * Britain is ready to go further and provide support"): the last actor
 * of the clause that stands outside its conditions and is no object of a
 * preposition, else its first actor. */
static int clause_subject(const sr_coder *c, size_t lo, size_t hi)
{
    static const char *const preps[] = {"IN", "OF", "TO", "WITH", "FROM", "FOR", "AGAINST", "ON", "AT", "BY",
                                        "INTO", "NEAR", "BETWEEN", "ABOUT", NULL};
    for (size_t i = hi; i-- > lo;) {
        const tok *t = &c->toks[i];
        if (t->type != T_ACTOR || t->act < 0 || (t->flags & TF_DEAD))
            continue;
        int in_cond = 0;
        for (int k = 0; k < c->n_cond; k++)
            in_cond |= i >= c->cond_lo[k] && i < c->cond_hi[k];
        size_t p = i;
        while (p > lo && c->toks[p - 1].type == T_DETERM)
            p--;
        int object = 0;
        for (int k = 0; p > lo && preps[k] && !object; k++)
            object = tok_is(c, p - 1, preps[k]);
        if (!in_cond && !object)
            return t->act;
    }
    return first_actor_between(c, lo, hi, 0);
}

/* PLOVER rules: a subordinate clause of reason or contrast is a clause of
 * its own ("he warned of an invasion, because Moscow continues to
 * increase the number of troops": two events). */
static int subordinator(const sr_coder *c, size_t i)
{
    return tok_is(c, i, "BECAUSE") || tok_is(c, i, "WHEREAS") || tok_is(c, i, "ALTHOUGH") ||
           (tok_is(c, i, "WHILE") && i > 0 &&
            (c->toks[i - 1].type == T_COMMA || (i > 1 && (c->toks[i - 1].flags & TF_QUOTE) &&
                                                 c->toks[i - 2].type == T_COMMA)));
}

/* 1: a concession (made to the other party, named before or after), 2:
 * aid (to the one named before: "a friend of Ukraine and provides
 * substantial assistance"), 0: neither */
static int concession(const sr_dict *d, const char *code)
{
    const sr_plover_row *r = sr_plover_lookup(d, code);
    if (!r || !r->type)
        return 0;
    return strcmp(r->type, "CONCEDE") == 0 ? 1 : strcmp(r->type, "AID") == 0 ? 2 : 0;
}

/* Are two codes one party: a state's by its three letters ("Georgian"
 * and "the Georgian prime minister"), an organization's by nine (NATO
 * and its council)? */
static int same_party(const char *x, const char *y)
{
    size_t n = strncmp(x, "IGO", 3) == 0 ? 9 : 3;
    return strncmp(x, y, n) == 0;
}

static int party_at(const sr_coder *c, size_t k, int src)
{
    const tok *t = &c->toks[k];
    return t->type == T_ACTOR && t->act >= 0 && !c->acts[t->act].place &&
           !same_party(c->acts[t->act].codes[0], c->acts[src].codes[0]);
}

/* The other party outside [lo, hi): the nearest actor before it that
 * came with WITH ("a solution with Russia in regards to the Ukrainian
 * crisis"), else the nearest before, else (when `after`) the first after,
 * whose code differs from the source's and that is no place; -1 when none. */
static int other_party(const sr_coder *c, size_t lo, size_t hi, int src, int after)
{
    for (size_t k = lo; k-- > 1;)
        if (party_at(c, k, src) && tok_is(c, k - 1, "WITH"))
            return c->toks[k].act;
    for (size_t k = lo; k-- > 0;)
        if (party_at(c, k, src))
            return c->toks[k].act;
    for (size_t k = hi; after && k < c->n_toks; k++)
        if (party_at(c, k, src))
            return c->toks[k].act;
    return -1;
}

/* The subject of reported speech whose second clause (after AND, from
 * lo) holds the verb: the first actor the speech names before lo ("said
 * Ukraine expected an invitation ... and would not accept"), unless the
 * speech begins with the object of a verb outside it ("accused NATO of
 * ... and has demanded"): then the source of the act coded before,
 * `carried` (or -1). */
static int reported_subject(const sr_coder *c, size_t verb, size_t lo, int carried)
{
    const tok *v = &c->toks[verb];
    for (int k = 0; k < c->n_spans; k++) {
        const sr_coder_span *sp = &c->spans[k];
        if (sp->kind != SR_SPAN_SPEECH || v->b0 < sp->b0 || v->b1 > sp->b1)
            continue;
        size_t first = 0;
        while (first < lo && c->toks[first].b0 < sp->b0)
            first++;
        for (size_t q = first; q < lo; q++) {
            if (c->toks[q].type != T_ACTOR || c->toks[q].act < 0)
                continue;
            size_t p = q;
            while (p > 0 && c->toks[p - 1].type == T_DETERM)
                p--;
            if (p == first && p > 0 && c->toks[p - 1].type == T_VERB)
                return carried;
            return c->toks[q].act;
        }
    }
    return carried;
}

/* Is the verb's object a settlement still sought ("finding a political
 * solution", "reach a settlement", "seek a compromise"): A or AN, then a
 * word of settling, within four words after the verb's phrase, in its
 * clause?  One already made ("accepted the oil compromise") has its
 * parties in the sentence or none. */
static int seeks_settlement(const sr_coder *c, size_t verb, size_t hi)
{
    static const char *const settling[] = {"SOLUTION", "SETTLEMENT", "COMPROMISE", NULL};
    size_t from = phrase_end(c, verb);
    int sought = 0;
    for (size_t k = verb + 1; k < hi && k < from + 4; k++) {
        sought |= tok_is(c, k, "A") || tok_is(c, k, "AN");
        for (int w = 0; settling[w] && sought; w++)
            if (tok_is(c, k, settling[w]))
                return 1;
    }
    return 0;
}

/* Is token i inside a condition that the verb being coded is not in? */
static int in_other_condition(const sr_coder *c, size_t i)
{
    if (!c->cond_verb)
        return 0;
    size_t verb = c->cond_verb - 1;
    for (int k = 0; k < c->n_cond; k++)
        if (i >= c->cond_lo[k] && i < c->cond_hi[k] && !(verb >= c->cond_lo[k] && verb < c->cond_hi[k]))
            return 1;
    return 0;
}

static int find_actor(const sr_coder *c, size_t from, size_t to, int dir, int not_act)
{
    if (dir > 0) {
        for (size_t i = from; i < to && i < c->n_toks; i++) {
            const tok *t = &c->toks[i];
            if (t->type == T_ACTOR && t->act >= 0 && !(t->flags & TF_DEAD) && !excluded(c, t->act) &&
                !(c->avoid_places && c->acts[t->act].place) && !in_other_condition(c, i)) {
                if (not_act >= 0 && c->acts[t->act].n_codes == c->acts[not_act].n_codes &&
                    strcmp(c->acts[t->act].codes[0], c->acts[not_act].codes[0]) == 0)
                    continue;
                return t->act;
            }
        }
    } else {
        for (size_t i = to < c->n_toks ? to : c->n_toks; i-- > from;) {
            const tok *t = &c->toks[i];
            if (t->type == T_ACTOR && t->act >= 0 && !(t->flags & TF_DEAD) && !excluded(c, t->act) &&
                !(c->avoid_places && c->acts[t->act].place) && !in_other_condition(c, i)) {
                if (not_act >= 0 && c->acts[t->act].n_codes == c->acts[not_act].n_codes &&
                    strcmp(c->acts[t->act].codes[0], c->acts[not_act].codes[0]) == 0)
                    continue;
                return t->act;
            }
        }
    }
    return -1;
}

static int first_actor_fwd(const sr_coder *c, size_t from, size_t to, int not_act)
{
    return find_actor(c, from, to, 1, not_act);
}

/* An armed forces' code: MIL in one of its three-letter groups. */
static int military_code(const char *code)
{
    for (size_t k = 0; k + 3 <= strlen(code); k += 3)
        if (!strncmp(code + k, "MIL", 3))
            return 1;
    return 0;
}

/* The PLOVER type of a code by the loaded table, or NULL without one. */
static const char *plover_type(const sr_dict *d, const char *code)
{
    if (!d->plover.n || !code)
        return NULL;
    const sr_plover_row *r = sr_plover_lookup(d, code);
    return r ? r->type : NULL;
}

static int type_is(const char *type, const char *const *names)
{
    for (int k = 0; type && names[k]; k++)
        if (!strcmp(type, names[k]))
            return 1;
    return 0;
}

/* PLOVER makes the recipient optional: with a PLOVER table (our
 * dictionaries; never TABARI's, whose validation records want a target)
 * meetings of one body, resignations, investigations, threats, protests,
 * deployments, coercion, sanctions and attacks are coded without one. */
static int may_lack_target(const sr_dict *d, const char *code)
{
    static const char *const types[] = {"CONSULT", "RETREAT", "ACCUSE",  "THREATEN", "PROTEST",
                                        "MOBILIZE", "COERCE",  "SANCTION", "ASSAULT", NULL};
    return type_is(plover_type(d, code), types);
}

/* Where a blow fell, troops went or withdrew from is who they were
 * against ("shelled a station in Kramatorsk" is against Ukraine), and a
 * protest in a capital is against its government; where talks or signings
 * took place is only the venue. */
static int place_is_target(const char *type)
{
    static const char *const force[] = {"MOBILIZE", "RETREAT", "COERCE", "ASSAULT", "PROTEST", NULL};
    return type_is(type, force);
}

/* "A and B met / agreed / will cooperate": each did it with the other. */
static int mutual_type(const char *type)
{
    static const char *const mutual[] = {"AGREE", "CONSULT", "COOPERATE", NULL};
    return type_is(type, mutual);
}

/* PLOVER rules: a clause of time or reason between the main subject and
 * the verb has its own subject: "who has held the office since Klaus
 * Iohannis resigned", "days after American soldiers began arriving".
 * Returns the actor right after such a word and before the verb, or -1. */
static int subordinate_subject(const sr_coder *c, size_t from, size_t verb)
{
    int found = -1;
    for (size_t k = from; k < verb; k++) {
        /* "with North Korean troops fighting alongside ...": WITH, the
         * actor and its participle right after it */
        size_t w = k + 2; /* past the actor's words, its agent's too */
        while (w < verb && c->toks[w].type == T_LITERAL)
            w++;
        if (tok_is(c, k, "WITH") && k + 1 < verb && c->toks[k + 1].type == T_ACTOR && c->toks[k + 1].act >= 0 &&
            w == verb && c->toks[verb].len > 4 && !strcmp(tok_text(c, verb) + c->toks[verb].len - 3, "ING")) {
            found = c->toks[k + 1].act;
            continue;
        }
        if (!(tok_is(c, k, "SINCE") || tok_is(c, k, "AFTER") || tok_is(c, k, "BEFORE") || tok_is(c, k, "WHEN") ||
              tok_is(c, k, "UNTIL") || tok_is(c, k, "BECAUSE") || tok_is(c, k, "ALTHOUGH") ||
              tok_is(c, k, "WHILE")))
            continue;
        for (size_t j = k + 1; j < verb; j++) {
            const tok *t = &c->toks[j];
            if (t->type == T_VERB || t->type == T_COMMA || (t->flags & TF_QUOTE))
                break;
            if (t->type == T_ACTOR && t->act >= 0 && !(t->flags & TF_DEAD)) {
                found = t->act;
                break;
            }
        }
    }
    return found;
}

static int possessive_word(const sr_coder *c, size_t i)
{
    return tok_is(c, i, "THEIR") || tok_is(c, i, "HIS") || tok_is(c, i, "HER") || tok_is(c, i, "ITS") ||
           tok_is(c, i, "OUR") || tok_is(c, i, "MY") || tok_is(c, i, "YOUR");
}

/* "these demands", "those proposals" within a few words after the verb:
 * what the previous sentence reported someone asking for. */
static int refers_back(const sr_coder *c, size_t from, size_t hi)
{
    for (size_t k = from; k + 1 < hi && k < from + 5; k++) {
        if (c->toks[k].type == T_ACTOR || c->toks[k].type == T_COMMA)
            return 0;
        if ((tok_is(c, k, "THESE") || tok_is(c, k, "THOSE")) &&
            (tok_starts(c, k + 1, "DEMAND") || tok_starts(c, k + 1, "PROPOSAL") || tok_starts(c, k + 1, "REQUEST") ||
             tok_starts(c, k + 1, "CONDITION") || tok_starts(c, k + 1, "ULTIMATUM")))
            return 1;
    }
    return 0;
}

/* PLOVER rules: is actor a the subject of a later clause of time or
 * reason ("will deploy forces to allies ..., a day after Russia launched
 * a full-scale invasion"): no party to the verb before it. */
static int subject_of_later_clause(const sr_coder *c, size_t from, int a)
{
    size_t first = c->acts[a].first;
    for (size_t k = first; k-- > from;) {
        if (c->toks[k].type == T_ACTOR || c->toks[k].type == T_VERB)
            return 0;
        if (tok_is(c, k, "AFTER") || tok_is(c, k, "SINCE") || tok_is(c, k, "BECAUSE") || tok_is(c, k, "ALTHOUGH") ||
            tok_is(c, k, "UNTIL") || tok_is(c, k, "WHEN") || tok_is(c, k, "WHILE") || tok_is(c, k, "BEFORE")) {
            size_t next = phrase_end(c, first);
            while (next < c->n_toks && (c->toks[next].type == T_AUXIL || tok_is(c, next, "HAD") ||
                                        tok_is(c, next, "HAS") || tok_is(c, next, "HAVE")))
                next++;
            return next < c->n_toks && c->toks[next].type == T_VERB;
        }
    }
    return 0;
}

/* PLOVER rules: is the verb in a relative clause whose subject is a thing
 * ("a joint naval group that will search for and destroy mines", "the
 * agreement which allowed grain to leave")?  Then no actor did it: the
 * relative pronoun right before the verb group stands for a noun that is
 * not an actor, and the sentence's actors are not the doers. */
static int relative_of_thing(const sr_coder *c, size_t verb)
{
    /* back from the verb across its own clause's start: "search for and
     * destroy" is one verb group */
    for (size_t k = verb, steps = 0; k-- > 0 && steps < 6; steps++) {
        const tok *t = &c->toks[k];
        if (t->type == T_ACTOR || t->type == T_PRONOUN || t->type == T_COMMA || t->type == T_AGENT ||
            (t->flags & TF_QUOTE))
            return 0;
        if (tok_is(c, k, "THAT") || tok_is(c, k, "WHICH")) {
            if (k == 0)
                return 0;
            const tok *head = &c->toks[k - 1];
            return (head->type == T_NULL || head->type == T_NOUN) && !(head->flags & TF_NUMBER) && head->act < 0;
        }
        /* "people disguised as civilians who would exploit street
         * protests": people the dictionaries cannot place */
        if (tok_is(c, k, "WHO")) {
            if (k == 0)
                return 0;
            const tok *head = &c->toks[k - 1];
            return (head->type == T_NULL || head->type == T_AGENT) && head->act < 0;
        }
    }
    return 0;
}

/* Codes one clause [clause_lo, clause_hi); returns 1 when an event was coded. */
static int code_clause(sr_coder *c, size_t clause_lo, size_t clause_hi, int *carried_source, int *coded_any)
{
    const sr_dict *d = c->d;
    int coded = 0;
    c->clause_b0 = clause_lo < c->n_toks ? c->toks[clause_lo].b0 : 0;
    c->clause_b1 = clause_hi > clause_lo && clause_hi <= c->n_toks ? c->toks[clause_hi - 1].b1 : c->clause_b0;
    for (size_t i = clause_lo; i < clause_hi; i++) {
        const tok *t = &c->toks[i];
        if (t->type != T_VERB || (t->flags & TF_DEAD))
            continue;
        size_t lo = clause_lo, hi = clause_hi;
        int speech = speech_bounds(c, i, &lo, &hi);
        const sr_verb *v = &d->verbs.v[t->payload];
        const sr_pattern *fired = NULL;
        match_state ms;
        memset(&ms, 0, sizeof ms);
        ms.source = ms.target = ms.compound = -1;
        ms.lo = i;
        ms.hi = phrase_end(c, i);
        /* the verb's entries (one, or PETRARCH's several for one form):
         * their patterns are tried heaviest first across all of them */
        enum { MAX_SAME = 8 };
        const sr_verb *same[MAX_SAME];
        uint32_t next_k[MAX_SAME];
        int n_same = 0;
        for (const sr_verb *vv = v; vv && n_same < MAX_SAME;
             vv = vv->next_same != UINT32_MAX ? &d->verbs.v[vv->next_same] : NULL) {
            next_k[n_same] = 0;
            same[n_same++] = vv;
        }
        for (;;) {
            int best = -1;
            for (int q = 0; q < n_same; q++)
                if (next_k[q] < same[q]->n_patterns &&
                    (best < 0 || d->patterns.v[same[q]->first_pattern + next_k[q]].weight >
                                     d->patterns.v[same[best]->first_pattern + next_k[best]].weight))
                    best = q;
            if (best < 0)
                break;
            const sr_pattern *p = &d->patterns.v[same[best]->first_pattern + next_k[best]++];
            /* a pattern whose words the sentence lacks cannot match */
            int absent = 0;
            for (uint16_t q = 0; q < p->n_need && !absent; q++)
                absent = !in_bloom(c, p->need[q]);
            if (absent)
                continue;
            match_state m;
            if (try_pattern(c, p, i, lo, hi, &m)) {
                fired = p;
                ms = m;
                v = same[best];
                break;
            }
        }
        if (!fired)
            for (int q = 0; q < n_same; q++)
                if (!(same[q]->code.flags & SR_EV_NULL) && same[q]->code.code && same[q]->code.code[0]) {
                    v = same[q];
                    break;
                }
        const sr_evcode *code = fired ? &fired->code : &v->code;
        if (code->flags & SR_EV_NULL || !code->code || !code->code[0])
            continue;
        /* source and target */
        int src = ms.source, tgt = ms.target;
        size_t back_from = 0;
        int designated = src >= 0 || tgt >= 0 || ms.compound >= 0;
        if (!designated && d->plover.n && relative_of_thing(c, i))
            continue;
        /* PLOVER rules: "Asked about the troops, the NATO chief repeated
         * ...", "when asked whether ...": a question put to the subject by
         * reporters nobody names is no request */
        if (d->plover.n && tok_is(c, i, "ASKED") && !tok_is(c, phrase_end(c, i), "BY") &&
            (i == 0 || (c->toks[i - 1].flags & TF_QUOTE) || c->toks[i - 1].type == T_COMMA ||
             tok_is(c, i - 1, "WHEN") || tok_is(c, i - 1, "IF") || tok_is(c, i - 1, "ONCE") ||
             tok_is(c, i - 1, "AFTER") || tok_is(c, i - 1, "BEFORE") || tok_is(c, i - 1, "BEING")))
            continue;
        /* PLOVER rules: after a possessive the word is a noun ("the news
         * conference that followed their talks"): nouns are read by
         * nominal.c, which knows when they report an event */
        size_t poss = i > 1 && (c->toks[i - 1].type == T_NULL || c->toks[i - 1].type == T_ADJ) &&
                              !(c->toks[i - 1].flags & TF_QUOTE) && possessive_word(c, i - 2)
                          ? i - 2
                          : i - 1; /* "his first visit" */
        if (!designated && d->plover.n && i > 0 && possessive_word(c, poss) &&
            !(poss > 0 && (tok_starts(c, poss - 1, "CONTINU") || tok_starts(c, poss - 1, "RESUM") ||
                           tok_starts(c, poss - 1, "INTENSIF") || tok_starts(c, poss - 1, "ESCALAT") ||
                           tok_starts(c, poss - 1, "EXPAND") || tok_starts(c, poss - 1, "STEP"))))
            continue; /* ... unless a verb of going on makes it the act: "will continue its strikes" */
        /* PLOVER rules: a verb's word after a possessive name is a noun
         * whose possessor did it: "Moldova could count on Romania's
         * support" is Romania's support of Moldova, "Russia's strikes"
         * Russia's; the other party follows TO, FOR, ON or AGAINST, or is
         * the clause's subject before */
        if (!designated && d->plover.n && i > 0 &&
            (c->toks[i - 1].type == T_LITERAL || c->toks[i - 1].type == T_ACTOR) && !(t->flags & TF_DEAD)) {
            size_t h = i - 1;
            while (h > 0 && c->toks[h].type == T_LITERAL && c->toks[h].act < 0)
                h--;
            const tok *ht = &c->toks[h];
            size_t last = i - 1;
            if (ht->type == T_ACTOR && ht->act >= 0 && phrase_end(c, h) == i && c->toks[last].len > 2 &&
                !memcmp(tok_text(c, last) + c->toks[last].len - 2, "'S", 2)) {
                src = ht->act;
                size_t after = phrase_end(c, i);
                if (after + 1 < hi &&
                    (tok_is(c, after, "TO") || tok_is(c, after, "FOR") || tok_is(c, after, "ON") ||
                     tok_is(c, after, "AGAINST")) &&
                    c->toks[after + 1].type == T_ACTOR && c->toks[after + 1].act >= 0)
                    tgt = c->toks[after + 1].act;
                else
                    tgt = find_actor(c, lo, h, -1, src);
                if (tgt < 0 && !may_lack_target(d, code->code))
                    continue;
                designated = 1;
            }
        }
        /* ... and so is what a report is "ahead of": "published its demands
         * ahead of talks between Russian and American officials" dates the
         * demands; the talks are reported where they are held */
        if (!designated && d->plover.n && i >= 2 && tok_is(c, i - 1, "OF") && tok_is(c, i - 2, "AHEAD"))
            continue;
        int passive = 0;
        /* TABARI's % is source and target at once; PETRARCH's is the source only */
        if (ms.compound >= 0 && c->d->petrarch)
            src = ms.compound;
        if (ms.compound >= 0 && !c->d->petrarch) {
            src = tgt = ms.compound;
        } else {
            c->n_excluded = ms.n_skipped;
            memcpy(c->excluded, ms.skipped, sizeof c->excluded);
            /* "If Russia attacks, we will respond": who acts in the
             * condition neither makes nor suffers the main clause's act */
            c->cond_verb = d->plover.n ? i + 1 : 0;
            size_t after_verb = phrase_end(c, i);
            int actor_prior = find_actor(c, 0, i, 1, -1) >= 0 || *carried_source >= 0;
            int actor_after = first_actor_fwd(c, after_verb, hi, -1) >= 0;
            if (src < 0 && c->opt.default_source && c->opt.default_source_prior && !actor_prior)
                src = add_act(c, i, i, c->opt.default_source, NULL);
            if (tgt < 0 && c->opt.default_target && c->opt.default_target_after && !actor_after)
                tgt = add_act(c, i, i, c->opt.default_target, NULL);
            const char *ptype = plover_type(d, code->code);
            c->avoid_places = d->plover.n > 0; /* a place did not act */
            /* PLOVER rules: an opening participle is done by the main
             * clause's subject, after its comma ("Rejecting Moscow's
             * request for a guarantee, he said ..."); its object is before */
            if (src < 0 && d->plover.n && i == lo && t->len > 5 && !strcmp(tok_text(c, i) + t->len - 3, "ING")) {
                size_t comma = i + 1;
                while (comma < hi && c->toks[comma].type != T_COMMA)
                    comma++;
                int subject = -1; /* TABARI may have dropped the short "..., he said" as an aside */
                for (size_t k = comma + 1; k < hi && subject < 0; k++)
                    if (c->toks[k].type == T_ACTOR && c->toks[k].act >= 0)
                        subject = c->toks[k].act;
                if (subject >= 0) {
                    src = subject;
                    if (tgt < 0 || tgt == src)
                        tgt = find_actor(c, i + 1, comma, 1, src);
                }
            }
            if (src < 0) {
                src = find_actor(c, lo, i, 1, tgt);
                if (src >= 0 && d->plover.n) {
                    int sub = subordinate_subject(c, c->acts[src].last + 1, i);
                    if (sub >= 0 && sub != tgt) {
                        src = sub;
                        back_from = c->acts[sub].first; /* the main clause is no party to it */
                    }
                }
                /* reported speech has its own subject: the one who reports
                 * it is not the one who acts ("he said the two sides held
                 * talks"); what he says without a subject is his */
                int own_subject = speech == 2 && d->plover.n;
                /* ... but a plan or intention reported as an infinitive
                 * ("Biden plans to meet Zelensky") has none: it is the
                 * speaker's own act */
                if (own_subject && tok_is(c, lo, "TO"))
                    own_subject = 0;
                if (src < 0 && *carried_source >= 0 && (tgt < 0 || tgt != *carried_source) &&
                    !(own_subject && c->acts[*carried_source].first < lo))
                    src = *carried_source;
                if (src < 0 && !own_subject)
                    src = find_actor(c, 0, lo, 1, tgt);
                /* TABARI is greedy: with none before the verb, the source may follow it */
                if (src < 0)
                    src = first_actor_fwd(c, after_verb, hi, tgt);
                /* PLOVER rules: a readiness the speaker's own words state
                 * without a subject ("being vigilant and ready to react if
                 * they use force") is the speaker's */
                if (src < 0 && speech && d->plover.n)
                    src = speakers_readiness(c, i, lo);
                /* ... but in reported speech the verb's object is no subject:
                 * "said Romania would keep its promises and would ask allies
                 * to ...": the subject is the clause's before AND */
                if (src >= 0 && own_subject && c->acts[src].first >= after_verb) {
                    size_t f = c->acts[src].first;
                    while (f > after_verb && c->toks[f - 1].type == T_DETERM)
                        f--;
                    /* ... nor is an actor further on when the verb's
                     * clause opens with AND ("Russia has accused NATO ...
                     * and has demanded that the alliance pull back from
                     * ..., including Romania"): the subject is the one
                     * who did the act before AND */
                    int after_and = lo > 0 && c->toks[lo - 1].type == T_CONJ;
                    if (f == after_verb || after_and) {
                        int before_and = after_and ? clause_subject(c, 0, lo) : -1;
                        if (f > after_verb)
                            before_and = reported_subject(c, i, lo, *carried_source);
                        src = before_and >= 0 ? before_and : -1;
                        if (src < 0)
                            continue;
                    }
                }
            }
            /* troops arriving somewhere are deployed there (below) */
            if (src >= 0 && ptype && !strncmp(code->code, "042", 3) && c->acts[src].n_codes &&
                military_code(c->acts[src].codes[0]))
                ptype = "MOBILIZE";
            c->avoid_places = d->plover.n > 0 && !place_is_target(ptype);
            if (tgt < 0 && src >= 0) {
                tgt = first_actor_fwd(c, after_verb, hi, src);
                if (tgt >= 0 && d->plover.n && subject_of_later_clause(c, after_verb, tgt))
                    tgt = -1;
                /* where a visitor or troops came FROM is not where they went
                 * ("began arriving in Romania from Germany") */
                if (tgt >= 0 && d->plover.n &&
                    (!strncmp(code->code, "042", 3) || type_is(ptype, (const char *const[]){"MOBILIZE", NULL}))) {
                    size_t f = c->acts[tgt].first;
                    while (f > 0 && c->toks[f - 1].type == T_DETERM)
                        f--;
                    if (f > 0 && tok_is(c, f - 1, "FROM") && c->n_excluded < 4) {
                        c->excluded[c->n_excluded++] = tgt;
                        tgt = first_actor_fwd(c, after_verb, hi, src);
                    }
                }
                if (tgt < 0)
                    tgt = find_actor(c, back_from > lo ? back_from : lo, i, -1, src);
                if (tgt == src)
                    tgt = -1;
                /* a compound's members are actors of their own: the first one
                 * whose code differs from the source's is the target; for
                 * acts done together, each member with each other */
                if (tgt < 0 && c->acts[src].compound && mutual_type(ptype))
                    tgt = src;
                if (tgt < 0 && c->acts[src].compound) {
                    const act sa = c->acts[src]; /* a copy: add_act may move the array */
                    for (uint8_t k = 1; k < sa.n_codes && tgt < 0; k++)
                        if (strcmp(sa.codes[k], sa.codes[0]) != 0)
                            tgt = add_act(c, sa.first, sa.last, sa.codes[k], NULL);
                }
            }
            /* with no other party, the place is the best target there is for
             * an event that needs one ("a pause in the fighting in Gaza") */
            if (tgt < 0 && src >= 0 && c->avoid_places && !may_lack_target(d, code->code)) {
                c->avoid_places = 0;
                tgt = first_actor_fwd(c, after_verb, hi, src);
            }
            c->n_excluded = 0;
            c->cond_verb = 0;
            c->avoid_places = 0;
            /* passive voice: WAS/WERE/BEEN one or two words before, BY right after */
            if (!designated) {
                size_t after = phrase_end(c, i);
                while (after < hi && !usable(c, after))
                    after++;
                int aux = (i >= 1 && c->toks[i - 1].type == T_AUXIL) || (i >= 2 && c->toks[i - 2].type == T_AUXIL);
                /* a modifier may stand between the verb and BY: "was opposed earlier by" */
                if (aux && after + 1 < hi && c->toks[after].type == T_NULL && c->toks[after + 1].type == T_BY)
                    after++;
                if (aux && after < hi && c->toks[after].type == T_BY) {
                    int agent = first_actor_fwd(c, after + 1, hi, -1);
                    int patient = find_actor(c, lo, i, 1, agent);
                    if (patient < 0)
                        patient = find_actor(c, 0, lo, 1, agent);
                    if (agent >= 0 && patient >= 0) {
                        src = agent;
                        tgt = patient;
                        passive = 1;
                    }
                }
                /* PLOVER rules: a participle with TO and BY, "supplies of
                 * ammunition provided to Russia by North Korea" or "were
                 * delivered to Kyiv by Berlin", is passive with or without
                 * its auxiliary: BY names who gave, TO who received */
                const char *vw = tok_text(c, i);
                size_t vn = strlen(vw);
                if (!passive && d->plover.n && after < hi && tok_is(c, after, "TO") &&
                    ((vn > 3 && !strcmp(vw + vn - 2, "ED")) || !strcmp(vw, "SENT") || !strcmp(vw, "GIVEN") ||
                     !strcmp(vw, "SOLD") || !strcmp(vw, "MADE"))) {
                    size_t k = after + 1;
                    while (k < hi && c->toks[k].type == T_DETERM)
                        k++;
                    if (k < hi && c->toks[k].type == T_ACTOR && c->toks[k].act >= 0) {
                        int recipient = c->toks[k].act;
                        size_t by = phrase_end(c, k);
                        if (by < hi && c->toks[by].type == T_BY) {
                            int agent = first_actor_fwd(c, by + 1, by + 4 < hi ? by + 4 : hi, recipient);
                            if (agent >= 0) {
                                src = agent;
                                tgt = recipient;
                                passive = 1;
                            }
                        }
                    }
                }
            }
        }
        if (src < 0 && c->opt.default_source)
            src = add_act(c, i, i, c->opt.default_source, NULL);
        if (tgt < 0 && c->opt.default_target && src >= 0)
            tgt = add_act(c, i, i, c->opt.default_target, NULL);
        /* PLOVER rules: a concession or aid that names nobody in its
         * clause goes to the other party the sentence names ("open to a
         * solution with Russia, but NATO will not compromise on key
         * principles") */
        int yields = src >= 0 && tgt < 0 && d->plover.n && !designated ? concession(d, code->code) : 0;
        /* ... and so is a settlement sought ("committed to finding a
         * political solution"): it is found with the other side */
        if (!yields && src >= 0 && tgt < 0 && d->plover.n && !designated &&
            type_is(plover_type(d, code->code), (const char *const[]){"AGREE", NULL}) && seeks_settlement(c, i, hi))
            yields = 1;
        if (yields) {
            tgt = other_party(c, lo, hi, src, yields == 1);
            /* ... or the one the sentence before named first ("We are
             * ready to listen to Russia's concerns ... But NATO will not
             * compromise on key principles") */
            if (tgt < 0 && yields == 1 && c->prev_n_codes && !same_party(c->prev_code, c->acts[src].codes[0])) {
                tgt = add_act(c, i, i, c->prev_code, NULL);
                if (tgt < 0)
                    return -1;
                c->acts[tgt].forwarded = 1;
                c->acts[tgt].b1 = c->acts[tgt].b0; /* not named in this sentence */
            }
        }
        /* PLOVER rules: "has not agreed to any of these demands": the
         * demands the sentence before reported, of the one it named first */
        if (src >= 0 && tgt < 0 && d->plover.n && c->prev_n_codes && !designated &&
            refers_back(c, phrase_end(c, i), hi) && strncmp(c->prev_code, c->acts[src].codes[0], 3) != 0) {
            char *country = sr_arena_alloc(&c->scratch, 4);
            if (!country)
                return -1;
            memcpy(country, c->prev_code, 3);
            country[3] = '\0';
            tgt = add_act(c, i, i, strncmp(c->prev_code, "IGO", 3) ? country : c->prev_code, NULL);
            if (tgt < 0)
                return -1;
            c->acts[tgt].forwarded = 1;
            c->acts[tgt].b1 = c->acts[tgt].b0; /* not named in this sentence */
        }
        /* PLOVER rules: a concession or a settlement whose other side
         * neither this sentence nor the one before names is made to the
         * party the article is about: the events stage names it
         * (article_events.c), with an empty target here */
        if (src >= 0 && tgt < 0 && (yields == 1 || may_lack_target(c->d, code->code))) {
            tgt = add_act(c, i, i, "", NULL);
            if (tgt < 0)
                return -1;
            act *none = &c->acts[tgt];
            none->n_codes = 1;
            none->codes[0] = "";
            none->b1 = none->b0;
        }
        if (src < 0 || tgt < 0)
            continue;
        int negated = 0;
        for (size_t k = i; k > lo && k + 3 > i; k--)
            if (c->toks[k - 1].type == T_NEGATION || strstr(tok_text(c, k - 1), "N'T"))
                negated = 1;
        modality_cues mc = modality_of(c, i, lo);
        const act *sa = &c->acts[src], *ta = &c->acts[tgt];
        const char *ev_code = code->code;
        /* a protest in a capital is addressed to its government ("protested
         * in Tbilisi against the law") */
        act seat_gov;
        if (ta->place == 2 && ta->n_codes && type_is(plover_type(d, ev_code), (const char *const[]){"PROTEST", NULL})) {
            seat_gov = *ta;
            for (uint8_t k = 0; k < seat_gov.n_codes; k++) {
                char *gov = sr_arena_alloc(&c->scratch, strlen(ta->codes[k]) + 4);
                if (!gov)
                    return -1;
                sprintf(gov, "%sGOV", ta->codes[k]);
                seat_gov.codes[k] = gov;
            }
            ta = &seat_gov;
        }
        /* troops, warships "arriving" or "visiting" are deployed there */
        if (d->plover.n && !strncmp(ev_code, "042", 3) && sa->n_codes && military_code(sa->codes[0]))
            ev_code = "154";
        if (emit(c, sa, ta, ev_code, v, fired, i, &ms, code->flags, passive, negated, &mc))
            return -1;
        if (code->paired && code->paired[0] && strcmp(code->paired, "---") != 0)
            if (emit(c, ta, sa, code->paired, v, fired, i, &ms, code->flags, passive, negated, &mc))
                return -1;
        *carried_source = passive ? *carried_source : src;
        /* a subordinate code (SAID [010?]) does not end the search in its clause */
        if (code->flags & SR_EV_SUBORDINATE)
            continue;
        /* PLOVER rules: an act inside a condition is no event; the main
         * clause's verb still is ("If Moscow does not agree, Washington will
         * impose tariffs") */
        if (d->plover.n && mc.in_condition)
            continue;
        coded = 1;
        *coded_any = 1;
        if (c->opt.code_by != SR_CODE_ALL)
            break;
    }
    return coded;
}

static int count_type(const sr_coder *c, int type)
{
    int n = 0;
    for (size_t i = 0; i < c->n_toks; i++)
        if (c->toks[i].type == type && !(c->toks[i].flags & TF_DEAD) &&
            !(type == T_CONJ && (c->toks[i].flags & TF_IN_COMPOUND)))
            n++;
    return n;
}

typedef struct discard_ctx {
    sr_coder *c;
    size_t at;
    const sr_phrase *hit;
} discard_ctx;

static int discard_hit(void *ud, const sr_phrase *p)
{
    discard_ctx *dc = ud;
    size_t end;
    uint32_t matched[64];
    if (p->kind != SR_PK_DISCARD || p->n_words > 64 || !match_rest(dc->c, p, dc->at, &end, matched))
        return 0;
    dc->hit = p;
    return 1;
}

/* A discard phrase anywhere in the sentence discards it. */
static int check_discards(sr_coder *c, const char **why)
{
    const sr_dict *d = c->d;
    if (!d->filters.n)
        return 0;
    for (size_t i = 0; i < c->n_toks; i++) {
        discard_ctx dc = {c, i, NULL};
        sr_index_each(d, &d->filter_index, tok_text(c, i), c->toks[i].len, discard_hit, &dc);
        if (dc.hit) {
            *why = dc.hit->words[0].text;
            return 1;
        }
    }
    return 0;
}

static const char *const tok_type_names[] = {"-", "lit", "ACTOR", "AGENT", "VERB", "NOUN", "ADJ", "DET",
                                              "PRON", "CONJ", "AUX", "BY", "COMMA", "TIME", "PREP", "NEG"};

size_t sr_coder_mentions(const sr_coder *c, sr_coder_mention *out, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i < c->n_toks && n < cap; i++) {
        const tok *t = &c->toks[i];
        if (t->type != T_ACTOR || t->act < 0 || (size_t)t->act >= c->n_acts)
            continue;
        const act *a = &c->acts[t->act];
        sr_coder_mention *m = &out[n++];
        m->codes = a->codes;
        m->n_codes = a->n_codes;
        m->name = a->name;
        m->place = a->place != 0;
        /* a pronoun is where it stands, not where its antecedent was named */
        m->b0 = a->first == i ? a->b0 : t->b0;
        m->b1 = a->first == i ? a->b1 : c->toks[phrase_end(c, i) - 1].b1;
    }
    return n;
}

void sr_coder_dump(const sr_coder *c, sr_buf *b)
{
    for (size_t i = 0; i < c->n_toks; i++) {
        const tok *t = &c->toks[i];
        sr_buf_printf(b, "%zu %s/%s", i, tok_text(c, i), t->type < 16 ? tok_type_names[t->type] : "?");
        if (t->act >= 0 && (size_t)t->act < c->n_acts) {
            const act *a = &c->acts[t->act];
            sr_buf_puts(b, "[");
            for (uint8_t k = 0; k < a->n_codes; k++)
                sr_buf_printf(b, "%s%s", k ? "," : "", a->codes[k]);
            sr_buf_puts(b, "]");
        }
        if (t->flags & TF_DEAD)
            sr_buf_puts(b, "(dead)");
        if (t->flags & TF_IN_COMPOUND)
            sr_buf_puts(b, "(cmp)");
        if (t->end > i + 1)
            sr_buf_printf(b, "->%u", t->end);
        sr_buf_puts(b, "  ");
    }
    sr_buf_puts(b, "\n");
}

int sr_coder_code(sr_coder *c, const char *text, size_t len, int32_t date, sr_code_result *out)
{
    memset(out, 0, sizeof *out);
    c->n_spans = c->n_spans_next; /* the spans given for this call only */
    c->n_spans_next = 0;
    sr_arena_free(&c->scratch);
    c->n_acts = 0;
    c->n_events = 0;
    c->date = date;
    c->text = text;
    if (tokenize(c, text, len) || find_token_ids(c))
        return SR_ERR_NOMEM;
    out->status = SR_CODED;
    if (c->opt.minimum_words && (int)c->n_toks < c->opt.minimum_words) {
        out->status = SR_CODE_TOO_SHORT;
        return SR_OK;
    }
    const char *why = NULL;
    if (check_discards(c, &why)) {
        out->status = SR_CODE_DISCARD;
        out->why = why;
        return SR_OK;
    }
    int fate = classify(c, &why);
    if (fate < 0)
        return SR_ERR_NOMEM;
    if (fate) {
        out->status = fate;
        out->why = why;
        return SR_OK;
    }
    if (c->d->plover.n)
        plover_grammar(c);
    us_in_capitals(c, text);
    nouns_after_for(c);
    attach_agents(c);
    join_compounds(c);
    shared_agents(c);
    if (c->d->petrarch)
        agents_after_compounds(c);
    apply_spans(c);
    definite_organizations(c);
    resolve_pronouns(c);
    drop_comma_clauses(c);
    /* complexity conditions */
    int n_verbs = count_type(c, T_VERB), n_conj = count_type(c, T_CONJ);
    if (c->opt.complex_verbs && n_verbs >= c->opt.complex_verbs) {
        out->status = SR_CODE_COMPLEX;
        out->why = "too many verbs";
        return SR_OK;
    }
    if (c->opt.complex_conj && n_conj >= c->opt.complex_conj) {
        out->status = SR_CODE_COMPLEX;
        out->why = "too many conjunctions";
        return SR_OK;
    }
    if (c->opt.complex_noactprior) {
        size_t fv = 0;
        /* a null-coded root (ACCORD [---] with patterns) is not the first verb */
        while (fv < c->n_toks && (c->toks[fv].type != T_VERB || (c->toks[fv].flags & TF_DEAD) ||
                                  (c->d->verbs.v[c->toks[fv].payload].code.flags & SR_EV_NULL)))
            fv++;
        /* a text without a verb has no actor before its first verb either */
        if (first_actor_between(c, 0, fv, 0) < 0 && !c->opt.default_source) {
            out->status = SR_CODE_COMPLEX;
            out->why = "no actor before the first verb";
            return SR_OK;
        }
    }
    find_conditions(c);
    /* 7-8: clauses */
    int carried = -1, coded_any = 0;
    size_t lo = 0;
    for (size_t i = 0; i <= c->n_toks; i++) {
        int boundary = i == c->n_toks ||
                       (c->toks[i].type == T_CONJ && !(c->toks[i].flags & TF_IN_COMPOUND) && !(c->toks[i].flags & TF_DEAD)) ||
                       (c->d->plover.n && subordinator(c, i));
        if (!boundary)
            continue;
        /* an actor right after the conjunction becomes the new subject */
        int r = code_clause(c, lo, i, &carried, &coded_any);
        if (r < 0)
            return SR_ERR_NOMEM;
        if (!r && carried < 0)
            carried = c->d->plover.n ? clause_subject(c, lo, i) : first_actor_between(c, lo, i, 0);
        if (coded_any && c->opt.code_by == SR_CODE_BY_SENTENCE)
            break;
        lo = i + 1;
    }
    /* subordinate and dominant codes */
    int any_dominant = 0, any_plain = 0;
    for (size_t k = 0; k < c->n_events; k++) {
        if (c->events[k].flags & SR_EV_DOMINANT)
            any_dominant = 1;
        if (!(c->events[k].flags & SR_EV_SUBORDINATE))
            any_plain = 1;
    }
    size_t w = 0;
    for (size_t k = 0; k < c->n_events; k++) {
        const sr_coded_event *e = &c->events[k];
        if (any_dominant && !(e->flags & SR_EV_DOMINANT))
            continue;
        if (any_plain && (e->flags & SR_EV_SUBORDINATE))
            continue;
        c->events[w++] = *e;
    }
    c->n_events = w;
    /* remember the first actor named (not a pronoun) for a pronoun that opens
     * the next sentence: its first dictionary code, without agents */
    for (size_t i = 0; i < c->n_toks; i++) {
        const tok *t = &c->toks[i];
        if (t->type != T_ACTOR || t->act < 0)
            continue;
        const act *a = &c->acts[t->act];
        if (a->forwarded || a->first != i || !a->base[0])
            continue;
        snprintf(c->prev_code, sizeof c->prev_code, "%s", a->base);
        c->prev_n_codes = 1;
        break;
    }
    for (size_t i = 0; i < c->n_toks; i++) {
        const tok *t = &c->toks[i];
        if (t->type == T_ACTOR && t->act >= 0 && !c->acts[t->act].forwarded && c->acts[t->act].base &&
            !strncmp(c->acts[t->act].base, "IGO", 3))
            snprintf(c->topic_igo, sizeof c->topic_igo, "%s", c->acts[t->act].base);
    }
    out->events = c->events;
    out->n_events = c->n_events;
    return SR_OK;
}


