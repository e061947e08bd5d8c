/*
 * validate.c - running the peers' validation suites through our coder:
 * TABARI's validation text (Validate.text: records with the expected
 * events in "{ SRC / TGT / CODE }" comments, "{+++}" complex, "{###}"
 * discard, "{---}" nothing, "{ OPTION: ... }" an options change) and
 * PETRARCH's unit-test XML (<Sentence> records with <EventCoding>).
 *
 * A record passes when the set of (source, target, code) triples we code
 * is exactly the expected set: all expected, nothing extra.  The TABARI
 * suite ends at the record that says it is the end of the standard records.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "events/events.h"
#include "ingest/tabari_text.h"
#include "util/buf.h"

typedef struct triple_list {
    char **v;
    size_t n, cap;
} triple_list;

static int add_triple(triple_list *l, const char *s)
{
    if (l->n == l->cap) {
        size_t nc = l->cap ? l->cap * 2 : 8;
        char **nv = realloc(l->v, nc * sizeof *nv);
        if (!nv)
            return -1;
        l->v = nv;
        l->cap = nc;
    }
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(l->v[i], s) == 0)
            return 0;
    l->v[l->n] = strdup(s);
    return l->v[l->n] ? (int)(l->n++, 0) : -1;
}

static void free_triples(triple_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
    memset(l, 0, sizeof *l);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void join(triple_list *l, sr_buf *out)
{
    if (l->n > 1)
        qsort(l->v, l->n, sizeof *l->v, cmp_str);
    for (size_t i = 0; i < l->n; i++) {
        if (i)
            sr_buf_puts(out, "; ");
        sr_buf_puts(out, l->v[i]);
    }
}

/* What our coder made of a sentence, in the same form as the expectations. */
static sr_status code_record(sr_coder *coder, const char *text, size_t len, int32_t date, sr_buf *got)
{
    sr_code_result r;
    sr_status st = (sr_status)sr_coder_code(coder, text, len, date, &r);
    if (st != SR_OK)
        return st;
    if (r.status == SR_CODE_DISCARD) {
        sr_buf_puts(got, "(discard)");
        return SR_OK;
    }
    if (r.status == SR_CODE_COMPLEX) {
        sr_buf_puts(got, "(complex)");
        return SR_OK;
    }
    triple_list l = {0};
    for (size_t i = 0; i < r.n_events; i++) {
        char t[256];
        snprintf(t, sizeof t, "%s %s %s", r.events[i].source.code, r.events[i].target.code, r.events[i].code);
        if (add_triple(&l, t)) {
            free_triples(&l);
            return SR_ERR_NOMEM;
        }
    }
    if (l.n)
        join(&l, got);
    else
        sr_buf_puts(got, "(no events)");
    free_triples(&l);
    return SR_OK;
}

static void collapse_spaces(char *s)
{
    char *o = s;
    int sp = 0;
    for (char *p = s; *p; p++) {
        if (isspace((unsigned char)*p)) {
            sp = o != s;
            continue;
        }
        if (sp)
            *o++ = ' ';
        sp = 0;
        *o++ = *p;
    }
    *o = '\0';
}

/* ------------------------------------------------------------ TABARI */

/* Finds the .project beside `text_path` whose <textfile> names it. */
static int find_project(const char *text_path, char *out, size_t cap)
{
    const char *slash = strrchr(text_path, '/');
    const char *base = slash ? slash + 1 : text_path;
    char dir[4096];
    snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - text_path) : 1, slash ? text_path : ".");
    char cmd_path[8192];
    /* the conventional name first: Validate.text -> Validate.project */
    const char *dot = strrchr(base, '.');
    snprintf(cmd_path, sizeof cmd_path, "%s/%.*s.project", dir, dot ? (int)(dot - base) : (int)strlen(base), base);
    FILE *f = fopen(cmd_path, "r");
    if (!f)
        return -1;
    char line[1024];
    int ok = 0;
    while (fgets(line, sizeof line, f))
        if (strncasecmp(line, "<textfile>", 10) == 0 && strstr(line, base))
            ok = 1;
    fclose(f);
    if (!ok)
        return -1;
    snprintf(out, cap, "%s", cmd_path);
    return 0;
}

