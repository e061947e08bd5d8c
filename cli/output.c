/*
 * output.c - rows out as an aligned table, JSON Lines or CSV.
 *
 * A table must see every row before it can align the columns, so it buffers;
 * JSON Lines and CSV stream.  Table cells are cut to a readable width; the
 * other formats never cut anything.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli.h"
#include "util/buf.h"
#include "util/json.h"
#include "util/utf8.h"

enum { TABLE_CELL_MAX = 60 };

struct cli_rows {
    cli_format format;
    FILE *out;
    long n_rows;
    int n_cols;
    char **names;
    char **cells; /* table: row-major, n_rows * n_cols */
    size_t cap_cells;
};

int cli_format_parse(const char *s)
{
    if (!s || strcmp(s, "table") == 0)
        return FORMAT_TABLE;
    if (strcmp(s, "jsonl") == 0 || strcmp(s, "json") == 0)
        return FORMAT_JSONL;
    if (strcmp(s, "csv") == 0)
        return FORMAT_CSV;
    return -1;
}

cli_rows *cli_rows_new(cli_format format, FILE *out)
{
    cli_rows *r = calloc(1, sizeof *r);
    if (r) {
        r->format = format;
        r->out = out;
    }
    return r;
}

static void csv_cell(FILE *out, const char *v)
{
    if (!v)
        return;
    if (!strpbrk(v, ",\"\n\r")) {
        fputs(v, out);
        return;
    }
    fputc('"', out);
    for (; *v; v++) {
        if (*v == '"')
            fputc('"', out);
        fputc(*v, out);
    }
    fputc('"', out);
}

int cli_rows_add(void *rows, int n, const char *const *names, const char *const *values,
                 const int *numeric)
{
    cli_rows *r = rows;
    if (r->n_rows == 0 && !r->names) {
        r->n_cols = n;
        r->names = calloc((size_t)n, sizeof *r->names);
        for (int i = 0; i < n && r->names; i++)
            r->names[i] = strdup(names[i]);
        if (r->format == FORMAT_CSV) {
            for (int i = 0; i < n; i++) {
                if (i)
                    fputc(',', r->out);
                csv_cell(r->out, names[i]);
            }
            fputc('\n', r->out);
        }
    }
    r->n_rows++;
    if (r->format == FORMAT_JSONL) {
        sr_buf b = SR_BUF_INIT;
        sr_buf_putc(&b, '{');
        for (int i = 0; i < n; i++) {
            if (i)
                sr_buf_putc(&b, ',');
            sr_json_cstr(&b, names[i]);
            sr_buf_putc(&b, ':');
            if (numeric[i] && values[i])
                sr_buf_puts(&b, values[i]);
            else
                sr_json_cstr(&b, values[i]);
        }
        sr_buf_puts(&b, "}\n");
        fwrite(sr_buf_cstr(&b), 1, b.len, r->out);
        sr_buf_free(&b);
    } else if (r->format == FORMAT_CSV) {
        for (int i = 0; i < n; i++) {
            if (i)
                fputc(',', r->out);
            csv_cell(r->out, values[i]);
        }
        fputc('\n', r->out);
    } else {
        size_t need = (size_t)r->n_rows * (size_t)r->n_cols;
        if (need > r->cap_cells) {
            size_t cap = r->cap_cells ? r->cap_cells * 2 : 256;
            while (cap < need)
                cap *= 2;
            char **g = realloc(r->cells, cap * sizeof *g);
            if (!g) {
                r->n_rows--; /* the row has no cells: finish must not read them */
                return 1;
            }
            r->cells = g;
            r->cap_cells = cap;
        }
        char **row = r->cells + (size_t)(r->n_rows - 1) * (size_t)r->n_cols;
        for (int i = 0; i < r->n_cols; i++)
            row[i] = strdup(i < n && values[i] ? values[i] : "");
    }
    return 0;
}

/* Display width, approximated by code points; cells are cut to TABLE_CELL_MAX. */
static size_t cell_width(const char *s)
{
    if (!s) /* a copy that ran out of memory */
        s = "";
    size_t w = sr_utf8_count(s, strlen(s));
    return w > TABLE_CELL_MAX ? TABLE_CELL_MAX : w;
}

static void print_cell(FILE *out, const char *s, size_t width, int last)
{
    if (!s)
        s = "";
    size_t len = strlen(s), i = 0, w = 0;
    size_t full = sr_utf8_count(s, len);
    size_t shown = full > TABLE_CELL_MAX ? TABLE_CELL_MAX - 1 : full;
    while (i < len && w < shown) {
        unsigned char c = (unsigned char)s[i];
        /* a newline inside a cell would break the table */
        if (c == '\n' || c == '\t')
            fputc(' ', out);
        else
            fputc(c, out);
        i++;
        while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
            fputc(s[i++], out);
        w++;
    }
    if (full > TABLE_CELL_MAX) {
        fputs("…", out);
        w++;
    }
    if (!last)
        for (; w < width; w++)
            fputc(' ', out);
}

/* The terminal's width ($COLUMNS, else the tty's), or 160 for a pipe. */
static size_t table_width_limit(void)
{
    const char *env = getenv("COLUMNS");
    if (env && atoi(env) > 20)
        return (size_t)atoi(env);
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20)
        return ws.ws_col;
    return 160;
}

long cli_rows_finish(cli_rows *r)
{
    long n = r->n_rows;
    if (r->format == FORMAT_TABLE && r->names) {
        size_t *width = calloc((size_t)r->n_cols, sizeof *width);
        for (int c = 0; width && c < r->n_cols; c++) {
            width[c] = cell_width(r->names[c]);
            for (long i = 0; i < r->n_rows; i++) {
                size_t w = cell_width(r->cells[(size_t)i * (size_t)r->n_cols + (size_t)c]);
                if (w > width[c])
                    width[c] = w;
            }
        }
        /* as many columns as fit the terminal; the other formats show all */
        size_t limit = table_width_limit(), used = 0;
        int shown = 0;
        while (width && shown < r->n_cols && (shown < 2 || used + width[shown] <= limit)) {
            used += width[shown] + 2;
            shown++;
        }
        for (int c = 0; width && c < shown; c++) {
            print_cell(r->out, r->names[c], width[c], c == shown - 1);
            fputs(c == shown - 1 ? "\n" : "  ", r->out);
        }
        for (long i = 0; width && i < r->n_rows; i++)
            for (int c = 0; c < shown; c++) {
                print_cell(r->out, r->cells[(size_t)i * (size_t)r->n_cols + (size_t)c], width[c],
                           c == shown - 1);
                fputs(c == shown - 1 ? "\n" : "  ", r->out);
            }
        if (width && shown < r->n_cols && isatty(fileno(r->out)))
            fprintf(stderr, "(%d more columns: --format csv or jsonl shows them all)\n",
                    r->n_cols - shown);
        free(width);
    }
    for (long i = 0; r->cells && i < r->n_rows * r->n_cols; i++)
        free(r->cells[i]);
    free(r->cells);
    for (int c = 0; r->names && c < r->n_cols; c++)
        free(r->names[c]);
    free(r->names);
    free(r);
    return n;
}
