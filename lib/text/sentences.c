/*
 * sentences.c - pass 2 of the text stage: tokens to sentences, and
 * sr_text_analyze(), which runs both passes.
 *
 * The splitter walks the token array once.  A sentence can end only at a
 * terminator: a "." "!" "?" run, an ellipsis ("…" or "..."), or an
 * abbreviation or initial that swallowed its period.  Closing quotes and
 * brackets right after the terminator stay in the sentence (He said: "We
 * are ready." | Then ...).  Whether the sentence really ends is decided by
 * the first token after them:
 *
 *   "." "!" "?"   end, unless a comma, semicolon, colon or dash follows
 *                 ("Why?", he asked), or a lowercase word ("Ready!" said
 *                 Rutte), or another terminator (". . ." decides at its
 *                 last dot), or, after "?"/"!" and a closing quote, a
 *                 capitalized name and a reporting verb ("Why?" Rutte
 *                 asked.).
 *   ellipsis      ends only before a capitalized word (with or without a
 *                 space: "managed...We"), or an opening quote and one;
 *                 "(...)" and "[...]" mark an omission and never end.
 *   abbreviation  titles and e.g./i.e./vs. never end; months, "No." and
 *   and initial   the like (followed by a number when abbreviations) end
 *                 before any capitalized word; the others (U.S., Inc.,
 *                 etc., J.) end only before a typical sentence opener
 *                 ("The", "He", "However", ...), since "U.S. Army" and
 *                 "Jens S. Stoltenberg" are far more common than a
 *                 sentence ending in them.
 *
 * A paragraph break always ends a sentence, whatever the punctuation, and
 * every token belongs to exactly one sentence: a paragraph holding only a
 * URL or only "." is a sentence of its own (kept rather than skipped, so
 * that sentence spans cover the body and indices stay stable for users).
 */
#include "text/text_internal.h"

#include <string.h>

enum terminator {
    TERM_NONE = 0,
    TERM_STOP,      /* . ! ? and other scripts' full stops */
    TERM_QUESTION,  /* ! ? (a STOP that may precede "X asked") */
    TERM_ELLIPSIS,
    TERM_ABBREV     /* token ending in a swallowed '.' */
};

static const char *tok_text(const char *body, const sr_token *t, size_t *len)
{
    *len = t->byte_end - t->byte_start;
    return body + t->byte_start;
}

