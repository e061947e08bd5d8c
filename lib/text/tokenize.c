/*
 * tokenize.c - pass 1 of the text stage: UTF-8 bytes to tokens.
 *
 * One forward pass over the body.  Code points are decoded here (no regex,
 * no ICU iterator): ASCII goes through a 128-entry class table, anything
 * else through one u_charType() call.  Each token records its span twice,
 * in code points and in bytes; the code-point offset of any position is
 * its byte offset minus the continuation bytes consumed before it, which
 * the scanner keeps in `extra`, so counting costs nothing on ASCII.
 *
 * Decisions a reader of the output should know:
 *  - Words keep inner hyphens (US-led, Russia-NATO, 10-year), inner
 *    apostrophes (don't, O'Brien, we've) and inner periods (U.S, e.g,
 *    Censor.NET).  The possessive/contraction clitic splits off, as the
 *    TABARI and PETRARCH coders expect: Russia's -> Russia + 's, and the
 *    bare possessive apostrophe of "the allies' security" is its own
 *    token.  Both clitics are SR_TOK_WORD, never quotes.
 *  - A known abbreviation, a dotted acronym (U.S., e.g., a.m.) and a
 *    single capital letter (the initial in "Jens S. Stoltenberg") swallow
 *    their trailing period and get SR_TOKF_ABBREV or SR_TOKF_INITIAL;
 *    whether that period also ends the sentence is sentences.c's call.
 *  - Numbers keep separators between digits (1,000  2.5  10:30  10/02/2022
 *    2014-2015) and a following % or ordinal suffix (2%  5th  57th).
 *  - Runs of "." (an ASCII ellipsis), of ! and ?, and of "-" are one token.
 *  - URLs (scheme:// or www.) and e-mail addresses are one SR_TOK_URL
 *    token; trailing sentence punctuation is left outside.
 *  - Quote direction: curly and angle quotes by shape, with context
 *    overriding the shapes that languages use both ways („…“ in German,
 *    ”…” in Swedish, »…« in Danish); straight quotes by context (after
 *    space or an opening bracket: open; before space or punctuation:
 *    close) and, when the context says nothing, by whether a quote of the
 *    same kind is open in this paragraph.  Quote state resets at each
 *    paragraph: news opens a quotation again at each paragraph it spans.
 *  - Invalid UTF-8: every byte that does not start a well-formed sequence
 *    (Unicode table 3-7) is one code point and one SR_TOK_SYMBOL token.
 */
#include "text/text_internal.h"

#include <string.h>

#include <unicode/uchar.h>

/* Character classes, as far as the scanner cares. */
enum {
    CC_END = 0,  /* past the end of the body */
    CC_SPACE,    /* whitespace, controls and ignorable format characters */
    CC_NEWLINE,  /* '\n': two with only spaces between break a paragraph */
    CC_PARASEP,  /* U+2029 PARAGRAPH SEPARATOR */
    CC_UPPER,
    CC_LOWER,
    CC_LETTER,   /* letters without case, letter-like numbers (Ⅻ ²) */
    CC_MARK,     /* combining marks, ZWJ/ZWNJ, soft hyphen: stick to a word */
    CC_DIGIT,
    CC_APOS,     /* ' ’ ʼ: apostrophe inside words, else a single quote */
    CC_DQUOTE,   /* straight double quote: direction from context */
    CC_QUOTE,    /* every other quotation mark */
    CC_HYPHEN,   /* - ‐ ‑: joins words */
    CC_DASH,     /* – — ― −: never joins */
    CC_PERIOD,
    CC_TERM,     /* ! ? and other scripts' sentence ends (。 ؟ ।) */
    CC_ELLIPSIS, /* … */
    CC_COMMA,
    CC_COLON,
    CC_SLASH,
    CC_OPEN,     /* ( [ { and other opening brackets */
    CC_CLOSE,
    CC_PUNCT,
    CC_AT,
    CC_PERCENT,
    CC_SYMBOL,
    CC_INVALID   /* a byte that starts no well-formed UTF-8 sequence */
};

