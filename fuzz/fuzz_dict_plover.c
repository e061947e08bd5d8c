/*
 * fuzz_dict_plover.c - the CAMEO -> PLOVER table reader (a file named
 * *plover*.tsv, as data/verbs/cameo_plover.tsv) and the coder typing its
 * events with what it loaded.
 */
#include "fuzz_dict_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 16)
        return 0;
    fuzz_one_dictionary("_plover.tsv", data, size);
    return 0;
}
