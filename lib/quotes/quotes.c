/*
 * quotes.c - quotations and their speakers (see quotes.h for what is
 * found), and the record's "quotes" and "people" arrays.
 *
 * Three steps over the article's tokens:
 *  1. Quote segments: top-level quotation marks paired per paragraph with
 *     a small stack (nested quotes stay inside their outer quote; a closing
 *     single quote that matches no open single quote is an apostrophe, and
 *     so is an opening one glued to the word before it).  A paragraph that
 *     ends inside a quote continues into the next paragraph when that one
 *     opens with a mark of the same kind, as news writing does.
 *  2. Mentions and people (names.c).
 *  3. Sentences in order.  A segment that stands as a clause of its own
 *     (it opens the sentence or follows ":" "," or a cue, and ends it or is
 *     followed by punctuation or an attribution) is a direct quotation; its
 *     attribution ("frame") is sought after it ("…,” Rutte said", "…,” said
 *     the NATO Secretary General"), before it ("he said: “…”"), at the end
 *     of its sentence, after a colon closing the previous paragraph, or else
 *     it inherits the running speaker.  A second segment right after the
 *     frame with no frame of its own continues the first ("“…,” she said.
 *     “…”"), and so does a paragraph that is one unframed quotation right
 *     after the paragraph the frame ends.  A quote framed before it whose
 *     words complete a clause ("An election, he said, “would …”", "he
 *     said that once …, “…”") is mixed, from the clause's start; an
 *     unframed quote right after a reported statement goes on with it.
 *     Other sentences are searched for indirect frames: "X said
 *     (that) …", "…, X said", "…, said X", "according to X, …", "…,
 *     according to X", "X, who said …"; content holding quoted words is
 *     mixed.  Object cues ("accused X of …", "endorsed X", "wants to …",
 *     "called for …") take their object as content, as PolNeAR does, and
 *     so do intentions with an infinitive ("plans to …", "declined to
 *     …"), judgements by name ("called the plan “a waste”"), beliefs
 *     without "that" when a subject follows ("thinks the party will …"),
 *     questions put to someone ("Asked whether …,") and "is expected to".
 *     A content stops where a clause with its own speaker and cue begins
 *     (", while others said …", ", which critics argued …"): each word
 *     belongs to one attribution.  For the same reason a frame closing the
 *     sentence ("…, urging calm, the Gazette reported.") takes all before
 *     it, cues inside included.  One to three quoted words with no frame
 *     are a term or a title, not a quotation.
 *     Sentences holding a direct quotation are searched too, before the
 *     quotation and after its frame (", referring to …").
 *
 * The rules were chosen by reading PolNeAR's training annotations (what
 * its annotators count as an attribution); the tests hold sentences of
 * our own for each.
 *
 * Speakers resolve in article order: a name to the fullest name of that
 * person; "he"/"she" to the most recent person in subject position (the
 * first person named in a sentence, or the last speaker); a role phrase to
 * the person introduced with that role, else the article's most mentioned
 * person; organizations to their name.  An sr_speaker_resolver, when
 * given, is asked first for names, roles and organizations.
 */
#include <string.h>

#include "quotes/quotes_internal.h"
#include "util/json.h"

/* ------------------------------------------------------------ tokens */

static int is_word(const qx *x, uint32_t i)
{
    return i < x->n_tok && x->tok[i].kind == SR_TOK_WORD;
}

static int is_terminal(const qx *x, uint32_t i)
{
    if (i >= x->n_tok || x->tok[i].kind != SR_TOK_PUNCT)
        return 0;
    unsigned char c = (unsigned char)x->body[x->tok[i].byte_start];
    return c == '.' || c == '!' || c == '?' || c == 0xE2; /* … */
}

/* An adverb between speaker and cue or after the cue: "also", "firmly". */
static int is_ly_adverb(const qx *x, uint32_t i)
{
    char w[QX_WORD_MAX];
    size_t n = is_word(x, i) ? qx_lower(x, i, w) : 0;
    return n > 4 && w[n - 2] == 'l' && w[n - 1] == 'y' && !(x->tok[i].flags & SR_TOKF_CAPITALIZED);
}

static int cue_at_uncached(const qx *x, uint32_t i, uint32_t *end);

static int is_aux_word(const qx *x, uint32_t i)
{
    return qx_is(x, i, "is") || qx_is(x, i, "are") || qx_is(x, i, "was") || qx_is(x, i, "were") ||
           qx_is(x, i, "be") || qx_is(x, i, "being");
}

/* Cues are looked up many times around each quote: one pass fills a
 * per-token cache after the quote segments are known. */
int qx_cue_at(const qx *x, uint32_t i, uint32_t *end)
{
    if (!x->cue_kind)
        return cue_at_uncached(x, i, end);
    if (i >= x->n_tok)
        return QC_NONE;
    if (end)
        *end = i + x->cue_len[i];
    return x->cue_kind[i];
}

static void fill_cue_cache(qx *x, uint8_t *kind, uint8_t *len)
{
    for (uint32_t i = 0; i < x->n_tok; i++) {
        uint32_t e = i + 1;
        kind[i] = (uint8_t)cue_at_uncached(x, i, &e);
        len[i] = (uint8_t)(e - i);
    }
    x->cue_kind = kind;
    x->cue_len = len;
}

/* "called" at token i gives its object a quoted name, a judgement:
 * "Clinton called him “a bully.”", "what Gilbert called “a perception
 * problem.”".  Not the passive ("as the bill is called"), "so-called", or
 * a plain naming ("a group called “We the People”"): the quote follows an
 * object of one to eight words, or comes right after the cue when "what"
 * or "which" opens the clause. */
static int calls_by_name(const qx *x, uint32_t i)
{
    if (i > 0 && (is_aux_word(x, i - 1) || qx_punct(x, i - 1, '-') || qx_is(x, i - 1, "so") ||
                  qx_is(x, i - 1, "been")))
        return 0;
    uint32_t j = i + 1;
    while (j < x->n_tok && j < i + 10 && x->tok[j].kind != SR_TOK_QUOTE_OPEN) {
        if (x->tok[j].kind == SR_TOK_PUNCT && !qx_punct(x, j, '\'') && !qx_punct(x, j, '-'))
            return 0;
        j++;
    }
    if (j >= x->n_tok || x->tok[j].kind != SR_TOK_QUOTE_OPEN || !x->in_quote || !x->in_quote[j])
        return 0;
    if (j > i + 1)
        return 1;
    for (uint32_t k = i; k-- > 0 && k + 4 >= i;)
        if (qx_is(x, k, "what") || qx_is(x, k, "which"))
            return 1;
    return 0;
}

/* Token i is the possessive "'s" or "’s" ("Clinton’s plans to …"). */
static int is_possessive(const qx *x, uint32_t i)
{
    const sr_token *t = &x->tok[i];
    const char *p = x->body + t->byte_start;
    uint32_t n = t->byte_end - t->byte_start;
    return (n == 2 && p[0] == '\'' && (p[1] | 0x20) == 's') ||
           (n == 4 && memcmp(p, "\xe2\x80\x99", 3) == 0 && (p[3] | 0x20) == 's');
}

/* Intention verbs that report speech without an infinitive too
 * ("agreed that", "promised voters a wall"). */
static int is_plain_cue(const char *w)
{
    return strcmp(w, "agreed") == 0 || strcmp(w, "agree") == 0 || strcmp(w, "agrees") == 0 ||
           strcmp(w, "promised") == 0 || strcmp(w, "vowed") == 0;
}

static int cue_at_uncached(const qx *x, uint32_t i, uint32_t *end)
{
    char w[QX_WORD_MAX];
    if (!is_word(x, i) || (x->in_quote && x->in_quote[i]))
        return QC_NONE;
    /* most words are rejected here without copying: cues are 3 to 12
     * ASCII letters, lowercase but for "According" and headline verbs */
    const sr_token *t = &x->tok[i];
    uint32_t n = t->byte_end - t->byte_start;
    unsigned char c0 = (unsigned char)x->body[t->byte_start];
    /* "Clinton Says No To Fox News": a capitalized cue only between
     * capitalized words, and only the few verbs headlines use */
    int headline = n >= 4 && n <= 6 &&
                   (c0 == 'S' || c0 == 'W' || c0 == 'T' || c0 == 'C' || c0 == 'A') && i > 0 &&
                   i + 1 < x->n_tok && (x->tok[i - 1].flags & SR_TOKF_CAPITALIZED) &&
                   (x->tok[i + 1].flags & (SR_TOKF_CAPITALIZED | SR_TOKF_ALL_CAPS));
    /* "Said Comey, “…”": the inverted frame opening a sentence */
    int opener = n == 4 && (c0 == 'S' || c0 == 'A') && i + 1 < x->n_tok &&
                 (i == 0 || (t->flags & SR_TOKF_PARA_START) || is_terminal(x, i - 1)) &&
                 (x->tok[i + 1].flags & SR_TOKF_CAPITALIZED);
    if (n < 3 || n > 12 || !((c0 >= 'a' && c0 <= 'z') || c0 == 'A' || headline || opener) ||
        !qx_lower(x, i, w))
        return QC_NONE;
    if (opener && (strcmp(w, "said") == 0 || strcmp(w, "says") == 0)) {
        if (end)
            *end = i + 1;
        return QC_SAY;
    }
    if (w[0] == 'a' && strcmp(w, "according") == 0) {
        if (!qx_is(x, i + 1, "to"))
            return QC_NONE;
        if (end)
            *end = i + 2;
        return QC_ACCORDING;
    }
    if ((x->tok[i].flags & SR_TOKF_CAPITALIZED) &&
        !(headline && (strcmp(w, "says") == 0 || strcmp(w, "said") == 0 ||
                       strcmp(w, "warns") == 0 || strcmp(w, "tells") == 0 ||
                       strcmp(w, "claims") == 0 || strcmp(w, "admits") == 0)))
        return QC_NONE;
    if (!sr_qlex_has(QL_CUE, w))
        return QC_NONE;
    uint32_t e = i + 1;
    if (sr_qlex_has(QL_INTENT_CUE, w)) {
        /* "plans to visit": the infinitive is the content; "his plans
         * to", "the hope to" are nouns */
        if (qx_is(x, i + 1, "to") && is_word(x, i + 2) &&
            !(i > 0 && (qx_in(x, i - 1, QL_DETERMINER) || is_possessive(x, i - 1) ||
                        ((is_aux_word(x, i - 1) || qx_is(x, i - 1, "been")) &&
                         strcmp(w + strlen(w) - 3, "ing") != 0)))) {
            if (end)
                *end = e;
            return QC_SAY | QC_WEAK | QC_OBJECT;
        }
        if (!sr_qlex_has(QL_OBJECT_CUE, w) && !sr_qlex_has(QL_WEAK_CUE, w) &&
            !sr_qlex_has(QL_FRAME_CUE, w) && !is_plain_cue(w))
            return QC_NONE;
    }
    if (sr_qlex_has(QL_OBJECT_CUE, w)) {
        /* "called for", "called on", "referring to": the particle belongs
         * to the cue; "called her “weak”" names its object */
        int naming = 0;
        if (w[0] == 'c' && strncmp(w, "call", 4) == 0) {
            if (qx_is(x, i + 1, "for") || qx_is(x, i + 1, "on") || qx_is(x, i + 1, "upon"))
                e = i + 2;
            else if (!(naming = calls_by_name(x, i)))
                return QC_NONE;
        } else if (strncmp(w, "refer", 5) == 0) {
            if (!qx_is(x, i + 1, "to"))
                return QC_NONE;
            e = i + 2;
        } else if (strncmp(w, "talk", 4) == 0 || strncmp(w, "speak", 5) == 0 ||
                   strcmp(w, "spoke") == 0) {
            /* "talked about the economy": what was talked about */
            if (!qx_is(x, i + 1, "about"))
                return QC_NONE;
            e = i + 2;
        }
        if (i > 0 && (qx_is(x, i - 1, "the") || qx_is(x, i - 1, "a") || qx_is(x, i - 1, "an")))
            return QC_NONE;
        if (end)
            *end = e;
        return QC_SAY | QC_WEAK | QC_OBJECT | (naming ? QC_NAMING : 0);
    }
    int kind = sr_qlex_has(QL_FRAME_CUE, w) ? QC_SAY | QC_FRAME : QC_SAY;
    if (w[0] == 't' && sr_qlex_has(QL_TELL_CUE, w))
        kind = QC_SAY | QC_TELL;
    if (sr_qlex_has(QL_WEAK_CUE, w))
        kind |= QC_WEAK;
    if (sr_qlex_has(QL_OUTLET_CUE, w))
        kind |= QC_OUTLET;
    /* "the said", "to say" (declined to say), "a warning" are not cues */
    if (i > 0 && (qx_is(x, i - 1, "the") || qx_is(x, i - 1, "a") || qx_is(x, i - 1, "an")))
        return QC_NONE;
    /* "as Amar put it, “…”": "put it" before a comma or colon */
    if (w[0] == 'p' && strcmp(w, "put") == 0) {
        if (!qx_is(x, i + 1, "it") || i + 2 >= x->n_tok ||
            !(qx_punct(x, i + 2, ',') || qx_punct(x, i + 2, ':') || is_terminal(x, i + 2)))
            return QC_NONE;
        if (end)
            *end = i + 2;
        return kind;
    }
    int point = strncmp(w, "point", 5) == 0;
    if (point || strcmp(w, "summed") == 0) {
        if (!qx_is(x, i + 1, point ? "out" : "up"))
            return QC_NONE;
        e = i + 2;
    }
    if (end)
        *end = e;
    return kind;
}

static uint32_t sent_first(const qx *x, size_t s)
{
    return x->text->sentences[s].first_token;
}

static uint32_t sent_end(const qx *x, size_t s)
{
    return x->text->sentences[s].first_token + x->text->sentences[s].n_tokens;
}

/* ------------------------------------------------------------ segments */

typedef struct segment {
    uint32_t open, close; /* tokens; close is the closing mark or the paragraph's last token */
    uint8_t unclosed;
} segment;

static int quote_family(const qx *x, uint32_t i)
{
    const unsigned char *p = (const unsigned char *)x->body + x->tok[i].byte_start;
    if (p[0] == '\'')
        return 2;
    if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x98 || p[2] == 0x99 || p[2] == 0x9A ||
                                         p[2] == 0xB9 || p[2] == 0xBA))
        return 2;
    return 1;
}

static size_t find_segments(qx *x, segment *out, size_t cap)
{
    size_t n = 0;
    uint32_t stack[8];
    int depth = 0;
    for (uint32_t i = 0; i < x->n_tok; i++) {
        const sr_token *t = &x->tok[i];
        if ((t->flags & SR_TOKF_PARA_START) && i > 0 && depth > 0) {
            /* the quotation goes on when this mark reopens it; a double
             * mark after an unclosed single one ("In 't Veld …") opens a
             * new quotation: that single mark was an apostrophe */
            if (t->kind == SR_TOK_QUOTE_OPEN &&
                quote_family(x, i) == quote_family(x, stack[0])) {
                depth = 1;
                continue;
            }
            if (n < cap)
                out[n++] = (segment){stack[0], i - 1, 1};
            depth = 0;
        }
        if (t->kind == SR_TOK_QUOTE_OPEN) {
            /* "Trump‘s": a single opening mark glued to the word before it
             * is an apostrophe typed with the wrong mark */
            if (i > 0 && !(t->flags & (SR_TOKF_SPACE_BEFORE | SR_TOKF_PARA_START)) &&
                x->tok[i - 1].kind == SR_TOK_WORD && quote_family(x, i) == 2)
                continue;
            if (depth < 8)
                stack[depth++] = i;
        } else if (t->kind == SR_TOK_QUOTE_CLOSE && depth > 0) {
            int fam = quote_family(x, i);
            int k = depth - 1;
            while (k >= 0 && quote_family(x, stack[k]) != fam)
                k--;
            if (k < 0) {
                if (fam == 2)
                    continue; /* an apostrophe */
                k = 0;
            }
            depth = k;
            if (depth == 0 && n < cap)
                out[n++] = (segment){stack[0], i, 0};
        }
    }
    if (depth > 0 && n < cap && x->n_tok > 0)
        out[n++] = (segment){stack[0], (uint32_t)x->n_tok - 1, 1};
    for (size_t s = 0; s < n; s++)
        for (uint32_t i = out[s].open; i <= out[s].close; i++)
            x->in_quote[i] = 1;
    return n;
}

