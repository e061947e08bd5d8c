/*
 * options_read.c - readers for TABARI .options files, discard lists and
 * PETRARCH issue files.
 *
 * Options (TABARI manual ch. 8): one command a line, "NAME: arguments";
 * TABARI looks only at the first four letters of the name, and so do we.
 * Commands that change coding (COMPLEX, SET, COMMA, DEFAULT) are applied;
 * those about TABARI's own output and interface (LABEL, OUTPUT, FORWARD,
 * ...) are counted in the summary as not used.  sr_tabari_option_apply()
 * is also what the validation records' "{ OPTION: ... }" lines call.
 *
 * Discards: a phrase a line; '+' marks a story-level discard.
 * Issues: <ISSUE CATEGORY="..."> blocks of "phrase [CODE]" lines; "n:word"
 * is a noun with its plural, "a+b" a hyphenated or joined pair, "~phrase"
 * an exclusion.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "actors/dict.h"
#include "events/events.h"

static int word_is(const char *s, const char *w)
{
    size_t n = strlen(w);
    return strncasecmp(s, w, n) == 0 && !isalnum((unsigned char)s[n]);
}

static int read_bool(const char *s, int *out)
{
    const char *eq = strchr(s, '=');
    if (!eq)
        return 0;
    eq++;
    while (*eq == ' ' || *eq == '\t')
        eq++;
    if (toupper((unsigned char)*eq) == 'T') {
        *out = 1;
        return 1;
    }
    if (toupper((unsigned char)*eq) == 'F') {
        *out = 0;
        return 1;
    }
    return 0;
}

/* Reads "NAME = n" or "NAME[n]" somewhere in s into *out. */
static int read_param(const char *s, const char *name, int *out)
{
    size_t n = strlen(name);
    for (const char *p = s; *p; p++) {
        if (strncasecmp(p, name, n) != 0 || (p > s && isalnum((unsigned char)p[-1])) || isalpha((unsigned char)p[n]))
            continue;
        const char *q = p + n;
        while (*q == ' ' || *q == '\t' || *q == '=' || *q == '[')
            q++;
        if (!isdigit((unsigned char)*q))
            continue;
        *out = atoi(q);
        return 1;
    }
    return 0;
}

/* The code in "[CODE]" after a keyword, copied to the pool. */
static const char *read_bracket_code(struct sr_dict *d, const char *s, const char *key)
{
    const char *k = strcasestr(s, key);
    if (!k)
        return NULL;
    const char *br = strchr(k, '[');
    const char *close = br ? strchr(br, ']') : NULL;
    if (!close)
        return NULL;
    br++;
    while (br < close && *br == ' ')
        br++;
    size_t n = (size_t)(close - br);
    while (n && br[n - 1] == ' ')
        n--;
    return d ? sr_dict_strdup(d, br, n) : NULL;
}

