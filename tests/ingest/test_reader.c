/*
 * test_reader.c - the reader over files and folders: formats found by
 * content, metadata, and bad input turned into rejects that say where and
 * why while the rest goes on.  Inputs are written by the tests.
 */
#include <sitrep/sitrep.h>
#include <sys/stat.h>
#include <zlib.h>

#include "testutil.h"

typedef struct collected {
    sr_article *articles[32];
    int n_articles;
    char *reject_where[32];
    char *reject_reason[32];
    long reject_line[32];
    size_t reject_raw_len[32];
    int n_rejects;
} collected;

static void collect(const char *const *paths, size_t n, collected *c)
{
    memset(c, 0, sizeof *c);
    sr_context *ctx = sr_context_new();
    sr_context_set_langid(ctx, 0);
    sr_reader *r;
    assert_int_equal(sr_reader_open(ctx, paths, n, &r), SR_OK);
    for (;;) {
        sr_article *a;
        sr_reject rej;
        sr_item it = sr_reader_next(r, &a, &rej);
        if (it == SR_ITEM_END)
            break;
        if (it == SR_ITEM_ARTICLE) {
            assert_true(c->n_articles < 32);
            assert_int_equal(sr_article_analyze(ctx, a), SR_OK);
            c->articles[c->n_articles++] = a;
        } else {
            assert_true(c->n_rejects < 32);
            assert_non_null(rej.where);
            assert_non_null(rej.reason);
            c->reject_where[c->n_rejects] = strdup(rej.where);
            c->reject_reason[c->n_rejects] = strdup(rej.reason);
            c->reject_line[c->n_rejects] = rej.line;
            c->reject_raw_len[c->n_rejects] = rej.raw_len;
            c->n_rejects++;
        }
    }
    sr_reader_close(r);
    sr_context_free(ctx);
}

static void release(collected *c)
{
    for (int i = 0; i < c->n_articles; i++)
        sr_article_free(c->articles[i]);
    for (int i = 0; i < c->n_rejects; i++) {
        free(c->reject_where[i]);
        free(c->reject_reason[i]);
    }
}

static const char *write_in(const char *dir, const char *name, const char *text, char *path,
                            size_t cap)
{
    snprintf(path, cap, "%s/%s", dir, name);
    test_write_file(path, text, strlen(text));
    return path;
}

static void test_plain_text_headers(void **state)
{
    (void)state;
    char dir[256], p[512];
    assert_non_null(test_temp_dir(dir, sizeof dir));
    write_in(dir, "a.txt",
             "url: https://news.example/ro/1\n"
             "title: Allies meet in Bucharest\n"
             "date: 10 March 2023\n"
             "outlet: Example News\n"
             "\n"
             "Foreign ministers met in Bucharest on Friday.\n\nThey discussed the Black Sea.\n",
             p, sizeof p);
    const char *paths[] = {p};
    collected c;
    collect(paths, 1, &c);
    assert_int_equal(c.n_articles, 1);
    assert_int_equal(c.n_rejects, 0);
    sr_article *a = c.articles[0];
    assert_string_equal(a->url, "https://news.example/ro/1");
    assert_string_equal(a->title, "Allies meet in Bucharest");
    assert_string_equal(a->date, "2023-03-10");
    assert_string_equal(a->outlet, "Example News");
    assert_string_equal(a->format, "text");
    assert_string_equal(a->body,
                        "Foreign ministers met in Bucharest on Friday.\n\nThey discussed the Black Sea.");
    assert_int_equal(strlen(a->id), 16);
    assert_int_equal(a->n_sentences, 2);
    release(&c);
}

static void test_date_prefix_and_headline(void **state)
{
    (void)state;
    char dir[256], p1[512], p2[512];
    assert_non_null(test_temp_dir(dir, sizeof dir));
    write_in(dir, "prefix.txt", " date 2023-03-14 Ships left the port of Constanta on Tuesday.\n", p1,
             sizeof p1);
    write_in(dir, "headline.txt",
             "Moldova Asks EU for Faster Talks\n"
             "The government in Chisinau asked the European Union on Monday to speed up talks.\n",
             p2, sizeof p2);
    const char *paths[] = {p1, p2};
    collected c;
    collect(paths, 2, &c);
    assert_int_equal(c.n_articles, 2);
    assert_string_equal(c.articles[0]->date, "2023-03-14");
    assert_string_equal(c.articles[0]->body, "Ships left the port of Constanta on Tuesday.");
    assert_null(c.articles[0]->title);
    assert_string_equal(c.articles[1]->title, "Moldova Asks EU for Faster Talks");
    /* the headline stays in the body: spans count from the file's first character */
    assert_true(strncmp(c.articles[1]->body, "Moldova Asks EU", 15) == 0);
    assert_null(c.articles[1]->date);
    release(&c);
}

