/*
 * cmd_code.c - `sitrep code`: print each article's record as JSON Lines,
 * straight from the input, with no database.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cmd_code(int argc, char **argv)
{
    const char *format = "jsonl";
    int with_body = 0, with_sentences = 0, with_negated = 0, quiet = 0, no_langid = 0;
    const char *dict_paths = NULL;
    const cli_option opts[] = {
        {"format", 'f', OPT_STRING, &format, "FMT", "jsonl (the only record format for now)"},
        {"with-body", 0, OPT_FLAG, &with_body, NULL, "add the normalized text as \"body\""},
        {"with-sentences", 0, OPT_FLAG, &with_sentences, NULL,
         "add \"sentences\": [[start, end], ...] in code points"},
        {"with-negated", 0, OPT_FLAG, &with_negated, NULL,
         "keep events that did not happen (\"did not agree\"), with modality \"negated\""},
        {"no-langid", 0, OPT_FLAG, &no_langid, NULL, "do not guess languages"},
        {"dict", 0, OPT_STRING, &dict_paths, "PATH[,PATH...]",
         "code events with these dictionaries (TABARI/PETRARCH files, a TABARI .project, "
         "or folders) instead of sitrep's own; 'none' codes no events"},
        {"quiet", 'q', OPT_FLAG, &quiet, NULL, "only errors on standard error"},
        {0},
    };
    const cli_command self = {
        "code", "PATH...|-",
        "Print one JSON record per article (the record contract), without a database.",
        "Each line holds id, path, url, title, outlet, date, language, and the events,\n"
        "quotes, places, people and organizations found.  Spans are code-point offsets\n"
        "into the normalized body (--with-body adds it).  Rejected items are reported on\n"
        "standard error and the exit code is 1.\n",
        NULL};
    int n_args;
    int rc = cli_parse_command(&self, opts, argc, argv, &n_args, 1);
    if (rc != CLI_GO_ON)
        return rc;
    if (strcmp(format, "jsonl") != 0 && strcmp(format, "json") != 0) {
        cli_error("code: --format %s is not known; records are written as jsonl", format);
        return EXIT_USAGE;
    }
    cli_pipeline p;
    rc = cli_pipeline_open(&p, argv, n_args, &quiet, no_langid, dict_paths);
    if (rc != CLI_GO_ON)
        return rc;
    unsigned flags = (with_body ? SR_RECORD_WITH_BODY : 0) |
                     (with_sentences ? SR_RECORD_WITH_SENTENCES : 0) |
                     (with_negated ? SR_RECORD_WITH_NEGATED : 0);
    int status = EXIT_OK;
    for (;;) {
        sr_article *a;
        sr_reject rej;
        sr_item item = sr_reader_next(p.reader, &a, &rej);
        if (item == SR_ITEM_END)
            break;
        if (item == SR_ITEM_REJECT) {
            status = EXIT_REJECTS; /* reported through the diagnostic callback */
            continue;
        }
        sr_status st = sr_article_analyze(p.ctx, a);
        if (st == SR_OK)
            st = sr_record_write_json(a, flags, stdout);
        sr_article_free(a);
        if (st != SR_OK) {
            cli_error("code: %s", st == SR_ERR_IO ? "cannot write the output" : sr_status_name(st));
            status = EXIT_SYSTEM;
            break;
        }
    }
    if (fflush(stdout) != 0 && status != EXIT_SYSTEM) {
        cli_error("code: cannot write the output");
        status = EXIT_SYSTEM;
    }
    cli_pipeline_close(&p);
    return status;
}
