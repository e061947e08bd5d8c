/*
 * wordids.c - every distinct dictionary word gets a small integer id, so
 * that the coder compares integers instead of strings.
 *
 * Matching a dictionary word against a sentence token depends on the
 * word's mode (stem, word with regular endings, exact word).  Instead of
 * asking "does word W match token T" for every pattern element and every
 * token, the coder asks once per token "which dictionary words can T be?":
 * all of them are prefixes of T (T itself, T less a regular ending, T cut
 * to the length of some stem), so one incremental hash over T's prefixes
 * finds them, each with the modes under which it matches.  A pattern word
 * then matches a token when its id is in the token's short list with its
 * mode allowed.
 *
 * Also built here, once at load: the phrases grouped by the id of their
 * first word (heaviest first), and for each verb pattern the ids of the
 * literal words it needs, so that a pattern whose words are not in the
 * sentence at all is skipped without being tried.
 */
#include <stdlib.h>
#include <string.h>

#include "actors/dict.h"
#include "util/hash.h"

#define FNV_PRIME_64 0x100000001b3ULL

static uint64_t hash_prefix_step(uint64_t h, unsigned char c)
{
    h ^= c;
    return h * FNV_PRIME_64;
}

static uint64_t hash_text(const char *s, size_t n)
{
    uint64_t h = SR_HASH_SEED;
    for (size_t i = 0; i < n; i++)
        h = hash_prefix_step(h, (unsigned char)s[i]);
    return h;
}

static int grow_table(sr_wordtab *t)
{
    size_t cap = t->mask ? (t->mask + 1) * 2 : 1024;
    sr_wordtab_slot *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t i = 0; t->mask && i <= t->mask; i++) {
        const sr_wordtab_slot *o = &t->slots[i];
        if (!o->text)
            continue;
        size_t s = (size_t)o->hash & (cap - 1);
        while (slots[s].text)
            s = (s + 1) & (cap - 1);
        slots[s] = *o;
    }
    free(t->slots);
    t->slots = slots;
    t->mask = cap - 1;
    return 0;
}

/* The id of the word text[0..len), added when new.  UINT32_MAX when out of memory. */
static uint32_t intern(sr_wordtab *t, const char *text, size_t len)
{
    if ((t->n_ids + 1) * 2 > t->mask + 1 && grow_table(t))
        return UINT32_MAX;
    uint64_t h = hash_text(text, len);
    size_t s = (size_t)h & t->mask;
    while (t->slots[s].text) {
        const sr_wordtab_slot *o = &t->slots[s];
        if (o->hash == h && o->len == len && memcmp(o->text, text, len) == 0)
            return o->id;
        s = (s + 1) & t->mask;
    }
    t->slots[s].text = text;
    t->slots[s].len = (uint32_t)len;
    t->slots[s].hash = h;
    t->slots[s].id = t->n_ids;
    return t->n_ids++;
}

static int intern_word(sr_wordtab *t, sr_dword *w)
{
    w->id = intern(t, w->text, w->len);
    if (w->id == UINT32_MAX)
        return -1;
    if (w->mode == SR_W_STEM)
        t->stem_lengths |= 1ULL << (w->len >= 63 ? 63 : w->len);
    return 0;
}

static int intern_pels(sr_wordtab *t, const sr_pel *els, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (els[i].kind == SR_PEL_WORD && intern_word(t, (sr_dword *)&els[i].word))
            return -1;
    return 0;
}

/* The literal words a pattern cannot match without (synsets aside). */
static sr_status pattern_needs(struct sr_dict *d, sr_pattern *p)
{
    uint32_t ids[128];
    size_t n = 0;
    for (int part = 0; part < 2; part++) {
        const sr_pel *els = part ? p->upper : p->lower;
        size_t ne = part ? p->n_upper : p->n_lower;
        for (size_t i = 0; i < ne && n < sizeof ids / sizeof *ids; i++)
            if (els[i].kind == SR_PEL_WORD)
                ids[n++] = els[i].word.id;
    }
    p->n_need = (uint16_t)n;
    p->need = NULL;
    if (!n)
        return SR_OK;
    uint32_t *v = sr_arena_alloc(&d->pool, n * sizeof *v);
    if (!v)
        return SR_ERR_NOMEM;
    memcpy(v, ids, n * sizeof *v);
    p->need = v;
    return SR_OK;
}

static int cmp_by_first(const void *a, const void *b, void *ctx)
{
    const sr_phrase *ph = ctx;
    const sr_phrase *p = &ph[*(const uint32_t *)a];
    const sr_phrase *q = &ph[*(const uint32_t *)b];
    if (p->words[0].id != q->words[0].id)
        return p->words[0].id < q->words[0].id ? -1 : 1;
    if (p->weight != q->weight)
        return p->weight > q->weight ? -1 : 1;
    return p->order < q->order ? -1 : p->order > q->order;
}

