/*
 * fuzz_text.c - libFuzzer target for the text stage.
 *
 * Runs sr_text_analyze() on arbitrary bytes and aborts when an invariant
 * breaks:
 *  - tokens are in order, do not overlap, are not empty, and lie within
 *    the body;
 *  - every token boundary is a code-point boundary, and its code-point
 *    offset equals the number of code points before it, both recomputed
 *    here by an independent decoder (well-formed sequences per Unicode
 *    table 3-7; any other byte is one code point on its own);
 *  - n_chars is the code-point length of the body;
 *  - sentences tile the tokens in order (every token in exactly one
 *    sentence), their spans are those of their first and last tokens, and
 *    paragraph indices never decrease and stay below n_paragraphs;
 *  - the number of PARA_START tokens equals n_paragraphs.
 *
 * Build (see CMake option SITREP_FUZZ), or by hand:
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Ilib -Iinclude \
 *     fuzz/fuzz_text.c lib/text/tokenize.c lib/text/sentences.c \
 *     lib/text/abbrev.c lib/util/arena.c -licuuc
 *   ./a.out -max_total_time=60
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/text.h"
#include "util/arena.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Length of the well-formed UTF-8 sequence at s[i], or 1 for a byte that
 * starts none. */
static size_t seq_len(const uint8_t *s, size_t n, size_t i)
{
    uint8_t b = s[i];
    size_t need;
    uint8_t lo = 0x80, hi = 0xBF;
    if (b < 0x80)
        return 1;
    if (b >= 0xC2 && b <= 0xDF)
        need = 1;
    else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        if (b == 0xE0)
            lo = 0xA0;
        if (b == 0xED)
            hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        if (b == 0xF0)
            lo = 0x90;
        if (b == 0xF4)
            hi = 0x8F;
    } else
        return 1;
    if (i + need >= n)
        return 1;
    if (s[i + 1] < lo || s[i + 1] > hi)
        return 1;
    for (size_t k = 2; k <= need; k++)
        if ((s[i + k] & 0xC0) != 0x80)
            return 1;
    return need + 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* cp_at[b] = code points before byte b, or UINT32_MAX inside a sequence. */
    uint32_t *cp_at = malloc((size + 1) * sizeof *cp_at);
    if (!cp_at)
        return 0;
    uint32_t cps = 0;
    for (size_t i = 0; i < size;) {
        size_t l = seq_len(data, size, i);
        cp_at[i] = cps++;
        for (size_t k = 1; k < l; k++)
            cp_at[i + k] = UINT32_MAX;
        i += l;
    }
    cp_at[size] = cps;

    sr_arena arena;
    sr_arena_init(&arena);
    sr_text t;
    if (sr_text_analyze((const char *)data, size, &arena, &t) != 0)
        abort(); /* only an allocation failure may fail */
    if (t.n_chars != cps)
        abort();

    size_t prev_end = 0, para_starts = 0;
    for (size_t i = 0; i < t.n_tokens; i++) {
        const sr_token *tk = &t.tokens[i];
        if (tk->byte_start >= tk->byte_end || tk->byte_end > size || tk->byte_start < prev_end)
            abort();
        if (cp_at[tk->byte_start] == UINT32_MAX || cp_at[tk->byte_end] == UINT32_MAX)
            abort();
        if (tk->start != cp_at[tk->byte_start] || tk->end != cp_at[tk->byte_end])
            abort();
        if (tk->kind < SR_TOK_WORD || tk->kind > SR_TOK_URL)
            abort();
        if (tk->flags & SR_TOKF_PARA_START)
            para_starts++;
        if (i == 0 && !(tk->flags & SR_TOKF_PARA_START))
            abort();
        prev_end = tk->byte_end;
    }
    if (para_starts != t.n_paragraphs)
        abort();

    size_t next = 0;
    uint32_t para = 0;
    for (size_t i = 0; i < t.n_sentences; i++) {
        const sr_sentence *s = &t.sentences[i];
        if (s->first_token != next || s->n_tokens == 0 || next + s->n_tokens > t.n_tokens)
            abort();
        const sr_token *a = &t.tokens[s->first_token];
        const sr_token *z = &t.tokens[s->first_token + s->n_tokens - 1];
        if (s->start != a->start || s->end != z->end || s->byte_start != a->byte_start ||
            s->byte_end != z->byte_end)
            abort();
        if (s->paragraph < para || s->paragraph >= t.n_paragraphs)
            abort();
        /* A sentence never spans a paragraph break. */
        for (uint32_t k = 1; k < s->n_tokens; k++)
            if (t.tokens[s->first_token + k].flags & SR_TOKF_PARA_START)
                abort();
        for (uint32_t k = 0; k < s->n_tokens; k++)
            if (t.tokens[s->first_token + k].sentence != (uint16_t)i)
                abort();
        para = s->paragraph;
        next += s->n_tokens;
    }
    if (next != t.n_tokens)
        abort();

    sr_arena_free(&arena);
    free(cp_at);
    return 0;
}
