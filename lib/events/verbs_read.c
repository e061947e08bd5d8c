/*
 * verbs_read.c - readers for verb dictionaries: TABARI .verbs and
 * PETRARCH's verb files (PETR-1, and PETRARCH-2's CAMEO.2.0.txt as far as
 * a shallow coder can use it).
 *
 * TABARI (manual ch. 5.5-5.7):
 *   <SYNSETS> &NAME / +member ... </SYNSETS>     <TIME> PHRASE [+7] </TIME>
 *   ROOT [code]            a verb and its own code ("032:033" paired,
 *   { FORM FORM }          "023?" subordinate, "111!" dominant, "---" null)
 *   - lower * upper [code] its patterns; * the verb, $ source, + target,
 *                          % compound, ^ skip an actor, &NAME a synset,
 *                          { a | b } alternatives, '_' joins adjacent words
 * PETRARCH:
 *   --- NAME [code] ---    a block: the verbs below share its code and patterns
 *   VERB {FORMS}           a verb of the block; +WORD marks the verb in a
 *   A_+B [code]            multi-word verb, which may carry its own code
 *   - pattern [code] # comment
 * PETRARCH-2 marks noun phrases {...} and prepositional phrases (...) for
 * its parse trees; those are read as plain words and counted in the summary.
 *
 * Patterns are sorted heaviest first within their verb, as TABARI tries them.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "actors/dict.h"

enum { MAX_PEL = 64, MAX_EXPANSIONS = 256 };

/* parse_elements' answer for a pattern to drop after noting why */
#define SKIP_PATTERN ((sr_status)100)

typedef struct verb_state {
    sr_dict_file *f;
    uint32_t root;          /* current TABARI root / PETRARCH block's first root */
    int have_root;
    uint32_t block_first;   /* PETRARCH: roots of this block are block_first..verbs.n */
    int in_block;
    sr_evcode block_code;
    const char *block_name;
    /* patterns of the current block/root, built then sorted when it ends */
    size_t pattern_start;
} verb_state;

static int find_synset(struct sr_dict *d, const char *name, size_t n)
{
    for (size_t i = 0; i < d->synsets.n; i++)
        if (strlen(d->synsets.v[i].name) == n && memcmp(d->synsets.v[i].name, name, n) == 0)
            return (int)i;
    return -1;
}

