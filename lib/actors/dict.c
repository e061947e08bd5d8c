/*
 * dict.c - loading a set of dictionary files into one immutable sr_dict:
 * which reader a file needs, TABARI project files, the shared phrase syntax,
 * the first-word index the coder probes, and the load summary.
 *
 * The index: phrases are sorted by (first word, weight desc, load order)
 * into one array, and an open-addressing table maps a first word to its
 * range.  A token of n letters is looked up by hashing its prefixes as they
 * grow (FNV-1a is incremental) and probing only at lengths some key has.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "actors/dict.h"
#include "util/error.h"
#include "util/hash.h"

#define FNV_PRIME 0x100000001b3ULL

void *sr_vec_push_(void **v, size_t *n, size_t *cap, size_t elem)
{
    if (*n == *cap) {
        size_t nc = *cap ? *cap * 2 : 16;
        void *nv = realloc(*v, nc * elem);
        if (!nv)
            return NULL;
        *v = nv;
        *cap = nc;
    }
    char *p = (char *)*v + (*n)++ * elem;
    memset(p, 0, elem);
    return p;
}

char *sr_dict_strdup(struct sr_dict *d, const char *s, size_t len)
{
    return sr_arena_strndup(&d->pool, s, len);
}

/* ------------------------------------------------------------ lines */

char *sr_dict_next_line(sr_dict_file *f, size_t *len)
{
    if (f->pos >= f->len)
        return NULL;
    char *s = f->data + f->pos;
    char *nl = memchr(s, '\n', f->len - f->pos);
    size_t n = nl ? (size_t)(nl - s) : f->len - f->pos;
    f->pos += n + (nl ? 1 : 0);
    if (n && s[n - 1] == '\r')
        n--;
    s[n] = '\0';
    /* a NUL inside a line ends it: the rest would be invisible to C strings anyway */
    f->line_no++;
    if (len)
        *len = strlen(s);
    return s;
}

sr_status sr_dict_fail(sr_dict_file *f, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sr_error_at_line(f->err, f->errlen, f->path, f->line_no, fmt, ap);
    va_end(ap);
    return SR_ERR_FORMAT;
}

sr_status sr_dict_recover(sr_dict_file *f, sr_status st)
{
    struct sr_dict *d = f->dict;
    if (st != SR_ERR_FORMAT || d->strict || f->fatal)
        return st;
    d->n_warnings++;
    if (d->warnings.n < 10) {
        const char **w = SR_VEC_PUSH(d->warnings);
        if (!w)
            return SR_ERR_NOMEM;
        *w = sr_dict_strdup(d, f->err ? f->err : "", f->err ? strlen(f->err) : 0);
        if (!*w)
            return SR_ERR_NOMEM;
    }
    if (f->err && f->errlen)
        f->err[0] = '\0';
    return SR_OK;
}

void sr_dict_note_unusable(sr_dict_file *f, const char *what)
{
    struct sr_dict *d = f->dict;
    for (size_t i = 0; i < d->unusable.n; i++)
        if (d->unusable.v[i].what == what || strcmp(d->unusable.v[i].what, what) == 0) {
            d->unusable.v[i].count++;
            return;
        }
    sr_unusable *u = SR_VEC_PUSH(d->unusable);
    if (!u)
        return;
    char where[512];
    snprintf(where, sizeof where, "%s:%lu", f->path, f->line_no);
    u->what = what;
    u->first_where = sr_dict_strdup(d, where, strlen(where));
    u->count = 1;
}

char *sr_dict_cut_xml_comment(char *line, int *in_comment)
{
    if (*in_comment) {
        char *e = strstr(line, "-->");
        if (!e)
            return NULL;
        *in_comment = 0;
        line = e + 3;
    }
    char *o = strstr(line, "<!--");
    if (o) {
        char *e = strstr(o, "-->");
        if (e)
            memmove(o, e + 3, strlen(e + 3) + 1);
        else {
            *o = '\0';
            *in_comment = 1;
        }
    }
    return line;
}

char *sr_dict_trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        s[--n] = '\0';
    return s;
}

