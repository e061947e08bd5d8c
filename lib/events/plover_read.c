/*
 * plover_read.c - reads a CAMEO -> PLOVER table (data/verbs/cameo_plover.tsv)
 * into the dictionary, and looks codes up in it.
 *
 * The table is ours and documented (data/README.md, "Events"); it types
 * events more finely than the two-digit CAMEO root can (032 SUPPORT
 * announced, 057 a signed agreement AGREE, 0874 RETREAT withdraw).  When
 * no table was loaded -- TABARI's or Phoenix's dictionaries -- the coder
 * types by lib/events/cameo.c's built-in table, so validation runs are
 * untouched by it.
 *
 * Format: '#' comments; tab-separated cameo, type, mode, context,
 * modality, meaning; "-" for none.  A code is looked up by its longest
 * listed prefix.
 */
#include <string.h>

#include "actors/dict.h"
#include "events/events.h"

static const char *field(sr_dict_file *f, char **p)
{
    char *s = *p;
    if (!s)
        return NULL;
    char *tab = strchr(s, '\t');
    if (tab) {
        *tab = '\0';
        *p = tab + 1;
    } else
        *p = NULL;
    s = sr_dict_trim(s);
    if (strcmp(s, "-") == 0 || !*s)
        return NULL;
    return sr_dict_strdup(f->dict, s, strlen(s));
}

static int known_modality(const char *m)
{
    return !m || !strcmp(m, "asserted") || !strcmp(m, "announced") || !strcmp(m, "conditional") ||
           !strcmp(m, "negated");
}

sr_status sr_read_plover_table(sr_dict_file *f)
{
    char *line;
    while ((line = sr_dict_next_line(f, NULL))) {
        if (line[0] == '#' || !*sr_dict_trim(line))
            continue;
        char *p = line;
        size_t code_len = strspn(p, "0123456789");
        if (code_len < 2 || code_len > 4 || p[code_len] != '\t') {
            sr_status st = sr_dict_recover(f, sr_dict_fail(f, "expected a CAMEO code (2-4 digits) and a tab"));
            if (st != SR_OK)
                return st;
            continue;
        }
        sr_plover_row r;
        r.cameo = field(f, &p);
        r.type = field(f, &p);
        r.mode = field(f, &p);
        r.context = field(f, &p);
        r.modality = field(f, &p);
        if (!p || !known_modality(r.modality)) {
            sr_status st = sr_dict_recover(
                f, sr_dict_fail(f, "expected: cameo, type, mode, context, modality (asserted, announced, "
                                   "conditional, negated) and meaning, separated by tabs"));
            if (st != SR_OK)
                return st;
            continue;
        }
        sr_plover_row *slot = SR_VEC_PUSH(f->dict->plover);
        if (!slot || !r.cameo)
            return SR_ERR_NOMEM;
        *slot = r;
    }
    return SR_OK;
}

const sr_plover_row *sr_plover_lookup(const sr_dict *d, const char *code)
{
    const sr_plover_row *best = NULL;
    size_t best_len = 0;
    if (!d || !code)
        return NULL;
    for (size_t i = 0; i < d->plover.n; i++) {
        const sr_plover_row *r = &d->plover.v[i];
        size_t n = 0; /* one pass: is r->cameo a prefix of code? */
        while (r->cameo[n] && r->cameo[n] == code[n])
            n++;
        if (!r->cameo[n] && n > best_len)
            best = r, best_len = n;
    }
    return best;
}