/* Splits a pattern (alternatives already expanded) into elements. */
static sr_status parse_elements(sr_dict_file *f, const char *s, sr_pel *out, size_t *n_out, int *verb_at,
                                int stem_default, uint16_t *weight, int in_synset)
{
    struct sr_dict *d = f->dict;
    size_t n = 0, i = 0, len = strlen(s);
    unsigned w = 0;
    *verb_at = -1;
    /* a hyphen inside a word joins two adjacent words, as '_' (TABARI) */
    char *copy = sr_arena_strndup(&d->pool, s, len);
    if (!copy)
        return SR_ERR_NOMEM;
    for (size_t k = 1; k < len; k++)
        if (copy[k] == '-' && isalnum((unsigned char)copy[k - 1]))
            copy[k] = '_';
    s = copy;
    /* TABARI's length counts the connectors '_' with the letters: IN_ * is
     * tried before IN * */
    for (size_t k = 0; k < len; k++)
        if (s[k] == '_')
            w++;
    while (i < len) {
        while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '_'))
            i++;
        if (i >= len)
            break;
        size_t a = i;
        while (i < len && s[i] != ' ' && s[i] != '\t' && s[i] != '_')
            i++;
        size_t b = i;
        if (n == MAX_PEL)
            return sr_dict_fail(f, "pattern has more than %d elements", MAX_PEL);
        sr_pel *e = &out[n];
        memset(e, 0, sizeof *e);
        e->gap = 0; /* a blank anywhere between this element and the next */
        for (size_t k = i; k < len && (s[k] == ' ' || s[k] == '\t' || s[k] == '_'); k++)
            if (s[k] == ' ' || s[k] == '\t')
                e->gap = 1;
        /* a '_' after the last element, or before '}', means nothing */
        char c = s[a];
        if (b - a == 1 && (c == '*' || c == '$' || c == '+' || c == '%' || c == '^')) {
            if (in_synset && c == '*')
                return sr_dict_fail(f, "'*' inside a synset");
            e->kind = c == '*' ? SR_PEL_VERB : c == '$' ? SR_PEL_SOURCE : c == '+' ? SR_PEL_TARGET
                    : c == '%' ? SR_PEL_COMPOUND : SR_PEL_SKIP;
            if (c == '*') {
                if (*verb_at >= 0)
                    return sr_dict_fail(f, "two '*' in one pattern");
                *verb_at = (int)n;
            }
            n++;
            continue;
        }
        if (c == '*' || (b - a > 1 && s[b - 1] == '*' && s[b - 2] != '~')) {
            if (!f->petrarch || *verb_at >= 0)
                return sr_dict_fail(f, "'*' must stand alone or be joined with '_' (found '%.*s')", (int)(b - a),
                                    s + a);
            /* PETRARCH reads "*WORD" as "* WORD"; so do we, and say so */
            sr_dict_note_unusable(f, "'*' written against a word (read as '*_WORD')");
            e->kind = SR_PEL_VERB;
            *verb_at = (int)n;
            if (c != '*')
                return sr_dict_fail(f, "'*' written after a word ('%.*s'): write 'WORD_*'", (int)(b - a), s + a);
            e->gap = 0;
            n++;
            if (n == MAX_PEL)
                return sr_dict_fail(f, "pattern has more than %d elements", MAX_PEL);
            e = &out[n];
            memset(e, 0, sizeof *e);
            e->gap = i < len && (s[i] == ' ' || s[i] == '\t');
            a++;
        }
        if (c == '&') {
            int sy = find_synset(d, s + a, b - a);
            if (sy < 0 && f->petrarch) {
                sr_dict_note_unusable(f, "patterns naming an undefined synset (dropped)");
                return SKIP_PATTERN;
            }
            if (sy < 0)
                return sr_dict_fail(f, "unknown synset %.*s (synsets must be defined before use)", (int)(b - a), s + a);
            e->kind = SR_PEL_SYNSET;
            e->synset = (uint16_t)sy;
            n++;
            continue;
        }
        /* PETRARCH's '+WORD' / '$WORD' markers inside words are not ours: keep the word */
        while (a < b && (s[a] == '+' || s[a] == '$') && b - a > 1)
            a++;
        int mode = stem_default ? SR_W_STEM : in_synset ? SR_W_ENDINGS : SR_W_EXACT;
        if (s[b - 1] == '=')
            mode = SR_W_EXACT, b--;
        else if (i < len && s[i] == '_')
            mode = SR_W_EXACT; /* no regular endings inside patterns (TABARI, PETRARCH) */
        if (b > a && s[b - 1] == '~')
            b--, mode = SR_W_STEM, e->gap = 0;
        if (b == a)
            continue;
        char *t = sr_arena_alloc(&d->pool, b - a + 1);
        if (!t)
            return SR_ERR_NOMEM;
        for (size_t k = a; k < b; k++) {
            unsigned char ch = (unsigned char)s[k];
            t[k - a] = (char)(ch == '-' ? '_' : toupper(ch));
            if (isalnum(ch))
                w++;
        }
        t[b - a] = '\0';
        e->kind = SR_PEL_WORD;
        e->word.text = t;
        e->word.len = (uint16_t)(b - a);
        e->word.mode = (uint8_t)mode;
        n++;
    }
    if (n)
        out[n - 1].gap = 0;
    *n_out = n;
    if (weight)
        *weight = (uint16_t)(w > 65535 ? 65535 : w);
    return SR_OK;
}

/* Expands TABARI's { a | b | c } alternatives into separate strings.  PETRARCH-2's
 * {NOUN PHRASE} and (PREP PHRASE) markers are dropped instead. */