char *sr_dict_strip_comment(char *s, int petrarch)
{
    int depth = 0;
    for (char *p = s; *p; p++) {
        if (*p == '[')
            depth++;
        else if (*p == ']' && depth)
            depth--;
        else if (depth == 0 && *p == ';') {
            *p = '\0';
            break;
        } else if (depth == 0 && *p == '#' && (p == s || p[-1] == ' ' || p[-1] == '\t' || petrarch)) {
            *p = '\0';
            break;
        }
    }
    return sr_dict_trim(s);
}

/* ------------------------------------------------------------ phrases */

static int is_word_char(unsigned char c)
{
    return c && c != ' ' && c != '\t' && c != '_';
}

/* TABARI reads a hyphen inside a phrase as '_' (the text's hyphens become
 * blanks, so BARAD-DUR is the two adjacent words BARAD DUR). */
static int is_joiner(const char *s, size_t i)
{
    return s[i] == '_' || (s[i] == '-' && i > 0 && isalnum((unsigned char)s[i - 1]));
}

sr_dword *sr_dict_parse_words(sr_dict_file *f, const char *s, size_t len, int stem_default,
                              uint16_t *n_words, uint16_t *weight)
{
    struct sr_dict *d = f->dict;
    sr_dword tmp[64];
    size_t n = 0, w = 0, i = 0;
    while (i < len) {
        while (i < len && (s[i] == ' ' || s[i] == '\t' || is_joiner(s, i)))
            i++;
        if (i >= len)
            break;
        size_t a = i;
        while (i < len && is_word_char((unsigned char)s[i]) && !is_joiner(s, i))
            i++;
        size_t b = i;
        if (n == sizeof tmp / sizeof *tmp) {
            sr_dict_fail(f, "phrase has more than 64 words");
            return NULL;
        }
        int mode = stem_default ? SR_W_STEM : SR_W_ENDINGS;
        if (b > a && s[b - 1] == '=') {
            mode = SR_W_EXACT;
            b--;
        } else if (i < len && is_joiner(s, i)) {
            mode = SR_W_ENDINGS;
        }
        if (b > a && s[b - 1] == '~') /* XXXX~ YYYY: wild ending, next word adjacent */
            b--, mode = SR_W_STEM;
        if (b == a)
            continue;
        char *t = sr_arena_alloc(&d->pool, b - a + 1);
        if (!t)
            return NULL;
        for (size_t k = a; k < b; k++) {
            unsigned char c = (unsigned char)s[k];
            t[k - a] = (char)(c == '-' ? '_' : toupper(c));
            if (isalnum(c))
                w++;
        }
        t[b - a] = '\0';
        /* a blank (not '_') after the word lets other words come between */
        int gap = 0; /* a blank anywhere between this word and the next */
        for (size_t k = i; k < len && (s[k] == ' ' || s[k] == '\t' || is_joiner(s, k)); k++)
            if (s[k] == ' ' || s[k] == '\t')
                gap = 1;
        if (b < len && s[b] == '~')
            gap = 0;
        tmp[n].text = t;
        tmp[n].len = (uint16_t)(b - a > 65535 ? 65535 : b - a);
        tmp[n].mode = (uint8_t)mode;
        tmp[n].gap = (uint8_t)gap;
        n++;
    }
    if (n == 0) {
        sr_dict_fail(f, "phrase has no word");
        return NULL;
    }
    tmp[n - 1].gap = 0;
    /* TABARI applies the regular endings to the last word of a phrase only */
    if (stem_default)
        for (size_t k = 0; k + 1 < n; k++)
            if (tmp[k].mode == SR_W_ENDINGS)
                tmp[k].mode = SR_W_EXACT;
    sr_dword *out = sr_arena_alloc(&d->pool, n * sizeof *out);
    if (!out)
        return NULL;
    memcpy(out, tmp, n * sizeof *out);
    *n_words = (uint16_t)n;
    *weight = (uint16_t)(w > 65535 ? 65535 : w);
    return out;
}

