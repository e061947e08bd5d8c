/*
 * fuzz_roles.c - the office-holder reader of lib/roles (";@title",
 * ";@office", ";@phrase" lines and ";@ OFFICE" tags in an actors file),
 * then role phrases and people looked up in what it loaded.  Loading may
 * fail with a message; it must never crash, leak or read out of bounds.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz_util.h"
#include "roles/roles.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 16)
        return 0;
    char path[64];
    if (fuzz_write_temp(".actors", data, size, path, sizeof path))
        return 0;
    sr_roles *r = NULL;
    char err[512] = "";
    if (sr_roles_load(path, &r, err, sizeof err) == SR_OK) {
        static const char *const phrases[] = {"the NATO Secretary General", "Romanian President",
                                              "the Prime Minister", "Russia's foreign minister", NULL};
        for (int i = 0; phrases[i]; i++) {
            (void)sr_roles_holder_text(r, phrases[i], 20220211, "ROU");
            (void)sr_roles_holder_text(r, phrases[i], 0, NULL);
        }
        /* the fuzzed bytes as a phrase and a name, so entries can match themselves */
        char probe[256];
        size_t n = size < sizeof probe - 1 ? size : sizeof probe - 1;
        memcpy(probe, data, n);
        probe[n] = '\0';
        (void)sr_roles_holder_text(r, probe, 20250301, NULL);
        (void)sr_roles_person_at(r, probe, 20250301);
        sr_roles_stats st;
        sr_roles_get_stats(r, &st);
        char first[256];
        (void)sr_roles_overlaps(r, first, sizeof first);
        sr_roles_free(r);
    } else if (!err[0]) {
        abort(); /* a failure always says why */
    }
    unlink(path);
    return 0;
}