/* ------------------------------------------------------------ frames */

typedef struct frame {
    uint32_t cue_first, cue_end;
    uint32_t sp_first, sp_end; /* speaker tokens */
    uint32_t last;             /* last token the frame covers */
    int cue_kind;
    sr_speaker_kind kind;
    int person;                /* index into people, or -1 */
} frame;

static int has_title(const qx *x, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i < b; i++)
        if (qx_in(x, i, QL_TITLE))
            return 1;
    return 0;
}

/* Decides what kind of speaker tokens [a, b) name. */
static void classify_speaker(qx *x, frame *f)
{
    uint32_t a = f->sp_first, b = f->sp_end;
    f->person = -1;
    if (b == a + 1 && qx_in(x, a, QL_PRONOUN)) {
        f->kind = SR_SPEAKER_PRONOUN;
        return;
    }
    for (uint32_t i = b; i-- > a;) {
        int32_t m = x->mention_at[i];
        if (m < 0)
            continue;
        qx_mention *M = &x->mentions[m];
        if (M->kind == QM_UNKNOWN && !qx_in(x, M->first, QL_GENERIC) && M->end <= b &&
            !(f->cue_kind & QC_OUTLET) &&
            !has_title(x, M->end, b)) {
            M->kind = QM_PERSON;
            M->person = qx_add_person(x, M->name_first, M->end);
            x->people[M->person].n_mentions++;
        }
        if (M->kind == QM_PERSON && M->person >= 0) {
            if (has_title(x, M->end, b))
                break; /* "Stoltenberg's spokesman" */
            f->kind = SR_SPEAKER_PERSON;
            f->person = M->person;
            return;
        }
        if (M->kind == QM_ORG && !has_title(x, a, b)) {
            f->kind = SR_SPEAKER_ORG;
            return;
        }
    }
    /* headlines hold no mentions: "Moreno Says Budget Will Pass" names a
     * person the article names elsewhere */
    if (x->mention_at[b - 1] < 0 && (x->tok[b - 1].flags & SR_TOKF_CAPITALIZED) &&
        !qx_in(x, b - 1, QL_PRONOUN) && !qx_in(x, b - 1, QL_TITLE)) {
        int e = qx_person_of_key(x, b - 1);
        if (e >= 0) {
            f->kind = SR_SPEAKER_PERSON;
            f->person = e;
            return;
        }
    }
    if (has_title(x, a, b)) {
        f->kind = SR_SPEAKER_ROLE;
        return;
    }
    for (uint32_t i = a; i < b; i++)
        if (qx_in(x, i, QL_ORG) || (x->tok[i].flags & SR_TOKF_ALL_CAPS)) {
            f->kind = SR_SPEAKER_ORG;
            return;
        }
    f->kind = SR_SPEAKER_GENERIC;
}

/* Token i is an American legislator's party and state, which stand
 * between commas or parentheses after the name as a title would:
 * "McConnell, R-Ky., said", "Schumer (D-N.Y.) said". */
static int is_party_label(const qx *x, uint32_t i)
{
    const sr_token *t = &x->tok[i];
    const char *p = x->body + t->byte_start;
    return t->kind == SR_TOK_WORD && t->byte_end >= t->byte_start + 3 &&
           (p[0] == 'D' || p[0] == 'R' || p[0] == 'I') && p[1] == '-' && p[2] >= 'A' && p[2] <= 'Z';
}

/* Token i is the period that ends a party label's state ("R-Ky."). */
static int party_label_dot(const qx *x, uint32_t i)
{
    return i > 0 && qx_punct(x, i, '.') && is_party_label(x, i - 1);
}

/* Tokens [a, b) are a party label and its period. */
static int party_label(const qx *x, uint32_t a, uint32_t b)
{
    return is_party_label(x, a) && (b == a + 1 || (b == a + 2 && party_label_dot(x, a + 1)));
}

/* Token k opens a party label in parentheses: "(R)", "(R-Wis.)", "(I-Vt.)". */
static int party_parenthesis(const qx *x, uint32_t k)
{
    if (!qx_punct(x, k, '(') || k + 2 >= x->n_tok)
        return 0;
    const sr_token *t = &x->tok[k + 1];
    char c = x->body[t->byte_start];
    int letter = t->kind == SR_TOK_WORD && t->byte_end == t->byte_start + 1 &&
                 (c == 'D' || c == 'R' || c == 'I');
    if (!letter && !is_party_label(x, k + 1))
        return 0;
    return qx_punct(x, k + 2, ')') || (k + 3 < x->n_tok && party_label_dot(x, k + 2) &&
                                       qx_punct(x, k + 3, ')'));
}

/* The speaker before cue token `cue`, within [lo, cue): "NATO Secretary
 * General Jens Stoltenberg also said", "X, the NATO chief, said". */
static int np_before(qx *x, uint32_t lo, uint32_t cue, frame *f)
{
    if (cue <= lo)
        return 0;
    int64_t k = (int64_t)cue - 1;
    while (k >= lo && (qx_in(x, (uint32_t)k, QL_SKIP_BEFORE) || is_ly_adverb(x, (uint32_t)k) ||
                       qx_is(x, (uint32_t)k, "not"))) {
        /* "declined to say whether", "went on to claim"; but "a Pentagon
         * proposal to maintain a base" has no speaker */
        if (qx_is(x, (uint32_t)k, "to") && k >= lo + 2 &&
            (qx_in(x, (uint32_t)k - 1, QL_DETERMINER) || qx_in(x, (uint32_t)k - 2, QL_DETERMINER) ||
             (k >= lo + 3 && qx_in(x, (uint32_t)k - 3, QL_DETERMINER) &&
              (x->tok[k - 2].flags & SR_TOKF_CAPITALIZED))))
            return 0;
        k--;
    }
    if (k < lo || x->in_quote[k])
        return 0;
    int infinitive = qx_is(x, (uint32_t)k + 1, "to") && k + 1 < cue;
    /* "Ted Cruz, who said he would …": the relative clause's antecedent */
    if (qx_is(x, (uint32_t)k, "who") && k >= lo + 2 && qx_punct(x, (uint32_t)k - 1, ',') &&
        x->mention_at[k - 2] >= 0) {
        const qx_mention *M = &x->mentions[x->mention_at[k - 2]];
        if (M->end == (uint32_t)k - 1 && M->first >= lo &&
            (M->kind == QM_PERSON || M->kind == QM_ROLE || M->kind == QM_UNKNOWN)) {
            f->sp_first = M->first;
            f->sp_end = M->end;
            classify_speaker(x, f);
            return 1;
        }
    }
    if (qx_punct(x, (uint32_t)k, ',')) {
        /* an appositive between commas, holding a role or a determiner */
        int64_t c = k - 1;
        while (c >= lo && c > k - 16 && !qx_punct(x, (uint32_t)c, ',') && !x->in_quote[c] &&
               (x->tok[c].kind != SR_TOK_PUNCT || party_label_dot(x, (uint32_t)c)))
            c--;
        if (c < lo || c <= k - 16 || !qx_punct(x, (uint32_t)c, ',') || c + 1 >= k ||
            !(has_title(x, (uint32_t)c + 1, (uint32_t)k) ||
              qx_in(x, (uint32_t)c + 1, QL_DETERMINER) ||
              party_label(x, (uint32_t)c + 1, (uint32_t)k)))
            return 0;
        k = c - 1;
    } else if (qx_punct(x, (uint32_t)k, ')')) {
        int64_t c = k - 1;
        while (c >= lo && c > k - 30 && !qx_punct(x, (uint32_t)c, '('))
            c--;
        if (c < lo || !qx_punct(x, (uint32_t)c, '('))
            return 0;
        k = c - 1;
    }
    if (k < lo)
        return 0;
    int64_t end = k + 1, b = k;
    for (;;) {
        const sr_token *t = &x->tok[b];
        int inner_of = qx_is(x, (uint32_t)b, "of") && b > lo && b + 1 < end &&
                       (x->tok[b + 1].flags & (SR_TOKF_CAPITALIZED | SR_TOKF_ALL_CAPS)) &&
                       (x->tok[b - 1].flags & SR_TOKF_CAPITALIZED);
        if ((t->kind != SR_TOK_WORD && t->kind != SR_TOK_NUMBER) || x->in_quote[b] ||
            (qx_in(x, (uint32_t)b, QL_NP_BOUNDARY) && !inner_of) || qx_cue_at(x, (uint32_t)b, NULL)) {
            b++;
            break;
        }
        /* "The Alliance is ready to defend each ally", "Cruz was
         * unwilling to endorse": before an infinitive cue, the verb of
         * the predicate ends the speaker phrase */
        if (infinitive && b + 1 < end && b > lo && is_aux_word(x, (uint32_t)b)) {
            end = b--;
            continue;
        }
        if (qx_in(x, (uint32_t)b, QL_DETERMINER) || b == lo || end - b >= 8)
            break;
        b--;
    }
    if (b >= end)
        return 0;
    f->sp_first = (uint32_t)b;
    f->sp_end = (uint32_t)end;
    classify_speaker(x, f);
    return 1;
}

/* A subject that opens its clause at `lo` and is followed by a long
 * appositive or relative clause before the cue: "Lopez-Cantera, a
 * Republican and former state legislator who became lieutenant governor
 * in 2014, said", "Harry Bond, 30, of Raleigh, N.C., who was among those
 * polled, said".  The speaker is the head phrase before the first comma. */
static int appositive_subject(qx *x, uint32_t lo, uint32_t cue, frame *f)
{
    if (cue <= lo + 2)
        return 0;
    int64_t k = (int64_t)cue - 1;
    while (k > lo && (qx_in(x, (uint32_t)k, QL_SKIP_BEFORE) || is_ly_adverb(x, (uint32_t)k)))
        k--;
    if (!qx_punct(x, (uint32_t)k, ','))
        return 0;
    uint32_t a = lo;
    /* "As Andrew Tabler, an expert on Syria, noted: “…”" */
    if (qx_is(x, a, "but") || qx_is(x, a, "and") || qx_is(x, a, "as"))
        a++;
    uint32_t c = a;
    while (c < k && c < a + 8 && (x->tok[c].kind == SR_TOK_WORD || x->tok[c].kind == SR_TOK_NUMBER ||
                                  qx_punct(x, c, '.') || qx_punct(x, c, '-') || qx_punct(x, c, '\'')) &&
           !x->in_quote[c] && !qx_cue_at(x, c, NULL))
        c++;
    if (c == a || !qx_punct(x, c, ',') || c >= (uint32_t)k + 1 || (uint32_t)k - c > 40)
        return 0;
    /* the head is a name, a role or a determined noun phrase, not a clause */
    int head = qx_in(x, a, QL_DETERMINER) || x->mention_at[a] >= 0;
    for (uint32_t i = a; i < c && head; i++)
        if (qx_in(x, i, QL_NP_BOUNDARY) && !qx_is(x, i, "of") && !qx_is(x, i, "that") &&
            i != a)
            head = 0;
    if (!head || qx_in(x, a, QL_PRONOUN) || (qx_in(x, a, QL_CAP_STOP) && !qx_in(x, a, QL_DETERMINER)))
        return 0;
    for (uint32_t i = c + 1; i < (uint32_t)k; i++)
        if (x->in_quote[i] || is_terminal(x, i) || qx_punct(x, i, ':') || qx_punct(x, i, ';'))
            return 0;
    f->sp_first = a;
    f->sp_end = c;
    classify_speaker(x, f);
    return 1;
}

static int is_preposition(const qx *x, uint32_t i)
{
    static const char *const preps[] = {"after", "at", "before", "during", "in", "into", "on",
                                        "over", "through", "to", "via", "while", "with"};
    for (size_t k = 0; k < sizeof preps / sizeof *preps; k++)
        if (qx_is(x, i, preps[k]))
            return 1;
    return 0;
}

static int is_weekday(const qx *x, uint32_t i)
{
    char w[QX_WORD_MAX];
    size_t n = qx_lower(x, i, w);
    return n > 6 && strcmp(w + n - 3, "day") == 0 && qx_in(x, i, QL_NOT_PERSON) &&
           strcmp(w, "today") != 0;
}

static int is_weekday_or_date(const qx *x, uint32_t i)
{
    return x->tok[i].kind == SR_TOK_NUMBER || qx_in(x, i, QL_NOT_PERSON);
}

/* Skips what may stand between a cue and its speaker or content: "on
 * Friday", "in a statement", "also", "firmly". */
static uint32_t skip_adverbials(const qx *x, uint32_t j, uint32_t end)
{
    for (;;) {
        if (j < end && (qx_in(x, j, QL_ADVERBIAL_AFTER) || is_ly_adverb(x, j))) {
            j++;
        } else if (j < end && is_weekday(x, j)) {
            j++; /* "said Tuesday" */
        } else if (j + 1 < end && qx_is(x, j, "on") && is_weekday_or_date(x, j + 1)) {
            j += 2;
            while (j < end && x->tok[j].kind == SR_TOK_NUMBER)
                j++;
        } else if (j + 2 < end && qx_is(x, j, "in") &&
                   (qx_is(x, j + 1, "a") || qx_is(x, j + 1, "an")) &&
                   (qx_is(x, j + 2, "statement") || qx_is(x, j + 2, "interview") ||
                    qx_is(x, j + 2, "tweet") || qx_is(x, j + 2, "post") ||
                    qx_is(x, j + 2, "speech") || qx_is(x, j + 2, "letter"))) {
            j += 3;
        } else {
            return j;
        }
    }
}

/* The speaker after a cue (inverted order): "said Rutte", "said on Friday
 * the NATO Secretary General, Jens Stoltenberg,". */
static int np_after(qx *x, uint32_t j, uint32_t end, frame *f)
{
    j = skip_adverbials(x, j, end);
    uint32_t a = j;
    if (j < end && qx_in(x, j, QL_DETERMINER))
        j++;
    while (j < end && j - a < 8 && !x->in_quote[j]) {
        const sr_token *t = &x->tok[j];
        if (t->kind != SR_TOK_WORD && t->kind != SR_TOK_NUMBER)
            break;
        if (qx_is(x, j, "of") && j + 1 < end &&
            ((x->tok[j + 1].flags & SR_TOKF_CAPITALIZED) || qx_is(x, j + 1, "the"))) {
            j++;
            continue;
        }
        if (qx_in(x, j, QL_NP_BOUNDARY) || qx_cue_at(x, j, NULL))
            break;
        j++;
    }
    if (j == a || (j == a + 1 && qx_in(x, a, QL_DETERMINER)))
        return 0;
    /* an appositive name: ", Jens Stoltenberg," */
    if (qx_punct(x, j, ',') && j + 1 < end && x->mention_at[j + 1] >= 0) {
        const qx_mention *M = &x->mentions[x->mention_at[j + 1]];
        if (M->kind == QM_PERSON && M->first == j + 1 &&
            (M->end >= end || x->tok[M->end].kind == SR_TOK_PUNCT))
            j = M->end;
    }
    f->sp_first = a;
    f->sp_end = j;
    f->last = j > a ? j - 1 : a;
    classify_speaker(x, f);
    return 1;
}

/* A cue that may frame a quotation: weak cues ("concluded", "predicted",
 * "charged") only when `weak_ok`, that is right after a quotation closed
 * on its own punctuation ("…,” Allen concluded."), where they can be
 * nothing else; object cues never. */
static int framing_cue(int kind, int weak_ok)
{
    if (!kind || (kind & (QC_ACCORDING | QC_OBJECT)))
        return 0;
    return !(kind & QC_WEAK) || weak_ok;
}

/* Tokens [a, b) are one to four capitalized words. */
static int capitalized_run(const qx *x, uint32_t a, uint32_t b)
{
    if (b <= a || b > a + 4)
        return 0;
    for (uint32_t i = a; i < b; i++)
        if (!is_word(x, i) || x->in_quote[i] ||
            !(x->tok[i].flags & (SR_TOKF_CAPITALIZED | SR_TOKF_ALL_CAPS)))
            return 0;
    return 1;
}

