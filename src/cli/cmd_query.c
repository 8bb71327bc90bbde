/* dyad query, dyad stats and dyad export: read the event store. They share the event filter
 * options; the writers below turn stored events into a table, CSV, JSON Lines or GDELT rows. */
#include "commands.h"
#include "../store/store.h"
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum out_format { OUT_TABLE, OUT_JSONL, OUT_CSV, OUT_GDELT };

typedef struct {
    const char *command; /* "query", "stats" or "export", for messages */
    const char *db;
    dyad_store_filter filter;
    enum out_format format;
    enum dyad_store_period by;
} read_options;

static const char filter_help[] =
    "  --db DB           SQLite file or postgresql:// URL (required)\n"
    "  --from DATE       events on or after DATE (YYYY-MM-DD)\n"
    "  --to DATE         events on or before DATE\n"
    "  --source CODE     source actor code prefix (RUS matches RUS, RUSGOV, RUSMIL)\n"
    "  --target CODE     target actor code prefix\n"
    "  --code CODE       CAMEO event code, exactly (e.g. 042)\n"
    "  --root RR         CAMEO root code (two digits, e.g. 19)\n"
    "  --quad N          quad class 1-4 (verbal/material cooperation, verbal/material conflict)\n"
    "  --text WORDS      events reported by a sentence containing all the words (full-text search)\n";

static void usage(FILE *out, const char *command)
{
    if (strcmp(command, "stats") == 0)
        fputs("usage: dyad stats --db DB [--by day|week|month] [--dyad SRC,TGT] [filters]\n\n"
              "Counts events per period (with quad classes and summed Goldstein), per root code and quad\n"
              "class, and the top actors and dyads, as tab-separated tables.\n\n"
              "options:\n"
              "  --by P            day (default), week (starting Monday) or month\n"
              "  --dyad SRC,TGT    only events from SRC to TGT (code prefixes)\n", out);
    else if (strcmp(command, "export") == 0)
        fputs("usage: dyad export --db DB [--format gdelt|csv|jsonl] [filters]\n\n"
              "Writes every stored event that matches the filters, one per line. gdelt (the default) is\n"
              "the GDELT 2.0 event table: 61 tab-separated columns, empty where dyad has no value.\n\n"
              "options:\n"
              "  --format F        gdelt (default), csv or jsonl\n", out);
    else
        fputs("usage: dyad query --db DB [filters] [--format table|jsonl|csv] [--limit N]\n\n"
              "Prints the stored events that match every filter, with their counts and first mention.\n\n"
              "options:\n"
              "  --format F        table (default), jsonl or csv\n"
              "  --limit N         at most N events\n", out);
    fputs(filter_help, out);
}

static int fail(const char *command, const char *what, const char *value)
{
    fprintf(stderr, "dyad %s: %s, not '%s'\n", command, what, value);
    return 2;
}

static int all_digits(const char *s, size_t min, size_t max)
{
    size_t n = strlen(s);
    if (n < min || n > max) return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return 0;
    return 1;
}

static int parse_format(read_options *o, const char *s)
{
    static const struct { const char *name; enum out_format f; int query, export; } formats[] = {
        {"table", OUT_TABLE, 1, 0}, {"jsonl", OUT_JSONL, 1, 1}, {"csv", OUT_CSV, 1, 1}, {"gdelt", OUT_GDELT, 0, 1}};
    int export = strcmp(o->command, "export") == 0;
    for (size_t i = 0; i < sizeof formats / sizeof *formats; i++)
        if (strcmp(s, formats[i].name) == 0 && (export ? formats[i].export : formats[i].query)) {
            o->format = formats[i].f;
            return 0;
        }
    return fail(o->command, export ? "--format must be gdelt, csv or jsonl" : "--format must be table, jsonl or csv", s);
}

/* "SRC,TGT" -> source and target prefixes (pointing into s, which is modified). */
static int parse_dyad(read_options *o, char *s)
{
    char *comma = strchr(s, ',');
    if (!comma || comma == s || !comma[1]) return fail(o->command, "--dyad must be SRC,TGT", s);
    *comma = '\0';
    o->filter.source = s;
    o->filter.target = comma + 1;
    return 0;
}

