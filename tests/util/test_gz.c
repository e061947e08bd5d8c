/*
 * test_gz.c - tests for util/gz: whole-buffer inflate of gzip, zlib and raw
 * deflate, multi-member streams, truncation and corruption (with offsets in
 * the message), and the output cap.  Inputs are compressed here with zlib,
 * so there are no binary fixtures.
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "util/gz.h"

/* Compresses data and appends it to out; window_bits picks the framing
 * (16 + MAX_WBITS gzip, MAX_WBITS zlib, -MAX_WBITS raw). */
static void compress_into(sr_buf *out, const void *data, size_t len, int window_bits)
{
    test_deflate_into(out, data, len, Z_DEFAULT_COMPRESSION, window_bits);
}

static void gzip_into(sr_buf *out, const char *s)
{
    compress_into(out, s, strlen(s), 16 + MAX_WBITS);
}

static const unsigned char *u(const sr_buf *b)
{
    return (const unsigned char *)b->data;
}

/* Deterministic text that compresses, but not to nothing. */
static void make_text(sr_buf *b, size_t n)
{
    static const char *const words[] = {"NATO", "Black", "Sea", "Romania", "said",
                                        "the", "Secretary", "General", "on", "Friday"};
    uint32_t x = 2463534242u;
    while (b->len < n) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        sr_buf_puts(b, words[x % 10]);
        sr_buf_putc(b, (x >> 8) % 7 ? ' ' : '\n');
    }
    b->len = n;
    b->data[n] = '\0';
}

static void test_is_gzip(void **state)
{
    (void)state;
    static const unsigned char gz[] = {0x1f, 0x8b, 0x08};
    assert_true(sr_gz_is_gzip(gz, 3));
    assert_true(sr_gz_is_gzip(gz, 2));
    assert_false(sr_gz_is_gzip(gz, 1));
    assert_false(sr_gz_is_gzip((const unsigned char *)"WARC/1.1", 8));
    assert_false(sr_gz_is_gzip(NULL, 0));
}

static void test_single_member(void **state)
{
    (void)state;
    sr_buf z = SR_BUF_INIT, out = SR_BUF_INIT;
    char err[256];
    gzip_into(&z, "Stoltenberg arrived in Constanta.");
    assert_int_equal(sr_gz_inflate_all(u(&z), z.len, 1000, &out, err, sizeof err), 0);
    assert_string_equal(out.data, "Stoltenberg arrived in Constanta.");

    size_t used = 0;
    sr_buf_clear(&out);
    assert_int_equal(sr_gz_inflate_member(u(&z), z.len, 1000, &out, &used, err, sizeof err), 0);
    assert_int_equal(used, z.len);
    assert_string_equal(out.data, "Stoltenberg arrived in Constanta.");
    sr_buf_free(&z);
    sr_buf_free(&out);
}

static void test_appends_to_existing(void **state)
{
    (void)state;
    sr_buf z = SR_BUF_INIT, out = SR_BUF_INIT;
    char err[256];
    gzip_into(&z, "world");
    sr_buf_puts(&out, "hello ");
    assert_int_equal(sr_gz_inflate_all(u(&z), z.len, 5, &out, err, sizeof err), 0);
    assert_string_equal(out.data, "hello world");
    sr_buf_free(&z);
    sr_buf_free(&out);
}

static void test_empty_member(void **state)
{
    (void)state;
    sr_buf z = SR_BUF_INIT, out = SR_BUF_INIT;
    char err[256];
    gzip_into(&z, "");
    assert_int_equal(sr_gz_inflate_all(u(&z), z.len, 0, &out, err, sizeof err), 0);
    assert_int_equal(out.len, 0);
    assert_string_equal(sr_buf_cstr(&out), "");
    sr_buf_free(&z);
    sr_buf_free(&out);
}

