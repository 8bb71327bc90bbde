/* dyad query, dyad stats and dyad export: read the event store. They share the event filter
 * options; the store writes the events (table, CSV, JSON Lines, GDELT rows). */
#include "commands.h"
#include "stats_out.h"
#include "../store/store.h"
#include "../output/events_out.h"
#include "../post/dates.h"
#include <ctype.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *command; /* "query", "stats" or "export", for messages */
    const char *db;
    dyad_store_filter filter;
    enum dyad_export_format format;
    const char *claims_file;
    FILE *claims_out;
    dyad_series_options series; /* stats */
    table_writer tables;        /* stats */
    int aligned;                /* query --format table */
    enum event_sort sort;
    term_table *events;
    char country[3];
    int header;         /* export --header: the GDELT column names first */
    int background_set; /* --background given; else the command's default (default_background) */
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
    "  --claimed-by CODE events claimed by an actor (code prefix)\n"
    "  --country CC      events placed in a country (ISO alpha-2 or alpha-3: UA, UKR), in one of\n"
    "                    its regions or in one of its cities\n"
    "  --near LAT,LON,KM events placed in a city within KM kilometres of a point (regions and\n"
    "                    countries have no single point and do not match)\n"
    "  --factuality LIST events presented so by their mentions (the most factual of them), a\n"
    "                    comma-separated list of asserted, reported, intended, hypothetical;\n"
    "                    events stored before schema version 5 have none and never match\n";

/* Background events lie more than a month before every article that reports them: told again,
 * not news. Statistics and GDELT's tables are about the news of their dates, and leave them out
 * unless asked; listings show everything. */
static void background_help(FILE *out, const char *command)
{
    fputs("  --background B    events more than a month before every article that reports them (told\n"
          "                    again, not news): ",
          out);
    if (strcmp(command, "stats") == 0)
        fputs("exclude (default), include or only\n", out);
    else if (strcmp(command, "export") == 0)
        fputs("exclude (default for gdelt and gdelt-mentions), include\n"
              "                    (default for csv and jsonl) or only\n",
              out);
    else
        fputs("include (default), exclude or only\n", out);
}

