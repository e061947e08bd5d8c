/*
 * fuzz_dict_actors.c - the actors dictionary reader (TABARI and PETRARCH
 * syntax; the content decides which) and the coder over what it loaded.
 */
#include "fuzz_dict_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 16)
        return 0;
    fuzz_one_dictionary(".actors", data, size);
    return 0;
}