/* A frame that starts at token k: "said X" or "X said" (within [k, end)). */
static int frame_at(qx *x, uint32_t k, uint32_t end, int weak_ok, frame *f)
{
    uint32_t ce;
    int kind;
    if (k >= end)
        return 0;
    if (framing_cue(kind = qx_cue_at(x, k, &ce), weak_ok)) {
        f->cue_first = k;
        f->cue_end = ce;
        f->cue_kind = kind;
        return np_after(x, ce, end, f) && (f->sp_first == ce || f->sp_first > ce);
    }
    for (uint32_t m = k + 1; m < end && m < k + 12; m++) {
        if (x->in_quote[m] || (x->tok[m].kind == SR_TOK_PUNCT && !qx_punct(x, m, ',') &&
                               !qx_punct(x, m, '(') && !qx_punct(x, m, ')') &&
                               !party_label_dot(x, m)))
            return 0;
        if (framing_cue(kind = qx_cue_at(x, m, &ce), weak_ok)) {
            if (!np_before(x, k, m, f))
                return 0;
            if (f->sp_first != k && capitalized_run(x, k, f->sp_first)) {
                /* "CBS This Morning co-anchor DeMarco Morgan said": a
                 * capitalized name before the determiner np_before stops at */
                f->sp_first = k;
                classify_speaker(x, f);
            }
            /* "Dovere and Debenedetti wrote", "the Vermont senator and
             * presidential candidate told": coordinated subjects; the
             * first names the speaker */
            frame g = *f;
            if (f->sp_first != k &&
                !(f->sp_first >= k + 2 && qx_is(x, f->sp_first - 1, "and") &&
                  np_before(x, k, f->sp_first - 1, &g) && g.sp_first == k))
                return 0;
            if (f->sp_first != k)
                *f = g;
            f->cue_first = m;
            f->cue_end = ce;
            f->cue_kind = kind;
            f->last = ce - 1;
            return 1;
        }
    }
    return 0;
}

static int is_participle(const qx *x, uint32_t i);
static int sentence_subject(qx *x, uint32_t fo, uint32_t before, frame *f);

/* The subject that opens the clause [lo, before): a name, role or
 * organization right at its start, after an introductory phrase closed by
 * a comma ("At Sunday's debate, Sanders compared …"), or else the first
 * person the clause names. */
static int subject_of_clause(qx *x, uint32_t lo, uint32_t before, frame *f)
{
    static const char *const intro[] = {"after", "as", "at", "before", "despite", "during",
                                        "following", "in", "on", "since", "when", "while"};
    uint32_t a = lo;
    int opens_intro = 0;
    for (size_t k = 0; k < sizeof intro / sizeof *intro && !opens_intro; k++)
        opens_intro = qx_is(x, a, intro[k]);
    if (opens_intro) {
        /* an introductory phrase: its closing comma */
        uint32_t c = a + 1;
        while (c < before && c < a + 15 && !qx_punct(x, c, ',') && !x->in_quote[c])
            c++;
        if (c < before && qx_punct(x, c, ','))
            a = c + 1;
    }
    if (a < before && qx_in(x, a, QL_PRONOUN) && !x->in_quote[a]) {
        f->sp_first = a;
        f->sp_end = a + 1;
        classify_speaker(x, f);
        return 1;
    }
    uint32_t m = a;
    if (m < before && qx_in(x, m, QL_DETERMINER))
        m++;
    if (m < before && x->mention_at[m] >= 0 && !x->in_quote[m]) {
        const qx_mention *M = &x->mentions[x->mention_at[m]];
        if (M->first == m && M->end <= before && M->kind != QM_OTHER) {
            f->sp_first = a;
            f->sp_end = M->end;
            classify_speaker(x, f);
            return 1;
        }
    }
    return sentence_subject(x, lo, before, f);
}

/* Cue token m shares the subject of the clause before it: "…, saying",
 * "… and said", "…, then added", "… and later told". */
static int coordinated_cue(const qx *x, uint32_t lo, uint32_t m)
{
    uint32_t k = m - 1;
    int skipped = 0;
    while (k > lo && skipped < 2 && (qx_in(x, k, QL_SKIP_BEFORE) || is_ly_adverb(x, k)) &&
           !qx_is(x, k, "to")) {
        k--;
        skipped++;
    }
    if (qx_is(x, k, "and") || qx_is(x, k, "but"))
        return 1;
    return qx_punct(x, k, ',') && (is_participle(x, m) || skipped);
}

/* A frame ending right before token p (the ":" or "," before a quote, or
 * the quote itself): "he said:", "Stoltenberg told reporters,",
 * "According to the minister,". */
static int frame_before(qx *x, uint32_t lo, uint32_t p, frame *f)
{
    for (uint32_t m = p; m-- > lo && m + 12 > p;) {
        if (x->in_quote[m])
            return 0;
        uint32_t ce;
        int kind = qx_cue_at(x, m, &ce);
        /* a weak cue frames a quotation it introduces with a comma or a
         * colon: "He concluded, “…”", "the report found: “…”" */
        if (!kind || ((kind & QC_WEAK) && !(ce == p && (kind & QC_OBJECT) == 0 &&
                                            (qx_punct(x, p, ',') || qx_punct(x, p, ':')))))
            continue;
        f->cue_first = m;
        f->cue_end = ce;
        f->cue_kind = kind;
        if (kind & QC_ACCORDING) {
            if (ce >= p)
                return 0;
            f->sp_first = ce;
            f->sp_end = p;
            classify_speaker(x, f);
            return 1;
        }
        if (np_before(x, lo, m, f))
            return 1;
        /* "Albright urged women to vote for Clinton, saying, “…”", "Lind
         * opened the dam and then added, “…”": a participle after a comma,
         * or a verb joined to the clause's, has the clause's subject */
        if (m > lo + 1 && coordinated_cue(x, lo, m) && subject_of_clause(x, lo, m, f))
            return 1;
        /* "Mark Mahaney, technology analyst at RBC, agreed: “…”" */
        if (appositive_subject(x, lo, m, f))
            return 1;
        /* inverted before a quote: 'said Rutte: "..."' */
        frame g = *f;
        if (np_after(x, ce, p, &g) && g.sp_end == p) {
            *f = g;
            return 1;
        }
        return 0;
    }
    return 0;
}

/* ------------------------------------------------------------ speakers */

typedef struct state {
    qx *x;
    int last_speaker;        /* person index of the last speaker, or -1 */
    uint32_t last_speaker_tok;
    int last_org_mention;    /* mention index, or -1 */
    /* the running speaker, for quotes that stand alone */
    const frame *running;
    frame running_frame;
    uint32_t running_para;
    int has_running;
} state;

static const char *tokens_text(qx *x, uint32_t a, uint32_t b)
{
    if (b <= a)
        return NULL;
    return sr_arena_strndup(x->arena, x->body + x->tok[a].byte_start,
                            x->tok[b - 1].byte_end - x->tok[a].byte_start);
}

static int call_resolver(qx *x, sr_speaker_kind kind, const char *mention, const char **name,
                         const char **code)
{
    if (!x->resolver || !x->resolver->resolve || !mention)
        return 0;
    const char *n = NULL, *c = NULL;
    if (!x->resolver->resolve(x->resolver->userdata, kind, mention, x->date, x->arena, &n, &c) ||
        !n)
        return 0;
    *name = n;
    *code = c;
    return 1;
}

static void person_name(qx *x, int e, const char **name, const char **code)
{
    qx_person *p = &x->people[e];
    if (!p->name) {
        p->name = tokens_text(x, p->name_first, p->name_end);
        if (!call_resolver(x, SR_SPEAKER_PERSON, p->name, &p->name, &p->code))
            p->code = NULL;
    }
    *name = p->name;
    *code = p->code;
}

/* The most recent person in subject position before token p: the last
 * speaker, or the first person named in a sentence outside quotes. */
static int subject_before(const state *st, uint32_t p)
{
    const qx *x = st->x;
    int best = -1;
    uint32_t best_tok = 0;
    if (st->last_speaker >= 0 && st->last_speaker_tok < p) {
        best = st->last_speaker;
        best_tok = st->last_speaker_tok;
    }
    for (size_t m = x->n_mentions; m-- > 0;) {
        const qx_mention *M = &x->mentions[m];
        if (M->first >= p)
            continue;
        if (M->first < best_tok)
            break;
        if (M->kind != QM_PERSON || M->person < 0 || x->in_quote[M->first])
            continue;
        /* only the first person named in its sentence counts */
        size_t s = qx_sentence_of(x, M->first);
        int first_in_sentence = 1;
        for (size_t k = m; k-- > 0;) {
            const qx_mention *K = &x->mentions[k];
            if (K->first < sent_first(x, s))
                break;
            if (K->kind == QM_PERSON && !x->in_quote[K->first]) {
                first_in_sentence = 0;
                break;
            }
        }
        if (first_in_sentence && M->first >= best_tok) {
            best = M->person;
            break;
        }
    }
    return best;
}

static int last_org_before(const qx *x, uint32_t p, const char *head)
{
    for (size_t m = x->n_mentions; m-- > 0;) {
        const qx_mention *M = &x->mentions[m];
        if (M->first >= p || M->kind != QM_ORG)
            continue;
        if (!head)
            return (int)m;
        for (uint32_t i = M->first; i < M->end; i++)
            if (qx_is(x, i, head))
                return (int)m;
    }
    return -1;
}

/* Fills the quote's speaker from the frame. */
static void resolve_speaker(state *st, frame *f, sr_quote *q)
{
    qx *x = st->x;
    q->speaker_kind = f->kind;
    q->speaker_text = tokens_text(x, f->sp_first, f->sp_end);
    q->speaker_start = x->tok[f->sp_first].start;
    q->speaker_end = x->tok[f->sp_end - 1].end;
    q->speaker_name = NULL;
    q->speaker_code = NULL;
    int person = -1;
    switch (f->kind) {
    case SR_SPEAKER_PERSON:
        person = f->person;
        break;
    case SR_SPEAKER_PRONOUN: {
        char w[QX_WORD_MAX];
        qx_lower(x, f->sp_first, w);
        if (strcmp(w, "he") == 0 || strcmp(w, "she") == 0 || strcmp(w, "him") == 0 ||
            strcmp(w, "her") == 0) {
            person = subject_before(st, f->sp_first);
        } else if (strcmp(w, "they") == 0 || strcmp(w, "it") == 0 || strcmp(w, "them") == 0) {
            int m = last_org_before(x, f->sp_first, NULL);
            if (m >= 0)
                q->speaker_name = tokens_text(x, x->mentions[m].first, x->mentions[m].end);
        }
        break;
    }
    case SR_SPEAKER_ROLE:
        if (call_resolver(x, SR_SPEAKER_ROLE, q->speaker_text, &q->speaker_name,
                          &q->speaker_code))
            break;
        person = qx_person_for_role(x, f->sp_first, f->sp_end, f->sp_first);
        if (person < 0)
            person = qx_protagonist(x);
        break;
    case SR_SPEAKER_ORG: {
        if (call_resolver(x, SR_SPEAKER_ORG, q->speaker_text, &q->speaker_name,
                          &q->speaker_code))
            break;
        uint32_t a = f->sp_first;
        while (a + 1 < f->sp_end && qx_in(x, a, QL_DETERMINER))
            a++;
        /* "the ministry" is the ministry named before */
        if (a + 1 == f->sp_end && !(x->tok[a].flags & SR_TOKF_CAPITALIZED)) {
            char w[QX_WORD_MAX];
            int m = qx_lower(x, a, w) ? last_org_before(x, f->sp_first, w) : -1;
            if (m >= 0) {
                q->speaker_name = tokens_text(x, x->mentions[m].first, x->mentions[m].end);
                break;
            }
        }
        q->speaker_name = tokens_text(x, a, f->sp_end);
        break;
    }
    default:
        break;
    }
    if (person >= 0) {
        person_name(x, person, &q->speaker_name, &q->speaker_code);
        st->last_speaker = person;
        st->last_speaker_tok = f->sp_first;
    }
}

/* ------------------------------------------------------------ quotes */

typedef struct out_quotes {
    sr_quote *items;
    size_t n, cap;
    uint32_t last_tok; /* the last token of the quotation emitted last */
    /* that quotation's cue (tokens [cue_first, cue_end)) and the last token
     * its frame covers; has_cue is 0 when it stood alone */
    uint32_t cue_first, cue_end, frame_last;
    int has_cue;
} out_quotes;

static sr_quote *emit(qx *x, out_quotes *o, sr_quote_kind kind, uint32_t a, uint32_t b_incl,
                      const frame *f)
{
    if (o->n >= o->cap || b_incl < a)
        return NULL;
    sr_quote *q = &o->items[o->n++];
    memset(q, 0, sizeof *q);
    o->last_tok = b_incl;
    o->has_cue = f != NULL;
    if (f) {
        o->cue_first = f->cue_first;
        o->cue_end = f->cue_end;
        o->frame_last = f->cue_end - 1;
        if (f->sp_end > f->sp_first && f->sp_end - 1 > o->frame_last)
            o->frame_last = f->sp_end - 1;
        if (f->last > o->frame_last && f->last < x->n_tok)
            o->frame_last = f->last;
    }
    q->kind = kind;
    q->start = x->tok[a].start;
    q->end = x->tok[b_incl].end;
    q->byte_start = x->tok[a].byte_start;
    q->byte_end = x->tok[b_incl].byte_end;
    q->sentence = (uint32_t)qx_sentence_of(x, a);
    q->text = sr_arena_strndup(x->arena, x->body + q->byte_start, q->byte_end - q->byte_start);
    if (f) {
        q->cue = tokens_text(x, f->cue_first, f->cue_end);
        q->cue_start = x->tok[f->cue_first].start;
        q->cue_end = x->tok[f->cue_end - 1].end;
    }
    return q;
}

/* Stretches quotation q (emitted last) to end at token b_incl. */
static void extend_last(qx *x, out_quotes *o, sr_quote *q, uint32_t b_incl)
{
    q->end = x->tok[b_incl].end;
    q->byte_end = x->tok[b_incl].byte_end;
    q->text = sr_arena_strndup(x->arena, x->body + q->byte_start, q->byte_end - q->byte_start);
    o->last_tok = b_incl;
}

/* Every word of four letters or more is capitalized. */
static int is_title_case(const qx *x, uint32_t a, uint32_t b)
{
    int long_words = 0;
    for (uint32_t i = a; i < b; i++) {
        if (x->tok[i].kind != SR_TOK_WORD || x->tok[i].end - x->tok[i].start < 4)
            continue;
        if (!(x->tok[i].flags & (SR_TOKF_CAPITALIZED | SR_TOKF_ALL_CAPS)))
            return 0;
        long_words++;
    }
    return long_words > 1;
}

/* A cue, or a pronoun and a cue, at token n: "… said X", "… he said". */
static int cue_follows(const qx *x, uint32_t n)
{
    if (n < x->n_tok && x->tok[n].kind == SR_TOK_PUNCT && qx_punct(x, n, ','))
        n++;
    if (n >= x->n_tok)
        return 0;
    int ck = qx_cue_at(x, n, NULL);
    if (ck && !(ck & (QC_WEAK | QC_ACCORDING)))
        return 1;
    ck = qx_cue_at(x, n + 1, NULL);
    return (qx_in(x, n, QL_PRONOUN) || x->mention_at[n] >= 0) && ck &&
           !(ck & (QC_WEAK | QC_ACCORDING));
}

/* Token i opens a line of the body: texts that keep single line breaks
 * inside a paragraph set lists of quotations one per line ("“…” ― Ana
 * Ruiz¶“…” ― Bo Lee"). */
static int starts_line(const qx *x, uint32_t i)
{
    if (i == 0)
        return 1;
    for (uint32_t b = x->tok[i - 1].byte_end; b < x->tok[i].byte_start; b++)
        if (x->body[b] == '\n')
            return 1;
    return 0;
}

