/*
 * normalize.c - charset conversion (ICU), NFC, and article-body layout.
 *
 * Every coder downstream counts on one layout: paragraphs separated by
 * exactly "\n\n", single spaces inside them, no control characters, NFC.
 * Spans in records are code points into this text, so it must be stable:
 * the same input always normalizes to the same bytes.
 */
#include "ingest/normalize.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unicode/ucnv.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "util/utf8.h"

/* ------------------------------------------------------------ charsets */

static int charset_is_utf8(const char *cs)
{
    return !cs || !*cs || strcasecmp(cs, "utf-8") == 0 || strcasecmp(cs, "utf8") == 0;
}

/* Browsers treat these labels as windows-1252 (WHATWG Encoding), and so do
 * we: real pages labelled latin-1 use 1252's curly quotes. */
static const char *charset_alias(const char *cs)
{
    if (strcasecmp(cs, "iso-8859-1") == 0 || strcasecmp(cs, "latin1") == 0 ||
        strcasecmp(cs, "latin-1") == 0 || strcasecmp(cs, "us-ascii") == 0 ||
        strcasecmp(cs, "ascii") == 0 || strcasecmp(cs, "iso8859-1") == 0)
        return "windows-1252";
    return cs;
}

int sr_to_utf8(const unsigned char *data, size_t len, const char *charset, sr_buf *out,
               char *err, size_t errlen)
{
    return sr_to_utf8_at(data, len, 0, charset, out, err, errlen);
}

int sr_to_utf8_at(const unsigned char *data, size_t len, size_t base, const char *charset,
                  sr_buf *out, char *err, size_t errlen)
{
    /* offsets in messages count from the caller's file: the mark's bytes too */
    if (len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF) {
        data += 3;
        len -= 3;
        base += 3;
        charset = "utf-8";
    } else if (len >= 2 && data[0] == 0xFF && data[1] == 0xFE) {
        data += 2;
        len -= 2;
        base += 2;
        charset = "utf-16le";
    } else if (len >= 2 && data[0] == 0xFE && data[1] == 0xFF) {
        data += 2;
        len -= 2;
        base += 2;
        charset = "utf-16be";
    }

    if (charset_is_utf8(charset)) {
        size_t bad = sr_utf8_invalid_at((const char *)data, len);
        if (bad < len) {
            snprintf(err, errlen,
                     "invalid UTF-8 at byte %zu (0x%02x)%s; declare the charset (a "
                     "'charset: windows-1252' header line, a <meta charset>) or convert "
                     "the file with iconv",
                     base + bad, data[bad], charset ? "" : " and no charset declared");
            return -1;
        }
        sr_buf_append(out, data, len);
        return out->oom ? -1 : 0;
    }

    const char *from = charset_alias(charset);
    UErrorCode status = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(from, &status);
    if (U_FAILURE(status)) {
        snprintf(err, errlen, "unknown charset '%s'; convert the file to UTF-8 with iconv",
                 charset);
        return -1;
    }
    /* UTF-8 takes at most 3 bytes per UTF-16 unit and every legacy byte
     * becomes at most one unit (two for a few CJK sequences, still <= 3 per byte) */
    size_t cap = len * 3 + 4;
    if (sr_buf_reserve(out, cap) != 0) {
        ucnv_close(cnv);
        return -1;
    }
    UConverter *utf8 = ucnv_open("utf-8", &status);
    char *target = out->data + out->len;
    const char *source = (const char *)data;
    UChar pivot[1024];
    UChar *pivot_source = pivot, *pivot_target = pivot;
    ucnv_convertEx(utf8, cnv, &target, out->data + out->len + cap, &source,
                   (const char *)data + len, pivot, &pivot_source, &pivot_target,
                   pivot + 1024, 1, 1, &status);
    ucnv_close(utf8);
    ucnv_close(cnv);
    if (U_FAILURE(status)) {
        snprintf(err, errlen, "cannot convert from %s at byte %zu: %s", charset,
                 base + (size_t)(source - (const char *)data), u_errorName(status));
        return -1;
    }
    out->len = (size_t)(target - out->data);
    out->data[out->len] = '\0';
    return 0;
}

static int copy_charset_token(const char *p, const char *end, char *out, size_t outlen)
{
    while (p < end && (*p == ' ' || *p == '"' || *p == '\'' || *p == '='))
        p++;
    size_t n = 0;
    while (p < end && n + 1 < outlen &&
           (isalnum((unsigned char)*p) || *p == '-' || *p == '_' || *p == '.' || *p == ':'))
        out[n++] = *p++;
    out[n] = '\0';
    return n > 0;
}

