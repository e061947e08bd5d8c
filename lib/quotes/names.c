/*
 * names.c - person, organization and role mentions for the statements
 * stage, and the people they refer to.
 *
 * No tagger, no gazetteer: a mention is a run of capitalized words
 * (initials, particles such as "von der" and "of" after a title or an
 * organization word may join it).  Its last title word splits it into a
 * role and a name ("NATO Secretary General | Jens Stoltenberg"); a run
 * that ends in a title is a role ("the NATO Secretary General"); a run
 * holding an organization word or an acronym is an organization; a run
 * of two or more other words that are not days, months or places is a
 * person.  A single unknown word becomes a person when it ends the name
 * of a person named in full elsewhere in the article ("Rutte" after "Mark
 * Rutte"), or when it stands right before a cue ("Stoltenberg also
 * said").
 *
 * People are keyed by the last word of their name; each keeps its fullest
 * name, its mention count (the article's protagonist is the most
 * mentioned), and the role words it was introduced with, by a title
 * ("NATO Secretary General Jens Stoltenberg") or an appositive ("the NATO
 * Secretary General, Jens Stoltenberg"), so that a later role phrase
 * ("said the NATO head") can be resolved to them.
 */
#include <string.h>

#include "quotes/lexicon.h"
#include "quotes/quotes_internal.h"