static int segment_is_clause(const qx *x, const segment *g)
{
    size_t so = qx_sentence_of(x, g->open), sc = qx_sentence_of(x, g->close);
    uint32_t fo = sent_first(x, so), ec = sent_end(x, sc);
    uint32_t words = 0, first = g->open + 1, last = g->close;
    /* '' doubled marks (NYT style) and nested marks at the edges */
    while (first < g->close && x->tok[first].kind == SR_TOK_QUOTE_OPEN)
        first++;
    while (last > first && x->tok[last - 1].kind == SR_TOK_QUOTE_CLOSE)
        last--;
    for (uint32_t i = first; i < last; i++)
        words += x->tok[i].kind == SR_TOK_WORD || x->tok[i].kind == SR_TOK_NUMBER;
    int inner_punct = last > first && (is_terminal(x, last - 1) || qx_punct(x, last - 1, ','));
    if (words == 0 || (words < 3 && !inner_punct))
        return 0;
    int pre_cue = g->open > 0 ? qx_cue_at(x, g->open - 1, NULL) : 0;
    int pre_ok = g->open == fo || starts_line(x, g->open) || qx_punct(x, g->open - 1, ':') ||
                 qx_punct(x, g->open - 1, ',') ||
                 is_terminal(x, g->open - 1) ||
                 x->tok[g->open - 1].kind == SR_TOK_QUOTE_CLOSE ||
                 (pre_cue && !(pre_cue & QC_WEAK) &&
                  first < x->n_tok && (x->tok[first].flags & SR_TOKF_CAPITALIZED) && inner_punct);
    if (!pre_ok)
        return 0;
    /* a title ("the reality show “The Apprentice,”", "his book, “Crippled
     * America: How to Make America Great Again,”") is no statement unless
     * a cue follows it */
    if (words <= 8 && g->open > fo && !qx_punct(x, g->open - 1, ':') && !pre_cue &&
        is_title_case(x, first, last) && !cue_follows(x, g->close + 1))
        return 0;
    if (g->unclosed || g->close + 1 >= ec)
        return 1;
    uint32_t n = g->close + 1;
    if (x->tok[n].kind == SR_TOK_PUNCT) {
        return is_terminal(x, n) || qx_punct(x, n, ',') || qx_punct(x, n, ';') ||
               qx_punct(x, n, ':') || qx_punct(x, n, ')') ||
               (x->body[x->tok[n].byte_start] & 0x80); /* dashes */
    }
    if (x->tok[n].kind == SR_TOK_QUOTE_OPEN)
        return 1;
    /* "“…” he said" without a comma; "“…” said Nick Merrill" */
    if (inner_punct)
        return 1;
    int ck = qx_cue_at(x, n, NULL);
    if (ck && !(ck & (QC_WEAK | QC_ACCORDING)) && words >= 3)
        return 1;
    ck = qx_cue_at(x, n + 1, NULL);
    if (words >= 3 && qx_in(x, n, QL_PRONOUN) && ck && !(ck & (QC_WEAK | QC_ACCORDING)))
        return 1;
    /* "“The Iowa caucus is a battle of niches” Grubbs said." */
    if (words >= 3 && x->mention_at[n] >= 0 && x->mentions[x->mention_at[n]].first == n) {
        ck = qx_cue_at(x, x->mentions[x->mention_at[n]].end, NULL);
        return ck && !(ck & (QC_WEAK | QC_ACCORDING));
    }
    return 0;
}

/* "“…,” Harry Bond, 30, of Raleigh, N.C., who was among those polled,
 * said": the first cue of the sentence, with a subject that opens right
 * after the quote. */
static int frame_after_long_subject(qx *x, uint32_t k, uint32_t end, frame *f)
{
    for (uint32_t m = k + 3; m < end && m < k + 45; m++) {
        if (x->in_quote[m] || is_terminal(x, m))
            return 0;
        uint32_t ce;
        int kind = qx_cue_at(x, m, &ce);
        if (!kind)
            continue;
        if (kind & (QC_ACCORDING | QC_WEAK) || qx_is(x, m - 1, "who"))
            continue; /* "who said he left": the relative clause's own cue */
        if (!appositive_subject(x, k, m, f))
            return 0;
        f->cue_first = m;
        f->cue_end = ce;
        f->cue_kind = kind;
        f->last = skip_adverbials(x, ce, end) - 1;
        return 1;
    }
    return 0;
}

/* The quotation closing at token `close` ends on its own comma, question
 * or exclamation mark: a clause complete in itself. */
static int closes_on_punct(const qx *x, uint32_t close)
{
    uint32_t i = close;
    while (i > 0 && x->tok[i].kind == SR_TOK_QUOTE_CLOSE)
        i--;
    if (i == close || x->tok[i].kind != SR_TOK_PUNCT)
        return 0;
    unsigned char c = (unsigned char)x->body[x->tok[i].byte_start];
    return c == ',' || c == '?' || c == '!';
}

/* The frame after a segment: "…,” Rutte said", "…,” said X". */
static int frame_after(qx *x, uint32_t close, frame *f)
{
    size_t s = qx_sentence_of(x, close);
    uint32_t end = sent_end(x, s), k = close + 1;
    int weak_ok = closes_on_punct(x, close);
    if (k >= end) {
        /* the splitter may end the sentence at the closing mark ("…?” he asked.") */
        if (s + 1 >= x->text->n_sentences ||
            x->text->sentences[s + 1].paragraph != x->text->sentences[s].paragraph)
            return 0;
        end = sent_end(x, s + 1);
        if (!(x->tok[k].flags & SR_TOKF_CAPITALIZED) || qx_in(x, k, QL_CAP_STOP)) {
            if (!qx_in(x, k, QL_PRONOUN))
                return 0;
        }
        if (!frame_at(x, k, end, weak_ok, f))
            return 0;
        /* the frame ends its sentence, or goes on with an adverbial only
         * ("Miller said pleasantly into the phone."): a clause after it
         * would be a statement of its own */
        uint32_t j = skip_adverbials(x, f->last + 1, end);
        return j >= end || is_terminal(x, j) || (is_preposition(x, j) && !qx_is(x, j, "to"));
    }
    if (qx_punct(x, k, ',') || (x->tok[k].kind == SR_TOK_PUNCT && (x->body[x->tok[k].byte_start] & 0x80)))
        k++;
    uint32_t ce;
    if (k < end && (qx_cue_at(x, k, &ce) & QC_ACCORDING)) {
        /* "“…,” according to CNN." */
        uint32_t e = ce;
        while (e < end && e < ce + 12 && is_word(x, e) && !x->in_quote[e])
            e++;
        if (e == ce || (e < end && !qx_punct(x, e, ',') && !is_terminal(x, e)))
            return 0;
        f->cue_first = k;
        f->cue_end = ce;
        f->cue_kind = QC_ACCORDING;
        f->sp_first = ce;
        f->sp_end = e;
        f->last = e - 1;
        classify_speaker(x, f);
        return 1;
    }
    if (frame_at(x, k, end, weak_ok, f))
        return 1;
    return frame_after_long_subject(x, k, end, f);
}

/* A frame at the end of the sentence holding `close`: "…,” including …, he said." */
static int frame_at_sentence_end(qx *x, uint32_t close, frame *f)
{
    size_t s = qx_sentence_of(x, close);
    uint32_t end = sent_end(x, s), last = end;
    while (last > close + 1 && x->tok[last - 1].kind == SR_TOK_PUNCT)
        last--;
    if (last <= close + 1)
        return 0;
    uint32_t ce;
    for (uint32_t m = last; m-- > close + 1 && m + 6 > last;) {
        int kind = qx_cue_at(x, m, &ce);
        if (!kind || (kind & (QC_WEAK | QC_ACCORDING)))
            continue;
        if (skip_adverbials(x, ce, last) != last)
            return 0;
        if (!np_before(x, close + 1, m, f) || !qx_punct(x, f->sp_first - 1, ','))
            return 0;
        f->cue_first = m;
        f->cue_end = ce;
        f->cue_kind = kind;
        f->last = last - 1;
        return 1;
    }
    return 0;
}

/* First word of the content after a cue: past an addressee ("told
 * Reuters"), adverbials and "that" when it comes within a few words. */
/* Verbs of knowing, feeling and worrying ("knew the mayor", "felt the
 * town was changing", "as expected", "the tactics worried the harbour
 * authority"), and "thought" ("more than thought"), take an object far
 * more often than a clause without "that": not read as attributions then. */
static int takes_object_mostly(const qx *x, uint32_t i)
{
    static const char *const verbs[] = {"assume", "assumed", "assumes", "decided", "expected",
                                        "feel", "feels", "felt", "knew", "know", "known",
                                        "knows", "learned", "thought", "understand",
                                        "understands", "understood", "worried", "worries",
                                        "worry", "worrying"};
    for (size_t k = 0; k < sizeof verbs / sizeof *verbs; k++)
        if (qx_is(x, i, verbs[k]))
            return 1;
    return 0;
}

/* Token j can open the subject of a clause: a subject pronoun, a
 * determiner, a name or a number. */
static int opens_subject(const qx *x, uint32_t j)
{
    static const char *const subjects[] = {"he", "i", "it", "she", "there", "they", "we", "you"};
    static const char *const dets[] = {"a", "an", "his", "its", "most", "many", "no", "some",
                                       "the", "their", "these", "this", "those"};
    if (x->in_quote[j])
        return 0;
    if (x->tok[j].kind == SR_TOK_NUMBER)
        return 1;
    if (x->tok[j].kind != SR_TOK_WORD)
        return 0;
    for (size_t k = 0; k < sizeof subjects / sizeof *subjects; k++)
        if (qx_is(x, j, subjects[k]))
            return 1;
    for (size_t k = 0; k < sizeof dets / sizeof *dets; k++)
        if (qx_is(x, j, dets[k]))
            return 1;
    return (x->tok[j].flags & SR_TOKF_CAPITALIZED) && !qx_in(x, j, QL_CAP_STOP);
}

/* A word that opens an indirect question or a request: "asked (him)
 * whether …", "asked about …", "asked to see …". */
static int opens_question(const qx *x, uint32_t i)
{
    static const char *const words[] = {"about", "how", "if", "to", "what", "when",
                                        "where", "whether", "which", "who", "why"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (qx_is(x, i, words[k]))
            return 1;
    return 0;
}

static int is_ask(const qx *x, uint32_t i)
{
    return qx_is(x, i, "asked") || qx_is(x, i, "asks") || qx_is(x, i, "ask") ||
           qx_is(x, i, "asking");
}

/* Tokens from j up to a "that" are a time phrase: "said last week that",
 * "said earlier this month that". */
static int time_words(const qx *x, uint32_t j, uint32_t end)
{
    static const char *const words[] = {"afternoon", "earlier", "evening", "last", "later",
                                        "month", "morning", "night", "this", "week",
                                        "weekend", "year", "yesterday"};
    uint32_t k = j;
    for (; k < end && k < j + 3; k++) {
        int known = 0;
        for (size_t w = 0; w < sizeof words / sizeof *words && !known; w++)
            known = qx_is(x, k, words[w]);
        if (!known)
            break;
    }
    return k > j && k < end && qx_is(x, k, "that");
}

static uint32_t content_start_after(const qx *x, uint32_t ce, uint32_t end, int kind, int *ok)
{
    uint32_t j = skip_adverbials(x, ce, end);
    *ok = 0;
    if (ce > 0 && is_ask(x, ce - 1)) {
        /* "asked Sanders how he is feeling": the question, not who was asked */
        for (uint32_t k = j; k < end && k < j + 6; k++) {
            if (x->tok[k].kind == SR_TOK_PUNCT || x->in_quote[k])
                break;
            if (opens_question(x, k)) {
                *ok = 1;
                return qx_is(x, k, "about") ? k + 1 : k; /* "asked about" is the cue */
            }
        }
    }
    if (kind & QC_TELL) {
        uint32_t k = j;
        if (k < end && qx_in(x, k, QL_DETERMINER))
            k++;
        while (k < end && k < j + 4 && is_word(x, k) && !qx_is(x, k, "that") &&
               !qx_cue_at(x, k, NULL))
            k++;
        j = k;
    }
    /* "that" opens the content right after the cue, or after a phrase
     * that starts with a preposition ("said in one of a series of Twitter
     * messages that", "said on CNN, where he works, that"); a later "that"
     * belongs to the content ("said he is unconvinced that …") */
    uint32_t reach = j < end && (is_preposition(x, j) || qx_punct(x, j, ',')) ? j + 16
                     : time_words(x, j, end) ? j + 4 : j + 1;
    for (uint32_t k = j; k < end && k < reach; k++) {
        if (qx_is(x, k, "that")) {
            *ok = 1;
            return k;
        }
        /* "Cruz, Woolson said, is that …": past a verb, "that" is no
         * longer the cue's */
        if (x->in_quote[k] || (x->tok[k].kind == SR_TOK_PUNCT && !qx_punct(x, k, ',')) ||
            is_aux_word(x, k))
            break;
    }
    if (kind & QC_WEAK) {
        /* "I think the party will unite", "Cruz believes he can win": a
         * weak cue takes a clause without "that" when a subject opens it */
        *ok = j + 1 < end && opens_subject(x, j) && !takes_object_mostly(x, ce - 1);
        return j;
    }
    if (j >= end || x->tok[j].kind == SR_TOK_PUNCT || qx_in(x, j, QL_NP_BOUNDARY))
        return j;
    /* "he said this on Thursday", "said so": no content */
    if ((qx_is(x, j, "this") || qx_is(x, j, "so") || qx_is(x, j, "it") || qx_is(x, j, "nothing")) &&
        (j + 1 >= end || x->tok[j + 1].kind == SR_TOK_PUNCT || qx_in(x, j + 1, QL_NP_BOUNDARY)))
        return j;
    *ok = 1;
    return j;
}

/* First word of an object cue's content: "endorsed Mrs. Clinton",
 * "wants to be a hero", "accused him of …", "criticized on Friday the
 * plan". */
static uint32_t object_content_start(const qx *x, uint32_t ce, uint32_t end, int *ok)
{
    uint32_t j = skip_adverbials(x, ce, end);
    *ok = 0;
    if (j >= end)
        return j;
    const sr_token *t = &x->tok[j];
    if (t->kind == SR_TOK_QUOTE_OPEN || t->kind == SR_TOK_NUMBER ||
        (t->kind == SR_TOK_WORD && (!qx_in(x, j, QL_NP_BOUNDARY) || qx_is(x, j, "that") ||
                                    (qx_is(x, j, "to") && is_word(x, j + 1)))))
        *ok = 1;
    return j;
}

static uint32_t content_start(const qx *x, uint32_t ce, uint32_t end, int kind, int *ok)
{
    if (kind & QC_OBJECT)
        return object_content_start(x, ce, end, ok);
    return content_start_after(x, ce, end, kind, ok);
}

static int content_has_quote(const qx *x, uint32_t a, uint32_t b_incl)
{
    for (uint32_t i = a; i <= b_incl; i++)
        if (x->tok[i].kind == SR_TOK_QUOTE_OPEN || x->tok[i].kind == SR_TOK_QUOTE_CLOSE)
            return 1;
    return 0;
}

/* The content's last token: the sentence's, without a final period that
 * stands outside quotes. */
static uint32_t content_last(const qx *x, uint32_t a, uint32_t end)
{
    uint32_t b = end - 1;
    while (b > a && (is_terminal(x, b) || qx_punct(x, b, ',') || qx_punct(x, b, ';')))
        b--;
    return b;
}

static int count_words(const qx *x, uint32_t a, uint32_t b_incl)
{
    int n = 0;
    for (uint32_t i = a; i <= b_incl && i < x->n_tok; i++)
        n += x->tok[i].kind == SR_TOK_WORD || x->tok[i].kind == SR_TOK_NUMBER;
    return n;
}

static int other_cue_in(const qx *x, uint32_t a, uint32_t b, uint32_t except)
{
    for (uint32_t i = a; i < b; i++)
        if (i != except && qx_cue_at(x, i, NULL))
            return 1;
    return 0;
}

/* A comma ends the content right before token i: "…, he said" or, with
 * the comma inside the quote, "“…,” he said". */
static int comma_before(const qx *x, uint32_t i, uint32_t lo)
{
    if (i <= lo)
        return 0;
    if (qx_punct(x, i - 1, ','))
        return 1;
    return i >= lo + 2 && x->tok[i - 1].kind == SR_TOK_QUOTE_CLOSE && qx_punct(x, i - 2, ',');
}

/* The content's last token when it ends right before token i. */
static uint32_t content_end_before(const qx *x, uint32_t lo, uint32_t i)
{
    return qx_punct(x, i - 1, ',') ? content_last(x, lo, i - 1) : i - 1;
}

static int is_participle(const qx *x, uint32_t i)
{
    char w[QX_WORD_MAX];
    size_t n = qx_lower(x, i, w);
    return n > 4 && strcmp(w + n - 3, "ing") == 0;
}

/* The subject of sentence [fo, before): its first person named outside
 * quotes, or a pronoun opening it (after an introductory phrase). */
static int sentence_subject(qx *x, uint32_t fo, uint32_t before, frame *f)
{
    for (uint32_t i = fo; i < before; i++) {
        if (x->in_quote[i])
            continue;
        int32_t m = x->mention_at[i];
        if (m >= 0 && x->mentions[m].kind == QM_PERSON) {
            f->sp_first = x->mentions[m].first;
            f->sp_end = x->mentions[m].end;
            classify_speaker(x, f);
            return 1;
        }
        if (qx_in(x, i, QL_PRONOUN) && (i == fo || qx_punct(x, i - 1, ','))) {
            f->sp_first = i;
            f->sp_end = i + 1;
            classify_speaker(x, f);
            return 1;
        }
    }
    return 0;
}

/* The noun phrase opening the clause [fo, before), when no name or
 * pronoun does: "Several Democrats cautioned …, saying", "Other
 * Republicans echoed those comments, saying", "The retired neurosurgeon
 * continued, saying".  A determiner or quantifier, capitalized words, and
 * up to three lowercase words that are no verb forms we know (cues,
 * auxiliaries, -ed, -ing) nor prepositions. */
static int clause_head(qx *x, uint32_t fo, uint32_t before, frame *f)
{
    static const char *const quantifiers[] = {"all", "both", "few", "many", "most", "other",
                                              "others", "several", "some"};
    uint32_t a = fo;
    if (a < before && (qx_is(x, a, "but") || qx_is(x, a, "and")))
        a++;
    uint32_t b = a;
    int opener = 0;
    while (b < before && b < a + 2 && is_word(x, b) && !x->in_quote[b]) {
        int q = qx_in(x, b, QL_DETERMINER);
        for (size_t k = 0; k < sizeof quantifiers / sizeof *quantifiers && !q; k++)
            q = qx_is(x, b, quantifiers[k]);
        if (!q)
            break;
        b++;
        opener = 1;
    }
    uint32_t c = b;
    while (c < before && c < b + 5 && is_word(x, c) && !x->in_quote[c] &&
           (x->tok[c].flags & (SR_TOKF_CAPITALIZED | SR_TOKF_ALL_CAPS)) && !qx_cue_at(x, c, NULL))
        c++;
    if (c > b || opener) {
        uint32_t run = c;
        while (c < before && c < run + 3 && is_word(x, c) && !x->in_quote[c] &&
               !qx_cue_at(x, c, NULL) && !is_aux_word(x, c) && !qx_in(x, c, QL_SKIP_BEFORE) &&
               !qx_in(x, c, QL_NP_BOUNDARY) && !is_preposition(x, c)) {
            char w[QX_WORD_MAX];
            size_t n = qx_lower(x, c, w);
            if (n > 3 && (strcmp(w + n - 2, "ed") == 0 || strcmp(w + n - 3, "ing") == 0))
                break;
            c++;
        }
    }
    if (c == a || (c == b && !(opener && qx_is(x, a, "others"))))
        return 0;
    if (c >= before || !is_word(x, c))
        return 0; /* the clause's verb follows its subject */
    f->sp_first = a;
    f->sp_end = c;
    classify_speaker(x, f);
    return 1;
}

static int lowercase_after(const qx *x, uint32_t open);

/* "The golf industry, she said, is doing much better": a frame between
 * commas inside its content, which then runs on to the sentence's end.
 * An introductory phrase before the frame ("In 2012, he said, the …",
 * "If it passes, she said, …") belongs to the content too, as PolNeAR's
 * annotators take it.  `after` is the token after the frame. */
static void parenthetical(const qx *x, uint32_t after, uint32_t end, uint32_t *cb)
{
    uint32_t j = skip_adverbials(x, after, end);
    /* the part after may open with quoted words that go on with the
     * sentence: "…, Ms. Tanzer said, ''is a perfect example''" */
    if (j + 2 >= end || !qx_punct(x, j, ',') || (x->in_quote[j + 1] && !lowercase_after(x, j + 1)))
        return;
    uint32_t last = content_last(x, j + 1, end);
    if (count_words(x, j + 1, last) < 2)
        return;
    *cb = last;
}

static int is_dash(const qx *x, uint32_t i)
{
    const unsigned char *p = (const unsigned char *)x->body + x->tok[i].byte_start;
    return x->tok[i].kind == SR_TOK_PUNCT &&
           (p[0] == '-' ||
            (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x93 || p[2] == 0x94 || p[2] == 0x95)));
}