int sr_content_type_charset(const char *content_type, char *out, size_t outlen)
{
    if (!content_type)
        return 0;
    const char *end = content_type + strlen(content_type);
    for (const char *p = content_type; p + 8 <= end; p++)
        if (strncasecmp(p, "charset=", 8) == 0)
            return copy_charset_token(p + 8, end, out, outlen);
    return 0;
}

int sr_sniff_html_charset(const unsigned char *data, size_t len, char *out, size_t outlen)
{
    /* The HTML standard's prescan looks at the first 1024 bytes; real pages
     * put long scripts first, so we look further. */
    const char *s = (const char *)data;
    size_t n = len < 8192 ? len : 8192;
    for (size_t i = 0; i + 8 < n; i++) {
        if (strncasecmp(s + i, "charset", 7) == 0) {
            size_t j = i + 7;
            while (j < n && (s[j] == ' ' || s[j] == '"' || s[j] == '\''))
                j++;
            if (j < n && s[j] == '=')
                return copy_charset_token(s + j + 1, s + n, out, outlen);
        }
        if (strncasecmp(s + i, "encoding=", 9) == 0 && i >= 5 && memmem(s, i, "<?xml", 5))
            return copy_charset_token(s + i + 9, s + n, out, outlen);
    }
    return 0;
}

/* ------------------------------------------------------------ NFC */

static int to_nfc(const char *text, size_t len, sr_buf *out)
{
    if (sr_utf8_is_ascii(text, len)) {
        sr_buf_append(out, text, len);
        return out->oom ? -1 : 0;
    }
    UErrorCode st = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&st);
    if (U_FAILURE(st) || len > (size_t)INT32_MAX / 2)
        return -1;
    int32_t n16 = 0;
    u_strFromUTF8WithSub(NULL, 0, &n16, text, (int32_t)len, 0xFFFD, NULL, &st);
    if (st != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(st))
        return -1;
    st = U_ZERO_ERROR;
    UChar *u = malloc(((size_t)n16 + 1) * sizeof *u);
    if (!u)
        return -1;
    u_strFromUTF8WithSub(u, n16 + 1, NULL, text, (int32_t)len, 0xFFFD, NULL, &st);
    UChar *normalized = NULL;
    int32_t nn = n16;
    if (unorm2_quickCheck(nfc, u, n16, &st) != UNORM_YES) {
        st = U_ZERO_ERROR;
        int32_t cap = n16 * 3 + 16; /* NFC can grow a string, never past 3x */
        normalized = malloc((size_t)cap * sizeof *normalized);
        if (!normalized) {
            free(u);
            return -1;
        }
        nn = unorm2_normalize(nfc, u, n16, normalized, cap, &st);
        if (U_FAILURE(st)) {
            free(u);
            free(normalized);
            return -1;
        }
    }
    const UChar *src = normalized ? normalized : u;
    int32_t n8 = 0;
    st = U_ZERO_ERROR;
    u_strToUTF8(NULL, 0, &n8, src, nn, &st);
    st = U_ZERO_ERROR;
    if (sr_buf_reserve(out, (size_t)n8) == 0) {
        u_strToUTF8(out->data + out->len, n8 + 1, NULL, src, nn, &st);
        out->len += (size_t)n8;
        out->data[out->len] = '\0';
    }
    free(u);
    free(normalized);
    return out->oom || U_FAILURE(st) ? -1 : 0;
}

/* ------------------------------------------------------------ lines */

/* Lines no longer than this (in bytes) may be a hard wrap of one paragraph. */
#define SR_WRAP_WIDTH_MAX 90

typedef struct line {
    size_t start, len; /* into the cleaned text */
    int indent;        /* leading whitespace columns before cleaning */
} line;

static int is_space_cp(unsigned cp)
{
    return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x1680 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

/* Zero-width and formatting characters that carry no text. */
static int is_dropped_cp(unsigned cp)
{
    return (cp < 0x20 && cp != '\n') || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) ||
           cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF ||
           cp == 0xAD;
}

/* Length of an inline data: URI starting at s (0 when there is none). */
static size_t data_uri_length(const char *s, size_t len)
{
    if (len < 10 || strncasecmp(s, "data:", 5) != 0)
        return 0;
    size_t i = 5;
    while (i < len && (isalnum((unsigned char)s[i]) || s[i] == '/' || s[i] == '+' ||
                       s[i] == '-' || s[i] == '.'))
        i++;
    if (i == 5 || i >= len || (s[i] != ';' && s[i] != ','))
        return 0;
    while (i < len && s[i] != ' ' && s[i] != '\n' && s[i] != ')' && s[i] != '"' &&
           s[i] != '\'' && s[i] != '<')
        i++;
    return i;
}

