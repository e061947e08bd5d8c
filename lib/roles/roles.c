/*
 * roles.c - reading role phrases, offices and office-holders out of actors
 * dictionaries, and resolving a role phrase to who held the office on a
 * date (see roles.h; the syntax is in data/README.md, "Roles").
 *
 * The reader understands only what it needs of the actors syntax: entry
 * lines, '+' synonyms, [CODE DATES] blocks, comments, and our ";@" lines;
 * the full reader is lib/actors.  An entry whose only code is a bare
 * three-letter code ([ROU]) is a country, and its phrases are the words
 * titles combine with ("Romanian President").
 *
 * Matching follows the dictionary word modes: a word written with '_'
 * after it matches itself or itself plus a regular ending (S 'S ES ED EN
 * ING), a word ending in '=' only itself, and a last word with nothing
 * after it is a stem.  Tokens are compared upper-cased with Latin
 * diacritics folded ("Nicușor" -> NICUSOR), as the coder compares them.
 * The tables are small (hundreds of phrases), so lookups are linear scans.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "roles/roles.h"
#include "util/arena.h"
#include "util/error.h"
#include "util/utf8.h"

enum { W_STEM, W_ENDINGS, W_EXACT };
enum { MAX_TOKENS = 64, MAX_TOKEN = 96 };

typedef struct rword {
    const char *text; /* upper case, folded */
    unsigned char mode;
} rword;

typedef struct rphrase {
    const rword *words;
    size_t n;
    size_t target; /* office, title or country index */
} rphrase;

#define VEC(T) struct { T *v; size_t n, cap; }
typedef VEC(const char *) strvec;
typedef VEC(rphrase) phrasevec;

struct sr_roles {
    sr_arena pool;
    strvec offices;              /* ids */
    VEC(size_t) office_first;    /* into holders, after sorting */
    VEC(size_t) office_count;
    VEC(sr_role_holder) holders;
    phrasevec explicit_phrases; /* target: office */
    phrasevec title_phrases;    /* target: title */
    strvec titles;               /* suffixes: "PM" */
    phrasevec country_phrases;  /* target: country */
    strvec countries;            /* ISO codes */
};

static int vec_grow(void **v, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return 0;
    size_t nc = *cap ? *cap * 2 : 64;
    while (nc < need)
        nc *= 2;
    void *nv = realloc(*v, nc * elem);
    if (!nv)
        return -1;
    *v = nv;
    *cap = nc;
    return 0;
}
#define VEC_PUSH(vec, val) \
    (vec_grow((void **)&(vec).v, &(vec).cap, (vec).n + 1, sizeof *(vec).v) ? -1 : ((vec).v[(vec).n++] = (val), 0))

/* ------------------------------------------------------------ text */