int sr_tabari_option_apply(struct sr_dict *d, sr_tabari_options *o, const char *line)
{
    while (*line == ' ' || *line == '\t')
        line++;
    const char *colon = strchr(line, ':');
    if (!colon || colon - line < 3)
        return -1;
    const char *arg = colon + 1;
    while (*arg == ' ' || *arg == '\t')
        arg++;
    if (strncasecmp(line, "COMP", 4) == 0) {
        o->complex_verbs = 0;
        o->complex_conj = 0;
        read_param(arg, "VERBS", &o->complex_verbs);
        read_param(arg, "CONJ", &o->complex_conj);
        o->complex_noactprior = strcasestr(arg, "NOACTPRIOR") != NULL;
        return 0;
    }
    if (strncasecmp(line, "COMM", 4) == 0) {
        if (word_is(arg, "OFF")) {
            o->comma_off = 1;
            return 0;
        }
        o->comma_off = 0;
        read_param(arg, "MIN", &o->comma_min);
        read_param(arg, "MAX", &o->comma_max);
        read_param(arg, "EMIN", &o->comma_emin);
        read_param(arg, "EMAX", &o->comma_emax);
        read_param(arg, "BMIN", &o->comma_bmin);
        read_param(arg, "BMAX", &o->comma_bmax);
        return 0;
    }
    if (strncasecmp(line, "DEFA", 4) == 0) {
        if (word_is(arg, "OFF")) {
            o->default_source = o->default_target = NULL;
            o->default_source_prior = o->default_target_after = 0;
            return 0;
        }
        /* "SOURCE [X] PRIOR TARGET [Y] AFTER": the keywords after the codes */
        const char *src = strcasestr(arg, "SOURCE");
        const char *tar = strcasestr(arg, "TARGET");
        o->default_source = src ? read_bracket_code(d, src, "SOURCE") : NULL;
        o->default_target = tar ? read_bracket_code(d, tar, "TARGET") : NULL;
        o->default_source_prior = strcasestr(arg, "PRIOR") != NULL;
        o->default_target_after = strcasestr(arg, "AFTER") != NULL;
        return 0;
    }
    if (strncasecmp(line, "SET", 3) == 0) {
        int v;
        if (strcasestr(arg, "CODE BY") || strcasestr(arg, "CODE ALL")) {
            if (strcasestr(arg, "SENTENCE"))
                o->code_by = SR_CODE_BY_SENTENCE;
            else if (strcasestr(arg, "ALL"))
                o->code_by = SR_CODE_ALL;
            else
                o->code_by = SR_CODE_BY_CLAUSE;
            return 0;
        }
        if (strncasecmp(arg, "MINIMUM", 7) == 0) {
            return read_param(arg, "WORDS", &o->minimum_words) ? 0 : -1;
        }
        if (strncasecmp(arg, "CONVERT", 7) == 0)
            return read_bool(arg, &o->convert_agents) ? 0 : -1;
        if (strncasecmp(arg, "TIME", 4) == 0)
            return read_bool(arg, &o->time_shift) ? 0 : -1;
        if (strncasecmp(arg, "YYYY", 4) == 0)
            return read_bool(arg, &o->yyyy) ? 0 : -1;
        if (read_bool(arg, &v))
            return 1; /* LABEL, HAIKU, SKIP RECORDS, *USAGE, DUP WARNING: interface only */
        return -1;
    }
    if (strncasecmp(line, "LABE", 4) == 0 || strncasecmp(line, "OUTP", 4) == 0 ||
        strncasecmp(line, "FORW", 4) == 0 || strncasecmp(line, "ISSU", 4) == 0 ||
        strncasecmp(line, "AUTO", 4) == 0 || strncasecmp(line, "HIER", 4) == 0)
        return 1;
    return -1;
}

sr_status sr_read_options(sr_dict_file *f)
{
    struct sr_dict *d = f->dict;
    if (!d->has_options)
        d->options.minimum_words = 8; /* TABARI's default once a project has an options file */
    d->has_options = 1;
    char *line;
    while ((line = sr_dict_next_line(f, NULL))) {
        char *s = sr_dict_trim(line);
        char *c = strstr(s, "//");
        if (c)
            *c = '\0';
        c = strchr(s, '#');
        if (c && !strchr(s, '['))
            *c = '\0';
        s = sr_dict_trim(s);
        if (!*s || s[0] == '~')
            continue;
        int r = sr_tabari_option_apply(d, &d->options, s);
        if (r < 0) {
            sr_status st = sr_dict_fail(f, "unknown option '%s' (expected COMPLEX:, SET:, COMMA:, DEFAULT:, "
                                           "LABEL:, OUTPUT: or FORWARD:)",
                                        s);
            if ((st = sr_dict_recover(f, st)) != SR_OK)
                return st;
            continue;
        }
        if (r > 0) {
            if (strncasecmp(s, "FORW", 4) == 0)
                sr_dict_note_unusable(f, "FORWARD: (pronouns across records; sitrep resolves them per article)");
            else if (strncasecmp(s, "LABE", 4) != 0 && strncasecmp(s, "OUTP", 4) != 0 && strncasecmp(s, "SET", 3) != 0)
                sr_dict_note_unusable(f, "TABARI interface options");
        }
    }
    return SR_OK;
}