/* Image markup in plain text: "<image>", "</image>", "<img ...>" and a
 * markdown "![alt](" whose target was a data URI. */
static size_t image_markup_length(const char *s, size_t len)
{
    static const char *const tags[] = {"<image>", "</image>", "<img", "</img>"};
    for (size_t t = 0; t < sizeof tags / sizeof *tags; t++) {
        size_t k = strlen(tags[t]);
        if (len >= k && strncasecmp(s, tags[t], k) == 0) {
            if (tags[t][k - 1] == '>')
                return k;
            const char *gt = memchr(s, '>', len);
            return gt ? (size_t)(gt - s) + 1 : 0;
        }
    }
    return 0;
}

/* A line that is one image element carrying a data URI - "<img src=data:...>",
 * "<image>data:...</image>", a markdown "![alt](data:...)" - holds no text:
 * its alt text repeats the headline or a caption. */
static int is_image_element_line(const char *s, size_t len)
{
    const char *nl = memchr(s, '\n', len);
    size_t n = nl ? (size_t)(nl - s) : len;
    if (n == 0 || (s[0] != '<' && !(n > 1 && s[0] == '!' && s[1] == '[')))
        return 0;
    for (size_t i = 0; i + 5 < n; i++)
        if ((s[i] == 'd' || s[i] == 'D') && data_uri_length(s + i, n - i) > 0)
            return 1;
    return 0;
}

/* Cleans characters line by line and records each line's extent. */
static int clean_lines(const char *t, size_t n, sr_buf *clean, line **lines_out, size_t *n_lines)
{
    size_t cap = 64, count = 0;
    line *lines = malloc(cap * sizeof *lines);
    if (!lines)
        return -1;
    size_t i = 0;
    while (i <= n) {
        if (count == cap) {
            cap *= 2;
            line *grown = realloc(lines, cap * sizeof *lines);
            if (!grown) {
                free(lines);
                return -1;
            }
            lines = grown;
        }
        line *ln = &lines[count++];
        ln->indent = 0;
        while (i < n && (t[i] == ' ' || t[i] == '\t')) {
            ln->indent += t[i] == '\t' ? 4 : 1;
            i++;
        }
        ln->start = clean->len;
        if (is_image_element_line(t + i, n - i)) {
            /* the whole line is an image element around a data URI: no text */
            while (i < n && t[i] != '\n' && t[i] != '\r')
                i++;
        }
        int pending_space = 0;
        while (i < n && t[i] != '\n' && t[i] != '\r') {
            size_t k = 0;
            /* cheap first-byte checks: this loop sees every character */
            if (t[i] == 'd' || t[i] == 'D')
                k = data_uri_length(t + i, n - i);
            else if (t[i] == '<')
                k = image_markup_length(t + i, n - i);
            if (k) {
                i += k;
                pending_space = 1;
                continue;
            }
            size_t at = i;
            unsigned cp = sr_utf8_decode(t, n, &i);
            if (cp == 0x2028 || cp == 0x2029) {
                i = at; /* a Unicode line or paragraph separator ends the line */
                break;
            }
            if (is_space_cp(cp)) {
                pending_space = 1;
                continue;
            }
            if (is_dropped_cp(cp))
                continue;
            if (pending_space && clean->len > ln->start)
                sr_buf_putc(clean, ' ');
            pending_space = 0;
            sr_buf_append(clean, t + at, i - at);
        }
        ln->len = clean->len - ln->start;
        if (i >= n)
            break;
        if (t[i] == '\r' && i + 1 < n && t[i + 1] == '\n')
            i += 2;
        else if ((unsigned char)t[i] == 0xE2)
            i += 3; /* U+2028 / U+2029 */
        else
            i++;
    }
    *lines_out = lines;
    *n_lines = count;
    return clean->oom ? -1 : 0;
}

/* A paragraph that carries no article text: bare links, lone punctuation,
 * a markdown image leftover such as "![alt]()". */
static int is_junk_paragraph(const char *p, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)p[i];
        unsigned char lower = (unsigned char)(c | 0x20);
        if ((lower == 'h' || lower == 'w') &&
            ((len - i >= 7 && strncasecmp(p + i, "http://", 7) == 0) ||
             (len - i >= 8 && strncasecmp(p + i, "https://", 8) == 0) ||
             (len - i >= 4 && strncasecmp(p + i, "www.", 4) == 0))) {
            while (i < len && p[i] != ' ')
                i++;
            continue;
        }
        if (isalnum(c) || c >= 0x80)
            return 0; /* a letter or digit outside a link: real text */
        i++;
    }
    return 1;
}