#define S_ CC_SPACE
#define U_ CC_UPPER
#define L_ CC_LOWER
#define D_ CC_DIGIT
#define Y_ CC_SYMBOL
static const uint8_t ascii_cc[128] = {
    /* 0x00 */ S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, CC_NEWLINE, S_, S_, S_, S_, S_,
    /* 0x10 */ S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_,
    /* 0x20 */ S_, CC_TERM, CC_DQUOTE, Y_, Y_, CC_PERCENT, Y_, CC_APOS,
               CC_OPEN, CC_CLOSE, Y_, Y_, CC_COMMA, CC_HYPHEN, CC_PERIOD, CC_SLASH,
    /* 0x30 */ D_, D_, D_, D_, D_, D_, D_, D_, D_, D_, CC_COLON, CC_PUNCT, Y_, Y_, Y_, CC_TERM,
    /* 0x40 */ CC_AT, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_,
    /* 0x50 */ U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, CC_OPEN, Y_, CC_CLOSE, Y_, CC_PUNCT,
    /* 0x60 */ Y_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_,
    /* 0x70 */ L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, CC_OPEN, Y_, CC_CLOSE, Y_, S_,
};
#undef S_
#undef U_
#undef L_
#undef D_
#undef Y_

static int cc_is_alnum(unsigned cc)
{
    return cc >= CC_UPPER && cc <= CC_DIGIT;
}

static int cc_is_letter(unsigned cc)
{
    return cc >= CC_UPPER && cc <= CC_MARK;
}

static unsigned classify_nonascii(uint32_t cp)
{
    switch (cp) {
    case 0x2019: /* ’ */
    case 0x02BC: /* ʼ */
        return CC_APOS;
    case 0xFF02: /* ＂ */
        return CC_DQUOTE;
    case 0x201A: /* ‚ and „ are Ps in Unicode, quotes in practice */
    case 0x201E:
        return CC_QUOTE;
    case 0x2010:
    case 0x2011:
        return CC_HYPHEN;
    case 0x2212: /* minus sign, used as a dash */
        return CC_DASH;
    case 0x2026:
        return CC_ELLIPSIS;
    case 0x3002: case 0xFF0E: case 0xFF61: /* 。 ． ｡ */
    case 0xFF01: case 0xFF1F:              /* ！ ？ */
    case 0x061F: case 0x06D4:              /* Arabic ? and full stop */
    case 0x0964: case 0x0965:              /* Devanagari danda */
    case 0x203C: case 0x2047: case 0x2048: case 0x2049:
        return CC_TERM;
    case 0x3001: case 0xFF0C: case 0x060C: /* 、 ， ، */
        return CC_COMMA;
    case 0x200C: case 0x200D: case 0x00AD: /* ZWNJ, ZWJ, soft hyphen */
        return CC_MARK;
    case 0x2029:
        return CC_PARASEP;
    default:
        break;
    }
    if (cp >= 0xE0020 && cp <= 0xE007F) /* emoji tag sequences */
        return CC_MARK;
    switch (u_charType((UChar32)cp)) {
    case U_UPPERCASE_LETTER:
    case U_TITLECASE_LETTER:
        return CC_UPPER;
    case U_LOWERCASE_LETTER:
        return CC_LOWER;
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
        return CC_LETTER;
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
        return CC_MARK;
    case U_DECIMAL_DIGIT_NUMBER:
        return CC_DIGIT;
    case U_SPACE_SEPARATOR:
    case U_LINE_SEPARATOR:
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
        return CC_SPACE;
    case U_PARAGRAPH_SEPARATOR:
        return CC_PARASEP;
    case U_DASH_PUNCTUATION:
        return CC_DASH;
    case U_START_PUNCTUATION:
        return CC_OPEN;
    case U_END_PUNCTUATION:
        return CC_CLOSE;
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
        return CC_QUOTE;
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
        return CC_PUNCT;
    default: /* symbols, unassigned, private use */
        return CC_SYMBOL;
    }
}

typedef struct uch {
    uint32_t cp;
    uint8_t len; /* bytes; 0 at the end of the body */
    uint8_t cc;
} uch;

/* Decodes one well-formed sequence (Unicode table 3-7: no overlongs, no
 * surrogates, nothing above U+10FFFF); anything else is a 1-byte
 * CC_INVALID. */
