/*
 * fuzz_warc.c - libFuzzer target for the WARC reader (ingest/warc).
 *
 * Reads every record of the input to the end, touching each returned string
 * and payload byte so ASan sees any out-of-bounds pointer, and asserts that
 * the reader always makes progress: each call consumes at least one byte of
 * the file or of an inflated member, and a member inflates to at most ~1032
 * times its size (deflate's limit), which bounds the number of calls.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_util.h"
#include "ingest/warc.h"

static size_t touch(const char *s)
{
    return s ? strlen(s) : 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)sr_warc_sniff(data, size);
    sr_warc_reader *r = sr_warc_open(data, size);
    if (!r)
        return 0;
    sr_warc_record rec;
    char err[256];
    size_t calls = 0, sum = 0;
    const size_t max_calls = (size + 2) * 1100;
    unsigned last_index = 0;
    int rc;
    while ((rc = sr_warc_next(r, &rec, err, sizeof err)) != 0) {
        CHECK(++calls <= max_calls);
        CHECK(rc == 1 || rc == -1);
        if (rc == 1) {
            CHECK(rec.index > last_index);
            last_index = rec.index;
            CHECK(rec.offset < size);
            CHECK(rec.type && rec.content_type && rec.payload);
            CHECK(rec.payload[rec.payload_len] == '\0');
            sum += touch(rec.type) + touch(rec.target_uri) + touch(rec.warc_date) +
                   touch(rec.content_type) + touch(rec.record_id) +
                   touch(rec.http_content_type);
            for (size_t i = 0; i < rec.payload_len; i++)
                sum += (unsigned char)rec.payload[i];
            CHECK(rec.payload_len <= SR_WARC_MAX_BODY);
        } else {
            CHECK(strncmp(err, "WARC record ", 12) == 0);
            CHECK(memchr(err, '\0', sizeof err) != NULL);
        }
    }
    /* the end is sticky */
    CHECK(sr_warc_next(r, &rec, err, sizeof err) == 0);
    sr_warc_close(r);
    volatile size_t sink = sum; /* keeps the reads above from being optimized away */
    (void)sink;
    return 0;
}