typedef struct tabari_ctx {
    sr_dict *dict;
    sr_coder *coder;
    sr_validation_fn fn;
    void *ud;
    unsigned long passed, failed;
    int stop;
    int trace; /* SITREP_CODER_TRACE: how the words were read, for dictionary work */
    sr_status st;
    char prev_id[128];
} tabari_ctx;

/* Is `id` "STORY-SSS" with the same STORY as `prev` and SSS one more? */
static int continues_story(const char *prev, const char *id)
{
    const char *a = strrchr(prev, '-'), *b = strrchr(id, '-');
    if (!a || !b || a - prev != b - id || strncmp(prev, id, (size_t)(a - prev)) != 0)
        return 0;
    char *end_a, *end_b;
    long na = strtol(a + 1, &end_a, 10), nb = strtol(b + 1, &end_b, 10);
    return end_a > a + 1 && !*end_a && end_b > b + 1 && !*end_b && nb == na + 1;
}

/* Pulls the expectations out of a record's comments. */
static int read_expectations(tabari_ctx *tc, const char *text, triple_list *exp, int *special, int *has_any)
{
    *special = 0;
    *has_any = 0;
    for (const char *p = text; (p = strchr(p, '{')); p++) {
        /* "-{...}" is an expectation commented out */
        if (p > text && p[-1] == '-')
            continue;
        const char *close = strchr(p, '}');
        /* an option comment that ends without its closing brace still counts */
        const char *end_comment = strstr(p, "*/");
        if (end_comment && (!close || end_comment < close))
            close = end_comment;
        if (!close)
            break;
        char inner[512];
        size_t n = (size_t)(close - p - 1) < sizeof inner - 1 ? (size_t)(close - p - 1) : sizeof inner - 1;
        memcpy(inner, p + 1, n);
        inner[n] = '\0';
        collapse_spaces(inner);
        if (strncasecmp(inner, "OPTION:", 7) == 0) {
            sr_tabari_option_apply(tc->dict, sr_coder_options(tc->coder), inner + 7);
            continue;
        }
        char nosp[512];
        size_t k = 0;
        for (char *q = inner; *q && k + 1 < sizeof nosp; q++)
            if (*q != ' ')
                nosp[k++] = *q;
        nosp[k] = '\0';
        if (!strcmp(nosp, "+++")) {
            *special = SR_CODE_COMPLEX, *has_any = 1;
            continue;
        }
        if (!strcmp(nosp, "###")) {
            *special = SR_CODE_DISCARD, *has_any = 1;
            continue;
        }
        if (!strcmp(nosp, "---")) {
            *special = -1, *has_any = 1;
            continue;
        }
        char *save = NULL; /* strtok_r: the library may run on several threads */
        char *a = strtok_r(inner, "/", &save);
        char *b = a ? strtok_r(NULL, "/", &save) : NULL;
        char *c = b ? strtok_r(NULL, "/", &save) : NULL;
        if (!c)
            continue;
        char t[600];
        collapse_spaces(a), collapse_spaces(b), collapse_spaces(c);
        snprintf(t, sizeof t, "%s %s %s", a, b, c);
        if (add_triple(exp, t))
            return -1;
        *has_any = 1;
    }
    return 0;
}