/* Latin letters with diacritics -> the ASCII capital; 0: not a letter. */
static char fold_codepoint(unsigned cp)
{
    static const struct {
        unsigned lo, hi;
        char c;
    } ranges[] = {
        {0xC0, 0xC6, 'A'}, {0xC7, 0xC7, 'C'}, {0xC8, 0xCB, 'E'}, {0xCC, 0xCF, 'I'}, {0xD0, 0xD0, 'D'},
        {0xD1, 0xD1, 'N'}, {0xD2, 0xD6, 'O'}, {0xD8, 0xD8, 'O'}, {0xD9, 0xDC, 'U'}, {0xDD, 0xDD, 'Y'},
        {0xDE, 0xDE, 'T'}, {0xDF, 0xDF, 'S'}, {0xE0, 0xE6, 'A'}, {0xE7, 0xE7, 'C'}, {0xE8, 0xEB, 'E'},
        {0xEC, 0xEF, 'I'}, {0xF0, 0xF0, 'D'}, {0xF1, 0xF1, 'N'}, {0xF2, 0xF6, 'O'}, {0xF8, 0xF8, 'O'},
        {0xF9, 0xFC, 'U'}, {0xFD, 0xFD, 'Y'}, {0xFE, 0xFE, 'T'}, {0xFF, 0xFF, 'Y'},
        {0x100, 0x105, 'A'}, {0x106, 0x10D, 'C'}, {0x10E, 0x111, 'D'}, {0x112, 0x11B, 'E'},
        {0x11C, 0x123, 'G'}, {0x124, 0x127, 'H'}, {0x128, 0x133, 'I'}, {0x134, 0x135, 'J'},
        {0x136, 0x138, 'K'}, {0x139, 0x142, 'L'}, {0x143, 0x14B, 'N'}, {0x14C, 0x153, 'O'},
        {0x154, 0x159, 'R'}, {0x15A, 0x161, 'S'}, {0x162, 0x167, 'T'}, {0x168, 0x173, 'U'},
        {0x174, 0x175, 'W'}, {0x176, 0x178, 'Y'}, {0x179, 0x17E, 'Z'}, {0x17F, 0x17F, 'S'},
        {0x218, 0x219, 'S'}, {0x21A, 0x21B, 'T'}, /* Romanian comma-below letters */
    };
    for (size_t i = 0; i < sizeof ranges / sizeof *ranges; i++)
        if (cp >= ranges[i].lo && cp <= ranges[i].hi)
            return ranges[i].c;
    return 0;
}

/* Upper-cases and folds s[0..len) into out (cap bytes); returns the length. */
static size_t normalize(const char *s, size_t len, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < len && o + 1 < cap;) {
        unsigned cp = sr_utf8_decode(s, len, &i);
        char ch;
        if (cp < 0x80)
            ch = (char)toupper((int)cp);
        else if (cp == 0x2019 || cp == 0x2018)
            ch = '\'';
        else
            ch = fold_codepoint(cp);
        if (ch)
            out[o++] = ch;
    }
    out[o] = '\0';
    return o;
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        s[--n] = '\0';
    return s;
}

static int is_separator(char c)
{
    return c == '_' || c == ' ' || c == '\t' || c == '-';
}

/* Splits a dictionary phrase into words with their modes. */
static int parse_phrase(sr_roles *r, const char *s, size_t len, rphrase *out)
{
    rword tmp[MAX_TOKENS];
    size_t n = 0, i = 0;
    while (i < len) {
        while (i < len && is_separator(s[i]))
            i++;
        if (i >= len)
            break;
        size_t a = i;
        while (i < len && !is_separator(s[i]))
            i++;
        size_t b = i;
        if (n == MAX_TOKENS)
            return -1;
        unsigned char mode = (i < len) ? W_ENDINGS : W_STEM; /* a separator after it: whole word */
        if (s[b - 1] == '=') {
            mode = W_EXACT;
            b--;
        }
        char buf[MAX_TOKEN];
        normalize(s + a, b - a, buf, sizeof buf);
        if (!buf[0])
            continue;
        if (n == 0 && i < len && strcmp(buf, "THE") == 0)
            continue; /* the article is skipped in queries too */
        tmp[n].text = sr_arena_strdup(&r->pool, buf);
        if (!tmp[n].text)
            return -1;
        tmp[n].mode = mode;
        n++;
    }
    if (n == 0)
        return -1;
    rword *w = sr_arena_alloc(&r->pool, n * sizeof *w);
    if (!w)
        return -1;
    memcpy(w, tmp, n * sizeof *w);
    out->words = w;
    out->n = n;
    return 0;
}

static int word_matches(const rword *w, const char *tok)
{
    size_t wl = strlen(w->text), tl = strlen(tok);
    if (w->mode == W_STEM)
        return tl >= wl && memcmp(tok, w->text, wl) == 0;
    if (tl < wl || memcmp(tok, w->text, wl) != 0)
        return 0;
    if (tl == wl)
        return 1;
    if (w->mode == W_EXACT)
        return 0;
    static const char *const endings[] = {"S", "'S", "'", "ES", "ED", "EN", "ING"};
    for (size_t i = 0; i < sizeof endings / sizeof *endings; i++)
        if (strcmp(tok + wl, endings[i]) == 0)
            return 1;
    return 0;
}

