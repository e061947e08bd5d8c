/*
 * cmd_query.c - the commands that read the database: `sitrep articles`,
 * `sitrep search`, `sitrep stats`, `sitrep rejects`, `sitrep events` and
 * `sitrep quotes`.  They differ only in the query they run, so they share
 * one frame.
 */
#include <string.h>

#include "cli.h"

typedef struct query_args {
    const char *db, *format, *since, *until, *outlet;
    const char *actor, *type, *modality, *place; /* events */
    const char *speaker, *search, *kind;         /* quotes */
    int with_negated;
    long limit;
    int n_args;
    char **args;
} query_args;

typedef sr_status (*query_fn)(sr_store *s, const query_args *q, sr_row_fn fn, void *ud);

/* Parses options common to the query commands, opens the store, runs the
 * query into the chosen output format. */
static int run_query_command(const cli_command *self, cli_option *extra, int want_args,
                             query_fn query, int argc, char **argv, query_args *q)
{
    cli_option opts[16];
    size_t n = 0;
    opts[n++] = (cli_option){"db", 0, OPT_STRING, &q->db, "FILE",
                             "database file (default $SITREP_DB or ./sitrep.db)"};
    opts[n++] = (cli_option){"format", 'f', OPT_STRING, &q->format, "FMT",
                             "table (default), jsonl or csv"};
    for (cli_option *o = extra; o && o->name; o++)
        opts[n++] = *o;
    opts[n] = (cli_option){0};

    int rc = cli_parse_command(self, opts, argc, argv, &q->n_args, want_args);
    if (rc != CLI_GO_ON)
        return rc;
    q->args = argv;
    int format = cli_format_parse(q->format);
    if (format < 0) {
        cli_error("%s: --format %s is not known; use table, jsonl or csv", self->name, q->format);
        return EXIT_USAGE;
    }
    char err[1024];
    sr_store *store;
    const char *path = cli_db_path(q->db);
    if (sr_store_open(path, &store, err, sizeof err) != SR_OK) {
        cli_error("%s", err);
        return EXIT_DB;
    }
    cli_rows *rows = cli_rows_new((cli_format)format, stdout);
    sr_status st = rows ? query(store, q, cli_rows_add, rows) : SR_ERR_NOMEM;
    if (rows)
        cli_rows_finish(rows);
    int status = EXIT_OK;
    if (st == SR_ERR_USAGE) {
        status = EXIT_USAGE; /* the query said why */
    } else if (st != SR_OK) {
        cli_error("%s: %s", path,
                  st == SR_ERR_DB || st == SR_ERR_LIMIT ? sr_store_errmsg(store) : sr_status_name(st));
        status = st == SR_ERR_DB ? EXIT_DB : st == SR_ERR_LIMIT ? EXIT_USAGE : EXIT_SYSTEM;
    }
    sr_store_close(store);
    if (fflush(stdout) != 0) {
        cli_error("%s: cannot write the output", self->name);
        status = EXIT_SYSTEM;
    }
    return status;
}

static sr_status query_articles(sr_store *s, const query_args *q, sr_row_fn fn, void *ud)
{
    sr_article_filter f = {q->since, q->until, q->outlet, q->limit};
    return sr_store_list_articles(s, &f, fn, ud);
}

int cmd_articles(int argc, char **argv)
{
    query_args q = {.limit = 0};
    cli_option extra[] = {
        {"since", 0, OPT_STRING, &q.since, "DATE", "only articles published on or after DATE (YYYY-MM-DD)"},
        {"until", 0, OPT_STRING, &q.until, "DATE", "only articles published on or before DATE"},
        {"outlet", 0, OPT_STRING, &q.outlet, "NAME", "only articles of this outlet"},
        {"limit", 'n', OPT_LONG, &q.limit, "N", "at most N articles"},
        {0},
    };
    const cli_command self = {"articles", "", "List stored articles, newest first.", NULL, NULL};
    return run_query_command(&self, extra, 0, query_articles, argc, argv, &q);
}

static sr_status query_search(sr_store *s, const query_args *q, sr_row_fn fn, void *ud)
{
    /* several words on the command line form one query */
    char query[4096] = "";
    size_t used = 0;
    for (int i = 0; i < q->n_args; i++) {
        int w = snprintf(query + used, sizeof query - used, "%s%s", i ? " " : "", q->args[i]);
        if (w < 0 || (size_t)w >= sizeof query - used)
            return SR_ERR_LIMIT;
        used += (size_t)w;
    }
    return sr_store_search(s, query, q->limit > 0 ? q->limit : 20, fn, ud);
}

int cmd_search(int argc, char **argv)
{
    query_args q = {.limit = 0};
    cli_option extra[] = {
        {"limit", 'n', OPT_LONG, &q.limit, "N", "at most N results (default 20)"},
        {0},
    };
    const cli_command self = {
        "search", "WORDS...", "Full-text search over titles and texts, best match first.",
        "Words are all required; \"an exact phrase\", OR, NOT and prefix* work as in\n"
        "SQLite FTS5.  Accents are ignored: Constanta finds Constanța.\n",
        NULL};
    return run_query_command(&self, extra, 1, query_search, argc, argv, &q);
}