static enum terminator terminator_of(const char *body, const sr_token *t)
{
    if (t->kind == SR_TOK_PUNCT) {
        size_t len;
        const char *p = tok_text(body, t, &len);
        unsigned char b = (unsigned char)p[0];
        if (b == '.')
            return len >= 2 ? TERM_ELLIPSIS : TERM_STOP;
        if (b == '!' || b == '?')
            return TERM_QUESTION;
        if (len >= 3 && (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
            (unsigned char)p[2] == 0xA6)
            return TERM_ELLIPSIS; /* … */
        if (b >= 0x80) {
            /* Other scripts' terminators (。 ！ ？ ؟ ।) are PUNCT runs of
             * their own; commas and brackets are single tokens too, so
             * look at the code point. */
            static const char *const stops[] = {
                "\xE3\x80\x82", "\xEF\xBC\x8E", "\xEF\xBD\xA1", "\xEF\xBC\x81", "\xEF\xBC\x9F",
                "\xD8\x9F", "\xDB\x94", "\xE0\xA5\xA4", "\xE0\xA5\xA5", "\xE2\x80\xBC",
                "\xE2\x81\x87", "\xE2\x81\x88", "\xE2\x81\x89"};
            for (size_t k = 0; k < sizeof stops / sizeof stops[0]; k++) {
                size_t sl = strlen(stops[k]);
                if (len >= sl && memcmp(p, stops[k], sl) == 0)
                    return TERM_STOP;
            }
        }
        return TERM_NONE;
    }
    if (t->kind == SR_TOK_WORD && (t->flags & (SR_TOKF_ABBREV | SR_TOKF_INITIAL)))
        return TERM_ABBREV;
    return TERM_NONE;
}

static int is_bracket(const char *body, const sr_token *t, int closing)
{
    if (t->kind != SR_TOK_PUNCT || t->byte_end - t->byte_start != 1)
        return 0;
    char c = body[t->byte_start];
    return closing ? (c == ')' || c == ']' || c == '}') : (c == '(' || c == '[' || c == '{');
}

static int starts_lowercase(const char *body, const sr_token *t)
{
    if (t->kind != SR_TOK_WORD && t->kind != SR_TOK_NUMBER)
        return 0;
    return sr_text_first_case(body + t->byte_start, t->byte_end - t->byte_start) == SR_CASE_LOWER;
}

static int is_capitalized_word(const sr_token *t)
{
    return t->kind == SR_TOK_WORD && (t->flags & SR_TOKF_CAPITALIZED);
}

static int is_opener(const char *body, const sr_token *t)
{
    size_t len;
    const char *p = tok_text(body, t, &len);
    return t->kind == SR_TOK_WORD && sr_abbrev_is_sentence_opener(p, len);
}

/* '"Why?" Rutte asked.': after the closing quote, up to five capitalized
 * words (a name, a title) and then a reporting verb. */
static int name_then_reporting_verb(const char *body, const sr_token *t, size_t j, size_t n)
{
    size_t k = j, names = 0;
    while (k < n && names < 5 && !(t[k].flags & SR_TOKF_PARA_START) && is_capitalized_word(&t[k])) {
        k++;
        names++;
    }
    if (names == 0 || k >= n || (t[k].flags & SR_TOKF_PARA_START) || t[k].kind != SR_TOK_WORD)
        return 0;
    size_t len;
    const char *p = tok_text(body, &t[k], &len);
    return sr_abbrev_is_reporting_verb(p, len);
}

/* If a sentence ends with token i, returns the index one past its last
 * token (closing quotes and brackets included); otherwise 0. */
static size_t sentence_end_after(const char *body, const sr_token *t, size_t n, size_t i)
{
    enum terminator term = terminator_of(body, &t[i]);
    if (term == TERM_NONE)
        return 0;
    size_t j = i + 1;
    if (term == TERM_ELLIPSIS && i > 0 && j < n && is_bracket(body, &t[i - 1], 0) &&
        is_bracket(body, &t[j], 1))
        return 0; /* (...) */

    int closed_quote = 0;
    while (j < n && !(t[j].flags & SR_TOKF_PARA_START) &&
           (t[j].kind == SR_TOK_QUOTE_CLOSE || is_bracket(body, &t[j], 1))) {
        closed_quote |= t[j].kind == SR_TOK_QUOTE_CLOSE;
        j++;
    }
    if (j >= n || (t[j].flags & SR_TOKF_PARA_START))
        return j;
    const sr_token *next = &t[j];

    switch (term) {
    case TERM_STOP:
    case TERM_QUESTION:
        if (next->kind == SR_TOK_PUNCT) {
            if (terminator_of(body, next) != TERM_NONE)
                return 0; /* ". . ." or "?!" spaced out: the last one decides */
            unsigned char b = (unsigned char)body[next->byte_start];
            if (b == ',' || b == ';' || b == ':' || b == '-')
                return 0;
            /* – — and other dashes continue the sentence too */
            if (b == 0xE2 && next->byte_end - next->byte_start == 3 &&
                (unsigned char)body[next->byte_start + 1] == 0x80) {
                unsigned char b2 = (unsigned char)body[next->byte_start + 2];
                if (b2 >= 0x93 && b2 <= 0x95)
                    return 0;
            }
            return j;
        }
        if (starts_lowercase(body, next))
            return 0;
        if (term == TERM_QUESTION && closed_quote && name_then_reporting_verb(body, t, j, n))
            return 0;
        return j;
    case TERM_ELLIPSIS:
        if (is_capitalized_word(next))
            return j;
        if (next->kind == SR_TOK_QUOTE_OPEN && j + 1 < n &&
            !(t[j + 1].flags & SR_TOKF_PARA_START) && is_capitalized_word(&t[j + 1]))
            return j;
        return 0;
    case TERM_ABBREV: {
        sr_abbrev_class cls = SR_ABBR_MAY_END;
        if (t[i].flags & SR_TOKF_ABBREV) {
            size_t len;
            const char *p = tok_text(body, &t[i], &len);
            cls = sr_abbrev_lookup(p, len - 1);
        }
        if (cls == SR_ABBR_NEVER_ENDS)
            return 0;
        if (cls == SR_ABBR_BEFORE_NUMBER ? is_capitalized_word(next) : is_opener(body, next))
            return j;
        if (next->kind == SR_TOK_QUOTE_OPEN && j + 1 < n &&
            !(t[j + 1].flags & SR_TOKF_PARA_START) && is_capitalized_word(&t[j + 1]))
            return j;
        return 0;
    }
    default:
        return 0;
    }
}

typedef struct sentence_list {
    sr_sentence *v;
    size_t n, cap;
    sr_arena *arena;
} sentence_list;

static int add_sentence(sentence_list *sl, sr_token *t, size_t first, size_t end, size_t para)
{
    if (sl->n == sl->cap) {
        size_t ncap = sl->cap * 2;
        if (ncap > SIZE_MAX / sizeof(sr_sentence))
            return -1;
        sr_sentence *nv = sr_arena_alloc(sl->arena, ncap * sizeof(sr_sentence));
        if (!nv)
            return -1;
        memcpy(nv, sl->v, sl->n * sizeof(sr_sentence));
        sl->v = nv;
        sl->cap = ncap;
    }
    sr_sentence *s = &sl->v[sl->n];
    s->start = t[first].start;
    s->end = t[end - 1].end;
    s->byte_start = t[first].byte_start;
    s->byte_end = t[end - 1].byte_end;
    s->first_token = (uint32_t)first;
    s->n_tokens = (uint32_t)(end - first);
    s->paragraph = (uint32_t)para;
    uint16_t hint = (uint16_t)(sl->n & 0xFFFF);
    for (size_t k = first; k < end; k++)
        t[k].sentence = hint;
    sl->n++;
    return 0;
}

int sr_text_split_sentences(const char *body, size_t len, sr_arena *arena, sr_text *out)
{
    (void)len;
    sr_token *t = out->tokens;
    size_t n = out->n_tokens;
    sentence_list sl = {NULL, 0, n / 16 + 8, arena};
    sl.v = sr_arena_alloc(arena, sl.cap * sizeof(sr_sentence));
    if (!sl.v)
        return -1;

    size_t first = 0, para = 0;
    for (size_t i = 0; i < n; i++) {
        if ((t[i].flags & SR_TOKF_PARA_START) && i > first) {
            if (add_sentence(&sl, t, first, i, para) != 0)
                return -1;
            first = i;
            para++;
        }
        size_t end = sentence_end_after(body, t, n, i);
        if (end) {
            if (add_sentence(&sl, t, first, end, para) != 0)
                return -1;
            first = end;
            i = end - 1;
            if (end < n && (t[end].flags & SR_TOKF_PARA_START))
                para++;
        }
    }
    if (first < n && add_sentence(&sl, t, first, n, para) != 0)
        return -1;
    out->sentences = sl.v;
    out->n_sentences = sl.n;
    return 0;
}

int sr_text_analyze(const char *body, size_t len, sr_arena *arena, sr_text *out)
{
    if (sr_text_tokenize(body, len, arena, out) != 0)
        return -1;
    return sr_text_split_sentences(body, len, arena, out);
}