sr_status sr_dict_add_phrase(sr_dict_file *f, int kind, const char *text, size_t len,
                             uint32_t payload, int stem_default)
{
    struct sr_dict *d = f->dict;
    uint16_t nw, weight;
    sr_dword *words = sr_dict_parse_words(f, text, len, stem_default, &nw, &weight);
    if (!words)
        return f->err && f->err[0] ? SR_ERR_FORMAT : SR_ERR_NOMEM;
    int filter = kind == SR_PK_DISCARD || kind == SR_PK_ISSUE;
    sr_phrase *p = filter ? SR_VEC_PUSH(d->filters) : SR_VEC_PUSH(d->phrases);
    if (!p)
        return SR_ERR_NOMEM;
    p->words = words;
    p->n_words = nw;
    p->weight = weight;
    p->kind = (uint8_t)kind;
    p->file = f->file_index;
    p->line = (uint32_t)f->line_no;
    p->payload = payload;
    p->order = (uint32_t)(d->phrases.n + d->filters.n);
    return SR_OK;
}

int sr_dict_parse_evcode(struct sr_dict *d, const char *s, size_t len, sr_evcode *out)
{
    memset(out, 0, sizeof *out);
    while (len && (*s == ' ' || *s == '\t'))
        s++, len--;
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    /* "- - -" and "# # #" are written with blanks in the manual */
    char buf[128];
    size_t n = 0;
    for (size_t i = 0; i < len && n + 1 < sizeof buf; i++)
        if (s[i] != ' ' && s[i] != '\t')
            buf[n++] = s[i];
    buf[n] = '\0';
    if (n && buf[n - 1] == '!')
        out->flags |= SR_EV_DOMINANT, buf[--n] = '\0';
    if (n && buf[n - 1] == '?')
        out->flags |= SR_EV_SUBORDINATE, buf[--n] = '\0';
    if (strcmp(buf, "---") == 0)
        out->flags |= SR_EV_NULL;
    else if (strcmp(buf, "###") == 0)
        out->flags |= SR_EV_DISCARD;
    else if (strcmp(buf, "+++") == 0)
        out->flags |= SR_EV_COMPLEX;
    char *colon = strchr(buf, ':');
    if (colon) {
        *colon = '\0';
        out->paired = sr_dict_strdup(d, colon + 1, strlen(colon + 1));
        if (!out->paired)
            return -1;
    }
    out->code = sr_dict_strdup(d, buf, strlen(buf));
    return out->code ? 0 : -1;
}

int32_t sr_dict_parse_yymmdd(const char *s, size_t len, int yyyy)
{
    /* PETRARCH writes YYYYMMDD; TABARI YYMMDD unless SET: YYYY */
    if (len == 8)
        yyyy = 1;
    else if (len != 6 || yyyy)
        return 0;
    int v = 0; /* s[len] may be a digit: no atoi */
    for (size_t i = 0; i < len; i++) {
        if (!isdigit((unsigned char)s[i]))
            return 0;
        v = v * 10 + (s[i] - '0');
    }
    int y = v / 10000, m = (v / 100) % 100, day = v % 100;
    if (!yyyy)
        y += y <= 30 ? 2000 : 1900;
    if (m < 1 || m > 12 || day < 1 || day > 31)
        return 0;
    return (int32_t)(y * 10000 + m * 100 + day);
}

/* ------------------------------------------------------------ index */

static int cmp_phrase(const void *a, const void *b, void *ctx)
{
    const sr_phrase *ph = ctx;
    const sr_phrase *p = &ph[*(const uint32_t *)a];
    const sr_phrase *q = &ph[*(const uint32_t *)b];
    int c = strcmp(p->words[0].text, q->words[0].text);
    if (c)
        return c;
    if (p->weight != q->weight)
        return p->weight > q->weight ? -1 : 1;
    return p->order < q->order ? -1 : p->order > q->order;
}

static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = SR_HASH_SEED;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= FNV_PRIME;
    }
    return h;
}