static uch decode_multibyte(const uint8_t *s, size_t n, size_t i)
{
    uch c = {0xFFFD, 1, CC_INVALID};
    uint8_t b0 = s[i];
    unsigned need;
    uint32_t cp;
    uint8_t lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1;
        cp = b0 & 0x1Fu;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2;
        cp = b0 & 0x0Fu;
        if (b0 == 0xE0)
            lo = 0xA0;
        else if (b0 == 0xED)
            hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3;
        cp = b0 & 0x07u;
        if (b0 == 0xF0)
            lo = 0x90;
        else if (b0 == 0xF4)
            hi = 0x8F;
    } else {
        return c;
    }
    if (n - i <= need)
        return c;
    uint8_t b1 = s[i + 1];
    if (b1 < lo || b1 > hi)
        return c;
    cp = (cp << 6) | (b1 & 0x3Fu);
    for (unsigned k = 2; k <= need; k++) {
        uint8_t b = s[i + k];
        if ((b & 0xC0) != 0x80)
            return c;
        cp = (cp << 6) | (b & 0x3Fu);
    }
    c.cp = cp;
    c.len = (uint8_t)(need + 1);
    c.cc = (uint8_t)classify_nonascii(cp);
    return c;
}

static inline uch char_at(const uint8_t *s, size_t n, size_t i)
{
    if (i >= n) {
        uch end = {0, 0, CC_END};
        return end;
    }
    if (s[i] < 0x80) {
        uch c = {s[i], 1, ascii_cc[s[i]]};
        return c;
    }
    return decode_multibyte(s, n, i);
}

sr_text_case sr_text_first_case(const char *s, size_t len)
{
    uch c = char_at((const uint8_t *)s, len, 0);
    if (c.cc == CC_UPPER)
        return SR_CASE_UPPER;
    if (c.cc == CC_LOWER)
        return SR_CASE_LOWER;
    return SR_CASE_NONE;
}

typedef struct scanner {
    const uint8_t *s;
    size_t n;
    size_t extra;        /* continuation bytes consumed so far: cp offset = byte offset - extra */
    sr_arena *arena;
    sr_token *tok;
    size_t ntok, cap;
    size_t n_paragraphs;
    unsigned pending;    /* SPACE_BEFORE / PARA_START for the next token */
    int after_opening;   /* last thing seen opens a phrase: start, space, ( “ – */
    /* Quotation state of the current paragraph. */
    uint8_t dq_open;     /* a double quote (straight or curly) is open */
    uint8_t sq_open;     /* a single quote is open */
    uint8_t low9_open;   /* „ or ‚ opened: the next “ or ‘ closes (German) */
    uint8_t guil_open;   /* « or » opened */
    int oom;
} scanner;

static int grow(scanner *sc)
{
    size_t ncap = sc->cap * 2;
    if (ncap > SIZE_MAX / sizeof(sr_token))
        return -1;
    sr_token *nt = sr_arena_alloc(sc->arena, ncap * sizeof(sr_token));
    if (!nt)
        return -1;
    memcpy(nt, sc->tok, sc->ntok * sizeof(sr_token));
    sc->tok = nt;
    sc->cap = ncap;
    return 0;
}

/* Appends a token over bytes [b0, b1) whose first code point is at offset
 * c0; the end offset follows from `extra`, which the caller has advanced
 * over every byte up to b1. */
static void emit(scanner *sc, size_t b0, size_t b1, size_t c0, unsigned kind, unsigned flags)
{
    if (sc->ntok == sc->cap && grow(sc) != 0) {
        sc->oom = 1;
        return;
    }
    sr_token *t = &sc->tok[sc->ntok++];
    t->start = (uint32_t)c0;
    t->end = (uint32_t)(b1 - sc->extra);
    t->byte_start = (uint32_t)b0;
    t->byte_end = (uint32_t)b1;
    t->kind = (uint8_t)kind;
    t->flags = (uint8_t)(flags | sc->pending);
    t->sentence = 0;
    if (sc->pending & SR_TOKF_PARA_START)
        sc->n_paragraphs++;
    sc->pending = 0;
    sc->after_opening = 0;
}

static void new_paragraph(scanner *sc)
{
    sc->pending |= SR_TOKF_PARA_START;
    sc->dq_open = sc->sq_open = sc->low9_open = sc->guil_open = 0;
}

/* Skips whitespace from pos; a blank line (two newlines with only spaces
 * between) or U+2029 starts a new paragraph, a single newline does not. */
