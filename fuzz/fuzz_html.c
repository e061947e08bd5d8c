/*
 * fuzz_html.c - libFuzzer target for ingest/html (sr_html_extract).
 *
 * Any bytes must parse without a crash, a leak or undefined behaviour, and
 * the result must keep the header's promises: a NUL-terminated body of
 * body_len bytes with no blank lines at either end, dates shaped
 * YYYY-MM-DD, strings that are C strings.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_util.h"
#include "ingest/html.h"

static void check_date(const char *d)
{
    if (!d)
        return;
    CHECK(strlen(d) == 10 && d[4] == '-' && d[7] == '-');
    for (int i = 0; i < 10; i++)
        CHECK(i == 4 || i == 7 || (d[i] >= '0' && d[i] <= '9'));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sr_arena arena;
    sr_arena_init(&arena);
    sr_html_doc doc;
    char err[256];
    int rc = sr_html_extract((const char *)data, size, &arena, &doc, err, sizeof err);
    CHECK(rc == 0 || rc == -1);
    CHECK(doc.body != NULL);
    if (rc == 0) {
        CHECK(strlen(doc.body) <= doc.body_len); /* NULs in the input may reach the body */
        CHECK(doc.body[doc.body_len] == '\0');
        if (doc.body_len > 0) {
            CHECK(doc.body[0] != '\n');
            CHECK(doc.body[doc.body_len - 1] != '\n');
        }
        check_date(doc.date);
        const char *strings[] = {doc.title, doc.url, doc.outlet, doc.language};
        for (size_t i = 0; i < sizeof strings / sizeof *strings; i++)
            if (strings[i])
                (void)strlen(strings[i]);
        if (doc.language)
            CHECK(strlen(doc.language) >= 2 && strlen(doc.language) <= 3);
    }
    sr_arena_free(&arena);
    return 0;
}
