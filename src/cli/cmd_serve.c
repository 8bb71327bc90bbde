/* dyad serve: the dashboard over an event store (src/serve/). Only parses the options. */
#include "commands.h"
#include "../serve/serve.h"
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *out)
{
    fputs("usage: dyad serve --db DB [--port N] [--bind ADDRESS]\n\n"
          "Serves a dashboard of the stored events (timeline, dyads, map, table, and each event's\n"
          "sentences with the dictionary entries that coded them) and its JSON API. It only reads\n"
          "the database. Stop it with Ctrl-C.\n\n"
          "options:\n"
          "  --db DB           SQLite file or postgresql:// URL (required)\n"
          "  --port N          TCP port (default 8080; 0 picks a free one)\n"
          "  --bind ADDRESS    address to listen on (default 127.0.0.1, this machine only)\n",
          out);
}

int dyad_cmd_serve(int argc, char **argv)
{
    static const struct option options[] = {{"db", required_argument, NULL, 'b'},
                                            {"port", required_argument, NULL, 'p'},
                                            {"bind", required_argument, NULL, 'a'},
                                            {"help", no_argument, NULL, 'h'},
                                            {NULL, 0, NULL, 0}};
    dyad_serve_options o = {NULL, "127.0.0.1", 8080};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        char *end;
        switch (c) {
        case 'b': o.db = optarg; break;
        case 'a': o.bind = optarg; break;
        case 'p': {
            long port = strtol(optarg, &end, 10);
            if (!*optarg || *end || port < 0 || port > 65535) {
                fprintf(stderr, "dyad serve: --port must be 0-65535, not '%s'\n", optarg);
                return 2;
            }
            o.port = (unsigned)port;
            break;
        }
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "dyad serve: unexpected argument '%s'\n", argv[optind]);
        return 2;
    }
    if (!o.db) {
        fprintf(stderr, "dyad serve: --db PATH or --db postgresql://... is required\n");
        return 2;
    }
    return dyad_serve(&o);
}
