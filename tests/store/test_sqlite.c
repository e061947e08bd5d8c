/*
 * test_sqlite.c - the SQLite store: idempotent writes, rejects kept once,
 * transactions, and the queries the CLI runs.
 */
#include <sitrep/sitrep.h>
#include <sqlite3.h>

#include "testutil.h"

typedef struct rows {
    int n;
    char first[8][256]; /* first column of each row */
    char cols[8][64];
    int n_cols;
    char cell[8][8][256];
} rows;

static int keep_rows(void *ud, int n, const char *const *names, const char *const *values,
                     const int *numeric)
{
    (void)numeric;
    rows *r = ud;
    if (r->n < 8) {
        snprintf(r->first[r->n], sizeof r->first[0], "%s", values[0] ? values[0] : "NULL");
        for (int i = 0; i < n && i < 8; i++) {
            snprintf(r->cols[i], sizeof r->cols[0], "%s", names[i]);
            snprintf(r->cell[r->n][i], sizeof r->cell[0][0], "%s", values[i] ? values[i] : "NULL");
        }
        r->n_cols = n;
    }
    r->n++;
    return 0;
}

static sr_article *article(const char *body, const char *url, const char *date)
{
    sr_article *a;
    assert_int_equal(sr_article_from_text(body, strlen(body), "t.txt", url, "A title", "Outlet",
                                          date, &a),
                     SR_OK);
    assert_int_equal(sr_article_analyze(NULL, a), SR_OK);
    return a;
}

static const char *stat_value(const rows *r, const char *what)
{
    for (int i = 0; i < r->n && i < 8; i++)
        if (strcmp(r->cell[i][0], what) == 0)
            return r->cell[i][1];
    return "missing";
}

static void test_store_roundtrip(void **state)
{
    (void)state;
    char dir[256], db[512];
    assert_non_null(test_temp_dir(dir, sizeof dir));
    snprintf(db, sizeof db, "%s/t.db", dir);
    char err[512];
    sr_store *s;
    assert_int_equal(sr_store_open(db, &s, err, sizeof err), SR_OK);

    sr_article *a = article("NATO ministers met in Brussels. They spoke of the Black Sea.",
                            "https://e.example/1", "2022-02-11");
    sr_article *b = article("Romania hosted allied troops at Mihail Kogalniceanu.",
                            "https://e.example/2", "2023-05-01");
    int added;
    assert_int_equal(sr_store_begin(s), SR_OK);
    assert_int_equal(sr_store_put_article(s, a, &added), SR_OK);
    assert_int_equal(added, 1);
    assert_int_equal(sr_store_put_article(s, b, &added), SR_OK);
    assert_int_equal(added, 1);
    assert_int_equal(sr_store_put_article(s, a, &added), SR_OK);
    assert_int_equal(added, 0); /* same id: nothing added */

    sr_reject rj = {"feed.jsonl:2", "feed.jsonl", 120, 2, "invalid JSON at column 7",
                    (const unsigned char *)"{\"url\": x", 9};
    assert_int_equal(sr_store_put_reject(s, &rj, &added), SR_OK);
    assert_int_equal(added, 1);
    assert_int_equal(sr_store_put_reject(s, &rj, &added), SR_OK);
    assert_int_equal(added, 0);
    assert_int_equal(sr_store_commit(s), SR_OK);

    /* a rolled-back batch leaves nothing behind */
    sr_article *c = article("Turkey closed the straits to warships.", "https://e.example/3", NULL);
    assert_int_equal(sr_store_begin(s), SR_OK);
    assert_int_equal(sr_store_put_article(s, c, &added), SR_OK);
    assert_int_equal(sr_store_rollback(s), SR_OK);
    sr_store_close(s);

    /* reopen: the schema is there, counts survived */
    assert_int_equal(sr_store_open(db, &s, err, sizeof err), SR_OK);
    rows st = {0};
    assert_int_equal(sr_store_stats(s, keep_rows, &st), SR_OK);
    assert_string_equal(stat_value(&st, "articles"), "2");
    assert_string_equal(stat_value(&st, "rejects"), "1");
    assert_string_equal(stat_value(&st, "sentences"), "3");

    rows list = {0};
    sr_article_filter f = {"2023-01-01", NULL, NULL, 0};
    assert_int_equal(sr_store_list_articles(s, &f, keep_rows, &list), SR_OK);
    assert_int_equal(list.n, 1);
    assert_string_equal(list.first[0], b->id);

    rows found = {0};
    assert_int_equal(sr_store_search(s, "\"black sea\"", 10, keep_rows, &found), SR_OK);
    assert_int_equal(found.n, 1);
    assert_string_equal(found.first[0], a->id);
    /* accents folded: Kogălniceanu finds Kogalniceanu */
    rows folded = {0};
    assert_int_equal(sr_store_search(s, "Kog\xc4\x83lniceanu", 10, keep_rows, &folded), SR_OK);
    assert_int_equal(folded.n, 1);

    rows bad = {0};
    assert_int_equal(sr_store_search(s, "\"unclosed", 10, keep_rows, &bad), SR_ERR_DB);
    assert_non_null(strstr(sr_store_errmsg(s), "search query"));

    rows rej = {0};
    assert_int_equal(sr_store_list_rejects(s, 0, keep_rows, &rej), SR_OK);
    assert_int_equal(rej.n, 1);
    assert_string_equal(rej.first[0], "feed.jsonl:2");
    sr_store_close(s);
    sr_article_free(a);
    sr_article_free(b);
    sr_article_free(c);
}

