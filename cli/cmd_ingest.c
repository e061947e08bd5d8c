/*
 * cmd_ingest.c - `sitrep ingest`: read news into the database.
 *
 * Articles go in batches, one transaction each, so a killed run keeps every
 * committed batch and a re-run adds only what is missing (ids come from
 * content).  The summary's counts add up: items read = new + already stored
 * + rejected + skipped.
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
    (void)sig;
    interrupted = 1;
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

typedef struct ingest_counts {
    unsigned long long added, duplicates, rejected, rejects_new;
} ingest_counts;

static void progress(const sr_reader *r, const ingest_counts *c, double started, int final)
{
    double mb = (double)sr_reader_bytes_read(r) / 1e6;
    double secs = now_seconds() - started;
    fprintf(stderr, "\rsitrep: ingest: %llu new, %llu already stored, %llu rejected; %.1f MB in %.1f s%s",
            c->added, c->duplicates, c->rejected, mb, secs, final ? "\n" : "   ");
}

int cmd_ingest(int argc, char **argv)
{
    const char *db = NULL;
    long batch = 1000;
    int quiet = 0, no_langid = 0;
    const char *dict_paths = NULL;
    const cli_option opts[] = {
        {"db", 0, OPT_STRING, &db, "FILE", "database file (default $SITREP_DB or ./sitrep.db)"},
        {"batch", 0, OPT_LONG, &batch, "N", "articles per transaction (default 1000): a killed run loses at most the open one"},
        {"no-langid", 0, OPT_FLAG, &no_langid, NULL, "do not guess languages"},
        {"dict", 0, OPT_STRING, &dict_paths, "PATH[,PATH...]",
         "code events with these dictionaries (TABARI/PETRARCH files, a TABARI .project, "
         "or folders) instead of sitrep's own; 'none' codes no events"},
        {"quiet", 'q', OPT_FLAG, &quiet, NULL, "no progress line and no summary"},
        {0},
    };
    const cli_command self = {
        "ingest", "PATH...|-", "Read news files, folders or standard input into the database.",
        "Each article is normalized (UTF-8, NFC), split into sentences and stored with a\n"
        "stable id from its url and text: ingesting the same input again adds nothing.\n"
        "Items that cannot be read are stored in the rejects table with the reason.\n",
        NULL};
    int n_args;
    int rc = cli_parse_command(&self, opts, argc, argv, &n_args, 1);
    if (rc != CLI_GO_ON)
        return rc;
    if (batch < 1)
        batch = 1;

    char err[1024];
    sr_store *store;
    const char *db_path = cli_db_path(db);
    if (sr_store_open(db_path, &store, err, sizeof err) != SR_OK) {
        cli_error("%s", err);
        return EXIT_DB;
    }
    cli_pipeline p;
    rc = cli_pipeline_open(&p, argv, n_args, &quiet, no_langid, dict_paths);
    if (rc != CLI_GO_ON) {
        sr_store_close(store);
        return rc;
    }
    sr_reader *reader = p.reader;
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);

    int show_progress = !quiet && isatty(STDERR_FILENO);
    double started = now_seconds(), last_progress = started;
    ingest_counts c = {0, 0, 0, 0};
    long in_batch = 0;
    int status = EXIT_OK;
    sr_status st = sr_store_begin(store);
    while (st == SR_OK && !interrupted) {
        sr_article *a;
        sr_reject rej;
        sr_item item = sr_reader_next(reader, &a, &rej);
        if (item == SR_ITEM_END)
            break;
        int added = 0;
        if (item == SR_ITEM_ARTICLE) {
            st = sr_article_analyze(p.ctx, a);
            if (st == SR_OK)
                st = sr_store_put_article(store, a, &added);
            if (st == SR_OK)
                added ? c.added++ : c.duplicates++;
            sr_article_free(a);
        } else {
            st = sr_store_put_reject(store, &rej, &added);
            c.rejected++;
            c.rejects_new += (unsigned long long)added;
        }
        if (st == SR_OK && ++in_batch >= batch) {
            st = sr_store_commit(store);
            if (st == SR_OK)
                st = sr_store_begin(store);
            in_batch = 0;
        }
        if (show_progress && now_seconds() - last_progress > 0.25) {
            progress(reader, &c, started, 0);
            last_progress = now_seconds();
        }
    }
    if (st == SR_OK)
        st = sr_store_commit(store);
    else
        sr_store_rollback(store);
    if (show_progress)
        progress(reader, &c, started, 1);

    if (st != SR_OK) {
        cli_error("%s: %s", db_path, st == SR_ERR_DB ? sr_store_errmsg(store) : sr_status_name(st));
        status = st == SR_ERR_DB ? EXIT_DB : EXIT_SYSTEM;
    } else if (interrupted) {
        cli_error("ingest: interrupted; what was read so far is stored, run the same command again to finish");
        status = EXIT_SYSTEM;
    } else if (c.rejected) {
        status = EXIT_REJECTS;
    }
    if (!quiet) {
        unsigned long long skipped = sr_reader_skipped(reader);
        unsigned long long items = c.added + c.duplicates + c.rejected + skipped;
        double secs = now_seconds() - started;
        fprintf(stderr,
                "sitrep: ingest: %llu items read (%.2f MB in %.2f s) into %s: %llu new articles, "
                "%llu already stored, %llu rejected (%llu new in the rejects table), %llu skipped "
                "(not articles)\n",
                items, (double)sr_reader_bytes_read(reader) / 1e6, secs, db_path, c.added,
                c.duplicates, c.rejected, c.rejects_new, skipped);
        if (c.rejected)
            fprintf(stderr, "sitrep: ingest: 'sitrep rejects --db %s' lists what was rejected and why\n",
                    db_path);
    }
    cli_pipeline_close(&p);
    sr_store_close(store);
    return status;
}
