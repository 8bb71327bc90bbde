#ifndef DYAD_COMMANDS_H
#define DYAD_COMMANDS_H
#include "../events/coder.h"
#include "../input/reader.h"
#include <getopt.h>

int dyad_cmd_tag(int argc, char **argv);
int dyad_cmd_code(int argc, char **argv);
int dyad_cmd_ingest(int argc, char **argv);
int dyad_cmd_query(int argc, char **argv);
int dyad_cmd_stats(int argc, char **argv);
int dyad_cmd_export(int argc, char **argv);
int dyad_cmd_serve(int argc, char **argv);

int dyad_cmd_validate(int argc, char **argv);

/* Dictionary options of the commands that code events: --dict-dir, --actors, --agents, --verbs,
 * --discards, --cameo. */
typedef struct {
    const char *dir;
    int dir_given;
    dyad_dict_files given; /* files named by the options, by kind */
} dyad_dict_options;

extern const char dyad_dict_options_help[];
/* Where dictionaries are read without --dict-dir: $DYAD_DICT_DIR, else PREFIX/share/dyad/dict of
 * an installed dyad (found from the binary's path), else the source tree's data/dict. */
const char *dyad_default_dict_dir(void);
/* dyad --version (version.c). */
void dyad_print_version(FILE *out);
/* own options followed by the dictionary options, for getopt_long; the caller frees it. */
struct option *dyad_with_dict_options(const struct option *own);
void dyad_dict_options_init(dyad_dict_options *o);
void dyad_dict_options_free(dyad_dict_options *o);
/* Takes a dictionary option returned by getopt_long; 0 if opt is not one. */
int dyad_dict_option(dyad_dict_options *o, int opt, const char *arg);
/* Replaces each kind of files that the options name, and adds dyad's CAMEO table when none is given. */
void dyad_dict_options_apply(const dyad_dict_options *o, dyad_dict_files *files);
/* Loads the dictionaries of --dict-dir with the replacements; 0, or -1 after printing why not. */
int dyad_dict_options_load(const dyad_dict_options *o, dyad_dictset *coder);

/* Shared by subcommands that read articles: parses "auto", "text" or "jsonl"; -1 if none. */
int dyad_parse_input_format(const char *s);
#endif