/* Does the phrase match exactly the tokens tok[0..n)? */
static int phrase_matches(const rphrase *p, char tok[][MAX_TOKEN], size_t n)
{
    if (p->n != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!word_matches(&p->words[i], tok[i]))
            return 0;
    return 1;
}

/* ------------------------------------------------------------ tables */

static long find_string(const char *const *v, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(v[i], s) == 0)
            return (long)i;
    return -1;
}

static long intern_office(sr_roles *r, const char *id)
{
    long i = find_string(r->offices.v, r->offices.n, id);
    if (i >= 0)
        return i;
    char *d = sr_arena_strdup(&r->pool, id);
    if (!d || VEC_PUSH(r->offices, d))
        return -1;
    return (long)r->offices.n - 1;
}

static long intern(sr_roles *r, strvec *vec, const char *s)
{
    long i = find_string(vec->v, vec->n, s);
    if (i >= 0)
        return i;
    char *d = sr_arena_strdup(&r->pool, s);
    if (!d || VEC_PUSH(*vec, d))
        return -1;
    return (long)vec->n - 1;
}

/* ------------------------------------------------------------ reading */

typedef struct reader {
    sr_roles *r;
    const char *path;
    unsigned long line;
    char *err;
    size_t errlen;
    /* the entry being read */
    int active;
    const char *name;
    phrasevec phrases;
    long office;           /* from a ;@office line before the entry, else -1 */
    long pending_office;   /* a ;@office line waiting for its entry */
    size_t n_codes;
    char country[4];       /* the entry's only code, when it is a bare ISO code */
} reader;

static sr_status fail(reader *rd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static sr_status fail(reader *rd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sr_error_at_line(rd->err, rd->errlen, rd->path, rd->line, fmt, ap);
    va_end(ap);
    return SR_ERR_FORMAT;
}

static sr_status finish_entry(reader *rd)
{
    sr_roles *r = rd->r;
    if (!rd->active)
        return SR_OK;
    rd->active = 0;
    if (rd->office >= 0) {
        for (size_t i = 0; i < rd->phrases.n; i++) {
            rd->phrases.v[i].target = (size_t)rd->office;
            if (VEC_PUSH(r->explicit_phrases, rd->phrases.v[i]))
                return SR_ERR_NOMEM;
        }
    } else if (rd->n_codes == 1 && rd->country[0]) {
        long c = intern(r, &r->countries, rd->country);
        if (c < 0)
            return SR_ERR_NOMEM;
        for (size_t i = 0; i < rd->phrases.n; i++) {
            rd->phrases.v[i].target = (size_t)c;
            if (VEC_PUSH(r->country_phrases, rd->phrases.v[i]))
                return SR_ERR_NOMEM;
        }
    }
    rd->phrases.n = 0;
    return SR_OK;
}

static int32_t parse_date(const char *s, size_t n)
{
    if (n != 6 && n != 8)
        return 0;
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i]))
            return 0;
        v = v * 10 + (s[i] - '0');
    }
    int y = v / 10000, m = (v / 100) % 100, d = v % 100;
    if (n == 6)
        y += y <= 30 ? 2000 : 1900; /* TABARI's pivot */
    if (m < 1 || m > 12 || d < 1 || d > 31)
        return 0;
    return (int32_t)(y * 10000 + m * 100 + d);
}