static int parse_option(read_options *o, int c, char *arg)
{
    dyad_store_filter *f = &o->filter;
    switch (c) {
    case 'b': o->db = arg; return 0;
    case 'F': if (!(f->from = dyad_parse_iso_date(arg))) return fail(o->command, "--from must be YYYY-MM-DD", arg); return 0;
    case 'T': if (!(f->to = dyad_parse_iso_date(arg))) return fail(o->command, "--to must be YYYY-MM-DD", arg); return 0;
    case 's': f->source = arg; return 0;
    case 't': f->target = arg; return 0;
    case 'c': if (!all_digits(arg, 2, 4)) return fail(o->command, "--code must be a CAMEO code of 2-4 digits", arg); f->code = arg; return 0;
    case 'r': if (!all_digits(arg, 2, 2)) return fail(o->command, "--root must be two digits", arg); f->root = arg; return 0;
    case 'q': if (!all_digits(arg, 1, 1) || arg[0] < '1' || arg[0] > '4') return fail(o->command, "--quad must be 1, 2, 3 or 4", arg);
              f->quad = arg[0] - '0'; return 0;
    case 'x': if (!arg[strspn(arg, " \t")]) return fail(o->command, "--text needs at least one word", arg); f->text = arg; return 0;
    case 'f': return parse_format(o, arg);
    case 'l': if (!all_digits(arg, 1, 18) || !(f->limit = atoll(arg))) return fail(o->command, "--limit must be a positive number", arg); return 0;
    case 'y':
        if (strcmp(arg, "day") == 0) o->by = DYAD_BY_DAY;
        else if (strcmp(arg, "week") == 0) o->by = DYAD_BY_WEEK;
        else if (strcmp(arg, "month") == 0) o->by = DYAD_BY_MONTH;
        else return fail(o->command, "--by must be day, week or month", arg);
        return 0;
    case 'd': return parse_dyad(o, arg);
    case 'h': usage(stdout, o->command); return 1;
    default: usage(stderr, o->command); return 2;
    }
}

/* --by and --dyad are stats options, --format is not; --limit is for query only. */
static int allowed(const char *command, int c)
{
    if (strcmp(command, "stats") == 0) return c != 'f' && c != 'l';
    if (c == 'y' || c == 'd') return 0;
    return c != 'l' || strcmp(command, "query") == 0;
}

/* Parses the options of one of the three commands; returns -1 to go on, else the exit status. */
static int parse_options(read_options *o, int argc, char **argv)
{
    static const struct option options[] = {
        {"db", required_argument, NULL, 'b'}, {"from", required_argument, NULL, 'F'}, {"to", required_argument, NULL, 'T'},
        {"source", required_argument, NULL, 's'}, {"target", required_argument, NULL, 't'},
        {"code", required_argument, NULL, 'c'}, {"root", required_argument, NULL, 'r'}, {"quad", required_argument, NULL, 'q'},
        {"text", required_argument, NULL, 'x'}, {"format", required_argument, NULL, 'f'}, {"limit", required_argument, NULL, 'l'},
        {"by", required_argument, NULL, 'y'}, {"dyad", required_argument, NULL, 'd'}, {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    int c, index;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", options, &index)) != -1) {
        if (!allowed(o->command, c)) {
            fprintf(stderr, "dyad %s: unknown option '--%s'\n", o->command, options[index].name);
            return 2;
        }
        int rc = parse_option(o, c, optarg);
        if (rc == 1) return 0;
        if (rc) return rc;
    }
    if (optind < argc) { fprintf(stderr, "dyad %s: unexpected argument '%s'\n", o->command, argv[optind]); return 2; }
    if (!o->db) { fprintf(stderr, "dyad %s: --db PATH or --db postgresql://... is required\n", o->command); return 2; }
    return -1;
}

/* ---- writers ---- */

static void write_date(FILE *out, int32_t d, const char *sep)
{
    if (d) fprintf(out, "%04d%s%02d%s%02d", d / 10000, sep, d / 100 % 100, sep, d % 100);
}

/* Text in a tab-separated or table cell: tabs and line breaks become spaces. */
static void write_plain(FILE *out, const char *s, size_t max)
{
    for (size_t i = 0; s && s[i] && i < max; i++) fputc(s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i], out);
}