static void test_jsonl_good_and_bad_lines(void **state)
{
    (void)state;
    char dir[256], p[512];
    assert_non_null(test_temp_dir(dir, sizeof dir));
    write_in(dir, "feed.jsonl",
             "{\"url\":\"https://n.example/1\",\"title\":\"One\",\"maintext\":\"Kyiv asked for air defence.\","
             "\"date_publish\":\"2024-05-02 08:15:00\",\"source_domain\":\"n.example\",\"language\":\"en\","
             "\"authors\":[\"A\"]}\n"
             "{\"url\": \"https://n.example/2\", \"maintext\": \"broken\n"
             "{\"url\":\"https://n.example/3\",\"text\":\"Ankara hosted the talks.\",\"date\":\"2024-05-03\"}\n"
             "[1, 2, 3]\n"
             "\n"
             "{\"url\":\"https://n.example/5\",\"title\":\"No text here\"}\n",
             p, sizeof p);
    const char *paths[] = {p};
    collected c;
    collect(paths, 1, &c);
    assert_int_equal(c.n_articles, 2);
    assert_int_equal(c.n_rejects, 3);
    char want[600];
    snprintf(want, sizeof want, "%s:1", p);
    assert_string_equal(c.articles[0]->path, want);
    assert_string_equal(c.articles[0]->date, "2024-05-02");
    assert_string_equal(c.articles[0]->outlet, "n.example");
    assert_string_equal(c.articles[0]->language, "en");
    assert_string_equal(c.articles[0]->format, "jsonl");
    snprintf(want, sizeof want, "%s:3", p);
    assert_string_equal(c.articles[1]->path, want);
    assert_string_equal(c.articles[1]->date, "2024-05-03");

    /* each reject names its line and says what was wrong */
    snprintf(want, sizeof want, "%s:2", p);
    assert_string_equal(c.reject_where[0], want);
    assert_int_equal(c.reject_line[0], 2);
    assert_non_null(strstr(c.reject_reason[0], "invalid JSON"));
    assert_true(c.reject_raw_len[0] > 0);
    assert_int_equal(c.reject_line[1], 4);
    assert_non_null(strstr(c.reject_reason[1], "must be an object"));
    assert_int_equal(c.reject_line[2], 6); /* the blank line 5 is passed over, and counted */
    assert_non_null(strstr(c.reject_reason[2], "no article text"));
    release(&c);
}

static void test_bad_files_become_rejects(void **state)
{
    (void)state;
    char dir[256], empty[512], binary[512], badutf[512], missing[512], gz[512], good[512];
    assert_non_null(test_temp_dir(dir, sizeof dir));
    write_in(dir, "empty.txt", "", empty, sizeof empty);
    snprintf(binary, sizeof binary, "%s/blob.bin", dir);
    test_write_file(binary, "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    write_in(dir, "bad.txt", "Talks in Vienna\xff\xfe went on.\n", badutf, sizeof badutf);
    snprintf(missing, sizeof missing, "%s/no-such-file.txt", dir);
    write_in(dir, "good.txt", "The minister arrived in Vilnius on Monday.\n", good, sizeof good);

    /* a gzip cut in half */
    const char *text = "The ministry said on Friday that the talks in Geneva would continue next week.";
    unsigned char comp[512];
    z_stream z = {0};
    assert_int_equal(deflateInit2(&z, 9, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
    z.next_in = (unsigned char *)text;
    z.avail_in = (unsigned)strlen(text);
    z.next_out = comp;
    z.avail_out = sizeof comp;
    assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
    size_t clen = sizeof comp - z.avail_out;
    deflateEnd(&z);
    snprintf(gz, sizeof gz, "%s/cut.txt.gz", dir);
    test_write_file(gz, comp, clen / 2);

    const char *paths[] = {empty, binary, badutf, missing, gz, good};
    collected c;
    collect(paths, 6, &c);
    assert_int_equal(c.n_articles, 1); /* the good file is still read */
    assert_int_equal(c.n_rejects, 5);
    assert_string_equal(c.reject_where[0], empty);
    assert_non_null(strstr(c.reject_reason[0], "empty"));
    assert_string_equal(c.reject_where[1], binary);
    assert_non_null(strstr(c.reject_reason[1], "binary"));
    assert_string_equal(c.reject_where[2], badutf);
    assert_non_null(strstr(c.reject_reason[2], "invalid UTF-8 at byte 15"));
    assert_string_equal(c.reject_where[3], missing);
    assert_non_null(strstr(c.reject_reason[3], "No such file"));
    assert_string_equal(c.reject_where[4], gz);
    assert_non_null(strstr(c.reject_reason[4], "gzip"));
    assert_int_equal(c.reject_raw_len[4], clen / 2); /* the bytes are kept */
    release(&c);
}

static void test_folders_in_name_order_and_stable_ids(void **state)
{
    (void)state;
    char dir[256], sub[512], p[512];
    assert_non_null(test_temp_dir(dir, sizeof dir));
    snprintf(sub, sizeof sub, "%s/b-folder", dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    write_in(dir, "c.txt", "Third text about Odesa.\n", p, sizeof p);
    write_in(dir, "a.txt", "First text about Brussels.\n", p, sizeof p);
    write_in(sub, "x.txt", "Second text about Ankara.\n", p, sizeof p);
    write_in(dir, ".hidden.txt", "Hidden files are passed over.\n", p, sizeof p);
    write_in(dir, "copy-of-a.txt", "First text about Brussels.\n", p, sizeof p);
    const char *paths[] = {dir};
    collected c;
    collect(paths, 1, &c);
    assert_int_equal(c.n_rejects, 0);
    assert_int_equal(c.n_articles, 4);
    assert_string_equal(c.articles[0]->body, "First text about Brussels.");
    assert_string_equal(c.articles[1]->body, "Second text about Ankara.");
    assert_string_equal(c.articles[2]->body, "Third text about Odesa.");
    /* same text, no url: same id wherever the file is */
    assert_string_equal(c.articles[3]->body, "First text about Brussels.");
    assert_string_equal(c.articles[0]->id, c.articles[3]->id);
    assert_string_not_equal(c.articles[0]->id, c.articles[1]->id);
    release(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain_text_headers),
        cmocka_unit_test(test_date_prefix_and_headline),
        cmocka_unit_test(test_jsonl_good_and_bad_lines),
        cmocka_unit_test(test_bad_files_become_rejects),
        cmocka_unit_test(test_folders_in_name_order_and_stable_ids),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