static sr_status expand_alternatives(sr_dict_file *f, const char *s, char **out, size_t *n_out)
{
    *n_out = 0;
    const char *open = NULL;
    for (const char *p = s; *p; p++)
        if (*p == '{') {
            open = p;
            break;
        }
    const char *close = open ? strchr(open, '}') : NULL;
    int has_bar = open && close && memchr(open, '|', (size_t)(close - open));
    if (open && !close && !f->petrarch)
        return sr_dict_fail(f, "missing '}' after the alternatives");
    if (!open || !has_bar) {
        char *c = strdup(s);
        if (!c)
            return SR_ERR_NOMEM;
        int marked = 0;
        for (char *p = c; *p; p++)
            if (*p == '{' || *p == '}' || *p == '(' || *p == ')')
                *p = ' ', marked = 1;
        if (marked)
            sr_dict_note_unusable(f, "PETRARCH-2 phrase markers {...} and (...) in patterns (read as plain words)");
        out[(*n_out)++] = c;
        return SR_OK;
    }
    if (!close)
        return sr_dict_fail(f, "missing '}' in alternatives");
    /* each alternative, spliced in, then expanded again for later braces */
    const char *p = open + 1;
    while (p <= close) {
        const char *bar = p;
        while (bar < close && *bar != '|')
            bar++;
        size_t total = strlen(s) + 1;
        char *c = malloc(total);
        if (!c)
            return SR_ERR_NOMEM;
        /* the separator before '{' and after '}' carries over: "X_{ A | B }_Y" */
        size_t pre = (size_t)(open - s);
        memcpy(c, s, pre);
        size_t k = pre;
        const char *alt = p;
        while (alt < bar && (*alt == ' ' || *alt == '\t'))
            alt++;
        const char *alt_end = bar;
        while (alt_end > alt && (alt_end[-1] == ' ' || alt_end[-1] == '\t'))
            alt_end--;
        memcpy(c + k, alt, (size_t)(alt_end - alt));
        k += (size_t)(alt_end - alt);
        strcpy(c + k, close + 1);
        char *sub[MAX_EXPANSIONS];
        size_t ns = 0;
        sr_status st = expand_alternatives(f, c, sub, &ns);
        free(c);
        if (st != SR_OK)
            return st;
        for (size_t i = 0; i < ns; i++) {
            if (*n_out < MAX_EXPANSIONS)
                out[(*n_out)++] = sub[i];
            else
                free(sub[i]);
        }
        p = bar + 1;
    }
    return SR_OK;
}

static sr_status add_pattern_string(verb_state *vs, const char *pat, const sr_evcode *code, const char *text)
{
    sr_dict_file *f = vs->f;
    struct sr_dict *d = f->dict;
    sr_pel els[MAX_PEL];
    size_t n;
    int verb_at;
    uint16_t weight;
    sr_status st = parse_elements(f, pat, els, &n, &verb_at, !f->petrarch, &weight, 0);
    if (st == SKIP_PATTERN)
        return SR_OK;
    if (st != SR_OK)
        return st;
    if (verb_at < 0)
        return sr_dict_fail(f, "pattern has no verb marker '*'");
    sr_pattern *p = SR_VEC_PUSH(d->patterns);
    if (!p)
        return SR_ERR_NOMEM;
    size_t nl = (size_t)verb_at, nu = n - (size_t)verb_at - 1;
    sr_pel *lower = nl ? sr_arena_alloc(&d->pool, nl * sizeof *lower) : NULL;
    sr_pel *upper = nu ? sr_arena_alloc(&d->pool, nu * sizeof *upper) : NULL;
    if ((nl && !lower) || (nu && !upper))
        return SR_ERR_NOMEM;
    for (size_t i = 0; i < nl; i++)
        lower[i] = els[nl - 1 - i]; /* nearest the verb first */
    for (size_t i = 0; i < nu; i++)
        upper[i] = els[(size_t)verb_at + 1 + i];
    p->lower = lower;
    p->upper = upper;
    p->n_lower = (uint16_t)nl;
    p->n_upper = (uint16_t)nu;
    p->weight = weight;
    p->verb_gap_before = nl ? lower[0].gap : 0;
    p->verb_gap_after = els[verb_at].gap;
    p->code = *code;
    p->file = f->file_index;
    p->line = (uint32_t)f->line_no;
    p->text = sr_dict_strdup(d, text, strlen(text));
    return p->text ? SR_OK : SR_ERR_NOMEM;
}

