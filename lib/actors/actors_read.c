/*
 * actors_read.c - readers for .actors and .agents dictionaries, TABARI's
 * and PETRARCH's (they share a syntax; see the TABARI manual, ch. 5-6):
 *
 *   PHRASE [CODE] [CODE <YYMMDD] [CODE >YYMMDD] [CODE YYMMDD-YYMMDD] ; comment
 *   PHRASE                 an entry whose synonyms and codes follow:
 *   +SYNONYM               another phrase for the same actor
 *       [CODE ...]         an indented code line (date restriction)
 *   <NOUN> ... </NOUN>, <ADJECTIVE> ... </ADJECTIVE>   uncoded word lists
 *
 * Agents carry a '~' that says where the actor's code goes (~GOV: after,
 * NGO~: before).  PETRARCH agents add substitution sets (!PERSON! = MAN,
 * MEN) and explicit plurals in {...}, which are expanded here into phrases.
 * Restricted codes are kept in the order written with the default last, as
 * TABARI evaluates them.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "actors/dict.h"

enum { MAX_SYNONYMS = 4096, MAX_CODES = 256 };

typedef struct pending {
    int active;
    unsigned long line;
    char *phrases[MAX_SYNONYMS]; /* malloc'd copies */
    size_t n_phrases;
    sr_actor_code codes[MAX_CODES];
    size_t n_codes;
    int has_default;
} pending;

static void pending_clear(pending *p)
{
    for (size_t i = 0; i < p->n_phrases; i++)
        free(p->phrases[i]);
    p->n_phrases = 0;
    p->n_codes = 0;
    p->active = 0;
    p->has_default = 0;
}

static sr_status pending_add_phrase(sr_dict_file *f, pending *p, const char *s, size_t n)
{
    if (p->n_phrases == MAX_SYNONYMS)
        return sr_dict_fail(f, "more than %d synonyms for one actor", MAX_SYNONYMS);
    char *c = malloc(n + 1);
    if (!c)
        return SR_ERR_NOMEM;
    memcpy(c, s, n);
    c[n] = '\0';
    p->phrases[p->n_phrases++] = c;
    p->active = 1;
    return SR_OK;
}

/* Reads the date part of a code block: "<YYMMDD", ">YYMMDD", "YYMMDD-YYMMDD". */
static int parse_restriction(sr_dict_file *f, const char *s, int32_t *from, int32_t *to)
{
    int yyyy = f->dict->options.yyyy;
    char buf[64];
    size_t n = 0;
    for (; *s && n + 1 < sizeof buf; s++)
        if (*s != ' ' && *s != '\t')
            buf[n++] = *s;
    buf[n] = '\0';
    *from = *to = 0;
    if (n == 0)
        return 1;
    if (buf[0] == '<') {
        *to = sr_dict_parse_yymmdd(buf + 1, n - 1, yyyy);
        return *to != 0;
    }
    if (buf[0] == '>') {
        *from = sr_dict_parse_yymmdd(buf + 1, n - 1, yyyy);
        return *from != 0;
    }
    char *dash = strchr(buf, '-');
    if (!dash)
        return 0;
    *from = sr_dict_parse_yymmdd(buf, (size_t)(dash - buf), yyyy);
    *to = sr_dict_parse_yymmdd(dash + 1, strlen(dash + 1), yyyy);
    return *from && *to;
}

/* Parses every [...] block in s into p's codes. */
static sr_status parse_code_blocks(sr_dict_file *f, pending *p, const char *s, int agent)
{
    struct sr_dict *d = f->dict;
    while (*s) {
        while (*s == ' ' || *s == '\t')
            s++;
        if (!*s)
            break;
        if (*s != '[')
            return sr_dict_fail(f, "text after the codes: '%s' (expected '[CODE]')", s);
        const char *close = strchr(s, ']');
        if (!close)
            return sr_dict_fail(f, "missing ']' in '%s'", s);
        const char *a = s + 1;
        while (a < close && (*a == ' ' || *a == '\t'))
            a++;
        const char *b = a;
        /* the code runs to the first blank or date sign; "- - -" and "# # #" are codes */
        if (a < close && (*a == '-' || *a == '#' || *a == '+') && close - a >= 3) {
            char c = *a;
            size_t k = 0;
            while (b < close && (*b == c || *b == ' ') && k < 3) {
                if (*b == c)
                    k++;
                b++;
            }
        } else {
            while (b < close && *b != ' ' && *b != '\t' && *b != '<' && *b != '>')
                b++;
        }
        char code[128];
        size_t cn = 0;
        for (const char *q = a; q < b && cn + 1 < sizeof code; q++)
            if (*q != ' ')
                code[cn++] = *q;
        code[cn] = '\0';
        if (cn == 0)
            return sr_dict_fail(f, "no code in '[%.*s]'", (int)(close - s - 1), s + 1);
        /* a code block must start with a code: "[991201-010114]" is a date with no code */
        if (isdigit((unsigned char)code[0]) && strchr(code, '-') && !agent)
            return sr_dict_fail(f, "no code before the date in '[%.*s]'", (int)(close - s - 1), s + 1);
        char rest[128];
        size_t rn = (size_t)(close - b) < sizeof rest - 1 ? (size_t)(close - b) : sizeof rest - 1;
        memcpy(rest, b, rn);
        rest[rn] = '\0';
        int32_t from, to;
        if (!parse_restriction(f, rest, &from, &to))
            return sr_dict_fail(f, "bad date restriction '%s' in '[%.*s]' (expected <YYMMDD, >YYMMDD "
                                   "or YYMMDD-YYMMDD)",
                                sr_dict_trim(rest), (int)(close - s - 1), s + 1);
        if (p->n_codes == MAX_CODES)
            return sr_dict_fail(f, "more than %d codes for one entry", MAX_CODES);
        char *dup = sr_dict_strdup(d, code, cn);
        if (!dup)
            return SR_ERR_NOMEM;
        p->codes[p->n_codes].code = dup;
        p->codes[p->n_codes].from = from;
        p->codes[p->n_codes].to = to;
        p->n_codes++;
        if (!from && !to)
            p->has_default = 1;
        s = close + 1;
    }
    return SR_OK;
}