/* A subordinate clause or sentence adverb opens at token i. */
static int starts_clause(const qx *x, uint32_t i)
{
    static const char *const words[] = {"although", "as", "because", "but", "if", "now", "since",
                                        "so", "still", "though", "when", "whereas", "while", "yet"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (qx_is(x, i, words[k]))
            return 1;
    return 0;
}

static int is_aux(const qx *x, uint32_t i)
{
    return qx_is(x, i, "was") || qx_is(x, i, "were") || qx_is(x, i, "is") || qx_is(x, i, "are") ||
           qx_is(x, i, "been") || qx_is(x, i, "being") || qx_is(x, i, "be");
}

/* The indirect and mixed quotations framed in sentence s. */
/* The speaker after a cue that follows a comma, when it is a person, role
 * or organization (not "said that …", not "said it would …"). */
static int inverted_speaker_after(qx *x, uint32_t ce, uint32_t end, frame *f)
{
    frame g = *f;
    if (ce >= end || qx_is(x, ce, "that") || !np_after(x, ce, end, &g))
        return 0;
    if (g.kind != SR_SPEAKER_PERSON && g.kind != SR_SPEAKER_ROLE && g.kind != SR_SPEAKER_ORG)
        return 0;
    /* a phrase that runs on into more words or a quotation is a clause
     * ("said the campaign has just opened …"), not a speaker */
    if (g.sp_end < end &&
        ((x->tok[g.sp_end].kind == SR_TOK_WORD && !qx_in(x, g.sp_end, QL_NP_BOUNDARY) &&
          !qx_cue_at(x, g.sp_end, NULL)) ||
         x->tok[g.sp_end].kind == SR_TOK_QUOTE_OPEN))
        return 0;
    *f = g;
    return 1;
}

/* Past a dateline that opens the paragraph: "TALLAHASSEE — Donald
 * Trump's views …", "WASHINGTON, D.C. - …". */
static uint32_t skip_dateline(const qx *x, uint32_t a, uint32_t b)
{
    if (!(x->tok[a].flags & SR_TOKF_PARA_START) || !(x->tok[a].flags & SR_TOKF_ALL_CAPS))
        return a;
    for (uint32_t i = a + 1; i < b && i < a + 6; i++) {
        if (is_dash(x, i))
            return i + 1 < b ? i + 1 : a;
        if (!qx_punct(x, i, ',') && !(x->tok[i].flags & (SR_TOKF_ALL_CAPS | SR_TOKF_ABBREV)) &&
            !(x->tok[i].kind == SR_TOK_PUNCT && qx_punct(x, i, '.')))
            return a;
    }
    return a;
}

/* The words before cue token m are a subject with an appositive between
 * commas: "Chris Covert, South Carolina director for Sanders, said …". */
static int subject_with_appositive(qx *x, uint32_t fo, uint32_t m)
{
    int commas = 0;
    for (uint32_t i = fo; i < m; i++) {
        if (qx_punct(x, i, ',')) {
            /* "Romania is not alone, and the presence …, said X": a clause
             * joined by a conjunction is content, never an appositive */
            if (commas == 0 && i + 1 < m &&
                (qx_is(x, i + 1, "and") || qx_is(x, i + 1, "but") || qx_is(x, i + 1, "or") ||
                 qx_is(x, i + 1, "while")))
                return 0;
            commas++;
        }
    }
    frame g = {0};
    return commas >= 2 && appositive_subject(x, fo, m, &g) && g.sp_end + 1 < m - 1;
}

/* After the boundary at token k (a comma, semicolon or dash) a clause
 * opens with a speaker and a cue of its own: "…, while other voters said
 * …", "…; 29 percent said …", "…, but officials said …", "…, which
 * critics argued …".  That is another
 * attribution, not more of the content before it (PolNeAR gives each
 * token one attribution). */
static int own_attribution_after(qx *x, uint32_t k, uint32_t end)
{
    static const char *const joins[] = {"although", "and", "but", "though", "whereas",
                                        "which", "while", "who", "whom", "yet"};
    uint32_t a = k + 1;
    for (size_t i = 0; a < end && i < sizeof joins / sizeof *joins; i++)
        if (qx_is(x, a, joins[i])) {
            a++;
            break;
        }
    for (uint32_t c = a + 1; c < end && c < a + 10; c++) {
        if (x->in_quote[c] || (x->tok[c].kind == SR_TOK_PUNCT && !qx_punct(x, c, '\'')))
            return 0;
        int ck = qx_cue_at(x, c, NULL);
        if (!ck)
            continue;
        /* "…, which he argued was unfair": a relative clause with a
         * speaker and cue of its own; not "…, which he called “…”",
         * a name given in passing */
        if ((ck & (QC_ACCORDING | QC_FRAME)) || ((ck & QC_NAMING) && a > k + 1))
            return 0;
        frame g = {0};
        return np_before(x, a, c, &g) && g.sp_first == a;
    }
    return 0;
}

/* "Asked whether he would endorse Trump, Johnson demurred", "…, he
 * said, when asked about the merger": the question put to someone is an
 * attribution of its own, its asker unnamed, running from the question
 * word to the next comma.  Token i is such an "asked" (capitalized when it
 * opens the sentence at fo). */
static int asked_question_at(const qx *x, uint32_t i, uint32_t fo)
{
    if (x->tok[i].byte_end - x->tok[i].byte_start != 5 || x->in_quote[i] || !qx_is(x, i, "asked"))
        return 0;
    uint32_t a = i;
    if (a > fo && (qx_is(x, a - 1, "when") || qx_is(x, a - 1, "if") || qx_is(x, a - 1, "after") ||
                   qx_is(x, a - 1, "once") || qx_is(x, a - 1, "being")))
        a--;
    return a == fo || qx_punct(x, a - 1, ',') || is_dash(x, a - 1) ||
           (a == i - 1 && x->tok[a].kind == SR_TOK_WORD &&
            !(x->tok[a].flags & SR_TOKF_CAPITALIZED));
}

static void asked_questions(state *st, out_quotes *o, uint32_t fo, uint32_t end)
{
    qx *x = st->x;
    for (uint32_t i = fo; i < end; i++) {
        if (x->tok[i].byte_end - x->tok[i].byte_start != 5 || !asked_question_at(x, i, fo))
            continue;
        uint32_t j = i + 1;
        if (qx_is(x, j, "by")) {
            while (j < end && j < i + 8 && !opens_question(x, j) &&
                   x->tok[j].kind != SR_TOK_PUNCT)
                j++;
        } else {
            j = skip_adverbials(x, j, end);
        }
        if (j >= end || !opens_question(x, j) || x->in_quote[j])
            continue;
        uint32_t cue_end = i + 1;
        if (qx_is(x, j, "about") && j + 1 < end) {
            cue_end = ++j; /* "asked about" is the cue, its object the content */
            if (x->in_quote[j])
                continue;
        }
        uint32_t c = j + 1;
        while (c < end && c < j + 40 && !(qx_punct(x, c, ',') && !x->in_quote[c]) &&
               !(x->tok[c].kind == SR_TOK_QUOTE_CLOSE && qx_punct(x, c - 1, ',')) &&
               !is_terminal(x, c))
            c++;
        if (c >= j + 40 || count_words(x, j, c - 1) < 2)
            continue;
        uint32_t last = c < end && x->tok[c].kind == SR_TOK_QUOTE_CLOSE ? c : c - 1;
        if (x->in_quote[last] && x->tok[last].kind != SR_TOK_QUOTE_CLOSE)
            continue; /* runs into a quotation */
        frame f = {0};
        f.cue_first = i;
        f.cue_end = cue_end;
        f.cue_kind = QC_SAY;
        f.last = last;
        emit(x, o, content_has_quote(x, j, last) ? SR_QUOTE_MIXED : SR_QUOTE_INDIRECT, j, last, &f);
        i = last;
    }
}

/* Token m is "expected" in "is expected to …", "are expected to …". */
static int expected_to_at(const qx *x, uint32_t m, uint32_t fo, uint32_t end)
{
    if (m <= fo || m + 2 >= end || x->tok[m].byte_end - x->tok[m].byte_start != 8 ||
        !qx_is(x, m, "expected") || !qx_is(x, m + 1, "to"))
        return 0;
    uint32_t k = m - 1;
    if (k > fo && (is_ly_adverb(x, k) || qx_is(x, k, "not") || qx_is(x, k, "also") ||
                   qx_is(x, k, "still") || qx_is(x, k, "widely")))
        k--;
    return is_aux_word(x, k) || qx_is(x, k, "been");
}

/* Tokens [a, b] cross a quotation emitted before: they overlap it without
 * one holding the other ("X said …, according to the minutes" nests one
 * report in another; two frames claiming the same words do not). */
static int overlaps_emitted(const qx *x, const out_quotes *o, uint32_t a, uint32_t b)
{
    uint32_t bs = x->tok[a].byte_start, be = x->tok[b].byte_end;
    for (size_t i = o->n; i-- > 0 && i + 16 > o->n;) {
        uint32_t qs = o->items[i].byte_start, qe = o->items[i].byte_end;
        if (qs < be && bs < qe && !(bs <= qs && qe <= be) && !(qs <= bs && be <= qe))
            return 1;
    }
    return 0;
}

/* After the comma at token k the subject goes on to another statement:
 * "…, then added", "…, later telling".  ("…, but found …" goes on with
 * the same one.) */
static int joined_cue_after(const qx *x, uint32_t k, uint32_t end)
{
    uint32_t j = k + 1;
    uint32_t a = j;
    while (j < end && j < a + 2 && (qx_in(x, j, QL_SKIP_BEFORE) || is_ly_adverb(x, j)) &&
           !qx_is(x, j, "to"))
        j++;
    int ck = j > k + 1 && j < end ? qx_cue_at(x, j, NULL) : 0;
    return ck && !(ck & (QC_FRAME | QC_ACCORDING));
}

/* "…, urging people to stay home, BFM TV reported.", "…, the reports
 * show.": a frame set off by a comma closes the sentence and reports all
 * that comes before it, cues inside included (PolNeAR gives each token one
 * attribution, the outermost).  Returns the comma (the frame in *f), or
 * UINT32_MAX. */
static uint32_t final_frame_comma(qx *x, uint32_t fo, uint32_t end, frame *f)
{
    uint32_t last = end;
    while (last > fo && (is_terminal(x, last - 1) || qx_punct(x, last - 1, ')')))
        last--;
    /* most sentences end with no cue near: look no further */
    uint32_t c = last;
    while (c > fo + 4 && c + 14 > last && !(qx_cue_at(x, c - 1, NULL) & QC_SAY))
        c--;
    if (c <= fo + 4 || c + 14 <= last)
        return UINT32_MAX;
    for (uint32_t k = last; k-- > fo + 3 && k + 16 > last;) {
        if (x->in_quote[k] || x->tok[k].kind == SR_TOK_QUOTE_CLOSE)
            return UINT32_MAX;
        if (!qx_punct(x, k, ','))
            continue;
        frame g = {0};
        if (!frame_at(x, k + 1, last, 1, &g) || g.cue_first <= k || is_participle(x, g.cue_first) ||
            g.kind == SR_SPEAKER_NONE || (g.cue_kind & QC_OBJECT) ||
            g.sp_end > g.sp_first + 10)
            continue;
        uint32_t after = g.last + 1 > g.cue_end ? g.last + 1 : g.cue_end;
        if (skip_adverbials(x, after, last) < last)
            continue;
        *f = g;
        return k;
    }
    return UINT32_MAX;
}

/* The indirect and mixed quotations framed in sentence s before token
 * `limit` (the sentence's end, or where a direct quotation begins). */
static void indirect_in_sentence(state *st, out_quotes *o, size_t s, uint32_t limit)
{
    qx *x = st->x;
    uint32_t fo = sent_first(x, s), end = sent_end(x, s);
    if (limit < end)
        end = limit;
    frame prev = {0};
    int have_prev = 0;
    if (limit >= sent_end(x, s)) {
        frame g;
        uint32_t k = final_frame_comma(x, fo, end, &g);
        if (k != UINT32_MAX && other_cue_in(x, fo, k, UINT32_MAX)) {
            uint32_t a = skip_dateline(x, fo, k - 1), b = content_last(x, a, k);
            if (count_words(x, a, b) >= 3 && !overlaps_emitted(x, o, a, b)) {
                sr_quote *q = emit(x, o, content_has_quote(x, a, b) ? SR_QUOTE_MIXED
                                                                     : SR_QUOTE_INDIRECT,
                                   a, b, &g);
                if (q)
                    resolve_speaker(st, &g, q);
                return;
            }
        }
    }
    for (uint32_t m = fo; m < end; m++) {
        uint32_t ce;
        int kind = qx_cue_at(x, m, &ce);
        if (!kind || (kind & QC_FRAME) || asked_question_at(x, m, fo))
            continue;
        if (expected_to_at(x, m, fo, end)) {
            /* "The merger is expected to close in May": an expectation
             * held by no one named; the whole clause is its content */
            uint32_t a = fo;
            for (uint32_t k = m; k-- > fo;)
                if (qx_is(x, k, "who") || qx_is(x, k, "which") || x->in_quote[k]) {
                    a = x->in_quote[k] ? k + 1 : k;
                    break;
                }
            uint32_t b = content_last(x, a, end);
            /* a relative clause ends at its comma; a frame of its own
             * (", officials said") ends the clause too */
            for (uint32_t k = m + 2; k < b; k++)
                if (!x->in_quote[k] && qx_punct(x, k, ',') &&
                    (a > fo || own_attribution_after(x, k, end))) {
                    b = content_last(x, a, k);
                    break;
                }
            if (a < m && b > m + 2 && !overlaps_emitted(x, o, a, b)) {
                frame g = {0};
                g.cue_first = m;
                g.cue_end = m + 1;
                g.cue_kind = kind;
                g.last = b;
                if (!emit(x, o, content_has_quote(x, a, b) ? SR_QUOTE_MIXED : SR_QUOTE_INDIRECT, a,
                          b, &g))
                    return;
                m = b;
            }
            continue;
        }
        frame f = {0};
        f.cue_first = m;
        f.cue_end = ce;
        f.cue_kind = kind;
        int min_words = kind & QC_OBJECT ? 1 : 3;
        uint32_t ca = 0, cb = 0;
        int found = 0, ok;
        uint32_t relative_pronoun = UINT32_MAX; /* opens the content, when set */
        if (kind & QC_ACCORDING) {
            /* "According to X, CONTENT." */
            uint32_t c = ce;
            while (c < end && c < ce + 30 && !qx_punct(x, c, ',') && !x->in_quote[c] &&
                   !is_terminal(x, c))
                c++;
            int after_break = m > fo && (qx_punct(x, m - 1, ',') || is_dash(x, m - 1));
            /* "…, according to X, which tracks …" adds to X: the
             * content is before the cue, not after it */
            int relative = c + 1 < end && (qx_is(x, c + 1, "which") || qx_is(x, c + 1, "who") ||
                                           qx_is(x, c + 1, "whom") || qx_is(x, c + 1, "whose") ||
                                           qx_is(x, c + 1, "where"));
            if ((m == fo || after_break) && c < end && qx_punct(x, c, ',') && c > ce &&
                (m == fo || (!have_prev && !relative))) {
                f.sp_first = ce;
                f.sp_end = c;
                ca = c + 1;
                cb = content_last(x, ca, end);
                found = m == fo || c + 4 < end;
                /* "At the heart of the trouble, according to Dennis Ross, was
                 * a decision …", "Since last November, according to the
                 * group, 400 protesters …": the source vouches for the whole
                 * sentence, the words before included */
                if (found && m > fo + 1 && count_words(x, fo, m - 1) >= 1)
                    ca = fo;
            }
            if (!found && after_break) {
                /* "CONTENT, according to X." */
                uint32_t e = ce;
                while (e < end && x->tok[e].kind != SR_TOK_PUNCT && !x->in_quote[e])
                    e++;
                if (e > ce) {
                    f.sp_first = ce;
                    f.sp_end = e;
                    /* "X said …, according to press reports": the report is
                     * the source of the whole sentence */
                    ca = fo;
                    cb = content_last(x, ca, m);
                    found = 1;
                }
            }
            if (found)
                classify_speaker(x, &f);
        } else if (qx_is(x, ce, "by") && m > fo && is_aux(x, m - 1)) {
            /* passive: "CONTENT was stated by X" */
            frame g = f;
            uint32_t subj_end = m - 1;
            while (subj_end > fo && is_aux(x, subj_end - 1))
                subj_end--;
            if (np_after(x, ce + 1, end, &g) && subj_end > fo) {
                f = g;
                ca = fo;
                cb = subj_end - 1;
                found = 1;
            }
        } else if (is_participle(x, m) && m > fo &&
                   (qx_punct(x, m - 1, ',') ||
                    (m > fo + 1 && x->tok[m - 1].kind == SR_TOK_QUOTE_CLOSE &&
                     qx_punct(x, m - 2, ',')))) {
            /* "…, warning that …": the sentence's speaker goes on */
            if (have_prev) {
                f.sp_first = prev.sp_first;
                f.sp_end = prev.sp_end;
                f.kind = prev.kind;
                f.person = prev.person;
            } else if (!subject_of_clause(x, fo, m - 1, &f) && !clause_head(x, fo, m - 1, &f)) {
                continue;
            }
            uint32_t a = content_start(x, ce, end, kind, &ok);
            if (ok && a < end) {
                ca = a;
                cb = content_last(x, a, end);
                found = 1;
            }
        } else if (m > fo + 1 && (qx_is(x, m - 1, "and") || qx_is(x, m - 1, "but")) &&
                   (have_prev || subject_of_clause(x, fo, m - 1, &f) ||
                    clause_head(x, fo, m - 1, &f))) {
            /* "Emineth became a delegate and said he is leaning …" */
            if (have_prev) {
                f.sp_first = prev.sp_first;
                f.sp_end = prev.sp_end;
                f.kind = prev.kind;
                f.person = prev.person;
            }
            uint32_t a = content_start(x, ce, end, kind, &ok);
            if (ok && a < end) {
                ca = a;
                cb = content_last(x, a, end);
                found = 1;
            }
        } else if (!(kind & QC_WEAK) && !have_prev && m > fo + 1 && qx_punct(x, m - 1, ',') &&
                   !subject_with_appositive(x, fo, m) && inverted_speaker_after(x, ce, end, &f)) {
            /* "CONTENT, said on Friday the NATO Secretary General, Jens
             * Stoltenberg, at …": a comma right before the cue means the
             * speaker follows it; what comes before is the content */
            ca = fo;
            cb = content_end_before(x, fo, m);
            found = 1;
        } else if (np_before(x, have_prev ? prev.last + 1 : fo, m, &f) ||
                   appositive_subject(x, have_prev ? prev.last + 1 : fo, m, &f)) {
            if ((kind & QC_OUTLET) && f.sp_end == f.sp_first + 1 &&
                (x->tok[f.sp_first].flags & (SR_TOKF_CAPITALIZED | SR_TOKF_ALL_CAPS)) &&
                other_cue_in(x, fo, end, m))
                continue; /* "…, Agerpres informs": the outlet, not the speaker */
            uint32_t a = content_start(x, ce, end, kind, &ok);
            if (ok && a < end && count_words(x, a, content_last(x, a, end)) >= min_words) {
                ca = a;
                cb = content_last(x, a, end);
                found = 1;
                /* "the policy, which critics said was discriminatory": the
                 * relative pronoun is the subject of the reported clause
                 * and opens its content */
                if (f.sp_first > fo && !(kind & QC_OBJECT) && !qx_is(x, a, "that") &&
                    !opens_subject(x, a) &&
                    (qx_is(x, f.sp_first - 1, "which") || qx_is(x, f.sp_first - 1, "who") ||
                     qx_is(x, f.sp_first - 1, "that")))
                    relative_pronoun = f.sp_first - 1;
            } else if (!(kind & QC_WEAK) && !have_prev && f.sp_first > fo + 1 &&
                       comma_before(x, f.sp_first, fo)) {
                ca = fo;
                cb = content_end_before(x, fo, f.sp_first);
                found = 1;
                parenthetical(x, ce, end, &cb);
            }
        } else if (!(kind & QC_WEAK) && !have_prev && m > fo + 1 && comma_before(x, m, fo)) {
            frame g = f;
            /* "…, said that …" opens a clause, not the speaker's name */
            if (!qx_is(x, skip_adverbials(x, ce, end), "that") && np_after(x, ce, end, &g)) {
                f = g;
                ca = fo;
                cb = content_end_before(x, fo, m);
                found = 1;
                parenthetical(x, g.sp_end, end, &cb);
            }
        }
        if (!found && !have_prev && !(kind & (QC_WEAK | QC_OBJECT | QC_OUTLET | QC_ACCORDING)) &&
            m > fo + 3 && qx_punct(x, m - 1, ',') &&
            (subject_of_clause(x, fo, m - 1, &f) || clause_head(x, fo, m - 1, &f))) {
            /* "Federal officials familiar with the server, speaking on
             * condition of anonymity, said that …": a subject too long
             * for the patterns above, closed by a comma before the cue */
            uint32_t a = content_start(x, ce, end, kind, &ok);
            if (ok && a < end && count_words(x, a, content_last(x, a, end)) >= 3) {
                ca = a;
                cb = content_last(x, a, end);
                found = 1;
            }
        }
        if (!found || cb < ca)
            continue;
        if (ca < m && (asked_question_at(x, ca, fo) || asked_question_at(x, ca + 1, fo))) {
            /* "Asked whether …, Keller said …": the question is its own */
            uint32_t c = ca + 1;
            while (c < cb && !(qx_punct(x, c, ',') && !x->in_quote[c]))
                c++;
            if (c + 1 > cb)
                continue;
            ca = c + 1;
        }
        if (kind & QC_NAMING) {
            /* the content ends with the quoted name */
            uint32_t q = ca;
            while (q <= cb && x->tok[q].kind != SR_TOK_QUOTE_OPEN)
                q++;
            while (q + 1 <= cb && x->in_quote[q + 1])
                q++;
            if (q <= cb)
                cb = q;
        }
        ca = skip_dateline(x, ca, cb);
        /* the content stops before ", adding that …" and "and said …",
         * which are quotations of their own */
        if (ca > m) {
            for (uint32_t k = ca + 1; k < cb; k++) {
                /* “…,” closes on a comma inside the quote */
                int quote_comma = x->tok[k].kind == SR_TOK_QUOTE_CLOSE &&
                                  qx_punct(x, k - 1, ',') && !x->in_quote[k + 1];
                if (x->in_quote[k] && !quote_comma)
                    continue;
                if (quote_comma) {
                    /* "“self-deportation,” which is …", "“…,” before predicting" */
                    int ck = qx_cue_at(x, k + 1, NULL);
                    if ((ck & QC_ACCORDING) || (is_participle(x, k + 1) && ck) ||
                        (starts_clause(x, k + 1) && !qx_is(x, k + 1, "but")) ||
                        qx_is(x, k + 1, "which") || qx_is(x, k + 1, "before") ||
                        qx_is(x, k + 1, "after") ||
                        own_attribution_after(x, k, end) || joined_cue_after(x, k, end)) {
                        cb = k;
                        break;
                    }
                    continue;
                }
                if (((qx_punct(x, k, ',') || is_dash(x, k)) &&
                     (qx_cue_at(x, k + 1, NULL) & QC_ACCORDING)) ||
                    (qx_punct(x, k, ',') && is_participle(x, k + 1) && qx_cue_at(x, k + 1, NULL)) ||
                    ((qx_is(x, k, "and") || qx_is(x, k, "but")) && qx_cue_at(x, k + 1, NULL) &&
                     !(qx_cue_at(x, k + 1, NULL) & QC_FRAME)) ||
                    ((qx_punct(x, k, ',') || qx_punct(x, k, ';') || is_dash(x, k)) &&
                     own_attribution_after(x, k, end)) ||
                    (qx_punct(x, k, ',') && joined_cue_after(x, k, end))) {
                    cb = content_last(x, ca, k);
                    break;
                }
            }
        }
        /* an object cue's content is a noun phrase or an infinitive,
         * which a comma, dash, semicolon or parenthesis ends: "endorsed
         * Clinton, saying …", "expressed indignation at the coverage,
         * which …"; a "that" clause runs on, and so does the noun phrase
         * through ", including …" and ", such as …" */
        if ((kind & QC_OBJECT) && !(kind & QC_NAMING) && ca >= f.cue_end && !qx_is(x, ca, "that")) {
            for (uint32_t k = ca + 1; k < cb; k++)
                if (!x->in_quote[k] &&
                    ((qx_punct(x, k, ',') && !qx_is(x, k + 1, "including") &&
                      !qx_is(x, k + 1, "such")) ||
                     qx_punct(x, k, ';') || is_dash(x, k) ||
                     (qx_punct(x, k, '(') && !party_parenthesis(x, k)))) {
                    cb = content_last(x, ca, k);
                    break;
                }
        }
        if (relative_pronoun != UINT32_MAX) {
            ca = relative_pronoun;
            /* a relative clause set off by commas ends at its own comma:
             * "The fee, which critics said was unfair, starts in May." */
            if (ca > fo && qx_punct(x, ca - 1, ','))
                for (uint32_t k = f.cue_end; k < cb; k++)
                    if (!x->in_quote[k] && qx_punct(x, k, ',')) {
                        cb = content_last(x, ca, k);
                        break;
                    }
        }
        if (count_words(x, ca, cb) < min_words)
            continue;
        /* a quotation already taken as direct is not reported again */
        if (x->tok[ca].kind == SR_TOK_QUOTE_OPEN && x->tok[cb].kind == SR_TOK_QUOTE_CLOSE &&
            x->in_quote[ca] && x->in_quote[cb] && (ca == fo || qx_punct(x, ca - 1, ':')))
            continue;
        if (overlaps_emitted(x, o, ca < f.cue_first ? ca : f.cue_first, cb))
            continue;
        /* before a direct quotation, only a statement that ends before the
         * quotation's own frame begins ("… and added, “…”") */
        if (end < sent_end(x, s) && (ca < f.cue_end || !other_cue_in(x, cb + 1, end, UINT32_MAX)))
            continue;
        sr_quote *q = emit(x, o, content_has_quote(x, ca, cb) ? SR_QUOTE_MIXED : SR_QUOTE_INDIRECT,
                           ca, cb, &f);
        if (!q)
            return;
        /* the passive ("Keller was accused of …") has the object for
         * subject: who spoke is not named */
        if (!((kind & QC_OBJECT) && m > fo && (is_aux_word(x, m - 1) || qx_is(x, m - 1, "been")) &&
              !is_participle(x, m) && f.sp_first < m))
            resolve_speaker(st, &f, q);
        f.last = cb > f.cue_end ? cb : f.cue_end;
        prev = f;
        have_prev = 1;
        if (cb > m)
            m = cb;
    }
}

/* A speaker named before a colon that opens a paragraph, as headlines and
 * interview transcripts attribute: "Cruz: Trump Would Put Liberals On
 * Court", "Lopez: Well, no one is like …", "A: She was so desperate …".
 * The name is a few capitalized words; the colon is the cue. */
static int colon_speaker(qx *x, uint32_t fo, uint32_t colon, frame *f)
{
    /* a longer run only when a name ends it: "Former secretary of state
     * Hillary Rodham Clinton: “…”" */
    int named = colon > fo && x->mention_at[colon - 1] >= 0 &&
                x->mentions[x->mention_at[colon - 1]].kind == QM_PERSON &&
                x->mentions[x->mention_at[colon - 1]].end == colon;
    if (colon <= fo || colon > fo + (named ? 10 : 6) || !(x->tok[fo].flags & SR_TOKF_PARA_START))
        return 0;
    int single_letter = colon == fo + 1 && x->tok[fo].end == x->tok[fo].start + 1;
    if (!single_letter && qx_in(x, fo, QL_CAP_STOP))
        return 0;
    for (uint32_t i = fo; i < colon; i++) {
        if (x->tok[i].kind != SR_TOK_WORD || x->in_quote[i] ||
            (!(x->tok[i].flags & (SR_TOKF_CAPITALIZED | SR_TOKF_ALL_CAPS | SR_TOKF_INITIAL)) &&
             !named))
            return 0;
        if (i > fo && qx_in(x, i, QL_NOT_PERSON))
            return 0;
    }
    f->sp_first = fo;
    f->sp_end = colon;
    f->cue_first = colon;
    f->cue_end = colon + 1;
    f->cue_kind = QC_SAY;
    f->last = colon;
    classify_speaker(x, f);
    return 1;
}

/* A paragraph "NAME: statement" whose statement is not a quotation: the
 * rest of the paragraph is the content.  Returns 0, or 1 + the index of
 * the paragraph's last sentence. */
static size_t colon_paragraph(state *st, out_quotes *o, size_t s, uint8_t *sent_done)
{
    qx *x = st->x;
    uint32_t fo = sent_first(x, s), end = sent_end(x, s);
    uint32_t colon = fo + 1;
    while (colon < end && colon <= fo + 6 && !qx_punct(x, colon, ':'))
        colon++;
    if (colon >= end || colon + 1 >= end || !qx_punct(x, colon, ':') ||
        x->tok[colon + 1].kind == SR_TOK_QUOTE_OPEN)
        return 0;
    frame f = {0};
    /* "Q:" and "A:" of an interview transcript: the answers are the
     * interview's matter, not statements reported by the writer */
    if (colon == fo + 1 && x->tok[fo].end == x->tok[fo].start + 1)
        return 0;
    if (!colon_speaker(x, fo, colon, &f))
        return 0;
    size_t last = s;
    while (last + 1 < x->text->n_sentences &&
           x->text->sentences[last + 1].paragraph == x->text->sentences[s].paragraph)
        last++;
    uint32_t cb = content_last(x, colon + 1, sent_end(x, last));
    if (count_words(x, colon + 1, cb) < 3)
        return 0;
    sr_quote *q = emit(x, o, content_has_quote(x, colon + 1, cb) ? SR_QUOTE_MIXED : SR_QUOTE_INDIRECT,
                       colon + 1, cb, &f);
    if (!q)
        return 0;
    resolve_speaker(st, &f, q);
    for (size_t k = s; k <= last; k++)
        sent_done[k] = 1;
    return last + 1;
}

/* Segment `next` is a paragraph of its own, a quotation without a frame,
 * and the quotation (and its frame) ending at token `last_tok` ends the
 * paragraph before. */
static int continues_in_next_paragraph(qx *x, uint32_t last_tok, const segment *next)
{
    size_t sc = qx_sentence_of(x, last_tok), sn = qx_sentence_of(x, next->open);
    const sr_sentence *S = x->text->sentences;
    if (sn != sc + 1 || S[sn].paragraph != S[sc].paragraph + 1 ||
        next->open != sent_first(x, sn) || next->unclosed)
        return 0;
    /* only punctuation after the frame in the previous paragraph */
    uint32_t e = sent_end(x, sc);
    for (uint32_t i = last_tok + 1; i < e; i++)
        if (x->tok[i].kind != SR_TOK_WORD && x->tok[i].kind != SR_TOK_NUMBER &&
            x->tok[i].kind != SR_TOK_PUNCT)
            return 0;
    /* the quotation fills its paragraph */
    size_t last = sn;
    while (last + 1 < x->text->n_sentences && S[last + 1].paragraph == S[sn].paragraph)
        last++;
    for (uint32_t i = next->close + 1; i < sent_end(x, last); i++)
        if (x->tok[i].kind != SR_TOK_PUNCT)
            return 0;
    return segment_is_clause(x, next);
}

static int only_punct(const qx *x, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i < b; i++)
        if (x->tok[i].kind != SR_TOK_PUNCT)
            return 0;
    return 1;
}

