/*
 * fuzz_plaintext.c - a plain-text file through header parsing, charset
 * conversion, normalization and the text stage, as `sitrep code` runs it.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ingest/ingest.h"
#include "util/utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sr_buf scratch = SR_BUF_INIT;
    sr_draft d = {0};
    char err[512];
    if (sr_plaintext_parse(data, size, &scratch, &d, err, sizeof err) == 0) {
        d.where = "fuzz.txt";
        sr_article *a = NULL;
        if (sr_draft_finish(&d, &a, err, sizeof err) == SR_OK) {
            /* the body must be valid UTF-8 with the layout normalize promises */
            if (sr_utf8_invalid_at(a->body, a->body_len) != a->body_len)
                abort();
            if (strstr(a->body, "\n\n\n") || a->body[0] == '\n' || a->body[0] == ' ')
                abort();
            if (sr_article_analyze(NULL, a) != SR_OK)
                abort();
            sr_article_free(a);
        }
    }
    sr_buf_free(&scratch);
    return 0;
}