static sr_status flush_actor(sr_dict_file *f, pending *p)
{
    struct sr_dict *d = f->dict;
    if (!p->active)
        return SR_OK;
    if (p->n_codes == 0) {
        sr_dict_note_unusable(f, "actor entries without a code");
        pending_clear(p);
        return SR_OK;
    }
    sr_actor *a = SR_VEC_PUSH(d->actors);
    if (!a)
        return SR_ERR_NOMEM;
    uint32_t actor = (uint32_t)(d->actors.n - 1);
    a->first_code = (uint32_t)d->actor_codes.n;
    /* restricted codes in order, then the default: TABARI applies the default
     * only when no restriction holds, wherever it was written */
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < p->n_codes; i++) {
            int restricted = p->codes[i].from || p->codes[i].to;
            if (restricted != (pass == 0))
                continue;
            sr_actor_code *c = SR_VEC_PUSH(d->actor_codes);
            if (!c)
                return SR_ERR_NOMEM;
            *c = p->codes[i];
        }
    a->n_codes = (uint32_t)(d->actor_codes.n - a->first_code);
    a->name = sr_dict_strdup(d, p->phrases[0], strlen(p->phrases[0]));
    if (!a->name)
        return SR_ERR_NOMEM;
    for (char *q = (char *)a->name; *q; q++)
        if (*q == '_' || *q == '\t')
            *q = ' ';
    sr_dict_trim((char *)a->name);
    unsigned long save = f->line_no;
    f->line_no = p->line;
    for (size_t i = 0; i < p->n_phrases; i++) {
        sr_status st = sr_dict_add_phrase(f, SR_PK_ACTOR, p->phrases[i], strlen(p->phrases[i]), actor,
                                          !f->petrarch);
        if (st != SR_OK) {
            f->line_no = save;
            return st;
        }
    }
    f->line_no = save;
    pending_clear(p);
    return SR_OK;
}

/* Common line handling: comments, PETRARCH's <!-- --> blocks, ~FINISH.
 * Returns NULL at the end; *skip is set for lines that hold nothing. */
static char *next_content_line(sr_dict_file *f, int *in_xml_comment, int *indented)
{
    char *line;
    while ((line = sr_dict_next_line(f, NULL))) {
        if (!(line = sr_dict_cut_xml_comment(line, in_xml_comment)))
            continue;
        *indented = line[0] == ' ' || line[0] == '\t';
        char *s = sr_dict_trim(line);
        if (!*s)
            continue;
        if (s[0] == '~') {
            if (strncmp(s, "~FINISH", 7) == 0 || strncmp(s, "~~FINISH", 8) == 0)
                return NULL;
            continue;
        }
        if (s[0] == '#' || (s[0] == '/' && !f->petrarch))
            continue;
        s = sr_dict_strip_comment(s, f->petrarch);
        if (!*s)
            continue;
        return s;
    }
    return NULL;
}

static int section_tag(const char *s, const char *name)
{
    size_t n = strlen(name);
    return s[0] == '<' && strncasecmp(s + 1, name, n) == 0 && s[1 + n] == '>';
}