/* "- pattern [code]" */
static sr_status read_pattern_line(verb_state *vs, char *s)
{
    sr_dict_file *f = vs->f;
    if (!vs->have_root)
        return sr_dict_fail(f, "pattern before any verb");
    char *br = strrchr(s, '[');
    if (!br)
        return sr_dict_fail(f, "pattern has no code (missing '[')");
    char *close = strchr(br, ']');
    if (!close)
        return sr_dict_fail(f, "missing ']' after the code");
    sr_evcode code;
    if (sr_dict_parse_evcode(f->dict, br + 1, (size_t)(close - br - 1), &code) != 0)
        return SR_ERR_NOMEM;
    *br = '\0';
    char *pat = sr_dict_trim(s + 1);
    if (!*pat)
        return sr_dict_fail(f, "empty pattern");
    char *alts[MAX_EXPANSIONS];
    size_t na = 0;
    sr_status st = expand_alternatives(f, pat, alts, &na);
    for (size_t i = 0; i < na; i++) {
        if (st == SR_OK)
            st = add_pattern_string(vs, alts[i], &code, pat);
        free(alts[i]);
    }
    return st;
}

static int cmp_pattern(const void *a, const void *b)
{
    const sr_pattern *p = a, *q = b;
    if (p->weight != q->weight)
        return p->weight > q->weight ? -1 : 1;
    /* stable: earlier line first */
    if (p->file != q->file)
        return p->file < q->file ? -1 : 1;
    return p->line < q->line ? -1 : p->line > q->line;
}

/* Closes the current root or block: sorts its patterns and hands the range
 * to every root of the block. */
static void close_group(verb_state *vs)
{
    struct sr_dict *d = vs->f->dict;
    if (!vs->have_root)
        return;
    size_t n = d->patterns.n - vs->pattern_start;
    /* qsort is not stable; ties are broken by line above, which is unique per pattern
     * except for alternatives of one line, whose order does not matter */
    if (n > 1)
        qsort(d->patterns.v + vs->pattern_start, n, sizeof *d->patterns.v, cmp_pattern);
    uint32_t first = vs->in_block ? vs->block_first : vs->root;
    for (uint32_t r = first; r < d->verbs.n; r++) {
        d->verbs.v[r].first_pattern = (uint32_t)vs->pattern_start;
        d->verbs.v[r].n_patterns = (uint32_t)n;
    }
    vs->have_root = 0;
    vs->pattern_start = d->patterns.n;
}

static sr_status new_root(verb_state *vs, const char *name, size_t n, const sr_evcode *code)
{
    sr_dict_file *f = vs->f;
    struct sr_dict *d = f->dict;
    sr_verb *v = SR_VEC_PUSH(d->verbs);
    if (!v)
        return SR_ERR_NOMEM;
    v->name = sr_dict_strdup(d, name, n);
    if (!v->name)
        return SR_ERR_NOMEM;
    v->code = *code;
    v->file = f->file_index;
    v->line = (uint32_t)f->line_no;
    if (!vs->in_block || !vs->have_root)
        vs->root = (uint32_t)(d->verbs.n - 1);
    vs->have_root = 1;
    return SR_OK;
}

/* Adds a verb form; PETRARCH also gets the regular forms TABARI's stems
 * would have caught (ARRIVE -> ARRIVED ARRIVING, CARRY -> CARRIED). */