/* The sentence of the quotation emitted last ends, before token e, with
 * that quotation or with its frame ("…, Sroka said in an interview."): a
 * quotation standing alone right after it is the same speaker going on. */
static int ends_with_frame(const qx *x, const out_quotes *o, uint32_t e)
{
    if (o->has_cue && o->cue_first > o->last_tok) {
        for (uint32_t i = o->cue_end; i < e; i++)
            if (x->in_quote[i] || (i > o->frame_last && qx_cue_at(x, i, NULL)))
                return 0;
        return 1;
    }
    return only_punct(x, o->last_tok + 1, e);
}

/* "“…,” Manchin said, referring to the seats Democrats hold": a
 * participle after the frame of a direct quotation reports more from the
 * same speaker. */
static void participle_after_frame(state *st, out_quotes *o, const frame *f)
{
    qx *x = st->x;
    uint32_t k = f->last + 1, end = sent_end(x, qx_sentence_of(x, f->last));
    uint32_t ce;
    int kind;
    if (k + 2 >= end || !qx_punct(x, k, ',') || !is_participle(x, k + 1) ||
        !(kind = qx_cue_at(x, k + 1, &ce)) || (kind & (QC_FRAME | QC_ACCORDING)))
        return;
    int ok;
    uint32_t a = content_start(x, ce, end, kind, &ok);
    if (!ok || a >= end)
        return;
    uint32_t b = content_last(x, a, end);
    for (uint32_t i = a; i <= b; i++)
        if (x->tok[i].kind == SR_TOK_QUOTE_OPEN && !x->in_quote[i])
            return;
    if (count_words(x, a, b) < 2)
        return;
    frame g = *f;
    g.cue_first = k + 1;
    g.cue_end = ce;
    g.cue_kind = kind;
    g.last = b;
    sr_quote *q = emit(x, o, content_has_quote(x, a, b) ? SR_QUOTE_MIXED : SR_QUOTE_INDIRECT, a, b,
                       &g);
    if (q)
        resolve_speaker(st, &g, q);
}

