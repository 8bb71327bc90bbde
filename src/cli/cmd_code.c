#include "commands.h"
#include "../core/diag.h"
#include "../events/coder.h"
#include "../output/events_out.h"
#include "../pipeline.h"
#include "../post/dates.h"
#include "../post/places.h"
#include <ctype.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void code_usage(FILE *out)
{
    fputs("usage: dyad code [--date YYYY-MM-DD] [--dict-dir DIR] [--actors FILE]... [--agents FILE]\n"
          "                 [--verbs FILE] [--discards FILE] [--format jsonl|tsv] [--explain]\n"
          "                 [--input-format auto|text|jsonl] [--records events|all] [--scheme cameo|plover] "
          "[FILE...|-]\n\n"
          "Codes CAMEO events (who did what to whom) in news articles and prints one event per line.\n"
          "JSON Lines fields: doc_id, sentence_index, sentence, date, source {code, text}, target {code,\n"
          "text}, code, root, quad_class, goldstein, negated, reported_by, factuality, explain\n"
          "(dictionary entries as file:line), then who claims it: event_index, status (asserted,\n"
          "reported, claimed, disputed), claimed_by, disputed_by, disputes, casualties; the dictionary\n"
          "set's dict_version and the article's url, title and article_source. The layout is\n"
          "docs/event-record.schema.json, shared with dyad query and dyad export.\n\n"
          "options:\n"
          "  --date D          publication date for articles that carry none (YYYY-MM-DD); it selects\n"
          "                    the office-holders' codes in force\n"
          "  --format F        jsonl (default) or tsv\n"
          "  --explain         print, per sentence, how each clause was coded, to standard error\n"
          "  --records R       events (default), or all: after each article's events, its quotes\n"
          "                    (\"record\": \"quote\") and casualty figures without an event\n"
          "                    (\"record\": \"casualties\"); JSON Lines only\n"
          "  --input-format F  auto (default), text or jsonl\n"
          "  --scheme S        cameo (default), or plover: each JSON record also gets a \"plover\" field\n"
          "                    (PLOVER event type, mode, intensity, actor and recipient country and\n"
          "                    sector; data/plover/cameo-to-plover.tsv)\n\n",
          out);
    fputs(dyad_dict_options_help, out);
}

/* --explain: the place candidates of every event and why one won (post/places.h), and a target
 * that its place changed (post.c). */
static void explain_places(const dyad_dictset *coder, const dyad_document *doc, const dyad_event_list *events)
{
    for (size_t i = 0; i < events->n; i++) {
        const dyad_event *e = &events->items[i];
        dyad_event_place p;
        fprintf(stderr, "event %zu (sentence %u, %s>%s:%s): place\n", i + 1, e->sentence + 1, e->source.code,
                e->target.code, e->code);
        dyad_event_place_find(&p, &coder->actors, doc, NULL, e, stderr);
        dyad_event_record r;
        dyad_event_record_fill(&r, coder, doc, NULL, e, 0);
        if (strcmp(r.target.code, e->target.code) != 0)
            fprintf(stderr, "  target %s: a capital that force hits is its country, not its government: %s\n",
                    e->target.code, r.target.code);
    }
}

/* Codes every input with the dictionaries of the options; the exit status. */
static int code_inputs(const dyad_dict_options *dict, const char *date, int format, enum dyad_event_format out_format,
                       int explain, int records, int argc, char **argv)
{
    dyad_dictset coder;
    dyad_dictset_init(&coder);
    if (dyad_dict_options_load(dict, &coder) != 0) {
        dyad_dictset_free(&coder);
        return 1;
    }
    static char out_buf[1 << 16];
    setvbuf(stdout, out_buf, _IOFBF, sizeof out_buf);
    dyad_tagger *tagger = dyad_tagger_new();
    dyad_document doc;
    dyad_document_init(&doc);
    dyad_event_list events = {0};
    events.keep_actors = 1;
    dyad_claims claims = {0};
    const dyad_readings readings = dyad_readings_default();
    int failed_inputs = 0, warned_date = 0;
    char *stdin_only[] = {"-"};
    char **inputs = argc > 0 ? argv : stdin_only;
    int n_inputs = argc > 0 ? argc : 1;
    dyad_events_write_header(stdout, out_format);
    for (int i = 0; i < n_inputs; i++) {
        dyad_reader *r = dyad_reader_open(inputs[i], (enum dyad_input_format)format);
        if (!r) {
            failed_inputs++;
            continue;
        }
        while (dyad_reader_next(r, &doc)) {
            dyad_analyze(tagger, &doc);
            int32_t published =
                dyad_parse_iso_date(doc.date) ? dyad_parse_iso_date(doc.date) : dyad_parse_iso_date(date);
            if (!published && !warned_date++)
                fprintf(stderr,
                        "dyad code: %s: warning: an article without a date, and no --date: relative dates "
                        "(\"on Monday\", \"last week\") cannot be resolved (said once)\n",
                        inputs[i]);
            dyad_code_document(&coder, &readings, &doc, published, &events, explain ? stderr : NULL);
            if (explain) explain_places(&coder, &doc, &events);
            dyad_claims_find(&claims, &coder, &doc, &events);
            dyad_events_write_claims(stdout, out_format, &coder, &doc, &events, &claims, records, published);
        }
        dyad_reader_close(r);
    }
    if (fflush(stdout) != 0) {
        perror("dyad code: writing output");
        failed_inputs++;
    }
    free(events.items);
    free(events.np_actors);
    dyad_claims_free(&claims);
    dyad_document_free(&doc);
    dyad_tagger_free(tagger);
    dyad_dictset_free(&coder);
    return failed_inputs ? 1 : 0;
}