static sr_status build_index(struct sr_dict *d, sr_index *ix, const sr_phrase *ph, size_t n)
{
    memset(ix, 0, sizeof *ix);
    if (!n)
        return SR_OK;
    ix->sorted = malloc(n * sizeof *ix->sorted);
    if (!ix->sorted)
        return SR_ERR_NOMEM;
    for (size_t i = 0; i < n; i++)
        ix->sorted[i] = (uint32_t)i;
    /* glibc's qsort_r: two threads may load two dictionaries at once */
    qsort_r(ix->sorted, n, sizeof *ix->sorted, cmp_phrase, (void *)ph);
    ix->n_sorted = n;
    size_t keys = 0;
    for (size_t i = 0; i < n; i++)
        if (i == 0 || strcmp(ph[ix->sorted[i]].words[0].text, ph[ix->sorted[i - 1]].words[0].text))
            keys++;
    size_t cap = 16;
    while (cap < keys * 2)
        cap <<= 1;
    ix->slots = calloc(cap, sizeof *ix->slots);
    if (!ix->slots)
        return SR_ERR_NOMEM;
    ix->mask = cap - 1;
    for (size_t i = 0; i < n;) {
        const sr_dword *w = &ph[ix->sorted[i]].words[0];
        size_t j = i + 1;
        int stem = w->mode == SR_W_STEM;
        while (j < n && strcmp(ph[ix->sorted[j]].words[0].text, w->text) == 0) {
            if (ph[ix->sorted[j]].words[0].mode == SR_W_STEM)
                stem = 1;
            j++;
        }
        uint64_t h = hash_bytes(w->text, w->len);
        size_t s = (size_t)h & ix->mask;
        while (ix->slots[s].key)
            s = (s + 1) & ix->mask;
        ix->slots[s].hash = h;
        ix->slots[s].first = (uint32_t)i;
        ix->slots[s].n = (uint32_t)(j - i);
        ix->slots[s].key = w->text;
        ix->slots[s].key_len = w->len;
        unsigned bit = w->len >= 63 ? 63 : w->len;
        ix->key_lengths |= 1ULL << bit;
        if (stem)
            ix->stem_lengths |= 1ULL << bit;
        i = j;
    }
    return SR_OK;
}

/* Regular endings TABARI accepts after a word_ (nouns, actors, agents and verbs alike). */
static const char *const endings[] = {"'S", "S", "ED", "ES", "EN", "ING", "’S", "'", NULL};

static int is_ending(const char *s, size_t n)
{
    if (n == 0)
        return 1;
    for (int i = 0; endings[i]; i++)
        if (strlen(endings[i]) == n && memcmp(endings[i], s, n) == 0)
            return 1;
    return 0;
}

int sr_word_matches(const sr_dword *w, const char *tok, size_t len)
{
    /* an initial in the text ("T.") is the letter a dictionary writes ("RUFUS_T_FIREFLY") */
    /* the first letter settles most comparisons: checked before memcmp (the hot path) */
    if (!len || tok[0] != w->text[0])
        return 0;
    if (w->len == 1 && len == 2 && tok[1] == '.')
        return 1;
    if (len < w->len || memcmp(w->text + 1, tok + 1, w->len - 1) != 0)
        return 0;
    if (len == w->len)
        return 1;
    switch (w->mode) {
    case SR_W_STEM:
        return 1;
    case SR_W_ENDINGS:
        /* DEPLORE_ takes DEPLORED too */
        return is_ending(tok + w->len, len - w->len) ||
               (len == w->len + 1u && tok[w->len] == 'D' && w->text[w->len - 1] == 'E');
    default:
        return 0;
    }
}

static const sr_index_slot *probe(const sr_index *ix, uint64_t h, const char *tok, size_t n)
{
    size_t s = (size_t)h & ix->mask;
    while (ix->slots[s].key) {
        const sr_index_slot *sl = &ix->slots[s];
        if (sl->hash == h && sl->key_len == n && memcmp(sl->key, tok, n) == 0)
            return sl;
        s = (s + 1) & ix->mask;
    }
    return NULL;
}

int sr_index_each(const struct sr_dict *d, const sr_index *ix, const char *tok, size_t len,
                  sr_phrase_fn fn, void *ud)
{
    if (!ix->slots || !len)
        return 0;
    const sr_phrase *ph = ix == &d->filter_index ? d->filters.v : d->phrases.v;
    uint64_t h = SR_HASH_SEED;
    for (size_t l = 1; l <= len; l++) {
        h ^= (unsigned char)tok[l - 1];
        h *= FNV_PRIME;
        unsigned bit = l >= 63 ? 63 : (unsigned)l;
        if (!(ix->key_lengths >> bit & 1))
            continue;
        /* a shorter key can match only as a stem or with a regular ending */
        if (l < len && !(ix->stem_lengths >> bit & 1) && !is_ending(tok + l, len - l) &&
            !(tok[l - 1] == 'E' && len - l == 1 && tok[l] == 'D'))
            continue;
        const sr_index_slot *sl = probe(ix, h, tok, l);
        if (!sl)
            continue;
        for (uint32_t k = 0; k < sl->n; k++) {
            const sr_phrase *p = &ph[ix->sorted[sl->first + k]];
            if (!sr_word_matches(&p->words[0], tok, len))
                continue;
            int r = fn(ud, p);
            if (r)
                return r;
        }
    }
    return 0;
}

