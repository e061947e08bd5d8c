/*
 * fuzz_dict_common.h - what the dictionary fuzz targets share: the fuzzed
 * bytes become a dictionary file of one kind (the name says which), loaded
 * beside a small fixed companion (written once per process), then a few sentences are coded with it.
 * Loading may fail (with a message); it must never crash, leak or read out
 * of bounds, and a loaded dictionary must code without crashing.
 */
#ifndef FUZZ_DICT_COMMON_H
#define FUZZ_DICT_COMMON_H

#include "events/events.h"
#include "fuzz_util.h"

static const char companion_actors[] = "ARNOR_ [ARN]\nGONDOR [GON]\n+MINAS_TIRITH\n\t[GON]\n";
static const char companion_verbs[] = "MEET [031:031]\n- * WITH + [032]\nACCUSE [112]\n";

/* The companions are the same for every input: written once per process. */
static char companion_actors_path[64], companion_verbs_path[64];

static void remove_companions(void)
{
    unlink(companion_actors_path);
    unlink(companion_verbs_path);
}

static void write_companions(void)
{
    if (companion_actors_path[0])
        return;
    fuzz_write_temp(".actors", companion_actors, sizeof companion_actors - 1, companion_actors_path,
                    sizeof companion_actors_path);
    fuzz_write_temp(".verbs", companion_verbs, sizeof companion_verbs - 1, companion_verbs_path,
                    sizeof companion_verbs_path);
    atexit(remove_companions);
}

static void fuzz_one_dictionary(const char *suffix, const uint8_t *data, size_t size)
{
    char fuzzed[64];
    if (fuzz_write_temp(suffix, data, size, fuzzed, sizeof fuzzed))
        return;
    write_companions();
    const char *paths[] = {companion_actors_path, companion_verbs_path, fuzzed};
    for (unsigned flags = 0; flags <= SR_DICT_STRICT; flags++) {
        sr_dict *d = NULL;
        char err[512];
        if (sr_dict_load_flags(paths, 3, flags, &d, err, sizeof err) != SR_OK) {
            if (!err[0])
                abort(); /* a failure always says why */
            continue;
        }
        (void)sr_dict_summary(d);
        sr_coder *c = sr_coder_new(d);
        if (c) {
            static const char *const sentences[] = {
                "Arnor met with Gondor on Monday, officials said.",
                "The ministers of Arnor and Gondor accused them of it, and he met her.",
                /* the fuzzed bytes as a sentence, so phrases can match themselves */
                NULL};
            sr_code_result r;
            for (int i = 0; sentences[i]; i++)
                sr_coder_code(c, sentences[i], strlen(sentences[i]), 20220211, &r);
            sr_coder_code(c, (const char *)data, size, 0, &r);
            sr_coder_free(c);
        }
        sr_dict_free(d);
    }
    unlink(fuzzed);
}

#endif