/* Reads the [CODE DATES] blocks of s; with tags, records a holder. */
static sr_status read_codes(reader *rd, const char *s, const char *tags)
{
    sr_roles *r = rd->r;
    size_t blocks = 0;
    while ((s = strchr(s, '['))) {
        const char *close = strchr(s, ']');
        if (!close)
            return fail(rd, "missing ']' in '%s'", s);
        char block[160];
        size_t bn = (size_t)(close - s - 1) < sizeof block - 1 ? (size_t)(close - s - 1) : sizeof block - 1;
        memcpy(block, s + 1, bn);
        block[bn] = '\0';
        char *b = trim(block);
        char *e = b;
        while (*e && *e != ' ' && *e != '\t' && *e != '<' && *e != '>')
            e++;
        char code[64];
        size_t cn = (size_t)(e - b) < sizeof code - 1 ? (size_t)(e - b) : sizeof code - 1;
        memcpy(code, b, cn);
        code[cn] = '\0';
        char dates[64];
        size_t dn = 0;
        for (const char *q = e; *q && dn + 1 < sizeof dates; q++)
            if (*q != ' ' && *q != '\t')
                dates[dn++] = *q;
        dates[dn] = '\0';
        int32_t from = 0, to = 0;
        if (dn) {
            char *dash = strchr(dates, '-');
            if (dates[0] == '<')
                to = parse_date(dates + 1, dn - 1);
            else if (dates[0] == '>')
                from = parse_date(dates + 1, dn - 1);
            else if (dash) {
                from = parse_date(dates, (size_t)(dash - dates));
                to = parse_date(dash + 1, strlen(dash + 1));
                if (!from || !to)
                    from = to = 0;
            }
            if (!from && !to)
                return fail(rd, "bad date restriction '%s' (expected <YYYYMMDD, >YYYYMMDD or "
                                "YYYYMMDD-YYYYMMDD)", dates);
        }
        rd->n_codes++;
        /* a country entry: one undated code of three capitals */
        if (rd->n_codes == 1 && !dn && cn == 3 && isupper((unsigned char)code[0]) &&
            isupper((unsigned char)code[1]) && isupper((unsigned char)code[2]))
            memcpy(rd->country, code, 4);
        else
            rd->country[0] = '\0';
        if (tags) {
            if (!rd->name)
                return fail(rd, "an office tag '%s' with no entry before it", tags);
            char tagbuf[512];
            snprintf(tagbuf, sizeof tagbuf, "%s", tags);
            char *save = NULL;
            for (char *t = strtok_r(tagbuf, " \t", &save); t; t = strtok_r(NULL, " \t", &save)) {
                long o = intern_office(r, t);
                char *c = sr_arena_strdup(&r->pool, code);
                if (o < 0 || !c)
                    return SR_ERR_NOMEM;
                sr_role_holder h = {r->offices.v[o], rd->name, c, from, to};
                if (VEC_PUSH(r->holders, h))
                    return SR_ERR_NOMEM;
            }
        }
        blocks++;
        s = close + 1;
    }
    if (tags && blocks != 1)
        return fail(rd, "an office tag needs exactly one [CODE DATES] on its line: '%s'", tags);
    return SR_OK;
}

