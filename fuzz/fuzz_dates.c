/*
 * fuzz_dates.c - libFuzzer target for lib/time/dates.c and the place-name
 * folding of lib/places/gazetteer.c: any text, any publication date.
 *
 * The first 10 bytes are the publication date (often not a valid one), the
 * rest the sentence.  Checks: every mention lies inside the text, its text
 * form is a date of its precision, and name folding never writes past its
 * buffer.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_util.h"
#include "places/gazetteer.h"
#include "text/text.h"
#include "time/dates.h"
#include "util/arena.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char pub[11] = "2022-02-11";
    if (size >= 10) {
        memcpy(pub, data, 10);
        pub[10] = '\0';
        data += 10;
        size -= 10;
    }
    const char *text = (const char *)data;
    sr_arena arena;
    sr_arena_init(&arena);
    sr_text t;
    if (sr_text_analyze(text, size, &arena, &t) == 0) {
        sr_date_mention m[16];
        size_t n = sr_dates_find(text, &t, 0, (uint32_t)t.n_tokens, pub, m, 16);
        for (size_t i = 0; i < n && i < 16; i++) {
            CHECK(m[i].byte_start <= m[i].byte_end && m[i].byte_end <= size);
            size_t len = strlen(m[i].text);
            CHECK(len == 4 || len == 7 || len == 10);
        }
        char out[11];
        for (uint32_t s = 0; s < t.n_sentences && s < 4; s++)
            sr_dates_for_sentence(text, &t, s, pub, out);
    }
    sr_arena_free(&arena);
    char key[32];
    size_t k = sr_place_key(text, size, key, sizeof key);
    CHECK(k < sizeof key);
    return 0;
}