static sr_status add_form(verb_state *vs, const char *form, size_t n, uint32_t root)
{
    sr_dict_file *f = vs->f;
    char buf[512];
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < sizeof buf; i++)
        if (form[i] != '+')
            buf[k++] = form[i];
    buf[k] = '\0';
    sr_status st = sr_dict_add_phrase(f, SR_PK_VERB, buf, k, root, !f->petrarch);
    if (st != SR_OK || !f->petrarch)
        return st;
    /* the last word's e/y stem, when the phrase is one word */
    if (k > 3 && !strpbrk(buf, " _\t")) {
        char last = (char)toupper((unsigned char)buf[k - 1]);
        if (last == 'E' || last == 'Y') {
            char stem[512];
            memcpy(stem, buf, k - 1);
            if (last == 'Y')
                stem[k - 1] = 'I', stem[k] = '\0';
            else
                stem[k - 1] = '\0';
            st = sr_dict_add_phrase(f, SR_PK_VERB, stem, strlen(stem), root, 0);
        }
    }
    return st;
}

/* A verb line: "ROOT [code]" (TABARI) or "VERB {FORMS} [code]" (PETRARCH). */
static sr_status read_verb_line(verb_state *vs, char *s)
{
    sr_dict_file *f = vs->f;
    struct sr_dict *d = f->dict;
    sr_evcode code;
    memset(&code, 0, sizeof code);
    char *br = strchr(s, '[');
    int own_code = 0;
    if (br) {
        char *close = strchr(br, ']');
        if (!close)
            return sr_dict_fail(f, "missing ']' after the code");
        if (sr_dict_parse_evcode(d, br + 1, (size_t)(close - br - 1), &code) != 0)
            return SR_ERR_NOMEM;
        *br = '\0';
        own_code = 1;
    } else if (vs->in_block) {
        code = vs->block_code;
    } else {
        code.code = "";
    }
    char *forms = strchr(s, '{');
    if (forms)
        *forms++ = '\0';
    char *name = sr_dict_trim(s);
    if (!*name)
        return sr_dict_fail(f, "verb line has no verb");
    if (strlen(name) > 255)
        return sr_dict_fail(f, "verb longer than 255 characters");
    sr_status st;
    if (vs->in_block) {
        /* every verb of a block shares the block's patterns; a multi-word verb
         * with a code of its own still does */
        if (!vs->have_root) {
            vs->block_first = (uint32_t)d->verbs.n;
            vs->pattern_start = d->patterns.n;
        }
        st = new_root(vs, name, strlen(name), own_code ? &code : &vs->block_code);
    } else {
        close_group(vs);
        st = new_root(vs, name, strlen(name), &code);
    }
    if (st != SR_OK)
        return st;
    uint32_t root = (uint32_t)(d->verbs.n - 1);
    st = add_form(vs, name, strlen(name), root);
    if (st == SR_OK && forms) {
        char *close = strchr(forms, '}');
        if (!close)
            return sr_dict_fail(f, "missing '}' after the verb forms");
        *close = '\0';
        char *save = NULL;
        for (char *w = strtok_r(forms, " \t,", &save); w && st == SR_OK; w = strtok_r(NULL, " \t,", &save))
            st = add_form(vs, w, strlen(w), root);
    }
    return st;
}