static sr_status add_phrase_list(reader *rd, char *list, phrasevec *vec, size_t target)
{
    char *save = NULL;
    size_t n = 0;
    for (char *w = strtok_r(list, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
        rphrase p;
        if (parse_phrase(rd->r, w, strlen(w), &p))
            return fail(rd, "cannot read the phrase '%s'", w);
        p.target = target;
        if (VEC_PUSH(*vec, p))
            return SR_ERR_NOMEM;
        n++;
    }
    if (!n)
        return fail(rd, "%s", "a ;@ line with no phrase");
    return SR_OK;
}

static sr_status read_directive(reader *rd, char *s)
{
    sr_roles *r = rd->r;
    char *kw = s, *rest = s;
    while (*rest && *rest != ' ' && *rest != '\t')
        rest++;
    if (*rest)
        *rest++ = '\0';
    rest = trim(rest);
    char *arg = rest;
    while (*rest && *rest != ' ' && *rest != '\t')
        rest++;
    if (*rest)
        *rest++ = '\0';
    rest = trim(rest);
    if (!*arg)
        return fail(rd, "';@%s' needs an argument", kw);
    if (strcmp(kw, "title") == 0) {
        long t = intern(r, &r->titles, arg);
        return t < 0 ? SR_ERR_NOMEM : add_phrase_list(rd, rest, &r->title_phrases, (size_t)t);
    }
    if (strcmp(kw, "country") == 0) {
        long c = intern(r, &r->countries, arg);
        return c < 0 ? SR_ERR_NOMEM : add_phrase_list(rd, rest, &r->country_phrases, (size_t)c);
    }
    if (strcmp(kw, "phrase") == 0) {
        long o = intern_office(r, arg);
        return o < 0 ? SR_ERR_NOMEM : add_phrase_list(rd, rest, &r->explicit_phrases, (size_t)o);
    }
    if (strcmp(kw, "office") == 0) {
        sr_status st = finish_entry(rd);
        if (st != SR_OK)
            return st;
        rd->pending_office = intern_office(r, arg);
        return rd->pending_office < 0 ? SR_ERR_NOMEM : SR_OK;
    }
    return fail(rd, "unknown directive ';@%s' (expected title, country, office or phrase)", kw);
}

static sr_status read_line(reader *rd, char *line, int *finished, int *in_section)
{
    sr_roles *r = rd->r;
    char *s = trim(line);
    if (s[0] == ';' && s[1] == '@' && isalpha((unsigned char)s[2]))
        return read_directive(rd, s + 2);
    /* the comment: ';' outside [...]; "@ OFFICE ..." in it tags the codes */
    const char *tags = NULL;
    int depth = 0;
    for (char *p = s; *p; p++) {
        if (*p == '[')
            depth++;
        else if (*p == ']' && depth)
            depth--;
        else if (*p == ';' && !depth) {
            *p = '\0';
            char *c = trim(p + 1);
            if (c[0] == '@' && (c[1] == ' ' || c[1] == '\t'))
                tags = trim(c + 1);
            break;
        }
    }
    s = trim(s);
    if (!*s)
        return tags ? fail(rd, "office tag '%s' with no code on its line", tags) : SR_OK;
    if (s[0] == '~') {
        if (strncmp(s, "~FINISH", 7) == 0)
            *finished = 1;
        return SR_OK;
    }
    if (s[0] == '<') {
        *in_section = s[1] != '/';
        return SR_OK;
    }
    if (*in_section || s[0] == '#' || s[0] == '/')
        return SR_OK;
    if (s[0] == '[') {
        if (!rd->active)
            return fail(rd, "a code line with no entry before it: '%s'", s);
        return read_codes(rd, s, tags);
    }
    int synonym = s[0] == '+';
    if (synonym && !rd->active)
        return fail(rd, "a synonym with no entry before it: '%s'", s);
    if (!synonym) {
        sr_status st = finish_entry(rd);
        if (st != SR_OK)
            return st;
        rd->active = 1;
        rd->n_codes = 0;
        rd->country[0] = '\0';
        rd->office = rd->pending_office;
        rd->pending_office = -1;
    }
    const char *text = s + synonym;
    const char *br = strchr(text, '[');
    size_t len = br ? (size_t)(br - text) : strlen(text);
    rphrase p;
    if (parse_phrase(r, text, len, &p))
        return fail(rd, "cannot read the phrase '%s'", text);
    if (VEC_PUSH(rd->phrases, p))
        return SR_ERR_NOMEM;
    if (!synonym) {
        char name[256];
        size_t k = 0;
        for (size_t i = 0; i < len && k + 1 < sizeof name; i++)
            name[k++] = text[i] == '_' ? ' ' : text[i];
        name[k] = '\0';
        rd->name = sr_arena_strdup(&r->pool, trim(name));
        if (!rd->name)
            return SR_ERR_NOMEM;
    }
    return br ? read_codes(rd, br, tags) : (tags ? fail(rd, "office tag '%s' with no code", tags) : SR_OK);
}

static sr_status read_file(sr_roles *r, const char *path, char *err, size_t errlen)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        snprintf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
        return SR_ERR_IO;
    }
    reader rd;
    memset(&rd, 0, sizeof rd);
    rd.r = r;
    rd.path = path;
    rd.err = err;
    rd.errlen = errlen;
    rd.office = rd.pending_office = -1;
    char *line = NULL;
    size_t cap = 0;
    int finished = 0, in_section = 0;
    sr_status st = SR_OK;
    while (st == SR_OK && !finished && getline(&line, &cap, fp) >= 0) {
        rd.line++;
        line[strcspn(line, "\n")] = '\0';
        st = read_line(&rd, line, &finished, &in_section);
    }
    if (st == SR_OK && ferror(fp)) {
        snprintf(err, errlen, "%s: read error", path);
        st = SR_ERR_IO;
    }
    if (st == SR_OK)
        st = finish_entry(&rd);
    free(line);
    free(rd.phrases.v);
    fclose(fp);
    return st;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

