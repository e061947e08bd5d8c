/*
 * fuzz_jsonl.c - one JSON Lines record through parsing and normalization.
 */
#include <stdint.h>
#include <stdlib.h>

#include "ingest/ingest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sr_arena arena;
    sr_arena_init(&arena);
    sr_draft d = {0};
    char err[512];
    if (sr_jsonl_to_draft((const char *)data, size, &arena, &d, err, sizeof err) == 0) {
        d.where = "fuzz.jsonl:1";
        sr_article *a = NULL;
        if (sr_draft_finish(&d, &a, err, sizeof err) == SR_OK) {
            if (a->n_chars > a->body_len)
                abort(); /* more code points than bytes cannot be */
            sr_article_free(a);
        }
    }
    sr_arena_free(&arena);
    return 0;
}
