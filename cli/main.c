/*
 * main.c - the `sitrep` tool: finds the subcommand and runs it.
 *
 * Each subcommand lives in its own cmd_*.c (as git's builtin/ does) and is a
 * client of libsitrep like any other program.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const struct {
    const char *name;
    int (*run)(int, char **);
    const char *summary;
} commands[] = {
    {"ingest", cmd_ingest, "read news files into the database"},
    {"code", cmd_code, "print the record of each article as JSON Lines (no database)"},
    {"articles", cmd_articles, "list stored articles"},
    {"search", cmd_search, "full-text search over stored articles"},
    {"stats", cmd_stats, "counts of what the database holds"},
    {"rejects", cmd_rejects, "list input items that could not be read, and why"},
    {"events", cmd_events, "list stored events: who did what to whom, when, where"},
    {"quotes", cmd_quotes, "list stored statements: who said what, when, where"},
    {"validate", cmd_validate, "run a TABARI or PETRARCH validation suite through the event coder"},
};

static void usage(FILE *out)
{
    fprintf(out,
            "usage: sitrep COMMAND [options] [ARGS]\n"
            "\n"
            "sitrep reads news (plain text, JSON Lines, HTML, WARC) and writes a\n"
            "source-linked record of each article: who did what to whom, who said what,\n"
            "when and where.\n"
            "\n"
            "commands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fprintf(out,
            "\n"
            "'sitrep COMMAND --help' tells more about one command.\n"
            "\n"
            "input:\n"
            "  Files, folders (read recursively, in name order) and '-' for standard\n"
            "  input.  The format is found from the content, gzip or not:\n"
            "    text   optional header lines 'url: ', 'title: ', 'date: ', 'outlet: ',\n"
            "           'language: ', 'charset: ' and a blank line, then the text; or a\n"
            "           first line starting ' date YYYY-MM-DD '\n"
            "    jsonl  one JSON object a line: url, title, maintext|text|body,\n"
            "           date_publish|date, source_domain|outlet, language\n"
            "    html   a web page; the article's text is extracted\n"
            "    warc   response and resource records (.warc or .warc.gz)\n"
            "  An item that cannot be read is rejected with a message naming the file\n"
            "  and the place in it; the rest goes on, and `sitrep rejects` lists them.\n"
            "\n"
            "environment:\n"
            "  SITREP_DB   the database when --db is not given (default ./sitrep.db)\n"
            "\n"
            "exit codes:\n"
            "  0  done, every input item was read\n"
            "  1  done, but some input items were rejected\n"
            "  2  the command line was wrong\n"
            "  3  the database could not be opened or written\n"
            "  4  output could not be written, out of memory, or interrupted\n"
            "\n"
            "examples:\n"
            "  sitrep ingest news/ --db news.db     read a folder into news.db\n"
            "  sitrep code story.txt --format jsonl  print one record, no database\n"
            "  sitrep articles --since 2022-02-01    list what is stored\n"
            "  sitrep search 'Black Sea' --format csv\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *name = argv[1];
    if (strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0 || strcmp(name, "help") == 0) {
        usage(stdout);
        return EXIT_OK;
    }
    if (strcmp(name, "--version") == 0 || strcmp(name, "version") == 0) {
        printf("sitrep %s\n", SITREP_VERSION_STRING);
        return EXIT_OK;
    }
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (strcmp(name, commands[i].name) == 0)
            return commands[i].run(argc - 2, argv + 2);
    cli_error("'%s' is not a sitrep command; 'sitrep --help' lists them", name);
    return EXIT_USAGE;
}
