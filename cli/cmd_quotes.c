/*
 * cmd_quotes.c - `sitrep quotes`: the stored statements, who said them, when
 * and which outlet carried them, filtered by speaker, date and words.
 *
 * A thin client of sr_store_list_quotes(); output through the shared row
 * writers (table, JSON Lines, CSV).
 */
#include <string.h>

#include "cli.h"

int cmd_quotes(int argc, char **argv)
{
    const char *db = NULL, *format = NULL, *speaker = NULL, *since = NULL, *until = NULL,
               *search = NULL, *kind = NULL;
    long limit = 0;
    cli_option opts[] = {
        {"db", 0, OPT_STRING, &db, "FILE", "database file (default $SITREP_DB or ./sitrep.db)"},
        {"speaker", 's', OPT_STRING, &speaker, "NAME",
         "only quotations whose speaker's name or mention holds NAME (any case)"},
        {"since", 0, OPT_STRING, &since, "DATE", "only articles published on or after DATE (YYYY-MM-DD)"},
        {"until", 0, OPT_STRING, &until, "DATE", "only articles published on or before DATE"},
        {"search", 0, OPT_STRING, &search, "WORDS",
         "only quotations holding all these words (any case)"},
        {"kind", 0, OPT_STRING, &kind, "KIND", "only direct, indirect or mixed quotations"},
        {"limit", 'n', OPT_LONG, &limit, "N", "at most N quotations"},
        {"format", 'f', OPT_STRING, &format, "FMT", "table (default), jsonl or csv"},
        {0},
    };
    const cli_command self = {
        "quotes", "", "List stored statements: who said what, when, in which outlet.",
        "Quotations are found when articles are ingested: direct ones (between\n"
        "quotation marks), indirect ones (\"X said that ...\") and mixed ones, each\n"
        "with its cue and speaker.  Newest articles first.\n"
        "\n"
        "examples:\n"
        "  sitrep quotes --speaker Stoltenberg --since 2022-02-01\n"
        "  sitrep quotes --search 'Black Sea' --kind direct --format jsonl\n",
        NULL};
    int n_args = 0;
    int rc = cli_parse(&self, opts, argc, argv, &n_args);
    if (rc == -1)
        return EXIT_OK;
    if (rc == -2)
        return EXIT_USAGE;
    if (n_args > 0) {
        cli_error("quotes: unexpected argument '%s' (use --search for words)", argv[0]);
        return EXIT_USAGE;
    }
    int fmt = cli_format_parse(format);
    if (fmt < 0) {
        cli_error("quotes: --format %s is not known; use table, jsonl or csv", format);
        return EXIT_USAGE;
    }
    if (kind && strcmp(kind, "direct") != 0 && strcmp(kind, "indirect") != 0 &&
        strcmp(kind, "mixed") != 0) {
        cli_error("quotes: --kind %s is not known; use direct, indirect or mixed", kind);
        return EXIT_USAGE;
    }
    char err[1024];
    sr_store *store;
    const char *path = cli_db_path(db);
    if (sr_store_open(path, &store, err, sizeof err) != SR_OK) {
        cli_error("%s", err);
        return EXIT_DB;
    }
    sr_quote_filter f = {speaker, since, until, search, kind, limit};
    cli_rows *rows = cli_rows_new((cli_format)fmt, stdout);
    sr_status st = rows ? sr_store_list_quotes(store, &f, cli_rows_add, rows) : SR_ERR_NOMEM;
    if (rows)
        cli_rows_finish(rows);
    int status = EXIT_OK;
    if (st != SR_OK) {
        cli_error("%s: %s", path,
                  st == SR_ERR_DB || st == SR_ERR_LIMIT ? sr_store_errmsg(store) : sr_status_name(st));
        status = st == SR_ERR_DB ? EXIT_DB : st == SR_ERR_LIMIT ? EXIT_USAGE : EXIT_SYSTEM;
    }
    sr_store_close(store);
    if (fflush(stdout) != 0) {
        cli_error("quotes: cannot write the output");
        status = EXIT_SYSTEM;
    }
    return status;
}