static sr_status query_stats(sr_store *s, const query_args *q, sr_row_fn fn, void *ud)
{
    (void)q;
    return sr_store_stats(s, fn, ud);
}

int cmd_stats(int argc, char **argv)
{
    query_args q = {.limit = 0};
    const cli_command self = {"stats", "", "Count what the database holds.", NULL, NULL};
    return run_query_command(&self, NULL, 0, query_stats, argc, argv, &q);
}

static sr_status query_rejects(sr_store *s, const query_args *q, sr_row_fn fn, void *ud)
{
    return sr_store_list_rejects(s, q->limit, fn, ud);
}

int cmd_rejects(int argc, char **argv)
{
    query_args q = {.limit = 0};
    cli_option extra[] = {
        {"limit", 'n', OPT_LONG, &q.limit, "N", "at most N rejects"},
        {0},
    };
    const cli_command self = {
        "rejects", "", "List input items that could not be read, where they were and why.",
        "The bytes of each rejected item are kept in the database (rejects.raw).\n", NULL};
    return run_query_command(&self, extra, 0, query_rejects, argc, argv, &q);
}

static sr_status query_events(sr_store *s, const query_args *q, sr_row_fn fn, void *ud)
{
    static const char *const modalities[] = {"asserted", "announced", "conditional", "negated"};
    int known = !q->modality;
    for (size_t i = 0; i < 4 && !known; i++)
        known = strcmp(q->modality, modalities[i]) == 0;
    if (!known) {
        cli_error("events: --modality %s is not known; use asserted, announced, conditional or negated",
                  q->modality);
        return SR_ERR_USAGE;
    }
    sr_event_filter f = {q->actor, q->type,  q->modality,     q->since,
                         q->until, q->place, q->with_negated, q->limit};
    return sr_store_list_events(s, &f, fn, ud);
}

int cmd_events(int argc, char **argv)
{
    query_args q = {.limit = 0};
    cli_option extra[] = {
        {"actor", 'a', OPT_STRING, &q.actor, "TEXT",
         "only events whose source or target code, name or mention holds TEXT (RUS, Stoltenberg)"},
        {"type", 't', OPT_STRING, &q.type, "TYPE",
         "only events of this PLOVER type (ASSAULT) or CAMEO code prefix (19)"},
        {"modality", 0, OPT_STRING, &q.modality, "M", "only asserted, announced, conditional or negated events"},
        {"with-negated", 0, OPT_FLAG, &q.with_negated, NULL,
         "list events that did not happen too (\"did not agree\"), as `code --with-negated` does"},
        {"place", 0, OPT_STRING, &q.place, "TEXT", "only events placed in a place whose name holds TEXT, or in country code TEXT"},
        {"since", 0, OPT_STRING, &q.since, "DATE", "only events dated on or after DATE (YYYY-MM-DD)"},
        {"until", 0, OPT_STRING, &q.until, "DATE", "only events dated on or before DATE"},
        {"limit", 'n', OPT_LONG, &q.limit, "N", "at most N events"},
        {0},
    };
    const cli_command self = {
        "events", "", "List stored events: who did what to whom, when and where.",
        "Events are coded when articles are ingested, with sitrep's own dictionaries\n"
        "unless `ingest --dict` named others: PLOVER type and mode, CAMEO code,\n"
        "Goldstein score, modality, source and target actors with their codes, the\n"
        "place (and whether the clause, the sentence or the dateline named it) and\n"
        "the date (stated in the sentence, or the publication's).  Newest first.\n"
        "\n"
        "examples:\n"
        "  sitrep events --actor RUS --type ASSAULT --since 2022-02-24\n"
        "  sitrep events --place ROU --format csv\n",
        NULL};
    return run_query_command(&self, extra, 0, query_events, argc, argv, &q);
}

static sr_status query_quotes(sr_store *s, const query_args *q, sr_row_fn fn, void *ud)
{
    if (q->kind && strcmp(q->kind, "direct") != 0 && strcmp(q->kind, "indirect") != 0 &&
        strcmp(q->kind, "mixed") != 0) {
        cli_error("quotes: --kind %s is not known; use direct, indirect or mixed", q->kind);
        return SR_ERR_USAGE;
    }
    sr_quote_filter f = {q->speaker, q->since, q->until, q->search, q->kind, q->limit};
    return sr_store_list_quotes(s, &f, fn, ud);
}

int cmd_quotes(int argc, char **argv)
{
    query_args q = {.limit = 0};
    cli_option extra[] = {
        {"speaker", 's', OPT_STRING, &q.speaker, "NAME",
         "only quotations whose speaker's name or mention holds NAME (any case)"},
        {"since", 0, OPT_STRING, &q.since, "DATE", "only articles published on or after DATE (YYYY-MM-DD)"},
        {"until", 0, OPT_STRING, &q.until, "DATE", "only articles published on or before DATE"},
        {"search", 0, OPT_STRING, &q.search, "WORDS", "only quotations holding all these words (any case)"},
        {"kind", 0, OPT_STRING, &q.kind, "KIND", "only direct, indirect or mixed quotations"},
        {"limit", 'n', OPT_LONG, &q.limit, "N", "at most N quotations"},
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
    return run_query_command(&self, extra, 0, query_quotes, argc, argv, &q);
}