int dyad_cmd_code(int argc, char **argv)
{
    static const struct option own_options[] = {
        {"date", required_argument, NULL, 'd'},    {"format", required_argument, NULL, 'F'},
        {"explain", no_argument, NULL, 'e'},       {"input-format", required_argument, NULL, 'f'},
        {"records", required_argument, NULL, 'r'}, {"scheme", required_argument, NULL, 's'},
        {"help", no_argument, NULL, 'h'},          {NULL, 0, NULL, 0}};
    struct option *options = dyad_with_dict_options(own_options);
    dyad_dict_options dict;
    dyad_dict_options_init(&dict);
    const char *date = NULL;
    int format = DYAD_INPUT_AUTO, explain = 0, records = 0, c, status = -1;
    enum dyad_event_format out_format = DYAD_EVENTS_JSONL;
    optind = 1;
    while (status < 0 && (c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        if (dyad_dict_option(&dict, c, optarg)) continue;
        switch (c) {
        case 'd':
            if (!dyad_parse_iso_date(optarg)) {
                fprintf(stderr, "dyad code: --date must be a calendar date YYYY-MM-DD, not '%s'\n", optarg);
                status = 2;
            }
            date = optarg;
            break;
        case 'F':
            if (strcmp(optarg, "jsonl") == 0)
                out_format = DYAD_EVENTS_JSONL;
            else if (strcmp(optarg, "tsv") == 0)
                out_format = DYAD_EVENTS_TSV;
            else {
                fprintf(stderr, "dyad code: --format must be jsonl or tsv, not '%s'\n", optarg);
                status = 2;
            }
            break;
        case 'e': explain = 1; break;
        case 's':
            if (dyad_scheme_parse(optarg) < 0) {
                fprintf(stderr, "dyad code: --scheme must be cameo or plover, not '%s'\n", optarg);
                status = 2;
            }
            dyad_events_set_plover(dyad_scheme_parse(optarg) == 1);
            break;
        case 'r':
            if (strcmp(optarg, "events") == 0 || strcmp(optarg, "all") == 0)
                records = strcmp(optarg, "all") == 0;
            else {
                fprintf(stderr, "dyad code: --records must be events or all, not '%s'\n", optarg);
                status = 2;
            }
            break;
        case 'f':
            if ((format = dyad_parse_input_format(optarg)) < 0) {
                fprintf(stderr, "dyad code: --input-format must be auto, text or jsonl, not '%s'\n", optarg);
                status = 2;
            }
            break;
        case 'h':
            code_usage(stdout);
            status = 0;
            break;
        default:
            code_usage(stderr);
            status = 2;
            break;
        }
    }
    free(options);
    if (status < 0 && optind == argc && isatty(STDIN_FILENO)) {
        /* reading a terminal would wait for typed text without saying so */
        fputs("dyad code: no input file, and standard input is a terminal: give FILE..., '-' to type\n"
              "text, or pipe text in (dyad code < news.txt); 'dyad code --help' lists the options\n",
              stderr);
        status = 2;
    }
    if (status < 0)
        status = code_inputs(&dict, date, format, out_format, explain, records, argc - optind, argv + optind);
    dyad_dict_options_free(&dict);
    return status;
}
