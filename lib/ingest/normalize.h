/*
 * normalize.h - bytes in any charset to clean NFC UTF-8 article text.
 */
#ifndef SR_INGEST_NORMALIZE_H
#define SR_INGEST_NORMALIZE_H

#include <stddef.h>

#include "util/buf.h"

/* Converts data[0..len) to UTF-8 and appends it to out.  `charset` is the
 * declared charset (from a header, a meta tag, a Content-Type) or NULL.  A
 * byte-order mark wins over the declaration and is dropped.  Undeclared text
 * must be valid UTF-8: otherwise returns -1 and err names the byte offset of
 * the first invalid sequence.  An unknown charset name is also an error. */
int sr_to_utf8(const unsigned char *data, size_t len, const char *charset, sr_buf *out,
               char *err, size_t errlen);
/* The same for data that starts `base` bytes into a file: byte offsets in
 * err count from the start of the file. */
int sr_to_utf8_at(const unsigned char *data, size_t len, size_t base, const char *charset,
                  sr_buf *out, char *err, size_t errlen);

/* Finds a charset declared in the first bytes of an HTML or XML document
 * (<meta charset>, <meta http-equiv content="...charset=...">, <?xml
 * encoding>).  Returns 1 and fills out (at most outlen-1 bytes) when found. */
int sr_sniff_html_charset(const unsigned char *data, size_t len, char *out, size_t outlen);

/* Reads the charset parameter of a Content-Type value. */
int sr_content_type_charset(const char *content_type, char *out, size_t outlen);

/* Turns raw UTF-8 text into an article body: NFC; CR LF and CR to LF; tabs
 * and odd spaces to a space; control characters dropped; paragraphs (blank-
 * line separated, one per line when lines are long, or indented first lines
 * in hard-wrapped text) joined by exactly "\n\n"; runs of spaces collapsed;
 * inline data: URIs, image markup and trailing lines of bare links or lone
 * punctuation dropped.  Returns 0, or -1 when out of memory. */
int sr_normalize_body(const char *text, size_t len, sr_buf *out);

/* NFC only (no layout changes), for metadata such as titles: also trims and
 * collapses whitespace to single spaces. */
int sr_normalize_line(const char *text, size_t len, sr_buf *out);

#endif
