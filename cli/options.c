/*
 * options.c - one option parser for every subcommand; --help is generated
 * from the same table, so the two cannot drift apart.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

void cli_error(const char *fmt, ...)
{
    va_list ap;
    fputs("sitrep: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

void cli_print_help(const cli_command *cmd, const cli_option *opts, FILE *out)
{
    fprintf(out, "usage: sitrep %s [options] %s\n\n%s\n", cmd->name, cmd->args, cmd->summary);
    if (cmd->description && *cmd->description)
        fprintf(out, "\n%s", cmd->description);
    fprintf(out, "\noptions:\n");
    for (const cli_option *o = opts; o && o->name; o++) {
        char left[64];
        if (o->short_name)
            snprintf(left, sizeof left, "-%c, --%s%s%s", o->short_name, o->name,
                     o->arg_name ? " " : "", o->arg_name ? o->arg_name : "");
        else
            snprintf(left, sizeof left, "    --%s%s%s", o->name, o->arg_name ? " " : "",
                     o->arg_name ? o->arg_name : "");
        fprintf(out, "  %-26s %s\n", left, o->help);
    }
    fprintf(out, "  %-26s %s\n", "-h, --help", "show this help");
}

static const cli_option *find_long(const cli_option *opts, const char *name, size_t n)
{
    for (const cli_option *o = opts; o && o->name; o++)
        if (strlen(o->name) == n && strncmp(o->name, name, n) == 0)
            return o;
    return NULL;
}

static const cli_option *find_short(const cli_option *opts, char c)
{
    for (const cli_option *o = opts; o && o->name; o++)
        if (o->short_name == c)
            return o;
    return NULL;
}

static int set_value(const cli_command *cmd, const cli_option *o, const char *value)
{
    if (o->kind == OPT_STRING) {
        *(const char **)o->target = value;
        return 0;
    }
    char *end;
    errno = 0;
    long v = strtol(value, &end, 10);
    if (errno || end == value || *end) {
        cli_error("%s: --%s takes a whole number, not '%s'", cmd->name, o->name, value);
        return -2;
    }
    *(long *)o->target = v;
    return 0;
}

int cli_parse(const cli_command *cmd, const cli_option *opts, int argc, char **argv,
              int *n_args)
{
    int n = 0, only_args = 0;
    for (int i = 0; i < argc; i++) {
        char *a = argv[i];
        if (only_args || a[0] != '-' || strcmp(a, "-") == 0) {
            argv[n++] = a;
            continue;
        }
        if (strcmp(a, "--") == 0) {
            only_args = 1;
            continue;
        }
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            cli_print_help(cmd, opts, stdout);
            return -1;
        }
        const cli_option *o;
        const char *value = NULL;
        if (a[1] == '-') {
            const char *eq = strchr(a + 2, '=');
            size_t len = eq ? (size_t)(eq - a - 2) : strlen(a + 2);
            o = find_long(opts, a + 2, len);
            if (eq)
                value = eq + 1;
        } else {
            o = a[2] ? NULL : find_short(opts, a[1]);
        }
        if (!o) {
            cli_error("%s: unknown option '%s' (see 'sitrep %s --help')", cmd->name, a,
                      cmd->name);
            return -2;
        }
        if (o->kind == OPT_FLAG) {
            if (value) {
                cli_error("%s: --%s takes no value", cmd->name, o->name);
                return -2;
            }
            *(int *)o->target = 1;
            continue;
        }
        if (!value) {
            if (i + 1 >= argc) {
                cli_error("%s: --%s needs a value (%s)", cmd->name, o->name, o->arg_name);
                return -2;
            }
            value = argv[++i];
        }
        if (set_value(cmd, o, value) != 0)
            return -2;
    }
    *n_args = n;
    return 0;
}

int cli_parse_command(const cli_command *cmd, const cli_option *opts, int argc, char **argv,
                      int *n_args, int need_args)
{
    int rc = cli_parse(cmd, opts, argc, argv, n_args);
    if (rc == -1)
        return EXIT_OK;
    if (rc == -2)
        return EXIT_USAGE;
    if (need_args && *n_args == 0) {
        cli_error("%s: give %s (see 'sitrep %s --help')", cmd->name, cmd->args, cmd->name);
        return EXIT_USAGE;
    }
    if (!need_args && *n_args > 0) {
        cli_error("%s: unexpected argument '%s'", cmd->name, argv[0]);
        return EXIT_USAGE;
    }
    return CLI_GO_ON;
}

const char *cli_db_path(const char *opt)
{
    if (opt && *opt)
        return opt;
    const char *env = getenv("SITREP_DB");
    return env && *env ? env : "sitrep.db";
}

void cli_diag(void *quiet_flag, const sr_diag *d)
{
    if (quiet_flag && *(int *)quiet_flag && d->severity != SR_DIAG_ERROR)
        return;
    const char *level = d->severity == SR_DIAG_ERROR     ? ""
                        : d->severity == SR_DIAG_WARNING ? "warning: "
                                                         : "note: ";
    fprintf(stderr, "sitrep: %s%s%s%s", level, d->where ? d->where : "", d->where ? ": " : "",
            d->message);
    if (d->hint)
        fprintf(stderr, " (%s)", d->hint);
    fputc('\n', stderr);
}