sr_status sr_read_actors(sr_dict_file *f)
{
    pending *p = calloc(1, sizeof *p);
    if (!p)
        return SR_ERR_NOMEM;
    int in_comment = 0, indented = 0;
    int section = 0; /* 0 actors, SR_PK_NOUN, SR_PK_ADJECTIVE */
    unsigned long section_line = 0;
    sr_status st = SR_OK;
    char *s;
    while ((st = sr_dict_recover(f, st)) == SR_OK && (s = next_content_line(f, &in_comment, &indented))) {
        if (s[0] == '<') {
            if (section_tag(s, "NOUN") || section_tag(s, "NOUNS")) {
                st = flush_actor(f, p);
                section = SR_PK_NOUN, section_line = f->line_no;
                continue;
            }
            if (section_tag(s, "ADJECTIVE") || section_tag(s, "ADJ") || section_tag(s, "ADJECTIVES")) {
                st = flush_actor(f, p);
                section = SR_PK_ADJECTIVE, section_line = f->line_no;
                continue;
            }
            if (s[1] == '/') {
                if (!section)
                    st = sr_dict_fail(f, "'%s' closes a section that was not opened", s);
                section = 0;
                continue;
            }
            if (section_tag(s, "ATTRIB") || section_tag(s, "TIME")) {
                sr_dict_note_unusable(f, "<ATTRIB>/<TIME> sections in an actors file");
                section = SR_PK_NOUN + 100, section_line = f->line_no;
                continue;
            }
        }
        if (section) {
            if (section < 100) {
                char *br = strchr(s, '[');
                size_t n = br ? (size_t)(br - s) : strlen(s);
                st = sr_dict_add_phrase(f, section, s, n, 0, !f->petrarch);
            }
            continue;
        }
        if (s[0] == '[' && p->active && (indented || p->n_codes == 0 || 1)) {
            st = parse_code_blocks(f, p, s, 0);
            continue;
        }
        if (s[0] == '[')
            st = sr_dict_fail(f, "a code line with no actor before it");
        else if (s[0] == '+') {
            if (!p->active) {
                st = sr_dict_fail(f, "synonym '%s' with no actor before it", s);
                continue;
            }
            char *br = strchr(s, '[');
            size_t n = br ? (size_t)(br - s - 1) : strlen(s + 1);
            st = pending_add_phrase(f, p, s + 1, n);
            if (st == SR_OK && br)
                st = parse_code_blocks(f, p, br, 0);
        } else {
            st = flush_actor(f, p);
            if (st != SR_OK)
                break;
            p->line = f->line_no;
            char *br = strchr(s, '[');
            size_t n = br ? (size_t)(br - s) : strlen(s);
            st = pending_add_phrase(f, p, s, n);
            if (st == SR_OK && br)
                st = parse_code_blocks(f, p, br, 0);
        }
    }
    if (st == SR_OK && section && section < 100) {
        f->line_no = section_line;
        f->fatal = 1;
        st = sr_dict_fail(f, "section opened here is never closed (missing </NOUN> or </ADJECTIVE>)");
    }
    if (st == SR_OK)
        st = flush_actor(f, p);
    pending_clear(p);
    free(p);
    return st;
}

/* ------------------------------------------------------------ agents */

typedef struct substitution {
    char name[64];      /* "!PERSON!" */
    char *words[64];
    size_t n;
} substitution;

static sr_status add_agent_phrases(sr_dict_file *f, const char *phrase, size_t n, uint32_t agent,
                                   substitution *subs, size_t n_subs, int depth)
{
    /* expand the first !SET! in the phrase, recursively */
    const char *bang = memchr(phrase, '!', n);
    if (bang && depth < 4) {
        const char *end = memchr(bang + 1, '!', n - (size_t)(bang + 1 - phrase));
        if (end) {
            size_t nl = (size_t)(end - bang + 1);
            for (size_t i = 0; i < n_subs; i++) {
                if (strlen(subs[i].name) != nl || memcmp(subs[i].name, bang, nl) != 0)
                    continue;
                for (size_t k = 0; k < subs[i].n; k++) {
                    char buf[1024];
                    int len = snprintf(buf, sizeof buf, "%.*s%s%.*s", (int)(bang - phrase), phrase,
                                       subs[i].words[k], (int)(n - (size_t)(end + 1 - phrase)), end + 1);
                    if (len < 0 || (size_t)len >= sizeof buf)
                        return sr_dict_fail(f, "agent phrase too long after substitution");
                    sr_status st = add_agent_phrases(f, buf, (size_t)len, agent, subs, n_subs, depth + 1);
                    if (st != SR_OK)
                        return st;
                }
                return SR_OK;
            }
            return sr_dict_fail(f, "unknown substitution set %.*s (define it first: %.*s = WORD, WORD)",
                                (int)nl, bang, (int)nl, bang);
        }
    }
    return sr_dict_add_phrase(f, SR_PK_AGENT, phrase, n, agent, !f->petrarch);
}