static sr_status read_synset_member(sr_dict_file *f, char *s, int current)
{
    struct sr_dict *d = f->dict;
    if (current < 0)
        return sr_dict_fail(f, "synset member '%s' before any &NAME", s);
    sr_synset *sy = &d->synsets.v[current];
    sr_pel els[MAX_PEL];
    size_t n;
    int verb_at;
    char *text = sr_dict_trim(s + 1);
    sr_status st = parse_elements(f, text, els, &n, &verb_at, !f->petrarch, NULL, 1);
    if (st == SKIP_PATTERN)
        return SR_OK;
    if (st != SR_OK)
        return st;
    if (!n)
        return sr_dict_fail(f, "empty synset member");
    for (size_t i = 0; i < n; i++)
        if (els[i].kind == SR_PEL_SYNSET && els[i].synset == (uint16_t)current)
            return sr_dict_fail(f, "synset %s refers to itself", sy->name);
    for (size_t i = 0; i < n; i++)
        if (els[i].kind != SR_PEL_WORD && els[i].kind != SR_PEL_SYNSET) {
            sr_dict_note_unusable(f, "actor markers ($ + % ^) inside synsets");
            return SR_OK;
        }
    sr_pel *copy = sr_arena_alloc(&d->pool, n * sizeof *copy);
    if (!copy)
        return SR_ERR_NOMEM;
    memcpy(copy, els, n * sizeof *copy);
    sr_synmember *m = SR_VEC_PUSH(d->synset_members);
    if (!m)
        return SR_ERR_NOMEM;
    m->els = copy;
    m->n_els = (uint16_t)n;
    /* members are contiguous: a synset's lines follow its &NAME, and a name is defined once */
    if (sy->n_members == 0)
        sy->first_member = (uint32_t)(d->synset_members.n - 1);
    sy->n_members++;
    return SR_OK;
}

static sr_status read_time_line(sr_dict_file *f, char *s)
{
    struct sr_dict *d = f->dict;
    if (s[0] == '-') {
        sr_dict_note_unusable(f, "time-shift patterns ('- *' lines in <TIME>)");
        return SR_OK;
    }
    char *br = strchr(s, '[');
    if (!br)
        return sr_dict_fail(f, "time phrase has no shift (missing '[')");
    char *close = strchr(br, ']');
    if (!close)
        return sr_dict_fail(f, "missing ']' after the time shift");
    *close = '\0';
    char *v = sr_dict_trim(br + 1);
    /* "[-7]" "[+30]"; anything else ("- - -", "###", "+++") shifts nothing */
    int32_t shift = INT32_MIN;
    size_t vn = strlen(v);
    if (vn && strspn(v, "+-0123456789") == vn && isdigit((unsigned char)v[vn - 1]))
        shift = (int32_t)atoi(v);
    else if (strcmp(v, "###") == 0)
        shift = SR_TIME_DISCARD;
    else if (strcmp(v, "+++") == 0)
        shift = SR_TIME_COMPLEX;
    int32_t *slot = SR_VEC_PUSH(d->time_shifts);
    if (!slot)
        return SR_ERR_NOMEM;
    *slot = shift;
    return sr_dict_add_phrase(f, SR_PK_TIME, s, (size_t)(br - s), (uint32_t)(d->time_shifts.n - 1), !f->petrarch);
}

/* PETRARCH lets a pattern use a synset defined further down: every name is
 * declared before the file is read (members are read in order). */
static sr_status declare_synsets(sr_dict_file *f)
{
    struct sr_dict *d = f->dict;
    const char *p = f->data, *end = f->data + f->len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *e = nl ? nl : end;
        const char *q = p;
        while (q < e && (*q == ' ' || *q == '\t'))
            q++;
        if (q < e && *q == '&') {
            size_t n = 0;
            while (q + n < e && q[n] != ' ' && q[n] != '\t' && q[n] != '\r' && q[n] != '#')
                n++;
            if (find_synset(d, q, n) < 0) {
                sr_synset *sy = SR_VEC_PUSH(d->synsets);
                if (!sy)
                    return SR_ERR_NOMEM;
                sy->name = sr_dict_strdup(d, q, n);
                if (!sy->name)
                    return SR_ERR_NOMEM;
            }
        }
        p = e + 1;
    }
    return SR_OK;
}