static int tabari_record(void *ud, const sr_tabari_record *rec)
{
    tabari_ctx *tc = ud;
    if (strstr(rec->text, "This is the end of the standard validation records")) {
        tc->stop = 1;
        return 1;
    }
    triple_list exp = {0};
    int special, has_any;
    if (read_expectations(tc, rec->text, &exp, &special, &has_any)) {
        tc->st = SR_ERR_NOMEM;
        return 1;
    }
    if (has_any) {
        sr_buf want = SR_BUF_INIT, got = SR_BUF_INIT;
        if (special == SR_CODE_COMPLEX)
            sr_buf_puts(&want, "(complex)");
        else if (special == SR_CODE_DISCARD)
            sr_buf_puts(&want, "(discard)");
        else if (exp.n)
            join(&exp, &want);
        else
            sr_buf_puts(&want, "(no events)");
        int32_t date = sr_dict_parse_yymmdd(rec->date, strlen(rec->date), sr_coder_options(tc->coder)->yyyy);
        /* records are independent, except that a sentence numbered right
         * after the previous one of the same story continues it ("FRWD-001-002"
         * after "FRWD-001-001"): TABARI's FORWARD: carries pronouns over */
        if (!continues_story(tc->prev_id, rec->id))
            sr_coder_reset(tc->coder);
        snprintf(tc->prev_id, sizeof tc->prev_id, "%s", rec->id);
        sr_status st = code_record(tc->coder, rec->text, strlen(rec->text), date, &got);
        if (st != SR_OK || want.oom || got.oom) {
            tc->st = st != SR_OK ? st : SR_ERR_NOMEM;
            sr_buf_free(&want), sr_buf_free(&got), free_triples(&exp);
            return 1;
        }
        sr_validation_record r;
        r.id = rec->id;
        r.text = rec->text;
        r.expected = sr_buf_cstr(&want);
        r.got = sr_buf_cstr(&got);
        r.passed = strcmp(r.expected, r.got) == 0;
        r.passed ? tc->passed++ : tc->failed++;
        if (tc->trace) {
            sr_buf_puts(&got, "\n  trace: ");
            sr_coder_dump(tc->coder, &got);
            r.got = sr_buf_cstr(&got);
        }
        if (tc->fn)
            tc->fn(tc->ud, &r);
        sr_buf_free(&want);
        sr_buf_free(&got);
    }
    free_triples(&exp);
    return 0;
}

static sr_status validate_tabari(const char *path, const char *const *dicts, size_t n_dicts, sr_validation_fn fn,
                                 void *ud, unsigned long *passed, unsigned long *failed, char *err, size_t errlen)
{
    char project[8192];
    const char *one[1];
    if (!n_dicts) {
        if (find_project(path, project, sizeof project) != 0) {
            snprintf(err, errlen, "%s: no .project beside it names it as <textfile>; give the dictionaries with --dict",
                     path);
            return SR_ERR_USAGE;
        }
        one[0] = project;
        dicts = one;
        n_dicts = 1;
    }
    tabari_ctx tc;
    memset(&tc, 0, sizeof tc);
    sr_status st = sr_dict_load(dicts, n_dicts, &tc.dict, err, errlen);
    if (st != SR_OK)
        return st;
    tc.coder = sr_coder_new(tc.dict);
    if (!tc.coder) {
        sr_dict_free(tc.dict);
        return SR_ERR_NOMEM;
    }
    tc.fn = fn;
    tc.ud = ud;
    tc.trace = getenv("SITREP_CODER_TRACE") != NULL;
    st = sr_tabari_text_each(path, tabari_record, &tc, err, errlen);
    if (st == SR_OK)
        st = tc.st;
    *passed = tc.passed;
    *failed = tc.failed;
    sr_coder_free(tc.coder);
    sr_dict_free(tc.dict);
    return st;
}

/* ------------------------------------------------------------ PETRARCH */

static char *read_file(const char *path, size_t *len)
{
    sr_buf b = SR_BUF_INIT;
    if (sr_buf_read_file(&b, path) != 0) {
        sr_buf_free(&b);
        return NULL;
    }
    return sr_buf_detach(&b, len);
}

