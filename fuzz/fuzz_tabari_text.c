/*
 * fuzz_tabari_text.c - TABARI's text records ("NNNNNN ID" header lines,
 * sentence lines, '#' comments), as `sitrep code` and `sitrep validate`
 * read them.  Every record handed out must lie inside the input and carry
 * a date of six or eight digits.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ingest/tabari_text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int check_record(void *userdata, const sr_tabari_record *r)
{
    size_t *count = userdata;
    size_t n = strlen(r->date);
    if (n != 6 && n != 8)
        abort();
    for (size_t i = 0; i < n; i++)
        if (r->date[i] < '0' || r->date[i] > '9')
            abort();
    if (!r->id || !r->text || r->line == 0)
        abort();
    (void)strlen(r->id);
    (void)strlen(r->text);
    char iso[11];
    if (sr_tabari_date_iso(r->date, iso) && strlen(iso) != 10)
        abort();
    ++*count;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 20)
        return 0;
    size_t count = 0;
    (void)sr_tabari_text_detect((const char *)data, size);
    (void)sr_tabari_text_parse((const char *)data, size, check_record, &count);
    return 0;
}