static void test_open_errors(void **state)
{
    (void)state;
    char err[512];
    sr_store *s;
    assert_int_equal(sr_store_open("/nonexistent-dir/x/y.db", &s, err, sizeof err), SR_ERR_DB);
    assert_null(s);
    assert_non_null(strstr(err, "/nonexistent-dir/x/y.db"));
    assert_int_equal(sr_store_open("", &s, err, sizeof err), SR_ERR_USAGE);
}

/* A database file made by hand with sqlite3: `sql` run in it. */
static void make_db(const char *path, const char *sql)
{
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
}

static int user_version(const char *path)
{
    sqlite3 *db;
    sqlite3_stmt *st;
    int v = -1;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL), SQLITE_OK);
    if (sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

/* A database of another schema version is refused with a message that says
 * what to do, and is left as it was. */
static void test_schema_versions(void **state)
{
    (void)state;
    char dir[256], path[512], err[512];
    sr_store *s;
    assert_non_null(test_temp_dir(dir, sizeof dir));

    snprintf(path, sizeof path, "%s/new.db", dir);
    assert_int_equal(sr_store_open(path, &s, err, sizeof err), SR_OK);
    sr_store_close(s);
    int current = user_version(path);
    assert_true(current >= 2);
    /* opened again, it is the same database */
    assert_int_equal(sr_store_open(path, &s, err, sizeof err), SR_OK);
    sr_store_close(s);

    /* an older layout: articles without sentence spans, version 1 */
    snprintf(path, sizeof path, "%s/old.db", dir);
    make_db(path, "CREATE TABLE articles (id TEXT PRIMARY KEY, body TEXT); PRAGMA user_version = 1");
    assert_int_equal(sr_store_open(path, &s, err, sizeof err), SR_ERR_DB);
    assert_null(s);
    assert_non_null(strstr(err, "old.db"));
    assert_non_null(strstr(err, "older sitrep"));
    assert_non_null(strstr(err, "ingest into a new database file"));
    assert_int_equal(user_version(path), 1);

    /* a newer one */
    snprintf(path, sizeof path, "%s/newer.db", dir);
    char sql[128];
    snprintf(sql, sizeof sql, "CREATE TABLE articles (id TEXT); PRAGMA user_version = %d", current + 1);
    make_db(path, sql);
    assert_int_equal(sr_store_open(path, &s, err, sizeof err), SR_ERR_DB);
    assert_non_null(strstr(err, "upgrade sitrep"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_store_roundtrip),
        cmocka_unit_test(test_open_errors),
        cmocka_unit_test(test_schema_versions),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