const char *sr_actor_code_at(const struct sr_dict *d, uint32_t actor, int32_t date)
{
    const sr_actor *a = &d->actors.v[actor];
    const char *fallback = NULL;
    for (uint32_t i = 0; i < a->n_codes; i++) {
        const sr_actor_code *c = &d->actor_codes.v[a->first_code + i];
        if (!c->from && !c->to) {
            if (!fallback)
                fallback = c->code;
            continue;
        }
        if (!date)
            continue;
        if ((!c->from || date >= c->from) && (!c->to || date <= c->to))
            return c->code;
    }
    /* a single restricted code without a default: the null code (TABARI's rule) */
    return fallback ? fallback : "---";
}

/* ------------------------------------------------------------ loading */

enum file_kind {
    FK_UNKNOWN,
    FK_PROJECT,
    FK_ACTORS,
    FK_AGENTS,
    FK_VERBS,
    FK_OPTIONS,
    FK_DISCARDS,
    FK_ISSUES,
    FK_PLOVER,
    FK_SKIP
};

static int contains_ci(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    for (; *hay; hay++)
        if (strncasecmp(hay, needle, n) == 0)
            return 1;
    return 0;
}

static enum file_kind kind_from_name(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    if (contains_ci(base, ".project"))
        return FK_PROJECT;
    if (contains_ci(base, "plover") && contains_ci(base, ".tsv"))
        return FK_PLOVER;
    if (contains_ci(base, "actors"))
        return FK_ACTORS;
    if (contains_ci(base, "agents"))
        return FK_AGENTS;
    if (contains_ci(base, "verbs") || (strncasecmp(base, "CAMEO.", 6) == 0 && contains_ci(base, ".txt")))
        return FK_VERBS;
    if (contains_ci(base, ".options"))
        return FK_OPTIONS;
    if (contains_ci(base, "discard"))
        return FK_DISCARDS;
    if (contains_ci(base, "issue"))
        return FK_ISSUES;
    return FK_UNKNOWN;
}

static sr_status read_whole(const char *path, char **data, size_t *len, char *err, size_t errlen)
{
    sr_buf b = SR_BUF_INIT;
    if (sr_buf_read_file(&b, path) != 0) {
        int e = errno;
        sr_buf_free(&b);
        snprintf(err, errlen, "%s: cannot read: %s", path, strerror(e));
        return e == ENOMEM ? SR_ERR_NOMEM : SR_ERR_IO;
    }
    *data = sr_buf_detach(&b, len);
    return SR_OK;
}

static sr_status load_file(struct sr_dict *d, const char *path, enum file_kind kind, char *err,
                           size_t errlen, int depth);

/* A TABARI .project: <actorsfile> X lines name the dictionaries, relative to
 * the project's folder.  <textfile> and the outputs are the caller's business. */
static sr_status read_project(struct sr_dict *d, sr_dict_file *f, int depth)
{
    static const struct {
        const char *tag;
        enum file_kind kind;
    } tags[] = {{"<actorsfile>", FK_ACTORS},   {"<agentsfile>", FK_AGENTS},
                {"<verbsfile>", FK_VERBS},     {"<optionsfile>", FK_OPTIONS},
                {"<discardfile>", FK_DISCARDS}, {"<issuesfile>", FK_ISSUES}};
    char dir[4096];
    const char *slash = strrchr(f->path, '/');
    if (slash)
        snprintf(dir, sizeof dir, "%.*s/", (int)(slash - f->path), f->path);
    else
        dir[0] = '\0';
    char *line;
    while ((line = sr_dict_next_line(f, NULL))) {
        char *s = sr_dict_trim(line);
        for (size_t t = 0; t < sizeof tags / sizeof *tags; t++) {
            size_t tl = strlen(tags[t].tag);
            if (strncasecmp(s, tags[t].tag, tl) != 0)
                continue;
            char *name = sr_dict_trim(s + tl);
            if (!*name) {
                f->fatal = 1;
                return sr_dict_fail(f, "%s names no file", tags[t].tag);
            }
            char path[8192];
            if (name[0] == '/')
                snprintf(path, sizeof path, "%s", name);
            else
                snprintf(path, sizeof path, "%s%s", dir, name);
            sr_status st = load_file(d, path, tags[t].kind, f->err, f->errlen, depth + 1);
            if (st != SR_OK) {
                if (st == SR_ERR_IO) {
                    char inner[1024];
                    snprintf(inner, sizeof inner, "%s", f->err);
                    return sr_dict_fail(f, "%s %s: %s", tags[t].tag, name, inner);
                }
                return st;
            }
        }
    }
    return SR_OK;
}

