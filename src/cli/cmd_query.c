/* dyad query, dyad stats and dyad export: read the event store. They share the event filter
 * options; the store writes the events (table, CSV, JSON Lines, GDELT rows). */
#include "commands.h"
#include "../store/store.h"
#include "../post/dates.h"
#include "../output/events_out.h"
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *command; /* "query", "stats" or "export", for messages */
    const char *db;
    dyad_store_filter filter;
    enum dyad_export_format format;
    enum dyad_store_period by;
    const char *claims_file;
    FILE *claims_out;
    int header; /* --header: the GDELT column names first */
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
    "  --text WORDS      events reported by a sentence containing all the words (full-text search)\n"
    "  --status S        events whose strongest status over their mentions is S: disputed, claimed,\n"
    "                    reported or asserted\n"
    "  --claimed-by CODE events claimed by an actor (code prefix)\n";

static void usage(FILE *out, const char *command)
{
    if (strcmp(command, "stats") == 0)
        fputs("usage: dyad stats --db DB [--by day|week|month] [--dyad SRC,TGT] [filters]\n\n"
              "Counts events per period (with quad classes and summed Goldstein), per root code and quad\n"
              "class, and the top actors and dyads, as tab-separated tables.\n\n"
              "options:\n"
              "  --by P            day (default), week (starting Monday) or month\n"
              "  --dyad SRC,TGT    only events from SRC to TGT (code prefixes)\n",
              out);
    else if (strcmp(command, "export") == 0)
        fputs("usage: dyad export --db DB [--format gdelt|gdelt-mentions|csv|jsonl] [filters]\n\n"
              "Writes every stored event that matches the filters, one per line. gdelt (the default) is\n"
              "the GDELT 2.0 event table: 61 tab-separated columns, empty where dyad has no value;\n"
              "gdelt-mentions the GDELT 2.0 mentions table, one row per sentence reporting an event.\n\n"
              "options:\n"
              "  --format F        gdelt (default), gdelt-mentions, csv or jsonl\n"
              "  --header          with gdelt formats: a first line of GDELT's column names\n"
              "  --claims-file F   with gdelt: also write each event's status, claimant, disputant and\n"
              "                    casualty counts to F (tab-separated, keyed by GLOBALEVENTID), so that\n"
              "                    the 61 GDELT columns stay standard\n",
              out);
    else
        fputs("usage: dyad query --db DB [filters] [--format table|jsonl|csv] [--limit N]\n\n"
              "Prints the stored events that match every filter, with their counts and first mention.\n\n"
              "options:\n"
              "  --format F        table (default), jsonl or csv\n"
              "  --limit N         at most N events\n",
              out);
    if (strcmp(command, "stats") != 0)
        fputs("  --scheme S        cameo (default), or plover: jsonl and csv also carry PLOVER's event type,\n"
              "                    mode, intensity, actor and recipient country and sector\n",
              out);
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
    static const struct {
        const char *name;
        enum dyad_export_format f;
        int query, export;
    } formats[] = {{"table", DYAD_EXPORT_TABLE, 1, 0},
                   {"jsonl", DYAD_EXPORT_JSONL, 1, 1},
                   {"csv", DYAD_EXPORT_CSV, 1, 1},
                   {"gdelt", DYAD_EXPORT_GDELT, 0, 1},
                   {"gdelt-mentions", DYAD_EXPORT_GDELT_MENTIONS, 0, 1}};
    int export = strcmp(o->command, "export") == 0;
    for (size_t i = 0; i < sizeof formats / sizeof *formats; i++)
        if (strcmp(s, formats[i].name) == 0 && (export ? formats[i].export : formats[i].query)) {
            o->format = formats[i].f;
            return 0;
        }
    return fail(
        o->command,
        export ? "--format must be gdelt, gdelt-mentions, csv or jsonl" : "--format must be table, jsonl or csv", s);
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

static int parse_period(read_options *o, const char *arg)
{
    if (strcmp(arg, "day") == 0)
        o->by = DYAD_BY_DAY;
    else if (strcmp(arg, "week") == 0)
        o->by = DYAD_BY_WEEK;
    else if (strcmp(arg, "month") == 0)
        o->by = DYAD_BY_MONTH;
    else
        return fail(o->command, "--by must be day, week or month", arg);
    return 0;
}

/* Takes one option; 0 when it is valid, 1 after printing the help, 2 after an error. */
static int parse_option(read_options *o, int c, char *arg)
{
    dyad_store_filter *f = &o->filter;
    const char *cmd = o->command;
    switch (c) {
    case 'b': o->db = arg; return 0;
    case 'F': return (f->from = dyad_parse_iso_date(arg)) ? 0 : fail(cmd, "--from must be YYYY-MM-DD", arg);
    case 'T': return (f->to = dyad_parse_iso_date(arg)) ? 0 : fail(cmd, "--to must be YYYY-MM-DD", arg);
    case 's': f->source = arg; return 0;
    case 't': f->target = arg; return 0;
    case 'c':
        f->code = arg;
        return all_digits(arg, 2, 4) ? 0 : fail(cmd, "--code must be a CAMEO code of 2-4 digits", arg);
    case 'r': f->root = arg; return all_digits(arg, 2, 2) ? 0 : fail(cmd, "--root must be two digits", arg);
    case 'q':
        f->quad = all_digits(arg, 1, 1) ? arg[0] - '0' : 0;
        return f->quad >= 1 && f->quad <= 4 ? 0 : fail(cmd, "--quad must be 1, 2, 3 or 4", arg);
    case 'x': f->text = arg; return arg[strspn(arg, " \t")] ? 0 : fail(cmd, "--text needs at least one word", arg);
    case 'f': return parse_format(o, arg);
    case 'l':
        f->limit = all_digits(arg, 1, 18) ? atoll(arg) : 0;
        return f->limit > 0 ? 0 : fail(cmd, "--limit must be a positive number", arg);
    case 'y': return parse_period(o, arg);
    case 'd': return parse_dyad(o, arg);
    case 'S':
        f->status = arg;
        return strcmp(arg, "disputed") == 0 || strcmp(arg, "claimed") == 0 || strcmp(arg, "reported") == 0
                       || strcmp(arg, "asserted") == 0
                   ? 0
                   : fail(cmd, "--status must be disputed, claimed, reported or asserted", arg);
    case 'C': f->claimed_by = arg; return 0;
    case 'E': o->claims_file = arg; return 0;
    case 'H': o->header = 1; return 0;
    case 'P':
        if (dyad_scheme_parse(arg) < 0) return fail(cmd, "--scheme must be cameo or plover", arg);
        dyad_stored_events_set_plover(dyad_scheme_parse(arg) == 1);
        return 0;
    case 'h': usage(stdout, cmd); return 1;
    default: usage(stderr, cmd); return 2;
    }
}

/* --by and --dyad are stats options, --format is not; --limit is for query only. */
static int allowed(const char *command, int c)
{
    if (strcmp(command, "stats") == 0) return c != 'f' && c != 'l' && c != 'P' && c != 'H';
    if (c == 'y' || c == 'd') return 0;
    if (c == 'E' || c == 'H') return strcmp(command, "export") == 0;
    if (c == 'P') return 1;
    return c != 'l' || strcmp(command, "query") == 0;
}

/* Parses the options of one of the three commands; returns -1 to go on, else the exit status. */
static int parse_options(read_options *o, int argc, char **argv)
{
    static const struct option options[] = {
        {"db", required_argument, NULL, 'b'},          {"from", required_argument, NULL, 'F'},
        {"to", required_argument, NULL, 'T'},          {"source", required_argument, NULL, 's'},
        {"target", required_argument, NULL, 't'},      {"code", required_argument, NULL, 'c'},
        {"root", required_argument, NULL, 'r'},        {"quad", required_argument, NULL, 'q'},
        {"text", required_argument, NULL, 'x'},        {"format", required_argument, NULL, 'f'},
        {"limit", required_argument, NULL, 'l'},       {"by", required_argument, NULL, 'y'},
        {"dyad", required_argument, NULL, 'd'},        {"help", no_argument, NULL, 'h'},
        {"status", required_argument, NULL, 'S'},      {"claimed-by", required_argument, NULL, 'C'},
        {"claims-file", required_argument, NULL, 'E'}, {"header", no_argument, NULL, 'H'},
        {"scheme", required_argument, NULL, 'P'},      {NULL, 0, NULL, 0}};
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
    if (optind < argc) {
        fprintf(stderr, "dyad %s: unexpected argument '%s'\n", o->command, argv[optind]);
        return 2;
    }
    if (!o->db) {
        fprintf(stderr, "dyad %s: --db PATH or --db postgresql://... is required\n", o->command);
        return 2;
    }
    if (o->claims_file && o->format != DYAD_EXPORT_GDELT) {
        fprintf(stderr, "dyad %s: --claims-file goes with --format gdelt (the other formats carry the fields)\n",
                o->command);
        return 2;
    }
    return -1;
}

static int write_event(void *ctx, const dyad_stored_event *e)
{
    const read_options *o = ctx;
    dyad_stored_event_write(stdout, o->format, e);
    if (o->claims_out) dyad_stored_claims_write(o->claims_out, e);
    return ferror(stdout) != 0; /* a closed pipe ends the run */
}

static int write_mention(void *ctx, const dyad_mention_row *m)
{
    (void)ctx;
    dyad_gdelt_write_mention(stdout, m);
    return ferror(stdout) != 0;
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

static int run_command(const char *command, enum dyad_export_format default_format, int argc, char **argv)
{
    read_options o = {.command = command, .format = default_format, .by = DYAD_BY_DAY};
    int rc = parse_options(&o, argc, argv);
    if (rc >= 0) return rc;
    char err[1024];
    dyad_store *s = dyad_store_open(o.db, 0, err, sizeof err);
    if (!s) {
        fprintf(stderr, "dyad %s: %s\n", command, err);
        return 1;
    }
    static char out_buf[1 << 16];
    setvbuf(stdout, out_buf, _IOFBF, sizeof out_buf);
    if (strcmp(command, "stats") == 0) {
        const char *last = NULL;
        rc = dyad_store_stats(s, &o.filter, o.by, write_stats_row, &last);
    } else {
        dyad_stored_events_write_header(stdout, o.format);
        if (o.header && o.format >= DYAD_EXPORT_GDELT)
            dyad_gdelt_write_header(stdout, o.format == DYAD_EXPORT_GDELT_MENTIONS);
        if (o.claims_file && !(o.claims_out = fopen(o.claims_file, "w"))) {
            fprintf(stderr, "dyad %s: cannot write %s: ", command, o.claims_file);
            perror(NULL);
            dyad_store_close(s);
            return 1;
        }
        if (o.claims_out) dyad_stored_claims_write_header(o.claims_out);
        rc = o.format == DYAD_EXPORT_GDELT_MENTIONS ? dyad_store_mention_rows(s, &o.filter, write_mention, NULL)
                                                    : dyad_store_query(s, &o.filter, write_event, &o);
        if (o.claims_out && fclose(o.claims_out) != 0 && rc == 0) {
            perror("dyad: writing the claims file");
            rc = 1;
        }
    }
    if (rc != 0) fprintf(stderr, "dyad %s: %s\n", command, dyad_store_error(s));
    if (fflush(stdout) != 0 && rc == 0) {
        perror("dyad: writing output");
        rc = 1;
    }
    dyad_store_close(s);
    return rc != 0 ? 1 : 0;
}

int dyad_cmd_query(int argc, char **argv) { return run_command("query", DYAD_EXPORT_TABLE, argc, argv); }
int dyad_cmd_stats(int argc, char **argv) { return run_command("stats", DYAD_EXPORT_TABLE, argc, argv); }
int dyad_cmd_export(int argc, char **argv) { return run_command("export", DYAD_EXPORT_GDELT, argc, argv); }