static int cmp_holder(const void *a, const void *b)
{
    const sr_role_holder *x = a, *y = b;
    int c = strcmp(x->office, y->office);
    if (c)
        return c;
    return (x->from > y->from) - (x->from < y->from);
}

void sr_roles_free(sr_roles *r)
{
    if (!r)
        return;
    free(r->offices.v);
    free(r->office_first.v);
    free(r->office_count.v);
    free(r->holders.v);
    free(r->explicit_phrases.v);
    free(r->title_phrases.v);
    free(r->titles.v);
    free(r->country_phrases.v);
    free(r->countries.v);
    sr_arena_free(&r->pool);
    free(r);
}

sr_status sr_roles_load(const char *path, sr_roles **out, char *err, size_t errlen)
{
    *out = NULL;
    if (err && errlen)
        err[0] = '\0';
    sr_roles *r = calloc(1, sizeof *r);
    if (!r)
        return SR_ERR_NOMEM;
    sr_arena_init(&r->pool);
    sr_status st = SR_OK;
    struct stat sb;
    if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
        struct dirent **list = NULL;
        int n = scandir(path, &list, NULL, alphasort);
        if (n < 0) {
            snprintf(err, errlen, "%s: cannot read folder: %s", path, strerror(errno));
            st = SR_ERR_IO;
        }
        for (int i = 0; i < n; i++) {
            if (st == SR_OK && list[i]->d_name[0] != '.' && ends_with(list[i]->d_name, ".actors")) {
                char full[4096];
                snprintf(full, sizeof full, "%s/%s", path, list[i]->d_name);
                st = read_file(r, full, err, errlen);
            }
            free(list[i]);
        }
        free(list);
    } else {
        st = read_file(r, path, err, errlen);
    }
    if (st == SR_OK) {
        /* holders grouped by office, earliest first */
        if (r->holders.n > 1) /* qsort's base may not be NULL, even for nothing */
            qsort(r->holders.v, r->holders.n, sizeof *r->holders.v, cmp_holder);
        for (size_t o = 0; o < r->offices.n && st == SR_OK; o++) {
            size_t first = 0, count = 0;
            for (size_t h = 0; h < r->holders.n; h++)
                if (r->holders.v[h].office == r->offices.v[o]) {
                    if (!count)
                        first = h;
                    count++;
                }
            if (VEC_PUSH(r->office_first, first) || VEC_PUSH(r->office_count, count))
                st = SR_ERR_NOMEM;
        }
    }
    if (st != SR_OK) {
        if (st == SR_ERR_NOMEM && err && errlen)
            snprintf(err, errlen, "%s: out of memory", path);
        sr_roles_free(r);
        return st;
    }
    *out = r;
    return SR_OK;
}

/* ------------------------------------------------------------ resolving */

static const char *office_by_id(const sr_roles *r, const char *id)
{
    long i = find_string(r->offices.v, r->offices.n, id);
    return i < 0 ? NULL : r->offices.v[i];
}

static const char *compose(const sr_roles *r, const char *prefix, size_t title)
{
    char id[128];
    snprintf(id, sizeof id, "%s.%s", prefix, r->titles.v[title]);
    return office_by_id(r, id);
}