sr_status sr_read_agents(sr_dict_file *f)
{
    struct sr_dict *d = f->dict;
    substitution *subs = calloc(32, sizeof *subs);
    if (!subs)
        return SR_ERR_NOMEM;
    size_t n_subs = 0;
    int in_comment = 0, indented = 0;
    sr_status st = SR_OK;
    char *s;
    /* synonyms ('+') take the codes of the entry they follow */
    char *entry_lines[256];
    size_t n_entry = 0;
    while ((st = sr_dict_recover(f, st)) == SR_OK && (s = next_content_line(f, &in_comment, &indented))) {
        if (s[0] == '!' && strchr(s, '=')) {
            char *eq = strchr(s, '=');
            *eq = '\0';
            char *name = sr_dict_trim(s);
            if (n_subs == 32) {
                f->fatal = 1;
                st = sr_dict_fail(f, "more than 32 substitution sets");
                break;
            }
            substitution *sb = &subs[n_subs++];
            snprintf(sb->name, sizeof sb->name, "%s", name);
            char *save = NULL;
            for (char *w = strtok_r(eq + 1, ", \t", &save); w && sb->n < 64; w = strtok_r(NULL, ", \t", &save)) {
                sb->words[sb->n] = strdup(w);
                if (!sb->words[sb->n]) {
                    st = SR_ERR_NOMEM;
                    break;
                }
                sb->n++;
            }
            continue;
        }
        if (s[0] == '<')
            continue; /* PETRARCH section markers we do not need */
        if (s[0] == '+' && !strchr(s, '[')) {
            if (n_entry < 256)
                entry_lines[n_entry++] = strdup(s + 1);
            continue;
        }
        char *br = strchr(s, '[');
        if (!br) {
            /* a first line whose code follows on '+' lines or later: keep it */
            for (size_t i = 0; i < n_entry; i++)
                free(entry_lines[i]);
            n_entry = 0;
            entry_lines[n_entry++] = strdup(s);
            continue;
        }
        const char *close = strchr(br, ']');
        if (!close) {
            st = sr_dict_fail(f, "missing ']' in '%s'", br);
            continue;
        }
        char code[128];
        size_t cn = 0;
        for (const char *q = br + 1; q < close && cn + 1 < sizeof code; q++)
            if (*q != ' ' && *q != '\t')
                code[cn++] = *q;
        code[cn] = '\0';
        if (cn == 0) {
            st = sr_dict_fail(f, "no code in '[]'");
            continue;
        }
        char *tilde = strchr(code, '~');
        if (!tilde) {
            st = sr_dict_fail(f, "agent code [%s] has no '~' (write [~%s] to add it after the actor's "
                                 "code, [%s~] before)",
                              code, code, code);
            continue;
        }
        sr_agent *ag = SR_VEC_PUSH(d->agents);
        if (!ag) {
            st = SR_ERR_NOMEM;
            break;
        }
        uint32_t agent = (uint32_t)(d->agents.n - 1);
        ag->prefix = tilde != code;
        memmove(tilde, tilde + 1, strlen(tilde + 1) + 1);
        ag->code = sr_dict_strdup(d, code, strlen(code));
        if (!ag->code) {
            st = SR_ERR_NOMEM;
            break;
        }
        /* the phrase, and PETRARCH's explicit plurals in {...} */
        char *brace = memchr(s, '{', (size_t)(br - s));
        size_t pn = (size_t)((brace ? brace : br) - s);
        if (s[0] == '+')
            s++, pn--;
        while (pn && (s[pn - 1] == ' ' || s[pn - 1] == '\t'))
            pn--;
        if (pn)
            st = add_agent_phrases(f, s, pn, agent, subs, n_subs, 0);
        else if (n_entry == 0)
            st = sr_dict_fail(f, "agent with a code but no phrase");
        for (size_t i = 0; i < n_entry && st == SR_OK; i++)
            if (entry_lines[i])
                st = add_agent_phrases(f, entry_lines[i], strlen(entry_lines[i]), agent, subs, n_subs, 0);
        for (size_t i = 0; i < n_entry; i++)
            free(entry_lines[i]);
        n_entry = 0;
        if (brace && st == SR_OK) {
            char *bclose = strchr(brace, '}');
            if (!bclose || bclose > br) {
                st = sr_dict_fail(f, "missing '}' after the plural forms");
                continue;
            }
            char *save = NULL;
            *bclose = '\0';
            for (char *w = strtok_r(brace + 1, " \t", &save); w && st == SR_OK; w = strtok_r(NULL, " \t", &save))
                st = add_agent_phrases(f, w, strlen(w), agent, subs, n_subs, 0);
        }
    }
    for (size_t i = 0; i < n_entry; i++)
        free(entry_lines[i]);
    for (size_t i = 0; i < n_subs; i++)
        for (size_t k = 0; k < subs[i].n; k++)
            free(subs[i].words[k]);
    free(subs);
    return st;
}