static int looks_petrarch(const char *data, size_t len, enum file_kind kind)
{
    /* PETRARCH files use '#' comments and <!-- -->; TABARI ones ';' and ~FINISH */
    size_t scan = len < 200000 ? len : 200000;
    if (kind == FK_VERBS) {
        for (size_t i = 0; i + 4 < scan; i++)
            if ((i == 0 || data[i - 1] == '\n') && memcmp(data + i, "--- ", 4) == 0)
                return 1;
        return 0;
    }
    for (size_t i = 0; i + 4 < scan; i++) {
        if (memcmp(data + i, "<!--", 4) == 0)
            return 1;
        if ((i == 0 || data[i - 1] == '\n') && data[i] == '#' && data[i + 1] == ' ')
            return 1;
        if (kind == FK_AGENTS && data[i] == '!' && (i == 0 || data[i - 1] == '\n'))
            return 1;
    }
    return 0;
}

static enum file_kind kind_from_content(const char *data, size_t len)
{
    if (memmem(data, len, "<actorsfile>", 12) || memmem(data, len, "<verbsfile>", 11))
        return FK_PROJECT;
    if (memmem(data, len, "<ISSUE ", 7))
        return FK_ISSUES;
    if (memmem(data, len, "<SYNSETS>", 9) || memmem(data, len, "\n--- ", 5) || memmem(data, len, "\n- * ", 5))
        return FK_VERBS;
    if (memmem(data, len, "[~", 2) || memmem(data, len, "~]", 2))
        return FK_AGENTS;
    if (memmem(data, len, "COMPLEX:", 8) || memmem(data, len, "LABEL:", 6))
        return FK_OPTIONS;
    if (memmem(data, len, " [", 2))
        return FK_ACTORS;
    return FK_UNKNOWN;
}

static sr_status load_dir(struct sr_dict *d, const char *path, char *err, size_t errlen, int depth)
{
    struct dirent **list = NULL;
    int n = scandir(path, &list, NULL, alphasort);
    if (n < 0) {
        snprintf(err, errlen, "%s: cannot read folder: %s", path, strerror(errno));
        return SR_ERR_IO;
    }
    sr_status st = SR_OK;
    for (int i = 0; i < n; i++) {
        const char *name = list[i]->d_name;
        if (st == SR_OK && name[0] != '.') {
            char full[8192];
            snprintf(full, sizeof full, "%s/%s", path, name);
            enum file_kind k = kind_from_name(full);
            /* a folder of dictionaries also holds READMEs and licenses: only
             * names that say what they are are read */
            if (k != FK_UNKNOWN && k != FK_PROJECT)
                st = load_file(d, full, k, err, errlen, depth + 1);
        }
        free(list[i]);
    }
    free(list);
    return st;
}