/* The value of attribute `name` inside tag [p, end), into out. */
static int attr(const char *p, const char *end, const char *name, char *out, size_t cap)
{
    size_t n = strlen(name);
    for (const char *q = p; q + n < end; q++) {
        if (strncmp(q, name, n) != 0 || (q > p && isalnum((unsigned char)q[-1])))
            continue;
        const char *v = q + n;
        while (v < end && (*v == ' ' || *v == '='))
            v++;
        if (v >= end || (*v != '"' && *v != '\''))
            continue;
        char quote = *v++;
        const char *e = memchr(v, quote, (size_t)(end - v));
        if (!e)
            return 0;
        size_t len = (size_t)(e - v) < cap - 1 ? (size_t)(e - v) : cap - 1;
        memcpy(out, v, len);
        out[len] = '\0';
        return 1;
    }
    return 0;
}

static void xml_unescape(char *s)
{
    static const struct {
        const char *ent;
        char c;
    } ents[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
    char *o = s;
    for (char *p = s; *p;) {
        int done = 0;
        if (*p == '&')
            for (size_t i = 0; i < sizeof ents / sizeof *ents; i++) {
                size_t n = strlen(ents[i].ent);
                if (strncmp(p, ents[i].ent, n) == 0) {
                    *o++ = ents[i].c;
                    p += n;
                    done = 1;
                    break;
                }
            }
        if (!done)
            *o++ = *p++;
    }
    *o = '\0';
}

static sr_status validate_petrarch(const char *path, char *xml, const char *const *dicts, size_t n_dicts,
                                   sr_validation_fn fn, void *ud, unsigned long *passed, unsigned long *failed,
                                   char *err, size_t errlen)
{
    /* dictionaries named in <Environment>, relative to the XML's folder */
    char *paths[8];
    size_t n_paths = 0;
    const char *tags[] = {"Verbfile", "Actorfile", "Agentfile", "Discardfile", "Issuefile"};
    const char *slash = strrchr(path, '/');
    int dirlen = slash ? (int)(slash - path + 1) : 0;
    if (!n_dicts) {
        for (size_t t = 0; t < sizeof tags / sizeof *tags; t++) {
            char open[64], close[64];
            snprintf(open, sizeof open, "<%s>", tags[t]);
            snprintf(close, sizeof close, "</%s>", tags[t]);
            char *a = strstr(xml, open);
            char *b = a ? strstr(a, close) : NULL;
            if (!b)
                continue;
            a += strlen(open);
            size_t n = (size_t)(b - a);
            paths[n_paths] = malloc((size_t)dirlen + n + 1);
            if (!paths[n_paths]) {
                for (size_t i = 0; i < n_paths; i++)
                    free(paths[i]);
                return SR_ERR_NOMEM;
            }
            snprintf(paths[n_paths], (size_t)dirlen + n + 1, "%.*s%.*s", dirlen, path, (int)n, a);
            collapse_spaces(paths[n_paths] + dirlen);
            n_paths++;
        }
        if (!n_paths) {
            snprintf(err, errlen, "%s: <Environment> names no dictionaries; give them with --dict", path);
            return SR_ERR_USAGE;
        }
        dicts = (const char *const *)paths;
        n_dicts = n_paths;
    }
    sr_dict *dict = NULL;
    sr_status st = sr_dict_load(dicts, n_dicts, &dict, err, errlen);
    for (size_t i = 0; i < n_paths; i++)
        free(paths[i]);
    if (st != SR_OK)
        return st;
    sr_coder *coder = sr_coder_new(dict);
    if (!coder) {
        sr_dict_free(dict);
        return SR_ERR_NOMEM;
    }
    int trace = getenv("SITREP_CODER_TRACE") != NULL; /* how the words were read: for dictionary work */
    for (char *p = xml; st == SR_OK && (p = strstr(p, "<Sentence ")); ) {
        char *tag_end = strchr(p, '>');
        char *end = strstr(p, "</Sentence>");
        if (!tag_end || !end)
            break;
        char id[256] = "", date[32] = "", valid[16] = "true";
        attr(p, tag_end, "id", id, sizeof id);
        attr(p, tag_end, "date", date, sizeof date);
        attr(p, tag_end, "valid", valid, sizeof valid);
        char *text_a = strstr(tag_end, "<Text>");
        char *text_b = text_a ? strstr(text_a, "</Text>") : NULL;
        if (strcasecmp(valid, "true") != 0 || !text_b || text_b > end) {
            p = end + 1;
            continue;
        }
        triple_list exp = {0};
        for (char *q = tag_end; (q = strstr(q, "<EventCoding")) && q < end; q++) {
            char *qe = strchr(q, '>');
            if (!qe)
                break;
            char s[128], t[128], e[128];
            if (attr(q, qe, "noevents", s, sizeof s) || attr(q, qe, "error", s, sizeof s))
                continue; /* no triple: "(no events)" is expected */
            if (attr(q, qe, "sourcecode", s, sizeof s) && attr(q, qe, "targetcode", t, sizeof t) &&
                attr(q, qe, "eventcode", e, sizeof e)) {
                char trip[400];
                snprintf(trip, sizeof trip, "%s %s %s", s, t, e);
                add_triple(&exp, trip);
            }
        }
        size_t tn = (size_t)(text_b - text_a - 6);
        char *text = malloc(tn + 1);
        if (!text) {
            st = SR_ERR_NOMEM;
            free_triples(&exp);
            break;
        }
        memcpy(text, text_a + 6, tn);
        text[tn] = '\0';
        xml_unescape(text);
        collapse_spaces(text);
        sr_buf want = SR_BUF_INIT, got = SR_BUF_INIT;
        if (exp.n)
            join(&exp, &want);
        else
            sr_buf_puts(&want, "(no events)");
        int32_t d8 = sr_dict_parse_yymmdd(date, strlen(date), 1);
        sr_coder_reset(coder);
        st = code_record(coder, text, strlen(text), d8, &got);
        /* PETRARCH has no complex/discard output: they are "no events" */
        if (!strcmp(sr_buf_cstr(&got), "(complex)") || !strcmp(sr_buf_cstr(&got), "(discard)")) {
            sr_buf_clear(&got);
            sr_buf_puts(&got, "(no events)");
        }
        if (st == SR_OK) {
            sr_validation_record r;
            r.id = id;
            r.text = text;
            r.expected = sr_buf_cstr(&want);
            r.got = sr_buf_cstr(&got);
            r.passed = strcmp(r.expected, r.got) == 0;
            r.passed ? (*passed)++ : (*failed)++;
            if (trace) {
                sr_buf_puts(&got, "\n  text: ");
                sr_buf_puts(&got, text);
                sr_buf_puts(&got, "\n  trace: ");
                sr_coder_dump(coder, &got);
                r.got = sr_buf_cstr(&got);
            }
            if (fn)
                fn(ud, &r);
        }
        sr_buf_free(&want);
        sr_buf_free(&got);
        free_triples(&exp);
        free(text);
        p = end + 1;
    }
    sr_coder_free(coder);
    sr_dict_free(dict);
    return st;
}

sr_status sr_validate_file(const char *path, const char *const *dicts, size_t n_dicts, sr_validation_fn fn,
                           void *userdata, unsigned long *passed, unsigned long *failed, char *err, size_t errlen)
{
    char dummy[8];
    if (!err || !errlen)
        err = dummy, errlen = sizeof dummy;
    err[0] = '\0';
    *passed = *failed = 0;
    size_t len;
    char *data = read_file(path, &len);
    if (!data) {
        snprintf(err, errlen, "%s: cannot read", path);
        return SR_ERR_IO;
    }
    sr_status st;
    if (strstr(data, "<Sentences>") || strstr(data, "<Validation>"))
        st = validate_petrarch(path, data, dicts, n_dicts, fn, userdata, passed, failed, err, errlen);
    else
        st = validate_tabari(path, dicts, n_dicts, fn, userdata, passed, failed, err, errlen);
    free(data);
    return st;
}
