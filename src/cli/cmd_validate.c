#include "commands.h"
#include "../core/diag.h"
#include "../validate/validate.h"
#include <libgen.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void validate_usage(FILE *out)
{
    fputs("usage: dyad validate [--dict-dir DIR] [--actors FILE]... [--agents FILE] [--verbs FILE]\n"
          "                     [--discards FILE] [--category CAT] [--explain] RECORDS.xml\n\n"
          "Runs PETRARCH validation records: each <Sentence>'s <Text> is coded by dyad (its <Parse>\n"
          "is not used) and the events are compared with its <EventCoding> expectations. Prints PASS\n"
          "or FAIL per record with the expected and produced codings, then the totals:\n"
          "  records: N passed, M failed\n"
          "  codings: N passed, M failed (expected codings produced)\n"
          "  unexpected codings: K of P produced\n"
          "The dictionaries are those the file's <Environment> names, found next to the records file\n"
          "or in --dict-dir; kinds it does not name come from --dict-dir (dyad's own by default), and\n"
          "the file options below replace either. Records whose category is not in <Include> are\n"
          "skipped, as PETRARCH does; records that expect an error in their <Parse> are listed as SKIP,\n"
          "since dyad does not read it. <Config> options require_dyad, new_actor_length and comma_*\n"
          "are honoured (PETRARCH's defaults apply); others are reported. The coder reads as PETRARCH\n"
          "does: pattern words match only as written (no lemmas), modal verbs keep their pattern's\n"
          "code, and an agent gets no country the sentence does not name. A failed record whose\n"
          "<Parse> has other words than its <Text> says so: its expectations may follow the parse.\n"
          "Exit status 0 when every record passes, 1 when some fail, 2 on bad usage or unreadable input.\n\n"
          "options:\n"
          "  --category CAT    run only records of this category (e.g. DEMO, COMPOUND)\n"
          "  --explain         print the coder's trace of each record to standard error\n\n",
          out);
    fputs(dyad_dict_options_help, out);
}

/* A file the <Environment> names: next to the records file, else in --dict-dir; one that may not
   be read (a device, a huge file) is left out, and a missing one is left to the loader's message. */
static void add_environment_file(dyad_path_list *kind, const char *name, const char *records_dir,
                                 const dyad_dict_options *o)
{
    if (!name || !*name) return;
    char path[4096];
    int r = dyad_records_environment_path(records_dir, name, path, sizeof path);
    if (r == -1 && o->dir_given && dyad_records_environment_path(o->dir, name, path, sizeof path) == -2) return;
    if (r != -2) dyad_path_list_add(kind, path);
}

static int load_dictionaries(const dyad_record_set *set, const char *records_path, const dyad_dict_options *o,
                             dyad_dictset *coder)
{
    char *copy = strdup(records_path);
    const char *dir = copy ? dirname(copy) : ".";
    dyad_dict_files files = {0}, named = {0};
    for (size_t i = 0; i < set->n_actorfiles; i++) add_environment_file(&named.actors, set->actorfiles[i], dir, o);
    add_environment_file(&named.agents, set->agentfile, dir, o);
    add_environment_file(&named.verbs, set->verbfile, dir, o);
    add_environment_file(&named.discards, set->discardfile, dir, o);
    free(copy);
    /* kinds the <Environment> does not name come from the dictionary folder */
    int r = dyad_dict_files_from_dir(&files, o->dir);
    dyad_path_list *kinds[] = {&files.actors, &files.agents, &files.verbs, &files.discards};
    const dyad_path_list *named_kinds[] = {&named.actors, &named.agents, &named.verbs, &named.discards};
    for (size_t k = 0; k < 4; k++)
        if (named_kinds[k]->n) {
            dyad_path_list_clear(kinds[k]);
            for (size_t i = 0; i < named_kinds[k]->n; i++) dyad_path_list_add(kinds[k], named_kinds[k]->paths[i]);
        }
    dyad_dict_files_free(&named);
    dyad_dict_options_apply(o, &files);
    if (r == 0) r = dyad_dictset_load(coder, &files);
    dyad_dict_files_free(&files);
    return r;
}

static int run_records(const dyad_record_set *set, const char *records_path, const dyad_dict_options *o,
                       const char *category, int explain)
{
    for (size_t i = 0; i < set->n_unsupported; i++)
        dyad_warn_line(records_path, 0, "<Config option=\"%s\"> is not supported by dyad; ignored",
                       set->unsupported[i]);
    dyad_dictset coder;
    dyad_dictset_init(&coder);
    if (load_dictionaries(set, records_path, o, &coder) != 0) {
        dyad_dictset_free(&coder);
        return 2;
    }
    dyad_tagger *tagger = dyad_tagger_new();
    dyad_validation_totals totals = {0};
    for (size_t i = 0; i < set->n_records; i++) {
        const dyad_record *r = &set->records[i];
        if (category ? strcmp(r->category, category) != 0 : !dyad_records_included(set, r->category)) {
            totals.records_skipped++;
            continue;
        }
        if (r->expect == DYAD_EXPECT_ERROR && r->error_kind && strstr(r->error_kind, "parse")) {
            /* such a record tests a coder's handling of a broken <Parse>; dyad parses the text itself */
            printf("SKIP %s (line %ld, %s): expects an error in its <Parse> (%s), which dyad does not read\n", r->id,
                   r->line, r->category, r->error_kind);
            totals.records_not_applicable++;
            continue;
        }
        dyad_validate_record(&coder, tagger, r, stdout, explain ? stderr : NULL, &totals);
    }
    dyad_validation_summary(&totals, stdout);
    dyad_tagger_free(tagger);
    dyad_dictset_free(&coder);
    return totals.records_failed ? 1 : 0;
}

int dyad_cmd_validate(int argc, char **argv)
{
    static const struct option own_options[] = {{"category", required_argument, NULL, 'c'},
                                                {"explain", no_argument, NULL, 'e'},
                                                {"help", no_argument, NULL, 'h'},
                                                {NULL, 0, NULL, 0}};
    struct option *options = dyad_with_dict_options(own_options);
    dyad_dict_options dict;
    dyad_dict_options_init(&dict);
    const char *category = NULL;
    int explain = 0, c, status = -1;
    optind = 1;
    while (status < 0 && (c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        if (dyad_dict_option(&dict, c, optarg)) continue;
        switch (c) {
        case 'c': category = optarg; break;
        case 'e': explain = 1; break;
        case 'h':
            validate_usage(stdout);
            status = 0;
            break;
        default:
            validate_usage(stderr);
            status = 2;
            break;
        }
    }
    free(options);
    if (status < 0 && optind != argc - 1) {
        fputs("dyad validate: expected one records file (RECORDS.xml); see 'dyad validate --help'\n", stderr);
        status = 2;
    }
    FILE *probe = status < 0 ? fopen(argv[optind], "rb") : NULL;
    if (status < 0 && !probe) {
        fprintf(stderr, "dyad validate: %s: cannot open the records file: %s\n", argv[optind], strerror(errno));
        status = 2;
    }
    if (probe) fclose(probe);
    if (status < 0) {
        dyad_record_set set;
        status =
            dyad_records_load(&set, argv[optind]) == 0 ? run_records(&set, argv[optind], &dict, category, explain) : 2;
        dyad_records_free(&set);
    }
    dyad_dict_options_free(&dict);
    return status;
}
