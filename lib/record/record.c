/*
 * record.c - the article record as JSON (the record contract in MISSION.md).
 *
 * The field names are a contract with other tools: add fields, never rename.
 * Stages that are not built yet contribute empty arrays, so consumers can
 * rely on every key being present.
 */
#include <sitrep/sitrep.h>
#include <stdio.h>

#include "core/core.h"
#include "events/events.h"
#include "quotes/quotes.h"
#include "places/stage.h"
#include "text/text.h"
#include "util/json.h"

static void field(sr_buf *b, const char *name, const char *value)
{
    sr_buf_putc(b, ',');
    sr_json_cstr(b, name);
    sr_buf_putc(b, ':');
    sr_json_cstr(b, value);
}

sr_status sr_record_write_json(const sr_article *a, unsigned flags, FILE *out)
{
    sr_buf b = SR_BUF_INIT;
    sr_buf_puts(&b, "{\"id\":");
    sr_json_cstr(&b, a->id);
    field(&b, "path", a->path);
    field(&b, "url", a->url);
    field(&b, "title", a->title);
    field(&b, "outlet", a->outlet);
    field(&b, "date", a->date);
    field(&b, "language", a->language);
    field(&b, "format", a->format);
    sr_buf_printf(&b, ",\"chars\":%zu,\"n_sentences\":%zu", a->n_chars, a->n_sentences);
    const sr_text *t = a->impl->text;
    if ((flags & SR_RECORD_WITH_SENTENCES) && t) {
        sr_buf_puts(&b, ",\"sentences\":[");
        for (size_t i = 0; i < t->n_sentences; i++)
            sr_buf_printf(&b, "%s[%u,%u]", i ? "," : "", t->sentences[i].start,
                          t->sentences[i].end);
        sr_buf_putc(&b, ']');
    }
    sr_buf_puts(&b, ",\"events\":");
    sr_events_write_json(&b, a, (flags & SR_RECORD_WITH_NEGATED) != 0);
    sr_buf_puts(&b, ",\"quotes\":");
    sr_quotes_write_json(&b, a->impl->quotes);
    sr_buf_puts(&b, ",\"places\":");
    sr_places_write_json(&b, a);
    sr_buf_puts(&b, ",\"country_mentions\":");
    sr_places_write_country_mentions_json(&b, a);
    sr_buf_puts(&b, ",\"people\":");
    sr_quotes_write_people_json(&b, a->impl->quotes);
    sr_buf_puts(&b, ",\"organizations\":[]");
    if (flags & SR_RECORD_WITH_BODY) {
        sr_buf_puts(&b, ",\"body\":");
        sr_json_string(&b, a->body, a->body_len);
    }
    sr_buf_puts(&b, "}\n");
    if (b.oom) {
        sr_buf_free(&b);
        return SR_ERR_NOMEM;
    }
    size_t len = b.len;
    size_t written = fwrite(b.data, 1, len, out);
    sr_buf_free(&b);
    return written == len ? SR_OK : SR_ERR_IO;
}