static void test_multi_member(void **state)
{
    (void)state;
    sr_buf z = SR_BUF_INIT, out = SR_BUF_INIT;
    char err[256];
    gzip_into(&z, "one, ");
    size_t first = z.len;
    gzip_into(&z, "two, ");
    gzip_into(&z, "three");
    assert_int_equal(sr_gz_inflate_all(u(&z), z.len, 100, &out, err, sizeof err), 0);
    assert_string_equal(out.data, "one, two, three");

    /* member by member, as the WARC reader walks a .warc.gz */
    sr_buf_clear(&out);
    size_t pos = 0, used = 0;
    int members = 0;
    while (pos < z.len) {
        assert_int_equal(
            sr_gz_inflate_member(u(&z) + pos, z.len - pos, 100, &out, &used, err, sizeof err),
            0);
        if (members == 0)
            assert_int_equal(used, first);
        assert_true(used > 0);
        pos += used;
        members++;
    }
    assert_int_equal(members, 3);
    assert_string_equal(out.data, "one, two, three");
    sr_buf_free(&z);
    sr_buf_free(&out);
}

static void test_trailing_padding_and_garbage(void **state)
{
    (void)state;
    sr_buf z = SR_BUF_INIT, out = SR_BUF_INIT;
    char err[256];
    gzip_into(&z, "padded");
    size_t end = z.len;
    sr_buf_append(&z, "\0\0\0\0", 4);
    assert_int_equal(sr_gz_inflate_all(u(&z), z.len, 100, &out, err, sizeof err), 0);
    assert_string_equal(out.data, "padded");

    sr_buf_puts(&z, "junk");
    sr_buf_clear(&out);
    assert_int_equal(sr_gz_inflate_all(u(&z), z.len, 100, &out, err, sizeof err), -1);
    assert_string_equal(out.data, "padded"); /* what came before stays */
    char want[64];
    snprintf(want, sizeof want, "at byte %zu", end);
    assert_non_null(strstr(err, want));
    sr_buf_free(&z);
    sr_buf_free(&out);
}

static void test_truncated(void **state)
{
    (void)state;
    sr_buf text = SR_BUF_INIT, z = SR_BUF_INIT, out = SR_BUF_INIT;
    char err[256];
    make_text(&text, 200000);
    gzip_into(&z, "first member, intact. ");
    size_t second = z.len;
    compress_into(&z, text.data, text.len, 16 + MAX_WBITS);
    size_t cut = second + (z.len - second) / 2;

    assert_int_equal(sr_gz_inflate_all(u(&z), cut, SIZE_MAX, &out, err, sizeof err), -1);
    assert_non_null(strstr(err, "truncated"));
    char want[64];
    snprintf(want, sizeof want, "member at byte %zu", second);
    assert_non_null(strstr(err, want));
    snprintf(want, sizeof want, "ends at byte %zu", cut);
    assert_non_null(strstr(err, want));
    /* the first member and part of the second came out */
    assert_true(out.len > 22);
    assert_memory_equal(out.data, "first member, intact. ", 22);
    assert_memory_equal(out.data + 22, text.data, out.len - 22);

    /* cut inside the 8-byte trailer, and inside the 10-byte header */
    size_t used = 99;
    for (size_t keep = 1; keep < 12; keep++) {
        sr_buf_clear(&out);
        assert_int_equal(sr_gz_inflate_member(u(&z), second - keep, 100, &out, &used, err,
                                              sizeof err),
                         -1);
        assert_int_equal(used, 0);
        assert_int_equal(sr_gz_inflate_stream(u(&z), second - keep, 0, SR_GZ_GZIP, 100, &out,
                                              &used, err, sizeof err),
                         SR_GZ_ETRUNCATED);
    }
    sr_buf_free(&text);
    sr_buf_free(&z);
    sr_buf_free(&out);
}

