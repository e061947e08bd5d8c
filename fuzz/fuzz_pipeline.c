/*
 * fuzz_pipeline.c - an article of arbitrary text through the whole
 * pipeline with sitrep's own dictionaries and the gazetteer: text,
 * language id, places, quotations, events (the coder, nominal events,
 * the article-level rules) and the JSON record.  The other targets feed
 * one stage; this one checks that the stages hold together on input no
 * test wrote: no crash, no leak, no read out of bounds, and a record that
 * is one line.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sitrep/sitrep.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static sr_context *ctx;
static sr_dict *dict;

static void setup(void)
{
    char err[2048];
    if (sr_dict_load_default(&dict, err, sizeof err) != SR_OK) {
        fprintf(stderr, "fuzz_pipeline: %s\n", err);
        abort(); /* our own dictionaries always load */
    }
    ctx = sr_context_new();
    sr_context_set_dictionaries(ctx, dict);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 16)
        return 0;
    if (!ctx)
        setup();
    sr_article *a = NULL;
    /* a date, so office-holders and relative dates are resolved too */
    if (sr_article_from_text((const char *)data, size, "fuzz.txt", "https://example.co.uk/a", NULL,
                             NULL, "2022-02-11", &a) != SR_OK)
        return 0;
    if (sr_article_analyze(ctx, a) != SR_OK)
        abort();
    char *out = NULL;
    size_t out_len = 0;
    FILE *f = open_memstream(&out, &out_len);
    if (!f)
        abort();
    if (sr_record_write_json(a, SR_RECORD_WITH_NEGATED | SR_RECORD_WITH_SENTENCES, f) != SR_OK)
        abort();
    fclose(f);
    /* one JSON object on one line */
    if (out_len < 2 || out[0] != '{' || out[out_len - 1] != '\n' || memchr(out, '\n', out_len - 1))
        abort();
    free(out);
    sr_article_free(a);
    return 0;
}