static size_t skip_space(scanner *sc, size_t pos)
{
    const uint8_t *s = sc->s;
    size_t n = sc->n;
    int newlines = 0, para = 0;
    while (pos < n) {
        uint8_t b = s[pos];
        if (b < 0x80) {
            if (b == '\n') {
                if (++newlines >= 2)
                    para = 1;
            } else if (ascii_cc[b] != CC_SPACE) {
                break;
            }
            pos++;
            continue;
        }
        uch c = decode_multibyte(s, n, pos);
        if (c.cc == CC_PARASEP)
            para = 1;
        else if (c.cc != CC_SPACE)
            break;
        pos += c.len;
        sc->extra += c.len - 1u;
    }
    sc->pending |= SR_TOKF_SPACE_BEFORE;
    sc->after_opening = 1;
    if (para)
        new_paragraph(sc);
    return pos;
}

static int is_url_char(const uch *c)
{
    switch (c->cc) {
    case CC_END:
    case CC_SPACE:
    case CC_NEWLINE:
    case CC_PARASEP:
    case CC_DQUOTE:
    case CC_QUOTE:
    case CC_INVALID:
        return 0;
    case CC_APOS:
        return c->cp == '\'';
    case CC_SYMBOL:
        return c->cp != '<' && c->cp != '>';
    default:
        return 1;
    }
}

/* A URL from `start` to the first space, quote or angle bracket, without
 * trailing sentence punctuation (a ')' stays when the URL opened one). */
static size_t scan_url(scanner *sc, size_t start)
{
    const uint8_t *s = sc->s;
    size_t n = sc->n, i = start, c0 = start - sc->extra;
    int parens = 0;
    for (;;) {
        uch c = char_at(s, n, i);
        if (!is_url_char(&c))
            break;
        if (c.cp == '(')
            parens++;
        else if (c.cp == ')')
            parens--;
        i += c.len;
        sc->extra += c.len - 1u;
    }
    /* Only ASCII is trimmed, so `extra` stays right for the new end. */
    while (i > start + 1) {
        uint8_t b = s[i - 1];
        if (b == ')' && parens < 0) {
            parens++;
        } else if (!(b == '.' || b == ',' || b == ';' || b == ':' || b == '!' || b == '?' ||
                     b == '\'' || b == ']' || b == '}')) {
            break;
        }
        i--;
    }
    emit(sc, start, i, c0, SR_TOK_URL, 0);
    return i;
}

static int email_local_char(uint8_t b)
{
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') ||
           b == '.' || b == '_' || b == '%' || b == '+' || b == '-';
}

static int domain_char(uint8_t b)
{
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-';
}

/* End of an e-mail address starting at `start` (ASCII only: local@domain.tld
 * with a TLD of two letters or more), or 0. */