sr_status sr_read_verbs(sr_dict_file *f)
{
    struct sr_dict *d = f->dict;
    verb_state vs;
    memset(&vs, 0, sizeof vs);
    vs.f = f;
    vs.pattern_start = d->patterns.n;
    enum { S_VERBS, S_SYNSETS, S_TIME } section = S_VERBS;
    int in_comment = 0;
    int in_synset = 0; /* PETRARCH: the last line opened a synset */
    size_t first_synset = d->synsets.n;
    int current_synset = -1;
    sr_status st = declare_synsets(f);
    char *line;
    while ((st = sr_dict_recover(f, st)) == SR_OK && (line = sr_dict_next_line(f, NULL))) {
        if (!(line = sr_dict_cut_xml_comment(line, &in_comment)))
            continue;
        char *s = sr_dict_trim(line);
        if (!*s)
            continue;
        if (strncmp(s, "~FINISH", 7) == 0 || strncmp(s, "~~FINISH", 8) == 0)
            break;
        if (s[0] == '#' || (s[0] == '/' && !f->petrarch) || s[0] == '~')
            continue;
        /* PETRARCH block header "--- NAME [code] ---" before comments are cut */
        if (f->petrarch && strncmp(s, "---", 3) == 0 && s[3] != '\0' && s[3] != ']') {
            close_group(&vs);
            vs.in_block = 1;
            vs.have_root = 0;
            vs.block_first = (uint32_t)d->verbs.n;
            char *br = strchr(s, '[');
            char *close = br ? strchr(br, ']') : NULL;
            memset(&vs.block_code, 0, sizeof vs.block_code);
            vs.block_code.code = "";
            if (br && close && sr_dict_parse_evcode(d, br + 1, (size_t)(close - br - 1), &vs.block_code) != 0)
                st = SR_ERR_NOMEM;
            in_synset = 0;
            continue;
        }
        s = sr_dict_strip_comment(s, f->petrarch);
        if (!*s)
            continue;
        if (s[0] == '<') {
            if (strncasecmp(s, "<SYNSET", 7) == 0)
                section = S_SYNSETS;
            else if (strncasecmp(s, "<TIME>", 6) == 0)
                section = S_TIME;
            else if (strncasecmp(s, "</SYNSET", 8) == 0 || strncasecmp(s, "</TIME>", 7) == 0)
                section = S_VERBS;
            else
                sr_dict_note_unusable(f, "unknown <SECTION> tags in a verbs file");
            continue;
        }
        if (section == S_TIME) {
            st = read_time_line(f, s);
            continue;
        }
        if (s[0] == '&') {
            char *name = s;
            size_t n = strcspn(name, " \t");
            name[n] = '\0';
            int sy = find_synset(d, name, n);
            if (sy < (int)first_synset || d->synsets.v[sy].n_members) {
                st = sr_dict_fail(f, "synset %s defined twice", name);
                continue;
            }
            current_synset = sy;
            in_synset = 1;
            continue;
        }
        if (s[0] == '+' && (section == S_SYNSETS || in_synset)) {
            st = read_synset_member(f, s, current_synset);
            continue;
        }
        in_synset = 0;
        if (section == S_SYNSETS) {
            st = sr_dict_fail(f, "'%s' in <SYNSETS> (expected &NAME or +member)", s);
            continue;
        }
        if (s[0] == '-' && (s[1] == ' ' || s[1] == '\t' || s[1] == '*' || s[1] == '%' || s[1] == '$' ||
                            s[1] == '+' || s[1] == '^' || s[1] == '&' || isalpha((unsigned char)s[1]))) {
            st = read_pattern_line(&vs, s);
            continue;
        }
        if (s[0] == '{' && !f->petrarch) {
            /* TABARI's irregular forms of the root above */
            if (!vs.have_root) {
                st = sr_dict_fail(f, "verb forms before any verb");
                continue;
            }
            char *close = strchr(s, '}');
            if (!close) {
                st = sr_dict_fail(f, "missing '}' after the verb forms");
                continue;
            }
            *close = '\0';
            char *save = NULL;
            for (char *w = strtok_r(s + 1, " \t", &save); w && st == SR_OK; w = strtok_r(NULL, " \t", &save))
                st = add_form(&vs, w, strlen(w), vs.root);
            continue;
        }
        st = read_verb_line(&vs, s);
    }
    if (st == SR_OK)
        close_group(&vs);
    return st;
}