static sr_status load_file(struct sr_dict *d, const char *path, enum file_kind kind, char *err,
                           size_t errlen, int depth)
{
    if (depth > 4) {
        snprintf(err, errlen, "%s: project files nest too deep", path);
        return SR_ERR_FORMAT;
    }
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        return load_dir(d, path, err, errlen, depth);
    sr_dict_file f;
    memset(&f, 0, sizeof f);
    f.dict = d;
    f.err = err;
    f.errlen = errlen;
    if (d->files.n >= 65535) {
        snprintf(err, errlen, "%s: more than 65535 dictionary files", path);
        return SR_ERR_LIMIT;
    }
    const char **slot = SR_VEC_PUSH(d->files);
    if (!slot)
        return SR_ERR_NOMEM;
    *slot = sr_dict_strdup(d, path, strlen(path));
    if (!*slot)
        return SR_ERR_NOMEM;
    f.file_index = (uint16_t)(d->files.n - 1);
    f.path = *slot;
    sr_status s = read_whole(path, &f.data, &f.len, err, errlen);
    if (s != SR_OK)
        return s;
    if (kind == FK_UNKNOWN)
        kind = kind_from_name(path);
    if (kind == FK_UNKNOWN)
        kind = kind_from_content(f.data, f.len);
    f.petrarch = looks_petrarch(f.data, f.len, kind);
    if (f.petrarch && (kind == FK_VERBS || kind == FK_ACTORS || kind == FK_AGENTS))
        d->petrarch = 1;
    switch (kind) {
    case FK_PROJECT: s = read_project(d, &f, depth); break;
    case FK_ACTORS: s = sr_read_actors(&f); break;
    case FK_AGENTS: s = sr_read_agents(&f); break;
    case FK_VERBS: s = sr_read_verbs(&f); break;
    case FK_OPTIONS: s = sr_read_options(&f); break;
    case FK_DISCARDS: s = sr_read_discards(&f); break;
    case FK_ISSUES: s = sr_read_issues(&f); break;
    case FK_PLOVER: s = sr_read_plover_table(&f); break;
    default:
        snprintf(err, errlen,
                 "%s: cannot tell which kind of dictionary this is; name it *.actors, *.agents, "
                 "*.verbs, *.options, *.project, or with 'discards' or 'issues' in its name",
                 path);
        s = SR_ERR_FORMAT;
    }
    free(f.data);
    /* a verbs file travels with the CAMEO -> PLOVER table written for it:
     * cameo_plover.tsv in its folder types its events (data/README.md) */
    if (s == SR_OK && kind == FK_VERBS && d->plover.n == 0) {
        char sibling[8192];
        const char *slash = strrchr(path, '/');
        snprintf(sibling, sizeof sibling, "%.*scameo_plover.tsv", slash ? (int)(slash - path + 1) : 0, path);
        struct stat sst;
        if (stat(sibling, &sst) == 0 && S_ISREG(sst.st_mode))
            s = load_file(d, sibling, FK_PLOVER, err, errlen, depth + 1);
    }
    return s;
}

static void default_options(sr_tabari_options *o)
{
    memset(o, 0, sizeof *o);
    o->code_by = SR_CODE_BY_CLAUSE;
    o->comma_min = 2;
    o->comma_max = 10;
    o->comma_emin = 2;
    o->comma_emax = 10;
    o->comma_bmin = 255; /* TABARI does not cut a clause at the start unless told */
    o->comma_bmax = 0;
    o->time_shift = -1;
    o->minimum_words = 0;
}

static void write_summary(struct sr_dict *d)
{
    size_t n_actor = 0, n_agent = 0, n_noun = 0, n_adj = 0, n_form = 0, n_time = 0, n_disc = 0, n_issue = 0;
    for (size_t i = 0; i < d->phrases.n; i++)
        switch (d->phrases.v[i].kind) {
        case SR_PK_ACTOR: n_actor++; break;
        case SR_PK_AGENT: n_agent++; break;
        case SR_PK_NOUN: n_noun++; break;
        case SR_PK_ADJECTIVE: n_adj++; break;
        case SR_PK_VERB: n_form++; break;
        case SR_PK_TIME: n_time++; break;
        default: break;
        }
    for (size_t i = 0; i < d->filters.n; i++)
        d->filters.v[i].kind == SR_PK_DISCARD ? n_disc++ : n_issue++;
    sr_buf *b = &d->summary;
    sr_buf_printf(b,
                  "%zu files: %zu actor phrases (%zu actors, %zu codes), %zu agent phrases, "
                  "%zu nouns, %zu adjectives, %zu verbs (%zu forms, %zu patterns), %zu synsets, "
                  "%zu time phrases, %zu discards, %zu issue phrases",
                  d->files.n, n_actor, d->actors.n, d->actor_codes.n, n_agent, n_noun, n_adj,
                  d->verbs.n, n_form, d->patterns.n, d->synsets.n, n_time, n_disc, n_issue);
    if (d->n_duplicates)
        sr_buf_printf(b, "; %lu duplicate entries kept once", d->n_duplicates);
    sr_buf_putc(b, '\n');
    if (d->n_warnings) {
        sr_buf_printf(b, "%lu malformed lines skipped", d->n_warnings);
        sr_buf_puts(b, d->n_warnings > d->warnings.n ? ", the first:\n" : ":\n");
        for (size_t i = 0; i < d->warnings.n; i++)
            sr_buf_printf(b, "  %s\n", d->warnings.v[i]);
    }
    for (size_t i = 0; i < d->unusable.n; i++)
        sr_buf_printf(b, "not used: %s: %lu (first at %s)\n", d->unusable.v[i].what,
                      d->unusable.v[i].count, d->unusable.v[i].first_where);
}