sr_status sr_dict_build_word_ids(struct sr_dict *d)
{
    sr_wordtab *t = &d->words;
    for (size_t i = 0; i < d->phrases.n; i++)
        for (uint16_t k = 0; k < d->phrases.v[i].n_words; k++)
            if (intern_word(t, (sr_dword *)&d->phrases.v[i].words[k]))
                return SR_ERR_NOMEM;
    for (size_t i = 0; i < d->filters.n; i++)
        for (uint16_t k = 0; k < d->filters.v[i].n_words; k++)
            if (intern_word(t, (sr_dword *)&d->filters.v[i].words[k]))
                return SR_ERR_NOMEM;
    for (size_t i = 0; i < d->patterns.n; i++) {
        sr_pattern *p = &d->patterns.v[i];
        if (intern_pels(t, p->lower, p->n_lower) || intern_pels(t, p->upper, p->n_upper))
            return SR_ERR_NOMEM;
    }
    for (size_t i = 0; i < d->synset_members.n; i++)
        if (intern_pels(t, d->synset_members.v[i].els, d->synset_members.v[i].n_els))
            return SR_ERR_NOMEM;
    for (size_t i = 0; i < d->patterns.n; i++)
        if (pattern_needs(d, &d->patterns.v[i]) != SR_OK)
            return SR_ERR_NOMEM;
    /* the phrases by first word id */
    size_t n = d->phrases.n;
    d->by_first = malloc((n ? n : 1) * sizeof *d->by_first);
    d->by_first_start = calloc((size_t)t->n_ids + 1, sizeof *d->by_first_start);
    if (!d->by_first || !d->by_first_start)
        return SR_ERR_NOMEM;
    for (size_t i = 0; i < n; i++)
        d->by_first[i] = (uint32_t)i;
    qsort_r(d->by_first, n, sizeof *d->by_first, cmp_by_first, d->phrases.v);
    for (size_t i = 0; i < n; i++)
        d->by_first_start[d->phrases.v[d->by_first[i]].words[0].id + 1]++;
    for (uint32_t id = 0; id < t->n_ids; id++)
        d->by_first_start[id + 1] += d->by_first_start[id];
    /* PETRARCH lists one verb form under several entries ("--- SHOT [---] ---"
     * and "--- SHOT [223] ---"): the entries are chained so that the coder
     * tries the patterns of all of them.  TABARI keeps the first only. */
    for (size_t i = 0; i < d->verbs.n; i++)
        d->verbs.v[i].next_same = UINT32_MAX;
    if (d->petrarch)
        for (size_t i = 0; i < n; i++) {
            const sr_phrase *p = &d->phrases.v[d->by_first[i]];
            if (p->kind != SR_PK_VERB)
                continue;
            for (size_t j = i + 1; j < n; j++) {
                const sr_phrase *q = &d->phrases.v[d->by_first[j]];
                if (q->words[0].id != p->words[0].id || q->weight != p->weight)
                    break;
                if (q->kind != SR_PK_VERB || q->n_words != p->n_words || q->payload == p->payload)
                    continue;
                int same = 1;
                for (uint16_t k = 0; k < p->n_words && same; k++)
                    same = p->words[k].id == q->words[k].id && p->words[k].mode == q->words[k].mode;
                if (!same)
                    continue;
                sr_verb *v = &d->verbs.v[p->payload];
                if (v->next_same == UINT32_MAX)
                    v->next_same = q->payload;
                break;
            }
        }
    return SR_OK;
}

void sr_dict_free_word_ids(struct sr_dict *d)
{
    free(d->words.slots);
    free(d->by_first);
    free(d->by_first_start);
}

/* Regular endings TABARI accepts after a word_ (as sr_word_matches). */
static int ending_len_ok(const char *s, size_t n)
{
    switch (n) {
    case 1: return s[0] == 'S' || s[0] == '\'';
    case 2: return (s[0] == '\'' && s[1] == 'S') || (s[0] == 'E' && (s[1] == 'D' || s[1] == 'S' || s[1] == 'N'));
    case 3: return s[0] == 'I' && s[1] == 'N' && s[2] == 'G';
    case 4: return (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 && (unsigned char)s[2] == 0x99 && s[3] == 'S';
    default: return 0;
    }
}

size_t sr_dict_token_ids(const struct sr_dict *d, const char *tok, size_t len, sr_tokid *out, size_t cap)
{
    const sr_wordtab *t = &d->words;
    if (!t->slots || !len)
        return 0;
    size_t n = 0;
    uint64_t h = SR_HASH_SEED;
    for (size_t l = 1; l <= len; l++) {
        h = hash_prefix_step(h, (unsigned char)tok[l - 1]);
        unsigned modes;
        if (l == len)
            modes = SR_WM_ALL;
        else {
            modes = 0;
            unsigned bit = l >= 63 ? 63 : (unsigned)l;
            if (t->stem_lengths >> bit & 1)
                modes |= 1u << SR_W_STEM;
            if (ending_len_ok(tok + l, len - l))
                modes |= (1u << SR_W_STEM) | (1u << SR_W_ENDINGS);
            if (len - l == 1 && tok[l] == 'D' && tok[l - 1] == 'E') /* DEPLORE_ takes DEPLORED */
                modes |= 1u << SR_W_ENDINGS;
            if (l == 1 && len == 2 && tok[1] == '.') /* an initial: T. is the letter T */
                modes = SR_WM_ALL;
            if (!modes)
                continue;
        }
        size_t s = (size_t)h & t->mask;
        while (t->slots[s].text) {
            const sr_wordtab_slot *o = &t->slots[s];
            if (o->hash == h && o->len == l && memcmp(o->text, tok, l) == 0) {
                if (n < cap) {
                    out[n].id = o->id;
                    out[n].modes = (uint8_t)modes;
                    n++;
                }
                break;
            }
            s = (s + 1) & t->mask;
        }
    }
    return n;
}