/* The title whose phrase is exactly tok[0..n), or -1. */
static long match_title(const sr_roles *r, char tok[][MAX_TOKEN], size_t n)
{
    for (size_t i = 0; i < r->title_phrases.n; i++)
        if (phrase_matches(&r->title_phrases.v[i], tok, n))
            return (long)r->title_phrases.v[i].target;
    return -1;
}

static long match_country(const sr_roles *r, char tok[][MAX_TOKEN], size_t n)
{
    for (size_t i = 0; i < r->country_phrases.n; i++)
        if (phrase_matches(&r->country_phrases.v[i], tok, n))
            return (long)r->country_phrases.v[i].target;
    return -1;
}

static const char *resolve(const sr_roles *r, char tok[][MAX_TOKEN], size_t n, const char *context)
{
    if (n && (strcmp(tok[0], "THE") == 0 || strcmp(tok[0], "A") == 0 || strcmp(tok[0], "AN") == 0))
        tok++, n--;
    if (!n)
        return NULL;
    /* 1. a phrase written for the office */
    for (size_t i = 0; i < r->explicit_phrases.n; i++)
        if (phrase_matches(&r->explicit_phrases.v[i], tok, n))
            return r->offices.v[r->explicit_phrases.v[i].target];
    /* 2. COUNTRY TITLE: "Romanian President", "Russia's foreign minister" */
    for (size_t k = n - 1; k >= 1; k--) {
        long c = match_country(r, tok, k);
        long t = c >= 0 ? match_title(r, tok + k, n - k) : -1;
        if (t >= 0)
            return compose(r, r->countries.v[c], (size_t)t);
    }
    /* 3. TITLE OF [THE] COUNTRY: "President of Romania" */
    for (size_t k = 1; k + 1 < n; k++) {
        if (strcmp(tok[k], "OF") != 0)
            continue;
        long t = match_title(r, tok, k);
        if (t < 0)
            continue;
        size_t at = k + 1;
        if (at + 1 < n && strcmp(tok[at], "THE") == 0)
            at++;
        long c = match_country(r, tok + at, n - at);
        if (c < 0 && at > k + 1)
            c = match_country(r, tok + k + 1, n - k - 1); /* "the Netherlands" keeps its THE */
        if (c >= 0)
            return compose(r, r->countries.v[c], (size_t)t);
    }
    /* 4. a bare title in an article about a country or a body */
    if (context && *context) {
        long t = match_title(r, tok, n);
        if (t >= 0)
            return compose(r, context, (size_t)t);
    }
    return NULL;
}

static size_t load_tokens(char out[][MAX_TOKEN], const char *const *tokens, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k < MAX_TOKENS; i++) {
        if (!tokens[i])
            continue;
        if (normalize(tokens[i], strlen(tokens[i]), out[k], MAX_TOKEN))
            k++;
    }
    return k;
}

const char *sr_roles_office(const sr_roles *r, const char *const *tokens, size_t n_tokens,
                            const char *context)
{
    if (!r || !tokens)
        return NULL;
    char tok[MAX_TOKENS][MAX_TOKEN];
    size_t n = load_tokens(tok, tokens, n_tokens);
    return resolve(r, tok, n, context);
}

const sr_role_holder *sr_roles_office_holder(const sr_roles *r, const char *office, int32_t date)
{
    if (!r || !office)
        return NULL;
    long o = find_string(r->offices.v, r->offices.n, office);
    if (o < 0)
        return NULL;
    const sr_role_holder *best = NULL;
    size_t first = r->office_first.v[o], count = r->office_count.v[o];
    for (size_t i = first; i < first + count; i++) {
        const sr_role_holder *h = &r->holders.v[i];
        if ((!h->from || date >= h->from) && (!h->to || date <= h->to))
            best = h; /* the latest start wins where periods overlap */
    }
    return best;
}

const sr_role_holder *sr_roles_holder_in(const sr_roles *r, const char *const *tokens,
                                         size_t n_tokens, int32_t date, const char *context)
{
    return sr_roles_office_holder(r, sr_roles_office(r, tokens, n_tokens, context), date);
}