sr_status sr_read_discards(sr_dict_file *f)
{
    int in_comment = 0;
    char *line;
    while ((line = sr_dict_next_line(f, NULL))) {
        if (in_comment) {
            char *e = strstr(line, "-->");
            if (!e)
                continue;
            in_comment = 0;
            line = e + 3;
        }
        if (strstr(line, "<!--")) {
            if (!strstr(line, "-->"))
                in_comment = 1;
            continue;
        }
        if (strchr(line, '\t') && strchr(strchr(line, '\t') + 1, '\t')) {
            f->fatal = 1;
            return sr_dict_fail(f, "this looks like a table, not a discard list (a phrase a line)");
        }
        char *s = sr_dict_trim(line);
        if (!*s || s[0] == '#' || s[0] == '/' || s[0] == '<')
            continue;
        s = sr_dict_strip_comment(s, 1);
        if (!*s)
            continue;
        int story = s[0] == '+';
        if (story)
            s++;
        char *br = strchr(s, '[');
        size_t n = br ? (size_t)(br - s) : strlen(s);
        sr_status st = sr_dict_add_phrase(f, SR_PK_DISCARD, s, n, 0, 0);
        if (st != SR_OK)
            return st;
        f->dict->filters.v[f->dict->filters.n - 1].flag = (uint8_t)story;
    }
    return SR_OK;
}

sr_status sr_read_issues(sr_dict_file *f)
{
    struct sr_dict *d = f->dict;
    const char *category = NULL;
    char *line;
    while ((line = sr_dict_next_line(f, NULL))) {
        char *s = sr_dict_trim(line);
        if (!*s || s[0] == '#')
            continue;
        if (strncasecmp(s, "<ISSUE", 6) == 0) {
            const char *q = strcasestr(s, "CATEGORY=\"");
            if (!q)
                return sr_dict_fail(f, "<ISSUE> without CATEGORY=\"...\"");
            q += 10;
            const char *e = strchr(q, '"');
            if (!e)
                return sr_dict_fail(f, "unterminated CATEGORY=\"...\"");
            category = sr_dict_strdup(d, q, (size_t)(e - q));
            if (!category)
                return SR_ERR_NOMEM;
            continue;
        }
        if (strncasecmp(s, "</ISSUE", 7) == 0) {
            category = NULL;
            continue;
        }
        s = sr_dict_strip_comment(s, 1);
        if (!*s)
            continue;
        if (!category)
            return sr_dict_fail(f, "issue phrase outside <ISSUE ...> ... </ISSUE>");
        if (s[0] == '~') {
            sr_dict_note_unusable(f, "issue exclusions (~phrase)");
            continue;
        }
        char *br = strchr(s, '[');
        if (!br)
            {
            sr_status st = sr_dict_recover(f, sr_dict_fail(f, "issue phrase has no code (missing '[')"));
            if (st != SR_OK)
                return st;
            continue;
        }
        char *close = strchr(br, ']');
        if (!close)
            {
            sr_status st = sr_dict_recover(f, sr_dict_fail(f, "missing ']' after the issue code"));
            if (st != SR_OK)
                return st;
            continue;
        }
        char phrase[512];
        size_t k = 0;
        for (char *p = s; p < br && k + 1 < sizeof phrase; p++) {
            if ((p == s || p[-1] == ' ') && p[0] == 'n' && p[1] == ':') {
                p++;
                continue;
            }
            if (strncmp(p, "n:", 2) == 0 && p > s && p[-1] == '+') {
                p++;
                continue;
            }
            phrase[k++] = *p == '+' ? '_' : *p;
        }
        phrase[k] = '\0';
        sr_issue *is = SR_VEC_PUSH(d->issues);
        if (!is)
            return SR_ERR_NOMEM;
        is->code = sr_dict_strdup(d, br + 1, (size_t)(close - br - 1));
        is->category = category;
        if (!is->code)
            return SR_ERR_NOMEM;
        sr_status st = sr_dict_add_phrase(f, SR_PK_ISSUE, phrase, k, (uint32_t)(d->issues.n - 1), 0);
        if (st != SR_OK)
            return st;
    }
    if (category) {
        f->fatal = 1;
        return sr_dict_fail(f, "<ISSUE> block never closed (missing </ISSUE>)");
    }
    return SR_OK;
}