static void test_corrupt(void **state)
{
    (void)state;
    sr_buf text = SR_BUF_INIT, z = SR_BUF_INIT, out = SR_BUF_INIT;
    char err[256];
    make_text(&text, 5000);
    compress_into(&z, text.data, text.len, 16 + MAX_WBITS);

    /* a flipped byte in the CRC trailer: all data out, then a checksum error */
    z.data[z.len - 6] ^= 0x55;
    assert_int_equal(sr_gz_inflate_stream(u(&z), z.len, 0, SR_GZ_GZIP, SIZE_MAX, &out, NULL,
                                          err, sizeof err),
                     SR_GZ_ECORRUPT);
    assert_non_null(strstr(err, "corrupt gzip member at byte 0"));
    assert_non_null(strstr(err, "near byte"));
    z.data[z.len - 6] ^= 0x55;

    /* not gzip at all */
    sr_buf_clear(&out);
    assert_int_equal(sr_gz_inflate_all((const unsigned char *)"hello, world", 12, 100, &out,
                                       err, sizeof err),
                     -1);
    assert_non_null(strstr(err, "no gzip header at byte 0"));

    /* garbage after a valid gzip header */
    sr_buf bad = SR_BUF_INIT;
    sr_buf_append(&bad, z.data, 10);
    for (int i = 0; i < 40; i++)
        sr_buf_putc(&bad, (char)0xff);
    sr_buf_clear(&out);
    assert_int_equal(sr_gz_inflate_all(u(&bad), bad.len, 100, &out, err, sizeof err), -1);
    assert_non_null(strstr(err, "corrupt"));

    sr_buf_free(&bad);
    sr_buf_free(&text);
    sr_buf_free(&z);
    sr_buf_free(&out);
}

static void test_empty_input(void **state)
{
    (void)state;
    sr_buf out = SR_BUF_INIT;
    char err[256];
    assert_int_equal(sr_gz_inflate_all(NULL, 0, 100, &out, err, sizeof err), -1);
    assert_non_null(strstr(err, "empty"));
    size_t used = 5;
    assert_int_equal(sr_gz_inflate_member((const unsigned char *)"", 0, 100, &out, &used, err,
                                          sizeof err),
                     -1);
    assert_int_equal(used, 0);
    assert_int_equal(out.len, 0);
    /* err may be NULL */
    assert_int_equal(sr_gz_inflate_all(NULL, 0, 100, &out, NULL, 0), -1);
    sr_buf_free(&out);
}

static void test_max_out(void **state)
{
    (void)state;
    sr_buf z = SR_BUF_INIT, out = SR_BUF_INIT;
    char err[256];
    /* a small bomb: 4 MiB of zeros compress to a few KiB */
    char *zeros = calloc(1, 4u << 20);
    assert_non_null(zeros);
    compress_into(&z, zeros, 4u << 20, 16 + MAX_WBITS);
    assert_true(z.len < 16384);
    assert_int_equal(sr_gz_inflate_all(u(&z), z.len, 1000, &out, err, sizeof err), -1);
    assert_int_equal(out.len, 1000);
    assert_non_null(strstr(err, "limit of 1000 bytes"));

    /* exactly at the cap is fine; one byte under is not */
    sr_buf_clear(&out);
    assert_int_equal(sr_gz_inflate_all(u(&z), z.len, 4u << 20, &out, err, sizeof err), 0);
    assert_int_equal(out.len, 4u << 20);
    assert_memory_equal(out.data, zeros, 4u << 20);
    sr_buf_clear(&out);
    assert_int_equal(sr_gz_inflate_stream(u(&z), z.len, 0, SR_GZ_GZIP, (4u << 20) - 1, &out,
                                          NULL, err, sizeof err),
                     SR_GZ_ELIMIT);
    assert_int_equal(out.len, (4u << 20) - 1);

    /* the cap covers all members together */
    sr_buf_clear(&z);
    gzip_into(&z, "12345");
    gzip_into(&z, "67890");
    sr_buf_clear(&out);
    assert_int_equal(sr_gz_inflate_all(u(&z), z.len, 10, &out, err, sizeof err), 0);
    sr_buf_clear(&out);
    assert_int_equal(sr_gz_inflate_all(u(&z), z.len, 7, &out, err, sizeof err), -1);
    assert_string_equal(out.data, "1234567");

    /* max_out 0: only empty output passes */
    sr_buf_clear(&out);
    assert_int_equal(sr_gz_inflate_all(u(&z), z.len, 0, &out, err, sizeof err), -1);
    assert_int_equal(out.len, 0);

    free(zeros);
    sr_buf_free(&z);
    sr_buf_free(&out);
}