const sr_role_holder *sr_roles_holder_at(const sr_roles *r, const char *const *tokens,
                                         size_t n_tokens, int32_t date)
{
    return sr_roles_holder_in(r, tokens, n_tokens, date, NULL);
}

const sr_role_holder *sr_roles_holder_text(const sr_roles *r, const char *phrase, int32_t date,
                                           const char *context)
{
    if (!r || !phrase)
        return NULL;
    char buf[1024];
    snprintf(buf, sizeof buf, "%s", phrase);
    const char *tokens[MAX_TOKENS];
    size_t n = 0;
    char *save = NULL;
    for (char *w = strtok_r(buf, " \t\n-", &save); w && n < MAX_TOKENS; w = strtok_r(NULL, " \t\n-", &save))
        tokens[n++] = w;
    return sr_roles_holder_in(r, tokens, n, date, context);
}

/* Compares a holder's entry ("JENS_STOLTENBERG" or "Jens Stoltenberg") with
 * a name as written, ignoring case and treating '_' as a blank. */
static int same_name(const char *entry, const char *name, size_t n)
{
    size_t i = 0;
    for (; i < n && entry[i]; i++) {
        char a = entry[i] == '_' ? ' ' : (char)tolower((unsigned char)entry[i]);
        char b = name[i] == '_' ? ' ' : (char)tolower((unsigned char)name[i]);
        if (a != b)
            return 0;
    }
    return i == n && (entry[i] == '\0' || entry[i] == '_' || entry[i] == ' ');
}

static const char *last_word(const char *s)
{
    const char *w = s;
    for (const char *p = s; *p; p++)
        if ((*p == ' ' || *p == '_') && p[1] && p[1] != ' ' && p[1] != '_')
            w = p + 1;
    return w;
}

const sr_role_holder *sr_roles_person_at(const sr_roles *r, const char *name, int32_t date)
{
    if (!r || !name || !*name)
        return NULL;
    size_t n = strlen(name);
    int one_word = !strchr(name, ' ');
    const sr_role_holder *full = NULL, *by_last = NULL;
    int last_matches = 0;
    for (size_t i = 0; i < r->holders.n; i++) {
        const sr_role_holder *h = &r->holders.v[i];
        if (!((!h->from || date >= h->from) && (!h->to || date <= h->to)))
            continue;
        if (strlen(h->name) == n && same_name(h->name, name, n))
            full = h;
        else if (one_word && same_name(last_word(h->name), name, n)) {
            if (!by_last || strcmp(by_last->name, h->name) != 0)
                last_matches++;
            by_last = h;
        }
    }
    if (full)
        return full;
    return last_matches == 1 ? by_last : NULL;
}

void sr_roles_get_stats(const sr_roles *r, sr_roles_stats *out)
{
    memset(out, 0, sizeof *out);
    if (!r)
        return;
    out->offices = r->offices.n;
    out->holders = r->holders.n;
    out->phrases = r->explicit_phrases.n;
    out->titles = r->title_phrases.n;
    out->countries = r->countries.n;
}

size_t sr_roles_overlaps(const sr_roles *r, char *first, size_t cap)
{
    size_t bad = 0;
    if (first && cap)
        first[0] = '\0';
    for (size_t o = 0; r && o < r->offices.n; o++) {
        size_t a = r->office_first.v[o], count = r->office_count.v[o];
        for (size_t i = a; i + 1 < a + count; i++) {
            const sr_role_holder *h = &r->holders.v[i], *next = &r->holders.v[i + 1];
            /* sorted by start: an open end or an end on or after the next start overlaps */
            if (h->to && h->to < next->from)
                continue;
            if (!bad && first && cap)
                snprintf(first, cap, "%s: %s (%d-%d) and %s (from %d)", h->office, h->name, (int)h->from,
                         (int)h->to, next->name, (int)next->from);
            bad++;
        }
    }
    return bad;
}