static size_t email_end(const uint8_t *s, size_t n, size_t start)
{
    size_t i = start;
    while (i < n && email_local_char(s[i]))
        i++;
    if (i == start || i >= n || s[i] != '@')
        return 0;
    i++;
    size_t end = 0, label = i;
    int dots = 0;
    for (;;) {
        while (i < n && domain_char(s[i]))
            i++;
        if (i == label)
            break;
        int alpha_tld = 1;
        for (size_t k = label; k < i; k++)
            if (!((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z'))
                alpha_tld = 0;
        if (dots > 0 && alpha_tld && i - label >= 2)
            end = i;
        if (i + 1 < n && s[i] == '.' && domain_char(s[i + 1])) {
            dots++;
            i++;
            label = i;
            continue;
        }
        break;
    }
    return end;
}

static int is_ordinal_suffix(const uint8_t *p)
{
    uint8_t a = p[0] | 0x20, b = p[1] | 0x20;
    return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
           (a == 't' && b == 'h');
}

/* Consumes a hyphen or apostrophe of len bytes at i that joins two parts
 * of one word ("Franco-German", "don't"); returns the position after it. */
static inline size_t take_joiner(scanner *sc, size_t i, size_t len, unsigned *joined,
                                 unsigned *ascii)
{
    sc->extra += len - 1u;
    *joined = 1;
    *ascii &= len == 1;
    return i + len;
}

/* A word or number starting at pos (a letter, digit or mark). */
static size_t scan_word(scanner *sc, size_t pos)
{
    const uint8_t *s = sc->s;
    const size_t n = sc->n, start = pos, c0 = pos - sc->extra, extra0 = sc->extra;

    if ((s[pos] | 0x20) == 'w' && n - pos > 4 && (s[pos + 1] | 0x20) == 'w' &&
        (s[pos + 2] | 0x20) == 'w' && s[pos + 3] == '.' && s[pos + 4] < 0x80 &&
        cc_is_alnum(ascii_cc[s[pos + 4]]))
        return scan_url(sc, start);

    unsigned n_upper = 0, n_lower = 0, n_alpha = 0, n_digit = 0;
    unsigned first_case = 0;   /* case of the first letter: 1 upper, 2 other */
    unsigned last = 0;         /* last consumed: 1 letter, 2 digit */
    unsigned last_lower = 0;   /* ... and it was a lowercase letter */
    unsigned seg = 0, max_seg = 0, inner_period = 0, joined = 0, ascii = 1;
    size_t i = pos;

    for (;;) {
        /* Fast path: ASCII letters and digits. */
        while (i < n && s[i] < 0x80) {
            unsigned cc = ascii_cc[s[i]];
            if (cc == CC_LOWER) {
                n_lower++;
                last_lower = 1;
                if (!first_case)
                    first_case = 2;
            } else if (cc == CC_UPPER) {
                n_upper++;
                last_lower = 0;
                if (!first_case)
                    first_case = 1;
            } else if (cc == CC_DIGIT) {
                n_digit++;
                last = 2;
                last_lower = 0;
                i++;
                continue;
            } else {
                break;
            }
            n_alpha++;
            seg++;
            last = 1;
            i++;
        }
        uch c = char_at(s, n, i);
        switch (c.cc) {
        case CC_UPPER:
        case CC_LOWER:
        case CC_LETTER:
            n_alpha++;
            seg++;
            last = 1;
            last_lower = c.cc == CC_LOWER;
            if (c.cc == CC_UPPER)
                n_upper++;
            else if (c.cc == CC_LOWER)
                n_lower++;
            if (!first_case)
                first_case = c.cc == CC_UPPER ? 1 : 2;
            ascii = 0;
            i += c.len;
            sc->extra += c.len - 1u;
            continue;
        case CC_MARK:
        case CC_DIGIT:
            if (c.cc == CC_DIGIT) {
                n_digit++;
                last = 2;
            } else if (!last) {
                last = 1;
            }
            ascii = 0;
            i += c.len;
            sc->extra += c.len - 1u;
            continue;
        case CC_HYPHEN: {
            uch d = char_at(s, n, i + c.len);
            if (last && cc_is_alnum(d.cc)) {
                i = take_joiner(sc, i, c.len, &joined, &ascii);
                continue;
            }
            break;
        }
        case CC_APOS: {
            uch d = char_at(s, n, i + c.len);
            if (last == 1 && cc_is_letter(d.cc)) {
                if (d.cp == 's' || d.cp == 'S') {
                    uch e = char_at(s, n, i + c.len + 1);
                    if (!cc_is_alnum(e.cc))
                        break; /* Russia's: the 's goes its own way */
                }
                i = take_joiner(sc, i, c.len, &joined, &ascii);
                continue;
            }
            break;
        }
        case CC_PERIOD: {
            uch d = char_at(s, n, i + 1);
            if (last == 2 && d.cc == CC_DIGIT) { /* 2.5 */
                i++;
                continue;
            }
            if (last == 1 && cc_is_letter(d.cc)) {
                /* "end.The" is a missing space, not an acronym. */
                if (last_lower && d.cc == CC_UPPER &&
                    char_at(s, n, i + 1 + d.len).cc == CC_LOWER)
                    break;
                inner_period = 1;
                if (seg > max_seg)
                    max_seg = seg;
                seg = 0;
                i++;
                continue;
            }
            if (last == 1 && inner_period && !joined && n_digit == 0 && seg <= 2 &&
                max_seg <= 2 && d.cc == CC_HYPHEN &&
                cc_is_alnum(char_at(s, n, i + 1 + d.len).cc)) {
                /* U.S.-led */
                i = take_joiner(sc, i + 1, d.len, &joined, &ascii);
                continue;
            }
            break;
        }
        case CC_COMMA:
            if (last == 2 && c.cp == ',' && char_at(s, n, i + 1).cc == CC_DIGIT) {
                i++;
                continue;
            }
            break;
        case CC_SLASH:
            if (last == 2 && char_at(s, n, i + 1).cc == CC_DIGIT) {
                i++;
                continue;
            }
            break;
        case CC_COLON:
            if (last == 2 && char_at(s, n, i + 1).cc == CC_DIGIT) {
                i++;
                continue;
            }
            if (ascii && first_case && (s[start] | 0x20) >= 'a' && (s[start] | 0x20) <= 'z' &&
                n - i > 3 && s[i + 1] == '/' && s[i + 2] == '/' && s[i + 3] > ' ') {
                sc->extra = extra0; /* scheme://: rescan from the start */
                return scan_url(sc, start);
            }
            break;
        default:
            break;
        }
        break;
    }

    size_t end = i;
    unsigned flags = 0;
    uint8_t stop = end < n ? s[end] : 0;

    if (ascii && (stop == '@' || stop == '.' || stop == '_' || stop == '+' || stop == '-' ||
                  stop == '%')) {
        size_t e = email_end(s, n, start);
        if (e) {
            sc->extra = extra0; /* an address is ASCII: nothing to count */
            emit(sc, start, e, c0, SR_TOK_URL, 0);
            return e;
        }
    }

    if (stop == '.' && last == 1 && n_digit == 0 && !(end + 1 < n && s[end + 1] == '.')) {
        if (inner_period) {
            if (!joined && seg <= 2 && max_seg <= 2) /* U.S.  e.g.  a.m.  т.е. */
                flags = SR_TOKF_ABBREV;
        } else if (!joined) {
            if (n_alpha == 1 && first_case == 1)
                flags = SR_TOKF_INITIAL;
            else if (sr_abbrev_lookup((const char *)s + start, end - start) != SR_ABBR_NONE)
                flags = SR_TOKF_ABBREV;
        }
        if (flags)
            end++;
    }

    unsigned kind = SR_TOK_WORD;
    if (n_alpha == 0 && n_digit > 0) {
        kind = SR_TOK_NUMBER;
        if (stop == '%') {
            end++;
        }
    } else if (n_alpha == 2 && n_digit > 0 && !joined && !inner_period && end - start >= 3 &&
               end == i && s[end - 3] >= '0' && s[end - 3] <= '9' && is_ordinal_suffix(s + end - 2)) {
        kind = SR_TOK_NUMBER; /* 5th 57th 22nd */
    }
    if (first_case == 1)
        flags |= SR_TOKF_CAPITALIZED;
    if (n_upper >= 2 && n_lower == 0)
        flags |= SR_TOKF_ALL_CAPS;
    emit(sc, start, end, c0, kind, flags);
    return end;
}

static int is_close_context(unsigned cc)
{
    switch (cc) {
    case CC_END:
    case CC_SPACE:
    case CC_NEWLINE:
    case CC_PARASEP:
    case CC_PERIOD:
    case CC_COMMA:
    case CC_COLON:
    case CC_TERM:
    case CC_ELLIPSIS:
    case CC_CLOSE:
    case CC_PUNCT:
    case CC_HYPHEN:
    case CC_DASH:
        return 1;
    default:
        return 0;
    }
}

/* Direction of a straight quote: context first, then whether one is open. */
static unsigned straight_direction(int open_ctx, int close_ctx, uint8_t *is_open)
{
    unsigned kind;
    if (open_ctx && !close_ctx)
        kind = SR_TOK_QUOTE_OPEN;
    else if (close_ctx && !open_ctx)
        kind = SR_TOK_QUOTE_CLOSE;
    else
        kind = *is_open ? SR_TOK_QUOTE_CLOSE : SR_TOK_QUOTE_OPEN;
    *is_open = kind == SR_TOK_QUOTE_OPEN;
    return kind;
}

/* A quotation mark or apostrophe that is not inside a word. */
static size_t scan_quote(scanner *sc, size_t pos, uch c)
{
    const uint8_t *s = sc->s;
    const size_t n = sc->n, c0 = pos - sc->extra;
    uch d = char_at(s, n, pos + c.len);
    int open_ctx = sc->after_opening;
    int close_ctx = is_close_context(d.cc);
    const sr_token *prev = sc->ntok ? &sc->tok[sc->ntok - 1] : NULL;
    int attached = prev && prev->byte_end == pos && prev->kind == SR_TOK_WORD &&
                   !(sc->pending & SR_TOKF_SPACE_BEFORE);
    unsigned kind;

    if (c.cc == CC_APOS && attached) {
        uint8_t last = s[pos - 1];
        int after_letter = last >= 0x80 || ((last | 0x20) >= 'a' && (last | 0x20) <= 'z');
        if (after_letter && (d.cp == 's' || d.cp == 'S') &&
            !cc_is_alnum(char_at(s, n, pos + c.len + 1).cc)) {
            sc->extra += c.len - 1u;
            size_t end = pos + c.len + 1;
            emit(sc, pos, end, c0, SR_TOK_WORD, 0); /* 's */
            return end;
        }
        if ((last == 's' || last == 'S') && !sc->sq_open && !cc_is_alnum(d.cc)) {
            sc->extra += c.len - 1u;
            emit(sc, pos, pos + c.len, c0, SR_TOK_WORD, 0); /* the allies' */
            return pos + c.len;
        }
    }

    switch (c.cp) {
    case '"':
    case 0xFF02:
        kind = straight_direction(open_ctx, close_ctx, &sc->dq_open);
        break;
    case '\'':
        kind = straight_direction(open_ctx, close_ctx, &sc->sq_open);
        break;
    case 0x201C: /* “ opens, except after „ (German „…“) */
        if (sc->low9_open && !open_ctx) {
            kind = SR_TOK_QUOTE_CLOSE;
            sc->low9_open = 0;
        } else {
            kind = SR_TOK_QUOTE_OPEN;
        }
        sc->dq_open = kind == SR_TOK_QUOTE_OPEN;
        break;
    case 0x201D: /* ” closes, except where it opens (Swedish ”…”) */
        kind = (open_ctx && !close_ctx && !sc->dq_open) ? SR_TOK_QUOTE_OPEN : SR_TOK_QUOTE_CLOSE;
        sc->dq_open = kind == SR_TOK_QUOTE_OPEN;
        sc->low9_open = 0;
        break;
    case 0x201E: /* „ */
        kind = SR_TOK_QUOTE_OPEN;
        sc->dq_open = sc->low9_open = 1;
        break;
    case 0x2018: /* ‘ opens, except after ‚ */
        if (sc->low9_open && !open_ctx && sc->sq_open) {
            kind = SR_TOK_QUOTE_CLOSE;
        } else {
            kind = SR_TOK_QUOTE_OPEN;
        }
        sc->sq_open = kind == SR_TOK_QUOTE_OPEN;
        break;
    case 0x201A: /* ‚ */
        kind = SR_TOK_QUOTE_OPEN;
        sc->sq_open = sc->low9_open = 1;
        break;
    case 0x2019: /* ’ */
    case 0x02BC:
        kind = (open_ctx && !close_ctx && !sc->sq_open) ? SR_TOK_QUOTE_OPEN : SR_TOK_QUOTE_CLOSE;
        sc->sq_open = kind == SR_TOK_QUOTE_OPEN;
        break;
    case 0x00AB: /* « opens, except in Danish/German »…« */
    case 0x2039:
        kind = (!open_ctx && close_ctx && sc->guil_open) ? SR_TOK_QUOTE_CLOSE : SR_TOK_QUOTE_OPEN;
        sc->guil_open = kind == SR_TOK_QUOTE_OPEN;
        break;
    case 0x00BB: /* » closes, except where it opens */
    case 0x203A:
        kind = (open_ctx && !close_ctx && !sc->guil_open) ? SR_TOK_QUOTE_OPEN : SR_TOK_QUOTE_CLOSE;
        sc->guil_open = kind == SR_TOK_QUOTE_OPEN;
        break;
    default: /* 「 」 『 』 ‛ ‟ and the rest, by general category */
        kind = u_charType((UChar32)c.cp) == U_FINAL_PUNCTUATION || c.cp == 0x300D ||
                       c.cp == 0x300F || c.cp == 0xFF63
                   ? SR_TOK_QUOTE_CLOSE
                   : SR_TOK_QUOTE_OPEN;
        break;
    }
    sc->extra += c.len - 1u;
    emit(sc, pos, pos + c.len, c0, kind, 0);
    sc->after_opening = kind == SR_TOK_QUOTE_OPEN;
    return pos + c.len;
}

/* A symbol with what belongs to it: combining marks and variation
 * selectors, skin tones, ZWJ sequences, flag pairs. */
static size_t scan_symbol(scanner *sc, size_t pos, uch c)
{
    const uint8_t *s = sc->s;
    const size_t n = sc->n, c0 = pos - sc->extra;
    size_t i = pos + c.len;
    sc->extra += c.len - 1u;
    int regional = c.cp >= 0x1F1E6 && c.cp <= 0x1F1FF;
    uint32_t prev = c.cp;
    for (;;) {
        uch d = char_at(s, n, i);
        int take = d.cc == CC_MARK || (d.cp >= 0x1F3FB && d.cp <= 0x1F3FF) ||
                   (prev == 0x200D && d.cc == CC_SYMBOL) ||
                   (regional && d.cp >= 0x1F1E6 && d.cp <= 0x1F1FF);
        if (!take)
            break;
        if (d.cp >= 0x1F1E6 && d.cp <= 0x1F1FF)
            regional = 0;
        prev = d.cp;
        i += d.len;
        sc->extra += d.len - 1u;
    }
    emit(sc, pos, i, c0, SR_TOK_SYMBOL, 0);
    return i;
}

/* A run of characters of class `cc` (periods, ! and ?, hyphens, …). */
static size_t scan_run(scanner *sc, size_t pos, unsigned cc, unsigned kind)
{
    const size_t c0 = pos - sc->extra;
    size_t i = pos;
    for (;;) {
        uch d = char_at(sc->s, sc->n, i);
        if (d.cc != cc)
            break;
        i += d.len;
        sc->extra += d.len - 1u;
    }
    emit(sc, pos, i, c0, kind, 0);
    return i;
}

int sr_text_tokenize(const char *body, size_t len, sr_arena *arena, sr_text *out)
{
    memset(out, 0, sizeof *out);
    if (len > UINT32_MAX)
        return -1;
    scanner sc;
    memset(&sc, 0, sizeof sc);
    sc.s = (const uint8_t *)body;
    sc.n = len;
    sc.arena = arena;
    /* English news runs at 5-6 bytes a token; start near that and double. */
    sc.cap = len / 5 + 16;
    sc.tok = sr_arena_alloc(arena, sc.cap * sizeof(sr_token));
    if (!sc.tok)
        return -1;
    sc.pending = SR_TOKF_PARA_START;
    sc.after_opening = 1;

    const uint8_t *s = sc.s;
    size_t pos = 0;
    while (pos < len && !sc.oom) {
        if (s[pos] == ' ') {
            pos++;
            sc.pending |= SR_TOKF_SPACE_BEFORE;
            sc.after_opening = 1;
            continue;
        }
        uch c = char_at(s, len, pos);
        switch (c.cc) {
        case CC_SPACE:
        case CC_NEWLINE:
        case CC_PARASEP:
            pos = skip_space(&sc, pos);
            break;
        case CC_UPPER:
        case CC_LOWER:
        case CC_LETTER:
        case CC_MARK:
        case CC_DIGIT:
            pos = scan_word(&sc, pos);
            break;
        case CC_APOS:
        case CC_DQUOTE:
        case CC_QUOTE:
            pos = scan_quote(&sc, pos, c);
            break;
        case CC_PERIOD:
        case CC_TERM:
        case CC_ELLIPSIS:
            pos = scan_run(&sc, pos, c.cc, SR_TOK_PUNCT);
            break;
        case CC_HYPHEN:
            pos = scan_run(&sc, pos, c.cc, SR_TOK_PUNCT);
            sc.after_opening = 1;
            break;
        case CC_SYMBOL:
            pos = scan_symbol(&sc, pos, c);
            break;
        case CC_INVALID:
        case CC_AT:
        case CC_PERCENT:
            emit(&sc, pos, pos + 1, pos - sc.extra, SR_TOK_SYMBOL, 0);
            pos++;
            break;
        default: { /* , : ; / brackets, dashes, other punctuation */
            size_t c0 = pos - sc.extra;
            sc.extra += c.len - 1u;
            emit(&sc, pos, pos + c.len, c0, SR_TOK_PUNCT, 0);
            pos += c.len;
            sc.after_opening = c.cc == CC_OPEN || c.cc == CC_DASH || c.cc == CC_SLASH;
            break;
        }
        }
    }
    if (sc.oom)
        return -1;
    out->tokens = sc.tok;
    out->n_tokens = sc.ntok;
    out->n_paragraphs = sc.n_paragraphs;
    out->n_chars = len - sc.extra;
    return 0;
}