size_t qx_lower(const qx *x, uint32_t i, char out[QX_WORD_MAX])
{
    const sr_token *t = &x->tok[i];
    size_t len = t->byte_end - t->byte_start;
    if (len == 0 || len >= QX_WORD_MAX)
        return 0;
    const char *p = x->body + t->byte_start;
    for (size_t k = 0; k < len; k++) {
        unsigned char c = (unsigned char)p[k];
        if (c >= 0x80)
            return 0;
        out[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    out[len] = 0;
    return len;
}

int qx_in(const qx *x, uint32_t i, sr_qlex list)
{
    char w[QX_WORD_MAX];
    if (i >= x->n_tok || x->tok[i].kind != SR_TOK_WORD)
        return 0;
    if (!x->lex_known)
        return qx_lower(x, i, w) && sr_qlex_has(list, w);
    if (!x->lex_known[i]) {
        x->lex_known[i] = 1;
        x->lex_in[i] = qx_lower(x, i, w) ? sr_qlex_lists_of(w) : 0;
    }
    return (x->lex_in[i] >> list) & 1u;
}

int qx_is(const qx *x, uint32_t i, const char *word)
{
    /* called for many tokens in every look-around: compare in place, the
     * length first */
    if (i >= x->n_tok)
        return 0;
    const sr_token *t = &x->tok[i];
    size_t len = t->byte_end - t->byte_start;
    const char *p = x->body + t->byte_start;
    for (size_t k = 0; k < len; k++) {
        unsigned char c = (unsigned char)p[k];
        if (!word[k] || (char)(c >= 'A' && c <= 'Z' ? c + 32 : c) != word[k])
            return 0;
    }
    return word[len] == 0;
}

int qx_punct(const qx *x, uint32_t i, char c)
{
    if (i >= x->n_tok)
        return 0;
    const sr_token *t = &x->tok[i];
    return (t->kind == SR_TOK_PUNCT) && t->byte_end - t->byte_start == 1 &&
           x->body[t->byte_start] == c;
}

static int capitalized_word(const qx *x, uint32_t i)
{
    const sr_token *t = &x->tok[i];
    if (t->kind != SR_TOK_WORD)
        return 0;
    return (t->flags & (SR_TOKF_CAPITALIZED | SR_TOKF_ALL_CAPS | SR_TOKF_INITIAL)) != 0;
}

static int same_text(const qx *x, uint32_t a, uint32_t b)
{
    const sr_token *ta = &x->tok[a], *tb = &x->tok[b];
    size_t la = ta->byte_end - ta->byte_start, lb = tb->byte_end - tb->byte_start;
    return la == lb && memcmp(x->body + ta->byte_start, x->body + tb->byte_start, la) == 0;
}

int qx_person_of_key(const qx *x, uint32_t tok)
{
    for (size_t e = 0; e < x->n_people; e++)
        if (same_text(x, x->people[e].key_tok, tok))
            return (int)e;
    return -1;
}

int qx_add_person(qx *x, uint32_t name_first, uint32_t name_end)
{
    int e = qx_person_of_key(x, name_end - 1);
    if (e < 0) {
        e = (int)x->n_people++;
        qx_person *p = &x->people[e];
        memset(p, 0, sizeof *p);
        p->key_tok = name_end - 1;
        p->name_first = name_first;
        p->name_end = name_end;
        p->first_tok = name_first;
    } else {
        qx_person *p = &x->people[e];
        uint32_t old_len = x->tok[p->name_end - 1].byte_end - x->tok[p->name_first].byte_start;
        uint32_t new_len = x->tok[name_end - 1].byte_end - x->tok[name_first].byte_start;
        if (new_len > old_len) {
            p->name_first = name_first;
            p->name_end = name_end;
        }
    }
    return e;
}

static void link_role(qx *x, int person, uint32_t role_first, uint32_t role_end)
{
    qx_person *p = &x->people[person];
    if (role_end > role_first && p->role_end == 0) {
        p->role_first = role_first;
        p->role_end = role_end;
    }
}

/* Classifies the run [a, b) and records it. */
static void add_mention(qx *x, uint32_t a, uint32_t b)
{
    while (a < b && qx_in(x, a, QL_CAP_STOP))
        a++;
    if (a >= b)
        return;
    uint32_t last_title = UINT32_MAX;
    int org = 0, not_person = 0, acronym = 0;
    for (uint32_t i = a; i < b; i++) {
        if (qx_in(x, i, QL_TITLE))
            last_title = i;
        if (qx_in(x, i, QL_ORG))
            org = 1;
        if (qx_in(x, i, QL_NOT_PERSON))
            not_person = 1;
        if (x->tok[i].flags & SR_TOKF_ALL_CAPS)
            acronym = 1;
    }
    qx_mention m = {a, b, b, QM_OTHER, -1};
    if (last_title != UINT32_MAX && last_title + 1 < b && !qx_in(x, last_title + 1, QL_CONNECTOR) &&
        !qx_is(x, last_title + 1, "of")) {
        /* title + name: the name part must itself look like a name */
        uint32_t nf = last_title + 1;
        int name_org = 0;
        for (uint32_t i = nf; i < b; i++)
            if (qx_in(x, i, QL_ORG) || qx_in(x, i, QL_NOT_PERSON) ||
                (x->tok[i].flags & SR_TOKF_ALL_CAPS))
                name_org = 1;
        if (!name_org) {
            m.kind = QM_PERSON;
            m.name_first = nf;
        } else {
            m.kind = org ? QM_ORG : QM_OTHER;
        }
    } else if (last_title != UINT32_MAX) {
        m.kind = QM_ROLE;
    } else if (org || acronym) {
        m.kind = QM_ORG;
    } else if (not_person) {
        m.kind = QM_OTHER;
    } else if (b - a >= 2) {
        m.kind = QM_PERSON;
        m.name_first = a;
    } else {
        m.kind = QM_UNKNOWN;
        m.name_first = a;
    }
    if (x->n_mentions >= x->cap_mentions)
        return;
    uint32_t idx = (uint32_t)x->n_mentions++;
    x->mentions[idx] = m;
    for (uint32_t i = a; i < b; i++)
        x->mention_at[i] = (int32_t)idx;
}

/* Before classification: a single unknown capitalized word right before a
 * cue is a person ("Rutte said"), unless it is a common noun opening the
 * sentence ("Officials said"). */
static int before_cue(const qx *x, uint32_t i, uint32_t sent_end)
{
    uint32_t j = i + 1;
    while (j < sent_end && qx_in(x, j, QL_SKIP_BEFORE))
        j++;
    int kind = j < sent_end ? qx_cue_at(x, j, NULL) : QC_NONE;
    return kind != QC_NONE && !(kind & QC_OUTLET);
}

/* A title-case headline ("NATO Head Calls for Alliance to Step Up
 * Support") capitalizes every word: its runs say nothing about names. */
static int is_headline(const qx *x, uint32_t a, uint32_t b)
{
    static const char *const small[] = {"a", "and", "as", "at", "by", "for", "from", "in",
                                        "of", "on", "or", "the", "to", "vs.", "with"};
    unsigned words = 0;
    for (uint32_t i = a; i < b; i++) {
        if (x->tok[i].kind != SR_TOK_WORD)
            continue;
        words++;
        if (x->tok[i].flags & (SR_TOKF_CAPITALIZED | SR_TOKF_ALL_CAPS))
            continue;
        int is_small = 0;
        for (size_t k = 0; k < sizeof small / sizeof *small && !is_small; k++)
            is_small = qx_is(x, i, small[k]);
        if (!is_small)
            return 0;
    }
    return words >= 4;
}

int qx_build_mentions(qx *x)
{
    const sr_text *t = x->text;
    for (size_t s = 0; s < t->n_sentences; s++) {
        const sr_sentence *S = &t->sentences[s];
        uint32_t end = S->first_token + S->n_tokens;
        uint32_t i = S->first_token;
        if (is_headline(x, i, end))
            continue;
        while (i < end) {
            if (!capitalized_word(x, i)) {
                i++;
                continue;
            }
            uint32_t a = i, b = i + 1;
            int has_title_or_org = qx_in(x, i, QL_TITLE) || qx_in(x, i, QL_ORG);
            while (b < end) {
                if (capitalized_word(x, b)) {
                    has_title_or_org |= qx_in(x, b, QL_TITLE) || qx_in(x, b, QL_ORG);
                    b++;
                } else if (b + 1 < end && capitalized_word(x, b + 1) &&
                           (qx_in(x, b, QL_CONNECTOR) ||
                            (has_title_or_org && qx_is(x, b, "of")))) {
                    b += 2;
                } else {
                    break;
                }
            }
            add_mention(x, a, b);
            i = b;
        }
    }
    /* Persons and their keys; then single words that name a known person. */
    for (size_t m = 0; m < x->n_mentions; m++) {
        qx_mention *M = &x->mentions[m];
        if (M->kind == QM_PERSON) {
            M->person = qx_add_person(x, M->name_first, M->end);
            if (M->name_first > M->first)
                link_role(x, M->person, M->first, M->name_first);
        }
    }
    for (size_t m = 0; m < x->n_mentions; m++) {
        qx_mention *M = &x->mentions[m];
        if (M->kind != QM_UNKNOWN || qx_person_of_key(x, M->end - 1) >= 0)
            continue;
        size_t s = qx_sentence_of(x, M->first);
        const sr_sentence *S = &t->sentences[s];
        int generic = qx_in(x, M->first, QL_GENERIC) || qx_in(x, M->first, QL_PRONOUN);
        if (!generic && before_cue(x, M->end - 1, S->first_token + S->n_tokens))
            qx_add_person(x, M->name_first, M->end);
    }
    for (size_t m = 0; m < x->n_mentions; m++) {
        qx_mention *M = &x->mentions[m];
        int e = M->kind == QM_UNKNOWN ? qx_person_of_key(x, M->end - 1) : -1;
        if (e >= 0) {
            M->kind = QM_PERSON;
            M->person = e;
        }
    }
    /* Appositive roles: "the NATO Secretary General, Jens Stoltenberg". */
    for (size_t m = 0; m + 1 < x->n_mentions; m++) {
        qx_mention *R = &x->mentions[m], *P = &x->mentions[m + 1];
        if (R->kind == QM_ROLE && P->kind == QM_PERSON && P->first == R->end + 1 &&
            qx_punct(x, R->end, ','))
            link_role(x, P->person, R->first, R->end);
    }
    /* counts, first mentions and people in the order they appear */
    for (size_t m = 0; m < x->n_mentions; m++) {
        qx_mention *M = &x->mentions[m];
        if (M->kind == QM_PERSON && M->person >= 0) {
            qx_person *p = &x->people[M->person];
            if (p->n_mentions++ == 0 || M->first < p->first_tok)
                p->first_tok = M->first;
        }
    }
    return 0;
}

int qx_protagonist(const qx *x)
{
    int best = -1;
    for (size_t e = 0; e < x->n_people; e++)
        if (best < 0 || x->people[e].n_mentions > x->people[best].n_mentions)
            best = (int)e;
    return best;
}

/* Words of a role phrase that identify the office: titles, organizations,
 * acronyms; "head", "chief" and "leader" match any top title. */
static int role_word_matches(const qx *x, uint32_t a, uint32_t b)
{
    if (same_text(x, a, b))
        return 1;
    char wa[QX_WORD_MAX], wb[QX_WORD_MAX];
    if (!qx_lower(x, a, wa) || !qx_lower(x, b, wb))
        return 0;
    return strcmp(wa, wb) == 0;
}

static int significant_role_word(const qx *x, uint32_t i)
{
    if (x->tok[i].kind != SR_TOK_WORD)
        return 0;
    if (qx_in(x, i, QL_DETERMINER) || qx_is(x, i, "of") || qx_is(x, i, "'s") ||
        qx_is(x, i, "the"))
        return 0;
    return 1;
}

int qx_person_for_role(const qx *x, uint32_t a, uint32_t b, uint32_t before_tok)
{
    int best = -1, best_score = 0;
    for (size_t e = 0; e < x->n_people; e++) {
        const qx_person *p = &x->people[e];
        if (p->role_end == 0 || p->first_tok >= before_tok)
            continue;
        int score = 0;
        for (uint32_t i = a; i < b; i++) {
            if (!significant_role_word(x, i))
                continue;
            for (uint32_t k = p->role_first; k < p->role_end; k++)
                if (role_word_matches(x, i, k)) {
                    score += qx_in(x, i, QL_TITLE) ? 2 : 1;
                    break;
                }
        }
        if (score > best_score) {
            best_score = score;
            best = (int)e;
        }
    }
    return best;
}

size_t qx_sentence_of(const qx *x, uint32_t tok)
{
    const sr_text *t = x->text;
    size_t lo = 0, hi = t->n_sentences;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (t->sentences[mid].first_token <= tok)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}