static void write_csv_field(FILE *out, const char *s)
{
    fputc('"', out);
    for (; s && *s; s++) {
        if (*s == '"') fputc('"', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

static const char csv_header[] =
    "id,date,source,target,code,root,quad_class,goldstein,num_mentions,num_sources,num_articles,"
    "doc_id,url,source_text,target_text,sentence\n";

static void write_csv(FILE *out, const dyad_stored_event *e)
{
    fprintf(out, "%lld,", e->id);
    write_date(out, e->date, "-");
    fprintf(out, ",%s,%s,%s,%s,", e->source, e->target, e->code, e->root);
    if (e->quad_class) fprintf(out, "%d,%g", e->quad_class, e->goldstein); else fputc(',', out);
    fprintf(out, ",%lld,%lld,%lld,", e->mentions, e->sources, e->articles);
    const char *texts[] = {e->doc_id, e->url, e->source_text, e->target_text, e->sentence};
    for (int i = 0; i < 5; i++) {
        if (i) fputc(',', out);
        write_csv_field(out, texts[i]);
    }
    fputc('\n', out);
}

static void write_jsonl(FILE *out, const dyad_stored_event *e)
{
    char date[16] = "";
    if (e->date) snprintf(date, sizeof date, "%04d-%02d-%02d", e->date / 10000, e->date / 100 % 100, e->date % 100);
    json_t *o = json_pack("{s:I, s:s?, s:s, s:s, s:s, s:s, s:o, s:o, s:I, s:I, s:I, s:s?, s:s?, s:s?, s:s?, s:s?}",
        "id", (json_int_t)e->id, "date", e->date ? date : NULL, "source", e->source, "target", e->target,
        "code", e->code, "root", e->root, "quad_class", e->quad_class ? json_integer(e->quad_class) : json_null(),
        "goldstein", e->quad_class ? json_real(e->goldstein) : json_null(), "num_mentions", (json_int_t)e->mentions,
        "num_sources", (json_int_t)e->sources, "num_articles", (json_int_t)e->articles, "doc_id", e->doc_id,
        "url", e->url, "source_text", e->source_text, "target_text", e->target_text, "sentence", e->sentence);
    if (!o) { fprintf(stderr, "dyad: could not encode event %lld as JSON\n", e->id); return; }
    json_dumpf(o, out, JSON_COMPACT);
    fputc('\n', out);
    json_decref(o);
}

static const char table_header[] = "id\tdate\tsource\ttarget\tcode\tquad\tgoldstein\tmentions\tsources\tarticles\tsentence\n";

static void write_table(FILE *out, const dyad_stored_event *e)
{
    fprintf(out, "%lld\t", e->id);
    write_date(out, e->date, "-");
    fprintf(out, "\t%s\t%s\t%s\t", e->source, e->target, e->code);
    if (e->quad_class) fprintf(out, "%d\t%g\t", e->quad_class, e->goldstein); else fputs("\t\t", out);
    fprintf(out, "%lld\t%lld\t%lld\t", e->mentions, e->sources, e->articles);
    write_plain(out, e->sentence, 160);
    fputc('\n', out);
}

/* The GDELT 2.0 event table, in its documented column order; "" fields are those dyad has no
 * value for (actor attributes, tone, geography). */
static void write_gdelt(FILE *out, const dyad_stored_event *e)
{
    int y = e->date / 10000, m = e->date / 100 % 100, d = e->date % 100;
    fprintf(out, "%lld\t", e->id);                                   /* GLOBALEVENTID */
    if (e->date)                                                     /* SQLDATE MonthYear Year FractionDate */
        fprintf(out, "%d\t%d\t%d\t%.4f\t", e->date, e->date / 100, y, y + (m * 30 + d) / 365.0);
    else
        fputs("\t\t\t\t", out);
    const char *names[2] = {e->source_text, e->target_text}, *codes[2] = {e->source, e->target};
    for (int a = 0; a < 2; a++) {                                    /* Actor1*, Actor2*: 10 columns each */
        fprintf(out, "%s\t", codes[a]);
        write_plain(out, names[a], 1000);
        fputs("\t\t\t\t\t\t\t\t\t", out);
    }
    fputc('\t', out);                                                /* IsRootEvent */
    fprintf(out, "%s\t%.3s\t%s\t", e->code, e->code, e->root);       /* EventCode EventBaseCode EventRootCode */
    if (e->quad_class) fprintf(out, "%d\t%g\t", e->quad_class, e->goldstein); else fputs("\t\t", out);
    fprintf(out, "%lld\t%lld\t%lld\t\t", e->mentions, e->sources, e->articles); /* ... AvgTone */
    for (int i = 0; i < 24; i++) fputc('\t', out);                   /* Actor1Geo, Actor2Geo, ActionGeo: 8 each */
    fprintf(out, "%s\t", e->added ? e->added : "");                  /* DATEADDED */
    write_plain(out, e->url, 4096);                                  /* SOURCEURL */
    fputc('\n', out);
}

static int write_event(void *ctx, const dyad_stored_event *e)
{
    static void (*const writers[])(FILE *, const dyad_stored_event *) = {write_table, write_jsonl, write_csv, write_gdelt};
    writers[*(enum out_format *)ctx](stdout, e);
    return ferror(stdout) != 0; /* a closed pipe ends the run */
}

static int write_stats_row(void *ctx, const char *table, int n, const char *const *columns, const char *const *cells)
{
    const char **last = ctx;
    if (!*last || strcmp(*last, table) != 0) {
        printf("%s# %s\n", *last ? "\n" : "", table);
        for (int i = 0; i < n; i++) printf("%s%s", i ? "\t" : "", columns[i]);
        putchar('\n');
        *last = table;
    }
    for (int i = 0; i < n; i++) printf("%s%s", i ? "\t" : "", cells[i] ? cells[i] : "");
    putchar('\n');
    return ferror(stdout) != 0;
}

static int run_command(const char *command, enum out_format default_format, int argc, char **argv)
{
    read_options o = {.command = command, .format = default_format, .by = DYAD_BY_DAY};
    int rc = parse_options(&o, argc, argv);
    if (rc >= 0) return rc;
    char err[1024];
    dyad_store *s = dyad_store_open(o.db, 0, err, sizeof err);
    if (!s) { fprintf(stderr, "dyad %s: %s\n", command, err); return 1; }
    static char out_buf[1 << 16];
    setvbuf(stdout, out_buf, _IOFBF, sizeof out_buf);
    if (strcmp(command, "stats") == 0) {
        const char *last = NULL;
        rc = dyad_store_stats(s, &o.filter, o.by, write_stats_row, &last);
    } else {
        if (o.format == OUT_TABLE) fputs(table_header, stdout);
        if (o.format == OUT_CSV) fputs(csv_header, stdout);
        rc = dyad_store_query(s, &o.filter, write_event, &o.format);
    }
    if (rc != 0) fprintf(stderr, "dyad %s: %s\n", command, dyad_store_error(s));
    if (fflush(stdout) != 0 && rc == 0) { perror("dyad: writing output"); rc = 1; }
    dyad_store_close(s);
    return rc != 0 ? 1 : 0;
}

int dyad_cmd_query(int argc, char **argv) { return run_command("query", OUT_TABLE, argc, argv); }
int dyad_cmd_stats(int argc, char **argv) { return run_command("stats", OUT_TABLE, argc, argv); }
int dyad_cmd_export(int argc, char **argv) { return run_command("export", OUT_GDELT, argc, argv); }