static void test_large_roundtrip(void **state)
{
    (void)state;
    sr_buf text = SR_BUF_INIT, z = SR_BUF_INIT, out = SR_BUF_INIT;
    char err[256];
    make_text(&text, 3u << 20);
    compress_into(&z, text.data, text.len, 16 + MAX_WBITS);
    assert_int_equal(sr_gz_inflate_all(u(&z), z.len, SIZE_MAX, &out, err, sizeof err), 0);
    assert_int_equal(out.len, text.len);
    assert_memory_equal(out.data, text.data, text.len);
    assert_int_equal(out.data[out.len], '\0');
    sr_buf_free(&text);
    sr_buf_free(&z);
    sr_buf_free(&out);
}

static void test_zlib_and_raw(void **state)
{
    (void)state;
    sr_buf zl = SR_BUF_INIT, raw = SR_BUF_INIT, out = SR_BUF_INIT;
    char err[256];
    const char *msg = "Content-Encoding: deflate, either way";
    compress_into(&zl, msg, strlen(msg), MAX_WBITS);
    compress_into(&raw, msg, strlen(msg), -MAX_WBITS);
    assert_int_equal(sr_gz_deflate_format(u(&zl), zl.len), SR_GZ_ZLIB);
    assert_int_equal(sr_gz_deflate_format(u(&raw), raw.len), SR_GZ_RAW);

    size_t used = 0;
    assert_int_equal(sr_gz_inflate_stream(u(&zl), zl.len, 0, SR_GZ_ZLIB, 100, &out, &used, err,
                                          sizeof err),
                     SR_GZ_OK);
    assert_int_equal(used, zl.len);
    assert_string_equal(out.data, msg);
    sr_buf_clear(&out);
    assert_int_equal(sr_gz_inflate_stream(u(&raw), raw.len, 0, SR_GZ_RAW, 100, &out, &used,
                                          err, sizeof err),
                     SR_GZ_OK);
    assert_string_equal(out.data, msg);

    /* a zlib stream is not a gzip member */
    sr_buf_clear(&out);
    assert_int_equal(sr_gz_inflate_member(u(&zl), zl.len, 100, &out, &used, err, sizeof err),
                     -1);

    /* start offsets show up in messages as positions in the whole buffer */
    sr_buf pre = SR_BUF_INIT;
    sr_buf_puts(&pre, "0123456789");
    sr_buf_append(&pre, zl.data, zl.len - 3);
    sr_buf_clear(&out);
    assert_int_equal(sr_gz_inflate_stream(u(&pre), pre.len, 10, SR_GZ_ZLIB, 100, &out, &used,
                                          err, sizeof err),
                     SR_GZ_ETRUNCATED);
    assert_non_null(strstr(err, "zlib stream at byte 10"));
    sr_buf_free(&pre);
    sr_buf_free(&zl);
    sr_buf_free(&raw);
    sr_buf_free(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_is_gzip),
        cmocka_unit_test(test_single_member),
        cmocka_unit_test(test_appends_to_existing),
        cmocka_unit_test(test_empty_member),
        cmocka_unit_test(test_multi_member),
        cmocka_unit_test(test_trailing_padding_and_garbage),
        cmocka_unit_test(test_truncated),
        cmocka_unit_test(test_corrupt),
        cmocka_unit_test(test_empty_input),
        cmocka_unit_test(test_max_out),
        cmocka_unit_test(test_large_roundtrip),
        cmocka_unit_test(test_zlib_and_raw),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