/* A paragraph left over from an image whose data URI was cut out:
 * "![caption]()" - the caption repeats text found elsewhere. */
static int is_image_leftover(const char *p, size_t len)
{
    return len >= 4 && p[0] == '!' && p[1] == '[' && p[len - 1] == ')' &&
           memmem(p, len, "](", 2) != NULL;
}

int sr_normalize_body(const char *text, size_t len, sr_buf *out)
{
    sr_buf nfc = SR_BUF_INIT, clean = SR_BUF_INIT, paras = SR_BUF_INIT;
    line *lines = NULL;
    size_t n_lines = 0;
    int rc = -1;
    if (to_nfc(text, len, &nfc) != 0)
        goto done;
    if (clean_lines(sr_buf_cstr(&nfc), nfc.len, &clean, &lines, &n_lines) != 0)
        goto done;

    /* Decide how paragraphs are marked.  Blank lines mark them when present.
     * Without blank lines, long lines are one paragraph each (web text, the
     * seeds); short lines are hard-wrapped text where an indented line
     * starts a paragraph (wire copy such as Reuters). */
    size_t blank = 0, nonblank = 0, longest = 0;
    for (size_t i = 0; i < n_lines; i++) {
        if (lines[i].len == 0)
            blank++;
        else {
            nonblank++;
            if (lines[i].len > longest)
                longest = lines[i].len;
        }
    }
    /* Hard-wrapped text keeps every line under a fixed width (wire copy
     * wraps at 65-80 columns); text with any longer line has one paragraph
     * a line. */
    int wrapped = 0, blank_separated = 0;
    if (nonblank > 1 && longest <= SR_WRAP_WIDTH_MAX) {
        if (blank > 0)
            blank_separated = 1;
        else
            wrapped = 1;
    }

    const char *c = sr_buf_cstr(&clean);
    int in_para = 0;
    for (size_t i = 0; i < n_lines; i++) {
        const line *ln = &lines[i];
        if (ln->len == 0) {
            in_para = 0;
            continue;
        }
        int starts_new = !in_para;
        if (in_para && !blank_separated && !wrapped)
            starts_new = 1;
        if (in_para && wrapped && ln->indent >= 2)
            starts_new = 1;
        if (starts_new) {
            if (paras.len)
                sr_buf_append(&paras, "\n\n", 2);
        } else {
            sr_buf_putc(&paras, ' ');
        }
        sr_buf_append(&paras, c + ln->start, ln->len);
        in_para = 1;
    }

    /* Drop junk paragraphs: image leftovers anywhere, and bare links or lone
     * punctuation at the end (a trailing link list or a source URL). */
    const char *p = sr_buf_cstr(&paras);
    size_t last_real_end = 0, pos = 0;
    for (int pass = 0; pass < 2; pass++) {
        /* pass 0 finds where the last real paragraph ends; pass 1 copies */
        int first = 1;
        pos = 0;
        while (pos < paras.len) {
            const char *brk = memmem(p + pos, paras.len - pos, "\n\n", 2);
            size_t end = brk ? (size_t)(brk - p) : paras.len;
            const char *para = p + pos;
            size_t n = end - pos;
            int leftover = is_image_leftover(para, n);
            if (pass == 0) {
                if (!leftover && !is_junk_paragraph(para, n))
                    last_real_end = end;
            } else if (end <= last_real_end && !leftover) {
                if (!first)
                    sr_buf_append(out, "\n\n", 2);
                sr_buf_append(out, para, n);
                first = 0;
            }
            pos = brk ? end + 2 : paras.len;
        }
    }
    rc = out->oom ? -1 : 0;
done:
    free(lines);
    sr_buf_free(&nfc);
    sr_buf_free(&clean);
    sr_buf_free(&paras);
    return rc;
}

int sr_normalize_line(const char *text, size_t len, sr_buf *out)
{
    sr_buf nfc = SR_BUF_INIT;
    if (to_nfc(text, len, &nfc) != 0) {
        sr_buf_free(&nfc);
        return -1;
    }
    const char *t = sr_buf_cstr(&nfc);
    size_t i = 0, start = out->len;
    int pending_space = 0;
    while (i < nfc.len) {
        size_t at = i;
        unsigned cp = sr_utf8_decode(t, nfc.len, &i);
        if (is_space_cp(cp) || cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029) {
            pending_space = 1;
            continue;
        }
        if (is_dropped_cp(cp))
            continue;
        if (pending_space && out->len > start)
            sr_buf_putc(out, ' ');
        pending_space = 0;
        sr_buf_append(out, t + at, i - at);
    }
    sr_buf_free(&nfc);
    return out->oom ? -1 : 0;
}
