/*
 * cli.h - what the subcommands share: the command table, one option parser
 * (which also writes --help from the same tables), output writers, exit codes.
 */
#ifndef SITREP_CLI_H
#define SITREP_CLI_H

#include <sitrep/sitrep.h>
#include <stdio.h>

/* Exit codes (documented in `sitrep --help` and the README). */
enum {
    EXIT_OK = 0,       /* done; every input item was read */
    EXIT_REJECTS = 1,  /* done; some input items were rejected (see `sitrep rejects`) */
    EXIT_USAGE = 2,    /* the command line was wrong */
    EXIT_DB = 3,       /* the database could not be opened or written */
    EXIT_SYSTEM = 4,   /* output could not be written, out of memory, interrupted */
};

typedef enum cli_opt_kind { OPT_FLAG, OPT_STRING, OPT_LONG } cli_opt_kind;

typedef struct cli_option {
    const char *name;     /* long name without "--" */
    char short_name;      /* 0 when none */
    cli_opt_kind kind;
    void *target;         /* int* for flags, const char** for strings, long* for numbers */
    const char *arg_name; /* shown in help: FILE, N, ... */
    const char *help;
} cli_option;

typedef struct cli_command {
    const char *name;
    const char *args;        /* positional arguments, for the usage line */
    const char *summary;     /* one line */
    const char *description; /* paragraphs for --help */
    int (*run)(int argc, char **argv);
} cli_command;

/* Parses argv against opts (plus --help), leaving positional arguments in
 * argv[0..*n_args).  Returns -1 when --help was printed (exit 0), -2 on a
 * usage error (message printed, exit 2), else 0. */
int cli_parse(const cli_command *cmd, const cli_option *opts, int argc, char **argv,
              int *n_args);
void cli_print_help(const cli_command *cmd, const cli_option *opts, FILE *out);
/* cli_parse for a subcommand that reads inputs: also refuses an empty list
 * of PATHs when need_args is set.  Returns CLI_GO_ON to go on, else the exit
 * code to return (after --help: EXIT_OK; on a usage error: EXIT_USAGE). */
#define CLI_GO_ON (-1)
int cli_parse_command(const cli_command *cmd, const cli_option *opts, int argc, char **argv,
                      int *n_args, int need_args);

/* Output of rows: aligned table, JSON Lines or CSV. */
typedef enum cli_format { FORMAT_TABLE, FORMAT_JSONL, FORMAT_CSV } cli_format;
/* Reads "table", "jsonl"/"json", "csv"; -1 when unknown. */
int cli_format_parse(const char *s);

typedef struct cli_rows cli_rows;
cli_rows *cli_rows_new(cli_format format, FILE *out);
/* An sr_row_fn: pass the cli_rows as userdata. */
int cli_rows_add(void *rows, int n, const char *const *names, const char *const *values,
                 const int *numeric);
/* Writes what a table buffered; returns the number of rows. */
long cli_rows_finish(cli_rows *rows);

/* Diagnostics to stderr as "sitrep: WHERE: MESSAGE". */
void cli_diag(void *quiet_flag, const sr_diag *d);
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* The database path: --db, else $SITREP_DB, else ./sitrep.db. */
const char *cli_db_path(const char *opt);

/* What `code` and `ingest` share: a context with diagnostics, language id
 * and optional dictionaries, and a reader over the command's inputs. */
typedef struct cli_pipeline {
    sr_context *ctx;
    sr_reader *reader;
    sr_dict *dict;
} cli_pipeline;

/* Opens it; returns CLI_GO_ON, or the exit code after printing why.
 * `quiet` must outlive the pipeline (the diagnostics read it). */
int cli_pipeline_open(cli_pipeline *p, char **inputs, int n_inputs, const int *quiet,
                      int no_langid, const char *dict_paths);
void cli_pipeline_close(cli_pipeline *p);

int cmd_ingest(int argc, char **argv);
int cmd_code(int argc, char **argv);
int cmd_articles(int argc, char **argv);
int cmd_search(int argc, char **argv);
int cmd_stats(int argc, char **argv);
int cmd_rejects(int argc, char **argv);
int cmd_events(int argc, char **argv);
int cmd_quotes(int argc, char **argv);
int cmd_validate(int argc, char **argv);

/* Loads the dictionaries of a --dict value (paths separated by ','), with
 * the load summary on standard error unless quiet.  0 on success; else the
 * error was printed. */
int cli_load_dictionaries(const char *list, int quiet, sr_dict **out);

#endif
