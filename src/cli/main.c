/* dyad: a thin command layer over the library. Each subcommand parses its options and calls the pipeline. */
#include "commands.h"
#include <stdio.h>
#include <string.h>

static const struct {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} commands[] = {
    {"code", dyad_cmd_code, "code CAMEO events (who did what to whom) as JSON Lines or TSV"},
    {"tag", dyad_cmd_tag, "split, tokenise, tag, lemmatise and chunk news text (CoNLL-style output)"},
    {"ingest", dyad_cmd_ingest, "code articles and store them with their events in a database"},
    {"query", dyad_cmd_query, "print stored events by date, actor, code, quad class or words"},
    {"stats", dyad_cmd_stats, "count stored events per period, root code, quad class, actor and dyad"},
    {"export", dyad_cmd_export, "write stored events as GDELT 2.0 rows, CSV or JSON Lines"},
    {"serve", dyad_cmd_serve, "serve a local web dashboard and JSON API over stored events"},
    {"validate", dyad_cmd_validate, "run PETRARCH validation records and report what passes and fails"},
};

static void usage(FILE *out)
{
    fputs("usage: dyad COMMAND [OPTIONS] [FILE...]\n\n"
          "dyad turns news text into CAMEO political event data.\n\ncommands:\n",
          out);
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fputs("\n  help       show this help; 'dyad COMMAND --help' shows a command's options\n"
          "  version    print the version, build, dictionary set and gazetteer\n\n"
          "Inputs are UTF-8 text files, '-' for standard input, or JSON Lines files with one article\n"
          "per line: {\"id\", \"date\", \"source\", \"url\", \"title\", \"text\"} (only \"text\" is required).\n\n"
          "query, stats and export share their filters. Background events (more than a month before\n"
          "the articles that report them: told again, not news) are not counted by stats nor written\n"
          "to GDELT exports unless --background include or only asks for them.\n\n"
          "Dictionaries are read from --dict-dir DIR, else $DYAD_DICT_DIR, else PREFIX/share/dyad/dict\n"
          "of an installed dyad (beside PREFIX/bin/dyad), else the source tree's data/dict.\n",
          out);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
        dyad_print_version(stdout);
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (strcmp(cmd, commands[i].name) == 0) return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "dyad: unknown command '%s'\n\n", cmd);
    usage(stderr);
    return 2;
}