/* A cue with its speaker before it opens a report in [fo, p): "Axelrod
 * said this was …", "Ryan said it is unrealistic to think …". */
static int statement_before(qx *x, uint32_t fo, uint32_t p)
{
    for (uint32_t m = fo + 1; m < p; m++) {
        if (x->in_quote[m])
            return 0;
        int kind = qx_cue_at(x, m, NULL);
        if (!kind || (kind & (QC_FRAME | QC_ACCORDING)))
            continue;
        frame g = {0};
        return np_before(x, fo, m, &g) && g.kind != SR_SPEAKER_GENERIC && m + 3 < p;
    }
    return 0;
}

/* The subject that opens sentence ps, when ps holds no quotation and
 * sits in the paragraph of the quotation after it or the one before:
 * "Trump spoke only in evasive bromides during the interview.¶“We have to
 * do something.”" */
static int subject_of_previous(qx *x, size_t ps, frame *f)
{
    uint32_t a = sent_first(x, ps), b = sent_end(x, ps);
    for (uint32_t i = a; i < b; i++)
        if (x->in_quote[i])
            return 0;
    uint32_t i = skip_dateline(x, a, b);
    if (i < b && qx_in(x, i, QL_DETERMINER))
        i++;
    if (i >= b || x->mention_at[i] < 0)
        return 0;
    const qx_mention *M = &x->mentions[x->mention_at[i]];
    if (M->first != i || (M->kind != QM_PERSON && M->kind != QM_ROLE && M->kind != QM_ORG &&
                          M->kind != QM_UNKNOWN))
        return 0;
    /* the mention is the subject: a verb or an appositive follows it */
    if (M->end >= b || x->tok[M->end].kind != SR_TOK_WORD || qx_in(x, M->end, QL_NP_BOUNDARY))
        return 0;
    memset(f, 0, sizeof *f);
    f->sp_first = a < i && qx_in(x, i - 1, QL_DETERMINER) ? i - 1 : i;
    f->sp_end = M->end;
    f->cue_first = f->cue_end = 0;
    f->last = M->end - 1;
    classify_speaker(x, f);
    return f->kind == SR_SPEAKER_PERSON || f->kind == SR_SPEAKER_ROLE ||
           f->kind == SR_SPEAKER_ORG;
}

/* A person named right after the quotation closing at token `close`, in
 * its sentence or after a dash: "“…” James Pethokoukis of the American
 * Enterprise Institute wrote recently", "“…,” Cecelia Purner, 67, a
 * retired …", "“….” ― Pamela Padilla". */
static int name_after_quote(qx *x, uint32_t close, frame *f)
{
    uint32_t k = close + 1, end = sent_end(x, qx_sentence_of(x, close));
    if (k < end && (qx_punct(x, k, ',') || is_dash(x, k)))
        k++;
    else if (k == end && k < x->n_tok && is_dash(x, k) && !starts_line(x, k)) {
        /* "“….” ― Ana Ruiz": the splitter ended the sentence at the quote */
        k++;
        end = sent_end(x, qx_sentence_of(x, k));
    }
    if (k >= end || x->mention_at[k] < 0 || x->in_quote[k])
        return 0;
    const qx_mention *M = &x->mentions[x->mention_at[k]];
    if (M->first != k || !(M->kind == QM_PERSON || M->kind == QM_UNKNOWN))
        return 0;
    memset(f, 0, sizeof *f);
    f->sp_first = M->first;
    f->sp_end = M->end;
    f->last = M->end - 1;
    classify_speaker(x, f);
    return f->kind == SR_SPEAKER_PERSON;
}

/* The person, role or organization named last before token p in p's
 * paragraph, outside quotations: who an unframed quotation most likely
 * belongs to when the paragraph leads up to it ("On Monday, at the old
 * pier, the crowd cheered for Oskar Lind. “…”"). */
static int mention_before_in_paragraph(qx *x, uint32_t p, frame *f)
{
    size_t s = qx_sentence_of(x, p);
    uint32_t para = x->text->sentences[s].paragraph;
    while (s > 0 && x->text->sentences[s - 1].paragraph == para)
        s--;
    uint32_t lo = sent_first(x, s);
    for (size_t m = x->n_mentions; m-- > 0;) {
        const qx_mention *M = &x->mentions[m];
        if (M->first >= p)
            continue;
        if (M->first < lo)
            return 0;
        if (x->in_quote[M->first] ||
            !(M->kind == QM_PERSON || M->kind == QM_ROLE || M->kind == QM_ORG))
            continue;
        memset(f, 0, sizeof *f);
        f->sp_first = M->first;
        f->sp_end = M->end;
        f->last = M->end - 1;
        classify_speaker(x, f);
        return f->kind == SR_SPEAKER_PERSON || f->kind == SR_SPEAKER_ROLE ||
               f->kind == SR_SPEAKER_ORG;
    }
    return 0;
}

/* An unframed segment that names a work rather than quoting anyone: a
 * short title-case phrase ("“Bloodline,”"), or a headline credited with
 * "by" ("“Met accused of …,” by Post's …"). */
static int unframed_title(const qx *x, const segment *g)
{
    uint32_t first = g->open + 1, last = g->close;
    while (first < g->close && x->tok[first].kind == SR_TOK_QUOTE_OPEN)
        first++;
    while (last > first && x->tok[last - 1].kind == SR_TOK_QUOTE_CLOSE)
        last--;
    if (!g->unclosed) {
        uint32_t n = g->close + 1;
        if (n < x->n_tok && qx_punct(x, n, ','))
            n++;
        if (n < x->n_tok && qx_is(x, n, "by"))
            return 1;
    }
    uint32_t words = 0;
    for (uint32_t i = first; i < last; i++)
        words += x->tok[i].kind == SR_TOK_WORD;
    return words <= 4 && is_title_case(x, first, last) && !cue_follows(x, g->close + 1);
}

/* "Instead, “…”", "After all, “…”": one to three words and a comma
 * between the sentence's start fo and the quotation at `open`. */
static int short_lead_in(const qx *x, uint32_t fo, uint32_t open)
{
    if (open < fo + 2 || open > fo + 4 || !qx_punct(x, open - 1, ','))
        return 0;
    for (uint32_t i = fo; i + 1 < open; i++)
        if (x->tok[i].kind != SR_TOK_WORD || x->in_quote[i] || qx_cue_at(x, i, NULL))
            return 0;
    return 1;
}

/* Words of the writer's lead-in [fo, open) before a quotation, or 0 when
 * it holds a cue or a quote of its own (then it is a frame, not a lead-in). */
static int lead_in_words(const qx *x, uint32_t fo, uint32_t open)
{
    int words = 0;
    for (uint32_t i = fo; i < open; i++) {
        if (x->in_quote[i] || qx_cue_at(x, i, NULL) || qx_punct(x, i, ':'))
            return 0;
        words += x->tok[i].kind == SR_TOK_WORD || x->tok[i].kind == SR_TOK_NUMBER;
    }
    return words;
}

/* The first word after quote mark `open` is lowercase: the quotation
 * completes a sentence begun outside it. */
static int lowercase_after(const qx *x, uint32_t open)
{
    uint32_t i = open + 1;
    while (i < x->n_tok && x->tok[i].kind == SR_TOK_QUOTE_OPEN)
        i++;
    if (i >= x->n_tok || x->tok[i].kind != SR_TOK_WORD)
        return 0;
    unsigned char c = (unsigned char)x->body[x->tok[i].byte_start];
    return c >= 'a' && c <= 'z';
}

/* Where a quotation framed before it by "X said," really starts: the
 * reported clause the quote completes.  "An economic downturn, he said,
 * “could be …”" starts at the sentence; "Rubio said that once the Senate
 * goes on recess, “I intend …”" at "that".  An introduction before the
 * frame ("In a statement Thursday, Ferguson said, “…”") is the writer's:
 * the lead-in is content only when the quote starts in lowercase.  Returns `open` when the frame
 * just introduces the quote. */
static uint32_t lead_in_before(const qx *x, uint32_t fo, const frame *f, uint32_t open)
{
    if (f->cue_kind & QC_ACCORDING)
        return open;
    if (f->sp_end <= f->cue_first && f->sp_first > fo + 1 && qx_punct(x, f->sp_first - 1, ',') &&
        lead_in_words(x, fo, f->sp_first - 1) >= 2 &&
        skip_adverbials(x, f->cue_end, open) + 1 == open && lowercase_after(x, open))
        return fo;
    for (uint32_t k = f->cue_end; k < open && k < f->cue_end + 4; k++)
        if (qx_is(x, k, "that"))
            return count_words(x, k + 1, open - 1) >= 2 ? k : open;
    /* "he said the turmoil was not the fault of banks, “not by a long
     * shot”": a lowercase quotation completes the clause reported after
     * the cue, which starts the content */
    if (f->sp_end <= f->cue_first && lowercase_after(x, open) && !(f->cue_kind & QC_TELL)) {
        int ok;
        uint32_t a = content_start_after(x, f->cue_end, open - 1, f->cue_kind, &ok);
        if (ok && a < open && count_words(x, a, open - 1) >= 3 && !is_preposition(x, a))
            return a;
    }
    return open;
}

/* What a frame before a colon says the quotation is about: "She said of
 * gay couples: “…”", "Sanders continued with an appeal to voters: “…”".
 * The speaker is credited with those words too, so the quotation is mixed
 * and starts after the cue; returns `colon` when the frame only names the
 * speaker and the occasion ("he said on Tuesday:", "told reporters:"). */
static uint32_t colon_lead_in(const qx *x, const frame *f, uint32_t colon)
{
    if (f->cue_kind & QC_ACCORDING || f->sp_first > f->cue_first || f->cue_end >= colon)
        return colon;
    int ok;
    uint32_t j = content_start_after(x, f->cue_end, colon, f->cue_kind, &ok);
    if (j >= colon || !is_word(x, j) || count_words(x, j, colon - 1) < 2 || is_preposition(x, j) ||
        qx_is(x, j, "back"))
        return colon;
    return j;
}

