/*
 * cmd_validate.c - `sitrep validate`: runs TABARI validation texts and
 * PETRARCH unit-test XML files through the event coder, prints each record
 * that fails (id, expected, got) and ends with "N passed, M failed".
 * Also home of cli_load_dictionaries(), the --dict loader `code` shares.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cli_load_dictionaries(const char *list, int quiet, sr_dict **out)
{
    char *copy = strdup(list);
    if (!copy) {
        cli_error("out of memory");
        return -1;
    }
    const char *paths[256];
    size_t n = 0;
    char *save = NULL;
    for (char *p = strtok_r(copy, ",", &save); p && n < 256; p = strtok_r(NULL, ",", &save))
        if (*p)
            paths[n++] = p;
    char err[2048];
    sr_status st = n ? sr_dict_load(paths, n, out, err, sizeof err) : SR_ERR_USAGE;
    free(copy);
    if (st != SR_OK) {
        cli_error("dictionaries: %s", n ? err : "--dict names no file");
        return -1;
    }
    if (!quiet)
        fprintf(stderr, "sitrep: dictionaries: %s", sr_dict_summary(*out));
    return 0;
}

typedef struct validate_out {
    int show_passed;
    int quiet;
} validate_out;

static void print_record(void *ud, const sr_validation_record *r)
{
    validate_out *vo = ud;
    if (r->passed && !vo->show_passed)
        return;
    if (vo->quiet && r->passed)
        return;
    printf("%s %s\n  expected: %s\n  got:      %s\n", r->passed ? "pass" : "FAIL", r->id, r->expected, r->got);
}

int cmd_validate(int argc, char **argv)
{
    int all = 0, quiet = 0;
    const char *dict_paths = NULL;
    const cli_option opts[] = {
        {"dict", 0, OPT_STRING, &dict_paths, "PATH[,PATH...]",
         "dictionaries to use instead of those the suite names"},
        {"all", 'a', OPT_FLAG, &all, NULL, "print passing records too"},
        {"quiet", 'q', OPT_FLAG, &quiet, NULL, "print only the final count"},
        {0},
    };
    const cli_command self = {
        "validate", "FILE...",
        "Run validation suites through the event coder.",
        "Each FILE is a TABARI validation text (records 'YYMMDD ID', the sentence and the\n"
        "expected events in '{ SRC / TGT / CODE }' comments; its dictionaries come from\n"
        "the .project beside it that names it as <textfile>) or a PETRARCH unit-test XML\n"
        "(<Sentence> records with <EventCoding>; the dictionaries its <Environment>\n"
        "names).  A record passes when exactly the expected events are coded.  Each\n"
        "failing record is printed with what was expected and what was coded; the last\n"
        "line is 'N passed, M failed'.  The exit code is 0 when every record passed,\n"
        "1 when some failed, 2 when a file or dictionary could not be used.\n"
        "Records whose ids number sentences of one story (STORY-001, STORY-002) are\n"
        "coded in sequence, so pronouns carry over as with TABARI's FORWARD:.  With\n"
        "SITREP_CODER_TRACE=1 in the environment each record also shows how the coder\n"
        "classified its words (actors with their codes, verbs, dropped clauses).\n",
        NULL};
    int n_args;
    int rc = cli_parse(&self, opts, argc, argv, &n_args);
    if (rc == -1)
        return EXIT_OK;
    if (rc == -2)
        return EXIT_USAGE;
    if (n_args == 0) {
        cli_error("validate: give a validation file (see 'sitrep validate --help')");
        return EXIT_USAGE;
    }
    const char *paths[256];
    size_t n_dicts = 0;
    char *copy = NULL;
    if (dict_paths) {
        copy = strdup(dict_paths);
        if (!copy)
            return EXIT_SYSTEM;
        char *save = NULL;
        for (char *p = strtok_r(copy, ",", &save); p && n_dicts < 256; p = strtok_r(NULL, ",", &save))
            paths[n_dicts++] = p;
    }
    validate_out vo = {all, quiet};
    unsigned long passed = 0, failed = 0;
    int status = EXIT_OK;
    for (int i = 0; i < n_args; i++) {
        unsigned long p = 0, f = 0;
        char err[2048];
        sr_status st = sr_validate_file(argv[i], paths, n_dicts, quiet ? NULL : print_record, &vo, &p, &f, err,
                                        sizeof err);
        if (st != SR_OK) {
            cli_error("validate: %s", err[0] ? err : sr_status_name(st));
            status = EXIT_USAGE;
            continue;
        }
        passed += p;
        failed += f;
    }
    free(copy);
    printf("%lu passed, %lu failed\n", passed, failed);
    if (fflush(stdout) != 0)
        return EXIT_SYSTEM;
    if (status != EXIT_OK)
        return status;
    return failed ? EXIT_REJECTS : EXIT_OK;
}