sr_status sr_dict_load(const char *const *paths, size_t n_paths, sr_dict **out, char *err,
                       size_t errlen)
{
    return sr_dict_load_flags(paths, n_paths, 0, out, err, errlen);
}

sr_status sr_dict_load_default(sr_dict **out, char *err, size_t errlen)
{
    const char *data = sr_data_dir();
    char actors[4096], verbs[4096];
    snprintf(actors, sizeof actors, "%s/actors", data);
    snprintf(verbs, sizeof verbs, "%s/verbs/plover.verbs", data);
    const char *paths[] = {actors, verbs};
    /* strict: our own files have no excuse for a malformed line */
    return sr_dict_load_flags(paths, 2, SR_DICT_STRICT, out, err, errlen);
}

sr_status sr_dict_load_flags(const char *const *paths, size_t n_paths, unsigned flags, sr_dict **out,
                             char *err, size_t errlen)
{
    char dummy[8];
    if (!err || !errlen)
        err = dummy, errlen = sizeof dummy;
    err[0] = '\0';
    *out = NULL;
    struct sr_dict *d = calloc(1, sizeof *d);
    if (!d) {
        snprintf(err, errlen, "out of memory");
        return SR_ERR_NOMEM;
    }
    sr_arena_init(&d->pool);
    d->strict = (flags & SR_DICT_STRICT) != 0;
    default_options(&d->options);
    sr_status st = SR_OK;
    for (size_t i = 0; i < n_paths && st == SR_OK; i++)
        st = load_file(d, paths[i], FK_UNKNOWN, err, errlen, 0);
    if (st == SR_OK)
        st = build_index(d, &d->index, d->phrases.v, d->phrases.n);
    if (st == SR_OK)
        st = build_index(d, &d->filter_index, d->filters.v, d->filters.n);
    if (st == SR_OK)
        st = sr_dict_build_word_ids(d);
    if (st == SR_OK) {
        if (d->options.time_shift < 0) {
            int any = 0;
            for (size_t i = 0; i < d->phrases.n && !any; i++)
                any = d->phrases.v[i].kind == SR_PK_TIME;
            d->options.time_shift = any;
        }
        write_summary(d);
        if (d->summary.oom)
            st = SR_ERR_NOMEM;
    }
    if (st != SR_OK) {
        if (st == SR_ERR_NOMEM && !err[0])
            snprintf(err, errlen, "out of memory while loading dictionaries");
        sr_dict_free(d);
        return st;
    }
    *out = d;
    return SR_OK;
}

const char *sr_dict_summary(const sr_dict *d)
{
    return d ? sr_buf_cstr(&d->summary) : "";
}

void sr_dict_free(sr_dict *d)
{
    if (!d)
        return;
    free(d->files.v);
    free(d->phrases.v);
    free(d->filters.v);
    free(d->actors.v);
    free(d->actor_codes.v);
    free(d->agents.v);
    free(d->time_shifts.v);
    free(d->verbs.v);
    free(d->patterns.v);
    free(d->synsets.v);
    free(d->synset_members.v);
    free(d->issues.v);
    free(d->unusable.v);
    free(d->plover.v);
    free(d->warnings.v);
    free(d->index.slots);
    free(d->index.sorted);
    free(d->filter_index.slots);
    free(d->filter_index.sorted);
    sr_dict_free_word_ids(d);
    sr_buf_free(&d->summary);
    sr_arena_free(&d->pool);
    free(d);
}
