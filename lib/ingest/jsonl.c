/*
 * jsonl.c - one JSON Lines record (news-please / CC-News style) to a draft.
 *
 * Field names vary by crawler; we take the first present of each list and
 * ignore every other field.
 */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "ingest/ingest.h"

static const char *const text_fields[] = {"maintext", "text", "body", "content", "article", NULL};
static const char *const date_fields[] = {"date_publish", "date", "published", "publish_date",
                                          "date_published", "datePublished", NULL};
static const char *const outlet_fields[] = {"source_domain", "outlet", "source", "domain",
                                            "site_name", NULL};
static const char *const url_fields[] = {"url", "link", "source_url", NULL};
static const char *const title_fields[] = {"title", "headline", NULL};
static const char *const language_fields[] = {"language", "lang", NULL};

/* The first field of the list holding a non-empty string, copied to the arena. */
static const char *first_string(json_t *obj, const char *const *names, sr_arena *arena,
                                size_t *len)
{
    for (size_t i = 0; names[i]; i++) {
        json_t *v = json_object_get(obj, names[i]);
        if (json_is_string(v) && json_string_length(v) > 0) {
            if (len)
                *len = json_string_length(v);
            return sr_arena_strndup(arena, json_string_value(v), json_string_length(v));
        }
    }
    return NULL;
}

int sr_jsonl_to_draft(const char *line, size_t len, sr_arena *arena, sr_draft *d, char *err,
                      size_t errlen)
{
    json_error_t jerr;
    /* JSON_ALLOW_NUL keeps strings with \u0000 from failing; we drop NULs later */
    json_t *root = json_loadb(line, len, JSON_ALLOW_NUL | JSON_REJECT_DUPLICATES, &jerr);
    if (!root) {
        snprintf(err, errlen, "invalid JSON at column %d: %s", jerr.column, jerr.text);
        return -1;
    }
    int rc = -1;
    if (!json_is_object(root)) {
        snprintf(err, errlen, "a JSON Lines record must be an object, this line holds %s",
                 json_is_array(root) ? "an array" : "a plain value");
        goto done;
    }
    size_t body_len = 0;
    d->body = first_string(root, text_fields, arena, &body_len);
    d->body_len = body_len;
    if (!d->body) {
        snprintf(err, errlen,
                 "no article text: none of the fields maintext, text, body, content, article "
                 "holds a string");
        goto done;
    }
    d->url = first_string(root, url_fields, arena, NULL);
    d->title = first_string(root, title_fields, arena, NULL);
    d->date = first_string(root, date_fields, arena, NULL);
    d->outlet = first_string(root, outlet_fields, arena, NULL);
    d->language = first_string(root, language_fields, arena, NULL);
    d->format = "jsonl";
    rc = 0;
done:
    json_decref(root);
    return rc;
}
