/*
 * fuzz_util.h - what the fuzz targets share: the entry point's prototype
 * (the build warns on a global function without one), CHECK for the
 * invariants a target asserts, and writing the fuzzed bytes to a temporary
 * file for the readers that take a path.
 */
#ifndef FUZZ_UTIL_H
#define FUZZ_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Not assert(): the CMake build defines NDEBUG, and these checks are the
 * point of the targets. */
#define CHECK(cond) ((cond) ? (void)0 : abort())

/* Writes data to a new file /tmp/sitrep-fuzz-XXXXXX<suffix> (the readers
 * tell kinds of file by their name's ending) and puts its name in path;
 * returns 0, or -1 when no file could be made. */
static inline int fuzz_write_temp(const char *suffix, const void *data, size_t size, char *path,
                                  size_t cap)
{
    snprintf(path, cap, "/tmp/sitrep-fuzz-XXXXXX%s", suffix);
    int fd = mkstemps(path, (int)strlen(suffix));
    if (fd < 0)
        return -1;
    const char *p = data;
    while (size) {
        ssize_t w = write(fd, p, size);
        if (w <= 0)
            break;
        p += w;
        size -= (size_t)w;
    }
    close(fd);
    return 0;
}

#endif
