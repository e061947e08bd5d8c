/*
 * pipeline.c - the reader, context and dictionaries that `sitrep code` and
 * `sitrep ingest` both set up from their options.
 */
#include <string.h>

#include "cli.h"

int cli_pipeline_open(cli_pipeline *p, char **inputs, int n_inputs, const int *quiet,
                      int no_langid, const char *dict_paths)
{
    p->ctx = sr_context_new();
    p->reader = NULL;
    p->dict = NULL;
    if (!p->ctx ||
        sr_reader_open(p->ctx, (const char *const *)inputs, (size_t)n_inputs, &p->reader) != SR_OK) {
        cli_error("out of memory");
        cli_pipeline_close(p);
        return EXIT_SYSTEM;
    }
    sr_context_set_diag(p->ctx, cli_diag, (void *)quiet);
    sr_context_set_langid(p->ctx, !no_langid);
    if (!dict_paths) {
        /* sitrep's own dictionaries; without them the rest still works */
        char err[2048];
        if (sr_dict_load_default(&p->dict, err, sizeof err) != SR_OK) {
            char msg[2100];
            snprintf(msg, sizeof msg, "events are not coded: %s", err);
            sr_diag d = {SR_DIAG_WARNING, "dictionaries", msg, "set SITREP_DATA_DIR to sitrep's data folder"};
            cli_diag((void *)quiet, &d);
        }
    } else if (strcmp(dict_paths, "none") != 0 &&
               cli_load_dictionaries(dict_paths, *quiet, &p->dict) != 0) {
        cli_pipeline_close(p);
        return EXIT_USAGE;
    }
    sr_context_set_dictionaries(p->ctx, p->dict);
    return CLI_GO_ON;
}

void cli_pipeline_close(cli_pipeline *p)
{
    sr_reader_close(p->reader);
    sr_context_free(p->ctx); /* before the dictionaries it refers to */
    sr_dict_free(p->dict);
    p->reader = NULL;
    p->ctx = NULL;
    p->dict = NULL;
}