static void usage(FILE *out, const char *command)
{
    if (strcmp(command, "stats") == 0)
        fputs("usage: dyad stats --db DB [--table T] [--format tsv|csv|table] [--by day|week|month]\n"
              "                  [--dyad SRC,TGT [--both]] [--by-country] [--top N] [filters]\n\n"
              "Writes one table: a header line and one row per line. Every table but status and the\n"
              "casualty tables has the columns events, mentions, quad1-quad4 (events per quad class),\n"
              "goldstein (sum), goldstein_mean (per event) and goldstein_weighted (per mention).\n\n"
              "options:\n"
              "  --table T         periods (default; periods without events are zero rows), roots, quads,\n"
              "                    actors, dyads, status (events per status), casualties (per period) or\n"
              "                    casualty_dyads (the ten dyads with most casualties)\n"
              "  --format F        tsv (default), csv, or table (aligned to the terminal's width)\n"
              "  --by P            day (default), week (starting Monday) or month\n"
              "  --dyad SRC,TGT    only events from SRC to TGT (code prefixes)\n"
              "  --both            with --dyad: also the events from TGT to SRC\n"
              "  --by-country      actors and dyads: codes cut to their country part (RUSGOV is RUS)\n"
              "  --top N           actors and dyads: the N with most events (default all)\n",
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
        fputs("usage: dyad query --db DB [filters] [--format table|tsv|jsonl|csv] [--sort S] [--limit N]\n\n"
              "Prints the stored events that match every filter, with their counts and first mention.\n\n"
              "options:\n"
              "  --format F        table (default: aligned, fitted to the terminal's width, COLUMNS or 100\n"
              "                    when not a terminal; long text cut at a word with an ellipsis; dates as\n"
              "                    precise as known, (bg) after those of background events), tsv, jsonl or\n"
              "                    csv (these also carry factuality, date_precision and background)\n"
              "  --sort S          table: date (default), mentions (most first) or goldstein (lowest first)\n"
              "  --limit N         at most N events (the first stored)\n",
              out);
    if (strcmp(command, "stats") != 0)
        fputs("  --scheme S        cameo (default), or plover: jsonl and csv also carry PLOVER's event type,\n"
              "                    mode, intensity, actor and recipient country and sector\n",
              out);
    fputs(filter_help, out);
    background_help(out, command);
    fputs("Actor codes are case-insensitive (--source rusgov is RUSGOV).\n", out);
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

/* Formats by command: query also prints an aligned table, stats writes tsv, csv or table. */
static int parse_format(read_options *o, const char *s)
{
    static const struct {
        const char *name;
        enum dyad_export_format f;
        const char *commands;
    } formats[] = {
        {"table", DYAD_EXPORT_TABLE, "query stats"},  {"tsv", DYAD_EXPORT_TABLE, "query stats"},
        {"jsonl", DYAD_EXPORT_JSONL, "query export"}, {"csv", DYAD_EXPORT_CSV, "query export stats"},
        {"gdelt", DYAD_EXPORT_GDELT, "export"},       {"gdelt-mentions", DYAD_EXPORT_GDELT_MENTIONS, "export"}};
    for (size_t i = 0; i < sizeof formats / sizeof *formats; i++)
        if (strcmp(s, formats[i].name) == 0 && strstr(formats[i].commands, o->command)) {
            o->format = formats[i].f;
            o->aligned = i == 0;
            o->tables.format = i == 0 ? TABLE_ALIGNED : i == 1 ? TABLE_TSV : TABLE_CSV;
            return 0;
        }
    if (strcmp(o->command, "stats") == 0) return fail(o->command, "--format must be tsv, csv or table", s);
    return fail(o->command,
                strcmp(o->command, "export") == 0 ? "--format must be gdelt, gdelt-mentions, csv or jsonl"
                                                  : "--format must be table, tsv, jsonl or csv",
                s);
}

/* Actor codes are upper case in every dictionary: a query's codes are made so. */
static char *upper(char *s)
{
    for (char *p = s; *p; p++) *p = (char)toupper((unsigned char)*p);
    return s;
}

/* "SRC,TGT" -> source and target prefixes (pointing into s, which is modified). */
static int parse_dyad(read_options *o, char *s)
{
    char *comma = strchr(s, ',');
    if (!comma || comma == s || !comma[1]) return fail(o->command, "--dyad must be SRC,TGT", s);
    *comma = '\0';
    o->filter.source = upper(s);
    o->filter.target = upper(comma + 1);
    return 0;
}

static int parse_period(read_options *o, const char *arg)
{
    if (strcmp(arg, "day") == 0)
        o->series.by = DYAD_BY_DAY;
    else if (strcmp(arg, "week") == 0)
        o->series.by = DYAD_BY_WEEK;
    else if (strcmp(arg, "month") == 0)
        o->series.by = DYAD_BY_MONTH;
    else
        return fail(o->command, "--by must be day, week or month", arg);
    return 0;
}

/* One of names (NULL-terminated) -> its index, or -1. */
static int pick(const char *const *names, const char *arg)
{
    for (int i = 0; names[i]; i++)
        if (strcmp(names[i], arg) == 0) return i;
    return -1;
}

static int parse_table(read_options *o, const char *arg)
{
    static const char *const names[] = {"periods", "roots",      "quads",          "actors", "dyads",
                                        "status",  "casualties", "casualty_dyads", NULL};
    int i = pick(names, arg);
    if (i < 0)
        return fail(o->command,
                    "--table must be periods, roots, quads, actors, dyads, status, casualties or casualty_dyads", arg);
    o->series.table = (enum dyad_series_table)i;
    return 0;
}

static int parse_sort(read_options *o, const char *arg)
{
    static const char *const names[] = {"date", "mentions", "goldstein", NULL};
    int i = pick(names, arg);
    if (i < 0) return fail(o->command, "--sort must be date, mentions or goldstein", arg);
    o->sort = (enum event_sort)i;
    return 0;
}

/* "LAT,LON,KM": a point and a radius. */
static int parse_near(read_options *o, const char *arg)
{
    dyad_store_filter *f = &o->filter;
    char *end;
    f->near_lat = strtod(arg, &end);
    if (*end == ',') f->near_lon = strtod(end + 1, &end);
    if (*end == ',') f->near_km = strtod(end + 1, &end);
    if (*end || end == arg || f->near_lat < -90 || f->near_lat > 90 || f->near_lon < -180 || f->near_lon > 180
        || !(f->near_km > 0))
        return fail(o->command, "--near must be LAT,LON,KM (degrees, degrees, a positive distance)", arg);
    f->near = 1;
    return 0;
}

static int parse_number(read_options *o, const char *name, const char *arg, long long *out)
{
    *out = all_digits(arg, 1, 18) ? atoll(arg) : 0;
    if (*out > 0) return 0;
    char what[64];
    snprintf(what, sizeof what, "%s must be a positive number", name);
    return fail(o->command, what, arg);
}

/* The options of all three commands that take a value to check or convert. */
static int parse_value(read_options *o, int c, char *arg)
{
    dyad_store_filter *f = &o->filter;
    const char *cmd = o->command;
    switch (c) {
    case 'F': return (f->from = dyad_parse_iso_date(arg)) ? 0 : fail(cmd, "--from must be YYYY-MM-DD", arg);
    case 'T': return (f->to = dyad_parse_iso_date(arg)) ? 0 : fail(cmd, "--to must be YYYY-MM-DD", arg);
    case 'c':
        f->code = arg;
        return all_digits(arg, 2, 4) ? 0 : fail(cmd, "--code must be a CAMEO code of 2-4 digits", arg);
    case 'r': f->root = arg; return all_digits(arg, 2, 2) ? 0 : fail(cmd, "--root must be two digits", arg);
    case 'q':
        f->quad = all_digits(arg, 1, 1) ? arg[0] - '0' : 0;
        return f->quad >= 1 && f->quad <= 4 ? 0 : fail(cmd, "--quad must be 1, 2, 3 or 4", arg);
    case 'x': f->text = arg; return arg[strspn(arg, " \t")] ? 0 : fail(cmd, "--text needs at least one word", arg);
    case 'l': return parse_number(o, "--limit", arg, &f->limit);
    case 'N': return parse_number(o, "--top", arg, &o->series.top);
    case 'S':
        f->status = arg;
        return strcmp(arg, "disputed") == 0 || strcmp(arg, "claimed") == 0 || strcmp(arg, "reported") == 0
                       || strcmp(arg, "asserted") == 0
                   ? 0
                   : fail(cmd, "--status must be disputed, claimed, reported or asserted", arg);
    case 'G': {
        int b = dyad_store_background_parse(arg);
        if (b < 0) return fail(cmd, "--background must be exclude, include or only", arg);
        f->background = (enum dyad_background_filter)b;
        o->background_set = 1;
        return 0;
    }
    case 'Q':
        return dyad_store_factuality_parse(arg, &f->factuality) == 0
                   ? 0
                   : fail(cmd, "--factuality must be a comma-separated list of " DYAD_STORE_FACTUALITY_NAMES, arg);
    case 'u':
        f->country = o->country;
        return dyad_store_country(arg, o->country) == 0
                   ? 0
                   : fail(cmd, "--country must be a country's ISO alpha-2 or alpha-3 code (UA, UKR)", arg);
    default: return -1;
    }
}

/* Takes one option; 0 when it is valid, 1 after printing the help, 2 after an error. */
static int parse_option(read_options *o, int c, char *arg)
{
    dyad_store_filter *f = &o->filter;
    int rc = parse_value(o, c, arg);
    if (rc >= 0) return rc;
    switch (c) {
    case 'b': o->db = arg; return 0;
    case 's': f->source = upper(arg); return 0;
    case 't': f->target = upper(arg); return 0;
    case 'f': return parse_format(o, arg);
    case 'y': return parse_period(o, arg);
    case 'd': return parse_dyad(o, arg);
    case 'a': return parse_table(o, arg);
    case 'o': return parse_sort(o, arg);
    case 'n': return parse_near(o, arg);
    case 'B': f->both = 1; return 0;
    case 'K': o->series.by_country = 1; return 0;
    case 'C': f->claimed_by = upper(arg); return 0;
    case 'E': o->claims_file = arg; return 0;
    case 'H': o->header = 1; return 0;
    case 'P':
        if (dyad_scheme_parse(arg) < 0) return fail(o->command, "--scheme must be cameo or plover", arg);
        dyad_stored_events_set_plover(dyad_scheme_parse(arg) == 1);
        return 0;
    case 'h': usage(stdout, o->command); return 1;
    default: usage(stderr, o->command); return 2;
    }
}

/* Which command takes which option, beyond the filters that all take. */
static int allowed(const char *command, int c)
{
    static const struct {
        int option;
        const char *commands;
    } only[] = {{'l', "query"}, {'o', "query"}, {'E', "export"}, {'H', "export"}, {'P', "query export"}, {'y', "stats"},
                {'d', "stats"}, {'a', "stats"}, {'B', "stats"},  {'K', "stats"},  {'N', "stats"}};
    for (size_t i = 0; i < sizeof only / sizeof *only; i++)
        if (only[i].option == c) return strstr(only[i].commands, command) != NULL;
    return 1;
}

/* Parses the options of one of the three commands; returns -1 to go on, else the exit status. */
static int parse_options(read_options *o, int argc, char **argv)
{
    static const struct option options[] = {{"db", required_argument, NULL, 'b'},
                                            {"from", required_argument, NULL, 'F'},
                                            {"to", required_argument, NULL, 'T'},
                                            {"source", required_argument, NULL, 's'},
                                            {"target", required_argument, NULL, 't'},
                                            {"code", required_argument, NULL, 'c'},
                                            {"root", required_argument, NULL, 'r'},
                                            {"quad", required_argument, NULL, 'q'},
                                            {"text", required_argument, NULL, 'x'},
                                            {"format", required_argument, NULL, 'f'},
                                            {"limit", required_argument, NULL, 'l'},
                                            {"by", required_argument, NULL, 'y'},
                                            {"dyad", required_argument, NULL, 'd'},
                                            {"help", no_argument, NULL, 'h'},
                                            {"status", required_argument, NULL, 'S'},
                                            {"claimed-by", required_argument, NULL, 'C'},
                                            {"claims-file", required_argument, NULL, 'E'},
                                            {"table", required_argument, NULL, 'a'},
                                            {"sort", required_argument, NULL, 'o'},
                                            {"both", no_argument, NULL, 'B'},
                                            {"by-country", no_argument, NULL, 'K'},
                                            {"top", required_argument, NULL, 'N'},
                                            {"country", required_argument, NULL, 'u'},
                                            {"near", required_argument, NULL, 'n'},
                                            {"header", no_argument, NULL, 'H'},
                                            {"scheme", required_argument, NULL, 'P'},
                                            {"background", required_argument, NULL, 'G'},
                                            {"factuality", required_argument, NULL, 'Q'},
                                            {NULL, 0, NULL, 0}};
    int c, index;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", options, &index)) != -1) {
        if (c != '?' && c != 'h' && !allowed(o->command, c)) {
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
    if (o->filter.both && !(o->filter.source && o->filter.target)) {
        fprintf(stderr, "dyad %s: --both goes with --dyad SRC,TGT\n", o->command);
        return 2;
    }
    if (!o->background_set
        && (strcmp(o->command, "stats") == 0 || (strcmp(o->command, "export") == 0 && o->format >= DYAD_EXPORT_GDELT)))
        o->filter.background = DYAD_BACKGROUND_EXCLUDE;
    return -1;
}

static int write_event(void *ctx, const dyad_stored_event *e)
{
    read_options *o = ctx;
    if (o->events) {
        event_table_add(o->events, e, o->sort);
        return 0;
    }
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

static int run_events(read_options *o, dyad_store *s)
{
    if (o->aligned) {
        o->events = event_table_new();
        int rc = dyad_store_query(s, &o->filter, write_event, o);
        if (rc == 0) term_table_print(stdout, o->events, term_width(), 1);
        term_table_free(o->events);
        return rc;
    }
    dyad_stored_events_write_header(stdout, o->format);
    if (o->header && o->format >= DYAD_EXPORT_GDELT)
        dyad_gdelt_write_header(stdout, o->format == DYAD_EXPORT_GDELT_MENTIONS);
    if (o->claims_file && !(o->claims_out = fopen(o->claims_file, "w"))) {
        fprintf(stderr, "dyad %s: cannot write %s: ", o->command, o->claims_file);
        perror(NULL);
        return 1;
    }
    if (o->claims_out) dyad_stored_claims_write_header(o->claims_out);
    int rc = o->format == DYAD_EXPORT_GDELT_MENTIONS ? dyad_store_mention_rows(s, &o->filter, write_mention, NULL)
                                                     : dyad_store_query(s, &o->filter, write_event, o);
    if (o->claims_out && fclose(o->claims_out) != 0 && rc == 0) {
        perror("dyad: writing the claims file");
        rc = 1;
    }
    return rc;
}

static int run_command(const char *command, enum dyad_export_format default_format, int argc, char **argv)
{
    read_options o = {.command = command, .format = default_format, .aligned = strcmp(command, "query") == 0};
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
        rc = dyad_store_series(s, &o.filter, &o.series, table_writer_row, &o.tables);
        if (rc == 0) table_writer_finish(&o.tables, stdout);
        term_table_free(o.tables.aligned);
    } else {
        rc = run_events(&o, s);
    }
    if (rc < 0) fprintf(stderr, "dyad %s: %s\n", command, dyad_store_error(s));
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