int sr_quotes_extract(const char *body, size_t len, const sr_text *text, const char *date,
                      const sr_speaker_resolver *resolver, sr_arena *arena, sr_quotes *out)
{
    memset(out, 0, sizeof *out);
    (void)len;
    if (!text || text->n_tokens == 0)
        return 0;
    qx x = {0};
    x.body = body;
    x.text = text;
    x.tok = text->tokens;
    x.n_tok = text->n_tokens;
    x.date = date;
    x.resolver = resolver;
    x.arena = arena;
    size_t n_caps = 0, n_quote_marks = 0;
    for (size_t i = 0; i < x.n_tok; i++) {
        n_caps += (x.tok[i].flags & (SR_TOKF_CAPITALIZED | SR_TOKF_ALL_CAPS | SR_TOKF_INITIAL)) != 0;
        n_quote_marks += x.tok[i].kind == SR_TOK_QUOTE_OPEN;
    }
    x.in_quote = sr_arena_calloc(arena, x.n_tok, 1);
    x.lex_known = sr_arena_calloc(arena, x.n_tok, sizeof *x.lex_known);
    x.lex_in = sr_arena_calloc(arena, x.n_tok, sizeof *x.lex_in);
    x.mention_at = sr_arena_alloc(arena, x.n_tok * sizeof *x.mention_at);
    x.cap_mentions = n_caps;
    x.mentions = sr_arena_alloc(arena, (n_caps + 1) * sizeof *x.mentions);
    x.people = sr_arena_alloc(arena, (n_caps + 1) * sizeof *x.people);
    segment *segs = sr_arena_alloc(arena, (n_quote_marks + 2) * sizeof *segs);
    out_quotes o = {0};
    o.cap = n_quote_marks + text->n_sentences + x.n_tok / 4 + 1;
    o.items = sr_arena_alloc(arena, o.cap * sizeof *o.items);
    uint8_t *sent_done = sr_arena_calloc(arena, text->n_sentences + 1, 1);
    if (!x.in_quote || !x.lex_known || !x.lex_in || !x.mention_at || !x.mentions || !x.people || !segs || !o.items || !sent_done)
        return -1;
    memset(x.mention_at, 0xff, x.n_tok * sizeof *x.mention_at);
    size_t n_segs = find_segments(&x, segs, n_quote_marks + 2);
    uint8_t *cue_kind = sr_arena_alloc(arena, x.n_tok), *cue_len = sr_arena_alloc(arena, x.n_tok);
    if (!cue_kind || !cue_len)
        return -1;
    fill_cue_cache(&x, cue_kind, cue_len);
    qx_build_mentions(&x);

    state st = {&x, -1, 0, -1, NULL, {0}, 0, 0};
    size_t g = 0;
    for (size_t s = 0; s < text->n_sentences; s++) {
        uint32_t para = text->sentences[s].paragraph;
        size_t upto = sent_done[s] ? 0 : colon_paragraph(&st, &o, s, sent_done);
        if (upto) {
            while (g < n_segs && segs[g].open < sent_end(&x, upto - 1))
                g++;
            s = upto - 1;
            continue;
        }
        for (; g < n_segs && segs[g].open < sent_end(&x, s); g++) {
            segment *seg = &segs[g];
            if (!segment_is_clause(&x, seg))
                continue;
            frame f = {0};
            int framed = 0, from_after = 0, from_before = 0;
            size_t so = qx_sentence_of(&x, seg->open);
            uint32_t fo = sent_first(&x, so);
            if (!seg->unclosed && frame_after(&x, seg->close, &f)) {
                framed = from_after = 1;
            } else if (seg->open > fo &&
                       (qx_punct(&x, seg->open - 1, ':') || qx_punct(&x, seg->open - 1, ',') ||
                        qx_cue_at(&x, seg->open - 1, NULL)) &&
                       frame_before(&x, fo,
                                    qx_cue_at(&x, seg->open - 1, NULL) ? seg->open : seg->open - 1,
                                    &f)) {
                framed = from_before = 1;
            } else if (!seg->unclosed && frame_at_sentence_end(&x, seg->close, &f)) {
                framed = 1;
            } else if (seg->open > fo && qx_punct(&x, seg->open - 1, ':') &&
                       colon_speaker(&x, fo, seg->open - 1, &f)) {
                framed = 1; /* "Marco Rubio: ‘You Don’t Win The Nomination …’" */
            } else if (seg->open == fo && so > 0 &&
                       (x.tok[seg->open].flags & SR_TOKF_PARA_START) &&
                       qx_punct(&x, seg->open - 1, ':')) {
                /* a quotation block after "X said:" */
                size_t sp = so - 1;
                framed = frame_before(&x, sent_first(&x, sp), seg->open - 1, &f);
            }
            /* "Axelrod said this was a miscalculation and that she has
             * learned her lesson: “…”": the quotation ends a reported
             * statement begun earlier in its sentence, which the indirect
             * search takes whole */
            if (!framed && seg->open > fo + 2 && !sent_done[so] &&
                (qx_punct(&x, seg->open - 1, ':') || qx_punct(&x, seg->open - 1, ',')) &&
                statement_before(&x, fo, seg->open - 1))
                continue;
            /* "Cruz called them on it: “…”", "the board was conclusive in
             * its findings: “…”": a colon ends the clause that introduces
             * the quotation, and that clause's subject speaks */
            if (!framed && seg->open > fo + 2 && qx_punct(&x, seg->open - 1, ':') &&
                subject_of_clause(&x, fo, seg->open - 1, &f) &&
                (f.kind == SR_SPEAKER_PERSON || f.kind == SR_SPEAKER_ROLE ||
                 f.kind == SR_SPEAKER_ORG || f.kind == SR_SPEAKER_PRONOUN)) {
                f.cue_first = seg->open - 1;
                f.cue_end = seg->open;
                f.cue_kind = QC_SAY;
                f.last = seg->open - 1;
                framed = 1;
            }
            /* titles standing alone: "''Billions,''", "“Met accused of
             * whitewashing baby Jesus,” by Post's Kathianne Boniello" */
            if (!framed && unframed_title(&x, seg))
                continue;
            uint32_t close = seg->close;
            if (framed && from_after && g + 1 < n_segs) {
                /* "“…,” she said. “…”": the next segment goes on; titles
                 * quoted inside the frame ("said on NBC's “Meet the
                 * Press.”") are passed over */
                size_t sf = qx_sentence_of(&x, f.last), h = g + 1;
                while (h < n_segs && segs[h].open < sent_end(&x, sf) &&
                       !segment_is_clause(&x, &segs[h]))
                    h++;
                segment *next = h < n_segs ? &segs[h] : NULL;
                size_t sn = next ? qx_sentence_of(&x, next->open) : 0;
                int between_cue = 0;
                /* when the quote resumes in the next sentence, that sentence
                 * is the frame's own ("said at his victory party, after
                 * outlets declared him the victor."); in the same sentence a
                 * second cue may start another speaker's frame */
                for (uint32_t k = f.cue_end; next && sn == sf && k < next->open && !between_cue;
                     k++) {
                    int ck = qx_cue_at(&x, k, NULL);
                    /* "said Mr. Ekovich, who noted that …" is still the frame,
                     * and so is "wrote in a statement explaining why …": a
                     * participle starts a frame of its own only after a comma */
                    between_cue = ck != QC_NONE && !(ck & QC_ACCORDING) && k > 0 &&
                                  !qx_is(&x, k - 1, "who") && !qx_is(&x, k - 1, "which") &&
                                  !(is_participle(&x, k) && !qx_punct(&x, k - 1, ','));
                }
                frame g2;
                int same_para = next &&
                                x.text->sentences[sn].paragraph == x.text->sentences[sf].paragraph;
                if (next && (sn == sf || (sn == sf + 1 && next->open == sent_first(&x, sn))) &&
                    same_para &&
                    !between_cue && segment_is_clause(&x, next) &&
                    (next->unclosed || !frame_after(&x, next->close, &g2))) {
                    close = next->close;
                    g = h;
                }
                /* "“…,” X said.¶“…”": a paragraph that is one quotation with
                 * no frame of its own, right after a paragraph that ends with
                 * the frame, goes on with the same speaker's words */
                while (g + 1 < n_segs &&
                       continues_in_next_paragraph(&x, close > f.last ? close : f.last,
                                                   &segs[g + 1])) {
                    close = segs[g + 1].close;
                    g++;
                }
            }
            /* "Sooner or later, “I think we will have a consumption tax,” he
             * said": the speaker is credited with the whole sentence, the
             * writer's lead-in included, so the quotation is mixed */
            uint32_t first = seg->open;
            sr_quote_kind kind = SR_QUOTE_DIRECT;
            if (framed && from_after && seg->open > fo && lead_in_words(&x, fo, seg->open) >= 2) {
                first = fo;
                kind = SR_QUOTE_MIXED;
            } else if (from_before && qx_punct(&x, seg->open - 1, ',')) {
                uint32_t lead = lead_in_before(&x, fo, &f, seg->open);
                if (lead != seg->open) {
                    first = lead;
                    kind = SR_QUOTE_MIXED;
                }
            } else if (from_before && qx_punct(&x, seg->open - 1, ':')) {
                uint32_t lead = colon_lead_in(&x, &f, seg->open - 1);
                if (lead != seg->open - 1) {
                    first = lead;
                    kind = SR_QUOTE_MIXED;
                }
            }
            /* "She says people should be able to use the bathroom they
             * prefer. “It is their life …”": a quotation standing alone
             * right after a reported statement goes on with it */
            if (!framed && (seg->open == fo || short_lead_in(&x, fo, seg->open)) && so > 0 &&
                o.n > 0 && qx_sentence_of(&x, o.last_tok) == so - 1 &&
                ((x.text->sentences[so - 1].paragraph == para &&
                  ends_with_frame(&x, &o, sent_end(&x, so - 1)) &&
                  only_punct(&x, close + 1, sent_end(&x, qx_sentence_of(&x, close)))) ||
                 (o.has_cue && ends_with_frame(&x, &o, sent_end(&x, so - 1)) &&
                  continues_in_next_paragraph(&x, o.frame_last, seg)))) {
                sr_quote *pq = &o.items[o.n - 1];
                extend_last(&x, &o, pq, close);
                if (pq->kind != SR_QUOTE_DIRECT)
                    pq->kind = SR_QUOTE_MIXED;
                for (size_t k = so; k <= qx_sentence_of(&x, close); k++)
                    sent_done[k] = 1;
                continue;
            }
            /* a fragment of one to three words with no frame ("“Benghazi,”",
             * "“It's time.”") names a term or a work, or echoes words the
             * sentence reports otherwise: no statement of its own, unless a
             * name right after it credits it ("“We lost everything,” Maria
             * Keller, 67, …") */
            frame credit;
            if (!framed && close == seg->close && count_words(&x, seg->open, close) <= 3 &&
                (seg->unclosed || !name_after_quote(&x, seg->close, &credit)))
                continue;
            sr_quote *q = emit(&x, &o, kind, first, close, framed ? &f : NULL);
            if (!q)
                continue;
            if (framed) {
                resolve_speaker(&st, &f, q);
                st.running_frame = f;
                st.has_running = 1;
                st.running_para = para;
                if (from_after && close < f.last)
                    participle_after_frame(&st, &o, &f);
                for (size_t k = so; k <= qx_sentence_of(&x, f.last > close ? f.last : close); k++)
                    sent_done[k] = 1;
            } else {
                /* the running speaker, unless the sentence just before
                 * names someone newer as its subject */
                frame near = {0};
                int has_near = seg->open == fo && so > 0 &&
                               subject_of_previous(&x, so - 1, &near) &&
                               (!st.has_running || near.sp_first > st.running_frame.last);
                /* else a name right after the quotation ("“…” James
                 * Pethokoukis of the American Enterprise Institute wrote
                 * recently", with a verb we do not know), else the last
                 * person, role or organization its paragraph names before
                 * it, when newer than the running speaker */
                int has_after = !has_near && !seg->unclosed &&
                                name_after_quote(&x, seg->close, &near);
                int has_before = !has_near && !has_after &&
                                 mention_before_in_paragraph(&x, seg->open, &near) &&
                                 (!st.has_running || near.sp_first > st.running_frame.last);
                if (has_near || has_after || has_before)
                    resolve_speaker(&st, &near, q);
                else if (st.has_running && para <= st.running_para + 2)
                    resolve_speaker(&st, &st.running_frame, q);
                for (size_t k = so; k <= qx_sentence_of(&x, close); k++)
                    sent_done[k] = 1;
            }
        }
        asked_questions(&st, &o, sent_first(&x, s), sent_end(&x, s));
        if (!sent_done[s]) {
            indirect_in_sentence(&st, &o, s, sent_end(&x, s));
        } else {
            /* "Lazar said he welcomed extradition and added, “…”": the
             * words before a direct quotation may report more */
            uint32_t lim = sent_first(&x, s);
            while (lim < sent_end(&x, s) && !x.in_quote[lim])
                lim++;
            if (count_words(&x, sent_first(&x, s), lim) >= 5)
                indirect_in_sentence(&st, &o, s, lim);
        }
    }
    /* sentences may hold an indirect quote found after a direct one that
     * started earlier: keep the output in text order */
    for (size_t i = 1; i < o.n; i++) {
        sr_quote q = o.items[i];
        size_t j = i;
        while (j > 0 && o.items[j - 1].start > q.start) {
            o.items[j] = o.items[j - 1];
            j--;
        }
        o.items[j] = q;
    }
    out->items = o.items;
    out->n = o.n;

    /* people, in order of first mention */
    if (x.n_people) {
        out->people = sr_arena_alloc(arena, x.n_people * sizeof *out->people);
        if (!out->people)
            return -1;
        uint32_t last = 0;
        for (size_t k = 0; k < x.n_people; k++) {
            int best = -1;
            for (size_t e = 0; e < x.n_people; e++) {
                uint32_t ft = x.people[e].first_tok;
                if ((k == 0 || ft > last) && (best < 0 || ft < x.people[best].first_tok))
                    best = (int)e;
            }
            if (best < 0)
                break;
            last = x.people[best].first_tok;
            const char *name, *code;
            person_name(&x, best, &name, &code);
            if (name)
                out->people[out->n_people++] = name;
        }
    }
    return 0;
}

/* ------------------------------------------------------------ JSON */

const char *sr_quote_kind_name(sr_quote_kind k)
{
    switch (k) {
    case SR_QUOTE_DIRECT:
        return "direct";
    case SR_QUOTE_INDIRECT:
        return "indirect";
    case SR_QUOTE_MIXED:
        return "mixed";
    }
    return "direct";
}

void sr_quotes_write_json(sr_buf *b, const sr_quotes *q)
{
    sr_buf_putc(b, '[');
    for (size_t i = 0; q && i < q->n; i++) {
        const sr_quote *x = &q->items[i];
        sr_buf_puts(b, i ? ",{\"text\":" : "{\"text\":");
        sr_json_cstr(b, x->text);
        sr_buf_printf(b, ",\"kind\":\"%s\",\"span\":[%u,%u],\"sentence\":%u,\"cue\":",
                      sr_quote_kind_name(x->kind), x->start, x->end, x->sentence);
        sr_json_cstr(b, x->cue);
        sr_buf_puts(b, ",\"speaker\":{\"text\":");
        sr_json_cstr(b, x->speaker_text);
        sr_buf_puts(b, ",\"name\":");
        sr_json_cstr(b, x->speaker_name);
        sr_buf_puts(b, ",\"code\":");
        sr_json_cstr(b, x->speaker_code);
        if (x->speaker_text)
            sr_buf_printf(b, ",\"span\":[%u,%u]", x->speaker_start, x->speaker_end);
        sr_buf_puts(b, "}}");
    }
    sr_buf_putc(b, ']');
}

void sr_quotes_write_people_json(sr_buf *b, const sr_quotes *q)
{
    sr_buf_putc(b, '[');
    for (size_t i = 0; q && i < q->n_people; i++) {
        if (i)
            sr_buf_putc(b, ',');
        sr_json_cstr(b, q->people[i]);
    }
    sr_buf_putc(b, ']');
}
